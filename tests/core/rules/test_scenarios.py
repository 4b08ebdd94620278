"""Every scenario in tests/core/rules/cases/*.toml, one test each (see scenarios.py)."""

from __future__ import annotations

import pytest

from tests.core.rules.scenarios import Case, check, load_cases


@pytest.mark.parametrize("case", load_cases(), ids=str)
def test_scenario(case: Case) -> None:
    check(case)
