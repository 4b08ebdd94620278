"""MC-031 Attached Declaration (forms.md §4): the client's own statement for a discretionary
request (interests of justice, good cause), attached to the petition it supports."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from forms.builders.common import (
    BLANK_BOX,
    PERJURY,
    TITLE_PT,
    FormIdentity,
    SignatureLine,
    add_case_box,
    add_signature_block,
    add_text,
    add_text_or_blank_lines,
    box,
    new_form_document,
    new_paragraph,
    space_before,
    tag,
)

MC031 = FormIdentity(
    number="MC-031",
    edition="Rev. July 1, 2005",
    title="ATTACHED DECLARATION",
)
HANDWRITING_LINES = 26


def _add_capacity(document: Document) -> None:
    """Who declares: Petitioner and Defendant are ticked for the client's own statement."""
    paragraph = space_before(new_paragraph(document), 6)
    for index, (label, check) in enumerate(
        (
            ("Attorney for", BLANK_BOX),
            ("Plaintiff", BLANK_BOX),
            ("Petitioner", box("capacity_petitioner")),
            ("Defendant", box("capacity_petitioner")),
            ("Respondent", BLANK_BOX),
            ("Other (specify):", BLANK_BOX),
        )
    ):
        if index:
            add_text(paragraph, "     ")
        add_text(paragraph, check)
        add_text(paragraph, f" {label}")


def build_mc031() -> Document:
    document = new_form_document(MC031)
    add_case_box(
        document,
        [
            ("PLAINTIFF/PETITIONER:", "People of the State of California"),
            ("DEFENDANT/RESPONDENT:", tag("petitioner.name")),
        ],
    )
    title = space_before(new_paragraph(document, "DECLARATION", bold=True, size=TITLE_PT), 10)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note = new_paragraph(
        document,
        "(This form must be attached to another form or court paper before it can be filed in "
        "court.)",
        italic=True,
    )
    note.alignment = WD_ALIGN_PARAGRAPH.CENTER
    note.paragraph_format.space_after = Pt(6)
    add_text_or_blank_lines(document, "declaration_text", HANDWRITING_LINES)
    space_before(new_paragraph(document, PERJURY), 8)
    add_signature_block(
        document,
        "(SIGNATURE OF DECLARANT)",
        name=SignatureLine("(TYPE OR PRINT NAME)", tag("declarant_name")),
    )
    _add_capacity(document)
    return document


TEMPLATES: dict[str, Callable[[], Document]] = {"mc031_declaration.docx": build_mc031}
