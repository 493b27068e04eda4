"""The SmeNotebooks C# kernel driven by jupyter_client as front ends drive it: interrupt, restart, shutdown, a forged
message, two clients, a failing package reference, and Console.ReadLine through stdin.

The kernelspec is found through JUPYTER_PATH and the repository through SMENOTEBOOKS_REPOSITORY (both set by the
C# test that runs this file); the kernel starts in the notebooks folder, as Jupyter starts it for a notebook there.
"""
import os
import queue
import tempfile
import time
import unittest

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.manager import start_new_kernel
from jupyter_client.session import Session

KERNEL = "smenotebooks-csharp"
NOTEBOOKS = os.path.join(os.environ["SMENOTEBOOKS_REPOSITORY"], "notebooks")


def run(kc, code, timeout=60, **kwargs):
    """Executes code; returns (reply content, [(msg_type, content)] of the iopub outputs)."""
    outputs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=lambda m: outputs.append((m["msg_type"], m["content"])), **kwargs)
    return reply["content"], outputs


def text(outputs):
    """stdout text and text/plain results, joined."""
    parts = []
    for kind, content in outputs:
        if kind == "stream":
            parts.append(content["text"])
        elif kind in ("execute_result", "display_data"):
            parts.append(content["data"].get("text/plain", ""))
    return "".join(parts)


