"""Render a DOCX template with docxtpl, safely and fast.

Safely: `autoescape=True` keeps "&" and "<" (without it docxtpl silently drops them) and
`StrictUndefined` makes a misspelt variable an error instead of a blank on a court filing
(shared/tech-notes.md §3.1).

Fast: docxtpl re-reads the DOCX and recompiles the Jinja template of every part on each
render (about 19 ms a document). `CompiledTemplate` does that once per template and then,
per document, only renders the compiled parts and writes the zip, with docxtpl's own XML
clean-up (`patch_xml`) and post-processing (`resolve_listing`) so the output is the same.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from docxtpl import DocxTemplate

CHECKED = "☒"
UNCHECKED = "☐"


def checkbox(value: object) -> str:
    """`{{ item2|checkbox }}`: a ticked or empty box; only a real True ticks it."""
    if not isinstance(value, bool):
        raise TypeError(f"checkbox expects a boolean, got {type(value).__name__}")
    return CHECKED if value else UNCHECKED


def jinja_environment() -> jinja2.Environment:
    """The one Jinja environment every template is rendered (and linted) with."""
    env = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=True)
    env.filters["checkbox"] = checkbox
    return env


def render_naive(template: Path | bytes, context: Mapping[str, Any]) -> bytes:
    """docxtpl's own render, parsing the template again: the baseline the benchmark uses."""
    source = io.BytesIO(template) if isinstance(template, bytes) else template
    document = DocxTemplate(source)
    document.render(dict(context), jinja_env=jinja_environment(), autoescape=True)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@dataclass(frozen=True)
class _Part:
    name: str  # path inside the zip: "word/document.xml"
    prefix: str  # XML before the rendered text (the document element's opening, for the body)
    template: jinja2.Template
    suffix: str


_PARAGRAPH_START = re.compile(r"<w:p([ >])")
_MARKED_PARAGRAPH_START = re.compile(r"\n<w:p([ >])")
_LISTING_CHARACTERS = re.compile("[\n\t\a\f]")  # what resolve_listing turns into Word markup


def patch(xml: str) -> str:
    """docxtpl's clean-up of Word XML around tags, one paragraph per line (as docxtpl does
    before compiling, so `{%p` tags can remove whole paragraphs). It uses no template state,
    so it is called on the class."""
    return _PARAGRAPH_START.sub(r"\n<w:p\1", DocxTemplate.patch_xml(None, xml))


def finish(xml: str) -> str:
    """docxtpl's post-processing of rendered XML: escaped braces back, newlines and tabs in
    values turned into Word breaks and tabs."""
    xml = _MARKED_PARAGRAPH_START.sub(r"<w:p\1", xml)
    for escaped, brace in (("{_{", "{{"), ("}_}", "}}"), ("{_%", "{%"), ("%_}", "%}")):
        xml = xml.replace(escaped, brace)
    if not _LISTING_CHARACTERS.search(xml):
        return xml  # nothing to turn into breaks: skip docxtpl's regex pass over every run
    return str(DocxTemplate.resolve_listing(None, xml))


class CompiledTemplate:
    """A template parsed and compiled once, rendered many times (thread-safe to render)."""

    def __init__(self, source: bytes, name: str = "template") -> None:
        self.name = name
        self._env = jinja_environment()
        document = DocxTemplate(io.BytesIO(source))
        document.init_docx()
        self._parts = [self._body_part(document), *self._header_footer_parts(document)]
        templated = {part.name for part in self._parts}
        with zipfile.ZipFile(io.BytesIO(source)) as archive:
            self._entries = [
                (item, None if item.filename in templated else archive.read(item))
                for item in archive.infolist()
            ]

    @classmethod
    def from_path(cls, path: Path) -> CompiledTemplate:
        return cls(path.read_bytes(), path.name)

    def render(self, context: Mapping[str, Any]) -> bytes:
        """The filled DOCX, as bytes (never written to disk here)."""
        rendered = {part.name: self._render_part(part, context) for part in self._parts}
        out = io.BytesIO()
        # Level 1: a third of the time of zlib's default for files a few KB larger.
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as filled:
            for item, unchanged in self._entries:
                data = unchanged if unchanged is not None else rendered[item.filename]
                filled.writestr(item.filename, data)
        return out.getvalue()

    def _render_part(self, part: _Part, context: Mapping[str, Any]) -> bytes:
        xml = finish(part.template.render(context))
        return (part.prefix + xml + part.suffix).encode("utf-8")

    def _compile(self, xml: str) -> jinja2.Template:
        return self._env.from_string(patch(xml))

    def _body_part(self, document: DocxTemplate) -> _Part:
        """word/document.xml, with only the body templated (as docxtpl does)."""
        part_name = document.docx.part.partname.lstrip("/")
        whole = document.xml_to_string(document.docx.element)
        body = document.get_xml()
        start = whole.index("<w:body")
        end = whole.rindex("</w:body>") + len("</w:body>")
        prefix = _XML_DECLARATION + whole[:start]
        return _Part(part_name, prefix, self._compile(body), whole[end:])

    def _header_footer_parts(self, document: DocxTemplate) -> list[_Part]:
        found = []
        for uri in (DocxTemplate.HEADER_URI, DocxTemplate.FOOTER_URI):
            for _key, part in document.get_headers_footers(uri):
                xml = document.get_part_xml(part)
                found.append(
                    _Part(part.partname.lstrip("/"), _XML_DECLARATION, self._compile(xml), "")
                )
        return found


_XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
