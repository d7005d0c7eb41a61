"""Charts readable by everyone: titles, live text alternatives, dash patterns, end labels,
plain-number log axes and labels that never overlap (headless)."""

import math
import re

import bqplot as bq
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import membrane_widgets as mw
from membrane_widgets import physics
from membrane_widgets.widgets import set_language, text
from membrane_widgets.widgets._accessibility_hook import LIVE_CLASS
from membrane_widgets.widgets._driving_force_gauge import EQUILIBRIUM_MV
from membrane_widgets.widgets._kit_figure import (
    LABEL_HEIGHT_PX,
    PLAIN_LOG_FORMAT,
    decade_limits,
    end_label_heights,
    plot_height,
    plot_width,
    spread,
    worded_ticks,
)
from membrane_widgets.widgets._live_description import LiveDescription
from tests.widget_text import BAD_NUMBER, plain

CJK = re.compile(r"[\u3400-\u9fff]")


def _tree(widget):
    """Every widget and bqplot figure under `widget`."""
    stack, seen = [widget], []
    while stack:
        node = stack.pop()
        if any(node is s for s in seen):
            continue
        seen.append(node)
        stack.extend(getattr(node, "children", ()) or ())
    return seen


def figures_and_descriptions(widget):
    nodes = _tree(widget)
    figures = [n for n in nodes if isinstance(n, bq.Figure)]
    descriptions = [n for n in nodes if isinstance(n, LiveDescription)]
    return figures, descriptions


def _key(node, prefix):
    return next(c[len(prefix):] for c in node._dom_classes if c.startswith(prefix))


# (make the widget, move one of its controls)
def _move_ion_panel(w):
    w.c_out_slider.value = 20.0


def _move_weights(w):
    w.sliders["Na"].value = 1.0


def _move_gauge(w):
    w.clamp_checkbox.value = True
    w.vm_slider.value = -20.0


def _move_explorer(w):
    w.weight_bars.sliders["Na"].value = 1.0


def _move_frame(w):
    w.frame.value = w.frame.max // 2


WIDGETS = {
    "IonSliderPanel": (mw.IonSliderPanel, _move_ion_panel),
    "GHKWeightBars": (mw.GHKWeightBars, _move_weights),
    "DrivingForceGauge": (mw.DrivingForceGauge, _move_gauge),
    "GHKExplorer": (lambda: mw.GHKExplorer(include_calcium=True), _move_explorer),
    "NernstExplorer": (mw.NernstExplorer, lambda w: setattr(w.c_out_slider, "value", 50.0)),
    "PumpExplorer": (mw.PumpExplorer, lambda w: setattr(w.p_ratio_slider, "value", 0.3)),
    "ActivityExplorer": (mw.ActivityExplorer,
                         lambda w: setattr(w.ionic_strength_slider, "value", 10.0)),
    "CapacitorCounter": (mw.CapacitorCounter, lambda w: setattr(w.radius_slider, "value", 50.0)),
    "DonnanExplorer": (mw.DonnanExplorer, lambda w: setattr(w.kcl_slider, "value", 50.0)),
    "DynamicEquilibrium": (mw.DynamicEquilibrium,
                           lambda w: setattr(w.vm_slider, "value", -40.0)),
    "EntropyOfMixing": (mw.EntropyOfMixing, _move_frame),
    "MembraneCharging": (mw.MembraneCharging, _move_frame),
    "PumpLeakRundown": (mw.PumpLeakRundown, lambda w: (setattr(w.radius_slider, "value", 5.0),
                                                         w.run())),
    "ActionPotentialPlayer": (mw.ActionPotentialPlayer, _move_frame),
}


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(WIDGETS))
def test_every_figure_has_a_title_and_a_live_description_that_follows_a_move(name, language):
    set_language(language)
    make, move = WIDGETS[name]
    widget = make()
    figures, descriptions = figures_and_descriptions(widget)
    assert figures and descriptions
    keys = {_key(d, "mw-d-") for d in descriptions}
    for fig in figures:
        assert fig.title.strip(), f"{name}: a figure without a title"
        assert "{" not in fig.title and not BAD_NUMBER.search(fig.title)
        assert _key(fig, "mw-f-") in keys, f"{name}: {fig.title!r} has no description"
        if language == "zh":
            assert CJK.search(fig.title), fig.title
    before = [d.value for d in descriptions]
    for d in descriptions:
        assert LIVE_CLASS in d._dom_classes  # announced politely by the page
        assert d.text and not BAD_NUMBER.search(plain(d.value))
        assert len(plain(d.value)) < 260, "a sentence or two, not every number"
        if language == "zh":
            assert CJK.search(d.text), d.text
    move(widget)
    after = [d.value for d in descriptions]
    assert after != before, f"{name}: the description did not follow the move"
    assert not any(BAD_NUMBER.search(plain(v)) for v in after)
    widget.close()


