"""writers/markdown: each clause body is written once and kept, but never stands in for a clause that changed."""

from __future__ import annotations

from generator.document import Clause, Document, ListBlock, Metadata, Paragraph, Section, Text
from generator.writers import markdown

META = Metadata("Social media policy", "Northshire Council", "s", "Principal social worker", (), "1.0", "Draft")


def document(*blocks) -> Document:
    clause = Clause("intro.purpose", "1.1", "Purpose", tuple(blocks))
    return Document(META, (Section("intro", "1", "About this policy", (clause,)),))


def body(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    return text[text.index("### 1.1 Purpose") :].splitlines()[2:]


def test_a_clause_body_is_written_the_same_the_second_time():
    blocks = (Paragraph((Text("You must. Always "), Text("ask", bold=True), Text(" first."))), ListBlock(False, ((Paragraph((Text("one"),)),),)))
    first = markdown.render(document(*blocks))
    assert markdown.render(document(*blocks)) == first
    assert body(first) == ["You must.", "Always **ask** first.", "", "- one"]


def test_a_changed_clause_is_written_as_it_now_reads():
    assert body(markdown.render(document(Paragraph((Text("Ask your manager."),))))) == ["Ask your manager."]
    assert body(markdown.render(document(Paragraph((Text("Ask your manager", bold=True), Text("."),))))) == ["**Ask your manager**."]
    assert body(markdown.render(document(Paragraph((Text("Ask your manager."),), ), Paragraph((Text("Then HR."),))))) == [
        "Ask your manager.",
        "",
        "Then HR.",
    ]
