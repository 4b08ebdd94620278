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
    """Every message of one language, flattened to dotted keys (`error.wrong_passphrase`).

    `resources/messages/<language>.toml` holds the app's messages; each remedy keeps its
    reasons in `resources/messages/rules/<remedy>.<language>.toml`, beside its statute.
    """
    folder = resources_dir() / "messages"
    paths = [folder / f"{language}.toml", *sorted(folder.glob(f"*/*.{language}.toml"))]
    messages: dict[str, str] = {}
    for path in paths:
        with path.open("rb") as handle:
            for key, text in _flatten(tomllib.load(handle)):
                if key in messages:
                    raise ValueError(f"message {key!r} is defined twice ({path.name})")
                messages[key] = text
    return messages


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
