"""CR-180 Petition for Dismissal and CR-181 Order for Dismissal (forms.md §1, §2, §3).

Wording is paraphrased from forms.md; item numbers and boxes follow CR-180 [Rev. January 1, 2019]
and CR-181 [Rev. January 1, 2017]. The petition's boxes come from the decision (the context's
`item2` ... `item6`); the order's boxes are left empty for the court.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from docx.document import Document
from docx.shared import Inches, Length

from forms.builders.common import (
    BLANK,
    BLANK_BOX,
    BODY_PT,
    INDENT,
    LABEL_PT,
    PERJURY,
    Container,
    FormIdentity,
    SignatureLine,
    add_blank_lines,
    add_captioned_lines,
    add_control,
    add_fill_in,
    add_guidance,
    add_indented,
    add_item,
    add_loop_rows,
    add_signature_block,
    add_standard_caption,
    add_table,
    add_text,
    add_text_or_blank_lines,
    box,
    new_form_document,
    new_paragraph,
    space_before,
    tag,
)

CR180 = FormIdentity(
    number="CR-180",
    edition="Rev. January 1, 2019",
    title="PETITION FOR DISMISSAL",
    citation="Penal Code, §§ 17, 1203.4, 1203.4a,\n1203.41, 1203.42, 1203.43, 1203.49",
)
CR181 = FormIdentity(
    number="CR-181",
    edition="Rev. January 1, 2017",
    title="ORDER FOR DISMISSAL",
    citation="Penal Code, §§ 17(b), 17(d)(2), 1203.4,\n1203.4a, 1203.41, 1203.43, 1203.49",
)

# --- CR-180 ----------------------------------------------------------------------------------

COUNT_ROWS_ON_FORM = 5
COUNT_COLUMNS: Sequence[tuple[str, Length, str]] = (
    ("Code", Inches(0.7), "code_family"),
    ("Section", Inches(1.35), "section"),
    ("Type of offense\n(felony, misdemeanor, or infraction)", Inches(1.8), "level"),
    ("Eligible for reduction to misdemeanor\nunder Pen. Code, § 17(b)\n(yes or no)",
     Inches(1.7), "reduce_17b"),
    ("Eligible for reduction to infraction\nunder Pen. Code, § 17(d)(2)\n(yes or no)",
     Inches(1.7), "reduce_17d2"),
)  # fmt: skip
IN_THE_INTERESTS_OF_JUSTICE = (
    "You may explain below why relief would be in the interests of justice, attach a letter or "
    "other documents, or attach form MC-031, Attached Declaration."
)
# The one `explanation` is printed once, in the space of the first discretionary item checked;
# item 6's space also takes it when none of 2, 3 or 5 is (item 6 itself, or a 17(b) request).
_CLAIMED_BEFORE = ("item2", "item3", "item5 or item5_state_prison")


def _explanation_condition(position: int) -> str:
    earlier = " or ".join(_CLAIMED_BEFORE[:position])
    if position == len(_CLAIMED_BEFORE):
        return f"not ({earlier})"
    own = f"({_CLAIMED_BEFORE[position]})"
    return f"{own} and not ({earlier})" if earlier else own


def _add_explanation_space(document: Document, position: int, lines: int = 7) -> None:
    add_guidance(document, IN_THE_INTERESTS_OF_JUSTICE)
    add_text_or_blank_lines(
        document,
        "explanation",
        lines,
        condition=_explanation_condition(position),
        indent=INDENT * 2,
    )


def add_counts_table(document: Document, counts: str, *, pad_to: int = 0) -> None:
    """Item 1's columns, a row per count of `counts`, padded with empty rows to `pad_to`."""
    widths = [width for _, width, _ in COUNT_COLUMNS]
    table = add_table(document, widths, indent=INDENT)
    for cell, (heading, _, _) in zip(table.rows[0].cells, COUNT_COLUMNS, strict=True):
        new_paragraph(cell, heading, bold=True, size=LABEL_PT)
    row_height = Inches(0.2)
    values = [tag(f"count.{key}") for _, _, key in COUNT_COLUMNS]
    add_loop_rows(table, f"count in {counts}", values, min_height=row_height)
    if pad_to:
        blanks = [""] * len(COUNT_COLUMNS)
        padding = f"pad in range({pad_to} - {counts}|length)"
        add_loop_rows(table, padding, blanks, min_height=row_height)


