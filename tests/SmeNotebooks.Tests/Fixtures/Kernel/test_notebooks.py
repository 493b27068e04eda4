"""nbclient executes every notebook's .ipynb twin in the SmeNotebooks C# kernel, as `jupyter nbconvert --execute` or
papermill would: any failing cell — a compile error, an exception, or a notebook Check that does not hold (Checks
throw) — fails the test. Folder: SMENOTEBOOKS_REPOSITORY/notebooks; kernelspec through JUPYTER_PATH."""
import glob
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = os.path.join(os.environ["SMENOTEBOOKS_REPOSITORY"], "notebooks")

failures = []
paths = sorted(glob.glob(os.path.join(NOTEBOOKS, "*.ipynb")))
if not paths:
    sys.exit("no .ipynb twins found")
for path in paths:
    notebook = nbformat.read(path, as_version=4)
    start = time.time()
    try:
        NotebookClient(notebook, kernel_name="smenotebooks-csharp", timeout=300, resources={"metadata": {"path": NOTEBOOKS}}).execute()
    except Exception as error:  # nbclient's CellExecutionError names the cell and the kernel's error
        failures.append(f"{os.path.basename(path)}: {error}")
        continue
    charts = sum(1 for cell in notebook.cells if cell.cell_type == "code"
                 for output in cell.get("outputs", []) if "application/vnd.plotly.v1+json" in output.get("data", {}))
    code_cells = sum(1 for cell in notebook.cells if cell.cell_type == "code")
    print(f"{os.path.basename(path)}: {code_cells} code cells, {charts} charts, {time.time() - start:.1f} s", flush=True)
if failures:
    sys.exit("\n".join(failures))
print(f"all {len(paths)} notebooks ran in the kernel")
