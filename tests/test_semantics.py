"""The meaning checks a sentence embedding cannot do alone (issue 8), without the model:
opposites, swapped roles, another person, another kind of thing, removed core content. Each is
tried both ways round, and against the rewordings that must stay quiet.

The sentences are not those of the contrast set in benchmarks/data, so these tests also say
something about words the checks were not tuned on.
"""

from __future__ import annotations

import pytest
from _hits import (
    ANOTHER_THING,
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
    both_ways,
    loud,
)

import vardiff
from vardiff import Severity
from vardiff.judge._lexicon import lexicon
from vardiff.judge.kinds import find_kinds
from vardiff.judge.opposites import find_opposites, negation_explained
from vardiff.judge.referents import find_referents
from vardiff.judge.removal import broken_junctions, broken_marks, find_removals
from vardiff.judge.roles import find_roles

# -- the lexicon ----------------------------------------------------------------------------


def test_lexicon_lemmatises_irregular_and_regular_forms() -> None:
    lex = lexicon()
    assert "rise" in lex.lemmas("rose", "v")
    assert "fall" in lex.lemmas("fell", "v")
    assert "cheap" in lex.lemmas("cheaper", "a")
    assert "woman" in lex.lemmas("women", "n")
    assert "stop" in lex.lemmas("stopped", "v")


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("rose", "fell", "antonym"),
        ("likely", "unlikely", "antonym"),
        ("legal", "illegal", "antonym"),
        ("guilty", "innocent", "antonym"),
        ("cheaper", "dearer", "antonym"),
        ("soared", "tumbled", "direction"),
        ("borrow", "lend", "antonym"),
        ("honest", "dishonest", "antonym"),
    ],
)
def test_lexicon_knows_opposites(a: str, b: str, relation: str) -> None:
    assert lexicon().opposition(a, b) == relation
    assert lexicon().opposition(b, a) == relation


@pytest.mark.parametrize(
    ("a", "b"),
    [("valuable", "invaluable"), ("flammable", "inflammable"), ("rose", "climbed"), ("up", "up")],
)
def test_lexicon_does_not_oppose_look_alikes(a: str, b: str) -> None:
    assert lexicon().opposition(a, b) is None


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        ("pistols", "rifles", "cohyponym"),
        ("Monday", "Friday", "cohyponym"),
        ("sister", "cousin", "cohyponym"),
        ("shells", "bullets", "cohyponym"),
        ("pistols", "weapons", "broader"),
        ("shells", "projectiles", "broader"),
        # A kind of a word inherits the is-a links the lexicon adds to that word.
        ("artillery shells", "projectiles", "broader"),
        ("artillery shells", "bullets", "cohyponym"),
        ("trout", "fish", "broader"),
        ("vehicle", "lorry", "narrower"),
        ("talks", "negotiations", "synonym"),
    ],
)
def test_lexicon_tells_kinds_apart(a: str, b: str, relation: str) -> None:
    kin = lexicon().kinship(a, b)
    assert kin is not None and kin.relation == relation


def test_a_compound_naming_a_kind_of_shell_is_still_a_narrower_word_for_a_projectile() -> None:
    # The issue's own example: the lexicon adds "a shell is a projectile"; "artillery shell",
    # a kind of shell, was left without it and read as another thing (high).
    assert_quiet_both_ways(
        "The rebels said they had fired 40 artillery shells at the airport overnight.",
        "The rebels said they had fired 40 projectiles at the airport overnight.",
    )
    assert_fails_both_ways(
        "The rebels said they had fired 40 artillery shells at the airport overnight.",
        "The rebels said they had fired 40 bullets at the airport overnight.",
    )


def test_a_word_the_lexicon_files_under_a_broader_word_is_read_first_in_that_sense() -> None:
    # WordNet's "drone" is first a bee, then an idler; the lexicon adds "a drone is an
    # aircraft", and that is the drone a news sentence means.
    assert_fails_both_ways(
        "The rebels fired mortars and rockets at the border post before dawn, the army said.",
        "The rebels fired drones and rockets at the border post before dawn, the army said.",
    )
    assert_quiet_both_ways(
        "The rebels flew two drones over the border post before dawn, the army said.",
        "The rebels flew two unmanned aircraft over the border post before dawn, the army said.",
    )


def test_lexicon_genders() -> None:
    lex = lexicon()
    assert (lex.gender("aunt"), lex.gender("uncle")) == ("f", "m")
    assert lex.gender("spokeswoman") == "f" and lex.gender("businessmen") == "m"
    assert lex.gender("teacher") is None


