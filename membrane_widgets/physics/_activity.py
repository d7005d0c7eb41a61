r"""Ionic strength and single-ion activity coefficients of dilute electrolytes.

Concentrations in this package are molar (mM = mmol/L), so every Debye-Hueckel
quantity here is on the molar (mol/L) scale. Tables of activity coefficients
are usually molal (mol/kg of water); the two scales differ by the density of
water, :math:`c \approx \rho_w m` with :math:`\rho_w` = 0.99705 kg/L at
25 degrees Celsius (Kell 1975, J Chem Eng Data 20:97-105), i.e. by 0.3 %.

Sources
-------
Debye & Hueckel (1923), Physikalische Zeitschrift 24:185-206
    The limiting and the extended law.
Davies (1938), J Chem Soc 2093-2098; Davies (1962), *Ion Association*,
Butterworths, London
    The Davies equation, with the 0.3 coefficient of the 1962 book (the 1938
    paper used 0.2).
Kielland (1937), J Am Chem Soc 59:1675-1678
    Ion-size parameters for the extended law (``get_ion(name).ion_size``).
Malmberg & Maryott (1956), J Res Natl Bur Stand 56:1-8
    The relative permittivity of water, 0-100 degrees Celsius.
"""

import numpy as _np

from membrane_widgets.physics._constants import AVOGADRO as _AVOGADRO
from membrane_widgets.physics._constants import BOLTZMANN as _BOLTZMANN
from membrane_widgets.physics._constants import ELEMENTARY_CHARGE as _ELEMENTARY_CHARGE
from membrane_widgets.physics._constants import ROOM_TEMPERATURE as _ROOM_T
from membrane_widgets.physics._constants import VACUUM_PERMITTIVITY as _VACUUM_PERMITTIVITY
from membrane_widgets.physics._constants import ZERO_CELSIUS as _ZERO_CELSIUS
from membrane_widgets.physics._validate import _describe
from membrane_widgets.physics._validate import broadcast as _broadcast
from membrane_widgets.physics._validate import choice as _choice
from membrane_widgets.physics._validate import finite_result as _finite_result
from membrane_widgets.physics._validate import nonnegative as _nonnegative
from membrane_widgets.physics._validate import positive as _positive
from membrane_widgets.physics._validate import temperature as _check_temperature
from membrane_widgets.physics._validate import valence as _valence
from membrane_widgets.physics._validity import warn_above as _warn_above

__all__ = [
    "ionic_strength",
    "water_permittivity",
    "debye_huckel_constants",
    "activity_coefficient",
    "activity",
]

# The activity-coefficient models accepted by activity_coefficient.
_MODELS = ("debye_huckel", "extended_debye_huckel", "davies")

# Upper limit of each model's validity, ionic strength in mM, as the Notes of
# activity_coefficient state it ("a few mM", "about 100 mM", "about 0.5 M"); above
# it the model warns with a ValidityRangeWarning.
_VALID_UP_TO = {"debye_huckel": 5.0, "extended_debye_huckel": 100.0, "davies": 500.0}
_MODEL_NAMES = {"debye_huckel": "Debye-Hueckel limiting law",
                "extended_debye_huckel": "extended Debye-Hueckel law",
                "davies": "Davies equation"}

# Validity range of the Malmberg & Maryott fit, K.
_T_MIN = _ZERO_CELSIUS
_T_MAX = _ZERO_CELSIUS + 100.0

# Malmberg & Maryott (1956), eq. 2: coefficients of t^0..t^3, t in degrees Celsius.
_MM_COEFFS = (87.740, -0.40008, 9.398e-4, -1.410e-6)

_LITRES_PER_M3 = 1000.0
_METRES_PER_ANGSTROM = 1e-10
_MM_PER_M = 1000.0  # mM per mol/L

# Davies (1962) coefficient of the linear term.
_DAVIES_LINEAR = 0.3


def _check_water_temperature(temperature):
    """Return `temperature` (K) as a float array, inside 273.15-373.15 K."""
    t = _check_temperature("temperature", temperature)
    bad = (t < _T_MIN) | (t > _T_MAX)
    if _np.any(bad):
        raise ValueError(
            f"temperature must be between {_T_MIN:.2f} K and {_T_MAX:.2f} K "
            "(0-100 degrees Celsius, the range of the Malmberg & Maryott (1956) "
            f"permittivity of water), got {_describe(temperature, bad)}"
        )
    return t


