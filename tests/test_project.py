"""The project's promises about its environment and its two README commands."""

import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[1]


def _requirement_lines(path):
    lines = (ROOT / path).read_text().splitlines()
    return [ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")]


def test_binder_environment_is_fully_pinned_and_installs_the_package():
    lines = _requirement_lines("binder/requirements.txt")
    assert "-e ." in lines
    pins = [ln for ln in lines if ln != "-e ."]
    assert pins and all(re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[^=\s]+", ln) for ln in pins), pins
    names = {ln.split("==")[0].lower() for ln in pins}
    assert {"numpy", "scipy", "ipywidgets", "bqplot", "jupyterlab"} <= names
    assert "nbgrader" not in names  # its lab extensions break Voila pages
    assert (ROOT / "binder/runtime.txt").read_text().strip().startswith("python-3.")


def test_instructor_environment_adds_pinned_nbgrader_to_the_binder_pins():
    lines = _requirement_lines("requirements-instructor.txt")
    assert lines[0] == "-r binder/requirements.txt"
    assert all("==" in ln for ln in lines[1:])
    assert "nbgrader" in {ln.split("==")[0].lower() for ln in lines[1:]}


def test_test_environment_adds_pinned_tools_to_the_instructor_pins():
    lines = _requirement_lines("requirements-test.txt")
    assert lines[0] == "-r requirements-instructor.txt"
    assert all("==" in ln for ln in lines[1:])
    names = {ln.split("==")[0].lower() for ln in lines[1:]}
    assert {"pytest", "nbval", "hypothesis", "playwright", "ruff"} <= names


def test_binder_environment_serves_voila_for_the_simulator_app():
    names = {ln.split("==")[0].lower() for ln in _requirement_lines("binder/requirements.txt")}
    assert "voila" in names


def _readme_command(marker):
    text = (ROOT / "README.md").read_text()
    match = re.search(rf"<!-- {marker} -->\s*```bash\n(.+?)\n```", text, re.S)
    assert match, f"README.md has no command under <!-- {marker} -->"
    return match.group(1)


def test_readme_holds_both_commands():
    assert "jupyter lab" in _readme_command("install-and-open")
    assert "binder/requirements.txt" in _readme_command("install-and-open")
    test_cmd = _readme_command("install-and-test")
    assert "requirements-test.txt" in test_cmd and "pytest" in test_cmd


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci/run").read_text()
    assert "install-and-test" in ci and "apt-get install" in ci and "chromium" in ci


def test_notebooks_are_committed_clean():
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        nb = json.loads(path.read_text())
        assert nb["metadata"]["kernelspec"]["name"] == "python3", path.name
        assert "widgets" not in nb["metadata"], f"{path.name} carries saved widget state"
        for cell in nb["cells"]:
            if cell["cell_type"] != "code":
                continue
            checked = "NBVAL_CHECK_OUTPUT" in "".join(cell["source"])
            assert checked or not cell.get("outputs"), f"{path.name} has stored outputs"


def test_readme_table_of_contents_lists_every_notebook_with_a_binder_link():
    import subprocess
    import sys

    result = subprocess.run([sys.executable, str(ROOT / "scripts/readme_toc.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    readme = (ROOT / "README.md").read_text()
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        assert f"lab%2Ftree%2Fnotebooks%2F{nb.name}" in readme, nb.name
