"""Modifiers on one side only: a bound on an amount, a limiting focus word, an adjective that
makes the noun something else, or an adjective or adverb put into a phrase the other side keeps
whole, against the modifiers translations add and drop freely (an intensifier, "also",
"currently", a synonym, a word moved). Each pair is tried both ways round: B adds the word, or
B drops it.

The sentences are our own, not those of the dev sets or the contrast set in benchmarks/data.
"""

from __future__ import annotations

import pytest
from _hits import judged
from test_judge_checks import context
from test_semantics import both_ways, loud

import vardiff
from vardiff.judge.modifiers import find_modifiers, modifiers_of
from vardiff.judge.removal import check_removal

CHANGED = [
    # a bound or an approximation on an amount both sides state
    ("More than 200 people attended the rally.", "200 people attended the rally.", "bound"),
    ("Nearly 300 homes lost power overnight.", "300 homes lost power overnight.", "limiting"),
    ("Exports exceeded almost 4 million tonnes.", "Exports exceeded 4 million tonnes.", "limiting"),
    # a focus word that limits or hedges the claim
    ("The chain has only surpassed 100 stores.", "The chain has surpassed 100 stores.", "limiting"),
    ("The fire partly destroyed the warehouse.", "The fire destroyed the warehouse.", "limiting"),
    ("The grant went primarily to rural schools.", "The grant went to rural schools.", "limiting"),
    ("The firm is chiefly known for tractors.", "The firm is known for tractors.", "limiting"),
    (
        "Voters rejected the plan almost unanimously.",
        "Voters rejected the plan unanimously.",
        "limiting",
    ),
    # an adjective that makes the noun something else, or doubts it
    (
        "The former minister was found guilty of fraud.",
        "The minister was found guilty of fraud.",
        "privative",
    ),
    (
        "Police arrested the alleged killer on Monday.",
        "Police arrested the killer on Monday.",
        "privative",
    ),
    ("The court heard from a fake witness.", "The court heard from a witness.", "privative"),
    # an adjective that picks a subset, or colours what a neutral sentence says
    (
        "The storm damaged the inner walls of the church.",
        "The storm damaged the walls of the church.",
        "adjective",
    ),
    ("The strike hit the local market hard.", "The strike hit the market hard.", "adjective"),
    (
        "The ministry replaced the obsolete panels.",
        "The ministry replaced the panels.",
        "adjective",
    ),
    ("The council approved the pointless plan.", "The council approved the plan.", "adjective"),
    (
        "The vaccine was tested on healthy volunteers.",
        "The vaccine was tested on volunteers.",
        "adjective",
    ),
    # an adverb that says how the action went
    ("The driver deliberately hit the barrier.", "The driver hit the barrier.", "adverb"),
    (
        "The defector has now reluctantly returned across the border.",
        "The defector has now returned across the border.",
        "adverb",
    ),
    # a bare quantifier that nearly denies what the sentence grants
    (
        "The president expressed little hope that Congress would pass the bill.",
        "The president expressed hope that Congress would pass the bill.",
        "limiting",
    ),
    (
        "Few pilots were trained to fly the new jets.",
        "Pilots were trained to fly the new jets.",
        "limiting",
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), CHANGED)
def test_a_modifier_put_into_a_phrase_kept_whole_is_loud_both_ways(
    a: str, b: str, kind: str
) -> None:
    for x, y in both_ways(a, b):
        [hit] = loud(find_modifiers(x, y))
        # Dropped, a modifier cut out of a phrase kept word for word is its own rule (below).
        assert hit.check in (
            ("modifier.cut", "modifier.dropped") if x == a else ("modifier.added",)
        )
        assert hit.evidence["modifier"] == kind
        word = hit.a or hit.b
        assert word.lower() in a.lower() and word.lower() not in b.lower()
        # The message says which word, where, and why it matters.
        assert repr(word) in hit.message and ("adds" in hit.message or "drops" in hit.message)


