"""Nernst potential: values from the source chapters, references, properties."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from membrane_widgets.physics import (
    celsius_to_kelvin,
    nernst_activity_error,
    nernst_potential,
    thermal_voltage,
)
from tests import reference

conc = st.floats(min_value=1e-6, max_value=1e4, allow_nan=False)
valences = st.sampled_from([-3, -2, -1, 1, 2, 3])
temps = st.floats(min_value=200.0, max_value=400.0)


def test_thermal_voltage_at_body_temperature():
    # RT/F at 37 °C is 26.727 mV (CODATA 2018 exact R and F)
    assert thermal_voltage(310.15) == pytest.approx(26.72666, abs=1e-5)
    assert thermal_voltage(celsius_to_kelvin(25.0)) == pytest.approx(25.69257, abs=1e-5)


@pytest.mark.parametrize(
    ("c_out", "c_in", "z", "chapter_value"),
    [
        (5.0, 140.0, 1, -89.0),  # K+, chapter 1: about -89 mV
        (145.0, 15.0, 1, 61.0),  # Na+: about +61 mV
        (110.0, 10.0, -1, -64.0),  # Cl-: about -64 mV
    ],
)
def test_chapter_one_equilibrium_potentials(c_out, c_in, z, chapter_value):
    e = nernst_potential(c_out, c_in, z, 310.15)
    # the chapter rounds to the millivolt
    assert e == pytest.approx(chapter_value, abs=0.5)
    assert e == pytest.approx(reference.nernst(c_out, c_in, z), abs=1e-10)


def test_sixty_one_millivolts_per_decade_at_body_temperature():
    assert nernst_potential(10.0, 1.0, 1) == pytest.approx(61.54, abs=0.01)


def test_divalent_ion_needs_half_the_voltage():
    assert nernst_potential(2.0, 1e-4, 2) == pytest.approx(nernst_potential(2.0, 1e-4, 1) / 2)


def test_warmer_means_larger():
    cold = nernst_potential(5.0, 140.0, 1, 273.15 + 6.3)
    warm = nernst_potential(5.0, 140.0, 1, 273.15 + 37.0)
    assert abs(warm) > abs(cold)
    assert warm / cold == pytest.approx((273.15 + 37.0) / (273.15 + 6.3), rel=1e-12)


def test_equal_concentrations_give_zero_exactly():
    assert nernst_potential(42.0, 42.0, -2) == 0.0


def test_broadcasts_over_conditions():
    c_out = np.array([[5.0], [10.0]])
    c_in = np.array([140.0, 150.0, 160.0])
    e = nernst_potential(c_out, c_in, 1, np.array([300.0, 305.0, 310.0]))
    assert e.shape == (2, 3)
    assert e[1, 2] == pytest.approx(reference.nernst(10.0, 160.0, 1, 310.0), abs=1e-10)


@given(conc, conc, valences, temps)
def test_matches_high_precision_reference(c_out, c_in, z, t):
    expected = reference.nernst(c_out, c_in, z, t)
    assert nernst_potential(c_out, c_in, z, t) == pytest.approx(expected, rel=1e-12, abs=1e-12)


@given(conc, conc, valences, temps)
def test_swapping_sides_flips_the_sign(c_out, c_in, z, t):
    assert nernst_potential(c_in, c_out, z, t) == pytest.approx(
        -nernst_potential(c_out, c_in, z, t), abs=1e-12
    )


@given(conc, conc, valences)
def test_sign_of_e_opposite_to_z_when_inside_is_richer(c_out, c_in, z):
    e = nernst_potential(c_out, c_in, z)
    if c_in > c_out:
        assert np.sign(e) == -np.sign(z)
    elif c_out > c_in:
        assert np.sign(e) == np.sign(z)


@given(
    st.floats(0.05, 1.0), st.floats(0.05, 1.0), conc, conc, valences, temps
)
def test_activity_error_depends_only_on_gamma_ratio(g_out, g_in, c_out, c_in, z, t):
    exact = nernst_potential(c_out, c_in, z, t, gamma_out=g_out, gamma_in=g_in)
    approx = nernst_potential(c_out, c_in, z, t)
    assert exact - approx == pytest.approx(
        nernst_activity_error(g_out, g_in, z, t), abs=1e-9
    )


def test_equal_activity_coefficients_make_no_error():
    assert nernst_activity_error(0.7, 0.7, 1) == 0.0
    assert nernst_potential(5, 140, 1, gamma_out=0.7, gamma_in=0.7) == pytest.approx(
        nernst_potential(5, 140, 1), abs=1e-12
    )


def test_typical_activity_error_is_small_but_measurable():
    # gamma_in < gamma_out (crowded cytoplasm): a positive shift of about 1-2 mV for K+
    err = nernst_activity_error(0.75, 0.70, 1)
    assert 1.0 < err < 2.5
