"""Binder's promises, checked without a browser: the app notebook, postBuild, the README links."""

import importlib.util
import json
import os
import re
import subprocess
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = "apps/membrane_simulator.ipynb"
POSTBUILD = ROOT / "binder" / "postBuild"
# Voila starts a kernel per page load: these options shut down kernels whose page is gone
CULLING = ("--MappingKernelManager.cull_interval=60 "
           "--MappingKernelManager.cull_idle_timeout=300")
#: Where the windowing setting of JupyterLab's notebooks lives (plugin id of the schema).
TRACKER = "@jupyterlab/notebook-extension:tracker"


def _readme_toc():
    """scripts/readme_toc.py as a module: where the course is published (BINDER)."""
    spec = importlib.util.spec_from_file_location("readme_toc", ROOT / "scripts/readme_toc.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _readme_section(title):
    text = (ROOT / "README.md").read_text()
    match = re.search(rf"^## {re.escape(title)}\n(.+?)(?=^## )", text, re.S | re.M)
    assert match, f"README.md has no section '## {title}' followed by another section"
    return match.group(1)


def test_app_notebook_has_a_kernelspec_and_no_outputs():
    nb = json.loads((ROOT / APP).read_text())
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "widgets" not in nb["metadata"], "the app carries saved widget state"
    code = [cell for cell in nb["cells"] if cell["cell_type"] == "code"]
    assert code, "the app has no code cell"
    for cell in code:
        assert not cell.get("outputs"), "the app has stored outputs"
        assert cell.get("execution_count") is None, "the app has execution counts"
    first = nb["cells"][0]
    assert first["cell_type"] == "markdown" and "".join(first["source"]).startswith("# ")


def test_app_calls_the_library_for_its_physics():
    source = "".join("".join(cell["source"]) for cell in json.loads((ROOT / APP).read_text())
                     ["cells"] if cell["cell_type"] == "code")
    assert "from membrane_widgets import" in source
    # no equation of its own: no logarithm, no exponential, no gas or Faraday constant
    for token in ("np.log", "math.log", "np.exp", "math.exp", "8.314", "96485", "FARADAY"):
        assert token not in source, token


def test_readme_links_the_app_on_binder_and_shows_the_local_command():
    section = _readme_section("Simulator app")
    toc = _readme_toc()
    url = f"{toc.BINDER}?urlpath={urllib.parse.quote('voila/render/' + APP, safe='')}"
    assert url == ("https://mybinder.org/v2/gh/membrane-widgets/membrane-widgets/HEAD"
                   "?urlpath=voila%2Frender%2Fapps%2Fmembrane_simulator.ipynb")
    badge = f"[![Binder](https://mybinder.org/badge_logo.svg)]({url})"
    assert badge in section
    links = re.findall(r"\]\((https?://[^)\s]+)\)", section)
    assert links and all(urllib.parse.urlsplit(link).scheme == "https" for link in links)
    assert f"```bash\n.venv/bin/voila {APP} {CULLING}\n```" in section
    assert (ROOT / APP).is_file()
    # the section sits after the course's table of contents, before the layout
    text = (ROOT / "README.md").read_text()
    assert text.index("<!-- /toc -->") < text.index("## Simulator app") < text.index("## Layout")


def test_jupyterlab_default_windowing_keeps_every_cell_in_the_page():
    """Why Binder needs no postBuild: JupyterLab's default windowing detaches no cell.

    Only ``"full"`` windowing takes off-screen cells out of the DOM (and their widgets
    with them). The default of the pinned JupyterLab, ``"contentVisibility"``, keeps
    every cell attached (the browser merely skips painting off-screen ones); in a
    real browser every figure of every lesson is drawn both right after Run All and
    when scrolled to. If a JupyterLab release makes ``"full"`` the default, add a
    binder/postBuild that sets ``"none"`` in ``overrides.json`` (see below).
    """
    from jupyterlab.commands import get_app_dir

    plugin, name = TRACKER.split(":")
    schema = Path(get_app_dir()) / "schemas" / plugin / f"{name}.json"
    default = json.loads(schema.read_text())["properties"]["windowingMode"]["default"]
    assert default in ("contentVisibility", "none"), default

def test_there_is_no_postbuild_because_none_is_needed():
    # the windowing test above is the reason; if JupyterLab's default ever changes to
    # "full", add a postBuild (starting with `set -e`) writing windowingMode "none"
    # to ${NB_PYTHON_PREFIX}/share/jupyter/lab/settings/overrides.json, and test it here
    assert not POSTBUILD.exists()


def test_binder_start_makes_the_server_cull_kernels_of_closed_pages(tmp_path):
    """``binder/start`` puts binder/jupyter-config on the config path; the server reads it."""
    probe = ("import json; from jupyter_server.serverapp import ServerApp; app = ServerApp(); "
             "app.load_config_file(); print(json.dumps(dict(app.config.MappingKernelManager)))")
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(tmp_path), "JUPYTER_CONFIG_PATH": ""}
    out = subprocess.run([str(ROOT / "binder" / "start"), sys.executable, "-c", probe], env=env,
                         cwd=tmp_path, capture_output=True, text=True, check=True, timeout=120)
    config = json.loads(out.stdout.strip().splitlines()[-1])
    # the same values as the README's voila command; connected (open) pages are never culled
    expected = dict(re.findall(r"--MappingKernelManager\.(\w+)=(\d+)", CULLING))
    assert {k: str(v) for k, v in config.items() if k != "cull_connected"} == expected
    assert config["cull_connected"] is False
    assert os.access(ROOT / "binder" / "start", os.X_OK)


def test_both_readmes_launch_voila_with_kernel_culling():
    for name in ("README.md", "README.zh-CN.md"):
        text = (ROOT / name).read_text()
        commands = re.findall(r"^\.venv/bin/voila .*$", text, flags=re.MULTILINE)
        assert commands == [f".venv/bin/voila {APP} {CULLING}"], name
