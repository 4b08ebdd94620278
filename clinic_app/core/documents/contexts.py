"""One context builder per template: the variables of forms/README.md, from the domain model.

Every builder reads the same `PacketFacts` (the client, the decisions chosen for filing and
the clinic's settings) and returns plain strings, booleans and lists, so a template never
formats a date or decides a box itself. Which boxes are ticked follows from the decisions the
attorney approved (forms.md §12), read from their reasons where the rules chose a route, so a
form can never say something the decision did not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from babel.dates import format_date

from clinic_app.core.courts import court_for
from clinic_app.core.decision import Decision
from clinic_app.core.documents.details import ArrestDetails, FilingDetails, Party
from clinic_app.core.messages import message
from clinic_app.core.model import (
    Arrest,
    ArrestDisposition,
    Case,
    Client,
    Conviction,
    Language,
    Level,
    PrisonSentence,
    Remedy,
)
from clinic_app.core.rules.cannabis import section
from clinic_app.core.settings import ClinicSettings

Context = dict[str, Any]

# Remedies filed on CR-180 / CR-181 (forms.md §12).
DISMISSAL_REMEDIES = frozenset(
    {
        Remedy.PC1203_4,
        Remedy.PC1203_4A,
        Remedy.PC1203_41,
        Remedy.PC1203_42,
        Remedy.PC1203_49,
        Remedy.PC17B,
    }
)
PROP64_REMEDIES = frozenset({Remedy.HS11361_8_DISMISS, Remedy.HS11361_8_REDESIGNATE})
CR180_ROWS = 5  # item 1 has five rows; the rest continue on the attachment page
IN_PRO_PER = "In pro per"


@dataclass(frozen=True)
class PacketFacts:
    """Everything a packet is filled from. `chosen` are the decisions being filed (approved
    ones, or for a draft the ones that would be), in evaluation order."""

    client: Client
    chosen: tuple[Decision, ...]
    settings: ClinicSettings
    details: FilingDetails
    today: date

    @property
    def petitioner_name(self) -> str:
        return self.details.name_in_court_case or self.client.display_name

    def chosen_for(self, subject_id: str, remedies: Iterable[Remedy]) -> list[Decision]:
        wanted = set(remedies)
        return [
            d
            for d in self.chosen
            if d.remedy in wanted and subject_id in (d.conviction_id, d.arrest_id)
        ]

    def chosen_in_case(self, case: Case, remedies: Iterable[Remedy]) -> list[Decision]:
        wanted = set(remedies)
        ids = {c.id for c in case.convictions}
        return [d for d in self.chosen if d.remedy in wanted and d.conviction_id in ids]


def court_date(day: date | None) -> str:
    """Dates on court forms: MM/DD/YYYY, as the Judicial Council forms print them."""
    return "" if day is None else day.strftime("%m/%d/%Y")


def letter_date(day: date, language: Language) -> str:
    """ "November 25, 2026" / "25 de noviembre de 2026"."""
    return format_date(day, format="long", locale="es" if language is Language.SPANISH else "en_US")


def said(decision: Decision, key: str) -> bool:
    """Whether the rules gave `key` as a reason: how a form follows the route they chose."""
    return any(reason.message_key == key for reason in decision.reasons)


def split_address(address: str) -> tuple[str, str]:
    """A mailing address as typed ("12 Elm St\\nFresno, CA 93701") -> (street, city line)."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return "", ""
    return lines[0], ", ".join(lines[1:])


# --- the variables common to every court form -------------------------------------------------


def common(facts: PacketFacts, county: str, case_number: str) -> Context:
    court = court_for(county)
    street, city = split_address(facts.client.contact.mailing_address)
    return {
        "filer": _filer(facts, street, city),
        "petitioner": {
            "name": facts.petitioner_name,
            "date_of_birth": court_date(facts.client.person.date_of_birth),
            "street": street,
            "city_state_zip": city,
            "phone": facts.client.contact.phone,
            "email": facts.client.contact.email,
        },
        "court": {
            "county": court.county,
            "name": court.name,
            "street": court.street,
            "city_state_zip": court.city_state_zip,
        },
        "case": {"number": case_number, "county": court.county},
        "signature": {"date": ""},
    }


