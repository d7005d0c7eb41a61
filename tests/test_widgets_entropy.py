"""EntropyOfMixing: a lattice gas spreads, ln Ω rises, and ΔS per transfer ≈ ln(c_L/c_R)."""

import math

import numpy as np
import pytest

from membrane_widgets import physics
from membrane_widgets.widgets import EntropyOfMixing
from membrane_widgets.widgets._entropy_of_mixing import N_FRAMES
from tests.widget_text import BAD_NUMBER

HALF = 100  # sites per half of the default 10 x 20 lattice


def _html(em):
    return [em.counts.value, em.entropy_readout.value, em.transfer_readout.value,
            em.explanation.value]


def _two_decimals(x):
    return f"{abs(x):.2f}" if x >= 0 else f"−{abs(x):.2f}"


def test_builds_with_no_arguments_packed_in_the_left_half():
    em = EntropyOfMixing()
    assert em.frame.value == 0 and em.play.max == N_FRAMES - 1 == 200
    assert np.all(em.particles.x < 10) and len(em.particles.x) == 40
    assert "<b>40</b> particles left, <b>0</b> right" in em.counts.value
    ln0 = physics.ln_microstates(40, 40, HALF, HALF)
    assert f"ln Ω = <b>{ln0:.2f}</b>" in em.entropy_readout.value
    assert em.trace.y.tolist() == pytest.approx([ln0])
    assert "undefined" in em.transfer_readout.value  # the right half is empty
    assert "Ω counts arrangements" in em.explanation.value
    assert "astronomically larger" in em.explanation.value


def test_moving_the_step_slider_moves_the_particles_and_the_trace():
    em = EntropyOfMixing()
    r = em.result
    for f in (1, 60, 200):
        em.frame.value = f
        np.testing.assert_array_equal(em.particles.x, r.positions[f, :, 1])
        np.testing.assert_array_equal(em.particles.y, r.positions[f, :, 0])
        assert em.trace.x.tolist() == list(range(f + 1))
        np.testing.assert_allclose(em.trace.y, r.ln_omega[:f + 1])
        n_left = int(r.n_left[f])
        assert f"<b>{n_left}</b> particles left, <b>{40 - n_left}</b> right" in em.counts.value
        assert f"step {f}" in em.counts.value
    assert em.result is r  # frames never recompute


def test_play_drives_the_step_slider():
    em = EntropyOfMixing()
    em.play.value = 42
    assert em.frame.value == 42 and len(em.trace.y) == 43


def test_entropy_rises_on_average_and_ends_above_the_start():
    em = EntropyOfMixing()
    em.frame.value = N_FRAMES - 1
    ln_omega = em.trace.y
    assert np.mean(np.diff(ln_omega)) > 0  # non-decreasing on average
    assert ln_omega[-1] > ln_omega[0] + 20
    assert ln_omega[-50:].mean() > ln_omega[:50].mean()
    assert np.all(ln_omega <= em.ln_omega_max + 1e-9)
    n = np.arange(41)
    assert em.ln_omega_max == pytest.approx(physics.ln_microstates(n, 40, HALF, HALF).max())
    assert em.max_line.y.tolist() == pytest.approx([em.ln_omega_max] * 2)


def test_readouts_give_s_in_j_per_k_and_the_transfer_entropy():
    em = EntropyOfMixing()
    em.frame.value = 120
    r = em.result
    n_left = int(r.n_left[120])
    n_right = 40 - n_left
    assert n_right > 0
    s = physics.BOLTZMANN * r.ln_omega[120]
    mantissa = f"{s / 1e-21:.2f}"
    assert f"<b>{mantissa}×10⁻²¹ J/K</b>" in em.entropy_readout.value
    ds = physics.entropy_change_per_transfer(n_left, 40, HALF, HALF)
    assert f"ΔS/k<sub>B</sub> = <b>{_two_decimals(ds)}</b>" in em.transfer_readout.value
    assert f"= {_two_decimals(math.log(n_left / n_right))}" in em.transfer_readout.value
    dg = -physics.BODY_TEMPERATURE * physics.BOLTZMANN * ds * physics.AVOGADRO
    sign = "−" if dg < 0 else "+"
    assert f"<b>{sign}{abs(dg) / 1e3:.2f} kJ/mol</b>" in em.transfer_readout.value
    assert "37.0 °C" in em.transfer_readout.value


def test_transfer_entropy_is_the_physics_and_near_ln_concentration_ratio_when_dilute():
    em = EntropyOfMixing(n_particles=100, shape=(20, 40), seed=0)  # at most 1/8 of the sites
    r = em.result
    np.testing.assert_allclose(
        em.delta_s, physics.entropy_change_per_transfer(r.n_left, 100, 400, 400))
    late = slice(100, None)  # both halves hold 10 or more particles
    n_left = r.n_left[late]
    assert np.all((n_left >= 10) & (n_left <= 90))
    np.testing.assert_allclose(em.delta_s[late], np.log(n_left / (100 - n_left)), atol=0.15)
    assert int(em.lattice_figure.layout.width.removesuffix("px")) <= 610  # fits the page


def test_no_particle_left_to_move_is_said_in_words():
    em = EntropyOfMixing(n_particles=1, shape=(2, 4), seed=0)
    empty = np.flatnonzero(em.result.n_left == 0)
    assert empty.size > 0
    em.frame.value = int(empty[0])
    assert em.transfer_readout.value == "No particle is left on the left to move."


def test_new_run_increments_the_seed_and_is_reproducible():
    a = EntropyOfMixing()
    a.frame.value = 90
    first = a.result.positions.copy()
    a.new_run_button.click()
    assert a.seed == 1 and a.frame.value == 0
    assert not np.array_equal(a.result.positions, first)
    b = EntropyOfMixing(seed=1)
    np.testing.assert_array_equal(a.result.positions, b.result.positions)
    a.frame.value = b.frame.value = 150
    np.testing.assert_array_equal(a.particles.x, b.particles.x)
    assert _html(a) == _html(b)
    assert "Run 1" in a.counts.value


def test_bad_arguments_are_refused_by_name():
    with pytest.raises(ValueError, match="n_particles"):
        EntropyOfMixing(n_particles=150)
    with pytest.raises(ValueError, match="shape"):
        EntropyOfMixing(shape=(10, 21))


def test_no_nan_or_inf_at_any_frame():
    for kwargs in ({}, {"n_particles": 1, "shape": (2, 4)}, {"n_particles": 100}):
        em = EntropyOfMixing(**kwargs)
        for f in range(0, N_FRAMES, 10):
            em.frame.value = f
            assert not any(BAD_NUMBER.search(h) for h in _html(em)), _html(em)
