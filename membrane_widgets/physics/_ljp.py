r"""Liquid junction potential (LJP) between a patch pipette and the bath.

Where two different electrolyte solutions meet, the faster ions run ahead of
the slower ones and a diffusion potential builds up across the junction. In a
patch-clamp experiment the amplifier is zeroed with the pipette in the bath, so
this junction potential ends up inside every membrane potential reported later.

Sign convention
---------------
As in JPCalc (Barry 1994) and LJPcalc: the LJP is the potential of the bath
relative to the pipette solution, and the true membrane potential is

.. math:: V_\mathrm{true} = V_\mathrm{measured} - V_\mathrm{LJP}.

A K-gluconate pipette against ACSF gives a positive LJP of about +13 to
+16 mV, so the true potential is that much more negative than the reading.

Methods
-------
``"henderson"``
    The Henderson equation: the two solutions mix linearly across the
    junction (Barry & Lynch 1991; this is what JPCalc computes).
``"nernst_planck"`` (alias ``"planck"``)
    The stationary Nernst-Planck equations with electroneutrality and zero
    current, concentrations fixed at both ends (Marino, Misuri & Brogioli
    2014; what LJPcalc and its Java ancestor JLJP compute). The profile is
    found, not assumed. The change of variable
    :math:`d\tau = dx / \sum_i z_i^2 c_i` turns the problem into a linear
    system with constant coefficients, :math:`dc/d\tau = M(J)\, c`, so the
    bath concentrations are a matrix exponential of the pipette ones and the
    only unknowns are the fluxes, found with :func:`scipy.optimize.root`
    (see :func:`liquid_junction_potential`, Notes). The result agrees with
    :func:`scipy.integrate.solve_bvp` to better than 1e-6 mV.

When the two methods differ
---------------------------
They agree exactly for a single salt at two concentrations, whatever its
valences (Harper 1985's NaCl, HCl, CaCl2 and ZnSO4 examples), and for
monovalent ions whose anions are the same on both sides, only the cations
being exchanged (e.g. NaCl | KCl, Ng & Barry 1995; both then reduce to the
Lewis-Sargent formula :math:`-(RT/F)\ln(\Lambda^\mathrm{bath} /
\Lambda^\mathrm{pip})`, with :math:`\Lambda = \sum_i z_i^2 u_i c_i`).
Otherwise the linear profile assumed by Henderson is only an approximation.
Measured on the published sets (see ``tests/test_ljp.py``; Nernst-Planck
minus Henderson):

* monovalent ions, 10 mM NaCl + 135 mM CsF against 145 mM NaCl (JPCalcWin
  manual): +0.09 mV;
* K-gluconate, Cs-gluconate and K-methanesulfonate pipettes against ACSF,
  which carries a few mM of Ca2+, Mg2+ and SO4 2-: +0.2 to +0.7 mV (AxoBits
  example +0.44 mV, Walz (ed.) 2007 K-gluconate +0.36 mV);
* 100 mM NaCl against 100 mM MgCl2: +0.08 mV; 9 mM ZnCl2 against 3 mM KCl
  (the JLJP example): -0.96 mV (Henderson -19.86, Nernst-Planck -20.81 mV).

The difference grows with the concentration ratio and with the mobility
contrast of the ions that change sides. For random pairs of monovalent
solutions without H+ (library mobilities 0.26 to 1.06, 10 to 200 mM per
side) it was below 1.5 mV when both sides are 100 to 200 mM, and at worst
6.5 mV (13 % of a 48 mV LJP: 10 mM of a slow salt such as NMDG-glutamate
against 200 mM of a salt with a fast anion); relative to the LJP it stayed
below 23 %. With H+ (mobility 4.76) it reaches 20 mV (150 mM HCl against
13 mM NMDG-glutamate: Henderson +78.6, Nernst-Planck +58.0 mV).

Solutions that are not electroneutral
-------------------------------------
Both methods warn (``UserWarning``, "<side> is not electroneutral: net charge
... mM") and go on. Henderson uses the concentrations as given. For
Nernst-Planck, which needs electroneutral ends, this module does what LJPcalc
does (its README: "the last ion's c0 may be overridden to achieve
electroneutrality"; ``LjpCalculator.CalculateLjp`` and
``IonSorting.PreCalculationSort`` in its source): the ion with the highest
bath concentration (the last one listed, if tied) has its concentration on
each side replaced by the value that makes that side neutral, with a second
warning saying so. If that would need a negative concentration, the
Henderson value is returned instead, again with a warning.

Temperature and mobilities
--------------------------
Temperature scales RT/F only. The mobilities stay at their 25 degrees
Celsius values from the ion library (Barry's table, relative to K+), as in
JPCalc and LJPcalc. Most ions' mobilities rise together, by about 2 % per
kelvin, so their ratios, which are all the LJP depends on, change far less.
LJPcalc's own table differs slightly (it prefers Lange's Handbook values and
divides the UNSW values of polyvalent ions such as EGTA by ``|z|`` a second
time), its solver stops at 1 % concentration error, and it integrates along
the junction in 1000 explicit steps (the JLJP ZnCl2 example: LJPcalc
-20.796 mV, exact -20.814 mV), so its printed values can differ from ours by
a few tenths of a millivolt.

References
----------
Barry PH, Lynch JW (1991). Liquid junction potentials and small cell effects
in patch-clamp analysis. J Membr Biol 121:101-117.

Barry PH (1994). JPCalc, a software package for calculating liquid junction
potential corrections in patch-clamp, intracellular, epithelial and bilayer
measurements and for correcting junction potential measurements. J Neurosci
Methods 51:107-116.

Marino M, Misuri L, Brogioli D (2014). A new open source software for the
calculation of the liquid junction potential between two solutions according
to the stationary Nernst-Planck equation. arXiv:1403.3640.

Harden SW, Brogioli D (2020). LJPcalc (a C# port of Brogioli's JLJP),
https://swharden.com/LJPcalc; source https://github.com/swharden/LJPcalc.

Ng B, Barry PH (1995). The measurement of ionic conductivities and mobilities
of certain less common organic ions needed for junction potential
corrections in electrophysiology. J Neurosci Methods 56:37-41.

Harper (1985). J Phys Chem, doi:10.1021/j100255a022 (Table I: single-salt
junction potentials).
"""

