"""AnswerCheck, headless: type an answer, click Check, assert on the feedback and the state."""

import json
import re

import ipywidgets as w
import pytest

import membrane_widgets as mw
from membrane_widgets import physics
from membrane_widgets.widgets import AnswerCheck, text
from membrane_widgets.widgets._answer_check import REVEAL_AFTER
from membrane_widgets.widgets._kit_format import fmt_number

E_K = float(physics.nernst_potential(5.0, 140.0, 1))  # -89.06 mV at 37 °C
CHOICES = [("K⁺", "K"), ("Na⁺", "Na"), ("Cl⁻", "Cl")]


def _plain(html):
    return re.sub(r"<[^>]+>", "", html)


def _tree(widget):
    """`widget` and every widget below it."""
    out, stack = [], [widget]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(getattr(node, "children", ()))
    return out


def _shown_strings(widget):
    """Every string value, description and tooltip under `widget` (what a browser can show)."""
    out = []
    for node in _tree(widget):
        for name in ("value", "description", "tooltip", "placeholder"):
            value = getattr(node, name, None)
            if isinstance(value, str):
                out.append(value)
    return out


def _synced_state(widget):
    """The JSON state of every widget under `widget`: all that is ever sent to the browser."""
    return "\n".join(json.dumps(node.get_state(), default=str, ensure_ascii=False)
                     for node in _tree(widget))


def _spellings(x):
    """Ways a number could be written on screen (each with a decimal point or ×10)."""
    forms = {f"{abs(x):.{d}f}" for d in (1, 2, 3, 4)} | {
        fmt_number(abs(x), d) for d in (3, 4, 5)}
    return {f for f in forms if "." in f or "×" in f}


def _answer_hidden(q, x):
    shown = "\n".join(_shown_strings(q)) + "\n" + _synced_state(q)
    return not any(s in shown for s in _spellings(x))


def _answer(q, value):
    q.input.value = value
    q.check_button.click()
    return _plain(q.feedback.value)


# --- numbers ---------------------------------------------------------------------------------


def test_layout_question_input_unit_button_and_exports():
    q = AnswerCheck("E<sub>K</sub> at 37 °C?", E_K, unit="mV")
    assert mw.AnswerCheck is AnswerCheck and "AnswerCheck" in mw.__all__
    assert "AnswerCheck" in mw.widgets.__all__
    assert q.prompt.value == "E<sub>K</sub> at 37 °C?"
    assert isinstance(q.input, w.FloatText) and q.unit_label.value == "mV"
    assert q.check_button.description == text("answer_check.check") == "Check"
    assert q.show_button.layout.display == "none"
    assert (q.attempts, q.wrong_attempts, q.correct, q.revealed) == (0, 0, False, False)
    assert q.feedback.value == "" and q.answer_box.value == ""
    assert "accepted within ±1 %" in q.tolerance_note.value
    all_children = _tree(q)
    assert q.input in all_children and q.check_button in all_children
    assert q.feedback in all_children and q.show_button in all_children


def test_correct_answer_says_correct_and_counts_the_attempt():
    q = AnswerCheck("E_K?", E_K, unit="mV")
    feedback = _answer(q, -89.1)
    assert "✓ Correct" in feedback and "attempts: 1" in feedback
    assert q.correct and q.attempts == 1 and q.wrong_attempts == 0
    assert q.show_button.layout.display == "none"


def test_wrong_answer_says_not_yet_with_the_hint():
    q = AnswerCheck("E_K?", E_K, unit="mV", hint="Use ln([K]<sub>out</sub>/[K]<sub>in</sub>).")
    feedback = _answer(q, -61.5)
    assert feedback.startswith("✗ Not yet — ")
    assert "Hint: Use ln([K]out/[K]in)." in feedback and "attempts: 1" in feedback
    assert not q.correct and q.attempts == q.wrong_attempts == 1
    assert "✓" not in feedback


def test_without_a_hint_a_wrong_answer_says_try_again():
    q = AnswerCheck("2 + 2?", 4)
    assert "✗ Not yet — Try again." in _answer(q, 5.0)


def test_wrong_sign_and_unit_slip_get_specific_advice():
    q = AnswerCheck("E_K?", E_K, unit="mV", hint="Think.")
    assert "Check the sign." in _answer(q, 89.06)
    feedback = _answer(q, -0.08906)  # volts instead of millivolts
    assert "off by a factor of 1000" in feedback and "Hint: Think." in feedback
    assert "Check the sign." not in _answer(q, -50.0)
    assert "factor of 1000" not in _answer(q, -50.0)


