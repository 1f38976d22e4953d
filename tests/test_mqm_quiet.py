"""Renderings a talk's translators use that say the same thing (issue 7: quiet on honest
variation), each against a twin that does change the meaning: a reply "No," before a clause
that is negated itself ("No, I'm not showing you pictures" / "I'm not going to show you
pictures"); a group named by its count ("these black holes" / "the two black holes"), and
"one" said as an article while the other side counts a group; a clause told from a moment to
come, after "will hear" or "will see" ("we will hear that it has fallen in" / "we will hear it
falling in"); a preposition left at the end of a relative clause ("the universe we look up
into.") and the hedge "kind of" before an adjective ("it sounds kind of flat."), which talk
says for "somewhat"; a noun that only holds the act or the name its "of" names ("shows the
scene of watching the launch" / "shows watching the launch"); a verb of saying that ends a
relative clause ("the sound we predicted.") reports no one saying the sentence, and a source
before "can't" or "won't" is its subject, not the contraction. Our own sentences, both
directions, without the model."""

from __future__ import annotations

import pytest
from _hits import context

from vardiff._cues import attributions
from vardiff.judge.numbers import check_numbers
from vardiff.judge.polarity import check_negation, without_reply
from vardiff.judge.removal import find_removals
from vardiff.judge.removal._marks import broken_junctions
from vardiff.judge.tense import check_tense


def negations(a: str, b: str) -> list[str]:
    return [f.check for f in check_negation(context(a, b))]


REPLIED = [
    ("No, I'm not showing you any pictures, because the storms don't leave useful traces.",
     "I'm not going to show you pictures, because the storms don't leave useful traces."),
    ("(Laughter) No, no, we didn't plan any of this.", "(Laughter) We didn't plan any of this."),
    ("No — she never saw the letter before it was published.",
     "She never saw the letter before it was published."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), REPLIED)
def test_a_reply_agreeing_with_its_negated_clause_denies_nothing_more(a: str, b: str) -> None:
    assert negations(a, b) == []
    assert negations(b, a) == []


REPLIED_AND_FLIPPED = [
    # The clause itself affirmed on the other side.
    ("No, I'm not showing you any pictures.", "I'm showing you some pictures."),
    # The reply is the only denial: its clause affirms.
    ("No, it is fine to come late.", "It is fine to come late."),
    ("No, we never signed that contract.", "We signed that contract."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), REPLIED_AND_FLIPPED)
def test_a_reply_whose_clause_the_other_side_affirms_is_still_a_flip(a: str, b: str) -> None:
    assert negations(a, b) != []
    assert negations(b, a) != []


def test_the_reply_is_blanked_in_place() -> None:
    text = "No, no, he didn't."
    blanked = without_reply(text)
    assert len(blanked) == len(text)
    assert blanked.index("he") == text.index("he")
    assert without_reply("No one came to the meeting.") == "No one came to the meeting."


def amounts(a: str, b: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.a, f.b) for f in check_numbers(context(a, b)) if f.severity.value != "info"]


GROUP_NAMED = [
    ("The waves travel out from these black holes as they coalesce to one spinning, quiet "
     "black hole.",
     "The waves travel out from these black holes as they merge, until the two black holes "
     "merge into a single, quietly spinning black hole."),
    ("The committee read these proposals before it voted.",
     "The committee read the three proposals before it voted."),
    ("She thanked the volunteers and sent them home.",
     "She thanked those four volunteers and sent them home."),
    # "One" before adjectives and its noun, said as the article.
    ("The storms merged into one huge, slow storm over the bay.",
     "The storms merged into a huge, slow storm over the bay."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), GROUP_NAMED)
def test_a_group_named_by_its_count_is_the_same_group(a: str, b: str) -> None:
    assert amounts(a, b) == []
    assert amounts(b, a) == []


COUNTED = [
    # Counts on both sides.
    ("The committee read the two proposals before it voted.",
     "The committee read the three proposals before it voted."),
    # A count with no determiner says how many.
    ("The black holes merged into one.", "Two black holes merged into one."),
    # "One" against another count of the same noun.
    ("The storms merged into one huge, slow storm over the bay.",
     "The storms merged into three huge, slow storms over the bay."),
    # A figure in digits.
    ("The plane carried the passengers home.", "The plane carried the 300 passengers home."),
    # A count the other side gives to the same things.
    ("The committee read these proposals, all five of them.",
     "The committee read the three proposals."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), COUNTED)
def test_a_count_the_other_side_lacks_or_changes_is_still_an_amount(a: str, b: str) -> None:
    assert amounts(a, b) != []
    assert amounts(b, a) != []


