"""A throwaway JupyterLab server and a headless Debian Chromium, for the browser tests.

Shared by ``tests/browser/conftest.py`` and ``benchmarks/widgets_browser.py`` so the
server start, the browser launch and the notebook driving are written once.

Nothing here touches the network: the server listens on 127.0.0.1 with a random
token, JupyterLab's news and update checks are off, and Chromium is Debian's
(Playwright never downloads a browser).
"""

import json
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
KERNELSPEC = {"name": "python3", "display_name": "Python 3 (ipykernel)", "language": "python"}

STARTUP_TIMEOUT_S = 60.0
RUN_TIMEOUT_MS = 90_000

# JupyterLab user settings for the throwaway server: attach every cell to the DOM
# (no windowing, so every output can be found), never ask about or fetch news.
_USER_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false", "checkForUpdates": False,
    },
}

# Only direct connections: 127.0.0.1 must never go through a proxy.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class LabServer:
    """A running JupyterLab server.

    Attributes
    ----------
    url : str
        Base url, ending in "/", e.g. ``"http://127.0.0.1:8888/"``.
    token : str
        The server's token (random).
    root_dir : Path
        The directory the server serves; notebooks are written here.
    log_path : Path
        The server's stdout and stderr.
    process : subprocess.Popen
        The ``jupyter lab`` process.
    """

    url: str
    token: str
    root_dir: Path
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    def lab_url(self, path):
        """Return the url that opens `path` (relative to `root_dir`) in JupyterLab.

        ``reset`` starts from an empty workspace, so tabs opened by earlier pages do
        not come back.
        """
        return f"{self.url}lab/tree/{path}?reset&token={self.token}"

    def api(self, path, method="GET"):
        """Call the REST API at ``/api/<path>``; return the decoded JSON (or None)."""
        request = urllib.request.Request(
            f"{self.url}api/{path}", method=method,
            headers={"Authorization": f"token {self.token}"},
        )
        with _OPENER.open(request, timeout=10) as response:
            body = response.read()
        return json.loads(body) if body else None

    def log(self):
        """Return the server's output so far."""
        return self.log_path.read_text(errors="replace")

    def shutdown_kernels(self):
        """End every session and its kernel (keeps a long test session light)."""
        for session in self.api("sessions"):
            self.api(f"sessions/{session['id']}", method="DELETE")

    def stop(self, timeout=15.0):
        """Stop the server and every process it started (kernels included)."""
        _stop_process_tree(self.process, timeout)


