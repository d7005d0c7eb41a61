"""The English string table of the widgets: every user-facing string, by key.

The Chinese table (:mod:`._strings_zh`) has exactly these keys and placeholders
(tested). Keys group by widget (``"pump.readout.with"``); ``{fields}`` are filled
in by :func:`membrane_widgets.widgets.text`.
"""

from membrane_widgets.physics import get_preset as _get_preset
from membrane_widgets.physics import preset_names as _preset_names

__all__ = ["EN"]

EN = {
    # names of icon-only buttons (read by screen readers)
    "a11y.button.play": "Play",
    "a11y.button.pause": "Pause",
    "a11y.button.stop": "Stop",
    "a11y.button.repeat": "Repeat",
    "a11y.pending": "Not applied yet: press Enter (Shift+Enter starts a new line).",
    # units and generic words
    "unit.mv": "mV",
    "unit.mm": "mM",
    "unit.celsius": "°C",
    "unit.j_per_mol": "J/mol",
    "unit.kj_per_mol": "kJ/mol",
    "unit.um": "µm",
    "unit.uf_per_cm2": "µF/cm²",
    "unit.ua_per_cm2": "µA/cm²",
    "unit.ms_per_cm2": "mS/cm²",
    "unit.ms": "ms",
    "unit.min": "min",
    "word.inside": "inside",
    "word.outside": "outside",
    "word.outward": "outward",
    "word.inward": "inward",
    "word.none": "none (at equilibrium)",
    # controls
    "control.ion": "Ion to set",
    "gauge.control.ion": "Ion shown",
    "control.c_in": "[{ion}] in",
    "control.c_out": "[{ion}] out",
    "control.valence": "Valence z",
    "control.temperature": "Temperature",
    "control.permeability": "P({ion})",
    "control.vm_mode": "Vₘ",
    "control.vm_mode.ghk": "from GHK",
    "control.vm_mode.clamp": "clamped",
    "control.vm_clamp": "Clamp Vₘ",
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
    "error.argument": "{argument} has a value that cannot be used",
    "error.cannot_compute": "these settings cannot be computed",
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
    # hear V_m (VmSound)
    "sound.toggle": "♪ Hear Vₘ",
    "sound.hint": (
        "While this is pressed, every change of Vₘ plays a short tone: one octave higher for "
        "every 60 mV more positive."
    ),
    # keyboard help (KeyboardHelp)
    "keyboard.title": "⌨ Keyboard help",
    "keyboard.intro": "Every control works without a mouse:",
    "keyboard.tab.keys": "<kbd>Tab</kbd> / <kbd>Shift</kbd>+<kbd>Tab</kbd>",
    "keyboard.tab.does": "go to the next / the previous control.",
    "keyboard.arrows.keys": "<kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd> on a slider",
    "keyboard.arrows.does": (
        "one step: a tenth of a decade on a logarithmic slider (concentrations, "
        "permeabilities), steps of 1 mV on the clamp, about 1 % of the range on the others."
    ),
    "keyboard.page.keys": "<kbd>Page Up</kbd> / <kbd>Page Down</kbd>",
    "keyboard.page.does": "ten steps at once.",
    "keyboard.home.keys": "<kbd>Home</kbd> / <kbd>End</kbd>",
    "keyboard.home.does": "the slider's smallest / largest value.",
    "keyboard.button.keys": "<kbd>Space</kbd> or <kbd>Enter</kbd> on a button",
    "keyboard.button.does": "press it (Play starts and pauses an animation).",
    "keyboard.menu.keys": "<kbd>↑</kbd> <kbd>↓</kbd> in a menu",
    "keyboard.menu.does": "choose another item.",
    "keyboard.text.keys": "<kbd>Enter</kbd> in a solution's text box",
    "keyboard.text.does": "apply the text (<kbd>Shift</kbd>+<kbd>Enter</kbd>: a new line).",
    "keyboard.reader.keys": "With a screen reader",
    "keyboard.reader.does": (
        "each chart is an image named by its title and a sentence on what it shows now; "
        "the sentence is read out when it changes."
    ),
    "activity.readout.curves": "Curves: {curves}",
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
    "capacitor.control.vm": "Vₘ (mV)",
    "capacitor.control.capacitance": "Cₘ (µF/cm²)",
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
    "pump.control.p_ratio": "P(Na⁺)/P(K⁺)",
    "pump.control.block": "Block the pump (ouabain)",
    "pump.ratio.fraction": "{na} Na⁺ : {k} K⁺",
    "pump.ratio.decimal": "{r} Na⁺ per K⁺",
    "pump.ratio.atpase": " (the Na⁺/K⁺-ATPase)",
    "pump.ratio.neutral": " (electroneutral: no pump current)",
    "pump.axis.p_ratio": "Permeability ratio P(Na⁺)/P(K⁺) (log scale)",
    "pump.curve.with": "with pump (r = {r})",
    "pump.curve.without": "without pump (r = 1, GHK)",
    "pump.curve.reversal": "E({ion})",
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
    # dynamic equilibrium
    "crossings.control.ion": "Ion",
    "crossings.control.vm": "V (mV)",
    "crossings.control.set_e": "set V = E",
    "crossings.control.new_run": "new run",
    "crossings.control.play": "Play",
    "crossings.control.time": "Time (ms)",
    "crossings.unit.ms": "ms",
    "crossings.unit.rate": "ions/ms",
    "crossings.readout.counters": (
        "Since the start (t = {t}): <b>{n_in}</b> ions in, <b>{n_out}</b> ions out, "
        "net <b>{net}</b>"
    ),
    "crossings.net.out": "{n} out",
    "crossings.net.in": "{n} in",
    "crossings.net.zero": "0",
    "crossings.readout.rates": (
        "Mean rates at V = {vm}: influx {influx}, efflux {efflux}<br>"
        "influx : efflux = <b>{ratio} : 1</b> (the Ussing flux ratio; "
        "E<sub>{ion}</sub> = {e})"
    ),
    "crossings.readout.rates_no_efflux": (
        "Mean rates at V = {vm}: influx {influx}, efflux {efflux}<br>"
        "influx : efflux: no efflux at this V (E<sub>{ion}</sub> = {e})"
    ),
    "crossings.readout.histogram": (
        "Net ions out after {t} in {n} repeats (seed {seed}): mean <b>{mean}</b> "
        "± {sem} (expected {expected})"
    ),
    "crossings.axis.time": "Time (ms)",
    "crossings.axis.net": "Net ions out of the cell (cumulative)",
    "crossings.axis.net_final": "Net ions out after {t}",
    "crossings.axis.trials": "Number of repeats",
    "crossings.label.trace": "this run",
    "crossings.label.expected": "expected (mean)",
    "crossings.caption": (
        "Each crossing is a random event. At V = E<sub>ion</sub> ions still cross both "
        "ways at equal mean rates (dynamic equilibrium): the net count only wanders "
        "around 0, and the histogram of many repeats is centred on 0. Away from E one "
        "direction wins and the net count drifts. Real channels pass about 10⁷ ions/s "
        "(10⁴ per ms); here the rate constant is {k} per ms per mM, slowed down so that "
        "single crossings can be counted."
    ),
    "crossings.error.e_outside": (
        "E<sub>{ion}</sub> = {e} lies outside the slider's range; V is set to the "
        "nearest end."
    ),
    # entropy of mixing
    "entropy.control.play": "Play",
    "entropy.control.frame": "Step",
    "entropy.control.new_run": "new run",
    "entropy.unit.j_per_k": "J/K",
    "entropy.axis.frame": "Step (hops per particle)",
    "entropy.axis.ln_omega": "S/k = ln Ω",
    "entropy.label.trace": "ln Ω",
    "entropy.label.max": "maximum ln Ω",
    "entropy.readout.counts": (
        "Run {seed}, step {frame}: <b>{n_left}</b> particles left, "
        "<b>{n_right}</b> right"
    ),
    "entropy.readout.omega": (
        "ln Ω = <b>{ln_omega}</b> (Ω ≈ {omega} arrangements; maximum ln Ω = {ln_max})"
        "<br>S = k<sub>B</sub> ln Ω = <b>{entropy}</b>"
    ),
    "entropy.omega.power": "10<sup>{exponent}</sup>",
    "entropy.readout.transfer": (
        "Move one more particle from left to right: ΔS/k<sub>B</sub> = <b>{ds}</b>; "
        "compare ln(c<sub>L</sub>/c<sub>R</sub>) = {ln_ratio}"
    ),
    "entropy.readout.ln_ratio_undefined": (
        "undefined (c<sub>R</sub> = 0: the right half is empty)"
    ),
    "entropy.readout.free_energy": (
        "ΔG = −TΔS per mole = −T·k<sub>B</sub>·(ΔS/k<sub>B</sub>)·N<sub>A</sub> = "
        "<b>{dg}</b> at {t} (≈ RT ln(c<sub>R</sub>/c<sub>L</sub>) when dilute)"
    ),
    "entropy.readout.no_transfer": "No particle is left on the left to move.",
    "entropy.explain": (
        "Ω counts arrangements: the number of ways to place the particles on the sites "
        "with this many on each side. Spreading out makes Ω astronomically larger, so "
        "the particles spread by chance alone, and S = k<sub>B</sub> ln Ω rises towards "
        "its maximum (dashed). Per particle moved, ΔS/k<sub>B</sub> ≈ "
        "ln(c<sub>L</sub>/c<sub>R</sub>): the RT ln c of the chemical potential."
    ),
    # pump-leak
    "pump_leak.control.radius": "Cell radius (µm)",
    "pump_leak.control.duration": "Duration (min)",
    "pump_leak.control.block": "Block the pump (ouabain) at (min)",
    "pump_leak.control.run": "Run",
    "pump_leak.unit.min": "min",
    "pump_leak.axis.minutes": "Time (min)",
    "pump_leak.axis.concentration": "Inside concentration (mM)",
    "pump_leak.label.conc": "{ion} inside",
    "pump_leak.label.vm": "Vₘ",
    "pump_leak.label.reversal": "E({ion})",
    "pump_leak.label.block": "ouabain",
    "pump_leak.readout.half_time": (
        "K⁺ gradient half-time: <b>{value}</b> after the block (K⁺ inside falls from "
        "{start} halfway to its final {final})"
    ),
    "pump_leak.readout.half_time_long": (
        "K⁺ gradient half-time: <b>longer than the run</b> (K⁺ inside is still "
        "{end} at the end, above the halfway mark {half}; final value {final})"
    ),
    "pump_leak.readout.no_rundown": (
        "K⁺ inside stays near {start}: K⁺ does not run down in this cell."
    ),
    "pump_leak.readout.no_final": (
        "K⁺ gradient half-time: cannot be given (the blocked cell did not settle even in "
        "a very long run)."
    ),
    "pump_leak.readout.not_blocked": (
        "The pump is not blocked during the run: the cell stays at its steady state."
    ),
    "pump_leak.readout.jump": (
        "At the block (t = {t}) V<sub>m</sub> jumps at once from {before} to {after}: "
        "the pump's electrogenic contribution ({contribution}) is lost. The rest of the "
        "depolarisation follows the gradients as they run down."
    ),
    "pump_leak.readout.end": (
        "At {t}: Na⁺ inside {na}, K⁺ inside {k}, V<sub>m</sub> = {vm}"
    ),
    "pump_leak.stale": "The settings changed: press Run to simulate them.",
    "pump_leak.caption": (
        "Why bigger cells run down more slowly: ions leak through the membrane, whose "
        "area grows as r², but they must change the contents of the cytoplasm, whose "
        "volume grows as r³. The time to run down therefore grows as volume/area = r/3 "
        "(∝ r): a 10 times larger cell takes 10 times longer."
    ),
    "pump_leak.caption.model": (
        "Model: a 3 Na⁺ : 2 K⁺ pump and GHK leaks of Na⁺ and K⁺ only "
        "(P<sub>K</sub> = {p_k} cm/s, P<sub>Na</sub>/P<sub>K</sub> = {p_ratio}); "
        "concentrations from the model ({t}); the pump starts at steady state."
    ),
    # junction potential calculator
    "ljp.side.pipette": "pipette",
    "ljp.side.bath": "bath",
    "ljp.title.pipette": "<b>Pipette</b> (filling solution)",
    "ljp.title.bath": "<b>Bath</b>",
    "ljp.control.preset": "Preset",
    "ljp.control.method": "Method",
    "ljp.control.measured_vm": "Measured Vₘ (mV)",
    "ljp.method.henderson": "Henderson",
    "ljp.method.nernst_planck": "Nernst–Planck",
    "ljp.preset.custom": "(edited)",
    "ljp.preset.pipette.k_gluconate": "K-gluconate internal",
    "ljp.preset.pipette.k_gluconate_axobits": "K-gluconate internal (AxoBits)",
    "ljp.preset.pipette.k_methanesulfonate": "K-methanesulfonate internal",
    "ljp.preset.pipette.cs_gluconate": "Cs-gluconate internal",
    "ljp.preset.pipette.cs_methanesulfonate": "Cs-methanesulfonate internal",
    "ljp.preset.pipette.kcl": "KCl internal (high Cl⁻)",
    "ljp.preset.bath.acsf": "ACSF",
    "ljp.preset.bath.ringer_frog": "Ringer (frog)",
    "ljp.preset.bath.saline_150": "physiological saline (150 mM NaCl)",
    "ljp.preset.bath.hepes_saline_axobits": "HEPES-buffered saline (AxoBits)",
    "ljp.source.pipette.k_gluconate": (
        "Walz (ed.) (2007), <i>Patch-Clamp Analysis</i>, 2nd ed., p. 191, entered "
        "as LJPcalc's PatchKGlu set: 110 K-gluconate, 20 KCl, 10 HEPES (5 as HEPES⁻), "
        "1 EGTA, 2 MgCl₂, 2 Na₂ATP. LJPcalc: +13.47 mV against ACSF at 25 °C. EGTA and ATP "
        "entered fully charged leave −2 mM net charge, as in LJPcalc."
    ),
    "ljp.source.pipette.k_gluconate_axobits": (
        "JPCalc example in AxoBits 39, p. 8 (Figl et al.; LJPcalc's AxoBitsArticle set). "
        "Against the HEPES-buffered saline (AxoBits) at 20 °C: JPCalc (Henderson) +15.6 mV, "
        "LJPcalc (Nernst–Planck) +16.05 mV."
    ),
    "ljp.source.pipette.k_methanesulfonate": (
        "LJPcalc's PatchKMeSO set: the K-gluconate internal with methanesulfonate for "
        "gluconate. LJPcalc: +8.59 mV against ACSF at 25 °C."
    ),
    "ljp.source.pipette.cs_gluconate": (
        "LJPcalc's PatchCsGlu set: the K-gluconate internal with Cs⁺ for K⁺. "
        "LJPcalc: +14.01 mV against ACSF at 25 °C."
    ),
    "ljp.source.pipette.cs_methanesulfonate": (
        "The K-methanesulfonate internal (LJPcalc's PatchKMeSO) with Cs⁺ for K⁺, the swap "
        "LJPcalc's PatchCsGlu makes; not one of LJPcalc's published sets."
    ),
    "ljp.source.pipette.kcl": (
        "The K-gluconate internal with all 110 mM K-gluconate replaced by KCl (LJPcalc's "
        "PatchHighCl swaps 30 mM the same way); not one of LJPcalc's published sets."
    ),
    "ljp.source.bath.acsf": (
        "The ACSF of Walz (ed.) (2007) in LJPcalc's PatchKGlu set: 126 NaCl, 3 KCl, "
        "1.2 NaH₂PO₄, 25 NaHCO₃, 2.4 CaCl₂, 1.5 MgSO₄ (glucose, uncharged, left out)."
    ),
    "ljp.source.bath.ringer_frog": (
        "Amphibian Ringer's solution Am1 (Ringer) of the MBL Biological Bulletin "
        "Compendium, Table 7A: 116 NaCl, 1.2 KCl, 1.0 CaCl₂, 2.7 NaHCO₃."
    ),
    "ljp.source.bath.saline_150": "150 mM NaCl (0.9 % saline is 154 mM).",
    "ljp.source.bath.hepes_saline_axobits": (
        "The bath of the JPCalc example in AxoBits 39 (LJPcalc's AxoBitsArticle set); "
        "use it with the K-gluconate internal (AxoBits) at 20 °C."
    ),
    "ljp.placeholder": "K, 145\ngluconate, 145\nCl, 10",
    "ljp.hint.format": (
        "<small>One ion per line: its name and its concentration in mM, e.g. "
        "<code>K, 145</code> (or <code>K 145</code>, <code>K: 145</code>); <code>#</code> "
        "starts a comment. An ion missing on one side counts as 0 mM there. The text is "
        "read when you click outside the box.</small>"
    ),
    "ljp.readout.main": '<span style="font-size:1.8em">LJP ({method}): <b>{value}</b></span>',
    "ljp.readout.other": (
        "({other} {other_value}, difference {method} − {other} = {difference}; at {t})"
    ),
    "ljp.readout.other_failed": "({other}: cannot be computed for these solutions; at {t})",
    "ljp.readout.positive": (
        "The bath is {value} positive to the pipette solution, so the true V<sub>m</sub> "
        "is {value} more negative than the reading."
    ),
    "ljp.readout.negative": (
        "The bath is {value} negative to the pipette solution, so the true V<sub>m</sub> "
        "is {value} more positive than the reading."
    ),
    "ljp.readout.zero": "No junction potential: the reading needs no correction.",
    "ljp.readout.stale": (
        '<span style="color:#B00020"><b>Last valid result</b></span> '
        "(the input has an error, see below; fix it to update):"
    ),
    "ljp.readout.none": "No valid result yet: correct the solutions above.",
    "ljp.notice": (
        '<span style="color:#8A5A00">ℹ Notice (the LJP is still computed):<br>{notes}</span>'
    ),
    "ljp.notice.charged": "{side} is not electroneutral: net charge {net}",
    "ljp.notice.balanced": (
        "Nernst–Planck: both sides made electroneutral as LJPcalc does, by setting {ion} (the "
        "ion with the highest bath concentration) to {pipette} in the pipette and {bath} in "
        "the bath"
    ),
    "ljp.notice.fallback": (
        "Nernst–Planck: adjusting {ion} (the ion LJPcalc would adjust) cannot make both sides "
        "electroneutral without a negative concentration or an empty side; the Henderson "
        "value is used instead"
    ),
    "ljp.notice.method_failed": (
        "{method} cannot be computed for these solutions ({reason}); the {other} value is "
        "kept and shown instead"
    ),
    "ljp.error.keep": "{errors}<br>Showing the last valid result.",
    "ljp.error.unknown_ion": (
        "{side} line {line}: '{ion}' is not a known ion; known ions: {known}"
    ),
    "ljp.error.negative": "{side} line {line}: '{value}' is not a concentration ≥ 0 mM",
    "ljp.error.not_finite_number": (
        "{side} line {line}: the concentration of {ion} must be a finite number ≥ 0 mM"
    ),
    "ljp.error.not_number": (
        "{side} line {line}: '{value}' is not a number (the concentration in mM)"
    ),
    "ljp.error.missing_number": (
        "{side} line {line}: '{text}' has no concentration; write e.g. '{ion}, 10'"
    ),
    "ljp.error.unreadable": (
        "{side} line {line}: cannot read '{text}'; write one ion and its concentration in mM "
        "per line, e.g. 'K, 145'"
    ),
    "ljp.error.duplicate": (
        "{side} line {line}: {ion} is listed twice (first on line {first}); list each ion "
        "once per solution"
    ),
    "ljp.error.empty": "{side}: no ions listed; write one per line, e.g. 'K, 145'",
    "ljp.error.physics": "cannot compute the junction potential: {reason}",
    "ljp.error.not_finite": (
        "these concentrations are too large to give a finite junction potential"
    ),
    "ljp.converter.result": (
        "True V<sub>m</sub> = V<sub>measured</sub> − LJP = {measured} − ({ljp}) = "
        "<b>{true}</b>"
    ),
    "ljp.converter.stale": "(with the last valid LJP)",
    "ljp.converter.none": "True V<sub>m</sub>: needs a valid LJP",
    "ljp.converter.bad_input": "True V<sub>m</sub>: enter the measured V<sub>m</sub> in mV",
    "ljp.caption.convention": (
        "<small>Sign convention: the LJP is the potential of the bath relative to the "
        "pipette solution, the JPCalc/LJPcalc convention. The amplifier is zeroed with the "
        "pipette in the bath, so the LJP hides in every later reading: "
        "V<sub>true</sub> = V<sub>measured</sub> − LJP. Henderson assumes the two solutions "
        "mix linearly across the junction (JPCalc); Nernst–Planck solves the stationary "
        "electrodiffusion equations (LJPcalc). Mobilities are the 25 °C values; temperature "
        "changes RT/F only.</small>"
    ),
    # weight bars driven from outside (GHKWeightBars(show_sliders=False))
    "caption.weight_bars.no_sliders": (
        "Bars: each ion's vote (GHK weight). Lines: each E<sub>i</sub> and V<sub>m</sub>."
    ),
    # action potential player
    "ap_player.control.amplitude": "Stimulus (µA/cm²)",
    "ap_player.control.pulse": "Pulse (ms)",
    "ap_player.control.temperature": "Temperature (°C)",
    "ap_player.control.play": "Play",
    "ap_player.control.frame": "Time",
    "ap_player.unit.ms": "ms",
    "ap_player.unit.conductance": "mS/cm²",
    "ap_player.axis.time": "Time (ms)",
    "ap_player.axis.voltage": "Membrane potential (mV)",
    "ap_player.label.vm": "Vₘ",
    "ap_player.label.vm_ghk": "V (GHK)",
    "ap_player.label.reversal": "E({ion})",
    "ap_player.readout.time": (
        "t = <b>{t}</b><br>V<sub>m</sub> = <b>{vm}</b><br>the vote pulls towards "
        "V<sub>GHK</sub> = {vm_ghk}"
    ),
    "ap_player.readout.ratio": (
        "P<sub>Na</sub> : P<sub>K</sub> = <b>{ratio} : 1</b><br><b>{winner}</b> (votes: "
        "K⁺ {w_k}, Na⁺ {w_na})"
    ),
    "ap_player.readout.dominates": "{ion} dominates",
    "ap_player.readout.conductance": (
        "Voltage-gated channels:<br>g<sub>Na</sub> = <b>{g_na}</b>, "
        "g<sub>K</sub> = <b>{g_k}</b>"
    ),
    "ap_player.readout.spike": (
        "This run: a spike, V<sub>m</sub> peaks at <b>{peak}</b> at t = {t}."
    ),
    "ap_player.readout.no_spike": (
        "This run: <b>no spike</b> (V<sub>m</sub> reaches only {peak}): the stimulus is "
        "below threshold for these settings."
    ),
    "ap_player.caption": (
        "<b>The action potential as a change of vote.</b> Left: V<sub>m</sub> (black) of a "
        "Hodgkin–Huxley squid-axon patch after a current pulse at t = 1 ms; it runs between "
        "E<sub>K</sub> = {e_k} and E<sub>Na</sub> = {e_na} (coloured lines). Dashed grey: "
        "V<sub>GHK</sub>, the mean of E<sub>K</sub> and E<sub>Na</sub> weighted by the votes "
        "at that instant, where the membrane is being pulled; V<sub>m</sub> follows it with "
        "a short lag while the membrane capacitance charges. Below: the votes at the cursor "
        "(there the grey line marks V<sub>GHK</sub>, and the readout under the bars writes "
        "it as the weighted mean). At rest K⁺ holds most of the vote and V<sub>m</sub> sits "
        "near E<sub>K</sub>; in the spike the Na⁺ channels open, the vote swings to Na⁺ and "
        "V<sub>m</sub> heads for E<sub>Na</sub>; then the Na⁺ channels close, more K⁺ "
        "channels open and the vote swings back. Only the permeabilities change: the "
        "concentrations stay as they are (K⁺ {k_in} and Na⁺ {na_in} inside). The "
        "permeabilities come from the model's conductances at each instant. The model's "
        "small leak (reversal {e_leak}) is neither pure K⁺ nor pure Na⁺: it is split into "
        "a K⁺ part and a Na⁺ part in the proportions that give its reversal potential, and "
        "each part is counted with its ion. Warmer gates move faster (Q<sub>10</sub> = 3): "
        "the spike is briefer, and when it is warm enough the Na⁺ channels close before a "
        "spike can grow."
    ),
    "ap_player.error.physics": (
        "The simulation cannot run with these settings: {reason}. Showing the last valid run."
    ),
    # answer check
    "answer_check.check": "Check",
    "answer_check.show_answer": "Show answer",
    "answer_check.correct": "✓ Correct",
    "answer_check.wrong": "✗ Not yet — {advice}",
    "answer_check.try_again": "Try again.",
    "answer_check.hint": "Hint: {hint}",
    "answer_check.advice.sign": "Check the sign.",
    "answer_check.advice.units": (
        "Check your units: your number is off by a factor of {factor}."
    ),
    "answer_check.attempts": "attempts: {n}",
    "answer_check.enter_number": "Enter a number.",
    "answer_check.enter_number_unit": "Enter a number (in {unit}).",
    "answer_check.choose": "Choose one of the answers first.",
    "answer_check.enter_first": (
        "Type your answer in the box first. (If your answer is 0, click Check again.)"
    ),
    "answer_check.tolerance.relative": "accepted within ±{percent} %",
    "answer_check.tolerance.absolute": "accepted within ±{value}",
    "answer_check.answer": "Answer: <b>{answer}</b>",
    "answer_check.error.answer": (
        "The expected answer cannot be computed ({reason}); please tell your instructor."
    ),
    # prediction
    "prediction.label": "Predict:",
    "prediction.commit": "Commit my prediction",
    "prediction.placeholder": "a number",
    "prediction.choose": "Choose one option first.",
    "prediction.enter_number": "Type a number first.",
    "prediction.yours": "Your prediction: <b>{prediction}</b>",
    "prediction.right": "✓ Right.",
    "prediction.wrong": "✗ Not quite: the answer is <b>{answer}</b>.",
    # Donnan equilibrium and the charging membrane
    "donnan.control.kcl": "KCl outside (mM)",
    "donnan.control.impermeant": "Impermeant anions inside (mM)",
    "donnan.control.valence": "Their mean charge",
    "donnan.label.impermeant": "A (impermeant)",
    "donnan.readout.main": (
        "Donnan potential V<sub>m</sub> = <b>{vm}</b> (ratio r = {ratio})<br>"
        "Inside: K⁺ {k_in}, Cl⁻ {cl_in}. [K⁺]<sub>i</sub>[Cl⁻]<sub>i</sub> = {product_in} "
        "= [K⁺]<sub>o</sub>[Cl⁻]<sub>o</sub> = {product_out} mM²"
    ),
    "donnan.readout.swells": (
        "Solutes inside {inside}, outside {outside}: <b>{excess} more inside</b>. Water "
        "would flow in and the cell would swell, unless a pump keeps Na⁺ out."
    ),
    "donnan.readout.balanced": (
        "Solutes inside {inside}, outside {outside}: balanced, no Donnan effect."
    ),
    "donnan.caption": (
        "<small>No pump: K⁺ and Cl⁻ cross freely, the anions A cannot. Each permeant ion "
        "ends at its Nernst potential, so all share one potential, and the inside stays "
        "electroneutral. The trapped anions hold extra K⁺ inside: a real equilibrium, but "
        "an osmotic imbalance.</small>"
    ),
    "charging.control.conductance": "K⁺ conductance g (mS/cm²)",
    "charging.control.capacitance": "C<sub>m</sub> (µF/cm²)",
    "charging.control.radius": "Cell radius (µm)",
    "charging.control.play": "Play",
    "charging.control.time": "Time",
    "charging.label.vm": "Vₘ",
    "charging.label.e_k": "E(K⁺)",
    "charging.label.tau": "τ",
    "charging.axis.time": "Time (ms)",
    "charging.axis.ions": "K⁺ ions crossed",
    "charging.readout": (
        "t = <b>{t} ms</b>: V<sub>m</sub> = <b>{vm}</b> on the way from 0 mV to "
        "E<sub>K</sub> = {e_k}; τ = C<sub>m</sub>/g = <b>{tau} ms</b><br>"
        "K⁺ ions crossed so far: <b>{ions}</b> ({percent} % of the final count), a fraction "
        "{fraction} of the cell's K⁺"
    ),
    "charging.caption": (
        "<small>The membrane starts uncharged (0 mV) and only K⁺ can cross. Each K⁺ that leaves "
        "puts one charge on the capacitor; the voltage it builds pulls K⁺ back, so the net "
        "flow slows as V<sub>m</sub> nears E<sub>K</sub>: an exponential with time constant "
        "τ = C<sub>m</sub>/g. After one τ 63 % of the way is done, after five τ more than "
        "99 %.</small>"
    ),
    # simulator app
    "simulator.intro": (
        "Set the concentrations inside and outside the cell, the permeabilities and the "
        "temperature for K⁺, Na⁺, Cl⁻ and Ca²⁺, or start from a measured cell type. The page "
        "shows each ion's Nernst (equilibrium) potential, the membrane potential V<sub>m</sub> "
        "from the Goldman–Hodgkin–Katz (GHK) equation, each ion's driving force "
        "V<sub>m</sub> − E and which way it moves, each ion's share (vote) in V<sub>m</sub>, "
        "and the GHK current–voltage curves. Tick <b>Clamp V<sub>m</sub></b> beside the "
        "driving-force gauge to set the membrane potential by hand. The second tab plays a "
        "Hodgkin–Huxley action potential back in time as a change of the K⁺/Na⁺ vote."
    ),
    "simulator.control.language": "Language",
    "simulator.control.preset": "Cell type",
    "simulator.preset_set": "{title}: {name}",
    "simulator.note.measured": "Measured V<sub>m</sub>: {value}. {note}",
    "simulator.note.missing": " Not in this preset, kept at their start values: {ions}.",
    "simulator.list_separator": ", ",
    "simulator.readout.clamped": (
        "V<sub>m</sub> = <b>{vm}</b> (clamped; GHK would give {ghk})"
    ),
    "simulator.readout.ghk": "V<sub>m</sub> (GHK) = <b>{vm}</b>",
    "simulator.table.name": "The ions of the membrane",
    "simulator.table.ion": "ion",
    "simulator.table.inside": "inside",
    "simulator.table.outside": "outside",
    "simulator.table.permeability": "P (rel. to K⁺)",
    "simulator.table.nernst": "E (Nernst)",
    "simulator.table.driving_force": "V<sub>m</sub> − E",
    "simulator.table.moves": "ions move",
    "simulator.table.vote": "GHK vote",
    "simulator.tab.rest": "Resting potential",
    "simulator.tab.action": "Action potential",
    # chart titles and descriptions
    "chart.concentrations.title": "{ion} inside and outside",
    "chart.concentrations.more_inside": (
        "{ion} is {factor} times as concentrated inside ({c_in}) as outside ({c_out})."
    ),
    "chart.concentrations.more_outside": (
        "{ion} is {factor} times as concentrated outside ({c_out}) as inside ({c_in})."
    ),
    "chart.concentrations.equal": "{ion} is as concentrated inside as outside ({c_in}).",
    "chart.votes.title": "GHK votes",
    "chart.potentials.title": "Vₘ among the Nernst potentials",
    "chart.votes.between": (
        "{ion} has the largest vote ({weight}); {name} = {vm} lies between {low} and {high}."
    ),
    "chart.votes.at": "{ion} has the largest vote ({weight}); {name} = {vm} is at {e}.",
    "chart.votes.clamped": " Vₘ is clamped at {value} (dashed line).",
    "chart.gauge.title": "Driving force on {ion}",
    "chart.gauge.arrow": "driving force Vₘ − E",
    "chart.gauge.at_equilibrium": "at equilibrium",
    "chart.gauge.description": (
        "The arrow is the driving force Vₘ − E({ion}) = {df}, from E({ion}) = {e} to "
        "Vₘ = {vm}; it is not the ions' path: {ion} ions move {ions}."
    ),
    "chart.gauge.equilibrium": (
        "Vₘ = {vm} is within 1 mV of E({ion}) = {e}: {ion} is at equilibrium (no arrow)."
    ),
    "readout.flow_near": (
        "V<sub>m</sub> is within 1 mV of E<sub>{ion}</sub>: {ion} is at equilibrium, with "
        "almost no net movement."
    ),
    "chart.iv.title": "GHK current–voltage curves",
    "chart.iv.description": (
        "Net current is zero at Vₘ = {vm}; there {outward} carries the largest outward "
        "current and {inward} the largest inward."
    ),
    "chart.iv.no_current": "Net current is zero at Vₘ = {vm}, where no ion carries current.",
    "chart.iv.clamp": " At the clamped Vₘ = {v} the net current is {i}.",
    "chart.nernst.title": "Nernst potential against [out]/[in]",
    "chart.nernst.rises": (
        "At [out]/[in] = {ratio}, E({ion}) = {e}; the curve rises {slope} per tenfold increase."
    ),
    "chart.nernst.falls": (
        "At [out]/[in] = {ratio}, E({ion}) = {e}; the curve falls {slope} per tenfold increase."
    ),
    "chart.pump.title": "Vₘ with and without the pump",
    "chart.pump.description": (
        "At P(Na⁺)/P(K⁺) = {x} the pump adds {contribution} to Vₘ: {with_pump} instead of "
        "{without}."
    ),
    "chart.pump.blocked": "The pump is blocked: Vₘ = {without} (with the pump: {with_pump}).",
    "chart.activity.title": "Activity coefficient γ against ionic strength",
    "chart.activity.description": "At I = {i}: {values}. {law}: reliable up to about {limit}.",
    "chart.capacitor.title": "Ions that cross, and ions in the cell",
    "chart.capacitor.description": (
        "{count} {ion} ions cross to charge the membrane, out of {content} in the cell."
    ),
    "chart.capacitor.none": "At 0 mV no ions cross; the cell holds {content} {ion} ions.",
    "chart.donnan.title": "Concentrations at Donnan equilibrium",
    "chart.donnan.description": (
        "Inside, K⁺ rises to {k_in} and Cl⁻ falls to {cl_in} (both are {kcl} outside); "
        "the Donnan potential is {vm}."
    ),
    "chart.donnan.none": (
        "With no impermeant anions, K⁺ and Cl⁻ are {kcl} on both sides and the potential "
        "is {vm}."
    ),
    "chart.crossings.trace.title": "Net ions out in this run",
    "chart.crossings.histogram.title": "Net ions out after {t}, {n} runs",
    "chart.crossings.description": (
        "At V = {vm}, with E({ion}) = {e}: this run ends with a net {net}; the {n} runs average "
        "{mean} (expected {expected})."
    ),
    "chart.entropy.lattice.title": "Particles on the lattice",
    "chart.entropy.trace.title": "Entropy: ln Ω step by step",
    "chart.entropy.description": (
        "Step {frame}: {n_left} particles on the left, {n_right} on the right; ln Ω = "
        "{ln_omega}, {percent} % of its largest value."
    ),
    "chart.charging.vm.title": "Vₘ charging towards E(K⁺)",
    "chart.charging.ions.title": "K⁺ ions that have crossed",
    "chart.charging.description": (
        "At t = {t} ms, Vₘ = {vm} has gone {percent} % of the way to E(K⁺) = {e_k}; "
        "{ions} K⁺ ions have crossed (τ = {tau} ms)."
    ),
    "chart.ap.title": "Vₘ and the GHK potential in time",
    "chart.ap.description": (
        "At t = {t}, Vₘ = {vm} and the GHK potential is {vm_ghk}; {ion} holds most of the vote."
    ),
    "chart.pump_leak.concentrations.title": "Na⁺ and K⁺ inside the cell",
    "chart.pump_leak.potentials.title": "Vₘ, E(K⁺) and E(Na⁺)",
    "chart.pump_leak.description": (
        "Over {t}, K⁺ inside goes from {k0} to {k1} and Na⁺ from {na0} to {na1}; Vₘ goes "
        "from {vm0} to {vm1}."
    ),
}

# Cell presets: their English titles, notes and permeability-set names live with the
# data in physics; the keys are generated here so the tables stay complete.
for _key in _preset_names():
    _preset = _get_preset(_key)
    EN[f"preset.{_key}.title"] = _preset.title
    EN[f"preset.{_key}.notes"] = _preset.notes
    for _set in _preset.permeability_sets:
        EN[f"preset.{_key}.set.{_set}"] = _set
