"""JunctionPotentialCalculator: LJP of a pipette solution against the bath, and V_m correction.

Published values are those of the LJPcalc known ion sets (see tests/test_ljp.py and the
widget module's docstring): PatchKGlu +13.469 mV, PatchKMeSO +8.594 mV, PatchCsGlu
+14.014 mV against ACSF at 25 degrees C (Nernst-Planck); AxoBits at 20 degrees C: JPCalc
(Henderson) +15.6 mV, LJPcalc (Nernst-Planck) +16.05 mV.
"""

import math
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import membrane_widgets
from membrane_widgets import physics
from membrane_widgets.physics import BATH_SOLUTIONS, PIPETTE_SOLUTIONS
from membrane_widgets.widgets import JunctionPotentialCalculator
from tests.widget_text import BAD_NUMBER

NP = "nernst_planck"
MINUS = "\u2212"


def htmls(calc):
    return [calc.readout.value, calc.notice.value, calc.message.value, calc.corrected.value,
            calc.pipette_source.value, calc.bath_source.value, calc.caption.value]


def assert_no_nan(calc):
    for value in htmls(calc):
        assert not BAD_NUMBER.search(value), value


def direct(pipette, bath, celsius=25.0, method=NP):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return float(physics.liquid_junction_potential(
            pipette, bath, temperature=physics.celsius_to_kelvin(celsius), method=method))


def recipe(rows):
    return dict(rows)


def shown(message_box):
    return message_box.layout.display != "none" and message_box.value != ""


# --- default --------------------------------------------------------------------------------


def test_default_is_k_gluconate_against_acsf_with_a_positive_ljp_of_the_known_size():
    calc = JunctionPotentialCalculator()
    assert calc.pipette_preset.value == "k_gluconate" and calc.bath_preset.value == "acsf"
    assert calc.method_toggle.value == NP and calc.temperature_slider.value == 25.0
    assert calc.valid
    # LJPcalc's PatchKGlu set: +13.469 mV (Nernst-Planck, 25 degrees C)
    assert calc.ljp == pytest.approx(13.469, abs=0.1)
    assert 12.5 < calc.ljp_values["henderson"] < calc.ljp < 16.5
    assert calc.ljp == pytest.approx(direct(recipe(PIPETTE_SOLUTIONS["k_gluconate"]),
                                            recipe(BATH_SOLUTIONS["acsf"])))
    assert calc.pipette == recipe(PIPETTE_SOLUTIONS["k_gluconate"])
    assert "LJP (Nernst–Planck): <b>+13.45 mV</b>" in calc.readout.value
    assert "Henderson +13.10 mV" in calc.readout.value
    assert f"Nernst–Planck {MINUS} Henderson = +0.36 mV" in calc.readout.value
    assert "more negative than the reading" in calc.readout.value
    assert "Walz (ed.) (2007)" in calc.pipette_source.value
    assert "JPCalc/LJPcalc convention" in calc.caption.value
    assert not shown(calc.message)
    assert_no_nan(calc)


def test_default_pipette_is_not_neutral_as_in_ljpcalc_and_the_notice_says_so():
    calc = JunctionPotentialCalculator()
    assert shown(calc.notice)
    assert f"net charge {MINUS}2.00 mM" in calc.notice.value
    assert "pipette is not electroneutral" in calc.notice.value
    assert "Notice" in calc.notice.value and "⚠" not in calc.notice.value  # a notice, no error
    assert math.isfinite(calc.ljp)


def test_module_level_export():
    assert membrane_widgets.JunctionPotentialCalculator is JunctionPotentialCalculator
    assert "JunctionPotentialCalculator" in membrane_widgets.__all__


