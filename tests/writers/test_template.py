"""An organisation's own Word template: the checks before use, the starter copy, and what a build takes from it.

The test template (helpers.word_template) is the starter restyled as an organisation would in
Word: DejaVu Serif, plum headings, US Letter with 2 cm side margins, and a logo in its header.
The built .docx is read back with python-docx and lxml; LibreOffice's PDF (pdffonts, pdfinfo,
pdfimages) and its own reading of the watermark (the ODF it converts to) are the independent readers.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn

import generator as api
from generator.errors import PolicyError
from generator.writers import ooxml, reference_template, template
from helpers import BRAND_COLOUR, BRAND_FONT, EXAMPLES, LETTER, libreoffice_on, png_logo, require_tool, word_template

DRAFT_EXAMPLE = next(p for p in EXAMPLES if p.stem == "strathmore-council")
APPROVED_EXAMPLE = next(p for p in EXAMPLES if p.stem == "northshire-council")
HINT = "start from `policygen template brand.docx`, which has them all, and restyle that"


@pytest.fixture
def brand(tmp_path) -> Path:
    return word_template(tmp_path / "brand.docx")


def built(tmp_path: Path, answers: Path, brand: Path | None, name: str = "out.docx") -> docx.document.Document:
    out = tmp_path / name
    api.build(answers, [out], template=brand)
    return docx.Document(str(out))


def problems_of(path: Path) -> list[str]:
    with pytest.raises(PolicyError) as caught:
        template.check(path, "brand.docx")
    return [str(p) for p in caught.value.problems]


# ------------------------------------------------------------------ the checks


def test_the_bundled_template_and_the_starter_pass_the_checks(tmp_path):
    assert template.check(reference_template(), "reference.docx") == []
    starter = tmp_path / "starter.docx"
    starter.write_bytes(template.starter())
    assert template.check(starter, "starter.docx") == []


@pytest.mark.parametrize(
    "style_id, name, used_for",
    [
        ("CoverDetails", "Cover Details", "the version, status, approval date and owner on the cover"),
        ("Heading2", "Heading 2", "clause headings (1.1, 1.2 ...)"),
        ("TableGrid", "Table Grid", "tables"),
        ("Hyperlink", "Hyperlink", "links"),
    ],
)
def test_a_template_missing_a_style_is_an_error_naming_it(tmp_path, style_id, name, used_for):
    path = word_template(tmp_path / "brand.docx", without_style=style_id)
    assert problems_of(path) == [f"brand.docx: document.template: the template has no '{name}' style, which the policy uses for {used_for}; add it in Word, or {HINT}"]


def test_every_missing_style_is_named_at_once(tmp_path):
    path = tmp_path / "plain.docx"
    docx.Document().save(path)  # python-docx's default: no Cover Details, Table Text, TOC styles ...
    found = problems_of(path)
    assert len(found) > 5
    assert any("'Cover Details' style" in p for p in found) and any("'Table Text' style" in p for p in found)


def test_a_heading_style_without_numbering_is_an_error(tmp_path):
    path = word_template(tmp_path / "brand.docx")
    doc = docx.Document(str(path))
    heading = doc.styles.element.xpath('w:style[@w:styleId="Heading1"]')[0]
    heading.find(qn("w:pPr")).remove(heading.find(qn("w:pPr")).find(qn("w:numPr")))
    doc.save(path)
    assert problems_of(path) == [
        "brand.docx: document.template: the template's 'Heading 1' style has no numbering, which the policy needs for section headings (1, 2 ...); "
        f"set it in Word (Modify Style > Format > Numbering), or {HINT}"
    ]


def test_a_file_that_is_not_a_word_document_is_an_error(tmp_path):
    path = tmp_path / "brand.docx"
    path.write_text("not a zip")
    assert problems_of(path) == ["brand.docx: document.template: is not a Word document (.docx): it is not a zip package; save it from Word as a Word Document (.docx)"]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/other.xml", "<x/>")
    assert problems_of(path) == ["brand.docx: document.template: is not a Word document (.docx): it has no word/document.xml"]


def test_a_text_colour_below_4_5_to_1_on_white_is_a_warning_naming_the_style(tmp_path):
    path = word_template(tmp_path / "brand.docx", colours={"Subtitle": "999999", "Heading2": "1F4E79"})
    assert [str(p) for p in template.check(path, "brand.docx")] == [
        "brand.docx: document.template: the 'Subtitle' style's text colour #999999 has a contrast of 2.8:1 against white; "
        "text needs at least 4.5:1 to be read easily, so choose a darker colour (Modify Style > Format > Font)"
    ]


def test_a_colour_inherited_from_the_style_it_is_based_on_counts(tmp_path):
    # Table Heading has no colour of its own: it is based on Table Text
    path = word_template(tmp_path / "brand.docx")
    doc = docx.Document(str(path))
    table_text = doc.styles.element.xpath('w:style[@w:styleId="TableText"]')[0]
    table_text.find(qn("w:rPr")).append(docx.oxml.parse_xml(f'<w:color {docx.oxml.ns.nsdecls("w")} w:val="AAAAAA"/>'))
    doc.save(path)
    assert [p.message.split(" style")[0] for p in template.check(path, "brand.docx")] == ["the 'Table Text'", "the 'Table Heading'"]


# ------------------------------------------------------------------ a template saved by Word in another language


# The ids a German Word gives the built-in styles (their w:name stays English); custom styles keep theirs.
GERMAN_IDS = {
    "Title": "Titel", "Subtitle": "Untertitel", "Heading1": "berschrift1", "Heading2": "berschrift2", "Heading3": "berschrift3",
    "TOCHeading": "Inhaltsverzeichnisberschrift", "TOC1": "Verzeichnis1", "TOC2": "Verzeichnis2",
    "ListBullet": "Aufzhlungszeichen", "ListNumber": "Listennummer", "ListContinue": "Listenfortsetzung",
    "ListContinue2": "Listenfortsetzung2", "ListContinue3": "Listenfortsetzung3", "TableGrid": "Tabellenraster",
    "Header": "Kopfzeile", "Footer": "Fuzeile",
}


def german_template(path: Path, colours: dict[str, str] | None = None) -> Path:
    """The restyled starter as a German Word saves it: every style id translated, in every part that names one,
    and a style of the organisation's own that happens to have the id `Heading1`."""
    word_template(path, colours=colours)
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    for name, data in members.items():
        if name.endswith(".xml"):
            text = data.decode("utf-8")
            for english, german in GERMAN_IDS.items():
                text = re.sub(rf'(w:styleId|<w:(?:basedOn|next|link|pStyle|rStyle|tblStyle) w:val)="{english}"', rf'\1="{german}"', text)
            members[name] = text.encode("utf-8")
    own = '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Heading1"><w:name w:val="Unsere Notiz"/><w:basedOn w:val="Normal"/><w:rPr><w:i/></w:rPr></w:style>'
    members["word/styles.xml"] = members["word/styles.xml"].replace(b"</w:styles>", own.encode() + b"</w:styles>")
    assert b'w:styleId="Heading2"' not in members["word/styles.xml"] and b'w:pStyle w:val="Heading1"' not in members["word/document.xml"]
    path.write_bytes(ooxml.package(members, ordered=False))
    return path


