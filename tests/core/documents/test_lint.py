"""Every template passes the linter with real contexts; the linter catches what it should."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable

import pytest
from docx import Document

from clinic_app.core.documents.lint import lint_template
from clinic_app.core.documents.packet import plan_packet
from clinic_app.core.model import Client, Language
from clinic_app.core.resources import forms_dir
from clinic_app.core.rules.engine import Evaluation
from tests.core.documents.conftest import DETAILS, SETTINGS, TODAY

TRICKY_NAME = "O'Brien-Núñez & <Hijos>"


def template_contexts(client: Client, evaluation: Evaluation) -> dict[str, list[dict]]:
    """Real contexts for every template: a draft packet in Spanish and in English."""
    found: dict[str, list[dict]] = defaultdict(list)
    for language in Language:
        person = client.model_copy(update={"preferred_language": language})
        packet = plan_packet(person, evaluation, {}, SETTINGS, DETAILS, today=TODAY, draft=True)
        for document in packet.documents:
            found[document.template].append(document.context)
    return found


def test_every_template_is_filled_by_some_packet(client, evaluation) -> None:
    templates = {path.name for path in forms_dir().glob("*.docx")}
    assert set(template_contexts(client, evaluation)) == templates


def test_every_template_passes_the_linter(client, evaluation) -> None:
    problems = []
    for name, contexts in sorted(template_contexts(client, evaluation).items()):
        source = (forms_dir() / name).read_bytes()
        problems += lint_template(name, source, contexts, expected_text=TRICKY_NAME)
    assert [str(p) for p in problems] == []


# --- the linter itself, on small templates made here ------------------------------------------


def docx_with(*paragraphs: str, table_rows: tuple[str, ...] = ()) -> bytes:
    document = Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=2)
        for row, text in zip(table.rows, table_rows, strict=True):
            row.cells[0].text = text
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def messages(source: bytes, context: dict | None = None) -> list[str]:
    return [
        p.message
        for p in lint_template(
            "t.docx", source, [context or {"name": "A & B"}], expected_text="A & B"
        )
    ]


def test_a_clean_template_has_no_problem() -> None:
    assert messages(docx_with("Name: {{ name }}", "{%p if name %}", "Shown", "{%p endif %}")) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (lambda: docx_with("Before {%p if name %}", "x", "{%p endif %}"), "shares its p"),
        (
            lambda: docx_with(
                "{{ name }}", table_rows=("{%tr for x in [1] %} extra", "{{ x }}", "{%tr endfor %}")
            ),
            "shares its tr",
        ),
        (lambda: docx_with("{{ name }} {{ other\u2013name }}"), "typographic dash"),
        (lambda: docx_with("{{ name }} {{ \u201cquoted\u201d }}"), "typographic dash or quote"),
        (lambda: docx_with("{{ name }} {{ nmae }}"), "unknown variable 'nmae'"),
        (lambda: docx_with("{{ name }} {% if %}"), "Jinja syntax error"),
    ],
)
def test_the_linter_reports(source: Callable[[], bytes], expected: str) -> None:
    assert any(expected in message for message in messages(source()))


def test_a_template_that_loses_the_name_is_reported() -> None:
    found = messages(docx_with("{{ name[:2] }}"))
    assert any("missing or mangled" in message for message in found)
