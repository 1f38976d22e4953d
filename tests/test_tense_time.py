"""Tense against the sentence's own time (issue 7): a verb moved in time while a word of the
sentence fixes when ("yesterday", "two years ago", "next month", "currently") is a slip, and the
finding says which word (evidence ``time_fixed``); a lone verb with no date and no other verb
around it ("I was in awe" / "I am in awe") has nothing that tells its time, and translations
from languages without tenses tell it either way (evidence ``time_open``). News-style pairs of
our own, both directions, without the model."""

from __future__ import annotations

import pytest

import vardiff
from vardiff import Pair, Severity, word_diff
from vardiff.judge import Judge
from vardiff.judge._context import build_context
from vardiff.judge.tense import check_tense


def _pair(a: str, b: str) -> Pair:
    return Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
        ops=word_diff(a, b),
    )  # fmt: skip


def _evidence(a: str, b: str) -> dict[str, float]:
    [found] = check_tense(build_context(_pair(a, b), [a], [b]))
    return dict(found.evidence)


FIXED = [
    ("The minister resigned yesterday.", "The minister resigns yesterday.", "yesterday"),
    ("Two years ago the factory was closed.", "Two years ago the factory is closed.",
     "Two years ago"),
    ("The company currently employs 500 people.", "The company currently employed 500 people.",
     "currently"),
    ("The plant will reopen next month.", "The plant reopened next month.", "next month"),
    ("Last year the bank lost $2 billion.", "Last year the bank will lose $2 billion.",
     "Last year"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "word"), FIXED)
def test_a_verb_against_the_time_its_sentence_fixes_is_told(a: str, b: str, word: str) -> None:
    [found] = check_tense(build_context(_pair(a, b), [a], [b]))
    assert dict(found.evidence)["time_fixed"] == 1.0
    assert repr(word) in found.message, found.message
    # As a user runs it (the model's pair similarity is evidence of the fit): it fails the gate.
    report = vardiff.compare(a, b)
    severities = [f.severity for p in report.pairs for f in p.findings if f.category == "tense"]
    assert max(severities) >= Severity.MEDIUM


@pytest.mark.parametrize(("a", "b", "word"), FIXED)
def test_a_verb_brought_back_to_its_sentences_time_is_no_clash_with_it(
    a: str, b: str, word: str
) -> None:
    """The other direction: B's verb fits the time word, A's did not."""
    assert _evidence(b, a)["time_fixed"] == 0.0


def test_a_perfect_over_a_past_period_fits_it() -> None:
    found = check_tense(
        build_context(
            _pair("Prices rose over the past year.", "Prices have risen over the past year."),
            ["Prices rose over the past year."],
            ["Prices have risen over the past year."],
        )
    )
    assert [f.check for f in found] == ["tense.aspect"]


OPEN = [
    ("I was in awe.", "I am in awe."),
    ("This was one of the groups.", "This is one of many groups."),
    ("The strong sunlight is so dazzling.", "The strong sunlight was so harsh."),
    ("The minister resigned.", "The minister resigns."),
]


@pytest.mark.parametrize(("a", "b"), OPEN)
def test_a_lone_verb_with_nothing_that_tells_its_time_is_open(a: str, b: str) -> None:
    assert _evidence(a, b) == {
        "clashes": 0.0,
        "time_fixed": 0.0,
        "time_open": 1.0,
        "other_verb": 0.0,
        "conditional": 0.0,
        "together": 0.0,
    }
    assert _evidence(b, a)["time_open"] == 1.0


TOLD = [
    # A date sets when.
    ("On June 1, the Colosseum reopened in Rome.", "On June 1, the Colosseum reopens in Rome."),
    ("Angel described the approach in 2006.", "Angel describes the approach in 2006."),
    # Another verb of the sentence keeps its time.
    ("When a satellite receives a call, it reflects it back.",
     "When a satellite receives a call, it will reflect it back."),
    ("The bridge was closed, and repairs had begun.",
     "The bridge is closed, and repairs had begun."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), TOLD)
