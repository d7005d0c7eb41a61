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
        "readout.weight_term": "{weight:.3f}×({e})",
        "readout.impermeant": "impermeant",
        # axis labels
        "axis.voltage": "Membrane potential (mV)",
        "axis.concentration": "Concentration (mM)",
        "axis.vote": "Vote (weight)",
        # gauge
        "control.vm_value": "at (mV)",
        "control.direction": "ΔG to move",
        "control.direction.in": "in",
        "control.direction.out": "out",
        "label.vm": "Vₘ",
        "label.reversal": "E({ion})",
        "readout.vm_with_source": "V<sub>m</sub> = <b>{value}</b> ({source})",
        "readout.flow": "{ion} ions move <b>{ions}</b>; the current is <b>{current}</b>.",
        "readout.flow_anion": (
            "{ion} ions move <b>{ions}</b>; the current is <b>{current}</b> "
            "(opposite to the ions, because {ion} is negatively charged)."
        ),
        "readout.flow_none": (
            "No net movement of {ion} and no current: V<sub>m</sub> = E<sub>{ion}</sub> "
            "(equilibrium)."
        ),
        "readout.free_energy_ion": (
            "ΔG to move 1 mol of {ion} {direction}: <b>{value}</b> ({verdict})"
        ),
        # weight bars
        "caption.weight_bars": (
            "Bars: each ion's vote (GHK weight). Lines: each E<sub>i</sub> and V<sub>m</sub>. "
            "Sliders: permeabilities relative to K⁺ (log scale)."
        ),
        "axis.ion": "Ion",
        "label.vm_clamp": "Vₘ (clamp)",
        "readout.weighted_mean_ghk": (
            "Without the clamp: V<sub>GHK</sub> = {terms} = <b>{value}</b>"
        ),
        "readout.clamped": "V<sub>m</sub> is clamped at <b>{value}</b> (dashed line).",
        # GHK explorer
        "axis.ghk_current": "GHK current (µA/cm²), outward +",
        "label.total": "total",
        "caption.iv": (
            "GHK current of each ion (its colour) and the total (black); "
            "absolute permeability = relative value × 10⁻⁶ cm/s. "
            "The black dot marks V<sub>m</sub>, where the total current is zero."
        ),
        "caption.iv_clamp": (
            "Grey dot: at the clamped {value} a net current flows, which the clamp supplies."
        ),
        "title.with_calcium": "{title} + Ca²⁺",
        # messages
        "error.no_permeant_ion": (
            "At least one ion must be permeable: raise a permeability to compute V_m. "
            "Showing the last valid result."
        ),
        "error.invalid": "That value cannot be used: {reason}. Showing the last valid result.",
        # nernst explorer
        "nernst_explorer.axis.ratio": "Concentration ratio [out]/[in] (log scale)",
        "nernst_explorer.axis.e": "Equilibrium potential E (mV)",
        "nernst_explorer.curve": "{ion}, z = {z}, {t}",
        "nernst_explorer.curve.reference": "z = +1, {t} (reference)",
        "nernst_explorer.curve.cold": "z = {z}, 0 °C",
        "nernst_explorer.readout.e": (
            "E<sub>{ion}</sub> = <b>{value}</b> at [out]/[in] = {ratio} (z = {z}, {t})"
        ),
        "nernst_explorer.readout.slope": (
            "Slope: <b>{slope}</b> per tenfold change of [out]/[in]"
        ),
        "nernst_explorer.explain.reference": (
            "Dashed grey: z = +1 at the same temperature ({ref} per tenfold change)."
        ),
        "nernst_explorer.explain.same": "For this ion it lies under the coloured curve.",
        "nernst_explorer.explain.divalent": (
            "A divalent ion needs half the voltage ({slope}) to balance the same ratio: "
            "each ion carries twice the charge."
        ),
        "nernst_explorer.explain.multivalent": (
            "An ion of charge {z} needs 1/{n} of the voltage ({slope}) to balance the same "
            "ratio: each ion carries {n} times the charge."
        ),
        "nernst_explorer.explain.anion": (
            "A negative ion's curve is the mirror image: the same ratio gives a potential "
            "of the opposite sign."
        ),
        "nernst_explorer.explain.temperature": (
            "Faint: the same ion at 0 °C ({cold} per tenfold change). Warmer means larger: "
            "E grows in proportion to the absolute temperature, so at {t} the slope is {slope}."
        ),
        # activity explorer
        "activity.control.law": "Law",
        "activity.law.debye_huckel": "Debye–Hückel limiting law",
        "activity.law.extended_debye_huckel": "extended Debye–Hückel",
        "activity.law.davies": "Davies",
        "activity.control.ionic_strength": "Ionic strength I (mM)",
        "activity.control.i_out": "I outside (mM)",
        "activity.control.i_in": "I inside (mM)",
        "activity.control.salt": "Salt",
        "activity.control.salt_concentration": "[salt] (mM)",
        "activity.control.use_salt": "Use as I",
        "activity.salt.NaCl": "NaCl",
        "activity.salt.KCl": "KCl",
        "activity.salt.CaCl2": "CaCl₂",
        "activity.salt.MgCl2": "MgCl₂",
        "activity.salt.MgSO4": "MgSO₄",
        "activity.readout.salt": "{c} {salt}: I = ½ Σ c<sub>i</sub>z<sub>i</sub>² = <b>{i}</b>",
        "activity.axis.ionic_strength": "Ionic strength I (mM, log scale)",
        "activity.axis.gamma": "Activity coefficient γ",
        "activity.curve.valence": "z = {z}",
        "activity.curve.ion": "z = {z} ({ion}, a = {size} Å)",
        "activity.readout.gamma": "At I = {i} ({law}, {t}): {values}",
        "activity.readout.gamma_item": "γ(z = {z}) = <b>{gamma}</b>",
        "activity.no_ion_size": (
            "z = 3 is not drawn for the extended law: the ion library has no trivalent ion "
            "with a tabulated ion size."
        ),
        "activity.validity.debye_huckel": (
            "The limiting law is good to about 1 % only below a few mM (about {limit}); "
            "beyond that here: {which}, where it exaggerates the fall of γ. Compare the "
            "extended law or Davies."
        ),
        "activity.validity.extended_debye_huckel": (
            "The extended Debye–Hückel law is usable up to about {limit}; beyond that here: "
            "{which}."
        ),
        "activity.validity.davies": (
            "The Davies equation is usable up to about {limit} (less reliable for multivalent "
            "ions); beyond that here: {which}."
        ),
        "activity.validity.chosen": "I = {i}",
        "activity.validity.outside": "I outside = {i}",
        "activity.validity.inside": "I inside = {i}",
        "activity.validity.separator": ", ",
        "activity.section.error": (
            "<b>Concentration instead of activity in the Nernst equation</b> "
            "({law}, {t}): the error ΔE = E<sub>true</sub> − E<sub>approx</sub>"
        ),
        "activity.table.ion": "Ion",
        "activity.table.gamma_out": "γ outside",
        "activity.table.gamma_in": "γ inside",
        "activity.table.delta_e": "ΔE",
        "activity.caption.illustrative": (
            "The default ionic strengths (about 150 mM outside, about 170 mM inside: a crowded "
            "cytoplasm) are illustrative values, not measurements. ΔE depends only on "
            "γ<sub>out</sub>/γ<sub>in</sub>, not on the concentrations."
        ),
        "activity.error.temperature": (
            "the Debye–Hückel constants are known only for water between 0 and 100 °C"
        ),
        # capacitor counter
        "capacitor.control.radius": "Radius (µm)",
        "capacitor.control.vm": "V_m (mV)",
        "capacitor.control.capacitance": "C_m (µF/cm²)",
        "capacitor.control.ion": "Ion",
        "capacitor.control.concentration": "[{ion}] in (mM)",
        "capacitor.readout.ions": (
            '<span style="font-size:1.8em"><b>{count}</b></span> {ion} ions cross '
            "to charge the membrane to {vm}"
        ),
        "capacitor.readout.no_ions": (
            '<span style="font-size:1.8em"><b>0</b></span> ions: at 0 mV the membrane is '
            "not charged"
        ),
        "capacitor.readout.fraction": (
            '<span style="font-size:1.8em"><b>{fraction}</b></span> of the cell\'s {ion} '
            "= <b>1 in {one_in}</b>"
        ),
        "capacitor.readout.fraction_over": (
            '<span style="font-size:1.8em"><b>{times} ×</b></span> all the cell\'s {ion}: '
            "this ion alone could not charge the membrane"
        ),
        "capacitor.readout.detail": (
            "A sphere of radius {radius}: {area} of membrane, {volume} of cytoplasm holding "
            "{content} {ion} ions ({count_sci} moved)."
        ),
        "capacitor.bar.moved": "ions moved",
        "capacitor.bar.content": "ions in the cell",
        "capacitor.axis.count": "Number of ions (log scale)",
        "capacitor.unit.um": "µm",
        "capacitor.unit.um2": "µm²",
        "capacitor.unit.pl": "pL",
        "capacitor.number.million": "{value} million",
        "capacitor.number.billion": "{value} billion",
        "capacitor.number.trillion": "{value} trillion",
        "capacitor.caption": (
            "Log scale: each step up the axis is ten times more ions. So few ions cross that "
            "the concentrations inside do not change measurably when V<sub>m</sub> changes."
        ),
        # pump explorer
        "pump.control.ratio": "r (Na⁺ : K⁺)",
        "pump.control.p_ratio": "P_Na/P_K",
        "pump.control.block": "Block the pump (ouabain)",
        "pump.ratio.fraction": "{na} Na⁺ : {k} K⁺",
        "pump.ratio.decimal": "{r} Na⁺ per K⁺",
        "pump.ratio.atpase": " (the Na⁺/K⁺-ATPase)",
        "pump.ratio.neutral": " (electroneutral: no pump current)",
        "pump.axis.p_ratio": "Permeability ratio P_Na/P_K (log scale)",
        "pump.curve.with": "with pump (r = {r})",
        "pump.curve.without": "without pump (r = 1, GHK)",
        "pump.curve.reversal": "E_{ion}",
        "pump.readout.with": "V<sub>m</sub> with the pump (r = {r}): <b>{value}</b>",
        "pump.readout.without": "V<sub>m</sub> without it (r = 1, GHK): <b>{value}</b>",
        "pump.readout.contribution": "Electrogenic contribution of the pump: <b>{value}</b>",
        "pump.readout.blocked": (
            "Pump blocked: V<sub>m</sub> = <b>{value}</b> at once, {change} from {before}"
        ),
        "pump.caption.blocked": (
            "Ouabain removes only the pump's electrogenic term at once; the gradients would "
            "then run down over minutes to hours, and V<sub>m</sub> with them."
        ),
        "pump.caption.model": (
            "From the model: K⁺ {k_in} in, {k_out} out; Na⁺ {na_in} in, {na_out} out; {t}. "
            "Only K⁺ and Na⁺ enter the Mullins–Noda equation."
        ),
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
