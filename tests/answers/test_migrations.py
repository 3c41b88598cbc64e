"""Answers-format migrations: real format-1 files (tests/fixtures/format1) upgraded keep every answer and comment, and build the same policy."""

from __future__ import annotations

import hashlib
import json
import re
import shutil

import pytest

from generator.answers import load_answers, parse_answers
from generator.answers.answersfile import upgrade
from generator.answers.migrations import MIGRATIONS, upgrade_text, written_format
from generator.answers.model import FORMAT_HELP, FORMAT_VERSION, Answers, Monitoring
from generator.errors import PolicyError
from generator.pipeline import build
from helpers import ROOT, bundled_library, kept_in_order

FORMAT1 = ROOT / "tests" / "fixtures" / "format1"
EXAMPLES = ["northshire-council", "brightwater-fostering"]
SHA = re.compile(r'^answers_sha256: "?([0-9a-f]{64})"?$', re.MULTILINE)
LIBRARY = re.compile(r'^clause_library: "?([0-9.]+)"?$', re.MULTILINE)
LIBRARY_LINE = re.compile(r"with clause library ([0-9.]+)\.(?=$)", re.MULTILINE)


def test_the_migrations_lead_from_format_1_to_the_current_one_a_step_at_a_time():
    assert [m.reads for m in MIGRATIONS] == list(range(1, FORMAT_VERSION))
    assert Answers.model_fields["policygen"].default == FORMAT_VERSION


def test_the_old_keys_are_gone_from_the_model_and_the_new_one_is_there():
    assert "monitors_devices" not in Monitoring.model_fields
    assert "in_place" in Monitoring.model_fields
    for migration in MIGRATIONS:
        for key in migration.old_keys:
            group, name = key.split(".")
            assert name not in Answers.model_fields[group].annotation.model_fields, key


# ------------------------------------------------------------------ real format-1 files


@pytest.mark.parametrize("name", EXAMPLES)
def test_an_upgraded_example_changes_only_the_lines_the_new_format_changes(tmp_path, name):
    path = tmp_path / f"{name}.yaml"
    shutil.copy(FORMAT1 / path.name, path)
    before = path.read_text(encoding="utf-8")
    done = upgrade(path)
    after = path.read_text(encoding="utf-8")
    assert (done.before, done.after, done.problems) == (1, 2, [])
    assert done.changes == [
        "policygen: 1 -> 2 (the answers format)",
        "monitoring.monitors_devices is now monitoring.in_place (whether you monitor networks, devices and work accounts)",
    ]
    old, new = before.splitlines(), after.splitlines()
    assert len(old) == len(new)
    changed = [(a, b) for a, b in zip(old, new, strict=True) if a != b]
    assert changed == [("policygen: 1", "policygen: 2"), ("  monitors_devices: true", "  in_place: true")]


@pytest.mark.parametrize("name", EXAMPLES)
def test_an_upgraded_example_builds_the_same_policy_as_before_the_upgrade(tmp_path, name):
    """The upgraded file builds what the answers policygen 0.1.0 read from the format-1 file build, with today's library.

    The Markdown 0.1.0 built (the .md beside the fixture) was the reference while the library's
    text was 2026.11.0's; the library's text has moved on since, so the same answers are built
    again here: the answers model as 0.1.0 read it (.answers.json), with only the renamed key
    moved by hand, written as a format-2 file beside the upgraded one.
    """
    path = tmp_path / f"{name}.yaml"
    shutil.copy(FORMAT1 / path.name, path)
    upgrade(path)
    before = json.loads((FORMAT1 / f"{name}.answers.json").read_text(encoding="utf-8"))
    before["policygen"] = 2
    before["monitoring"]["in_place"] = before["monitoring"].pop("monitors_devices")
    by_hand = tmp_path / f"{name}-by-hand.yaml"
    by_hand.write_text(json.dumps(before), encoding="utf-8")  # JSON is YAML
    built, expected = tmp_path / f"{name}.md", tmp_path / f"{name}-by-hand.md"
    build(path, [built])
    build(by_hand, [expected])
    text = built.read_text(encoding="utf-8")
    # The front matter records the hash of the answers file's bytes; nothing else may differ.
    assert SHA.search(text).group(1) == hashlib.sha256(path.read_bytes()).hexdigest()
    assert LIBRARY.findall(text) == [bundled_library().version]
    assert SHA.sub("", text) == SHA.sub("", expected.read_text(encoding="utf-8"))
    frozen = (FORMAT1 / built.name).read_text(encoding="utf-8")  # what policygen 0.1.0 built from the format-1 file
    assert SHA.search(frozen).group(1) == hashlib.sha256((FORMAT1 / path.name).read_bytes()).hexdigest()
    assert LIBRARY.findall(frozen) == ["2026.11.0"]


