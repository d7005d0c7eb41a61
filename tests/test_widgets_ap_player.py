"""ActionPotentialPlayer, headless: step through frames, change controls, read marks and text."""

import re

import ipywidgets as w
import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import (
    ActionPotentialPlayer,
    GHKWeightBars,
    IonState,
    MembraneModel,
    text,
)
from tests.widget_text import BAD_NUMBER, html_values

RATIO = re.compile(r"P_Na : P_K = ([\d.]+(?:×10[⁻⁰¹²³⁴⁵⁶⁷⁸⁹]+)?) : 1")


def _plain(html):
    return re.sub(r"<sub>(\w+)</sub>", r"_\1", re.sub(r"<(?!/?sub)[^>]+>", "", html))


def _ratio_shown(player):
    match = RATIO.search(_plain(player.readout.value))
    assert match, player.readout.value
    return float(match.group(1))




def _assert_no_bad_numbers(player):
    for value in html_values(player):
        assert not BAD_NUMBER.search(_plain(value)), value


@pytest.fixture(scope="module")
def player():
    return ActionPotentialPlayer()


@pytest.fixture()
def fresh():
    return ActionPotentialPlayer()


def _peak(p):
    return int(np.argmax(p.result.v))


# --- rest and peak ------------------------------------------------------------------------


def test_at_rest_k_dominates_and_ratio_is_about_three_hundredths(player):
    player.frame.value = 0
    assert _ratio_shown(player) == pytest.approx(0.027, abs=0.004)
    y = player.weight_bars.bars.y
    assert y[0] > 0.85 and y[1] < 0.15  # K+ bar first
    assert text("ap_player.readout.dominates", ion="K⁺") in player.readout.value
    assert player.model.ion("Na").permeability == pytest.approx(player.vote.ratio[0])
    assert player.model.ion("K").permeability == 1.0


def test_at_the_peak_na_dominates_in_bars_readout_and_model(player):
    f = _peak(player)
    player.frame.value = f
    assert player.result.v[f] > 30.0
    ratio = _ratio_shown(player)
    assert ratio > 1 and ratio == pytest.approx(player.vote.ratio[f], rel=0.05)
    y = player.weight_bars.bars.y
    assert y[1] > 0.85 and y[1] > y[0]
    assert text("ap_player.readout.dominates", ion="Na⁺") in player.readout.value
    # the panel's model reproduces the run's vote and V_GHK at this instant
    np.testing.assert_allclose(y, player.vote.weights[f], rtol=1e-9)
    assert player.model.vm_ghk == pytest.approx(player.vote.vm_ghk[f], abs=1e-6)
    assert "40.6 mV" in player.weight_bars.readout.value


def test_e_lines_are_fixed_and_match_the_vote_panel(player):
    r = player.reversal_lines
    np.testing.assert_allclose(r.y, [[-77.0, -77.0], [50.0, 50.0]])
    assert r.colors == [physics.get_ion("K").colour, physics.get_ion("Na").colour]
    for name, e in (("K", player.vote.e_k), ("Na", player.vote.e_na)):
        assert player.model.reversal[name] == pytest.approx(e, abs=1e-9)
    # the trace runs between them
    assert player.vote.e_k < player.trace.y.min() and player.trace.y.max() < player.vote.e_na
    # the panel's last line is V_GHK, grey, as the dashed trace on the left
    lines = player.weight_bars.potential_lines
    assert lines.labels[-1] == text("ap_player.label.vm_ghk")
    assert lines.colors[-1] == player.ghk_trace.colors[0]
    assert player.ghk_trace.line_style == "dashed"


# --- stepping frames ----------------------------------------------------------------------


def test_cursor_and_dot_move_while_the_trace_stays(fresh):
    p = fresh
    x_before, y_before, ghk_before = p.trace.x, p.trace.y, p.ghk_trace.y
    values = y_before.copy()
    for f in (0, 100, 250, 600):
        p.frame.value = f
        t = p.result.t[f]
        np.testing.assert_allclose(p.cursor.x, [t, t])
        np.testing.assert_allclose(p.dot.x, [t])
        np.testing.assert_allclose(p.dot.y, [p.result.v[f]])
        assert f"t = <b>{_fmt_t(t)} ms</b>" in p.readout.value
    assert p.trace.x is x_before and p.trace.y is y_before and p.ghk_trace.y is ghk_before
    np.testing.assert_array_equal(p.trace.y, values)