def test_recipes_are_public_read_only_physics_data_that_the_menus_offer():
    assert {"PIPETTE_SOLUTIONS", "BATH_SOLUTIONS"} <= set(physics.__all__)
    for recipes in (PIPETTE_SOLUTIONS, BATH_SOLUTIONS):
        with pytest.raises(TypeError):
            recipes["mine"] = (("K", 1.0),)
        assert all(isinstance(rows, tuple) and all(isinstance(row, tuple) for row in rows)
                   for rows in recipes.values())
    calc = JunctionPotentialCalculator()
    for menu, recipes in ((calc.pipette_preset, PIPETTE_SOLUTIONS),
                          (calc.bath_preset, BATH_SOLUTIONS)):
        assert [value for _, value in menu.options] == [*recipes, "custom"]


# --- presets --------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(PIPETTE_SOLUTIONS))
def test_choosing_a_pipette_preset_fills_the_text_and_updates(key):
    calc = JunctionPotentialCalculator(pipette="kcl" if key != "kcl" else "k_gluconate")
    before = calc.ljp
    calc.pipette_preset.value = key
    lines = calc.pipette_text.value.splitlines()
    assert lines == [f"{name}, {value:g}" for name, value in PIPETTE_SOLUTIONS[key]]
    assert calc.pipette == recipe(PIPETTE_SOLUTIONS[key])
    assert calc.ljp == pytest.approx(direct(recipe(PIPETTE_SOLUTIONS[key]),
                                            recipe(BATH_SOLUTIONS["acsf"])))
    assert calc.ljp != before
    assert calc.pipette_source.value != ""
    assert calc.pipette_preset.value == key  # filling the text does not mark it "edited"
    assert_no_nan(calc)


@pytest.mark.parametrize("key", list(BATH_SOLUTIONS))
def test_choosing_a_bath_preset_fills_the_text_and_updates(key):
    calc = JunctionPotentialCalculator(bath="saline_150" if key != "saline_150" else "acsf")
    calc.bath_preset.value = key
    assert calc.bath_text.value.splitlines()[0] == "{}, {:g}".format(*BATH_SOLUTIONS[key][0])
    assert calc.bath == recipe(BATH_SOLUTIONS[key])
    assert calc.ljp == pytest.approx(direct(recipe(PIPETTE_SOLUTIONS["k_gluconate"]),
                                            recipe(BATH_SOLUTIONS[key])))
    assert 12.5 < calc.ljp < 16.5  # K-gluconate against any of these salines


@pytest.mark.parametrize("key", list(PIPETTE_SOLUTIONS) + list(BATH_SOLUTIONS))
def test_presets_use_only_library_ions_once_each(key):
    rows = {**PIPETTE_SOLUTIONS, **BATH_SOLUTIONS}[key]
    names = [physics.get_ion(name).name for name, _ in rows]
    assert len(set(names)) == len(names)
    assert all(c > 0 for _, c in rows)


@pytest.mark.parametrize(("key", "published"), [
    ("k_gluconate", 13.469093234512627),   # LJPcalc PatchKGlu
    ("k_methanesulfonate", 8.5940720894670459),  # LJPcalc PatchKMeSO
    ("cs_gluconate", 14.014124840428568),  # LJPcalc PatchCsGlu (stated accuracy 0.5 mV)
])  # fmt: skip
def test_presets_reproduce_ljpcalcs_published_values(key, published):
    calc = JunctionPotentialCalculator(pipette=key, bath="acsf")
    assert calc.ljp == pytest.approx(published, abs=0.1)


def test_axobits_pair_at_20_c_reproduces_jpcalc_and_ljpcalc():
    calc = JunctionPotentialCalculator(pipette="k_gluconate_axobits",
                                       bath="hepes_saline_axobits", temperature_c=20.0)
    assert calc.notices == ()  # this pair is electroneutral
    assert not shown(calc.notice)
    assert calc.ljp == pytest.approx(16.052, abs=0.02)  # LJPcalc README
    assert calc.ljp_values["henderson"] == pytest.approx(15.6, abs=0.05)  # JPCalc
    assert "+16.05 mV" in calc.readout.value and "Henderson +15.60 mV" in calc.readout.value
    assert f"Nernst–Planck {MINUS} Henderson = +0.44 mV" in calc.readout.value


