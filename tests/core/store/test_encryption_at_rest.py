"""What an attacker with the laptop's disk sees: no client name in any file we write."""

from __future__ import annotations

from pathlib import Path

from clinic_app.core.store import create_store
from tests.fixtures.clients import make_client, make_conviction

MARKERS = ("Quetzalcóatl", "Xochiquetzal-Ibarra", "ZZ-CASE-998877", "1 Calle Secreta")


def _all_bytes(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.iterdir() if path.is_file()}


def _assert_no_marker(files: dict[str, bytes]) -> None:
    for name, raw in files.items():
        for marker in MARKERS:
            for encoding in ("utf-8", "utf-16-le"):
                assert marker.encode(encoding) not in raw, f"{marker!r} readable in {name}"


def test_database_wal_and_key_file_hold_no_plaintext(tmp_path: Path, fast_kdf) -> None:
    store, _ = create_store(tmp_path / "clinic.db", "correct horse battery", params=fast_kdf)
    client = make_client(
        first_name=MARKERS[0],
        last_name=MARKERS[1],
        contact={"mailing_address": MARKERS[3]},
        convictions=(make_conviction(case_number=MARKERS[2]),),
    )
    store.save_client(client)

    while_open = _all_bytes(tmp_path)
    assert any(name.endswith("-wal") for name in while_open), "expected a WAL file while open"
    assert b"SQLite format 3" not in while_open["clinic.db"][:16]
    _assert_no_marker(while_open)

    store.close()
    _assert_no_marker(_all_bytes(tmp_path))