def answered_as_before(before: object, now: object, path: str = "") -> list[str]:
    """Where `now` differs from `before`, every answer of `before` compared; answers added to the model since are not."""
    if isinstance(before, dict) and isinstance(now, dict):
        return [gap for key in before for gap in (answered_as_before(before[key], now[key], f"{path}.{key}") if key in now else [f"{path}.{key} is gone"])]
    if isinstance(before, list) and isinstance(now, list) and len(before) == len(now):
        return [gap for index, pair in enumerate(zip(before, now, strict=True)) for gap in answered_as_before(*pair, f"{path}[{index}]")]
    return [] if before == now else [f"{path}: {before!r} is now {now!r}"]


@pytest.mark.parametrize("name", EXAMPLES)
def test_an_upgraded_example_has_the_answers_it_had_before_the_upgrade(tmp_path, name):
    """The answers model, field by field, as policygen 0.1.0 read the format-1 file (the .answers.json beside it).

    Unlike the Markdown, this holds whatever the clause library's text becomes; new questions
    (with their defaults) are left out of the comparison, renamed ones are compared under their old name.
    """
    path = tmp_path / f"{name}.yaml"
    shutil.copy(FORMAT1 / path.name, path)
    upgrade(path)
    now = json.loads(load_answers(path).model_dump_json())
    now["policygen"] = 1
    now["monitoring"]["monitors_devices"] = now["monitoring"].pop("in_place")
    before = json.loads((FORMAT1 / f"{name}.answers.json").read_text(encoding="utf-8"))
    assert answered_as_before(before, now) == []
    now["monitoring"]["monitors_devices"] = not now["monitoring"]["monitors_devices"]
    assert answered_as_before(before, now) == [".monitoring.monitors_devices: True is now False"]  # the comparison can fail


