"""GHK current, voltage and weights: references, limits, symmetries, properties."""

import numpy as np
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from membrane_widgets.physics import (
    FARADAY,
    chord_conductance_potential,
    ghk_chord_conductance,
    ghk_current,
    ghk_summary,
    ghk_voltage,
    ghk_weights,
    nernst_potential,
)
from tests import reference

SQUID_IN, SQUID_OUT, SQUID_Z = [400.0, 50.0, 40.0], [10.0, 460.0, 540.0], [1, 1, -1]
SQUID_T = 291.15

conc = st.floats(min_value=1e-4, max_value=1e3)
perm = st.floats(min_value=1e-4, max_value=1e2)
volts = st.floats(min_value=-200.0, max_value=200.0)
valence = st.sampled_from([-2, -1, 1, 2])


def ion_sets(min_size=1, max_size=5, valences=valence):
    return st.lists(st.tuples(perm, conc, conc, valences), min_size=min_size, max_size=max_size)


def unpack(ions):
    p, c_in, c_out, z = (np.array(col, dtype=float) for col in zip(*ions, strict=True))
    return p, c_in, c_out, z


# --- current -------------------------------------------------------------------------------


def test_current_at_zero_volts_is_the_exact_limit():
    # P z F (c_in - c_out), with P cm/s and c mM giving uA/cm^2
    assert ghk_current(0.0, 1e-6, 140.0, 5.0, 1) == pytest.approx(1e-6 * FARADAY * 135.0)
    assert ghk_current(0.0, 1e-6, 1e-4, 2.0, 2) == pytest.approx(1e-6 * 2 * FARADAY * (1e-4 - 2))


@pytest.mark.parametrize("v", [1e-12, -1e-12, 1e-6, -1e-6, 1e-3])
def test_current_is_continuous_through_zero(v):
    assert ghk_current(v, 1e-6, 140.0, 5.0, 1) == pytest.approx(
        reference.ghk_current(v, 1e-6, 140.0, 5.0, 1), rel=1e-12
    )


@given(volts, st.floats(1e-8, 1e-4), conc, conc, valence)
def test_current_matches_high_precision_reference(v, p, c_in, c_out, z):
    expected = reference.ghk_current(v, p, c_in, c_out, z)
    assert ghk_current(v, p, c_in, c_out, z) == pytest.approx(expected, rel=1e-9, abs=1e-12)


def test_current_finite_far_from_rest():
    v = np.linspace(-2000.0, 2000.0, 4001)
    for z in (-2, -1, 1, 2):
        i = ghk_current(v, 1e-6, 140.0, 5.0, z)
        assert np.all(np.isfinite(i))
        assert np.all(np.diff(i) > 0)  # strictly increasing in V


def test_current_vanishes_at_nernst_and_is_outward_above_it():
    e = nernst_potential(5.0, 140.0, 1)
    assert abs(ghk_current(e, 1e-6, 140.0, 5.0, 1)) < 1e-12
    assert ghk_current(e + 10, 1e-6, 140.0, 5.0, 1) > 0
    assert ghk_current(e - 10, 1e-6, 140.0, 5.0, 1) < 0


def test_current_iv_curve_shape():
    v = np.linspace(-100, 50, 7)[:, None]
    i = ghk_current(v, np.array([1e-6, 4e-8]), np.array([140.0, 15.0]), [5.0, 145.0], [1, 1])
    assert i.shape == (7, 2)


# --- voltage -------------------------------------------------------------------------------


def test_squid_axon_rest_and_peak_hodgkin_katz():
    rest = ghk_voltage([1, 0.04, 0.45], SQUID_IN, SQUID_OUT, SQUID_Z, SQUID_T)
    peak = ghk_voltage([1, 20, 0.45], SQUID_IN, SQUID_OUT, SQUID_Z, SQUID_T)
    assert rest == pytest.approx(-66.03, abs=0.01)
    assert peak == pytest.approx(43.30, abs=0.01)
    e_na = nernst_potential(SQUID_OUT[1], SQUID_IN[1], 1, SQUID_T)
    assert rest < peak < e_na


def test_neuron_near_minus_seventy():
    v = ghk_voltage([1, 0.03, 0.1], [140, 15, 10], [5, 145, 110], [1, 1, -1])
    assert -75 < v < -65


def test_mixed_valence_matches_high_precision_root():
    p, c_in, c_out, z = [1, 0.04, 0.45, 0.5], [140, 15, 10, 1e-4], [5, 145, 110, 2], [1, 1, -1, 2]
    expected = reference.ghk_voltage(p, c_in, c_out, z)
    assert ghk_voltage(p, c_in, c_out, z) == pytest.approx(expected, abs=1e-9)


@given(ion_sets(min_size=1, max_size=5, valences=st.sampled_from([-2, -1, 1, 2])))
def test_divalent_closed_form_matches_high_precision_root(ions):
    p, c_in, c_out, z = unpack(ions)
    expected = reference.ghk_voltage(p, c_in, c_out, z)
    assert ghk_voltage(p, c_in, c_out, z) == pytest.approx(expected, abs=1e-9)