def test_checking_the_same_answer_again_is_not_a_new_attempt():
    q = AnswerCheck("E_K?", E_K, unit="mV", hint="Think.")
    first = _answer(q, -70.0)
    assert _answer(q, -70.0) == first and "attempts: 1" in first
    assert q.attempts == q.wrong_attempts == 1 and q.show_button.layout.display == "none"
    assert "Enter a number" in _answer(q, float("nan"))
    assert _answer(q, -70.0) == first  # the verdict comes back, still one attempt
    assert "✓ Correct" in _answer(q, -89.0) and q.attempts == 2
    assert "✓ Correct" in _answer(q, -89.0) and q.attempts == 2


def test_correct_after_wrong_and_wrong_after_correct():
    q = AnswerCheck("E_K?", E_K, unit="mV")
    _answer(q, -80.0)
    assert "✓ Correct" in _answer(q, -89.0)
    assert q.correct and q.attempts == 2 and q.wrong_attempts == 1
    assert "✗ Not yet" in _answer(q, -95.0)
    assert not q.correct and q.attempts == 3 and q.wrong_attempts == 2


# --- tolerance -------------------------------------------------------------------------------


@pytest.mark.parametrize("given, ok", [
    (101.0, True), (99.0, True),  # exactly ±1 %: inclusive
    (100.999, True), (101.001, False), (98.999, False), (100.0, True),
])  # fmt: skip
def test_default_relative_tolerance_is_one_percent_inclusive(given, ok):
    q = AnswerCheck("?", 100.0)
    _answer(q, given)
    assert q.correct is ok


@pytest.mark.parametrize("given, ok", [
    (E_K + 0.5, True), (E_K - 0.5, True), (E_K + 0.5001, False), (E_K - 0.5001, False),
])  # fmt: skip
def test_absolute_tolerance_in_the_unit(given, ok):
    q = AnswerCheck("E_K?", E_K, unit="mV", tolerance=0.5, relative=False)
    assert "accepted within ±0.5 mV" in q.tolerance_note.value
    _answer(q, given)
    assert q.correct is ok


def test_relative_tolerance_scales_with_a_negative_expected_value():
    q = AnswerCheck("?", -2414.0, tolerance=0.02)  # ±48.28
    _answer(q, -2414.0 - 48.0)
    assert q.correct
    _answer(q, -2414.0 + 48.5)
    assert not q.correct


def test_absolute_tolerance_handles_an_answer_near_zero():
    q = AnswerCheck("ΔE?", 0.0, unit="mV", tolerance=0.1, relative=False)
    _answer(q, 0.09)
    assert q.correct
    _answer(q, -0.11)
    assert not q.correct


def test_relative_tolerance_with_expected_zero_is_refused():
    with pytest.raises(ValueError, match="relative=False"):
        AnswerCheck("?", 0.0)
    q = AnswerCheck("?", lambda: 0.0)  # found only at the first check: said inline
    feedback = _answer(q, 1.0)
    assert "cannot be computed" in feedback and "relative=False" in feedback
    assert q.attempts == 0


def test_zero_tolerance_accepts_only_the_exact_value():
    q = AnswerCheck("?", 3.0, tolerance=0)
    _answer(q, 3.0)
    assert q.correct
    _answer(q, 3.0000001)
    assert not q.correct


@pytest.mark.parametrize("tolerance", [-0.01, float("nan"), float("inf"), "1 %"])
def test_bad_tolerance_is_refused(tolerance):
    with pytest.raises(ValueError, match="tolerance"):
        AnswerCheck("?", 1.0, tolerance=tolerance)


@pytest.mark.parametrize("answer", [float("nan"), float("inf"), "-89", None, True])
def test_bad_numeric_answer_is_refused(answer):
    with pytest.raises(ValueError, match="answer"):
        AnswerCheck("?", answer)


# --- invalid input ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_invalid_input_asks_for_a_number_and_does_not_count(value):
    q = AnswerCheck("E_K?", E_K, unit="mV")
    feedback = _answer(q, value)
    assert "Enter a number (in mV)." in feedback
    assert q.attempts == 0 and not q.correct
    assert "nan" not in feedback.lower() and "inf" not in feedback.lower()


def test_invalid_input_without_unit_and_then_a_valid_answer():
    q = AnswerCheck("How many?", 6.27e6)
    assert "Enter a number." in _answer(q, float("nan"))
    assert "✓ Correct" in _answer(q, 6.3e6)
    assert q.attempts == 1


def test_a_typed_non_number_cannot_reach_the_widget():
    q = AnswerCheck("?", 1.0)
    with pytest.raises(w.widgets.trait_types.traitlets.TraitError):
        q.input.value = "abc"  # FloatText refuses it (in a browser, the box reverts)
    assert q.input.value == 0.0


