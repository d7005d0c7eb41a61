"""Input checks shared by the physics functions.

Each check converts its input to a float array, and raises ``ValueError``
naming the argument when a value is outside the allowed set. The checks never
patch values (no epsilons): bad input is refused.
"""

import numpy as np

__all__: list[str] = []


def _describe(value, bad):
    """Summarise the offending entries of `value` for an error message."""
    arr = np.asarray(value)
    if arr.ndim == 0:
        return repr(arr.item()) if arr.dtype != object else repr(value)
    bad_values = arr[bad] if np.ndim(bad) else arr.ravel()
    n_bad = int(np.count_nonzero(bad))
    first = bad_values.ravel()[0].item() if bad_values.size else None
    return f"an array with {n_bad} such entr{'y' if n_bad == 1 else 'ies'} (first {first!r})"


def as_float_array(name, value):
    """Return `value` as a float array, or raise TypeError naming `name`.

    Only real numbers are accepted: a string, a bool, a complex number, None or
    a ragged list is refused rather than converted (``"5"`` is not 5 mM, ``True``
    is not 1 K).
    """
    if isinstance(value, (str, bytes, bool)) or value is None:
        raise TypeError(f"{name} must be a real number or an array of real numbers, "
                        f"got {value!r}")
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError):
        arr = None
    if arr is None or arr.dtype.kind not in "iuf":
        raise TypeError(f"{name} must be a real number or an array of real numbers, "
                        f"got {value!r}")
    return arr.astype(float, copy=False)


def finite(name, value):
    """Return a float array of finite values (any sign)."""
    arr = as_float_array(name, value)
    # (x > -inf) & (x < inf) is False for nan and both infinities; array
    # methods instead of np.any keep this cheap on the small arrays of a widget
    ok = (arr > -np.inf) & (arr < np.inf)
    if not ok.all():
        raise ValueError(f"{name} must be finite, got {_describe(value, ~ok)}")
    return arr


def positive(name, value):
    """Return a float array of finite, strictly positive values."""
    arr = as_float_array(name, value)
    ok = (arr > 0) & (arr < np.inf)
    if not ok.all():
        raise ValueError(f"{name} must be positive and finite, got {_describe(value, ~ok)}")
    return arr


def nonnegative(name, value):
    """Return a float array of finite values >= 0."""
    arr = as_float_array(name, value)
    ok = (arr >= 0) & (arr < np.inf)
    if not ok.all():
        raise ValueError(f"{name} must be non-negative and finite, got {_describe(value, ~ok)}")
    return arr


def valence(name, value):
    """Return a float array of non-zero whole-number charges."""
    arr = as_float_array(name, value)
    ok = (arr != 0) & (arr == np.round(arr)) & (arr < np.inf) & (arr > -np.inf)
    bad = ~ok
    if not ok.all():
        raise ValueError(
            f"{name} must be a non-zero whole number (an ion's charge), got {_describe(value, bad)}"
        )
    return arr


#: The physical window of temperatures the models accept, K: from well below freezing to well
#: above boiling water, so that a temperature given in °C (e.g. 37) is caught.
T_MIN, T_MAX = 200.0, 500.0


def temperature(name, value, shown=None, window=True):
    """Return a float array of absolute temperatures, in kelvin.

    With `window` (the default, for every model) the temperature must lie in
    [T_MIN, T_MAX] = [200, 500] K, so that a value in °C is refused with a
    message that says the unit is kelvin; without it (unit conversions) it
    must only be above 0 K. `shown` is what the message quotes, when the
    caller converted the value.
    """
    arr = as_float_array(name, value)
    quoted = value if shown is None else shown
    ok = (arr > 0) & (arr < np.inf)
    if not ok.all():
        raise ValueError(
            f"{name} must be above absolute zero (a temperature in K > 0), "
            f"got {_describe(quoted, ~ok)}"
        )
    if window:
        ok = (arr >= T_MIN) & (arr <= T_MAX)
        if not ok.all():
            raise ValueError(
                f"{name} must be an absolute temperature in kelvin between {T_MIN:.0f} and "
                f"{T_MAX:.0f} K (37 °C is 310.15 K), got {_describe(quoted, ~ok)}: "
                "a temperature in °C? Convert it with celsius_to_kelvin()"
            )
    return arr


def scalar(check, name, value):
    """Return `value` as one plain float, after `check` (one of this module's checks).

    The check refuses non-numbers (TypeError) and values outside its set
    (ValueError); an array of more than one number is refused here.
    """
    arr = check(name, value)
    if arr.ndim != 0:
        raise ValueError(f"{name} must be a single number, got {value!r}")
    return float(arr)


def choice(name, value, options):
    """Return `value` if it is one of `options`, else raise naming `name`."""
    if value not in options:
        listed = ", ".join(repr(o) for o in options)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value
