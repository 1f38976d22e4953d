"""Honest variation of probe_quiet19 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of the earlier probes: a combining form against the countries it joins
("Sino-Japanese relations" / "relations between China and Japan"), a preposition of several
words ("in the wake of" / "after"), a time adverb ("recently" / "lately"), a compass point
("northern Italy" / "the north of Italy"), an adjective of having ("a bearded man" / "a man
with a beard"), a verb of becoming ("fell ill" / "became ill"), an adjective as a noun ("the
elderly" / "elderly people"), a name with its generic word or without ("the River Thames" /
"the Thames"), a word of a name abbreviated ("Gen." / "General", "Ave." / "Avenue"), a foreign
term and its gloss ("the Knesset" / "Israel's parliament"), a specification marker ("namely" /
"that is"), a preference ("prefer X to Y" / "would rather X than Y"), a question told as a noun
("did not say why" / "did not give the reason") and an adverbial clause reduced ("When asked"
/ "When he was asked"), beside changes of the same surface shapes, which do shift the meaning.
The probe was written before the judge's rules for these kinds were read; its first run on
main 4a503b1 is the out-of-sample figure (benchmarks/data/README.md).

Rules written against it, each with its loud and quiet twins (sentences not the probe's): a
word of a name cut short by convention and written out, a rank or an office or "Saint",
"Mount", "Fort" before the name and the kind of street or firm after it (``_alike``); two
countries joined in one word by their combining form, their names or their adjectives against
the same two spelt out with "between ... and" or "and" (``_origin``); the kind of place that
ends a name ("the Gobi Desert" / "the Gobi", "the Danube River" / "the Danube") left out where
the name left is no country nor a word of its own ("the North Sea" / "the North" stays loud,
and "City", which a state's or a province's name often leaves: "Quebec City" / "Quebec",
``removal``); a participle that opens a sentence before its subject's nouns and their verb is
their adjective ("Masked gunmen robbed", "Injured passengers were flown"), no verb that lost
its subject ("Attacked police officers near the station" stays loud, ``removal``); "namely",
"that is", "i.e." and their kind after a comma, a colon or a dash, one side only, add nothing
(``_alike``), and a count set before its list of names with them is the same count
(``_counted``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_quiet_both_ways,
)

from vardiff.judge._alike import read_alike

QUIET = [
    # A word of a name cut short and written out.
    (
        "Capt. Jane Rowe said the ferry had turned back because of high winds off the island.",
        "Captain Jane Rowe said the ferry had turned back because of high winds off the island.",
    ),
    (
        "Sgt Paul Okafor was wounded when the patrol came under fire near the border on Sunday.",
        "Sergeant Paul Okafor was wounded when the patrol came under fire near the border on "
        "Sunday.",
    ),
    (
        "Adm. Chen Wei said the navy would hold exercises in the strait next month.",
        "Admiral Chen Wei said the navy would hold exercises in the strait next month.",
    ),
    (
        "Rep. Maria Lopez said the committee would hear evidence from the bank's chief next week.",
        "Representative Maria Lopez said the committee would hear evidence from the bank's chief "
        "next week.",
    ),
    (
        "The old mill in Ft Worth will be turned into a museum of the city's cattle trade.",
        "The old mill in Fort Worth will be turned into a museum of the city's cattle trade.",
    ),
    (
        "A water main burst on Abbey Rd on Tuesday morning, flooding several shops and a bank.",
        "A water main burst on Abbey Road on Tuesday morning, flooding several shops and a bank.",
    ),
    (
        "Hundreds of fans gathered outside the hotel on Sunset Blvd to see the actors arrive.",
        "Hundreds of fans gathered outside the hotel on Sunset Boulevard to see the actors arrive.",
    ),
    (
        "The parade will start from St Mark's Square at ten and end at the harbour.",
        "The parade will start from Saint Mark's Square at ten and end at the harbour.",
    ),
    # Two countries joined in one word and spelt out.
    (
        "US-China trade talks resumed in Geneva on Monday after a break of almost a year.",
        "Trade talks between the US and China resumed in Geneva on Monday after a break of "
        "almost a year.",
    ),
    (
        "The India-Nepal border was reopened to trucks on Friday after the landslides were "
        "cleared.",
        "The border between India and Nepal was reopened to trucks on Friday after the "
        "landslides were cleared.",
    ),
    (
        "Franco-Spanish cooperation on policing the border has improved, the interior minister "
        "said.",
        "Cooperation between France and Spain on policing the border has improved, the interior "
        "minister said.",
    ),
    (
        "The joint Greek and Turkish rescue mission found eleven survivors in the water on "
        "Saturday.",
        "The Greco-Turkish rescue mission found eleven survivors in the water on Saturday.",
    ),
]

QUIET += [
    # The kind of place that ends a name, dropped.
    (
        "Temperatures in the Gobi Desert fell to minus 40C last week, the weather service said.",
        "Temperatures in the Gobi fell to minus 40C last week, the weather service said.",
    ),
    (
        "Barges were stranded on the Danube River after weeks without rain, shippers said.",
        "Barges were stranded on the Danube after weeks without rain, shippers said.",
    ),
]

QUIET += [
    # A participle before the subject's noun is its adjective, no verb that lost its subject.
    (
        "Gunmen wearing masks robbed a security van outside the airport on Friday morning.",
        "Masked gunmen robbed a security van outside the airport on Friday morning.",
    ),
    (
        "Passengers who had been injured were flown to hospitals in Lyon and Grenoble.",
        "Injured passengers were flown to hospitals in Lyon and Grenoble.",
    ),
    (
        "Teachers who have retired said the pension reform was unfair to them.",
        "Retired teachers said the pension reform was unfair to them.",
    ),
    # A word that marks what follows as the very thing named.
    (
        "The bank named its biggest risk, namely a fall in house prices in the capital.",
        "The bank named its biggest risk, a fall in house prices in the capital.",
    ),
    (
        "Three teams, namely Ajax, PSV and Feyenoord, have won the league since 2000.",
        "Three teams, Ajax, PSV and Feyenoord, have won the league since 2000.",
    ),
    (
        "The vaccine is offered to the most vulnerable, i.e. people over 80 and care home staff.",
        "The vaccine is offered to the most vulnerable, that is people over 80 and care home "
        "staff.",
    ),
]

LOUD = [
    # Another rank, another kind of street, another town.
    (
        "Capt. Jane Rowe said the ferry had turned back because of high winds off the island.",
        "Major Jane Rowe said the ferry had turned back because of high winds off the island.",
    ),
    (
        "Sgt Paul Okafor was wounded when the patrol came under fire near the border on Sunday.",
        "Lieutenant Paul Okafor was wounded when the patrol came under fire near the border on "
        "Sunday.",
    ),
    (
        "A water main burst on Abbey Rd on Tuesday morning, flooding several shops and a bank.",
        "A water main burst on Abbey Street on Tuesday morning, flooding several shops and a bank.",
    ),
    (
        "The old mill in Ft Worth will be turned into a museum of the city's cattle trade.",
        "The old mill in Port Worth will be turned into a museum of the city's cattle trade.",
    ),
    # Another country of the two.
    (
        "US-China trade talks resumed in Geneva on Monday after a break of almost a year.",
        "Trade talks between the US and India resumed in Geneva on Monday after a break of "
        "almost a year.",
    ),
    (
        "The India-Nepal border was reopened to trucks on Friday after the landslides were "
        "cleared.",
        "The border between China and Nepal was reopened to trucks on Friday after the "
        "landslides were cleared.",
    ),
]


LOUD += [
    # A name left that is a country or a word of its own is another place.
    (
        "Rents in Quebec City rose by 8 percent last year, the housing report said.",
        "Rents in Quebec rose by 8 percent last year, the housing report said.",
    ),
    (
        "Oil was found under the North Sea in the 1970s, the company's history says.",
        "Oil was found under the North in the 1970s, the company's history says.",
    ),
]


LOUD += [
    # A verb that opens the sentence with its object after it lost its subject.
    (
        "Protesters attacked police officers near the station on Tuesday night.",
        "Attacked police officers near the station on Tuesday night.",
    ),
    (
        "The council approved plans for a new bridge over the river in March.",
        "Approved plans for a new bridge over the river in March.",
    ),
]


@pytest.mark.parametrize(("a", "b"), QUIET)
def test_honest_variation_stays_quiet_both_ways(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), LOUD)
def test_the_same_shapes_with_another_meaning_fail_both_ways(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_a_short_form_is_read_only_beside_a_name() -> None:
    # "general" and "major" the adjectives, and a street's "St" against "Saint", stay apart.
    for a, b in (
        ("The general strike began on Monday.", "The Gen. strike began on Monday."),
        ("It was a major setback for the club.", "It was a Maj. setback for the club."),
        ("The shop on Abbey St closed.", "The shop on Abbey Saint closed."),
        ("The church of St Anne was rebuilt.", "The church of Street Anne was rebuilt."),
    ):
        assert read_alike(a, b)[0] == b
        assert read_alike(b, a)[0] == a


def test_two_countries_are_read_alike_only_when_both_are_the_same() -> None:
    joined = "The Sino-Indian border was closed after the clashes."
    assert (
        read_alike(joined, "The border between China and India was closed after the clashes.")[0]
        == joined
    )
    for other in (
        "The border between China and Nepal was closed after the clashes.",
        "The border of China and India was closed after the clashes.",
        "The border between India and Pakistan was closed after the clashes.",
    ):
        assert read_alike(joined, other)[0] == other
