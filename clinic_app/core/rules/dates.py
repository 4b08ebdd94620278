"""Date arithmetic for waiting periods, by the convention of exchange-format.md §2.

"One year after X" is `add_years(X, 1)`, with Feb 29 becoming Feb 28; "after the lapse of"
adds one more day, a deliberately conservative reading (many courts accept the anniversary).
"""

from __future__ import annotations

from datetime import date, timedelta


def add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # Feb 29 in a year that has none
        return start.replace(year=start.year + years, day=28)


def after_lapse(start: date, years: int) -> date:
    """First day a person may file once `years` have lapsed since `start`."""
    return add_years(start, years) + timedelta(days=1)


def day_after(day: date) -> date:
    """First day after a period ends ("at any time after the termination of probation")."""
    return day + timedelta(days=1)