# -- opposites ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Oil output increased in the third quarter.",
            "Oil output decreased in the third quarter.",
        ),
        (
            "The witness was honest about the payments.",
            "The witness was dishonest about the payments.",
        ),
        (
            "The tanker sailed north through the strait.",
            "The tanker sailed south through the strait.",
        ),
        ("The euro strengthened against the dollar.", "The euro weakened against the dollar."),
        (
            "Bond yields soared after the announcement.",
            "Bond yields tumbled after the announcement.",
        ),
        ("The lab said the samples were positive.", "The lab said the samples were negative."),
        # A stance.
        ("The senator voted against the bill.", "The senator voted for the bill."),
    ],
)
def test_opposites_are_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = loud(find_opposites(left, right))
        assert hits and hits[0].check.startswith("opposite."), (left, right, hits)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Wages did not increase this year.", "Wages decreased this year."),
        ("The defendant was found not guilty.", "The defendant was found innocent."),
        ("Talks are not likely to resume soon.", "Talks are unlikely to resume soon."),
        ("The museum was not open on Monday.", "The museum was closed on Monday."),
    ],
)
def test_an_opposite_with_a_negation_on_the_other_side_is_a_rewording(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not loud(find_opposites(left, right)), (left, right)
        assert negation_explained(left, right), (left, right)


def test_an_opposite_with_its_participants_swapped_is_a_rewording() -> None:
    for left, right in both_ways(
        "France lost 2-1 to Germany in the semi-final.",
        "Germany beat France 2-1 in the semi-final.",
    ):
        assert not loud(find_opposites(left, right)), (left, right)
    # The same participant first on both sides: the result is reversed.
    assert loud(find_opposites("Germany beat France 2-1.", "Germany lost 2-1 to France."))


def test_an_opposite_that_is_a_negative_word_is_left_to_the_polarity_check() -> None:
    a, b = "A deal is likely this week.", "A deal is unlikely this week."
    assert not find_opposites(a, b)
    assert not negation_explained(a, b)
    assert not negation_explained("A deal is likely.", "A deal is not likely.")


def test_a_converse_seen_from_the_other_participant_is_quiet() -> None:
    a = "The fund lent the province 50 million dollars."
    b = "The province borrowed 50 million dollars from the fund."
    assert not loud(find_opposites(a, b))
    same_subject = "The fund borrowed 50 million dollars from the province."
    assert loud(find_opposites(a, same_subject))


def test_a_moved_word_is_no_opposite() -> None:
    a = "The clerk reported the manager to the board."
    b = "The manager was reported to the board by the clerk."
    assert not loud(find_opposites(a, b))


# -- roles ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ferrari overtook McLaren on the final lap.",
            "McLaren overtook Ferrari on the final lap.",
        ),
        ("Poland exports coal to Austria.", "Austria exports coal to Poland."),
        ("The tenant sued the landlord for damages.", "The landlord sued the tenant for damages."),
        ("The train ran from Leipzig to Dresden.", "The train ran from Dresden to Leipzig."),
        ("Okafor succeeded Lindqvist as chair.", "Lindqvist succeeded Okafor as chair."),
        (
            "The loan was granted by the World Bank to Kenya.",
            "The loan was granted by Kenya to the World Bank.",
        ),
        (
            "Ferrari overtook McLaren on the final lap.",
            "Ferrari was overtaken by McLaren on the final lap.",
        ),
    ],
)
def test_swapped_roles_are_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert loud(find_roles(left, right)), (left, right)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Ferrari overtook McLaren on the final lap.",
            "McLaren was overtaken by Ferrari on the final lap.",
        ),
        (
            "The tenant sued the landlord for damages.",
            "The landlord was sued by the tenant for damages.",
        ),
        ("On Friday the board dismissed Okafor.", "The board dismissed Okafor on Friday."),
        (
            "Poland exports coal to Austria, officials said.",
            "Officials said Poland exports coal to Austria.",
        ),
        (
            "Okafor, who succeeded Lindqvist, spoke first.",
            "Okafor spoke first; she succeeded Lindqvist.",
        ),
        # A verb without an object on one side: its subject is the other side's object.
        (
            "Space squeezes and stretches as it moves out from the black holes.",
            "The black holes squeeze and stretch space as they collide.",
        ),
        ("The door opened when the guard arrived.", "The guard opened the door."),
    ],
)
def test_passive_and_moved_clauses_keep_the_roles(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not loud(find_roles(left, right)), (left, right)


# -- another person -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He said the audit was complete.", "She said the audit was complete."),
        ("The mayor defended his budget.", "The mayor defended their budget."),
        ("We oppose the new tax, the farmers said.", "They oppose the new tax, the farmers said."),
        ("Her aunt ran the bakery for decades.", "Her uncle ran the bakery for decades."),
        ("Three businessmen were detained.", "Three businesswomen were detained."),
        ("Police said he had been driving fast.", "Police said they had been driving fast."),
    ],
)
def test_another_person_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert loud(find_referents(left, right)), (left, right)


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        ("The mayor defended his budget.", "The mayor defended their budget.",
         "person.pronoun_gendered_number"),
        ("He said the audit was complete.", "She said the audit was complete.",
         "person.pronoun_gender"),
        # A company or a group is "it" or "they", an animal "it" or "he", as a translator
        # likes: rules of their own, so that the calibration does not mix them with the above.
        ("The firm said it would appeal.", "The firm said they would appeal.",
         "person.pronoun_number"),
        ("The lizard was the top predator, so it feared nothing.",
         "The lizard was the top predator, so he feared nothing.", "person.pronoun_animacy"),
    ],
)  # fmt: skip
def test_each_change_of_person_is_its_own_rule(a: str, b: str, check: str) -> None:
    for left, right in both_ways(a, b):
        assert [h.check for h in find_referents(left, right)] == [check]
    assert not loud(find_referents("The firm said it would appeal.", "The firm said they would."))
    assert not loud(find_referents("So it feared nothing.", "So he feared nothing."))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The suspect was arrested on Friday.", "The suspects were arrested on Friday."),
        ("A soldier was killed in the attack.", "Soldiers were killed in the attack."),
        ("The hostage has been freed.", "The hostages have been freed."),
        ("The official says the border is closed.", "The officials say the border is closed."),
    ],
)
def test_one_person_or_several_with_their_verb_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        hits = loud(find_referents(left, right))
        assert [h.check for h in hits] == ["person.noun_number"], (left, right)
        assert "the count of people changed" in hits[0].message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The noun alone: translations of languages that do not mark number vary in it.
        ("This film from my friends shows the launch.", "This film by my friend shows the launch."),
        ("The gunman opened fire on the crowd.", "The gunmen opened fire on the crowd."),
        # Not people.
        ("The company's shares fell sharply.", "The company's share fell sharply."),
        # A possessive is the same person.
        (
            "Doctors said the boy's life was no longer in danger.",
            "Doctors said the boy was out of danger.",
        ),
    ],
)
def test_the_number_of_a_noun_alone_is_not_loud(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not loud(find_referents(left, right)), (left, right)


def test_the_same_person_named_otherwise_is_quiet() -> None:
    assert not loud(
        find_referents("He said the audit was complete.", "He stated the audit was over.")
    )
    assert not loud(find_referents("The aunt said so.", "The woman said so."))


# -- kinds of things ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "check"),
    [
        (
            "Police seized pistols at the port.",
            "Police seized rifles at the port.",
            "kind.sibling",
        ),
        ("The vote is on Monday.", "The vote is on Friday.", "kind.sibling"),
        ("They met in the morning.", "They met in the afternoon.", "kind.cohyponym"),
        ("Prices rose last week.", "Prices rose last month.", "kind.cohyponym"),
        ("The earthquake destroyed the town.", "The flood destroyed the town.", "kind.sibling"),
        # Never one another (two colours too), whatever sense is read.
        ("Thieves took the gold.", "Thieves took the silver.", "kind.sibling"),
        ("They cut the funding.", "They cut the funds.", "kind.synonym"),
        (
            "Police seized pistols at the port.",
            "Police seized weapons at the port.",
            "kind.hypernym",
        ),
        (
            "Police seized weapons at the port.",
            "Police seized pistols at the port.",
            "kind.hyponym",
        ),
        ("The talks resumed in Oslo.", "The negotiations resumed in Oslo.", "kind.synonym"),
    ],
)
def test_kinds(a: str, b: str, check: str) -> None:
    hits = find_kinds(a, b)
    assert [h.check for h in hits] == [check], hits
    assert bool(loud(hits)) == ([check] in ANOTHER_THING)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The senator's niece won the seat.", "The senator's granddaughter won the seat."),
        ("Thieves took the carpets.", "Thieves took the bicycles."),
        # Two diseases, two sports: the lexicon files them among states and acts.
        ("The outbreak of measles spread quickly.", "The outbreak of mumps spread quickly."),
        ("The drug is used to treat diabetes.", "The drug is used to treat cancer."),
        ("She won the title in tennis.", "She won the title in golf."),
    ],
)
def test_kin_and_concrete_things_far_apart_are_another_kind(a: str, b: str) -> None:
    assert [h.check for h in loud(find_kinds(a, b))] in ANOTHER_THING


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A general word is a broader word, whatever WordNet files it under.
        ("Thieves took the laptops.", "Thieves took the equipment."),
        # Ideas under one far parent are a translator's choice as often as not.
        ("The troops held the line.", "The army held the line."),
        # A disease and its broader word, or two names of one disease.
        ("The vaccine protects against measles.", "The vaccine protects against disease."),
        ("The flu outbreak closed schools.", "The influenza outbreak closed schools."),
    ],
)
def test_general_words_and_ideas_are_not_loudly_another_kind(a: str, b: str) -> None:
    assert not loud(find_kinds(a, b))


