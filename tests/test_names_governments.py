"""One person or one government named two ways, and one finding per fact: a capital standing
for its country's government ("Beijing" / "the Chinese government"), a person named by family
name and courtesy title ("President Moon Jae-in" / "Mr Moon"), a dropped "he said" said once.
The name comparison without the model; the judge's findings through the public API."""

from __future__ import annotations

import pytest

import vardiff
from vardiff import Finding, Pair, Severity, word_diff
from vardiff._entities import compare_names, same_government
from vardiff.judge import build_context
from vardiff.judge.names import _is_word, check_names

LOW, MEDIUM, HIGH = Severity.LOW, Severity.MEDIUM, Severity.HIGH


def findings(a: str, b: str) -> list[Finding]:
    return [f for pair in vardiff.compare(a, b).pairs for f in pair.findings]


def show(found: list[Finding]) -> str:
    return "\n".join(f"{f.check} {f.severity.value} {f.a!r} -> {f.b!r}" for f in found)


def unmatched(a: str, b: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    diff = compare_names(a, b, is_word=_is_word)
    return diff.only_a, diff.only_b


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Beijing government protested.", "The Chinese government protested."),
        ("Beijing protested on Monday.", "China protested on Monday."),
        ("The Kremlin denied the report.", "Russian officials denied the report."),
        ("Moscow denied the report.", "Russia denied the report."),
        ("Washington imposed new sanctions.", "The US imposed new sanctions."),
        ("Washington imposed new sanctions.", "American officials imposed new sanctions."),
        ("London rejected the proposal.", "The British government rejected the proposal."),
        ("Seoul said the talks would resume.", "The South Korean government said so."),
        ("Pyongyang fired two missiles.", "North Korea fired two missiles."),
        ("Tehran rejected the offer.", "Iran rejected the offer."),
    ],
)
def test_a_capital_standing_for_its_government_is_the_same_actor(a: str, b: str) -> None:
    assert unmatched(a, b) == ((), ())
    assert unmatched(b, a) == ((), ())


@pytest.mark.parametrize(
    ("a", "b", "only_a", "only_b"),
    [
        # Another city of the same country, another capital, another country.
        ("The Beijing government protested.", "The Shanghai government protested.",
         ("Beijing",), ("Shanghai",)),
        ("The Beijing government protested.", "The Tokyo government protested.",
         ("Beijing",), ("Tokyo",)),
        ("The Chinese government protested.", "The Japanese government protested.",
         ("Chinese",), ("Japanese",)),
        ("Moscow denied the report.", "Ukraine denied the report.", ("Moscow",), ("Ukraine",)),
        # A side that names the country and its capital both names two places: the one left
        # out is dropped, whatever the other side keeps.
        ("Chinese officials in Beijing protested.", "Chinese officials protested.",
         ("Beijing",), ()),
        ("The Colosseum in Rome, the capital of Italy, reopened.",
         "The Colosseum in Rome, the capital, reopened.", ("Italy",), ()),
    ],
)  # fmt: skip
def test_another_place_or_government_is_still_another(
    a: str, b: str, only_a: tuple[str, ...], only_b: tuple[str, ...]
) -> None:
    assert unmatched(a, b) == (only_a, only_b)


def test_a_source_named_by_its_seat_of_government_is_the_same_source() -> None:
    assert same_government("Beijing said", "the Chinese government said")
    assert same_government("the Kremlin said", "Russia said")
    assert not same_government("Beijing said", "Tokyo said")
    assert not same_government("Beijing said", "the Japanese government said")


@pytest.mark.parametrize(
    ("a", "b", "check", "name"),
    [
        # Two people run together into one name: the first is no given name of the second.
        (
            "In a talk with Piotr Lekszycki Stefan Niesiołowski emphasised the point.",
            "In an interview with, Stefan Niesiołowski emphasized the point.",
            "entity.dropped",
            "Piotr Lekszycki",
        ),
        # A language's name is no surname: "Bozal Spanish" is another language.
        (
            "Yet, Spanish is also widely used in public transport.",
            "Nevertheless, Bozal Spanish is also widely spoken in public transport.",
            "entity.added",
            "Bozal",
        ),
    ],
)
def test_a_name_beside_another_is_no_given_name_of_it(
    a: str, b: str, check: str, name: str
) -> None:
    pair = Pair(a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
                ops=word_diff(a, b))  # fmt: skip
    found = check_names(build_context(pair, [a], [b]))
    assert [(f.check, f.a or f.b) for f in found if f.check == check] == [(check, name)]


def test_a_number_sign_is_no_name() -> None:
    assert unmatched("He bats at No.3 for India.", "He bats at number three for India.") == (
        (),
        (),
    )


