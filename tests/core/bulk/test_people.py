"""Grouping a county's rows into people: exact keys first, folded identities, then Splink
for spelling slips, with doubtful pairs kept apart and listed (synthetic people only)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta

import pyarrow as pa

from clinic_app.core.bulk.people import MATCH_AT, REVIEW_FROM, group_people

FIRST = ["JOSE", "MARIA", "ANA", "LUIS", "JOHN", "MARY", "DAVID", "LINDA", "CARLOS", "ROSA"]
LAST = ["NUNEZ", "GARCIA", "SMITH", "JOHNSON", "LOPEZ", "NGUYEN", "KIM", "BROWN", "DAVIS"]


def table(rows: list[dict]) -> pa.Table:
    columns = ("line", "person_ref", "cii", "last_name", "first_name", "dob")
    return pa.table({name: [row.get(name) for row in rows] for name in columns})


def row(line: int, first: str, last: str, dob: date, **keys: str) -> dict:
    return {"line": line, "first_name": first, "last_name": last, "dob": dob, **keys}


def crowd(people: int, seed: int) -> tuple[list[dict], list[int]]:
    """Court rows without ids: each person on 1-4 cases, a tenth of the surnames misspelt
    (a letter dropped), some in other letter case. Returns the rows and each row's person."""
    rng = random.Random(seed)
    rows, truth = [], []
    for person in range(people):
        first = rng.choice(FIRST)
        last = rng.choice(LAST) + "ABCDEFGHIJ"[person % 10] + rng.choice(LAST)
        dob = date(1950, 1, 1) + timedelta(days=rng.randrange(20_000))
        for _case in range(rng.randint(1, 4)):
            written = last
            if rng.random() < 0.1:
                at = rng.randrange(2, len(last) - 1)
                written = last[:at] + last[at + 1 :]
            if rng.random() < 0.2:
                written = written.capitalize()
            rows.append(row(len(rows) + 1, first, written, dob))
            truth.append(person)
    return rows, truth


def test_rows_sharing_a_subject_id_or_a_cii_are_one_person() -> None:
    born = date(1980, 4, 2)
    people = group_people(
        table(
            [
                row(1, "ANA", "RUIZ", born, person_ref="S1", cii="A1"),
                row(2, "ANA", "RUIZ-PAZ", born, person_ref="S1"),  # same DOJ subject
                row(3, "A.", "PAZ", date(1980, 2, 4), cii="A1"),  # court row, same CII
                row(4, "ANA", "RUIZ", date(1990, 1, 1), person_ref="S2"),
            ]
        )
    )
    assert people.person.to_pylist() == [0, 0, 0, 1]
    assert people.count == 2


def test_accents_case_and_spacing_do_not_make_two_people() -> None:
    born = date(1975, 9, 15)
    people = group_people(
        table(
            [
                row(1, "José", "Núñez", born),
                row(2, "JOSE", "NUNEZ", born),
                row(3, " jose ", "nuñez", born),
                row(4, "JOSE", "NUNEZ", date(1976, 9, 15)),  # another man of that name
            ]
        )
    )
    first, *same, other = people.person.to_pylist()
    assert same == [first, first] and other != first


def test_the_same_name_without_a_date_of_birth_is_not_one_person() -> None:
    rows = [
        {"line": 1, "first_name": "JOHN", "last_name": "SMITH", "dob": None},
        {"line": 2, "first_name": "JOHN", "last_name": "SMITH", "dob": None},
    ]
    assert group_people(table(rows)).count == 2


def test_spelling_slips_are_joined_and_no_two_people_are_merged() -> None:
    rows, truth = crowd(300, seed=1)
    people = group_people(table(rows))
    assert len(people.person) == len(rows)
    found: dict[int, set[int]] = defaultdict(set)
    for person, true_person in zip(people.person.to_pylist(), truth, strict=True):
        found[person].add(true_person)
    assert all(len(members) == 1 for members in found.values()), "two people were merged"
    assert people.count <= 300 * 1.02  # at most 2 % of people left split by a slip


def test_doubtful_pairs_are_listed_for_a_person_not_joined() -> None:
    rows, _truth = crowd(300, seed=1)
    people = group_people(table(rows))
    for pair in people.uncertain.to_pylist():
        assert REVIEW_FROM <= pair["probability"] < MATCH_AT
        first = people.person[pair["line_a"] - 1].as_py()
        second = people.person[pair["line_b"] - 1].as_py()
        assert first != second  # shown to a person, never joined