import warnings as _warnings
from collections.abc import Mapping as _Mapping

import numpy as _np

from membrane_widgets.physics._constants import ROOM_TEMPERATURE as _ROOM_TEMPERATURE
from membrane_widgets.physics._constants import thermal_voltage as _thermal_voltage
from membrane_widgets.physics._ions import get_ion as _get_ion
from membrane_widgets.physics._nernst_planck import NotConverged as _NotConverged
from membrane_widgets.physics._nernst_planck import junction_potential as _np_junction
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import choice as _choice
from membrane_widgets.physics._validate import finite as _finite
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative

__all__ = ["liquid_junction_potential", "correct_for_ljp", "ElectroneutralityWarning"]


class ElectroneutralityWarning(UserWarning):
    """A junction-potential input was not electroneutral, and what was done about it.

    Parameters
    ----------
    message : str
        The warning in words (English).
    kind : {"charged", "balanced", "fallback"}
        ``"charged"``: a solution carries a net charge (``side``, ``net`` in
        mM). ``"balanced"``: Nernst-Planck made both sides neutral as LJPcalc
        does, by changing one ion (``ion``; its new ``pipette`` and ``bath``
        concentrations, mM). ``"fallback"``: that would need a negative
        concentration or an empty side, so the Henderson value is returned
        (``ion``).
    **details
        The values named above, kept as attributes of :attr:`details`, so
        that a user interface can say the same in another language.
    """

    def __init__(self, message, kind, **details):
        super().__init__(message)
        self.kind = kind
        self.details = details

_METHODS = ("henderson", "nernst_planck", "planck")
# the smallest normal double: scaled sums below it have lost digits to underflow
_TINY = float(_np.finfo(float).tiny)

# Relative tolerance of the electroneutrality check: |sum z c| against sum |z| c.
_NEUTRAL_RTOL = 1e-9


