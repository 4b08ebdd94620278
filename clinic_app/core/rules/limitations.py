"""Statute of limitations for an arrest, as far as the rules can tell (PC 799-805).

Shared by the two arrest remedies: PC 851.91 asks whether the person "may still be charged"
(851.91(a)(1)(A), (a)(2)(A)-(B)), and PC 851.93 draws the same line between an offense
"punishable by imprisonment ... for eight years or more" and other felonies
(851.93(a)(2)(C)(i)-(ii)). Checked 2026-11-25 against shared/domain/remedies.md §10 and the
leginfo text of PC 851.91(a) and the lexace copy of PC 851.93(a)(2).

The general periods (remedies.md §10a):
- PC 802(a): an offense not punishable by imprisonment in the state prison or under PC 1170(h)
  (a misdemeanor or an infraction): one year;
- PC 801: other felonies: three years;
- PC 800: an offense punishable by imprisonment for eight years or more: six years;
- PC 799: murder and other offenses punishable by death or life imprisonment, and (799(b))
  listed sex offenses depending on the offense date: no limitation at all.
PC 805(a) (an offense is "deemed punishable by the maximum punishment prescribed by statute",
enhancements disregarded) decides which of these applies.

The module never decides tolling or the exceptions of PC 803 (remedies.md §13.5): it only says
when the general period has *obviously* run, counted from the arrest date with
`after_lapse` (remedies.md: "arrest_date + SOL + 1 day"), and an attorney confirms.

Unverified, and how the helper treats each point:
- offenses.csv has no maximum-term column. `UNDER_EIGHT_YEARS` and `EIGHT_YEARS_OR_MORE` list
  the table's felony and wobbler codes whose maximum term the engineer could state; they are
  the engineer's reading of the penalty sections named beside each code, except PC 487 (PC 489,
  checked in the domain brief's legal review) and the HS 11350/11358/11359(d)/11360/11361 terms
  quoted in offenses.csv. A felony code on neither list is treated as punishable by eight
  years or more (six years), as remedies.md directs when the maximum term is not known;
- a wobbler (or straight felony) recorded as a misdemeanor arrest keeps the felony period,
  because PC 805(a) looks at the maximum punishment the statute allows, not the level of the
  arrest (a practitioner summary: "Wobblers have to wait for the felony statute of
  limitations"); LEGAL QUESTION for the attorney reviewer;
- sex offenses (offenses.csv `registrable_290` yes or depends) have special periods
  (PC 799(b), PC 801.1, PC 802(b)) that turn on the offense date and the victim's age: the
  rules never call their period "obviously run" (needs_review);
- misdemeanor exceptions in PC 802(b)-(e) other than sex offenses are not modelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from clinic_app.core.decision import Citation
from clinic_app.core.model import Level
from clinic_app.core.rules.context import ArrestContext
from clinic_app.core.rules.dates import after_lapse
from clinic_app.core.rules.finding import Finding
from clinic_app.core.rules.offense_table import OffenseRow

NO_LIMITATION = Citation("PC", "799")
EIGHT_YEAR_OFFENSES = Citation("PC", "800")
FELONIES = Citation("PC", "801")
MISDEMEANORS = Citation("PC", "802", "(a)")
MAXIMUM_PUNISHMENT = Citation("PC", "805", "(a)")
SEX_OFFENSES = Citation("PC", "799", "(b)")

# PC 802(a): "within one year after commission of the offense".
MISDEMEANOR_YEARS = 1
# PC 801: "within three years after commission of the offense".
FELONY_YEARS = 3
# PC 800: offenses punishable by imprisonment "for eight years or more": six years.
EIGHT_YEAR_OFFENSE_YEARS = 6

# PC 799(a) via PC 187/190: murder has no limitations period (offenses.csv rows PC 187 and
# PC 187(a); remedies.md §10a "Module data").
MURDER = frozenset({"PC 187", "PC 187(a)"})

# Felony and wobbler rows of offenses.csv whose maximum felony term is under eight years
# (PC 805(a): the statute's maximum, enhancements disregarded). Term triads in years.
UNDER_EIGHT_YEARS = frozenset(
    {
        "HS 11350(a)",  # 16 months, 2 or 3 (offenses.csv)
        "HS 11351",  # 2, 3 or 4 (1170(h); legal review)
        "HS 11352(a)",  # 3, 4 or 5
        "HS 11357(a)",  # pre-AUMA concentrated cannabis: 16 months, 2 or 3 (1170(h))
        "HS 11358",  # pre-AUMA: 16 months, 2 or 3 (1170(h))
        "HS 11358(d)",  # 16 months, 2 or 3 (offenses.csv)
        "HS 11359",  # pre-AUMA: 16 months, 2 or 3 (1170(h))
        "HS 11359(c)",  # 16 months, 2 or 3 (1170(h))
        "HS 11359(d)",  # 3, 5 or 7 (offenses.csv)
        "HS 11360(a)",  # pre-AUMA: 2, 3 or 4 (offenses.csv)
        "HS 11360(a)(3)",  # 2, 3 or 4 (offenses.csv)
        "HS 11361",  # 3, 5 or 7 / 3, 4 or 5 (offenses.csv)
        "HS 11361(a)",  # 3, 5 or 7 (offenses.csv)
        "HS 11366",  # 16 months, 2 or 3
        "HS 11377(a)",  # 16 months, 2 or 3 (1170(h))
        "HS 11378",  # 16 months, 2 or 3 (1170(h); legal review)
        "HS 11379(a)",  # 2, 3 or 4
        "HS 11379.6",  # 3, 5 or 7
        "PC 4573.6",  # 2, 3 or 4
        "PC 459",  # first degree 2, 4 or 6; second degree 16 months, 2 or 3 (PC 461)
        "PC 487(a)",  # 16 months, 2 or 3 (PC 489(c); legal review)
        "PC 487(c)",  # 16 months, 2 or 3 (PC 489(c); legal review)
        "PC 487(d)(2)",  # 16 months, 2 or 3 (PC 489(a))
        "PC 496(a)",  # 16 months, 2 or 3
        "PC 496d",  # 16 months, 2 or 3
        "PC 666",  # 16 months, 2 or 3
        "PC 470",  # 16 months, 2 or 3 (PC 473(a))
        "PC 476",  # 16 months, 2 or 3 (PC 473(a))
        "PC 476a",  # 16 months, 2 or 3
        "PC 484e(d)",  # grand theft: 16 months, 2 or 3 (PC 489(c))
        "PC 530.5(a)",  # 16 months, 2 or 3
        "VC 10851(a)",  # 16 months, 2 or 3 (2, 3 or 4 with a prior, PC 666.5)
        "PC 503",  # as theft (PC 514): 16 months, 2 or 3; public funds 2, 3 or 4
        "PC 594(a)",  # 16 months, 2 or 3 (PC 594(b)(1))
        "PC 243(d)",  # 2, 3 or 4
        "PC 245(a)(1)",  # 2, 3 or 4
        "PC 245(a)(2)",  # 2, 3 or 4
        "PC 245(a)(4)",  # 2, 3 or 4
        "PC 273.5(a)",  # 2, 3 or 4 (2, 4 or 5 with a prior)
        "PC 273a(a)",  # 2, 4 or 6
        "PC 422",  # not more than 3
        "PC 646.9(a)",  # 16 months, 2 or 3
        "PC 136.1(b)",  # 16 months, 2 or 3
        "PC 69",  # 16 months, 2 or 3
        "PC 29800(a)(1)",  # 16 months, 2 or 3
        "PC 25850(a)",  # 16 months, 2 or 3
        "PC 25400(a)",  # 16 months, 2 or 3
        "PC 186.22(a)",  # 16 months, 2 or 3
        "PC 32",  # 16 months, 2 or 3 (PC 33)
        "PC 1320(b)",  # 16 months, 2 or 3
        "PC 192(c)(1)",  # 2, 4 or 6
        "VC 23153(a)",  # 16 months, 2 or 3
        "VC 20001(a)",  # 16 months, 2 or 3; 2, 3 or 4 with death or permanent injury
        "VC 2800.2",  # 16 months, 2 or 3
    }
)
# Rows whose maximum term is eight years or more (PC 800), or life (PC 799 for murder).
EIGHT_YEARS_OR_MORE = frozenset(
    {
        "PC 187",  # life (PC 190)
        "PC 187(a)",  # life (PC 190)
        "PC 192(a)",  # 3, 6 or 11
        "PC 207",  # 3, 5 or 8
        "PC 211",  # up to 3, 6 or 9 (PC 213(a)(1)(A))
        "PC 215",  # 3, 5 or 9
        "PC 451",  # up to 5, 7 or 9 (PC 451(a))
    }
)

FELONY_CLASSES = frozenset({"felony", "wobbler"})


class Period(StrEnum):
    """Which limitations rule governs an arrest."""

    MURDER = "murder"  # PC 799: none; 851.91(a)(2)(B) bars sealing unless acquitted
    SEX_OFFENSE = "sex_offense"  # PC 799(b), 801.1, 802(b): depends on dates and ages
    UNKNOWN_CODE = "unknown_code"  # the offense table does not know the code
    MISDEMEANOR = "misdemeanor"  # PC 802(a): one year
    FELONY = "felony"  # PC 801: three years
    EIGHT_YEAR_OFFENSE = "eight_year_offense"  # PC 800: six years
    TERM_UNKNOWN = "term_unknown"  # a felony of unknown maximum: six years, conservatively


@dataclass(frozen=True)
class Limitations:
    """The limitations period of one arrest: `years` is None when no period can be counted."""

    period: Period
    years: int | None
    citation: Citation
    # A misdemeanor arrest for an offense the statute also punishes as a felony (PC 805(a)).
    felony_offense_misdemeanor_arrest: bool = False

    def lapses_on(self, arrest_date: date) -> date | None:
        """The first day the period has obviously run ("after the lapse of"), if countable."""
        return None if self.years is None else after_lapse(arrest_date, self.years)

    @property
    def felony(self) -> bool:
        return self.period in {Period.FELONY, Period.EIGHT_YEAR_OFFENSE, Period.TERM_UNKNOWN}


def is_sex_offense(row: OffenseRow) -> bool:
    """Offenses whose limitations periods follow the sex-offense rules (PC 799(b), 801.1)."""
    return row.registrable_290 != "no"


def punishable_eight_years_or_more(row: OffenseRow | None) -> bool | None:
    """PC 800 / 851.93(a)(2)(C)(ii): True or False when the table's row is on one of the
    module's lists, None when the maximum term is not known (or the code is unknown)."""
    if row is None:
        return None
    if row.code in EIGHT_YEARS_OR_MORE:
        return True
    if row.code in UNDER_EIGHT_YEARS:
        return False
    return None


