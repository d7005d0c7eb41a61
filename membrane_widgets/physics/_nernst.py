"""The Nernst equation: the equilibrium potential of one ion species, and its inverse."""

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._log_ratio import log_ratio as _log_ratio
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence

__all__ = ["nernst_potential", "nernst_activity_error", "nernst_concentration_ratio"]


def nernst_potential(c_out, c_in, z, temperature=_BODY_T, *, gamma_out=1.0, gamma_in=1.0):
    r"""Return the Nernst (equilibrium) potential of an ion, in mV.

    The membrane potential is V_m = psi_in - psi_out, so E is the inside
    potential at which the ion's electrochemical potential is the same on both
    sides.

    Parameters
    ----------
    c_out, c_in : array_like
        Concentration outside and inside, mM (positive, finite). To work with
        activities directly, pass the activities (mM) here and leave the
        activity coefficients at 1.
    z : array_like
        Valence (charge number, non-zero whole number), e.g. 1 for K+, -1 for
        Cl-, 2 for Ca2+.
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K (37 degrees Celsius).
    gamma_out, gamma_in : array_like, optional
        Activity coefficients outside and inside (unitless, positive). The
        activity is ``a = gamma * c``. Default 1 (ideal solution).

    Returns
    -------
    numpy.ndarray or numpy.float64
        Equilibrium potential E, mV; the arguments broadcast together.

    Raises
    ------
    TypeError
        If an argument is not a real number (a string, a bool, a complex number).
    ValueError
        If a concentration or activity coefficient is not positive and finite,
        `z` is zero or not a whole number, `temperature` is outside 200-500 K,
        or the arguments do not broadcast together.

    See Also
    --------
    nernst_activity_error : the error made by using concentrations.
    nernst_concentration_ratio : the inverse, c_out/c_in from E.

    Notes
    -----
    .. math:: E = \frac{RT}{zF} \ln\frac{\gamma_{out} c_{out}}{\gamma_{in} c_{in}}

    Where a ratio would overflow or underflow, its logarithm is taken as
    :math:`\ln c_{out} - \ln c_{in}` (and likewise for the coefficients), so any
    positive finite concentrations, however far apart, give a finite potential.

    Examples
    --------
    K+ with 5 mM outside and 140 mM inside at 37 degrees Celsius:

    >>> print(f"{nernst_potential(5.0, 140.0, 1):.1f}")
    -89.1
    >>> print(f"{nernst_potential(2.0, 1e-4, 2):.0f}")
    132
    """
    c_out = _positive("c_out", c_out)
    c_in = _positive("c_in", c_in)
    z = _valence("z", z)
    gamma_out = _positive("gamma_out", gamma_out)
    gamma_in = _positive("gamma_in", gamma_in)
    vt = _np.asarray(_thermal_voltage(temperature))
    _broadcast(("c_out", c_out), ("c_in", c_in), ("z", z), ("temperature", vt),
               ("gamma_out", gamma_out), ("gamma_in", gamma_in))
    # ln of each ratio, finite however far apart the two values are
    log_ratio = _log_ratio(c_out, c_in)
    if gamma_out.ndim or gamma_in.ndim or gamma_out != 1.0 or gamma_in != 1.0:
        log_ratio = log_ratio + _log_ratio(gamma_out, gamma_in)
    return _np.asarray(vt / z * log_ratio)[()]


def nernst_activity_error(gamma_out, gamma_in, z, temperature=_BODY_T):
    r"""Return the error of a Nernst potential computed from concentrations, in mV.

    The error is the true (activity-based) potential minus the one computed
    with concentrations. It depends only on the ratio of the two activity
    coefficients, not on the concentrations.

    Parameters
    ----------
    gamma_out, gamma_in : array_like
        Activity coefficients outside and inside (unitless, positive).
    z : array_like
        Valence (non-zero whole number).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Delta E = E_true - E_approx, mV.

    Raises
    ------
    ValueError
        If a coefficient is not positive and finite, `z` is zero or not whole,
        or `temperature` <= 0.

    Notes
    -----
    .. math:: \Delta E = \frac{RT}{zF} \ln\frac{\gamma_{out}}{\gamma_{in}}

    Equal coefficients on both sides give no error, whatever their value.

    Examples
    --------
    >>> print(f"{nernst_activity_error(0.75, 0.70, 1):.2f}")
    1.84
    >>> print(nernst_activity_error(0.7, 0.7, 2))
    0.0
    """
    gamma_out = _positive("gamma_out", gamma_out)
    gamma_in = _positive("gamma_in", gamma_in)
    z = _valence("z", z)
    vt = _np.asarray(_thermal_voltage(temperature))
    _broadcast(("gamma_out", gamma_out), ("gamma_in", gamma_in), ("z", z), ("temperature", vt))
    return _np.asarray(vt / z * _log_ratio(gamma_out, gamma_in))[()]


def nernst_concentration_ratio(potential, z, temperature=_BODY_T):
    r"""Return the concentration ratio c_out/c_in at which an ion's Nernst potential is `potential`.

    The inverse of :func:`nernst_potential`: which gradient an equilibrium
    potential stands for. Multiply by c_in to get the outside concentration
    (or divide c_out by it to get the inside one).

    Parameters
    ----------
    potential : array_like
        Equilibrium potential E, mV (finite; inside minus outside).
    z : array_like
        Valence (non-zero whole number).
    temperature : array_like, optional
        Absolute temperature, K (200-500). Default 310.15 K.

    Returns
    -------
    numpy.ndarray or numpy.float64
        c_out / c_in (unitless, positive); the arguments broadcast together.
        With activity coefficients, the ratio of activities.

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `potential` is not finite, `z` is zero or not whole, `temperature`
        is outside 200-500 K, or the ratio lies outside what a double can hold
        (beyond about 1e308 or below about 1e-308: :math:`|zE|` above about
        700 RT/F, some 19 V for a monovalent ion at 37 degrees Celsius).

    See Also
    --------
    nernst_potential : E from the concentrations.

    Notes
    -----
    .. math:: \frac{c_{out}}{c_{in}} = \exp\left(\frac{zFE}{RT}\right)

    Examples
    --------
    E_K = -89.1 mV at 37 degrees Celsius stands for a 28-fold gradient:

    >>> print(f"{1 / nernst_concentration_ratio(-89.06, 1):.1f}")
    28.0
    >>> print(f"{nernst_concentration_ratio(nernst_potential(2.0, 1e-4, 2), 2):.0f}")
    20000
    """
    e = _finite("potential", potential)
    z = _valence("z", z)
    vt = _np.asarray(_thermal_voltage(temperature))
    _broadcast(("potential", e), ("z", z), ("temperature", vt))
    with _np.errstate(over="ignore", under="ignore"):
        x = z * e / vt
        ratio = _np.exp(x)
    bad = ~(_np.abs(x) < _LOG_DOUBLE_RANGE)
    if bad.any():
        raise ValueError(
            "potential and z: the concentration ratio exp(zFE/RT) is not a finite positive "
            f"number for zE/(RT/F) beyond +-{_LOG_DOUBLE_RANGE:.0f}; it lies outside what a "
            "double can hold (about 1e-308 to 1e308)")
    return _np.asarray(ratio)[()]


# ln of the smallest normal double, about -708: beyond it exp() loses precision, then gives 0
_LOG_DOUBLE_RANGE = -float(_np.log(_np.finfo(float).tiny))
