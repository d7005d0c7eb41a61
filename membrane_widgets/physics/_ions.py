"""The ion library: valence, mobility, ion size and display colour.

Sources
-------
Mobility
    Relative to K+ (K+ = 1), at 25 degrees Celsius: the table of P. H. Barry
    (JPCalc; Barry 1994, J Neurosci Methods 51:107-116; UNSW ionic mobility
    tables), which is the one LJPcalc and JPCalc ship. A "mobility" here is the
    limiting equivalent conductivity divided by ``|z|``, normalised to K+
    (73.5 S cm^2/mol); it is proportional to the ion's diffusion coefficient,
    which is what the Henderson and Nernst-Planck equations need.
Ion size
    The effective hydrated diameter ``a`` in angstrom of Kielland (1937),
    J Am Chem Soc 59:1675-1678, Table I, used by the extended Debye-Hueckel
    law. ``None`` where Kielland gives no value.
Colour
    The Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), safe
    for the common forms of colour blindness. Each ion keeps one colour
    everywhere in the course; ions without their own colour are grey.
"""

import dataclasses as _dc
import types as _types

__all__ = ["Ion", "ION_LIBRARY", "get_ion", "ion_names"]

# Okabe-Ito palette
_BLUE = "#0072B2"
_VERMILLION = "#D55E00"
_GREEN = "#009E73"
_PURPLE = "#CC79A7"
_ORANGE = "#E69F00"
_SKY = "#56B4E9"
_YELLOW = "#F0E442"
_GREY = "#7F7F7F"


@_dc.dataclass(frozen=True)
class Ion:
    """One ion species.

    Attributes
    ----------
    name : str
        Key in :data:`ION_LIBRARY`, e.g. ``"K"`` or ``"gluconate"``.
    label : str
        Display form with its charge, e.g. ``"K⁺"``.
    valence : int
        Charge number z (unitless, signed).
    mobility : float
        Mobility relative to K+ (unitless, K+ = 1), at 25 degrees Celsius.
    ion_size : float or None
        Kielland ion-size parameter, angstrom; None if not tabulated.
    colour : str
        Hex colour used for this ion in every widget.
    """

    name: str
    label: str
    valence: int
    mobility: float
    ion_size: float | None
    colour: str


_TABLE = [
    # name, label, z, mobility (Barry, rel. K+), Kielland size (A), colour
    ("K", "K⁺", 1, 1.000, 3.0, _BLUE),
    ("Na", "Na⁺", 1, 0.682, 4.5, _VERMILLION),
    ("Li", "Li⁺", 1, 0.526, 6.0, _GREY),
    ("Cs", "Cs⁺", 1, 1.050, 2.5, _GREY),
    ("Rb", "Rb⁺", 1, 1.059, 2.5, _GREY),
    ("H", "H⁺", 1, 4.757, 9.0, _ORANGE),
    ("NH4", "NH₄⁺", 1, 1.001, 2.5, _GREY),
    ("TEA", "TEA⁺", 1, 0.444, 6.0, _GREY),
    ("NMDG", "NMDG⁺", 1, 0.330, None, _GREY),
    ("Tris", "Tris⁺", 1, 0.400, None, _GREY),
    ("choline", "choline⁺", 1, 0.510, None, _GREY),
    ("Ca", "Ca²⁺", 2, 0.4048, 6.0, _PURPLE),
    ("Mg", "Mg²⁺", 2, 0.361, 8.0, _SKY),
    ("Cl", "Cl⁻", -1, 1.0382, 3.0, _GREEN),
    ("Br", "Br⁻", -1, 1.063, 3.0, _GREY),
    ("I", "I⁻", -1, 1.0456, 3.0, _GREY),
    ("F", "F⁻", -1, 0.753, 3.5, _GREY),
    ("NO3", "NO₃⁻", -1, 0.972, 3.0, _GREY),
    ("HCO3", "HCO₃⁻", -1, 0.605, 4.5, _YELLOW),
    ("H2PO4", "H₂PO₄⁻", -1, 0.450, 4.5, _GREY),
    ("SO4", "SO₄²⁻", -2, 0.544, 4.0, _GREY),
    ("gluconate", "gluconate⁻", -1, 0.330, None, _GREY),
    ("methanesulfonate", "CH₃SO₃⁻", -1, 0.664, None, _GREY),
    ("aspartate", "aspartate⁻", -1, 0.300, None, _GREY),
    ("glutamate", "glutamate⁻", -1, 0.260, None, _GREY),
    ("acetate", "acetate⁻", -1, 0.556, 4.5, _GREY),
    ("HEPES", "HEPES⁻", -1, 0.300, None, _GREY),
    ("isethionate", "isethionate⁻", -1, 0.520, None, _GREY),
    ("EGTA", "EGTA²⁻", -2, 0.240, None, _GREY),
    # Added for the LJPcalc known ion sets (tests/test_ljp.py), as listed in the
    # LJPcalc repository's src/IonTable.md. Zn2+: not in the UNSW tables; Lange's
    # Handbook (15th ed., Table 8.32) gives a limiting equivalent conductivity of
    # 52.8 S cm^2/mol, so 52.8 / (2 x 73.5) = 0.3592 in the units of this column;
    # Kielland (1937) puts Zn2+ in his 6 A group. ATP: UNSW Ion Table 4
    # lists 0.15 for each of ATP2-, ATP3- and ATP4-; the 2- row is the one LJPcalc's
    # name lookup takes, so it is used here (MgATP2- is the main form with Mg2+).
    ("Zn", "Zn²⁺", 2, 0.3592, 6.0, _GREY),
    ("ATP", "ATP²⁻", -2, 0.150, None, _GREY),
]

#: Read-only mapping from ion name to :class:`Ion`.
ION_LIBRARY = _types.MappingProxyType({row[0]: Ion(*row) for row in _TABLE})

_BY_LOWER = {name.lower(): ion for name, ion in ION_LIBRARY.items()}


def ion_names():
    """Return the names in the ion library, in table order.

    Returns
    -------
    list of str
        Ion names accepted by :func:`get_ion`.

    Examples
    --------
    >>> ion_names()[:3]
    ['K', 'Na', 'Li']
    """
    return list(ION_LIBRARY)


def get_ion(name):
    """Look up an ion by name (case-insensitive).

    Parameters
    ----------
    name : str or Ion
        Ion name, e.g. ``"K"``, ``"cl"``, ``"Gluconate"``. An :class:`Ion`
        is returned as it is.

    Returns
    -------
    Ion
        The library entry.

    Raises
    ------
    ValueError
        If `name` is not in the library; the message lists the known names.

    Examples
    --------
    >>> get_ion("ca").valence
    2
    """
    if isinstance(name, Ion):
        return name
    key = str(name).strip().lower()
    try:
        return _BY_LOWER[key]
    except KeyError:
        known = ", ".join(ION_LIBRARY)
        raise ValueError(f"name {name!r} is not a known ion; known ions: {known}") from None
