"""A business named as its source in another word (issue 7: trust). News copy calls one business
"the company", "the firm", "the group" and by its trade ("the carmaker") in turn, and a
translator picks any of them: "the factory will close, the company said" / "..., the firm said"
was a changed source HIGH (and "the firm said" read as a noun phrase without its noun). The same
holds for a body and the people who speak for it ("police said" / "police officials said",
"prosecutors said" / "the prosecutor's office said") and for a force and its members ("the
army" / "the military", "police" / "officers"). A body of the state, a union, another trade,
another body's officials or another force is still another source."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_model_tells_apart, assert_quiet_both_ways

ONE_SOURCE = [
    ("The factory will close in June with the loss of 600 jobs, the company said on Tuesday.",
     "The factory will close in June with the loss of 600 jobs, the firm said on Tuesday."),
    ("The carmaker said the plant would stay open until the end of next year.",
     "The company said the plant would stay open until the end of next year."),
    ("Profits fell by a third in the first quarter, the group said in a statement.",
     "Profits fell by a third in the first quarter, the company said in a statement."),
    ("The firm said it had no plans to sell its stake in the newspaper.",
     "The publisher said it had no plans to sell its stake in the newspaper."),
    ("The suspect will appear in court in Lyon next week, prosecutors said.",
     "The suspect will appear in court in Lyon next week, the prosecutor's office said."),
    ("The patient was in a stable condition on Sunday, the hospital said.",
     "The patient was in a stable condition on Sunday, hospital officials said."),
    ("Turnout was 62 percent, the highest since 1998, the election commission said.",
     "Turnout was 62 percent, the highest since 1998, election officials said."),
    ("Two soldiers were wounded in the attack on the border post, the army said on Monday.",
     "Two soldiers were wounded in the attack on the border post, the military said on Monday."),
    ("Three men were arrested at the scene after the shooting, police said.",
     "Three men were arrested at the scene after the shooting, officers said."),
    ("Three men were arrested at the scene after the shooting, police said.",
     "Three men were arrested at the scene after the shooting, police officials said."),
    ("Three men were arrested at the scene after the shooting, police said.",
     "Three men were arrested at the scene after the shooting, police officers said."),
    ("Police arrested three men at the scene of the shooting on Sunday night.",
     "Police officers arrested three men at the scene of the shooting on Sunday night."),
]  # fmt: skip

OTHER_SOURCE = [
    ("The factory will close in June with the loss of 600 jobs, the company said on Tuesday.",
     "The factory will close in June with the loss of 600 jobs, the ministry said on Tuesday."),
    ("The factory will close in June with the loss of 600 jobs, the company said on Tuesday.",
     "The factory will close in June with the loss of 600 jobs, the union said on Tuesday."),
    ("The firm said the new drug had been approved for use in children.",
     "The agency said the new drug had been approved for use in children."),
    ("Turnout was 62 percent, the highest since 1998, the election commission said.",
     "Turnout was 62 percent, the highest since 1998, police officials said."),
    ("Two soldiers were wounded in the attack on the border post, the army said on Monday.",
     "Two soldiers were wounded in the attack on the border post, police said on Monday."),
    ("The patient was in a stable condition on Sunday, the hospital said.",
     "The patient was in a stable condition on Sunday, police officials said."),
    ("Police arrested three men at the scene of the shooting on Sunday night.",
     "Army officers arrested three men at the scene of the shooting on Sunday night."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), ONE_SOURCE)
def test_one_source_named_two_ways_is_one_source(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), OTHER_SOURCE)
def test_another_body_or_force_is_another_source(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_the_firm_is_the_company_and_the_ministry_is_not() -> None:
    assert_model_tells_apart(
        "The plant will close in March with the loss of 400 jobs, the company said.",
        "The plant will close in March with the loss of 400 jobs, the firm said.",
        "The plant will close in March with the loss of 400 jobs, the ministry said.",
        check="attribution.",
    )
