"""The tooltip in a real headless Chromium: keyboard focus shows it, Esc hides it, touch taps.

Set ``NATO_GLOSSARY_SCREENSHOTS=1`` to refresh ``docs/_static/screenshots/tooltip.png``.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

SCREENSHOT = (
    Path(__file__).resolve().parents[2] / "docs" / "_static" / "screenshots" / "tooltip.png"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, rootdir: Path) -> Path:
    """The tooltip test project built with the theme of the project's own docs (furo)."""
    from sphinx.testing.util import SphinxTestApp

    src = tmp_path_factory.mktemp("browser") / "site"
    shutil.copytree(rootdir / "test-gl-show", src)
    app = SphinxTestApp("html", srcdir=src, freshenv=True, confoverrides={"html_theme": "furo"})
    try:
        app.build()
    finally:
        app.cleanup()
    return app.outdir


@pytest.fixture(scope="module")
def browser(require_tool):
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.mark.browser
def test_focus_shows_tooltip_and_escape_hides_it(site: Path, browser) -> None:
    page = browser.new_page(viewport={"width": 900, "height": 600})
    page.goto((site / "beleid.html").as_uri())
    link = page.locator("a.nato-gl-link").first
    tip_id = link.get_attribute("aria-describedby")
    tip = page.locator(f"#{tip_id}")
    assert tip.get_attribute("role") == "tooltip"
    assert not tip.is_visible()
    # Keyboard focus (Tab from the term before it would do the same) shows the English.
    link.focus()
    assert page.evaluate("document.activeElement.textContent") == "Oekraïne"
    tip.wait_for(state="visible", timeout=2000)
    assert tip.inner_text() == "Ukraine"
    box, anchor = tip.bounding_box(), link.bounding_box()
    assert box and anchor and box["y"] + box["height"] <= anchor["y"] + 1  # shown above
    if os.environ.get("NATO_GLOSSARY_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        clip = {
            "x": max(anchor["x"] - 160, 0),
            "y": max(box["y"] - 40, 0),
            "width": 560,
            "height": anchor["height"] + box["height"] + 90,
        }
        page.screenshot(path=str(SCREENSHOT), clip=clip)
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden", timeout=2000)
    assert page.evaluate("document.activeElement.textContent") == "Oekraïne"  # focus kept
    # Moving focus on and back shows it again.
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    tip.wait_for(state="visible", timeout=2000)
    # The XSS translation is text, not markup.
    xss = page.locator("a.nato-gl-link", has_text="schurkenstaat")
    xss_tip = page.locator(f"#{xss.get_attribute('aria-describedby')}")
    assert xss_tip.text_content() == '<script>alert("x")</script> & \'rogue\' "state"'
    assert page.locator(f"#{xss.get_attribute('aria-describedby')} script").count() == 0
    page.close()


@pytest.mark.browser
def test_touch_first_tap_shows_second_follows(site: Path, browser) -> None:
    context = browser.new_context(
        has_touch=True, is_mobile=True, viewport={"width": 400, "height": 700}
    )
    page = context.new_page()
    page.goto((site / "beleid.html").as_uri())
    link = page.locator("a.nato-gl-link").first
    tip = page.locator(f"#{link.get_attribute('aria-describedby')}")
    page.evaluate("window.stillHere = true")
    link.tap()
    tip.wait_for(state="visible", timeout=2000)
    page.wait_for_timeout(300)  # a navigation, if the tap had followed the link, would be done
    assert page.url.endswith("beleid.html") and page.evaluate("window.stillHere") is True
    link.tap()
    page.wait_for_url("**/glossary.html#term-Oekraine", timeout=5000)
    context.close()