# --- the answer stays hidden -----------------------------------------------------------------


def test_expected_value_is_never_shown_or_sent_before_show_answer():
    q = AnswerCheck("E<sub>K</sub> at 37 °C?", E_K, unit="mV", hint="z = +1 for K⁺.")
    assert _answer_hidden(q, E_K)
    for wrong in (-61.5, 89.0, -0.089, -80.0, float("nan")):  # none spells the answer
        _answer(q, wrong)
        assert _answer_hidden(q, E_K), wrong
    assert q.wrong_attempts == 4 and q.show_button.layout.display is None
    assert _answer_hidden(q, E_K)  # the button is there, the answer is not
    q.show_button.click()
    assert "Answer: −89.06 mV" in _plain(q.answer_box.value)
    assert q.revealed and q.show_button.layout.display == "none"
    assert not _answer_hidden(q, E_K)


def test_expected_value_hidden_after_a_correct_answer_too():
    q = AnswerCheck("How many ions?", 6.2746e6, tolerance=0.03)
    _answer(q, 6.1e6)
    assert _answer_hidden(q, 6.2746e6)
    _answer(q, 6.2e6)  # correct, within 3 %: the feedback repeats nothing of the answer
    assert q.correct and _answer_hidden(q, 6.2746e6)


def test_show_answer_button_appears_only_after_two_wrong_attempts():
    assert REVEAL_AFTER == 2
    q = AnswerCheck("E_K?", E_K, unit="mV")
    _answer(q, float("nan"))  # invalid: not an attempt
    _answer(q, -89.0)  # correct: not a wrong attempt
    _answer(q, -70.0)
    assert q.wrong_attempts == 1 and q.show_button.layout.display == "none"
    q.show_answer()  # too early: does nothing
    assert q.answer_box.value == "" and not q.revealed
    _answer(q, -75.0)
    assert q.wrong_attempts == 2 and q.show_button.layout.display is None
    assert q.show_button.description == "Show answer"
    assert q.answer_box.value == ""
    q.show_button.click()
    assert q.revealed and "−89.06 mV" in q.answer_box.value


# --- callable answers ------------------------------------------------------------------------


def test_callable_answer_is_computed_lazily_once():
    calls = []

    def e_k():
        calls.append(1)
        return physics.nernst_potential(5.0, 140.0, 1)

    q = AnswerCheck("E_K?", e_k, unit="mV", tolerance=1.0, relative=False)
    assert calls == []  # nothing computed at construction
    _answer(q, float("nan"))
    assert calls == []  # nor for an invalid input
    assert "✗ Not yet" in _answer(q, -87.9)
    assert "✓ Correct" in _answer(q, -88.1)
    assert len(calls) == 1
    assert _answer_hidden(q, E_K)


def test_callable_answer_with_the_physics_api_as_in_the_notebook():
    q = AnswerCheck("ΔE?", lambda: physics.nernst_activity_error(0.75, 0.70, 1), unit="mV",
                    tolerance=0.1, relative=False)
    _answer(q, 1.8)
    assert q.correct
    _answer(q, -1.8)
    assert not q.correct and "Check the sign." in _plain(q.feedback.value)


def test_callable_that_fails_is_reported_inline():
    def broken():
        return physics.nernst_potential(-5.0, 140.0, 1)  # ValueError from the physics

    q = AnswerCheck("?", broken, unit="mV")
    feedback = _answer(q, -89.0)
    assert "cannot be computed" in feedback and "c_out" in feedback
    assert q.attempts == 0 and not q.correct


def test_callable_returning_a_non_number_is_reported_inline():
    q = AnswerCheck("?", lambda: float("nan"))
    assert "finite number" in _answer(q, 1.0)


# --- choices ---------------------------------------------------------------------------------


def test_choices_are_radio_buttons_with_nothing_selected():
    q = AnswerCheck("Which ion dominates?", "Na", choices=CHOICES)
    assert isinstance(q.input, w.RadioButtons)
    assert q.input.options == tuple(CHOICES) and q.input.value is None
    assert q.unit_label.value == "" and q.tolerance_note.value == ""
    assert "Choose one of the answers first." in _answer(q, None)
    assert q.attempts == 0


def test_choices_right_and_wrong():
    q = AnswerCheck("Which ion dominates?", "Na", hint="Compare the votes.", choices=CHOICES)
    feedback = _answer(q, "K")
    assert "✗ Not yet — Hint: Compare the votes." in feedback
    assert "Check the sign" not in feedback
    assert "✓ Correct" in _answer(q, "Na") and q.correct and q.attempts == 2


