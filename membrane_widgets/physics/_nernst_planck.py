r"""The stationary electroneutral Nernst-Planck junction: the solver behind the LJP.

Private to :mod:`membrane_widgets.physics._ljp`, which validates the solutions,
balances their charge and calls :func:`junction_potential`. Along a junction
:math:`0 \le x \le 1` (pipette at 0, bath at 1), with potential :math:`\phi`
in units of RT/F, mobilities :math:`u_i` and valences :math:`z_i`,

.. math::

    J_i = -u_i\left(\frac{dc_i}{dx} + z_i c_i \frac{d\phi}{dx}\right)
    \ \text{constant},\qquad
    \sum_i z_i c_i = 0,\qquad \sum_i z_i J_i = 0.

In the variable :math:`d\tau = dx / \sum_k z_k^2 c_k` the equations are linear
with constant coefficients, :math:`dc/d\tau = M(J)\, c`, so the bath
concentrations are :math:`\exp(M\tau_1)` times the pipette ones; the flux
integrals :math:`K_i = J_i\tau_1` are found with :func:`scipy.optimize.root`
(Marino, Misuri & Brogioli 2014; see :func:`liquid_junction_potential`).
"""

import numpy as _np
from scipy import linalg as _linalg
from scipy import optimize as _optimize

__all__: list[str] = []

# The Nernst-Planck solution is accepted when every bath concentration is
# matched to this fraction of the typical concentration (about 1e-9 mM at
# 100 mM), i.e. far below anything that shows in the potential.
_NP_RESIDUAL_TOL = 1e-11
# Points along the junction at which the solution is checked to be physical.
_NP_PROFILE_POINTS = 32


class NotConverged(ValueError):
    """The solver found no physical solution for this pair of solutions."""


def junction_potential(z, u, c_pip, c_bath):
    """Return the junction potential, bath minus pipette, in units of RT/F.

    Parameters
    ----------
    z, u : numpy.ndarray, shape (n,)
        Valences and mobilities (relative to K+) of the ions.
    c_pip, c_bath : numpy.ndarray, shape (n,)
        Concentrations on each side, mM: both sides electroneutral and not
        empty, every ion present on at least one side.

    Returns
    -------
    float
        The junction potential, RT/F units.

    Raises
    ------
    NotConverged
        (a ValueError) if the solver finds no physical solution.
    """
    # concentrations in units of the largest: the flux integrals do not change, and
    # nothing overflows; an ion that underflows to 0 on both sides carries no flux
    scale = max(float(_np.max(c_pip)), float(_np.max(c_bath)))
    a_pip, a_bath = c_pip / scale, c_bath / scale
    keep = (a_pip > 0) | (a_bath > 0)
    with _np.errstate(all="ignore"):  # trial steps of the solver may overflow: refused below
        dphi = _nernst_planck(z[keep], u[keep], a_pip[keep], a_bath[keep])
    if not _np.isfinite(dphi):
        raise NotConverged("the Nernst-Planck solver found no finite junction potential for "
                           "this pair of solutions")
    return dphi


def _np_initial_fluxes(z, u, a_pip, a_bath, n_nodes=24):
    """Flux integrals K_i = int J_i dtau along the Henderson (linear-mixing) profile.

    A good starting point: exact for a single salt, close for monovalent mixtures.
    """
    x, w = _np.polynomial.legendre.leggauss(n_nodes)
    x = (x + 1.0) / 2.0
    w = w / 2.0
    dc = a_bath - a_pip
    c = a_pip[:, None] + dc[:, None] * x
    field_numerator = _np.sum(z * u * dc)
    conductance = (z * z * u) @ c
    flux = -u[:, None] * (dc[:, None] - z[:, None] * c * field_numerator / conductance)
    return (flux / ((z * z) @ c)) @ w


def _nernst_planck(z, u, c_pip, c_bath):
    """Stationary electroneutral Nernst-Planck junction potential, bath minus pipette, RT/F.

    Both sides must be electroneutral and non-empty, and every ion present on at
    least one side.
    """
    if _np.array_equal(c_pip, c_bath):
        return 0.0
    # the flux integrals K do not change when all concentrations are scaled
    # together, so work with concentrations of order one
    scale = max(_np.sum(_np.abs(z) * c_pip), _np.sum(_np.abs(z) * c_bath)) / 2.0
    a_pip = c_pip / scale
    a_bath = c_bath / scale
    z2 = z * z
    # zero current, sum z_i K_i = 0: K = basis @ v with v free
    basis = _linalg.null_space(z[None, :])

    def system_matrix(k):
        return _np.diag(_np.sum(z * k / u) * z) - _np.outer(k / u, z2)

    def mismatch(v, target):
        # the mismatch is neutral like both ends, so its projection loses nothing;
        # a step of the root finder that overflows is answered with a large mismatch
        with _np.errstate(all="ignore"):
            matrix = system_matrix(basis @ v)
            if not _np.all(_np.isfinite(matrix)):
                return _np.full_like(v, 1e10)
            r = basis.T @ (_linalg.expm(matrix) @ a_pip - target)
        return r if _np.all(_np.isfinite(r)) else _np.full_like(v, 1e10)

    def solve(target, v_start):
        sol = _optimize.root(
            mismatch, v_start, args=(target,), method="hybr", options={"xtol": 1e-14}
        )
        matrix = system_matrix(basis @ sol.x)
        with _np.errstate(all="ignore"):
            end = _linalg.expm(matrix) @ a_pip
        ok = bool(_np.max(_np.abs(end - target)) <= _NP_RESIDUAL_TOL)
        return sol.x, ok and _physical(matrix, a_pip, z2)

    v, ok = solve(a_bath, basis.T @ _np_initial_fluxes(z, u, a_pip, a_bath))
    if not ok:
        # continuation: move the bath from the pipette composition to its own
        v = _np.zeros(basis.shape[1])
        done, step = 0.0, 0.125
        while done < 1.0:
            trial = min(1.0, done + step)
            v_new, ok = solve(a_pip + trial * (a_bath - a_pip), v)
            if ok:
                v, done, step = v_new, trial, min(2.0 * step, 0.25)
            elif step > 1.0 / 4096:
                step /= 2.0
            else:
                raise NotConverged(
                    "the Nernst-Planck solver did not converge for this pair of solutions"
                )
    return -float(_np.sum(z * (basis @ v) / u))


def _physical(matrix, a_pip, z2):
    """Check that concentrations stay >= 0 and the ionic strength > 0 along the junction."""
    with _np.errstate(all="ignore"):
        step = _linalg.expm(matrix / _NP_PROFILE_POINTS)
    c = a_pip
    for _ in range(_NP_PROFILE_POINTS):
        c = step @ c
        if not _np.all(_np.isfinite(c)) or _np.min(c) < -_NP_RESIDUAL_TOL or z2 @ c <= 0:
            return False
    return True
