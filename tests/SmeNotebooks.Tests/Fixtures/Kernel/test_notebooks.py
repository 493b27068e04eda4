"""nbclient executes every notebook's .ipynb twin in the SmeNotebooks C# kernel, as `jupyter nbconvert --execute` or
papermill would: any failing cell — a compile error, an exception, or a notebook Check that does not hold (Checks
throw) — fails the test. Each notebook runs in the kernel its metadata names: the English kernel for name.ipynb, the
Spanish one for name.es.ipynb, whose library words (SPSS tables, exercise messages) must then be Spanish where the
English notebook's are English. Folder: SMENOTEBOOKS_REPOSITORY/notebooks; kernelspecs through JUPYTER_PATH."""
import glob
import os
import sys
import time

import nbformat
from nbclient import NotebookClient

NOTEBOOKS = os.path.join(os.environ["SMENOTEBOOKS_REPOSITORY"], "notebooks")

# The library's words in both languages, as Strings.resx and Strings.es.resx give them.
LABELS = [("Model Summary", "Resumen del modelo"), ("Variables in the Equation", "Variables en la ecuación"),
          ("Exercise 1", "Ejercicio 1"), ("Published", "Publicado")]


def output_text(notebook):
    parts = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.extend(str(value) for key, value in output.get("data", {}).items() if key.startswith("text/"))
    return "\n".join(parts)


texts = {}
failures = []
paths = sorted(glob.glob(os.path.join(NOTEBOOKS, "*.ipynb")))
if not paths:
    sys.exit("no .ipynb twins found")
for path in paths:
    notebook = nbformat.read(path, as_version=4)
    start = time.time()
    try:
        NotebookClient(notebook, kernel_name=notebook.metadata.kernelspec.name, timeout=300, resources={"metadata": {"path": NOTEBOOKS}}).execute()
    except Exception as error:  # nbclient's CellExecutionError names the cell and the kernel's error
        failures.append(f"{os.path.basename(path)}: {error}")
        continue
    charts = sum(1 for cell in notebook.cells if cell.cell_type == "code"
                 for output in cell.get("outputs", []) if "application/vnd.plotly.v1+json" in output.get("data", {}))
    texts[os.path.basename(path)] = output_text(notebook)
    code_cells = sum(1 for cell in notebook.cells if cell.cell_type == "code")
    print(f"{os.path.basename(path)}: {code_cells} code cells, {charts} charts, {time.time() - start:.1f} s", flush=True)
for name, text in texts.items():
    spanish = texts.get(name.replace(".ipynb", ".es.ipynb"))
    if name.endswith(".es.ipynb") or spanish is None:
        continue
    for english_label, spanish_label in LABELS:
        if english_label in text and (spanish_label not in spanish or english_label in spanish):
            failures.append(f"{name.replace('.ipynb', '.es.ipynb')}: the Spanish kernel printed '{english_label}' "
                            f"where it should print '{spanish_label}'")
if failures:
    sys.exit("\n".join(failures))
print(f"all {len(paths)} notebooks ran in the kernel")
