"""Every user-facing string of the widgets, in one place.

Widgets call :func:`text` with a key; a translation is a second table with the
same keys (the source chapters are Chinese), installed with
:func:`set_language`. No widget module contains display text of its own.
"""

__all__ = ["STRINGS", "text", "set_language", "language"]

STRINGS = {
    "en": {
        # units and generic words
        "unit.mv": "mV",
        "unit.mm": "mM",
        "unit.celsius": "°C",
        "unit.j_per_mol": "J/mol",
        "unit.kj_per_mol": "kJ/mol",
        "word.inside": "inside",
        "word.outside": "outside",
        "word.outward": "outward",
        "word.inward": "inward",
        "word.none": "none (at equilibrium)",
        # controls
        "control.ion": "Ion",
        "control.c_in": "[{ion}] in",
        "control.c_out": "[{ion}] out",
        "control.valence": "Valence z",
        "control.temperature": "Temperature",
        "control.permeability": "P({ion})",
        "control.vm_mode": "V_m",
        "control.vm_mode.ghk": "from GHK",
        "control.vm_mode.clamp": "clamped",
        "control.vm_clamp": "Clamp V_m",
        # readouts
        "readout.nernst": "E<sub>{ion}</sub> = <b>{value}</b>",
        "readout.compartments": "{ion}: {c_in} inside, {c_out} outside (ratio out/in {ratio})",
        "readout.vm": "V<sub>m</sub> = <b>{value}</b>",
        "readout.driving_force": "Driving force V<sub>m</sub> − E<sub>{ion}</sub> = <b>{value}</b>",
        "readout.ions_move": "{ion} ions move: <b>{direction}</b>",
        "readout.current_flows": "current flows: <b>{direction}</b>",
        "readout.free_energy": "ΔG to move 1 mol {direction}: <b>{value}</b> ({verdict})",
        "readout.spontaneous": "spontaneous",
        "readout.needs_energy": "needs energy",
        "readout.equilibrium": "at equilibrium",
        "readout.weighted_mean": "V<sub>m</sub> = {terms} = <b>{value}</b>",
        "readout.weight_term": "{weight:.2f}×({e})",
        "readout.impermeant": "impermeant",
        # axis labels
        "axis.voltage": "Membrane potential (mV)",
        "axis.concentration": "Concentration (mM)",
        "axis.vote": "Vote (weight)",
        # messages
        "error.no_permeant_ion": (
            "At least one ion must be permeable: raise a permeability to compute V_m. "
            "Showing the last valid result."
        ),
        "error.invalid": "That value cannot be used: {reason}. Showing the last valid result.",
    },
}

_state = {"language": "en"}


def set_language(code):
    """Choose the language of every widget created afterwards.

    Parameters
    ----------
    code : str
        A key of :data:`STRINGS`, e.g. ``"en"``.

    Raises
    ------
    ValueError
        If no table exists for `code`.
    """
    if code not in STRINGS:
        raise ValueError(f"code {code!r} has no string table; available: {', '.join(STRINGS)}")
    _state["language"] = code


def language():
    """Return the current language code.

    Returns
    -------
    str
        The key of the active string table.
    """
    return _state["language"]


def text(key, **values):
    """Return the display string for `key`, formatted with `values`.

    Missing keys in a translation fall back to English.

    Parameters
    ----------
    key : str
        String key, e.g. ``"readout.nernst"``.
    **values
        Substitutions for the template's ``{fields}``.

    Returns
    -------
    str
        The formatted string.
    """
    table = STRINGS[_state["language"]]
    template = table.get(key, STRINGS["en"][key])
    return template.format(**values) if values else template
