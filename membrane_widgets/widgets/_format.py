"""Number formatting for readouts: every number shows its unit, never nan."""

import math

from membrane_widgets import physics
from membrane_widgets.widgets._strings import text

__all__ = ["fmt_mv", "fmt_signed_mv", "fmt_mm", "fmt_number", "fmt_energy", "flow_words", "MINUS"]

#: The typographic minus sign used in readouts.
MINUS = "\u2212"


def fmt_number(x, digits=3):
    """Format a finite number with `digits` significant figures and a true minus sign.

    Parameters
    ----------
    x : float
        The number.
    digits : int, optional
        Significant figures. Default 3.

    Returns
    -------
    str
        E.g. ``"140"``, ``"0.0001"`` as ``"1.00×10⁻⁴"``, ``"−2.41"``; "—" if
        `x` is not finite (a widget never shows nan).
    """
    if x is None or not math.isfinite(x):
        return "—"
    if x == 0:
        return "0"
    ax = abs(x)
    if 1e-2 <= ax < 1e5:
        decimals = max(digits - 1 - math.floor(math.log10(ax)), 0)
        s = f"{ax:.{decimals}f}"
    else:
        mantissa, exponent = f"{ax:.{digits - 1}e}".split("e")
        s = f"{mantissa}×10{_superscript(int(exponent))}"
    return (MINUS if x < 0 else "") + s


_SUP = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def _superscript(n):
    return str(n).translate(_SUP)


def fmt_mv(x, decimals=1):
    """Format a potential in mV with a fixed number of decimals, e.g. ``"−89.1 mV"``.

    Parameters
    ----------
    x : float
        Potential, mV.
    decimals : int, optional
        Decimal places. Default 1.

    Returns
    -------
    str
        The value with its unit; "—" if not finite.
    """
    if x is None or not math.isfinite(x):
        return "—"
    value = f"{abs(x):.{decimals}f}"
    sign = MINUS if x < 0 and float(value) != 0 else ""
    return f"{sign}{value} {text('unit.mv')}"



def fmt_signed_mv(x):
    """Format a potential with an explicit sign, e.g. ``"+60.6 mV"``, ``"−89.1 mV"``.

    Parameters
    ----------
    x : float
        Potential, mV.

    Returns
    -------
    str
        As :func:`membrane_widgets.widgets._format.fmt_mv`, with "+" before a
        positive value.
    """
    s = fmt_mv(x)
    return "+" + s if math.isfinite(x) and round(x, 1) > 0 else s

def fmt_mm(x):
    """Format a concentration in mM, e.g. ``"140 mM"``, ``"1.00×10⁻⁴ mM"``.

    Parameters
    ----------
    x : float
        Concentration, mM.

    Returns
    -------
    str
        The value with its unit.
    """
    return f"{fmt_number(x)} {text('unit.mm')}"


def fmt_energy(x):
    """Format a molar free energy in kJ/mol with a sign, e.g. ``"−2.41 kJ/mol"``.

    Parameters
    ----------
    x : float
        Free energy, J/mol.

    Returns
    -------
    str
        The value in kJ/mol with its unit.
    """
    if x is None or not math.isfinite(x):
        return "—"
    value = f"{abs(x) / 1e3:.2f}"
    sign = MINUS if x < 0 and float(value) != 0 else ("+" if x > 0 else "")
    return f"{sign}{value} {text('unit.kj_per_mol')}"


#: The key of the word for each sign that :func:`physics.flow_direction` returns.
FLOW_WORD_KEYS = {1: "word.outward", -1: "word.inward", 0: "word.none"}


def flow_words(vm, reversal, z):
    """Say in the current language which way an ion moves and which way its current flows.

    The words of :func:`membrane_widgets.physics.describe_flow`, in the
    widgets' language (:func:`set_language`): in English exactly those words.

    Parameters
    ----------
    vm : float
        Membrane potential, mV.
    reversal : float
        The ion's equilibrium potential, mV.
    z : int
        The ion's valence (not 0).

    Returns
    -------
    dict
        ``{"ions": str, "current": str}``.

    Examples
    --------
    >>> flow_words(-70.0, 60.6, 1)
    {'ions': 'inward', 'current': 'inward'}
    """
    direction = physics.flow_direction(vm, reversal, z)
    return {"ions": text(FLOW_WORD_KEYS[int(direction.ions)]),
            "current": text(FLOW_WORD_KEYS[int(direction.current)])}
