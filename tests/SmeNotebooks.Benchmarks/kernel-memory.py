"""The SmeNotebooks C# kernel's resident memory (issue 23's memory targets), driven by jupyter_client:
idle after warm-up; after notebook 01 (3 s and 40 s later); after 2,000 small cells on top; after a large cell's data
is released.
Each kernel is started as the installed kernelspec says (its env included), so the settings it carries are what is
measured. Extra environment for the kernel can be given as NAME=VALUE arguments, to compare settings in one run.

Usage (from the repository root, after `dotnet run --project lib/SmeNotebooks.Kernel -c Release -- install
--prefix /tmp/bench-jupyter`):
    JUPYTER_PATH=/tmp/bench-jupyter/share/jupyter /usr/bin/python3 tests/SmeNotebooks.Benchmarks/kernel-memory.py [NAME=VALUE ...]
"""
import os
import sys
import time

import nbformat
from jupyter_client.manager import KernelManager

NOTEBOOK = os.path.join(os.getcwd(), "notebooks", "01-sonora-innovation-internationalization.ipynb")
TARGETS = {"idle": 180, "notebook 01, idle 40 s": 250}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def execute(kc, code, timeout=300):
    """Runs code; fails on an error (a failed Check throws, so it is one)."""
    failed = []

    def hook(message):
        if message["msg_type"] == "error":
            failed.append(message["content"])

    reply = kc.execute_interactive(code, timeout=timeout, output_hook=hook)
    if reply["content"]["status"] != "ok" or failed:
        raise RuntimeError(f"cell failed: {code[:80]!r}: {failed[:1] or reply['content']}")


def settle(pid, seconds=3):
    time.sleep(seconds)
    return rss_mb(pid)


def main():
    extra = dict(arg.split("=", 1) for arg in sys.argv[1:])
    km = KernelManager(kernel_name="smenotebooks-csharp")
    km.start_kernel(cwd=os.path.dirname(NOTEBOOK), env={**os.environ, **extra})
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    pid = km.provisioner.process.pid
    execute(kc, "1 + 1")
    figures = {"idle": settle(pid, 5)}
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    started = time.perf_counter()
    for cell in notebook.cells:
        if cell.cell_type == "code":
            execute(kc, cell.source)
    notebook_seconds = time.perf_counter() - started
    figures["notebook 01"] = settle(pid)
    # The kernel gives back the buffers the first chart's message was encoded in ~35 s after its last cell, when the
    # runtime's pools let go of them (KernelInterpreter.ReturnMemory); a class's kernels sit idle far longer.
    figures["notebook 01, idle 40 s"] = settle(pid, 37)
    started = time.perf_counter()
    for i in range(2000):
        execute(kc, f"var x{i % 50} = {i} * 2;")
    cells_seconds = time.perf_counter() - started
    figures["+ 2,000 cells"] = settle(pid)
    execute(kc, "var big = new double[100_000_000]; Array.Fill(big, 1.0); big.Length")
    figures["large cell (800 MB)"] = settle(pid)
    execute(kc, "big = null; GC.Collect();")
    figures["after releasing it"] = settle(pid)
    kc.stop_channels()
    km.shutdown_kernel(now=True)
    print(f"settings: {' '.join(sys.argv[1:]) or 'as installed'}; notebook 01 ran in {notebook_seconds:.1f} s, "
          f"the 2,000 cells in {cells_seconds:.1f} s")
    print("| measure | resident MB | target |")
    print("|---|---|---|")
    for name, mb in figures.items():
        target = TARGETS.get(name)
        if name == "+ 2,000 cells":
            target_text = f"≤ {figures['notebook 01, idle 40 s'] + 100:.0f} (notebook 01 + 100)"
        elif name == "after releasing it":
            target_text = f"back near {figures['+ 2,000 cells']:.0f} (before the large cell)"
        else:
            target_text = f"≤ {target}" if target else "—"
        print(f"| {name} | {mb:.0f} | {target_text} |")


if __name__ == "__main__":
    main()
