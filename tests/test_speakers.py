"""A business speaking as a body, named plainly on one side ("the company said") and by its
trade on the other, where WordNet defines the trade as a business but does not hang it under
"business" ("the insurer": a financial institution; "the airline": a commercial enterprise,
its second sense): one source. Two trades stay two sources, and a body of another kind first
("the agency": a unit of government) is no business. The sentences are ours."""

from __future__ import annotations

import pytest
from _hits import assert_judged_both_ways, assert_not_judged_both_ways

SAID = "{} said on Monday it would pay all claims from the flood victims within six weeks."


@pytest.mark.parametrize("trade", ["The insurer", "The airline", "The bank", "The utility"])
def test_a_trade_defined_as_a_business_is_the_company_speaking(trade: str) -> None:
    assert_not_judged_both_ways(
        SAID.format("The company"), SAID.format(trade), "attribution.changed"
    )


@pytest.mark.parametrize(
    ("one", "other"),
    [("The insurer", "The bank"), ("The airline", "The insurer"), ("The agency", "The company")],
)
def test_two_trades_or_a_body_of_the_state_stay_two_sources(one: str, other: str) -> None:
    assert_judged_both_ways(SAID.format(one), SAID.format(other), "attribution.changed")
