"""Rendering: "&" and "<" survive, a missing variable is an error, and the compiled path
gives the same document as docxtpl's own render."""

from __future__ import annotations

import io

import jinja2
import pytest
from docx import Document

from clinic_app.core.documents.lint import document_text
from clinic_app.core.documents.render import CompiledTemplate, checkbox, render_naive
from clinic_app.core.documents.watermark import DRAFT_NOTICE, mark_draft

CONTEXT = {
    "name": "José O'Brien & <Sons>",
    "flag": True,
    "case": {"number": "BA-1"},
    "counts": ["PC 459", "HS 11357(b)"],
    "note": "line one\nline two",
}


@pytest.fixture(scope="module")
def template() -> bytes:
    document = Document()
    document.sections[0].header.paragraphs[0].text = "Case {{ case.number }}"
    document.add_paragraph("Name: {{ name }} {{ flag|checkbox }} Smith & Jones")
    document.add_paragraph("{%p if flag %}")
    document.add_paragraph("Shown for {{ name }}")
    document.add_paragraph("{%p endif %}")
    document.add_paragraph("{{ note }}")
    table = document.add_table(rows=3, cols=1)
    table.cell(0, 0).text = "{%tr for code in counts %}"
    table.cell(1, 0).text = "{{ code }}"
    table.cell(2, 0).text = "{%tr endfor %}"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_compiled_rendering_matches_docxtpl(template: bytes) -> None:
    compiled = CompiledTemplate(template).render(CONTEXT)
    assert document_text(compiled) == document_text(render_naive(template, CONTEXT))


def test_ampersands_angle_brackets_and_accents_survive(template: bytes) -> None:
    text = document_text(CompiledTemplate(template).render(CONTEXT))
    assert "Name: José O'Brien & <Sons> ☒ Smith & Jones" in text
    assert "Shown for José O'Brien & <Sons>" in text
    assert "Case BA-1" in text
    assert "PC 459" in text and "HS 11357(b)" in text


def test_a_compiled_template_renders_many_times(template: bytes) -> None:
    compiled = CompiledTemplate(template)
    first = document_text(compiled.render(CONTEXT))
    other = document_text(compiled.render({**CONTEXT, "name": "Ana", "flag": False}))
    assert "Shown for" not in other and "Name: Ana ☐" in other
    assert document_text(compiled.render(CONTEXT)) == first


def test_a_missing_variable_is_an_error_not_a_blank(template: bytes) -> None:
    incomplete = {key: value for key, value in CONTEXT.items() if key != "name"}
    with pytest.raises(jinja2.UndefinedError, match="name"):
        CompiledTemplate(template).render(incomplete)


def test_a_checkbox_takes_only_a_real_boolean() -> None:
    assert (checkbox(True), checkbox(False)) == ("☒", "☐")
    with pytest.raises(TypeError):
        checkbox("yes")


def test_a_draft_is_marked_on_every_page(template: bytes) -> None:
    marked = mark_draft(CompiledTemplate(template).render(CONTEXT))
    document = Document(io.BytesIO(marked))
    header_xml = document.sections[0].header._element.xml
    assert DRAFT_NOTICE in header_xml and "PowerPlusWaterMarkObject" in header_xml
    assert "Case BA-1" in document_text(marked)  # the header's own text is kept
