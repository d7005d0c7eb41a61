"""Style: ruff-clean, physics free of widget code, widgets built with the kit and named well."""

import ast
import importlib
import inspect
import pathlib
import re
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_ruff_clean():
    ruff = shutil.which("ruff") or str(pathlib.Path(sys.executable).with_name("ruff"))
    if not pathlib.Path(ruff).exists():
        pytest.fail("ruff is not installed (it is pinned in requirements-test.txt)")
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_physics_imports_no_widget_code():
    for path in (ROOT / "membrane_widgets" / "physics").glob("*.py"):
        text = path.read_text()
        for forbidden in ("ipywidgets", "bqplot", "traitlets", "membrane_widgets.widgets"):
            assert forbidden not in text, f"{path.name} imports {forbidden}"


# --- the widget construction kit ---------------------------------------------------------

WIDGETS = ROOT / "membrane_widgets" / "widgets"
#: The kit: the only modules that build figures, margins, control styles and sliders.
KIT = ("_kit_binding", "_kit_controls", "_kit_figure", "_kit_format")
SLIDERS = {"FloatSlider", "FloatLogSlider", "IntSlider", "FloatRangeSlider", "IntRangeSlider",
           "SelectionSlider", "SelectionRangeSlider"}
MARGIN_KEYS = {"top", "bottom", "left", "right"}
STYLE_KEYS = {"description_width", "button_width", "bar_color", "handle_color", "font_weight",
              "button_color", "text_color"}


def _called_name(call):
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def kit_violations(source):
    """What a widget module builds that only the kit may build: (line, what) pairs."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = _called_name(node)
            if name == "Figure":
                found.append((node.lineno, "builds a bqplot Figure"))
            if name in SLIDERS:
                found.append((node.lineno, f"builds a {name}"))
            for keyword in node.keywords:
                if keyword.arg in ("style", "fig_margin"):
                    found.append((node.lineno, f"passes {keyword.arg}="))
                if name == "dict" and keyword.arg in MARGIN_KEYS | STYLE_KEYS:
                    found.append((node.lineno, f"builds a style or margin dict ({keyword.arg})"))
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            if keys & MARGIN_KEYS:
                found.append((node.lineno, "builds a margin dict"))
            if keys & STYLE_KEYS:
                found.append((node.lineno, "builds a style dict"))
    return found


@pytest.mark.parametrize("snippet", [
    "f = bq.Figure(marks=[])",
    "s = w.FloatLogSlider(value=1.0)",
    "s = ipywidgets.IntSlider()",
    "STYLE = {'description_width': '9em'}",
    "MARGIN = {'top': 10, 'bottom': 45, 'left': 65, 'right': 15}",
    "d = w.Dropdown(options=[], style=STYLE)",
    "STYLE = dict(description_width='9em')",
])
def test_the_kit_check_finds_what_only_the_kit_may_build(snippet):
    assert kit_violations(snippet)


def test_widgets_build_figures_sliders_and_styles_only_through_the_kit():
    assert all((WIDGETS / f"{name}.py").is_file() for name in KIT)
    problems = [f"{path.name}:{line}: {what}"
                for path in sorted(WIDGETS.glob("*.py")) if path.stem not in KIT
                for line, what in kit_violations(path.read_text())]
    assert problems == [], "use the kit (membrane_widgets/widgets/_kit_*.py):\n" + "\n".join(
        problems)


# --- module names --------------------------------------------------------------------------

#: Widget modules that hold helpers, not a class of their own: the kit, the string
#: tables and the text parser of the junction-potential calculator.
HELPER_MODULES = {"__init__", *KIT, "_strings", "_strings_en", "_strings_zh", "_solution_parser"}


def snake_case(name):
    """``"GHKWeightBars"`` -> ``"ghk_weight_bars"``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name).lower()


def test_snake_case_splits_acronyms():
    assert snake_case("GHKWeightBars") == "ghk_weight_bars"
    assert snake_case("DrivingForceGauge") == "driving_force_gauge"


def test_every_widget_module_is_named_after_the_class_it_holds():
    misnamed = []
    for path in sorted(WIDGETS.glob("*.py")):
        if path.stem in HELPER_MODULES:
            continue
        module = importlib.import_module(f"membrane_widgets.widgets.{path.stem}")
        classes = [name for name, obj in vars(module).items() if inspect.isclass(obj)
                   and obj.__module__ == module.__name__ and not name.startswith("_")]
        if path.stem not in {f"_{snake_case(name)}" for name in classes}:
            misnamed.append(f"{path.name} holds {classes}")
    assert misnamed == []
    assert all((WIDGETS / f"{name}.py").is_file() for name in HELPER_MODULES)
