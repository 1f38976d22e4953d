"""A verb left out (issue 8): B drops the verb that says what happened ("Taxi drivers protested
against the fares" / "Taxi drivers against the fares"), against the rewordings that keep the
event in another form (a derived noun, a synonym, a participle reworded) and must stay quiet.
Without the model: the checks' own hits and priors, which hold under any calibration that
leaves the new rule unfitted."""

from __future__ import annotations

import pytest
from _hits import worst

from vardiff import Severity
from vardiff.judge._calibration import severity_of
from vardiff.judge._edits import Hit
from vardiff.judge.removal import broken_marks, find_removals


def _verb_hits(a: str, b: str) -> list[Hit]:
    return [h for h in find_removals(a, b) if h.check == "removal.verb"]


@pytest.mark.parametrize(
    ("a", "b", "verb"),
    [
        (
            "Taxi drivers protested against the new fares in Prague on Monday.",
            "Taxi drivers against the new fares in Prague on Monday.",
            "protested",
        ),
        (
            "Wheat prices jumped after the drought in Australia.",
            "Wheat prices after the drought in Australia.",
            "jumped",
        ),
        # A participle form between a noun and a preposition is the clause's verb where the
        # clause has no other ("after arriving" is none).
        (
            "A migrant worker died of a suspected heart attack after arriving at the port.",
            "A migrant worker of a suspected heart attack after arriving at the port.",
            "died",
        ),
    ],
)
def test_a_verb_whose_neighbours_now_meet_is_loud(a: str, b: str, verb: str) -> None:
    hits = _verb_hits(a, b)
    assert [h.a for h in hits] == [verb], find_removals(a, b)
    assert severity_of(hits[0].prior) >= Severity.MEDIUM
    assert hits[0].message.startswith(f"{verb!r} left out of B")
    # The other way round the verb is one B adds: reported, but never loud on its own.
    added = [h for h in find_removals(b, a) if h.check == "addition.verb"]
    assert [h.b for h in added] == [verb]
    assert severity_of(added[0].prior) < Severity.MEDIUM


def test_a_dropped_verb_is_reported_once() -> None:
    # The deletion's own finding ("a verb the sentence rests on") gives way to the verb's.
    hits = find_removals(
        "Top musicians like Peter Frampton praised Green as one of the best guitarists.",
        "Top musicians like Peter Frampton Green as one of the best guitarists.",
    )
    assert [h.check for h in hits if h.check.startswith("removal.")] == ["removal.verb"]


def test_a_gap_that_breaks_the_clause_is_the_verbs_finding_with_its_reason() -> None:
    # "Firefighters three children": the junction says the verb is gone, and the verb's
    # neighbours meet: one finding, the verb's (the surer reading), with the gap's reason.
    hits = find_removals(
        "Firefighters rescued three children from the burning house.",
        "Firefighters three children from the burning house.",
    )
    assert [h.check for h in hits] == ["removal.verb"]
    assert hits[0].evidence["verb_gaps"] == 1.0
    assert "'rescued' left out of B" in hits[0].message
    assert "without its verb" in hits[0].message


def test_every_removal_weighs_how_many_verbs_b_dropped_whole() -> None:
    (hit,) = _verb_hits(
        "Taxi drivers protested against the new fares in Prague on Monday.",
        "Taxi drivers against the new fares in Prague on Monday.",
    )
    assert hit.evidence["verb_gaps"] == 1.0
    assert hit.evidence["content_neighbours"] == 1.0
    assert hit.evidence["verbs_lost"] == 1.0
    # A removal of anything else says there was none.
    (noun,) = find_removals("The Russian army fired on the town.", "The army fired on the town.")
    assert noun.evidence["verb_gaps"] == 0.0


