"""A client's packet: which documents, filled from which decisions, rendered in one go.

Only decisions an attorney approved produce filing documents (core/review.py). Before
approval a packet can still be made as a draft, from the decisions the rules found eligible
or in need of review, and every page of it is marked DRAFT, so a volunteer can show the
client what is coming and nobody can file it by mistake.

Forms follow forms.md §12: one CR-180 / CR-181 per case for the dismissal family and PC 17(b);
CR-400 / CR-401 / CR-403 per case for Proposition 64; the local Prop 47 petition per case; one
CR-409 / CR-410 per arrest; MC-031 wherever relief is discretionary (the client's statement);
a proof of service per petition without its own; and the letter and the "what this does and
does not do" handout in the client's language.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import NamedTuple

from clinic_app.core.decision import Decision, Status
from clinic_app.core.documents import contexts
from clinic_app.core.documents.contexts import (
    DISMISSAL_REMEDIES,
    PROP64_REMEDIES,
    Context,
    PacketFacts,
)
from clinic_app.core.documents.details import (
    ArrestDetails,
    FilingDetails,
    Party,
    prosecutor_for,
)
from clinic_app.core.documents.render import CompiledTemplate
from clinic_app.core.documents.watermark import mark_draft
from clinic_app.core.errors import CannotWrite, ClinicError
from clinic_app.core.model import Arrest, Case, Client, Language, Remedy
from clinic_app.core.progress import Cancelled, CancelledFn, ProgressFn, never, no_progress
from clinic_app.core.resources import forms_dir
from clinic_app.core.review import DecisionReview, ReviewState, approved_for_filing, state_of
from clinic_app.core.rules.engine import Evaluation
from clinic_app.core.safe_write import write_atomically
from clinic_app.core.settings import ClinicSettings

DRAFT_STATUSES = frozenset({Status.ELIGIBLE, Status.NEEDS_REVIEW})


class NothingToFile(ClinicError):
    """No decision is ready for a filing packet (none approved, or none eligible at all)."""

    message_key = "error.nothing_to_file"


@dataclass(frozen=True)
class PlannedDocument:
    template: str  # file name in forms/
    file_name: str  # what it is saved as: "03 CR-180 Petition for Dismissal BA123456.docx"
    context: Context
    for_court: bool  # a filing paper, rather than the client's letter or handout


class _Paper(NamedTuple):
    """A document before it is numbered: numbers follow the order papers are planned in."""

    template: str
    label: str  # "CR-180 Petition for Dismissal"
    where: str  # the case number, or the arrest
    context: Context
    for_court: bool = True


@dataclass(frozen=True)
class PacketPlan:
    draft: bool
    documents: tuple[PlannedDocument, ...]
    chosen: tuple[Decision, ...]  # the decisions the filings ask for


@dataclass(frozen=True)
class RenderedDocument:
    file_name: str
    data: bytes  # the filled DOCX; plaintext client data, so written only where the user says


def filing_decisions(
    client: Client,
    evaluation: Evaluation,
    reviews: Mapping[tuple[str, Remedy], DecisionReview],
    *,
    draft: bool,
) -> tuple[Decision, ...]:
    """The decisions a packet files: attorney-approved ones; for a draft, also those the rules
    found eligible or in doubt that no attorney has rejected."""

    def files(decision: Decision) -> bool:
        if not decision.forms:  # relief without a petition (PC 1203.425, 851.93)
            return False
        if approved_for_filing(decision, client, reviews):
            return True
        if not draft or decision.status not in DRAFT_STATUSES:
            return False
        return state_of(decision, client, reviews) not in (
            ReviewState.REJECTED,
            ReviewState.OVERRIDDEN,
        )

    return tuple(d for d in evaluation.decisions if files(d))


def plan_packet(
    client: Client,
    evaluation: Evaluation,
    reviews: Mapping[tuple[str, Remedy], DecisionReview],
    settings: ClinicSettings,
    details: FilingDetails,
    *,
    today: date,
    draft: bool,
) -> PacketPlan:
    """Which documents to fill, and with what. Raises NothingToFile when there is nothing."""
    chosen = filing_decisions(client, evaluation, reviews, draft=draft)
    if not chosen:
        raise NothingToFile()
    facts = PacketFacts(client, chosen, settings, details, today)
    planned: list[_Paper] = []
    for case in client.cases:
        planned.extend(_case_documents(facts, case))
    for arrest in client.arrests:
        planned.extend(_arrest_documents(facts, arrest))
    automatic = [d for d in evaluation.decisions if d.automatic and d.status is Status.ELIGIBLE]
    language = client.preferred_language
    suffix = "es" if language is Language.SPANISH else "en"
    letter = contexts.client_letter(facts, language, automatic)
    planned.append(_Paper(f"client_letter_{suffix}.docx", "Client letter", "", letter, False))
    handout = contexts.handout(facts)
    planned.append(
        _Paper(f"handout_{suffix}.docx", "What this does and does not do", "", handout, False)
    )
    documents = tuple(
        PlannedDocument(
            paper.template,
            _file_name(index, paper.label, paper.where),
            paper.context,
            paper.for_court,
        )
        for index, paper in enumerate(planned, start=1)
    )
    return PacketPlan(draft=draft, documents=documents, chosen=chosen)


def _case_documents(facts: PacketFacts, case: Case) -> list[_Paper]:
    found: list[_Paper] = []
    number = case.case_number

    def add(template: str, label: str, context: Context) -> None:
        found.append(_Paper(template, label, number, context))

    def declaration() -> None:
        add(
            "mc031_declaration.docx",
            "MC-031 Declaration",
            contexts.declaration(facts, case.county, number),
        )

    def service(template: str, label: str, box: str, documents: str) -> None:
        """Proof of service on the prosecutor of the papers just planned (forms.md §11)."""
        served = [prosecutor_for(facts.details, case.county)]
        add(
            template,
            label,
            contexts.proof_of_service(
                facts, case.county, number, box=box, served=served, documents=documents
            ),
        )

    dismissal = facts.chosen_in_case(case, DISMISSAL_REMEDIES)
    if dismissal:
        add(
            "cr180_petition_for_dismissal.docx",
            "CR-180 Petition for Dismissal",
            contexts.cr180(facts, case),
        )
        add(
            "cr181_order_for_dismissal.docx",
            "CR-181 Order for Dismissal",
            contexts.court_only(facts, case),
        )
        if any(d.discretionary for d in dismissal):
            declaration()
        service(
            "proof_of_service.docx",
            "Proof of Service (CR-180)",
            "cr180",
            "Petition for Dismissal (CR-180) and proposed Order (CR-181)",
        )
    if facts.chosen_in_case(case, PROP64_REMEDIES):
        add(
            "cr400_prop64_petition.docx",
            "CR-400 Petition-Application (HS 11361.8)",
            contexts.cr400(facts, case),
        )
        add(
            "cr403_prop64_order.docx",
            "CR-403 Order After Petition-Application",
            contexts.court_only(facts, case),
        )
        service(
            "cr401_prop64_proof_of_service.docx",
            "CR-401 Proof of Service",
            "prop64",
            "Petition/Application (CR-400) and proposed Order (CR-403)",
        )
    prop47 = facts.chosen_in_case(case, {Remedy.PC1170_18})
    if prop47:
        petition = contexts.prop47(facts, case)
        add("prop47_petition.docx", "Prop 47 Petition", petition)
        add("prop47_order.docx", "Prop 47 Proposed Order", petition)
        if any(d.discretionary for d in prop47) and not dismissal:
            declaration()  # one declaration per case serves both petitions
        service(
            "proof_of_service.docx",
            "Proof of Service (Prop 47)",
            "prop47",
            "Petition for Resentencing or Reduction to Misdemeanor (PC 1170.18)",
        )
    return found


def _arrest_documents(facts: PacketFacts, arrest: Arrest) -> list[_Paper]:
    if not facts.chosen_for(arrest.id, {Remedy.PC851_91}):
        return []
    details = facts.details.arrests.get(arrest.id, ArrestDetails())
    where = details.court_case_number or f"arrest {arrest.arrest_date.isoformat()}"
    sealing = contexts.arrest_sealing(facts, arrest)
    served = [
        prosecutor_for(facts.details, details.county),
        Party(name=details.agency or "Arresting agency"),
    ]
    service = contexts.proof_of_service(
        facts,
        details.county,
        details.court_case_number,
        served=served,
        documents="Petition to Seal Arrest and Related Records (CR-409) and proposed "
        "Order (CR-410)",
    )
    return [
        _Paper(
            "cr409_petition_to_seal_arrest.docx", "CR-409 Petition to Seal Arrest", where, sealing
        ),
        _Paper("cr410_order_to_seal_arrest.docx", "CR-410 Order to Seal Arrest", where, sealing),
        _Paper("proof_of_service.docx", "Proof of Service (CR-409)", where, service),
    ]


_UNSAFE_IN_FILE_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def _file_name(index: int, label: str, where: str) -> str:
    """ "03 CR-180 Petition for Dismissal BA123456.docx": sorted as filed, safe on Windows."""
    name = f"{index:02d} {label} {where}".strip()
    return f"{_UNSAFE_IN_FILE_NAMES.sub('-', name)}.docx"


# --- rendering --------------------------------------------------------------------------------


@cache
def compiled_template(name: str) -> CompiledTemplate:
    """Each template is parsed and compiled once per process (render.py)."""
    return CompiledTemplate.from_path(forms_dir() / name)


def render_packet(
    plan: PacketPlan,
    *,
    progress: ProgressFn = no_progress,
    cancelled: CancelledFn = never,
) -> list[RenderedDocument]:
    """Fill every planned document (in memory); a draft's pages are all marked DRAFT."""
    rendered = []
    total = len(plan.documents)
    for done, planned in enumerate(plan.documents):
        if cancelled():
            raise Cancelled()
        progress(done, total, "documents.progress.rendering")
        data = compiled_template(planned.template).render(planned.context)
        if plan.draft:
            data = mark_draft(data)
        rendered.append(RenderedDocument(planned.file_name, data))
    progress(total, total, "documents.progress.rendering")
    return rendered


def write_packet(documents: Sequence[RenderedDocument], folder: Path) -> list[Path]:
    """Save the documents in `folder` (created if needed), each atomically, readable only by
    the user: they hold client data in plain text."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CannotWrite(
            path=str(folder), reason=error.strerror or type(error).__name__
        ) from error
    paths = []
    for document in documents:
        path = folder / document.file_name
        write_atomically(path, document.data)
        paths.append(path)
    return paths
