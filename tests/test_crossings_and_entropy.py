"""Dynamic equilibrium (random single crossings) and the entropy of mixing on a lattice."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from membrane_widgets.physics import (
    BOLTZMANN,
    GAS_CONSTANT,
    entropy_change_per_transfer,
    lattice_gas,
    ln_microstates,
    nernst_potential,
    simulate_crossings,
    unidirectional_rates,
)


@given(st.floats(-150, 150), st.floats(0.1, 500), st.floats(0.1, 500),
       st.sampled_from([-2, -1, 1, 2]))
def test_ussing_flux_ratio(v, c_in, c_out, z):
    j_in, j_out = unidirectional_rates(v, c_in, c_out, z)
    e = nernst_potential(c_out, c_in, z)
    expected = np.exp(z * (e - v) / 26.72665911254)  # RT/F at 310.15 K in mV
    assert j_in / j_out == pytest.approx(expected, rel=1e-9)


def test_equal_unidirectional_rates_at_the_nernst_potential():
    e = nernst_potential(5.0, 140.0, 1)
    j_in, j_out = unidirectional_rates(e, 140.0, 5.0, 1)
    assert j_in == pytest.approx(j_out, rel=1e-12)


def test_at_equilibrium_influx_equals_efflux_on_average_but_net_count_wanders():
    e = nernst_potential(5.0, 140.0, 1)
    r = simulate_crossings(1000.0, e, 140.0, 5.0, 1, n_trials=400, seed=7)
    mean_in, mean_out = r.influx.sum(axis=1).mean(), r.efflux.sum(axis=1).mean()
    expected = r.mean_influx * 1000.0  # ~17,000 per trial each way
    sd = np.sqrt(2 * expected / 400)
    assert abs(mean_in - expected) < 5 * sd and abs(mean_out - expected) < 5 * sd
    final = r.net_out[:, -1]
    assert abs(final.mean()) < 5 * np.sqrt(2 * expected / 400)  # zero on average
    assert final.std() == pytest.approx(np.sqrt(2 * expected), rel=0.15)  # but it fluctuates


def test_away_from_equilibrium_a_net_flux_appears():
    e = nernst_potential(5.0, 140.0, 1)
    out = simulate_crossings(200.0, e + 20.0, 140.0, 5.0, 1, seed=1)
    into = simulate_crossings(200.0, e - 20.0, 140.0, 5.0, 1, seed=1)
    assert out.net_out[0, -1] > 500 and into.net_out[0, -1] < -500


def test_crossings_are_reproducible_with_a_seed():
    a = simulate_crossings(50.0, -70.0, 140.0, 5.0, 1, seed=3)
    b = simulate_crossings(50.0, -70.0, 140.0, 5.0, 1, seed=3)
    assert np.array_equal(a.influx, b.influx) and np.array_equal(a.efflux, b.efflux)


def test_microstate_count_small_case():
    # 2 particles, 2 + 2 sites: n_left = 0, 1, 2 have 1, 4, 1 arrangements (6 = C(4, 2))
    ln = ln_microstates(np.array([0, 1, 2]), 2, 2, 2)
    assert np.exp(ln) == pytest.approx([1.0, 4.0, 1.0])


@given(st.integers(1000, 100_000), st.integers(1000, 100_000))
def test_entropy_of_a_transfer_tends_to_log_concentration_ratio(n_left, n_right):
    sites = 10**12  # dilute
    ds = entropy_change_per_transfer(n_left, n_left + n_right, sites, sites)
    # exact discrete value ln[n_L / (n_R + 1)] for dilute particles: within 1/n_R of the log ratio
    assert ds == pytest.approx(np.log(n_left / n_right), abs=1.1 / n_right)


def test_free_energy_per_mole_is_rt_ln_concentration_ratio():
    t = 310.15
    ds_per_particle = BOLTZMANN * entropy_change_per_transfer(20000, 22000, 10**12, 10**12)
    dg_per_mole = -t * ds_per_particle * 6.02214076e23
    assert dg_per_mole == pytest.approx(GAS_CONSTANT * t * np.log(2000 / 20000), rel=1e-3)


def test_lattice_gas_spreads_and_entropy_grows():
    r = lattice_gas(n_particles=60, shape=(12, 24), n_frames=400, seed=2)
    assert r.n_left[0] == 60
    assert 20 <= r.n_left[-50:].mean() <= 40  # about half on each side
    assert r.ln_omega[-1] > r.ln_omega[0] + 30
    # no two particles on one site, all on the lattice
    last = r.positions[-1]
    assert len({tuple(p) for p in last}) == 60
    assert last[:, 0].max() < 12 and last[:, 1].max() < 24


def test_lattice_gas_is_reproducible():
    a, b = lattice_gas(seed=5), lattice_gas(seed=5)
    assert np.array_equal(a.positions, b.positions)


@pytest.mark.parametrize(
    ("func", "kwargs", "match"),
    [
        (simulate_crossings, dict(duration=0.0, vm=0, c_in=1, c_out=1, z=1), "duration"),
        (simulate_crossings, dict(duration=10.0, vm=0, c_in=1, c_out=1, z=0), "z"),
        (simulate_crossings, dict(duration=10.0, vm=0, c_in=1, c_out=1, z=1, n_trials=0),
         "n_trials"),
        (simulate_crossings, dict(duration=1.0, vm=0, c_in=1, c_out=1, z=1, dt=5.0), "dt"),
        (unidirectional_rates, dict(vm=0, c_in=0, c_out=1, z=1), "c_in"),
        (lattice_gas, dict(n_particles=500, shape=(10, 20)), "n_particles"),
        (lattice_gas, dict(shape=(10, 21)), "shape"),
        (ln_microstates, dict(n_left=3, n_total=2, sites_left=5, sites_right=5), "n_left"),
        (entropy_change_per_transfer, dict(n_left=0, n_total=2, sites_left=5, sites_right=5),
         "n_left"),
    ],
)
def test_bad_input(func, kwargs, match):
    with pytest.raises(ValueError, match=match):
        func(**kwargs)
