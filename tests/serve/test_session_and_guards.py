"""policygen serve without a browser: the form read back, Save as init writes, and the server's guards.

The browser itself is in test_browser.py; here a real server runs in a child process
and is sent raw requests, so every header (Host, Cookie, Origin) is ours to forge.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import socket
import subprocess
import zipfile

import pytest
from click.testing import CliRunner

import generator as api
from generator.answers.init import answers_text, start
from generator.answers.questions import Answering, find
from generator.cli import cli
from generator.library import load_library
from generator.serve.draft import fill
from generator.serve.form import answers_form, form_html
from generator.serve.session import Session
from helpers import BRAND_FONT, EXAMPLES, MINIMAL_ANSWERS, ROOT, Server, clause_file, libreoffice_on, word_template

EXAMPLES_DIR = ROOT / "examples"

HOSTILE = "<script>alert(1)</script> {{ 7*7 }}"
ANSWERS = {
    "organisation.name": "Harbour Trust",
    "organisation.short_name": "the Trust",
    "organisation.type": "charity",
    "organisation.nation": "wales",
    "scope.volunteers": "yes",
    "document.review_every_months": "12",
    "official_accounts.pre_launch_checks": "dpia security welsh_language",
}


def new_form(**changes: list[str]) -> dict[str, list[str]]:
    """The form as the page first shows it for a new file, with some answers given."""
    form = answers_form(Answering())
    form.update({key: value.split(" ") if key.endswith("checks") else [value] for key, value in ANSWERS.items()})
    form.update(changes)
    return form


@pytest.fixture(scope="module")
def library():
    return load_library()


# ------------------------------------------------------------------ the form read back


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_shown_in_the_form_and_sent_back_unchanged_changes_nothing(tmp_path, example, library):
    path = tmp_path / example.name
    shutil.copy(example, path)
    plan = start(path, library.version, update=True)
    draft = fill(plan.answering, answers_form(plan.answering))
    assert draft.errors == {}
    assert plan.changed() == []
    # What the file does not answer yet is added with its default, as `init --update --defaults` adds it.
    other = tmp_path / "cli" / example.name
    other.parent.mkdir()
    shutil.copy(example, other)
    api.init(other, update=True, defaults=True)
    assert answers_text(plan) == other.read_text(encoding="utf-8")


def test_a_question_whose_condition_is_false_is_hidden_and_its_answer_neither_checked_nor_kept():
    answering = Answering()
    form = new_form(**{"official_accounts.exist": ["no"], "official_accounts.dormant_months": ["999"]})
    draft = fill(answering, form)
    assert "official_accounts.dormant_months" not in draft.visible
    assert "official_accounts.exist" in draft.visible
    assert draft.errors == {}
    assert not answering.has(next(q for g in answering.groups for q in g.questions if q.key == "official_accounts.dormant_months"))
    shown = form_html(answering, draft.visible, draft.errors)
    assert re.search(r'<div class="question" id="q-official-accounts-dormant-months" data-key="official_accounts.dormant_months" hidden>', shown)
    # Wales: the Welsh language question applies; in England it does not.
    assert "welsh_language.standards_apply" in draft.visible
    assert "welsh_language.standards_apply" not in fill(Answering(), new_form(**{"organisation.nation": ["england"]})).visible


def test_a_refused_answer_has_its_reason_beside_its_field_tied_by_aria_describedby():
    answering = Answering()
    draft = fill(answering, new_form(**{"document.review_every_months": ["99"], "contacts.questions.email": ["not-an-address"]}))
    assert draft.errors == {
        "document.review_every_months": ["99 is too large: the most allowed is 36"],
        "contacts.questions.email": ["'not-an-address' is not an email address, e.g. policy@example.gov.uk"],
    }
    shown = form_html(answering, draft.visible, draft.errors, new_form(**{"document.review_every_months": ["99"]}))
    field = re.search(r'<input type="text" id="f-document-review-every-months"[^>]*>', shown).group(0)
    assert 'aria-describedby="f-document-review-every-months-help f-document-review-every-months-error"' in field
    assert 'aria-invalid="true"' in field and 'value="99"' in field
    assert re.search(
        r'<p class="error" id="f-document-review-every-months-error" data-error-for="document.review_every_months">'
        r'<span class="visually-hidden">Error: </span>99 is too large: the most allowed is 36</p>',
        shown,
    )


def test_every_field_has_a_label_or_a_legend():
    shown = form_html(Answering(), set(), {})
    ids = re.findall(r'<(?:input|select|textarea) [^>]*\bid="([^"]+)"', shown)
    labelled = set(re.findall(r'<label for="([^"]+)"', shown))
    assert len(ids) > 60 and set(ids) <= labelled


# ------------------------------------------------------------------ Save


def test_saving_a_new_file_writes_what_init_defaults_set_writes_for_the_same_answers(tmp_path, library):
    session = Session(tmp_path / "web" / "policy.yaml", library)
    (tmp_path / "web").mkdir()
    view, written = session.save(new_form())
    assert view.draft.errors == {} and written == [tmp_path / "web" / "policy.yaml", tmp_path / "web" / "policygen.schema.json"]
    (tmp_path / "cli").mkdir()
    presets = [(key, value.replace(" ", ",") if key.endswith("checks") else value) for key, value in ANSWERS.items()]
    # The form offers the teams other answers name under contacts.other, as init --defaults does.
    api.init(tmp_path / "cli" / "policy.yaml", presets=presets, defaults=True)
    assert (tmp_path / "web" / "policy.yaml").read_text() == (tmp_path / "cli" / "policy.yaml").read_text()
    assert (tmp_path / "web" / "policygen.schema.json").read_bytes() == (tmp_path / "cli" / "policygen.schema.json").read_bytes()
    assert api.validate([tmp_path / "web" / "policy.yaml"]).problems == []


def test_saving_an_existing_file_changes_only_the_answer_changed_and_keeps_every_comment(tmp_path, library):
    path = tmp_path / "policy.yaml"
    path.write_text("# Our own note at the top.\n" + MINIMAL_ANSWERS + "document:\n  # Reviewed yearly since 2024.\n  review_every_months: 12  # the board asked for this\n  owner: Head of Practice\n")
    before = path.read_text()
    session = Session(path, library)
    form = answers_form(session.plan().answering)
    form["document.review_every_months"] = ["18"]
    view, written = session.save(form)
    assert written[0] == path
    after = path.read_text().splitlines()
    provenance = f"# Updated by policygen {api.__version__} with clause library {library.version}."
    assert after[:2] == ["# Our own note at the top.", provenance]
    assert "  # Reviewed yearly since 2024.\n  review_every_months: 18  # the board asked for this\n  owner: Head of Practice\n" in path.read_text()
    assert before.replace("review_every_months: 12", "review_every_months: 18").splitlines()[1:6] == after[2:7]
    # The questions the file did not answer yet are added below, as init --update adds them.
    assert "scope:" in after and api.validate([path]).problems == []


def test_an_invalid_answer_is_never_written(tmp_path, library):
    path = tmp_path / "policy.yaml"
    path.write_text(MINIMAL_ANSWERS)
    session = Session(path, library)
    form = answers_form(session.plan().answering)
    form["document.review_every_months"] = ["99"]
    form["organisation.name"] = ["A new name"]
    view, written = session.save(form)
    assert written == [] and path.read_text() == MINIMAL_ANSWERS
    assert view.draft.errors == {"document.review_every_months": ["99 is too large: the most allowed is 36"]}
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left beside it


def test_a_download_is_the_build_of_what_save_writes(tmp_path, library):
    path = tmp_path / "policy.yaml"
    session = Session(path, library)
    _, markdown = session.download(new_form(), "md")
    session.save(new_form())
    api.build(path, [tmp_path / "built.md"])
    assert markdown == (tmp_path / "built.md").read_bytes()


def test_a_download_is_built_in_the_word_template_the_answers_name_beside_the_file(tmp_path, library):
    word_template(tmp_path / "brand.docx")
    path = tmp_path / "policy.yaml"
    path.write_text(MINIMAL_ANSWERS + "document:\n  template: brand.docx\n", encoding="utf-8")
    session = Session(path, library)
    form = answers_form(session.plan().answering)
    _, docx = session.download(form, "docx")
    session.save(form)
    api.build(path, [tmp_path / "built.docx"])
    assert docx == (tmp_path / "built.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(docx)) as package:
        assert BRAND_FONT in package.read("word/styles.xml").decode("utf-8")


def test_pdf_is_offered_only_when_libreoffice_can_make_it(tmp_path, library):
    assert Session(tmp_path / "policy.yaml", library).formats() == ["docx", "md", "html"]  # the tests turn LibreOffice off
    with libreoffice_on():
        session = Session(tmp_path / "policy.yaml", library)
        assert session.formats() == ["docx", "md", "html", "pdf"]
        _, pdf = session.download(new_form(), "pdf")
    assert pdf is not None and pdf.startswith(b"%PDF-")


def test_changes_since_the_last_commit_when_the_file_is_in_git(tmp_path, library):
    path = tmp_path / "policy.yaml"
    api.init(path, presets=[(key, value) for key, value in ANSWERS.items() if key.startswith("organisation.")], defaults=True)
    session = Session(path, library)
    assert "is not in a git repository" in session.changes_html(session.view())
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(git + ["commit", "-q", "--allow-empty", "-m", "start"], cwd=tmp_path, check=True)
    assert "The last commit has no version of policy.yaml" in session.changes_html(session.view())
    subprocess.run(["git", "add", "policy.yaml", "policygen.schema.json"], cwd=tmp_path, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "answers"], cwd=tmp_path, check=True)
    form = answers_form(session.plan().answering)
    assert "No changes since the last commit (HEAD:policy.yaml)." in session.changes_html(session.view(form))
    form["scope.volunteers"] = ["yes"]
    shown = session.changes_html(session.view(form))
    assert "<li><code>scope.volunteers</code>: <del>false</del> <ins>true</ins></li>" in shown
    assert "<h3>Clauses changed</h3>" in shown and "volunteer" in shown


def test_the_coverage_panel_has_a_row_for_each_of_the_23_recommendations(tmp_path, library):
    session = Session(tmp_path / "policy.yaml", library)
    shown = session.coverage_html(session.view(new_form()))
    assert len(re.findall(r'<tr><th scope="row">\d+</th>', shown)) == 23
    assert re.search(r"<p id=\"coverage-summary\">\d+ of 23 recommendations covered.</p>", shown)


def test_the_coverage_panel_says_what_a_partly_covered_recommendation_lacks(tmp_path, library):
    session = Session(tmp_path / "policy.yaml", library)
    view = session.view(new_form(**{"safety_advice.publish_advice": ["yes"], "safety_advice.advice_url": [""], "safety_advice.available": [""]}))
    shown = session.coverage_html(view)
    assert '<p id="coverage-summary">22 of 23 recommendations covered, 1 partly.</p>' in shown
    [row] = [line for line in shown.splitlines() if line.startswith('<tr><th scope="row">16</th>')]
    assert row.endswith('<td>7.3; <strong class="gap">partly covered</strong>: say where the advice is</td></tr>')
    # Where the advice is found, it is covered in full again, as `policygen coverage` says.
    view = session.view(new_form(**{"safety_advice.publish_advice": ["yes"], "safety_advice.advice_url": ["https://harbour.example/safe"]}))
    assert '<p id="coverage-summary">23 of 23 recommendations covered.</p>' in session.coverage_html(view)


def test_the_coverage_panel_marks_and_lists_the_organisations_own_clauses(tmp_path, library):
    shutil.copy(EXAMPLES_DIR / "northshire-council.yaml", tmp_path / "northshire-council.yaml")
    shutil.copytree(EXAMPLES_DIR / "local-clauses", tmp_path / "local-clauses")
    (tmp_path / "local-clauses" / "boundaries.md").write_text(
        clause_file("conduct.team-pages", "Your team's own pages", "Ask {{ contacts.communications.name }} before you set up a page for your team.", sources="{basw: [3, 4]}")
        .replace("---\nid:", "---\nafter: conduct.ambassador\nid:"),
        encoding="utf-8",
    )
    session = Session(tmp_path / "northshire-council.yaml", library)
    view = session.view()
    assert view.built is not None, view.problems
    shown = session.coverage_html(view)
    number = next(c.number for s in view.built.document.sections for c in s.clauses if c.id == "conduct.team-pages")
    [row] = [line for line in shown.splitlines() if line.startswith('<tr><th scope="row">3</th>')]
    assert f'{number} <span class="own">(own)</span>' in row
    own = shown[shown.index("<h3>Your organisation's own clauses (own)</h3>") :]
    assert own.startswith(
        "<h3>Your organisation's own clauses (own)</h3>\n<ul class=\"own-clauses\">\n"
        "<li>3.3 Sharing the Council&#39;s own posts: added to the library's clauses; cites none of the BASW recommendations.</li>\n"
        f"<li>{number} Your team&#39;s own pages: added to the library's clauses; cites BASW recommendations 3, 4.</li>\n"
        "<li>15.4 Other formats and languages: in place of the library's clause; cites none of the BASW recommendations.</li>\n</ul>\n"
    )
    # The same own clauses `policygen coverage` marks.
    assert set(re.findall(r"<li>([\d.]+) ", own)) == set(api.coverage(tmp_path / "northshire-council.yaml").own)
    assert "own-clauses" not in Session(tmp_path / "policy.yaml", library).coverage_html(Session(tmp_path / "policy.yaml", library).view(new_form()))


def test_the_coverage_panel_lists_each_clause_left_out_with_its_reason(tmp_path, library):
    session = Session(tmp_path / "policy.yaml", library)
    form = new_form(**{"customise.exclude.0.clause": ["official.register"], "customise.exclude.0.reason": ["Our <b>Communications</b> Policy keeps it."],
                       "customise.exclude.1.clause": ["conduct.views"]})
    view = session.view(form)
    assert view.draft.errors == {} and view.built is not None, view.problems
    shown = session.coverage_html(view)
    titles = {clause_id: library.clauses[clause_id].title for clause_id in ("official.register", "conduct.views")}
    assert shown.endswith(
        "<h3>Left out by customise.exclude</h3>\n<ul class=\"excluded\">\n"
        f"<li><code>official.register</code> ({titles['official.register']}): Our &lt;b&gt;Communications&lt;/b&gt; Policy keeps it.</li>\n"
        f'<li><code>conduct.views</code> ({titles["conduct.views"]}): <strong class="gap">no reason given</strong></li>\n</ul>\n'
    )
    assert "Left out by" not in session.coverage_html(session.view(new_form()))


def test_the_warnings_panel_lists_what_build_warns_of_each_linked_to_its_question(tmp_path, library):
    session = Session(tmp_path / "policy.yaml", library)
    form = new_form(**{"official_accounts.approver": ["the <Digital> Team"]})
    view = session.view(form)
    shown = session.warnings_html(view)
    items = re.findall(r"<li>(.*?)</li>", shown)
    assert len(items) == len(view.built.warnings) > 0
    assert session.warnings_summary(view) == f"To do before the policy is signed ({len(items)})"
    assert (
        '<a href="#q-contacts-other">How do people reach the other teams the policy names?</a>: <code>contacts.other[0]</code>: '
        "the &lt;Digital&gt; Team has no email, phone or web page, so people cannot reach it from the policy; add at least one"
    ) in items
    # Each link goes to a question on the page.
    page = form_html(view.draft.answering, view.draft.visible, view.draft.errors)
    assert {target for target in re.findall(r'href="#([^"]+)"', shown)} <= set(re.findall(r'<div class="question" id="([^"]+)"', page))
    # A way to reach the team: its warning goes.
    form = answers_form(view.draft.answering) | {"contacts.other.0.email": ["digital@harbour.example"]}
    assert "Digital" not in session.warnings_html(session.view(form))


def _offered(view) -> list[tuple[str, str | None, str | None]]:
    return [(entry["name"], entry["purpose"], entry["email"]) for entry in view.draft.answering.value(find("contacts.other"))]


def test_the_form_offers_the_teams_other_answers_name_as_init_does_and_the_offer_follows_the_answers(tmp_path, library):
    session = Session(tmp_path / "policy.yaml", library)
    view = session.view(new_form())  # a charity in Wales
    assert _offered(view) == [
        ("the safeguarding lead", "A concern that someone's social media needs watching", None),
        ("the Employee Assistance Programme", "Wellbeing support", None),
    ]
    shown = form_html(view.draft.answering, view.draft.visible, view.draft.errors)
    assert 'name="contacts.other.0.name" aria-describedby="f-contacts-other-0-name-help f-contacts-other-0-name-error" value="the safeguarding lead"' in shown
    # Sent back as a council in England, with an email given for one team: that entry is the organisation's own now;
    # the other offer, still only a name and a purpose, is made again from the new answers.
    form = answers_form(view.draft.answering)
    form.update({"organisation.type": ["local_authority"], "organisation.nation": ["england"], "contacts.other.1.email": ["eap@harbour.example"]})
    council = session.view(form)
    assert council.draft.errors == {}
    assert _offered(council) == [
        ("the Employee Assistance Programme", "Wellbeing support", "eap@harbour.example"),
        ("the Head of Service", "Deciding on repeated viewing of someone's social media", None),
        ("Legal Services", "Advice on whether viewing could be surveillance", None),
        ("the surveillance lead", "Surveillance authorisations", None),
    ]


def test_a_file_that_lists_its_own_contacts_keeps_them_as_they_are(tmp_path, library):
    path = tmp_path / "policy.yaml"
    path.write_text(MINIMAL_ANSWERS + "contacts:\n  other:\n    - name: the Legal Team\n      email: legal@harbour.example\n", encoding="utf-8")
    session = Session(path, library)
    assert _offered(session.view()) == [("the Legal Team", None, "legal@harbour.example")]


# ------------------------------------------------------------------ the command


def test_serve_reports_a_broken_answers_file_and_starts_nothing(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(MINIMAL_ANSWERS + "scope:\n  volunters: true\n")
    result = CliRunner().invoke(cli, ["serve", str(path), "--no-browser"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: {path}:7: scope.volunters: unknown key; did you mean 'volunteers'?")
    assert "Traceback" not in result.output
    result = CliRunner().invoke(cli, ["serve", str(tmp_path / "missing" / "policy.yaml"), "--no-browser"])
    assert result.exit_code == 1 and f"the folder {tmp_path / 'missing'} does not exist" in result.output


# ------------------------------------------------------------------ the guards, on a real server


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    (folder / "policy.yaml").write_text(MINIMAL_ANSWERS)
    (folder / "secret.txt").write_text("not for the web")
    running = Server(folder / "policy.yaml")
    running.folder = folder
    yield running
    running.stop()


def test_the_server_listens_on_127_0_0_1_only_and_prints_an_address_with_a_token(server):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+/\?token=[\w-]{40,}", server.url)
    socket.create_connection(("127.0.0.1", server.port), timeout=5).close()
    with pytest.raises(ConnectionRefusedError):  # another loopback address: bound to 127.0.0.1 alone, not to every interface
        socket.create_connection(("127.0.0.2", server.port), timeout=5)


def test_the_token_swaps_for_a_cookie_and_nothing_opens_without_one(server):
    assert server.request("GET", "/", cookie=False)[0] == 403
    assert server.request("GET", "/?token=wrong", cookie=False)[0] == 403
    assert server.request("GET", "/", cookie=False, headers={"Cookie": f"policygen_{server.port}=wrong"})[0] == 403
    assert server.request("GET", "/static/serve.js", cookie=False)[0] == 403
    status, headers, _ = server.request("GET", f"/?token={server.token}", cookie=False)
    assert status == 303 and headers["location"] == "/"
    assert headers["set-cookie"] == f"policygen_{server.port}={server.token}; HttpOnly; SameSite=Strict; Path=/"
    status, headers, page = server.request("GET", "/")
    assert status == 200 and "<form id=\"answers\"" in page
    assert headers["content-security-policy"].startswith("default-src 'none'; script-src 'self'")
    assert headers["referrer-policy"] == "no-referrer"


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{0}", "127.0.0.1", "127.0.0.1:1", "0.0.0.0:{port}", "[::1]:{port}"])
def test_a_foreign_host_header_is_refused_even_with_the_token(server, host):
    status, _, body = server.request("GET", "/", headers={"Host": host.format(port=server.port) if "{port}" in host else host})
    assert status == 403 and body == f"Forbidden. This server answers only at http://127.0.0.1:{server.port}/."
    status, _, _ = server.request("GET", f"/?token={server.token}", headers={"Host": "rebound.example:" + str(server.port)})
    assert status == 403


def test_a_change_without_the_pages_csrf_token_is_refused_and_writes_nothing(server):
    before = (server.folder / "policy.yaml").read_text()
    form = answers_form(start(server.folder / "policy.yaml", "x", update=True).answering)
    for route in ("/save", "/update", "/download/md"):
        status, _, body = server.request("POST", route, body=form, headers={"Origin": f"http://127.0.0.1:{server.port}"})
        assert status == 403 and "CSRF token is missing or wrong" in body
        status, _, body = server.request("POST", route, body=form | {"csrf": "guessed"})
        assert status == 403
    # A page on another site that somehow knows the token is still refused by its origin.
    status, _, body = server.request("POST", "/save", body=form | {"csrf": server.csrf()}, headers={"Origin": "http://evil.example"})
    assert status == 403 and body == "Forbidden. Changes are accepted only from the policygen page itself."
    assert server.request("GET", "/save")[0] == 405  # no change by GET
    assert (server.folder / "policy.yaml").read_text() == before
    status, _, body = server.request("POST", "/update", body=form | {"csrf": server.csrf()})
    assert status == 200 and json.loads(body)["errors"] == {}


@pytest.mark.parametrize(
    "path",
    ["/policy.yaml", "/secret.txt", "/static/../secret.txt", "/static/%2e%2e/secret.txt", "/static/..%2fsecret.txt", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2Fetc%2Fpasswd"],
)
def test_no_path_reaches_a_file_outside_the_package(server, path):
    status, _, body = server.request("GET", path)
    assert status == 404
    assert "not for the web" not in body and "root:" not in body and "organisation" not in body


def test_a_download_format_that_is_not_a_writer_is_refused(server):
    status, _, _ = server.request("POST", "/download/..%2Fsecret.txt", body={"csrf": server.csrf()})
    assert status == 404
    status, _, _ = server.request("POST", "/download/yaml", body={"csrf": server.csrf()})
    assert status == 404


def test_an_answer_holding_markup_and_a_template_is_shown_as_typed(server):
    form = answers_form(start(server.folder / "policy.yaml", "x", update=True).answering)
    form["organisation.name"] = [HOSTILE]
    form["csrf"] = [server.csrf()]
    status, _, body = server.request("POST", "/update", body=form)
    assert status == 200
    state = json.loads(body)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}" in state["preview"]
    assert "<script" not in state["preview"] and "49" not in state["preview"]
    # After a save without the script, the page shows it in the form, escaped.
    status, _, _ = server.request("POST", "/save", body=form)
    assert status == 303
    status, _, page = server.request("GET", "/")
    assert 'value="&lt;script&gt;alert(1)&lt;/script&gt; {{ 7*7 }}"' in page
    assert page.count("<script") == 1  # the page's own script tag, nothing else
    assert "  name: <script>alert(1)</script> {{ 7*7 }}\n" in (server.folder / "policy.yaml").read_text()  # data, kept as typed


def test_a_page_sent_back_without_the_script_shows_the_teams_offered_as_the_server_keeps_them(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text(MINIMAL_ANSWERS)  # contacts.other unanswered: the page offers the teams other answers name
    server = Server(path)
    try:
        answering = start(path, "x", update=True).answering
        fill(answering, answers_form(answering))
        form = answers_form(answering)  # as the page showed it, with the teams offered then
        assert form["contacts.other.0.name"] != ["the Digital Team"]
        form |= {"official_accounts.approver": ["the Digital Team"], "document.review_every_months": ["99"], "csrf": [server.csrf()]}
        status, _, page = server.request("POST", "/save", body=form)
    finally:
        server.stop()
    assert status == 422 and "Not saved: 1 answer to correct, marked below." in page
    assert 'name="contacts.other.0.name" aria-describedby="f-contacts-other-0-name-help f-contacts-other-0-name-error" value="the Digital Team"' in page
    assert 'name="document.review_every_months" aria-describedby="f-document-review-every-months-help f-document-review-every-months-error" aria-invalid="true" value="99"' in page
    assert path.read_text() == MINIMAL_ANSWERS