def _fmt_t(t):
    from membrane_widgets.widgets._kit_format import fmt_number

    return fmt_number(t)


def test_play_is_linked_and_one_sweep_takes_about_eight_seconds(fresh):
    p = fresh
    p.play.value = 40
    assert p.frame.value == 40
    p.frame.value = 80
    assert p.play.value == 80
    assert p.play.max == p.frame.max == p.result.t.size - 1
    sweep_ms = p.play.max / p.play.step * p.play.interval
    assert p.play.interval == 40
    assert 7000 <= sweep_ms <= 9000


def test_controls_recompute_once_per_release():
    p = ActionPotentialPlayer()
    for s in (p.amplitude_slider, p.pulse_slider, p.temperature_slider):
        assert s.continuous_update is False
    assert (p.amplitude_slider.min, p.amplitude_slider.max) == (0.0, 50.0)
    assert (p.pulse_slider.min, p.pulse_slider.max) == (0.1, 5.0)
    assert (p.temperature_slider.min, p.temperature_slider.max) == (0.0, 30.0)


# --- changing the run ---------------------------------------------------------------------


def test_below_threshold_no_spike_and_ratio_stays_below_one(fresh):
    p = fresh
    assert p.pulse_slider.value == 1.0
    p.amplitude_slider.value = 2.0
    assert p.result.spike_times().size == 0
    assert p.trace.y.max() < -40.0
    assert p.vote.ratio.max() < 1.0
    assert "no spike" in p.run_readout.value
    for f in range(0, p.frame.max + 1, 25):
        p.frame.value = f
        assert _ratio_shown(p) < 1.0
        assert text("ap_player.readout.dominates", ion="K⁺") in p.readout.value
        assert p.weight_bars.bars.y[0] > p.weight_bars.bars.y[1]


def test_amplitude_change_replaces_the_trace(fresh):
    p = fresh
    old = p.trace.y
    p.amplitude_slider.value = 2.0
    assert p.trace.y is not old and p.trace.y.max() < -40.0
    p.amplitude_slider.value = 20.0
    np.testing.assert_allclose(p.trace.y, old)
    assert "a spike" in p.run_readout.value


def test_temperature_change_recomputes(fresh):
    p = fresh
    p.frame.value = 0
    old_v, old_c_out = p.trace.y, p.model.ion("K").c_out
    p.temperature_slider.value = 20.0
    t_k = physics.celsius_to_kelvin(20.0)
    assert p.result.parameters.temperature == pytest.approx(t_k)
    assert p.model.temperature == pytest.approx(t_k)
    # the concentrations follow so that E_K and E_Na stay at the model's values
    assert p.model.ion("K").c_out != pytest.approx(old_c_out)
    assert p.model.reversal["K"] == pytest.approx(-77.0, abs=1e-9)
    assert p.model.reversal["Na"] == pytest.approx(50.0, abs=1e-9)
    assert not np.allclose(p.trace.y, old_v)
    # faster gates at 20 degrees C: the spike (if any) peaks earlier than at 6.3
    assert p.result.t[np.argmax(p.result.v)] < 2.525
    assert p.model.ion("Na").permeability == pytest.approx(p.vote.ratio[0])


def test_same_frame_is_kept_across_a_recompute(fresh):
    p = fresh
    p.frame.value = 120
    p.amplitude_slider.value = 30.0
    assert p.frame.value == 120
    np.testing.assert_allclose(p.cursor.x, [p.result.t[120]] * 2)
    assert p.model.ion("Na").permeability == pytest.approx(p.vote.ratio[120])