# Answers an example changed on purpose after its upgrade, as (line upgraded, line now): each
# out-of-hours number has one name, so carers do not read one line as two.
CHANGED_SINCE = {
    "northshire-council": [
        ("  out_of_hours: {name: the Emergency Duty Team, phone: 01632 960 999}", "  out_of_hours: {name: the Northshire Emergency Duty Team, phone: 01632 960 999}"),
    ],
    "brightwater-fostering": [
        ("  out_of_hours: {name: the Brightwater out-of-hours line for foster carers, phone: 0117 496 0999}", "  out_of_hours: {name: the Brightwater out-of-hours line, phone: 0117 496 0999}"),
        ("  out_of_hours: {name: the Brightwater out-of-hours duty line, phone: 0117 496 0999}", "  out_of_hours: {name: the Brightwater out-of-hours line, phone: 0117 496 0999}"),
    ],
}


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_examples_are_the_fixtures_upgraded(name):
    """Every example was migrated by `policygen upgrade` itself (the fixtures are the same files before).

    Answers added to an example since (new questions) may come between the upgraded lines, and
    the answers in CHANGED_SINCE changed on purpose; every other line is kept.
    """
    upgraded = upgrade_text((FORMAT1 / f"{name}.yaml").read_text(encoding="utf-8"), name).text
    for before, now in CHANGED_SINCE.get(name, []):
        assert upgraded.count(f"\n{before}\n") == 1, before  # the change names a line the upgrade wrote
        upgraded = upgraded.replace(f"\n{before}\n", f"\n{now}\n")
    kept_in_order(upgraded, (ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8"))


# What init writes that a migration must keep: answers, commented-out stubs (how init --update
# knows a question was offered) and the 'Asked only when' lines. The help comments are the words
# of the version that wrote the file; a migration leaves them alone, and later wording may differ.
_KEPT = re.compile(r"^\s*(?:[^#\s]|# (?:[a-z_]+:(?: |$)|  - |Asked only when ))")


def answers_and_stubs(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if _KEPT.match(line))


# A question's condition can change after a file is written (fostering.decision_maker is no longer
# asked in Northern Ireland); the test above pins every line a migration changes.
_CONDITION = re.compile(r"(?m)^(\s*# Asked only when ).*$")


def without_conditions(text: str) -> str:
    return _CONDITION.sub(r"\1...", text)


@pytest.mark.parametrize("preset", ["monitoring", "no-monitoring"])
def test_an_upgraded_init_file_changes_only_the_lines_the_new_format_changes(preset):
    old = (FORMAT1 / f"init-{preset}.yaml").read_text(encoding="utf-8")
    upgraded = upgrade_text(old, "old.yaml").text
    asked_only_when = "  # Asked only when monitoring.{}; it does not apply to these answers."
    value = "false" if preset == "no-monitoring" else "true"
    changed = [(a, b) for a, b in zip(old.splitlines(), upgraded.splitlines(), strict=True) if a != b]
    assert changed == [
        ("# The answers file format version. Always 1 for now.", f"# {FORMAT_HELP}"),
        ("policygen: 1", "policygen: 2"),
        (f"  monitors_devices: {value}", f"  in_place: {value}"),
        # the follow-up questions are stubs when nothing is monitored: each says which answer asks it
        *[(asked_only_when.format("monitors_devices"), asked_only_when.format("in_place"))] * (8 if preset == "no-monitoring" else 0),
    ]
    assert "monitors_devices" not in upgraded
    assert LIBRARY_LINE.findall(upgraded) == ["2026.11.0"]  # the library it was written with stays recorded (init --update reads it for CHANGES.md)


@pytest.mark.parametrize("preset", ["monitoring", "no-monitoring"])
def test_an_upgraded_init_file_has_the_answers_and_stubs_init_writes_today(tmp_path, preset):
    """policygen's own lines (answers, stubs, 'Asked only when ...') move with the keys, so --update still finds its stubs."""
    from generator.pipeline import init

    old = (FORMAT1 / f"init-{preset}.yaml").read_text(encoding="utf-8")
    presets = [("organisation.name", "Harbour Trust"), ("organisation.short_name", "Harbour Trust"), ("organisation.type", "charity"), ("organisation.nation", "scotland")]
    if preset == "no-monitoring":
        presets.append(("monitoring.in_place", "no"))
    presets.append(("contacts.other", "[]"))  # init today offers the teams other answers name there; format 1 files have none
    fresh = tmp_path / "fresh.yaml"
    init(fresh, presets=presets, defaults=True)
    upgraded = upgrade_text(old, "old.yaml").text
    # Every answer and stub is where init writes it today; init today also writes the questions added since format 1.
    added = kept_in_order(without_conditions(answers_and_stubs(upgraded)), without_conditions(answers_and_stubs(fresh.read_text(encoding="utf-8"))))
    assert not [line for line in added if "monitoring" in line or line.startswith("policygen")], added
    # So --update on the upgraded file offers only the questions added since, never a monitoring one again.
    path = tmp_path / "upgraded.yaml"
    path.write_text(upgraded, encoding="utf-8")
    init(path, update=True, defaults=True)
    # ... and the teams other answers name, in place of contacts.other: [] (init --update asks an empty list again)
    assert upgraded.count("  other: []\n") == 1
    offered = kept_in_order(upgraded.replace("  other: []\n", "  other:\n"), path.read_text(encoding="utf-8"))
    assert offered and not [line for line in offered if "monitor" in line], offered


def test_the_filter_keeps_answers_and_stubs_and_drops_help():
    text = (
        "# Help for the file.\nmonitoring:\n  # What do you monitor?\n  #   web   Websites visited\n"
        "  # Asked only when monitoring.in_place; it does not apply to these answers.\n  # monitored:\n  #   - web\n  in_place: true\n"
    )
    assert answers_and_stubs(text).splitlines() == [
        "monitoring:",
        "  # Asked only when monitoring.in_place; it does not apply to these answers.",
        "  # monitored:",
        "  #   - web",
        "  in_place: true",
    ]


def test_an_upgraded_file_keeps_every_comment_and_the_order_of_its_keys(tmp_path):
    text = (FORMAT1 / "northshire-council.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "monitoring:\n  monitors_devices: true\n  dpia_completed_on: 2026-08-14\n",
        "monitoring:  # agreed with the DPO\n"
        "  # The IT Security Team confirmed this in August.\n"
        "  monitors_devices: true   # networks, devices and accounts\n"
        "  # The DPIA is filed as IG-2026-31.\n"
        "  dpia_completed_on: 2026-08-14\n",
    )
    path = tmp_path / "policy.yaml"
    path.write_text(text, encoding="utf-8")
    upgrade(path)
    after = path.read_text(encoding="utf-8")
    # An end-of-line comment keeps its column, as ruamel keeps it: aligned comments stay aligned.
    assert (
        "monitoring:  # agreed with the DPO\n"
        "  # The IT Security Team confirmed this in August.\n"
        "  in_place: true           # networks, devices and accounts\n"
        "  # The DPIA is filed as IG-2026-31.\n"
        "  dpia_completed_on: 2026-08-14\n"
    ) in after
    assert after == text.replace("policygen: 1", "policygen: 2").replace("  monitors_devices: true   #", "  in_place: true           #")
    assert list(load_answers(path).monitoring.model_dump()) == list(Monitoring.model_fields)  # still answers the same questions
    assert load_answers(path).monitoring.in_place is True


def test_a_false_answer_stays_false(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("policygen: 1\norganisation: {name: A, short_name: A, type: charity, nation: wales}\nmonitoring: {monitors_devices: false}\n", encoding="utf-8")
    upgrade(path)
    assert path.read_text(encoding="utf-8") == "policygen: 2\norganisation: {name: A, short_name: A, type: charity, nation: wales}\nmonitoring: {in_place: false}\n"
    assert load_answers(path).monitoring.in_place is False


# ------------------------------------------------------------------ which format a file is in


def test_a_file_without_a_version_is_current_unless_it_has_an_old_key():
    assert written_format({"organisation": {}}) == FORMAT_VERSION
    assert written_format({"monitoring": {"in_place": True}}) == FORMAT_VERSION
    assert written_format({"monitoring": {"monitors_devices": True}}) == 1
    assert written_format({"policygen": 1}) == 1
    assert [written_format({"policygen": v}) for v in ("2", True, 1.5, 0, None)] == [None] * 5


def test_a_file_without_a_version_but_with_an_old_key_is_upgraded_with_the_version_first(tmp_path):
    path = tmp_path / "policy.yaml"
    path.write_text("# Our answers.\norganisation: {name: A, short_name: A, type: charity, nation: wales}\nmonitoring:\n  monitors_devices: false\n", encoding="utf-8")
    with pytest.raises(PolicyError) as refused:
        load_answers(path)
    assert str(refused.value) == (
        f"{path}:1: policygen: this file is in answers format 1 (it has monitoring.monitors_devices), and policygen 0.1.0 reads format 2; "
        f"run `policygen upgrade {path}` to bring it up to date, keeping every answer and comment"
    )
    upgrade(path)
    assert path.read_text(encoding="utf-8") == "# Our answers.\npolicygen: 2\norganisation: {name: A, short_name: A, type: charity, nation: wales}\nmonitoring:\n  in_place: false\n"


def test_a_file_with_both_the_old_and_the_new_key_is_refused_at_the_group():
    with pytest.raises(PolicyError) as refused:
        upgrade_text("policygen: 1\norganisation: {name: A}\nmonitoring:\n  in_place: true\n  monitors_devices: false\n", "p.yaml")
    assert str(refused.value) == "p.yaml:3: monitoring: has both monitoring.monitors_devices and monitoring.in_place; keep one (in_place is the new name) and upgrade again"


def test_a_newer_format_is_refused_by_every_read_and_by_upgrade():
    text = "policygen: 3\norganisation: {name: A, short_name: A, type: charity, nation: wales}\n"
    message = "p.yaml:1: policygen: this file is in answers format 3, newer than policygen 0.1.0 reads (format 2); install a newer policygen to read it"
    for read in (parse_answers, upgrade_text):
        with pytest.raises(PolicyError) as refused:
            read(text, "p.yaml")
        assert str(refused.value) == message


def test_a_version_that_is_not_a_number_is_the_models_to_judge_and_upgrade_says_what_it_must_be():
    text = "policygen: two\norganisation: {name: A, short_name: A, type: charity, nation: wales}\n"
    with pytest.raises(PolicyError) as refused:
        parse_answers(text, "p.yaml")
    assert str(refused.value) == "p.yaml:1: policygen: 'two' is not one of the choices: 2"
    with pytest.raises(PolicyError) as refused:
        upgrade_text(text, "p.yaml")
    assert str(refused.value) == "p.yaml:1: policygen: 'two' is not an answers format; it must be a whole number, such as 1"


def test_a_current_file_is_left_exactly_as_it_is(tmp_path):
    path = tmp_path / "policy.yaml"
    shutil.copy(ROOT / "examples" / "northshire-council.yaml", path)
    stat = path.stat()
    done = upgrade(path)
    assert done.current and done.changes == []
    assert path.stat().st_mtime_ns == stat.st_mtime_ns and path.stat().st_ino == stat.st_ino


def test_history_from_git_is_read_as_upgraded_and_never_rewritten():
    old = (FORMAT1 / "northshire-council.yaml").read_text(encoding="utf-8")
    # as `upgrade` would write it (the example itself has gained answers since: its own clauses)
    assert parse_answers(old, "HEAD~1:policy.yaml", history=True).model_dump() == parse_answers(upgrade_text(old, "p.yaml").text, "p.yaml").model_dump()
    with pytest.raises(PolicyError, match="run `policygen upgrade HEAD~1:policy.yaml`"):
        parse_answers(old, "HEAD~1:policy.yaml")  # only history is read as upgraded


def test_an_upgrade_writes_the_file_and_reports_answers_that_were_already_wrong(tmp_path):
    path = tmp_path / "policy.yaml"
    text = (FORMAT1 / "northshire-council.yaml").read_text(encoding="utf-8").replace("nation: england", "nation: englnd")
    path.write_text(text, encoding="utf-8")
    done = upgrade(path)
    assert [str(p) for p in done.problems] == [f"{path}:13: organisation.nation: 'englnd' is not one of the choices: 'england', 'scotland', 'wales', 'northern_ireland'"]
    assert "in_place: true" in path.read_text(encoding="utf-8")
    assert kept_in_order(text.replace("policygen: 1", "policygen: 2").replace("monitors_devices", "in_place"), path.read_text(encoding="utf-8")) == []


def test_every_line_the_migration_does_not_touch_is_written_back_byte_for_byte():
    """ruamel would respell these (+5 as 5, ~ as nothing, True as true, 1e999999 as .inf); the upgrade keeps them."""
    odd = (
        "a: 0x1F\nb: 0o17\nc: 1_000\nd: +5\ne: 1.50\nf: 1_0.5\ng: 1e999999\nh: .NaN\ni: ~\nj: null\nk:\nl: True\nm: yes\n"
        "n: 2001-12-14t21:59:43.10-05:00\no: 2026-02-30\np: 00:30\nq: !!int \"5\"\nr: [1, ~, True, 2026-02-30]\n"
        "s: &five 5\nt: *five\nu: |\n  block\n  text\nv: 'quoted'   # and a comment\n"
    )
    text = "policygen: 1\nmonitoring:\n  monitors_devices: True\n" + odd
    assert upgrade_text(text, "p.yaml").text == "policygen: 2\nmonitoring:\n  in_place: True\n" + odd


@pytest.mark.parametrize("saved", ["windows line endings", "byte order mark", "both"])
def test_a_file_saved_on_windows_keeps_its_line_endings_and_byte_order_mark(saved):
    def as_saved(text: str) -> str:
        text = text.replace("\n", "\r\n") if saved != "byte order mark" else text
        return "\ufeff" + text if saved != "windows line endings" else text

    old = (FORMAT1 / "northshire-council.yaml").read_text(encoding="utf-8")
    new = upgrade_text(old, "p.yaml").text  # test_the_examples_are_the_fixtures_upgraded compares it with the example
    assert upgrade_text(as_saved(old), "p.yaml").text == as_saved(new)


def test_a_build_and_upgrade_read_the_stated_format_alike():
    """A build skips the migrations only for a file upgrade would also call current."""
    from generator.answers.source import _says_current_format
    from generator.yamlfile import load_yaml

    for value in ("2", "true", "1.5", "0", "", str(FORMAT_VERSION), "1", str(FORMAT_VERSION + 1)):
        located = load_yaml(f"policygen: {value}\norganisation: {{}}\n", "p.yaml")
        assert _says_current_format(located) == (written_format(located.data()) == FORMAT_VERSION), value
