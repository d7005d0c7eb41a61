"""Donnan equilibrium: permeant monovalent ions beside impermeant charge trapped inside."""

from dataclasses import dataclass

import numpy as _np

from membrane_widgets.physics._constants import BODY_TEMPERATURE
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative

__all__ = ["DonnanResult", "donnan_equilibrium"]

_TINY = float(_np.finfo(float).tiny)  # the smallest normal double


@dataclass(frozen=True)
class DonnanResult:
    """The inside of a cell at Donnan equilibrium.

    Attributes
    ----------
    c_in : numpy.ndarray
        Inside concentration of each permeant ion, mM (same shape as `c_out`).
    vm : numpy.ndarray or numpy.float64
        The Donnan potential, inside minus outside, mV.
    ratio : numpy.ndarray or numpy.float64
        The Donnan ratio r = [cation]_in/[cation]_out = [anion]_out/[anion]_in.
    osmotic_excess : numpy.ndarray or numpy.float64
        Total solute inside (permeant ions plus the impermeant ions) minus total
        outside, mM: positive means water would flow in and the cell would swell.
    """

    c_in: _np.ndarray
    vm: _np.ndarray
    ratio: _np.ndarray
    osmotic_excess: _np.ndarray


def donnan_equilibrium(c_out, z, impermeant, impermeant_valence=-1.0,
                       temperature=BODY_TEMPERATURE):
    r"""Return the Donnan equilibrium of permeant monovalent ions with impermeant charge inside.

    The membrane passes every ion in `c_out` and none of the impermeant ions,
    which stay inside. At equilibrium each permeant ion is at its Nernst
    potential and the inside is electroneutral; this fixes one potential for
    all of them. With no pump the state is a true equilibrium, but the inside
    holds more solute than the outside: water would follow (see
    ``osmotic_excess``), which is why animal cells need the Na⁺/K⁺ pump.

    Parameters
    ----------
    c_out : array_like
        Concentration of each permeant ion in the bath, mM (>= 0, along the last
        axis; at least one cation and one anion present). The bath is the large
        outside: its concentrations do not change.
    z : array_like
        Valence of each permeant ion: +1 or -1 (same last axis as `c_out`).
    impermeant : array_like
        Concentration of the impermeant ions inside, mM (>= 0).
    impermeant_valence : array_like, optional
        Their mean charge (non-zero, e.g. -1 for one negative charge per
        molecule, -0.7 for proteins on average). Default -1.
    temperature : array_like, optional
        Absolute temperature, K. Default 310.15 K (37 °C).

    Returns
    -------
    DonnanResult
        Inside concentrations (mM), the Donnan potential (mV), the Donnan ratio
        and the osmotic excess (mM).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If a concentration is negative or not finite, a valence is not +1 or -1,
        the bath has no cation or no anion, `impermeant_valence` is zero or not
        finite, the bath is not electroneutral, `temperature` is outside
        200-500 K, the arguments do not broadcast, or a concentration inside is
        beyond what a double can hold.

    Notes
    -----
    With the Donnan ratio :math:`r = e^{-FV/RT}`, cations inside are
    :math:`c_o r` and anions :math:`c_o / r`. Electroneutrality inside,
    :math:`C r - A / r + z_X [X] = 0` with :math:`C = \sum_+ c_o` and
    :math:`A = \sum_- c_o`, is a quadratic in :math:`r` with one positive root

    .. math:: r = \frac{-z_X[X] + \sqrt{(z_X[X])^2 + 4 C A}}{2 C}
              = \frac{2 A}{z_X[X] + \sqrt{(z_X[X])^2 + 4 C A}},
              \qquad V = -\frac{RT}{F}\ln r .

    For every cation-anion pair :math:`[K]_i[Cl]_i = [K]_o[Cl]_o`. The root
    is taken as :math:`\sqrt{(z_X[X])^2 + 4CA}` = ``hypot(z_X[X], 2 sqrt(CA))``
    and V from :math:`\ln r` as a difference of logs, so no square or product
    overflows.

    Examples
    --------
    150 mM KCl outside, 100 mM of singly charged anions trapped inside:

    >>> d = donnan_equilibrium([150.0, 150.0], [1, -1], 100.0)
    >>> print(f"K+ in {d.c_in[0]:.1f}, Cl- in {d.c_in[1]:.1f} mM, V = {d.vm:.1f} mV")
    K+ in 208.1, Cl- in 108.1 mM, V = -8.8 mV
    >>> print(f"{d.c_in[0] * d.c_in[1]:.0f} = 150 x 150; osmotic excess {d.osmotic_excess:.1f} mM")
    22500 = 150 x 150; osmotic excess 116.2 mM
    """
    c_out = _nonnegative("c_out", c_out)
    z = _finite("z", z)
    if not _np.all(_np.abs(z) == 1):
        raise ValueError(f"z must be +1 or -1 for every permeant ion, got {z.tolist()!r}")
    if c_out.ndim == 0 or z.ndim == 0 or c_out.shape[-1] != z.shape[-1]:
        raise ValueError(f"c_out and z must list the same ions (last axis), got shapes "
                         f"{c_out.shape} and {z.shape}")
    impermeant = _nonnegative("impermeant", impermeant)
    z_x = _finite("impermeant_valence", impermeant_valence)
    if _np.any(z_x == 0):
        raise ValueError(f"impermeant_valence must be non-zero, got {impermeant_valence!r}")
    rt_f = _np.asarray(_thermal_voltage(temperature))  # mV; refuses T outside 200-500 K
    _broadcast(("c_out", c_out), ("z", z))
    _broadcast(("c_out and z (less their ions axis)", _np.empty(c_out.shape[:-1])),
               ("impermeant", impermeant), ("impermeant_valence", z_x), ("temperature", rt_f))
    with _np.errstate(over="ignore"):
        cations = _np.sum(_np.where(z > 0, c_out, 0.0), axis=-1)
        anions = _np.sum(_np.where(z < 0, c_out, 0.0), axis=-1)
    _finite_result("c_out", cations)
    _finite_result("c_out", anions)
    if _np.any(cations <= 0) or _np.any(anions <= 0):
        raise ValueError("c_out and z must give the bath at least one cation and one anion "
                         "above 0 mM")
    net = cations - anions
    if _np.any(_np.abs(net) > 1e-9 * cations + 1e-9 * anions):
        raise ValueError(f"c_out (with the valences z) must be electroneutral: net charge "
                         f"{net!r} mM")
    with _np.errstate(over="ignore", invalid="ignore"):
        q = z_x * impermeant  # mM of charge inside from the trapped ions
    _finite_result(("impermeant", "impermeant_valence"), q)
    with _np.errstate(over="ignore", under="ignore"):
        product = cations * anions
        # sqrt(C A) as one root where C A is a normal double (then exactly C for C = A)
        geometric = _np.where((product >= _TINY) & (product < _np.inf), _np.sqrt(product),
                              _np.sqrt(cations) * _np.sqrt(anions))
        root = _np.hypot(q, 2.0 * geometric)
    _finite_result(("impermeant", "impermeant_valence", "c_out"), root)
    # ln of the same root, each form free of cancellation on its side of q = 0 (in halves:
    # no sum overflows)
    with _np.errstate(divide="ignore", invalid="ignore"):
        log_ratio = _np.where(q <= 0, _np.log(0.5 * root - 0.5 * q) - _np.log(cations),
                              _np.log(anions) - _np.log(0.5 * q + 0.5 * root))
    vm = -rt_f * log_ratio + 0.0  # + 0.0: no "-0.0 mV" without impermeant ions
    with _np.errstate(all="ignore"):  # checked below
        ratio = _np.exp(log_ratio)
        r = _np.asarray(ratio)[..., None]
        c_in = _np.where(z > 0, c_out * r, c_out / r)
        excess = (_np.sum(c_in, axis=-1) + impermeant) - _np.sum(c_out, axis=-1)
    names = ("c_out", "impermeant", "impermeant_valence")
    for x in (ratio, c_in, excess):
        _finite_result(names, x)
    if not _np.all(ratio > 0):
        raise ValueError(f"the Donnan ratio for these values of {', '.join(names)} is below "
                         "what a double can hold")
    return DonnanResult(c_in=c_in, vm=_np.asarray(vm)[()], ratio=_np.asarray(ratio)[()],
                        osmotic_excess=_np.asarray(excess)[()])
