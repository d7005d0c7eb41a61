"""Every course notebook, in both editions, runs in JupyterLab with no widget error or traceback.

A Chinese lesson's widgets show Chinese labels; a screenshot of each Chinese lesson's first
widget goes to ``screenshots/`` (git-ignored; CI keeps it as an artifact), so a reader can see
the Chinese text drawn with a CJK font, not as boxes.
"""

import pathlib
import re

import nbformat
import pytest

from tests.browser._lab import check_widget_outputs, open_notebook_and_run_all

pytestmark = pytest.mark.browser

ROOT = pathlib.Path(__file__).resolve().parents[2]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ZH_NOTEBOOKS = sorted((ROOT / "notebooks" / "zh").glob("*.ipynb"))
SCREENSHOTS = ROOT / "screenshots"
CJK = re.compile(r"[\u3400-\u9fff]")


def clean_copy(source, target):
    """Write `source` to `target` without outputs or execution counts (a fresh student copy)."""
    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)


def test_there_are_notebooks_to_run():
    assert len(NOTEBOOKS) >= 19 and len(ZH_NOTEBOOKS) == len(NOTEBOOKS)


def _run(page, page_errors, lab_server, notebook, relative):
    clean_copy(notebook, lab_server.root_dir / relative)
    open_notebook_and_run_all(page, lab_server, relative)
    # raises on "Error displaying widget", a stuck "Loading widget...", a failed widget
    # view or a traceback in any output
    check_widget_outputs(page, min_figures=0)
    widgets = page.locator(".jp-Notebook .jp-OutputArea .jupyter-widgets")
    assert widgets.count() >= 1, f"{relative} displays no membrane_widgets widget"
    assert not page_errors, f"uncaught JavaScript errors in {relative}: {page_errors}"
    return widgets


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[nb.name for nb in NOTEBOOKS])
def test_notebook_runs_in_jupyterlab(page, page_errors, lab_server, notebook):
    _run(page, page_errors, lab_server, notebook, notebook.name)


@pytest.mark.parametrize("notebook", ZH_NOTEBOOKS, ids=[f"zh/{nb.name}" for nb in ZH_NOTEBOOKS])
def test_chinese_notebook_runs_with_chinese_widgets(page, page_errors, lab_server, notebook):
    widgets = _run(page, page_errors, lab_server, notebook, f"zh/{notebook.name}")
    labels = page.locator(".jp-Notebook .jp-OutputArea .jupyter-widgets .widget-label, "
                          ".jp-Notebook .jp-OutputArea .jupyter-widgets .widget-html-content, "
                          ".jp-Notebook .jp-OutputArea .jupyter-widgets button")
    shown = " ".join(labels.all_inner_texts())
    assert CJK.search(shown), f"zh/{notebook.name}: its widgets show no Chinese: {shown[:300]}"
    SCREENSHOTS.mkdir(exist_ok=True)
    first = widgets.first
    first.scroll_into_view_if_needed()
    first.screenshot(path=SCREENSHOTS / f"zh_{notebook.stem}.png")