def test_a_template_saved_by_word_in_another_language_is_found_by_its_style_names(tmp_path):
    path = german_template(tmp_path / "marke.docx")
    assert template.check(path, "marke.docx") == []
    doc = built(tmp_path, DRAFT_EXAMPLE, path)
    styles = {style.style_id: style for style in doc.styles}
    # each style the policy uses now has the id the writer names it by, and keeps the template's look
    for needed in template.NEEDED_STYLES:
        assert styles[needed.style_id].name.casefold() == needed.name.casefold(), needed.style_id
    assert styles["Heading1"].font.color.rgb == docx.shared.RGBColor.from_string(BRAND_COLOUR)
    assert styles["Heading2"].base_style is not None and styles["Heading2"].base_style.style_id in styles
    # the organisation's own style that had the id Heading1 is kept under another id
    own = [style for style in doc.styles if style.name == "Unsere Notiz"]
    assert [style.style_id for style in own] == ["Heading12"] and own[0].font.italic
    # the headings are the template's numbered headings, and Word's numbering still points at them
    headings = [p for p in doc.paragraphs if p.style.style_id == "Heading1"]
    assert headings and headings[0].style.name == "Heading 1"
    numbering = doc.part.numbering_part.element
    assert numbering.xpath('//w:lvl/w:pStyle[@w:val="berschrift1"]') == []
    assert numbering.xpath('//w:lvl/w:pStyle[@w:val="Heading1"]')
    assert not [v for v in doc.element.xpath("//w:pStyle/@w:val") if v in GERMAN_IDS.values()]


