"""The Nernst equation: the equilibrium potential of one ion species."""

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import valence as _valence

__all__ = ["nernst_potential", "nernst_activity_error"]


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
    ValueError
        If a concentration or activity coefficient is not positive and finite,
        `z` is zero or not a whole number, or `temperature` <= 0.

    See Also
    --------
    nernst_activity_error : the error made by using concentrations.

    Notes
    -----
    .. math:: E = \frac{RT}{zF} \ln\frac{\gamma_{out} c_{out}}{\gamma_{in} c_{in}}

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
    vt = _thermal_voltage(temperature)
    ratio = (gamma_out * c_out) / (gamma_in * c_in)
    return _np.asarray(vt / z * _np.log(ratio))[()]


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
    vt = _thermal_voltage(temperature)
    return _np.asarray(vt / z * _np.log(gamma_out / gamma_in))[()]