def free_port():
    """Return a TCP port on 127.0.0.1 that is free right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def install_kernelspec(jupyter_path):
    """Write a ``python3`` kernelspec that runs this interpreter (``sys.executable``).

    Put `jupyter_path` first on ``JUPYTER_PATH`` so the server's kernel imports the
    same environment (and so the same ``membrane_widgets``) as the tests.
    """
    spec_dir = Path(jupyter_path) / "kernels" / KERNELSPEC["name"]
    spec_dir.mkdir(parents=True, exist_ok=True)
    spec = {
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": KERNELSPEC["display_name"],
        "language": KERNELSPEC["language"],
    }
    (spec_dir / "kernel.json").write_text(json.dumps(spec, indent=1))


def _isolated_home(home, user_settings=True):
    """Create a throwaway Jupyter home under `home`; return the environment that uses it.

    `home` gets ``config/``, ``data/``, ``runtime/``, ``path/`` (holding a ``python3``
    kernelspec for this interpreter, first on ``JUPYTER_PATH``) and ``workspaces/``;
    with `user_settings`, ``user-settings/`` holds :data:`_USER_SETTINGS`. Nothing of
    the user's own Jupyter configuration is read; the environment's (``sys.prefix``)
    still is, as for any Jupyter started from this environment.
    """
    home = Path(home)
    for directory in (home / "config", home / "data", home / "runtime", home / "path",
                      home / "workspaces"):
        directory.mkdir(parents=True, exist_ok=True)
    if user_settings:
        for name, values in _USER_SETTINGS.items():
            target = home / "user-settings" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(values))
    install_kernelspec(home / "path")
    return {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(home / "config"),
        "JUPYTER_DATA_DIR": str(home / "data"),
        "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
        "JUPYTER_PATH": str(home / "path"),
        "PYTHONUNBUFFERED": "1",
    }


def _root_flag():
    """``["--allow-root"]`` when running as root (containers and CI runners often do)."""
    return ["--allow-root"] if hasattr(os, "geteuid") and os.geteuid() == 0 else []


def _launch(cmd, cwd, env, log_path):
    """Start `cmd` in its own session (so its whole tree can be stopped), logging to a file."""
    with open(log_path, "wb") as log:
        return subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True,
        )


def _wait_until_up(server, probe, what, timeout):
    """Call `probe` until it stops raising OSError; stop `server` and raise if it never does."""
    deadline = time.monotonic() + timeout
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"{what} exited with {server.process.returncode}:\n{server.log()}")
        try:
            probe()
            return server
        except (OSError, urllib.error.URLError):
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError(f"{what} did not answer within {timeout:g} s:\n{server.log()}")
        time.sleep(0.2)


def start_lab(base_dir, timeout=STARTUP_TIMEOUT_S):
    """Start ``jupyter lab`` in a fresh directory under `base_dir` and wait until it answers.

    Parameters
    ----------
    base_dir : Path
        An empty directory; gets ``root/`` (served), ``jupyter/`` (config, data,
        runtime, settings, workspaces, kernelspec) and ``lab.log``.
    timeout : float, s
        How long to wait for ``/api/status``.

    Returns
    -------
    LabServer
        The running server; call ``.stop()`` when done.

    Raises
    ------
    RuntimeError
        If the server exits or does not answer in time; the message holds its log.
    """
    base_dir = Path(base_dir)
    root = base_dir / "root"
    home = base_dir / "jupyter"
    root.mkdir(parents=True, exist_ok=True)
    env = _isolated_home(home)

    token = secrets.token_hex(24)
    port = free_port()
    cmd = [
        sys.executable, "-m", "jupyter", "lab", "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        "--ServerApp.open_browser=False",
        "--LabApp.news_url=None",
        "--LabApp.check_for_updates_class=jupyterlab.handlers.announcements.NeverCheckForUpdate",
        "--LabApp.extension_manager=readonly",
        "--LabApp.collaborative=False",
        f"--LabApp.user_settings_dir={home / 'user-settings'}",
        f"--LabApp.workspaces_dir={home / 'workspaces'}",
        *_root_flag(),
    ]
    log_path = base_dir / "lab.log"
    process = _launch(cmd, root, env, log_path)
    server = LabServer(f"http://127.0.0.1:{port}/", token, root, log_path, process)
    return _wait_until_up(server, lambda: server.api("status"), "jupyter lab", timeout)


@dataclass
class VoilaServer:
    """A running standalone Voilà server serving one notebook as an app.

    Attributes
    ----------
    url : str
        Base url, ending in "/"; the app is served there.
    token : str
        The server's token (random).
    notebook : Path
        The notebook it serves.
    log_path : Path
        The server's stdout and stderr.
    process : subprocess.Popen
        The ``voila`` process.
    """

    url: str
    token: str
    notebook: Path
    log_path: Path
    process: subprocess.Popen = field(repr=False)

    def app_url(self):
        """Return the url of the app page (with the token)."""
        return f"{self.url}?token={self.token}"

    def log(self):
        """Return the server's output so far."""
        return self.log_path.read_text(errors="replace")

    def stop(self, timeout=15.0):
        """Stop the server and every process it started (kernels included)."""
        _stop_process_tree(self.process, timeout)


def disable_labextensions(config_dir, names):
    """Disable the JupyterLab extensions `names` for servers using `config_dir`.

    Writes ``<config_dir>/labconfig/page_config.json`` with ``disabledExtensions``
    (what ``jupyter labextension disable`` writes), which both JupyterLab and
    Voilà read through ``jupyterlab_server``'s page config.
    """
    target = Path(config_dir) / "labconfig" / "page_config.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"disabledExtensions": dict.fromkeys(names, True)}))
    return target