def test_kinds_fall_back_on_the_model_where_the_lexicon_is_silent() -> None:
    a, b = "They found the evidence.", "They found the traces."
    assert not find_kinds(a, b)
    related = find_kinds(a, b, similarity=lambda x, y: 0.5)
    assert [h.check for h in related] == ["kind.related"]
    assert not find_kinds(a, b, similarity=lambda x, y: 0.9)  # near-synonyms
    assert not find_kinds(a, b, similarity=lambda x, y: 0.1)  # unrelated: the wording check's


def test_opposites_are_not_also_another_kind() -> None:
    assert not find_kinds("The plan was a success.", "The plan was a failure.")


# -- removed core content -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The council will demolish the old stadium.", "The council will the old stadium."),
        (
            "Inspectors closed the restaurant after the outbreak.",
            "Closed the restaurant after the outbreak.",
        ),
        ("Both lead and arsenic were found in the water.", "And arsenic were found in the water."),
        # A verb that always takes an object, left without it (WordNet's verb frames).
        ("The judge fined the company for the spill.", "The judge fined for the spill."),
        # "to" left without its verb; a subject running into its object.
        ("The city plans to open new parks.", "The city plans to new parks."),
        ("Divers recovered two bodies from the lake.", "Divers two bodies from the lake."),
    ],
)
def test_a_gap_left_by_a_core_word_is_loud(a: str, b: str) -> None:
    # A gap at a verb B drops whole is the verb's finding, which keeps the gap's reason; one
    # that B's marks read as sure ("Closed the restaurant": no subject) is a `removal.gap`.
    hits = find_removals(a, b)
    assert any(h.check in ("removal.broken", "removal.verb", "removal.gap") for h in hits), hits
    reverse = find_removals(b, a)
    assert any(h.check in ("addition.broken", "addition.verb") for h in reverse), reverse