@given(ion_sets(min_size=2, max_size=4, valences=st.sampled_from([-3, -1, 1, 2, 3])))
def test_iterative_root_matches_high_precision_root(ions):
    p, c_in, c_out, z = unpack(ions)
    expected = reference.ghk_voltage(p, c_in, c_out, z)
    assert ghk_voltage(p, c_in, c_out, z) == pytest.approx(expected, abs=1e-8)


@given(ion_sets(max_size=4, valences=st.sampled_from([-1, 1])))
def test_root_finder_agrees_with_closed_form(ions):
    p, c_in, c_out, z = unpack(ions)
    closed = ghk_voltage(p, c_in, c_out, z)
    # an impermeant ion changes nothing physically but selects another solver:
    # Ca2+ the quadratic closed form, a trivalent ion the bracketed iteration
    for extra_z in (2, 3):
        forced = ghk_voltage(
            np.append(p, 0.0), np.append(c_in, 1e-4), np.append(c_out, 2.0), np.append(z, extra_z)
        )
        assert forced == pytest.approx(closed, abs=1e-8)


@given(ion_sets())
def test_vm_lies_between_the_nernst_potentials(ions):
    p, c_in, c_out, z = unpack(ions)
    e = nernst_potential(c_out, c_in, z)
    v = ghk_voltage(p, c_in, c_out, z)
    assert e.min() - 1e-9 <= v <= e.max() + 1e-9


@given(ion_sets())
def test_net_current_is_zero_at_vm(ions):
    p, c_in, c_out, z = unpack(ions)
    v = ghk_voltage(p, c_in, c_out, z)
    currents = ghk_current(v, p * 1e-6, c_in, c_out, z)
    # the scale: how much current a 10 mV error in V would make (the membrane's slope), so
    # the test also holds when every ion is near equilibrium and each current is tiny
    slope = np.abs(ghk_current(v + 10.0, p * 1e-6, c_in, c_out, z)
                   - ghk_current(v - 10.0, p * 1e-6, c_in, c_out, z))
    assert abs(np.sum(currents)) <= 1e-7 * np.sum(slope)


@given(ion_sets(), st.floats(1e-3, 1e3))
def test_only_permeability_ratios_matter(ions, k):
    p, c_in, c_out, z = unpack(ions)
    assert ghk_voltage(k * p, c_in, c_out, z) == pytest.approx(
        ghk_voltage(p, c_in, c_out, z), abs=1e-8
    )


@given(ion_sets())
def test_swapping_sides_flips_the_sign(ions):
    p, c_in, c_out, z = unpack(ions)
    flipped = ghk_voltage(p, c_out, c_in, z)
    assert flipped == pytest.approx(-ghk_voltage(p, c_in, c_out, z), abs=1e-8)


@given(ion_sets(min_size=2), st.integers(0, 4))
def test_one_dominant_permeability_gives_its_nernst_potential(ions, k):
    p, c_in, c_out, z = unpack(ions)
    k = k % len(p)
    e = nernst_potential(c_out[k], c_in[k], z[k])

    def deviation(minor):
        q = np.full_like(p, minor)
        q[k] = 1.0
        return abs(ghk_voltage(q, c_in, c_out, z) - e)

    # GHK -> Nernst: the others' pull vanishes in proportion to their permeability
    assert deviation(1e-15) <= 1.01e-3 * deviation(1e-12) + 1e-9
    assert deviation(1e-15) < 1e-3


def test_root_within_rounding_of_a_bracket_end():
    # the 1e-15 ion's pull is ~1e-12 mV: below the rounding of the net current at E_0
    # (valence -3 so that the bracketed iteration, not a closed form, is used)
    v = ghk_voltage([1.0, 1e-15], [1.0, 0.5], [1e-4, 1e-4], [-3, -3])
    assert v == pytest.approx(nernst_potential(1e-4, 1.0, -3), abs=1e-9)


def test_single_ion_gives_exactly_its_nernst_potential():
    assert ghk_voltage([1.0], [140.0], [5.0], [1]) == pytest.approx(
        nernst_potential(5.0, 140.0, 1), abs=1e-12
    )
    assert ghk_voltage([0.0, 3.0], [140.0, 1e-4], [5.0, 2.0], [1, 2]) == pytest.approx(
        nernst_potential(2.0, 1e-4, 2), abs=1e-12
    )


def test_vectorised_over_conditions_and_temperature():
    rng = np.random.default_rng(1)
    p = rng.uniform(0.01, 1.0, size=(50, 4))
    c_in = np.array([140, 15, 10, 1e-4])
    c_out = np.array([5, 145, 110, 2.0])
    z = np.array([1, 1, -1, 2])
    t = np.linspace(280, 320, 50)
    v = ghk_voltage(p, c_in, c_out, z, t)
    assert v.shape == (50,)
    for i in (0, 17, 49):
        assert v[i] == pytest.approx(ghk_voltage(p[i], c_in, c_out, z, t[i]), abs=1e-9)


# --- weights -------------------------------------------------------------------------------


