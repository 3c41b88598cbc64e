"""policygen serve end to end in a real browser: Debian's headless Chromium driven by Playwright.

A person's first session: open the printed address, fill in a new organisation, watch a
follow-up question appear and go, type a bad value and read its message, fix it, save, stop.
The saved file must validate, build and equal what `init --defaults --set` writes for the
same answers; reopened, one changed answer must show in the preview. axe-core checks the
page (form and preview) at WCAG 2.2 A and AA. Needs what test_html_browser.py needs;
skipped locally when one is missing, a failure under CI=true.

UPDATE_SCREENSHOT=1 also writes the README's picture, docs/serve.png.
"""

from __future__ import annotations

import json
import os

import generator as api
from helpers import AXE, ROOT, WCAG_22_AA, Server

ANSWERS = {
    "organisation.name": "Harbour Trust",
    "organisation.short_name": "the Trust",
    "organisation.type": "charity",
    "organisation.nation": "wales",
    "scope.volunteers": "yes",
    "document.review_every_months": "12",
}


class Tab:
    """A page of the browser on the server, with every request it made recorded and any other address refused."""

    def __init__(self, context, server: Server):
        self.page = context.new_page()
        self.requests: list[str] = []
        self.server = server

        def record(route):
            self.requests.append(route.request.url)
            if route.request.url.startswith(f"http://127.0.0.1:{server.port}/"):
                route.continue_()
            else:
                route.abort()

        self.page.route("**/*", record)
        # axe-core goes in before the page's own script: the page's policy forbids inline scripts, so add_script_tag cannot.
        self.page.add_init_script(script=AXE.read_text(encoding="utf-8"))
        self.page.goto(server.url)

    def axe(self) -> list[dict]:
        return self.page.evaluate(
            "async (tags) => { const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}});"
            " return r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ': ' + n.failureSummary)})); }",
            WCAG_22_AA,
        )

    def question(self, key: str):
        return self.page.locator(f'.question[data-key="{key}"]')

    def close(self):
        self.page.close()


def expect():
    from playwright.sync_api import expect as playwright_expect

    return playwright_expect