def _filer(facts: PacketFacts, street: str, city: str) -> dict[str, str]:
    """The caption's "attorney or party without attorney" block (forms.md §0.1)."""
    attorney = facts.settings.attorney(facts.details.attorney_bar_number)
    if attorney is None:
        return {
            "name": facts.petitioner_name,
            "bar_number": "",
            "firm": "",
            "street": street,
            "city_state_zip": city,
            "phone": facts.client.contact.phone,
            "fax": "",
            "email": facts.client.contact.email,
            "attorney_for": IN_PRO_PER,
        }
    settings = facts.settings
    return {
        "name": attorney.name,
        "bar_number": attorney.bar_number,
        "firm": settings.clinic_name,
        "street": settings.street,
        "city_state_zip": settings.city_state_zip,
        "phone": attorney.phone or settings.phone,
        "fax": "",
        "email": attorney.email or settings.email,
        "attorney_for": f"Petitioner {facts.petitioner_name}",
    }


def _case_context(facts: PacketFacts, case: Case) -> Context:
    context = common(facts, case.county, case.case_number)
    context["case"]["conviction_date"] = court_date(
        min(c.conviction_date for c in case.convictions)
    )
    return context


# --- CR-180 and CR-181: dismissal, with the PC 17(b) request ----------------------------------


def cr180(facts: PacketFacts, case: Case) -> Context:
    """CR-180 items 1-9 (forms.md §1): every count of the case in item 1, the boxes of the
    sections chosen, and the 17(b) column from the chosen PC 17(b) decisions."""
    context = _case_context(facts, case)
    reduce = {d.conviction_id for d in facts.chosen_in_case(case, {Remedy.PC17B})}
    counts = [_cr180_row(c, c.id in reduce) for c in case.convictions]
    context["case"]["counts"] = counts[:CR180_ROWS]
    context["case"]["overflow_counts"] = counts[CR180_ROWS:]

    def chosen(remedy: Remedy) -> list[Decision]:
        return facts.chosen_in_case(case, {remedy})

    by_id = {c.id: c for c in case.convictions}
    dismissal_4 = chosen(Remedy.PC1203_4)
    dismissal_4a = chosen(Remedy.PC1203_4A)
    felony_41 = chosen(Remedy.PC1203_41)
    custody = {by_id[d.conviction_id].sentence.prison for d in felony_41 if d.conviction_id}
    sentences = [by_id[d.conviction_id].sentence for d in dismissal_4 if d.conviction_id]
    discretionary = any(d.discretionary for d in facts.chosen_in_case(case, DISMISSAL_REMEDIES))
    context.update(
        item2=bool(dismissal_4),
        item2a=any(not d.discretionary for d in dismissal_4)
        and not any(s.probation_terminated_early for s in sentences),
        item2b=any(s.probation_terminated_early for s in sentences),
        item2c=any(d.discretionary for d in dismissal_4),
        item3=bool(dismissal_4a),
        item3a=any(not d.discretionary for d in dismissal_4a),
        item3b=any(d.discretionary for d in dismissal_4a),
        item4=bool(chosen(Remedy.PC1203_49)),
        item5=bool(custody - {PrisonSentence.STATE_PRISON, PrisonSentence.NONE}),
        item5a=PrisonSentence.COUNTY_JAIL_1170H_SPLIT in custody,
        item5b=PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT in custody,
        item5_state_prison=PrisonSentence.STATE_PRISON in custody,
        item6=bool(chosen(Remedy.PC1203_42)),
        explanation=_see_declaration(facts) if discretionary else "",
    )
    return context


def _cr180_row(conviction: Conviction, reduce_17b: bool) -> dict[str, str]:
    family, _, number = conviction.code.partition(" ")
    felony = conviction.level is Level.FELONY
    return {
        "code_family": family,
        "section": number,
        "level": conviction.level.value,
        "reduce_17b": "yes" if reduce_17b else ("no" if felony else ""),
        "reduce_17d2": "no" if conviction.level is Level.MISDEMEANOR else "",
    }


def _see_declaration(facts: PacketFacts) -> str:
    """The explanation space points to the declaration (MC-031) filed with the petition."""
    return "See the attached declaration (MC-031)." if facts.details.declaration_text else ""


def court_only(facts: PacketFacts, case: Case) -> Context:
    """Orders (CR-181, CR-403): the caption only; the findings are the court's."""
    return _case_context(facts, case)


# --- CR-400 to CR-403: Proposition 64 ---------------------------------------------------------


