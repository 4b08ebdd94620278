"""`clinic-app`: the same core services as the GUI, from a terminal.

argparse (standard library) rather than click or typer: one dependency fewer in the frozen
app, and full control over errors. Every expected failure prints one line naming what is
wrong and exits non-zero (2 for bad input, 1 otherwise); a traceback is a bug, and even then
the user sees a one-line message with a reference code that matches the log.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from clinic_app.core import exchange, paths
from clinic_app.core.errors import ClinicError, InvalidDocument
from clinic_app.core.logs import configure_logging, log_unexpected
from clinic_app.core.messages import describe_error
from clinic_app.core.model import Client
from clinic_app.core.store import (
    Store,
    change_passphrase,
    create_store,
    key_file_path,
    open_remembered,
    open_store,
)

if TYPE_CHECKING:  # the rap-sheet reader loads PDF and image libraries: only when used
    from clinic_app.core.rapsheet import Field, ParsedConviction, ParsedRecord, SourceText

log = logging.getLogger("clinic_app.cli")

PROG = "clinic-app"
DEMO_PASSPHRASE = "demo-passphrase"  # the demo holds synthetic people only
DEMO_CLIENTS = 60
EXIT_OK, EXIT_FAILURE, EXIT_BAD_INPUT, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad input on the command line itself: exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


# --- unlocking ----------------------------------------------------------------------------


def _read_secret(args: argparse.Namespace, prompt: str) -> str:
    """A passphrase from stdin (scripts, with --passphrase-stdin) or typed at a terminal.

    Never from an argument or an environment variable: both leak into process listings.
    """
    if args.passphrase_stdin:
        line = sys.stdin.readline().rstrip("\r\n")
        if not line:
            raise UsageError("--passphrase-stdin was given but standard input had no line")
        return line
    if not sys.stdin.isatty():
        raise UsageError("no terminal to ask the passphrase: pass --passphrase-stdin")
    return getpass.getpass(prompt)


def _new_passphrase(args: argparse.Namespace) -> str:
    passphrase = _read_secret(args, "New passphrase: ")
    if not args.passphrase_stdin and getpass.getpass("Type it again: ") != passphrase:
        raise UsageError("the two passphrases differ; nothing was changed")
    return passphrase


def _open(args: argparse.Namespace) -> Store:
    if not args.passphrase_stdin:
        remembered = open_remembered(args.db)
        if remembered is not None:
            return remembered
    return open_store(args.db, _read_secret(args, "Passphrase or recovery key: "))


# --- commands -----------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    store, recovery_key = create_store(args.db, _new_passphrase(args))
    store.close()
    _print_created(args.db, recovery_key)
    return EXIT_OK


def _print_created(database: Path, recovery_key: str) -> None:
    print(f"Created the encrypted database {database}")
    print(f"Its key file is {key_file_path(database)}: back up both files together.")
    print()
    print("RECOVERY KEY. Write it down now and keep it in the clinic's safe;")
    print("it is shown only this once and opens the database if the passphrase is lost:")
    print()
    print(f"    {recovery_key}")
    print()


def cmd_demo(args: argparse.Namespace) -> int:
    database = args.db
    if database.exists():
        store = open_store(database, DEMO_PASSPHRASE)
    else:
        store, _ = create_store(database, DEMO_PASSPHRASE)
        _fill_demo(store, args.clients, args.seed)
        print(f"Created a demo database of {args.clients} synthetic clients: {database}")
    print(f"Demo passphrase: {DEMO_PASSPHRASE}")
    return _run_gui(args, store)


def _fill_demo(store: Store, count: int, seed: int) -> None:
    """Synthetic clients, a fictional clinic, and one client whose record needs every form,
    with the demo attorney's sign-off, so a filing packet can be made straight away."""
    from datetime import UTC, datetime

    from clinic_app.core.rules.engine import evaluate
    from clinic_app.core.synthetic import make_clients
    from clinic_app.core.synthetic_packet import (
        DEMO_DETAILS,
        DEMO_SETTINGS,
        approve_every_form,
        make_packet_client,
    )
    from clinic_app.core.workflow import ClientStatus

    packet_client = make_packet_client()
    store.save_clients([*make_clients(count - 1, seed=seed), packet_client])
    store.save_settings(DEMO_SETTINGS)
    store.save_filing_details(packet_client.id, DEMO_DETAILS)
    decisions = evaluate(packet_client.record(date.today())).decisions
    reviews = approve_every_form(packet_client, decisions, datetime.now(UTC))
    store.save_reviews(packet_client.id, reviews.values())
    store.set_status(packet_client.id, ClientStatus.APPROVED)


