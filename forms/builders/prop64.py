"""CR-400 Petition/Application and CR-403 Order After Petition/Application, HS 11361.8.

CR-400 follows forms.md §5 (New July 1, 2017). CR-403's item list is unverified (forms.md §8):
the outcome boxes here are the ones the web summaries describe, all left empty for the court,
and the form says so in print.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document

from forms.builders.common import (
    BLANK_BOX,
    INDENT,
    LABEL_PT,
    FormIdentity,
    add_blank_lines,
    add_guidance,
    add_indented,
    add_item,
    add_signature_block,
    add_standard_caption,
    add_text,
    box,
    boxed,
    new_form_document,
    new_paragraph,
    space_before,
)

CR400 = FormIdentity(
    number="CR-400",
    edition="New July 1, 2017",
    title="PETITION/APPLICATION (HEALTH AND SAFETY CODE, § 11361.8)—ADULT CRIME(S)",
    citation="Health and Safety Code, § 11361.8\nwww.courts.ca.gov",
)
CR403 = FormIdentity(
    number="CR-403",
    edition="revision unverified",
    title="ORDER AFTER PETITION/APPLICATION (HEALTH AND SAFETY CODE, § 11361.8)—ADULT CRIMES",
    citation="Health and Safety Code, § 11361.8\nwww.courts.ca.gov",
    source_note="Re-typeset by Clean Slate Desk; the official CR-403 item list is unverified "
    "(forms.md §8): compare with the official form.",
)
PROP64_SUBTITLE = "(Health and Safety Code, § 11361.8)\nADULT CRIME(S)"
CANNABIS_SECTIONS = (
    ("s11357", "11357", "possession"),
    ("s11358", "11358", "cultivation"),
    ("s11359", "11359", "possession for sale"),
    ("s11360", "11360", "transportation, distribution, or importation"),
    ("s11362_1", "11362.1", "personal use"),
)


def build_cr400() -> Document:
    document = new_form_document(CR400)
    title = add_standard_caption(
        document, "PETITION/APPLICATION", PROP64_SUBTITLE, hearing_block=True
    )
    space_before(new_paragraph(title, "(Check one)", italic=True, size=LABEL_PT), 3)
    add_item(title, "", "RESENTENCING OR DISMISSAL (Health & Saf. Code, § 11361.8(b))",
             check=box("route_b"))  # fmt: skip
    add_item(title, "", "REDESIGNATION OR DISMISSAL/SEALING (Health & Saf. Code, § 11361.8(f))",
             check=box("route_f"))  # fmt: skip
    add_item(
        document,
        "1.",
        "The petitioner/applicant was convicted in this case of a violation of Health and "
        "Safety Code section (check all that apply):",
        heading="CONVICTION INFORMATION.",
    )
    for variable, section, conduct in CANNABIS_SECTIONS:
        add_item(document, "", f"{section} ({conduct})", check=box(variable), level=1)
    add_item(document, "2.", "(check all that apply)", heading="REQUEST.")
    add_item(
        document,
        "",
        "The petitioner is currently serving a sentence in this case and asks the court to "
        "recall or dismiss the sentence, or to resentence the petitioner (Health & Saf. Code, "
        "§ 11361.8(b)).",
        check=box("petition"),
        heading="PETITION:",
        level=1,
    )
    add_item(
        document,
        "",
        "The applicant has completed the sentence in this case and asks the court to dismiss "
        "and seal, or to redesignate, the conviction(s) (Health & Saf. Code, § 11361.8(f)).",
        check=box("application"),
        heading="APPLICATION:",
        level=1,
    )
    add_item(
        document,
        "3.",
        "The petitioner/applicant gives up the right to have the judge who originally imposed "
        "the sentence hear this petition/application, so that the presiding judge may assign "
        "any judge.",
        check=box("waive_original_judge"),
        heading="WAIVER OF HEARING BY ORIGINAL SENTENCING JUDGE.",
    )
    add_item(
        document,
        "4.",
        "The petitioner/applicant understands the right to be present at any hearing on this "
        "petition/application and gives up that right, so that the matter may be heard "
        "without him or her.",
        check=box("waive_appearance"),
        heading="WAIVER OF APPEARANCE.",
    )
    space_before(new_paragraph(document), 6)
    add_signature_block(document, "(SIGNATURE OF PETITIONER/APPLICANT)")
    space_before(new_paragraph(document), 10)
    note = boxed(document)
    new_paragraph(
        note,
        "Form CR-401, Proof of Service for Petition/Application, may be used to show that this "
        "petition/application was served on the prosecuting agency.",
        bold=True,
    )
    return document


def build_cr403() -> Document:
    document = new_form_document(CR403)
    title = add_standard_caption(document, "ORDER AFTER PETITION/APPLICATION", PROP64_SUBTITLE)
    unverified = space_before(new_paragraph(title), 3)
    add_text(
        unverified,
        "Outcome items follow forms.md §8 (unverified against the official CR-403)",
        italic=True,
        size=LABEL_PT,
    )
    add_guidance(document, "For the court to complete.", level=0)
    intro = add_item(document, text="The court has considered the ")
    add_text(intro, BLANK_BOX)
    add_text(intro, " petition (Health & Saf. Code, § 11361.8(b))   ")
    add_text(intro, BLANK_BOX)
    add_text(
        intro,
        " application (Health & Saf. Code, § 11361.8(f)) and the records of the court, and "
        "orders as follows for the convictions specified:",
    )
    for number, heading, text in (
        ("1.", "RESENTENCED.", "The sentence is recalled and the petitioner is resentenced as "
         "follows (specify convictions and sentence):"),
        ("2.", "REDESIGNATED.", "The following convictions are redesignated as misdemeanors or "
         "infractions (specify each conviction and its new designation):"),
        ("3.", "DISMISSED AND SEALED.", "The following convictions are dismissed and sealed "
         "(specify):"),
        ("4.", "DENIED.", "The petition/application is denied for the following convictions "
         "(specify convictions and reasons):"),
    ):  # fmt: skip
        add_item(document, number, text, check=BLANK_BOX, heading=heading)
        add_blank_lines(document, 4, INDENT * 2)
    add_indented(document, level=0)
    add_signature_block(document, "(JUDICIAL OFFICER)", date_expression=None)
    return document


TEMPLATES: dict[str, Callable[[], Document]] = {
    "cr400_prop64_petition.docx": build_cr400,
    "cr403_prop64_order.docx": build_cr403,
}
