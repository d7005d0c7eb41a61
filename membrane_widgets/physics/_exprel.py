"""Numerically safe forms of (e^x - 1)/x, used where GHK and HH have 0/0 limits."""

import numpy as _np
from scipy.special import exprel as _exprel

__all__: list[str] = []

# Below this |x| the direct log(exprel(x)) is used; above it, the split form.
_SMALL = 0.5
# the smallest normal double
_TINY = float(_np.finfo(float).tiny)


def log_exprel(x):
    r"""Return log((e^x - 1)/x), exact at x = 0 and free of overflow for any finite x.

    Parameters
    ----------
    x : array_like
        Finite real numbers (unitless).

    Returns
    -------
    numpy.ndarray
        log(exprel(x)); 0 at x = 0.

    Notes
    -----
    For any x != 0, (e^x - 1)/x = e^max(x, 0) (1 - e^-|x|)/|x|, so

    .. math:: \log\mathrm{exprel}(x) = \max(x, 0) + \log(-\mathrm{expm1}(-|x|)) - \log|x|

    which never overflows; it is used only where ``exprel(x)`` itself is not a
    normal double (x above about 709, or below about -1e308); elsewhere, and
    near 0, the log of scipy's ``exprel`` has all the digits. Both
    branches are evaluated on safe inputs and selected with ``where`` (no
    masked indexing: this runs on every slider move).
    """
    x = _np.asarray(x, dtype=float)
    # exprel(x) is a normal double for x up to about 709 and down to about -1e308: then its
    # log has all the digits (this runs on every slider move; the split form is the rest)
    y = _exprel(x)
    if ((y >= _TINY) & (y < _np.inf)).all():
        return _np.log(y)
    a = _np.abs(x)
    small = a < _SMALL
    a_safe = _np.where(small, 1.0, a)
    general = _np.maximum(x, 0.0) + _np.log(-_np.expm1(-a_safe)) - _np.log(a_safe)
    near_zero = _np.log(_exprel(_np.where(small, x, 0.0)))
    return _np.where(small, near_zero, general)