def test_an_honorific_before_a_family_name_is_no_name_of_its_own() -> None:
    # "Mr" is a courtesy title, not another person; "Jae-in" is left out of a man B names by
    # his family name.
    diff = compare_names("President Moon Jae-in met Kim Jong Un.", "Mr Moon met Kim Jong-un.")
    assert diff.only_b == ()
    assert diff.titles_dropped == ("President",)


# -- through the judge, with the model ------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("President Moon Jae-in met Kim Jong Un.", "Mr Moon met Kim Jong-un."),
        ("President Xi Jinping met the delegation.", "President Xi met the delegation."),
        ("Xi Jinping met the delegation.", "Mr Xi met the delegation."),
        ("Moon Jae-in met the delegation.", "President Moon met the delegation."),
        ("Chancellor Angela Merkel defended the decision.", "Ms Merkel defended the decision."),
        # The other way: B gives the names that A leaves out.
        ("Mr Moon met Kim Jong-un.", "President Moon Jae-in met Kim Jong Un."),
        ("President Xi met the delegation.", "President Xi Jinping met the delegation."),
        ("Ms Merkel defended the decision.", "Chancellor Angela Merkel defended the decision."),
        # A source named by the same person's name is the same source.
        ("Xi Jinping told delegates it would recover.", "Mr Xi told delegates it would recover."),
        ("Mr Xi told delegates it would recover.", "Xi Jinping told delegates it would recover."),
    ],
)
def test_a_person_named_by_family_name_and_title_is_one_quiet_finding_at_most(
    a: str, b: str
) -> None:
    found = findings(a, b)
    assert max((f.severity for f in found), default=LOW) <= LOW, show(found)
    # The office given up for a courtesy title is said once, low: the same person.
    assert len([f for f in found if f.severity >= LOW and f.check.startswith("entity.")]) <= 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Beijing government protested.", "The Chinese government protested."),
        ('"We will respond," Beijing said.', '"We will respond," the Chinese government said.'),
        ("The Kremlin denied the report.", "Russian officials denied the report."),
    ],
)
def test_a_government_named_by_its_seat_stays_quiet(a: str, b: str) -> None:
    for x, y in ((a, b), (b, a)):
        found = findings(x, y)
        assert max((f.severity for f in found), default=LOW) <= LOW, show(found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mr Moon met Kim Jong-un.", "Mr Kim met Kim Jong-un."),
        ("Angela Merkel said the plan would work.", "Mr Scholz said the plan would work."),
        ("Kim Jong Un said the tests would go on.", "Kim Yo Jong said the tests would go on."),
        ("The Beijing government protested.", "The Tokyo government protested."),
        ("The Chinese government protested.", "The Japanese government protested."),
    ],
)
def test_another_person_or_government_is_loud(a: str, b: str) -> None:
    found = findings(a, b)
    assert max((f.severity for f in found), default=LOW) is HIGH, show(found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ('"We will not give up," he said.', '"We will not give up."'),
        ('"We will not give up," the minister said.', '"We will not give up."'),
    ],
)
def test_a_dropped_attribution_is_one_loud_finding(a: str, b: str) -> None:
    found = [f for f in findings(a, b) if f.severity >= MEDIUM]
    # The quote is left as no one's words: a claim B keeps no trace of the source of. Its
    # rule is fitted anew (one rule for both regimes), so the test asks for the gate only.
    assert [f.check for f in found] == ["attribution.unsourced"], show(found)


# A people's word and its country's name that share no stem: one country, named two ways.
DEMONYM_AND_COUNTRY = [
    ("The Dutch government resigned on Friday.", "The government of the Netherlands resigned."),
    ("Swiss banks froze the accounts.", "Banks in Switzerland froze the accounts."),
    ("Filipino troops joined the exercise.", "Troops from the Philippines joined the exercise."),
    # A country's other names: the people's word points at one name, the text uses another.
    ("American troops left the base.", "Troops from the United States left the base."),
    ("Dutch farmers blocked the roads.", "Farmers in Holland blocked the roads."),
    ("The British envoy was recalled.", "The envoy of the United Kingdom was recalled."),
]


@pytest.mark.parametrize(("a", "b"), DEMONYM_AND_COUNTRY)
def test_a_peoples_word_and_its_countrys_name_are_one_country(a: str, b: str) -> None:
    assert unmatched(a, b) == ((), ())
    assert unmatched(b, a) == ((), ())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Dutch government resigned on Friday.", "The government of Belgium resigned."),
        ("Swiss banks froze the accounts.", "Banks in Austria froze the accounts."),
        ("American troops left the base.", "Troops from the United Kingdom left the base."),
        ("Dutch farmers blocked the roads.", "Farmers in Denmark blocked the roads."),
    ],
)
def test_a_peoples_word_and_another_countrys_name_stay_apart(a: str, b: str) -> None:
    assert unmatched(a, b) != ((), ())
