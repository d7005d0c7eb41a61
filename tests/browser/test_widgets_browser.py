"""What only a browser shows: every widget renders in JupyterLab, answers the keyboard, fits.

The widgets are discovered at test time from ``membrane_widgets.widgets.__all__``
(every ``ipywidgets.DOMWidget`` subclass), so a new widget is covered as soon as it
is exported.
"""

import inspect
import re
import sys
import warnings

import bqplot as bq
import ipywidgets
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

import membrane_widgets.widgets as mw_widgets
from tests.browser._lab import (
    check_widget_outputs,
    count_figures,
    open_notebook_and_run_all,
    write_notebook,
)

pytestmark = pytest.mark.browser

ALL_WIDGETS_NB = "all_widgets.ipynb"
PREDICTION_NB = "prediction.ipynb"
ION_PANEL_NB = "ion_panel.ipynb"
# CSS classes the test notebook gives the panel and its readout (DOMWidget.add_class).
PANEL_CLASS, READOUT_CLASS = "mw-test-panel", "mw-test-readout"
SENTINEL_CLASS, CIN_CLASS = "mw-test-sentinel", "mw-test-cin"
PANEL = f".{PANEL_CLASS}"
READOUT = f".{READOUT_CLASS} .widget-html-content"  # ipywidgets 8 HTML: the value's element


def widget_classes():
    """The DOMWidget classes exported by ``membrane_widgets.widgets``, in ``__all__`` order."""
    classes = [getattr(mw_widgets, name) for name in mw_widgets.__all__]
    return [c for c in classes if inspect.isclass(c) and issubclass(c, ipywidgets.DOMWidget)]


@pytest.fixture(scope="module")
def notebooks(lab_server):
    """Write the test notebooks into the server's root directory; return the widget classes."""
    classes = widget_classes()
    write_notebook(
        lab_server.root_dir / ALL_WIDGETS_NB,
        ["import sys\nprint(sys.executable)", "import membrane_widgets.widgets as mw_widgets"]
        + [constructor_call(cls) for cls in classes],
    )
    write_notebook(
        lab_server.root_dir / ION_PANEL_NB,
        [
            "import membrane_widgets as mw\n"
            "panel = mw.IonSliderPanel()\n"
            f'panel.add_class("{PANEL_CLASS}")\n'
            f'panel.readout.add_class("{READOUT_CLASS}")\n'
            f'panel.c_in_value.add_class("{CIN_CLASS}")\n'
            "panel",
            # a sentinel that turns to CHANGED if the model is written without user input
            "import ipywidgets as w\n"
            f'sentinel = w.Label("unchanged").add_class("{SENTINEL_CLASS}")\n'
            "def _flag(change):\n"
            '    sentinel.value = "CHANGED {name} {old} -> {new}".format(**change)\n'
            "for _ion in panel.model.ions:\n"
            '    _ion.observe(_flag, names=["c_in", "c_out", "permeability", "valence"])\n'
            "sentinel",
        ],
    )
    return classes


# Widgets that need arguments (a self-check needs a question); every other widget is
# built with none, as students and instructors build them.
EXAMPLE_ARGS = {
    "AnswerCheck": {"question": "How many mV is 0.07 V?", "answer": 70.0},
    "Prediction": {"question": "Which way do K⁺ ions move at rest?", "answer": 1,
                   "choices": ["into the cell", "out of the cell"], "why": "V_m is above E_K."},
}


def constructor_call(cls):
    """Source text that builds `cls` in the test notebook."""
    args = ", ".join(f"{k}={v!r}" for k, v in EXAMPLE_ARGS.get(cls.__name__, {}).items())
    return f"mw_widgets.{cls.__name__}({args})"


