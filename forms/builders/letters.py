"""Client letters in English and Spanish: what the clinic filed and what happens next.

Both languages share one layout, built by `build_client_letter` from a `LetterText`; only the
words differ, so the two letters cannot drift apart in structure. The Spanish is written for the
client (plain, warm, "usted"), not translated word for word. `new_plain_document` and
`add_page_footer` set up the plain page (not pleading paper) that the handouts use too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Length, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from forms.builders.common import add_page_count_field, add_page_number_field

LETTER_FONT = "Times New Roman"
LETTER_SIZE = Pt(12)
FOOTER_SIZE = 9
MARGIN = Inches(1)
TEXT_WIDTH = Inches(6.5)
BULLET_INDENT = Inches(0.3)


# --- the plain page, shared with the handouts ----------------------------------------------


def new_plain_document(font: str, size: Length, page_word: str, of_word: str) -> Document:
    """Letter size, 1 in margins, `font` at `size`, and a "Page X of Y" footer in the language."""
    document = docx.Document()
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = size
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), font)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.1
    section = document.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.left_margin = section.right_margin = MARGIN
    section.top_margin = section.bottom_margin = MARGIN
    section.footer_distance = Inches(0.5)
    add_page_footer(section.footer.paragraphs[0], page_word, of_word)
    return document


def add_page_footer(paragraph: Paragraph, page_word: str, of_word: str) -> None:
    """ "Page 1 of 2" / "Página 1 de 2", centred, with live PAGE and NUMPAGES fields."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{page_word} ").font.size = Pt(FOOTER_SIZE)
    add_page_number_field(paragraph, FOOTER_SIZE)
    paragraph.add_run(f" {of_word} ").font.size = Pt(FOOTER_SIZE)
    add_page_count_field(paragraph, FOOTER_SIZE)


def add_paragraph(
    container: Document | _Cell,
    text: str = "",
    *,
    bold: bool = False,
    size: Length | None = None,
    align: WD_ALIGN_PARAGRAPH | None = None,
) -> Paragraph:
    """One paragraph of one run, so a Jinja tag in `text` is never split."""
    paragraph = container.add_paragraph()
    if text:
        run = paragraph.add_run(text)
        run.bold = bold or None
        if size is not None:
            run.font.size = size
    if align is not None:
        paragraph.alignment = align
    return paragraph


def add_control(document: Document, statement: str) -> None:
    """A `{%p ... %}` paragraph: docxtpl removes the whole paragraph, so it holds nothing else."""
    add_paragraph(document, "{%p " + statement + " %}")


def add_bullets(document: Document, items: Sequence[str]) -> None:
    """Bulleted lines with a hanging indent (a typed bullet: no numbering part to go wrong)."""
    for item in items:
        add_bullet(document, item)


def add_bullet(document: Document, text: str) -> Paragraph:
    paragraph = add_paragraph(document, "\u2022\t" + text)
    layout = paragraph.paragraph_format
    layout.left_indent = BULLET_INDENT
    layout.first_line_indent = -BULLET_INDENT
    layout.tab_stops.add_tab_stop(BULLET_INDENT)
    layout.space_after = Pt(3)
    return paragraph


def add_rule(paragraph: Paragraph) -> None:
    """A thin line under `paragraph` (the letterhead's bottom edge)."""
    properties = paragraph._p.get_or_add_pPr()
    # pBdr precedes spacing and jc in the schema; python-docx adds those after it in order.
    properties.insert_element_before(
        parse_xml(
            f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="8" w:space="4"'
            f' w:color="000000"/></w:pBdr>'
        ),
        "w:shd",
        "w:tabs",
        "w:spacing",
        "w:ind",
        "w:jc",
    )


# --- the letter -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LetterText:
    """Every word of the letter in one language."""

    page_word: str
    of_word: str
    greeting: str  # "Dear {{ client.name }}:"
    intro: str
    table_header: tuple[str, str, str, str]  # case number, county, asked, next
    automatic_heading: str
    automatic_intro: str
    automatic_item: str  # one line per `automatic` entry, with `a.*` tags
    todo_heading: str
    todo: tuple[str, ...]
    contact_heading: str
    contact: str
    closing: str