def ionic_strength(c, z):
    r"""Return the ionic strength of a solution, in mM.

    Parameters
    ----------
    c : array_like
        Concentration of each ion species, mM (non-negative, finite; 0 for an
        absent ion). Species run along the last axis; leading axes are
        independent solutions (conditions).
    z : array_like
        Valence of each species (non-zero whole numbers), broadcastable to `c`,
        e.g. ``[1, -1]`` for NaCl.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Ionic strength I, mM, with the leading shape of ``c`` and ``z``
        broadcast together (a scalar for one solution).

    Raises
    ------
    TypeError
        If an argument is not a real number.
    ValueError
        If `c` is negative or not finite, `z` is zero or not a whole number,
        `c` and `z` do not broadcast together, or I is beyond what a double
        can hold.

    Notes
    -----
    .. math:: I = \frac{1}{2} \sum_i c_i z_i^2

    List every ion, counter-ions included: a salt contributes through both
    of its ions. A single number for `c` and `z` is read as one species.

    Examples
    --------
    150 mM NaCl, and 10 mM CaCl2 (10 mM Ca2+, 20 mM Cl-):

    >>> print(f"{ionic_strength([150.0, 150.0], [1, -1]):.1f}")
    150.0
    >>> print(f"{ionic_strength([10.0, 20.0], [2, -1]):.1f}")
    30.0

    """
    c = _nonnegative("c", c)
    z = _valence("z", z)
    _broadcast(("c", c), ("z", z))
    with _np.errstate(over="ignore", invalid="ignore"):
        terms = 0.5 * c * z * z
        total = terms[()] if terms.ndim == 0 else _np.sum(terms, axis=-1)[()]
    return _finite_result(("c", "z"), total)


def water_permittivity(temperature=_ROOM_T):
    r"""Return the relative permittivity (dielectric constant) of water.

    Parameters
    ----------
    temperature : array_like, optional
        Absolute temperature, K, between 273.15 and 373.15 K (0-100 degrees
        Celsius). Default 298.15 K (25 degrees Celsius).

    Returns
    -------
    numpy.ndarray or numpy.float64
        Relative permittivity of liquid water at 1 atm (unitless).

    Raises
    ------
    ValueError
        If `temperature` is outside 273.15-373.15 K or not finite.

    Notes
    -----
    The fit of Malmberg & Maryott (1956), J Res Natl Bur Stand 56:1-8, eq. 2,
    with :math:`t` in degrees Celsius:

    .. math::
        \varepsilon_r = 87.740 - 0.40008\,t + 9.398\times10^{-4}\,t^2
                        - 1.410\times10^{-6}\,t^3

    Examples
    --------
    >>> print(f"{water_permittivity(298.15):.2f}")
    78.30
    >>> print(f"{water_permittivity(310.15):.2f}")
    74.15

    """
    t = _check_water_temperature(temperature) - _ZERO_CELSIUS
    c0, c1, c2, c3 = _MM_COEFFS
    return (c0 + t * (c1 + t * (c2 + t * c3)))[()]


def debye_huckel_constants(temperature=_ROOM_T):
    r"""Return the Debye-Hueckel constants A and B of water (molar scale).

    Parameters
    ----------
    temperature : array_like, optional
        Absolute temperature, K, between 273.15 and 373.15 K. Default 298.15 K
        (25 degrees Celsius).

    Returns
    -------
    A : numpy.ndarray or numpy.float64
        Limiting-law constant for :math:`\log_{10}\gamma`, (mol/L)^(-1/2).
        0.5116 at 25 degrees Celsius, 0.5232 at 37 degrees Celsius.
    B : numpy.ndarray or numpy.float64
        Constant of the extended law, 1/(angstrom (mol/L)^(1/2)). 0.3291 at
        25 degrees Celsius, 0.3316 at 37 degrees Celsius.

    Raises
    ------
    ValueError
        If `temperature` is outside 273.15-373.15 K or not finite.

    Notes
    -----
    Computed from first principles with the SI constants of
    :mod:`scipy.constants` and :func:`water_permittivity`. With ionic
    strength :math:`I` in mol/L, the inverse Debye length is
    :math:`\kappa = \kappa_1 \sqrt{I}`, where

    .. math::
        \kappa_1 = \sqrt{\frac{2 N_A e^2 \cdot 1000\ \mathrm{L/m^3}}
                              {\varepsilon_0 \varepsilon_r k_B T}},
        \qquad
        A = \frac{e^2 \kappa_1}{8 \pi \varepsilon_0 \varepsilon_r k_B T \ln 10},
        \qquad
        B = \kappa_1 \times 10^{-10}\ \mathrm{m/\mathring{A}}.

    Density of water: none is needed on this molar scale (the number of ions
    per cubic metre is :math:`1000 N_A c` whatever the density). Tables on the
    molal scale, (mol/kg)^(-1/2), quote :math:`A\sqrt{\rho_w}` and
    :math:`B\sqrt{\rho_w}`; with :math:`\rho_w` = 0.99705 kg/L at 25 degrees
    Celsius (Kell 1975) these are 0.5108 and 0.3286. Where this package
    compares with molal data it takes 1 mol/kg as 1 mol/L, i.e.
    :math:`\rho_w` = 1 kg/L, an error of 0.3 % in I and far less in gamma.
    Published values at 25 degrees Celsius spread over A = 0.5085-0.5116
    and B = 0.328-0.329: the often-quoted molal A = 0.5091 (Manov, Bates,
    Hamer & Acree 1943, J Am Chem Soc 65:1765-1767) rests on an older
    permittivity of water (about 78.5 rather than 78.30); Robinson & Stokes,
    *Electrolyte Solutions* (2nd ed., 1959), Appendix 7.1, give 0.5115 and
    0.3291 on the molar scale. A scales as :math:`\varepsilon_r^{-3/2}`, so
    0.3 % in the permittivity is 0.45 % in A.

    Examples
    --------
    >>> A, B = debye_huckel_constants(298.15)
    >>> print(f"A = {A:.4f}, B = {B:.4f}")
    A = 0.5116, B = 0.3291

    """
    t = _check_water_temperature(temperature)
    eps = _VACUUM_PERMITTIVITY * water_permittivity(t)
    e2 = _ELEMENTARY_CHARGE**2
    kt = _BOLTZMANN * t
    kappa_1 = _np.sqrt(2.0 * _AVOGADRO * e2 * _LITRES_PER_M3 / (eps * kt))  # 1/m per (mol/L)^1/2
    a = e2 * kappa_1 / (8.0 * _np.pi * eps * kt * _np.log(10.0))
    b = kappa_1 * _METRES_PER_ANGSTROM
    return a[()], b[()]


