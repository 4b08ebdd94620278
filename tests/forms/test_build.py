"""The committed templates are exactly what their builders make."""

from __future__ import annotations

from forms.build import FORMS_DIR, all_builders, build_bytes, parts, stale_templates


def test_every_committed_template_matches_its_builder() -> None:
    assert stale_templates() == []


def test_every_template_in_forms_has_a_builder() -> None:
    built = set(all_builders())
    committed = {path.name for path in FORMS_DIR.glob("*.docx")}
    assert committed == built


def test_building_is_deterministic() -> None:
    name, build = next(iter(all_builders().items()))
    assert parts(build_bytes(build)) == parts(build_bytes(build)), name