def test_a_low_contrast_colour_in_a_translated_template_is_named_by_its_style_name(tmp_path):
    path = german_template(tmp_path / "marke.docx", colours={"Subtitle": "999999"})
    assert [p.message.split(" style")[0] for p in template.check(path, "marke.docx")] == ["the 'Subtitle'"]


def test_a_translated_template_missing_a_style_names_it_in_english(tmp_path):
    path = german_template(tmp_path / "marke.docx")
    with zipfile.ZipFile(path) as source:
        members = {info.filename: source.read(info) for info in source.infolist()}
    members["word/styles.xml"] = re.sub(rb'<w:style [^>]*w:styleId="Listennummer".*?</w:style>', b"", members["word/styles.xml"], flags=re.S)
    path.write_bytes(ooxml.package(members, ordered=False))
    assert problems_of(path) == [f"brand.docx: document.template: the template has no 'List Number' style, which the policy uses for numbered lists; add it in Word, or {HINT}"]


# ------------------------------------------------------------------ the starter copy


def test_the_starter_is_the_bundled_template_with_instructions_in_its_body():
    starter = docx.Document(io.BytesIO(template.starter()))
    bundled = docx.Document(str(reference_template()))
    assert [s.style_id for s in starter.styles] == [s.style_id for s in bundled.styles]
    text = "\n".join(p.text for p in starter.paragraphs)
    assert "It never copies the text on these pages" in text
    assert "policygen build policy.yaml --template brand.docx" in text
    assert "insert the logo there (Insert > Pictures)" in text
    styles_table = starter.tables[0]
    assert [row.cells[0].text for row in styles_table.rows][1:] == [s.name for s in template.NEEDED_STYLES]
    assert template.starter() == template.starter()  # the same bytes every time


def test_writing_the_starter_never_replaces_a_file(tmp_path):
    target = tmp_path / "brand.docx"
    assert api.write_template(target) == target
    assert target.read_bytes() == template.starter()
    target.write_bytes(b"my own edits")
    with pytest.raises(PolicyError) as caught:
        api.write_template(target)
    assert str(caught.value) == f"{target}: already exists; policygen never replaces a file with a starter template, so give a new file name"
    assert target.read_bytes() == b"my own edits"
    with pytest.raises(PolicyError, match="already exists"):
        api.write_template(reference_template())  # an input of every build
    with pytest.raises(PolicyError, match="give a file name ending .docx"):
        api.write_template(tmp_path / "brand.dotx")


# ------------------------------------------------------------------ what a build takes from the template


def test_the_built_document_has_the_templates_font_colours_page_and_logo(tmp_path, brand):
    doc = built(tmp_path, DRAFT_EXAMPLE, brand)
    styles = doc.styles.element
    assert styles.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii)") == BRAND_FONT
    assert doc.styles["Heading 1"].font.color.rgb == docx.shared.RGBColor.from_string(BRAND_COLOUR)
    assert doc.styles["Title"].font.color.rgb == docx.shared.RGBColor.from_string(BRAND_COLOUR)
    section = doc.sections[0]
    assert (section.page_width.twips, section.page_height.twips) == LETTER
    assert section.left_margin.twips == section.right_margin.twips == 1134  # 2 cm
    # the logo: on the cover, above the title, with alternative text, and in the header of every later page
    cover = doc.paragraphs[0]
    assert cover.style.name == "Title" and cover.text == ""
    organisation = "Strathmore Council"
    assert cover._p.xpath(".//wp:docPr/@descr") == [f"{organisation} logo"]
    header = section.header._element
    assert header.xpath(".//wp:docPr/@descr") == [f"{organisation} logo"]
    images = [part for part in doc.part.package.iter_parts() if part.partname.startswith("/word/media/")]
    assert [image.blob for image in images] == [png_logo()]  # one image, shared by the cover and the header


