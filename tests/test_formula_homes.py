"""The formulas that used to be recomputed outside the physics, each in its one tested home.

Inverse Nernst (nernst_concentration_ratio), the ions a cell holds (ions_in_cell), the
free energy of an entropy change (free_energy_from_entropy) and the half-time of a
rundown (rundown_half_time): known values from independent arithmetic, and properties.
"""

import math
import warnings

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from membrane_widgets import physics as ph
from tests import reference

TEMPERATURES = st.floats(200.0, 500.0)
VALENCES = st.sampled_from([1, -1, 2, -2, 3])


# --- nernst_concentration_ratio --------------------------------------------------------------

def test_inverse_nernst_known_value():
    # E = (RT/zF) ln r  =>  r = exp(zFE/RT); at 37 C, E_K for 5 / 140 mM
    e_k = reference.nernst(5.0, 140.0, 1, 310.15)
    assert ph.nernst_concentration_ratio(e_k, 1, 310.15) == pytest.approx(5.0 / 140.0, rel=1e-13)
    # 61.54 mV per decade for a monovalent cation at 37 C: +1 decade of c_out/c_in
    decade = float(reference.vt(310.15) * math.log(10.0))
    assert ph.nernst_concentration_ratio(decade, 1) == pytest.approx(10.0, rel=1e-13)
    assert ph.nernst_concentration_ratio(decade, -1) == pytest.approx(0.1, rel=1e-13)
    assert ph.nernst_concentration_ratio(decade, 2) == pytest.approx(100.0, rel=1e-13)


@given(st.floats(1e-6, 1e6), st.floats(1e-6, 1e6), VALENCES, TEMPERATURES)
def test_inverse_nernst_undoes_nernst(c_out, c_in, z, t):
    e = ph.nernst_potential(c_out, c_in, z, t)
    assert ph.nernst_concentration_ratio(e, z, t) == pytest.approx(c_out / c_in, rel=1e-11)


@given(st.floats(-1000.0, 1000.0), VALENCES, TEMPERATURES)
def test_nernst_undoes_inverse_nernst(e, z, t):
    ratio = ph.nernst_concentration_ratio(e, z, t)
    assert ph.nernst_potential(ratio, 1.0, z, t) == pytest.approx(e, abs=1e-9 * max(1.0, abs(e)))


def test_inverse_nernst_broadcasts():
    ratio = ph.nernst_concentration_ratio(np.array([[-89.0], [60.0]]), np.array([1, 2]), 310.15)
    assert ratio.shape == (2, 2)


@pytest.mark.parametrize("e", [20_000.0, -20_000.0])
def test_a_ratio_beyond_double_range_is_refused_naming_the_potential(e):
    with pytest.raises(ValueError, match=r"potential and z: .*outside what a double can hold"):
        ph.nernst_concentration_ratio(e, 1)


# --- ions_in_cell ----------------------------------------------------------------------------

def test_ions_in_cell_known_value():
    # 140 mM in a sphere of 10 um: 140 mol/m^3 x 4/3 pi (1e-5 m)^3 x N_A, in SI units
    expected = 140.0 * (4.0 / 3.0 * math.pi * (10e-6) ** 3) * 6.02214076e23
    assert ph.ions_in_cell(140.0, 10.0) == pytest.approx(expected, rel=1e-13)
    assert ph.ions_in_cell(0.0, 10.0) == 0.0


@given(st.floats(1e-3, 1e3), st.floats(0.1, 1e3), st.floats(0.1, 10.0))
def test_ions_in_cell_scales_with_concentration_and_volume(c, r, k):
    base = ph.ions_in_cell(c, r)
    assert ph.ions_in_cell(k * c, r) == pytest.approx(k * base, rel=1e-12)
    assert ph.ions_in_cell(c, k * r) == pytest.approx(k**3 * base, rel=1e-12)


@given(st.floats(-200.0, 200.0).filter(lambda v: v != 0), st.floats(0.5, 500.0),
       st.floats(0.01, 500.0), st.sampled_from([1, -1, 2]))
def test_fraction_of_cell_ions_is_ions_moved_over_ions_held(v, r, c, z):
    moved = ph.ions_to_charge(v, r, 1.0, z)
    held = ph.ions_in_cell(c, r)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fraction = ph.fraction_of_cell_ions(v, r, c, 1.0, z)
    assert fraction == pytest.approx(moved / held, rel=1e-12)
    # more ions than the cell holds: said with a ValidityRangeWarning, and only then
    assert [w.category for w in caught] == ([ph.ValidityRangeWarning] if fraction > 1 else [])


# --- free_energy_from_entropy ------------------------------------------------------------------

