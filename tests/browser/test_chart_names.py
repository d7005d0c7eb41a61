"""Charts for screen readers, in the Voila app: each drawing is an image named by its title
and its live description, and the name follows a move of a control."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_voila_app import LOCAL_ONLY, AppPage

pytestmark = pytest.mark.browser


@pytest.fixture
def context(browser):
    """A fresh 1280x900 browser context that reaches only 127.0.0.1."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(30_000)
    context.route(LOCAL_ONLY, lambda route: route.abort())
    yield context
    context.close()

#: Every figure's drawing: its role, its name, and its title as drawn.
_NAMES_JS = """() => [...document.querySelectorAll('.mw-root .bqplot.figure')].map(fig => {
    const svg = fig.querySelector(':scope > svg.svg-figure');
    const key = [...fig.classList].find(c => c.startsWith('mw-f-'));
    const live = key && document.querySelector('.mw-d-' + key.slice(5));
    return {role: svg.getAttribute('role'), name: svg.getAttribute('aria-label') || '',
            title: (svg.querySelector('.mainheading') || {}).textContent || '',
            live: live && live.querySelector(':scope > .mw-sr-live')
                ? live.querySelector(':scope > .mw-sr-live').getAttribute('aria-live') : null,
            said: live && live.querySelector('.mw-say')
                ? live.querySelector('.mw-say').textContent.replace(/\\s+/g, ' ').trim() : '',
            copy: live && live.querySelector(':scope > .mw-sr-live')
                ? live.querySelector(':scope > .mw-sr-live').textContent : '',
            hidden: live && live.querySelector('.mw-say')
                ? live.querySelector('.mw-say').getAttribute('aria-hidden') : null,
            background: fig.querySelector(':scope > svg.svg-background')
                .getAttribute('aria-hidden')};
})"""


def _names(page):
    return page.evaluate(_NAMES_JS)


def test_every_figure_is_an_image_named_by_its_title_and_description(voila_app, context):
    app = AppPage(context)
    page = app.open(voila_app.app_url())
    page.wait_for_function(
        "() => [...document.querySelectorAll('.mw-root .bqplot.figure > svg.svg-figure')]"
        ".every(s => s.getAttribute('aria-label'))", timeout=20_000)
    figures = _names(page)
    assert len(figures) >= 5
    for figure in figures:
        assert figure["role"] == "img" and figure["background"] == "true"
        assert figure["title"] and figure["name"].startswith(figure["title"] + ". ")
        assert len(figure["name"]) > len(figure["title"]) + 20  # the description follows
        # the sentence is announced from the hook's own live copy; the drawn one is skipped
        assert figure["live"] == "polite" and figure["hidden"] == "true"
        assert figure["said"] and figure["copy"] == figure["said"]
        assert figure["name"] == figure["title"] + ". " + figure["said"]
    iv = next(f for f in figures if f["title"] == "GHK current–voltage curves")
    assert "Net current is zero at Vₘ = −71.5 mV" in iv["name"]
    # a move of P(Na⁺) by keyboard: the names follow the new state
    handle = page.get_by_role("slider", name="P(Na⁺)")
    handle.focus()
    for _ in range(5):
        page.keyboard.press("PageUp")
    expect(page.locator(".mw-root .bqplot.figure > svg.svg-figure").filter(
        has_text="GHK current–voltage curves")).not_to_have_attribute("aria-label", iv["name"],
                                                                      timeout=15_000)
    after = next(f for f in _names(page) if f["title"] == "GHK current–voltage curves")
    assert after["name"] != iv["name"] and "Net current is zero at Vₘ" in after["name"]
    assert after["copy"] == after["said"] != iv["said"]
    # the votes' sentence is announced, not the weighted mean drawn above it
    votes = next(f for f in _names(page) if f["title"] == "GHK votes")
    assert "×(" not in votes["copy"] and "largest vote" in votes["copy"]
    assert not app.errors
