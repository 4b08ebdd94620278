"""`clinic-app` from a terminal: commands work, and bad input is one clear line."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from clinic_app import cli
from clinic_app.core import exchange
from clinic_app.core.rapsheet.synthetic import make_sheet
from clinic_app.core.store import create_store, open_store
from tests.fixtures.clients import make_client

PASSPHRASE = "correct horse battery"


@pytest.fixture
def run(monkeypatch, capsys):
    """Run the CLI in-process with `stdin` text; returns (exit code, stdout, stderr)."""

    def invoke(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def database(tmp_path: Path, fast_kdf) -> Path:
    path = tmp_path / "clinic.db"
    store, _ = create_store(path, PASSPHRASE, params=fast_kdf)
    store.save_clients([make_client(first_name="Ana", last_name="García"), make_client()])
    store.close()
    return path


def _assert_one_line_error(err: str, *fragments: str) -> None:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("clinic-app: error: ")
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in lines[0]


def test_init_prints_the_recovery_key_once_and_it_opens_the_database(run, tmp_path) -> None:
    database = tmp_path / "new.db"
    code, out, _ = run("init", "--db", str(database), "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 0
    recovery = next(line.strip() for line in out.splitlines() if line.count("-") == 7)
    with open_store(database, recovery) as store:
        assert store.count_clients() == 0


def test_init_refuses_a_short_passphrase(run, tmp_path) -> None:
    code, _, err = run("init", "--db", str(tmp_path / "x.db"), "--passphrase-stdin", stdin="abc")
    assert code == 1
    _assert_one_line_error(err, "at least 8 characters")
    assert not (tmp_path / "x.db").exists()


def test_list_and_search(run, database) -> None:
    code, out, _ = run(
        "clients", "list", "--db", str(database), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = run(
        "clients",
        "list",
        "--search",
        "garcia",
        "--db",
        str(database),
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert code == 0 and "Ana García" in out and len(out.splitlines()) == 1


def test_wrong_passphrase_is_one_line(run, database) -> None:
    code, _, err = run(
        "clients", "list", "--db", str(database), "--passphrase-stdin", stdin="not the passphrase"
    )
    assert code == 1
    _assert_one_line_error(err, "passphrase does not match")


def test_spanish_messages(run, database) -> None:
    code, _, err = run(
        "--lang",
        "es",
        "clients",
        "list",
        "--db",
        str(database),
        "--passphrase-stdin",
        stdin="not the passphrase",
    )
    assert code == 1
    _assert_one_line_error(err, "La contraseña no coincide")


def test_export_then_import_round_trips(run, database, tmp_path) -> None:
    out_file = tmp_path / "export.json"
    export_all = ("clients", "export", "--all", "--out", str(out_file), "--db", str(database))
    code, _, err = run(*export_all, "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 0 and "NOT encrypted" in err
    assert out_file.stat().st_mode & 0o777 == 0o600
    exported = exchange.read_client_file(out_file)
    assert len(exported) == 2

    code, _, err = run(*export_all, "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 2
    _assert_one_line_error(err, "already exists")

    changed = [exported[0].model_copy(update={"notes": "updated"}), make_client()]
    exchange.write_client_file(tmp_path / "in.json", changed)
    code, out, _ = run(
        "clients",
        "import",
        str(tmp_path / "in.json"),
        "--db",
        str(database),
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert code == 0 and "1 new, 1 updated" in out
    with open_store(database, PASSPHRASE) as store:
        assert store.count_clients() == 3
        assert store.get_client(exported[0].id).notes == "updated"


def test_show_json_is_the_exchange_format(run, database) -> None:
    with open_store(database, PASSPHRASE) as store:
        client_id = store.client_ids()[0]
    code, out, _ = run(
        "clients",
        "show",
        client_id,
        "--json",
        "--db",
        str(database),
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert code == 0
    document = json.loads(out)
    assert document["client"]["id"] == client_id
    assert set(document) >= {"client", "person", "convictions", "arrests"}


def test_show_unknown_client(run, database) -> None:
    code, _, err = run(
        "clients", "show", "nope", "--db", str(database), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 1
    _assert_one_line_error(err, "No client with id nope")


@pytest.mark.parametrize(
    ("content", "fragments"),
    [
        ("{not json", ["not JSON", "line 1"]),
        ("[]", ["holds no client"]),
        (b"\xff\xfe\x00garbage", ["not"]),
        (
            '{"client": {"first_name": "A"}, "person": {}}',
            ["client.last_name: is missing", "person.registered_290: is missing"],
        ),
    ],
)
def test_import_of_bad_json_names_the_problem(run, database, tmp_path, content, fragments):
    bad = tmp_path / "bad.json"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content)
    code, _, err = run(
        "clients", "import", str(bad), "--db", str(database), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 2
    _assert_one_line_error(err, str(bad), *fragments)
    with open_store(database, PASSPHRASE) as store:
        assert store.count_clients() == 2  # nothing imported


def test_import_names_a_bad_date_inside_a_conviction(run, database, tmp_path) -> None:
    document = json.loads(exchange.dump_clients([make_client()]))
    document["convictions"][0]["offense_date"] = "15/06/2014"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    code, _, err = run(
        "clients", "import", str(bad), "--db", str(database), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 2
    _assert_one_line_error(err, "convictions[0].offense_date", "YYYY-MM-DD")


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["frobnicate"], "invalid choice"),
        (["clients"], "needs a command"),
        (["demo", "--clients", "0"], "must be at least 1"),
        (["clients", "import", "/no/such/file.json", "--passphrase-stdin"], "No such file"),
        (["gui", "--db", "/no/such/dir/clinic.db"], "no database at"),
        (["clients", "export", "--out", "x.json"], "--all"),
    ],
)
def test_bad_command_lines_are_one_line_errors(run, argv, fragment) -> None:
    code, _, err = run(*argv)
    assert code == 2
    _assert_one_line_error(err, fragment)


def test_without_a_terminal_the_passphrase_must_come_on_stdin(run, database) -> None:
    code, _, err = run("clients", "list", "--db", str(database))
    assert code == 2
    _assert_one_line_error(err, "--passphrase-stdin")


def test_unexpected_errors_show_a_reference_not_a_traceback(run, monkeypatch, database):
    def explode(*_args, **_kwargs):
        raise RuntimeError("secret detail")

    monkeypatch.setattr(cli, "open_store", explode)
    code, _, err = run(
        "clients", "list", "--db", str(database), "--passphrase-stdin", stdin=PASSPHRASE
    )
    assert code == 1
    _assert_one_line_error(err, "reference")
    assert "secret detail" not in err


def test_change_passphrase(run, database) -> None:
    code, out, _ = run(
        "change-passphrase",
        "--db",
        str(database),
        "--passphrase-stdin",
        stdin=f"{PASSPHRASE}\nsomething else entirely\n",
    )
    assert code == 0 and "Passphrase changed" in out
    with open_store(database, "something else entirely") as store:
        assert store.count_clients() == 2


def test_the_log_names_no_client(run, tmp_path, fast_kdf) -> None:
    """A scripted session with the fixture clients leaves ids in the log, never names."""
    from clinic_app.core.paths import log_dir
    from tests.fixtures.clients import fixture_clients

    database = tmp_path / "clinic.db"
    store, _ = create_store(database, PASSPHRASE, params=fast_kdf)
    store.close()
    people = fixture_clients()
    exchange.write_client_file(tmp_path / "people.json", people)
    common = ("--db", str(database), "--passphrase-stdin")
    run("clients", "import", str(tmp_path / "people.json"), *common, stdin=PASSPHRASE)
    run("clients", "list", "--search", people[0].last_name, *common, stdin=PASSPHRASE)
    run("clients", "show", people[1].id, *common, stdin=PASSPHRASE)
    run("clients", "show", "missing-id", *common, stdin=PASSPHRASE)
    run("clients", "list", *common, stdin="a wrong passphrase")

    log_text = (log_dir() / "clinic-app.log").read_text(encoding="utf-8")
    assert "ClientNotFound" in log_text and "WrongPassphrase" in log_text  # it did log
    for person in people:
        for name in (person.first_name, person.last_name, *person.other_names):
            assert name not in log_text


@pytest.mark.slow
def test_demo_offscreen_screenshot_through_the_real_command(tmp_path) -> None:
    """What CI and the README promise: `clinic-app demo --offscreen --screenshot FILE`."""
    import os
    import subprocess
    import sys

    shot = tmp_path / "shot.png"
    environment = {**os.environ, "CLINIC_APP_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [sys.executable, "-m", "clinic_app", "demo", "--offscreen", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        timeout=120,
        env=environment,
    )
    assert result.returncode == 0, result.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    demo = tmp_path / "home" / "demo" / "demo.db"
    with open_store(demo, cli.DEMO_PASSPHRASE) as store:
        assert store.count_clients() == cli.DEMO_CLIENTS
        assert store.settings().attorneys  # a fictional clinic with its attorney

    # The demo's packet client is signed off: a filing packet, in PDF too, straight away.
    packet = subprocess.run(
        [
            sys.executable,
            "-m",
            "clinic_app",
            "documents",
            "demo-packet-client",
            "--db",
            str(demo),
            "--out",
            str(tmp_path / "packet"),
            "--pdf",
            "--passphrase-stdin",
        ],
        input=cli.DEMO_PASSPHRASE,
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert packet.returncode == 0, packet.stderr
    assert len(list((tmp_path / "packet").glob("*.pdf"))) == 31
    assert "DRAFT" not in packet.stdout


def test_unwritable_places_are_named(run, database, tmp_path) -> None:
    common = ("--db", str(database), "--passphrase-stdin")
    target = tmp_path / "no-such-folder" / "out.json"
    code, _, err = run(
        "clients", "export", "--all", "--out", str(target), *common, stdin=PASSPHRASE
    )
    assert code == 1
    _assert_one_line_error(err, "Cannot write to", str(target))

    code, _, err = run("init", "--db", "/proc/clinic.db", "--passphrase-stdin", stdin=PASSPHRASE)
    assert code == 1
    _assert_one_line_error(err, "Cannot write to /proc")


EVALUATE_INPUT = {
    "as_of": "2026-11-15",
    "person": {
        "date_of_birth": "1980-01-15",
        "registered_290": False,
        "pending_charges": False,
        "currently_serving_sentence": False,
        "on_probation_or_parole": False,
        "prior_super_strike": False,
    },
    "convictions": [
        {
            "id": "c1",
            "case_number": "BA123456",
            "county": "Los Angeles",
            "code": "HS 11357(b)",
            "level": "misdemeanor",
            "offense_date": "2010-05-01",
            "conviction_date": "2010-05-03",
            "sentence": {
                "probation_granted": False,
                "prison": "none",
                "sentence_completed_date": "2010-05-03",
            },
            "quantity_grams": 10,
        }
    ],
    "arrests": [],
}


def test_evaluate_prints_the_exchange_format(run, tmp_path) -> None:
    person = tmp_path / "person.json"
    person.write_text(json.dumps(EVALUATE_INPUT))
    code, out, _ = run("evaluate", str(person))
    assert code == 0
    output = json.loads(out)
    assert output["as_of"] == "2026-11-15" and output["warnings"] == []
    remedies = [d["remedy"] for d in output["decisions"]]
    assert remedies[:2] == ["hs11361_8_dismiss", "hs11361_8_redesignate"]
    for decision in output["decisions"]:
        assert decision["conviction_id"] == "c1"
        assert decision["citations"] and decision["reasons"]
        assert set(decision) == {
            "conviction_id",
            "remedy",
            "status",
            "eligible_from",
            "discretionary",
            "automatic",
            "citations",
            "reasons",
            "missing_facts",
            "forms",
        }


def test_evaluate_in_spanish_text_and_from_stdin(run) -> None:
    code, out, _ = run(
        "evaluate", "-", "--format", "text", "--lang", "es", stdin=json.dumps(EVALUATE_INPUT)
    )
    assert code == 0
    assert "Condena c1: HS 11357(b) (delito menor)" in out
    assert "Califica" in out


def test_evaluate_reads_a_client_export_with_as_of_given(run, tmp_path) -> None:
    export = tmp_path / "client.json"
    exchange.write_client_file(export, [make_client()])
    code, _, err = run("evaluate", str(export))
    assert code == 2
    _assert_one_line_error(err, "as_of: is missing")
    code, out, _ = run("evaluate", str(export), "--as-of", "2026-11-15")
    assert code == 0 and json.loads(out)["decisions"]


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.pop("as_of"), "as_of: is missing"),
        (lambda d: d["convictions"][0].update(level="wobbler"), "convictions[0].level"),
        (
            lambda d: d["convictions"][0]["sentence"].pop("sentence_completed_date"),
            "sentence_completed_date must be given",
        ),
        (lambda d: d.update(as_of="2009-01-01"), "before the conviction date of c1"),
        (lambda d: d["person"].update(date_of_birth="15/01/1980"), "person.date_of_birth"),
    ],
)
def test_evaluate_rejects_invalid_input_naming_the_field(run, tmp_path, change, fragment):
    document = json.loads(json.dumps(EVALUATE_INPUT))
    change(document)
    person = tmp_path / "person.json"
    person.write_text(json.dumps(document))
    code, out, err = run("evaluate", str(person))
    assert code == 2 and out == ""
    _assert_one_line_error(err, fragment)


def test_an_unknown_code_is_not_an_error(run, tmp_path) -> None:
    document = json.loads(json.dumps(EVALUATE_INPUT))
    document["convictions"][0]["code"] = "PC 99999"
    person = tmp_path / "person.json"
    person.write_text(json.dumps(document))
    code, out, _ = run("evaluate", str(person))
    assert code == 0
    statuses = {d["remedy"]: d for d in json.loads(out)["decisions"]}
    assert any("code" in d["missing_facts"] for d in statuses.values())


def test_rules_prints_the_book(run) -> None:
    code, out, _ = run("rules", "--format", "markdown")
    assert code == 0 and out.startswith("# Rules book")


# --- documents ------------------------------------------------------------------------------


@pytest.fixture
def packet_database(tmp_path: Path, fast_kdf) -> Path:
    """The demo's fictional clinic and its client whose record needs every form, unreviewed."""
    from clinic_app.core.synthetic_packet import DEMO_DETAILS, DEMO_SETTINGS, make_packet_client

    path = tmp_path / "clinic.db"
    store, _ = create_store(path, PASSPHRASE, params=fast_kdf)
    client = make_packet_client()
    store.save_client(client)
    store.save_settings(DEMO_SETTINGS)
    store.save_filing_details(client.id, DEMO_DETAILS)
    store.close()
    return path


