"""The Na+/K+ pump's electrogenic contribution: the Mullins-Noda equation."""

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE as _BODY_T
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive

__all__ = ["mullins_noda_potential", "pump_contribution"]

_TINY = float(_np.finfo(float).tiny)  # the smallest normal double


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
    TypeError
        If an argument is not a real number.
    ValueError
        If a permeability is negative or both are zero, a concentration is
        not positive and finite, `coupling_ratio` is not positive,
        `temperature` is outside 200-500 K, or the arguments do not broadcast.

    Notes
    -----
    Mullins & Noda (1963), J Gen Physiol 47:117-132, with r the coupling
    ratio:

    .. math:: V_m = \frac{RT}{F}\ln\frac{r P_K [K]_o + P_{Na}[Na]_o}
                                          {r P_K [K]_i + P_{Na}[Na]_i}

    Where a sum or their ratio would overflow or underflow, numerator and
    denominator are summed in logs (``logaddexp``), so any positive finite
    values give a finite potential.

    Examples
    --------
    A neuron (K+ 140/5 mM, Na+ 15/145 mM, P_Na/P_K = 0.04):

    >>> print(f"{mullins_noda_potential(1.0, 0.04, 140, 5, 15, 145):.1f}")
    -73.8
    """
    p_k = _nonnegative("p_k", p_k)
    p_na = _nonnegative("p_na", p_na)
    k_in, k_out = _positive("k_in", k_in), _positive("k_out", k_out)
    na_in, na_out = _positive("na_in", na_in), _positive("na_out", na_out)
    r = _positive("coupling_ratio", coupling_ratio)
    vt = _np.asarray(_thermal_voltage(temperature))
    _broadcast(("p_k", p_k), ("p_na", p_na), ("k_in", k_in), ("k_out", k_out),
               ("na_in", na_in), ("na_out", na_out), ("temperature", vt),
               ("coupling_ratio", r))
    if _np.any((p_k == 0) & (p_na == 0)):
        raise ValueError("p_k and p_na must not both be zero")
    return _np.asarray(_mullins_noda_vm(p_k, p_na, k_in, k_out, na_in, na_out, vt, r))[()]


def _mullins_noda_vm(p_k, p_na, k_in, k_out, na_in, na_out, vt, r):
    """Return the Mullins-Noda potential (mV) of validated values; in logs where sums overflow."""
    with _np.errstate(all="ignore"):
        num = r * p_k * k_out + p_na * na_out
        den = r * p_k * k_in + p_na * na_in
        vm = vt * _np.log(num / den)
    if _np.all(_np.isfinite(vm) & (num >= _TINY) & (den >= _TINY)):
        return vm  # the sums are normal doubles: the direct form keeps every digit
    with _np.errstate(divide="ignore"):  # a zero permeability: ln 0 = -inf drops out
        log_k = _np.log(r) + _np.log(p_k)
        log_na = _np.log(p_na)
    num = _np.logaddexp(log_k + _np.log(k_out), log_na + _np.log(na_out))
    den = _np.logaddexp(log_k + _np.log(k_in), log_na + _np.log(na_in))
    return _np.where(_np.isfinite(vm) & (num >= _np.log(_TINY)) & (den >= _np.log(_TINY)),
                     vm, vt * (num - den))


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
    TypeError
        If an argument is not a real number.
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
