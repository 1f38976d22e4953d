"""Leftovers of the loud side (changes earlier probes left quiet), each with its loud and quiet
twins (sentences not the probes'): one member of a pair against both of it on the same noun
("both teams" / "one team", "both parents" / "one of the parents": ``scale.quantifier``), "the
two" or a "one" said on both sides quiet; what a clause is about against what it leaves out or
sets against it ("With regard to pensions," / "Except for pensions,", "As for the smaller
clubs," / "Unlike the smaller clubs,": ``link.opposed``), two topic openers quiet; a phrasal
verb read as the single verbs WordNet gives its commonest senses ("went out of" / "entered",
"gave up" / "continued": ``opposite.antonym``), "went up" / "rose" quiet; a verb that is a kind
of the other's antonym ("concluded talks" / "began talks", "lauded" / "criticised":
``opposite.inherited``), a verb and its synonym quiet; a time adverbial moved to another clause
("Last month, the mayor said the bridge would reopen" / "The mayor said the bridge would reopen
last month": ``order.time_moved``), one moved inside its clause quiet."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)

# One of a pair against both of it, on the same noun.
ONE_OF_A_PAIR = [
    (
        "Both teams were fined after the brawl that ended the cup tie in Glasgow on Sunday.",
        "One team was fined after the brawl that ended the cup tie in Glasgow on Sunday.",
    ),
    (
        "The clinic said both parents had been vaccinated before the baby was born in March.",
        "The clinic said one of the parents had been vaccinated before the baby was born in March.",
    ),
    (
        "The grant is open to couples in which both partners have lived in the region for five "
        "years.",
        "The grant is open to couples in which at least one partner has lived in the region for "
        "five years.",
    ),
    (
        "The airline said both of its pilots had been tested for alcohol after the aborted "
        "landing.",
        "The airline said one of its pilots had been tested for alcohol after the aborted landing.",
    ),
]

# The pair said otherwise, or a "one" that both sides say.
ONE_OF_A_PAIR_QUIET = [
    (
        "Both teams were fined after the brawl that ended the cup tie in Glasgow on Sunday.",
        "The two teams were fined after the brawl that ended the cup tie in Glasgow on Sunday.",
    ),
    (
        "Both candidates won one seat each in the regional assembly, the electoral board said.",
        "The two candidates won one seat each in the regional assembly, the electoral board said.",
    ),
    (
        "The clinic said both parents had been vaccinated before the baby was born in March.",
        "The clinic said the parents had both been vaccinated before the baby was born in March.",
    ),
]

# The topic of the clause against what it leaves out or sets against it.
TOPIC_AGAINST_EXCEPTION = [
    (
        "With regard to pensions, the new government has kept most of the promises it made "
        "during the campaign.",
        "Except for pensions, the new government has kept most of the promises it made during "
        "the campaign.",
    ),
    (
        "In terms of exports, the textile sector has outperformed every other industry in the "
        "country this year.",
        "Apart from exports, the textile sector has outperformed every other industry in the "
        "country this year.",
    ),
    (
        "As for the smaller clubs, most of them will lose money this season because of the new "
        "broadcasting deal.",
        "Unlike the smaller clubs, most of them will lose money this season because of the new "
        "broadcasting deal.",
    ),
]

# Two topic openers, and two openers of an exception.
TOPIC_QUIET = [
    (
        "In terms of exports, the textile sector has outperformed every other industry in the "
        "country this year.",
        "When it comes to exports, the textile sector has outperformed every other industry in "
        "the country this year.",
    ),
    (
        "As for the smaller clubs, most of them will lose money this season because of the new "
        "broadcasting deal.",
        "As regards the smaller clubs, most of them will lose money this season because of the "
        "new broadcasting deal.",
    ),
    (
        "Apart from the delays at the border, the trip went well, the organisers of the "
        "exchange said.",
        "Except for the delays at the border, the trip went well, the organisers of the "
        "exchange said.",
    ),
]

# A phrasal verb against the antonym of one of its single verbs.
PHRASAL = [
    (
        "The delegation entered the embassy shortly after noon, escorted by armed police.",
        "The delegation went out of the embassy shortly after noon, escorted by armed police.",
    ),
    (
        "The union continued the strike into a third week despite pressure from its members.",
        "The union gave up the strike in its third week despite pressure from its members.",
    ),
    (
        "Cave divers descended the flooded shaft in the dark to reach the trapped miners.",
        "Cave divers went up the flooded shaft in the dark to reach the trapped miners.",
    ),
]

# A phrasal verb against a single verb of the same sense.
PHRASAL_QUIET = [
    (
        "Share prices went up sharply on Monday after the bank reported higher profits.",
        "Share prices rose sharply on Monday after the bank reported higher profits.",
    ),
    (
        "The company carried on trading after the fire destroyed its main warehouse.",
        "The company continued trading after the fire destroyed its main warehouse.",
    ),
    (
        "The health minister stepped down in May after the report into hospital waiting lists.",
        "The health minister resigned in May after the report into hospital waiting lists.",
    ),
]

# A verb that is a kind of the other's antonym.
INHERITED = [
    (
        "The two governments began talks on a new fisheries agreement in Oslo on Thursday.",
        "The two governments concluded talks on a new fisheries agreement in Oslo on Thursday.",
    ),
    (
        "Reviewers lauded the director's latest film after its premiere at the festival.",
        "Reviewers criticised the director's latest film after its premiere at the festival.",
    ),
]

# A verb and its synonym, or a broader word for it.
INHERITED_QUIET = [
    (
        "The council ended the parking scheme in May after complaints from shop owners.",
        "The council terminated the parking scheme in May after complaints from shop owners.",
    ),
    (
        "Reviewers praised the director's latest film after its premiere at the festival.",
        "Reviewers lauded the director's latest film after its premiere at the festival.",
    ),
]


# A time adverbial that tells the time of another verb on each side, the verbs unchanged.
TIME_MOVED = [
    (
        "Last month, the mayor said the old bridge over the river would reopen to traffic.",
        "The mayor said the old bridge over the river would reopen to traffic last month.",
    ),
    (
        "The trawler capsized off the Norwegian coast on Sunday night with nine crew on board, "
        "the rescue service said.",
        "The trawler capsized off the Norwegian coast with nine crew on board, the rescue "
        "service said on Sunday night.",
    ),
    (
        "The goalkeeper returned to training on Thursday, three weeks after he broke his wrist "
        "in the derby.",
        "The goalkeeper returned to training three weeks after he broke his wrist on Thursday "
        "in the derby.",
    ),
]

# The adverbial moved inside its clause, or the verb said otherwise.
TIME_MOVED_QUIET = [
    (
        "On Friday, the finance minister said the tax on fuel would rise by two cents a litre.",
        "The finance minister said on Friday the tax on fuel would rise by two cents a litre.",
    ),
    (
        "Customs officers said on Friday that they had seized 40 rifles hidden in a lorry.",
        "On Friday customs officers reported that 40 rifles hidden in a lorry had been seized.",
    ),
    # Two verbs joined share the time; a clause set off by commas is not the one it opens; an
    # inverted clause's verb comes after the adverbial.
    (
        "The driver was neither arrested nor questioned on Monday, and the police have until "
        "Friday to decide.",
        "The driver was not arrested on Monday and was not questioned either, and the police "
        "have until Friday to decide.",
    ),
    (
        "The museum, which opened in 1971, will close for renovation in September.",
        "In September, the museum, which opened in 1971, will close for renovation.",
    ),
    (
        "The regulator said that prices had not fallen in any quarter last year.",
        "The regulator said that in no quarter last year had prices fallen.",
    ),
]


@pytest.mark.parametrize(("a", "b"), ONE_OF_A_PAIR)
def test_one_of_a_pair_against_both_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "scale.quantifier")


@pytest.mark.parametrize(("a", "b"), ONE_OF_A_PAIR_QUIET)
def test_the_pair_said_otherwise_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "scale.quantifier")


@pytest.mark.parametrize(("a", "b"), TOPIC_AGAINST_EXCEPTION)
def test_topic_against_exception_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "link.opposed")


@pytest.mark.parametrize(("a", "b"), TOPIC_QUIET)
def test_topic_reworded_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "link.opposed")


@pytest.mark.parametrize(("a", "b"), PHRASAL)
def test_phrasal_verb_against_antonym_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "opposite.antonym")


@pytest.mark.parametrize(("a", "b"), PHRASAL_QUIET)
def test_phrasal_verb_and_its_verb_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "opposite.antonym")


@pytest.mark.parametrize(("a", "b"), INHERITED)
def test_kind_of_an_antonym_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "opposite.inherited")


@pytest.mark.parametrize(("a", "b"), INHERITED_QUIET)
def test_verb_and_its_synonym_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "opposite.inherited")


@pytest.mark.parametrize(("a", "b"), TIME_MOVED)
def test_time_moved_to_another_clause_fails(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)
    assert_judged_both_ways(a, b, "order.time_moved")


@pytest.mark.parametrize(("a", "b"), TIME_MOVED_QUIET)
def test_time_moved_inside_its_clause_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)
    assert_not_judged_both_ways(a, b, "order.time_moved")


def test_a_bare_form_a_noun_shares_is_read_as_no_verb_of_an_inherited_antonym() -> None:
    # "point" of "our vantage point" is a noun; read as the verb, it would be a kind of the
    # antonym of "stand" (review of the stop: a document probe's honest paraphrase failed so).
    a = "From our vantage point on the ridge, the rangers could watch the whole valley."
    b = "From where we stand on the ridge, the rangers could watch the whole valley."
    assert_not_judged_both_ways(a, b, "opposite.inherited")
