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

__all__ = ["ln_microstates", "entropy_change_per_transfer", "LatticeResult", "lattice_gas"]


def _ln_binomial(n, k):
    return _gammaln(n + 1.0) - _gammaln(k + 1.0) - _gammaln(n - k + 1.0)


def _check_counts(n_left, n_total, sites_left, sites_right):
    n_left, n_total = _np.asarray(n_left), _np.asarray(n_total)
    sites_left, sites_right = _np.asarray(sites_left), _np.asarray(sites_right)
    for name, arr in (("n_left", n_left), ("n_total", n_total),
                      ("sites_left", sites_left), ("sites_right", sites_right)):
        if not _np.all((arr >= 0) & (arr == _np.round(arr))):
            raise ValueError(f"{name} must be whole numbers >= 0, got {arr!r}")
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
    ValueError
        If the counts are not whole numbers >= 0 or the particles do not fit.

    Examples
    --------
    Two particles on 2 + 2 sites, one each side: 2 x 2 = 4 arrangements.

    >>> print(f"{ln_microstates(1, 2, 2, 2):.6f}")
    1.386294
    """
    n_left, n_total, ml, mr = _check_counts(n_left, n_total, sites_left, sites_right)
    return _np.asarray(_ln_binomial(ml, n_left) + _ln_binomial(mr, n_total - n_left))[()]


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
    ValueError
        If `n_left` < 1 or the counts are invalid.

    Examples
    --------
    >>> print(f"{entropy_change_per_transfer(100, 110, 10**6, 10**6):.4f}")
    2.2074
    """
    n_left = _np.asarray(n_left)
    if _np.any(n_left < 1):
        raise ValueError(f"n_left must be >= 1 to move a particle, got {n_left!r}")
    n_left, n_total, ml, mr = _check_counts(n_left, n_total, sites_left, sites_right)
    n_right = n_total - n_left
    if _np.any(n_right >= mr):
        raise ValueError("sites_right must have a free site to receive the particle")
    # the ratio of binomials in closed form (differencing two log-gammas of ~1e13
    # would lose the answer to rounding)
    n_left, n_right = n_left.astype(float), n_right.astype(float)
    leave = _np.log(n_left) - _np.log(ml - n_left + 1.0)
    arrive = _np.log(mr - n_right) - _np.log(n_right + 1.0)
    return _np.asarray(leave + arrive)[()]


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
    ValueError
        If the particles do not fit in the left half or an argument is not a
        positive whole number.

    Examples
    --------
    >>> r = lattice_gas(seed=0)
    >>> int(r.n_left[0]), bool(r.ln_omega[-1] > r.ln_omega[0])
    (40, True)
    """
    rows, cols = (int(s) for s in shape)
    if rows < 1 or cols < 2 or cols % 2:
        raise ValueError(f"shape must be (rows >= 1, even columns >= 2), got {shape!r}")
    half = rows * cols // 2
    for name, value in (("n_particles", n_particles), ("n_frames", n_frames)):
        if int(value) != value or value < 1:
            raise ValueError(f"{name} must be a whole number >= 1, got {value!r}")
    if n_particles > half:
        raise ValueError(f"n_particles must fit in the left half ({half} sites), got {n_particles}")
    hops = n_particles if hops_per_frame is None else int(hops_per_frame)
    if hops < 1:
        raise ValueError(f"hops_per_frame must be >= 1, got {hops_per_frame!r}")
    rng = _np.random.default_rng(seed)
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