def cmd_gui(args: argparse.Namespace) -> int:
    if not args.db.exists():
        raise UsageError(
            f"there is no database at {args.db}: create one with '{PROG} init', "
            f"or try '{PROG} demo'"
        )
    return _run_gui(args, None)


def _run_gui(args: argparse.Namespace, store: Store | None) -> int:
    from clinic_app.ui.app import run_gui  # Qt is imported only by the commands that show it

    return run_gui(args.db, offscreen=args.offscreen, screenshot=args.screenshot, store=store)


def cmd_clients_list(args: argparse.Namespace) -> int:
    with _open(args) as store:
        summaries = store.search_clients(args.search or "", limit=args.limit)
    for summary in summaries:
        dob = summary.date_of_birth.isoformat() if summary.date_of_birth else "unknown"
        print(
            f"{summary.id}  {summary.display_name:<40} born {dob:<10}  "
            f"{summary.conviction_count} conviction(s)"
        )
    print(f"{len(summaries)} client(s)", file=sys.stderr)
    return EXIT_OK


def cmd_clients_show(args: argparse.Namespace) -> int:
    with _open(args) as store:
        client = store.get_client(args.client_id)
    if args.json:
        sys.stdout.write(exchange.dump_clients([client]))
    else:
        _print_client(client, sys.stdout)
    return EXIT_OK


def _print_client(client: Client, out: TextIO) -> None:
    person = client.person
    out.write(f"{client.display_name}  ({client.id})\n")
    if client.other_names:
        out.write(f"  also known as: {', '.join(client.other_names)}\n")
    born = person.date_of_birth.isoformat() if person.date_of_birth else "unknown"
    out.write(f"  born {born}; prefers {client.preferred_language.value}\n")
    for conviction in client.convictions:
        out.write(
            f"  conviction {conviction.id}: {conviction.code} ({conviction.level.value}), "
            f"case {conviction.case_number}, {conviction.county} County, "
            f"convicted {conviction.conviction_date.isoformat()}\n"
        )
    for arrest in client.arrests:
        out.write(
            f"  arrest {arrest.id}: {arrest.code} ({arrest.level.value}) on "
            f"{arrest.arrest_date.isoformat()}, {arrest.disposition.value}\n"
        )


def cmd_clients_import(args: argparse.Namespace) -> int:
    clients = [client for path in args.files for client in exchange.read_client_file(path)]
    with _open(args) as store:
        existing = set(store.client_ids())
        store.save_clients(clients)
    updated = sum(1 for client in clients if client.id in existing)
    print(f"Imported {len(clients)} client(s): {len(clients) - updated} new, {updated} updated.")
    return EXIT_OK