def start_voila(base_dir, notebook, cwd, disabled_labextensions=(), timeout=STARTUP_TIMEOUT_S,
                extra_args=()):
    """Start ``voila <notebook>`` (standalone) and wait until the app page answers.

    Runs ``sys.executable -m voila <notebook> --no-browser`` on 127.0.0.1 with a free
    port and a random token, in the same throwaway Jupyter home as :func:`start_lab`
    (config, data, runtime dirs, and a kernelspec for this interpreter).

    Parameters
    ----------
    base_dir : Path
        An empty directory; gets ``jupyter/`` and ``voila.log``.
    notebook : str or Path
        The notebook to serve, relative to `cwd` (or absolute).
    cwd : Path
        Working directory of the server (and of the notebook's kernel).
    disabled_labextensions : sequence of str, optional
        JupyterLab extensions the Voilà page must not load (see
        :func:`disable_labextensions`); only this server's config dir gets them.
    timeout : float, s
        How long to wait for the app page to answer.
    extra_args : sequence of str, optional
        More command-line options for ``voila`` (e.g. kernel culling).

    Returns
    -------
    VoilaServer
        The running server; call ``.stop()`` when done.

    Raises
    ------
    RuntimeError
        If the server exits or does not answer in time; the message holds its log.
    """
    base_dir = Path(base_dir)
    home = base_dir / "jupyter"
    env = _isolated_home(home, user_settings=False)
    if disabled_labextensions:
        disable_labextensions(home / "config", disabled_labextensions)
    token = secrets.token_hex(24)
    port = free_port()
    cmd = [
        sys.executable, "-m", "voila", str(notebook), "--no-browser",
        "--Voila.ip=127.0.0.1",
        f"--Voila.port={port}",
        "--Voila.port_retries=0",
        f"--Voila.token={token}",
        *extra_args,
    ]
    log_path = base_dir / "voila.log"
    process = _launch(cmd, cwd, env, log_path)
    server = VoilaServer(f"http://127.0.0.1:{port}/", token, Path(cwd) / notebook, log_path,
                         process)

    def probe():  # the template's static files answer without starting a kernel
        with _OPENER.open(f"{server.url}voila/static/voila.js", timeout=10) as response:
            response.read(1)

    return _wait_until_up(server, probe, "voila", timeout)


def _stop_process_tree(process, timeout):
    """Terminate `process` and its descendants (by pid); kill whatever is left."""
    import psutil

    try:
        parent = psutil.Process(process.pid)
        family = [parent, *parent.children(recursive=True)]
    except psutil.NoSuchProcess:
        family = []
    process.terminate()  # jupyter server shuts its kernels down on SIGTERM
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout)
    _, alive = psutil.wait_procs(family, timeout=5)
    for proc in alive:
        try:
            proc.kill()
        except psutil.NoSuchProcess:
            pass


def chromium_available():
    """Return whether Debian's Chromium is installed where the tests expect it."""
    return CHROMIUM.exists() and shutil.which(str(CHROMIUM)) is not None


def launch_browser(playwright):
    """Launch Debian's headless Chromium (Playwright's own browsers are never used)."""
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS), headless=True,
    )


def write_notebook(path, sources):
    """Write a notebook of code cells (one per source) with a ``python3`` kernelspec.

    The kernelspec keeps JupyterLab from asking which kernel to start.
    """
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = dict(KERNELSPEC)
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, path)
    return path


# --- driving JupyterLab ------------------------------------------------------------------

#: The notebook's kernel is connected and idle: the toolbar's execution indicator says idle
#: and the status bar names the kernel (before a kernel connects it says "No Kernel | ...",
#: while the indicator already says idle).
_KERNEL_READY_JS = """(name) => {
    const indicator = document.querySelector('.jp-NotebookPanel .jp-Notebook-ExecutionIndicator');
    const items = [...document.querySelectorAll('.jp-StatusBar-TextItem')];
    return indicator !== null && indicator.dataset.status === 'idle'
        && items.some((item) => item.textContent.trim() === `${name} | Idle`);
}"""

#: Every code cell's prompt, e.g. ["[1]:", "[*]:", "[ ]:"].
_PROMPTS_JS = """() => [...document.querySelectorAll(
    '.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')].map((prompt) => prompt.textContent.trim())"""

#: Run All has finished: some cell ran, none is queued or running, the kernel is idle.
_RUN_FINISHED_JS = """(name) => {
    const prompts = (PROMPTS)();
    return prompts.some((p) => /^\\[\\d+\\]:$/.test(p)) && !prompts.includes('[*]:')
        && (KERNEL_READY)(name);
}""".replace("PROMPTS", _PROMPTS_JS).replace("KERNEL_READY", _KERNEL_READY_JS)


def wait_for_kernel_idle(page, timeout=RUN_TIMEOUT_MS):
    """Wait until the open notebook's kernel is connected and idle."""
    page.wait_for_function(_KERNEL_READY_JS, arg=KERNELSPEC["display_name"], timeout=timeout)