def test_the_logo_keeps_its_shape_and_fits_its_place(tmp_path, brand):
    doc = built(tmp_path, DRAFT_EXAMPLE, brand)
    cover = [int(v) for v in doc.paragraphs[0]._p.xpath(".//wp:extent/@cx | .//wp:extent/@cy")]
    header = [int(v) for v in doc.sections[0].header._element.xpath(".//wp:extent/@cx | .//wp:extent/@cy")]
    assert cover == [6 * 360000, 3 * 360000]  # 2:1 like the picture, at most 6 by 3 cm
    assert header == [2 * 360000, 360000]  # at most 1 cm high in the header


def test_without_a_logo_the_cover_starts_with_the_title(tmp_path):
    doc = built(tmp_path, DRAFT_EXAMPLE, word_template(tmp_path / "brand.docx", logo=False))
    assert doc.paragraphs[0].style.name == "Title" and doc.paragraphs[0].text.startswith("Social media policy")
    assert not doc.element.xpath("//w:drawing")


def test_the_same_answers_and_template_give_the_same_bytes(tmp_path, brand):
    api.build(DRAFT_EXAMPLE, [tmp_path / "a.docx"], template=brand)
    api.build(DRAFT_EXAMPLE, [tmp_path / "b.docx"], template=brand)
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_a_document_built_with_the_template_passes_the_accessibility_checks(tmp_path, brand):
    built(tmp_path, DRAFT_EXAMPLE, brand)
    report = api.lint(tmp_path / "out.docx")
    assert report.failures == ()


def test_openxml_audit_finds_no_error_with_the_logo_cover_and_watermark(tmp_path, brand):
    built(tmp_path, DRAFT_EXAMPLE, brand)
    audit = Path(sys.executable).parent / "openxml-audit"
    assert audit.exists(), "openxml-audit is a test dependency: pip install '.[test]'"
    result = subprocess.run([str(audit), "-o", "json", str(tmp_path / "out.docx")], capture_output=True, text=True)
    [report] = json.loads(result.stdout)
    assert (result.returncode, report["valid"], report["error_count"]) == (0, True, 0), report["errors"][:5]


def test_a_template_with_a_headers_text_and_even_pages_of_its_own_gets_ours(tmp_path, brand):
    doc = docx.Document(str(brand))
    doc.sections[0].header.paragraphs[0].add_run("ACME COUNCIL OFFICIAL")
    doc.settings.odd_and_even_pages_header_footer = True
    doc.save(brand)
    out = built(tmp_path, DRAFT_EXAMPLE, brand)
    assert "ACME" not in "".join(p.text for p in out.sections[0].header.paragraphs)
    assert not out.settings.odd_and_even_pages_header_footer


# ------------------------------------------------------------------ cover and watermark


def watermarks(doc) -> dict[str, list[str]]:
    """The watermark text in each header of the section, by kind."""
    section = doc.sections[0]
    headers = {"default": section.header, "first page": section.first_page_header}
    return {kind: header._element.xpath(".//*[local-name()='shape'][starts-with(@id, 'PowerPlusWaterMarkObject')]/*[local-name()='textpath']/@string") for kind, header in headers.items()}


