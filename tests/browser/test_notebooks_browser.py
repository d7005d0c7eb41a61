"""Every course notebook runs top to bottom in JupyterLab with no widget error and no traceback."""

import pathlib

import nbformat
import pytest

from tests.browser._lab import check_widget_outputs, open_notebook_and_run_all

pytestmark = pytest.mark.browser

NOTEBOOKS = sorted((pathlib.Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


def clean_copy(source, target):
    """Write `source` to `target` without outputs or execution counts (a fresh student copy)."""
    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    nbformat.write(nb, target)


def test_there_are_notebooks_to_run():
    assert len(NOTEBOOKS) >= 1


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.name for nb in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(page, page_errors, lab_server, notebook):
    clean_copy(notebook, lab_server.root_dir / notebook.name)
    open_notebook_and_run_all(page, lab_server, notebook.name)
    # raises on "Error displaying widget", a stuck "Loading widget...", a failed widget
    # view or a traceback in any output
    check_widget_outputs(page, min_figures=0)
    widgets = page.locator(".jp-Notebook .jp-OutputArea .jupyter-widgets")
    assert widgets.count() >= 1, f"{notebook.name} displays no membrane_widgets widget"
    assert not page_errors, f"uncaught JavaScript errors in {notebook.name}: {page_errors}"