def test_choice_answer_hidden_until_show_answer():
    q = AnswerCheck("Which ion?", "Na", choices=CHOICES)
    values = lambda: [n.value for n in _tree(q) if isinstance(getattr(n, "value", None), str)]  # noqa: E731
    _answer(q, "K")
    _answer(q, "Cl")
    assert not any("Na⁺" in v for v in values())
    assert q.show_button.layout.display is None
    q.show_button.click()
    assert "Answer: Na⁺" in _plain(q.answer_box.value)


def test_answer_may_be_given_by_label_and_plain_strings_work():
    q = AnswerCheck("Which ion?", "Na⁺", choices=CHOICES)
    _answer(q, "Na")
    assert q.correct
    q = AnswerCheck("Inside is", "negative", choices=["positive", "negative", "zero"])
    assert [label for label, _ in q.input.options] == ["positive", "negative", "zero"]
    _answer(q, "negative")
    assert q.correct


def test_callable_choice_answer_from_the_physics():
    q = AnswerCheck(
        "Cl⁻ at −60 mV (10 mM in, 110 mM out): which way does the current flow?",
        lambda: physics.describe_flow(-60.0, float(physics.nernst_potential(110, 10, -1)),
                                      -1)["current"],
        choices=[("inward", "inward"), ("outward", "outward")],
    )
    _answer(q, "inward")
    assert not q.correct
    _answer(q, "outward")
    assert q.correct


def test_numeric_choice_values_match_despite_rounding():
    ratio = lambda: physics.nernst_potential(5, 140, 2) / physics.nernst_potential(5, 140, 1)  # noqa: E731
    q = AnswerCheck("E(z = 2) / E(z = 1)?", ratio, choices=[("2", 2.0), ("1/2", 0.5), ("1", 1.0)])
    _answer(q, 0.5)
    assert q.correct


def test_many_choices_use_a_dropdown():
    options = [f"option {i}" for i in range(8)]
    q = AnswerCheck("?", "option 3", choices=options)
    assert isinstance(q.input, w.Dropdown) and q.input.value is None
    _answer(q, "option 3")
    assert q.correct


@pytest.mark.parametrize("choices, answer, match", [
    ([], "a", "empty"), (["a", "a"], "a", "repeats"), ("abc", "a", "sequence"),
    (["a", "b"], "c", "not one of the choices"),
])  # fmt: skip
def test_bad_choices_are_refused(choices, answer, match):
    with pytest.raises(ValueError, match=match):
        AnswerCheck("?", answer, choices=choices)


def test_callable_giving_a_value_outside_the_choices_is_reported_inline():
    q = AnswerCheck("?", lambda: "d", choices=["a", "b"])
    assert "not one of the choices" in _answer(q, "a")
    assert q.attempts == 0


def test_question_must_be_text():
    with pytest.raises(ValueError, match="question"):
        AnswerCheck(42, 1.0)


# --- the untouched default is not an answer ----------------------------------------------------


def test_checking_the_untouched_default_does_not_count_as_an_attempt():
    q = AnswerCheck("E_K?", E_K, unit="mV", hint="Think.")
    assert q.input.value == 0.0
    q.check_button.click()
    feedback = _plain(q.feedback.value)
    assert "Type your answer in the box first" in feedback and "attempts: 0" in feedback
    assert (q.attempts, q.wrong_attempts, q.correct) == (0, 0, False)
    assert "✗" not in feedback and _answer_hidden(q, E_K)
    assert "✓ Correct" in _answer(q, -89.0) and q.attempts == 1


def test_a_second_click_on_the_untouched_box_checks_zero():
    # typing 0 over the 0 in the box changes nothing the kernel can see: the second click
    # is the student's answer 0
    q = AnswerCheck("ΔE?", 0.0, unit="mV", tolerance=0.1, relative=False)
    q.check_button.click()
    assert q.attempts == 0 and "Type your answer" in _plain(q.feedback.value)
    q.check_button.click()
    assert q.attempts == 1 and q.correct
    assert "✓ Correct" in _plain(q.feedback.value)


def test_typing_zero_after_another_number_is_an_answer():
    q = AnswerCheck("2 − 2 = ?", 0.0, tolerance=0.0, relative=False)
    q.input.value = 3.0
    q.input.value = 0.0
    assert "✓ Correct" in _answer(q, 0.0) and q.attempts == 1


def test_the_untouched_message_is_in_chinese_too():
    from membrane_widgets.widgets import use_language

    with use_language("zh"):
        q = AnswerCheck("E_K?", E_K, unit="mV")
        q.check_button.click()
        assert "请先在框中输入你的答案" in _plain(q.feedback.value) and q.attempts == 0
