"""The live pages' speed targets (issue 22), measured in headless Chromium against a site served locally, beside the
native engine's figures for the same cells (from the same render's page footer: the runner's own cell times).

    dotnet run --project lib/SmeNotebooks.Runner -c Release -- render notebooks --out /tmp/site
    /usr/bin/python3 tests/SmeNotebooks.Benchmarks/browser-vs-native.py /tmp/site

Needs Debian's chromium and python3-websocket. Prints one line per target: first Run to the first cell's output with a
fresh profile; the same on a second visit (HTTP cache); a trivial cell after warm-up (median of 20); notebook 01's Run
all; the bytes the first visit downloaded (compressed, as sent: page, worker, engine and data); the bytes of the
shared live folder (engine, data, scripts) after every notebook of the collection ran all its cells, each page's own
bytes apart."""
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

import websocket

SITE = os.path.abspath(sys.argv[1])
REPOSITORY = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
PAGE = "01-sonora-innovation-internationalization.html"
PAGES = [PAGE, "02-knowledge-intensive-learning-innovation.html", "03-jalisco-reliable-international-supplier.html",
         "04-latin-american-smes-in-global-value-chains.html"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Chromium:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="sme-bench-")
        port = free_port()
        self.process = subprocess.Popen(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                                         f"--user-data-dir={self.profile}", f"--remote-debugging-port={port}", "about:blank"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                targets = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list"))
                break
            except OSError:
                time.sleep(0.1)
        page = next(t for t in targets if t["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=600)
        self.next_id = 0
        self.downloaded = 0
        self.urls = {}
        self.by_url = {}
        for method in ("Runtime.enable", "Network.enable", "Page.enable"):
            self.call(method)
        self.call("Target.setAutoAttach", autoAttach=True, waitForDebuggerOnStart=False, flatten=True)

    def send(self, method, session=None, **params):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self.socket.send(json.dumps(message))
        return self.next_id

    def call(self, method, **params):
        ident = self.send(method, **params)
        while True:
            message = json.loads(self.socket.recv())
            if message.get("method") == "Network.requestWillBeSent":
                self.urls[(message.get("sessionId"), message["params"]["requestId"])] = message["params"]["request"]["url"]
            elif message.get("method") == "Network.loadingFinished":
                length = message["params"].get("encodedDataLength", 0)
                self.downloaded += length
                url = self.urls.get((message.get("sessionId"), message["params"]["requestId"]), "")
                self.by_url[url] = self.by_url.get(url, 0) + length
            elif message.get("method") == "Target.attachedToTarget":
                session = message["params"]["sessionId"]
                self.send("Network.enable", session)
                self.send("Runtime.runIfWaitingForDebugger", session)
            elif message.get("id") == ident and "sessionId" not in message:
                return message

    def evaluate(self, expression):
        reply = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        result = reply["result"]
        if "exceptionDetails" in result:
            sys.exit(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url):
        self.call("Page.navigate", url=url)
        while self.evaluate("typeof window.smenotebooks") != "object":
            time.sleep(0.1)

    def timed(self, expression):
        start = time.perf_counter()
        value = self.evaluate(expression)
        return time.perf_counter() - start, value

    def close(self):
        self.process.kill()


def native_times():
    """The runner's own times for notebook 01 (its page footer): the first C# cell and the whole notebook."""
    html = open(os.path.join(SITE, PAGE), encoding="utf-8").read()
    footer = re.search(r"<footer><p>[^:]*: (.*?)</p></footer>", html, re.S).group(1)
    cells = [float(ms) for ms in re.findall(r"(\d+) ms", footer)]
    total = float(re.search(r"([\d.]+) s\.", footer).group(1))
    return cells[0] / 1000, total


def main():
    port = free_port()
    server = subprocess.Popen(["dotnet", "run", "--project", os.path.join(REPOSITORY, "lib", "SmeNotebooks.Runner"), "-c", "Release", "--no-build",
                               "--", "serve", SITE, "--port", str(port)], stdout=subprocess.PIPE, text=True)
    server.stdout.readline()
    url = f"http://127.0.0.1:{port}/{PAGE}"
    browser = Chromium()
    try:
        browser.open(url)
        first_start, _ = browser.timed("window.smenotebooks.ready()")
        first_cell, result = browser.timed("window.smenotebooks.run(0)")
        first = first_start + first_cell
        assert result["error"] is None, result
        downloaded = browser.downloaded
        trivial = []
        browser.evaluate("window.smenotebooks.setCode(1, '1 + 1')")
        for _ in range(21):
            seconds, result = browser.timed("window.smenotebooks.run(1)")
            assert result["text"].strip() == "2", result
            trivial.append(seconds)
        browser.evaluate("window.smenotebooks.reset()")
        browser.open(url)
        second_start, _ = browser.timed("window.smenotebooks.ready()")
        second_cell, _ = browser.timed("window.smenotebooks.run(0)")
        second = second_start + second_cell
        run_all, results = browser.timed("window.smenotebooks.runAll()")
        assert all(r["error"] is None for r in results), [r["error"] for r in results]
        for page in PAGES[1:]:
            browser.open(f"http://127.0.0.1:{port}/{page}")
            others = browser.evaluate("window.smenotebooks.runAll()")
            assert all(r["error"] is None for r in others), (page, [r["error"] for r in others])
        shared = sum(n for u, n in browser.by_url.items() if "/live/" in u)
        pages = sum(n for u, n in browser.by_url.items() if "/live/" not in u)
        native_first, native_total = native_times()
        print(f"first Run to first output, fresh profile: {first:.2f} s (target 8 s): engine start {first_start:.2f} s, first cell {first_cell:.2f} s; native first cell {native_first:.2f} s")
        print(f"first Run to first output, second visit:  {second:.2f} s (target 3 s): engine start {second_start:.2f} s, first cell {second_cell:.2f} s")
        print(f"trivial cell after warm-up, median of 20: {statistics.median(trivial[1:]) * 1000:.0f} ms (target 300 ms); native 6.9 ms (BENCHMARKS.md)")
        print(f"notebook 01 Run all ({len(results)} cells):      {run_all:.1f} s (target 60 s); native {native_total:.1f} s")
        print(f"downloaded on the first visit:            {downloaded / 1e6:.1f} MB compressed (target 15 MB)")
        print(f"the whole collection run live: live folder {shared / 1e6:.1f} MB compressed (target 15 MB), the four pages {pages / 1e6:.1f} MB")
    finally:
        browser.close()
        server.terminate()


if __name__ == "__main__":
    main()