def cr400(facts: PacketFacts, case: Case) -> Context:
    """CR-400 (forms.md §5): the (b) petition while this case's sentence is being served, the
    (f) application once it is completed, as the rules chose for each count."""
    context = _case_context(facts, case)
    chosen = facts.chosen_in_case(case, PROP64_REMEDIES)
    by_id = {c.id: c for c in case.convictions}
    sections = {section(by_id[d.conviction_id].code) for d in chosen if d.conviction_id}
    serving = any(said(d, "rules.cannabis.serving_petition") for d in chosen)
    completed = any(said(d, "rules.cannabis.completed_application") for d in chosen)
    context.update(
        route_b=serving,
        route_f=completed,
        petition=serving,
        application=completed,
        waive_original_judge=facts.details.waive_original_judge,
        waive_appearance=facts.details.waive_appearance,
        **{
            f"s{number.replace('.', '_')}": f"HS {number}" in sections
            for number in ("11357", "11358", "11359", "11360", "11362.1")
        },
    )
    return context


# --- proofs of service ------------------------------------------------------------------------


def _party(party: Party) -> dict[str, str]:
    return {"name": party.name, "street": party.street, "city_state_zip": party.city_state_zip}


def proof_of_service(
    facts: PacketFacts,
    county: str,
    case_number: str,
    *,
    documents: str,
    served: Sequence[Party],
    box: str = "",
) -> Context:
    """Forms.md §11: who serves, who is served (the prosecutor; for CR-409 also the arresting
    agency), and which papers; the date and method are filled in by the server."""
    context = common(facts, county, case_number)
    server = facts.details.server
    context.update(
        server={**_party(server), "phone": server.phone},
        served=[_party(p) for p in served],
        service={"date": "", "time": "", "personal": False, "mail": False},
        mailed_from="",
        documents=documents,
        box_prop47=box == "prop47",
        box_cr180=box == "cr180",
        box_prop64=box == "prop64",
    )
    return context


# --- Proposition 47 ---------------------------------------------------------------------------


def prop47(facts: PacketFacts, case: Case) -> Context:
    """The local-style petition of forms.md §9.1, for the counts chosen under PC 1170.18."""
    context = _case_context(facts, case)
    chosen = facts.chosen_in_case(case, {Remedy.PC1170_18})
    by_id = {c.id: c for c in case.convictions}
    counts = [by_id[d.conviction_id] for d in chosen if d.conviction_id]
    context.update(
        code_sections=", ".join(c.code for c in counts),
        sentence_imposed="; ".join(dict.fromkeys(sentence_summary(c) for c in counts)),
        resentencing=any(said(d, "rules.pc1170_18.serving_petition") for d in chosen),
        reduction=any(said(d, "rules.pc1170_18.completed_application") for d in chosen),
        in_custody=facts.details.in_custody,
        request_hearing=facts.details.request_hearing,
        late_filing=any(said(d, "rules.pc1170_18.good_cause") for d in chosen),
    )
    return context


def sentence_summary(conviction: Conviction) -> str:
    """ "3 years probation, 30 days county jail" (forms.md §9.1 "sentence imposed")."""
    sentence = conviction.sentence
    parts = []
    if sentence.probation_granted:
        parts.append("probation")
    if sentence.jail_days:
        parts.append(f"{sentence.jail_days} days county jail")
    custody = {
        PrisonSentence.STATE_PRISON: "state prison",
        PrisonSentence.COUNTY_JAIL_1170H_STRAIGHT: "county jail (PC 1170(h))",
        PrisonSentence.COUNTY_JAIL_1170H_SPLIT: (
            "county jail with mandatory supervision (PC 1170(h)(5)(B))"
        ),
        PrisonSentence.NONE: "",
    }[sentence.prison]
    if custody:
        parts.append(custody)
    return ", ".join(parts) or "fine"


# --- CR-409 and CR-410: arrest sealing ---------------------------------------------------------

_OUTCOMES = {
    ArrestDisposition.NO_CHARGES: "no_charges",
    ArrestDisposition.DISMISSED: "dismissed",
    ArrestDisposition.ACQUITTED: "acquitted",
    ArrestDisposition.DIVERSION_COMPLETED: "diversion",
    ArrestDisposition.CONVICTED: "vacated",
}