@pytest.mark.parametrize("brand_template", [False, True], ids=["bundled", "own template"])
def test_a_draft_has_a_watermark_on_every_page_and_a_cover_page(tmp_path, brand_template):
    doc = built(tmp_path, DRAFT_EXAMPLE, word_template(tmp_path / "brand.docx") if brand_template else None)
    assert watermarks(doc) == {"default": ["DRAFT"], "first page": ["DRAFT"]}
    section = doc.sections[0]
    shape_ids = [h._element.xpath("string(.//*[local-name()='shape']/@*[local-name()='spid'])") for h in (section.header, section.first_page_header)]
    assert len(set(shape_ids)) == 2  # each shape's id is its own in the package, as Word makes them
    assert doc.sections[0].different_first_page_header_footer  # the cover has no running header or footer
    assert "".join(p.text for p in doc.sections[0].first_page_header.paragraphs) == ""
    assert [p.text for p in doc.paragraphs if p.style.name == "Cover Details"] == [
        "Version: 1.0", "Status: Draft", "Approved on: not yet approved", "Owner: Chief Social Work Officer",
    ]
    font = doc.sections[0].header._element.xpath("string(.//*[local-name()='shape']/*[local-name()='textpath']/@style)")
    assert font == f'font-family:"{BRAND_FONT if brand_template else "Arial"}";font-size:1pt'


def test_an_approved_policy_has_no_watermark_and_its_cover_gives_the_approval(tmp_path):
    doc = built(tmp_path, APPROVED_EXAMPLE, None)
    assert watermarks(doc) == {"default": [], "first page": []}
    assert [p.text for p in doc.paragraphs if p.style.name == "Cover Details"] == [
        "Version: 2.1", "Status: Approved", "Approved on: 1 October 2026", "Owner: Principal Social Worker",
    ]


# ------------------------------------------------------------------ LibreOffice reads it


