"""Prediction: committed before anything reveals the answer; the answer never leaves the kernel."""

import json

import pytest

from membrane_widgets import Prediction
from membrane_widgets.widgets import use_language
from tests.widget_text import plain, visible_texts

WHY = "V<sub>m</sub> lies above E<sub>K</sub>, so K⁺ leaves."


def _synced_state(widget):
    """Everything the widget tree sends to the browser, as one JSON string."""
    seen, stack, states = set(), [widget], []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        states.append(node.get_state())
        stack.extend(getattr(node, "children", ()))
    return json.dumps(states, default=str, ensure_ascii=False)


def choice():
    return Prediction("Which way do K⁺ ions move at −70 mV?", answer="out (leave the cell)",
                      choices=["in (enter the cell)", "out (leave the cell)", "they do not move"],
                      why=WHY)


def number():
    return Prediction("E<sub>K</sub> at 37 °C for 140/5 mM?", answer=-89.06, tolerance=2.0,
                      unit="mV", why="61.5 mV per tenfold step times log10(5/140).")


@pytest.mark.parametrize("make", [choice, number], ids=["choice", "number"])
def test_nothing_about_the_answer_is_shown_or_synced_before_the_commit(make):
    p = make()
    state = _synced_state(p)
    # the options are on screen, but nothing marks the right one; the number is nowhere
    assert "89.06" not in state and "−89.1" not in state and "61.5 mV per" not in state
    assert "V<sub>m</sub> lies above" not in state and "answer is" not in state
    assert p.feedback.value == "" and not p.committed


def test_choice_is_locked_on_commit_and_the_verdict_and_why_follow():
    p = choice()
    p.commit_button.click()  # nothing chosen: asks, commits nothing
    assert not p.committed and "Choose" in p.feedback.value
    p.input.value = "in (enter the cell)"
    p.commit_button.click()
    assert p.committed and not p.correct and p.input.disabled and p.commit_button.disabled
    shown = plain(p.feedback.value)
    assert "Your prediction: in (enter the cell)" in shown
    assert "the answer is out (leave the cell)" in shown and "so K⁺ leaves" in shown
    p.input.value = "out (leave the cell)"  # a committed prediction cannot change
    p.commit_button.click()
    assert not p.correct and "Your prediction: in (enter the cell)" in plain(p.feedback.value)


@pytest.mark.parametrize(("typed", "right"), [("-89", True), ("−87.1", True), ("-91.1", False),
                                              ("89", False), ("-89,5", True)])
def test_a_number_within_the_tolerance_is_right(typed, right):
    p = number()
    p.input.value = typed
    p.commit()
    assert p.committed and p.correct is right
    assert ("✓" in p.feedback.value) is right


@pytest.mark.parametrize("typed", ["", "abc", "nan", "inf", "1e999"])
def test_no_number_is_no_commit(typed):
    p = number()
    p.input.value = typed
    p.commit()
    assert not p.committed and "Type a number" in p.feedback.value
    assert "nan" not in p.feedback.value.lower().replace("nano", "")


@pytest.mark.parametrize("kwargs", [
    {"question": 3, "answer": 1.0},
    {"question": "q", "answer": "x", "choices": ["a", "b"]},
    {"question": "q", "answer": 5, "choices": ["a", "b"]},
    {"question": "q", "answer": True, "choices": ["a", "b"]},
    {"question": "q", "answer": "a", "choices": ["a", "a"]},
    {"question": "q", "answer": "a", "choices": ["a"]},
    {"question": "q", "answer": "a", "choices": "ab"},
    {"question": "q", "answer": float("nan")},
    {"question": "q", "answer": "1.0"},
    {"question": "q", "answer": 1.0, "tolerance": -1},
    {"question": "q", "answer": "a", "choices": ["a", "b"], "unit": "mV"},
])
def test_bad_arguments_are_refused_by_name(kwargs):
    with pytest.raises(ValueError, match="question|answer|choices|tolerance|unit"):
        Prediction(**kwargs)


def test_prediction_speaks_chinese():
    with use_language("zh"):
        p = Prediction("37 °C 时 E<sub>K</sub> 约为多少？", answer=-89.06, tolerance=2.0, unit="mV")
        p.input.value = "-60"
        p.commit()
    texts = " ".join(plain(t) for t in visible_texts(p))
    assert "预测" in texts and "你的预测" in texts and "答案是" in texts
