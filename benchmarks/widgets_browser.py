"""Keypress-to-readout latency in a real browser: IonSliderPanel vs a bare FloatSlider.

Starts a throwaway JupyterLab and Debian's headless Chromium (the same code as the
browser tests, ``tests/browser/_lab.py``), runs one notebook that shows an
``IonSliderPanel`` and a bare ``FloatSlider`` whose observer writes its value into a
``Label``, then for each: focuses the slider handle and presses ArrowRight N times,
one press at a time. For every press it takes the time from the keydown reaching
the page to the readout's first DOM change (a MutationObserver; both clocks are the
page's ``performance.now()``), i.e. the whole round trip: slider -> kernel ->
observer -> readout -> browser.

Prints the medians and their ratio (target: panel <= 1.5x bare), measured in this
one run, interleaved (the machines are shared and noisy: compare within a run,
never across runs). Run: ``python benchmarks/widgets_browser.py [--presses N]``.
"""

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import _lab  # noqa: E402

TARGET_RATIO = 1.5
WARMUP = 3
ROUNDS = 2  # panel, bare, bare, panel: each gets presses / 2 per round

NOTEBOOK = [
    "import ipywidgets as w\n"
    "import membrane_widgets as mw",
    # The panel: its c_in slider is the first slider; its readout is the Nernst HTML.
    "panel = mw.IonSliderPanel()\n"
    'panel.add_class("bench-panel")\n'
    'panel.readout.add_class("bench-panel-readout")\n'
    "panel",
    # The baseline: the least a slider -> kernel -> readout round trip can cost.
    "bare = w.FloatSlider(value=0.0, min=0.0, max=1000.0, step=0.1, continuous_update=True)\n"
    'bare.add_class("bench-bare")\n'
    'label = w.Label("0.0")\n'
    'label.add_class("bench-bare-readout")\n'
    'bare.observe(lambda change: setattr(label, "value", f"{change.new:.1f}"), names="value")\n'
    "w.VBox([bare, label])",
]

CASES = {
    "IonSliderPanel": (".bench-panel .widget-slider >> nth=0", ".bench-panel-readout"),
    "bare FloatSlider": (".bench-bare", ".bench-bare-readout"),
}

# Records keydown times (capture phase, before the slider sees the key) and the
# times of the readout's DOM changes, on the page's clock.
PROBE_JS = """(readout) => {
    const target = document.querySelector(readout);
    window.__bench = {keys: [], changes: []};
    if (window.__benchKeys === undefined) {
        window.__benchKeys = (event) => window.__bench.keys.push(performance.now());
        window.addEventListener('keydown', window.__benchKeys, true);
    }
    if (window.__benchObserver) window.__benchObserver.disconnect();
    window.__benchObserver = new MutationObserver(
        () => window.__bench.changes.push(performance.now()));
    window.__benchObserver.observe(
        target, {subtree: true, childList: true, characterData: true});
}"""

# The readout has changed since the last key press.
CHANGED_JS = """() => {
    const b = window.__bench;
    const key = b.keys[b.keys.length - 1];
    return key !== undefined && b.changes.some((t) => t >= key);
}"""

# The latency of every press: first change after the key, before the next key.
LATENCIES_JS = """() => {
    const {keys, changes} = window.__bench;
    return keys.map((key) => {
        const first = changes.find((t) => t >= key);
        return first === undefined ? null : first - key;
    });
}"""


def measure(page, case, presses):
    """Press ArrowRight `presses` times on `case`'s slider; return the latencies, ms."""
    slider, readout = CASES[case]
    page.evaluate(PROBE_JS, readout)
    page.locator(slider).locator(".noUi-handle").focus()
    for _ in range(presses):
        page.keyboard.press("ArrowRight")
        page.wait_for_function(CHANGED_JS, timeout=10_000)
        _lab.wait_for_kernel_idle(page, timeout=10_000)  # no backlog into the next press
    latencies = page.evaluate(LATENCIES_JS)
    assert None not in latencies and len(latencies) == presses, latencies
    return latencies


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--presses", type=int, default=40, help="key presses per slider")
    args = parser.parse_args()
    if not _lab.chromium_available():
        sys.exit(f"Debian's Chromium is not installed at {_lab.CHROMIUM}")

    with tempfile.TemporaryDirectory(prefix="mw-bench-") as tmp:
        t0 = time.perf_counter()
        lab = _lab.start_lab(Path(tmp))
        try:
            _lab.write_notebook(lab.root_dir / "latency.ipynb", NOTEBOOK)
            with sync_playwright() as playwright:
                browser = _lab.launch_browser(playwright)
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                _lab.open_notebook_and_run_all(page, lab, "latency.ipynb")
                _lab.check_widget_outputs(page, min_figures=1)
                setup = time.perf_counter() - t0

                for case in CASES:
                    measure(page, case, WARMUP)
                samples = {case: [] for case in CASES}
                per_round = max(args.presses // ROUNDS, 1)
                for r in range(ROUNDS):
                    order = list(CASES) if r % 2 == 0 else list(reversed(CASES))
                    for case in order:
                        samples[case] += measure(page, case, per_round)
                browser.close()
        finally:
            lab.stop()

    print(f"keypress -> readout latency in headless Chromium + JupyterLab "
          f"({per_round * ROUNDS} presses each, interleaved; setup {setup:.1f} s)")
    medians = {}
    for case, values in samples.items():
        medians[case] = statistics.median(values)
        q = statistics.quantiles(values, n=10)
        print(f"{case:18s} median {medians[case]:6.1f} ms   p10 {q[0]:6.1f} ms   "
              f"p90 {q[-1]:6.1f} ms")
    ratio = medians["IonSliderPanel"] / medians["bare FloatSlider"]
    verdict = "ok" if ratio <= TARGET_RATIO else "ABOVE TARGET"
    print(f"ratio IonSliderPanel / bare: {ratio:.2f}x (target <= {TARGET_RATIO}x: {verdict})")


if __name__ == "__main__":
    main()