QUIET = [
    # an intensifier: the verb says the change went far already
    ("Prices rose sharply in May.", "Prices rose in May."),
    ("A huge explosion shook the city.", "An explosion shook the city."),
    ("The bridge was completely destroyed.", "The bridge was destroyed."),
    # additive, temporal or connective words
    ("The mayor also opened a new school.", "The mayor opened a new school."),
    ("The team is currently in second place.", "The team is in second place."),
    ("The talks have still not resumed.", "The talks have not resumed."),
    ("The government raised taxes again.", "The government raised taxes once more."),
    # the same modifier in another form, another place or another word
    ("The previous government raised taxes.", "The former government raised taxes."),
    ("Rescuers found the missing hikers.", "Rescuers found the lost hikers."),
    ("He quickly left the room.", "He left the room quickly."),
    ("The economy grew at a healthy pace.", "The economy was healthy and grew."),
    ("The hot-air balloon landed safely.", "The hot air balloon landed safely."),
    # words an honest translation adds to make explicit what the sentence implies
    (
        "The minister said the new rules would take effect next month.",
        "The minister also said the new rules would then take effect next month.",
    ),
    (
        "Officials fear the death toll will rise further.",
        "Officials fear the death toll will rise even further.",
    ),
    # "a few" and "a little" grant some: no near-negation
    ("Talks will resume in a few days.", "Talks will resume within days."),
    ("Prices fell over the past few weeks.", "Prices fell over the past weeks."),
    ("The shares gained a little ground on Friday.", "The shares gained ground on Friday."),
    # a word replaced in its slot, whichever form the article takes before it
    (
        "The hikers were attacked by an animal near the camp.",
        "The hikers were attacked by a bear near the camp.",
    ),
    # a bound reworded, not added
    ("Over 100 people were hurt.", "More than 100 people were hurt."),
    ("About 50 people were evacuated.", "Around 50 people were evacuated."),
    ("The claim is in the region of 8 billion euros.", "The claim is around 8 billion euros."),
    # a negated word goes with its negation: the polarity check weighs that
    ("The defendant pleaded not guilty to all charges.", "The defendant denied all charges."),
    ("The outcome is not clear yet.", "The outcome remains uncertain."),
    # a modifier with a negation of its own, said by a negation on the other side
    (
        "Few voters trusted the figures, the survey found.",
        "Not many voters trusted the figures, the survey found.",
    ),
    (
        "Consumer prices did not change in October.",
        "Consumer prices remained unchanged in October.",
    ),
    (
        "The river is no longer rising, officials said.",
        "The river has stopped rising, officials said.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_a_modifier_that_leaves_the_claim_as_it_was_is_not_loud(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert not loud(find_modifiers(x, y)), (x, y)


def test_a_modifier_out_of_its_place_is_not_put_into_the_phrase() -> None:
    # Two words swapped leave "new" between two words that stand together in A, but no
    # adjective stands before "of": it moved, it was not put there.
    a = "The campaign prepared an illustration of the bridge."
    b = "The campaign prepared an illustration new of the bridge."
    [found] = modifiers_of(b, a)
    assert found.word == "new" and not found.anchored


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        # between an article and its noun, a subject and its verb, an auxiliary and its verb
        ("The council approved the plan.", "The council approved the pointless plan.", "pointless"),
        ("The driver hit the barrier.", "The driver deliberately hit the barrier.", "deliberately"),
        (
            "The plane was diverted back to Kabul.",
            "The plane was temporarily diverted back to Kabul.",
            "temporarily",
        ),
    ],
)
def test_a_modifier_put_inside_a_phrase_kept_whole_says_so(a: str, b: str, word: str) -> None:
    # The word breaks a phrase the other side keeps word for word, before the word it
    # qualifies: a new property of the thing or a new manner of the act, put in.
    [found] = modifiers_of(b, a)
    assert found.word == word and found.anchored and found.inside
    # Added or dropped, the evidence says the same.
    for x, y in both_ways(a, b):
        [hit] = find_modifiers(x, y)
        assert (hit.a or hit.b) == word and hit.evidence["inside"] == 1.0, (x, y)


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        # an adverb at the end of the clause: the phrase is extended, not broken
        ("I suggest you run.", "I suggest you run quickly.", "quickly"),
        ("He left the room, then he called.", "He left the room slowly, then he called.", "slowly"),
        # anchored, but the word after it is a function word: no head of its own follows
        (
            "Their work depends on the weather.",
            "Their work depends largely on the weather.",
            "largely",
        ),
    ],
)
def test_a_modifier_at_a_phrase_edge_is_not_inside_it(a: str, b: str, word: str) -> None:
    [found] = modifiers_of(b, a)
    assert found.word == word and found.anchored and not found.inside
    [hit] = [h for h in find_modifiers(a, b) if h.b == word]
    assert hit.evidence["inside"] == 0.0


def test_a_modifier_in_a_reworded_phrase_stays_quiet_until_calibrated() -> None:
    # The translator's own wording around the adjective: no phrase kept whole, so the finding
    # stays below medium on the checks' own scale; the calibration weighs its evidence.
    a = "Officials said the administration of hormones was stopped."
    b = "Officials said they stopped giving the patients hormones in unusual doses."
    hits = find_modifiers(a, b)
    assert [h.b for h in hits] == ["unusual"]
    assert not loud(hits)
    assert hits[0].evidence["anchored"] == 0.0


