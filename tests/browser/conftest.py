"""Fixtures for the real-browser tests: one JupyterLab per session, a fresh Chromium page per test.

Every test here is marked ``browser``. Without Debian's Chromium the tests are
skipped, except under CI (``CI`` set), where they must run and so fail instead.
"""

import os
from pathlib import Path

import pytest

from tests.browser import _lab

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.browser)


def _require_chromium():
    if _lab.chromium_available():
        return
    message = f"Debian's Chromium is not installed at {_lab.CHROMIUM} (apt-get install chromium)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI must run the browser tests", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def lab_server(tmp_path_factory):
    """A JupyterLab server on 127.0.0.1 serving a fresh temporary directory.

    Yields a :class:`tests.browser._lab.LabServer` (``url``, ``token``,
    ``root_dir``); tests write their notebooks into ``root_dir``.
    """
    _require_chromium()
    try:
        server = _lab.start_lab(tmp_path_factory.mktemp("lab"))
    except RuntimeError as error:
        print(error)  # the server's log
        pytest.fail(f"JupyterLab did not start: {str(error).splitlines()[0]}", pytrace=False)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium, driven by Playwright (never a downloaded browser)."""
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = _lab.launch_browser(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, lab_server):
    """A new 1280x900 page in a fresh browser context; its kernels are shut down afterwards."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()
    lab_server.shutdown_kernels()


@pytest.fixture
def page_errors(page):
    """The uncaught JavaScript errors of `page` (a list that fills as the test runs)."""
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    return errors


# the app of the README's voila command, and the lab extension it must do without
APP = "apps/membrane_simulator.ipynb"
NBGRADER = "@jupyter/nbgrader"
#: NBGRADER_VOILA=disabled: serve the standalone app without nbgrader's lab extension.
DISABLED = (NBGRADER,) if os.environ.get("NBGRADER_VOILA") == "disabled" else ()


@pytest.fixture(scope="module")
def voila_app(browser, tmp_path_factory):
    """``voila apps/membrane_simulator.ipynb`` on 127.0.0.1 (isolated Jupyter dirs).

    Asks for `browser` first, so that without Chromium the test skips (or, under CI,
    fails) before a server starts.
    """
    try:
        server = _lab.start_voila(tmp_path_factory.mktemp("voila"), APP, cwd=HERE.parents[1],
                                  disabled_labextensions=DISABLED)
    except RuntimeError as error:
        print(error)  # the server's log
        pytest.fail(f"Voilà did not start: {str(error).splitlines()[0]}", pytrace=False)
    yield server
    server.stop()
