"""Voila with the README's culling options: a closed page's kernel goes, an open page's stays.

Every load of a Voila page starts a kernel. Without culling a reloaded page leaves its old
kernel running for good (16 reloads measured 2.2 GB). The README's command passes
``--MappingKernelManager.cull_interval`` and ``cull_idle_timeout``; here the same options
run with short values so the test takes seconds, not minutes.
"""

import re
import time

import pytest

from tests.browser import _lab
from tests.browser.conftest import APP, DISABLED
from tests.browser.test_voila_app import LOCAL_ONLY, ROOT, AppPage
from tests.test_binder import CULLING

SHORT = ["--MappingKernelManager.cull_interval=1", "--MappingKernelManager.cull_idle_timeout=4"]


def _ids(log, event):
    return re.findall(rf"{event}:? .*?([0-9a-f]{{8}}-[0-9a-f-]{{27}})", log)


def test_readme_options_are_the_ones_exercised_here():
    names = [arg.split("=")[0] for arg in SHORT]
    assert names == re.findall(r"--MappingKernelManager\.\w+", CULLING)


def test_closed_page_kernel_is_culled_and_open_page_kernel_kept(browser, tmp_path):
    try:
        server = _lab.start_voila(tmp_path, APP, cwd=ROOT, disabled_labextensions=DISABLED,
                                  extra_args=SHORT)
    except RuntimeError as error:
        print(error)
        pytest.fail(f"Voilà did not start: {str(error).splitlines()[0]}", pytrace=False)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    context.route(LOCAL_ONLY, lambda route: route.abort())
    try:
        kept = AppPage(context)
        kept.open(server.app_url())
        closed = AppPage(context)
        closed.open(server.app_url())
        started = _ids(server.log(), "Kernel started")
        assert len(started) == 2, server.log()
        closed.page.close()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not _ids(server.log(), "Kernel shutdown"):
            time.sleep(0.5)
        time.sleep(6)  # longer than the idle timeout: the open page's kernel must survive it
        log = server.log()
        assert _ids(log, "Kernel shutdown") == [started[1]], log
        # the open page still computes: its kernel answers a slider move
        page = kept.page
        before = page.inner_text("body")
        page.get_by_role("slider").first.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_function("(b) => document.body.innerText !== b", arg=before, timeout=20_000)
        assert not kept.errors
    finally:
        context.close()
        server.stop()
