"""`policygen template` and building with an organisation's own Word template, as a user runs them."""

from __future__ import annotations

import shutil

import docx

from generator.writers import template
from helpers import BRAND_FONT, EXAMPLES, invoke, word_template

EXAMPLE = next(p for p in EXAMPLES if p.stem == "strathmore-council")  # a draft that builds without warnings
LOW_CONTRAST = (
    "Warning: brand.docx: document.template: the 'Subtitle' style's text colour #999999 has a contrast of 2.8:1 against white; "
    "text needs at least 4.5:1 to be read easily, so choose a darker colour (Modify Style > Format > Font)\n"
)


def body_font(path) -> str:
    return docx.Document(str(path)).styles.element.xpath("string(w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii)")


def test_template_writes_a_starter_and_never_replaces_a_file(tmp_path):
    result = invoke("template", "brand.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote brand.docx\nNext: restyle it in Word, then run `policygen build policy.yaml --template brand.docx`\n"
    assert (tmp_path / "brand.docx").read_bytes() == template.starter()
    (tmp_path / "brand.docx").write_bytes(b"restyled")
    again = invoke("template", "brand.docx", cwd=tmp_path)
    assert again.exit_code == 1
    assert again.output == "Error: brand.docx: already exists; policygen never replaces a file with a starter template, so give a new file name\n"
    assert (tmp_path / "brand.docx").read_bytes() == b"restyled"


def test_template_wants_a_docx_name(tmp_path):
    result = invoke("template", "brand.dotx", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == "Error: brand.dotx: the template must be a Word document: give a file name ending .docx\n"
    assert list(tmp_path.iterdir()) == []


def test_build_with_template_uses_it(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "policy.yaml")
    word_template(tmp_path / "brand.docx")
    result = invoke("build", "policy.yaml", "--template", "brand.docx", "-o", "policy.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output == "Wrote policy.docx\n"
    assert body_font(tmp_path / "policy.docx") == BRAND_FONT


def test_document_template_is_found_beside_the_answers_file_and_the_option_wins(tmp_path):
    folder = tmp_path / "policies"
    folder.mkdir()
    text = EXAMPLE.read_text(encoding="utf-8").replace("document:\n", "document:\n  template: brand.docx\n", 1)
    (folder / "policy.yaml").write_text(text, encoding="utf-8")
    word_template(folder / "brand.docx")
    result = invoke("build", "policies/policy.yaml", "-o", "out.docx", cwd=tmp_path)  # run from another folder
    assert result.exit_code == 0, result.output
    assert body_font(tmp_path / "out.docx") == BRAND_FONT
    word_template(tmp_path / "other.docx", font="Liberation Serif")
    result = invoke("build", "policies/policy.yaml", "--template", "other.docx", "-o", "out.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert body_font(tmp_path / "out.docx") == "Liberation Serif"


def test_a_missing_template_named_in_the_answers_names_its_line(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("document:\n", "document:\n  template: brand.docx\n", 1)
    (tmp_path / "policy.yaml").write_text(text, encoding="utf-8")
    line = text.splitlines().index("  template: brand.docx") + 1
    result = invoke("build", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == f"Error: policy.yaml:{line}: document.template: no such file: brand.docx (the template is named relative to the answers file)\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["policy.yaml"]


def test_a_template_missing_a_style_fails_naming_the_style_and_writes_nothing(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "policy.yaml")
    word_template(tmp_path / "brand.docx", without_style="TableText")
    result = invoke("build", "policy.yaml", "-o", "out.docx", "-o", "out.md", "--template", "brand.docx", cwd=tmp_path)
    assert result.exit_code == 1
    assert result.output == (
        "Error: brand.docx: document.template: the template has no 'Table Text' style, which the policy uses for table cells; "
        "add it in Word, or start from `policygen template brand.docx`, which has them all, and restyle that\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brand.docx", "policy.yaml"]


def test_validate_checks_the_template_the_answers_name(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8").replace("document:\n", "document:\n  template: brand.docx\n", 1)
    (tmp_path / "policy.yaml").write_text(text, encoding="utf-8")
    word_template(tmp_path / "brand.docx", without_style="Hyperlink")
    result = invoke("validate", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 1
    assert "Error: brand.docx: document.template: the template has no 'Hyperlink' style, which the policy uses for links;" in result.output


def test_low_contrast_is_a_warning_and_strict_makes_it_fail(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "policy.yaml")
    word_template(tmp_path / "brand.docx", colours={"Subtitle": "999999"})
    result = invoke("build", "policy.yaml", "--template", "brand.docx", "-o", "out.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert result.output == LOW_CONTRAST + "Wrote out.docx\n"
    (tmp_path / "out.docx").unlink()
    strict = invoke("build", "policy.yaml", "--template", "brand.docx", "-o", "out.docx", "--strict", cwd=tmp_path)
    assert strict.exit_code == 1
    assert strict.output == LOW_CONTRAST.replace("Warning:", "Error:")
    assert not (tmp_path / "out.docx").exists()


def test_the_template_is_an_input_and_is_never_written_over(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "policy.yaml")
    word_template(tmp_path / "brand.docx")
    before = (tmp_path / "brand.docx").read_bytes()
    result = invoke("build", "policy.yaml", "--template", "brand.docx", "-o", "brand.docx", cwd=tmp_path)
    assert result.exit_code == 1
    assert "Error: brand.docx: is an input of this run" in result.output
    assert (tmp_path / "brand.docx").read_bytes() == before


def test_a_batch_build_uses_the_template_for_every_policy(tmp_path):
    for name in ("a", "b"):
        shutil.copy(EXAMPLE, tmp_path / f"{name}.yaml")
    word_template(tmp_path / "brand.docx")
    result = invoke("build", "a.yaml", "b.yaml", "--out-dir", "built", "--template", "brand.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert [body_font(tmp_path / "built" / f"{name}.docx") for name in ("a", "b")] == [BRAND_FONT, BRAND_FONT]


def test_init_update_adds_the_template_question(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    assert "template:" not in text
    (tmp_path / "policy.yaml").write_text(text, encoding="utf-8")
    result = invoke("init", "--update", "--defaults", "policy.yaml", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    updated = (tmp_path / "policy.yaml").read_text(encoding="utf-8")
    assert "# Do you have your own Word template?" in updated
    assert "\n  template:\n" in updated  # empty: policygen's own look
    assert invoke("build", "policy.yaml", "-o", "out.md", cwd=tmp_path).exit_code == 0


def test_a_batch_of_editions_uses_the_template_for_each(tmp_path):
    shutil.copy(EXAMPLE, tmp_path / "a.yaml")
    word_template(tmp_path / "brand.docx")
    result = invoke("build", "a.yaml", "--out-dir", "built", "--edition", "full", "--edition", "quick", "--template", "brand.docx", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert [body_font(tmp_path / "built" / name) for name in ("a.docx", "a.quick.docx")] == [BRAND_FONT, BRAND_FONT]