def test_a_description_is_rebuilt_only_when_its_inputs_change():
    d = LiveDescription()
    built = []

    def words():
        built.append(1)
        return "K⁺ has the largest vote."

    assert d.say(("K", 0.8), words) and d.say(("K", 0.8), words) is False
    assert len(built) == 1
    d.say(("K", 0.7), words)
    assert len(built) == 2
    assert d.value.count("K⁺ has the largest vote.") == 1


def test_a_description_waits_while_play_runs_and_speaks_when_it_stops():
    player = mw.MembraneCharging()
    said = player.description.value
    player.play.playing = True
    for frame in (10, 20, 30):
        player.frame.value = frame
    assert player.description.value == said  # no sentence per frame
    player.play.playing = False
    assert player.description.value != said
    assert "t = " in player.description.text and player.description.text.startswith("At t")
    player.close()


def test_the_weight_bars_description_names_the_leading_ion_and_where_vm_lies():
    bars = mw.GHKWeightBars()
    assert bars.description.text == (
        "K⁺ has the largest vote (0.80); Vₘ = −71.7 mV lies between E(K⁺) and E(Cl⁻).")
    bars.sliders["Na"].value = 20.0
    assert bars.description.text.startswith("Na⁺ has the largest vote")
    bars.model.vm_mode, bars.model.vm_clamp = "clamp", -50.0
    assert bars.description.text.endswith("Vₘ is clamped at −50.0 mV (dashed line).")


def test_the_iv_description_names_the_zero_crossing_and_the_main_carriers():
    ex = mw.GHKExplorer()
    assert ex.iv_description.text == (
        f"Net current is zero at Vₘ = {ex.model.vm:.1f} mV; there K⁺ carries the largest "
        "outward current and Na⁺ the largest inward.".replace("-", "−"))
    ex.model.vm_mode, ex.model.vm_clamp = "clamp", -40.0
    assert "At the clamped Vₘ = −40.0 mV the net current is" in ex.iv_description.text
    assert "µA/cm²" in ex.iv_description.text


# --- I-V curves without colour ----------------------------------------------------------------

def test_each_iv_curve_has_its_own_dash_pattern_and_a_label_at_its_end_instead_of_a_legend():
    ex = mw.GHKExplorer(include_calcium=True)
    ions = ex.iv_curves[:-1]
    assert len({c.line_style for c in ions}) == len(ions) == 4  # K, Na, Cl, Ca
    assert ex.iv_curves[-1].stroke_width > ions[0].stroke_width  # the total stands out
    assert not any(mark.display_legend for mark in ex.iv_figure.marks)
    assert list(ex.iv_labels.text) == ["K⁺", "Na⁺", "Cl⁻", "Ca²⁺", text("label.total")]
    np.testing.assert_allclose(ex.iv_labels.x, ex.iv_v[-1])  # at the right-hand end
    assert ex.iv_labels.colors[1] != physics.get_ion("Na").colour  # darker text shade


