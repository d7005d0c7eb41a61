"""DynamicEquilibrium: single crossings at a held V, the Ussing ratio and the histogram."""

import math

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import DynamicEquilibrium, IonSliderPanel, MembraneModel
from membrane_widgets.widgets._dynamic_equilibrium import N_BINS, N_TRIALS, RATE_CONSTANT
from tests.widget_text import BAD_NUMBER

# "nan"/"inf" as words (the readouts rightly contain "influx")
T = physics.BODY_TEMPERATURE
NEURON = {"K": (140.0, 5.0, 1), "Na": (15.0, 145.0, 1), "Cl": (10.0, 110.0, -1)}


def _html(de):
    return [de.counters.value, de.rates_readout.value, de.histogram_readout.value,
            de.caption.value, de.message.value]


def _final(de):
    return de.result.net_out[:, -1]


def _bars_mean(de):
    return float(np.sum(de.bars.x * de.bars.y) / np.sum(de.bars.y))


def test_builds_with_no_arguments_at_e_k():
    de = DynamicEquilibrium()
    c_in, c_out, z = NEURON["K"]
    assert de.ion_select.value == "K"
    assert de.vm_slider.value == pytest.approx(physics.nernst_potential(c_out, c_in, z, T))
    assert "influx : efflux = <b>1.00 : 1</b>" in de.rates_readout.value
    assert de.frame.value == 0 and de.play.value == 0
    assert de.trace.x.tolist() == [0.0] and de.trace.y.tolist() == [0]
    assert "<b>0</b> ions in, <b>0</b> ions out" in de.counters.value
    assert de.result.influx.shape == (N_TRIALS, N_BINS)
    assert de.play.interval == 100
    assert "10⁷ ions/s" in de.caption.value


def test_rate_constant_makes_k_cross_about_once_per_ms_each_way():
    de = DynamicEquilibrium()
    j_in, j_out = physics.unidirectional_rates(de.vm_slider.value, 140.0, 5.0, 1, T,
                                               RATE_CONSTANT)
    assert de.result.mean_influx == pytest.approx(j_in)
    assert de.result.mean_efflux == pytest.approx(j_out)
    assert 0.5 < j_in < 2.0
    assert "influx 0.864 ions/ms, efflux 0.864 ions/ms" in de.rates_readout.value


def test_moving_the_frame_draws_the_run_and_counts_the_crossings():
    de = DynamicEquilibrium()
    run = de.result
    for f in (1, 57, 150, N_BINS):
        de.frame.value = f
        assert de.trace.x.tolist() == [0.0, *run.t[:f].tolist()]
        assert de.trace.y.tolist() == [0, *run.net_out[0, :f].tolist()]
        n_in, n_out = int(run.influx[0, :f].sum()), int(run.efflux[0, :f].sum())
        assert f"(t = {f} ms)" in de.counters.value
        assert f"<b>{n_in}</b> ions in, <b>{n_out}</b> ions out" in de.counters.value
        net = n_out - n_in
        word = f"{net} out" if net > 0 else (f"{-net} in" if net < 0 else "0")
        assert f"net <b>{word}</b>" in de.counters.value
    assert de.result is run  # frames never recompute


def test_play_drives_the_frame_slider():
    de = DynamicEquilibrium()
    de.play.value = 30
    assert de.frame.value == 30
    assert len(de.trace.x) == 31
    de.frame.value = 5
    assert de.play.value == 5


@pytest.mark.parametrize("name", ["K", "Na", "Cl"])
def test_set_v_to_e_gives_a_flux_ratio_of_one_for_each_ion(name):
    de = DynamicEquilibrium(ion=name)
    de.vm_slider.value = 0.0
    de.equilibrium_button.click()
    c_in, c_out, z = NEURON[name]
    assert de.vm_slider.value == pytest.approx(physics.nernst_potential(c_out, c_in, z, T))
    assert "influx : efflux = <b>1.00 : 1</b>" in de.rates_readout.value
    assert de.result.mean_influx == pytest.approx(de.result.mean_efflux, rel=1e-9)


def test_histogram_is_centred_on_zero_at_e():
    de = DynamicEquilibrium()
    final = _final(de)
    sem = final.std(ddof=1) / math.sqrt(N_TRIALS)
    # tolerance: 4 standard errors of the mean (about ±3.3 ions here)
    assert abs(final.mean()) < 4 * sem
    assert abs(_bars_mean(de)) < 4 * sem + 1.0  # bin centres, integer-wide bins
    assert int(de.bars.y.sum()) == N_TRIALS
    assert de.zero_line.x.tolist() == [0.0, 0.0]
    assert de.mean_line.x[0] == pytest.approx(final.mean())
    # the histogram's axis is symmetric about 0
    scale = de.histogram_figure.axes[0].scale
    assert scale.min == pytest.approx(-scale.max)
    assert "expected 0)" in de.histogram_readout.value