class KernelClientTests(unittest.TestCase):
    def setUp(self):
        self.km, self.kc = start_new_kernel(kernel_name=KERNEL, cwd=NOTEBOOKS)

    def tearDown(self):
        self.kc.stop_channels()
        if self.km.is_alive():
            self.km.shutdown_kernel(now=True)

    def stream_saying(self, msg_id, words, seconds):
        """The text of the first stream output of the request msg_id that contains words, within seconds; None otherwise."""
        end = time.time() + seconds
        while time.time() < end:
            try:
                message = self.kc.get_iopub_msg(timeout=1)
            except queue.Empty:
                continue
            if message["msg_type"] == "stream" and message["parent_header"].get("msg_id") == msg_id and words in message["content"]["text"]:
                return message["content"]["text"]
        return None

    def reply_to(self, msg_id, timeout):
        """The shell reply to the request msg_id; replies to other requests (start_new_kernel's wait_for_ready may send
        kernel_info_request more than once, and its later replies arrive late) are passed over."""
        end = time.time() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, end - time.time()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def interrupted(self, code, after=1.5):
        """Starts code, interrupts it after `after` seconds; returns the reply and how long the stop took."""
        msg_id = self.kc.execute(code)
        time.sleep(after)
        start = time.time()
        self.km.interrupt_kernel()
        reply = self.reply_to(msg_id, 30)
        return reply["content"], time.time() - start

    def test_interrupt_stops_loop_sleep_and_library_search_and_keeps_state(self):
        reply, _ = run(self.kc, "int kept = 41;")
        self.assertEqual(reply["status"], "ok")
        for code in [
            "long spins = 0; while (true) { spins++; }",
            "System.Threading.Thread.Sleep(600_000);",
            'SmeNotebooks.Reconstruction.LogitReconstruction.Search(SmeNotebooks.Studies.Sonora.SonoraData.Target("../data"), SmeNotebooks.Studies.Sonora.SonoraData.Settings(2))',
        ]:
            with self.subTest(code=code):
                reply, took = self.interrupted(code)
                self.assertEqual(reply["status"], "error")
                self.assertEqual(reply["ename"], "KeyboardInterrupt")
                self.assertLess(took, 2.0, f"the cell took {took:.2f} s to stop")
                reply, outputs = run(self.kc, "kept + 1")
                self.assertEqual(reply["status"], "ok")
                self.assertEqual(text(outputs), "42")

    def test_a_cell_that_cannot_be_stopped_says_so_and_a_restart_recovers(self):
        # LINQ loops inside the framework, through expression lambdas: no interruption point reaches them (tens of seconds).
        run(self.kc, "1")   # the compiler is warm, so the interrupt finds the cell running, not compiling
        msg_id = self.kc.execute("Enumerable.Range(0, int.MaxValue).Select(i => (long)i * i).Concat(Enumerable.Range(0, int.MaxValue).Select(i => (long)i)).Count(i => i == -1)")
        time.sleep(1.5)
        self.km.interrupt_kernel()
        self.assertIsNotNone(self.stream_saying(msg_id, "Restart the kernel", 15), "no word that the cell cannot be stopped")
        self.km.restart_kernel(now=True)
        self.kc.wait_for_ready(timeout=60)
        reply, outputs = run(self.kc, "1 + 1")
        self.assertEqual(text(outputs), "2")

    def test_restart_starts_afresh(self):
        run(self.kc, "int before = 1;")
        self.km.restart_kernel(now=False)
        self.kc.wait_for_ready(timeout=60)
        reply, _ = run(self.kc, "before")
        self.assertEqual(reply["status"], "error")
        self.assertIn("before", reply["evalue"])
        reply, outputs = run(self.kc, "1 + 1")
        self.assertEqual(text(outputs), "2")

    def test_shutdown_request_ends_the_process_without_a_kill(self):
        process = self.km.provisioner.process
        self.kc.shutdown()
        start = time.time()
        while process.poll() is None and time.time() - start < 10:
            time.sleep(0.1)
        self.assertEqual(process.poll(), 0, "the kernel did not exit by itself after shutdown_request")

    def test_shutdown_ends_the_process_even_while_a_cell_cannot_be_stopped(self):
        process = self.km.provisioner.process
        run(self.kc, "1")
        self.kc.execute("Enumerable.Range(0, int.MaxValue).Select(i => (long)i * i).Concat(Enumerable.Range(0, int.MaxValue).Select(i => (long)i)).Count(i => i == -1)")
        time.sleep(1.5)
        self.kc.shutdown()
        start = time.time()
        while process.poll() is None and time.time() - start < 15:
            time.sleep(0.1)
        self.assertIsNotNone(process.poll(), "the kernel kept running after shutdown_request")

    def test_message_signed_with_the_wrong_key_is_not_executed(self):
        marker = os.path.join(tempfile.mkdtemp(), "forged")
        forged = Session(key=b"not-the-key", username="intruder")
        context = zmq.Context.instance()
        socket = context.socket(zmq.DEALER)
        info = self.km.get_connection_info()
        socket.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
        code = f'System.IO.File.WriteAllText(@"{marker}", "executed");'
        forged.send(socket, "execute_request", {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        time.sleep(2)
        socket.close(linger=0)
        self.assertFalse(os.path.exists(marker), "a forged message was executed")
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")

    def test_a_two_frame_message_to_the_heartbeat_does_not_kill_the_kernel(self):
        # Anyone on the machine can reach the heartbeat port without the key (issue 23): a REQ socket sending two frames.
        socket = self.raw(zmq.REQ, "hb_port")
        socket.send_multipart([b"a", b"b"])
        self.assertEqual(socket.poll(5000), zmq.POLLIN, "the heartbeat did not answer a two-frame ping")
        self.assertEqual(socket.recv_multipart(), [b"a", b"b"])
        socket.close(linger=0)
        time.sleep(0.5)
        self.assertTrue(self.km.is_alive(), "the kernel died")
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")
        self.assertTrue(self.kc.is_alive())

    def test_a_replayed_signed_message_is_not_executed_again(self):
        # The same signed execute_request sent three times (a captured message replayed): it runs once.
        marker = os.path.join(tempfile.mkdtemp(), "count")
        socket, session = self.raw_shell()
        code = f'System.IO.File.AppendAllText(@"{marker}", "x");'
        message = session.msg("execute_request", {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        frames = session.serialize(message)
        for _ in range(3):
            socket.send_multipart(frames)
        self.assertEqual(socket.poll(60000), zmq.POLLIN, "no reply to the first send")
        socket.recv_multipart()
        self.assertEqual(socket.poll(3000), 0, "a replayed message was answered")
        socket.close(linger=0)
        self.assertEqual(open(marker).read(), "x", "a replayed message ran again")
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")

    def raw(self, kind, port):
        """A ZeroMQ socket of `kind` connected to the kernel's `port` ("shell_port", "hb_port"…): a client that sends what it likes."""
        info = self.km.get_connection_info()
        socket = zmq.Context.instance().socket(kind)
        socket.connect(f"{info['transport']}://{info['ip']}:{info[port]}")
        return socket

    def raw_shell(self):
        """A DEALER socket on the shell port and a session signing with the kernel's key."""
        return self.raw(zmq.DEALER, "shell_port"), Session(key=self.km.session.key, username="clumsy")

    def test_signed_messages_with_fields_of_the_wrong_type_get_an_error_reply_and_the_kernel_lives(self):
        socket, session = self.raw_shell()
        # A msg_type that is not a string: no handler answers it, and the kernel stays up.
        message = session.msg("kernel_info_request", {})
        message["header"]["msg_type"] = 5
        socket.send_multipart(session.serialize(message))
        # Fields of the wrong type: each request answered with an error naming the field.
        for msg_type, content, field in [
            ("execute_request", {"code": 42, "silent": False}, "code"),
            ("execute_request", {"code": "1", "silent": "no"}, "silent"),
            ("complete_request", {"code": "Math.", "cursor_pos": "5"}, "cursor_pos"),
            ("is_complete_request", {"code": ["1"]}, "code"),
        ]:
            socket.send_multipart(session.serialize(session.msg(msg_type, content)))
            self.assertEqual(socket.poll(30000), zmq.POLLIN, f"no reply to {msg_type} with a bad '{field}'")
            reply = session.deserialize(session.feed_identities(socket.recv_multipart())[1])
            self.assertEqual(reply["msg_type"], msg_type.replace("_request", "_reply"))
            self.assertEqual(reply["content"]["status"], "error")
            self.assertIn(f"'{field}'", reply["content"]["evalue"])
        socket.close(linger=0)
        self.assertTrue(self.km.is_alive(), "the kernel died")
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")

    def test_a_signed_request_whose_content_is_not_utf8_gets_an_error_reply_and_the_kernel_lives(self):
        socket, session = self.raw_shell()

        def send(part, data):
            """A signed execute_request with one part (0 header … 3 content) replaced by raw bytes."""
            frames = session.serialize(session.msg("execute_request", {"code": "1", "silent": False}))
            frames[2 + part] = data
            frames[1] = session.sign(frames[2:6])
            socket.send_multipart(frames)

        send(3, b'{"code": "\xff\xfe 1", "silent": false}')
        self.assertEqual(socket.poll(30000), zmq.POLLIN, "no reply to content that is not UTF-8")
        reply = session.deserialize(session.feed_identities(socket.recv_multipart())[1])
        self.assertEqual(reply["msg_type"], "execute_reply")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("content", reply["content"]["evalue"])
        self.assertIn("UTF-8", reply["content"]["evalue"])
        # A header that cannot be read leaves nothing to answer: the message is dropped (logged) and the kernel serves on.
        send(0, b'{"msg_type": "\xff"}')
        self.assertEqual(socket.poll(2000), 0, "a reply to a message without a readable header")
        socket.close(linger=0)
        self.assertTrue(self.km.is_alive(), "the kernel died")
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")

    def test_output_a_timer_prints_between_cells_goes_with_the_cell_that_started_it(self):
        first = self.kc.execute('var timer = new System.Threading.Timer(_ => Console.WriteLine("tick"), null, 1000, System.Threading.Timeout.Infinite);')
        self.assertEqual(self.reply_to(first, 60)["content"]["status"], "ok")
        self.assertIsNotNone(self.stream_saying(first, "tick", 15), "the timer's output did not come as the first cell's output")
        reply, outputs = run(self.kc, '"next"')
        self.assertEqual(text(outputs), "next")

    def resident_mb(self):
        with open(f"/proc/{self.km.provisioner.process.pid}/status") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024

    def test_memory_a_released_large_array_held_goes_back_to_the_system_when_the_kernel_is_idle(self):
        run(self.kc, "1 + 1")
        time.sleep(2)
        before = self.resident_mb()
        reply, _ = run(self.kc, "var big = new double[100_000_000]; Array.Fill(big, 1.0);")
        self.assertEqual(reply["status"], "ok")
        self.assertGreater(self.resident_mb(), before + 600, "the 800 MB array is not resident: the test measures nothing")
        run(self.kc, "big = null; GC.Collect();")
        # A collection alone keeps the freed memory in the process; the idle kernel gives it back within seconds.
        end = time.time() + 15
        while time.time() < end and self.resident_mb() > before + 150:
            time.sleep(0.5)
        self.assertLess(self.resident_mb(), before + 150, f"resident {self.resident_mb():.0f} MB, {before:.0f} MB before the array")

    def test_running_a_notebooks_set_up_cell_again_opens_no_more_files(self):
        import json
        with open(os.path.join(NOTEBOOKS, "01-sonora-innovation-internationalization.ipynb")) as f:
            setup = "".join(next(c for c in json.load(f)["cells"] if c["cell_type"] == "code")["source"])
        counts = []
        for _ in range(3):
            reply, _ = run(self.kc, setup, timeout=120)
            self.assertEqual(reply["status"], "ok")
            counts.append(len(os.listdir(f"/proc/{self.km.provisioner.process.pid}/fd")))
        self.assertEqual(counts[0], counts[-1], f"open files after each run of the set-up cell: {counts}")

    def test_cells_queued_behind_a_failing_cell_are_aborted_unless_asked_to_run_on(self):
        run(self.kc, "1")
        for stop_on_error, expected in ((True, ["error", "aborted", "aborted"]), (False, ["error", "ok", "ok"])):
            ids = [self.kc.execute('System.Threading.Thread.Sleep(1000); throw new Exception("boom");', stop_on_error=stop_on_error),
                   self.kc.execute("1 + 1"), self.kc.execute("2 + 2")]
            replies = {}
            while any(i not in replies for i in ids):
                reply = self.kc.get_shell_msg(timeout=60)
                replies[reply["parent_header"]["msg_id"]] = reply["content"]["status"]
            self.assertEqual([replies[i] for i in ids], expected, f"stop_on_error={stop_on_error}")
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")

    def test_an_execute_request_on_the_control_channel_is_refused_and_the_shell_cell_keeps_its_outputs(self):
        run(self.kc, "1")
        shell_id = self.kc.execute('System.Threading.Thread.Sleep(1500); Console.WriteLine("from the shell cell");')
        time.sleep(0.3)
        request = self.kc.session.msg("execute_request", {"code": 'Console.WriteLine("from control");', "silent": False})
        self.kc.control_channel.send(request)
        reply = self.kc.get_control_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], request["header"]["msg_id"])
        self.assertEqual((reply["msg_type"], reply["content"]["status"]), ("execute_reply", "error"))
        self.assertIn("shell channel", reply["content"]["evalue"])
        self.assertEqual(self.reply_to(shell_id, 60)["content"]["status"], "ok")
        self.assertIsNotNone(self.stream_saying(shell_id, "from the shell cell", 10), "the shell cell lost its output")

    def test_unbounded_recursion_is_an_error_in_the_cell_and_the_kernel_keeps_its_variables(self):
        run(self.kc, "int kept = 41;")
        for code in ("int F(int n) => F(n + 1) + 1;\nF(0)", "int G(int n) { return G(n + 1) + 1; }\nG(0)"):
            reply, outputs = run(self.kc, code)
            self.assertEqual(reply["status"], "error", code)
            self.assertEqual(reply["ename"], "InsufficientExecutionStackException", code)
        self.assertTrue(self.km.is_alive(), "the kernel died")
        reply, outputs = run(self.kc, "kept + 1")
        self.assertEqual(text(outputs), "42")

    def test_an_exception_on_a_thread_or_environment_exit_is_reported_before_the_kernel_ends_and_a_restart_is_clean(self):
        for code, expected in (('new System.Threading.Thread(() => throw new InvalidOperationException("thrown on a thread")).Start(); System.Threading.Thread.Sleep(5000);', "thrown on a thread"),
                               ("Environment.Exit(0);", "Environment.Exit")):
            run(self.kc, "1")
            msg_id = self.kc.execute(code)
            self.assertIsNotNone(self.stream_saying(msg_id, expected, 20), f"nothing said why the kernel ended ({expected})")
            self.km.restart_kernel(now=True)
            self.kc.wait_for_ready(timeout=60)
            reply, outputs = run(self.kc, "6 * 7")
            self.assertEqual(text(outputs), "42")

    def test_a_hundred_thousand_nested_parentheses_are_refused_not_fatal(self):
        code = "(" * 100000 + "1" + ")" * 100000
        reply = self.reply_to(self.kc.is_complete(code), 30)
        self.assertEqual(reply["content"]["status"], "invalid")
        reply, outputs = run(self.kc, code)
        self.assertEqual(reply["status"], "error")
        self.assertIn("100000 levels", reply["evalue"])
        reply, outputs = run(self.kc, "6 * 7")
        self.assertEqual(text(outputs), "42")

    def test_two_clients_share_one_kernel(self):
        # A second front end attached through the connection file (as `jupyter console --existing` does): its own session.
        other = BlockingKernelClient()
        other.load_connection_info(self.km.get_connection_info())
        other.start_channels()
        other.wait_for_ready(timeout=30)
        try:
            run(self.kc, "var shared = 20;")
            reply, outputs = run(other, "shared + 1")
            self.assertEqual(reply["status"], "ok")
            self.assertEqual(text(outputs), "21")
        finally:
            other.stop_channels()

    def test_failing_package_reference_names_the_package_and_the_kernel_stays_usable(self):
        reply, _ = run(self.kc, '#r "nuget: NoSuchPackage.SmeNotebooks, 1.0.0"')
        self.assertEqual(reply["status"], "error")
        self.assertIn("NoSuchPackage.SmeNotebooks", reply["evalue"])
        self.assertIn("could not restore", reply["evalue"])
        reply, outputs = run(self.kc, "2 + 3")
        self.assertEqual(text(outputs), "5")

    def test_a_package_the_collection_does_not_ship_is_restored_for_real(self):
        # Newtonsoft.Json is not one of the collection's packages: the kernel restores it through NuGet, as .NET Interactive did.
        reply, _ = run(self.kc, '#r "nuget: Newtonsoft.Json, 13.0.4"', timeout=240)
        self.assertEqual(reply["status"], "ok", reply)
        reply, outputs = run(self.kc, 'Newtonsoft.Json.JsonConvert.SerializeObject(new { firms = 116 })')
        self.assertEqual(reply["status"], "ok", reply)
        self.assertEqual(text(outputs), '{"firms":116}')

    def test_a_runtime_error_names_the_line_inside_the_cell(self):
        reply, outputs = run(self.kc, 'int firms = 116;\nthrow new InvalidOperationException("planned failure");')
        self.assertEqual(reply["status"], "error")
        self.assertEqual(reply["evalue"], "planned failure")
        count = reply["execution_count"]
        self.assertTrue(any(f"cell-{count}:line 2" in line for line in reply["traceback"]), reply["traceback"])

    def test_a_display_updated_in_place(self):
        reply, outputs = run(self.kc, 'var shown = display("first"); shown.Update("second");')
        self.assertEqual(reply["status"], "ok")
        kinds = [(kind, content["data"]["text/plain"], content["transient"].get("display_id")) for kind, content in outputs if kind in ("display_data", "update_display_data")]
        self.assertEqual([k[:2] for k in kinds], [("display_data", "first"), ("update_display_data", "second")])
        self.assertTrue(kinds[0][2] and kinds[0][2] == kinds[1][2], kinds)

    def test_console_readline_asks_the_front_end_through_stdin(self):
        answers = []

        def stdin_hook(message):
            answers.append(message["content"])
            self.kc.input("Ada")

        reply = self.kc.execute_interactive('var name = Console.ReadLine(); Console.WriteLine($"hello {name}");',
                                             allow_stdin=True, stdin_hook=stdin_hook, timeout=60,
                                             output_hook=lambda m: answers.append(m["content"]))
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertTrue(any(a.get("text") == "hello Ada\n" for a in answers), answers)

    def test_readline_without_stdin_is_an_error_not_a_hang(self):
        reply, _ = run(self.kc, "Console.ReadLine()", allow_stdin=False)
        self.assertEqual(reply["status"], "error")
        self.assertIn("allow_stdin", reply["evalue"])


if __name__ == "__main__":
    unittest.main()
