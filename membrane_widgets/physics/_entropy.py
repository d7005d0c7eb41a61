r"""Where RT ln c comes from: counting microstates of particles on a lattice.

N identical particles sit on a lattice split into a left part of M_L sites and
a right part of M_R sites. The number of arrangements with n particles on the
left is

.. math:: \Omega(n) = \binom{M_L}{n}\binom{M_R}{N - n}, \qquad S = k_B \ln\Omega.

Moving one particle from left to right changes the entropy by
:math:`\Delta S = k_B \ln[\Omega(n-1)/\Omega(n)]`, which in the dilute limit is
:math:`k_B \ln(c_L / c_R)` with :math:`c = n/M`: per mole,
:math:`\Delta G = -T\Delta S = RT\ln(c_R/c_L)`, the concentration term of the
chemical potential.
"""

import dataclasses as _dc

import numpy as _np
from scipy.special import gammaln as _gammaln

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import GAS_CONSTANT as _R
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import counts as _counts
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import seed as _seed
from membrane_widgets.physics._validate import temperature as _temperature
from membrane_widgets.physics._validate import whole_number as _whole_number

__all__ = ["ln_microstates", "entropy_change_per_transfer", "free_energy_from_entropy",
           "LatticeResult", "lattice_gas"]

_COUNT_NAMES = ("n_left", "n_total", "sites_left", "sites_right")
# lattice_gas does bounded work: at most this many sites, attempted hops and recorded positions
_MAX_SITES = 1_000_000
_MAX_HOPS = 2_000_000
_MAX_RECORDED = 5_000_000


def _ln_binomial(n, k):
    return _gammaln(n + 1.0) - _gammaln(k + 1.0) - _gammaln(n - k + 1.0)


def _check_counts(n_left, n_total, sites_left, sites_right):
    arrays = [_counts(name, value) for name, value in
              zip(_COUNT_NAMES, (n_left, n_total, sites_left, sites_right), strict=True)]
    _broadcast(*zip(_COUNT_NAMES, arrays, strict=True))
    n_left, n_total, sites_left, sites_right = arrays
    if _np.any(n_left > sites_left) or _np.any(n_left > n_total):
        raise ValueError("n_left must not exceed sites_left or n_total")
    if _np.any(n_total - n_left > sites_right):
        raise ValueError("n_total - n_left particles do not fit on sites_right")
    return n_left, n_total, sites_left, sites_right


def ln_microstates(n_left, n_total, sites_left, sites_right):
    """Return ln Omega, the log of the number of arrangements (S / k_B, unitless).

    Parameters
    ----------
    n_left : array_like of int
        Particles on the left.
    n_total : array_like of int
        All particles.
    sites_left, sites_right : array_like of int
        Lattice sites on each side.

    Returns
    -------
    numpy.ndarray or numpy.float64
        ln Omega (exact, via log-gamma).

    Raises
    ------
    TypeError
        If a count is not a real number.
    ValueError
        If the counts are not whole numbers >= 0, do not broadcast together,
        the particles do not fit, or ln Omega is beyond what a double can hold
        (lattices of more than about 1e305 sites).

    Examples
    --------
    Two particles on 2 + 2 sites, one each side: 2 x 2 = 4 arrangements.

    >>> print(f"{ln_microstates(1, 2, 2, 2):.6f}")
    1.386294
    """
    n_left, n_total, ml, mr = _check_counts(n_left, n_total, sites_left, sites_right)
    with _np.errstate(invalid="ignore"):
        ln_omega = _ln_binomial(ml, n_left) + _ln_binomial(mr, n_total - n_left)
    return _np.asarray(_finite_result(("sites_left", "sites_right"), ln_omega))[()]