def test_moving_v_away_from_e_shifts_the_histogram_and_the_ratio():
    de = DynamicEquilibrium()
    at_e = _bars_mean(de)
    de.frame.value = 80
    de.vm_slider.value = -50.0  # above E_K: K+ leaves
    assert de.frame.value == 0  # a new run starts at t = 0
    expected = (de.result.mean_efflux - de.result.mean_influx) * N_BINS
    assert expected > 300
    assert _final(de).mean() == pytest.approx(expected, rel=0.02)
    assert _bars_mean(de) > at_e + 300
    assert "influx : efflux = <b>0.23 : 1</b>" in de.rates_readout.value
    de.vm_slider.value = -120.0  # below E_K: K+ enters
    assert _final(de).mean() < -50
    assert _bars_mean(de) < at_e - 50
    ratio = de.result.mean_influx / de.result.mean_efflux
    assert ratio > 1
    assert f"<b>{ratio:.2f} : 1</b>" in de.rates_readout.value


def test_the_flux_ratio_is_the_ussing_ratio():
    de = DynamicEquilibrium()
    de.vm_slider.value = -60.0
    e = physics.nernst_potential(5.0, 140.0, 1, T)
    ussing = math.exp((e - (-60.0)) / float(physics.thermal_voltage(T)))
    assert de.result.mean_influx / de.result.mean_efflux == pytest.approx(ussing, rel=1e-9)


def test_trace_and_expected_line_follow_the_drift():
    de = DynamicEquilibrium()
    de.vm_slider.value = -40.0
    de.frame.value = N_BINS
    assert de.trace.y[-1] == de.result.net_out[0, -1] > 0
    assert de.expected.y[-1] == pytest.approx(
        (de.result.mean_efflux - de.result.mean_influx) * N_BINS)
    scale = de.trace_figure.axes[1].scale
    assert scale.min <= de.trace.y.min() and de.trace.y.max() <= scale.max


def test_runs_are_reproducible_with_the_seed_and_new_run_changes_them():
    a, b = DynamicEquilibrium(seed=3), DynamicEquilibrium(seed=3)
    np.testing.assert_array_equal(a.result.net_out, b.result.net_out)
    np.testing.assert_array_equal(a.bars.y, b.bars.y)
    a.frame.value = b.frame.value = 120
    np.testing.assert_array_equal(a.trace.y, b.trace.y)
    assert a.counters.value == b.counters.value
    before = a.result.net_out.copy()
    a.new_run_button.click()
    assert a.seed == 4
    assert not np.array_equal(a.result.net_out, before)
    np.testing.assert_array_equal(a.result.net_out, DynamicEquilibrium(seed=4).result.net_out)
    assert "seed 4" in a.histogram_readout.value


def test_changing_the_ion_keeps_v_and_recomputes():
    de = DynamicEquilibrium()
    vm = de.vm_slider.value
    de.ion_select.value = "Na"
    assert de.vm_slider.value == vm
    assert de.result.mean_influx > 10 * de.result.mean_efflux  # Na+ rushes in at E_K
    assert "E<sub>Na⁺</sub> = +60.6 mV" in de.rates_readout.value
    assert de.trace.colors == [physics.get_ion("Na").colour]
    assert de.bars.colors == [physics.get_ion("Na").colour]


def test_shared_model_changes_recompute_the_run():
    model = MembraneModel.from_preset()
    de = DynamicEquilibrium(model=model)
    panel = IonSliderPanel(model=model)
    panel.c_out_slider.value = 10.0  # K+ outside 5 -> 10 mM
    assert de.result.mean_influx == pytest.approx(
        physics.unidirectional_rates(de.vm_slider.value, 140.0, 10.0, 1, T, RATE_CONSTANT)[0])
    de.equilibrium_button.click()
    assert de.vm_slider.value == pytest.approx(physics.nernst_potential(10.0, 140.0, 1, T))
    assert "<b>1.00 : 1</b>" in de.rates_readout.value


def test_e_outside_the_slider_range_is_said_inline():
    model = MembraneModel.from_preset()
    model.ion("K").c_out = 1000.0
    model.ion("K").c_in = 1.0  # E_K ≈ +185 mV
    de = DynamicEquilibrium(model=model)
    de.equilibrium_button.click()
    assert de.vm_slider.value == 100.0
    assert "outside the slider" in de.message.value
    assert de.message.layout.display is None


@pytest.mark.parametrize("name", ["K", "Na", "Cl"])
def test_extreme_potentials_show_no_nan_or_inf(name):
    de = DynamicEquilibrium(ion=name)
    for v in (-150.0, 100.0, 0.0):
        de.vm_slider.value = v
        for f in (0, N_BINS):
            de.frame.value = f
            assert not any(BAD_NUMBER.search(h) for h in _html(de)), _html(de)
            assert np.isfinite(de.trace.y).all() and np.isfinite(de.bars.y).all()


def test_v_is_the_shared_models_clamp():
    model = MembraneModel.from_preset()
    de = DynamicEquilibrium(model=model)
    assert model.vm_mode == "clamp"
    assert model.vm_clamp == pytest.approx(de.vm_slider.value)  # starts at E_K
    de.vm_slider.value = -50.0
    assert model.vm_clamp == -50.0 and model.vm == -50.0
    model.vm_clamp = -80.0  # set elsewhere (e.g. GHKExplorer's clamp slider)
    assert de.vm_slider.value == -80.0
    assert de.result.mean_influx == pytest.approx(
        physics.unidirectional_rates(-80.0, 140.0, 5.0, 1, T, RATE_CONSTANT)[0])