def _add_item_1(document: Document) -> None:
    paragraph = add_item(document, "1.", "On (date): ")
    add_fill_in(paragraph, "case.conviction_date", "_" * 14)
    add_text(
        paragraph,
        ", the petitioner was convicted of, or was granted deferred entry of judgment for, "
        "the following offenses:",
    )
    add_counts_table(document, "case.counts", pad_to=COUNT_ROWS_ON_FORM)
    note = add_guidance(
        document, "If there are more than five offenses, list the others on form MC-025. ", level=1
    )
    add_text(
        note,
        tag('"Offenses 6 and up are listed in Attachment 1." if case.overflow_counts else ""'),
        bold=True,
        size=BODY_PT - 0.5,
    )


def _add_item_2(document: Document) -> None:
    add_item(
        document,
        "2.",
        check=box("item2"),
        heading="FELONY OR MISDEMEANOR WITH PROBATION GRANTED (Pen. Code, § 1203.4)",
    )
    add_indented(
        document,
        "Probation was granted on the terms shown in the court's docket. The petitioner is not "
        "serving a sentence for any offense, is not on probation for any offense, and is not "
        "charged with the commission of any crime, and (check all that apply):",
    )
    for letter, name, text in (
        ("a.", "item2a", "has fulfilled the conditions of probation for the entire period."),
        ("b.", "item2b", "was discharged from probation before the end of the probation period."),
        ("c.", "item2c", "should be granted relief in the interests of justice."),
    ):
        add_item(document, letter, text, check=box(name), level=1)
    _add_explanation_space(document, 0, lines=10)


def _add_item_3(document: Document) -> None:
    add_item(
        document,
        "3.",
        check=box("item3"),
        heading="MISDEMEANOR OR INFRACTION WITH SENTENCE OTHER THAN PROBATION "
        "(Pen. Code, § 1203.4a)",
    )
    add_indented(
        document,
        "Probation was not granted. More than one year has passed since judgment was pronounced. "
        "The petitioner has fully complied with the sentence of the court, is not serving a "
        "sentence for any offense, and is not charged with the commission of any crime, and "
        "(check one):",
    )
    add_item(
        document,
        "a.",
        "has lived an honest and upright life and has obeyed the laws of the land since "
        "judgment was pronounced.",
        check=box("item3a"),
        level=1,
    )
    add_item(
        document,
        "b.",
        "should be granted relief in the interests of justice.",
        check=box("item3b"),
        level=1,
    )
    _add_explanation_space(document, 1)


def _add_item_4(document: Document) -> None:
    """PC 1203.49: the rules only flag it for an attorney (remedies.md §12), who may approve it."""
    add_item(
        document,
        "4.",
        check=box("item4"),
        heading="MISDEMEANOR CONVICTION UNDER PENAL CODE SECTION 647(b) (Pen. Code, § 1203.49)",
    )
    add_indented(
        document,
        "The petitioner has completed probation for a conviction under Penal Code section "
        "647(b) and can show by clear and convincing evidence that the conviction was the result "
        "of his or her status as a victim of human trafficking.",
    )
    add_guidance(
        document,
        "Explain below, attach a letter or other documents, or attach form MC-031, "
        "Attached Declaration.",
    )
    add_blank_lines(document, 4, INDENT * 2)


