"""MembraneSimulator: the course's widgets on one page, with a 中文 / English switch."""

import urllib.parse

import ipywidgets as w

from membrane_widgets import physics
from membrane_widgets.widgets._accessibility_hook import accessible_root
from membrane_widgets.widgets._action_potential_player import ActionPotentialPlayer
from membrane_widgets.widgets._ghk_explorer import GHKExplorer
from membrane_widgets.widgets._keyboard_help import KeyboardHelp
from membrane_widgets.widgets._kit_binding import ModelView, close_view
from membrane_widgets.widgets._kit_controls import dropdown, toggle_buttons
from membrane_widgets.widgets._kit_format import (
    flow_words,
    fmt_mm,
    fmt_number,
    fmt_signed_mv,
    ion_label,
    text_colour,
)
from membrane_widgets.widgets._membrane_model import MembraneModel
from membrane_widgets.widgets._strings import LANGUAGES, STRINGS, set_language, text
from membrane_widgets.widgets._strings import language as current_language
from membrane_widgets.widgets._vm_sound import VmSound

__all__ = ["MembraneSimulator", "language_from_query"]


def language_from_query(query, default="en"):
    """Return the language a page's query string asks for (``?lang=zh``), or `default`.

    Voilà passes a page's query string to its kernel as the ``QUERY_STRING``
    environment variable, so a link can open the app in Chinese.

    Parameters
    ----------
    query : str
        A URL query string, e.g. ``"lang=zh"``.
    default : str, optional
        The language if the query names none that has a string table.

    Returns
    -------
    str
        A language code of the string tables.

    Examples
    --------
    >>> language_from_query("lang=zh")
    'zh'
    >>> language_from_query("lang=xx&b=1")
    'en'
    """
    asked = urllib.parse.parse_qs(query or "").get("lang", [default])[0]
    return asked if asked in STRINGS else default


def preset_choices(model):
    """Return ``(label, value)`` menu items for the presets `model` can hold.

    The presets whose ions the model has (not the plant cell with its H⁺), each
    followed by its alternative permeability sets (e.g. the squid axon at the
    peak of its spike), labelled in the current language.

    Parameters
    ----------
    model : MembraneModel
        The model the presets are loaded into.

    Returns
    -------
    list of tuple
        Dropdown options; a value is the preset key, or ``"key/set"`` for one of
        its permeability sets.
    """
    choices = []
    for key in physics.preset_names():
        preset = physics.get_preset(key)
        if {ion.name for ion in preset.ions} <= set(model.names):
            title = text(f"preset.{key}.title")
            choices.append((title, key))
            choices += [(text("simulator.preset_set", title=title,
                              name=text(f"preset.{key}.set.{name}")), f"{key}/{name}")
                        for name in preset.permeability_sets]
    return choices