def test_kcl_internal_has_a_small_ljp_and_methanesulfonate_a_medium_one():
    values = {key: JunctionPotentialCalculator(pipette=key).ljp for key in PIPETTE_SOLUTIONS}
    # slow gluconate makes the big LJP; methanesulfonate is faster; Cl nearly matches K
    assert values["kcl"] < values["k_methanesulfonate"] < values["k_gluconate"]
    assert 2.0 < values["kcl"] < 6.0
    assert values["cs_methanesulfonate"] > values["k_methanesulfonate"]  # Cs+ a bit faster


# --- editing the text -----------------------------------------------------------------------


def test_editing_the_text_updates_the_ljp_and_marks_the_preset_edited():
    calc = JunctionPotentialCalculator()
    calc.pipette_text.value = "K, 140\nCl, 140"
    assert calc.pipette_preset.value == "custom"
    assert calc.pipette_source.value == ""
    assert calc.pipette == {"K": 140.0, "Cl": 140.0}
    assert calc.ljp == pytest.approx(direct({"K": 140, "Cl": 140}, recipe(BATH_SOLUTIONS["acsf"])))
    assert calc.ljp_values["henderson"] == pytest.approx(
        direct({"K": 140, "Cl": 140}, recipe(BATH_SOLUTIONS["acsf"]), method="henderson"))
    # a neutral pipette: no notice any more
    assert not shown(calc.notice) and calc.notices == ()
    # typing a preset's text back selects that preset
    calc.pipette_text.value = "\n".join(f"{n}, {c:g}" for n, c in PIPETTE_SOLUTIONS["kcl"])
    assert calc.pipette_preset.value == "kcl"


def test_editing_the_bath_updates_too():
    calc = JunctionPotentialCalculator()
    calc.bath_text.value = "Na, 150\nCl, 150"
    assert calc.bath_preset.value == "saline_150"  # that is the preset's text
    calc.bath_text.value = "Na, 140\nCl, 140"
    assert calc.bath_preset.value == "custom"
    assert calc.ljp == pytest.approx(direct(recipe(PIPETTE_SOLUTIONS["k_gluconate"]),
                                            {"Na": 140, "Cl": 140}))


@pytest.mark.parametrize("textarea", [
    "K, 140\nCl, 140",
    "K 140\nCl 140",
    "K: 140\nCl: 140",
    "k, 140 mM\ncl,140mM",
    "# a comment\n\nK, 140   # potassium\n   \nCl ,  140\n",
    "K\t140\nCl\t1.4e2",
])  # fmt: skip
def test_accepted_line_formats(textarea):
    calc = JunctionPotentialCalculator(pipette=textarea)
    assert calc.valid, calc.message.value
    assert calc.pipette == {"K": 140.0, "Cl": 140.0}


def test_zero_concentration_is_allowed():
    calc = JunctionPotentialCalculator(pipette="K, 140\nCl, 140\nNa, 0")
    assert calc.valid and calc.pipette["Na"] == 0.0


# --- bad input ------------------------------------------------------------------------------

BAD_LINES = [
    ("Kx, 4", "pipette line 4: 'Kx' is not a known ion; known ions: K, Na,"),
    ("Na, -4", "pipette line 4: '-4' is not a concentration ≥ 0 mM"),
    ("Na, nan", "pipette line 4: the concentration of Na⁺ must be a finite number ≥ 0 mM"),
    ("Na, -inf", "pipette line 4: the concentration of Na⁺ must be a finite number ≥ 0 mM"),
    ("Na", "pipette line 4: 'Na' has no concentration"),
    ("Na,", "pipette line 4: 'Na,' has no concentration"),
    ("k, 5", "pipette line 4: K⁺ is listed twice (first on line 1)"),
    ("!!!", "pipette line 4: cannot read '!!!'"),
    ("Na, 4, 5", "pipette line 4: cannot read 'Na, 4, 5'"),
    ("Na, four", "pipette line 4: 'four' is not a number"),
]