def test_a_dropped_head_noun_is_reported() -> None:
    a = "Traces of lead were found in the blood of children living near the mine."
    b = "Traces of lead were found in the blood of living near the mine."
    assert [h.check for h in find_removals(a, b)] == ["removal.head"]


def test_a_dropped_verb_is_medium_a_dropped_intensifier_nothing() -> None:
    verb = find_removals(
        "Investors sold bonds after the report.", "Investors bonds after the report."
    )
    assert loud(verb)
    assert not find_removals("Prices rose sharply in May.", "Prices rose in May.")
    assert not find_removals("It was a very difficult year.", "It was a difficult year.")


def test_a_speech_verb_reworded_is_not_removed_while_b_reports_speech() -> None:
    # Who said it is the attribution check's: "wrote" / "reported", "pointed out" / "said".
    assert not find_removals(
        "The Rheinische Post, referring to eyewitnesses, wrote that the plane hit a balloon.",
        "The Rheinische Post reported, citing eyewitnesses, that the plane hit a balloon.",
    )
    assert not find_removals(
        '"All will be well," pointed out Kornel Morawiecki in January.',
        '"Everything will be fine," Kornel Morawiecki said in January.',
    )
    # A speech verb gone with no other in B is a removal all the same.
    dropped = find_removals("The minister said the plan failed.", "The minister the plan failed.")
    assert "said" in [h.a for h in dropped]


def test_a_word_said_again_in_another_form_is_not_removed() -> None:
    # The seeds' first sentence: the country moves from the title to a phrase after the name.
    a = "Russian President Vladimir V. Putin is scheduled to visit North Korea."
    b = "President Vladimir V. Putin of Russia will travel to North Korea."
    assert not [h for h in find_removals(a, b) if h.a == "Russian"]
    # Gone for good, it is still a removal.
    dropped = find_removals("The Russian army fired on the town.", "The army fired on the town.")
    assert [h.a for h in dropped] == ["Russian"]
    # Said again by a synonym: the seeds' first sentence again.
    assert not find_removals(
        "Putin will meet one of the main arms suppliers to the war.",
        "Putin will meet one of the main suppliers of weapons for its war.",
    )


