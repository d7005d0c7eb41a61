"""Electrochemical potential, transfer free energy and driving force (chapters 1 and 2)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from membrane_widgets.physics import (
    FARADAY,
    GAS_CONSTANT,
    describe_flow,
    driving_force,
    electrochemical_potential,
    flow_direction,
    nernst_potential,
    transfer_free_energy,
)

conc = st.floats(1e-4, 1e3)
volts = st.floats(-200.0, 200.0)
valence = st.sampled_from([-2, -1, 1, 2])


def test_chapter_two_driving_forces():
    # V_m = -70 mV, E_Na = +55 mV, E_K = -95 mV
    assert driving_force(-70.0, 55.0) == pytest.approx(-125.0)
    assert driving_force(-70.0, -95.0) == pytest.approx(25.0)


def test_directions_of_cation_and_anion_differ():
    na = flow_direction(-70.0, 55.0, 1)
    assert (int(na.ions), int(na.current)) == (-1, -1)  # Na+ in, inward current
    cl = flow_direction(-70.0, -80.0, -1)
    assert (int(cl.ions), int(cl.current)) == (-1, 1)  # Cl- in, outward current
    k = describe_flow(-70.0, -95.0, 1)
    assert k == {"ions": "outward", "current": "outward"}
    assert describe_flow(-80.0, -80.0, -1)["current"].startswith("none")


def test_flow_direction_broadcasts():
    d = flow_direction(np.array([-100.0, -70.0, 0.0]), -70.0, np.array([[1], [-1]]))
    assert d.ions.shape == (2, 3)
    assert d.ions.tolist() == [[-1, 0, 1], [1, 0, -1]]
    assert d.current.tolist() == [[-1, 0, 1], [-1, 0, 1]]


def test_describe_flow_needs_scalars():
    with pytest.raises(ValueError, match="vm"):
        describe_flow(np.array([1.0, 2.0]), 0.0, 1)


def test_electrochemical_potential_parts():
    mu = electrochemical_potential(140.0, 1, -70.0, 310.15)
    assert mu.chemical == pytest.approx(GAS_CONSTANT * 310.15 * np.log(0.14))
    assert mu.electrical == pytest.approx(FARADAY * -0.070)
    assert mu.total == pytest.approx(mu.chemical + mu.electrical)


@given(conc, conc, valence, volts, st.floats(250, 350))
def test_transfer_free_energy_is_difference_of_electrochemical_potentials(c_out, c_in, z, vm, t):
    inside = electrochemical_potential(c_in, z, vm, t)
    outside = electrochemical_potential(c_out, z, 0.0, t)
    dg = transfer_free_energy(c_out, c_in, z, vm, t)
    assert dg == pytest.approx(inside.total - outside.total, rel=1e-9, abs=1e-6)
    # = zF (V_m - E)
    e = nernst_potential(c_out, c_in, z, t)
    assert dg == pytest.approx(z * FARADAY * (vm - e) * 1e-3, rel=1e-9, abs=1e-6)
    assert transfer_free_energy(c_out, c_in, z, vm, t, direction="out") == pytest.approx(-dg)


def test_free_energy_is_zero_at_equilibrium():
    e = nernst_potential(5.0, 140.0, 1)
    assert transfer_free_energy(5.0, 140.0, 1, e) == pytest.approx(0.0, abs=1e-9)


def test_k_leak_is_spontaneous_and_na_entry_more_so():
    # chapter 2: E_K ~ -95 mV (4 / 140 mM), V_m = -70 mV: K+ efflux has dG < 0
    k_out = transfer_free_energy(4.0, 140.0, 1, -70.0, direction="out")
    assert -2.5e3 < k_out < -2.3e3  # about -F x 25 mV = -2.41 kJ/mol
    # Na+ entry: about F x (-125 mV) = -12 kJ/mol
    na_in = transfer_free_energy(145.0, 145.0 / np.exp(55.0 / 26.72666), 1, -70.0)
    assert na_in == pytest.approx(FARADAY * -0.125, rel=1e-4)
    assert na_in < k_out < 0