@pytest.mark.parametrize(("line", "expected"), BAD_LINES)
def test_a_bad_line_is_named_and_the_last_good_value_stays(line, expected):
    calc = JunctionPotentialCalculator()
    calc.pipette_text.value = "K, 140\nCl, 140\n\n"  # line 3 blank: numbering counts it
    good = calc.ljp
    good_text = f"+{good:.2f} mV"
    assert good_text in calc.readout.value
    calc.pipette_text.value = "K, 140\nCl, 140\n\n" + line
    assert not calc.valid
    assert shown(calc.message)
    assert expected in calc.message.value
    assert "Showing the last valid result" in calc.message.value
    assert calc.ljp == good
    assert "Last valid result" in calc.readout.value and good_text in calc.readout.value
    assert "(with the last valid LJP)" in calc.corrected.value
    assert calc.pipette_text.layout.border_left.startswith("4px solid #B00020")
    assert "#B00020" not in calc.bath_text.layout.border_left
    assert_no_nan(calc)
    # fixing it clears the message and the mark
    calc.pipette_text.value = "K, 140\nCl, 144\n\nNa, 4\n"  # neutral: a new LJP
    assert calc.valid and not shown(calc.message)
    assert "Last valid result" not in calc.readout.value
    assert "#B00020" not in calc.pipette_text.layout.border_left
    assert calc.ljp != good


def test_bath_errors_name_the_bath_and_all_bad_lines_are_listed():
    calc = JunctionPotentialCalculator()
    good = calc.ljp
    calc.bath_text.value = "Na, 150\nCl, -1\nfoo, 2"
    assert "bath line 2: '-1' is not a concentration ≥ 0 mM" in calc.message.value
    assert "bath line 3: 'foo' is not a known ion" in calc.message.value
    assert calc.bath_text.layout.border_left.startswith("4px solid #B00020")
    assert calc.ljp == good and calc.bath == recipe(BATH_SOLUTIONS["acsf"])


def test_empty_and_all_zero_solutions_are_errors_in_words():
    calc = JunctionPotentialCalculator()
    good = calc.ljp
    calc.bath_text.value = "# nothing yet\n"
    assert "bath: no ions listed" in calc.message.value
    calc.bath_text.value = "Na, 0\nCl, 0"
    assert "bath contains no ion at a non-zero concentration" in calc.message.value
    assert calc.ljp == good and "Last valid result" in calc.readout.value
    assert_no_nan(calc)


def test_user_text_is_escaped_in_messages():
    calc = JunctionPotentialCalculator()
    calc.pipette_text.value = "<b>K</b>, 4"
    assert "<b>K</b>" not in calc.message.value
    assert "&lt;b&gt;K&lt;/b&gt;" in calc.message.value


def test_extreme_concentrations_never_show_nan():
    # the Nernst-Planck solver gives up on these; Henderson's closed form still has a value,
    # which is kept and shown with a notice
    calc = JunctionPotentialCalculator()
    for textarea in ("K, 1e300\nCl, 1e300", "K, 1e-12\nCl, 1e-12"):
        calc.bath_text.value = textarea
        assert calc.valid and calc.ljp_values[NP] is None
        assert calc.ljp_method == "henderson" and calc.ljp == calc.ljp_values["henderson"]
        assert calc.ljp == pytest.approx(direct(calc.pipette, calc.bath, method="henderson"))
        assert "Nernst–Planck cannot be computed" in calc.notice.value
        assert_no_nan(calc)


def test_invalid_input_at_construction_shows_no_result_yet():
    calc = JunctionPotentialCalculator(bath="Kx, 4")
    assert calc.ljp is None and calc.corrected_vm is None and calc.ljp_values is None
    assert "No valid result yet" in calc.readout.value
    assert "needs a valid LJP" in calc.corrected.value
    assert "bath line 1: 'Kx' is not a known ion" in calc.message.value
    assert_no_nan(calc)
    calc.bath_preset.value = "acsf"
    assert calc.valid and calc.ljp == pytest.approx(13.45, abs=0.01)


# --- non-neutral solutions ------------------------------------------------------------------