def test_a_sentence_of_a_opening_with_and_is_no_gap_b_fills() -> None:
    assert not [
        h
        for h in find_removals("And then we left the city.", "Then we left the city.")
        if h.check.startswith("addition.")
    ]
    # B opening with "And" where A had a subject is still a removal, told once: a subject A
    # says before the verb B keeps is a sure gap (`removal.gap`) where the diff reads it
    # loosely.
    removed = find_removals(
        "Cyanuric acid and melamine were found in urine.", "And melamine were found in urine."
    )
    assert [h.check for h in removed] == ["removal.gap"]


def test_a_broken_junction_says_whether_it_is_closed_and_whether_words_were_swapped() -> None:
    swapped = find_removals(
        "On July 23 the number of confirmed cases exceeded 4 million.",
        "On July 23 the of number confirmed cases exceeded 4 million.",
    )
    assert [(h.evidence["closed_junction"], h.evidence["reordered"]) for h in swapped] == [
        (1.0, 1.0)
    ]
    lost = find_removals(
        "In June she gave birth to a daughter, officials said.",
        "In June she gave birth to a, officials said.",
    )
    assert [h.evidence.get("reordered", 0.0) for h in lost] == [0.0]


def test_a_removal_quotes_whole_words() -> None:
    # The word diff splits "man-portable" at its hyphen; the finding names the whole word.
    a = "North Korea may be supplying anti-tank missiles, portable surface-to-air missiles."
    b = "North Korea may be supplying anti-tank missiles and man-portable surface-to-air missiles."
    assert [h.b for h in find_removals(a, b)] == ["and man-portable"]
    assert [h.a for h in find_removals(b, a)] == ["and man-portable"]


def test_an_age_stands_for_its_person() -> None:
    assert not broken_marks("The 45-year-old was arrested in Lyon.")
    assert broken_marks("The severe in the region were arrested.")


def test_an_acronym_written_out_is_not_removed() -> None:
    a = "Real Madrid would then be waiting in the next KO round."
    b = "In the next knockout round, Real Madrid would be waiting."
    assert not [h for h in find_removals(a, b) if h.a.startswith("KO")]
    # An acronym gone for good is still a removal.
    dropped = find_removals("The EU summit ended early.", "The summit ended early.")
    assert [h.a for h in dropped] == ["EU"]


def test_words_that_spell_an_acronym_out() -> None:
    from vardiff._words import spells_out

    assert spells_out("EU", "the European Union said".split())
    assert spells_out("WHO", "the World Health Organization".split())
    assert spells_out("NATO", "the North Atlantic Treaty Organization".split())
    assert spells_out("KO", "the knockout round".split())
    assert spells_out("TV", "on television".split())
    assert not spells_out("UK", "Ukraine and Russia".split())  # a name of its own
    assert not spells_out("EU", "every unit".split()[:1])
    assert not spells_out("Kim", "Kim Jong Un".split())  # not an acronym


def test_a_determiner_before_a_full_stop_in_a_rewrite_is_a_gap() -> None:
    hits = find_removals(
        "Angered by the disclosure, Google, Yahoo and Apple have supported the program.",
        "Meanwhile, angered by the disclosure of the program, Google, Yahoo and Apple have "
        "backed the.",
    )
    assert [h.evidence.get("junction") for h in hits if h.check == "removal.gap"] == ["the ."]


def test_abbreviations_with_stops_are_one_word() -> None:
    assert broken_marks("The quake hit at 3 a.m. local time.") == []
    assert broken_marks("He lives in the U.S. now.") == []


def test_an_adverb_of_frequency_keeps_its_verb() -> None:
    assert broken_marks("The river seldom floods in spring.") == []
    assert broken_marks("The board sometimes meets in May.") == []


def test_a_text_without_words_has_no_broken_marks() -> None:
    # Found by the property test: a private-use character and a lone full stop.
    assert broken_marks("\U0010c35b ") == []
    assert broken_marks(". ") == []
    assert broken_marks("") == []


