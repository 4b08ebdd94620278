"""Proofs of service: the generic criminal one (forms.md §11) and CR-401 for Prop 64 (§6).

No Judicial Council proof of service was found for CR-180, Prop 47 or CR-409, so the generic form
follows Code for America's one-page "Proof of Service for Petition/Application". CR-401's own
layout is unverified; forms.md §6 says to model it on the same form, with service on the
prosecuting agency. Both share one body, written once here.
"""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document
from docx.shared import Inches

from forms.builders.common import (
    BLANK,
    BLANK_BOX,
    INDENT,
    LABEL_PT,
    PERJURY,
    FormIdentity,
    SignatureLine,
    add_fill_in,
    add_guidance,
    add_indented,
    add_item,
    add_loop_rows,
    add_signature_block,
    add_standard_caption,
    add_table,
    add_text,
    box,
    new_form_document,
    new_paragraph,
    space_before,
    tag,
)

GENERIC = FormIdentity(
    number="",
    edition="no number or date",
    title="PROOF OF SERVICE FOR PETITION/APPLICATION",
    approval="Not a Judicial Council form\nModelled on Code for America's proof of service",
    source_note="Typeset by Clean Slate Desk after Code for America's Proof of Service for "
    "Petition/Application (forms.md §11); confirm local practice before filing.",
)
CR401 = FormIdentity(
    number="CR-401",
    edition="revision unverified",
    title="PROOF OF SERVICE FOR PETITION/APPLICATION (HEALTH AND SAFETY CODE, § 11361.8)",
    citation="Health and Safety Code, § 11361.8",
    source_note="Re-typeset by Clean Slate Desk; the official CR-401 layout is unverified "
    "(content follows forms.md §6 and §11): compare with the official form.",
)


def _add_server(document: Document) -> None:
    add_item(
        document,
        "1.",
        "I am at least 18 years old and not a party to this case. My name, address, and "
        "telephone number are:",
        heading="PERSON SERVING.",
    )
    for letter, label, value in (
        ("a.", "Name: ", "server.name"),
        ("b.", "Residence or business address: ", "server.street"),
        ("", "City, state, ZIP code: ", "server.city_state_zip"),
        ("c.", "Telephone number: ", "server.phone"),
    ):
        add_fill_in(add_item(document, letter, label, level=1), value)


def _add_parties_served(document: Document, lead_in: str, rows_on_form: int) -> None:
    """Item 2: a row per party in `served`, padded with empty rows to `rows_on_form`."""
    paragraph = add_item(document, "2.", lead_in + " ", heading="SERVED.")
    add_fill_in(paragraph, "documents", BLANK * 2)
    add_text(paragraph, " on:")
    widths = [Inches(3.0), Inches(4.0)]
    table = add_table(document, widths, indent=INDENT * 2)
    for cell, heading in zip(
        table.rows[0].cells, ("Name of person or office served", "Address"), strict=True
    ):
        new_paragraph(cell, heading, bold=True, size=LABEL_PT)
    cells = [tag("party.name"), tag("party.street") + "\n" + tag("party.city_state_zip")]
    add_loop_rows(table, "party in served", cells, min_height=Inches(0.4))
    padding = f"pad in range({rows_on_form} - served|length)"
    add_loop_rows(table, padding, ["", ""], min_height=Inches(0.4))
    when = add_indented(document, "Date served: ")
    space_before(when, 4)
    add_fill_in(when, "service.date", "_" * 16)
    add_text(when, "     Time served: ")
    add_fill_in(when, "service.time", "_" * 12)


def _add_means(document: Document) -> None:
    add_item(document, "3.", "I served the papers by (check one):", heading="MEANS OF SERVICE.")
    add_item(
        document,
        "a.",
        "I delivered them to the person or office named in item 2: to the attorney personally; "
        "or by leaving them at the office with a receptionist or a person apparently in charge; "
        "or, if no one was there, by leaving them in a conspicuous place in the office between "
        "9 a.m. and 5 p.m.",
        check=box("service.personal"),
        heading="Personal service.",
        level=1,
    )
    add_item(
        document,
        "b.",
        "I put them in a sealed envelope addressed to each person or office named in item 2, "
        "and (check one):",
        check=box("service.mail"),
        heading="Mail.",
        level=1,
    )
    for number, text in (
        ("(1)", "deposited it with the United States Postal Service, with the postage fully "
         "prepaid."),
        ("(2)", "placed it for collection and mailing on the date shown in item 2, following "
         "ordinary business practices. I am readily familiar with this business's practice for "
         "collecting and processing mail: on the day mail is placed for collection, it is "
         "deposited in the ordinary course of business with the United States Postal Service, "
         "in a sealed envelope with postage fully prepaid."),
    ):  # fmt: skip
        add_item(document, number, text, check=BLANK_BOX, level=2)
    mailed = add_indented(
        document,
        "I am a resident of or employed in the county where the mailing took place. "
        "The envelope was mailed from (city and state): ",
        level=4,
    )
    add_fill_in(mailed, "mailed_from")


def _add_declaration(document: Document) -> None:
    space_before(new_paragraph(document, PERJURY), 8)
    add_signature_block(
        document,
        "(SIGNATURE OF DECLARANT)",
        name=SignatureLine("(PRINTED NAME OF DECLARANT)", tag("server.name")),
    )


def _add_service_body(document: Document, lead_in: str, rows_on_form: int) -> None:
    add_guidance(
        document,
        "The petitioner may not serve the papers. Someone who is 18 or older and not a party "
        "serves them and fills out this proof of service.",
        level=0,
    )
    _add_server(document)
    _add_parties_served(document, lead_in, rows_on_form)
    _add_means(document)
    _add_declaration(document)


def build_generic_proof_of_service() -> Document:
    document = new_form_document(GENERIC)
    title = add_standard_caption(document, "PROOF OF SERVICE FOR PETITION/APPLICATION")
    for variable, label in (
        ("box_prop47", "Prop 47 Reduction (Pen. Code, § 1170.18)"),
        ("box_cr180", "CR-180 / CR-181"),
        ("box_prop64", "Prop 64 (Health & Saf. Code, § 11361.8)"),
    ):
        add_item(title, "", label, check=box(variable))
    method = space_before(new_paragraph(title, "Method of service (only one):  "), 3)
    for variable, label in (("service.personal", "Personal service"), ("service.mail", "Mail")):
        add_text(method, box(variable))
        add_text(method, f" {label}    ")
    _add_service_body(
        document,
        "I served a copy of the following papers (for a petition to seal an arrest, serve both "
        "the prosecuting agency and the arresting agency):",
        rows_on_form=2,
    )
    return document


def build_cr401() -> Document:
    document = new_form_document(CR401)
    add_standard_caption(
        document,
        "PROOF OF SERVICE FOR PETITION/APPLICATION",
        "(Health and Safety Code, § 11361.8)\nADULT CRIME(S)",
    )
    _add_service_body(
        document,
        "I served a copy of the following papers on the prosecuting agency (the district "
        "attorney, or the city attorney where it prosecuted the case):",
        rows_on_form=1,
    )
    return document


TEMPLATES: dict[str, Callable[[], Document]] = {
    "proof_of_service.docx": build_generic_proof_of_service,
    "cr401_prop64_proof_of_service.docx": build_cr401,
}