def test_non_neutral_solution_shows_the_net_charge_notice_and_still_a_number():
    calc = JunctionPotentialCalculator(pipette="K, 150\nCl, 160", bath="saline_150")
    assert calc.valid
    assert f"pipette is not electroneutral: net charge {MINUS}10.0 mM" in calc.notice.value
    assert "both sides made electroneutral as LJPcalc does, by setting Na⁺" in calc.notice.value
    assert not shown(calc.message)
    assert math.isfinite(calc.ljp) and math.isfinite(calc.ljp_values["henderson"])
    assert calc.ljp_values["henderson"] == pytest.approx(
        direct({"K": 150, "Cl": 160}, {"Na": 150, "Cl": 150}, method="henderson"))
    assert calc.ljp == pytest.approx(direct({"K": 150, "Cl": 160}, {"Na": 150, "Cl": 150}))
    assert_no_nan(calc)
    # neutral again: the notice goes
    calc.pipette_text.value = "K, 150\nCl, 150"
    assert not shown(calc.notice) and calc.notices == ()


def test_when_nernst_planck_cannot_balance_the_charge_the_notice_says_henderson_is_used():
    calc = JunctionPotentialCalculator(pipette="K, 150\nCl, 140", bath="saline_150")
    assert calc.valid
    assert "net charge +10.0 mM" in calc.notice.value
    assert "the Henderson value is used instead" in calc.notice.value
    assert calc.ljp == calc.ljp_values["henderson"]
    assert f"Nernst–Planck {MINUS} Henderson = 0.00 mV" in calc.readout.value
    assert_no_nan(calc)


# --- method and temperature -----------------------------------------------------------------


