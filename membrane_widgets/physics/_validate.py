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
    """Return `value` as a float array, or raise ValueError naming `name`."""
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number or an array of numbers, got {value!r}") from None
    return arr


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


def temperature(name, value, shown=None):
    """Return a float array of absolute temperatures (finite, > 0 K).

    `shown` is what the message quotes, when the caller converted the value.
    """
    arr = as_float_array(name, value)
    ok = (arr > 0) & (arr < np.inf)
    bad = ~ok
    if not ok.all():
        quoted = value if shown is None else shown
        raise ValueError(
            f"{name} must be above absolute zero (a temperature in K > 0), "
            f"got {_describe(quoted, bad)}"
        )
    return arr


def choice(name, value, options):
    """Return `value` if it is one of `options`, else raise naming `name`."""
    if value not in options:
        listed = ", ".join(repr(o) for o in options)
        raise ValueError(f"{name} must be one of {listed}; got {value!r}")
    return value
