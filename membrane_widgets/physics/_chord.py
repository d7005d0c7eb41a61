"""The parallel-conductance (chord conductance) model of the resting potential."""

import numpy as _np

from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
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
    TypeError
        If an argument is not a real number.
    ValueError
        If a conductance is negative or not finite, all conductances of a
        condition are zero, a reversal potential is not finite, or the
        arguments do not broadcast.

    Notes
    -----
    .. math:: V_m = \frac{\sum_i g_i E_i}{\sum_i g_i}

    The weights :math:`g_i/\sum_j g_j` are formed after dividing the
    conductances by the largest of them (and the potentials by the largest
    magnitude), so that no product or sum overflows: the weighted mean lies
    between the smallest and the largest reversal potential.

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
    _broadcast(("g", g), ("reversal", e))
    g, e = _np.broadcast_arrays(g, e)
    if g.ndim == 0:
        raise ValueError("g must have an ions axis (last axis), got a scalar")
    largest = _np.max(g, axis=-1, keepdims=True, initial=0.0)
    if not _np.all(largest > 0):
        raise ValueError("g must be positive for at least one ion in each condition")
    # weights from g / max g (in [0, 1], the largest exactly 1): no sum overflows
    w = g / largest
    w = w / _np.sum(w, axis=-1, keepdims=True)
    scale = _np.max(_np.abs(e), axis=-1, keepdims=True)
    scale = _np.where(scale > 0, scale, 1.0)
    with _np.errstate(over="ignore"):
        vm = _np.sum(w * (e / scale), axis=-1) * scale[..., 0]
    return _np.asarray(_finite_result(("g", "reversal"), vm))[()]
