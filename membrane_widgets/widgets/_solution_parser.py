"""Solutions as text: one ``ion, mM`` per line, read into ions and mM with errors in words.

The junction-potential calculator's text areas hold solutions in this form;
:func:`parse_solution` reads one, naming every line it cannot read (in the
widgets' language, HTML-escaped), and :func:`solution_text` writes a recipe of
:data:`membrane_widgets.physics.PIPETTE_SOLUTIONS` the same way.
"""

import html
import math
import re

from membrane_widgets import physics
from membrane_widgets.widgets._strings import text

__all__ = ["parse_solution", "solution_text"]

# separator between ion name and concentration: a comma or colon (with optional
# spaces), or whitespace
_SEPARATOR = re.compile(r"\s*[,:]\s*|\s+")
_UNIT = re.compile(r"\s*mm$", re.IGNORECASE)


def solution_text(rows):
    """Write a recipe as lines that :func:`parse_solution` reads.

    Parameters
    ----------
    rows : iterable of tuple
        ``(ion name, mM)`` pairs.

    Returns
    -------
    str
        One ``"ion, mM"`` line per pair.

    Examples
    --------
    >>> print(solution_text([("Na", 150), ("Cl", 150.0)]))
    Na, 150
    Cl, 150
    """
    return "\n".join(f"{name}, {value:g}" for name, value in rows)


def parse_solution(value, side):
    r"""Read one solution's text into ions and concentrations, or say what is wrong.

    Each non-blank line is ``<ion>, <mM>`` (or ``<ion> <mM>``, ``<ion>: <mM>``,
    with an optional trailing "mM"); text after ``#`` is a comment. A line
    that cannot be read is left out and named in an error: no number, more
    than one, an unknown ion, not a number, not finite, negative, an ion
    given twice. A text without any ion is an error too.

    Parameters
    ----------
    value : str
        The text.
    side : str
        The solution's name in the widgets' language (e.g. "pipette"), used
        in the errors.

    Returns
    -------
    solution : dict
        Ion library name -> concentration, mM (the lines that were read).
    errors : list of str
        One message per line that was not read, in the widgets' language
        (HTML; the user's text escaped); empty if every line was read.

    Examples
    --------
    >>> parse_solution("K, 140\nCl 140 mM  # the salt", "pipette")
    ({'K': 140.0, 'Cl': 140.0}, [])
    >>> solution, errors = parse_solution("K, 140\nXy, 3", "pipette")
    >>> solution, len(errors)
    ({'K': 140.0}, 1)
    """
    solution, errors, first_line = {}, [], {}
    for number, raw in enumerate(value.splitlines(), start=1):
        body = raw.split("#", 1)[0].strip()
        if not body:
            continue
        fields = {"side": side, "line": number, "text": html.escape(body)}
        parts = _SEPARATOR.split(body, maxsplit=1)
        name = parts[0]
        rest = _UNIT.sub("", parts[1].strip()) if len(parts) == 2 else ""
        try:
            ion = physics.get_ion(name)
        except ValueError:
            ion = None
        if not rest:
            key = "ljp.error.missing_number" if ion is not None else "ljp.error.unreadable"
            errors.append(text(key, ion=html.escape(name), **fields))
            continue
        if _SEPARATOR.search(rest):
            errors.append(text("ljp.error.unreadable", **fields))
            continue
        if ion is None:
            known = ", ".join(physics.ion_names())
            errors.append(text("ljp.error.unknown_ion", ion=html.escape(name), known=known,
                               **fields))
            continue
        try:
            conc = float(rest)
        except ValueError:
            errors.append(text("ljp.error.not_number", value=html.escape(rest), **fields))
            continue
        if not math.isfinite(conc):  # not echoed: the widget never shows "nan" or "inf"
            errors.append(text("ljp.error.not_finite_number", ion=ion.label, **fields))
            continue
        if conc < 0:
            errors.append(text("ljp.error.negative", value=html.escape(rest), **fields))
            continue
        if ion.name in solution:
            errors.append(text("ljp.error.duplicate", ion=ion.label,
                               first=first_line[ion.name], **fields))
            continue
        solution[ion.name] = conc + 0.0
        first_line[ion.name] = number
    if not solution and not errors:
        errors.append(text("ljp.error.empty", side=side))
    return solution, errors