def cmd_clients_export(args: argparse.Namespace) -> int:
    if not args.all and not args.client_ids:
        raise UsageError("name the clients to export, or pass --all")
    if args.out.exists() and not args.force:
        raise UsageError(f"{args.out} already exists: choose another name or pass --force")
    with _open(args) as store:
        ids = store.client_ids() if args.all else args.client_ids
        clients = [store.get_client(client_id) for client_id in ids]
    if not clients:
        raise UsageError("the database holds no client to export")
    exchange.write_client_file(args.out, clients)
    print(f"Exported {len(clients)} client(s) to {args.out}.")
    print(
        "This file is NOT encrypted: keep it on this computer and delete it when done.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    """Decide every remedy for one person's record: exchange-format JSON in, JSON or text out."""
    from clinic_app.core.rules.engine import evaluate
    from clinic_app.core.rules.report import evaluation_json, evaluation_text

    if str(args.file) == "-":
        record = exchange.parse_record(sys.stdin.read(), source="stdin", as_of=args.as_of)
    else:
        record = exchange.read_record_file(args.file, as_of=args.as_of)
    evaluation = evaluate(record)
    if args.format == "text":
        sys.stdout.write(evaluation_text(evaluation, args.lang))
    else:
        json.dump(evaluation_json(evaluation, args.lang), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return EXIT_OK


def cmd_rapsheet(args: argparse.Namespace) -> int:
    """Read a client's DOJ record: a summary, or with --json the `evaluate` input.

    What could not be read (lines, and convictions missing a required fact) goes to stderr
    with --json, so `clinic-app rapsheet sheet.pdf --json | clinic-app evaluate -` works.
    """
    from clinic_app.core import rapsheet
    from clinic_app.core.messages import message

    language = _language(args)
    try:
        source = rapsheet.read_source(args.file)
        parsed = rapsheet.parse_text(source.text, source=str(args.file))
    except rapsheet.RapSheetError as error:
        log.warning("rapsheet failed: %s", type(error).__name__)
        return _fail(describe_error(error, language), EXIT_BAD_INPUT)
    unread = [
        f"  line {item.line}: {item.text}  ({message(item.reason, language)})"
        for item in parsed.unread
    ]
    if not args.json:
        _print_reading(args.file, source, parsed, sys.stdout)
        if unread:
            print(f"Not read ({len(unread)}):", *unread, sep="\n")
        return EXIT_OK
    result = rapsheet.build_exchange(parsed, args.as_of or date.today())
    json.dump(result.document, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    for left in result.left_out:
        print(
            f"left out: {left.kind} on line {left.line} ({left.label}): "
            f"{describe_error(left.error, language)}",
            file=sys.stderr,
        )
    if unread:
        print(f"not read ({len(unread)} line(s)):", *unread, sep="\n", file=sys.stderr)
    print(
        "the record cannot tell these, written as false: ask the client and correct them: "
        + ", ".join(result.assumed),
        file=sys.stderr,
    )
    return EXIT_OK


def _print_reading(path: Path, source: SourceText, parsed: ParsedRecord, out: TextIO) -> None:
    """A volunteer's summary: each fact with the line of the record it was read from."""
    person = parsed.person
    out.write(f"Read {path}: {source.kind}, {source.pages} page(s), {len(parsed.lines)} lines\n")
    names = [f"{name.value}{_on_line(name)}" for name in person.names if name.value]
    out.write(f"Person: {'; also '.join(names) or 'name not read'}\n")
    out.write(
        f"  born {_shown(person.date_of_birth)}; sex {_shown(person.sex)}; "
        f"CII {_shown(person.cii)}; PC 290 registration: "
        f"{'yes' if parsed.registered_290.value else 'none shown'}"
        f"{_on_line(parsed.registered_290)}\n"
    )
    out.write(f"Convictions ({len(parsed.convictions)}):\n")
    for number, conviction in enumerate(parsed.convictions, start=1):
        _print_conviction(number, conviction, out)
    out.write(f"Arrests without a conviction ({len(parsed.arrests)}):\n")
    for number, arrest in enumerate(parsed.arrests, start=1):
        out.write(
            f"  {number}. {_shown(arrest.code)}, arrested {_shown(arrest.arrest_date)}, "
            f"{_shown(arrest.level)}, {_shown(arrest.disposition)}\n"
        )


def _print_conviction(number: int, conviction: ParsedConviction, out: TextIO) -> None:
    level = _shown(conviction.level)
    if conviction.current_level.value is not None:
        level += f" -> {_shown(conviction.current_level)}"
    out.write(
        f"  {number}. {_shown(conviction.code)}, case {_shown(conviction.case_number)}, "
        f"{_shown(conviction.county)} County (cycle {conviction.cycle})\n"
        f"     {_shown(conviction.disposition)} {_shown(conviction.conviction_date)}; "
        f"offense date {_shown(conviction.offense_date)} (the arrest date); {level}\n"
        f"     sentence {_shown(conviction.sentence)}: probation "
        f"{_shown(conviction.probation_months)} months to "
        f"{conviction.probation_end_date.value or '?'}, jail {_shown(conviction.jail_days)} days, "
        f"custody {_shown(conviction.prison)}, fine {'yes' if conviction.fine.value else 'no'}\n"
    )
    for relief in conviction.relief_granted:
        out.write(f"     relief granted: {_shown(relief)}\n")
    missing = conviction.missing()
    if missing:
        out.write(f"     NOT SHOWN, fill in by hand: {', '.join(missing)}\n")


def _shown(found: Field[object]) -> str:
    """A fact and the line it was read on: "2008-03-20 (line 19)", or "?" when not read."""
    value = found.value
    text = "?" if value is None else getattr(value, "value", None) or str(value)
    return f"{text}{_on_line(found)}"


def _on_line(found: Field[object]) -> str:
    return f" (line {found.line})" if found.line is not None else ""


def cmd_rules(args: argparse.Namespace) -> int:
    from clinic_app.core.rules.book import render_markdown

    sys.stdout.write(render_markdown())
    return EXIT_OK


def cmd_documents(args: argparse.Namespace) -> int:
    """Fill a client's packet and save it in --out: approved filings, or a marked draft."""
    from clinic_app.core.documents.service import prepare_packet, record_printed, save_packet

    with _open(args) as store:
        packet = prepare_packet(store, args.client_id, today=args.date, draft=args.draft)
        written = save_packet(packet, args.out, pdf=args.pdf)
        record_printed(store, args.client_id, packet)
    kind = "DRAFT packet (every page marked DRAFT)" if args.draft else "packet"
    print(f"Saved a {kind} of {len(packet.documents)} document(s) in {args.out}:")
    for path in written:
        print(f"  {path.name}")
    print(
        "These files are NOT encrypted: keep them in a safe place and delete them when done.",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    current = _read_secret(args, "Current passphrase or recovery key: ")
    change_passphrase(args.db, current, _new_passphrase(args))
    print("Passphrase changed. The recovery key is unchanged and still works.")
    return EXIT_OK


# --- parser -------------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="Clean Slate Desk: record-clearance intake for California clinics.",
    )
    parser.add_argument("--lang", choices=("en", "es"), default="en", help="language of messages")
    parser.set_defaults(handler=cmd_gui, offscreen=False, screenshot=None, passphrase_stdin=False)
    _add_db_option(parser, paths.default_database)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def command(
        name: str,
        handler: Callable[[argparse.Namespace], int],
        help_text: str,
        *,
        passphrase: bool = True,
        parent: argparse._SubParsersAction[_Parser] | None = None,
    ) -> argparse.ArgumentParser:
        sub = (parent or commands).add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(handler=handler)
        if passphrase:
            sub.add_argument(
                "--passphrase-stdin",
                action="store_true",
                help="read the passphrase from the first line(s) of standard input",
            )
        return sub

    init = command("init", cmd_init, "create a new encrypted database; shows the recovery key once")
    _add_db_option(init, paths.default_database)

    demo = command(
        "demo", cmd_demo, "open the app on a demo database of synthetic clients", passphrase=False
    )
    _add_db_option(demo, paths.demo_database)
    demo.add_argument(
        "--clients",
        type=_positive_int,
        default=DEMO_CLIENTS,
        help=f"how many synthetic clients a new demo holds (default {DEMO_CLIENTS})",
    )
    demo.add_argument("--seed", type=int, default=2016, help="seed of the synthetic data")
    _add_gui_options(demo)

    gui = command("gui", cmd_gui, "open the app (the default command)", passphrase=False)
    _add_db_option(gui, paths.default_database)
    _add_gui_options(gui)

    clients = commands.add_parser("clients", help="list, show, import or export clients")
    clients.set_defaults(handler=lambda _args: _missing_subcommand("clients"))
    client_commands = clients.add_subparsers(
        title="client commands", metavar="COMMAND", parser_class=_Parser
    )

    listing = command(
        "list", cmd_clients_list, "list clients, or search them by name", parent=client_commands
    )
    listing.add_argument("--search", metavar="TEXT", help="name words to look for")
    listing.add_argument("--limit", type=_positive_int, default=500)

    show = command(
        "show", cmd_clients_show, "show one client's stored facts", parent=client_commands
    )
    show.add_argument("client_id", metavar="CLIENT_ID")
    show.add_argument("--json", action="store_true", help="print the exchange-format JSON")

    importing = command(
        "import",
        cmd_clients_import,
        "add or update clients from exchange-format JSON files",
        parent=client_commands,
    )
    importing.add_argument("files", metavar="FILE", nargs="+", type=Path)

    export = command(
        "export",
        cmd_clients_export,
        "write clients to an exchange-format JSON file (not encrypted)",
        parent=client_commands,
    )
    export.add_argument("client_ids", metavar="CLIENT_ID", nargs="*")
    export.add_argument("--all", action="store_true", help="export every client")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    for sub in (listing, show, importing, export):
        _add_db_option(sub, paths.default_database)

    evaluate = command(
        "evaluate",
        cmd_evaluate,
        "decide every remedy for a record (exchange-format JSON; '-' reads stdin)",
        passphrase=False,
    )
    evaluate.add_argument("file", metavar="PERSON.json", type=Path)
    evaluate.add_argument("--format", choices=("json", "text"), default="json")
    evaluate.add_argument(
        "--lang",
        choices=("en", "es"),
        default=argparse.SUPPRESS,
        help="language of the reasons (default en)",
    )
    evaluate.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="decide as of this date instead of the document's as_of",
    )

    rap_sheet = command(
        "rapsheet",
        cmd_rapsheet,
        "read a client's DOJ record (text, PDF, scan or photo); --json gives the evaluate input",
        passphrase=False,
    )
    rap_sheet.add_argument("file", metavar="FILE", type=Path)
    rap_sheet.add_argument(
        "--json", action="store_true", help="print the exchange-format input of 'evaluate'"
    )
    rap_sheet.add_argument(
        "--as-of",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the date decisions are made for, in the JSON (default today)",
    )

    rules = command("rules", cmd_rules, "print the rules book for attorneys", passphrase=False)
    rules.add_argument("--format", choices=("markdown",), default="markdown")

    documents = command(
        "documents",
        cmd_documents,
        "fill a client's petitions, orders and letters (DOCX, and PDF with --pdf)",
    )
    _add_db_option(documents, paths.default_database)
    documents.add_argument("client_id", metavar="CLIENT_ID")
    documents.add_argument("--out", type=Path, required=True, metavar="DIR")
    documents.add_argument(
        "--pdf", action="store_true", help="also make a PDF of each (LibreOffice)"
    )
    documents.add_argument(
        "--draft",
        action="store_true",
        help="include decisions no attorney has approved yet; every page is marked DRAFT",
    )
    documents.add_argument(
        "--date",
        type=_iso_date,
        default=date.today(),
        metavar="YYYY-MM-DD",
        help="evaluate and date the letter as of this day (default today)",
    )

    change = command(
        "change-passphrase",
        cmd_change_passphrase,
        "set a new passphrase (with the old one or the recovery key)",
    )
    _add_db_option(change, paths.default_database)
    return parser


def _add_db_option(parser: argparse.ArgumentParser, default: Callable[[], Path]) -> None:
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=f"database file (default: {default()})",
    )
    parser.set_defaults(db_default=default)


def _add_gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--offscreen", action="store_true", help="run without a screen (for checks and CI)"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save a screenshot of the main window, then exit",
    )


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write YYYY-MM-DD") from None


