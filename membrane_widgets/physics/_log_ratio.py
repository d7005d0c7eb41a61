"""ln(a/b) for any positive finite doubles, with all the digits the ratio has."""

import numpy as _np

__all__: list[str] = []

_TINY = float(_np.finfo(float).tiny)  # the smallest normal double


def log_ratio(a, b):
    r"""Return ln(a/b) for positive finite `a` and `b` (arrays broadcast), never inf.

    Parameters
    ----------
    a, b : numpy.ndarray
        Validated positive finite values (e.g. c_out and c_in, mM).

    Returns
    -------
    numpy.ndarray
        ln(a/b) (unitless).

    Notes
    -----
    Where a/b is a normal double it is the logarithm of the ratio, exact to
    rounding even when a and b are nearly equal (ln a - ln b would lose the
    difference there); where the ratio overflows or underflows (a and b more
    than about 1e308 apart) it is :math:`\ln a - \ln b`, which is finite for
    any positive doubles.
    """
    with _np.errstate(over="ignore", under="ignore"):
        ratio = a / b
    normal = (ratio >= _TINY) & (ratio < _np.inf)
    if normal.all():
        return _np.log(ratio)
    return _np.where(normal, _np.log(_np.where(normal, ratio, 1.0)), _np.log(a) - _np.log(b))