@settings(max_examples=40, deadline=None)
@given(p_na=st.floats(1e-4, 100.0), p_cl=st.floats(1e-4, 100.0),
       k_out=st.floats(0.5, 500.0))
def test_iv_end_labels_never_overlap_and_stay_near_their_curves(p_na, p_cl, k_out):
    ex = _explorer()
    with ex.model.batch():
        ex.model.ion("Na").permeability = p_na
        ex.model.ion("Cl").permeability = p_cl
        ex.model.ion("K").c_out = k_out
    scale = ex._iv_y_scale
    to_px = plot_height(ex.iv_figure) / (scale.max - scale.min)
    px = np.sort((np.asarray(ex.iv_labels.y) - scale.min) * to_px)
    assert np.all(np.diff(px) >= LABEL_HEIGHT_PX - 1e-6)
    assert px.min() >= -1e-6 and px.max() <= plot_height(ex.iv_figure) + 1e-6
    ends = ex.iv_currents[:, -1]
    assert scale.min <= ends.min() and ends.max() <= scale.max


_EXPLORERS = {}


def _explorer():
    """One explorer for the property tests (made once: building one takes a while)."""
    if "ex" not in _EXPLORERS:
        _EXPLORERS["ex"] = mw.GHKExplorer(include_calcium=True)
    ex = _EXPLORERS["ex"]
    ex.model.vm_mode = "ghk"
    return ex


# --- plain-number log axes ------------------------------------------------------------------

def test_the_concentration_axis_is_plain_numbers_fitted_to_the_bars_with_values_on_them():
    panel = mw.IonSliderPanel()  # K+ 140 / 5 mM
    axis = panel.concentration_axis
    assert axis.tick_format == PLAIN_LOG_FORMAT and "e" not in axis.tick_format
    assert panel.decades == (-1, 3)
    np.testing.assert_allclose(axis.tick_values, [0.1, 1.0, 10.0, 100.0, 1000.0])
    assert (axis.scale.min, axis.scale.max) == (0.1, 1000.0)
    assert panel.bars.base == axis.scale.min  # bars rise from the axis's foot
    assert panel.bars.label_display and "e" not in panel.bars.label_display_format
    assert panel.bars.label_display_vertical_offset < 0  # written above the bar, not on it
    # a small move keeps the axis; a concentration beyond it refits it, whole decades
    panel.c_out_slider.value = 10.0
    assert panel.decades == (-1, 3)
    panel.c_out_slider.value = 1e-4
    assert panel.decades == (-5, 3)
    assert axis.scale.min == pytest.approx(1e-5) and axis.tick_values[0] == pytest.approx(1e-5)
    panel.c_out_slider.value = 5.0
    assert panel.decades == (-1, 3)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(1e-7, 1e5), min_size=1, max_size=4),
       st.one_of(st.none(), st.tuples(st.integers(-8, 2), st.integers(0, 7))))
def test_decade_limits_show_every_value_with_room_below_and_above(values, current):
    lo, hi = decade_limits(values, current=current)
    logs = np.log10(values)
    assert isinstance(lo, int) and isinstance(hi, int)
    assert lo <= logs.min() - 1.0 + 1e-9  # at least a decade of bar under the smallest
    assert hi >= logs.max() + 0.5 - 1e-9  # room for the value above the largest
    assert hi - lo <= logs.max() - logs.min() + 1.5 + 2 * 2.5  # no more than a little waste


def test_other_log_axes_are_plain_numbers_or_words():
    nernst, pump, activity = mw.NernstExplorer(), mw.PumpExplorer(), mw.ActivityExplorer()
    for fig in (nernst.figure, pump.figure, activity.figure):
        x_axis = fig.axes[0]
        assert isinstance(x_axis.scale, bq.LogScale)
        assert x_axis.tick_format == PLAIN_LOG_FORMAT
    counts = mw.CapacitorCounter().figure.axes[1]
    assert counts.tick_labels["1000000"] == "1 million"
    assert counts.tick_labels["100000000"] == "100 million"
    set_language("zh")
    counts = mw.CapacitorCounter().figure.axes[1]
    assert counts.tick_labels["1000000"] == "100 万" and counts.tick_labels["100000000"] == "1 亿"