def test_a_date_or_another_verb_tells_the_time(a: str, b: str) -> None:
    assert _evidence(a, b)["time_open"] == 0.0


ACROSS_NOW_OTHER_VERB = [
    ("The army occupied the town in March.", "The army will hold the town in March."),
    ("The scientists were prompted to act by the data.",
     "Scientists will be triggered to act by the data."),
    ("The report was released on Monday, officials said.",
     "The report will be published on Monday, officials said."),
    ("Because he was absent for four months, the club struggled.",
     "Because he will miss four months, the club struggled."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), ACROSS_NOW_OTHER_VERB)
def test_a_stretch_moved_between_past_and_future_in_other_words_is_told(a: str, b: str) -> None:
    """Another verb for the same event does not hide that it moved across "now"."""
    for left, right in ((a, b), (b, a)):
        found = check_tense(build_context(_pair(left, right), [left], [right]))
        assert [(f.check, dict(f.evidence)["other_verb"]) for f in found] == [
            ("tense.across_now", 1.0)
        ], (left, right, found)
        severities = [
            f.severity
            for f in Judge(embedder=None).judge(_pair(left, right))
            if f.category == "tense"
        ]
        assert max(severities) >= Severity.MEDIUM, (left, right)


QUIET_OTHER_VERB = [
    # Past against present in other words: translations vary in it freely.
    ("The company reported a loss.", "The company announces a loss."),
    ("Firefighting crews eventually doused the blaze.",
     "The fire crews finally manage to put out the blaze."),
    # A modal is neither done nor to come.
    ("The plant was closed.", "The plant could be shut."),
    # Two verbs on one side: which one is the other's is not told.
    ("The minister resigned.", "The minister will go and apologise."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), QUIET_OTHER_VERB)
def test_other_words_at_another_time_not_across_now_stay_quiet(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        found = check_tense(build_context(_pair(left, right), [left], [right]))
        assert not [f for f in found if dict(f.evidence).get("other_verb")], found


def test_the_other_verbs_of_the_sentence_weigh_a_stretch_told_in_other_words() -> None:
    """B's other verbs are read for a verb told in other words as for the same verb: a past
    "said" beside a new future clashes, and tells the time, so the time is not open."""
    a = "The army occupied the town, officials said."
    b = "The army will hold the town, officials said."
    found = check_tense(build_context(_pair(a, b), [a], [b]))
    assert [
        (f.check, dict(f.evidence)["clashes"], dict(f.evidence)["time_open"]) for f in found
    ] == [("tense.across_now", 1.0, 0.0)], found
    lone_a, lone_b = "The army occupied the town.", "The army will hold the town."
    found = check_tense(build_context(_pair(lone_a, lone_b), [lone_a], [lone_b]))
    assert [(dict(f.evidence)["clashes"], dict(f.evidence)["time_open"]) for f in found] == [
        (0.0, 1.0)
    ], found


def _shifts(a: str, b: str, check: str = "") -> list[tuple[str, str, dict[str, float]]]:
    found = check_tense(build_context(_pair(a, b), [a], [b]))
    return [
        (f.a, f.b, dict(f.evidence))
        for f in found
        if f.check != "tense.aspect" and f.check.startswith(check)
    ]


APART = [
    # The same verb, present on one side and past or future on the other, where the diff
    # does not put the two in one op.
    ("Edgar Veguilla suffered arm and jaw wounds while Schneider required surgery.",
     "Edgar Veguilla suffers wounds to his arm and jaw while Schneider required surgery.",
     "suffered", "suffers"),
    ("Norway's five million people enjoy one of the highest standards of living.",
     "The five million inhabitants of Norway will enjoy one of the highest standards of living.",
     "enjoy", "will enjoy"),
    ("The saltwater crocodile does not actively live in the ocean.",
     "Saltwater crocodiles did not actively live in the sea.",
     "does not actively live", "did not actively live"),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "shown_a", "shown_b"), APART)
