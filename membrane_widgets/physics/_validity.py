"""ValidityRangeWarning: a model used outside the range its sources vouch for.

The physics functions compute outside that range too (the result is finite
and follows the model's equation), but they say so with this warning, which
carries the facts as attributes so that a user interface can phrase it in
its own language.
"""

import warnings as _warnings

import numpy as _np

__all__ = ["ValidityRangeWarning"]


class ValidityRangeWarning(UserWarning):
    """A model was used outside its stated range of validity.

    Parameters
    ----------
    message : str
        The warning in words (English).
    model : str
        The model or function, e.g. ``"davies"`` or ``"fraction_of_cell_ions"``.
    quantity : str
        The argument or result that left the range, e.g. ``"ionic_strength"``.
    value : float
        Its largest value beyond the limit, in `unit`.
    limit : float
        The limit of validity, in `unit`.
    unit : str
        Unit of `value` and `limit`, e.g. ``"mM"``; ``""`` for a pure number.

    Attributes
    ----------
    model, quantity, value, limit, unit
        As given.
    """

    def __init__(self, message, model, quantity, value, limit, unit):
        super().__init__(message)
        self.model = model
        self.quantity = quantity
        self.value = value
        self.limit = limit
        self.unit = unit


def warn_above(model, quantity, value, limit, unit, message, stacklevel):
    """Warn with a ValidityRangeWarning if any entry of `value` exceeds `limit`.

    Parameters
    ----------
    model, quantity, unit : str
        As :class:`ValidityRangeWarning`.
    value : numpy.ndarray
        The values to check (finite), in `unit`.
    limit : float
        The upper limit of validity, in `unit`.
    message : str
        The message, formatted with ``value`` (the largest entry), ``limit``
        and ``unit``.
    stacklevel : int
        As :func:`warnings.warn`, counted from the caller of this function.
    """
    worst = _np.max(value, initial=-_np.inf)
    if worst > limit:
        worst = float(worst)
        _warnings.warn(
            ValidityRangeWarning(message.format(value=worst, limit=limit, unit=unit),
                                 model, quantity, worst, limit, unit),
            stacklevel=stacklevel + 1)
