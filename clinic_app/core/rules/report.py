"""Decisions in words: the JSON of exchange-format §2, and a plain-text summary.

Reasons are rendered here, in the reader's language, from their message keys; the
decisions themselves never hold a sentence.
"""

from __future__ import annotations

from typing import Any

from clinic_app.core.decision import Decision, Status
from clinic_app.core.messages import catalog, message
from clinic_app.core.model import Arrest, Conviction, Remedy
from clinic_app.core.rules.engine import Evaluation

# A mark beside each status word, so a status never rests on colour alone (the GUI shows it too).
STATUS_MARK = {
    Status.ELIGIBLE: "✔",
    Status.NOT_YET: "…",
    Status.NEEDS_REVIEW: "?",
    Status.NOT_ELIGIBLE: "✘",
}


def reason_texts(decision: Decision, language: str) -> list[str]:
    return [message(r.message_key, language, **r.params) for r in decision.reasons]


def status_text(status: Status, language: str) -> str:
    """The status word: "Eligible", "Not yet"."""
    return message(f"rules.status.{status.value}", language)


def remedy_title(remedy: Remedy, language: str) -> str:
    """A remedy's short name for people ("Dismissal after probation (expungement)")."""
    return message(f"rules.remedy_title.{remedy.value}", language)


def qualifier_texts(decision: Decision, language: str) -> list[str]:
    """What qualifies the status: from when, whether the judge decides, whether automatic."""
    details = []
    if decision.eligible_from:
        details.append(message("rules.report.from", language, date=str(decision.eligible_from)))
    if decision.discretionary:
        details.append(message("rules.report.judge_decides", language))
    if decision.automatic:
        details.append(message("rules.report.automatic", language))
    return details


def missing_text(decision: Decision, language: str) -> str | None:
    """The facts the intake should ask next ("Still needed: ..."), or None when none are."""
    if not decision.missing_facts:
        return None
    facts = ", ".join(fact_name(fact, language) for fact in decision.missing_facts)
    return message("rules.report.missing", language, facts=facts)


def fact_name(fact: str, language: str) -> str:
    """A missing fact in a few words ("the number of plants"); its field path when the
    catalog has no words for it (the JSON output keeps the paths, exchange-format §2)."""
    key = f"rules.fact.{fact}"
    return message(key, language) if key in catalog("en") else fact


def decision_json(decision: Decision, language: str) -> dict[str, Any]:
    subject = (
        {"conviction_id": decision.conviction_id}
        if decision.conviction_id is not None
        else {"arrest_id": decision.arrest_id}
    )
    return {
        **subject,
        "remedy": decision.remedy.value,
        "status": decision.status.value,
        "eligible_from": decision.eligible_from.isoformat() if decision.eligible_from else None,
        "discretionary": decision.discretionary,
        "automatic": decision.automatic,
        "citations": [str(citation) for citation in decision.citations],
        "reasons": reason_texts(decision, language),
        "missing_facts": list(decision.missing_facts),
        "forms": list(decision.forms),
    }


def evaluation_json(evaluation: Evaluation, language: str = "en") -> dict[str, Any]:
    """The `clinic-app evaluate` output document (exchange-format §2)."""
    return {
        "as_of": evaluation.record.as_of.isoformat(),
        "rules_version": evaluation.rules_version,
        "decisions": [decision_json(d, language) for d in evaluation.decisions],
        "warnings": [message(w.message_key, language, **w.params) for w in evaluation.warnings],
    }


def evaluation_text(evaluation: Evaluation, language: str = "en") -> str:
    """A summary a volunteer can read: per conviction and arrest, each remedy's answer."""
    lines = [message("rules.report.heading", language, as_of=evaluation.record.as_of.isoformat())]
    for conviction in evaluation.record.convictions:
        lines += ["", conviction_heading(conviction, language)]
        lines += _decision_lines(evaluation, language, conviction_id=conviction.id)
    for arrest in evaluation.record.arrests:
        lines += ["", arrest_heading(arrest, language)]
        lines += _decision_lines(evaluation, language, arrest_id=arrest.id)
    for warning in evaluation.warnings:
        lines += ["", "! " + message(warning.message_key, language, **warning.params)]
    return "\n".join(lines) + "\n"


def conviction_heading(conviction: Conviction, language: str, number: str = "") -> str:
    """A conviction's heading: "Conviction c1: PC 459 (felony), case LA-3, ... County";
    `number` replaces the id where ids mean nothing to the reader (the GUI's random ids)."""
    return message(
        "rules.report.conviction",
        language,
        id=number or conviction.id,
        code=conviction.code,
        level=message(f"rules.level.{conviction.level.value}", language),
        case_number=conviction.case_number,
        county=conviction.county,
    )


def arrest_heading(arrest: Arrest, language: str, number: str = "") -> str:
    """An arrest's heading: "Arrest a1: PC 484(a) on 2023-02-10"."""
    return message(
        "rules.report.arrest",
        language,
        id=number or arrest.id,
        code=arrest.code,
        date=arrest.arrest_date.isoformat(),
    )


def _decision_lines(
    evaluation: Evaluation,
    language: str,
    *,
    conviction_id: str | None = None,
    arrest_id: str | None = None,
) -> list[str]:
    lines = []
    for decision in evaluation.decisions:
        if decision.conviction_id != conviction_id or decision.arrest_id != arrest_id:
            continue
        details = [status_text(decision.status, language), *qualifier_texts(decision, language)]
        lines.append(
            f"  {STATUS_MARK[decision.status]} {decision.remedy.value}: {'; '.join(details)}"
        )
        lines += [f"      - {text}" for text in reason_texts(decision, language)]
        lines.append("      " + ", ".join(str(c) for c in decision.citations))
        missing = missing_text(decision, language)
        if missing is not None:
            lines.append("      " + missing)
    return lines
