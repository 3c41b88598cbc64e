"""Every example's web page in a real browser: headless Chromium (Debian's) runs axe-core at
WCAG 2.2 A and AA, and the page is used as a keyboard user, a phone and a printer use it.

Needs /usr/bin/chromium (or $CHROMIUM), Playwright from PyPI (it drives Debian's browser; it
cannot download its own here) and axe-core from the npm registry, in tests/.node (or
$AXE_CORE_JS): `npm install --prefix tests/.node axe-core@4`. .ci/run installs all three.
Skipped locally when one is missing; a failure under CI=true. The `browser` fixture is in tests/conftest.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.pipeline import prepare
from generator.writers import html as writer
from helpers import AXE, EXAMPLES, WCAG_22_AA


class Visit:
    """One page opened from a file, with every request it made recorded."""

    def __init__(self, context, path: Path):
        self.page = context.new_page()
        self.requests: list[str] = []

        def record(route):
            self.requests.append(route.request.url)
            if route.request.url.startswith("file:"):
                route.continue_()
            else:
                route.abort()

        self.page.route("**/*", record)
        self.page.goto(path.as_uri())

    def axe(self) -> dict:
        self.page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
        return self.page.evaluate(
            "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
            " return {passes: r.passes.length, violations: r.violations.map(v => ({id: v.id, impact: v.impact,"
            " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary)}))}; }",
            WCAG_22_AA,
        )

    def close(self):
        self.page.close()


def page_file(tmp_path: Path, example: Path) -> Path:
    path = tmp_path / f"{example.stem}.html"
    path.write_bytes(writer.render(prepare(example).document))
    return path


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_axe_finds_no_wcag_22_aa_violation_and_the_page_fetches_nothing(browser, tmp_path, example):
    path = page_file(tmp_path, example)
    visit = Visit(browser, path)
    try:
        result = visit.axe()
        assert result["violations"] == [], json.dumps(result["violations"], indent=1)
        assert result["passes"] >= 15  # axe ran its rules over a real page
        assert visit.requests == [path.as_uri()]
    finally:
        visit.close()


def test_axe_finds_violations_in_a_page_that_has_them(browser, tmp_path):
    """The harness can fail: a page with a pale grey, no language and an unlabelled link."""
    path = tmp_path / "bad.html"
    path.write_text('<!DOCTYPE html><html><head><title>Bad</title></head><body><main><p style="color:#bbbbbb">Faint</p><a href="#x"></a></main></body></html>', encoding="utf-8")
    visit = Visit(browser, path)
    try:
        found = {v["id"] for v in visit.axe()["violations"]}
    finally:
        visit.close()
    assert {"color-contrast", "html-has-lang", "link-name"} <= found


def test_the_skip_link_comes_first_shows_on_focus_and_moves_focus_to_the_policy(browser, tmp_path):
    visit = Visit(browser, page_file(tmp_path, EXAMPLES[0]))
    page = visit.page
    try:
        skip = page.locator("a.skip-link")
        assert skip.bounding_box()["y"] < 0  # off screen until it is needed
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        box = skip.bounding_box()
        assert box["y"] >= 0 and box["height"] > 10
        page.screenshot(path=str(tmp_path / "skip-link.png"))
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main-content"
        page.keyboard.press("Tab")  # the next stop is the first link inside the policy, not the contents list
        assert page.evaluate("document.activeElement.closest('main') !== null")
    finally:
        visit.close()


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_the_page_reflows_on_a_320_pixel_screen(browser, tmp_path, example):
    """WCAG 1.4.10: no scrolling sideways at 320 CSS pixels, tables included."""
    visit = Visit(browser, page_file(tmp_path, example))
    try:
        visit.page.set_viewport_size({"width": 320, "height": 640})
        assert visit.page.evaluate("document.documentElement.scrollWidth") <= 320
    finally:
        visit.close()


def test_the_print_version_hides_the_skip_link_and_starts_the_policy_after_the_contents(browser, tmp_path):
    visit = Visit(browser, page_file(tmp_path, EXAMPLES[0]))
    page = visit.page
    try:
        page.emulate_media(media="print")
        assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).display") == "none"
        assert page.evaluate("getComputedStyle(document.querySelector('nav')).breakAfter") == "page"
        assert page.evaluate("getComputedStyle(document.querySelector('thead')).display") == "table-header-group"
        page.emulate_media(media="screen")
        assert page.evaluate("getComputedStyle(document.querySelector('nav')).breakAfter") == "auto"
    finally:
        visit.close()


def test_a_screenshot_of_the_page(browser, tmp_path):
    """What a reader sees first; kept in the test's folder to look at (see the report of issue 14)."""
    visit = Visit(browser, page_file(tmp_path, EXAMPLES[0]))
    try:
        shot = tmp_path / "policy.png"
        visit.page.screenshot(path=str(shot))
        data = shot.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a page with text on it, not a blank one
    finally:
        visit.close()