def activity_coefficient(z, ionic_strength, model="davies", temperature=_ROOM_T, ion_size=None):
    r"""Return the single-ion activity coefficient of an ion in solution.

    Parameters
    ----------
    z : array_like
        Valence of the ion (non-zero whole number), e.g. 1 for K+, 2 for Ca2+.
    ionic_strength : array_like
        Ionic strength of the solution, mM (non-negative, finite), e.g. from
        :func:`ionic_strength`. Converted to mol/L inside.
    model : {"davies", "debye_huckel", "extended_debye_huckel"}, optional
        Which law to use (see Notes). Default ``"davies"``.
    temperature : array_like, optional
        Absolute temperature, K, between 273.15 and 373.15 K. Default 298.15 K
        (25 degrees Celsius).
    ion_size : array_like, optional
        Kielland's ion-size parameter a, angstrom (positive), e.g.
        ``get_ion("K").ion_size``. Required by ``"extended_debye_huckel"``;
        checked but not used by the other models.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Activity coefficient gamma (unitless); the arguments broadcast
        together. Exactly 1 at zero ionic strength.

    Raises
    ------
    TypeError
        If a number is not a real number.
    ValueError
        If `z` is zero or not a whole number; `ionic_strength` is negative or
        not finite; `model` is unknown; `ion_size` is missing (extended law)
        or not positive; `temperature` is outside 273.15-373.15 K; the
        arguments do not broadcast; or gamma is beyond what a double can hold
        (the Davies equation far above its range).

    Warns
    -----
    ValidityRangeWarning
        If `ionic_strength` exceeds the model's limit of validity (see
        Notes): 5 mM for ``"debye_huckel"``, 100 mM for
        ``"extended_debye_huckel"``, 500 mM for ``"davies"``. The warning's
        ``model`` is the model, ``quantity`` ``"ionic_strength"``, ``value``
        the largest ionic strength above the limit and ``limit`` the limit,
        both in ``unit`` mM.

    See Also
    --------
    activity : the activity (effective concentration) a = gamma c.
    debye_huckel_constants : A and B.

    Notes
    -----
    With :math:`I` in mol/L and A, B from :func:`debye_huckel_constants`:

    ``"debye_huckel"``, the limiting law (Debye & Hueckel 1923)
        .. math:: \log_{10}\gamma = -A z^2 \sqrt{I}

        Exact as I -> 0; good to about 1 % in gamma only below a few mM
        (it warns above 5 mM).
    ``"extended_debye_huckel"`` (Debye & Hueckel 1923, with the ion sizes of
    Kielland 1937)
        .. math:: \log_{10}\gamma = -\frac{A z^2 \sqrt{I}}{1 + B a \sqrt{I}}

        Usable up to about 100 mM (it warns above).
    ``"davies"`` (Davies 1938; the 0.3 of Davies 1962, *Ion Association*)
        .. math::
            \log_{10}\gamma = -A z^2 \left(\frac{\sqrt{I}}{1 + \sqrt{I}}
                              - 0.3\, I\right)

        Needs no ion size; usable up to about 0.5 M (a few per cent for 1:1
        salts at 0.1 M, less reliable for multivalent ions). Above about 0.5 M
        it is unreliable (it warns) and gamma eventually rises above 1.

    Single-ion activity coefficients cannot be measured; only the mean
    coefficient of a salt can. For a 1:1 salt, all three laws give the mean
    coefficient equal to the single-ion value.

    Examples
    --------
    K+ and Ca2+ in 150 mM ionic strength (about physiological saline):

    >>> print(f"{activity_coefficient(1, 150.0):.3f}")
    0.759
    >>> print(f"{activity_coefficient(2, 150.0):.3f}")
    0.332
    >>> g = activity_coefficient(1, 10.0, model="extended_debye_huckel", ion_size=3.0)
    >>> print(f"{g:.3f}")
    0.898

    """
    return _gamma(z, ionic_strength, model, temperature, ion_size, stacklevel=3)