def _add_item_5(document: Document) -> None:
    add_item(
        document,
        "5.",
        check=box("item5"),
        heading="FELONY COUNTY JAIL SENTENCE UNDER PENAL CODE SECTION 1170(h)(5) "
        "(Pen. Code, § 1203.41)",
    )
    add_indented(
        document,
        "The petitioner is not under supervision under Penal Code section 1170(h)(5)(B); is not "
        "serving a sentence for, on probation for, or charged with the commission of any "
        "offense; relief would be in the interests of justice; and (check one):",
    )
    add_item(
        document,
        "a.",
        "more than one year has passed since the petitioner completed a felony county jail "
        "sentence with mandatory supervision (Pen. Code, § 1170(h)(5)(B)).",
        check=box("item5a"),
        level=1,
    )
    add_item(
        document,
        "b.",
        "more than two years have passed since the petitioner completed a felony county jail "
        "sentence without mandatory supervision (Pen. Code, § 1170(h)(5)(A)).",
        check=box("item5b"),
        level=1,
    )
    add_control(document, "if item5_state_prison")
    state_prison = add_indented(document)
    add_text(state_prison, "Typed note (this revision of the form has no box for it): ", bold=True)
    add_text(
        state_prison,
        "the petitioner requests relief under Penal Code section 1203.41 after completing a "
        "sentence in state prison, as that section was amended by Senate Bill 731.",
    )
    add_control(document, "endif")
    _add_explanation_space(document, 2)


def _add_item_6(document: Document) -> None:
    add_item(
        document,
        "6.",
        check=box("item6"),
        heading="FELONY PRISON SENTENCE FOR AN OFFENSE THAT WOULD HAVE BEEN ELIGIBLE FOR A "
        "COUNTY JAIL SENTENCE UNDER PENAL CODE SECTION 1170(h)(5) AFTER 2011 "
        "(Pen. Code, § 1203.42)",
    )
    add_indented(
        document,
        "The petitioner is not under supervision; is not serving a sentence for, on probation "
        "for, or charged with the commission of any offense; more than two years have passed "
        "since the petitioner completed the prison sentence; and relief would be in the "
        "interests of justice.",
    )
    _add_explanation_space(document, 3)


def _add_item_7(document: Document) -> None:
    """Deferred entry of judgment has no remedy in v1: empty boxes and a blank date (§1)."""
    add_item(
        document,
        "7.",
        f"The petitioner performed satisfactorily in deferred entry of judgment, and the charges "
        f"were dismissed under former Penal Code section 1000.3 on (date): {BLANK}. (Check one):",
        check=BLANK_BOX,
        heading="DEFERRED ENTRY OF JUDGMENT (Pen. Code, § 1203.43)",
    )
    add_item(
        document,
        "a.",
        "Court records showing the resolution of the case are available.",
        check=BLANK_BOX,
        level=1,
    )
    add_item(
        document,
        "b.",
        "The petitioner declares under penalty of perjury that the charges were dismissed after "
        "deferred entry of judgment was completed, and (check one):",
        check=BLANK_BOX,
        level=1,
    )
    attached = add_indented(document, level=4)
    add_text(attached, "(1) ")
    add_text(attached, BLANK_BOX)
    add_text(attached, " has     (2) ")
    add_text(attached, BLANK_BOX)
    add_text(attached, " has not attached a copy of his or her state summary criminal history.")


def _add_items_8_and_9(document: Document) -> None:
    add_item(
        document,
        "8.",
        "The petitioner asks the court to reduce to misdemeanors the felony offenses listed in "
        "item 1 that are eligible under Penal Code section 17(b), and to reduce to infractions "
        "the misdemeanor offenses listed in item 1 that are eligible under Penal Code section "
        "17(d)(2).",
    )
    add_item(
        document,
        "9.",
        "The petitioner asks the court to allow the petitioner to withdraw the plea of guilty or "
        "nolo contendere, or to set aside the verdict or finding of guilt; to enter a plea of not "
        "guilty; and to dismiss the action under the Penal Code section or sections checked "
        "above.",
    )


def _add_petitioner_signature(document: Document) -> None:
    space_before(new_paragraph(document, PERJURY), 8)
    add_signature_block(document, "(SIGNATURE OF PETITIONER OR ATTORNEY)")
    add_captioned_lines(
        document,
        [
            SignatureLine("(ADDRESS OF PETITIONER)", tag("petitioner.street")),
            SignatureLine("(CITY, STATE, ZIP CODE)", tag("petitioner.city_state_zip")),
        ],
    )


