"""The preview's look from the policy's Word template (serve/look.py): fonts, colours and heading styles as CSS."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from generator.errors import PolicyError
from generator.serve.look import look_css, styles_css
from generator.writers.opc import read_word_package
from generator.writers.template import PARSED_PARTS
from helpers import BRAND_COLOUR, BRAND_FONT, word_template


def rules(css: str) -> dict[str, str]:
    return dict(re.findall(r"^([.#\w][^{\n]*?) \{ (.*?); \}$", css, re.M))


def restyled(path, edit) -> None:
    """The template at `path` with its styles part changed by `edit` (a function of the XML text), as Word would save it."""
    with zipfile.ZipFile(path) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    parts["word/styles.xml"] = edit(parts["word/styles.xml"].decode("utf-8")).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def test_the_bundled_templates_look_is_the_policys_own():
    css = rules(look_css(None))
    assert css[".preview .policy"] == 'font-family: "Arial", sans-serif'
    assert css[".preview .policy h1"] == "color: #1f4e79; font-size: 2.33em; font-weight: bold; font-style: normal"
    assert css[".preview .policy section > h2"] == "color: #1f4e79; font-size: 1.5em; font-weight: bold; font-style: normal"
    assert css[".preview .policy h3"] == "color: #1f4e79; font-size: 1.17em; font-weight: bold; font-style: normal"
    assert css[".preview .policy .organisation"] == "color: #404040; font-size: 1.5em; font-weight: normal; font-style: normal"
    assert css[".preview .policy th"] == "font-size: 0.917em; font-weight: bold; font-style: normal; background: #d9e2f3; border-color: #a6a6a6"
    assert css[".preview .policy a"] == "color: #0563c1"
    assert css[".preview .policy #contents-heading + ol > li"] == "font-weight: bold; font-style: normal"  # TOC 1: sections
    assert css[".preview .policy #contents-heading + ol ol > li"] == "font-weight: normal; font-style: normal"  # TOC 2: clauses


def test_an_own_templates_font_and_heading_colour_reach_the_preview(tmp_path):
    path = word_template(tmp_path / "brand.docx")
    css = rules(look_css(path))
    assert css[".preview .policy"] == f'font-family: "{BRAND_FONT}", serif'
    for selector in (".preview .policy h1", ".preview .policy section > h2", ".preview .policy h3", ".preview .policy #contents-heading"):
        assert css[selector].startswith(f"color: #{BRAND_COLOUR.lower()}; "), selector
    # A change to the file is read again: the look follows the template as it is now.
    word_template(path, colour="0B5D1E")
    assert rules(look_css(path))[".preview .policy h1"].startswith("color: #0b5d1e; ")


def test_styles_are_found_by_their_names_through_those_they_are_based_on_and_theme_fonts(tmp_path):
    path = word_template(tmp_path / "brand.docx")

    def edit(xml: str) -> str:
        xml = xml.replace('w:styleId="Heading1"', 'w:styleId="berschrift1"')  # as a German Word saves it
        xml = re.sub(r'<w:rFonts w:ascii="[^"]*" w:hAnsi="[^"]*" w:eastAsia="[^"]*" w:cs="[^"]*"/>', '<w:rFonts w:asciiTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi"/>', xml, count=1)
        # Heading 2 says nothing of its colour or weight: it takes them from Heading 1, which it is now based on.
        xml, changed = re.subn(r'(w:styleId="Heading2">.*?)<w:basedOn w:val="Normal"/>(.*?)<w:b/><w:bCs/><w:color w:val="[0-9A-F]+"/>', r'\1<w:basedOn w:val="berschrift1"/>\2', xml, count=1, flags=re.S)
        assert changed == 1
        return xml

    restyled(path, edit)
    package, main = read_word_package(path.read_bytes(), PARSED_PARTS)  # as the writer reads it (its checks still look for the ids)
    css = rules(styles_css(package, main))
    assert css[".preview .policy"] == 'font-family: "Arial", sans-serif'  # the theme's minor font
    assert css[".preview .policy section > h2"].startswith(f"color: #{BRAND_COLOUR.lower()}; ")
    assert css[".preview .policy h3"] == f"color: #{BRAND_COLOUR.lower()}; font-size: 1.17em; font-weight: bold; font-style: normal"


def test_a_template_never_writes_css_of_its_own_and_a_colour_that_reads_badly_is_left_out(tmp_path):
    path = word_template(tmp_path / "brand.docx", colours={"Subtitle": "BBBBBB"})
    restyled(path, lambda xml: xml.replace(f'w:ascii="{BRAND_FONT}"', 'w:ascii="Evil&quot;; } body { background: red } x {"'))
    css = look_css(path)
    assert "red" not in css and "Evil" not in css and css.count("{") == css.count("}") == len(rules(css))
    assert rules(css)[".preview .policy .organisation"] == "font-size: 1.5em; font-weight: normal; font-style: normal"  # #BBBBBB is 1.9:1 on white


def test_a_template_that_cannot_be_used_is_reported_as_the_build_reports_it(tmp_path):
    path = tmp_path / "brand.docx"
    path.write_bytes(b"not a zip")
    with pytest.raises(PolicyError) as caught:
        look_css(path)
    assert str(caught.value.problems[0]) == f"{path}: document.template: is not a Word document (.docx): it is not a zip package; save it from Word as a Word Document (.docx)"
