"""PDFs with LibreOffice, and the private folder that previews and printing use."""

from __future__ import annotations

from pathlib import Path

import pytest

from clinic_app.core.documents.convert import LibreOfficeMissing, convert_to_pdf
from clinic_app.core.documents.packet import plan_packet, render_packet
from clinic_app.core.documents.service import (
    Packet,
    packet_pdfs,
    private_temp_folder,
    private_temp_root,
    sweep_private_temp,
)
from tests.core.documents.conftest import DETAILS, SETTINGS, TODAY


def draft_packet(client, evaluation) -> Packet:
    plan = plan_packet(client, evaluation, {}, SETTINGS, DETAILS, today=TODAY, draft=True)
    return Packet(plan, render_packet(plan))


def test_a_missing_libreoffice_is_a_clear_error(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("CLINIC_APP_SOFFICE", str(tmp_path / "no-soffice"))
    document = tmp_path / "a.docx"
    document.write_bytes(b"")
    with pytest.raises(LibreOfficeMissing):
        convert_to_pdf([document], tmp_path)


def test_a_whole_packet_becomes_pdfs_and_the_word_files_are_removed(
    client, evaluation, tmp_path: Path
) -> None:
    pdfs = packet_pdfs(draft_packet(client, evaluation), tmp_path)
    assert len(pdfs) == 31
    assert all(path.read_bytes().startswith(b"%PDF") for path in pdfs)
    assert list(tmp_path.glob("*.docx")) == []


def test_the_private_folder_is_removed_even_after_an_error() -> None:
    with pytest.raises(RuntimeError), private_temp_folder() as folder:
        (folder / "petition.pdf").write_bytes(b"%PDF")
        assert folder.parent == private_temp_root()
        assert folder.stat().st_mode & 0o077 == 0  # only the user can open it
        raise RuntimeError("printer on fire")
    assert not folder.exists()


def test_what_a_crash_left_behind_is_swept_at_start() -> None:
    leftover = private_temp_root() / "packet-crashed"
    leftover.mkdir(parents=True)
    (leftover / "petition.pdf").write_bytes(b"%PDF")
    sweep_private_temp()
    assert not private_temp_root().exists()
