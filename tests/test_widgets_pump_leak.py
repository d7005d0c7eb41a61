"""PumpLeakRundown: ouabain blocks the pump; the gradients and V_m run down over minutes."""


import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import MembraneModel, PumpLeakRundown
from tests.widget_text import BAD_NUMBER

MS_PER_MIN = 60e3


def _html(pl):
    return [pl.half_time_readout.value, pl.jump_readout.value, pl.end_readout.value,
            pl.caption.value, pl.model_caption.value, pl.message.value, pl.stale.value]


def _no_bad_numbers(pl):
    return not any(BAD_NUMBER.search(h) for h in _html(pl))


@pytest.fixture(scope="module")
def default():
    return PumpLeakRundown()


def test_runs_once_when_built(default):
    pl = default
    r = pl.result
    assert r is not None
    assert pl.progress.layout.display == "none"
    assert r.minutes[-1] == pytest.approx(60.0)
    # blocked from t = 0: Na+ rises and K+ falls throughout
    assert np.all(np.diff(r.na_in) > 0) and np.all(np.diff(r.k_in) < 0)
    np.testing.assert_array_equal(pl.na_line.y, r.na_in)
    np.testing.assert_array_equal(pl.k_line.x, r.minutes)
    np.testing.assert_array_equal(pl.vm_line.y, r.vm)
    np.testing.assert_array_equal(pl.e_k_line.y, r.e_k)
    np.testing.assert_array_equal(pl.e_na_line.y, r.e_na)
    assert pl.stale.value == "" and _no_bad_numbers(pl)


def test_ion_colours_come_from_the_library(default):
    na, k = physics.get_ion("Na").colour, physics.get_ion("K").colour
    assert default.na_line.colors == [na] and default.e_na_line.colors == [na]
    assert default.k_line.colors == [k] and default.e_k_line.colors == [k]


def test_half_time_is_where_k_is_halfway_to_its_final_value(default):
    pl = default
    r = pl.result
    final = physics.pump_leak(1e10, 10.0, block_at=0.0, n_points=2).k_in[-1]
    assert pl.k_final == pytest.approx(final, rel=1e-6)
    assert 20.0 < pl.half_time < 50.0
    k_at_half = np.interp(pl.half_time, r.minutes, r.k_in)
    assert k_at_half == pytest.approx(0.5 * (140.0 + final), rel=0.01)
    assert f"<b>{pl.half_time:.1f} min</b> after the block" in pl.half_time_readout.value


def test_run_with_a_later_block_drives_the_progress_bar_and_runs_down_after_it():
    pl = PumpLeakRundown()
    values, shown = [], []

    def record(change):
        values.append(change["new"])
        shown.append(pl.progress.layout.display)

    pl.progress.observe(record, names="value")
    pl.block_slider.value = 20.0
    assert "press Run" in pl.stale.value
    pl.run_button.click()
    assert len(values) >= 2 and values[0] == 0.0 and values[-1] == 1.0
    assert np.all(np.diff(values) >= 0)
    assert all(d is None for d in shown)  # visible while running
    assert pl.progress.layout.display == "none" and not pl.run_button.disabled
    assert pl.stale.value == ""

    r = pl.result
    before, after = r.minutes < 20.0, r.minutes > 20.0
    assert np.ptp(r.na_in[before]) < 1e-6 and np.ptp(r.k_in[before]) < 1e-6  # steady state
    assert np.all(np.diff(r.na_in[after]) > 0) and np.all(np.diff(r.k_in[after]) < 0)
    assert r.na_in[-1] > 60.0 and r.k_in[-1] < 80.0
    assert pl.block_lines[0].x.tolist() == [20.0, 20.0] and pl.block_lines[1].visible

    # the instantaneous jump: the pump's electrogenic contribution
    contribution = physics.pump_contribution(1e-6, 3e-8, 140.0, 5.0, 15.0, 145.0)
    assert pl.contribution == pytest.approx(contribution)
    assert pl.vm_before == pytest.approx(r.vm[before][-1], abs=1e-6)
    # the simulated V_m just after the block, extrapolated back to the block from two samples
    (t0, t1), (v0, v1) = r.minutes[after][:2], r.vm[after][:2]
    assert pl.vm_after == pytest.approx(v0 - (v1 - v0) / (t1 - t0) * (t0 - 20.0), abs=0.05)
    assert pl.vm_after - pl.vm_before == pytest.approx(-contribution)
    assert "from −76.9 mV to −72.4 mV" in pl.jump_readout.value
    assert "(−4.5 mV) is lost" in pl.jump_readout.value
    assert _no_bad_numbers(pl)