def test_worded_ticks_use_the_keys_javascript_writes():
    values, labels = worded_ticks([1e-7, 0.01, 100.0, 1e16], lambda v: "x")
    assert list(labels) == ["1e-7", "0.01", "100", "10000000000000000"]


# --- labels that keep apart -----------------------------------------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.floats(-50.0, 450.0), st.floats(1.0, 80.0)), min_size=1,
                max_size=7),
       st.floats(0.0, 8.0))
def test_spread_keeps_order_and_room_between_labels(labels, pad):
    centres = [c for c, _ in labels]
    widths = [wd for _, wd in labels]
    out = spread(centres, widths, pad=pad, lo=0.0, hi=400.0)
    order = sorted(range(len(labels)), key=lambda i: (centres[i], i))
    placed = [out[i] for i in order]
    size = [widths[i] for i in order]
    for k in range(1, len(placed)):
        assert placed[k] - placed[k - 1] >= 0.5 * (size[k] + size[k - 1]) + pad - 1e-6
    if sum(widths) + pad * (len(widths) - 1) <= 400.0:  # they fit: they stay inside
        assert min(c - 0.5 * wd for c, wd in zip(out, widths, strict=True)) >= -1e-6
        assert max(c + 0.5 * wd for c, wd in zip(out, widths, strict=True)) <= 400.0 + 1e-6


def test_spread_leaves_labels_that_do_not_overlap_where_they_are():
    assert spread([10.0, 100.0, 300.0], [20.0, 30.0, 40.0], lo=0.0, hi=400.0) == [
        10.0, 100.0, 300.0]


def test_end_label_heights_keep_one_label_height_apart():
    heights = end_label_heights([0.0, 0.1, 0.2, 50.0], -20.0, 60.0, 260.0)
    px = np.sort((heights + 20.0) * 260.0 / 80.0)
    assert np.all(np.diff(px) >= LABEL_HEIGHT_PX - 1e-9)
    assert heights[3] == pytest.approx(50.0)  # a label with room stays at its curve


def _boxes_overlap(a, b):
    return a[0] < b[1] and b[0] < a[1]


@settings(max_examples=60, deadline=None)
@given(p_na=st.floats(1e-4, 100.0), p_cl=st.floats(1e-4, 100.0), clamp=st.one_of(
    st.none(), st.floats(-150.0, 100.0)))
def test_weight_bar_labels_never_overlap_each_other(p_na, p_cl, clamp):
    bars = _weight_bars()
    with bars.model.batch():
        bars.model.ion("Na").permeability = p_na
        bars.model.ion("Cl").permeability = p_cl
        bars.model.vm_mode = "ghk" if clamp is None else "clamp"
        if clamp is not None:
            bars.model.vm_clamp = clamp
    boxes = bars.label_boxes
    assert len(boxes) == len(bars.model.ions) + 1 + (clamp is not None)
    for i in range(len(boxes)):
        for j in range(i + 1, len(boxes)):
            assert not _boxes_overlap(boxes[i], boxes[j]), (i, j, boxes)
    # the lines end below the label row: a label never sits on a line
    y = bars.potential_lines.y
    assert np.all(y[:, 1] < y[:, 2])


_BARS = {}


def _weight_bars():
    if "bars" not in _BARS:
        _BARS["bars"] = mw.GHKWeightBars()
    return _BARS["bars"]


# --- the driving-force gauge ----------------------------------------------------------------

