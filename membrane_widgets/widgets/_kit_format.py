"""The kit's formatters: every number a readout shows has its unit and is never nan.

Also the words of the readouts that are not plain numbers: an ion's label, the
direction of a flow, a physics error in the widgets' language.
"""

import math
import re

from membrane_widgets import physics
from membrane_widgets.widgets._strings import language, text

__all__ = ["fmt_mv", "fmt_signed_mv", "fmt_mm", "fmt_number", "fmt_energy", "fmt_count",
           "fmt_celsius", "flow_words", "ion_label", "describe_error", "MINUS", "HTML_BLOCK",
           "text_colour", "FEEDBACK"]

#: Darker shades of the Okabe-Ito ion colours for text: each reaches 5:1 on white
#: (WCAG AA asks 4.5:1); marks keep the palette. Same hue, lower lightness.
_TEXT_SHADES = {
    "#D55E00": "#B65000",  # vermillion 3.9:1 -> 5.1:1
    "#009E73": "#007F5D",  # bluish green 3.4:1 -> 5.0:1
    "#CC79A7": "#B64584",  # reddish purple 3.1:1 -> 5.0:1
    "#E69F00": "#946700",  # orange 2.3:1 -> 5.0:1
    "#56B4E9": "#1674A9",  # sky blue 2.3:1 -> 5.1:1
    "#F0E442": "#78710A",  # yellow 1.3:1 -> 5.0:1
    "#7F7F7F": "#6E6E6E",  # grey 4.0:1 -> 5.1:1
}

#: Colours of feedback text (right, wrong, almost, aside), each >= 4.5:1 on white.
FEEDBACK = {"right": "#1B7F3B", "wrong": "#B00020", "almost": "#8A5A00", "aside": "#555555"}


def text_colour(colour):
    """Return the shade of an ion's `colour` to write text in (>= 4.5:1 on white).

    Examples
    --------
    >>> text_colour("#D55E00"), text_colour("#0072B2")
    ('#B65000', '#0072B2')
    """
    return _TEXT_SHADES.get(colour.upper(), colour)

#: The typographic minus sign used in readouts.
MINUS = "\u2212"
#: Opening tag of readout and caption text: compact lines.
HTML_BLOCK = '<div style="line-height: 1.5">'


def ion_label(name):
    """Return the display label of an ion, e.g. ``"K⁺"``."""
    return physics.get_ion(name).label


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


def fmt_signed_mv(x, decimals=1):
    """Format a potential with an explicit sign, e.g. ``"+60.6 mV"``, ``"−89.1 mV"``.

    Parameters
    ----------
    x : float
        Potential, mV.
    decimals : int, optional
        Decimal places. Default 1.

    Returns
    -------
    str
        As :func:`membrane_widgets.widgets._kit_format.fmt_mv`, with "+" before a
        positive value.

    Examples
    --------
    >>> fmt_signed_mv(13.449, 2)
    '+13.45 mV'
    """
    s = fmt_mv(x, decimals)
    return "+" + s if math.isfinite(x) and round(x, decimals) > 0 else s


def fmt_celsius(celsius, decimals=None):
    """Format a temperature in degrees Celsius, e.g. ``"37.0 °C"``.

    Parameters
    ----------
    celsius : float
        Temperature, °C (``physics.kelvin_to_celsius`` converts a model's K).
    decimals : int, optional
        Fixed decimal places; default three significant figures.

    Returns
    -------
    str
        The value with its unit.

    Examples
    --------
    >>> fmt_celsius(37.0), fmt_celsius(25.0, decimals=1)
    ('37.0 °C', '25.0 °C')
    """
    value = fmt_number(float(celsius)) if decimals is None else f"{celsius:.{decimals}f}"
    return f"{value} {text('unit.celsius')}"

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


def describe_error(exc):
    """Say in the widgets' language why the physics refused an input.

    The physics layer's messages are English and start with the argument they
    are about (``"c_in must be positive, got 0.0"``). In English they are shown
    as they are; in another language the argument is named in that language's
    words (the detail stays in the English message).

    Parameters
    ----------
    exc : Exception
        The error raised by the physics layer.

    Returns
    -------
    str
        Plain text for a message box.
    """
    message = str(exc)
    if language() == "en":
        return message
    match = re.match(r"([A-Za-z_]\w*) must\b", message)
    if match:
        return text("error.argument", argument=match.group(1))
    return text("error.cannot_compute")
