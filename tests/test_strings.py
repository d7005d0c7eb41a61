"""The widgets' string tables: one per language, with the same keys and placeholders."""

import re
import string

import pytest

from membrane_widgets.physics import get_preset, preset_names
from membrane_widgets.widgets import language, set_language, text, use_language
from membrane_widgets.widgets._strings import LANGUAGES, STRINGS

CJK = re.compile(r"[\u3400-\u9fff]")


def _fields(template):
    return sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})


def _tags(template):
    return sorted(re.findall(r"</?([a-z]+)", template))


def test_every_language_has_exactly_the_english_keys():
    en = STRINGS["en"]
    for code, table in STRINGS.items():
        assert sorted(set(en) - set(table)) == [], f"{code}: missing keys"
        assert sorted(set(table) - set(en)) == [], f"{code}: extra keys"


@pytest.mark.parametrize("code", sorted(set(STRINGS) - {"en"}))
def test_translations_keep_placeholders_and_html_tags(code):
    for key, template in STRINGS["en"].items():
        other = STRINGS[code][key]
        assert _fields(other) == _fields(template), f"{code} {key}: placeholders differ"
        assert _tags(other) == _tags(template), f"{code} {key}: HTML tags differ"
        other.format(**{name: 1.0 for name in _fields(other)})  # a well-formed template


# Strings that are the same in both languages: units, symbols, names, formulas.
SAME_IN_CHINESE = re.compile(
    r"^(unit\.|capacitor\.unit\.|crossings\.unit\.|ap_player\.unit\.|pump_leak\.unit\.|"
    r"entropy\.unit\.|activity\.salt\.|ljp\.method\.|ljp\.placeholder$|label\.vm|"
    r"pump_leak\.label\.vm|ap_player\.label\.|pump\.curve\.reversal|label\.reversal|"
    r"pump_leak\.label\.reversal|readout\.weight_term|entropy\.omega\.power|entropy\.label\.trace|"
    r"entropy\.axis\.ln_omega|activity\.validity\.separator|crossings\.net\.zero|"
    r"activity\.readout\.gamma_item|activity\.curve\.valence|readout\.nernst|readout\.vm$|"
    r"pump\.ratio\.fraction|title\.with_calcium|answer_check\.tolerance\.|answer_check\.answer$|"
    r"pump\.control\.ratio|pump\.control\.p_ratio|crossings\.net\.|capacitor\.control\.vm|"
    r"capacitor\.control\.capacitance|control\.permeability|control\.vm_mode$|"
    r"control\.c_in|control\.c_out|answer_check\.correct|readout\.weighted_mean$|"
    r"readout\.vm_with_source|nernst_explorer\.curve|activity\.curve\.ion|"
    r"activity\.validity\.chosen|activity\.table\.delta_e|simulator\.preset_set|"
    r"simulator\.list_separator|charging\.control\.capacitance|charging\.label\.)"
)


def test_chinese_table_is_written_in_chinese():
    untranslated = [key for key, value in STRINGS["zh"].items()
                    if not CJK.search(value) and not SAME_IN_CHINESE.match(key)]
    assert untranslated == []


def test_preset_keys_follow_the_physics_presets():
    for key in preset_names():
        preset = get_preset(key)
        assert text(f"preset.{key}.title") == preset.title
        for name in preset.permeability_sets:
            assert f"preset.{key}.set.{name}" in STRINGS["zh"]


def test_language_switches_and_rejects_unknown_codes():
    assert language() == "en"
    set_language("zh")
    try:
        assert text("word.inside") == STRINGS["zh"]["word.inside"]
        assert CJK.search(text("word.inside"))
    finally:
        set_language("en")
    with pytest.raises(ValueError, match="code"):
        set_language("fr")
    with use_language("zh"):
        assert language() == "zh"
    assert language() == "en"
    assert set(LANGUAGES) == set(STRINGS)
