"""Number formatting for readouts: every number shows its unit, never nan."""

import math

from membrane_widgets import physics
from membrane_widgets.widgets._strings import language, text

__all__ = ["fmt_mv", "fmt_signed_mv", "fmt_mm", "fmt_number", "fmt_energy", "fmt_count",
           "flow_words", "MINUS"]

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


#: The powers of ten that the number words of each language name, largest first, with the
#: key of each word: English counts in millions, Chinese in 万 (10⁴) and 亿 (10⁸). Counts
#: from the smallest power on are written in words ("6.3 million", "630 万").
_WORDS = {
    "en": ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")),
    "zh": ((1e12, "trillion"), (1e8, "billion"), (1e4, "million")),
}


def _two_figures(x):
    """Round `x` (> 0) to two significant figures, written with thousands separators."""
    decimals = 1 - math.floor(math.log10(x))
    rounded = round(x, decimals)
    return f"{rounded:.{decimals}f}" if decimals > 0 else f"{rounded:,.0f}"


def fmt_count(n):
    """Write a count of things for people, in the current language.

    Parameters
    ----------
    n : float
        The count (>= 0).

    Returns
    -------
    str
        ``"393"``, ``"39,000"``, ``"6.3 million"`` (Chinese: ``"630 万"``),
        ``"2.4 billion"``; powers of ten beyond; "—" if not finite.
    """
    if not math.isfinite(n):
        return "—"
    words = _WORDS[language()]
    if n < 10:
        return fmt_number(n, 2)
    if n < 1e3:
        return f"{n:,.0f}"
    if n < words[-1][0]:
        return _two_figures(n)
    for power, word in words:
        if n >= power:
            if n >= 1e3 * power:  # beyond a thousand trillion: scientific notation
                return fmt_number(n, 2)
            return text(f"capacitor.number.{word}", value=_two_figures(n / power))
    return fmt_number(n, 2)
