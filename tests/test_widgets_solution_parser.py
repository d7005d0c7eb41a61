"""The solution parser on its own: text in, ions and mM (or errors in words) out."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from membrane_widgets import physics
from membrane_widgets.widgets import use_language
from membrane_widgets.widgets._solution_parser import parse_solution, solution_text
from membrane_widgets.widgets._strings import STRINGS

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.mark.parametrize("value", [
    "K, 140\nCl, 140",
    "K 140\nCl 140",
    "K: 140\nCl: 140",
    "k, 140 mM\ncl,140mM",
    "# a comment\n\nK, 140   # potassium\n   \nCl ,  140\n",
    "K\t140\nCl\t1.4e2",
])  # fmt: skip
def test_every_accepted_form_gives_the_same_solution(value):
    assert parse_solution(value, "pipette") == ({"K": 140.0, "Cl": 140.0}, [])


def test_concentrations_are_floats_and_zero_is_allowed():
    solution, errors = parse_solution("Na, 0\nK, -0\nCl, 3", "bath")
    assert errors == []
    assert solution == {"Na": 0.0, "K": 0.0, "Cl": 3.0}
    assert all(type(c) is float for c in solution.values())
    assert str(solution["K"]) == "0.0"  # -0 is read as 0, not as a negative zero


@pytest.mark.parametrize(("line", "message"), [
    ("Kx, 4", "pipette line 2: 'Kx' is not a known ion; known ions: K, Na,"),
    ("Na, -4", "pipette line 2: '-4' is not a concentration ≥ 0 mM"),
    ("Na, nan", "pipette line 2: the concentration of Na⁺ must be a finite number ≥ 0 mM"),
    ("Na, inf", "pipette line 2: the concentration of Na⁺ must be a finite number ≥ 0 mM"),
    ("Na", "pipette line 2: 'Na' has no concentration; write e.g. 'Na, 10'"),
    ("Na,", "pipette line 2: 'Na,' has no concentration"),
    ("k, 5", "pipette line 2: K⁺ is listed twice (first on line 1)"),
    ("!!!", "pipette line 2: cannot read '!!!'"),
    ("Na, 4, 5", "pipette line 2: cannot read 'Na, 4, 5'"),
    ("Na, four", "pipette line 2: 'four' is not a number"),
])  # fmt: skip
def test_a_line_that_cannot_be_read_is_named_and_left_out(line, message):
    solution, errors = parse_solution(f"K, 140\n{line}", "pipette")
    assert solution == {"K": 140.0}
    assert len(errors) == 1 and errors[0].startswith(message), errors


def test_every_bad_line_is_listed_in_order_of_lines():
    _, errors = parse_solution("foo, 1\nNa, -1\nCl, 3\nbar", "bath")
    assert [e.split(":")[0] for e in errors] == ["bath line 1", "bath line 2", "bath line 4"]


@pytest.mark.parametrize("value", ["", "\n  \n", "# only a comment"])
def test_a_text_without_ions_is_an_error(value):
    assert parse_solution(value, "bath") == (
        {}, ["bath: no ions listed; write one per line, e.g. 'K, 145'"])


def test_the_users_text_is_escaped_and_nan_is_never_echoed():
    _, errors = parse_solution("<b>K</b>, 4\nNa, <i>", "pipette")
    assert "<b>" not in errors[0] and "&lt;b&gt;K&lt;/b&gt;" in errors[0]
    assert "<i>" not in errors[1] and "&lt;i&gt;" in errors[1]
    _, errors = parse_solution("Na, nan", "pipette")
    assert "nan" not in errors[0].lower()


def test_errors_speak_the_widgets_language():
    with use_language("zh"):
        _, errors = parse_solution("Kx, 4", "电极内液")
    assert errors[0].startswith("电极内液")
    assert CJK.search(errors[0].removeprefix("电极内液"))  # the rest is Chinese too
    assert errors[0] != STRINGS["en"]["ljp.error.unknown_ion"]


@pytest.mark.parametrize("key", [*physics.PIPETTE_SOLUTIONS, *physics.BATH_SOLUTIONS])
def test_every_recipe_written_as_text_reads_back_to_itself(key):
    rows = {**physics.PIPETTE_SOLUTIONS, **physics.BATH_SOLUTIONS}[key]
    assert parse_solution(solution_text(rows), "pipette") == (
        {name: float(c) for name, c in rows}, [])


@given(st.dictionaries(st.sampled_from(physics.ion_names()),
                       st.floats(0.0, 1e4, allow_nan=False), min_size=1))
def test_any_solution_written_as_text_reads_back(solution):
    text = "\n".join(f"{name}, {c!r}" for name, c in solution.items())
    assert parse_solution(text, "bath") == ({n: c + 0.0 for n, c in solution.items()}, [])
