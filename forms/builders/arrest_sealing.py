"""CR-409 Petition to Seal Arrest and Related Records and CR-410 Order (PC 851.91), forms.md §10.

Both are in the plain-language layout (clerk's column on the right, circled section numbers).
CR-409's sections after 2 are unverified (§10.1): their order here follows the web summaries.
CR-410's boxes are left empty for the court; only the caption and the arrest identifiers are filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.document import Document

from forms.builders.common import (
    BLANK,
    BLANK_BOX,
    BODY_PT,
    INDENT,
    SYMBOL_FONT,
    Container,
    FormIdentity,
    SignatureLine,
    add_blank_lines,
    add_fill_in,
    add_guidance,
    add_indented,
    add_item,
    add_plain_language_caption,
    add_signature_block,
    add_text,
    add_text_or_blank_lines,
    box,
    boxed,
    new_form_document,
    new_paragraph,
    space_before,
    tag,
)

CR409 = FormIdentity(
    number="CR-409",
    edition="Revision date unverified (after New January 1, 2019), Optional Form",
    title="Petition to Seal Arrest and Related Records",
    source_note="Re-typeset by Clean Slate Desk from a web description of CR-409 (revision "
    "unverified; items after 2 unverified, forms.md §10.1); compare with the official form.",
)
CR410 = FormIdentity(
    number="CR-410",
    edition="New January 1, 2019, Optional Form",
    title="Order to Seal Arrest and Related Records",
)
CIRCLED = "\u2460\u2461\u2462\u2463\u2464\u2465\u2466\u2467\u2468"


def _add_section(container: Container, number: int, heading: str) -> None:
    """A plain-language section heading: circled number and bold title."""
    paragraph = space_before(new_paragraph(container), 7)
    paragraph.paragraph_format.keep_with_next = True
    circled = add_text(paragraph, CIRCLED[number - 1] + " ", bold=True, size=BODY_PT + 4)
    circled.font.name = SYMBOL_FONT
    add_text(paragraph, heading, bold=True, size=BODY_PT + 2)


def _add_fields(container: Container, fields: Sequence[tuple[str, str]], level: int = 1) -> None:
    """Labelled fill-ins on one line each: ("Date of arrest:", "arrest.date")."""
    for label, expression in fields:
        add_fill_in(add_indented(container, label + " ", level=level), expression)


# --- CR-409 ----------------------------------------------------------------------------------


def _add_top_notes(left: Container) -> None:
    note = boxed(left)
    new_paragraph(note, "Note to petitioner", bold=True)
    for text in (
        "Read form CR-409-INFO, Information on How to File a Petition to Seal Arrest and Related "
        "Records, before you fill out this form.",
        "Some arrests that did not end in a conviction are sealed automatically by the California "
        "Department of Justice (Pen. Code, § 851.93). A petition may still help you. You may ask "
        "the Department of Justice for a copy of your record (RAP sheet), but you do not have to.",
        "File one petition for each arrest, and fill out every part: an incomplete petition may be "
        "denied.",
    ):
        space_before(new_paragraph(note, text), 2)


def _add_petitioner(left: Container) -> None:
    _add_section(left, 1, "Petitioner's Information")
    _add_fields(
        left,
        (
            ("a. Your name:", "petitioner.name"),
            ("Date of birth:", "petitioner.date_of_birth"),
        ),
    )
    lawyer = add_indented(left, "Your lawyer, if you have one: name: ", level=1)
    # The filer is the lawyer only when there is a bar number (forms/README.md, filer).
    add_fill_in(lawyer, 'filer.name if filer.bar_number else ""')
    add_text(lawyer, "  State Bar No.: ")
    add_fill_in(lawyer, "filer.bar_number", "_" * 10)
    firm = add_indented(left, "Firm name: ", level=1)
    add_fill_in(firm, 'filer.firm if filer.bar_number else ""')
    add_guidance(
        left,
        "b. Address: your lawyer's, if you have one. If you do not, you may give a mailing "
        "address other than your home address to keep it private.",
        level=1,
    )
    _add_fields(
        left,
        (
            ("Street:", "filer.street"),
            ("City, state, ZIP:", "filer.city_state_zip"),
            ("Telephone:", "filer.phone"),
            ("E-mail:", "filer.email"),
        ),
    )


def _add_hearing(document: Document) -> None:
    _add_section(document, 2, "Notice of Court Hearing")
    add_guidance(document, "The court will fill in the hearing information.", level=1)
    hearing = add_indented(document, f"Date: {BLANK}   Time: {BLANK}   Dept.: ______", level=1)
    add_text(hearing, "   Room: ______")
    add_indented(document, "Name and address of court, if different from above:", level=1)
    add_blank_lines(document, 1, INDENT)
    interpreter = add_indented(
        document, "If you need an interpreter, write the language you need: ", level=1
    )
    add_fill_in(interpreter, "interpreter_language")


def _add_arrest(document: Document) -> None:
    _add_section(document, 3, "Information About the Arrest")
    _add_fields(
        document,
        (
            ("a. Date of arrest:", "arrest.date"),
            ("b. Place of arrest (city):", "arrest.location"),
            ("County:", "arrest.county"),
            ("c. Arresting law enforcement agency:", "arrest.agency"),
            ("d. Agency report number:", "arrest.agency_report_number"),
            ("Booking number:", "arrest.booking_number"),
            ("e. Prosecuting agency number, if any:", "arrest.prosecutor_number"),
            ("f. Court case number, if charges were filed:", "arrest.court_case_number"),
        ),
    )
    _add_section(document, 4, "Offenses")
    add_indented(
        document, "List the offenses you were arrested for and any charges filed.", level=1
    )
    offense = add_indented(document, "Code section: ", level=1)
    add_fill_in(offense, "arrest.code")
    add_text(offense, "   Felony, misdemeanor, or infraction: ")
    add_fill_in(offense, "arrest.level")
    add_indented(document, "Other offenses or charges:", level=1)
    add_blank_lines(document, 2, INDENT)


OUTCOMES = (
    ("no_charges", "No charges were filed, and the time to file them (the statute of limitations) "
     "has run out."),
    ("dismissed", "Charges were filed, but they were dismissed and cannot be filed again."),
    ("acquitted", "I was found not guilty (acquitted) of the charges."),
    ("vacated", "I was convicted, but the conviction was vacated or reversed on appeal, and the "
     "charges cannot be filed again."),
)  # fmt: skip


def _add_outcome(document: Document) -> None:
    _add_section(document, 5, "How the Arrest Ended")
    add_indented(document, "Check the box that applies:", level=1)
    for outcome, text in OUTCOMES:
        add_item(document, "", text, check=box(f'arrest.outcome == "{outcome}"'))
    other = add_item(document, "", "Other (describe): ", check=box('arrest.outcome == "diversion"'))
    add_fill_in(
        other,
        '"Charges dismissed after I completed a diversion program." '
        'if arrest.outcome == "diversion" else ""',
    )
    when = add_indented(document, "Date the charges were dismissed or the case ended: ", level=1)
    add_fill_in(when, "arrest.outcome_date", "_" * 14)


def _add_basis(document: Document) -> None:
    _add_section(document, 6, "Why the Arrest Should Be Sealed")
    add_indented(document, "Check one:", level=1)
    add_item(
        document,
        "",
        "I am entitled to have the arrest sealed (Pen. Code, § 851.91(a)).",
        check=box("basis_right"),
        heading="As a matter of right.",
    )
    add_item(
        document,
        "",
        "My arrest is one that may be sealed only in the interests of justice (Pen. Code, "
        "§ 851.91(c)), for example an arrest for domestic violence, child abuse, or elder abuse. "
        "Explain below why sealing would serve the interests of justice (for example hardship, "
        "good character, or what you have done since the arrest). You may attach more pages or "
        "form MC-031, Attached Declaration.",
        check=box("basis_justice"),
        heading="In the interests of justice.",
    )
    add_text_or_blank_lines(document, "explanation", 6, indent=INDENT * 2)


def _add_petitioner_declaration(document: Document) -> None:
    _add_section(document, 7, "Your Signature")
    add_indented(
        document,
        "I declare under penalty of perjury under the laws of the State of California that the "
        "information on this form is true and correct.",
        level=1,
    )
    add_signature_block(
        document,
        "Sign your name",
        name=SignatureLine("Type or print your name", tag("petitioner.name")),
    )


def build_cr409() -> Document:
    document = new_form_document(CR409, plain_language=True)
    left = add_plain_language_caption(document, CR409.title, "(Penal Code, § 851.91)")
    _add_top_notes(left)
    _add_petitioner(left)
    for add_part in (
        _add_hearing,
        _add_arrest,
        _add_outcome,
        _add_basis,
        _add_petitioner_declaration,
    ):
        add_part(document)
    return document


# --- CR-410 ----------------------------------------------------------------------------------


def _add_grant(document: Document) -> None:
    add_item(
        document,
        "",
        "The court finds that the petitioner is eligible for relief under Penal Code section "
        "851.91. The arrest and related records in the matter identified below are sealed under "
        "Penal Code section 851.91, and the arrest is deemed not to have occurred.",
        check=BLANK_BOX,
        heading="The court GRANTS the petition.",
    )
    add_guidance(document, "The matter is identified by:")
    _add_fields(
        document,
        (
            ("Law enforcement agency report number:", "arrest.agency_report_number"),
            ("Prosecuting agency number:", "arrest.prosecutor_number"),
            ("Court case number:", "arrest.court_case_number"),
        ),
        level=2,
    )
    add_indented(document, "Other (specify):", level=2)
    add_blank_lines(document, 1, INDENT * 2)
    effects = add_indented(
        document,
        "The petitioner may answer any question about the arrest as though it had not occurred, "
        "and is released from all penalties and disabilities resulting from the arrest, except:",
    )
    space_before(effects, 4)
    for letter, text in (
        ("a.", "the sealed arrest may be pleaded and proved in any later prosecution;"),
        ("b.", "sealing does not affect any authorization to own, possess, or control a firearm, "
         "or any liability under Penal Code section 29800 and following;"),
        ("c.", "sealing does not lift any bar to holding public office that resulted from the "
         "arrest."),
    ):  # fmt: skip
        add_item(document, letter, text, level=1)


def _add_denial(document: Document) -> None:
    add_item(document, "", "(check one):", check=BLANK_BOX, heading="The court DENIES the petition")
    for text in (
        "The arrest does not qualify for relief under Penal Code section 851.91(a).",
        "The petition does not include the information Penal Code section 851.91(b)(1) requires.",
        "Other (specify):",
    ):
        add_item(document, "", text, check=BLANK_BOX, level=1)
    add_blank_lines(document, 2, INDENT * 4)


def build_cr410() -> Document:
    document = new_form_document(CR410, plain_language=True)
    left = add_plain_language_caption(document, CR410.title, "(Penal Code, §§ 851.91, 851.92)")
    add_guidance(left, "For the court to complete.", level=0)
    space_before(
        new_paragraph(
            left,
            "The court has read the petition to seal arrest and related records (form CR-409) "
            "and orders as follows.",
        ),
        6,
    )
    _add_grant(document)
    _add_denial(document)
    add_signature_block(document, "Judicial Officer", date_expression=None)
    return document


TEMPLATES: dict[str, Callable[[], Document]] = {
    "cr409_petition_to_seal_arrest.docx": build_cr409,
    "cr410_order_to_seal_arrest.docx": build_cr410,
}