@given(ion_sets())
def test_weights_are_a_convex_combination_reproducing_vm(ions):
    p, c_in, c_out, z = unpack(ions)
    w = ghk_weights(p, c_in, c_out, z)
    assert np.all(w >= 0)
    assert np.sum(w) == pytest.approx(1.0, abs=1e-12)
    e = nernst_potential(c_out, c_in, z)
    assume(np.ptp(e) < 1e4)
    assert np.sum(w * e) == pytest.approx(ghk_voltage(p, c_in, c_out, z), abs=1e-8)


@pytest.mark.parametrize(("scale", "rel"), [(1.0, 1e-12), (1e306, 1e-11), (1e-306, 1e-11)])
def test_weights_and_potential_match_a_40_digit_reference(scale, rel):
    """Random mixed-valence membranes, 1e-4..1e3 mM; `scale` takes the permeabilities to
    where the conductances overflow or underflow, so that most votes come from the log
    form (whose exp() of a log near 700 carries a few 1e-13 of relative error) and the
    quadratic of mixed valences is scaled (its b*b and 4ac underflowed near 1e-308)."""
    rng = np.random.default_rng(7)
    for _ in range(40):
        n = int(rng.integers(2, 5))
        p = 10.0 ** rng.uniform(-3, 1, n) * scale
        c_in, c_out = 10.0 ** rng.uniform(-4, 3, n), 10.0 ** rng.uniform(-4, 3, n)
        z = rng.choice([-2, -1, 1, 2], n).astype(float)
        if rng.random() < 0.3:
            p[0] = 0.0  # an impermeant ion: no vote
        ref = reference.ghk_weights(p, c_in, c_out, z)
        assert ghk_weights(p, c_in, c_out, z) == pytest.approx(ref, rel=rel, abs=1e-15)
        v = reference.ghk_voltage(p, c_in, c_out, z)
        assert ghk_voltage(p, c_in, c_out, z) == pytest.approx(v, abs=1e-9)


def test_weights_of_the_squid_axon_flip_at_the_spike():
    rest = ghk_weights([1, 0.04, 0.45], SQUID_IN, SQUID_OUT, SQUID_Z, SQUID_T)
    peak = ghk_weights([1, 20, 0.45], SQUID_IN, SQUID_OUT, SQUID_Z, SQUID_T)
    assert rest[1] < 0.15 < 0.7 < peak[1]
    assert np.argmax(peak) == 1


def test_impermeant_ion_has_no_vote():
    w = ghk_weights([1.0, 0.0, 0.5], [140, 15, 10], [5, 145, 110], [1, 1, -1])
    assert w[1] == 0.0


def test_weights_match_chord_conductances_and_parallel_model():
    p = np.array([1, 0.04, 0.45, 0.2]) * 1e-6
    c_in, c_out, z = [140, 15, 10, 1e-4], [5, 145, 110, 2], [1, 1, -1, 2]
    v = ghk_voltage(p, c_in, c_out, z)
    g = ghk_chord_conductance(v, p, c_in, c_out, z)
    assert np.allclose(ghk_weights(p, c_in, c_out, z), g / g.sum(), rtol=1e-10)
    e = nernst_potential(np.array(c_out), np.array(c_in), np.array(z))
    assert chord_conductance_potential(g, e) == pytest.approx(v, abs=1e-8)


@given(volts, st.floats(1e-8, 1e-4), conc, conc, valence)
def test_chord_conductance_times_driving_force_is_the_current(v, p, c_in, c_out, z):
    e = nernst_potential(c_out, c_in, z)
    assume(abs(v - e) > 1e-3)
    g = ghk_chord_conductance(v, p, c_in, c_out, z)
    assert g * (v - e) == pytest.approx(ghk_current(v, p, c_in, c_out, z), rel=1e-9, abs=1e-12)


def test_chord_conductance_at_reversal_is_the_slope_limit():
    e = nernst_potential(5.0, 140.0, 1)
    g = ghk_chord_conductance(e, 1e-6, 140.0, 5.0, 1)
    h = 1e-4
    up, down = (ghk_current(e + s, 1e-6, 140.0, 5.0, 1) for s in (h, -h))
    slope = (up - down) / (2 * h)
    assert g == pytest.approx(slope, rel=1e-7)


def test_parallel_conductance_model():
    assert chord_conductance_potential([10.0, 0.5], [-95.0, 55.0]) == pytest.approx(
        (10 * -95 + 0.5 * 55) / 10.5
    )
    assert chord_conductance_potential([[1, 0], [0, 1]], [-90, 60]).tolist() == [-90.0, 60.0]


@given(ion_sets(), st.floats(250.0, 350.0))
def test_summary_equals_the_separate_functions(ions, t):
    p, c_in, c_out, z = unpack(ions)
    s = ghk_summary(p, c_in, c_out, z, t)
    assert s.vm == pytest.approx(ghk_voltage(p, c_in, c_out, z, t), abs=1e-12)
    assert np.allclose(s.reversal, nernst_potential(c_out, c_in, z, t), rtol=1e-13, atol=1e-12)
    assert np.allclose(s.weights, ghk_weights(p, c_in, c_out, z, t), rtol=1e-12, atol=1e-15)
