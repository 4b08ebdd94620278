"""Prop 47 petition (PC 1170.18) on pleading paper.

There is no statewide Judicial Council form for Prop 47, so this follows the local-style model of
shared/domain/forms.md §9.1 (title boxes, instructions, conviction information, items 1 and 2,
declaration), plus a good-cause paragraph for petitions filed after the PC 1170.18(j) deadline,
which the local model has no place for. The footer says it is a model: a county may require its
own form (forms.md §9).
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Inches, Pt

from forms.builders.common import BLANK_BOX
from forms.builders.pleading import (
    LINE_PITCH,
    TEXT_WIDTH,
    add_attorney_block,
    add_body_paragraph,
    add_caption,
    add_court_title,
    add_declaration,
    add_grid_table,
    add_heading,
    add_item,
    add_line,
    add_signature_block,
    new_pleading,
)

TITLE = "PETITION FOR RESENTENCING OR REDUCTION TO MISDEMEANOR (PC 1170.18)"
ORDER_TITLE = "[PROPOSED] ORDER ON PETITION FOR RESENTENCING OR REDUCTION (PC 1170.18)"
FOOTER_NOTE = (
    "Clean Slate Desk model of a local Prop 47 form: the county's own form may be required."
)
BLANK = "______________________________"

INSTRUCTION_LINES = 5  # the box's height in numbered lines: its 9 or so single-spaced lines fit
BULLET_INDENT = Inches(0.25)
INSTRUCTIONS = (
    "The petitioner fills in this petition and checks either resentencing or reduction "
    "to misdemeanor.",
    "When the petition is filed, the petitioner must at once give a copy to the District Attorney.",
    "The District Attorney fills in a response, files it, and sends the petitioner a copy.",
    "The court sets a hearing, and gives notice of its date, time and place, if the petitioner "
    "is in county jail or state prison on this case, if the District Attorney says the "
    "petitioner is not eligible, or if either side asks for a hearing.",
)


def build_prop47_petition() -> Document:
    """The whole petition: caption, instructions, conviction facts, items 1-2, declaration."""
    document = new_pleading(TITLE, FOOTER_NOTE)
    add_attorney_block(document)
    add_court_title(document)
    add_caption(
        document,
        [
            "PETITION",
            "{{ resentencing|checkbox }} FOR RESENTENCING\n(PC 1170.18(a))",
            "{{ reduction|checkbox }} FOR REDUCTION TO\nMISDEMEANOR (PC 1170.18(f))",
        ],
    )
    _add_instructions(document)

    add_heading(document, "PETITIONER/CONVICTION INFORMATION")
    add_body_paragraph(
        document,
        'On {{ case.conviction_date or "______________" }}, the petitioner was convicted in this '
        "case of the following felony offense(s), which are now misdemeanors under "
        'Proposition 47: {{ code_sections or "______________________________" }}. '
        "The petitioner was sentenced to: "
        '{{ sentence_imposed or "______________________________" }}.',
    )
    add_body_paragraph(
        document,
        "The petitioner has no prior conviction for an offense listed in Penal Code section "
        "667(e)(2)(C)(iv), and no prior conviction for an offense that requires registration "
        "under Penal Code section 290(c).",
    )
    add_body_paragraph(
        document,
        "The petitioner does not pose an unreasonable risk of danger to public safety, as "
        "defined in Penal Code section 1170.18(c).",
    )

    add_item(
        document,
        "1.  {{ resentencing|checkbox }}",
        "RESENTENCING. The petitioner is currently serving the sentence for the conviction(s) "
        "above and asks the court to recall the felony sentence and resentence the petitioner "
        "to a misdemeanor (PC 1170.18(b), (d)).",
    )
    add_item(
        document,
        "{{ in_custody|checkbox }}",
        "The petitioner is currently held in county jail or state prison.",
        sub=True,
    )
    add_item(
        document,
        "2.  {{ reduction|checkbox }}",
        "REDUCTION TO MISDEMEANOR. The petitioner has completed the sentence for the "
        "conviction(s) above and asks the court to reduce the eligible felony conviction(s) to "
        "misdemeanors (PC 1170.18(f), (g)).",
    )
    add_item(
        document,
        "{{ request_hearing|checkbox }}",
        "Although no hearing is needed, the petitioner requests a hearing.",
        sub=True,
    )
    _add_late_filing(document)

    add_declaration(
        document,
        "I declare under penalty of perjury under the laws of the State of California that the "
        "foregoing is true and correct to the best of my information and belief.",
    )
    add_signature_block(
        document,
        ["(Signature of petitioner or attorney)", "{{ filer.name }}"],
        date_label="Executed on",
    )
    return document


def build_prop47_order() -> Document:
    """A proposed order for the court to complete: the local model's order page is not known
    (forms.md §9.1), so this states only what PC 1170.18 itself provides, with every outcome
    left as an empty box."""
    document = new_pleading(ORDER_TITLE, FOOTER_NOTE)
    add_attorney_block(document)
    add_court_title(document)
    add_caption(
        document,
        [
            "[PROPOSED] ORDER",
            "ON PETITION FOR RESENTENCING",
            "OR REDUCTION TO",
            "MISDEMEANOR (PC 1170.18)",
        ],
    )
    add_body_paragraph(
        document,
        "The court has read the petition of {{ petitioner.name }} for relief under Penal Code "
        "section 1170.18 for the conviction(s) of "
        f'{{{{ code_sections or "{BLANK}" }}}} entered on '
        '{{ case.conviction_date or "______________" }}, and the response of the District '
        "Attorney, and orders as follows (the court checks the boxes that apply):",
    )
    unchecked = BLANK_BOX  # for the court to check
    add_item(document, f"1.  {unchecked}", "The petition is GRANTED.")
    add_item(
        document,
        unchecked,
        "The felony sentence is recalled and the petitioner is resentenced to a misdemeanor "
        "(PC 1170.18(b)).",
        sub=True,
    )
    add_item(
        document,
        unchecked,
        "The felony conviction(s) are designated misdemeanor(s) (PC 1170.18(g)).",
        sub=True,
    )
    add_item(document, f"2.  {unchecked}", f"The petition is DENIED because: {BLANK}")
    add_item(
        document,
        "3.",
        "A conviction resentenced or designated as a misdemeanor under this order is a "
        "misdemeanor for all purposes, except that it does not permit the petitioner to own, "
        "possess, or have custody or control of any firearm (PC 1170.18(k)).",
    )
    add_signature_block(document, ["Judge of the Superior Court"], date_label="Dated:")
    return document


def _add_instructions(document: Document) -> None:
    """The fixed INSTRUCTIONS box, single-spaced (rule 2.108 allows it for such text).

    Its lines are 12 pt, so the box is given a height of whole 24 pt lines (`INSTRUCTION_LINES`,
    with room to spare) to bring the text after it back onto the numbered lines.
    """
    table = add_grid_table(document, [TEXT_WIDTH])
    table.style = document.styles["Table Grid"]
    row = table.rows[0]
    row.height = INSTRUCTION_LINES * LINE_PITCH
    row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    cell = row.cells[0]
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    heading = cell.paragraphs[0]
    heading.add_run("INSTRUCTIONS").bold = True
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraphs = [heading]
    for step in INSTRUCTIONS:
        paragraph = add_line(cell, "\u2022\t" + step, indent=BULLET_INDENT)
        paragraph.paragraph_format.first_line_indent = -BULLET_INDENT
        paragraph.paragraph_format.tab_stops.add_tab_stop(BULLET_INDENT)
        paragraphs.append(paragraph)
    for paragraph in paragraphs:
        paragraph.paragraph_format.line_spacing = Pt(12)
    add_line(document)


def _add_late_filing(document: Document) -> None:
    """Printed only for a petition filed after the 2022-11-04 deadline (PC 1170.18(j))."""
    add_line(document, "{%p if late_filing %}")
    add_body_paragraph(
        document,
        "LATE FILING (PC 1170.18(j)). This petition is filed after November 4, 2022, the "
        "deadline set by Penal Code section 1170.18(j). Good cause for filing it now is shown "
        "in the attached declaration.",
    )
    add_line(document, "{%p endif %}")


TEMPLATES: dict[str, Callable[[], Document]] = {
    "prop47_petition.docx": build_prop47_petition,
    "prop47_order.docx": build_prop47_order,
}