def liquid_junction_potential(pipette, bath, temperature=_ROOM_TEMPERATURE, method="henderson"):
    r"""Return the liquid junction potential of the bath relative to the pipette.

    Parameters
    ----------
    pipette : mapping of str to float
        Pipette (filling) solution: ion name from the ion library (any case,
        e.g. ``"K"``, ``"gluconate"``) to concentration, mM. An ion missing
        here counts as 0 mM in the pipette.
    bath : mapping of str to float
        Bath solution, in the same form as `pipette`.
    temperature : array_like, optional
        Absolute temperature, K. Default 298.15 K (25 degrees Celsius). Only
        RT/F depends on it; an array gives one LJP per temperature.
    method : {"henderson", "nernst_planck", "planck"}, optional
        ``"henderson"`` (default): linear mixing, as JPCalc. ``"nernst_planck"``
        or its alias ``"planck"``: the stationary Nernst-Planck equations, as
        LJPcalc.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        LJP, mV: potential of the bath minus that of the pipette. Subtract it
        from the measured potential (:func:`correct_for_ljp`).

    Raises
    ------
    ValueError
        If `method` is unknown; if an ion name is not in the ion library
        (the message lists the known ones) or appears twice on one side; if a
        concentration is negative, NaN, infinite or not a single number (the
        message names `pipette` or `bath` and the ion); if `temperature` is not
        above 0 K; if no ion has a non-zero concentration, or one side has
        none (the junction against pure water has no finite potential); if
        the Nernst-Planck solver fails to converge (the message names
        `pipette` and `bath`; not seen in 10 000 random tests with
        concentrations from 0.001 to 1000 mM).
    TypeError
        If a concentration or `temperature` is not a real number.

    Warns
    -----
    UserWarning
        If a side is not electroneutral (the message gives the net charge in
        mM); for Nernst-Planck also how the charge was balanced, or that the
        Henderson value was returned instead (see the module docstring).

    Notes
    -----
    With :math:`u_i` the mobility relative to K+ (proportional to the
    diffusion coefficient), :math:`z_i` the valence, :math:`\Delta c_i =
    c_i^\mathrm{bath} - c_i^\mathrm{pip}` and
    :math:`S^k = \sum_i z_i^2 u_i c_i^k`, the Henderson equation is

    .. math::

        V_\mathrm{LJP} = \psi^\mathrm{bath} - \psi^\mathrm{pip}
        = -\frac{RT}{F}\,
          \frac{\sum_i z_i u_i \Delta c_i}{\sum_i z_i^2 u_i \Delta c_i}
          \ln\frac{S^\mathrm{bath}}{S^\mathrm{pip}},

    taken in its exact limit :math:`(\sum_i z_i u_i \Delta c_i) / S^\mathrm{pip}`
    when :math:`S^\mathrm{bath} = S^\mathrm{pip}`.

    The stationary Nernst-Planck method solves, along a junction
    :math:`0 \le x \le 1` (pipette at 0, bath at 1), with potential
    :math:`\phi` in units of RT/F,

    .. math::

        J_i = -u_i\left(\frac{dc_i}{dx} + z_i c_i \frac{d\phi}{dx}\right)
        \ \text{constant},\qquad
        \sum_i z_i c_i = 0,\qquad \sum_i z_i J_i = 0,

    with :math:`c_i(0)` and :math:`c_i(1)` given. Electroneutrality gives
    :math:`d\phi/dx = -a / \sum_k z_k^2 c_k` with
    :math:`a = \sum_k z_k J_k / u_k`; in the variable
    :math:`d\tau = dx / \sum_k z_k^2 c_k` the equations become linear,

    .. math::

        \frac{dc_i}{d\tau} = a\, z_i c_i
        - \frac{J_i}{u_i} \sum_k z_k^2 c_k,\qquad
        \frac{d\phi}{d\tau} = -a,

    so :math:`c(\tau_1) = \exp(M \tau_1)\, c(0)` and
    :math:`V_\mathrm{LJP} = -(RT/F)\, a\, \tau_1`. Only the products
    :math:`K_i = J_i \tau_1` matter; they are found by requiring
    :math:`c(\tau_1)` to equal the bath concentrations.

    Examples
    --------
    A K-gluconate pipette against a NaCl bath at 20 degrees Celsius (the
    JPCalc example of Figl et al., AxoBits 39; JPCalc gives +15.6 mV):

    >>> pipette = {"K": 145, "Na": 13, "Cl": 10, "gluconate": 145, "Mg": 1, "HEPES": 5}
    >>> bath = {"K": 2.8, "Na": 145, "Cl": 148.8, "Mg": 2, "Ca": 1, "HEPES": 5}
    >>> print(f"{liquid_junction_potential(pipette, bath, 293.15):.1f}")
    15.6
    >>> print(f"{liquid_junction_potential(pipette, bath, 293.15, 'nernst_planck'):.1f}")
    16.0

    A single salt: the classical (t+ - t-) (RT/F) ln(c_pip / c_bath):

    >>> print(f"{liquid_junction_potential({'K': 150, 'Cl': 150}, {'K': 15, 'Cl': 15}):.3f}")
    -1.109
    """
    method = _choice("method", method, _METHODS)
    vt = _np.asarray(_thermal_voltage(temperature))
    names, z, u, c_pip, c_bath = _collect(pipette, bath)
    _warn_if_charged(z, c_pip, c_bath, stacklevel=3)
    if method == "henderson":
        dphi = _henderson(z, u, c_pip, c_bath)
    else:
        try:
            dphi = _nernst_planck_balanced(names, z, u, c_pip, c_bath)
        except _NotConverged as err:
            raise ValueError(f"pipette and bath: {err}") from None
    # + 0.0 turns the -0.0 of identical solutions into 0.0
    return (vt * (dphi + 0.0))[()]