def test_free_energy_from_entropy_known_value():
    # Delta G = -R T (Delta S / k_B): ln 10 k_B per particle at 37 C is -RT ln 10
    expected = -8.314462618 * 310.15 * math.log(10.0)
    assert ph.free_energy_from_entropy(math.log(10.0), 310.15) == pytest.approx(expected,
                                                                                rel=1e-9)
    assert ph.free_energy_from_entropy(0.0) == 0.0


@given(st.integers(1000, 100_000), st.integers(1000, 100_000), TEMPERATURES)
def test_lattice_free_energy_is_the_chemical_part_of_the_transfer(n_left, n_right, t):
    # moving one particle left -> right in a dilute lattice: Delta G = RT ln(c_R / c_L), the
    # free energy of moving an uncharged particle (vm = 0) from c_L to c_R
    sites = 10**12
    ds = ph.entropy_change_per_transfer(n_left, n_left + n_right, sites, sites)
    dg = ph.free_energy_from_entropy(ds, t)
    chemical = ph.transfer_free_energy(n_left, n_right, 1, 0.0, t, direction="in")
    # the discrete count differs from ln(c_L/c_R) by at most about 1/n_R (in units of RT)
    rt = float(reference.R) * t
    assert dg == pytest.approx(chemical, abs=1.1 * rt / n_right)


def test_free_energy_from_entropy_broadcasts_and_checks_temperature():
    assert ph.free_energy_from_entropy([1.0, -1.0], [[300.0], [310.0]]).shape == (2, 2)
    with pytest.raises(ValueError, match="temperature.*kelvin"):
        ph.free_energy_from_entropy(1.0, 37.0)


# --- rundown_half_time -------------------------------------------------------------------------

def test_half_time_of_an_exponential_is_tau_ln2():
    t = np.linspace(0.0, 100.0, 10_001)  # ms
    k = 5.0 + 135.0 * np.exp(-t / 10.0)
    # linear interpolation between samples 0.01 ms apart: error far below 1e-4 ms
    assert ph.rundown_half_time(t, k, 5.0) == pytest.approx(10.0 * math.log(2.0), abs=1e-4)


@given(st.floats(1.0, 1e4), st.floats(-500.0, 500.0), st.floats(-500.0, 500.0),
       st.floats(0.0, 0.5))
def test_half_time_of_any_exponential_rise_or_fall(tau, c0, final, start_fraction):
    if abs(c0 - final) < 1e-3:
        return
    t = np.linspace(0.0, 10.0 * tau, 2001)
    start = start_fraction * tau
    c = np.where(t <= start, c0, final + (c0 - final) * np.exp(-(t - start) / tau))
    got = ph.rundown_half_time(t, c, final, start)
    # the trace is exactly exponential after start; linear interpolation over one
    # sample (tau / 200) errs by less than a sample
    assert got == pytest.approx(tau * math.log(2.0), abs=tau / 200.0)


def test_half_time_edge_cases():
    t = [0.0, 1.0, 2.0]
    assert ph.rundown_half_time(t, [100.0, 90.0, 80.0], 0.0) is None  # not halfway yet
    assert ph.rundown_half_time(t, [50.0, 50.0, 50.0], 50.0) == 0.0  # nothing to run down
    assert ph.rundown_half_time(t, [100.0, 0.0, 0.0], 0.0) == pytest.approx(0.5)
    # start between samples: the value there is interpolated (75); halfway, 37.5, at t = 1.25
    assert ph.rundown_half_time(t, [100.0, 50.0, 0.0], 0.0, start=0.5) == pytest.approx(0.75)
    with pytest.raises(ValueError, match="start"):
        ph.rundown_half_time(t, [100.0, 50.0, 0.0], 0.0, start=3.0)
    with pytest.raises(ValueError, match="increasing"):
        ph.rundown_half_time([0.0, 2.0, 1.0], [100.0, 50.0, 0.0], 0.0)
    with pytest.raises(ValueError, match="one value per time"):
        ph.rundown_half_time(t, [100.0, 50.0], 0.0)


def test_half_time_of_the_pump_leak_rundown():
    block = 5 * 60e3  # ms
    r = ph.pump_leak(400 * 60e3, block_at=block, n_points=801)
    final = ph.pump_leak_final_state(r.na_in[0], 145.0, r.k_in[0], 5.0)[1]
    t_half = ph.rundown_half_time(r.t, r.k_in, final, start=block)
    assert t_half is not None and t_half > 0
    # at block + t_half K+ stands halfway between its start and its end (within a sample)
    k_there = np.interp(block + t_half, r.t, r.k_in)
    assert k_there == pytest.approx(0.5 * (r.k_in[0] + final), rel=1e-9)
    # a cell 10 times bigger (volume/area grows as r) runs down exactly 10 times more slowly
    big = ph.pump_leak(4000 * 60e3, radius=100.0, block_at=10 * block, n_points=801)
    t_big = ph.rundown_half_time(big.t, big.k_in, final, start=10 * block)
    assert t_big == pytest.approx(10.0 * t_half, rel=1e-6)
