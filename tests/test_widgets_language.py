"""Every widget speaks the chosen language: in Chinese no English text is left on screen."""

import re

import numpy as np
import pytest

import membrane_widgets as mw
from membrane_widgets.widgets import MembraneSimulator, language_from_query, set_language, text
from membrane_widgets.widgets._kit_format import describe_error
from tests.widget_text import BAD_NUMBER, plain, visible_texts

CJK = re.compile(r"[\u3400-\u9fff]")
#: Latin words that stay in a Chinese widget: units, symbols, names of equations,
#: programs and solutions, and the authors and titles of cited sources.
KEEP = {
    # the language switch names each language in its own words
    "English",
    # units and symbols
    "mV", "mM", "min", "mol", "ions", "GHK", "LJP", "ATP", "mS", "cm",
    # names of methods and programs, solutions, chemicals
    "Henderson", "Nernst", "Planck", "Davies", "Debye", "Hückel", "Mullins", "Noda",
    "Hodgkin", "Huxley", "Katz", "Goldman", "Ussing",
    "LJPcalc", "JPCalc", "AxoBits", "ACSF", "HEPES", "EGTA", "Ringer", "PatchKGlu",
    "PatchKMeSO", "PatchCsGlu", "PatchHighCl", "AxoBitsArticle", "MBL", "gluconate",
    "methanesulfonate", "NaCl", "KCl",
    # names of keys, as printed on the keys of a Chinese keyboard too (the keyboard help)
    "Tab", "Shift", "Page", "Down", "Home", "End",
    # cited sources (author, title, journal)
    "Walz", "Patch", "Clamp", "Analysis", "Figl", "Biological", "Bulletin", "Compendium",
    "Table", "Am1", "ed",
}
WORD = re.compile(r"[A-Za-z][A-Za-z0-9]{2,}")


def english_left(texts):
    """The Latin words in `texts` (HTML) that are not in :data:`KEEP`, each with its context.

    Sub- and superscripts are symbols (V<sub>m</sub>, γ<sub>out</sub>) and are skipped.
    """
    found = []
    for html in texts:
        item = re.sub(r"<(sub|sup)>.*?</\1>", " ", html)
        item = re.sub(r"<[^>]+>|&[a-z]+;", " ", item)
        for word in WORD.findall(item):
            if word not in KEEP and not re.fullmatch(r"(?:[A-Z][a-z]?\d*)+", word):  # CaCl₂
                found.append(f"{word!r} in {item[:80]!r}")
    return found


def _move_controls(widget):
    """Nudge a few controls so that readouts written by observers are covered too."""
    model = getattr(widget, "model", None)
    if isinstance(model, mw.MembraneModel):
        model.ions[0].c_out = model.ions[0].c_out * 1.5
        model.temperature = 300.0


def _constructors():
    model = mw.MembraneModel.from_preset
    return {
        "IonSliderPanel": lambda: mw.IonSliderPanel(model()),
        "DrivingForceGauge": lambda: mw.DrivingForceGauge(model()),
        "GHKWeightBars": lambda: mw.GHKWeightBars(model()),
        "GHKExplorer": lambda: mw.GHKExplorer(include_calcium=True),
        "NernstExplorer": lambda: mw.NernstExplorer(model()),
        "ActivityExplorer": mw.ActivityExplorer,
        "CapacitorCounter": mw.CapacitorCounter,
        "PumpExplorer": lambda: mw.PumpExplorer(model()),
        "JunctionPotentialCalculator": mw.JunctionPotentialCalculator,
        "DynamicEquilibrium": mw.DynamicEquilibrium,
        "EntropyOfMixing": mw.EntropyOfMixing,
        "PumpLeakRundown": mw.PumpLeakRundown,
        "ActionPotentialPlayer": mw.ActionPotentialPlayer,
        "AnswerCheck": lambda: mw.AnswerCheck("<b>E<sub>K</sub> = ?</b>", -89.1, unit="mV"),
        "MembraneSimulator": MembraneSimulator,
        "DonnanExplorer": mw.DonnanExplorer,
        "MembraneCharging": mw.MembraneCharging,
        "Prediction": lambda: mw.Prediction("E<sub>K</sub>?", answer=1, choices=["+", "−"]),
        "KeyboardHelp": lambda: mw.KeyboardHelp(open=True),
        "VmSound": lambda: mw.VmSound(model()),
    }


CONSTRUCTORS = _constructors()


def test_every_exported_widget_is_covered():
    exported = {name for name in mw.__all__ if name[0].isupper()} - {"MembraneModel", "IonState"}
    assert exported <= set(CONSTRUCTORS)


@pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
def test_a_chinese_widget_shows_no_english(name):
    set_language("zh")
    widget = CONSTRUCTORS[name]()
    _move_controls(widget)
    texts = visible_texts(widget)
    assert any(CJK.search(t) for t in texts), f"{name} shows no Chinese at all"
    assert english_left(texts) == []
    assert not [t for t in texts if BAD_NUMBER.search(t)]
    widget.close()


@pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
def test_an_english_widget_shows_no_chinese(name):
    widget = CONSTRUCTORS[name]()
    texts = visible_texts(widget)
    chinese = [t for t in texts if CJK.search(t)]
    # the language switch names each language in its own words
    assert chinese in ([], ["中文"]), chinese
    widget.close()


# A potential is written with its sign ("+60.6 mV", "−89.1 mV"); a number of mV without one is
# a size whose direction the words give: "13.5 mV more negative", "rises 59.5 mV per tenfold",
# "steps of 1 mV" (in Chinese "高 13.5 mV", "相差 13.5 mV", "上升 59.5 mV", "每步 1 mV").
_UNSIGNED_MV = re.compile(r"(?<![−+\-\d.,])(\d+(?:\.\d+)?)\s?mV")
_SIZE_AFTER = re.compile(r"^\s*(more|less|per|positive|negative)\b")
_SIZE_BEFORE = re.compile(r"(steps of|高|低|上升|下降|相差|每步)\s*$")


@pytest.mark.parametrize("language", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
def test_every_potential_is_written_with_its_sign(name, language):
    set_language(language)
    widget = CONSTRUCTORS[name]()
    _move_controls(widget)
    unsigned = []
    for t in map(plain, visible_texts(widget)):
        for m in _UNSIGNED_MV.finditer(t):
            size = _SIZE_AFTER.search(t[m.end():]) or _SIZE_BEFORE.search(t[:m.start()])
            if float(m.group(1)) != 0 and not size:
                unsigned.append(t[max(0, m.start() - 40):m.end() + 20])
    widget.close()
    set_language("en")
    assert unsigned == []


def test_a_refused_input_is_explained_in_chinese():
    set_language("zh")
    with pytest.raises(ValueError) as info:
        mw.physics.nernst_potential(5.0, -1.0, 1)
    message = describe_error(info.value)
    assert CJK.search(message) and "c_in" in message and "must" not in message
    set_language("en")
    assert describe_error(info.value) == str(info.value)


def test_switching_the_simulator_language_keeps_every_setting():
    app = MembraneSimulator(language="en")
    app.preset_menu.value = "squid_axon"
    app.model.ion("Na").permeability = 0.2
    app.model.temperature = 300.0
    app.explorer.ion_panel.ion_select.value = "Cl"
    app.tabs.selected_index = 1
    app.action.amplitude_slider.value = 35.0
    app.action.frame.value = 120
    state = app.model.to_dict()
    vm = app.model.vm
    english = visible_texts(app)

    app.language_switch.value = "zh"
    assert app.model.to_dict() == state and app.model.vm == vm
    assert app.preset_menu.value == "squid_axon"
    assert app.tabs.selected_index == 1
    assert app.explorer.ion_panel.ion_select.value == "Cl"
    assert app.explorer.model is app.model
    assert app.action.amplitude_slider.value == 35.0 and app.action.frame.value == 120
    chinese = visible_texts(app)
    assert english_left(chinese) == []
    assert app.tabs.titles == (text("simulator.tab.rest"), text("simulator.tab.action"))

    app.language_switch.value = "en"
    assert app.model.to_dict() == state
    assert visible_texts(app) == english
    # the closed views no longer follow the model: one change redraws only the live ones
    app.model.ion("K").c_out = 7.0
    assert np.isfinite(app.model.vm)
    app.close()


def test_a_query_string_chooses_the_language():
    assert language_from_query("lang=zh") == "zh"
    assert language_from_query("") == "en"
    assert language_from_query("lang=klingon") == "en"


# "V_m", "E_K", "P_Na": a symbol with an underscore for its subscript (plain text has Vₘ, E(K⁺))
UNDERSCORE_SUBSCRIPT = re.compile(r"(?<![A-Za-z_])[A-Za-z]{1,2}_\{?[A-Za-z0-9]")


@pytest.mark.parametrize("language_code", ["en", "zh"])
@pytest.mark.parametrize("name", sorted(CONSTRUCTORS))
def test_labels_write_subscripts_not_underscores(name, language_code):
    set_language(language_code)
    widget = CONSTRUCTORS[name]()
    _move_controls(widget)
    found = [t for t in visible_texts(widget) if UNDERSCORE_SUBSCRIPT.search(plain(t))]
    assert not found, found
    widget.close()