def limitations(ctx: ArrestContext) -> Limitations:
    """The general limitations period for the offense of arrest (PC 799-802, 805(a))."""
    row = ctx.row
    if row is None:
        return Limitations(Period.UNKNOWN_CODE, None, MAXIMUM_PUNISHMENT)
    if row.code in MURDER:
        return Limitations(Period.MURDER, None, NO_LIMITATION)
    if is_sex_offense(row):
        return Limitations(Period.SEX_OFFENSE, None, SEX_OFFENSES)
    can_be_felony = row.offense_class in FELONY_CLASSES
    if ctx.arrest.level is not Level.FELONY and not can_be_felony:
        return Limitations(Period.MISDEMEANOR, MISDEMEANOR_YEARS, MISDEMEANORS)
    # PC 805(a): the maximum the statute allows decides, whatever the level of the arrest.
    misdemeanor_arrest = ctx.arrest.level is not Level.FELONY
    eight_or_more = punishable_eight_years_or_more(row)
    if eight_or_more is False:
        return Limitations(Period.FELONY, FELONY_YEARS, FELONIES, misdemeanor_arrest)
    if eight_or_more:
        return Limitations(
            Period.EIGHT_YEAR_OFFENSE,
            EIGHT_YEAR_OFFENSE_YEARS,
            EIGHT_YEAR_OFFENSES,
            misdemeanor_arrest,
        )
    return Limitations(
        Period.TERM_UNKNOWN, EIGHT_YEAR_OFFENSE_YEARS, EIGHT_YEAR_OFFENSES, misdemeanor_arrest
    )


def note_section_level_row(f: Finding, ctx: ArrestContext, citation: Citation) -> None:
    """The engine adds this note to conviction decisions only; arrests get it here
    (exchange-format §1.3: "classified under the section-level row of offenses.csv")."""
    lookup = ctx.offense
    if lookup.section_level_fallback:
        f.met(
            "rules.common.section_level_row",
            citation,
            code=ctx.arrest.code,
            row=lookup.matched_code,
        )
