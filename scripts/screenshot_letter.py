"""Screenshot of a rendered letter with a glossary tooltip open, for the documentation.

Opens the built letter page in Debian's headless Chromium (Playwright), moves the mouse over the
first linked ``lastenverdeling``, waits until its English tooltip is visible and saves the
viewport to ``docs/_static/screenshots/letter-tooltip.png``. Build the docs first (``make
docs``), then: ``.venv/bin/python scripts/screenshot_letter.py [--html DIR] [--out FILE]``.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import ViewportSize

ROOT = Path(__file__).resolve().parent.parent
LETTER_PAGE = Path("letters") / "_generated" / "kst-28676-328.html"
TERM = "lastenverdeling"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORT: ViewportSize = {"width": 1200, "height": 760}


def take(page_path: Path, out: Path, chromium: str) -> str:
    """Hover the term, wait for its tooltip, save the screenshot; return the tooltip's text."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
            page.emulate_media(color_scheme="light", reduced_motion="reduce")
            page.goto(page_path.as_uri())
            link = page.locator("a.nato-gl-link", has_text=TERM).first
            link.hover()
            tip = page.locator(f"#{link.get_attribute('aria-describedby')}")
            tip.wait_for(state="visible", timeout=5000)
            page.wait_for_timeout(400)  # let the fade-in finish
            out.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(out))
            return tip.inner_text()
        finally:
            browser.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--html",
        type=Path,
        default=ROOT / "docs" / "_build" / "html",
        help="built HTML documentation (default: docs/_build/html)",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=ROOT / "docs" / "_static" / "screenshots" / "letter-tooltip.png",
        help="PNG to write (default: docs/_static/screenshots/letter-tooltip.png)",
    )
    parser.add_argument(
        "--chromium",
        default=shutil.which("chromium") or "/usr/bin/chromium",
        help="Chromium executable (default: chromium on PATH)",
    )
    args = parser.parse_args()
    page_path = args.html / LETTER_PAGE
    if not page_path.is_file():
        print(f"screenshot_letter: {page_path} not found; run 'make docs' first", file=sys.stderr)
        return 2
    tip = take(page_path, args.out, args.chromium)
    print(f"{args.out}: tooltip '{tip}' open over '{TERM}' on {LETTER_PAGE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
