"""A subject or a verb left out where the words left still meet as a phrase might (issues 7 and
8: DEMETR's removed subjects and verbs that passed the gate), read in B alone or against the
pronoun A says: a relative after a preposition meeting its verb ("an interview in which
defended"), a statement opening on a past form no participle shares ("Became common"), an
article and a modal with adverbs before the verb ("The will eventually hold"), a modal whose
adverbs meet an article ("will first a friendly"), a pronoun A says before a verb that B has
after another clause's opening word with the pronoun gone ("so only bought"), a sentence whose
only verbs are in -ing where a closed-class word the lexicon does not file ("others", "us")
stood in the way. Against the English that looks alike and must stay quiet: "each of which
is", a participle opening a sentence, "the will of the voters", an adverb before the verb, a
subject shared after "and", a pronoun kept.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model.
"""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff.judge.removal import broken_marks
from vardiff.judge.removal._subjects import _subjects_dropped


def _sure_marks(text: str) -> set[str]:
    return {m.key for m in broken_marks(text) if m.sure}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The minister gave an interview in which she defended the new fuel tax.",
            "The minister gave an interview in which defended the new fuel tax.",
        ),
        (
            "The town built a dam, thanks to which farmers could water their fields in summer.",
            "The town built a dam, thanks to which could water their fields in summer.",
        ),
        (
            "The rebels called elections, some of which were due as early as May.",
            "The rebels called elections, of which were due as early as May.",
        ),
        (
            "The practice became common in the 1850s, when iron tyres arrived.",
            "Became common in the 1850s, when iron tyres arrived.",
        ),
        (
            "The new stadium will eventually hold 40,000 fans on match days.",
            "The will eventually hold 40,000 fans on match days.",
        ),
        (
            "The national team will first play a friendly against Porto in June.",
            "The national team will first a friendly against Porto in June.",
        ),
        (
            "Since readers are often the harshest critics, the blogger tries to improve the"
            " writing.",
            "Since readers are often the harshest critics, the blogger to improve the prose.",
        ),
        (
            "The new trailer for the film has appeared on the YouTube channel of the studio.",
            "The new trailer for the film has on the YouTube channel of the studio.",
        ),
        (
            "The museum is popular with those who like to travel along the coast.",
            "The museum is popular with those who to travel along the coast.",
        ),
        (
            "This kind of manager struggles with making hard decisions and holding others to"
            " account.",
            "This kind of manager with making hard decisions, and holding others to account.",
        ),
    ],
)
def test_a_gap_in_b_alone_is_sure(a: str, b: str) -> None:
    assert _sure_marks(b) - _sure_marks(a)
    judged = checks_judged(a, b)
    assert any(c == "removal.gap" for c, _ in judged), judged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "of which" after a part of the whole is the clause's subject.
        (
            "The firm owns six hotels, two of which were sold last year.",
            "The firm owns six hotels, some of which were sold last year.",
        ),
        (
            "The park has four lakes, the largest of which is stocked with trout.",
            "The park has four lakes, each of which is stocked with trout.",
        ),
        # "of which" inside the subject; a relative with its subject; a participle opening a
        # sentence.
        (
            "The club, whose members denied having signed the letter, was fined.",
            "The club, the members of which denied having signed the letter, was fined.",
        ),
        (
            "The minister gave an interview in which she defended the tax.",
            "The minister gave an interview in which her deputy defended the tax.",
        ),
        (
            "The club was founded in 1850 and soon became famous.",
            "Founded in 1850, the club soon became famous.",
        ),
        (
            "The letter was written in haste and reached the mayor late.",
            "Written in haste, the letter reached the mayor late.",
        ),
        # "the will" as a noun; a modal whose adverbs meet its verb.
        (
            "The wishes of the voters must be respected.",
            "The will of the voters must be respected.",
        ),
        (
            "The team will soon name a new coach.",
            "The team will first name a new coach.",
        ),
        # A reduced subordinate clause; a main clause with its verb; "has" before a phrase
        # and its participle.
        (
            "If you are in doubt, the crew will call the tower before landing.",
            "When in doubt, the crew to call the tower before landing is the rule.",
        ),
        (
            "Since readers are often the harshest critics, the blogger tries to improve.",
            "Since readers are often the harshest critics, the blogger has to improve.",
        ),
        (
            "The company was criticised for its prices in the past.",
            "The company has in the past been criticised for its prices.",
        ),
        (
            "The firm said in the past that it would pay.",
            "The firm has in the past said that it would pay.",
        ),
        # "who to" after a verb asks a question with an infinitive.
        (
            "She knew the person to call for help.",
            "She knew who to call for help.",
        ),
        # The finite verb is there beside "others" and "us".
        (
            "The coach praised the players and thanked others for their help.",
            "The coach thanked the players and others for helping us.",
        ),
    ],
)
def test_english_that_looks_alike_leaves_no_new_sure_gap(a: str, b: str) -> None:
    assert not _sure_marks(b) - _sure_marks(a)
    judged = checks_judged(a, b)
    assert not any(c in {"removal.gap", "removal.broken"} for c, _ in judged), judged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An adverb between the clause's opening word and the verb.
        (
            "The shop was closed, so she bought bread at the station.",
            "The shop was closed, so only bought bread at the station.",
        ),
        (
            "In France in 2019, they usually paid less than 5 percent.",
            "In France in 2019, usually paid less than 5 percent.",
        ),
        # The pronoun after another opening word than B's.
        (
            "Since he was the last player left, he became the captain.",
            "He was the last player left, so became the captain.",
        ),
    ],
)
def test_a_pronoun_dropped_before_its_verb_is_a_sure_gap(a: str, b: str) -> None:
    assert _subjects_dropped(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A subject shared after "and" or "but" is English.
        (
            "She finished the race and she won a medal.",
            "She finished the race and won a medal.",
        ),
        (
            "The bridge was finished in 2011, but it did not open until 2017.",
            "The bridge was finished in 2011, but did not open until 2017.",
        ),
        # "there" is the clause's subject; "which" and "that" are a relative's own.
        (
            "The dairy announced that it will raise the price of milk.",
            "The dairy has announced that there will be a rise in the price of milk.",
        ),
        (
            "The bridge will be closed for repairs; it opened in 1932.",
            "The bridge, which opened in 1932, will be closed for repairs.",
        ),
        # The pronoun kept, elsewhere or after an adverb.
        (
            "Since he was the last player left, he became the captain.",
            "He was the last player left, so he soon became the captain.",
        ),
        (
            "The shop was closed, so she bought bread at the station.",
            "The shop was closed, so she only bought bread at the station.",
        ),
    ],
)
def test_a_pronoun_kept_or_shared_is_no_gap(a: str, b: str) -> None:
    assert not _subjects_dropped(a, b)
