"""JSON files in the exchange format: what `clients import` reads, `clients export` writes
and `evaluate` reads.

A file holds one client document (the `evaluate` input plus a `client` block, see
`model.ClientDocument`) or a JSON array of them. Reading validates everything before
anything is saved, and names every bad field, so a clinic fixing a file sees all problems.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from clinic_app.core.errors import InvalidDocument
from clinic_app.core.model import (
    EXCHANGE_CONTEXT,
    Client,
    ClientDocument,
    Record,
    describe_validation_error,
)
from clinic_app.core.safe_write import write_atomically


def parse_client_documents(text: str | bytes, *, source: str) -> list[Client]:
    """Every client in a JSON document; InvalidDocument names each bad field."""
    data = _load_json(text, source)
    documents = data if isinstance(data, list) else [data]
    clients, problems = [], []
    for index, document in enumerate(documents):
        prefix = f"[{index}]." if isinstance(data, list) else ""
        try:
            clients.append(
                ClientDocument.model_validate(document, context=EXCHANGE_CONTEXT).to_client()
            )
        except ValidationError as error:
            problems.append(prefix + describe_validation_error(error).replace("; ", "; " + prefix))
    if not clients and not problems:
        problems.append("the list holds no client")
    if problems:
        raise InvalidDocument(source=source, details="; ".join(problems))
    return clients


def parse_record(text: str | bytes, *, source: str, as_of: date | None = None) -> Record:
    """The rule module's input: an `evaluate` document (exchange-format §1), or a client
    document as `clients export` writes it. `as_of`, when given, replaces the document's."""
    data = _load_json(text, source)
    if not isinstance(data, dict):
        raise InvalidDocument(source=source, details="expected a JSON object")
    if as_of is not None:
        data["as_of"] = as_of.isoformat()
    try:
        if "client" in data:
            document = ClientDocument.model_validate(data, context=EXCHANGE_CONTEXT)
            if document.as_of is None:
                raise InvalidDocument(source=source, details="as_of: is missing")
            return document.to_client().record(document.as_of)
        return Record.model_validate(data, context=EXCHANGE_CONTEXT)
    except ValidationError as error:
        raise InvalidDocument(source=source, details=describe_validation_error(error)) from None


def read_record_file(path: Path, *, as_of: date | None = None) -> Record:
    return parse_record(_read(path), source=str(path), as_of=as_of)


def read_client_file(path: Path) -> list[Client]:
    return parse_client_documents(_read(path), source=str(path))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InvalidDocument(source=str(path), details=error.strerror or "cannot read") from None


def _load_json(text: str | bytes, source: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidDocument(
            source=source, details=f"not JSON (line {error.lineno}, column {error.colno})"
        ) from None
    except UnicodeDecodeError:
        raise InvalidDocument(source=source, details="not UTF-8 text") from None


def dump_clients(clients: Sequence[Client], *, as_of: date | None = None) -> str:
    """One document for one client, an array for several; stable key order for diffs."""
    documents = [
        json.loads(ClientDocument.from_client(client, as_of).model_dump_json())
        for client in clients
    ]
    payload = documents[0] if len(documents) == 1 else documents
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"


def write_client_file(path: Path, clients: Sequence[Client], *, as_of: date | None = None) -> None:
    """Plaintext client data: written atomically and readable only by this user (0600)."""
    write_atomically(path, dump_clients(clients, as_of=as_of).encode("utf-8"))
