"""The SmeNotebooks C# kernel beside Debian's ipykernel, in the same run (issue 12's speed targets):
start to kernel_info_reply, a trivial cell's round trip (execute_request to idle) after warm-up, a completion reply
after warm-up — medians — and the C# kernel's memory after running the whole collection in one session, then after a
restart. Usage (from the repository root, after `dotnet run --project lib/SmeNotebooks.Kernel -c Release -- install
--prefix /tmp/bench-jupyter`):
    JUPYTER_PATH=/tmp/bench-jupyter/share/jupyter /usr/bin/python3 tests/SmeNotebooks.Benchmarks/kernel-vs-ipykernel.py
"""
import glob
import os
import statistics
import time

import nbformat
from jupyter_client.manager import KernelManager

NOTEBOOKS = os.path.join(os.getcwd(), "notebooks")
KERNELS = {"smenotebooks-csharp": ("1", "Console.Wri"), "python3": ("1", "pri")}


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024


def start(name):
    km = KernelManager(kernel_name=name)
    t = time.perf_counter()
    km.start_kernel(cwd=NOTEBOOKS)
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    return km, kc, time.perf_counter() - t


results = {}
for name, (trivial, partial) in KERNELS.items():
    starts = []
    for _ in range(5):
        km, kc, took = start(name)
        starts.append(took)
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    km, kc, _ = start(name)
    for _ in range(10):
        kc.execute_interactive(trivial, timeout=120, output_hook=lambda m: None)
    rounds = []
    for _ in range(30):
        t = time.perf_counter()
        kc.execute_interactive(trivial, timeout=60, output_hook=lambda m: None)
        rounds.append(time.perf_counter() - t)
    for _ in range(5):
        kc.complete(partial, len(partial), reply=True, timeout=60)
    completions = []
    for _ in range(20):
        t = time.perf_counter()
        kc.complete(partial, len(partial), reply=True, timeout=60)
        completions.append(time.perf_counter() - t)
    results[name] = (statistics.median(starts), statistics.median(rounds), statistics.median(completions))
    if name == "smenotebooks-csharp":
        pid = km.provisioner.process.pid
        at_start = rss_mb(pid)
        for path in sorted(glob.glob(os.path.join(NOTEBOOKS, "*.ipynb"))):
            for cell in nbformat.read(path, as_version=4).cells:
                if cell.cell_type == "code":
                    kc.execute_interactive(cell.source, timeout=300, output_hook=lambda m: None)
        after_collection = rss_mb(pid)
        km.restart_kernel(now=False)
        kc.wait_for_ready(timeout=120)
        after_restart = rss_mb(km.provisioner.process.pid)
        results["memory"] = (at_start, after_collection, after_restart)
    kc.stop_channels()
    km.shutdown_kernel(now=True)

cs, py = results["smenotebooks-csharp"], results["python3"]
print("| measure | C# kernel | ipykernel | ratio |")
print("|---|---:|---:|---:|")
for i, label in enumerate(["start to kernel_info_reply", "trivial cell round trip (median of 30)", "completion reply (median of 20)"]):
    print(f"| {label} | {cs[i] * 1000:.1f} ms | {py[i] * 1000:.1f} ms | {cs[i] / py[i]:.2f} × |")
m = results["memory"]
print(f"| C# kernel resident memory: after start / after the whole collection / after restart | {m[0]:.0f} MB / {m[1]:.0f} MB / {m[2]:.0f} MB | | |")
