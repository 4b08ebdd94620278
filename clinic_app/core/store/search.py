"""What the client search indexes, and how a typed query becomes an FTS5 query."""

from __future__ import annotations

import json
import re

_WORD = re.compile(r"\w+", re.UNICODE)


def search_names(identity_json: str) -> str:
    """The text indexed for one client: first, last and other names (never facts)."""
    identity = json.loads(identity_json)
    names = [identity["first_name"], identity["last_name"], *identity.get("other_names", ())]
    return " ".join(names)


def fts_query(text: str) -> str | None:
    """Every word typed must start a name word: "gar lop" finds "García López".

    Words are quoted, so FTS5 syntax in user input ("O'Brien", "AND", "-") is just text;
    None when nothing searchable was typed.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