ENGLISH = LetterText(
    page_word="Page",
    of_word="of",
    greeting="Dear {{ client.name }}:",
    intro=(
        "We are writing to tell you what we filed in court for you. For each case, the table "
        "below shows what we asked the court to do and what happens next."
    ),
    table_header=("Case number", "County", "What we asked for", "What happens next"),
    automatic_heading="Help you may get without a court petition",
    automatic_intro=(
        "The law clears some records automatically, without anyone filing a petition. We think "
        "the cases below may be cleared this way. We will check your record to see whether it "
        "happened. You do not need to do anything about these cases now."
    ),
    automatic_item="Case {{ a.case_number }} ({{ a.county }} County): {{ a.remedy }}",
    todo_heading="What you should do now",
    todo=(
        "If you move or get a new phone number, tell us right away, so that mail from us and "
        "from the court reaches you.",
        "Go to court only if we or the court tell you to. If you get a notice of a hearing, "
        "call us.",
        "Do not ignore mail from the court. Open it, and call us if you are not sure what it "
        "means.",
        "Keep this letter. Bring it with you if we or the court ask you to.",
    ),
    contact_heading="How to reach us",
    contact=(
        'If you have questions, call us at {{ clinic.phone or "______________" }}'
        "{% if clinic.email %} or write to {{ clinic.email }}{% endif %}. "
        "Please have your case number ready."
    ),
    closing="Sincerely,",
)

SPANISH = LetterText(
    page_word="Página",
    of_word="de",
    greeting="Estimado(a) {{ client.name }}:",
    intro=(
        "Le escribimos para contarle lo que presentamos ante el tribunal en su nombre. "
        "Presentamos una petición, es decir, una solicitud por escrito para que el juez tome "
        "una decisión sobre sus antecedentes penales (su récord). En la tabla de abajo verá, "
        "para cada caso, lo que le pedimos al tribunal y qué pasará ahora."
    ),
    table_header=("Número de caso", "Condado", "Lo que pedimos", "Lo que sigue"),
    automatic_heading="Ayuda que podría recibir sin presentar una petición",
    automatic_intro=(
        "La ley limpia algunos récords de forma automática, sin que nadie tenga que presentar "
        "una petición. Creemos que los casos de abajo podrían limpiarse así. Vamos a revisar su "
        "récord para ver si ya se hizo. Por ahora, usted no tiene que hacer nada con estos casos."
    ),
    automatic_item="Caso {{ a.case_number }} (condado de {{ a.county }}): {{ a.remedy }}",
    todo_heading="Lo que usted debe hacer ahora",
    todo=(
        "Si se muda o cambia de número de teléfono, avísenos lo antes posible, para que le "
        "lleguen nuestras cartas y las del tribunal.",
        "Vaya al tribunal solo si nosotros o el tribunal se lo pedimos. Si recibe un aviso de "
        "audiencia (una cita con el juez en el tribunal), llámenos.",
        "No deje de leer las cartas del tribunal. Ábralas y, si no está seguro(a) de lo que "
        "dicen, llámenos.",
        "Guarde esta carta. Tráigala si nosotros o el tribunal se la pedimos.",
    ),
    contact_heading="Cómo comunicarse con nosotros",
    contact=(
        'Si tiene alguna pregunta, llámenos al {{ clinic.phone or "______________" }}'
        "{% if clinic.email %} o escríbanos a {{ clinic.email }}{% endif %}. "
        "Tenga a mano su número de caso. Con gusto le ayudamos."
    ),
    closing="Atentamente,",
)

# Case number, county, what was asked, what happens next: the columns of the filings table.
FILING_COLUMNS = (Inches(1.25), Inches(1.05), Inches(2.1), Inches(2.1))
FILING_CELLS = ("{{ f.case_number }}", "{{ f.county }}", "{{ f.remedy }}", "{{ f.next_step }}")


