"""California pleading paper (Cal. Rules of Court, rules 2.104-2.111), as python-docx helpers.

A pleading built here has 28 numbered lines a page at a fixed 24 pt pitch. The numbers and the
rules (double to the left of the text, single to the right) are shapes anchored in the page
header, so they repeat on every page without touching the body. They stay aligned with the body
because every body paragraph uses an exact 24 pt line height and no space before or after, and
the numbers' text box starts exactly at the top margin, where the body starts.

Tables (the caption) keep the grid too: their paragraphs use the same exact height and their cells
have no top or bottom padding. Anything taller than one line must therefore be a whole number of
lines; never use "single" spacing in the body.

`new_pleading` makes the page; `add_attorney_block`, `add_court_title`, `add_caption`,
`add_body_paragraph`, `add_item`, `add_declaration` and `add_signature_block` fill it, so every
pleading (petition, declaration, bulk motion) shares the same caption and layout.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document as new_document
from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Inches, Length, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from forms.builders.common import add_page_number_field

FONT = "Times New Roman"
FONT_SIZE = Pt(12)
LINE_PITCH = Pt(24)
LINES_PER_PAGE = 28

PAGE_WIDTH = Inches(8.5)
PAGE_HEIGHT = Inches(11)
TOP_MARGIN = Inches(1)
# The rest of the page below the 28 lines: 11 in - 1 in - 28 x 24 pt = 48 pt for the footer,
# less a little slack: a table border adds a fraction of a point, which would otherwise push
# line 28 to the next page.
GRID_SLACK = Pt(3)
BOTTOM_MARGIN = Emu(PAGE_HEIGHT - TOP_MARGIN - LINES_PER_PAGE * LINE_PITCH - GRID_SLACK)
LEFT_MARGIN = Inches(1.5)  # rule 2.107: at least one inch on the left
RIGHT_MARGIN = Inches(0.75)  # rule 2.107: at least one half inch on the right
TEXT_WIDTH = Emu(PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN)

# Where the margin furniture sits, measured from the left edge of the page.
NUMBERS_LEFT = Inches(0.6)
NUMBERS_WIDTH = Inches(0.55)
DOUBLE_RULE_OUTER = Inches(1.32)
DOUBLE_RULE_INNER = Inches(1.37)
RIGHT_RULE = Emu(PAGE_WIDTH - RIGHT_MARGIN + Inches(0.08))
RULE_WIDTH_EMU = 9525  # 0.75 pt

BODY_INDENT = Inches(0.5)
CAPTION_LEFT_WIDTH = Inches(3.35)
TITLE_HANGING = Inches(0.3)
CELL_SIDE_PADDING = Pt(5.75)  # Word's default left and right cell margin
ITEM_LABEL_WIDTH = Inches(0.35)

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WPS_URI = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"


def new_pleading(title: str, footer_note: str = "") -> Document:
    """A blank pleading: page, fonts, line-numbered margin, and a footer naming `title`.

    `footer_note` is printed in small type under the title (e.g. "model of a local form").
    """
    document = new_document()
    _set_base_style(document)
    section = document.sections[0]
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = TOP_MARGIN, BOTTOM_MARGIN
    section.left_margin, section.right_margin = LEFT_MARGIN, RIGHT_MARGIN
    section.header_distance = Inches(0.4)
    section.footer_distance = Inches(0.1)
    _add_margin_furniture(section.header.paragraphs[0])
    _add_footer(section.footer.paragraphs[0], title, footer_note)
    # python-docx's blank document starts with no paragraph; the caller adds line 1.
    return document


def _set_base_style(document: Document) -> None:
    """Times 12 on an exact 24 pt line, nothing before or after: the grid every line sits on."""
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = FONT_SIZE
    # East-Asian and complex-script fonts too, or Word substitutes for accented names.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    paragraph_format = normal.paragraph_format
    paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph_format.line_spacing = LINE_PITCH
    paragraph_format.space_before = paragraph_format.space_after = Pt(0)
    paragraph_format.widow_control = False  # widow control would move lines off the grid


def _exact(paragraph: Paragraph, height: Length) -> None:
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = height
    fmt.space_before = fmt.space_after = Pt(0)


# --- margin furniture (header) -------------------------------------------------------------


def _anchor(
    shape_id: int, name: str, left: int, top: int, width: int, height: int, shape_xml: str
) -> str:
    """A `wp:anchor` placed on the page, behind the text, not wrapping it."""
    return (
        f'<w:r {nsdecls("w", "wp")} xmlns:wps="{_WPS_URI}"><w:drawing>'
        f'<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0"'
        f' relativeHeight="{shape_id}" behindDoc="1" locked="1" layoutInCell="1"'
        f' allowOverlap="1">'
        f'<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="page"><wp:posOffset>{left}</wp:posOffset></wp:positionH>'
        f'<wp:positionV relativeFrom="page"><wp:posOffset>{top}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{width}" cy="{height}"/>'
        f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        f'<wp:docPr id="{shape_id}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="{_A}"><a:graphicData uri="{_WPS_URI}">{shape_xml}'
        f"</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"
    )


def _vertical_rule(shape_id: int, left: int) -> str:
    line = (
        f"<wps:wsp><wps:cNvCnPr/><wps:spPr>"
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="{PAGE_HEIGHT}"/></a:xfrm>'
        f'<a:prstGeom prst="line"><a:avLst/></a:prstGeom>'
        f'<a:ln w="{RULE_WIDTH_EMU}"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln>'
        f"</wps:spPr><wps:bodyPr/></wps:wsp>"
    )
    return _anchor(shape_id, f"Rule {shape_id}", left, 0, 0, PAGE_HEIGHT, line)


def _line_numbers(shape_id: int) -> str:
    """A borderless text box holding 1..28, one per 24 pt line, right-aligned."""
    twips = int(LINE_PITCH.twips)
    size = int(FONT_SIZE.pt * 2)
    paragraphs = "".join(
        f'<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="{twips}"'
        f' w:lineRule="exact"/><w:jc w:val="right"/></w:pPr>'
        f'<w:r><w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
        f'<w:sz w:val="{size}"/></w:rPr><w:t>{number}</w:t></w:r></w:p>'
        for number in range(1, LINES_PER_PAGE + 1)
    )
    height = LINES_PER_PAGE * LINE_PITCH
    box = (
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{NUMBERS_WIDTH}" cy="{height}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln>'
        f"</wps:spPr><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>"
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"'
        f' anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
    )
    return _anchor(shape_id, "Line numbers", NUMBERS_LEFT, TOP_MARGIN, NUMBERS_WIDTH, height, box)


def _add_margin_furniture(header_paragraph: Paragraph) -> None:
    """Line numbers and the three vertical rules, in the header so every page gets them."""
    _exact(header_paragraph, Pt(2))
    runs = [
        _line_numbers(1),
        _vertical_rule(2, DOUBLE_RULE_OUTER),
        _vertical_rule(3, DOUBLE_RULE_INNER),
        _vertical_rule(4, RIGHT_RULE),
    ]
    for run in runs:
        header_paragraph._p.append(parse_xml(run))


# --- footer ----------------------------------------------------------------------------------


def _add_footer(paragraph: Paragraph, title: str, note: str) -> None:
    """A rule, the page number, then the document title (rule 2.110: at least 10 pt) and a note."""
    # The border goes in first: python-docx then inserts spacing and jc after it, in schema order.
    paragraph._p.get_or_add_pPr().append(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:top w:val="single" w:sz="6" w:space="1"'
            f' w:color="000000"/></w:pBdr>'
        )
    )
    _exact(paragraph, Pt(12))
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(paragraph, size=10)
    # Each line must fit on one line: the footer has 48 pt, and a taller footer would push
    # the 28th body line off the grid.
    lines = [(title, Pt(10))] + ([(note, Pt(7))] if note else [])
    for text, size in lines:
        line = paragraph._parent.add_paragraph()  # type: ignore[attr-defined]
        _exact(line, Pt(size.pt + 1.5))
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        line.add_run(text).font.size = size


# --- caption ---------------------------------------------------------------------------------


def add_line(
    container: Document | _Cell,
    text: str = "",
    *,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: Length | None = None,
) -> Paragraph:
    """One paragraph of one run (so any Jinja tag in `text` stays whole)."""
    paragraph = container.add_paragraph()
    if text:
        paragraph.add_run(text).bold = bold or None
    if align is not None:
        paragraph.alignment = align
    if indent is not None:
        paragraph.paragraph_format.left_indent = indent
    return paragraph


def add_attorney_block(document: Document) -> None:
    """Lines 1-7: who files (rule 2.111(1)); `filer` is the attorney or the self-represented."""
    lines = [
        "{{ filer.name }}{% if filer.bar_number %} (SBN {{ filer.bar_number }}){% endif %}",
        "{{ filer.firm }}",
        "{{ filer.street }}",
        "{{ filer.city_state_zip }}",
        "Telephone: {{ filer.phone }}{% if filer.fax %}    Fax: {{ filer.fax }}{% endif %}",
        "Email: {{ filer.email }}",
        "Attorney for: {{ filer.attorney_for }}",
    ]
    for line in lines:
        add_line(document, line)


def add_court_title(document: Document) -> None:
    """Line 8 (rule 2.111(3)): the court, centred, then a blank line before the caption."""
    add_line(document, "SUPERIOR COURT OF THE STATE OF CALIFORNIA", align=WD_ALIGN_PARAGRAPH.CENTER)
    add_line(
        document, "FOR THE COUNTY OF {{ court.county|upper }}", align=WD_ALIGN_PARAGRAPH.CENTER
    )
    add_line(document)


def add_caption(document: Document, title_lines: Sequence[str]) -> None:
    """The parties on the left; the case number and the document title on the right.

    `title_lines` are printed in bold, one paragraph each (each may hold a Jinja tag, e.g. a
    checkbox). Only the left cell has borders (right and bottom), as on most California pleadings.
    """
    table = add_grid_table(
        document, [CAPTION_LEFT_WIDTH, Emu(TEXT_WIDTH - CAPTION_LEFT_WIDTH)], side_padding=Pt(0)
    )
    parties, title = table.rows[0].cells
    _set_cell_borders(parties, right=True, bottom=True)

    party_side = Inches(1.6)
    first = parties.paragraphs[0]
    first.add_run("THE PEOPLE OF THE STATE OF CALIFORNIA,")
    add_line(parties, "Plaintiff,", indent=party_side)
    add_line(parties, "v.", indent=Inches(0.8))
    add_line(parties, "{{ petitioner.name }},")
    add_line(parties, "Defendant.", indent=party_side)
    add_line(parties)

    margin = Inches(0.15)
    first = title.paragraphs[0]
    first.paragraph_format.left_indent = margin
    first.add_run("Case No.: {{ case.number }}")
    add_line(title, indent=margin)
    for line in title_lines:
        # Hanging, so a wrapped title line starts under the text, not under its check box.
        hanging = add_line(title, line, bold=True, indent=margin + TITLE_HANGING)
        hanging.paragraph_format.first_line_indent = -TITLE_HANGING
    add_line(document)


def add_grid_table(
    document: Document, widths: Sequence[Length], *, side_padding: Length = CELL_SIDE_PADDING
) -> Table:
    """A fixed-width table whose cells have no top or bottom padding.

    Without padding, a row is a whole number of body lines high, so the text after the table
    stays on the numbered lines.
    """
    table = document.add_table(rows=1, cols=len(widths))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False  # writes w:tblLayout fixed
    twips = Emu(side_padding).twips
    margins = parse_xml(
        f'<w:tblCellMar {nsdecls("w")}><w:top w:w="0" w:type="dxa"/>'
        f'<w:left w:w="{twips}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        f'<w:right w:w="{twips}" w:type="dxa"/></w:tblCellMar>'
    )
    # Schema order: tblCellMar comes after tblLayout and before tblLook.
    table._tbl.tblPr.insert_element_before(margins, "w:tblLook", "w:tblCaption")
    for column, cell, width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = cell.width = width
    return table


def _set_cell_borders(cell: _Cell, *, right: bool, bottom: bool) -> None:
    sides = [side for side, wanted in (("right", right), ("bottom", bottom)) if wanted]
    borders = "".join(
        f'<w:{side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>' for side in sides
    )
    cell._tc.get_or_add_tcPr().append(
        parse_xml(f"<w:tcBorders {nsdecls('w')}>{borders}</w:tcBorders>")
    )


# --- body ------------------------------------------------------------------------------------


def add_body_paragraph(
    document: Document, text: str, *, bold: bool = False, first_line: bool = True
) -> Paragraph:
    """A double-spaced body paragraph, first line indented half an inch."""
    paragraph = add_line(document, text, bold=bold)
    if first_line:
        paragraph.paragraph_format.first_line_indent = BODY_INDENT
    return paragraph


def add_heading(document: Document, text: str) -> Paragraph:
    """A bold, centred heading that stays with what follows it."""
    paragraph = add_line(document, text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    paragraph.paragraph_format.keep_with_next = True
    return paragraph


def add_item(document: Document, label: str, text: str, *, sub: bool = False) -> Paragraph:
    """A numbered or check-box item with a hanging indent: "1. ☐ RESENTENCING. I am ...".

    `label` ("1.  {{ x|checkbox }}") and `text` are separate runs; a tab lines the text up. A
    `sub` item (a check box under an item) starts where the item's text starts.
    """
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    text_start = BODY_INDENT + (ITEM_LABEL_WIDTH if sub else 0)
    fmt.left_indent = text_start
    fmt.first_line_indent = -(ITEM_LABEL_WIDTH if sub else BODY_INDENT)
    fmt.tab_stops.add_tab_stop(text_start)
    paragraph.add_run(label)
    paragraph.add_run("\t" + text)
    return paragraph


def add_declaration(document: Document, text: str) -> None:
    """The penalty-of-perjury paragraph (Code Civ. Proc. § 2015.5), kept with the signature."""
    add_body_paragraph(document, text).paragraph_format.keep_with_next = True


def add_signature_block(
    document: Document, signer_lines: Sequence[str], date_label: str = "Dated:"
) -> None:
    """Date on the left, a signature line and the signer's name on the right, kept together.

    An empty `signature.date` prints a blank to fill in by hand.
    """
    dated = add_line(document, f'{date_label} {{{{ signature.date or "____________________" }}}}')
    dated.paragraph_format.keep_with_next = True
    signature_left = Inches(3.0)
    last = add_line(document, "______________________________", indent=signature_left)
    for line in signer_lines:
        last.paragraph_format.keep_with_next = True
        last = add_line(document, line, indent=signature_left)
