"""The worked examples of `shared/domain/examples.md` as end-to-end oracles.

Each `examples/exNN.json` holds one example: the complete `clinic-app evaluate` input built
from the example's facts (`input`; unstated facts are neutral choices listed in `notes`) and
every row of the example's table (`expect`). For each row the engine must emit exactly one
decision for that conviction or arrest and remedy (exchange-format §3), with the expected
`status`; `eligible_from`, `discretionary`, `automatic` and `missing_facts` are checked only
when the row gives them (`"eligible_from": null` asserts "—").

When `unlisted_remedies_not_eligible` is true, every other decision of the example must be
`not_eligible`: examples.md says remedies a table leaves out are `not_eligible` for the
obvious structural reason.

Test ids name the example, the conviction or arrest and the remedy: `ex14-c2-pc1203_4a`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from clinic_app.core.decision import Decision, Status
from clinic_app.core.model import EXCHANGE_CONTEXT, Record, Remedy

if TYPE_CHECKING:
    from clinic_app.core.rules.engine import Evaluation

EXAMPLES = Path(__file__).parent / "examples"
AS_OF = date(2026, 11, 15)
SUBJECT_KEYS = ("conviction_id", "arrest_id")
# "convictions[c2].quantity_grams" and "quantity_grams" name the same fact (exchange §2).
_SUBJECT_PREFIX = re.compile(r"^(convictions|arrests)\[[^\]]*\]\.")


@dataclass(frozen=True)
class Example:
    name: str
    title: str
    document: dict[str, Any]
    expect: tuple[dict[str, Any], ...]
    unlisted_not_eligible: bool

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class Row:
    example: str
    expect: dict[str, Any]

    @property
    def subject_key(self) -> str:
        (key,) = (key for key in SUBJECT_KEYS if key in self.expect)
        return key

    @property
    def subject_id(self) -> str:
        return str(self.expect[self.subject_key])

    @property
    def remedy(self) -> Remedy:
        return Remedy(self.expect["remedy"])

    def __str__(self) -> str:
        return f"{self.example}-{self.subject_id}-{self.remedy.value}"


@cache
def load_examples() -> tuple[Example, ...]:
    examples = []
    for path in sorted(EXAMPLES.glob("ex*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        examples.append(
            Example(
                name=path.stem,
                title=data["title"],
                document=data["input"],
                expect=tuple(data["expect"]),
                unlisted_not_eligible=bool(data.get("unlisted_remedies_not_eligible", False)),
            )
        )
    return tuple(examples)


def expected_rows() -> list[Row]:
    return [Row(example.name, row) for example in load_examples() for row in example.expect]


def _example(name: str) -> Example:
    (found,) = (example for example in load_examples() if example.name == name)
    return found


def _record(example: Example) -> Record:
    return Record.model_validate(example.document, context=EXCHANGE_CONTEXT)


@cache
def evaluation(name: str) -> Evaluation:
    # Imported here so the examples collect even while remedy modules are being written.
    from clinic_app.core.rules.engine import evaluate

    return evaluate(_record(_example(name)))


def _subject(decision: Decision) -> tuple[str, str]:
    if decision.conviction_id is not None:
        return ("conviction_id", decision.conviction_id)
    return ("arrest_id", str(decision.arrest_id))


def _describe(decision: Decision) -> str:
    return (
        f"{decision.remedy.value}: status={decision.status.value} "
        f"eligible_from={decision.eligible_from} discretionary={decision.discretionary} "
        f"automatic={decision.automatic} missing_facts={list(decision.missing_facts)} "
        f"reasons={[reason.message_key for reason in decision.reasons]}"
    )


def _normalised_paths(paths: list[str] | tuple[str, ...]) -> set[str]:
    return {_SUBJECT_PREFIX.sub("", path) for path in paths}


# --- the example files themselves ----------------------------------------------------------


def test_every_worked_example_has_a_file() -> None:
    names = {example.name for example in load_examples()}
    missing = {f"ex{number:02d}" for number in range(1, 30)} - names
    assert not missing, f"no JSON oracle for {sorted(missing)}"
    assert "ex13b" in names


@pytest.mark.parametrize("example", load_examples(), ids=str)
def test_example_input_is_a_valid_exchange_document(example: Example) -> None:
    record = _record(example)
    assert record.as_of == AS_OF
    assert example.expect, f"{example.name} asserts nothing"
    subjects = {("conviction_id", c.id) for c in record.convictions} | {
        ("arrest_id", a.id) for a in record.arrests
    }
    for row in (Row(example.name, expect) for expect in example.expect):
        assert (row.subject_key, row.subject_id) in subjects, f"{row}: no such conviction/arrest"
        Status(row.expect["status"])  # a status the format knows
    keys = [(Row(example.name, e).subject_id, e["remedy"]) for e in example.expect]
    assert len(keys) == len(set(keys)), f"{example.name}: a row is listed twice"


# --- one test per table row ----------------------------------------------------------------


@pytest.mark.parametrize("row", expected_rows(), ids=str)
def test_example_row(row: Row) -> None:
    result = evaluation(row.example)
    found = [
        decision
        for decision in result.decisions
        if _subject(decision) == (row.subject_key, row.subject_id) and decision.remedy == row.remedy
    ]
    assert len(found) == 1, (
        f"{row}: expected exactly one {row.remedy.value} decision for {row.subject_id} "
        f"(exchange-format §3), found {len(found)}"
    )
    decision = found[0]
    expect = row.expect
    context = f"{row} ({_example(row.example).title}); got {_describe(decision)}"

    assert decision.status == Status(expect["status"]), context
    if "eligible_from" in expect:
        wanted = expect["eligible_from"]
        wanted_date = None if wanted is None else date.fromisoformat(wanted)
        assert decision.eligible_from == wanted_date, context
    if "discretionary" in expect:
        assert decision.discretionary is expect["discretionary"], context
    if "automatic" in expect:
        assert decision.automatic is expect["automatic"], context
    if "missing_facts" in expect:
        assert _normalised_paths(decision.missing_facts) == _normalised_paths(
            expect["missing_facts"]
        ), context


# --- per example ---------------------------------------------------------------------------


@pytest.mark.parametrize("example", load_examples(), ids=str)
def test_every_decision_cites_and_explains(example: Example) -> None:
    result = evaluation(example.name)
    assert result.decisions, f"{example.name}: no decisions at all"
    for decision in result.decisions:
        label = f"{example.name}-{_subject(decision)[1]}-{decision.remedy.value}"
        assert len(decision.citations) >= 1, f"{label}: no citation"
        assert len(decision.reasons) >= 1, f"{label}: no reason"


@pytest.mark.parametrize(
    "example", [e for e in load_examples() if e.unlisted_not_eligible], ids=str
)
def test_remedies_the_table_leaves_out_are_not_eligible(example: Example) -> None:
    listed = {(Row(example.name, row).subject_id, row["remedy"]) for row in example.expect}
    wrong = [
        f"{example.name}-{_subject(decision)[1]}-{_describe(decision)}"
        for decision in evaluation(example.name).decisions
        if (_subject(decision)[1], decision.remedy.value) not in listed
        and decision.status is not Status.NOT_ELIGIBLE
    ]
    assert not wrong, "examples.md: unlisted remedies are not_eligible; got " + "; ".join(wrong)