def _missing_subcommand(group: str) -> int:
    raise UsageError(f"'{group}' needs a command: list, show, import or export")


# --- entry point --------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    configure_logging()
    args: argparse.Namespace | None = None
    try:
        args = build_parser().parse_args(argv)
        if "db" not in args:
            args.db = args.db_default()
        log.info("command %s", args.handler.__name__)
        return int(args.handler(args))
    except UsageError as error:
        return _fail(str(error), EXIT_BAD_INPUT)
    except ClinicError as error:
        # The class is enough for the log: parameters may hold paths or ids typed by a user.
        log.warning("command failed: %s", type(error).__name__)
        code = EXIT_BAD_INPUT if isinstance(error, InvalidDocument) else EXIT_FAILURE
        return _fail(describe_error(error, _language(args)), code)
    except KeyboardInterrupt:
        return _fail("interrupted; nothing half-saved was kept", EXIT_INTERRUPTED)
    except Exception as error:  # noqa: BLE001 - the last line of defence: no traceback
        reference = log_unexpected(error)
        return _fail(
            f"something went wrong (reference {reference}); your saved work is safe. "
            f"Details are in the log under {paths.log_dir()}",
            EXIT_FAILURE,
        )


def _language(args: argparse.Namespace | None) -> str:
    return getattr(args, "lang", "en")


def _fail(message: str, code: int) -> int:
    print(f"{PROG}: error: {message}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