def _gauge_at(df, ion="K"):
    g = mw.DrivingForceGauge(ion=ion)
    g.clamp_checkbox.value = True
    g.vm_slider.value = round(g.model.reversal[ion] + df, 1)
    return g


@pytest.mark.parametrize("df", [0.0, 0.4, -0.9])
def test_near_zero_the_gauge_says_at_equilibrium_and_draws_no_arrow(df):
    g = _gauge_at(df)
    actual = g.model.vm - g.model.reversal["K"]
    assert abs(actual) < EQUILIBRIUM_MV
    assert g.lines.labels[4] == "at equilibrium"
    np.testing.assert_allclose(g.lines.x[2], g.model.vm)  # no shaft
    np.testing.assert_allclose(g.lines.x[3], g.model.vm)  # no head
    assert "is within 1 mV of E(K⁺)" in g.description.text
    assert "at equilibrium" in g.description.text
    assert "at equilibrium" in plain(g.readout.value)
    set_language("zh")
    g = _gauge_at(df)
    assert g.lines.labels[4] == "处于平衡" and "处于平衡" in g.description.text


def test_beyond_one_millivolt_the_arrow_is_named_as_the_driving_force_not_the_ions_path():
    g = _gauge_at(17.0)
    assert g.lines.labels[4] == "driving force Vₘ − E"
    assert g.lines.x[2, 0] == pytest.approx(g.model.reversal["K"])  # from E ...
    assert g.lines.x[2, -1] == pytest.approx(g.model.vm)  # ... to V_m
    words = g.description.text
    assert "driving force Vₘ − E(K⁺) = +17" in words and "K⁺ ions move outward" in words
    assert "not the ions' path" in words


@pytest.mark.parametrize("df", [-60.0, -17.0, -7.0, 7.0, 17.0, 40.0])
def test_gauge_values_are_signed_in_the_readout_beside_the_figure(df):
    g = _gauge_at(df, ion="Cl")
    text_ = plain(g.readout.value)
    sign = "+" if df > 0 else "−"
    assert f"Vm − ECl⁻ = {sign}{abs(df):.1f} mV" in text_
    e = g.model.reversal["Cl"]
    assert f"ECl⁻ = {'+' if e > 0 else '−'}{abs(e):.1f} mV" in text_
    # the numbers are not drawn on the axis: the figure's labels are words
    assert not any(re.search(r"\d", label) for label in g.lines.labels)


@settings(max_examples=150, deadline=None)
@given(vm=st.floats(-150.0, 100.0), e=st.floats(-200.0, 200.0))
def test_gauge_labels_never_collide_at_any_driving_force(vm, e):
    g = _gauge()
    k = g.model.ion("K")
    # E_K = e: 1 mM inside and the outside the inverse of Nernst gives
    vt = physics.thermal_voltage(g.model.temperature)
    with g.model.batch():
        k.c_in, k.c_out = 1.0, math.exp(e / vt)
        g.model.vm_mode, g.model.vm_clamp = "clamp", vm
    boxes = g.label_boxes
    width = plot_width(g.figure)
    height = plot_height(g.figure)
    # V_m and E share the top row: apart, and inside the plot
    assert not _boxes_overlap(boxes["vm"], boxes["e"]), boxes
    for left, right, _ in boxes.values():
        assert left >= -1e-6 and right <= width + 1e-6
    # the rows are apart from each other and from the lines (tops, feet) by a label's height
    y = g.lines.y
    foot, top, row = y[0, 0], y[0, 1], y[0, 2]
    arrow_row = boxes["arrow"][2]
    assert (foot - arrow_row) * height >= LABEL_HEIGHT_PX
    assert (row - top) * height >= LABEL_HEIGHT_PX
    assert row == boxes["vm"][2] == boxes["e"][2]


_GAUGES = {}


def _gauge():
    if "g" not in _GAUGES:
        _GAUGES["g"] = mw.DrivingForceGauge(ion="K")
    return _GAUGES["g"]
