"""User-facing sentences by key, in English and Spanish, from `resources/messages/*.toml`.

Core code never builds a sentence itself: it names a key and its parameters, and the CLI or
the GUI turns them into words in the user's language.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from functools import cache

from clinic_app.core.errors import ClinicError
from clinic_app.core.resources import resources_dir

LANGUAGES = ("en", "es")


@cache
def catalog(language: str) -> dict[str, str]:
    """Every message of one language, flattened to dotted keys (`error.wrong_passphrase`)."""
    path = resources_dir() / "messages" / f"{language}.toml"
    with path.open("rb") as handle:
        return dict(_flatten(tomllib.load(handle)))


def _flatten(table: Mapping[str, object], prefix: str = "") -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for key, value in table.items():
        dotted = f"{prefix}{key}"
        if isinstance(value, Mapping):
            items.extend(_flatten(value, dotted + "."))
        else:
            items.append((dotted, str(value)))
    return items


def message(key: str, language: str = "en", **params: object) -> str:
    """The sentence for `key` in `language` (English when that language lacks it)."""
    template = catalog(language).get(key) or catalog("en")[key]
    return template.format(**params)


def describe_error(error: ClinicError, language: str = "en") -> str:
    return message(error.message_key, language, **error.params)
