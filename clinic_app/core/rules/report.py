"""Decisions in words: the JSON of exchange-format §2, and a plain-text summary.

Reasons are rendered here, in the reader's language, from their message keys; the
decisions themselves never hold a sentence.
"""

from __future__ import annotations

from typing import Any

from clinic_app.core.decision import Decision, Status
from clinic_app.core.messages import message
from clinic_app.core.model import Conviction
from clinic_app.core.rules.engine import Evaluation

_STATUS_MARK = {
    Status.ELIGIBLE: "✔",
    Status.NOT_YET: "…",
    Status.NEEDS_REVIEW: "?",
    Status.NOT_ELIGIBLE: "✘",
}


def reason_texts(decision: Decision, language: str) -> list[str]:
    return [message(r.message_key, language, **r.params) for r in decision.reasons]


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
        lines += ["", _conviction_heading(conviction, language)]
        lines += _decision_lines(evaluation, language, conviction_id=conviction.id)
    for arrest in evaluation.record.arrests:
        heading = message(
            "rules.report.arrest",
            language,
            id=arrest.id,
            code=arrest.code,
            date=arrest.arrest_date.isoformat(),
        )
        lines += ["", heading]
        lines += _decision_lines(evaluation, language, arrest_id=arrest.id)
    for warning in evaluation.warnings:
        lines += ["", "! " + message(warning.message_key, language, **warning.params)]
    return "\n".join(lines) + "\n"


def _conviction_heading(conviction: Conviction, language: str) -> str:
    return message(
        "rules.report.conviction",
        language,
        id=conviction.id,
        code=conviction.code,
        level=message(f"rules.level.{conviction.level.value}", language),
        case_number=conviction.case_number,
        county=conviction.county,
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
        status = message(f"rules.status.{decision.status.value}", language)
        details = [status]
        if decision.eligible_from:
            details.append(message("rules.report.from", language, date=str(decision.eligible_from)))
        if decision.discretionary:
            details.append(message("rules.report.judge_decides", language))
        if decision.automatic:
            details.append(message("rules.report.automatic", language))
        lines.append(
            f"  {_STATUS_MARK[decision.status]} {decision.remedy.value}: {'; '.join(details)}"
        )
        lines += [f"      - {text}" for text in reason_texts(decision, language)]
        lines.append("      " + ", ".join(str(c) for c in decision.citations))
        if decision.missing_facts:
            missing = ", ".join(decision.missing_facts)
            lines.append("      " + message("rules.report.missing", language, facts=missing))
    return lines