def entropy_change_per_transfer(n_left, n_total, sites_left, sites_right):
    """Return Delta S / k_B for moving one particle from left to right.

    Parameters
    ----------
    n_left : array_like of int
        Particles on the left before the move (>= 1).
    n_total, sites_left, sites_right : array_like of int
        As :func:`ln_microstates`.

    Returns
    -------
    numpy.ndarray or numpy.float64
        ln Omega(n_left - 1) - ln Omega(n_left) (unitless), exactly
        ln[n_L / (M_L - n_L + 1)] + ln[(M_R - n_R) / (n_R + 1)]; positive when the
        move is towards the lower concentration. Tends to ln(c_L / c_R) for
        dilute particles.

    Raises
    ------
    TypeError
        If a count is not a real number.
    ValueError
        If `n_left` < 1 or the counts are invalid.

    See Also
    --------
    free_energy_from_entropy : the free energy per mole of this entropy change.

    Examples
    --------
    >>> print(f"{entropy_change_per_transfer(100, 110, 10**6, 10**6):.4f}")
    2.2074
    """
    n_left, n_total, ml, mr = _check_counts(n_left, n_total, sites_left, sites_right)
    if _np.any(n_left < 1):
        raise ValueError("n_left must be >= 1 to move a particle")
    n_right = n_total - n_left
    if _np.any(n_right >= mr):
        raise ValueError("sites_right must have a free site to receive the particle")
    # the ratio of binomials in closed form (differencing two log-gammas of ~1e13
    # would lose the answer to rounding)
    n_left, n_right = n_left.astype(float), n_right.astype(float)
    leave = _np.log(n_left) - _np.log(ml - n_left + 1.0)
    arrive = _np.log(mr - n_right) - _np.log(n_right + 1.0)
    return _np.asarray(leave + arrive)[()]


def free_energy_from_entropy(delta_s, temperature=_BODY_T):
    r"""Return the free energy per mole of an entropy change per particle, J/mol.

    A move that changes the entropy by :math:`\Delta S` at constant energy
    changes the free energy by :math:`\Delta G = -T\Delta S`; per mole of
    such moves (one per particle), with :math:`\Delta S` counted in units of
    :math:`k_B`, this is :math:`-RT\,(\Delta S/k_B)` since :math:`R = N_A k_B`.

    Parameters
    ----------
    delta_s : array_like
        Entropy change of one move of one particle, in units of k_B
        (unitless, finite), e.g. from :func:`entropy_change_per_transfer`.
    temperature : array_like, optional
        Absolute temperature, K (200-500). Default 310.15 K (37 degrees
        Celsius).

    Returns
    -------
    numpy.ndarray or numpy.float64
        Delta G, J/mol: negative for a move that raises the entropy (it runs
        by itself); the arguments broadcast together.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `delta_s` is not finite, `temperature` is outside 200-500 K, the
        arguments do not broadcast, or Delta G is beyond what a double can
        hold.

    See Also
    --------
    entropy_change_per_transfer : Delta S / k_B of moving one particle.

    Notes
    -----
    .. math:: \Delta G = -T\,\Delta S\,N_A = -RT\,\frac{\Delta S}{k_B}

    In the dilute limit :math:`\Delta S/k_B = \ln(c_L/c_R)`, so this is
    :math:`RT\ln(c_R/c_L)`, the concentration term of the chemical potential.

    Examples
    --------
    Moving particles from a side 10 times more concentrated, at 37 degrees
    Celsius: ln 10 = 2.303 k_B gained per particle, -5.94 kJ/mol.

    >>> print(f"{free_energy_from_entropy(2.302585, 310.15):.0f}")
    -5938
    """
    ds = _finite("delta_s", delta_s)
    t = _temperature("temperature", temperature)
    _broadcast(("delta_s", ds), ("temperature", t))
    with _np.errstate(over="ignore"):
        dg = -_R * t * ds
    return _np.asarray(_finite_result("delta_s", dg))[()]


@_dc.dataclass(frozen=True)
class LatticeResult:
    """A lattice-gas run.

    Attributes
    ----------
    n_left : numpy.ndarray, shape (n_frames,)
        Particles in the left half at each frame.
    ln_omega : numpy.ndarray, shape (n_frames,)
        S / k_B at each frame.
    positions : numpy.ndarray, shape (n_frames, n_particles, 2)
        Particle (row, column) at each frame.
    shape : tuple of int
        Lattice (rows, columns); the left half is columns < columns // 2.
    """

    n_left: _np.ndarray
    ln_omega: _np.ndarray
    positions: _np.ndarray
    shape: tuple