def test_broken_junctions() -> None:
    assert "the of" in broken_junctions("The of the river was high.")
    assert "they the" in broken_junctions("Later they the bridge across the river.")
    assert "if is" in broken_junctions("Nobody knows if is safe.")
    assert "^were" in broken_junctions("Were found near the border.")
    assert "the and" in broken_junctions("The and the ministers met.")
    assert "he Carter" in broken_junctions("He Carter on foreign policy for years.")
    assert "don't if" in broken_junctions("I don't if the plan will work.")
    # A modal opening a statement lost its subject; the month and the name keep theirs.
    assert "^may" in broken_junctions("May also be limited by falling snow.")
    assert "^will" in broken_junctions("Will remain closed until the spring.")
    for fine in (
        "May saw record sales in the region.",
        "May 5 was a Monday.",
        "Will Smith won the award.",
        "Will power alone is not enough.",
        "It is by far the largest plant, and the plan is by no means final.",
        "The first public reading was by John Nixon.",
        "This is the end of the road, and those who stay will wait.",
        "But the talks failed, so each of them went home.",
        "Founded in 1990, the firm has grown; the resulting profits were shared.",
        "Were the talks a success?",
        "It will take a while to catch on, but the idea came in.",
    ):
        assert not broken_junctions(fine), fine


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Thousands were affected by the severe in Southeast Asia.", "head"),
        ("He was charged with negligent.", "head"),
        ("The roofs of the villagers' were cracked.", "head"),
        ("Samples were taken after verification of 's identity.", "head"),
        ("The occurred at noon.", "head"),
        ("The park an area of 19,500 hectares.", "verb"),
        ("Keith Brown he was excited to work with them.", "verb"),
        ("Aid groups will assistance to the victims.", "verb"),
        ("Also attacked anything that entered the cave.", "opening"),
        ("Held a similar position at Bayern.", "opening"),
        ("In addition, will increase through Monday.", "opening"),
        ("The new rules help to reduce the too much.", "pair"),
        ("If one day I to feel guilty, I will stop.", "pair"),
        ("Commons administrator Adam Cuerden his frustration over the changes.", "verb"),
        ("You can also advice from governments other than your own.", "verb"),
        ("In addition, NHK that the plant was safe.", "verb"),
        ("The person to South Korea three years ago.", "verb"),
        # the preposition's object, a noun phrase, is what is missing
        ("Aid reached 10,000 people, including, soldiers of the National Guard.", "head"),
        # an adjective meeting "of", an article's adjectives meeting a verb, a preposition
        # meeting "such as", "other" ending a phrase: the noun between is gone
        ("The plant provides large of electricity to the region.", "head"),
        ("Profits have become the basic of the empire.", "head"),
        ("Officials said a new will open next year.", "head"),
        ("She starred in such as Friends and Seinfeld.", "head"),
        ("He had worked, among other, as a teacher.", "head"),
        # a subordinate clause, or an opening phrase, and then a verb with no subject
        ("But if accepts our budget, we will restore it.", "opening"),
        ("Although the storm weakened, began to flood the coast.", "opening"),
        ("In addition, promised to continue the fight.", "opening"),
        # a first clause with no verb before ", but" and a clause that has one
        ("The ministers to the same rules as the staff, but there are exceptions.", "verb"),
        # a modal after its subject meeting an adjective
        ("The decision may unpopular, but it is needed.", "verb"),
        ("Ministers could different choices this year.", "verb"),
        # a passive's "be" meeting its agent's "by": the participle is gone
        ("In 2002, Goma was by lava from the volcano.", "verb"),
    ],
)
def test_broken_marks_name_what_is_missing(text: str, kind: str) -> None:
    assert kind in {mark.kind for mark in broken_marks(text)}, broken_marks(text)


