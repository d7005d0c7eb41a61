"""The Na+/K+ pump's electrogenic contribution: the Mullins-Noda equation."""

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive

__all__ = ["mullins_noda_potential", "pump_contribution"]


def mullins_noda_potential(
    p_k, p_na, k_in, k_out, na_in, na_out, temperature=_BODY_T, coupling_ratio=1.5
):
    r"""Return the resting potential with an electrogenic Na+/K+ pump, in mV.

    At steady state the pump moves `coupling_ratio` Na+ out for each K+ in
    (3:2 gives 1.5), and the passive GHK fluxes balance the pumped ones.

    Parameters
    ----------
    p_k, p_na : array_like
        Permeabilities to K+ and Na+, relative or cm/s (non-negative, not both
        zero).
    k_in, k_out, na_in, na_out : array_like
        Concentrations, mM (positive, finite).
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K.
    coupling_ratio : array_like, optional
        Na+ pumped out per K+ pumped in (positive). Default 1.5 (3 Na+ : 2 K+).
        1 is an electroneutral pump, which gives back the GHK equation.

    Returns
    -------
    numpy.ndarray or numpy.float64
        V_m, mV.

    Raises
    ------
    ValueError
        If a permeability is negative or both are zero, a concentration is
        not positive and finite, `coupling_ratio` is not positive, or
        `temperature` <= 0.

    Notes
    -----
    Mullins & Noda (1963), J Gen Physiol 47:117-132, with r the coupling
    ratio:

    .. math:: V_m = \frac{RT}{F}\ln\frac{r P_K [K]_o + P_{Na}[Na]_o}
                                          {r P_K [K]_i + P_{Na}[Na]_i}

    Examples
    --------
    A neuron (K+ 140/5 mM, Na+ 15/145 mM, P_Na/P_K = 0.04):

    >>> print(f"{mullins_noda_potential(1.0, 0.04, 140, 5, 15, 145):.1f}")
    -73.8
    """
    p_k = _nonnegative("p_k", p_k)
    p_na = _nonnegative("p_na", p_na)
    if _np.any((p_k + p_na) == 0):
        raise ValueError("p_k and p_na must not both be zero")
    k_in, k_out = _positive("k_in", k_in), _positive("k_out", k_out)
    na_in, na_out = _positive("na_in", na_in), _positive("na_out", na_out)
    r = _positive("coupling_ratio", coupling_ratio)
    vt = _thermal_voltage(temperature)
    num = r * p_k * k_out + p_na * na_out
    den = r * p_k * k_in + p_na * na_in
    return _np.asarray(vt * _np.log(num / den))[()]


def pump_contribution(
    p_k, p_na, k_in, k_out, na_in, na_out, temperature=_BODY_T, coupling_ratio=1.5
):
    """Return the pump's electrogenic contribution to V_m, in mV.

    The Mullins-Noda potential minus the GHK potential (the same equation
    with an electroneutral pump, r = 1), for the same concentrations.

    Parameters
    ----------
    p_k, p_na, k_in, k_out, na_in, na_out, temperature, coupling_ratio
        As :func:`mullins_noda_potential` (permeabilities relative or cm/s,
        concentrations mM, temperature K).

    Returns
    -------
    numpy.ndarray or numpy.float64
        Delta V, mV: negative (hyperpolarising) for r > 1.

    Raises
    ------
    ValueError
        As :func:`mullins_noda_potential`.

    Examples
    --------
    >>> print(f"{pump_contribution(1.0, 0.04, 140, 5, 15, 145):.1f}")
    -5.2
    """
    args = (p_k, p_na, k_in, k_out, na_in, na_out, temperature)
    with_pump = mullins_noda_potential(*args, coupling_ratio=coupling_ratio)
    passive = mullins_noda_potential(*args, coupling_ratio=1.0)
    return _np.asarray(with_pump - passive)[()]
