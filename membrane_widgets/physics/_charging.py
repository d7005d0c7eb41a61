"""Charging the membrane in time: an RC circuit of the membrane capacitance and one conductance."""

import numpy as _np

from membrane_widgets.physics._capacitor import _ions_for
from membrane_widgets.physics._capacitor import sphere_area as _sphere_area
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence

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
    TypeError
        If an argument is not a real number.
    ValueError
        If `conductance` or `capacitance` is not positive and finite, they
        do not broadcast, or tau is beyond what a double can hold.

    Examples
    --------
    >>> print(f"{membrane_time_constant(0.1):.1f} ms")
    10.0 ms
    """
    g = _positive("conductance", conductance)
    c = _positive("capacitance", capacitance)
    _broadcast(("conductance", g), ("capacitance", c))
    with _np.errstate(over="ignore"):
        tau = c / g
    return _np.asarray(_finite_result(("capacitance", "conductance"), tau))[()]


def _charged_share(t, reversal, conductance, capacitance, v0):
    """Check the charging inputs; return E, V0, C_m and 1 - w = 1 - exp(-t/tau) (arrays).

    t / tau = t g / C; an overflow to inf only means w = 0; t = 0 gives w = 1 exactly.
    """
    t = _nonnegative("t", t)
    e = _finite("reversal", reversal)
    v0 = _finite("v0", v0)
    g = _positive("conductance", conductance)
    c = _positive("capacitance", capacitance)
    _broadcast(("t", t), ("reversal", e), ("conductance", g), ("capacitance", c), ("v0", v0))
    with _np.errstate(over="ignore", invalid="ignore"):
        x = _np.where(t == 0.0, 0.0, t * (g / c))
        return e, v0, c, -_np.expm1(-x)


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
    TypeError
        If an argument is not a real number.
    ValueError
        If `t` is negative or not finite, a potential is not finite,
        `conductance` or `capacitance` is not positive and finite, or the
        arguments do not broadcast.

    Notes
    -----
    .. math:: C_m \frac{dV}{dt} = -g\,(V - E)
              \quad\Longrightarrow\quad
              V(t) = E + (V_0 - E)\, e^{-t/\tau}

    It is computed as :math:`V_0 w + E(1 - w)` with :math:`w = e^{-t g/C_m}`
    (and :math:`1 - w` from ``expm1``), a weighted mean of the two potentials
    that cannot overflow; at t = 0 it is exactly :math:`V_0` whatever tau.

    After one :math:`\tau` the membrane has covered 63 % of the way, after five
    more than 99 %.

    Examples
    --------
    >>> v = membrane_charging([0.0, 10.0, 50.0], -89.0, 0.1)
    >>> print(", ".join(f"{x:.1f}" for x in v))
    0.0, -56.3, -88.4
    """
    e, v0, c, gone = _charged_share(t, reversal, conductance, capacitance, v0)
    with _np.errstate(over="ignore", invalid="ignore"):
        v = v0 * (1.0 - gone) + e * gone
    return _np.asarray(_finite_result(("v0", "reversal"), v))[()]


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
    TypeError
        If an argument is not a real number.
    ValueError
        As :func:`membrane_charging`, or if `radius` is not positive, `z` is
        zero or not whole, or the count is beyond what a double can hold.

    Examples
    --------
    A 10 µm cell charging from 0 towards E_K = -89 mV: after a long time

    >>> print(f"{ions_crossed_while_charging(1000.0, -89.0, 0.1, 10.0):.2e}")
    6.98e+06
    """
    e, v0, c, gone = _charged_share(t, reversal, conductance, capacitance, v0)
    with _np.errstate(over="ignore", invalid="ignore"):
        # |V(t) - V_0| = |E - V_0| (1 - w), the difference taken in halves (no overflow)
        half_step = _np.abs(0.5 * e - 0.5 * v0) * gone
    z = _valence("z", z)
    area = _np.asarray(_sphere_area(radius))
    _broadcast(("t, reversal, conductance, capacitance, v0", half_step), ("radius", area),
               ("z", z))
    with _np.errstate(over="ignore"):
        n = 2.0 * _ions_for(half_step, area, c, z)
    return _np.asarray(_finite_result(("reversal", "v0", "radius", "capacitance"), n))[()]
