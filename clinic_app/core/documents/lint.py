"""Check a DOCX template before it can print a wrong court filing.

The failures docxtpl does not report, or reports only at render time (tech-notes §3.1):
- Jinja syntax errors, in the body, headers and footers;
- variables the context builders never provide (a typo would otherwise be caught only
  when that branch renders);
- `{%p`, `{%tr` and `{%tc` tags sharing their paragraph, row or cell with other text, which
  docxtpl silently deletes along with the tag;
- typographic dashes and quotes inside tags (Word's autocorrect), a syntax error at render;
- a render with real contexts that leaves a tag unrendered or loses the client's name.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import jinja2
import jinja2.meta
from docx import Document
from lxml import etree

from clinic_app.core.documents.render import CompiledTemplate, jinja_environment, patch

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_TYPOGRAPHIC = "–—‘’“”"  # noqa: RUF001 - the characters Word's autocorrect puts in tags
_BLOCK_TAGS = {"p": f"{W}p", "tr": f"{W}tr", "tc": f"{W}tc"}
_TEMPLATED_PARTS = re.compile(r"word/(document|header\d*|footer\d*)\.xml")


@dataclass(frozen=True)
class Problem:
    template: str
    part: str  # "word/document.xml"
    message: str

    def __str__(self) -> str:
        return f"{self.template} ({self.part}): {self.message}"


def lint_template(
    name: str, source: bytes, contexts: Iterable[Mapping[str, Any]], *, expected_text: str = ""
) -> list[Problem]:
    """Every problem found in one template; `contexts` are real contexts for it (at least
    one), and `expected_text` is a value that must appear in each rendered document."""
    problems: list[Problem] = []
    contexts = list(contexts)
    for part, xml in _templated_parts(source):
        problems.extend(_structure_problems(name, part, xml))
        problems.extend(_variable_problems(name, part, xml, contexts))
    if problems:
        return problems  # a template that does not compile cannot be rendered
    compiled = CompiledTemplate(source, name)
    for context in contexts:
        problems.extend(_render_problems(name, compiled, context, expected_text))
    return problems


def _templated_parts(source: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        return [
            (item, archive.read(item))
            for item in sorted(archive.namelist())
            if _TEMPLATED_PARTS.fullmatch(item)
        ]


def _text_of(element: etree._Element) -> str:
    return "".join(node.text or "" for node in element.iter(f"{W}t"))


def _structure_problems(name: str, part: str, xml: bytes) -> list[Problem]:
    root = etree.fromstring(xml)
    problems = []
    for paragraph in root.iter(f"{W}p"):
        for tag in _TAG.findall(_text_of(paragraph)):
            if any(ch in tag for ch in _TYPOGRAPHIC):
                problems.append(Problem(name, part, f"typographic dash or quote in {tag!r}"))
    for kind, element_name in _BLOCK_TAGS.items():
        opener = "{%" + kind + " "
        for element in root.iter(element_name):
            text = _text_of(element)
            if opener not in text:
                continue
            rest = _TAG.sub("", text).strip()
            tags = [t for t in _TAG.findall(text) if t.startswith(opener)]
            if rest or len(_TAG.findall(text)) != len(tags) or len(tags) != 1:
                problems.append(
                    Problem(name, part, f"{tags[0]!r} shares its {kind} with other text: {text!r}")
                )
    return problems


def _variable_problems(
    name: str, part: str, xml: bytes, contexts: list[Mapping[str, Any]]
) -> list[Problem]:
    env = jinja_environment()
    patched = patch(xml.decode("utf-8"))
    try:
        parsed = env.parse(patched)
    except jinja2.TemplateSyntaxError as error:
        return [Problem(name, part, f"Jinja syntax error: {error.message} (line {error.lineno})")]
    known = set.intersection(*(set(context) for context in contexts)) if contexts else set()
    unknown = jinja2.meta.find_undeclared_variables(parsed) - known
    return [Problem(name, part, f"unknown variable {variable!r}") for variable in sorted(unknown)]


def _render_problems(
    name: str, compiled: CompiledTemplate, context: Mapping[str, Any], expected_text: str
) -> list[Problem]:
    try:
        rendered = compiled.render(context)
    except jinja2.TemplateError as error:
        return [Problem(name, "render", f"{type(error).__name__}: {error}")]
    text = document_text(rendered)
    problems = []
    if "{{" in text or "{%" in text:
        problems.append(Problem(name, "render", "a tag was left unrendered"))
    if expected_text and expected_text not in text:
        problems.append(Problem(name, "render", f"{expected_text!r} is missing or mangled"))
    return problems


def document_text(docx: bytes) -> str:
    """All the text of a DOCX: body paragraphs and tables, headers and footers."""
    document = Document(io.BytesIO(docx))
    roots = [document.element.body]
    for section in document.sections:
        roots.extend(part._element for part in (section.header, section.footer))
    return "\n".join(_text_of(p) for root in roots for p in root.iter(f"{W}p"))
