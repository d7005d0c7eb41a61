"""Hodgkin-Huxley: rates, rest, spikes, the permeability flip, and an independent reference."""

import numpy as np
import pytest
from scipy.integrate import solve_ivp

from membrane_widgets.physics import (
    HHParameters,
    hh_rates,
    hh_steady_state,
    hodgkin_huxley,
)


def reference_spike_times(duration, amplitude, celsius=6.3):
    """HH written out again from the 1952 equations, integrated at rtol 1e-12 (DOP853)."""
    phi = 3.0 ** ((celsius - 6.3) / 10.0)

    def rates(v):
        x_m, x_n = v + 40.0, v + 55.0
        a_m = 1.0 if abs(x_m) < 1e-9 else 0.1 * x_m / (1.0 - np.exp(-x_m / 10.0))
        a_n = 0.1 if abs(x_n) < 1e-9 else 0.01 * x_n / (1.0 - np.exp(-x_n / 10.0))
        return (phi * a_m, phi * 4.0 * np.exp(-(v + 65.0) / 18.0),
                phi * 0.07 * np.exp(-(v + 65.0) / 20.0), phi / (1.0 + np.exp(-(v + 35.0) / 10.0)),
                phi * a_n, phi * 0.125 * np.exp(-(v + 65.0) / 80.0))

    def rhs(t, y):
        v, m, h, n = y
        a_m, b_m, a_h, b_h, a_n, b_n = rates(v)
        i_ion = 120.0 * m**3 * h * (v - 50.0) + 36.0 * n**4 * (v + 77.0) + 0.3 * (v + 54.387)
        return [amplitude - i_ion, a_m * (1 - m) - b_m * m, a_h * (1 - h) - b_h * h,
                a_n * (1 - n) - b_n * n]

    a_m, b_m, a_h, b_h, a_n, b_n = rates(-65.0)
    y0 = [-65.0, a_m / (a_m + b_m), a_h / (a_h + b_h), a_n / (a_n + b_n)]

    def crossing(t, y):
        return y[0]

    crossing.direction = 1
    sol = solve_ivp(rhs, (0, duration), y0, method="DOP853", rtol=1e-12, atol=1e-12,
                    events=crossing, max_step=0.05)
    return sol.t_events[0]


@pytest.mark.parametrize(("amplitude", "celsius"), [(10.0, 6.3), (7.0, 6.3), (15.0, 18.5)])
def test_spike_times_match_an_independent_high_accuracy_solution(amplitude, celsius):
    r = hodgkin_huxley(60.0, stimulus=amplitude, temperature=273.15 + celsius)
    ours = r.spike_times()
    ref = reference_spike_times(60.0, amplitude, celsius)
    assert len(ours) == len(ref) >= 2
    assert np.max(np.abs(ours - ref)) < 0.05  # ms


def test_rest_is_minus_65_and_stable():
    r = hodgkin_huxley(50.0)
    assert r.v[0] == -65.0
    assert np.max(np.abs(r.v + 65.0)) < 0.05
    assert r.spike_times().size == 0


def test_rates_are_exact_at_the_removable_singularities():
    r = hh_rates(np.array([-40.0, -55.0]))
    assert r["alpha_m"][0] == pytest.approx(1.0, rel=1e-15)
    assert r["alpha_n"][1] == pytest.approx(0.1, rel=1e-15)
    near = hh_rates(np.array([-40.0 + 1e-9, -55.0 - 1e-9]))
    assert near["alpha_m"][0] == pytest.approx(1.0, rel=1e-9)
    assert near["alpha_n"][1] == pytest.approx(0.1, rel=1e-9)


def test_steady_state_at_rest():
    m, h, n = hh_steady_state(-65.0)
    assert (m, h, n) == pytest.approx((0.0529, 0.5961, 0.3177), abs=1e-4)


def test_q10_speeds_up_the_rates():
    cold = hh_rates(-65.0, temperature=279.45)
    warm = hh_rates(-65.0, temperature=289.45)
    assert warm["alpha_h"] / cold["alpha_h"] == pytest.approx(3.0)


def test_threshold_and_all_or_none():
    def pulse(amplitude):
        return lambda t: amplitude if 1.0 <= t < 2.0 else 0.0

    assert hodgkin_huxley(20.0, pulse(2.0)).spike_times().size == 0
    big = hodgkin_huxley(20.0, pulse(20.0))
    assert big.spike_times().size == 1
    assert big.v.max() > 30.0


def test_permeability_flip_at_the_peak():
    r = hodgkin_huxley(20.0, lambda t: 20.0 if 1.0 <= t < 2.0 else 0.0)
    ratio = r.g_na / r.g_k
    assert ratio[0] < 0.05  # about 0.03 at rest: K+ dominates
    assert ratio[np.argmax(r.v)] > 1.0  # Na+ dominates at the peak
    # V stays between the Nernst potentials it is pulled towards
    assert r.parameters.e_k - 1 < r.v.min() and r.v.max() < r.parameters.e_na


def test_currents_and_conductances_are_consistent():
    r = hodgkin_huxley(10.0, 10.0)
    p = r.parameters
    assert np.allclose(r.i_na, p.g_na * r.m**3 * r.h * (r.v - p.e_na))
    assert np.allclose(r.g_k, p.g_k * r.n**4)
    assert r.t[-1] == pytest.approx(10.0) and r.t[1] == pytest.approx(0.025)


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        (dict(duration=0.0), "duration"),
        (dict(duration=10.0, stimulus=float("nan")), "stimulus"),
        (dict(duration=10.0, g_na=-1.0), "g_na"),
        (dict(duration=10.0, c_m=0.0), "c_m"),
        (dict(duration=10.0, temperature=0.0), "temperature"),
        (dict(duration=10.0, dt=-0.1), "dt"),
        (dict(duration=10.0, bogus=1.0), "overrides"),
        (dict(duration=10.0, initial_gates=(0.1, 2.0, 0.3)), "initial_gates"),
        (dict(duration=1.0, stimulus=lambda t: float("inf")), "stimulus"),
    ],
)
def test_bad_input(kwargs, match):
    with pytest.raises(ValueError, match=match):
        hodgkin_huxley(**kwargs)


def test_parameters_are_validated():
    with pytest.raises(ValueError, match="q10"):
        HHParameters(q10=0.0)
