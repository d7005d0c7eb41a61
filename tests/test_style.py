"""The code base is ruff-clean (the configuration lives in pyproject.toml)."""

import pathlib
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
