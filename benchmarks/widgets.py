"""Python-side cost of one control move for each widget vs a bare ipywidgets pair.

The bare pair is a FloatSlider whose observer writes a Label: the least a
slider-to-readout update can cost. Each widget's move and a bare move are
interleaved in one loop (the machines are shared and noisy: compare within one
run, never across runs) and the medians are compared. Target: <= 10x.

Run: ``python benchmarks/widgets.py`` (add ``--browser`` for the keypress ->
readout latency measured in Chromium, see ``benchmarks/widgets_browser.py``; name
widgets, e.g. ``python benchmarks/widgets.py GHKWeightBars``, to measure only those).
"""

import itertools
import statistics
import sys
import time

import ipywidgets as w

import membrane_widgets as mw

MOVES = 1500


def bare_pair():
    slider, label = w.FloatSlider(), w.Label()
    slider.observe(lambda change: setattr(label, "value", f"{change['new']:.2f} mV"), "value")
    return slider, [1.0, 2.0]


def cases():
    """(name, factory returning (control, values to cycle through))."""

    def control(factory, attr, values):
        def make():
            widget = factory()
            return _get(widget, attr), values

        return make

    return [
        ("IonSliderPanel c_out", control(mw.IonSliderPanel, "c_out_slider", [5.0, 10.0])),
        ("IonSliderPanel temperature", control(mw.IonSliderPanel, "temperature_slider",
                                               [20.0, 37.0])),
        ("DrivingForceGauge V_m clamp", control(_clamped_gauge, "vm_slider", [-70.0, -50.0])),
        ("GHKWeightBars P(Na)", control(mw.GHKWeightBars, "sliders.Na", [0.03, 0.3])),
        ("GHKExplorer P(Na)", control(mw.GHKExplorer, "weight_bars.sliders.Na", [0.03, 0.3])),
        ("GHKExplorer+Ca P(Na)", control(lambda: mw.GHKExplorer(include_calcium=True),
                                         "weight_bars.sliders.Na", [0.03, 0.3])),
        ("NernstExplorer temperature", control(mw.NernstExplorer, "temperature_slider",
                                               [20.0, 37.0])),
        ("ActivityExplorer I", control(mw.ActivityExplorer, "ionic_strength_slider",
                                       [10.0, 100.0])),
        ("CapacitorCounter V_m", control(mw.CapacitorCounter, "vm_slider", [-80.0, -60.0])),
        ("PumpExplorer P_Na/P_K", control(mw.PumpExplorer, "p_ratio_slider", [0.03, 0.1])),
    ] + _optional_cases(control)


def _optional_cases(control):
    extra = []
    if hasattr(mw, "JunctionPotentialCalculator"):
        extra.append(("JunctionPotentialCalculator V_meas",
                      control(mw.JunctionPotentialCalculator, "measured_vm", [-80.0, -60.0])))
    if hasattr(mw, "DynamicEquilibrium"):
        extra.append(("DynamicEquilibrium frame", control(mw.DynamicEquilibrium, "frame",
                                                          [10, 20])))
    if hasattr(mw, "EntropyOfMixing"):
        extra.append(("EntropyOfMixing frame", control(mw.EntropyOfMixing, "frame", [10, 20])))
    if hasattr(mw, "ActionPotentialPlayer"):
        extra.append(("ActionPotentialPlayer frame", control(mw.ActionPotentialPlayer, "frame",
                                                             [100, 200])))
    return extra


def _clamped_gauge():
    gauge = mw.DrivingForceGauge()
    gauge.model.vm_mode = "clamp"
    return gauge


def _get(obj, dotted):
    for part in dotted.split("."):
        obj = obj[part] if isinstance(obj, dict) else getattr(obj, part)
    return obj


def measure(control, values, bare, bare_values, moves=MOVES):
    ours, theirs = [], []
    cycle_ours, cycle_bare = itertools.cycle(values), itertools.cycle(bare_values)
    for _ in range(moves):
        v = next(cycle_ours)
        t0 = time.perf_counter()
        control.value = v
        ours.append(time.perf_counter() - t0)
        b = next(cycle_bare)
        t0 = time.perf_counter()
        bare.value = b
        theirs.append(time.perf_counter() - t0)
    return statistics.median(ours), statistics.median(theirs)


def main(argv):
    chosen = [arg for arg in argv if not arg.startswith("--")]
    print(f"Python-side cost of one move, median of {MOVES} interleaved moves (target <= 10x)")
    print(f"{'widget / control':36s} {'ours (us)':>10s} {'bare (us)':>10s} {'ratio':>7s}")
    for name, make in cases():
        if chosen and name.split()[0] not in chosen:
            continue
        control, values = make()
        bare, bare_values = bare_pair()
        ours, theirs = measure(control, values, bare, bare_values)
        print(f"{name:36s} {ours * 1e6:10.1f} {theirs * 1e6:10.1f} {ours / theirs:7.1f}x")
    if "--browser" in argv:
        from widgets_browser import main as browser_main

        browser_main()


if __name__ == "__main__":
    main(sys.argv[1:])
