"""Harmless variation no dev file measures (issue 7: trust), against the twins that change the
meaning: a word or phrase typed again right after itself is read once by every check ("the
city's oldest city's oldest church": the slip is damage, the words are the same); an adverb
between a modal and its verb ("you can likewise seek") is no verb left out; a quote of an
amount alone ("the number "three"") quotes no one; "only" is what "nothing except" says; a
modifier in place of the other side's own ("strongly" / "strictly Catholic") is a rendering, not
a modifier put in. Our own sentences, both directions where
the variation goes both ways, without the model."""

from __future__ import annotations

import pytest
from _hits import checks_judged, context, most_severe, one_pair

from vardiff import Severity
from vardiff import _cues as cues
from vardiff.judge import Judge, build_context
from vardiff.judge.modifiers import find_modifiers
from vardiff.judge.quotes import _amount_alone, check_quotes
from vardiff.judge.removal import find_removals


def loud(a: str, b: str) -> list[str]:
    """The checks that fail the gate (medium or above) for one sentence against another."""
    return [check for check, severity in checks_judged(a, b) if severity >= Severity.MEDIUM]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("She is a member of the town's oldest church.",
         "She is a member of the city's oldest city's oldest city's oldest city's oldest church."),
        ("Buy your water in a sealed bottle from a reputable company.",
         "Buy your water in a sealed sealed sealed sealed bottle from a trusted company."),
        ("The war costs of the empire were paid by the people themselves.",
         "The war expenses expenses expenses expenses of the empire were borne by the people "
         "themselves."),
        ("No urgent reports of damage have been received by the survey.",
         "No urgent reports urgent reports urgent reports urgent reports of damage have been "
         "received by the survey."),
        ("The firm applied for part-time work in the spring.",
         "The firm applied for part-time work time work time work time work in the spring."),
    ],
)  # fmt: skip
def test_a_phrase_typed_again_is_read_once(a: str, b: str) -> None:
    found = checks_judged(a, b)
    assert ("artifact.repeated_word", Severity.LOW) in found
    assert most_severe(found) <= Severity.LOW
    assert most_severe(checks_judged(b, a)) <= Severity.LOW


def test_a_repeat_is_shown_where_it_was_typed() -> None:
    a = "She is a member of the town's oldest church."
    b = "She is a member of the city's oldest city's oldest city's oldest church."
    ctx = build_context(one_pair(a, b), [a], [b])
    assert ctx.pair.b_text == "She is a member of the city's oldest church."
    by_check = {f.check: f for f in Judge(embedder=None).findings(ctx)}
    repeat = by_check["artifact.repeated_word"]
    assert repeat.b_span is not None
    assert b[slice(*repeat.b_span)] == "city's oldest city's oldest city's oldest"
    # A finding after the repeat points at its words as written.
    replaced = [f for f in by_check.values() if f.a == "town's"]
    assert replaced and replaced[0].b_span is not None
    assert b[slice(*replaced[0].b_span)] == "city's"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another word where the repeat stands is still another word.
        ("The talks resumed on Tuesday in Geneva.",
         "The talks resumed on Thursday Thursday Thursday Thursday in Geneva."),
        # A negation typed again is still a negation only one side has.
        ("The talks resumed on Tuesday in Geneva.",
         "The talks did not not not not resume on Tuesday in Geneva."),
        # Words left out between two copies of one word: a gap, not a slip.
        ("They stayed in Paris in June and left in July.",
         "They stayed in in June and left in July."),
    ],
)  # fmt: skip
def test_a_repeat_that_hides_a_change_still_fails(a: str, b: str) -> None:
    assert loud(a, b)


def removals(a: str, b: str) -> list[str]:
    return [h.check for h in find_removals(a, b) if h.check.startswith("removal.")]


@pytest.mark.parametrize("adverb", ["likewise", "nevertheless", "nonetheless"])
def test_an_adverb_between_a_modal_and_its_verb_is_no_gap(adverb: str) -> None:
    a = "You may also wish to consult the advice of other governments."
    b = f"You can {adverb} seek advice from other governments."
    assert removals(a, b) == []


@pytest.mark.parametrize(
    "b",
    [
        "It may contradictory to the law.",
        "Citizens may different situations in each region.",
        "The company will likewise its workers in March.",
    ],
)
def test_a_modal_with_no_verb_is_still_a_gap(b: str) -> None:
    a = {
        "I": "It may be contrary to the law.",
        "C": "Citizens may face different situations in each region.",
        "T": "The company will likewise pay its workers in March.",
    }[b[0]]
    assert removals(a, b) != []


def quote_checks(a: str, b: str) -> list[str]:
    return [f.check for f in check_quotes(context(a, b))]


@pytest.mark.parametrize("amount", ["three", "3", "twenty-five"])
def test_a_quoted_amount_alone_quotes_no_one(amount: str) -> None:
    a = "At that point the number 3 came onto the pitch."
    b = f'At that point the number "{amount}" came onto the pitch.'
    assert quote_checks(a, b) == []
    assert quote_checks(b, a) == []


def test_a_quote_with_an_amount_in_it_is_still_a_quote() -> None:
    a = "He said the team would win 3 games."
    b = 'He said "the team would win three games".'
    assert quote_checks(a, b) == ["quote.added"]


def modifier_hits(a: str, b: str) -> list[tuple[str, str]]:
    return [(h.check, h.a or h.b) for h in find_modifiers(a, b)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The shark feared nothing, except other sharks.", "The shark only feared other sharks."),
        ("Nobody but the owner has a key.", "Only the owner has a key."),
        ("No one apart from the driver was hurt.", "Only the driver was hurt."),
        ("The bakery sold nothing aside from bread.", "The bakery sold only bread."),
        ("Nobody excepting the guards was allowed in.", "Only the guards were allowed in."),
    ],
)  # fmt: skip
def test_only_said_by_exclusion_is_no_modifier_added(a: str, b: str) -> None:
    assert modifier_hits(a, b) == []
    assert modifier_hits(b, a) == []