def test_a_new_organisation_answered_in_the_browser_saved_and_changed(browser, tmp_path):
    folder = tmp_path / "web"
    folder.mkdir()
    path = folder / "policy.yaml"
    server = Server(path)
    tab = Tab(browser, server)
    page, check = tab.page, expect()
    try:
        assert page.url == f"http://127.0.0.1:{server.port}/"  # the token went into a cookie, out of the address bar
        check(page.locator("#preview .waiting")).to_be_visible()
        page.get_by_label("What is your organisation's full name?").fill(ANSWERS["organisation.name"])
        page.get_by_label("What do you call your organisation in running text?").fill(ANSWERS["organisation.short_name"])
        page.get_by_label("What kind of organisation is it?").select_option(label="Charity or voluntary organisation")
        page.get_by_role("group", name="In which UK nation do your social work staff practise?").get_by_label("Wales").check()
        check(page.locator("#preview .policy h1")).to_have_text("Social media policy")
        check(page.locator("#preview .organisation")).to_have_text("Harbour Trust")

        # A follow-up question appears when its condition becomes true, and goes when it is false.
        welsh = tab.question("welsh_language.standards_apply")
        check(welsh).to_be_visible()
        page.get_by_role("group", name="In which UK nation do your social work staff practise?").get_by_label("England").check()
        check(welsh).to_be_hidden()
        page.get_by_role("group", name="In which UK nation do your social work staff practise?").get_by_label("Wales").check()
        check(welsh).to_be_visible()
        approver = tab.question("official_accounts.approver")
        accounts = page.get_by_role("group", name="Does your organisation or service run official social media accounts?")
        accounts.get_by_label("No").check()
        check(approver).to_be_hidden()
        accounts.get_by_label("Yes").check()
        check(approver).to_be_visible()

        # A bad value: its message beside the field, tied to it; then fixed.
        months = page.get_by_label("How often is the policy reviewed, in months?")
        months.fill("99")
        error = page.locator("#f-document-review-every-months-error")
        check(error).to_have_text("Error: 99 is too large: the most allowed is 36")
        check(months).to_have_attribute("aria-invalid", "true")
        check(months).to_have_accessible_description("Between 6 and 36. Two years (24) is common; review sooner when the law or your services change. Error: 99 is too large: the most allowed is 36")
        violations = tab.axe()
        assert violations == [], json.dumps(violations, indent=1)  # with an error showing, too
        page.get_by_role("button", name="Save policy.yaml").click()
        check(page.locator("#status")).to_have_text("Not saved: 1 answer to correct, marked below.")
        check(months).to_be_focused()
        assert not path.exists()
        months.fill("12")
        check(error).to_have_text("")
        check(months).not_to_have_attribute("aria-invalid", "true")
        page.get_by_role("group", name="Does it cover volunteers?").get_by_label("Yes").check()
        check(page.locator("#preview")).to_contain_text("volunteer")

        page.locator("#coverage-panel summary").click()
        check(page.locator("#coverage table tbody tr")).to_have_count(23)
        violations = tab.axe()
        assert violations == [], json.dumps(violations, indent=1)

        page.get_by_role("button", name="Save policy.yaml").click()
        check(page.locator("#status")).to_have_text("Saved policy.yaml and policygen.schema.json.")
        shot = tmp_path / "serve.png"
        page.locator("#coverage-panel summary").click()  # closed again: the picture shows the form beside the policy
        page.set_viewport_size({"width": 1280, "height": 760})
        page.evaluate("window.scrollTo(0, 0); document.querySelector('aside.panels').scrollTo(0, 0)")
        page.screenshot(path=str(shot))
        if os.environ.get("UPDATE_SCREENSHOT"):
            (ROOT / "docs").mkdir(exist_ok=True)
            (ROOT / "docs" / "serve.png").write_bytes(shot.read_bytes())
        assert {url.split("/")[2] for url in tab.requests} == {f"127.0.0.1:{server.port}"}
    finally:
        tab.close()
        server.stop()

    # The saved file validates, builds, and is what init writes for the same answers.
    assert api.validate([path]).problems == []
    assert api.build(path, [tmp_path / "policy.docx"]) == [tmp_path / "policy.docx"]
    (tmp_path / "cli").mkdir()
    # The form offers the teams other answers name under contacts.other, as init --defaults does.
    api.init(tmp_path / "cli" / "policy.yaml", presets=list(ANSWERS.items()), defaults=True)
    assert path.read_text(encoding="utf-8") == (tmp_path / "cli" / "policy.yaml").read_text(encoding="utf-8")

    # Reopened: the answers are there, and a change shows in the preview.
    server = Server(path)
    tab = Tab(browser, server)
    page = tab.page
    try:
        check(page.get_by_label("What is your organisation's full name?")).to_have_value("Harbour Trust")
        check(page.locator("#preview .policy")).to_contain_text("Version 1.0")
        page.get_by_label("What version is this?").fill("2.0")
        check(page.locator("#preview .policy")).to_contain_text("Version 2.0")
        page.get_by_role("button", name="Save policy.yaml").click()
        check(page.locator("#status")).to_have_text("Saved policy.yaml.")
    finally:
        tab.close()
        server.stop()
    # Only that answer's line changed, and the file says what updated it, below what wrote it.
    lines = (tmp_path / "cli" / "policy.yaml").read_text(encoding="utf-8").splitlines()
    lines[lines.index("  version: '1.0'")] = "  version: '2.0'"
    lines.insert(6, f"# Updated by policygen {api.__version__} with clause library {api.prepare(path).library.version}.")
    assert path.read_text(encoding="utf-8").splitlines() == lines


def test_the_page_can_be_used_with_the_keyboard_alone(browser, tmp_path):
    path = tmp_path / "policy.yaml"
    server = Server(path)
    tab = Tab(browser, server)
    page, check = tab.page, expect()
    try:
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.className") == "skip-link"
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == "f-organisation-name"
        page.keyboard.type("Keyboard Council")
        page.keyboard.press("Tab")
        page.keyboard.type("the Council")
        page.keyboard.press("Tab")
        page.keyboard.press("ArrowDown")  # the select: first real choice
        page.keyboard.press("Tab")
        page.keyboard.press("Space")  # the first nation
        check(page.locator("#preview .organisation")).to_have_text("Keyboard Council")
        assert page.evaluate("document.activeElement.id") == "f-organisation-nation-1"
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"  # focus can be seen
        page.keyboard.press("ArrowDown")  # radios move with the arrow keys
        assert page.evaluate("document.activeElement.id") == "f-organisation-nation-2"
        page.keyboard.press("Control+Enter")  # no shortcut needed: Save is reached like any button
        page.locator("#save").focus()
        page.keyboard.press("Enter")
        check(page.locator("#status")).to_have_text("Saved policy.yaml and policygen.schema.json.")
    finally:
        tab.close()
        server.stop()
    assert "  name: Keyboard Council\n" in path.read_text(encoding="utf-8")


