"""A person named in one sentence and taken up by a pronoun in the next: "Maria Lopez
resigned. Lopez said ..." / "... She said ...". News names a speaker once and then says "she";
a translator does either. The pronoun opening a sentence takes up the subject the sentence
before opens on (``_antecedents.stands_for``); where the named speaker is another person
(one named later in the sentence before, the object of its verb), the pronoun points at
someone else and the pair stays loud. The whole pipeline is run, so the sentence before
reaches the judge as it does for a user's documents. The sentences are ours, not any
probe's."""

from __future__ import annotations

import pytest

import vardiff
from vardiff.judge._antecedents import stands_for


def _passes_both_ways(a: str, b: str) -> None:
    for left, right in ((a, b), (b, a)):
        report = vardiff.compare(left, right)
        assert not report.failed, [(f.check, f.a_span, f.b_span) for f in report.findings()]


def _fails_both_ways(a: str, b: str) -> list[vardiff.Report]:
    reports = [vardiff.compare(left, right) for left, right in ((a, b), (b, a))]
    for report, (left, right) in zip(reports, ((a, b), (b, a)), strict=True):
        assert report.failed, f"{left!r} / {right!r} passed"
    return reports


OPENING = (
    "Maria Lopez resigned as chief executive of the shipping firm on Monday after a vote "
    "by the board, replacing her deputy Tom Hart with an outside candidate."
)


@pytest.mark.parametrize(
    ("named", "pronoun"),
    [
        (
            "Lopez said the decision had been hers alone and thanked the staff.",
            "She said the decision had been hers alone and thanked the staff.",
        ),
        (
            "The decision had been hers alone, Lopez told reporters outside the office.",
            "The decision had been hers alone, she told reporters outside the office.",
        ),
        (
            "Lopez's lawyers said she would keep her seat on the board until March.",
            "Her lawyers said she would keep her seat on the board until March.",
        ),
    ],
)
def test_a_pronoun_for_the_person_the_sentence_before_opens_on_is_that_person(
    named: str, pronoun: str
) -> None:
    a, b = f"{OPENING}\n{named}", f"{OPENING}\n{pronoun}"
    _passes_both_ways(a, b)


@pytest.mark.parametrize(
    ("named", "pronoun"),
    [
        # Hart is named in the sentence before, but not as its subject: "He" reads as Lopez
        (
            "Hart said the decision had been taken without him and left the building.",
            "He said the decision had been taken without him and left the building.",
        ),
        # someone the sentence before does not name at all
        (
            "Chen said the decision had been taken in a hurry and criticised the board.",
            "She said the decision had been taken in a hurry and criticised the board.",
        ),
    ],
)
def test_a_pronoun_for_anyone_else_is_another_speaker(named: str, pronoun: str) -> None:
    a, b = f"{OPENING}\n{named}", f"{OPENING}\n{pronoun}"
    for report in _fails_both_ways(a, b):
        assert any(f.category in ("attribution", "entity") for f in report.findings())


def test_the_subject_is_read_within_the_sentence_first_then_in_the_one_before() -> None:
    text = "She said the plan would go ahead."
    assert stands_for(text, 0, OPENING, ["Lopez"])
    assert not stands_for(text, 0, OPENING, ["Hart"])
    # no sentence before (a pair judged alone): the pronoun means no one in particular
    assert not stands_for(text, 0, "", ["Lopez"])
    # a person named before the pronoun in its own sentence is the one it takes up
    within = "Tom Hart left the meeting early, and he said the plan would go ahead."
    at = within.index("he said")
    assert stands_for(within, at, OPENING, ["Hart"])
    assert not stands_for(within, at, OPENING, ["Lopez"])
    # a sentence before that opens on no person gives the pronoun no one to take up
    assert not stands_for(text, 0, "The board met on Monday to vote on Lopez's future.", ["Lopez"])


@pytest.mark.parametrize(
    ("before", "named", "described"),
    [
        (
            "Health Secretary Grace Okafor opened the new cancer centre in Leeds on Thursday.",
            "Okafor said the centre would treat 4,000 patients a year.",
            "The secretary said the centre would treat 4,000 patients a year.",
        ),
        (
            "Pavel Novak, the club's head coach, signed a new contract on Friday.",
            "Novak said he had never thought of leaving.",
            "The coach said he had never thought of leaving.",
        ),
    ],
)
def test_a_description_the_sentence_before_gives_its_subject_is_that_person(
    before: str, named: str, described: str
) -> None:
    a, b = f"{before}\n{named}", f"{before}\n{described}"
    _passes_both_ways(a, b)