def test_documents_before_review_explains_that_an_attorney_must_approve(
    run, packet_database, tmp_path
) -> None:
    common = ("--db", str(packet_database), "--passphrase-stdin")
    out_dir = tmp_path / "packet"
    code, _, err = run(
        "documents", "demo-packet-client", "--out", str(out_dir), *common, stdin=PASSPHRASE
    )
    assert code == 1
    _assert_one_line_error(err, "approved by an attorney", "draft")
    assert not out_dir.exists()


def test_documents_draft_saves_every_document_marked_draft(run, packet_database, tmp_path) -> None:
    from clinic_app.core.documents.lint import document_text
    from clinic_app.core.documents.watermark import DRAFT_NOTICE

    out_dir = tmp_path / "packet"
    code, out, err = run(
        "documents",
        "demo-packet-client",
        "--out",
        str(out_dir),
        "--draft",
        "--date",
        "2026-11-25",
        "--db",
        str(packet_database),
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert code == 0, err
    files = sorted(out_dir.glob("*.docx"))
    assert len(files) == 31
    assert "DRAFT packet" in out and "NOT encrypted" in err
    assert files[0].name == "01 CR-180 Petition for Dismissal LA-1.docx"
    assert all(path.stat().st_mode & 0o077 == 0 for path in files)  # only the user can read
    assert all(DRAFT_NOTICE in document_text(path.read_bytes()) for path in files)


def test_documents_of_an_unknown_client_is_one_line(run, packet_database, tmp_path) -> None:
    code, _, err = run(
        "documents",
        "nobody",
        "--out",
        str(tmp_path / "x"),
        "--db",
        str(packet_database),
        "--passphrase-stdin",
        stdin=PASSPHRASE,
    )
    assert code == 1
    _assert_one_line_error(err, "nobody")


# --- rapsheet ---------------------------------------------------------------------------

RAP_SHEET = make_sheet(9, cycles=4)  # synthetic


@pytest.fixture
def sheet_file(tmp_path: Path) -> Path:
    path = tmp_path / "sheet.txt"
    path.write_text(RAP_SHEET.text + "A LINE NOBODY CAN READ\n")
    return path


def test_the_summary_names_each_conviction_with_its_lines(run, sheet_file: Path) -> None:
    code, out, _ = run("rapsheet", str(sheet_file))
    assert code == 0
    assert f"Convictions ({len(RAP_SHEET.convictions)})" in out
    for truth in RAP_SHEET.convictions:
        assert truth.code in out
        assert truth.conviction_date.isoformat() in out
    assert "(line " in out


def test_json_goes_into_evaluate_and_problems_go_to_stderr(run, sheet_file: Path) -> None:
    code, out, err = run("rapsheet", str(sheet_file), "--json", "--as-of", "2026-11-15")
    assert code == 0
    document = json.loads(out)
    assert document["as_of"] == "2026-11-15"
    assert len(document["convictions"]) == len(RAP_SHEET.convictions)
    assert "pending_charges" in err
    assert "NOBODY" not in err  # what follows END OF MESSAGE is not the record
    code, decided, _ = run("evaluate", "-", stdin=out)
    assert code == 0
    assert json.loads(decided)["decisions"]


def test_unread_lines_are_listed_with_their_numbers(run, tmp_path: Path) -> None:
    path = tmp_path / "sheet.txt"
    lines = RAP_SHEET.text.splitlines()
    lines.insert(14, "A LINE NOBODY CAN READ")
    path.write_text("\n".join(lines) + "\n")
    code, _, err = run("rapsheet", str(path), "--json")
    assert code == 0
    assert "line 15: A LINE NOBODY CAN READ" in err


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("missing.pdf", None, "There is no file"),
        ("record.docx", "x", "is not a kind Clean Slate Desk can read"),
        ("letter.txt", "Dear landlord, the roof leaks.\n", "does not look like a California"),
    ],
)
def test_errors_are_one_line_and_exit_2(
    run, tmp_path: Path, name: str, content: str | None, fragment: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_text(content)
    code, out, err = run("rapsheet", str(path), "--json")
    assert (code, out) == (2, "")
    _assert_one_line_error(err, fragment)
