"""Generate the DOCX templates in forms/ from their builders.

    python -m forms.build            # write every template whose content changed
    python -m forms.build --check    # exit 1 if a committed template is stale

Each module in `forms/builders/` may define `TEMPLATES: dict[str, Callable[[], Document]]`.
A template is compared part by part (the XML inside the zip), not byte by byte, because a zip
records the time it was written; so rebuilding an unchanged form leaves git clean.
"""

from __future__ import annotations

import argparse
import importlib
import io
import pkgutil
import sys
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from docx.document import Document

import forms.builders

FORMS_DIR = Path(__file__).resolve().parent
# Fixed document properties, so a rebuild of an unchanged form produces the same parts.
BUILT_AT = datetime(2026, 1, 1)

Builder = Callable[[], Document]


def all_builders() -> dict[str, Builder]:
    """Every template file name with its builder, from every module of `forms.builders`."""
    found: dict[str, Builder] = {}
    for info in sorted(pkgutil.iter_modules(forms.builders.__path__), key=lambda i: i.name):
        module = importlib.import_module(f"forms.builders.{info.name}")
        for name, build in getattr(module, "TEMPLATES", {}).items():
            if name in found:
                raise ValueError(f"two builders make {name}")
            found[name] = build
    return found


def build_bytes(build: Builder) -> bytes:
    document = build()
    properties = document.core_properties
    properties.author = "Clean Slate Desk"
    properties.last_modified_by = "Clean Slate Desk"
    properties.created = properties.modified = BUILT_AT
    properties.revision = 1
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def parts(docx: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def stale_templates(directory: Path = FORMS_DIR) -> list[str]:
    """Names of templates whose committed file is missing or differs from its builder."""
    stale = []
    for name, build in all_builders().items():
        target = directory / name
        if not target.exists() or parts(target.read_bytes()) != parts(build_bytes(build)):
            stale.append(name)
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale templates")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_templates()
        for name in stale:
            print(f"stale: forms/{name} (run: python -m forms.build)")
        return 1 if stale else 0
    for name, build in all_builders().items():
        target = FORMS_DIR / name
        data = build_bytes(build)
        if target.exists() and parts(target.read_bytes()) == parts(data):
            continue
        target.write_bytes(data)
        print(f"wrote forms/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
