"""Validates an .ipynb file against the nbformat 4 schema (Debian's python3-nbformat, which nbclient brings) and prints
its C# code cells as JSON: [{"source": ..., "outputs": [text, ...]}]. Exit code 1 with the schema's message when invalid."""
import json
import sys

import nbformat

notebook = nbformat.read(sys.argv[1], as_version=4)
try:
    nbformat.validate(notebook)
except nbformat.ValidationError as error:
    sys.exit(f"invalid nbformat 4: {error.message}")
cells = []
for cell in notebook.cells:
    if cell.cell_type != "code":
        continue
    texts = []
    for output in cell.outputs:
        if output.output_type == "stream":
            texts.append(output.text)
        elif output.output_type in ("execute_result", "display_data"):
            texts.append(output.data.get("text/plain", ""))
        elif output.output_type == "error":
            texts.append(output.evalue)
    cells.append({"source": cell.source, "outputs": texts, "execution_count": cell.execution_count})
print(json.dumps(cells))
