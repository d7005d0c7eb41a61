"""The parallel-conductance (chord conductance) model of the resting potential."""

import numpy as _np

from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import nonnegative as _nonnegative

__all__ = ["chord_conductance_potential"]


def chord_conductance_potential(g, reversal):
    r"""Return the membrane potential of parallel conductances, in mV.

    Each ion is a battery (its reversal potential) in series with a
    conductance; at steady state the net current is zero.

    Parameters
    ----------
    g : array_like, shape (..., n_ions)
        Conductances, mS/cm^2 or any common unit (non-negative; at least one
        positive per condition).
    reversal : array_like, shape (..., n_ions)
        Reversal potentials, mV (finite).

    Returns
    -------
    numpy.ndarray or numpy.float64
        V_m, mV, one per condition.

    Raises
    ------
    ValueError
        If a conductance is negative or not finite, all conductances of a
        condition are zero, or a reversal potential is not finite.

    Notes
    -----
    .. math:: V_m = \frac{\sum_i g_i E_i}{\sum_i g_i}

    Unlike the GHK equation the conductances here are taken as constants;
    with the GHK chord conductances at V_m (see :func:`ghk_weights`) both
    agree exactly.

    Examples
    --------
    >>> print(f"{chord_conductance_potential([10.0, 0.5], [-95.0, 55.0]):.1f}")
    -87.9
    """
    g = _nonnegative("g", g)
    e = _finite("reversal", reversal)
    g, e = _np.broadcast_arrays(g, e)
    if g.ndim == 0:
        raise ValueError("g must have an ions axis (last axis), got a scalar")
    total = _np.sum(g, axis=-1)
    if _np.any(total == 0):
        raise ValueError("g must be positive for at least one ion in each condition")
    return _np.asarray(_np.sum(g * e, axis=-1) / total)[()]