def test_only_with_no_exclusion_on_the_other_side_is_still_added() -> None:
    a = "The shark feared other sharks."
    b = "The shark only feared other sharks."
    assert modifier_hits(a, b) == [("modifier.added", "only")]


def test_no_one_but_is_only_and_no_negation() -> None:
    a = "No one but the king may enter the hall."
    b = "Only the king may enter the hall."
    assert [check for check, _ in checks_judged(a, b) if check.startswith("negation.")] == []
    assert [check for check, _ in checks_judged(b, a) if check.startswith("negation.")] == []
    assert "negation.flipped" in [c for c, _ in checks_judged("No one may enter the hall.", b)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Lawmakers from that strongly Catholic country signed it.",
         "Lawmakers from this strictly Catholic country signed it."),
        ("The deeply divided council met on Monday.",
         "The sharply divided council met on Monday."),
    ],
)  # fmt: skip
def test_a_modifier_rendered_by_another_is_no_modifier_added(a: str, b: str) -> None:
    assert modifier_hits(a, b) == []
    assert modifier_hits(b, a) == []


@pytest.mark.parametrize(
    ("a", "b", "hit"),
    [
        # Put in where the other side has no modifier of its own before the word.
        ("Lawmakers from that Catholic country signed it.",
         "Lawmakers from that strictly Catholic country signed it.",
         ("modifier.added", "strictly")),
        # Left out where the other side keeps the rest of the phrase, its modifiers included.
        ("The council met in the old wooden hall on Monday.",
         "The council met in the old hall on Monday.",
         ("modifier.cut", "wooden")),
    ],
)  # fmt: skip
def test_a_modifier_put_in_or_left_out_is_still_found(a: str, b: str, hit: tuple[str, str]) -> None:
    assert hit in modifier_hits(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The study helped the interpretation of small gestures.",
         "The study helped the interpret of small gestures."),
        ("In an adoption, the parents give up their rights.",
         "In an adopt, the parents give up their rights."),
    ],
)  # fmt: skip
def test_a_noun_written_as_its_verb_is_no_noun_lost(a: str, b: str) -> None:
    assert removals(a, b) == []


def test_a_noun_left_out_after_its_article_is_still_a_gap() -> None:
    a = "The study helped the interpretation of small gestures."
    b = "The study helped the of small gestures."
    assert removals(a, b) != []


def test_an_adverb_in_its_adjective_form_before_the_verb_is_no_gap() -> None:
    a = "The air force will be given the new fighters eventually."
    b = "The air force will eventual be given the new fighters."
    assert removals(a, b) == []


def test_an_adjective_before_a_noun_after_a_modal_is_still_a_gap() -> None:
    a = "The ruling may raise contradictory claims."
    b = "The ruling may contradictory claims."
    assert removals(a, b) != []


def test_single_quotes_opened_with_a_closing_mark_are_the_same_quote() -> None:
    a = "For example, “learning” and “play” are cited as motives."
    b = "For example, ’learning’ and ’play’ are put forward as motives."
    assert quote_checks(a, b) == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The parade was shown on the channel Russia-1 and online.",
         "The parade was shown on the channel Russia one and online."),
        ("The film aired on Channel Four at nine.", "The film aired on Channel 4 at nine."),
    ],
)  # fmt: skip
def test_a_number_in_a_name_written_otherwise_is_the_same_name(a: str, b: str) -> None:
    assert [c for c in loud(a, b) if c.startswith("entity.")] == []
    assert [c for c in loud(b, a) if c.startswith("entity.")] == []


def test_another_number_in_a_name_is_still_loud() -> None:
    a = "The film aired on Channel 4 at nine."
    b = "The film aired on Channel 5 at nine."
    assert loud(a, b)


def test_not_limited_to_with_also_in_the_next_sentence_is_no_denial() -> None:
    a = "And it is not just black holes, but also any big disturbance in space."
    b = "Detection is not limited to black holes. It can also find any big disturbance in space."
    assert [c for c, _ in checks_judged(a, b) if c.startswith("negation.")] == []


def test_not_limited_to_with_no_also_still_denies_a_limit() -> None:
    a = "The offer is limited to members."
    b = "The offer is not limited to members. Prices are high."
    assert "negation.flipped" in [c for c, _ in checks_judged(a, b)]


@pytest.mark.parametrize(
    ("before", "inside"),
    [
        ('He said: "We will', True),
        ("He said: “We will", True),
        ('He said: "We will." Then he', False),
        ("He said: “We will.” Then he", False),
        ("He said they will", False),
    ],
)  # fmt: skip
def test_a_quote_opened_and_not_closed_holds_the_words_after_it(before: str, inside: bool) -> None:
    assert cues.opens_quote(before) is inside


@pytest.mark.parametrize(
    ("text", "unpaired"),
    [
        ('of the sort," he summed up.', True),
        ("of the sort,” he summed up.", True),
        ('"Of the sort," he summed up.', False),
        ("“Of the sort,” he summed up.", False),
    ],
)  # fmt: skip
def test_a_quote_mark_without_its_other_is_unpaired(text: str, unpaired: bool) -> None:
    assert cues.unpaired_quote_marks(text) is unpaired


@pytest.mark.parametrize("amount", ["an", "and"])
def test_an_article_alone_in_quotes_is_no_amount(amount: str) -> None:
    a = f'He wrote "{amount}" on the board.'
    b = "He wrote it on the board."
    assert _amount_alone(amount) is False
    assert check_quotes(context(a, b)) != []
