"""The remedies the engine considers, in the order decisions are emitted (exchange §3)."""

from __future__ import annotations

from clinic_app.core.rules import (
    hs11361_8_dismiss,
    hs11361_8_redesignate,
    pc17b,
    pc236_14,
    pc851_91,
    pc851_93,
    pc1170_18,
    pc1203_4,
    pc1203_4a,
    pc1203_41,
    pc1203_42,
    pc1203_49,
    pc1203_425,
)
from clinic_app.core.rules.remedy import ArrestRemedy, ConvictionRemedy

CONVICTION_REMEDIES: tuple[ConvictionRemedy, ...] = (
    hs11361_8_dismiss,
    hs11361_8_redesignate,
    pc1170_18,
    pc17b,
    pc1203_4,
    pc1203_4a,
    pc1203_41,
    pc1203_42,
    pc1203_425,
    pc236_14,
    pc1203_49,
)
ARREST_REMEDIES: tuple[ArrestRemedy, ...] = (pc851_91, pc851_93)
