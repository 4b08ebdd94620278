"""Mark a document DRAFT on every page, so an unapproved packet cannot pass for a filing.

The mark is Word's own watermark (a WordArt shape behind the text, placed in the header, as
Word's Design > Watermark makes it), which LibreOffice also draws, plus a line of text at
the top of every page that survives any printer or viewer that drops shapes.
"""

from __future__ import annotations

import io

from docx import Document
from docx.oxml import parse_xml
from docx.section import _Header

DRAFT_TEXT = "DRAFT"
DRAFT_NOTICE = "DRAFT - NOT APPROVED BY AN ATTORNEY - DO NOT FILE"

_NAMESPACES = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)

_WATERMARK = f"""
<w:p {_NAMESPACES}>
  <w:pPr><w:jc w:val="center"/><w:spacing w:before="0" w:after="0"/></w:pPr>
  <w:r>
    <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="C00000"/>
      <w:sz w:val="18"/></w:rPr>
    <w:t xml:space="preserve">{DRAFT_NOTICE}</w:t>
  </w:r>
  <w:r>
    <w:rPr><w:noProof/></w:rPr>
    <w:pict>
      <v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800"
          path="m@7,l@8,m@5,21600l@6,21600e">
        <v:path textpathok="t" o:connecttype="custom"/>
        <v:textpath on="t" fitshape="t"/>
      </v:shapetype>
      <v:shape id="PowerPlusWaterMarkObject" o:spid="_x0000_s1025" type="#_x0000_t136"
          style="position:absolute;margin-left:0;margin-top:0;width:480pt;height:160pt;
          rotation:315;z-index:-251654144;mso-position-horizontal:center;
          mso-position-horizontal-relative:margin;mso-position-vertical:center;
          mso-position-vertical-relative:margin"
          o:allowincell="f" fillcolor="#d9d9d9" stroked="f">
        <v:fill opacity=".5"/>
        <v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt" string="{DRAFT_TEXT}"/>
      </v:shape>
    </w:pict>
  </w:r>
</w:p>
"""


def mark_draft(docx: bytes) -> bytes:
    """The same document with the DRAFT mark in every header of every section."""
    document = Document(io.BytesIO(docx))
    for index, section in enumerate(document.sections):
        headers = [section.header]
        if section.different_first_page_header_footer:
            headers.append(section.first_page_header)
        if document.settings.odd_and_even_pages_header_footer:
            headers.append(section.even_page_header)
        for header in headers:
            if header.is_linked_to_previous and index > 0:
                continue  # shows the previous section's header, which is marked already
            _mark(header)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _mark(header: _Header) -> None:
    """Insert the mark first in the header (a first section without one is given one)."""
    if header.is_linked_to_previous:
        header.is_linked_to_previous = False
    header._element.insert(0, parse_xml(_WATERMARK))