def build_client_letter(text: LetterText) -> Document:
    """Letterhead, date, address, what was filed, automatic relief, what to do, closing."""
    document = new_plain_document(LETTER_FONT, LETTER_SIZE, text.page_word, text.of_word)
    _add_letterhead(document)
    add_paragraph(
        document, '{{ today or "____________________" }}'
    ).paragraph_format.space_after = Pt(12)
    for line in ("{{ client.name }}", "{{ client.street }}", "{{ client.city_state_zip }}"):
        add_paragraph(document, line).paragraph_format.space_after = Pt(0)
    add_paragraph(document)
    add_paragraph(document, text.greeting)
    add_paragraph(document, text.intro)
    _add_filings_table(document, text.table_header)

    add_control(document, "if automatic")
    _add_heading(document, text.automatic_heading)
    add_paragraph(document, text.automatic_intro)
    add_control(document, "for a in automatic")
    add_bullet(document, text.automatic_item)
    add_control(document, "endfor")
    add_control(document, "endif")

    _add_heading(document, text.todo_heading)
    add_bullets(document, text.todo)
    _add_heading(document, text.contact_heading)
    add_paragraph(document, text.contact)

    closing = add_paragraph(document, text.closing)
    closing.paragraph_format.space_before = Pt(6)
    closing.paragraph_format.keep_with_next = True
    signature_space = add_paragraph(document)
    signature_space.paragraph_format.space_after = Pt(24)
    signature_space.paragraph_format.keep_with_next = True
    name = add_paragraph(document, '{{ attorney.name or "____________________" }}')
    name.paragraph_format.space_after = Pt(0)
    name.paragraph_format.keep_with_next = True
    add_paragraph(document, "{{ clinic.name }}")
    return document


def _add_letterhead(document: Document) -> None:
    """The clinic's name, address and contacts, centred, over a rule."""
    centre = WD_ALIGN_PARAGRAPH.CENTER
    add_paragraph(document, "{{ clinic.name }}", bold=True, size=Pt(16), align=centre)
    lines = (
        '{{ [clinic.street, clinic.city_state_zip]|select|join(", ") }}',
        '{{ [clinic.phone, clinic.email]|select|join("  |  ") }}',
    )
    for line in lines:
        paragraph = add_paragraph(document, line, size=Pt(10), align=centre)
        paragraph.paragraph_format.space_after = Pt(0)
    add_rule(paragraph)
    paragraph.paragraph_format.space_after = Pt(18)


def _add_heading(document: Document, text: str) -> None:
    heading = add_paragraph(document, text, bold=True)
    heading.paragraph_format.space_before = Pt(10)
    heading.paragraph_format.keep_with_next = True


def _add_filings_table(document: Document, header: Sequence[str]) -> None:
    """One row per filing: a header row, then `{%tr for %}`, the data row, `{%tr endfor %}`."""
    table = document.add_table(rows=4, cols=len(FILING_COLUMNS))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    rows = [
        [(label, True) for label in header],
        [("{%tr for f in filings %}", False)] + [("", False)] * (len(header) - 1),
        [(cell, False) for cell in FILING_CELLS],
        [("{%tr endfor %}", False)] + [("", False)] * (len(header) - 1),
    ]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, width, (value, bold) in zip(row.cells, FILING_COLUMNS, values, strict=True):
            cell.width = width
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(2)
            if value:
                run = paragraph.add_run(value)
                run.bold = bold or None
                run.font.size = Pt(11)
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
    for column, width in zip(table.columns, FILING_COLUMNS, strict=True):
        column.width = width
    add_paragraph(document).paragraph_format.space_after = Pt(0)


TEMPLATES: dict[str, Callable[[], Document]] = {
    "client_letter_en.docx": lambda: build_client_letter(ENGLISH),
    "client_letter_es.docx": lambda: build_client_letter(SPANISH),
}
