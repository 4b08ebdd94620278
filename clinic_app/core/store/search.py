"""What the client search indexes, and how a typed query becomes an FTS5 query."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)


def search_text(identity_json: str, case_numbers: Iterable[str] = ()) -> str:
    """The text indexed for one client: first, last and other names, and the case numbers a
    volunteer may have in hand (a court printout, a letter); never other facts."""
    identity = json.loads(identity_json)
    names = [identity["first_name"], identity["last_name"], *identity.get("other_names", ())]
    return " ".join([*names, *dict.fromkeys(case_numbers)])


def fold(text: str) -> str:
    """Case- and accent-folded, as FTS5's unicode61 remove_diacritics folds the index."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def matches(query: str, text: str) -> bool:
    """The FTS rule in Python, for the few rows outside the index (intakes in progress):
    every word typed starts some word of `text`."""
    words = [fold(word) for word in _WORD.findall(text)]
    return all(any(w.startswith(fold(typed)) for w in words) for typed in _WORD.findall(query))


def fts_query(text: str) -> str | None:
    """Every word typed must start a name word: "gar lop" finds "García López".

    Words are quoted, so FTS5 syntax in user input ("O'Brien", "AND", "-") is just text;
    None when nothing searchable was typed.
    """
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{word}"*' for word in words)
