"""Numerically safe forms of (e^x - 1)/x, used where GHK and HH have 0/0 limits."""

import numpy as _np
from scipy.special import exprel as _exprel

__all__: list[str] = []


def log_exprel(x):
    """Return log((e^x - 1)/x), exact at x = 0 and free of overflow for any finite x.

    Parameters
    ----------
    x : array_like
        Finite real numbers (unitless).

    Returns
    -------
    numpy.ndarray
        log(exprel(x)); 0 at x = 0.
    """
    x = _np.asarray(x, dtype=float)
    small = _np.abs(x) < 0.5
    out = _np.empty_like(x)
    out[small] = _np.log(_exprel(x[small]))
    pos = (x >= 0.5)
    xp = x[pos]
    out[pos] = xp + _np.log(-_np.expm1(-xp)) - _np.log(xp)
    neg = (x <= -0.5)
    xn = x[neg]
    out[neg] = _np.log(-_np.expm1(xn)) - _np.log(-xn)
    return out
