"""Items the team noticed in the code, each a class of English: a participle that has no past
of its own ("taken", "fallen", "begun") tells no time alone; ranks in words past the twelfth
("thirteenth", "nineteenth"); a lake or a mountain named without its kind where the name is
also a town's ("Lake Erie" / "Erie"); a crude stem that keeps a final "n" no ending put
there ("plan"); a name ending in a speech verb ("Port Said"). Each is tested both ways: the
harmless rewording stays quiet, the change beside it is still found."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, both_ways, checks_judged

from vardiff import Severity
from vardiff._entities import shortened_place
from vardiff._words import stem
from vardiff.judge.tense import _participle_only

# --- A participle-only form: with "have" a perfect, alone a participle, never a simple past.


@pytest.mark.parametrize(
    "word",
    ["taken", "fallen", "written", "known", "born", "begun", "sung", "drunk", "done", "gone",
     "lain", "shown", "proven"],
)  # fmt: skip
def test_a_form_only_a_participle_is_told_apart(word: str) -> None:
    assert _participle_only(word)


@pytest.mark.parametrize(
    "word",
    # Pasts (some participles too): "ran", "won", "spun", "shone", "got", "stuck"; a verb's own
    # lemma ("fell", "saw"); an auxiliary ("been", "did").
    ["took", "wrote", "knew", "began", "sang", "drank", "went", "ran", "won", "spun", "shone",
     "got", "stuck", "fell", "saw", "been", "did", "walked"],
)  # fmt: skip
def test_a_past_is_no_participle_only(word: str) -> None:
    assert not _participle_only(word)


def _tense(a: str, b: str) -> list[tuple[str, Severity]]:
    return [(c, s) for c, s in checks_judged(a, b) if c.startswith("tense.")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A participle alone tells no time: not a past against "is taken".
        ("The man taken to hospital is well.", "The man who is taken to hospital is well."),
        ("Those chosen will attend the meeting.", "Those who are chosen will attend the meeting."),
        # The "have" before the words the diff shows: a perfect on both sides.
        ("The system has proved its worth.", "The system has proven its worth."),
    ],
)  # fmt: skip
def test_a_participle_alone_or_after_its_have_is_no_shift_in_time(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _tense(x, y) == [], (x, y)


def test_a_perfect_of_a_participle_only_form_is_still_read_in_time() -> None:
    # "have risen" is done by now, as "rose" is: the aspect alone differs.
    for x, y in both_ways("Prices have risen sharply.", "Prices rose sharply."):
        found = _tense(x, y)
        assert [c for c, _ in found] == ["tense.aspect"], (x, y, found)
    # Done by now against a time to come: across "now".
    for x, y in both_ways("The wall had fallen.", "The wall will fall."):
        assert ("tense.across_now", Severity.HIGH) in _tense(x, y), (x, y)
    # The "have" before the words the diff shows, against a verb with none: a past against a
    # present.
    for x, y in both_ways(
        "They should quickly get back to the table.",
        "They should have quickly gotten back to the table.",
    ):
        assert any(c == "tense.shifted" for c, _ in _tense(x, y)), (x, y)


# --- Ranks in words: the measures check reads the ordinals the numbers check knows.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("They finished thirteenth in the league.", "They finished fifteenth in the league."),
        ("It is the nineteenth largest city in Peru.", "It is the ninth largest city in Peru."),
    ],
)  # fmt: skip
def test_a_rank_past_the_twelfth_changed_is_another_rank(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert ("number.rank", Severity.HIGH) in checks_judged(x, y), (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("It is the thirteenth largest city in Peru.", "It is the 13th largest city in Peru."),
        ("The team finished sixteenth in the league.", "The team finished sixteenth this year."),
    ],
)  # fmt: skip
def test_the_same_rank_past_the_twelfth_is_no_other_rank(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not any(c == "number.rank" for c, _ in checks_judged(x, y)), (x, y)


# --- A lake or a mountain named without its kind, where the rest is also a town.


@pytest.mark.parametrize(
    ("whole", "rest", "same"),
    [
        # English names a lake or a mountain with the word for its kind: the name alone is the
        # town ("Erie", the port on Lake Erie; "Sherman" in Texas).
        ("Lake Erie", "Erie", False),
        ("Lake Urmia", "Urmia", False),
        ("Mount Sherman", "Sherman", False),
        ("Lake Geneva", "Geneva", False),
        # A rest that names only the lake or the mountain, or a person: the same place.
        ("Lake Baikal", "Baikal", True),
        ("Lake Huron", "Huron", True),
        ("Mount Whitney", "Whitney", True),
        # A river is named without its kind ("the Trent"): no town is read.
        ("River Trent", "Trent", True),
    ],
)
def test_a_lake_or_mountain_whose_name_is_also_a_town_is_another_place(
    whole: str, rest: str, same: bool
) -> None:
    assert shortened_place(whole, rest) is same


@pytest.mark.parametrize(
    ("a", "b", "quiet"),
    [
        ("The ferry sank in Lake Erie.", "The ferry sank in Erie.", 0),
        ("The ferry sank in Lake Baikal.", "The ferry sank in Baikal.", 1),
        ("The boat sank in the River Trent.", "The boat sank in the Trent.", 1),
    ],
)  # fmt: skip
def test_a_lake_named_as_the_town_on_its_shore_is_another_place(a: str, b: str, quiet: int) -> None:
    for x, y in both_ways(a, b):
        different = [s for c, s in checks_judged(x, y) if c == "entity.different"]
        assert (not different) is bool(quiet), (x, y, different)


# --- The crude stem: an ending first, then a final "n" only where it may be one.


@pytest.mark.parametrize(
    ("left", "right"),
    [("plan", "plans"), ("protein", "proteins"), ("Russians", "Russia"), ("Indian", "India"),
     ("happen", "happens"), ("opened", "open"), ("trying", "try"), ("dropped", "drop"),
     ("winning", "wins"), ("committed", "commit"), ("falling", "fall"), ("passed", "pass")],
)  # fmt: skip
def test_forms_of_one_word_share_a_stem(left: str, right: str) -> None:
    assert stem(left) == stem(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [("then", "the"), ("town", "tow"), ("turn", "tur"), ("even", "eve"), ("plan", "pla"),
     ("added", "ad"), ("falling", "fal")],
)  # fmt: skip
def test_a_final_n_that_is_no_ending_stays(left: str, right: str) -> None:
    assert stem(left) != stem(right)


# --- A speech verb written with a capital inside a name: "Port Said", "Edward Said".


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The ship docked at Port Said.", "The ship docked at Port Said on Monday."),
        ("Edward Said wrote the book in Cairo.", "Edward Said wrote the novel in Cairo."),
    ],
)
def test_a_name_that_ends_in_a_speech_verb_names_no_source(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        found = checks_judged(x, y)
        assert not any(c.startswith("attribution.") for c, _ in found), (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A headline in title case capitalises the word after the verb too.
        ("Biden Says Ukraine Will Join NATO", "Trump Says Ukraine Will Join NATO"),
        ("It docked at Port Said, officials said.", "It docked at Port Said, police said."),
    ],
)  # fmt: skip
def test_a_capitalised_or_plain_speech_verb_still_names_its_source(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert ("attribution.changed", Severity.HIGH) in checks_judged(x, y), (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("She finished thirteenth in the race.", "She finished 13th in the race."),
        ("It was the twelfth day of the strike.", "It was the 12th day of the strike."),
        ("The team came second in the league.", "The team came 2nd in the league."),
    ],
)
def test_an_ordinal_in_words_and_in_digits_is_one_rank(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert checks_judged(x, y) == [], (x, y)


def test_an_ordinal_in_words_against_another_in_digits_is_still_another_rank() -> None:
    a, b = "She finished thirteenth in the race.", "She finished 15th in the race."
    assert_fails_both_ways(a, b)
