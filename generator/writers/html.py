"""The policy as one self-contained, accessible web page for an intranet.

`render(document)` gives the whole page as bytes; `fragment(document)` gives the policy
without the page shell (no landmarks, skip link or styles) for a page of one's own, such as
a live preview, with `stylesheet()` to style it.

The page, in order:
- a skip link to the main content, the first thing a keyboard reaches;
- header (banner): title as the one h1, the organisation, and the cover's facts (version, status, approval date,
  owner) as a description list, a draft's status marked out;
- nav: "Contents", every section and clause as a link to its heading (not in a brief edition,
  the two-page quick guide, which needs no contents list);
- main: each section as h2 and each clause as h3, numbered as in the Word document (1, 1.1),
  with paragraphs, lists and tables (caption, header cells with scope);
- footer: title, version and what produced the page.
Styles come from templates/policy.css, inlined with a print stylesheet; nothing is fetched
from anywhere else (no fonts, scripts or images). Every piece of text is escaped: answers are
data. Link addresses are kept only for web, mail and telephone links (and relative ones).
Anchors: clauses by their id (`#conduct.professional`), sections as `#section-<id>`; the
fixed ids used here contain no dot and do not start with "section-", so they never collide.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from markupsafe import escape

from ..document import Block, Clause, Document, Inline, Link, ListBlock, Metadata, Paragraph, Section, Table, Text
from ..files import data_dir
from .columns import unbroken_numbers

MAIN_ID = "main-content"
CONTENTS_ID = "contents-heading"
SAFE_SCHEMES = {"http", "https", "mailto", "tel"}

# Characters HTML cannot hold (answers reject them; clause text is ours, but be safe).
_NOT_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def render(document: Document) -> bytes:
    return page(document).encode("utf-8")


def page(document: Document) -> str:
    """The whole page: doctype, head with inline styles, landmarks."""
    meta = document.meta
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(page_title(meta))}</title>",
        f'<meta name="description" content="{_e(meta.subject)}">',
        f'<meta name="author" content="{_e(meta.author)}">',
        f'<meta name="keywords" content="{_e(", ".join(meta.keywords))}">',
    ]
    for name, value in meta.provenance:  # what produced the page, as the Word file's custom properties say
        if name == "policygen":
            head.append(f'<meta name="generator" content="policygen {_e(value)}">')
        else:
            head.append(f'<meta name="{_e("policygen-" + name.replace(" ", "-"))}" content="{_e(value)}">')
    head.append(f"<style>\n{stylesheet()}</style>")
    body = [
        f'<a class="skip-link" href="#{MAIN_ID}">Skip to the policy</a>',
        f'<header><div class="page">{_cover(meta)}</div></header>',
        *([] if document.brief else [f'<nav aria-labelledby="{CONTENTS_ID}"><div class="page">{_contents(document)}</div></nav>']),
        f'<main id="{MAIN_ID}" tabindex="-1"><div class="page">\n{_sections(document)}</div></main>',
        f'<footer><div class="page">{_footer(meta)}</div></footer>',
    ]
    return (
        f'<!DOCTYPE html>\n<html lang="{_e(meta.language)}">\n<head>\n' + "\n".join(head) + "\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )


def fragment(document: Document) -> str:
    """The policy alone: cover, contents and sections in one div, for a page that has its own landmarks."""
    contents = "" if document.brief else f"{_contents(document)}\n"
    return f'<div class="policy" lang="{_e(document.meta.language)}">\n{_cover(document.meta)}\n{contents}{_sections(document)}</div>\n'


@functools.cache
def stylesheet() -> str:
    return (data_dir("templates") / "policy.css").read_text(encoding="utf-8")


def page_title(meta: Metadata) -> str:
    title = f"{meta.title} - {meta.organisation}"
    return f"DRAFT {title}" if meta.status.lower() == "draft" else title


def section_anchor(section: Section) -> str:
    return f"section-{section.id}"


def clause_anchor(clause: Clause) -> str:
    return clause.id


# ------------------------------------------------------------------ the parts


def _cover(meta: Metadata) -> str:
    """Title, organisation and the cover's facts (version, status, approval, owner) as the Word cover has them; a draft's status stands out."""
    facts = []
    for label, value in meta.cover_facts():
        shown = f'<span class="draft">{_e(value)}</span>' if label == "Status" and meta.is_draft else _e(value)
        facts.append(f"<div><dt>{_e(label)}</dt> <dd>{shown}</dd></div>")
    return f'<h1>{_e(meta.title)}</h1><p class="organisation">{_e(meta.organisation)}</p><dl class="facts">{"".join(facts)}</dl>'


def _contents(document: Document) -> str:
    out = [f'<h2 id="{CONTENTS_ID}">Contents</h2>', "<ol>"]
    for section in document.sections:
        out.append(f'<li><a href="#{section_anchor(section)}">{_numbered(section.number, section.title)}</a>')
        if section.clauses:
            out.append("<ol>")
            out += [f'<li><a href="#{_e(clause_anchor(c))}">{_numbered(c.number, c.title)}</a></li>' for c in section.clauses]
            out.append("</ol>")
        out.append("</li>")
    out.append("</ol>")
    return "".join(out)


def _sections(document: Document) -> str:
    out = []
    for section in document.sections:
        out.append(f'<section>\n<h2 id="{_e(section_anchor(section))}">{_numbered(section.number, section.title)}</h2>\n')
        for clause in section.clauses:
            out.append(f'<h3 id="{_e(clause_anchor(clause))}">{_numbered(clause.number, clause.title)}</h3>\n')
            out += [_block(block, clause.title) for block in clause.blocks]
        out.append("</section>\n")
    return "".join(out)


def _footer(meta: Metadata) -> str:
    lines = [f"<p>{_e(meta.title)}, {_e(meta.organisation)}. Version {_e(meta.version)} ({_e(meta.status)}).</p>"]
    made = dict(meta.provenance)
    if "policygen" in made:
        library = f" and clause library {made['clause library']}" if "clause library" in made else ""
        lines.append(f"<p>Produced with policygen {_e(made['policygen'])}{_e(library)}.</p>")
    return "".join(lines)


def _numbered(number: str, title: str) -> str:
    # The space is inside the number so that a contents link is underlined under its title only.
    return f'<span class="number">{_e(number)} </span>{_e(title)}'


# ------------------------------------------------------------------ blocks


def _block(block: Block, heading: str) -> str:
    if isinstance(block, Paragraph):
        return f"<p>{_inlines(block.inlines)}</p>\n" if block.text.strip() else ""  # spacing comes from styles
    if isinstance(block, ListBlock):
        return _list(block, heading)
    if isinstance(block, Table):
        return _table(block, heading)
    raise TypeError(f"the HTML writer cannot draw {type(block).__name__}")


def _list(block: ListBlock, heading: str) -> str:
    tag = "ol" if block.ordered else "ul"
    items = []
    for item in block.items:
        paragraphs = [b for b in item if isinstance(b, Paragraph)]
        if len(paragraphs) == 1:  # a tight item: its text straight in the li, any sub-list after it
            inner = "".join(_inlines(b.inlines) if isinstance(b, Paragraph) else "\n" + _block(b, heading) for b in item)
        else:
            inner = "".join(_block(b, heading) for b in item)
        items.append(f"<li>{inner}</li>\n")
    return f"<{tag}>\n{''.join(items)}</{tag}>\n"


def _table(table: Table, heading: str) -> str:
    columns = max([len(table.header)] + [len(row) for row in table.rows])
    header = list(table.header) + [()] * (columns - len(table.header))
    caption = table.caption or heading
    # A caption that only repeats the clause heading above it is for screen readers alone.
    hidden = ' class="visually-hidden"' if caption == heading else ""
    out = [f"<table>\n<caption{hidden}>{_e(caption)}</caption>\n<thead><tr>"]
    out += [f'<th scope="col">{_inlines(cell)}</th>' for cell in header]
    out.append("</tr></thead>\n<tbody>\n")
    for row in table.rows:
        cells = list(row) + [()] * (columns - len(row))
        out.append("<tr>" + "".join(f"<td>{_inlines(cell)}</td>" for cell in cells) + "</tr>\n")
    out.append("</tbody>\n</table>\n")
    return "".join(out)


def _inlines(inlines: Iterable[Inline]) -> str:
    out: list[str] = []
    for item in inlines:
        if isinstance(item, Text):
            out.append(_text(item))
        elif isinstance(item, Link):
            inner = "".join(_text(t) for t in item.children)
            href = _href(item.url)
            out.append(f'<a href="{_e(href)}">{inner}</a>' if href else inner)
    return "".join(out)


def _text(run: Text) -> str:
    text = _e(unbroken_numbers(run.text))
    if run.italic:
        text = f"<em>{text}</em>"
    if run.bold:
        text = f"<strong>{text}</strong>"
    return text


def _href(url: str) -> str | None:
    """The address to link to, or None when it is empty or of a kind a policy never needs (javascript:, data:, file:)."""
    url = _NOT_HTML.sub("", url).strip()
    if not url:
        return None
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in SAFE_SCHEMES:
        return None
    return url


def _e(text: str) -> str:
    return str(escape(_NOT_HTML.sub("", text)))
