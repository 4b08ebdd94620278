"""Every remedy has a short title in English and Spanish, for the GUI's decision headings."""

from __future__ import annotations

import pytest

from clinic_app.core.messages import catalog
from clinic_app.core.model import Remedy
from clinic_app.core.rules import registry
from clinic_app.core.rules.remedy import ArrestRemedy, ConvictionRemedy
from clinic_app.core.rules.report import remedy_title


@pytest.mark.parametrize("remedy", list(Remedy), ids=str)
def test_every_remedy_has_a_title_in_both_languages(remedy: Remedy) -> None:
    key = f"rules.remedy_title.{remedy.value}"
    assert key in catalog("en")
    assert key in catalog("es")
    assert remedy_title(remedy, "es") != remedy_title(remedy, "en")


@pytest.mark.parametrize(
    "module",
    [*registry.CONVICTION_REMEDIES, *registry.ARREST_REMEDIES],
    ids=lambda module: module.REMEDY.value,
)
def test_english_title_is_the_rule_modules_title(
    module: ConvictionRemedy | ArrestRemedy,
) -> None:
    """The rule book prints TITLE; the GUI prints the catalog: they must not drift apart."""
    assert remedy_title(module.REMEDY, "en") == module.TITLE