def lattice_gas(n_particles=40, shape=(10, 20), n_frames=100, hops_per_frame=None, seed=None):
    """Let particles that start packed in the left half hop at random until they spread.

    Each hop picks a random particle and a random neighbouring site (up, down,
    left, right); the hop happens if the site is on the lattice and empty.

    Parameters
    ----------
    n_particles : int, optional
        Number of particles (<= half the sites). Default 40.
    shape : tuple of int, optional
        Lattice (rows, columns), columns even. Default (10, 20).
    n_frames : int, optional
        Frames recorded, including the start. Default 100.
    hops_per_frame : int, optional
        Attempted hops between frames. Default: one per particle.
    seed : int or numpy.random.Generator, optional
        Seed for reproducible runs.

    Returns
    -------
    LatticeResult
        Occupation of the left half, ln Omega and positions per frame.

    Raises
    ------
    TypeError
        If an argument is not a number (`seed`: not None, a whole number or a
        Generator; `shape`: not a pair).
    ValueError
        If the particles do not fit in the left half, an argument is not a
        positive whole number, or the run would be too large: more than a
        million sites, two million attempted hops or five million recorded
        positions (n_frames x n_particles).

    Examples
    --------
    >>> r = lattice_gas(seed=0)
    >>> int(r.n_left[0]), bool(r.ln_omega[-1] > r.ln_omega[0])
    (40, True)
    """
    try:
        pair = [] if isinstance(shape, (str, bytes)) else list(shape)
    except TypeError:
        pair = []
    if len(pair) != 2:
        raise TypeError(f"shape must be a pair (rows, columns), got {shape!r}")
    rows = _whole_number("shape", pair[0], minimum=1)
    cols = _whole_number("shape", pair[1], minimum=2)
    if cols % 2 or rows * cols > _MAX_SITES:
        raise ValueError(f"shape must be (rows >= 1, even columns >= 2) with at most "
                         f"{_MAX_SITES} sites, got {shape!r}")
    half = rows * cols // 2
    n_particles = _whole_number("n_particles", n_particles, minimum=1)
    n_frames = _whole_number("n_frames", n_frames, minimum=1)
    if n_particles > half:
        raise ValueError(f"n_particles must fit in the left half of the lattice of shape "
                         f"{(rows, cols)} ({half} sites), got {n_particles}")
    hops = n_particles if hops_per_frame is None else _whole_number(
        "hops_per_frame", hops_per_frame, minimum=1)
    if (n_frames - 1) * hops > _MAX_HOPS or n_frames * n_particles > _MAX_RECORDED:
        raise ValueError(
            f"n_frames ({n_frames}) x hops_per_frame ({hops}) must be at most {_MAX_HOPS} "
            f"hops, and n_frames x n_particles ({n_particles}) at most {_MAX_RECORDED} "
            "recorded positions")
    rng = _seed("seed", seed)
    left_sites = _np.array([(r, c) for c in range(cols // 2) for r in range(rows)])
    pos = left_sites[rng.choice(half, size=n_particles, replace=False)]
    occupied = _np.zeros((rows, cols), dtype=bool)
    occupied[pos[:, 0], pos[:, 1]] = True
    steps = _np.array([(-1, 0), (1, 0), (0, -1), (0, 1)])
    frames = _np.empty((n_frames, n_particles, 2), dtype=int)
    frames[0] = pos
    for f in range(1, n_frames):
        who = rng.integers(n_particles, size=hops)
        where = steps[rng.integers(4, size=hops)]
        for i, d in zip(who, where, strict=True):
            r, c = pos[i] + d
            if 0 <= r < rows and 0 <= c < cols and not occupied[r, c]:
                occupied[pos[i, 0], pos[i, 1]] = False
                occupied[r, c] = True
                pos[i] = (r, c)
        frames[f] = pos
    n_left = _np.sum(frames[:, :, 1] < cols // 2, axis=1)
    return LatticeResult(
        n_left=n_left, ln_omega=ln_microstates(n_left, n_particles, half, half),
        positions=frames, shape=(rows, cols),
    )
