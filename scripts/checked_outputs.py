"""Execute notebooks in a fresh kernel and keep only the outputs that nbval checks.

Usage: ``python scripts/checked_outputs.py notebooks/04_nernst.ipynb [...]``

Cells marked ``# NBVAL_CHECK_OUTPUT`` keep their (freshly computed) outputs;
every other output, execution count and the saved widget state are removed, and
the ``kernelspec`` metadata is set, so the committed notebook is clean and
nbval compares exactly the worked numbers. Run it after editing a notebook.
"""

import pathlib
import sys

import nbformat
from nbclient import NotebookClient

KERNELSPEC = {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"}
MARK = "NBVAL_CHECK_OUTPUT"


def process(path, timeout=120):
    """Execute `path` top to bottom and write it back with only checked outputs."""
    path = pathlib.Path(path)
    nb = nbformat.read(path, as_version=4)
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    NotebookClient(nb, timeout=timeout, kernel_name="python3",
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    nb.metadata.pop("widgets", None)
    nb.metadata["language_info"] = {"name": "python"}  # execution fills in machine details
    count = 0
    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        if cell.cell_type != "code":
            continue
        if MARK in cell.source:
            count += 1
            cell.execution_count = count
            for out in cell.outputs:
                if "execution_count" in out:
                    out["execution_count"] = count
        else:
            cell.outputs = []
            cell.execution_count = None
    nbformat.write(nb, path)
    return count


def main(paths):
    """Process every notebook path given on the command line."""
    for p in paths:
        n = process(p)
        print(f"{p}: executed; {n} checked cell(s) keep their output")


if __name__ == "__main__":
    main(sys.argv[1:])