@pytest.mark.parametrize(
    ("before", "named", "described"),
    [
        # the coach the sentence before names is not its subject
        (
            "Pavel Novak met the club's head coach, Jan Berg, on Friday.",
            "Novak said he had never thought of leaving.",
            "The coach said he had never thought of leaving.",
        ),
        # its subject is called no coach there
        (
            "Pavel Novak, the club's captain, signed a new contract on Friday.",
            "Novak said he had never thought of leaving.",
            "The coach said he had never thought of leaving.",
        ),
    ],
)
def test_a_description_of_someone_else_is_another_speaker(
    before: str, named: str, described: str
) -> None:
    a, b = f"{before}\n{named}", f"{before}\n{described}"
    _fails_both_ways(a, b)


AGED = "Ana Rocha, 52, was elected leader of the opposition party on Sunday, beating Luis Mora, 47."


def test_the_age_the_sentence_before_gives_its_subject_describes_that_person() -> None:
    a = f"{AGED}\nRocha said she would unite the party before the election."
    b = f"{AGED}\nThe 52-year-old said she would unite the party before the election."
    _passes_both_ways(a, b)


@pytest.mark.parametrize("age", ["53", "47"])
def test_another_age_is_another_figure_or_another_person(age: str) -> None:
    # 53: an age the sentence before gives no one; 47: the age of the man she beat
    a = f"{AGED}\nRocha said she would unite the party before the election."
    b = f"{AGED}\nThe {age}-year-old said she would unite the party before the election."
    _fails_both_ways(a, b)


BODY = "Danish shipbuilder Vestmark cut 400 jobs at its Aarhus yard on Tuesday, citing weak orders."
FUND = "The International Energy Agency lowered its forecast for oil demand on Thursday."


@pytest.mark.parametrize(
    ("before", "named", "again"),
    [
        (
            BODY,
            "Vestmark said the cuts would be completed by the end of March.",
            "It said the cuts would be completed by the end of March.",
        ),
        (
            BODY,
            "Vestmark said the cuts would be completed by the end of March.",
            "The company said the cuts would be completed by the end of March.",
        ),
        # what the sentence before calls it, before its name
        (
            BODY,
            "Vestmark said the cuts would be completed by the end of March.",
            "The shipbuilder said the cuts would be completed by the end of March.",
        ),
        # its initials, and the last word of its name
        (
            FUND,
            "The IEA said demand would fall in Europe for a third year.",
            "It said demand would fall in Europe for a third year.",
        ),
        (
            FUND,
            "The IEA said demand would fall in Europe for a third year.",
            "The agency said demand would fall in Europe for a third year.",
        ),
    ],
)
def test_a_body_the_sentence_before_opens_on_is_taken_up_by_it_or_by_what_it_is(
    before: str, named: str, again: str
) -> None:
    a, b = f"{before}\n{named}", f"{before}\n{again}"
    _passes_both_ways(a, b)


@pytest.mark.parametrize(
    ("before", "named", "again"),
    [
        # the body the sentence before opens on is not the one named
        (
            "The Danish labour ministry asked Vestmark to delay 400 job cuts at its Aarhus yard.",
            "Vestmark said the cuts would be completed by the end of March.",
            "It said the cuts would be completed by the end of March.",
        ),
        # a word for another body, which the sentence before never gives this one
        (
            BODY,
            "Vestmark said the cuts would be completed by the end of March.",
            "The ministry said the cuts would be completed by the end of March.",
        ),
        # "he" is no body
        (
            BODY,
            "Vestmark said the cuts would be completed by the end of March.",
            "He said the cuts would be completed by the end of March.",
        ),
    ],
)
def test_a_pronoun_or_a_word_for_another_body_is_another_source(
    before: str, named: str, again: str
) -> None:
    a, b = f"{before}\n{named}", f"{before}\n{again}"
    _fails_both_ways(a, b)


def test_a_subject_of_two_people_gives_a_pronoun_no_one_to_take_up() -> None:
    before = "Maria Lopez and her deputy Tom Hart left the board meeting early on Monday."
    _fails_both_ways(
        f"{before}\nHe said the vote had been rigged.",
        f"{before}\nLopez said the vote had been rigged.",
    )
    assert not stands_for("He said so.", 0, before, ["Lopez"])