@pytest.mark.parametrize("amplitude, pulse, celsius", [
    (0.0, 0.1, 0.0), (50.0, 5.0, 0.0), (50.0, 5.0, 30.0), (0.0, 5.0, 30.0),
    (50.0, 0.1, 30.0), (20.0, 1.0, 6.3), (8.0, 0.1, 15.0),
])
def test_no_nan_or_inf_at_any_frame(amplitude, pulse, celsius):
    p = ActionPotentialPlayer(amplitude=amplitude, pulse_ms=pulse, temperature=celsius)
    for f in range(0, p.frame.max + 1, 9):
        p.frame.value = f
        _assert_no_bad_numbers(p)
        assert np.isfinite(p.weight_bars.bars.y).all()
        assert np.isfinite(p.dot.y).all()
    p.frame.value = p.frame.max
    _assert_no_bad_numbers(p)
    assert np.isfinite(p.trace.y).all() and np.isfinite(p.ghk_trace.y).all()
    lo, hi = p.voltage_scale.min, p.voltage_scale.max
    assert lo <= min(p.trace.y.min(), p.ghk_trace.y.min())
    assert hi >= max(p.trace.y.max(), p.ghk_trace.y.max())


def test_physics_error_is_shown_inline_and_the_last_run_kept(fresh, monkeypatch):
    p = fresh
    old = p.trace.y

    def fail(*args, **kwargs):
        raise ValueError("duration must be positive")

    monkeypatch.setattr(physics, "hodgkin_huxley", fail)
    p.amplitude_slider.value = 30.0
    assert "duration must be positive" in p.message.value
    assert p.message.layout.display is None
    assert p.trace.y is old
    monkeypatch.undo()
    p.amplitude_slider.value = 25.0
    assert p.message.value == "" and p.message.layout.display == "none"
    assert p.trace.y is not old


# --- construction and model ---------------------------------------------------------------


def test_constructor_arguments_and_shared_model():
    ions = [IonState("Na", 10.0, 100.0, 1.0), IonState("K", 100.0, 5.0, 1.0)]
    model = MembraneModel(ions)
    p = ActionPotentialPlayer(amplitude=10.0, pulse_ms=2.0, duration=15.0, model=model)
    assert p.model is model
    assert p.amplitude_slider.value == 10.0 and p.pulse_slider.value == 2.0
    assert p.result.t[-1] == pytest.approx(15.0)
    assert p.frame.max == p.result.t.size - 1
    np.testing.assert_allclose([model.ion("K").c_in, model.ion("Na").c_in], p.vote.c_in)
    # the bars follow the model's ion order (Na first here) and still agree with the vote
    p.frame.value = _peak(p)
    assert model.weights["Na"] == pytest.approx(p.vote.weights[_peak(p), 1])


def test_model_without_exactly_k_and_na_is_rejected():
    with pytest.raises(ValueError, match="model"):
        ActionPotentialPlayer(model=MembraneModel.from_preset())
    with pytest.raises(ValueError, match="duration"):
        ActionPotentialPlayer(duration=0.0)


def test_caption_names_the_leak_split(player):
    caption = player.caption.value
    assert "leak" in caption and "split" in caption
    assert "−54.4 mV" in caption and "−77.0 mV" in caption and "50.0 mV" in caption
    assert not player.weight_bars.sliders


# --- GHKWeightBars(show_sliders=False) ----------------------------------------------------


def test_weight_bars_without_sliders():
    bars = GHKWeightBars(show_sliders=False)
    assert bars.sliders == {} and bars.impermeant_labels == {}
    assert not any(isinstance(c, w.HBox) and any(isinstance(s, w.FloatLogSlider)
                                                for s in c.children) for c in bars.children)
    assert text("caption.weight_bars.no_sliders") in "".join(html_values(bars))
    bars.model.ion("Na").permeability = 1.0  # the model still drives the bars
    np.testing.assert_allclose(bars.bars.y, [bars.model.weights[n] for n in bars.model.names])
    bars.model.ion("Cl").permeability = 0.0  # impermeant without a label to show: no error
    assert bars.bars.y[2] == 0.0


def test_weight_bars_default_keeps_its_sliders():
    bars = GHKWeightBars()
    assert set(bars.sliders) == {"K", "Na", "Cl"}
    assert text("caption.weight_bars") in "".join(html_values(bars))
