"""One real-browser run: the classic Jupyter Notebook (Debian's jupyter-notebook, on 127.0.0.1 with a token) in headless
Chromium opens notebook 01's twin, runs all cells through the UI, and must show no error output and plotly charts
drawn as SVG — offline. Chromium is driven over the DevTools protocol with tornado's websocket client (a dependency
of the notebook server). Kernelspec through JUPYTER_PATH; repository through SMENOTEBOOKS_REPOSITORY."""
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

from tornado import ioloop, websocket

NOTEBOOKS = os.path.join(os.environ["SMENOTEBOOKS_REPOSITORY"], "notebooks")
NOTEBOOK = "01-sonora-innovation-internationalization.ipynb"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, seconds):
    end = time.time() + seconds
    while time.time() < end:
        try:
            return urllib.request.urlopen(url, timeout=2).read()
        except OSError:
            time.sleep(0.3)
    sys.exit(f"no answer from {url}")


class DevTools:
    def __init__(self, url):
        self.loop = ioloop.IOLoop.current()
        self.conn = self.loop.run_sync(lambda: websocket.websocket_connect(url, max_message_size=64 * 1024 * 1024))
        self.next_id = 0

    def call(self, method, **params):
        self.next_id += 1
        ident = self.next_id

        async def exchange():
            await self.conn.write_message(json.dumps({"id": ident, "method": method, "params": params}))
            while True:
                message = json.loads(await self.conn.read_message())
                if message.get("id") == ident:
                    return message

        return self.loop.run_sync(exchange, timeout=60)

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result.get("result", {}).get("result", {}).get("value")


def main():
    # A copy beside a link to the data, so the notebook server's autosave can never touch the committed twin.
    root = tempfile.mkdtemp()
    folder = os.path.join(root, "notebooks")
    os.makedirs(folder)
    shutil.copy(os.path.join(NOTEBOOKS, NOTEBOOK), folder)
    os.symlink(os.path.join(os.environ["SMENOTEBOOKS_REPOSITORY"], "data"), os.path.join(root, "data"))
    os.symlink(os.path.join(os.environ["SMENOTEBOOKS_REPOSITORY"], "lib"), os.path.join(root, "lib"))
    port, debug_port, token = free_port(), free_port(), secrets.token_hex(16)
    server = subprocess.Popen(["jupyter-notebook", "--no-browser", "--allow-root", "--ip=127.0.0.1", f"--port={port}",
                               f"--NotebookApp.token={token}", f"--notebook-dir={folder}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    browser = None
    try:
        wait_http(f"http://127.0.0.1:{port}/api/status?token={token}", 60)
        browser = subprocess.Popen(["chromium", "--headless=new", "--no-sandbox", "--disable-gpu", f"--remote-debugging-port={debug_port}",
                                    f"--user-data-dir={tempfile.mkdtemp()}", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        targets = json.loads(wait_http(f"http://127.0.0.1:{debug_port}/json", 60))
        page = next(t for t in targets if t["type"] == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        tools.call("Page.navigate", url=f"http://127.0.0.1:{port}/notebooks/{NOTEBOOK}?token={token}")
        end = time.time() + 90
        while not tools.evaluate("typeof Jupyter !== 'undefined' && !!Jupyter.notebook && !!Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()"):
            if time.time() > end:
                sys.exit("the notebook page never connected to the kernel")
            time.sleep(0.5)
        tools.evaluate("Jupyter.notebook.execute_all_cells()")
        done = "Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').every(c => typeof c.input_prompt_number === 'number')"
        end = time.time() + 300
        while not tools.evaluate(done):
            if time.time() > end:
                sys.exit("not every cell finished within 300 s")
            time.sleep(1)
        time.sleep(2)   # let plotly finish drawing
        errors = tools.evaluate("Array.from(document.querySelectorAll('.output_error, .output_stderr')).map(e => e.innerText.slice(0, 300))")
        svgs = tools.evaluate("document.querySelectorAll('.js-plotly-plot svg.main-svg').length")
        cells = tools.evaluate("Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').length")
        print(f"{cells} code cells run; {svgs} plotly SVG layers; errors: {errors}")
        if os.environ.get("SMENOTEBOOKS_SCREENSHOT"):
            import base64
            shot = tools.call("Page.captureScreenshot", format="png")["result"]["data"]
            with open(os.environ["SMENOTEBOOKS_SCREENSHOT"], "wb") as f:
                f.write(base64.b64decode(shot))
        if errors:
            sys.exit(f"error output in the page: {errors}")
        if not svgs:
            sys.exit("no plotly chart was drawn as SVG")
        print("browser check passed")
    finally:
        if browser:
            browser.kill()
        server.terminate()
        server.wait(10)


main()