def test_method_toggle_swaps_the_large_value_without_recomputing(monkeypatch):
    calc = JunctionPotentialCalculator()
    values = calc.ljp_values
    calls = []
    original = physics.liquid_junction_potential
    monkeypatch.setattr(physics, "liquid_junction_potential",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    calc.method_toggle.value = "henderson"
    assert calc.ljp == values["henderson"]
    assert "LJP (Henderson): <b>+13.10 mV</b>" in calc.readout.value
    assert "Nernst–Planck +13.45 mV" in calc.readout.value
    assert f"Henderson {MINUS} Nernst–Planck = {MINUS}0.36 mV" in calc.readout.value
    assert "(+13.1 mV)" in calc.corrected.value
    calc.method_toggle.value = NP
    assert calc.ljp == values[NP]
    assert calls == []


def test_method_argument():
    calc = JunctionPotentialCalculator(method="henderson")
    assert calc.method_toggle.value == "henderson" and calc.ljp == calc.ljp_values["henderson"]
    with pytest.raises(ValueError, match="method"):
        JunctionPotentialCalculator(method="goldman")


@pytest.mark.parametrize("celsius", [0.0, 20.0, 37.0, 40.0])
def test_temperature_slider_recomputes(celsius):
    calc = JunctionPotentialCalculator()
    at_25 = calc.ljp_values
    calc.temperature_slider.value = celsius
    assert calc.ljp == pytest.approx(direct(recipe(PIPETTE_SOLUTIONS["k_gluconate"]),
                                            recipe(BATH_SOLUTIONS["acsf"]), celsius))
    # only RT/F depends on temperature
    ratio = physics.celsius_to_kelvin(celsius) / physics.celsius_to_kelvin(25.0)
    assert calc.ljp_values["henderson"] == pytest.approx(at_25["henderson"] * ratio)
    assert f"at {celsius:.1f} °C" in calc.readout.value
    assert_no_nan(calc)


def test_temperature_argument_is_checked():
    assert JunctionPotentialCalculator(temperature_c=37).temperature_slider.value == 37.0
    for bad in (-1.0, 41.0, float("nan"), "25"):
        with pytest.raises(ValueError, match="temperature_c"):
            JunctionPotentialCalculator(temperature_c=bad)


def test_bad_argument_types():
    with pytest.raises(ValueError, match="pipette"):
        JunctionPotentialCalculator(pipette=42)
    calc = JunctionPotentialCalculator(pipette={"K": 140, "Cl": 140}, bath={"na": 150, "Cl": 150})
    assert calc.pipette == {"K": 140.0, "Cl": 140.0} and calc.bath == {"Na": 150.0, "Cl": 150.0}


# --- converter ------------------------------------------------------------------------------


def test_converter_subtracts_the_ljp():
    calc = JunctionPotentialCalculator(pipette="k_gluconate_axobits",
                                       bath="hepes_saline_axobits", temperature_c=20.0,
                                       method="henderson")
    calc.measured_vm.value = -80.0
    assert calc.corrected_vm == pytest.approx(-80.0 - calc.ljp)
    assert calc.corrected_vm == pytest.approx(-95.6, abs=0.05)
    assert (f"= {MINUS}80.0 mV {MINUS} (+15.6 mV) = <b>{MINUS}95.6 mV</b>"
            in calc.corrected.value)
    assert "V<sub>measured</sub> − LJP" in calc.corrected.value


def test_converter_with_a_negative_ljp_makes_v_less_negative():
    # Na pipette, K bath (Ng & Barry 1995: -4.3 mV)
    calc = JunctionPotentialCalculator(pipette="Na, 150\nCl, 150", bath="K, 150\nCl, 150")
    assert calc.ljp == pytest.approx(-4.3, abs=0.1)
    calc.measured_vm.value = -80.0
    assert calc.corrected_vm == pytest.approx(-80.0 - calc.ljp)
    assert calc.corrected_vm > -80.0
    true = physics_text(-80.0 - calc.ljp)
    expected = f"{MINUS}80.0 mV {MINUS} ({physics_text(calc.ljp)}) = <b>{true}</b>"
    assert expected in calc.corrected.value
    assert f"({MINUS}4.4 mV)" in calc.corrected.value
    assert "more positive than the reading" in calc.readout.value


def test_converter_updates_live_without_recomputing_the_ljp(monkeypatch):
    calc = JunctionPotentialCalculator()
    calls = []
    original = physics.liquid_junction_potential
    monkeypatch.setattr(physics, "liquid_junction_potential",
                        lambda *a, **k: calls.append(1) or original(*a, **k))
    for v in (-100.0, -60.0, 0.0, 35.5):
        calc.measured_vm.value = v
        assert calc.corrected_vm == pytest.approx(float(physics.correct_for_ljp(v, calc.ljp)))
        assert f"<b>{physics_text(v - calc.ljp)}</b>" in calc.corrected.value
    assert calls == []
    calc.measured_vm.value = float("nan")
    assert calc.corrected_vm is None and "enter the measured" in calc.corrected.value
    assert_no_nan(calc)


def physics_text(x):
    """A potential as the readouts write it: with its sign ("+22.0 mV", "−89.1 mV", "0.0 mV")."""
    s = f"{abs(x):.1f}"
    return f"{(MINUS if x < 0 else '+') if float(s) else ''}{s} mV"


def test_identical_solutions_have_zero_ljp():
    calc = JunctionPotentialCalculator(pipette="acsf_is_not_a_pipette_preset, 1", bath="acsf")
    assert not calc.valid
    calc.pipette_text.value = calc.bath_text.value
    assert calc.valid and calc.ljp == 0.0
    assert "No junction potential" in calc.readout.value
    assert "LJP (Nernst–Planck): <b>0.00 mV</b>" in calc.readout.value


# --- never nan ------------------------------------------------------------------------------

ION = st.sampled_from(["K", "Na", "Cl", "gluconate", "Ca", "Mg", "HEPES", "SO4", "Cs"])
CONC = st.one_of(st.just(0.0), st.floats(1e-3, 1e3))


@settings(max_examples=40)
@given(st.dictionaries(ION, CONC, min_size=1, max_size=5),
       st.sampled_from(list(BATH_SOLUTIONS)), st.floats(0.0, 40.0))
def test_random_solutions_show_a_number_or_a_message_never_nan(pipette, bath, celsius):
    calc = JunctionPotentialCalculator(bath=bath)
    calc.temperature_slider.value = round(celsius * 2) / 2
    calc.pipette_text.value = "\n".join(f"{k}, {v!r}" for k, v in pipette.items())
    if calc.valid:
        values = calc.ljp_values
        assert math.isfinite(values["henderson"])
        assert values[NP] is None or math.isfinite(values[NP])
        method = NP if values[NP] is not None else "henderson"  # Henderson kept if NP fails
        assert calc.ljp_method == method
        assert calc.ljp == pytest.approx(direct(pipette, recipe(BATH_SOLUTIONS[bath]),
                                                calc.temperature_slider.value, method),
                                         abs=1e-9)
    else:
        assert shown(calc.message)
    assert_no_nan(calc)


# --- Nernst-Planck fails: Henderson is kept ---------------------------------------------------


def _failing_nernst_planck(monkeypatch, error=None, value=None):
    """Make the physics' Nernst-Planck method raise `error` (or return `value`)."""
    original = physics.liquid_junction_potential

    def ljp(pipette, bath, temperature=298.15, method="henderson"):
        if method == NP:
            if error is not None:
                raise error
            return value
        return original(pipette, bath, temperature=temperature, method=method)

    monkeypatch.setattr(physics, "liquid_junction_potential", ljp)


@pytest.mark.parametrize("chosen", [NP, "henderson"])
def test_when_nernst_planck_fails_the_henderson_value_is_kept_and_said(monkeypatch, chosen):
    henderson = JunctionPotentialCalculator(method="henderson").ljp
    _failing_nernst_planck(monkeypatch, RuntimeError(
        "the Nernst-Planck solver did not converge for this pair of solutions"))
    calc = JunctionPotentialCalculator(method=chosen)
    assert calc.valid and calc.message.layout.display == "none"
    assert calc.ljp_values == {"henderson": henderson, NP: None}
    assert calc.ljp_method == "henderson" and calc.ljp == henderson
    assert "LJP (Henderson): <b>+13.10 mV</b>" in calc.readout.value
    assert "Nernst–Planck: cannot be computed for these solutions" in calc.readout.value
    assert calc.notice.layout.display is None
    assert ("Nernst–Planck cannot be computed for these solutions (the Nernst-Planck solver "
            "did not converge for this pair of solutions); the Henderson value is kept"
            in calc.notice.value)
    assert any("Henderson value is kept" in note for note in calc.notices)
    calc.measured_vm.value = -60.0
    assert calc.corrected_vm == pytest.approx(-60.0 - henderson)
    assert "(+13.1 mV)" in calc.corrected.value
    assert_no_nan(calc)


def test_a_nernst_planck_value_that_is_not_finite_keeps_henderson_too(monkeypatch):
    _failing_nernst_planck(monkeypatch, value=float("nan"))
    calc = JunctionPotentialCalculator()
    assert calc.valid and calc.ljp_values[NP] is None and calc.ljp_method == "henderson"
    assert "too large to give a finite junction potential" in calc.notice.value
    assert_no_nan(calc)


def test_the_fallback_notice_is_in_chinese_too(monkeypatch):
    from membrane_widgets.widgets import use_language

    _failing_nernst_planck(monkeypatch, RuntimeError("no convergence"))
    with use_language("zh"):
        calc = JunctionPotentialCalculator()
    assert calc.ljp_method == "henderson"
    assert "能斯特-普朗克法无法计算这组溶液" in calc.notice.value
    assert "亨德森法的结果" in calc.notice.value
    assert_no_nan(calc)


def test_when_henderson_fails_too_it_is_an_error_and_the_last_result_stays(monkeypatch):
    calc = JunctionPotentialCalculator()
    good = calc.ljp_values

    def fails(*args, **kwargs):
        raise ValueError("pipette and bath contain no ion at a non-zero concentration")

    monkeypatch.setattr(physics, "liquid_junction_potential", fails)
    calc.bath_text.value = "K, 4\nCl, 4"
    assert not calc.valid and calc.ljp_values == good
    assert "cannot compute the junction potential" in calc.message.value
    assert_no_nan(calc)