def _gamma(z, ionic_strength, model, temperature, ion_size, stacklevel):
    """Return gamma; warn (`stacklevel` frames up) outside the range of the model."""
    z = _valence("z", z)
    i_mm = _nonnegative("ionic_strength", ionic_strength)
    _choice("model", model, _MODELS)
    if ion_size is not None:
        ion_size = _positive("ion_size", ion_size)
    elif model == "extended_debye_huckel":
        raise ValueError(
            "ion_size is required for model='extended_debye_huckel': give "
            "Kielland's ion-size parameter in angstrom, e.g. get_ion('K').ion_size"
        )
    a_dh, b_dh = debye_huckel_constants(temperature)
    named = [("z", z), ("ionic_strength", i_mm), ("temperature", _np.asarray(a_dh))]
    _broadcast(*named, *([("ion_size", ion_size)] if ion_size is not None else []))
    _warn_above(model, "ionic_strength", i_mm, _VALID_UP_TO[model], "mM",
                f"ionic_strength {{value:g}} {{unit}} is above {{limit:g}} {{unit}}, the limit "
                f"of validity of the {_MODEL_NAMES[model]} (model={model!r}): the activity "
                "coefficient there is unreliable", stacklevel=stacklevel)

    i_molar = i_mm / _MM_PER_M
    sqrt_i = _np.sqrt(i_molar)
    with _np.errstate(over="ignore", invalid="ignore"):
        if model == "debye_huckel":
            shape = sqrt_i
        elif model == "extended_debye_huckel":
            shape = sqrt_i / (1.0 + b_dh * ion_size * sqrt_i)
        else:
            shape = sqrt_i / (1.0 + sqrt_i) - _DAVIES_LINEAR * i_molar
        # (A shape) z z: exactly 0 at I = 0, whatever z
        gamma = 10.0 ** (-(a_dh * shape) * z * z)
    return _np.asarray(_finite_result(("ionic_strength", "z"), gamma))[()]


def activity(c, z, ionic_strength, model="davies", temperature=_ROOM_T, ion_size=None):
    r"""Return the activity (effective concentration) of an ion, in mM.

    Parameters
    ----------
    c : array_like
        Concentration of the ion, mM (non-negative, finite).
    z : array_like
        Valence of the ion (non-zero whole number).
    ionic_strength : array_like
        Ionic strength of the solution, mM (non-negative, finite).
    model : {"davies", "debye_huckel", "extended_debye_huckel"}, optional
        Activity-coefficient law; see :func:`activity_coefficient`. Default
        ``"davies"``.
    temperature : array_like, optional
        Absolute temperature, K, between 273.15 and 373.15 K. Default 298.15 K.
    ion_size : array_like, optional
        Kielland's ion-size parameter, angstrom; required by
        ``"extended_debye_huckel"``.

    Returns
    -------
    numpy.ndarray or numpy.float64
        Activity a = gamma c, mM; the arguments broadcast together.

    Raises
    ------
    TypeError
        If a number is not a real number.
    ValueError
        If `c` is negative or not finite, for any reason given by
        :func:`activity_coefficient`, or if the activity is beyond what a
        double can hold.

    Warns
    -----
    ValidityRangeWarning
        As :func:`activity_coefficient`, above the model's ionic strength.

    See Also
    --------
    activity_coefficient : gamma and the models.

    Notes
    -----
    .. math:: a = \gamma c

    The ionic strength is a property of the whole solution, so it is passed
    separately rather than computed from `c` alone.

    Examples
    --------
    Ca2+ at 2 mM in a solution of ionic strength 150 mM:

    >>> print(f"{activity(2.0, 2, 150.0):.2f}")
    0.66

    """
    c = _nonnegative("c", c)
    gamma = _np.asarray(_gamma(z, ionic_strength, model, temperature, ion_size, stacklevel=3))
    _broadcast(("c", c), ("z, ionic_strength, temperature, ion_size", gamma))
    with _np.errstate(over="ignore", invalid="ignore"):
        a = gamma * c
    return _np.asarray(_finite_result(("c", "ionic_strength"), a))[()]