def test_an_answer_holding_markup_and_a_template_shows_literally_in_the_form_and_the_preview(browser, tmp_path):
    path = tmp_path / "policy.yaml"
    server = Server(path)
    tab = Tab(browser, server)
    page, check = tab.page, expect()
    hostile = "<script>window.ran=1</script><img src=x onerror=window.ran=1> {{ 7*7 }}"
    try:
        page.get_by_label("What is your organisation's full name?").fill(hostile)
        page.get_by_label("What do you call your organisation in running text?").fill("the Council")
        page.get_by_label("What kind of organisation is it?").select_option("local_authority")
        page.get_by_role("group", name="In which UK nation do your social work staff practise?").get_by_label("England").check()
        check(page.locator("#preview .organisation")).to_have_text(hostile)
        page.get_by_role("button", name="Save policy.yaml").click()
        check(page.locator("#status")).to_have_text("Saved policy.yaml and policygen.schema.json.")
        page.reload()
        check(page.get_by_label("What is your organisation's full name?")).to_have_value(hostile)
        check(page.locator("#preview .organisation")).to_have_text(hostile)
        assert page.evaluate("window.ran") is None
        assert page.locator("#preview img").count() == 0
    finally:
        tab.close()
        server.stop()


def _contact_names(page) -> list[str]:
    return page.locator(".question[data-key='contacts.other'] input[name$='.name']").evaluate_all("inputs => inputs.map(i => i.value)")


def test_a_team_named_in_an_answer_appears_as_a_contact_row_without_a_reload(browser, tmp_path):
    path = tmp_path / "policy.yaml"
    server = Server(path)
    tab = Tab(browser, server)
    page, check = tab.page, expect()
    try:
        page.evaluate("window.notReloaded = true")
        page.get_by_label("What is your organisation's full name?").fill(ANSWERS["organisation.name"])
        page.get_by_label("What do you call your organisation in running text?").fill(ANSWERS["organisation.short_name"])
        page.get_by_label("What kind of organisation is it?").select_option(label="Charity or voluntary organisation")
        page.get_by_role("group", name="In which UK nation do your social work staff practise?").get_by_label("Wales").check()
        check(page.locator("#preview .organisation")).to_have_text("Harbour Trust")
        assert _contact_names(page) == ["the safeguarding lead", "the Employee Assistance Programme", ""]

        # A new team in one answer: a row for it, named and with its purpose, ready for a way to reach it.
        page.get_by_label("Who approves a new official account?").fill("the Digital Team")
        check(page.locator("#status")).to_have_text(
            "Preview updated. The other teams to contact are now: the Digital Team; the safeguarding lead; the Employee Assistance Programme."
        )
        assert _contact_names(page) == ["the Digital Team", "the safeguarding lead", "the Employee Assistance Programme", ""]
        check(page.locator("#f-contacts-other-0-purpose")).to_have_value("Approving a new official account")
        check(page.locator("#preview")).not_to_have_attribute("aria-busy", "true")  # busy only while a change is on its way
        page.locator("#warnings-panel summary").click()  # what the build warns of: no way yet to reach the new team
        digital = page.locator("#warnings li", has_text="the Digital Team has no email, phone or web page")
        check(digital).to_have_count(1)
        digital.get_by_role("link").click()
        check(page.locator(".question[data-key='contacts.other']")).to_be_in_viewport()
        violations = tab.axe()
        assert violations == [], json.dumps(violations, indent=1)

        # The row follows the answer, and goes when no answer names the team.
        page.get_by_label("Who approves a new official account?").fill("the Communications Team")  # a contact above already
        check(page.locator("#status")).to_have_text("Preview updated. The other teams to contact are now: the safeguarding lead; the Employee Assistance Programme.")
        assert _contact_names(page) == ["the safeguarding lead", "the Employee Assistance Programme", ""]
        page.get_by_label("Who approves a new official account?").fill("the Digital Team")
        check(page.locator("#f-contacts-other-0-name")).to_have_value("the Digital Team")

        # Typing a way to reach an offered team makes it the organisation's own entry. The rows it reorders
        # wait until the person leaves them, so nothing moves under the cursor.
        email = page.locator("#f-contacts-other-2-email")
        email.fill("eap@harbour.example")
        check(page.locator("#status")).to_have_text(
            "Preview updated. The other teams to contact are now: the Employee Assistance Programme; the Digital Team; the safeguarding lead."
        )
        check(email).to_be_focused()
        check(email).to_have_value("eap@harbour.example")
        assert _contact_names(page) == ["the Digital Team", "the safeguarding lead", "the Employee Assistance Programme", ""]
        page.locator("#save").focus()
        assert _contact_names(page) == ["the Employee Assistance Programme", "the Digital Team", "the safeguarding lead", ""]
        check(page.locator("#f-contacts-other-0-email")).to_have_value("eap@harbour.example")
        check(page.locator("#warnings li", has_text="the Employee Assistance Programme has no email")).to_have_count(0)
        check(page.locator(".question[data-key='contacts.other'] button.add-entry")).to_be_visible()  # the redrawn rows can still grow
        page.locator(".question[data-key='contacts.other'] button.add-entry").click()
        check(page.locator("#f-contacts-other-4-name")).to_be_focused()
        violations = tab.axe()
        assert violations == [], json.dumps(violations, indent=1)

        page.get_by_role("button", name="Save policy.yaml").click()
        check(page.locator("#status")).to_have_text("Saved policy.yaml and policygen.schema.json.")
        assert page.evaluate("window.notReloaded") is True
    finally:
        tab.close()
        server.stop()
    saved = api.prepare(path).answers.contacts.other
    assert [(entry.name, entry.purpose, entry.email) for entry in saved] == [
        ("the Employee Assistance Programme", "Wellbeing support", "eap@harbour.example"),
        ("the Digital Team", "Approving a new official account", None),
        ("the safeguarding lead", "A concern that someone's social media needs watching", None),
    ]