def test_the_evidence_says_whether_the_word_qualified_is_kept() -> None:
    # "happily" qualifies "returned", which A says too: a word put on a kept verb. "unusual"
    # qualifies "doses", which A does not say: the translator's own phrase around it.
    [added] = modifiers_of(
        "The man fled south and has now happily returned across the border.",
        "The man had defected to the South and now returned across the border.",
    )
    assert added.word == "happily" and added.head_kept
    [reworded] = modifiers_of(
        "Officials said they stopped giving the patients hormones in unusual doses.",
        "Officials said the administration of hormones was stopped.",
    )
    assert reworded.word == "unusual" and not reworded.head_kept


def test_the_evidence_counts_the_modifiers_the_other_side_has_on_its_own() -> None:
    # A modifier rendered in other words leaves one on each side; one put in leaves none.
    [reworded] = find_modifiers(
        "The national coach praised the team.", "The coach praised the talented team."
    )[:1]
    assert reworded.b == "talented" and reworded.evidence["other_unsaid"] == 1.0
    [inserted] = find_modifiers(
        "The coach praised the team.", "The coach praised the talented team."
    )
    assert inserted.b == "talented" and inserted.evidence["other_unsaid"] == 0.0


def test_a_bound_on_an_amount_the_other_side_lacks_is_the_number_checks() -> None:
    # "over 2 years" dropped with its amount: the amount is gone too, no bound was dropped.
    assert not find_modifiers(
        "They waited for over 2 years in the camp.", "They waited in the camp."
    )


def test_the_removal_check_reports_a_modifier_once() -> None:
    ctx = context(
        "The storm damaged the inner walls of the church.",
        "The storm damaged the walls of the church.",
    )
    found = [f for f in check_removal(ctx) if "inner" in (f.a, f.b)]
    assert len(found) == 1
    assert found[0].a_span is not None
    assert ctx.pair.a_text[slice(*found[0].a_span)] == "inner"


# -- end to end, with the real model --------------------------------------------------------


@pytest.mark.parametrize(("a", "b"), QUIET[:6])
def test_end_to_end_a_harmless_modifier_raises_no_modifier_finding(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        report = vardiff.compare(x, y)
        assert not [f for f in report.findings() if f.check.startswith("modifier.")], (x, y)


def test_end_to_end_an_inserted_modifier_is_reported_where_it_stands() -> None:
    # Its severity is the calibration's (an unfitted rule keeps its prior); that it is found,
    # once, on the right word and with a message that says why, is the check's.
    a = "The fire destroyed the warehouse on Friday."
    b = "The fire partly destroyed the warehouse on Friday."
    [finding] = [f for f in vardiff.compare(a, b).findings() if "partly" in (f.a, f.b)]
    assert finding.check == "modifier.added" and finding.b_span is not None
    assert b[slice(*finding.b_span)] == "partly"
    assert "'partly'" in finding.message and "'destroyed'" in finding.message


# A modifier cut out of a phrase B keeps word for word, on a word B keeps, with no modifier of
# B's own in its place: the drop DEMETR counts critical ("a lifelong resident" / "a
# resident"), which no dev set holds, so a floor keeps it at medium.
CUT = [
    (
        "Hortense Jones, a lifelong resident of the town, spoke first.",
        "Hortense Jones, a resident of the town, spoke first.",
    ),
    ("The driver deliberately hit the barrier.", "The driver hit the barrier."),
    ("Police arrested the alleged killer on Monday.", "Police arrested the killer on Monday."),
    ("The plant was temporarily closed after the fire.", "The plant was closed after the fire."),
]


@pytest.mark.parametrize(("a", "b"), CUT)
def test_a_modifier_cut_out_of_a_phrase_kept_whole_is_its_own_rule(a: str, b: str) -> None:
    [hit] = loud(find_modifiers(a, b))
    assert hit.check == "modifier.cut"
    assert "word for word" in hit.message
    # Put in, the same word is the fitted rule for an added modifier.
    [added] = loud(find_modifiers(b, a))
    assert added.check == "modifier.added"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # at the start of the sentence: nothing before it to keep
        ("Nearly 300 homes lost power overnight.", "300 homes lost power overnight."),
        # a bound on an amount: the number and scale checks read it
        ("The rally drew more than 200 people.", "The rally drew 200 people."),
        # B says something of its own in its place: a translator's rewording
        ("A lifelong resident of the town spoke.", "A longtime resident of the town spoke."),
    ],
)
def test_a_dropped_modifier_that_is_no_cut_keeps_the_fitted_rule(a: str, b: str) -> None:
    assert not any(h.check == "modifier.cut" for h in find_modifiers(a, b))


def test_a_cut_modifier_fails_the_gate_end_to_end() -> None:
    a, b = CUT[0]
    [cut] = judged(a, b, "modifier.cut")
    assert cut.severity >= vardiff.Severity.MEDIUM, cut