def make(cls):
    """An instance of `cls` as the test notebook builds it.

    Deprecation warnings are not this test's concern (the headless tests, which
    turn them into errors, are).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return cls(**EXAMPLE_ARGS.get(cls.__name__, {}))


def figures_in(widget):
    """How many bqplot Figures the widget tree under `widget` displays (open tabs only)."""
    if isinstance(widget, bq.Figure):
        return 1
    children = getattr(widget, "children", ())
    if isinstance(widget, ipywidgets.Tab):  # a browser draws only the open tab
        children = children[widget.selected_index or 0:][:1]
    return sum(figures_in(child) for child in children if isinstance(child, ipywidgets.Widget))


def wait_until_readout_matches_label(page, timeout=15_000):
    """Wait until the panel readout's inside concentration equals the c_in value label.

    Both come from the kernel, at different moments: compare the live texts in the
    page (a snapshot of one of them could be stale) until they agree.
    """
    page.wait_for_function(
        """([label, readout]) => {
            const l = document.querySelector(label), r = document.querySelector(readout);
            if (!l || !r) return false;
            const shown = l.textContent.trim();
            return shown.length > 0 && r.textContent.includes(shown + " inside");
        }""",
        arg=[f".{CIN_CLASS} .widget-html-content", READOUT],
        timeout=timeout,
    )


def millivolts(readout_text):
    """The first "… mV" number in a readout, as a float (unicode minus understood)."""
    match = re.search(r"([\u2212-]?\d+(?:\.\d+)?)\s*mV", readout_text)
    assert match, f"no mV value in {readout_text!r}"
    return float(match.group(1).replace("\u2212", "-"))


def test_every_widget_renders_without_error(page, page_errors, lab_server, notebooks):
    classes = notebooks
    assert "IonSliderPanel" in [c.__name__ for c in classes]
    instances = {cls.__name__: make(cls) for cls in classes}
    expected = {name: figures_in(widget) for name, widget in instances.items()}
    with_figure = [name for name, widget in instances.items() if hasattr(widget, "figure")]

    open_notebook_and_run_all(page, lab_server, ALL_WIDGETS_NB)
    figures = check_widget_outputs(page, min_figures=sum(expected.values()))

    cells = page.locator(".jp-Notebook .jp-CodeCell")
    assert cells.count() == len(classes) + 2
    # The kernel is this test environment's interpreter (so it imports this checkout).
    kernel_python = cells.nth(0).locator(".jp-OutputArea").inner_text().strip()
    assert kernel_python == sys.executable
    for i, name in enumerate(instances):
        output = cells.nth(i + 2).locator(".jp-OutputArea")
        assert output.locator(".jupyter-widgets").count() > 0, f"{name} shows no widget"
        drawn = count_figures(page, within=output)
        assert drawn >= expected[name], f"{name}: {drawn} of its {expected[name]} figures drawn"
    assert figures >= len(with_figure)
    assert not page_errors, f"uncaught JavaScript errors: {page_errors}"


def test_keyboard_moves_the_ion_panel_c_in_slider(page, lab_server, notebooks):
    open_notebook_and_run_all(page, lab_server, ION_PANEL_NB)
    check_widget_outputs(page, min_figures=1)
    panel = page.locator(PANEL)
    readout = page.locator(READOUT)
    slider = panel.locator(".widget-slider").first  # the first slider is the inside concentration
    handle = slider.locator(".noUi-handle")
    assert slider.locator(".widget-label").inner_text().strip().endswith("in")
    # Wait for a consistent state first (rendering the slider may already sync it).
    wait_until_readout_matches_label(page)
    before = readout.inner_text()
    label = page.locator(f".{CIN_CLASS} .widget-html-content")
    label_before = label.inner_text()
    exponent_before = float(handle.get_attribute("aria-valuenow"))

    handle.focus()
    expect(handle).to_be_focused()
    for _ in range(5):
        page.keyboard.press("ArrowRight")

    # The handle moved five arrow steps of a tenth of a decade (the accessibility hook's step;
    # the slider is local, so at once) ...
    exponent_after = float(handle.get_attribute("aria-valuenow"))
    assert exponent_after == pytest.approx(exponent_before + 0.5, abs=0.051)
    # ... the kernel took that value: the model's value beside the slider shows it, the
    # handle says it in the same words, and it is half a decade (×3.16) up ...
    start = float(label_before.split()[0])
    page.wait_for_function(
        "([sel, start]) => { const v = parseFloat(document.querySelector(sel).textContent);"
        " return Math.abs(Math.log10(v / start) - 0.5) < 0.011; }",
        arg=[f".{CIN_CLASS} .widget-html-content", start], timeout=15_000)
    expect(handle).to_have_attribute("aria-valuetext", label.inner_text())
    # ... and the kernel's answer for the last step reaches the readout: its inside
    # concentration equals the value shown beside the slider (both from the model).
    wait_until_readout_matches_label(page)
    after = readout.inner_text()
    assert after != before
    # More potassium inside makes E_K more negative.
    assert millivolts(after) < millivolts(before)


def test_displaying_a_widget_does_not_change_the_model(page, lab_server, notebooks):
    open_notebook_and_run_all(page, lab_server, ION_PANEL_NB)
    check_widget_outputs(page, min_figures=1)
    wait_until_readout_matches_label(page)
    sentinel = page.locator(f".{SENTINEL_CLASS}")
    expect(sentinel).to_have_text("unchanged")
    # A rendering slider that snaps its value would write back within moments; give it
    # three seconds to do so (the only deliberate wait in this module).
    with pytest.raises(AssertionError):
        expect(sentinel).not_to_have_text("unchanged", timeout=3_000)
    assert "140 mM inside" in page.locator(READOUT).inner_text()


def test_ion_panel_fits_a_1280_px_wide_lab(page, lab_server, notebooks):
    page.set_viewport_size({"width": 1600, "height": 900})
    open_notebook_and_run_all(page, lab_server, ION_PANEL_NB)
    check_widget_outputs(page, min_figures=1)
    page.set_viewport_size({"width": 1280, "height": 900})

    # Where the panel's content ends: the right edge of its rightmost drawn leaf element
    # (the panel and its boxes stretch to the output's width, so their own boxes
    # always "fit"); whether a widget box clips its children (a too-wide widget is
    # squeezed by flexbox rather than overflowing); whether anything scrolls sideways.
    measure = """() => {
        const panel = document.querySelector('PANEL');
        const notebook = panel.closest('.jp-NotebookPanel').getBoundingClientRect();
        const scroller = panel.closest('.jp-WindowedPanel-outer');
        const output = panel.closest('.jp-OutputArea-output');
        const box = panel.getBoundingClientRect();
        const leaves = [...panel.querySelectorAll('*')]
            .filter((e) => e.childElementCount === 0)
            .map((e) => e.getBoundingClientRect())
            .filter((r) => r.width > 0 && r.height > 0);
        return {viewport: window.innerWidth, notebookLeft: notebook.left,
                notebookRight: notebook.right, panelLeft: box.left, panelRight: box.right,
                contentRight: Math.max(...leaves.map((r) => r.right)),
                boxOverflow: Math.max(...[panel, ...panel.querySelectorAll('.widget-box')]
                    .map((e) => e.scrollWidth - e.clientWidth)),
                outputOverflow: output.scrollWidth - output.clientWidth,
                notebookOverflow: scroller.scrollWidth - scroller.clientWidth};
    }""".replace("PANEL", PANEL)
    settled = "(m) => m.viewport === 1280 && m.notebookRight <= m.viewport"
    fits = """(m) => m.panelLeft >= m.notebookLeft && m.panelRight <= m.notebookRight
        && m.contentRight <= m.notebookRight
        && m.boxOverflow <= 0 && m.outputOverflow <= 0 && m.notebookOverflow <= 0"""
    # JupyterLab lays out again at the new width: wait for that, then for the panel to fit.
    page.wait_for_function(f"() => ({settled})(({measure})())", timeout=10_000)
    try:
        page.wait_for_function(f"() => ({fits})(({measure})())", timeout=5_000)
    except PlaywrightTimeoutError:
        pass  # the assertions below report the numbers
    m = page.evaluate(measure)
    assert m["notebookLeft"] <= m["panelLeft"] and m["panelRight"] <= m["notebookRight"], m
    assert m["contentRight"] <= m["notebookRight"], m
    assert m["boxOverflow"] <= 0 and m["outputOverflow"] <= 0, m
    assert m["notebookOverflow"] <= 0, m


def test_a_prediction_is_chosen_committed_and_then_answered(page, lab_server):
    """Choose an option, commit it: the verdict and the why appear and the choice locks."""
    write_notebook(lab_server.root_dir / PREDICTION_NB, [
        "import membrane_widgets as mw\n"
        "p = mw.Prediction('Which way do K⁺ ions move at rest?', answer=1,\n"
        "                  choices=['into the cell', 'out of the cell'],\n"
        "                  why='V<sub>m</sub> lies above E<sub>K</sub>.')\n"
        "p.add_class('mw-test-prediction')\n"
        "p",
    ])
    open_notebook_and_run_all(page, lab_server, PREDICTION_NB)
    check_widget_outputs(page)
    widget = page.locator(".mw-test-prediction")
    expect(widget).to_contain_text("Predict:")
    assert "lies above" not in widget.inner_text()  # nothing of the answer before the commit
    widget.get_by_role("button", name="Commit my prediction").click()
    expect(widget).to_contain_text("Choose one option first.")
    widget.get_by_label("out of the cell").check()
    widget.get_by_role("button", name="Commit my prediction").click()
    expect(widget).to_contain_text("Your prediction: out of the cell", timeout=15_000)
    expect(widget).to_contain_text("✓ Right.")
    expect(widget).to_contain_text("lies above")
    expect(widget.get_by_label("into the cell")).to_be_disabled()
    expect(widget.get_by_role("button", name="Commit my prediction")).to_be_disabled()
