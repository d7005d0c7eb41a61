"""Charging the membrane in time: an RC circuit of the membrane capacitance and one conductance."""

import numpy as _np

from membrane_widgets.physics._capacitor import ions_to_charge as _ions_to_charge
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive

__all__ = ["membrane_time_constant", "membrane_charging", "ions_crossed_while_charging"]


def membrane_time_constant(conductance, capacitance=1.0):
    r"""Return the membrane time constant :math:`\tau = C_m / g`, ms.

    Parameters
    ----------
    conductance : array_like
        Membrane conductance per area, mS/cm² (positive).
    capacitance : array_like, optional
        Membrane capacitance per area, µF/cm² (positive). Default 1.0.

    Returns
    -------
    numpy.ndarray or numpy.float64
        The time constant, ms (µF/mS = ms).

    Raises
    ------
    ValueError
        If `conductance` or `capacitance` is not positive and finite.

    Examples
    --------
    >>> print(f"{membrane_time_constant(0.1):.1f} ms")
    10.0 ms
    """
    g = _positive("conductance", conductance)
    c = _positive("capacitance", capacitance)
    return _np.asarray(c / g)[()]


def membrane_charging(t, reversal, conductance, capacitance=1.0, v0=0.0):
    r"""Return V_m(t) of a membrane that one conductance charges from `v0` towards `reversal`.

    The membrane is a capacitor :math:`C_m` in parallel with one conductance
    :math:`g` whose battery is the ion's equilibrium potential :math:`E`. The
    current :math:`g(V - E)` discharges the capacitor towards :math:`E` with the
    time constant :math:`\tau = C_m/g`.

    Parameters
    ----------
    t : array_like
        Time since the start, ms (>= 0).
    reversal : array_like
        The equilibrium potential the membrane charges towards, mV.
    conductance : array_like
        Membrane conductance per area, mS/cm² (positive).
    capacitance : array_like, optional
        Membrane capacitance per area, µF/cm² (positive). Default 1.0.
    v0 : array_like, optional
        Membrane potential at t = 0, mV. Default 0.

    Returns
    -------
    numpy.ndarray or numpy.float64
        V_m(t), mV.

    Raises
    ------
    ValueError
        If `t` is negative or not finite, a potential is not finite, or
        `conductance` or `capacitance` is not positive and finite.

    Notes
    -----
    .. math:: C_m \frac{dV}{dt} = -g\,(V - E)
              \quad\Longrightarrow\quad
              V(t) = E + (V_0 - E)\, e^{-t/\tau}

    After one :math:`\tau` the membrane has covered 63 % of the way, after five
    more than 99 %.

    Examples
    --------
    >>> v = membrane_charging([0.0, 10.0, 50.0], -89.0, 0.1)
    >>> print(", ".join(f"{x:.1f}" for x in v))
    0.0, -56.3, -88.4
    """
    t = _nonnegative("t", t)
    e = _finite("reversal", reversal)
    v0 = _finite("v0", v0)
    tau = membrane_time_constant(conductance, capacitance)
    return _np.asarray(e + (v0 - e) * _np.exp(-t / tau))[()]


def ions_crossed_while_charging(t, reversal, conductance, radius, capacitance=1.0, v0=0.0,
                                z=1):
    """Return how many ions have crossed the membrane of a spherical cell by time `t`.

    Every ion that crosses moves charge :math:`ze` onto the capacitor, so the
    count follows the voltage: :math:`N(t) = C_m A |V(t) - V_0| / (|z| e)`.

    Parameters
    ----------
    t : array_like
        Time since the start, ms (>= 0).
    reversal : array_like
        The equilibrium potential the membrane charges towards, mV.
    conductance : array_like
        Membrane conductance per area, mS/cm² (positive).
    radius : array_like
        Cell radius, µm (positive).
    capacitance : array_like, optional
        Membrane capacitance per area, µF/cm² (positive). Default 1.0.
    v0 : array_like, optional
        Membrane potential at t = 0, mV. Default 0.
    z : array_like, optional
        Valence of the ion that crosses. Default 1.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Number of ions (a count, not moles).

    Raises
    ------
    ValueError
        As :func:`membrane_charging`, or if `radius` is not positive or `z` is
        zero or not whole.

    Examples
    --------
    A 10 µm cell charging from 0 towards E_K = -89 mV: after a long time

    >>> print(f"{ions_crossed_while_charging(1000.0, -89.0, 0.1, 10.0):.2e}")
    6.98e+06
    """
    v = membrane_charging(t, reversal, conductance, capacitance, v0)
    return _ions_to_charge(v - _finite("v0", v0), radius, capacitance, z)