def test_a_verb_b_replaces_with_another_is_reported_quietly() -> None:
    # As many verbs on each side: "came" is gone, but "announced" says the event.
    hits = _verb_hits(
        "The ministry's announcement of new rules came on Tuesday.",
        "The ministry announced new rules on Tuesday.",
    )
    assert [h.a for h in hits] == ["came"]
    assert severity_of(hits[0].prior) < Severity.MEDIUM


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The event said by a noun derived from the verb (the light verb that B adds is the
        # other test's).
        (
            "The ministry announced new rules on Tuesday.",
            "The ministry made an announcement of new rules on Tuesday.",
        ),
        # Another form of the same verb, or a synonym of it.
        ("The president will visit Kyiv next week.", "The president visits Kyiv next week."),
        (
            "Police arrested three men after the match.",
            "Police detained three men after the match.",
        ),
        # A verb an infinitive hangs on still says much of it.
        (
            "The defender helped the club to clinch the title in the last round.",
            "The defender helped the club to the title in the last round.",
        ),
        # The verb mistyped is still said ("acheiving").
        (
            "The goal of achieving the verifiable denuclearization of the peninsula.",
            "The goal of acheiving verifiable denuclearization of the peninsula.",
        ),
        # The converse verb, with the participants the other way round.
        ("Argentina lost 3-1 to Brazil on Sunday.", "Brazil beat Argentina 3-1 on Sunday."),
        # The verb of a relative clause, with the main verb right after it.
        (
            "The amount of peace a person possesses correlates with the tension in the body.",
            "The degree of peace of a person correlates with the tension in the body.",
        ),
        # An auxiliary in any form is no event of its own.
        (
            "I have not heard of a case actually having been filed.",
            "I have not heard that a complaint has actually been filed.",
        ),
        # A participle that describes its noun is no verb of the clause.
        ("The damaged bridge reopened on Friday.", "The bridge reopened on Friday."),
        (
            "This crushed black hole would fit inside Manhattan.",
            "This black hole would fit inside Manhattan.",
        ),
        # A participle after its noun describes it, where the clause keeps its own verb.
        (
            "The trade is prohibited by U.N. sanctions imposed on North Korea.",
            "The trade is prohibited under United Nations sanctions on North Korea.",
        ),
        # A participial phrase reworded as a prepositional one.
        (
            "The bridge, built in 1932, was closed for repairs.",
            "The bridge, from 1932, was closed for repairs.",
        ),
        # A headline's verb turned into a preposition.
        (
            "Floods hit northern Italy, thousands evacuated",
            "Floods in northern Italy, thousands evacuated",
        ),
        # A quote's wording kept whole, its speech verb moved.
        (
            '"We will rebuild the school," the mayor said on Sunday.',
            'The mayor said on Sunday: "We will rebuild the school."',
        ),
    ],
)
def test_a_verb_said_another_way_is_no_verb_gap(a: str, b: str) -> None:
    assert not _verb_hits(a, b)
    assert not _verb_hits(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Argentina lost 3-1 to Brazil on Sunday.", "Brazil beat Argentina 3-1 on Sunday."),
        ("Spain lost to Italy in the final.", "Italy defeated Spain in the final."),
        (
            "The bank lent the city $2 million last year.",
            "The city borrowed $2 million from the bank last year.",
        ),
        (
            "Siemens sold its rail unit to Alstom in March.",
            "Alstom bought the rail unit from Siemens in March.",
        ),
        (
            "The hospital received a donation from the foundation.",
            "The foundation gave a donation to the hospital.",
        ),
    ],
)
def test_a_verb_told_by_its_converse_is_neither_removed_nor_added(a: str, b: str) -> None:
    # The event told from the other side: the roles and opposites checks judge who did what;
    # no word of it is left out or added (before, "Brazil beat" was an added noun phrase).
    assert find_removals(a, b) == []
    assert find_removals(b, a) == []


def test_an_opposite_that_a_says_by_a_synonym_does_not_stand_for_a_lost_word() -> None:
    # "finished" is A's "ended", not the converse of the "start" B dropped.
    hits = find_removals(
        "Hamilton ended the race very soon after the start.",
        "Hamilton finished the race shortly after the.",
    )
    assert [(h.check, h.a) for h in hits] == [("removal.gap", "start")]


VERB_BESIDE_ITS_CONVERSE = [
    # A second verb added beside one A has: its converse in A says the first, not this.
    (
        "The club sold two players in January.",
        "The club bought and sold two players in January.",
    ),
    (
        "Shares in the company fell sharply on Monday.",
        "Shares in the company rose and fell sharply on Monday.",
    ),
    (
        "Argentina lost 3-1 to Brazil on Sunday.",
        "Argentina lost 3-1 to Brazil and protested on Sunday.",
    ),
]


@pytest.mark.parametrize(("a", "b"), VERB_BESIDE_ITS_CONVERSE)
def test_a_verb_dropped_beside_its_converse_fails_the_gate(a: str, b: str) -> None:
    assert worst(b, a) >= Severity.MEDIUM, (b, a)


@pytest.mark.parametrize(("a", "b"), VERB_BESIDE_ITS_CONVERSE)
def test_a_verb_added_beside_its_converse_is_shown(a: str, b: str) -> None:
    assert worst(a, b) >= Severity.LOW, (a, b)