def test_one_verb_moved_from_the_present_wherever_it_stands_is_told(
    a: str, b: str, shown_a: str, shown_b: str
) -> None:
    for left, right, one, other in ((a, b, shown_a, shown_b), (b, a, shown_b, shown_a)):
        [(found_a, found_b, _)] = _shifts(left, right)
        assert _shifts(left, right, "tense.shifted_apart") == _shifts(left, right)
        assert (found_a, found_b) == (one, other)


QUIET_APART = [
    # A passive tells the time of its "be": "are formed" is as present as "form".
    ("Icebergs are formed when they break apart from glaciers.",
     "Icebergs form when they break from glaciers."),
    ("The bridge will be built by the army.", "The army will build the bridge."),
    # A clause reported after a past verb of thinking moves back with it.
    ("He doesn't believe that black holes really exist.",
     "He did not believe that black holes really existed."),
    # A form after an adjective, an article or "to" is no verb told in time.
    ("The black holes grow.", "The black holes will grow."),
    ("They want to rule the country.", "They wanted to rule the country."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), QUIET_APART)
def test_what_the_verb_form_does_not_time_is_not_read_as_moved(a: str, b: str) -> None:
    quiet = {"are formed", "form", "be built", "build", "exist", "existed", "holes", "rule"}
    for left, right in ((a, b), (b, a)):
        shifts = _shifts(left, right)
        assert not [s for s in shifts if {s[0].lower(), s[1].lower()} & quiet], shifts


def test_verbs_that_move_together_are_told_apart_from_a_verb_that_moves_alone() -> None:
    """A story told in another tense moves its verbs together; a slip moves one and leaves
    the rest of the sentence where it was."""
    together = _shifts(
        "As the iceberg melted, I breathed its ancient smell.",
        "As the iceberg melts, I breathe its ancient smell.",
    )
    assert [e["together"] for _, _, e in together] == [1.0, 1.0]
    alone = _shifts(
        "As the iceberg melted, I breathed its ancient smell.",
        "As the iceberg melts, I breathed its ancient smell.",
    )
    assert [(a, b, e["together"]) for a, b, e in alone] == [("melted", "melts", 0.0)]


def test_a_clause_of_condition_or_time_is_named_in_the_evidence() -> None:
    """English tells the future in the present after "if" or "until": the evidence says the
    verb stands there, for the calibration to weigh."""
    inside = _shifts(
        "If the country you visit becomes unsafe, your insurance may be affected.",
        "If the country you will visit becomes unsafe, your insurance may be affected.",
    )
    outside = _shifts(
        "The country you visit becomes unsafe, and your insurance may be affected.",
        "The country you will visit becomes unsafe, and your insurance may be affected.",
    )
    assert [e["conditional"] for _, _, e in inside] == [1.0]
    assert [e["conditional"] for _, _, e in outside] == [0.0]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # An inverted auxiliary of possession or of another time is still read.
        ("He had a car.", "He has a car."),
        ("Was there a war?", "Is there a war?"),
        # Perceiving in the present reports nothing: the clause's own time is read.
        ("The moon orbited the planet.", "The moon orbits the planet."),
    ],
)
def test_a_lone_auxiliary_or_a_clause_not_reported_keeps_its_time(a: str, b: str) -> None:
    found = [f.check for f in check_tense(build_context(_pair(a, b), [a], [b]))]
    assert found == ["tense.shifted"], found


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The driver was sober.", "The driver seemed sober."),
        ("The road was closed for a week.", "The road remained closed for a week."),
        ("The players were tired.", "The players looked tired."),
    ],
)
def test_the_word_after_a_linking_verb_is_no_verb_of_its_own(a: str, b: str) -> None:
    # "sober" is also a verb ("to sober up"): after "seemed" it is what the driver seemed,
    # not a verb told in the present.
    for x, y in ((a, b), (b, a)):
        assert not check_tense(build_context(_pair(x, y), [x], [y])), (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The driver seemed sober.", "The driver seems sober."),
        ("The road remained closed for a week.", "The road will remain closed for a week."),
    ],
)
def test_a_linking_verb_moved_in_time_is_still_told(a: str, b: str) -> None:
    assert check_tense(build_context(_pair(a, b), [a], [b])), (a, b)