class MembraneSimulator(ModelView, w.VBox):
    """Concentrations, permeabilities, Nernst and GHK potentials and the action potential.

    A language switch on top; a cell-type menu; V_m and a table of every ion
    (concentrations, permeability, Nernst potential, driving force, which way
    it moves, its GHK vote); the :class:`GHKExplorer` of K⁺, Na⁺, Cl⁻ and
    Ca²⁺; and a tab with the :class:`ActionPotentialPlayer`. Switching the
    language rebuilds the views in the new language over the same model and
    keeps every setting (concentrations, permeabilities, temperature, clamp,
    chosen ion, cell type, tab, stimulus and time of the action potential).

    Parameters
    ----------
    language : str, optional
        ``"en"`` or ``"zh"``; sets the widget language of the kernel
        (:func:`set_language`). Default: the current language.
    **kwargs
        Passed to :class:`ipywidgets.VBox`.

    Attributes
    ----------
    model : MembraneModel
        The resting-potential model (K⁺, Na⁺, Cl⁻, Ca²⁺) every view shares.
    language_switch : ipywidgets.ToggleButtons
        中文 / English.
    keyboard_help : KeyboardHelp
        The keys that work every control (closed until opened).
    sound : VmSound
        "Hear Vₘ": off until pressed; then each change of V_m plays a tone.
    preset_menu : ipywidgets.Dropdown
        Cell types; its value is a preset key, or ``"key/set"`` for one of the
        preset's permeability sets.
    vm_readout, table : ipywidgets.HTML
        V_m, and the table of ions.
    explorer : GHKExplorer
        Sliders, votes, gauge and I-V curves.
    action : ActionPotentialPlayer
        The action-potential tab.
    tabs : ipywidgets.Tab
        Resting potential | action potential.

    Examples
    --------
    >>> app = MembraneSimulator(language="en")
    >>> app.language_switch.value = "zh"
    >>> app.tabs.titles[0]
    '静息电位'
    >>> app.close(); set_language("en")
    """

    def __init__(self, language=None, **kwargs):
        if language is not None:
            set_language(language)
        self.explorer = GHKExplorer(include_calcium=True)
        self.model = self.explorer.model
        self._start = {ion["name"]: ion for ion in self.model.to_dict()["ions"]}
        self.language_switch = toggle_buttons(
            [(name, code) for code, name in LANGUAGES.items()], current_language(),
            button_width="6em",
        )
        self.intro = w.HTML(layout=w.Layout(max_width="1000px"))
        self.keyboard_help = KeyboardHelp(layout=w.Layout(max_width="1000px"))
        # labelled (and given its options) by _label, in the current language
        self.preset_menu = dropdown("", [], None, label_width="6em", width="34em")
        self.preset_note = w.HTML(layout=w.Layout(max_width="1000px"))
        self.vm_readout = w.HTML().add_class("mw-app-vm")
        self.table = w.HTML().add_class("mw-app-table")
        self.action = ActionPotentialPlayer()
        self._resting, self._action_box = w.VBox(), w.VBox()
        self.tabs = w.Tab(children=[self._resting, self._action_box])
        self._relabelling = False
        self.sound = VmSound(self.model)
        super().__init__([w.HBox([self.language_switch, self.sound],
                                 layout=w.Layout(flex_flow="row wrap", align_items="center",
                                                 grid_gap="1em")),
                          self.keyboard_help, self.intro, self.tabs], **kwargs)
        # the summary follows the model from the start (the first preset load included)
        self.watch(self.model, self._show_summary, "revision")
        self._label()
        self._load_preset()
        self.language_switch.observe(self._on_language, names="value")
        self.preset_menu.observe(self._load_preset, names="value")
        accessible_root(self)  # names, values and keys in the page

    def _label(self):
        """Write every label of the page's own controls in the current language."""
        self.intro.value = text("simulator.intro")
        self.keyboard_help.relabel()
        self.sound.relabel()
        self.language_switch.description = text("simulator.control.language")
        value = self.preset_menu.value
        self._relabelling = True  # new labels, same choice: the model stays as it is
        try:
            self.preset_menu.options = options = preset_choices(self.model)
            self.preset_menu.value = value if value is not None else options[0][1]
        finally:
            self._relabelling = False
        self.preset_menu.description = text("simulator.control.preset")
        self._show_note()
        self._show_summary()
        # the tabs keep their two boxes (and so the open tab); only the boxes' contents change
        self._resting.children = [self.preset_menu, self.preset_note, self.vm_readout, self.table,
                                  self.explorer]
        self._action_box.children = [self.action]
        self.tabs.titles = [text("simulator.tab.rest"), text("simulator.tab.action")]

    def _on_language(self, change):
        """Rebuild the views in the chosen language over the same model; keep every setting."""
        set_language(change["new"])
        old_explorer, old_action = self.explorer, self.action
        self.explorer = GHKExplorer(model=self.model)
        self.explorer.ion_panel.ion_select.value = old_explorer.ion_panel.ion_select.value
        self.explorer.gauge.direction_select.value = old_explorer.gauge.direction_select.value
        self.action = ActionPotentialPlayer(
            amplitude=old_action.amplitude_slider.value, pulse_ms=old_action.pulse_slider.value,
            temperature=old_action.temperature_slider.value,
        )
        self.action.frame.value = old_action.frame.value
        self._label()
        close_view(old_explorer)
        close_view(old_action)

    def _load_preset(self, change=None):
        """Load the chosen preset's values into the shared model, as one change."""
        if self._relabelling:
            return
        key, _, permeability_set = self.preset_menu.value.partition("/")
        permeability_set = permeability_set or None
        state = MembraneModel.from_preset(key, permeability_set).to_dict()
        ions = {ion["name"]: ion for ion in state["ions"]}
        with self.model.batch():
            for ion in self.model.ions:
                values = ions.get(ion.name, self._start[ion.name])
                ion.valence = values["valence"]
                ion.c_in, ion.c_out = values["c_in"], values["c_out"]
                ion.permeability = values["permeability"]
            self.model.vm_clamp = state["vm_clamp"]
            self.model.vm_mode = state["vm_mode"]
            self.model.temperature = state["temperature"]
        self._show_note()

    def _show_note(self):
        """Describe the chosen preset: measured V_m, notes, ions it does not set."""
        key = self.preset_menu.value.partition("/")[0]
        preset = physics.get_preset(key)
        note = text(f"preset.{key}.notes")
        if preset.measured_vm is not None:
            note = text("simulator.note.measured", value=fmt_signed_mv(preset.measured_vm),
                        note=note)
        given = {ion.name for ion in preset.ions}
        missing = [ion_label(name) for name in self.model.names if name not in given]
        if missing:
            note += text("simulator.note.missing",
                         ions=text("simulator.list_separator").join(missing))
        self.preset_note.value = f"<small>{note}</small>"

    def _show_summary(self, change=None):
        """Write V_m and the table from the model (the physics is the library's)."""
        model = self.model
        if model.vm_mode == "clamp":
            vm_text = text("simulator.readout.clamped", vm=fmt_signed_mv(model.vm),
                           ghk=fmt_signed_mv(model.vm_ghk))
        else:
            vm_text = text("simulator.readout.ghk", vm=fmt_signed_mv(model.vm))
        if model.message:
            vm_text += f"<br><i>{model.message}</i>"
        self.vm_readout.value = f'<div style="font-size: 1.3em">{vm_text}</div>'
        head = "".join(f'<th style="padding: 2px 10px; text-align: left">{text(key)}</th>'
                       for key in ("simulator.table.ion", "simulator.table.inside",
                                   "simulator.table.outside", "simulator.table.permeability",
                                   "simulator.table.nernst", "simulator.table.driving_force",
                                   "simulator.table.moves", "simulator.table.vote"))
        rows = []
        for ion in model.ions:
            e = model.reversal[ion.name]
            label = f'<b style="color: {text_colour(ion.ion.colour)}">{ion_label(ion.name)}</b>'
            cells = (label, fmt_mm(ion.c_in), fmt_mm(ion.c_out), fmt_number(ion.permeability),
                     fmt_signed_mv(e), fmt_signed_mv(physics.driving_force(model.vm, e)),
                     flow_words(model.vm, e, ion.valence)["ions"],
                     fmt_number(model.weights.get(ion.name, 0.0)))
            rows.append("".join(f'<td style="padding: 2px 10px">{c}</td>' for c in cells))
        # the table scrolls sideways in its own box on a narrow screen (its cells never wrap
        # a word per line); the box is a named region that the keyboard can scroll
        self.table.value = (
            f'<div class="mw-scroll" role="region" tabindex="0" '
            f'aria-label="{text("simulator.table.name")}"><table><tr>{head}</tr>'
            + "".join(f"<tr>{row}</tr>" for row in rows) + "</table></div>")
