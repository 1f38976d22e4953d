"""The links check (``link.opposed``): how a sentence ties one fact to another, turned into the
link that denies it. Most cases read the check alone (no model); the last ones run the whole
pipeline on the real model."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways, both_ways, loud

import vardiff
from vardiff import Severity
from vardiff.judge.links import find_links, links, negation_explained


@pytest.mark.parametrize(
    ("a", "b", "said_a", "said_b"),
    [
        (
            "The flight was cancelled because of the storm.",
            "The flight was cancelled despite the storm.",
            "because of",
            "despite",
        ),
        (
            "Although prices rose, demand grew in the second half.",
            "Because prices rose, demand grew in the second half.",
            "Although",
            "Because",
        ),
        (
            "The talks will resume unless the ceasefire holds.",
            "The talks will resume if the ceasefire holds.",
            "unless",
            "if",
        ),
        (
            "Every member state signed the treaty except Hungary.",
            "Every member state signed the treaty, including Hungary.",
            "except",
            "including",
        ),
        (
            "He has lived in exile since 2010.",
            "He lived in exile until 2010.",
            "since",
            "until",
        ),
        (
            "Exports of metals such as copper and tin fell by a third.",
            "Exports of metals other than copper and tin fell by a third.",
            "such as",
            "other than",
        ),
        (
            "Sales fell, so the company cut 200 jobs.",
            "Sales fell, although the company cut 200 jobs.",
            "so",
            "although",
        ),
        (
            "Turnout was low. As a result, the referendum failed.",
            "Turnout was low. Nevertheless, the referendum failed.",
            "As a result",
            "Nevertheless",
        ),
    ],
)
def test_a_link_turned_into_its_denial_is_loud(a: str, b: str, said_a: str, said_b: str) -> None:
    hits = find_links(a, b)
    assert [(h.check, h.a, h.b) for h in loud(hits)] == [("link.opposed", said_a, said_b)]
    back = find_links(b, a)
    assert [(h.a, h.b) for h in loud(back)] == [(said_b, said_a)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The same relation in other words.
        (
            "Exports of metals such as copper and tin fell by a third.",
            "Exports of metals, including copper and tin, fell by a third.",
        ),
        # Examples, and more besides them, said another way.
        (
            "The fair shows painters like Hockney and Riley as well as forty students.",
            "The fair shows painters such as Hockney and Riley and forty students.",
        ),
        ("The flight was cancelled because of the storm.", "The storm led to the cancellation."),
        ("The flight was cancelled because of the storm.", "Due to the storm, it was cancelled."),
        ("The match went ahead despite the rain.", "Although it rained, the match went ahead."),
        ("The match went ahead despite the rain.", "The match went ahead even though it rained."),
        # A concession told as a contrast between the two facts.
        (
            "Although the level will rise only a little, officials hope it will be enough.",
            "As a result of the floods the level will rise a little, but officials hope it "
            "will be enough.",
        ),
        # A negated condition said with "if ... not".
        (
            "The talks will resume unless the ceasefire collapses.",
            "The talks will resume if the ceasefire does not collapse.",
        ),
        # A result told as a cause the other way round, and "so" of a degree or a purpose.
        (
            "Sales fell, so the company cut 200 jobs.",
            "Because sales fell, the company cut 200 jobs.",
        ),
        ("The storm was so strong that the bridge closed.", "Despite the storm, it closed."),
        (
            "Despite the storm, the bridge is open.",
            "The storm was strong, so far the bridge is open.",
        ),
        # "since" of a reason is no time.
        ("Since the bridge was closed, traffic moved slowly.", "Traffic moved slowly until noon."),
        # "except" and "including" said of two different things, both on each side.
        (
            "All members signed, including France, except Hungary.",
            "All members except Hungary signed, including France.",
        ),
    ],
)
def test_a_link_kept_or_told_another_way_is_quiet(a: str, b: str) -> None:
    for first, second in both_ways(a, b):
        assert not find_links(first, second), (first, second)


def test_the_longest_phrase_says_the_relation() -> None:
    assert links("even though it rained") == {"concession": 1}
    assert links("except for the capital") == {"exception": 1}
    assert links("ever since 2010, and up until 2020") == {"from a time": 1, "until a time": 1}
    # "since" before a clause: a fact granted (a reason, or the time a state began), read
    # against a condition only (misses5).
    assert links("Since he was ill, he stayed home.") == {"since a fact": 1}


def test_unless_said_as_if_not_explains_the_added_negation() -> None:
    unless = "The talks will resume unless the ceasefire collapses."
    if_not = "The talks will resume if the ceasefire does not collapse."
    assert negation_explained(unless, if_not)
    assert negation_explained(if_not, unless)
    # A negation added beside an unchanged "unless" is a flip of its own.
    assert not negation_explained(unless, "The talks will not resume unless the ceasefire holds.")


@pytest.mark.parametrize(
    ("not_since", "last"),
    [
        ("The team has not won a match since October.", "The team's last win came in October."),
        ("The boy has not been seen since Tuesday.", "The boy was last seen on Tuesday."),
        ("Prices have not risen since 2019.", "Prices last rose in 2019."),
    ],
)
def test_denied_since_a_time_said_as_last_at_that_time_explains_the_negation(
    not_since: str, last: str
) -> None:
    assert negation_explained(last, not_since)
    assert negation_explained(not_since, last)


@pytest.mark.parametrize(
    ("not_since", "other"),
    [
        # Another time, or no "last": the negation is a flip of its own.
        ("The team has not won a match since October.", "The team's last win came in May."),
        ("The boy has not been seen since Tuesday.", "The boy was seen on Tuesday."),
    ],
)
def test_a_denial_since_a_time_is_not_explained_by_another_time(not_since: str, other: str) -> None:
    assert not negation_explained(other, not_since)
    assert not negation_explained(not_since, other)


def test_the_pipeline_reports_a_denied_link_once_and_stays_quiet_on_if_not() -> None:
    report = vardiff.compare(
        "The flight was cancelled because of the storm.",
        "The flight was cancelled despite the storm.",
    )
    found = [f for p in report.pairs for f in p.findings if f.severity >= Severity.MEDIUM]
    assert [(f.check, f.a, f.b) for f in found] == [("link.opposed", "because of", "despite")]
    quiet = vardiff.compare(
        "The talks will resume unless the ceasefire collapses.",
        "The talks will resume if the ceasefire does not collapse.",
    )
    assert not [f for p in quiet.pairs for f in p.findings if f.severity >= Severity.MEDIUM]


def test_either_way_against_a_condition_fails_and_a_question_stays_quiet() -> None:
    # "whether or not" says the outcome holds either way, as "even if" does: against "only if"
    # the link is turned; after a word that asks it opens a question, as "if" does there.
    assert_fails_both_ways(
        "The festival will go ahead whether or not the weather improves.",
        "The festival will go ahead only if the weather improves.",
    )
    for a, b in (
        ("We do not know whether or not the union agrees.", "We do not know if the union agrees."),
        ("It is unclear whether or not the union agrees.", "It is unclear if the union agrees."),
        (
            "The festival will go ahead whether or not the weather improves.",
            "The festival will go ahead regardless of whether the weather improves.",
        ),
    ):
        assert_quiet_both_ways(a, b)


def test_either_way_against_even_if_denied_is_one_concession() -> None:
    # The "not" of "even if it does not stop" names the outcome "whether or not" covers: no
    # polarity flipped. The main clause denied, or a plain "if", is another claim.
    assert_quiet_both_ways(
        "The team will play whether or not the rain stops, the coach said.",
        "The team will play even if the rain does not stop, the coach said.",
    )
    for changed in (
        "The team will not play even if the rain stops, the coach said.",
        "The team will play if the rain does not stop, the coach said.",
    ):
        assert_fails_both_ways(
            "The team will play whether or not the rain stops, the coach said.", changed
        )


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The coach would not explain why the captain had been dropped for the final.",
            "The coach would not explain when the captain had been dropped for the final.",
        ),
        (
            "Engineers could not determine when the cracks in the bridge first appeared.",
            "Engineers could not determine where the cracks in the bridge first appeared.",
        ),
        (
            "It remains unclear who ordered the evacuation of the building.",
            "It remains unclear whether anyone ordered the evacuation of the building.",
        ),
    ],
)
def test_another_question_after_the_same_asking_word_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    for x, y in both_ways(a, b):
        assert [h.check for h in find_links(x, y)] == ["link.question"], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another word that asks, the same question.
        (
            "The coach would not explain why the captain had been dropped for the final.",
            "The coach would not say why the captain had been dropped for the final.",
        ),
        # After a noun the question words are relatives, said either way.
        (
            "There were long spells in the afternoon where the stadium lights failed.",
            "There were long spells in the afternoon when the stadium lights failed.",
        ),
    ],
)
def test_the_same_question_or_a_relative_said_either_way_is_no_question_changed(
    a: str, b: str
) -> None:
    for x, y in both_ways(a, b):
        assert not [h for h in find_links(x, y) if h.check == "link.question"], (x, y)
