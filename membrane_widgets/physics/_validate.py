"""Input and result checks shared by the physics functions: the one validation layer.

Each input check converts its input to a float array, and raises ``TypeError``
naming the argument for a non-number and ``ValueError`` naming it when a value
is outside the allowed set. The checks never patch values (no epsilons, no
clipping): bad input is refused. :func:`broadcast` names the arguments whose
shapes do not fit together, and :func:`finite_result` the arguments whose
result a double cannot hold. The contract these checks implement is written
down in ``docs/physics_contract.md`` and enforced by
``tests/test_physics_contract.py``.
"""

import math
import numbers

import numpy as np

__all__: list[str] = []


def _describe(value, bad):
    """Summarise the offending entries of `value` for an error message."""
    arr = np.asarray(value)
    if arr.ndim == 0:
        return _short(arr.item()) if arr.dtype != object else _short(value)
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
    if isinstance(value, (str, bytes, bool, np.bool_)) or value is None:
        raise TypeError(f"{name} must be a real number or an array of real numbers, "
                        f"got {_short(value)}")
    try:
        arr = np.asarray(value)
    except (TypeError, ValueError):
        arr = None
    if arr is not None and arr.dtype == object and arr.size and all(
            isinstance(x, numbers.Integral) and not isinstance(x, bool) for x in arr.flat):
        # whole numbers too large for int64 (Python ints): a double holds them up to ~1.8e308
        try:
            arr = arr.astype(float)
        except OverflowError:
            raise ValueError(f"{name} must be finite, got a whole number beyond the range of a "
                             f"double (about 1.8e308): {_short(value)}") from None
    if arr is None or arr.dtype.kind not in "iuf":
        raise TypeError(f"{name} must be a real number or an array of real numbers, "
                        f"got {_short(value)}")
    return arr.astype(float, copy=False)


def _short(value, limit=80):
    """repr(value), cut to `limit` characters for an error message."""
    text = repr(value)
    return text if len(text) <= limit else text[:limit - 3] + "..."


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
        raise ValueError(f"{name} must be a single number, got {_short(value)}")
    return float(arr)


def choice(name, value, options):
    """Return `value` if it is one of `options` (strings), else raise naming `name`."""
    if not isinstance(value, str) or value not in options:
        listed = ", ".join(repr(o) for o in options)
        raise ValueError(f"{name} must be one of {listed}; got {_short(value)}")
    return value


def whole_number(name, value, minimum=0, maximum=None):
    """Return `value` as a Python int: a single whole number in [minimum, maximum].

    A float with a whole value (``5.0``) is accepted; a string, a bool or a
    complex number is refused with TypeError, a fraction, a non-finite value or
    one outside the range with ValueError.
    """
    x = scalar(finite, name, value)
    if x != math.floor(x):
        raise ValueError(f"{name} must be a whole number, got {_short(value)}")
    if x < minimum or (maximum is not None and x > maximum):
        upper = "" if maximum is None else f" and at most {maximum:g}"
        raise ValueError(f"{name} must be a whole number of at least {minimum:g}{upper}, "
                         f"got {_short(value)}")
    return int(x)


def counts(name, value):
    """Return a float array of whole numbers >= 0 (counts of particles or sites)."""
    arr = nonnegative(name, value)
    ok = arr == np.floor(arr)
    if not ok.all():
        raise ValueError(f"{name} must be whole numbers >= 0, got {_describe(value, ~ok)}")
    return arr


def seed(name, value):
    """Return a numpy random Generator from `value`: None, a whole number >= 0 or a Generator."""
    if value is None or isinstance(value, np.random.Generator):
        return np.random.default_rng(value)
    if isinstance(value, (bool, np.bool_)) or not isinstance(value, numbers.Integral):
        raise TypeError(f"{name} must be None, a whole number >= 0 or a numpy.random.Generator, "
                        f"got {_short(value)}")
    if value < 0:
        raise ValueError(f"{name} must be a whole number >= 0, got {_short(value)}")
    return np.random.default_rng(int(value))


def broadcast(*named):
    """Return the shape that the named arrays broadcast to, or raise naming them.

    Parameters
    ----------
    *named : tuple of (str, numpy.ndarray)
        Each argument's name and its validated array.
    """
    try:
        return np.broadcast_shapes(*(arr.shape for _, arr in named))
    except ValueError:
        names = [n for n, _ in named]
        listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        shapes = ", ".join(str(arr.shape) for _, arr in named)
        raise ValueError(f"{listed} do not broadcast together: shapes {shapes}") from None


def finite_result(names, value):
    """Return `value` if every entry is finite, else raise ValueError naming `names`.

    For results that a double cannot hold (beyond about 1.8e308, or inf - inf
    along the way) at inputs that are each valid: the error says which inputs
    produced it rather than returning inf or nan.

    Parameters
    ----------
    names : str or sequence of str
        The arguments the result depends on, as the caller calls them.
    value : array_like
        The computed result (a float array or number).
    """
    if not np.isfinite(value).all():
        listed = names if isinstance(names, str) else ", ".join(names)
        raise ValueError(
            f"the result for these values of {listed} is not a finite number: it lies outside "
            "what a double can hold (magnitudes up to about 1.8e308)")
    return value
