"""Every screen and every student: axe-core audits and layout checks in Debian's Chromium.

- axe-core (npm, pinned in ``tests/browser/axe/``) audits the Voila app, both tabs, in
  English and Chinese, at 1280 px and 390 px, and five lessons (three English, two
  Chinese) in JupyterLab; scoped to widget output, no critical or serious violation may
  remain.
- Layout: at 390 px (phone), 1920 px, and in JupyterLab at 1280 px with the file
  browser open, no control or figure is clipped or wider than the page and no slider
  track is shorter than 100 px.
- Controls: sliders carry a name and a human value ("140 mM"), a log slider moves a
  tenth of a decade per arrow key, Play buttons have names, a disabled slider is out
  of the tab order.

Screenshots go to ``screenshots/`` (git-ignored; CI keeps the folder as an artifact).
"""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser import _axe
from tests.browser._lab import check_widget_outputs, open_notebook_and_run_all, write_notebook
from tests.browser.test_notebooks_browser import ROOT, SCREENSHOTS, clean_copy
from tests.browser.test_voila_app import LOCAL_ONLY, AppPage

# three English lessons, and two of the Chinese edition (its first lesson, with the keyboard
# help, and the GHK lesson)
LESSONS = ("04_nernst_equation.ipynb", "07_driving_force.ipynb", "08_ghk_equation.ipynb",
           "zh/00_start_here.ipynb", "zh/08_ghk_equation.ipynb")
MIN_TRACK_PX = 100

LAYOUT_JS = (Path(__file__).resolve().parent / "layout_check.js").read_text()


def layout_problems(page):
    """What is clipped, wider than the page, or a too-short slider track (empty if none)."""
    return page.evaluate(LAYOUT_JS, MIN_TRACK_PX)


def _shot(page, name):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"a11y_{name}.png"), full_page=True)


def _app(browser, server, width, lang):
    context = browser.new_context(viewport={"width": width, "height": 900})
    context.set_default_timeout(30_000)
    context.route(LOCAL_ONLY, lambda route: route.abort())
    app = AppPage(context)
    url = server.app_url() + ("&lang=zh" if lang == "zh" else "")
    app.open(url)
    # the hook has named the sliders once every handle carries an accessible name
    app.page.wait_for_function(
        "() => [...document.querySelectorAll('.mw-root .noUi-handle')].every("
        "h => h.getAttribute('aria-label'))", timeout=20_000)
    return context, app


def _tabs(page):
    return page.locator(".mw-root .widget-tab-bar .lm-TabBar-tab")


@pytest.mark.parametrize("lang", ["en", "zh"])
@pytest.mark.parametrize("width", [1280, 390])
def test_app_passes_axe_on_every_tab(browser, voila_app, width, lang):
    context, app = _app(browser, voila_app, width, lang)
    try:
        page = app.page
        tabs = _tabs(page)
        for index in range(tabs.count()):
            tabs.nth(index).click()
            page.wait_for_timeout(1500)  # the tab's figures are drawn
            found = _axe.blocking(_axe.audit(page))
            assert not found, f"tab {index} at {width} px ({lang}):\n" + "\n".join(found)
            _shot(page, f"app_{lang}_{width}px_tab{index}")
        assert not app.errors
    finally:
        context.close()


@pytest.mark.parametrize("width", [390, 1920])
def test_app_layout_fits_the_screen(browser, voila_app, width):
    context, app = _app(browser, voila_app, width, "en")
    try:
        page = app.page
        tabs = _tabs(page)
        for index in range(tabs.count()):
            tabs.nth(index).click()
            page.wait_for_timeout(1500)
            problems = layout_problems(page)
            assert not problems, f"tab {index} at {width} px:\n" + "\n".join(problems)
        # the ion table keeps each heading on one line and scrolls in its own box if need be
        tabs.nth(0).click()
        table = page.evaluate("""() => {
            const box = document.querySelector('.mw-root .mw-scroll');
            const heads = [...box.querySelectorAll('th')].map(th => th.getBoundingClientRect());
            const line = parseFloat(getComputedStyle(box.querySelector('th')).lineHeight);
            return {tallest: Math.max(...heads.map(r => r.height)) / line,
                    scrolls: box.scrollWidth > box.clientWidth,
                    focusable: box.tabIndex === 0 && box.getAttribute('role') === 'region'
                        && Boolean(box.getAttribute('aria-label'))};
        }""")
        assert table["tallest"] < 1.9 and table["focusable"]  # in lines of text
        assert table["scrolls"] == (width < 600)
    finally:
        context.close()