def open_notebook_and_run_all(page, lab, path, timeout=RUN_TIMEOUT_MS):
    """Open `path` in JupyterLab, run all its cells and wait until every one has run.

    Uses the menu a reader would use (Run > Run All Cells). Returns once no cell
    is queued or running and the kernel is idle. The notebook must hold no
    execution counts (e.g. written by :func:`write_notebook`), so that a numbered
    prompt means "ran now".

    Raises
    ------
    AssertionError
        If some code cell did not run (Run All stops at the first error); the
        message holds the prompts and the error outputs.
    """
    page.goto(lab.lab_url(path))
    notebook = page.locator(".jp-NotebookPanel .jp-Notebook")
    notebook.locator(".jp-CodeCell").first.wait_for(timeout=timeout)
    wait_for_kernel_idle(page, timeout)
    stale = [p for p in page.evaluate(_PROMPTS_JS) if p != "[ ]:"]
    assert not stale, f"{path} holds execution counts {stale}: write it with write_notebook()"
    # Make the notebook the current widget (the Run menu acts on it), in command mode.
    notebook.locator(".jp-CodeCell .jp-InputArea-prompt").first.click()
    page.locator("#jp-MainMenu").get_by_role("menuitem", name="Run", exact=True).click()
    page.locator('.lm-Menu li[data-command="runmenu:run-all"]').click()
    page.wait_for_function(_RUN_FINISHED_JS, arg=KERNELSPEC["display_name"], timeout=timeout)
    prompts = page.evaluate(_PROMPTS_JS)
    assert all(re.fullmatch(r"\[\d+\]:", p) for p in prompts), (
        f"not every cell of {path} ran: prompts {prompts}\n{error_outputs(page)}"
    )


def error_outputs(page):
    """Return the text of every stderr/error output on the page, joined."""
    texts = page.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
    ).all_inner_texts()
    return "\n---\n".join(texts)


#: Rendered bqplot figures: bqplot's Figure view is a ``div.bqplot.figure`` holding an
#: ``svg.svg-figure`` (the marks) over an ``svg.svg-background``; count drawn ones only.
_FIGURES_JS = """(root) => [...(root || document).querySelectorAll(
    '.jp-Notebook .bqplot.figure > svg.svg-figure')].filter((svg) => {
        const box = svg.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
    }).length"""

#: Widget outputs still waiting for their model (jupyterlab-manager's placeholder text).
_WIDGETS_SETTLED_JS = """(minFigures) => {
    const outputs = [...document.querySelectorAll('.jp-Notebook .jp-OutputArea-output')];
    const loading = outputs.some((o) => o.textContent.trim() === 'Loading widget...');
    return !loading && (FIGURES)(document) >= minFigures;
}""".replace("FIGURES", _FIGURES_JS)


def count_figures(page, within=None):
    """Return how many bqplot figures are drawn on `page` (or inside the locator `within`)."""
    if within is None:
        return page.evaluate(_FIGURES_JS)
    return within.evaluate(_FIGURES_JS)


def check_widget_outputs(page, min_figures=0, timeout=30_000):
    """Assert the notebook shows no widget error and no traceback; return the figure count.

    Waits until no widget output is still loading and at least `min_figures`
    bqplot figures are drawn, then checks:

    - no output reads "Error displaying widget" (jupyterlab-manager's message when
      a model or view cannot be created);
    - no ipywidgets error view (``.jupyter-widgets-error-widget``, a view whose
      JavaScript failed);
    - no stderr/error output containing "Traceback" or "Error".

    Returns
    -------
    int
        The number of drawn bqplot figures (``.bqplot.figure > svg.svg-figure``
        with a non-empty box).
    """
    try:
        page.wait_for_function(_WIDGETS_SETTLED_JS, arg=min_figures, timeout=timeout)
    except PlaywrightTimeoutError:
        pass  # report what is on the page below
    outputs = page.locator(".jp-Notebook .jp-OutputArea-output")
    texts = outputs.all_inner_texts()
    broken = [t for t in texts
              if "Error displaying widget" in t or t.strip() == "Loading widget..."]
    assert not broken, f"widgets did not display: {broken}"
    error_views = page.locator(".jp-Notebook .jupyter-widgets-error-widget").count()
    assert error_views == 0, f"{error_views} widget views failed in JavaScript"
    errors = [t for t in page.locator(
        '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]'
    ).all_inner_texts() if "Traceback" in t or "Error" in t]
    assert not errors, "error output in the notebook:\n" + "\n---\n".join(errors)
    figures = count_figures(page)
    assert figures >= min_figures, f"{figures} bqplot figures drawn, expected >= {min_figures}"
    return figures
