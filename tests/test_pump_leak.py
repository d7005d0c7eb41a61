"""Pump-leak model: steady state with the pump, rundown after ouabain, size scaling."""

import numpy as np
import pytest

from membrane_widgets.physics import (
    ghk_current,
    ghk_voltage,
    mullins_noda_potential,
    nernst_potential,
    pump_leak,
    pump_leak_final_state,
)

MINUTE = 60e3  # ms


def test_with_the_pump_running_nothing_changes_and_vm_is_mullins_noda():
    r = pump_leak(20 * MINUTE, block_at=None)
    assert np.allclose(r.na_in, 15.0, atol=1e-6) and np.allclose(r.k_in, 140.0, atol=1e-6)
    expected = mullins_noda_potential(1e-6, 3e-8, 140, 5, 15, 145)
    assert np.allclose(r.vm, expected, atol=1e-6)


def test_blocking_the_pump_loses_the_electrogenic_millivolts_at_once():
    r = pump_leak(1e-3 * MINUTE, block_at=0.0)
    ghk = ghk_voltage([3e-8, 1e-6], [15, 140], [145, 5], [1, 1])
    assert r.vm[0] == pytest.approx(ghk, abs=1e-6)
    before = mullins_noda_potential(1e-6, 3e-8, 140, 5, 15, 145)
    assert 2.0 < r.vm[0] - before < 8.0  # a few mV depolarisation


def test_rundown_after_ouabain_over_tens_of_minutes():
    r = pump_leak(30 * MINUTE, radius=10.0)
    assert r.na_in[-1] > 50.0 and r.k_in[-1] < 100.0
    assert np.all(np.diff(r.na_in) > 0) and np.all(np.diff(r.k_in) < 0)
    assert r.vm[-1] > r.vm[0] + 10.0  # depolarised
    # total cation content is conserved (3:2 pump off; Na+ in = K+ out through the leaks)
    assert np.allclose(r.na_in + r.k_in, 155.0, atol=1e-4)
    # E_K follows the falling K+
    assert r.e_k[-1] == pytest.approx(nernst_potential(5.0, r.k_in[-1], 1), abs=1e-9)
    assert r.minutes[-1] == pytest.approx(30.0)


def test_bigger_cells_run_down_more_slowly_in_proportion_to_radius():
    small = pump_leak(5 * MINUTE, radius=10.0, n_points=3)
    big = pump_leak(50 * MINUTE, radius=100.0, n_points=3)
    # volume/area ~ r: a 10x bigger cell takes 10x longer for the same change
    assert big.na_in[-1] == pytest.approx(small.na_in[-1], rel=1e-4)


def test_vm_is_the_zero_current_potential():
    r = pump_leak(10 * MINUTE, n_points=5, block_at=2 * MINUTE)
    for na, k, v, ip in zip(r.na_in, r.k_in, r.vm, r.i_pump, strict=True):
        i = ghk_current(v, np.array([3e-8, 1e-6]), np.array([na, k]), [145.0, 5.0], [1, 1])
        assert abs(i.sum() + ip) < 1e-9


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        (dict(duration=0.0), "duration"),
        (dict(duration=1.0, radius=-1.0), "radius"),
        (dict(duration=1.0, na_in=0.0), "na_in"),
        (dict(duration=1.0, p_na=-1.0), "p_na"),
        (dict(duration=1.0, pump_max=-1.0), "pump_max"),
        (dict(duration=1.0, temperature=0.0), "temperature"),
        (dict(duration=1.0, n_points=1), "n_points"),
        (dict(duration=1.0, block_at=-5.0), "block_at"),
    ],
)
def test_bad_input(kwargs, match):
    with pytest.raises(ValueError, match=match):
        pump_leak(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "argument"),
    [
        (dict(duration=1.0 + 0j), "duration"),
        (dict(duration=1.0, na_in=np.complex128(15.0)), "na_in"),
        (dict(duration=1.0, p_k=1e-6 + 0j), "p_k"),
        (dict(duration=1.0, p_na=True), "p_na"),
        (dict(duration=1.0, radius="10"), "radius"),
        (dict(duration=1.0, pump_max=np.complex64(1.0)), "pump_max"),
        (dict(duration=1.0, block_at=False), "block_at"),
        (dict(duration=1.0, temperature=np.complex128(310.0)), "temperature"),
        (dict(duration=1.0, n_points=True), "n_points"),
        (dict(duration=1.0, progress=3), "progress"),
    ],
)
def test_non_numbers_are_refused_with_a_type_error(kwargs, argument):
    with pytest.raises(TypeError, match=rf"\b{argument}\b"):
        pump_leak(**kwargs)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        (dict(duration=1.0, k_out=np.array([5.0])), "k_out must be a single number"),
        (dict(duration=1.0, n_points=2.5), "n_points must be a whole number"),
    ],
)
def test_arrays_and_fractional_point_counts_are_refused(kwargs, match):
    with pytest.raises(ValueError, match=match):
        pump_leak(**kwargs)


def test_numpy_scalars_are_accepted_as_plain_numbers():
    r = pump_leak(np.float32(1000.0), np.int64(10), na_in=np.float64(15.0), n_points=np.int64(3))
    plain = pump_leak(1000.0, 10.0, na_in=15.0, n_points=3)
    assert r.t.size == 3 and isinstance(r.pump_max, float)
    assert np.allclose(r.na_in, plain.na_in, rtol=1e-12)


def test_progress_is_reported_in_order_up_to_one():
    seen = []
    pump_leak(30 * MINUTE, progress=seen.append)
    assert 10 <= len(seen) <= 120
    assert seen == sorted(seen) and seen[-1] == 1.0 and 0 < seen[0] < 0.1


def test_progress_is_steady_when_the_block_comes_later():
    seen = []
    pump_leak(60 * MINUTE, block_at=20 * MINUTE, progress=seen.append)
    # 20 chunks of 1 min before the block, 20 chunks of 2 min after it
    expected = [k / 60 for k in range(1, 21)] + [(20 + 2 * k) / 60 for k in range(1, 21)]
    assert seen == pytest.approx(expected, rel=1e-12)


def test_a_blocked_cell_runs_down_to_the_final_state():
    na_f, k_f, v_f = pump_leak_final_state()
    # both ions at equilibrium at one V_m, cation total conserved
    assert nernst_potential(145.0, na_f, 1) == pytest.approx(v_f, abs=1e-9)
    assert nernst_potential(5.0, k_f, 1) == pytest.approx(v_f, abs=1e-9)
    assert na_f + k_f == pytest.approx(155.0)
    r = pump_leak(2000 * MINUTE, n_points=3)  # long enough to settle in a 10 um cell
    assert r.na_in[-1] == pytest.approx(na_f, rel=1e-3)
    assert r.k_in[-1] == pytest.approx(k_f, rel=1e-3)
    assert r.vm[-1] == pytest.approx(v_f, abs=0.05)


def test_samples_and_block_time_are_consistent():
    r = pump_leak(30 * MINUTE, block_at=10 * MINUTE, n_points=31)
    assert r.t.size == 31 and np.all(np.diff(r.t) > 0)
    before = r.minutes < 10
    assert np.allclose(r.na_in[before], 15.0, atol=1e-6)  # steady while pumping
    assert np.all(r.i_pump[r.minutes >= 10] == 0.0) and np.all(r.i_pump[before] > 0)