def test_app_controls_have_names_human_values_and_keyboard_steps(browser, voila_app):
    context, app = _app(browser, voila_app, 1280, "en")
    try:
        page = app.page
        k_in = page.get_by_role("slider", name="[K⁺] in")
        expect(k_in).to_have_attribute("aria-valuetext", "140 mM")
        p_na = page.get_by_role("slider", name="P(Na⁺)")
        before = float(p_na.get_attribute("aria-valuenow"))
        p_na.focus()
        page.keyboard.press("ArrowRight")
        assert float(p_na.get_attribute("aria-valuenow")) == pytest.approx(before + 0.1)
        expect(p_na).to_have_attribute("aria-valuetext", re.compile(r"^0\.0\d+$"))  # P(Na⁺)/P(K⁺)
        # the clamp slider is disabled until the clamp box is ticked: out of the tab order
        clamp = page.locator(".mw-root .widget-slider").filter(
            has=page.locator(".noUi-target[disabled]")).locator(".noUi-handle")
        assert clamp.count() >= 1
        assert all(h.get_attribute("tabindex") == "-1" for h in clamp.all())
        _tabs(page).nth(1).click()
        for name in ("Play", "Stop", "Repeat"):
            expect(page.get_by_role("button", name=name)).to_be_visible()
        assert not app.errors
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_app_keyboard_help_opens_from_the_keyboard_and_its_keys_work(browser, voila_app, lang):
    context, app = _app(browser, voila_app, 1280, lang)
    try:
        page = app.page
        summary = page.locator(".mw-root details.mw-keyboard-help > summary")
        expect(summary).to_have_text(
            "⌨ Keyboard help" if lang == "en" else "⌨ 键盘操作说明")
        listing = page.locator(".mw-root details.mw-keyboard-help dl")
        expect(listing).to_be_hidden()  # closed: one line until a student opens it
        summary.focus()
        page.keyboard.press("Enter")
        expect(listing).to_be_visible()
        assert listing.locator("dt").count() == 8
        expect(listing).to_contain_text("Page Up")
        # what it says about Home and End holds: the slider goes to either end
        p_na = page.get_by_role("slider", name="P(Na⁺)")
        p_na.focus()
        page.keyboard.press("End")
        expect(p_na).to_have_attribute("aria-valuenow", p_na.get_attribute("aria-valuemax"))
        page.keyboard.press("Home")
        expect(p_na).to_have_attribute("aria-valuenow", p_na.get_attribute("aria-valuemin"))
        found = _axe.blocking(_axe.audit(page))  # open, it passes the audit too
        assert not found, "\n".join(found)
        assert not app.errors
    finally:
        context.close()


