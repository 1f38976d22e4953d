"""Items the team noticed in the code, each a class of English or a fix: "once again" is
"again" (no count, no content word); a source "citing" names, an "according to" source read by
its noun, the agent of a passive verb whose object is the one spoken to, the same speaker with
another verb; an amount written two ways in two places; ... Each is tested both ways: the
harmless rewording stays quiet, the change beside it is still found."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
    both_ways,
    checks_judged,
    judged,
    most_severe,
)

from vardiff import Severity
from vardiff._cues import attributions

# --- "once again" is "again": its "once" is no count and no content word of its own.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council once again delayed the vote.", "The council again delayed the vote."),
        ("Once again, the striker missed the penalty.", "Again, the striker missed the penalty."),
        ("Fuel prices climbed once more in June.", "Fuel prices climbed again in June."),
        ("The river once again burst its banks.", "The river burst its banks again."),
    ],
)  # fmt: skip
def test_once_again_against_again_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert most_severe(found) <= Severity.INFO, (x, y, found)


def test_once_as_a_count_or_formerly_is_still_read() -> None:
    # A count of times: the numbers check's.
    for x, y in both_ways(
        "The two leaders met once last year.", "The two leaders met twice last year."
    ):
        assert any(c.startswith("number.") for c, _ in checks_judged(x, y)), (x, y)
    # "once" as "formerly" is a word of its own, dropped or put in.
    found = checks_judged(
        "The once powerful union lost members.", "The powerful union lost members."
    )
    assert most_severe(found) >= Severity.MEDIUM, found
    # "again" itself dropped is still a word lost.
    found = checks_judged(
        "The council once again delayed the vote.", "The council delayed the vote."
    )
    assert found, found


# --- Attribution: "citing" names a source as "according to" does; the agent of a passive verb
# whose object is the one spoken to is no source; the same speaker with another verb is a quiet
# verdict of its own.


def test_citing_a_source_reads_as_according_to() -> None:
    said = ("The rebels will withdraw, the agency reported, citing unnamed diplomats.",
            "The rebels will withdraw, the agency reported, according to diplomats.")  # fmt: skip
    for x, y in both_ways(*said):
        found = [(c, s) for c, s in checks_judged(x, y) if c.startswith("attribution.")]
        assert all(s <= Severity.LOW for _, s in found), (x, y, found)
    sources = [r.source for r in attributions("According to unnamed officials, the talks failed.")]
    assert sources == ["unnamed"]  # the cue reads the first word; the check reads the noun
    # Dropped with nothing left to say who vouches: a claim turned into a fact.
    found = checks_judged(
        "The dam will be closed, citing the water authority.", "The dam will be closed."
    )
    assert ("attribution.unsourced", Severity.HIGH) in found or any(
        c == "attribution.unsourced" and s >= Severity.MEDIUM for c, s in found
    ), found


@pytest.mark.parametrize(
    "reason",
    ["citing health reasons", "citing security concerns", "citing a lack of funding"],
)
def test_citing_a_reason_names_no_source(reason: str) -> None:
    a = f"The coach resigned on Friday, {reason}."
    b = "The coach resigned on Friday."
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c.startswith("attribution.")], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ministry accused the newspaper of printing false figures.",
         "The newspaper was accused by the ministry of printing false figures."),
        ("The police warned residents about the flooding.",
         "Residents were warned by the police about the flooding."),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_verb_of_the_one_spoken_to_is_no_source(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not [c for c, _ in checks_judged(x, y) if c.startswith("attribution.")], (x, y)


def test_a_passive_verb_of_saying_with_a_claim_keeps_its_source() -> None:
    said = "Residents were told by officials that the water was safe to drink."
    assert [r.source for r in attributions(said)] == ["officials"]
    assert [r.source for r in attributions("The closure was announced by the ministry.")] == [
        "ministry"
    ]
    found = checks_judged(said, "Residents were told that the water was safe to drink.")
    assert any(c.startswith("attribution.") for c, _ in found), found


def test_the_same_speaker_with_another_verb_is_a_quiet_verdict() -> None:
    a = "Mayor Ines Duarte, quoting engineers, wrote that the tunnel was sound."
    b = "Mayor Ines Duarte reported, citing engineers, that the tunnel was sound."
    assert judged(a, b, "attribution.reworded"), (a, b)
    assert not judged(a, b, "attribution.added"), (a, b)
    for x, y in both_ways(a, b):
        found = [(c, s) for c, s in checks_judged(x, y) if c.startswith("attribution.")]
        assert all(s <= Severity.INFO for _, s in found), (x, y, found)


# --- An amount written two ways in two places is no exchange of participants.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("She taught in Lima for three years, until 3 years ago.",
         "She taught in Lima for 3 years, until three years ago."),
        ("The club signed 2 forwards and sold two.", "The club signed two forwards and sold 2."),
    ],
)  # fmt: skip
def test_an_amount_written_two_ways_is_no_exchange(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not judged(x, y, "role.exchanged"), (x, y)


def test_two_amounts_that_changed_places_are_still_an_exchange() -> None:
    for x, y in both_ways(
        "The club signed 2 forwards and sold five.", "The club signed five forwards and sold 2."
    ):
        assert judged(x, y, "role.exchanged"), (x, y)


# --- An adverb that only ties the sentence to the one before ("subsequently") is no qualifier
# of the claim; "later" and "afterwards" say when, and stay as they were.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The governor subsequently vetoed the bill.", "The governor vetoed the bill."),
        ("Subsequently, the governor vetoed the bill.", "The governor vetoed the bill."),
        ("The governor, moreover, vetoed the bill.", "The governor vetoed the bill."),
        ("The league thereafter banned the club.", "The league banned the club."),
    ],
)  # fmt: skip
def test_a_connective_adverb_dropped_or_added_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize("when", ["later", "afterwards"])
def test_an_adverb_that_says_when_is_still_a_word_lost(when: str) -> None:
    a, b = f"The governor {when} vetoed the bill.", "The governor vetoed the bill."
    assert_fails_both_ways(a, b)


# --- A participle of an "-ate" verb said by its noun of the act ("animated" / "animation").


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("This animated short film made by students in Chile won the prize.",
         "This short animation made by students in Chile won the prize."),
        ("The festival opened with an animated short film from Chile.",
         "The festival opened with a short animation from Chile."),
    ],
)  # fmt: skip
def test_a_participle_said_by_its_noun_of_the_act_is_not_removed(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = [c for c, _ in checks_judged(x, y) if c.startswith(("removal.", "addition."))]
        assert not found, (x, y, found)


def test_a_verb_dropped_with_no_noun_of_its_act_is_still_removed() -> None:
    found = checks_judged(
        "The studio animated the whole film in Chile.", "The studio the whole film in Chile."
    )
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in found), found


# --- A negated verdict is its opposite verb: "found not guilty" is "acquitted".


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The jury found the nurse not guilty of theft.",
         "The jury acquitted the nurse of theft."),
        ("A military court found both pilots not guilty.",
         "A military court acquitted both pilots."),
        ("Most voters did not know about the new rule.",
         "Most voters were unaware of the new rule."),
    ],
)  # fmt: skip
def test_a_negation_said_by_a_word_that_means_it_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert most_severe(found) <= Severity.LOW, (x, y, found)
        assert any(c == "negation.meant" for c, _ in found), (x, y, found)


def test_a_verdict_turned_round_is_still_loud() -> None:
    for x, y in both_ways(
        "The nurse was found guilty of theft.", "The nurse was acquitted of theft."
    ):
        assert most_severe(checks_judged(x, y)) >= Severity.MEDIUM, (x, y)
    # A negation the other side does not say in any word is still a flip.
    found = checks_judged(
        "The jury found the nurse not guilty of theft.", "The jury found the nurse guilty of theft."
    )
    assert any(c == "negation.flipped" and s >= Severity.MEDIUM for c, s in found), found
    assert not any(c == "negation.meant" for c, _ in found), found


# --- A subject's run of words ends at any preposition, and at a verb's past after its first
# word: "the mayor told reporters the ..." has its verb.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The coach said the squad would travel on Sunday.",
         "The coach told reporters the squad would travel on Sunday."),
        ("The minister said the reform would pass.",
         "The minister assured lawmakers the reform would pass."),
    ],
)  # fmt: skip
def test_a_verb_of_saying_with_its_hearer_is_no_gap(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = [c for c, _ in checks_judged(x, y) if c.endswith(".gap")]
        assert not found, (x, y, found)


def test_a_subject_followed_by_its_object_is_still_a_gap() -> None:
    found = checks_judged(
        "The coach told reporters the squad would travel.",
        "The coach reporters the squad would travel.",
    )
    assert any(c == "removal.gap" for c, _ in found), found


def test_a_subject_run_ends_at_a_long_preposition() -> None:
    from vardiff.judge.removal._phrases import _normalised
    from vardiff.judge.removal._verbless import _subject_end

    for text, end in [
        ("The talks between the two sides the", 1),
        ("The protest outside parliament the", 1),
        ("The match despite the rain", 1),
    ]:
        assert _subject_end(_normalised(text), 0) == end, text


# --- One home for a level kept and for how long a state lasts; "able to" read as "can" only
# where "can" has the same verb.


def test_a_level_kept_unaltered_against_moved_is_loud_and_against_kept_quiet() -> None:
    kept = "The central bank held interest rates unaltered on Thursday."
    for x, y in both_ways(kept, "The central bank raised interest rates on Thursday."):
        assert any(c == "opposite.kept" for c, _ in checks_judged(x, y)), (x, y)
    for x, y in both_ways(kept, "The central bank kept interest rates unchanged on Thursday."):
        assert most_severe(checks_judged(x, y)) <= Severity.LOW, (x, y)


def test_for_a_while_is_a_band_of_the_lasting_scale() -> None:
    for x, y in both_ways("The museum closed for a while.", "The museum closed permanently."):
        assert any(c == "scale.lasting" for c, _ in checks_judged(x, y)), (x, y)
    for x, y in both_ways("The museum closed for a while.", "The museum closed temporarily."):
        assert most_severe(checks_judged(x, y)) <= Severity.LOW, (x, y)


def test_capable_of_is_said_by_can_with_the_same_verb() -> None:
    for x, y in both_ways(
        "The new ferry is capable of carrying 300 cars.", "The new ferry can carry 300 cars."
    ):
        assert not judged(x, y, "modifier.dropped") and not judged(x, y, "modifier.added"), (x, y)
    # A "can" of another verb elsewhere in the sentence says nothing of the ferry's ability.
    found = judged(
        "The new ferry is capable of carrying 300 cars.",
        "The new ferry carries 300 cars, which can be loaded in an hour.",
        "modifier.dropped",
    )
    assert [f.a for f in found] == ["capable"], found