@pytest.mark.parametrize(
    "text",
    [
        # an adjective that stands for its noun, or ends a phrase as English allows
        "The poor in Asia suffered most.",
        "The injured were taken to hospital.",
        "It was the best in the world.",
        "This is one of the most popular in Europe.",
        "It accounts for one third of Shanghai's.",
        "His obsession is the timeless, he says.",
        "The military said the elderly in Japan were safe.",
        "Ukrainian forces launched an offensive in August.",
        "He felt a little sad.",
        "In general, prices rose.",
        "From the outside, it looks fine.",
        "It was shot in real-time.",
        "The already damaged levees could breach.",
        "A large, old house stood there.",
        "The house is red.",
        # clauses that open without their subject, or with an object, in English
        "Given the risk, the bank waited.",
        "Canned Kakioko by Asahi was selected.",
        "Last year the company grew.",
        "He gave the park an award.",
        "They told Smith that the plan had failed.",
        "The fact that the plan failed is clear.",
        "The representatives of which denied it.",
        "We in the West were slow.",
        "Tell Mary the news.",
        "Last Friday the company opened a plant.",
        "Another project on the universe, called LISA, is expected to start.",
        "The permanent unit, created in 2011, is also supported by its auditors.",
        "Members often function as the point of contact for their group.",
        "The will of the people must prevail.",
        # headlines
        "Thousands homeless as floods hit Asia",
        "PM to visit flood-hit towns",
        # adjectives that take "of", nouns before an adjective, "the" before a nominal one
        "The ball went wide of the post.",
        "It was kind of him to call.",
        "The same is true of the south.",
        "He spent the whole of his life in Paris.",
        "A glass full of water stood on the table.",
        "The team is capable of winning.",
        "The island lies north of the equator.",
        "It is a new, and growing, market.",
        "They help each other.",
        "One after the other, the lights went out.",
        "Tourists came from towns such as Nice.",
        # asides and participles after a comma, verbless phrases before "and"
        "The president, and his wife, were in Paris.",
        "In 2010, and again in 2012, the firm grew.",
        "When the town, founded in 1850, was flooded, people left.",
        "With a salary of 5,000 a month, coupled with the feeling of change, he is motivated.",
        "If needed, the army will help.",
        "When asked, he declined to comment.",
        "As stated in the report, the plan failed.",
        # a modal before an adverb, or before its subject
        "Only then will real change begin.",
        "The economy will likely grow.",
        "It may well rain tomorrow.",
    ],
)
def test_broken_marks_leave_english_alone(text: str) -> None:
    assert not broken_marks(text), broken_marks(text)


def test_a_gap_in_a_rewrite_is_named_where_b_shows_it() -> None:
    # The versions differ around the gap, but B has a noun phrase without its noun.
    hits = find_removals(
        "Both cyanuric acid and melamine were discovered in samples from the severe flooding.",
        "Cyanuric acid and melamine were both found in samples from the severe in the south.",
    )
    # a determiner whose adjective meets a preposition: a sure gap (``removal.gap``)
    broken = [h for h in hits if h.check == "removal.gap"]
    assert broken and broken[0].b == "the severe in"
    assert broken[0].evidence["missing_head"] == 1.0
    assert broken[0].evidence["same_kind_in_a"] == 0.0
    # A paraphrase, and a dropped intensifier, leave no gap.
    for a, b in (
        ("Prices rose very sharply in May.", "Prices rose sharply in May."),
        ("The company plans a new plant.", "A new plant is planned by the company."),
    ):
        assert not [
            h for h in find_removals(a, b) if h.check in ("removal.broken", "removal.gap")
        ], (a, b)


def test_a_word_cut_out_leaves_its_neighbours_in_place() -> None:
    (cut,) = find_removals(
        "Investigators discovered that crystals had formed.",
        "Investigators that crystals had formed.",
    )
    # The verb's neighbours now meet: it left a hole (the verb's finding, which keeps the
    # broken gap's reason).
    assert cut.check == "removal.verb" and cut.evidence["hole"] == 1.0
    assert cut.evidence["verbs_lost"] == 1.0 and cut.evidence["content_lost"] == 1.0


@pytest.mark.parametrize(
    ("a", "b", "gap"),
    [
        (
            "Travellers to a new country have to adjust to its customs.",
            "Travellers to a new have to adjust to its customs.",
            "a new have",
        ),
        (
            "During the 1980s he worked on shows such as Taxi and Cheers.",
            "During the 1980s he worked on such as Taxi and Cheers.",
            "on such as",
        ),
        (
            "Although there was no risk, residents began to panic.",
            "Although there was no risk, began to panic.",
            ", began",
        ),
        (
            "The plant provides large amounts of power to the region.",
            "The plant provides large of power to the region.",
            "provides large of",
        ),
    ],
)
def test_a_gap_no_correct_translation_shows_is_a_removal_gap(a: str, b: str, gap: str) -> None:
    # None of the dev sets' correct translations or error-free segments reads so: the rule of
    # the closed junctions ("the of"), not the looser "removal.broken".
    hits = find_removals(a, b)
    assert [h.b for h in hits if h.check == "removal.gap"] == [gap], hits
    assert not [h for h in hits if h.check == "removal.broken"], hits


def test_a_gap_both_versions_share_is_no_finding() -> None:
    hits = find_removals("And yet the talks failed.", "And yet the talks collapsed.")
    assert not [h for h in hits if "broken" in h.check]


# -- end to end, with the real model --------------------------------------------------------