def test_libreoffice_draws_the_templates_font_page_logo_and_watermark(tmp_path, brand):
    require_tool("pdffonts")
    with libreoffice_on():
        api.build(DRAFT_EXAMPLE, [tmp_path / "out.docx", tmp_path / "out.pdf"], template=brand)
    fonts = subprocess.run(["pdffonts", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0].split("+")[-1] for line in fonts.splitlines()[2:]]
    assert names and all(name.startswith("DejaVuSerif") for name in names), fonts
    info = subprocess.run(["pdfinfo", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info
    images = subprocess.run(["pdfimages", "-list", "-f", "1", "-l", "1", str(tmp_path / "out.pdf")], capture_output=True, text=True, check=True).stdout
    assert len(images.splitlines()[2:]) == 1  # the logo on the cover
    assert odf_watermarks(tmp_path / "out.docx", tmp_path) == ["DRAFT", "DRAFT"]  # the cover's header and every other page's


def test_libreoffice_finds_no_watermark_in_an_approved_policy(tmp_path):
    with libreoffice_on():
        api.build(APPROVED_EXAMPLE, [tmp_path / "out.docx"])
    assert odf_watermarks(tmp_path / "out.docx", tmp_path) == []


def odf_watermarks(path: Path, tmp_path: Path) -> list[str]:
    """The text of each watermark LibreOffice sees, from the ODF text document it converts the .docx to."""
    from lxml import etree

    soffice = require_tool("soffice")
    profile = tmp_path / "profile"
    subprocess.run(
        [soffice, "--headless", "--norestore", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "odt", "--outdir", str(tmp_path / "odt"), str(path)],
        capture_output=True, check=True, timeout=300,
    )
    shutil.rmtree(profile, ignore_errors=True)
    with zipfile.ZipFile(tmp_path / "odt" / path.with_suffix(".odt").name) as odt:
        styles = etree.fromstring(odt.read("styles.xml"))
    draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
    shapes = [s for s in styles.iter(f"{{{draw}}}custom-shape") if s.get(f"{{{draw}}}name", "").startswith("PowerPlusWaterMarkObject")]
    return ["".join(shape.itertext()) for shape in shapes]



def test_a_templates_own_custom_properties_give_way_to_the_policys(tmp_path, brand):
    doc = docx.Document(str(brand))
    package = doc.part.package
    xml = (
        "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        f'<Properties xmlns="{ooxml.CUSTOM_PROPERTIES}" xmlns:vt="{ooxml.VT}">'
        f'<property fmtid="{ooxml.CUSTOM_FMTID}" pid="2" name="ContentTypeId"><vt:lpwstr>0x0101</vt:lpwstr></property></Properties>'
    )
    package.relate_to(Part(PackURI("/docProps/custom.xml"), CT.OFC_CUSTOM_PROPERTIES, xml.encode(), package), RT.CUSTOM_PROPERTIES)
    doc.save(brand)
    built(tmp_path, DRAFT_EXAMPLE, brand)
    with zipfile.ZipFile(tmp_path / "out.docx") as package_zip:
        names = package_zip.namelist()
        custom = package_zip.read("docProps/custom.xml").decode()
        package_rels = package_zip.read("_rels/.rels").decode()
    assert names.count("docProps/custom.xml") == 1
    assert package_rels.count(RT.CUSTOM_PROPERTIES) == 1
    assert "ContentTypeId" not in custom and 'name="answers sha256"' in custom


def test_the_template_word_attached_to_the_template_is_not_named_in_the_policy(tmp_path, brand):
    doc = docx.Document(str(brand))
    settings = doc.settings
    rel_id = doc.part.part_related_by(RT.SETTINGS).relate_to("file:///C:/Profiles/jsmith/Templates/Normal.dotm", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", is_external=True)
    settings.element.insert(0, docx.oxml.parse_xml(f'<w:attachedTemplate {docx.oxml.ns.nsdecls("w", "r")} r:id="{rel_id}"/>'))
    doc.save(brand)
    with zipfile.ZipFile(brand) as package:
        assert b"jsmith" in package.read("word/_rels/settings.xml.rels")
    built(tmp_path, DRAFT_EXAMPLE, brand)
    with zipfile.ZipFile(tmp_path / "out.docx") as package:
        assert all(b"jsmith" not in package.read(name) for name in package.namelist())
        assert b"attachedTemplate" not in package.read("word/settings.xml")


def test_a_template_with_an_oversized_part_is_refused(tmp_path, brand):
    with zipfile.ZipFile(brand) as source:
        members = {name: source.read(name) for name in source.namelist()}
    members["word/styles.xml"] = members["word/styles.xml"] + b" " * (template.MAX_PART_BYTES + 1)
    with zipfile.ZipFile(brand, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in members.items():
            out.writestr(name, data)
    assert problems_of(brand) == ["brand.docx: document.template: word/styles.xml is too large (over 8 MiB)"]


def test_a_template_whose_page_leaves_no_room_for_text_is_an_error(tmp_path, brand):
    doc = docx.Document(str(brand))
    doc.sections[0].left_margin = doc.sections[0].right_margin = docx.shared.Cm(10)
    doc.save(brand)
    assert problems_of(brand) == [
        "brand.docx: document.template: the template's page has no size and margins that leave room for text; set them in Word (Layout > Size, Layout > Margins)"
    ]


def test_a_template_with_odd_numbers_in_it_is_an_error_or_is_used_never_a_crash(tmp_path, brand):
    doc = docx.Document(str(brand))
    numbering = doc.part.numbering_part.element
    numbering.append(docx.oxml.parse_xml(f'<w:num {docx.oxml.ns.nsdecls("w")} w:numId="x1"><w:abstractNumId w:val="1"/></w:num>'))
    table_text = doc.styles.element.xpath('w:style[@w:styleId="TableText"]')[0]
    table_text.find(qn("w:rPr")).find(qn("w:sz")).set(qn("w:val"), "big")
    extent = doc.sections[0].header._element.xpath(".//wp:extent")[0]
    extent.set("cx", "wide")
    doc.save(brand)
    assert template.check(brand, "brand.docx") == []
    out = built(tmp_path, DRAFT_EXAMPLE, brand)
    assert not out.element.xpath("//w:drawing")  # a picture with no size is no logo
    assert out.tables  # tables still fit the page, at the bundled text size


def test_a_package_the_writer_cannot_open_is_an_error_not_a_crash(tmp_path, brand):
    with zipfile.ZipFile(brand) as source:
        members = {name: source.read(name) for name in source.namelist()}
    # a macro-enabled template renamed .docx: Word's content type for it is not a document's
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml"
    )
    with zipfile.ZipFile(brand, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    [problem] = problems_of(brand)
    assert problem.startswith("brand.docx: document.template: cannot be opened as a Word document (")
    assert problem.endswith("); open it in Word and save it as a Word Document (.docx)")


def test_a_part_the_writer_reads_that_is_not_xml_is_an_error_naming_it(tmp_path, brand):
    with zipfile.ZipFile(brand) as source:
        members = {name: source.read(name) for name in source.namelist()}
    members["word/settings.xml"] = b"<w:settings"
    with zipfile.ZipFile(brand, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    [problem] = problems_of(brand)
    assert problem.startswith("brand.docx: document.template: cannot be opened as a Word document (word/settings.xml: ")
    assert problem.endswith("); open it in Word and save it as a Word Document (.docx)")


def test_a_template_missing_a_part_it_refers_to_is_an_error_naming_it(tmp_path, brand):
    with zipfile.ZipFile(brand) as source:
        members = {name: source.read(name) for name in source.namelist() if name != "word/fontTable.xml"}
    with zipfile.ZipFile(brand, "w") as out:
        for name, data in members.items():
            out.writestr(name, data)
    assert problems_of(brand) == [
        "brand.docx: document.template: cannot be opened as a Word document (it has no word/fontTable.xml); open it in Word and save it as a Word Document (.docx)"
    ]


def test_an_own_template_is_read_and_each_part_parsed_once_in_a_build(tmp_path, brand, monkeypatch):
    from generator.writers import docx as writer
    from generator.writers import opc

    reads, parsed = [], []
    real_read, real_parse = template.read_bytes, opc.parse
    monkeypatch.setattr(template, "read_bytes", lambda path, *rest: reads.append(Path(path).name) or real_read(path, *rest))
    monkeypatch.setattr(opc, "parse", lambda data: parsed.append(data) or real_parse(data))
    writer._read_template.cache_clear()
    built(tmp_path, DRAFT_EXAMPLE, brand)
    assert reads == ["brand.docx"]  # checked and built from the same bytes
    with zipfile.ZipFile(brand) as package:
        for name in ("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/header1.xml"):
            assert parsed.count(package.read(name)) == 1, name
    built(tmp_path, DRAFT_EXAMPLE, brand, "again.docx")
    assert reads == ["brand.docx"]  # the same version of the file: not read again


def test_a_changed_template_is_read_and_checked_again(tmp_path, brand):
    assert template.check(brand, "brand.docx") == []
    word_template(brand, colours={"Subtitle": "999999"})
    assert [p.message.split(" style")[0] for p in template.check(brand, "brand.docx")] == ["the 'Subtitle'"]
    assert [str(p).split(":")[0] for p in template.check(brand, "other/brand.docx")] == ["other/brand.docx"]  # named as asked


def _rewritten(path: Path, **members: bytes) -> None:
    with zipfile.ZipFile(path) as source:
        kept = {name: source.read(name) for name in source.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for name, data in {**kept, **members}.items():
            out.writestr(name, data)


def test_a_check_part_that_is_not_xml_is_named_as_unreadable(tmp_path, brand):
    _rewritten(brand, **{"word/styles.xml": b"<w:styles"})
    [problem] = problems_of(brand)
    assert problem.startswith("brand.docx: document.template: is not a readable Word document: word/styles.xml: ")


def test_a_template_too_large_unpacked_is_refused_before_any_part_is_read(tmp_path, brand, monkeypatch):
    from generator.writers import opc

    monkeypatch.setattr(template, "INPUT_LIMITS", opc.Limits(unpacked=1000, part=opc.INPUT_LIMITS.part))
    monkeypatch.setattr(opc, "parse", lambda data: pytest.fail("a part was parsed"))
    assert problems_of(brand) == ["brand.docx: document.template: is too large unpacked (over 0 MiB); a template holds styles and a logo"]


LAUGHS = '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{n} "{f"&l{n - 1};" * 10}">' for n in range(1, 10))  # &l9; would be 3 GB


def with_entities(xml: bytes, root: str, entities: str, used: str) -> bytes:
    head, _, rest = xml.decode("utf-8").partition("?>")
    return f"{head}?><!DOCTYPE {root} [{entities}]>{rest.replace(f'</{root}>', f'{used}</{root}>')}".encode()


def test_an_entity_in_a_template_is_never_expanded(tmp_path, brand):
    with zipfile.ZipFile(brand) as source:
        styles = source.read("word/styles.xml")
    _rewritten(brand, **{"word/styles.xml": with_entities(styles, "w:styles", '<!ENTITY lol "lol">', "&lol;")})
    assert template.check(brand, "brand.docx") == []
    styles_part = template.opened(brand, "brand.docx").package.parts["/word/styles.xml"]
    assert "".join(styles_part.tree.itertext()) == "&lol;"  # a reference left as it is, never its text
    _rewritten(brand, **{"word/styles.xml": with_entities(styles, "w:styles", LAUGHS, "&l9;")})
    [problem] = problems_of(brand)  # refused at once, not 3 GB later
    assert problem.startswith("brand.docx: document.template: is not a readable Word document: word/styles.xml: Maximum entity amplification factor exceeded")


def logo_sizes(doc) -> tuple[list[str], list[str]]:
    """The logo's alternative text on the cover and in the header of every later page."""
    return doc.paragraphs[0]._p.xpath(".//wp:docPr/@descr"), doc.sections[0].header._element.xpath(".//wp:docPr/@descr")


def test_a_logo_only_in_the_first_pages_header_is_the_logo(tmp_path):
    path = word_template(tmp_path / "brand.docx", logo=False)
    doc = docx.Document(str(path))
    doc.sections[0].different_first_page_header_footer = True
    doc.sections[0].first_page_header.paragraphs[0].add_run().add_picture(io.BytesIO(png_logo()), width=docx.shared.Cm(3))
    doc.save(path)
    assert logo_sizes(built(tmp_path, DRAFT_EXAMPLE, path)) == (["Strathmore Council logo"], ["Strathmore Council logo"])


def vml_header(brand: Path, shape_id: str, style: str) -> None:
    """The template's header logo drawn as older Word drew pictures: a VML shape."""
    with zipfile.ZipFile(brand) as source:
        header = source.read("word/header1.xml").decode("utf-8")
    rel_id = re.search(r'r:embed="([^"]+)"', header).group(1)
    shape = (f'<w:pict xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
             f'<v:shape id="{shape_id}" type="#_x0000_t75" style="{style}"><v:imagedata r:id="{rel_id}" o:title=""/></v:shape></w:pict>')
    _rewritten(brand, **{"word/header1.xml": re.sub(r"<w:drawing>.*</w:drawing>", shape, header, flags=re.S).encode()})


def test_a_logo_drawn_as_vml_is_the_logo_at_its_size(tmp_path, brand):
    vml_header(brand, "Picture 1", "width:4cm; height:2cm;position:absolute")
    doc = built(tmp_path, DRAFT_EXAMPLE, brand)
    assert logo_sizes(doc) == (["Strathmore Council logo"], ["Strathmore Council logo"])
    assert [int(v) for v in doc.paragraphs[0]._p.xpath(".//wp:extent/@cx | .//wp:extent/@cy")] == [6 * 360000, 3 * 360000]  # 2:1, as drawn


def test_a_picture_watermark_is_not_a_logo(tmp_path, brand):
    vml_header(brand, "WordPictureWatermark835936646", "width:400pt;height:200pt")
    doc = built(tmp_path, DRAFT_EXAMPLE, brand)
    assert logo_sizes(doc) == ([], [])
    assert doc.paragraphs[0].style.name == "Title" and doc.paragraphs[0].text.startswith("Social media policy")
