"""Donnan equilibrium and the charging membrane, checked against their defining conditions."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from scipy.integrate import solve_ivp

from membrane_widgets import physics

conc = st.floats(1.0, 500.0)


@given(k=conc, na=conc, x=st.floats(0.0, 300.0), zx=st.floats(-3.0, -0.3),
       celsius=st.floats(0.0, 40.0))
def test_donnan_state_is_nernst_for_every_ion_and_neutral_inside(k, na, x, zx, celsius):
    # bath: K+ and Na+ balanced by Cl-; the definition of Donnan equilibrium, not its formula
    c_out, z = [k, na, k + na], [1, 1, -1]
    temperature = physics.celsius_to_kelvin(celsius)
    d = physics.donnan_equilibrium(c_out, z, x, zx, temperature)
    for c_o, c_i, zi in zip(c_out, d.c_in, z, strict=True):
        e = physics.nernst_potential(c_o, c_i, zi, temperature)
        assert e == pytest.approx(d.vm, abs=1e-9 * max(1.0, abs(d.vm)) + 1e-9)
    charge_inside = sum(zi * ci for zi, ci in zip(z, d.c_in, strict=True)) + zx * x
    assert abs(charge_inside) <= 1e-9 * (sum(d.c_in) + abs(zx) * x)
    assert d.c_in[0] * d.c_in[2] == pytest.approx(k * (k + na), rel=1e-12)  # [K]i[Cl]i = [K]o[Cl]o
    assert d.osmotic_excess >= -1e-9  # trapped charge always adds solute inside
    assert d.vm <= 0  # trapped anions make the inside negative (or leave it at 0)


def test_donnan_known_numbers_and_the_osmotic_problem():
    d = physics.donnan_equilibrium([150.0, 150.0], [1, -1], 100.0)
    # K+ and Cl- at one potential: r = (100 + sqrt(100^2 + 4 * 150^2)) / 300
    assert d.ratio == pytest.approx((100 + math.sqrt(100**2 + 4 * 150**2)) / 300, rel=1e-12)
    assert d.vm == pytest.approx(-8.75, abs=0.01)
    assert d.osmotic_excess == pytest.approx(116.2, abs=0.1)
    none = physics.donnan_equilibrium([150.0, 150.0], [1, -1], 0.0)
    assert none.vm == 0.0 and none.osmotic_excess == pytest.approx(0.0, abs=1e-12)


def test_donnan_broadcasts_over_conditions():
    d = physics.donnan_equilibrium([[150.0, 150.0], [10.0, 10.0]], [1, -1], [100.0, 5.0])
    assert d.c_in.shape == (2, 2) and np.shape(d.vm) == (2,)
    single = physics.donnan_equilibrium([10.0, 10.0], [1, -1], 5.0)
    assert d.vm[1] == pytest.approx(single.vm, rel=1e-15)


@pytest.mark.parametrize(("args", "name"), [
    (([150.0, -1.0], [1, -1], 10.0), "c_out"),
    (([150.0, 150.0], [2, -1], 10.0), "z"),
    (([150.0, 150.0], [1, 1], 10.0), "c_out"),
    (([150.0, 140.0], [1, -1], 10.0), "electroneutral"),
    (([150.0, 150.0], [1, -1], -5.0), "impermeant"),
    (([150.0, 150.0], [1, -1], 5.0, 0.0), "impermeant_valence"),
    (([150.0, 150.0], [1, -1], 5.0, -1.0, 0.0), "temperature"),
    (([150.0, 150.0, 1.0], [1, -1], 5.0), "c_out and z"),
])
def test_donnan_refuses_bad_input_by_name(args, name):
    with pytest.raises(ValueError, match=name):
        physics.donnan_equilibrium(*args)


def test_charging_follows_the_rc_equation_solved_numerically():
    g, c, e, v0 = 0.073, 1.0, -89.0, 0.0  # mS/cm^2, uF/cm^2, mV, mV
    t = np.linspace(0.0, 60.0, 61)
    numeric = solve_ivp(lambda _t, v: [-g * (v[0] - e) / c], (0.0, 60.0), [v0], t_eval=t,
                        rtol=1e-11, atol=1e-11).y[0]
    assert np.allclose(physics.membrane_charging(t, e, g, c, v0), numeric, atol=1e-7)
    tau = physics.membrane_time_constant(g, c)
    assert tau == pytest.approx(13.7, abs=0.05)
    # after one time constant, 63 % of the way (1 - 1/e)
    assert physics.membrane_charging(tau, e, g, c) == pytest.approx(e * (1 - math.exp(-1)))


def test_ions_crossed_follow_the_voltage_and_end_at_the_capacitor_count():
    late = physics.ions_crossed_while_charging(1e4, -89.0, 0.1, 10.0)
    assert late == pytest.approx(physics.ions_to_charge(-89.0, 10.0), rel=1e-12)
    early = physics.ions_crossed_while_charging([0.0, 1.0, 10.0], -89.0, 0.1, 10.0)
    assert early[0] == 0 and np.all(np.diff(early) > 0)
    # 6.98 million K+ ions: about 2e-5 of those in a 10 um cell at 140 mM
    assert physics.fraction_of_cell_ions(-89.0, 10.0, 140.0) < 3e-5


@pytest.mark.parametrize(("kwargs", "name"), [
    ({"t": -1.0, "reversal": -89.0, "conductance": 0.1}, "t"),
    ({"t": 1.0, "reversal": float("nan"), "conductance": 0.1}, "reversal"),
    ({"t": 1.0, "reversal": -89.0, "conductance": 0.0}, "conductance"),
    ({"t": 1.0, "reversal": -89.0, "conductance": 0.1, "capacitance": -1.0}, "capacitance"),
])
def test_charging_refuses_bad_input_by_name(kwargs, name):
    with pytest.raises(ValueError, match=name):
        physics.membrane_charging(**kwargs)


@pytest.mark.parametrize(("salt", "trapped", "charge"), [
    (0.01, 1e4, 1.0), (0.01, 1e4, -1.0), (150.0, 100.0, -1.0), (1e3, 1e-3, 2.0)])
def test_donnan_ratio_is_accurate_on_both_sides_of_zero_trapped_charge(salt, trapped, charge):
    import mpmath

    mpmath.mp.dps = 40
    q, c = mpmath.mpf(charge) * mpmath.mpf(trapped), mpmath.mpf(salt)
    # the positive root of c r^2 + q r - c = 0, in 40 digits
    exact = (-q + mpmath.sqrt(q * q + 4 * c * c)) / (2 * c)
    d = physics.donnan_equilibrium([salt, salt], [1, -1], trapped, charge)
    assert float(d.ratio) == pytest.approx(float(exact), rel=1e-13)