def _add_attachment(document: Document) -> None:
    """Counts 6 and up on an MC-025-style page, only when there are any (§3)."""
    add_control(document, "if case.overflow_counts")
    heading = new_paragraph(document, "ATTACHMENT 1 (to CR-180)", bold=True, size=11)
    heading.paragraph_format.page_break_before = True
    new_paragraph(
        document,
        "Continuation of item 1: offenses 6 and up. (Attachment in the form of MC-025; it may be "
        "used with any Judicial Council form.)",
        italic=True,
    )
    space_before(new_paragraph(document), 4)
    add_counts_table(document, "case.overflow_counts")
    add_guidance(
        document,
        "If the item that this attachment continues is made under penalty of perjury, all "
        "statements in this attachment are made under penalty of perjury.",
        level=0,
    )
    add_control(document, "endif")


def build_cr180() -> Document:
    document = new_form_document(CR180)
    add_standard_caption(
        document,
        "PETITION FOR DISMISSAL",
        "(Pen. Code, §§ 17(b), 17(d)(2), 1203.4, 1203.4a, 1203.41, 1203.42, 1203.43, 1203.49)",
        date_of_birth=True,
        hearing_block=True,
    )
    for add_part in (
        _add_item_1,
        _add_item_2,
        _add_item_3,
        _add_item_4,
        _add_item_5,
        _add_item_6,
        _add_item_7,
        _add_items_8_and_9,
        _add_petitioner_signature,
        _add_attachment,
    ):
        add_part(document)
    return document


# --- CR-181 ----------------------------------------------------------------------------------

DISMISSAL_SECTIONS = ("§ 1203.4", "§ 1203.4a", "§ 1203.41", "§ 1203.43", "§ 1203.49")


def _add_choices(container: Container, choices: Sequence[str], *, level: int = 1) -> None:
    """Empty boxes side by side on one line: "☐ § 1203.4   ☐ § 1203.4a ..."."""
    paragraph = add_indented(container, level=level + 1)
    for index, choice in enumerate(choices):
        add_text(paragraph, ("     " if index else "") + BLANK_BOX)
        add_text(paragraph, " " + choice)


def _add_which_convictions(document: Document, all_choices: Sequence[str], only: str) -> None:
    """The (check one) list of an order item: all of a kind, or only those specified."""
    for choice in all_choices:
        add_item(document, "", choice, check=BLANK_BOX, level=1)
    add_item(document, "", only, check=BLANK_BOX, level=1)
    add_blank_lines(document, 2, INDENT * 4)


def _add_order_items(document: Document) -> None:
    reduction_choices = (
        "ALL FELONY CONVICTIONS in this action.",
        "ALL MISDEMEANOR CONVICTIONS in this action.",
    )
    only_following = "Only the following convictions (specify charges and date of conviction):"
    for number, verb in (("1.", "GRANTS"), ("2.", "DENIES")):
        add_item(
            document,
            number,
            "reduction of the felony to a misdemeanor under Penal Code section 17(b)"
            + (" (the maximum term is 364 days; Pen. Code, § 18.5)" if verb == "GRANTS" else "")
            + " and/or of the misdemeanor to an infraction under Penal Code section 17(d)(2), "
            "for (check one):",
            check=BLANK_BOX,
            heading=f"The court {verb}",
        )
        _add_which_convictions(document, reduction_choices, only_following)
    add_item(
        document, "3.", "dismissal under Penal Code", check=BLANK_BOX, heading="The court GRANTS"
    )
    _add_choices(document, DISMISSAL_SECTIONS)
    add_indented(
        document,
        "The pleas of guilty or nolo contendere, or the verdicts or findings of guilt, are set "
        "aside and vacated; a plea of not guilty is entered; and the complaint or information is "
        "dismissed, for (check one):",
    )
    _add_which_convictions(
        document,
        ("ALL CONVICTIONS OR PLEAS FOR DEFERRED ENTRY OF JUDGMENT in this action.",),
        "Only the following (specify charges and date of conviction or of the plea for deferred "
        "entry of judgment):",
    )
    add_item(
        document, "4.", "dismissal under Penal Code", check=BLANK_BOX, heading="The court DENIES"
    )
    _add_choices(document, DISMISSAL_SECTIONS)
    add_indented(document, "for (check one):")
    _add_which_convictions(
        document,
        ("ALL CONVICTIONS in this action.",),
        "Only the following (specify charges and date of conviction):",
    )
    add_item(
        document,
        "5.",
        "The court finds that the petitioner was a victim of human trafficking when the crime "
        "was committed, and orders (check one):",
        check=BLANK_BOX,
        heading="(Pen. Code, § 1203.49)",
    )
    add_item(
        document,
        "a.",
        "the relief described in Penal Code section 1203.4.",
        check=BLANK_BOX,
        level=1,
    )
    add_item(
        document,
        "b.",
        "the relief described in Penal Code section 1203.4, with these exceptions (specify):",
        check=BLANK_BOX,
        level=1,
    )
    add_blank_lines(document, 2, INDENT * 4)


