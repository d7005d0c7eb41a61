"""The membrane capacitor (few ions) and the electrogenic pump (few mV)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from membrane_widgets.physics import (
    ELEMENTARY_CHARGE,
    fraction_of_cell_ions,
    ghk_voltage,
    ions_to_charge,
    mullins_noda_potential,
    pump_contribution,
    sphere_area,
)


def test_a_few_million_ions_charge_a_neuron():
    n = ions_to_charge(-80.0, 10.0)
    # 1 uF/cm^2 x 4 pi (10 um)^2 x 80 mV / e
    expected = 1e-6 * 4 * np.pi * (10e-4) ** 2 * 0.080 / ELEMENTARY_CHARGE
    assert n == pytest.approx(expected, rel=1e-12)
    assert 1e6 < n < 1e7


def test_about_one_in_a_hundred_thousand_of_the_cells_potassium():
    f = fraction_of_cell_ions(-80.0, 10.0, 140.0)
    assert 5e-6 < f < 5e-5


@given(st.floats(1.0, 100.0), st.floats(-150.0, 150.0), st.floats(0.5, 3.0))
def test_capacitor_scalings(r, v, cm):
    n = ions_to_charge(v, r, cm)
    assert ions_to_charge(v, 2 * r, cm) == pytest.approx(4 * n)
    assert ions_to_charge(2 * v, r, cm) == pytest.approx(2 * n)
    assert ions_to_charge(v, r, cm, z=2) == pytest.approx(n / 2)
    f = fraction_of_cell_ions(v, r, 140.0, cm)
    assert fraction_of_cell_ions(v, 2 * r, 140.0, cm) == pytest.approx(f / 2)


def test_sphere_area_units():
    assert sphere_area(1e4) == pytest.approx(4 * np.pi)  # 1 cm radius


def test_pump_with_unit_ratio_is_ghk():
    v = mullins_noda_potential(1.0, 0.04, 140, 5, 15, 145, coupling_ratio=1.0)
    assert v == pytest.approx(ghk_voltage([1.0, 0.04], [140, 15], [5, 145], [1, 1]), abs=1e-12)


def test_three_to_two_pump_adds_a_few_millivolts():
    dv = pump_contribution(1.0, 0.04, 140, 5, 15, 145)
    assert -10.0 < dv < -2.0


@given(st.floats(0.001, 1.0), st.floats(1.0, 3.0))
def test_stronger_coupling_hyperpolarises(p_na, r):
    v1 = mullins_noda_potential(1.0, p_na, 140, 5, 15, 145, coupling_ratio=r)
    v2 = mullins_noda_potential(1.0, p_na, 140, 5, 15, 145, coupling_ratio=r + 0.5)
    assert v2 < v1