def correct_for_ljp(v_measured, ljp):
    r"""Return the true membrane potential, V_measured - LJP.

    Parameters
    ----------
    v_measured : array_like
        Potential read with the amplifier zeroed in the bath, mV.
    ljp : array_like
        Liquid junction potential of the bath relative to the pipette, mV,
        as returned by :func:`liquid_junction_potential`.

    Returns
    -------
    numpy.float64 or numpy.ndarray
        Corrected membrane potential, mV (inputs broadcast against each
        other).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `v_measured` or `ljp` is not finite, they do not broadcast, or the
        difference is beyond what a double can hold.

    Notes
    -----
    .. math:: V_\mathrm{true} = V_\mathrm{measured} - V_\mathrm{LJP}

    Examples
    --------
    A cell that reads -60 mV with a +15 mV junction potential sits at -75 mV:

    >>> print(f"{correct_for_ljp(-60.0, 15.0):.1f}")
    -75.0
    """
    v = _finite("v_measured", v_measured)
    e = _finite("ljp", ljp)
    _broadcast(("v_measured", v), ("ljp", e))
    with _np.errstate(over="ignore"):
        corrected = v - e
    return _finite_result(("v_measured", "ljp"), corrected)[()]


def _collect(pipette, bath):
    """Validate both solutions; return names, z, u and the two concentration arrays.

    Ions at zero concentration on both sides are dropped: they carry no flux.
    """
    sides = {}
    for side, solution in (("pipette", pipette), ("bath", bath)):
        if not isinstance(solution, _Mapping):
            raise ValueError(
                f"{side} must be a mapping from ion name to concentration in mM, "
                f"got {type(solution).__name__}"
            )
        parsed = {}
        for key, value in solution.items():
            try:
                ion = _get_ion(key)
            except ValueError as err:
                raise ValueError(f"{side}: {err}") from None
            label = f"{side}[{key!r}]"
            conc = _nonnegative(label, value)
            if conc.ndim != 0:
                raise ValueError(
                    f"{label} must be a single concentration in mM, got shape {conc.shape}"
                )
            if ion.name in parsed:
                raise ValueError(f"{side} lists the ion {ion.name!r} twice")
            parsed[ion.name] = (ion, float(conc))
        sides[side] = parsed

    ions = {}
    for parsed in sides.values():
        for name, (ion, _) in parsed.items():
            ions.setdefault(name, ion)
    no_ion = (None, 0.0)
    rows = [
        (name, ion, sides["pipette"].get(name, no_ion)[1], sides["bath"].get(name, no_ion)[1])
        for name, ion in ions.items()
    ]
    rows = [row for row in rows if row[2] > 0 or row[3] > 0]
    if not rows:
        raise ValueError("pipette and bath contain no ion at a non-zero concentration")
    names = [row[0] for row in rows]
    z = _np.array([row[1].valence for row in rows], dtype=float)
    u = _np.array([row[1].mobility for row in rows], dtype=float)
    c_pip = _np.array([row[2] for row in rows])
    c_bath = _np.array([row[3] for row in rows])
    for side, c in (("pipette", c_pip), ("bath", c_bath)):
        if not _np.any(c > 0):
            raise ValueError(
                f"{side} contains no ion at a non-zero concentration; the junction "
                "potential against pure water is not finite"
            )
    return names, z, u, c_pip, c_bath


def _format_mM(value):
    """Format a concentration with a sign and up to 6 significant digits."""
    return _np.format_float_positional(
        value, precision=6, unique=True, fractional=False, trim="0", sign=True
    )


def _net_charge(z, c):
    """Return (net charge, True if it is zero within tolerance), in mM.

    Where the sums would overflow, the (relative) test is made on the
    concentrations divided by the largest.
    """
    with _np.errstate(over="ignore", invalid="ignore"):
        net = float(_np.sum(z * c))
        total = float(_np.sum(_np.abs(z) * c))
    if _np.isfinite(net) and _np.isfinite(total):
        return net, abs(net) <= _NEUTRAL_RTOL * total
    scale = float(_np.max(c))
    a = c / scale
    net = float(_np.sum(z * a))
    with _np.errstate(over="ignore"):
        net_mM = net * scale
    return net_mM, abs(net) <= _NEUTRAL_RTOL * float(_np.sum(_np.abs(z) * a))