def _add_advisements(document: Document) -> None:
    add_item(document, "6.", "If relief is granted under Penal Code section 1203.4 or 1203.41:")
    add_item(
        document,
        "a.",
        "The conviction must still be disclosed in response to a direct question in any "
        "questionnaire or application for public office, for licensure by any state or local "
        "agency, or for contracting with the California State Lottery Commission.",
        level=1,
    )
    add_item(
        document,
        "b.",
        "The dismissal does not automatically relieve the petitioner of the duty to register as a "
        "sex offender (see Pen. Code, § 290.5).",
        level=1,
    )
    for number, text in (
        (
            "7.",
            "If relief is granted under Penal Code section 1203.49, the Department of Justice is "
            "notified of the court's finding that the petitioner was a victim of human trafficking "
            "and of the relief ordered.",
        ),
        (
            "8.",
            "If relief is granted under Penal Code section 1203.4, 1203.4a, 1203.41, or 1203.49, "
            "the petitioner is released from all penalties and disabilities resulting from the "
            "offense, except as provided in Penal Code sections 29800 and 29900 (formerly 12021 "
            "and 12021.1) and Vehicle Code section 13555. The prior conviction may be pleaded and "
            "proved in any later prosecution. This order does not allow the petitioner to own or "
            "possess a firearm if those sections forbid it, or to hold public office if the "
            "conviction bars it.",
        ),
        (
            "9.",
            "Relief under Penal Code section 17(b), 17(d)(2), 1203.4, 1203.4a, 1203.41, or "
            "1203.49 does not relieve the petitioner of the separate duty to provide DNA samples "
            "and print impressions under the DNA and Forensic Identification Database and Data "
            "Bank Act (Pen. Code, § 295 et seq.) for a qualifying offense (Pen. Code, § 296(a)). "
            "(Pen. Code, § 299(f).)",
        ),
        (
            "10.",
            "A dismissal under Penal Code section 1203.43 rests on the invalidity of the earlier "
            "plea, which resulted from misinformation in former Penal Code section 1000.4 about "
            "the consequences of the plea and of completing deferred entry of judgment.",
        ),
    ):
        add_item(document, number, text)


def build_cr181() -> Document:
    document = new_form_document(CR181)
    add_standard_caption(
        document,
        "ORDER FOR DISMISSAL",
        "(Pen. Code, §§ 17(b), 17(d)(2), 1203.4, 1203.4a, 1203.41, 1203.43, 1203.49)",
        date_of_birth=True,
    )
    intro = new_paragraph(
        document,
        "The court has read and considered the petition and the records of the court, finds that "
        "the petitioner is eligible for the relief requested below, and orders as follows:",
    )
    space_before(intro, 6)
    _add_order_items(document)
    _add_advisements(document)
    add_signature_block(document, "(JUDICIAL OFFICER)", date_expression=None)
    return document


TEMPLATES: dict[str, Callable[[], Document]] = {
    "cr180_petition_for_dismissal.docx": build_cr180,
    "cr181_order_for_dismissal.docx": build_cr181,
}
