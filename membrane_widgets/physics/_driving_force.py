"""Electrochemical driving force V_m - E and which way things move."""

import typing as _typing

import numpy as _np

from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import scalar as _scalar
from membrane_widgets.physics._validate import valence as _valence

__all__ = ["driving_force", "FlowDirection", "flow_direction", "describe_flow"]


def driving_force(vm, reversal):
    """Return the electrochemical driving force V_m - E, in mV.

    Parameters
    ----------
    vm : array_like
        Membrane potential (inside minus outside), mV.
    reversal : array_like
        The ion's reversal (Nernst) potential E, mV.

    Returns
    -------
    numpy.ndarray or numpy.float64
        V_m - E, mV. Positive drives an outward current; negative an inward
        current (convention: outward current positive).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `vm` or `reversal` is not finite, they do not broadcast, or the
        difference is beyond what a double can hold.

    Examples
    --------
    Na+ at rest (V_m = -70 mV, E_Na = +55 mV) and K+ (E_K = -95 mV):

    >>> print(driving_force(-70.0, 55.0), driving_force(-70.0, -95.0))
    -125.0 25.0
    """
    vm = _finite("vm", vm)
    reversal = _finite("reversal", reversal)
    _broadcast(("vm", vm), ("reversal", reversal))
    with _np.errstate(over="ignore"):
        difference = vm - reversal
    return _np.asarray(_finite_result(("vm", "reversal"), difference))[()]


class FlowDirection(_typing.NamedTuple):
    """Which way an ion moves and which way its current flows.

    Each field is +1 for outward, -1 for inward, 0 at equilibrium (V_m = E).

    Attributes
    ----------
    ions : numpy.ndarray
        Net movement of the ions themselves.
    current : numpy.ndarray
        Direction of the electric current they carry (outward positive).
    """

    ions: _np.ndarray
    current: _np.ndarray


def flow_direction(vm, reversal, z):
    """Return which way an ion moves and which way its current flows.

    For a cation the two agree; for an anion they are opposite: Cl- moving in
    is an outward current.

    Parameters
    ----------
    vm : array_like
        Membrane potential, mV.
    reversal : array_like
        The ion's reversal potential, mV.
    z : array_like
        Valence (non-zero whole number).

    Returns
    -------
    FlowDirection
        ``(ions, current)``, each an integer array of +1 (out), -1 (in) or 0.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `vm` or `reversal` is not finite, `z` is zero or not whole, or the
        arguments do not broadcast.

    Notes
    -----
    The net current of an ion is :math:`I = g(V_m - E)` with :math:`g > 0`,
    so the current is outward when :math:`V_m > E`. Positive charge leaving
    is outward current, so the ions move out when :math:`z (V_m - E) > 0`.

    Examples
    --------
    Cl- with E_Cl = -80 mV in a cell at -70 mV: Cl- enters, current is outward.

    >>> d = flow_direction(-70.0, -80.0, -1)
    >>> int(d.ions), int(d.current)
    (-1, 1)
    """
    vm = _finite("vm", vm)
    reversal = _finite("reversal", reversal)
    z = _valence("z", z)
    _broadcast(("vm", vm), ("reversal", reversal), ("z", z))
    # the sign of V_m - E by comparison: defined even where the difference would overflow
    current = (vm > reversal).astype(int) - (vm < reversal).astype(int)
    ions = (_np.sign(z).astype(int) * current)
    current, ions = _np.broadcast_arrays(current, ions)
    return FlowDirection(ions.copy()[()], current.copy()[()])


_WORDS = {1: "outward", -1: "inward", 0: "none (at equilibrium)"}


def describe_flow(vm, reversal, z):
    """Describe in words which way an ion moves and its current flows.

    Parameters
    ----------
    vm, reversal : float
        Membrane potential and the ion's reversal potential, mV (scalars).
    z : int
        Valence.

    Returns
    -------
    dict
        ``{"ions": str, "current": str}``, each "outward", "inward" or
        "none (at equilibrium)".

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        As :func:`flow_direction`, or if an argument is not a single number.

    Examples
    --------
    >>> describe_flow(-70.0, 55.0, 1)
    {'ions': 'inward', 'current': 'inward'}
    """
    vm = _scalar(_finite, "vm", vm)
    reversal = _scalar(_finite, "reversal", reversal)
    z = _scalar(_valence, "z", z)
    d = flow_direction(vm, reversal, z)
    return {"ions": _WORDS[int(d.ions)], "current": _WORDS[int(d.current)]}