def shifts(a: str, b: str) -> list[str]:
    return [f.check for f in check_tense(context(a, b)) if f.check != "tense.aspect"]


TOLD_FROM_THEN = [
    ("In the end, we will hear the small star completely falling into the black hole.",
     "Eventually, we will hear that the small star has completely fallen into the black hole."),
    ("Eventually, we will hear that the small star has completely fallen into the black hole.",
     "Eventually, we will hear that the small star completely falls into the black hole."),
    ("Next year you will see that the river has risen over its banks.",
     "Next year you will see the river rising over its banks."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), TOLD_FROM_THEN)
def test_a_clause_told_from_a_moment_to_come_has_no_time_of_its_own(a: str, b: str) -> None:
    assert shifts(a, b) == []
    assert shifts(b, a) == []


MOVED_IN_TIME = [
    # Without the verb of perceiving in the future, the clause tells its own time.
    ("We heard that the small star has completely fallen into the black hole.",
     "We hear that the small star completely falls into the black hole."),
    ("The small star has completely fallen into the black hole.",
     "The small star completely falls into the black hole."),
    # A "will" in the clause itself moves it across "now".
    ("We will hear that the small star has fallen into the black hole.",
     "We will hear that the small star will fall into the black hole."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), MOVED_IN_TIME)
def test_a_clause_with_its_own_time_still_moves(a: str, b: str) -> None:
    assert shifts(a, b) != []
    assert shifts(b, a) != []


@pytest.mark.parametrize(
    "text",
    [
        "It comes from the moment we were created, from the universe we look up into.",
        "This is the town they came from, and it is small.",
        "It is the house she walked into.",
        "At home the recording sounds kind of flat.",
        "They were sort of lost, in the end.",
    ],
)
def test_a_preposition_ending_a_relative_clause_or_a_hedge_is_no_gap(text: str) -> None:
    assert broken_junctions(text) == set()


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("He threw the ball into.", "into ."),
        ("The ball he threw landed far from.", "from ."),
        ("They came from the north, from.", "from ."),
        # After "a kind of" a noun phrase waits for its noun.
        ("It was a kind of strange.", "of strange ."),
    ],
)
def test_a_preposition_that_lost_its_object_is_still_a_gap(text: str, gap: str) -> None:
    assert gap in broken_junctions(text)


def removals(a: str, b: str) -> list[str]:
    return [h.check for h in find_removals(a, b)]


HELD = [
    ("This short film shows the scene of watching the launch from the ground.",
     "This short film shows watching the launch from the ground."),
    ("If this is the story of Robin Hood and you are the sheriff, stay away from the forest.",
     "If this is Robin Hood and you're the sheriff, stay away from the forest."),
    ("She described the process of melting the glass in the oven.",
     "She described melting the glass in the oven."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), HELD)
def test_a_noun_that_only_holds_an_act_or_a_name_is_no_removal(a: str, b: str) -> None:
    assert removals(a, b) == []
    assert removals(b, a) == []


NOT_HELD = [
    # The contents dropped with it.
    ("The film tells the story of the war in great detail.",
     "The film tells the story in great detail."),
    # A noun that says something of its own.
    ("They counted the cost of rebuilding the bridge.",
     "They counted rebuilding the bridge."),
    # A thing after it: "the scene of the crime" is a place.
    ("The police closed the scene of the crime for a week.",
     "The police closed the crime for a week."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), NOT_HELD)
def test_a_noun_with_something_of_its_own_is_still_a_removal(a: str, b: str) -> None:
    assert removals(a, b) != []
    assert removals(b, a) != []


def sources(text: str) -> list[str]:
    return [a.source for a in attributions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Now I would like to play you the sound we predicted.",
        "It was the figure they reported, not ours.",
    ],
)
def test_a_verb_of_saying_ending_a_relative_clause_reports_no_one(text: str) -> None:
    assert sources(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The storm will weaken soon, we predicted.", "we"),
        ("It all happened as they predicted.", "they"),
        ("Prices rose sharply, they said.", "they"),
        ("I will play the song they told me about.", "they"),
    ],
)
def test_a_verb_of_saying_after_its_clause_still_reports(text: str, source: str) -> None:
    assert sources(text) == [source]


@pytest.mark.parametrize(
    "text",
    ["You can't tell anyone about it.", "She won't say whether she will run.",
     "He cannot tell them the truth."],
)  # fmt: skip
def test_the_source_before_a_contracted_negation_is_its_subject(text: str) -> None:
    assert sources(text) == [text.split()[0].lower()]
