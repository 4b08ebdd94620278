"""The parts every Judicial Council-style form shares, written once.

A form builder composes these: the page (Letter, 0.5 in margins, Arial 9 pt), the standard caption
of forms.md §0.1, the plain-language caption of CR-409/CR-410, checkbox items, fill-in lines,
captioned signature lines, the short header of continuation pages and the footers.

Every Jinja tag is written as a single run (`add_tag`, `add_control`), which is what keeps it whole
when docxtpl renders it (shared/tech-notes.md §3.1). The small page-number and field helpers are
general on purpose: the pleading-paper and letter builders use them too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import _Footer, _Header
from docx.shared import Emu, Inches, Length, Pt
from docx.table import Table, _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run

Container = Document | _Cell | _Header | _Footer

FONT = "Arial"
# Arial has no ballot-box glyphs; Word finds them in Segoe UI Symbol, LibreOffice in its fallback.
SYMBOL_FONT = "Segoe UI Symbol"
BODY_PT = 9.0
LABEL_PT = 7.0
TITLE_PT = 11.0
PAGE_WIDTH = Inches(8.5)
PAGE_HEIGHT = Inches(11)
MARGIN = Inches(0.5)
TEXT_WIDTH = Emu(PAGE_WIDTH - 2 * MARGIN)
INDENT = Inches(0.25)  # one level of item indentation
BLANK = "_" * 24  # printed for a value not known yet, so it can be written in by hand
BLANK_BOX = "\u2610"  # an empty box printed for the court (or the filer) to tick by hand
LINE_PITCH = Pt(19)  # height of a handwriting line

# Child order that Word's schema requires inside the property elements we edit.
_TBL_PR_ORDER = (
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd", "w:tblBorders",
    "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
)  # fmt: skip
_TC_PR_ORDER = (
    "w:cnfStyle", "w:tcW", "w:gridSpan", "w:hMerge", "w:vMerge", "w:tcBorders", "w:shd",
    "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark",
)  # fmt: skip
_P_PR_ORDER = (
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr", "w:widowControl",
    "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd", "w:tabs", "w:suppressAutoHyphens",
    "w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE",
    "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind",
    "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection",
    "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
)  # fmt: skip


@dataclass(frozen=True)
class FormIdentity:
    """What the header and footers print about a form."""

    number: str  # "CR-180": top right of every page ("" for a form with no number)
    edition: str  # "Rev. January 1, 2019", printed in brackets after the number
    title: str  # the footer's title
    citation: str = ""  # statutes cited at the footer's right
    approval: str = "Form Approved for Optional Use\nJudicial Council of California"
    source_note: str = ""  # overrides the re-typeset note (for a form that is not the Council's)

    @property
    def number_and_edition(self) -> str:
        return f"{self.number} [{self.edition}]" if self.number else ""

    @property
    def retypeset_note(self) -> str:
        return self.source_note or (
            f"Re-typeset by Clean Slate Desk from {self.number_and_edition}; "
            "compare with the official form."
        )


# --- runs, tags and fields ------------------------------------------------------------------


def tag(expression: str) -> str:
    """`{{ expression }}`: a value printed as it is."""
    return "{{ " + expression + " }}"


def box(expression: str) -> str:
    """A box ticked from a boolean (the render environment's `checkbox` filter).

    A comparison is bracketed, since a filter binds tighter than `==`.
    """
    return tag(f"({expression})|checkbox" if " " in expression else f"{expression}|checkbox")


def fill_in(expression: str, blank: str = BLANK) -> str:
    """The value, or a blank line to write on when the value is "" (not collected yet)."""
    return tag(f'{expression} or "{blank}"')


def add_text(
    paragraph: Paragraph,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: float | None = None,
) -> Run:
    """A run of `text` formatted as a whole (so a tag in it keeps one formatting)."""
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    run.underline = underline or None
    if size is not None:
        run.font.size = Pt(size)
    if text in (BLANK_BOX, "\u2612") or "|checkbox" in text:
        run.font.name = SYMBOL_FONT
    return run


def add_fill_in(paragraph: Paragraph, expression: str, blank: str = BLANK) -> Run:
    """A fill-in: the value underlined as if written on the line, or the bare line."""
    return add_text(paragraph, fill_in(expression, blank), underline=True)


def add_field(paragraph: Paragraph, instruction: str, size: float | None = None) -> None:
    """A Word field (PAGE, NUMPAGES, ...) as begin/instruction/separate/result/end runs."""
    for kind in ("begin", "instr", "separate", "result", "end"):
        run = paragraph.add_run()
        if size is not None:
            run.font.size = Pt(size)
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {instruction} "
        elif kind == "result":
            element = OxmlElement("w:t")
            element.text = "1"
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def add_page_number_field(paragraph: Paragraph, size: float | None = None) -> None:
    add_field(paragraph, "PAGE", size)


def add_page_count_field(paragraph: Paragraph, size: float | None = None) -> None:
    add_field(paragraph, "NUMPAGES", size)


def add_page_x_of_y(paragraph: Paragraph, size: float | None = None) -> None:
    """ "Page X of Y" with live fields, so the count stays right however long the text gets."""
    add_text(paragraph, "Page ", size=size)
    add_page_number_field(paragraph, size)
    add_text(paragraph, " of ", size=size)
    add_page_count_field(paragraph, size)


# --- paragraphs ------------------------------------------------------------------------------


def new_paragraph(container: Container, text: str = "", **format_: bool | float) -> Paragraph:
    """A paragraph at the end of `container`; a fresh cell's or header's empty one is reused."""
    lone = _lone_empty_paragraph(container)
    paragraph = lone if lone is not None else container.add_paragraph()
    # An empty run still marks the paragraph as taken, so the next call does not reuse it.
    add_text(paragraph, text, **format_)  # type: ignore[arg-type]
    return paragraph


def _lone_empty_paragraph(container: Container) -> Paragraph | None:
    """The empty paragraph a fresh cell, header or footer starts with, to be used first."""
    if isinstance(container, Document) or container._element.findall(qn("w:tbl")):
        return None
    paragraphs = container.paragraphs
    return paragraphs[0] if len(paragraphs) == 1 and not paragraphs[0].runs else None


def add_control(container: Container, statement: str) -> Paragraph:
    """A `{%p statement %}` paragraph: docxtpl removes the whole paragraph, so nothing else."""
    paragraph = new_paragraph(container)
    add_text(paragraph, "{%p " + statement + " %}")
    return paragraph


def set_indent(paragraph: Paragraph, left: Length, hanging: Length | int = 0) -> None:
    """Left indent, with the first line pulled back by `hanging` (for numbers and boxes)."""
    paragraph.paragraph_format.left_indent = left
    paragraph.paragraph_format.first_line_indent = -hanging if hanging else None


def add_tab_stops(paragraph: Paragraph, *positions: Length) -> None:
    for position in positions:
        paragraph.paragraph_format.tab_stops.add_tab_stop(position)


def space_before(paragraph: Paragraph, points: float) -> Paragraph:
    paragraph.paragraph_format.space_before = Pt(points)
    return paragraph


def set_paragraph_border(paragraph: Paragraph, side: str = "bottom") -> None:
    """A rule along one side of a paragraph: the line a signature or value sits on."""
    borders = OxmlElement("w:pBdr")
    borders.append(_border(side))
    _put_in_order(paragraph._p.get_or_add_pPr(), borders, _P_PR_ORDER)


def add_blank_lines(container: Container, count: int, indent: Length | int = 0) -> None:
    """Ruled lines for handwriting, drawn as a tab leader so each line reaches the right edge."""
    right_edge = _container_width(container)
    for _ in range(count):
        paragraph = new_paragraph(container)
        paragraph.paragraph_format.left_indent = indent or None
        paragraph.paragraph_format.line_spacing = LINE_PITCH
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            right_edge, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.LINES
        )
        add_text(paragraph, "\t")


def add_text_or_blank_lines(
    container: Container,
    expression: str,
    lines: int,
    *,
    condition: str = "",
    indent: Length | int = 0,
) -> None:
    """The text of `expression` when there is some (and `condition` holds), else ruled lines."""
    add_control(container, f"if {condition} and {expression}" if condition else f"if {expression}")
    paragraph = new_paragraph(container)
    paragraph.paragraph_format.left_indent = indent or None
    space_before(paragraph, 2).paragraph_format.space_after = Pt(4)
    add_text(paragraph, tag(expression))
    add_control(container, "else")
    add_blank_lines(container, lines, indent)
    add_control(container, "endif")


# --- items with numbers and boxes -------------------------------------------------------------


def add_item(
    container: Container,
    number: str = "",
    text: str = "",
    *,
    check: str | None = None,
    heading: str = "",
    level: int = 0,
) -> Paragraph:
    """A numbered form item: "2. ☐ HEADING text", wrapped with a hanging indent.

    `check` is the box: `box("item2")` for a variable, `BLANK_BOX` for one left to the court,
    None for an item with no box. The number sits at the level's indent, the box one step in, and
    the text wraps under the text (not under the number), as on the printed forms.
    """
    start = INDENT * 2 * level
    text_at = start + INDENT * (2 if check is not None else 1)
    paragraph = new_paragraph(container)
    paragraph.paragraph_format.keep_with_next = True  # never an item's heading alone at a page end
    space_before(paragraph, 4 if level == 0 else 1.5)
    set_indent(paragraph, Emu(text_at), Emu(text_at - start))
    add_tab_stops(paragraph, *sorted({Emu(start + INDENT), Emu(text_at)}))
    add_text(paragraph, number, bold=True)
    add_text(paragraph, "\t")
    if check is not None:
        add_text(paragraph, check)
        add_text(paragraph, "\t")
    if heading:
        add_text(paragraph, heading + (" " if text else ""), bold=True)
    if text:
        add_text(paragraph, text)
    return paragraph


def add_indented(
    container: Container,
    text: str = "",
    *,
    level: int = 2,
    italic: bool = False,
    size: float = BODY_PT,
) -> Paragraph:
    """A paragraph of item text, aligned with the text of an item `level` indents in."""
    paragraph = new_paragraph(container)
    paragraph.paragraph_format.left_indent = INDENT * level
    paragraph.paragraph_format.keep_with_next = True
    space_before(paragraph, 1.5)
    if text:
        add_text(paragraph, text, italic=italic, size=size)
    return paragraph


def add_guidance(container: Container, text: str, *, level: int = 2) -> Paragraph:
    """The forms' italic instructions under an item."""
    return add_indented(container, text, level=level, italic=True, size=BODY_PT - 0.5)


# --- tables ----------------------------------------------------------------------------------


def add_table(
    container: Container,
    widths: Sequence[Length],
    rows: int = 1,
    *,
    borders: bool = True,
    indent: Length | int = 0,
) -> Table:
    """A fixed-layout table with exact column widths (Word and LibreOffice agree on these)."""
    columns = len(widths)
    lone = _lone_empty_paragraph(container)
    if isinstance(container, (Document, _Cell)):
        table = container.add_table(rows, columns)
    else:
        table = container.add_table(rows, columns, Emu(sum(widths)))
    if lone is not None:  # the table comes first, not under an empty line
        lone._p.getparent().remove(lone._p)
    table.autofit = False
    properties = table._tbl.tblPr
    _put_in_order(properties, _measure("w:tblW", sum(widths)), _TBL_PR_ORDER)
    if indent:
        _put_in_order(properties, _measure("w:tblInd", indent), _TBL_PR_ORDER)
    table_borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        table_borders.append(_border(side, visible=borders))
    _put_in_order(properties, table_borders, _TBL_PR_ORDER)
    margins = OxmlElement("w:tblCellMar")
    for side, size in (("top", 20), ("left", 80), ("bottom", 20), ("right", 80)):
        margins.append(_measure(f"w:{side}", Emu(Pt(size / 20))))
    _put_in_order(properties, margins, _TBL_PR_ORDER)
    for grid_column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_column.w = width
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    return table


def add_loop_rows(table: Table, loop: str, cells: Sequence[str], *, min_height: Length) -> None:
    """`{%tr for ... %}`, one row of cell values, `{%tr endfor %}`: a row per item of a list."""
    add_control_row(table, "for " + loop)
    row = table.add_row()
    set_row_height(row, min_height)
    for cell, text in zip(row.cells, cells, strict=True):
        new_paragraph(cell, text)
    add_control_row(table, "endfor")


def add_control_row(table: Table, statement: str) -> None:
    """A row holding only a `{%tr statement %}` tag (docxtpl removes the whole row)."""
    row = table.add_row()
    new_paragraph(row.cells[0], "{%tr " + statement + " %}")


def set_row_height(row: _Row, height: Length, *, exact: bool = False) -> None:
    row.height = height
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY if exact else WD_ROW_HEIGHT_RULE.AT_LEAST


def set_cell_borders(cell: _Cell, **sides: bool) -> None:
    """Show or hide single sides of one cell: `set_cell_borders(cell, top=False)`."""
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        if side in sides:
            borders.append(_border(side, visible=sides[side]))
    _put_in_order(cell._tc.get_or_add_tcPr(), borders, _TC_PR_ORDER)


def add_label_and_value(
    cell: _Cell, label: str, value: str, *, value_size: float = BODY_PT, bold_value: bool = False
) -> Paragraph:
    """A small-capitals label followed by its value on one line: "NAME: {{ filer.name }}"."""
    paragraph = new_paragraph(cell)
    add_text(paragraph, label + " ", size=LABEL_PT)
    add_text(paragraph, value, size=value_size, bold=bold_value)
    return paragraph


def boxed(container: Container, width: Length | int = 0) -> _Cell:
    """A one-cell bordered table to write a note into (the forms' boxed notices)."""
    table = add_table(container, [Emu(width or _container_width(container))])
    return table.cell(0, 0)


# --- captions --------------------------------------------------------------------------------

CAPTION_LEFT = Inches(5.1)
CAPTION_RIGHT = Emu(TEXT_WIDTH - CAPTION_LEFT)
PEOPLE = "PEOPLE OF THE STATE OF CALIFORNIA v."


def add_standard_caption(
    document: Document,
    title: str,
    subtitle: str = "",
    *,
    date_of_birth: bool = False,
    hearing_block: bool = False,
) -> _Cell:
    """The standard caption of forms.md §0.1; returns the title cell for any title checkboxes.

    Left column: the filer box (attorney, or the petitioner in pro per), the case name with the
    defendant (and DATE OF BIRTH where the form has it), the title. Right column: the clerk's
    stamp area, CASE NUMBER and, where the form has it, the hearing block the court fills.
    """
    table = add_table(document, [CAPTION_LEFT, CAPTION_RIGHT], rows=4 if hearing_block else 3)
    _fill_filer_box(table.cell(0, 0))
    people = table.cell(1, 0)
    add_text(new_paragraph(people), PEOPLE, size=LABEL_PT)
    add_label_and_value(people, "DEFENDANT:", tag("petitioner.name"), bold_value=True)
    if date_of_birth:
        add_label_and_value(people, "DATE OF BIRTH:", tag("petitioner.date_of_birth"))
    stamp = table.cell(0, 1).merge(table.cell(1, 1))
    new_paragraph(stamp, "FOR COURT USE ONLY", size=LABEL_PT).alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_cell = table.cell(2, 0)
    if hearing_block:
        title_cell = title_cell.merge(table.cell(3, 0))
        _fill_hearing_block(table.cell(3, 1))
    _fill_title(title_cell, title, subtitle)
    number = table.cell(2, 1)
    new_paragraph(number, "CASE NUMBER:", size=LABEL_PT)
    new_paragraph(number, tag("case.number"), bold=True)
    return title_cell


def _fill_filer_box(cell: _Cell) -> None:
    bar_number_at = Inches(3.1)
    first = new_paragraph(cell)
    add_tab_stops(first, bar_number_at)
    add_text(first, "ATTORNEY OR PARTY WITHOUT ATTORNEY\tSTATE BAR NO.: ", size=LABEL_PT)
    add_text(first, tag("filer.bar_number"))
    for label, value in (
        ("NAME:", "filer.name"),
        ("FIRM NAME:", "filer.firm"),
        ("STREET ADDRESS:", "filer.street"),
        ("CITY, STATE, ZIP CODE:", "filer.city_state_zip"),
    ):
        add_label_and_value(cell, label, tag(value))
    phones = add_label_and_value(cell, "TELEPHONE NO.:", tag("filer.phone"))
    add_tab_stops(phones, bar_number_at)
    add_text(phones, "\tFAX NO.: ", size=LABEL_PT)
    add_text(phones, tag("filer.fax"))
    add_label_and_value(cell, "E-MAIL ADDRESS:", tag("filer.email"))
    add_label_and_value(cell, "ATTORNEY FOR (name):", tag("filer.attorney_for"))
    for paragraph in cell.paragraphs:
        paragraph.paragraph_format.space_after = Pt(1.5)


def _fill_hearing_block(cell: _Cell) -> None:
    new_paragraph(cell, "FOR COURT USE ONLY: HEARING", size=LABEL_PT)
    for label in ("DATE:", "TIME:", "DEPARTMENT:"):
        space_before(new_paragraph(cell, label, size=LABEL_PT), 3)


def _fill_title(cell: _Cell, title: str, subtitle: str) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    heading = new_paragraph(cell, title, bold=True, size=TITLE_PT)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    space_before(heading, 3)
    if subtitle:
        new_paragraph(cell, subtitle).alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_case_box(container: Container, lines: Sequence[tuple[str, str]]) -> None:
    """The short caption: party lines on the left, CASE NUMBER on the right.

    Used at the top of continuation pages (PEOPLE ... v. DEFENDANT) and as MC-031's caption
    (PLAINTIFF/PETITIONER, DEFENDANT/RESPONDENT). Each line is (label, value or tag).
    """
    table = add_table(container, [Inches(5.4), Emu(TEXT_WIDTH - Inches(5.4))])
    parties = table.cell(0, 0)
    for label, value in lines:
        add_label_and_value(parties, label, value, bold_value=bool(value))
    number = table.cell(0, 1)
    new_paragraph(number, "CASE NUMBER:", size=LABEL_PT)
    new_paragraph(number, tag("case.number"), bold=True)


def add_people_case_box(container: Container) -> None:
    add_case_box(container, [(PEOPLE, ""), ("DEFENDANT:", tag("petitioner.name"))])


PLAIN_LEFT = Inches(4.85)
PLAIN_GAP = Inches(0.15)
PLAIN_RIGHT = Emu(TEXT_WIDTH - PLAIN_LEFT - PLAIN_GAP)


def add_plain_language_caption(document: Document, title: str, subtitle: str) -> _Cell:
    """CR-409/CR-410 style: title on the left, the clerk's column on the right.

    Returns the left cell, where the form's opening notes and first items go beside the clerk's
    boxes (stamp; court name and street address; case number; case name).
    """
    outer = add_table(document, [PLAIN_LEFT, PLAIN_GAP, PLAIN_RIGHT], borders=False)
    left = outer.cell(0, 0)
    new_paragraph(left, title, bold=True, size=15)
    new_paragraph(left, subtitle, bold=True, size=BODY_PT + 1)
    clerk = add_table(outer.cell(0, 2), [PLAIN_RIGHT], rows=4)
    stamp = clerk.cell(0, 0)
    set_row_height(clerk.rows[0], Inches(1.7))
    new_paragraph(stamp, "Clerk stamps date here when form is filed.", italic=True, size=LABEL_PT)
    court = clerk.cell(1, 0)
    new_paragraph(court, "Fill in court name and street address:", italic=True, size=LABEL_PT)
    new_paragraph(court, tag("court.name"), bold=True)
    new_paragraph(court, fill_in("court.street"))
    new_paragraph(court, fill_in("court.city_state_zip"))
    number = clerk.cell(2, 0)
    new_paragraph(number, "Fill in case number, if known:", italic=True, size=LABEL_PT)
    add_label_and_value(number, "Case Number:", tag("case.number"), bold_value=True)
    name = clerk.cell(3, 0)
    new_paragraph(name, "Fill in case name:", italic=True, size=LABEL_PT)
    new_paragraph(name, "People of the State of California v.")
    new_paragraph(name, tag("petitioner.name"), bold=True)
    return left


# --- signatures ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignatureLine:
    """A line to sign or write on, with its caption underneath: "(SIGNATURE OF DECLARANT)"."""

    caption: str
    value: str = ""  # printed on the line: a tag, or "" for a line left blank


def add_captioned_lines(container: Container, lines: Sequence[SignatureLine | None]) -> None:
    """Lines side by side, each with its caption underneath; None leaves its place empty."""
    gap = Inches(0.3)
    width = Emu((_container_width(container) - gap * (len(lines) - 1)) // len(lines))
    widths: list[Length] = []
    for index in range(len(lines)):
        widths += [gap, width] if index else [width]
    table = add_table(container, widths, borders=False)
    for cell, line in zip(table.rows[0].cells[::2], lines, strict=True):
        if line is None:
            continue
        value = new_paragraph(cell, line.value)
        space_before(value, 12)
        set_paragraph_border(value)
        new_paragraph(cell, line.caption, size=LABEL_PT).alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_date_line(container: Container, expression: str | None = "signature.date") -> None:
    """ "Date:" and the signing date, or a blank line (signed and dated by hand)."""
    paragraph = space_before(new_paragraph(container, "Date: "), 6)
    if expression:
        add_fill_in(paragraph, expression)
    else:
        add_text(paragraph, BLANK)


def add_signature_block(
    container: Container,
    signer_caption: str,
    *,
    name: SignatureLine | None = None,
    date_expression: str | None = "signature.date",
) -> None:
    """Date, then the printed-name line (when the form has one) beside the signature line."""
    add_date_line(container, date_expression)
    add_captioned_lines(container, [name, SignatureLine(signer_caption)])


PERJURY = (
    "I declare under penalty of perjury under the laws of the State of California that the "
    "foregoing is true and correct."
)


# --- page, header and footers ----------------------------------------------------------------


def new_form_document(form: FormIdentity, *, plain_language: bool = False) -> Document:
    """A blank form: Letter, 0.5 in margins, Arial 9 pt, the header and footers of `form`.

    Page 1 has its own header (form number only) and footer (the full one); later pages get the
    short caption (defendant and case number) and a shorter footer, as the printed forms do.
    """
    document = docx.Document()
    _set_default_font(document)
    section = document.sections[0]
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.header_distance = section.footer_distance = Inches(0.3)
    section.different_first_page_header_footer = True
    _add_form_number(section.first_page_header, form)
    _add_form_number(section.header, form)
    add_people_case_box(section.header)
    new_paragraph(section.header).paragraph_format.space_after = Pt(2)
    if plain_language:
        for footer in (section.first_page_footer, section.footer):
            _add_plain_language_footer(footer, form)
    else:
        _add_full_footer(section.first_page_footer, form)
        _add_short_footer(section.footer, form)
    return document


def _set_default_font(document: Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), FONT)
    layout = normal.paragraph_format
    layout.space_before = layout.space_after = Pt(0)
    layout.line_spacing = 1.0


def _add_form_number(header: _Header, form: FormIdentity) -> None:
    paragraph = new_paragraph(header, form.number, bold=True, size=TITLE_PT)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


FOOTER_COLUMNS = (Inches(2.2), Inches(3.1), Inches(2.2))


def _footer_table(footer: _Footer, widths: Sequence[Length]) -> Table:
    table = add_table(footer, widths, borders=False)
    for cell in table.rows[0].cells:
        set_cell_borders(cell, top=True)
    return table


def _add_retypeset_note(footer: _Footer, form: FormIdentity) -> None:
    new_paragraph(footer, form.retypeset_note, italic=True, size=LABEL_PT - 0.5)


def _add_full_footer(footer: _Footer, form: FormIdentity) -> None:
    """Approval and form number / title / citation and page, then the re-typeset note."""
    table = _footer_table(footer, FOOTER_COLUMNS)
    left, centre, right = table.rows[0].cells
    lines = (form.approval, form.number_and_edition)
    new_paragraph(left, "\n".join(line for line in lines if line), size=LABEL_PT)
    title = new_paragraph(centre, form.title, bold=True, size=BODY_PT)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page = new_paragraph(right)
    add_page_x_of_y(page, LABEL_PT)
    if form.citation:
        new_paragraph(right, form.citation, size=LABEL_PT)
    for paragraph in right.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _add_retypeset_note(footer, form)


def _add_short_footer(footer: _Footer, form: FormIdentity) -> None:
    table = _footer_table(footer, FOOTER_COLUMNS)
    left, centre, right = table.rows[0].cells
    new_paragraph(left, form.number_and_edition, size=LABEL_PT)
    new_paragraph(centre, form.title, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
    page = new_paragraph(right)
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_x_of_y(page, LABEL_PT)
    _add_retypeset_note(footer, form)


def _add_plain_language_footer(footer: _Footer, form: FormIdentity) -> None:
    """Plain-language style: council and edition / title / "CR-409, Page x of y"."""
    table = _footer_table(footer, [Inches(2.6), Inches(3.0), Inches(1.9)])
    left, centre, right = table.rows[0].cells
    new_paragraph(
        left, f"Judicial Council of California, www.courts.ca.gov\n{form.edition}", size=LABEL_PT
    )
    new_paragraph(centre, form.title, bold=True).alignment = WD_ALIGN_PARAGRAPH.CENTER
    page = new_paragraph(right)
    page.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_text(page, f"{form.number}, ", bold=True, size=BODY_PT)
    add_page_x_of_y(page, LABEL_PT)
    _add_retypeset_note(footer, form)


# --- XML helpers -----------------------------------------------------------------------------


def _border(side: str, *, visible: bool = True) -> BaseOxmlElement:
    element = OxmlElement(f"w:{side}")
    element.set(qn("w:val"), "single" if visible else "nil")
    if visible:
        element.set(qn("w:sz"), "4")
        element.set(qn("w:space"), "1" if side == "bottom" else "0")
        element.set(qn("w:color"), "000000")
    return element


def _measure(tag_name: str, length: Length | int) -> BaseOxmlElement:
    element = OxmlElement(tag_name)
    element.set(qn("w:w"), str(Emu(length).twips))
    element.set(qn("w:type"), "dxa")
    return element


def _put_in_order(parent: BaseOxmlElement, element: BaseOxmlElement, order: Sequence[str]) -> None:
    """Replace `parent`'s child of the same tag, keeping the child order the schema requires."""
    for old in parent.findall(element.tag):
        parent.remove(old)
    position = order.index(element.tag.replace(f"{{{_W}}}", "w:"))
    parent.insert_element_before(element, *order[position + 1 :])


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _container_width(container: Container) -> Length:
    """Usable width for lines drawn across `container` (a cell's width less its margins)."""
    if isinstance(container, _Cell) and container.width is not None:
        return Emu(container.width - Pt(8))
    return TEXT_WIDTH