def test_app_plays_vm_as_a_tone_only_while_hear_vm_is_pressed(browser, voila_app):
    context, app = _app(browser, voila_app, 1280, "en")
    try:
        page = app.page
        tones = "() => window.__membraneWidgetsTones || 0"
        button = page.get_by_role("button", name="♪ Hear Vₘ")
        expect(button).to_have_attribute("aria-pressed", "false")
        p_na = page.get_by_role("slider", name="P(Na⁺)")
        p_na.focus()
        page.keyboard.press("ArrowRight")
        page.wait_for_timeout(1500)
        assert page.evaluate(tones) == 0  # off: silent
        button.focus()
        page.keyboard.press("Enter")  # a keyboard press, like a click
        expect(button).to_have_attribute("aria-pressed", "true")
        page.wait_for_function(f"() => ({tones})() >= 1", timeout=10_000)  # V_m now
        p_na.focus()
        for _ in range(3):  # each step of V_m is heard
            before = page.evaluate(tones)
            page.keyboard.press("ArrowRight")
            page.wait_for_function(f"() => ({tones})() > {before}", timeout=10_000)
        state = page.evaluate("() => document.querySelector('.mw-sound-toggle') && "
                              "window.AudioContext ? 'ok' : 'none'")
        assert state == "ok"
        assert not app.errors
    finally:
        context.close()


def _open_file_browser(page):
    if not page.locator("#filebrowser").is_visible():
        page.locator('.jp-SideBar [data-id="filebrowser"]').click()
    expect(page.locator("#filebrowser")).to_be_visible()


@pytest.mark.parametrize("lesson", LESSONS)
def test_lesson_widgets_pass_axe_and_fit_beside_the_file_browser(page, page_errors, lab_server,
                                                                   lesson):
    clean_copy(ROOT / "notebooks" / lesson, lab_server.root_dir / lesson)
    open_notebook_and_run_all(page, lab_server, lesson)
    check_widget_outputs(page, min_figures=1)
    _open_file_browser(page)
    page.wait_for_timeout(1000)  # figures take the narrower width
    # JupyterLab skips laying out cells off screen: check each widget output in view
    outputs = page.locator(".jp-OutputArea-output:has(.mw-root)")
    assert outputs.count() >= 2, f"{lesson} shows too few widgets to audit"
    found, problems = [], []
    for index in range(outputs.count()):
        output = outputs.nth(index)
        output.scroll_into_view_if_needed()
        page.wait_for_timeout(300)
        output.evaluate("(el) => el.setAttribute('data-mw-audit', '1')")
        found += _axe.blocking(_axe.audit(page, '[data-mw-audit="1"]'))
        output.evaluate("(el) => el.removeAttribute('data-mw-audit')")
        problems += [p for p in layout_problems(page) if p not in problems]
        if index == 0:
            _shot(page, lesson.removesuffix(".ipynb").replace("/", "_"))
    assert not found, f"{lesson}:\n" + "\n".join(found)
    assert not problems, f"{lesson} at 1280 px with the file browser open:\n" + "\n".join(problems)
    assert not page_errors


def test_junction_text_box_shows_unapplied_text_and_applies_on_enter(page, page_errors,
                                                                       lab_server):
    write_notebook(lab_server.root_dir / "ljp_enter.ipynb", [
        "from membrane_widgets import JunctionPotentialCalculator\n"
        "calc = JunctionPotentialCalculator()\ncalc",
    ])
    open_notebook_and_run_all(page, lab_server, "ljp_enter.ipynb")
    check_widget_outputs(page, min_figures=0)
    box = page.locator(".mw-apply-on-enter").first
    area = box.locator("textarea")
    readout = page.locator(".mw-root .widget-html-content").filter(has_text="mV").first
    before = readout.inner_text()
    area.click()
    page.keyboard.press("Control+End")
    page.keyboard.press("Shift+Enter")  # a new line, not applied
    page.keyboard.type("Na, 20")
    expect(box).to_have_class(re.compile(r"\bmw-pending\b"))
    expect(box.locator(".mw-pending-note")).to_contain_text("Enter")
    assert readout.inner_text() == before  # nothing applied yet
    page.keyboard.press("Enter")
    expect(box).not_to_have_class(re.compile(r"\bmw-pending\b"))
    expect(box.locator(".mw-pending-note")).to_have_text("")
    expect(readout).not_to_have_text(before, timeout=15_000)  # the new solution's LJP
    assert "Na, 20" in area.input_value() and not area.input_value().endswith("\n")
    assert not page_errors