def worst(a: str, b: str) -> Severity | None:
    report = vardiff.compare(a, b)
    return max((f.severity for f in report.findings()), default=None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Coffee exports rose by four percent in June.",
            "Coffee exports fell by four percent in June.",
        ),
        (
            "The appeal court found him guilty of tax fraud.",
            "The appeal court found him innocent of tax fraud.",
        ),
        (
            "Schmidt beat Laurent in the regional election.",
            "Laurent beat Schmidt in the regional election.",
        ),
        (
            "The ferry sails from Dover to Calais twice a day.",
            "The ferry sails from Calais to Dover twice a day.",
        ),
        ("He told the committee the plant was safe.", "She told the committee the plant was safe."),
        (
            "Customs officers found pistols in the lorry.",
            "Customs officers found rifles in the lorry.",
        ),
        (
            "Traces of the pesticide were found in the blood of workers who handled the sacks.",
            "Traces of the pesticide were found in the blood of who handled the sacks.",
        ),
    ],
)
def test_meaning_changes_are_medium_or_above_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        severity = worst(left, right)
        assert severity is not None and severity >= Severity.MEDIUM, (left, right, severity)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Coffee exports did not rise in June.", "Coffee exports fell in June."),
        (
            "Customs officers found pistols in the lorry.",
            "Customs officers found weapons in the lorry.",
        ),
        (
            "Schmidt beat Laurent in the regional election.",
            "Laurent was beaten by Schmidt in the regional election.",
        ),
    ],
)
def test_rewordings_stay_low_or_below_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        severity = worst(left, right)
        assert severity is None or severity <= Severity.LOW, (left, right, severity)


# -- active and passive speech verbs ---------------------------------------------------------


def test_the_source_of_a_passive_speech_verb_is_its_agent() -> None:
    from vardiff._cues import attributions

    active = attributions("The regulator warned the banks that rates would rise.")
    passive = attributions("The banks were warned by the regulator that rates would rise.")
    assert [a.source for a in active] == [a.source for a in passive] == ["regulator"]
    # No agent, no source: the passive subject did not say anything.
    assert not attributions("The banks were warned that rates would rise.")


# -- synonyms of other parts of speech -------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Witnesses described a brutal attack.", "Witnesses described a savage attack."),
        ("It was a big win for the party.", "It was a large win for the party."),
        ("The company purchased the site.", "The company bought the site."),
    ],
)
def test_an_adjective_or_verb_swapped_for_a_synonym_is_a_quiet_verdict(a: str, b: str) -> None:
    assert [h.check for h in find_kinds(a, b)] == ["kind.synonym"]


def test_an_adjective_swapped_for_another_is_no_synonym() -> None:
    assert not find_kinds("The water was hot.", "The water was warm.")
    assert not find_kinds("The talks were long.", "The talks were short.")


def test_a_negated_opposite_quotes_the_whole_rewording() -> None:
    hits = find_opposites("Exports did not grow in March.", "Exports shrank in March.")
    assert [(h.check, h.a, h.b) for h in hits] == [("opposite.negated", "did not grow", "shrank")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The agency helps homeless families.", "The agency helps families."),
        ("Police questioned the former mayor.", "Police questioned the mayor."),
    ],
)
def test_a_dropped_adjective_of_kind_is_medium(a: str, b: str) -> None:
    assert [h.check for h in loud(find_removals(a, b))] == ["removal.adjective"]


def test_an_added_adjective_of_kind_is_medium_too() -> None:
    hits = find_removals("Police questioned the mayor.", "Police questioned the former mayor.")
    assert [h.check for h in loud(hits)] == ["addition.adjective"]


def test_a_dropped_adjective_of_degree_is_not_reported() -> None:
    assert not find_removals("The fire caused massive damage.", "The fire caused damage.")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The regulator wants to bring fares down next year, its chairman said on Monday.",
            "The regulator wants to bring up fares next year, its chairman said on Monday.",
        ),
        (
            "The ministry will ramp production of shells up over the winter, officials said.",
            "The ministry will ramp down production of shells over the winter, officials said.",
        ),
    ],
)
def test_up_for_down_with_one_verb_is_a_reversal_wherever_the_particle_stands(
    a: str, b: str
) -> None:
    assert_judged_both_ways(a, b, "opposite.placed")
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # The particle moved over the object: one act.
        (
            "The regulator wants to bring fares down next year, its chairman said on Monday.",
            "The regulator wants to bring down fares next year, its chairman said on Monday.",
        ),
        # Two verbs, each with its own particle, in another order.
        (
            "Shares went up in the morning and came down after lunch, traders said.",
            "Shares came down after lunch, having gone up in the morning, traders said.",
        ),
    ],
)
def test_a_particle_moved_over_its_object_is_no_reversal(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "opposite.placed")