# Each of them: "rose and fell" was a known miss (0.62 under calibration 2026-12-03-evening);
# the refit of 2026-12-03-night, which weighs the pair's own evidence in an edit, finds it.
@pytest.mark.parametrize(("a", "b"), VERB_BESIDE_ITS_CONVERSE)
def test_a_verb_added_beside_its_converse_fails_the_gate(a: str, b: str) -> None:
    assert worst(a, b) >= Severity.MEDIUM, (a, b)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("He already what it is like to lose a final.", "he already what"),
        ("They back to Paris in a carriage after the show.", "they back to"),
        ("They usually food and water from the village.", "they usually food"),
        ("The Center Party will its current debts by 2030.", "will its"),
        ("John Paul II was unable to the harmful activities of the group.", "unable to the"),
        ("Players will be able to the actions of their characters.", "able to the"),
        # A modal and a phrase with no verb to the clause's end.
        (
            "The water level will only by a few feet after the flood, but officials are hopeful.",
            "will only by",
        ),
        ("Fuel prices will over the summer, analysts said on Monday.", "will over"),
        ("The court said it would into the matter next week.", "would into"),
        # "have" and an adjective that ends its phrase: "become" or "been" is gone.
        (
            "The Church, which had prosperous and powerful, came under scrutiny.",
            "had prosperous and",
        ),
        ("The new coalition has already unstable, critics say.", "has already unstable ,"),
        # A demonstrative meeting a possessive: "This makes my job much harder".
        ('"This my job much harder," the nurse told reporters.', "this my"),
    ],
)
def test_a_subject_or_an_infinitive_meeting_a_noun_phrase_is_a_sure_verb_gap(
    text: str, key: str
) -> None:
    marks = {m.key: m for m in broken_marks(text)}
    assert key in marks, marks
    assert marks[key].sure and marks[key].kind == "verb"


@pytest.mark.parametrize(
    "text",
    [
        # An adverbial phrase between the modal or the subject and its verb.
        "The company will later this year launch a new phone.",
        "He later in life became a priest in Lyon.",
        "She will in future work from home on Fridays.",
        "The rule would in any case apply to all members.",
        # "to" as a preposition after a verb of motion, or after a noun.
        "He went to the shops before the storm.",
        "Their plans to the council were rejected.",
        # A pronoun and an adverb before the verb.
        "They usually eat at home.",
        "He already knows what it is like to lose a final.",
        # A modal with its verb after a phrase, or its verb left unsaid in a comparison or
        # an ellipsis.
        "The talks will by then have ended.",
        "The bridge will for now remain closed to traffic.",
        "The minister said the government would by no means back down.",
        "Markets will, in the short term, remain volatile.",
        "Households paid more for energy than they would in 2010.",
        "They ran as fast as they could in the dark.",
        "Asked whether he would, the minister said yes.",
        "The firm sold cars and will in future sell vans.",
        "When will the results of the vote in Ohio be known?",
        "Will Smith in talks for new action film",
        # "have" with its noun phrase, or a participle.
        "The reform has wide support in parliament.",
        "The group has close ties with Moscow.",
        "Ministers had little choice but to resign.",
        "The regime has few friends abroad.",
        "She has long been critical of the plan.",
        "The accused has denied all charges.",
        # "this" and "that" before a possessive that opens its own phrase or clause.
        "This is my last season, the striker said.",
        "This, his third album, sold a million copies.",
        "The minister said that his party would win.",
        # Lists, headlines, imperatives, participial openings, reported speech.
        "Sold cars, bought vans, paid no tax: the firm's year in review",
        "Check the weather before you set off and carry water.",
        "Faced with mounting debts, the club sold its stadium.",
        "The club sold cars and bought vans, as did its rivals.",
        "He said he had never met the man, and that he would sue.",
    ],
)
def test_english_with_the_verb_in_place_shows_no_verb_gap(text: str) -> None:
    assert not [m for m in broken_marks(text) if m.sure and m.kind == "verb"]


def test_a_removal_says_whether_the_word_left_a_hole_in_b() -> None:
    # "presented" leaves "views" and "are" side by side; a word B rewords does not.
    hole = find_removals(
        "The views presented in the report are often cursory.",
        "The views in the report are often cursory.",
    )
    assert [h.evidence["hole"] for h in hole if h.check == "removal.head"] == [1.0]
    moved = find_removals(
        "Police used tear gas to disperse the crowd in Seattle.",
        "In Seattle, tear gas dispersed the crowd.",
    )
    assert [(h.check, h.evidence["hole"]) for h in moved] == [("removal.head", 0.0)]