def test_progress_bar_steps_through_a_run_blocked_from_the_start():
    pl = PumpLeakRundown(duration=10.0)
    values = []
    pl.progress.observe(lambda change: values.append(change["new"]), names="value")
    pl.duration_slider.value = 60.0
    pl.run()
    assert len(values) > 5 and values[-1] == 1.0
    assert np.all(np.diff(values) >= 0) and 0.0 < values[2] < 0.5
    assert pl.progress.layout.display == "none"


def test_sliders_never_start_a_run_and_runs_are_reproducible():
    pl = PumpLeakRundown(duration=30.0)
    first = pl.result
    for slider in (pl.radius_slider, pl.duration_slider, pl.block_slider):
        assert slider.continuous_update is False
    pl.radius_slider.value = 50.0
    pl.duration_slider.value = 100.0
    assert pl.result is first
    assert "press Run" in pl.stale.value and pl.stale.layout.display is None
    pl.radius_slider.value, pl.duration_slider.value = 10.0, 30.0
    assert pl.stale.value == ""  # back to the settings on screen
    figures = (pl.concentration_figure, pl.voltage_figure)
    marks = [list(f.marks) for f in figures]
    pl.run()
    assert pl.result is not first
    np.testing.assert_array_equal(pl.result.vm, first.vm)
    assert [list(f.marks) for f in figures] == marks  # built once


def test_bigger_cells_run_down_more_slowly():
    pl = PumpLeakRundown(radius=10.0, duration=120.0)
    small = pl.half_time
    pl.radius_slider.value = 20.0
    pl.run()
    assert pl.half_time == pytest.approx(2.0 * small, rel=0.05)  # volume/area ∝ r
    assert "volume/area" in pl.caption.value


def test_a_slow_cell_says_longer_than_the_run():
    pl = PumpLeakRundown(radius=500.0, duration=30.0)
    assert pl.half_time is None
    assert "longer than the run" in pl.half_time_readout.value
    assert pl.result.k_in[-1] > 130.0
    assert _no_bad_numbers(pl)


def test_a_block_after_the_run_leaves_the_cell_at_steady_state():
    pl = PumpLeakRundown(duration=10.0, block_at=100.0)
    r = pl.result
    assert np.ptp(r.na_in) < 1e-6 and np.ptp(r.k_in) < 1e-6
    assert "not blocked during the run" in pl.half_time_readout.value
    assert pl.jump_readout.value == ""
    assert not pl.block_lines[0].visible and not pl.block_lines[1].visible
    assert _no_bad_numbers(pl)


def test_concentrations_come_from_a_shared_model():
    model = MembraneModel.from_preset()
    pl = PumpLeakRundown(model=model, duration=10.0)
    model.ion("Na").permeability = 0.06
    assert "press Run" in pl.stale.value
    pl.run()
    faster = physics.pump_leak(10.0 * MS_PER_MIN, 10.0, p_na=6e-8, n_points=121)
    np.testing.assert_allclose(pl.result.na_in, faster.na_in, rtol=1e-9)
    assert "P<sub>Na</sub>/P<sub>K</sub> = 0.0600" in pl.model_caption.value


def test_a_failing_run_is_said_inline_and_keeps_the_last_result():
    model = MembraneModel.from_preset()
    pl = PumpLeakRundown(model=model, duration=10.0)
    last = pl.result
    model.ion("K").permeability = 0.0  # p_k must be positive
    pl.run()
    assert pl.result is last
    assert "p_k" in pl.message.value and pl.message.layout.display is None
    assert pl.progress.layout.display == "none" and not pl.run_button.disabled
    np.testing.assert_array_equal(pl.vm_line.y, last.vm)


@pytest.mark.parametrize("radius,duration", [(1.0, 600.0), (500.0, 1.0), (1.0, 1.0)])
def test_extreme_settings_show_no_nan_or_inf(radius, duration):
    pl = PumpLeakRundown(radius=radius, duration=duration)
    assert pl.result is not None and pl.message.value == ""
    assert np.isfinite(pl.result.vm).all()
    assert _no_bad_numbers(pl), _html(pl)