def arrest_sealing(facts: PacketFacts, arrest: Arrest) -> Context:
    """CR-409 / CR-410 (forms.md §10): the arrest, how it ended, and the basis the rules chose
    (interests of justice where PC 851.91(c) makes relief discretionary)."""
    details = facts.details.arrests.get(arrest.id, ArrestDetails())
    context = common(facts, details.county, details.court_case_number)
    chosen = facts.chosen_for(arrest.id, {Remedy.PC851_91})
    discretionary = any(d.discretionary for d in chosen)
    context.update(
        arrest={
            "date": court_date(arrest.arrest_date),
            "code": arrest.code,
            "level": arrest.level.value,
            "agency": details.agency,
            "location": details.location,
            "agency_report_number": details.agency_report_number,
            "booking_number": details.booking_number,
            "prosecutor_number": details.prosecutor_number,
            "court_case_number": details.court_case_number,
            "county": context["court"]["county"],
            "outcome": _OUTCOMES[arrest.disposition],
            "outcome_date": court_date(arrest.disposition_date),
        },
        basis_right=not discretionary,
        basis_justice=discretionary,
        explanation=_see_declaration(facts) if discretionary else "",
        interpreter_language=facts.details.interpreter_language,
    )
    return context


# --- MC-031 -----------------------------------------------------------------------------------


def declaration(facts: PacketFacts, county: str, case_number: str) -> Context:
    context = common(facts, county, case_number)
    context.update(
        declarant_name=facts.petitioner_name,
        declaration_text=facts.details.declaration_text,
        capacity_petitioner=True,
    )
    return context


# --- the client's letter and handout ----------------------------------------------------------


def _clinic(settings: ClinicSettings) -> dict[str, str]:
    return {
        "name": settings.clinic_name,
        "street": settings.street,
        "city_state_zip": settings.city_state_zip,
        "phone": settings.phone,
        "email": settings.email,
    }


def client_letter(facts: PacketFacts, language: Language, automatic: Sequence[Decision]) -> Context:
    """What was filed and what happens next, in the client's language, one line per case or
    arrest and remedy; relief expected without a petition listed apart."""
    lang = language.value
    street, city = split_address(facts.client.contact.mailing_address)
    attorney = facts.settings.attorney(facts.details.attorney_bar_number)
    return {
        "clinic": _clinic(facts.settings),
        "client": {"name": facts.client.display_name, "street": street, "city_state_zip": city},
        "today": letter_date(facts.today, language),
        "filings": [
            {
                **where,
                "remedy": message(f"documents.remedy.{remedy}", lang),
                "next_step": message(f"documents.next_step.{remedy}", lang),
            }
            for where, remedy in _by_case_and_remedy(facts, facts.chosen)
        ],
        "automatic": [
            {**where, "remedy": message(f"documents.remedy.{remedy}", lang)}
            for where, remedy in _by_case_and_remedy(facts, automatic)
        ],
        "attorney": {"name": attorney.name if attorney else ""},
    }


def _by_case_and_remedy(
    facts: PacketFacts, decisions: Iterable[Decision]
) -> list[tuple[dict[str, str], Remedy]]:
    """One line per case (or arrest) and remedy: the letter names a case, not each count."""
    lines: dict[tuple[str, str, Remedy], dict[str, str]] = {}
    for decision in decisions:
        where = _where(facts, decision)
        case = decision.arrest_id or where["case_number"]  # each arrest is its own line
        lines.setdefault((case, where["county"], decision.remedy), where)
    return [(where, remedy) for (_, _, remedy), where in lines.items()]


def _where(facts: PacketFacts, decision: Decision) -> dict[str, str]:
    """The case number and county a decision is about (for an arrest, as far as known)."""
    for conviction in facts.client.convictions:
        if conviction.id == decision.conviction_id:
            return {"case_number": conviction.case_number, "county": conviction.county}
    details = facts.details.arrests.get(decision.arrest_id or "", ArrestDetails())
    return {"case_number": details.court_case_number, "county": details.county}


def handout(facts: PacketFacts) -> Context:
    """Which sections of "what this does and does not do" apply to this client's filings."""
    remedies = {d.remedy for d in facts.chosen}
    codes = {
        c.code
        for c in facts.client.convictions
        if any(d.conviction_id == c.id for d in facts.chosen)
    }
    return {
        "client": {"name": facts.client.display_name},
        "has_dismissal": bool(remedies & (DISMISSAL_REMEDIES - {Remedy.PC17B})),
        "has_prop64": bool(remedies & PROP64_REMEDIES),
        "has_prop47": Remedy.PC1170_18 in remedies,
        "has_sealing": Remedy.PC851_91 in remedies,
        "has_reduction": Remedy.PC17B in remedies,
        "has_vehicle_code": any(code.startswith("VC ") for code in codes),
        "has_registration": facts.client.person.registered_290,
        "clinic": {"name": facts.settings.clinic_name, "phone": facts.settings.phone},
    }