def _warn_if_charged(z, c_pip, c_bath, stacklevel):
    """Warn for each side that is not electroneutral."""
    for side, c in (("pipette", c_pip), ("bath", c_bath)):
        net, neutral = _net_charge(z, c)
        if not neutral:
            _warnings.warn(
                ElectroneutralityWarning(
                    f"{side} is not electroneutral: net charge {_format_mM(net)} mM",
                    "charged", side=side, net=net),
                stacklevel=stacklevel,
            )


def _henderson(z, u, c_pip, c_bath):
    """Henderson junction potential, bath minus pipette, in units of RT/F.

    The potential does not change when every concentration is scaled by one
    factor, so they are divided by the largest first (no sum overflows); where
    the two sides differ more than twofold, ln(S_bath / S_pip) is taken as a
    difference of logs of each side's own scaled sum (no underflow either).
    """
    if _np.array_equal(c_pip, c_bath):
        return 0.0
    scale = max(float(_np.max(c_pip)), float(_np.max(c_bath)))
    a_pip, a_bath = c_pip / scale, c_bath / scale
    dc = a_bath - a_pip
    numerator = float(_np.sum(z * u * dc))
    s_pip = float(_np.sum(z * z * u * a_pip))
    s_bath = float(_np.sum(z * z * u * a_bath))
    if min(s_pip, s_bath) >= _TINY and 0.5 <= s_bath / s_pip <= 2.0:
        # near each other: ln(S_bath / S_pip) / (S_bath - S_pip) = log1p(x) / (x S_pip),
        # x = dS / S_pip, whose limit at x = 0 is exactly 1 / S_pip
        x = (s_bath - s_pip) / s_pip
        log_ratio_over_ds = (_np.log1p(x) / x if x != 0.0 else 1.0) / s_pip
        return -numerator * float(log_ratio_over_ds)
    # far apart (S_bath - S_pip has no cancellation): each side's sum scaled by its own
    # largest concentration, so that a side far below the other does not underflow, then
    # the logs differenced
    log_s = [_np.log(float(_np.max(c))) + _np.log(float(_np.sum(z * z * u * (c / _np.max(c)))))
             for c in (c_pip, c_bath)]
    return -numerator / float(_np.sum(z * z * u * dc)) * float(log_s[1] - log_s[0])


def _nernst_planck_balanced(names, z, u, c_pip, c_bath):
    """Balance charge the LJPcalc way if needed, then solve Nernst-Planck (RT/F units)."""
    if _net_charge(z, c_pip)[1] and _net_charge(z, c_bath)[1]:
        return _np_junction(z, u, c_pip, c_bath)
    # LJPcalc: the ion with the highest bath concentration (the last one if tied)
    # takes up the net charge of each side; the sums in units of the largest concentration
    # (no overflow), the new values back in mM for the message
    k = len(c_bath) - 1 - int(_np.argmax(c_bath[::-1]))
    scale = max(float(_np.max(c_pip)), float(_np.max(c_bath)))
    new_pip = c_pip / scale
    new_bath = c_bath / scale
    new_pip[k] -= _np.sum(z * new_pip) / z[k]
    new_bath[k] -= _np.sum(z * new_bath) / z[k]
    if min(new_pip[k], new_bath[k]) < 0 or not (_np.any(new_pip > 0) and _np.any(new_bath > 0)):
        _warnings.warn(
            ElectroneutralityWarning(
                f"nernst_planck: cannot make both sides electroneutral by adjusting {names[k]} "
                "(the ion LJPcalc would adjust) without a negative concentration or an empty "
                "side; returning the Henderson value instead",
                "fallback", ion=names[k]),
            stacklevel=3,
        )
        return _henderson(z, u, c_pip, c_bath)
    with _np.errstate(over="ignore"):
        pip_k, bath_k = float(new_pip[k] * scale), float(new_bath[k] * scale)
    _warnings.warn(
        ElectroneutralityWarning(
            f"nernst_planck: made both sides electroneutral as LJPcalc does, by setting "
            f"{names[k]} (highest bath concentration) to {pip_k:.6g} mM in the pipette "
            f"and {bath_k:.6g} mM in the bath",
            "balanced", ion=names[k], pipette=pip_k, bath=bath_k),
        stacklevel=3,
    )
    keep = (new_pip > 0) | (new_bath > 0)
    return _np_junction(z[keep], u[keep], new_pip[keep], new_bath[keep])
