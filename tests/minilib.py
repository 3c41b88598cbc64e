"""A small clause library for diff, redline and check tests.

The bundled library grows while we work; these tests need output that stays exactly the
same. The clauses exercise what a redline must handle: conditional clauses and whole
sections that come and go (renumbering the rest), cross-references, bold, italic, links,
bullet and numbered lists (nested), and a table whose rows come from the answers.
"""

from __future__ import annotations

from pathlib import Path

from generator.library import Library, load_library
from helpers import build_file_tree

OUTLINE = """\
library_version: "test.1"
sections:
  - id: intro
    title: About this policy
    clauses: [intro.purpose, intro.scope]
  - id: conduct
    title: Your conduct online
    clauses: [conduct.rules, conduct.students]
  - id: accounts
    title: Official accounts
    clauses: [accounts.approval]
  - id: control
    title: Document control
    clauses: [control.table]
"""

NATIONS = """\
england:
  name: England
  regulator: {name: Social Work England, url: "https://www.socialworkengland.org.uk/standards/"}
wales:
  name: Wales
  regulator: {name: Social Care Wales, url: "https://socialcare.wales/"}
"""

CLAUSES = {
    "intro/purpose.md": """\
---
id: intro.purpose
title: Why we have this policy
sources: {basw: [19]}
---
{{ organisation.short_name | capfirst }} expects you to act **professionally** online. Follow the {{ nation.regulator.name | link(nation.regulator.url) }} standards.

The version history is in clause [[control.table]].
""",
    "intro/scope.md": """\
---
id: intro.scope
title: Who this policy covers
sources: {basis: structure}
---
This policy covers:

- employees of {{ organisation.name }}
- agency staff
{% if scope.students %}
- students on placement, including:
  - social work students
  - apprentices
{% endif %}
{% if scope.volunteers %}
- volunteers
{% endif %}
""",
    "conduct/rules.md": """\
---
id: conduct.rules
title: Rules for everyone
sources: {basw: [1, 2]}
---
You must:

1. keep personal and work accounts *separate*
2. never share information about people who use services
3. tell {{ contacts.concerns.name }} about any concern
""",
    "conduct/students.md": """\
---
id: conduct.students
title: Students on placement
when: scope.students
sources: {basw: [3]}
---
Students follow this policy while on placement. Practice educators talk about social media in supervision.
""",
    "accounts/approval.md": """\
---
id: accounts.approval
title: Approving an official account
when: official_accounts.exist
sources: {basw: [8]}
---
{{ official_accounts.approver | capfirst }} approves every new official account before it goes live.
""",
    "control/table.md": """\
---
id: control.table
title: Document control
sources: {basis: document-control}
---
| Item | Detail |
| --- | --- |
| Owner | {{ document.owner }} |
| Approved by | {{ document.approver }} |
{% for entry in document.history %}
| Version {{ entry.version }} | {{ entry.date }}: {{ entry.summary }} |
{% endfor %}
""",
}

BASE = """\
policygen: 2
organisation:
  name: Northshire County Council
  short_name: the Council
  type: local_authority
  nation: england
document:
  version: "1.0"
  history:
    - {version: "1.0", date: 2026-01-15, summary: First issue.}
scope:
  students: true
monitoring:
  dpia_completed_on: 2026-01-10
"""


def write_library(root: Path) -> Path:
    """Write the mini library under root/clauses and return that folder."""
    return build_file_tree(root / "clauses", {"outline.yaml": OUTLINE, "data/nations.yaml": NATIONS, **CLAUSES})


def mini_library(root: Path) -> Library:
    return load_library(write_library(root))


# Single-answer changes from BASE, each touching a different kind of redline.
CHANGES = {
    "short_name": ("short_name: the Council", "short_name: Northshire"),  # words inside paragraphs
    "no_students": ("students: true", "students: false"),  # a clause, list items and a nested list go
    "volunteers": ("students: true", "students: true\n  volunteers: true"),  # a list item comes
    "no_accounts": ("scope:", "official_accounts: {exist: false}\nscope:"),  # a whole section goes; renumbering
    "nation": ("nation: england", "nation: wales"),  # a link's text and address change
    "new_version": (
        '  version: "1.0"\n  history:\n    - {version: "1.0", date: 2026-01-15, summary: First issue.}',
        '  version: "1.1"\n  status: approved\n  approved_on: 2026-06-01\n  history:\n'
        '    - {version: "1.0", date: 2026-01-15, summary: First issue.}\n'
        '    - {version: "1.1", date: 2026-06-01, summary: Students added.}',
    ),  # a table row comes, the cover changes
    "concerns": ("scope:", "contacts: {concerns: {name: the HR team}}\nscope:"),  # a numbered list item changes
}


def changed(name: str, base: str = BASE) -> str:
    old, new = CHANGES[name]
    assert old in base, name
    return base.replace(old, new, 1)