def test_an_organisations_own_template_and_clauses_in_the_preview_and_the_coverage_panel(browser, tmp_path):
    from helpers import BRAND_FONT, MINIMAL_ANSWERS, clause_file, word_template

    word_template(tmp_path / "brand.docx")
    (tmp_path / "own").mkdir()
    (tmp_path / "own" / "pages.md").write_text(clause_file("conduct.team-pages", "Your team's own pages", "Ask before you set up a page for your team.", sources="{basw: [3]}"))
    path = tmp_path / "policy.yaml"
    path.write_text(
        MINIMAL_ANSWERS + "document:\n  template: brand.docx\ncustomise:\n  clauses: own/\nsafety_advice:\n  publish_advice: true\n", encoding="utf-8"
    )
    server = Server(path)
    tab = Tab(browser, server)
    page, check = tab.page, expect()

    def style(selector: str, property: str) -> str:
        return page.locator(selector).first.evaluate(f"element => getComputedStyle(element).{property}")

    try:
        heading = page.locator("#preview .policy section > h2").first
        check(heading).to_have_css("color", "rgb(122, 31, 92)")  # the template's plum
        assert style("#preview .policy p", "fontFamily") == f'"{BRAND_FONT}", serif'
        assert style("#preview .policy h1", "color") == "rgb(122, 31, 92)"
        assert style("header.bar h1", "color") != "rgb(122, 31, 92)"  # the page around the preview keeps its own look
        # The coverage panel: the own clause marked and listed, and what a partly covered recommendation lacks.
        page.locator("#coverage-panel summary").click()
        number = page.locator("#preview h3", has_text="Your team's own pages").locator(".number").inner_text()
        check(page.locator("#coverage tbody tr").nth(2).locator("td").last).to_contain_text(f"{number} (own)")
        check(page.locator("#coverage .own-clauses")).to_have_text(f"{number} Your team's own pages: added to the library's clauses; cites BASW recommendation 3.")
        check(page.locator("#coverage tbody tr").nth(15).locator("td").last).to_contain_text("partly covered: say where the advice is")
        violations = tab.axe()
        assert violations == [], json.dumps(violations, indent=1)

        # Back to policygen's own template: the preview takes its look without a reload.
        page.get_by_label("Do you have your own Word template?").fill("")
        check(heading).to_have_css("color", "rgb(31, 78, 121)")
        assert style("#preview .policy p", "fontFamily") == "Arial, sans-serif"
        page.get_by_label("Do you have your own Word template?").fill("brand.docx")
        check(heading).to_have_css("color", "rgb(122, 31, 92)")
        violations = tab.axe()
        assert violations == [], json.dumps(violations, indent=1)
        if os.environ.get("SERVE_TEMPLATE_SHOT"):  # a picture to look at, not kept
            page.set_viewport_size({"width": 1280, "height": 900})
            page.locator("#preview .policy section").nth(4).scroll_into_view_if_needed()
            page.screenshot(path=os.environ["SERVE_TEMPLATE_SHOT"])
            page.locator("#warnings-panel summary").click()
            page.locator("aside.panels").screenshot(path=os.environ["SERVE_TEMPLATE_SHOT"].replace(".png", "-panels.png"))
    finally:
        tab.close()
        server.stop()
