"""Another kind of thing and another person, as the lexicon tells them apart beyond a close
common parent: people in other roles ("judge" / "prosecutor", "pilot" / "passenger"), two
specific things of one kind filed far apart ("shark" / "dolphin", "camera" / "watch"), kin
terms written with hyphens, two diseases or two colours. And the rewordings that must stay
quiet: near-synonymous roles, broader words, compounds the lexicon does not know.

Our own news-style sentences, both ways round (benchmarks/data/probe_lexical.jsonl holds more
of the same kind; none is from the contrast set).
"""

from __future__ import annotations

import pytest
from _hits import ANOTHER_THING, both_ways, loud

import vardiff
from vardiff import Pair, Severity, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge.kinds import find_kinds

OTHER_PEOPLE = [
    # Under one specific category: "official", "politician", "caregiver", a trade.
    ("The judge rejected the request.", "The prosecutor rejected the request."),
    ("The mayor opened the new bridge.", "The governor opened the new bridge."),
    ("The surgeon said the operation went well.", "The nurse said the operation went well."),
    ("The plumber was trapped under the floor.", "The electrician was trapped under the floor."),
    # Roles with no close common parent at all.
    ("The pilot was killed in the crash.", "The passenger was killed in the crash."),
    ("A teacher was stabbed outside the school.", "A pupil was stabbed outside the school."),
    ("A soldier was wounded at the checkpoint.", "A policeman was wounded at the checkpoint."),
    # Kin terms written with hyphens are one word.
    ("His stepfather testified at the trial.", "His father-in-law testified at the trial."),
]  # fmt: skip

OTHER_THINGS = [
    ("A shark was spotted near the beach.", "A dolphin was spotted near the beach."),
    ("Thieves took a laptop and a camera.", "Thieves took a laptop and a watch."),
    ("The thieves escaped on a motorbike.", "The thieves escaped on a bicycle."),
    ("The injured were taken away by helicopter.", "The injured were taken away by ambulance."),
    ("The bags are made of plastic.", "The bags are made of paper."),
    ("The child died of malaria.", "The child died of cholera."),
    ("The rebels painted the walls red.", "The rebels painted the walls green."),
]  # fmt: skip

SAME_PEOPLE = [
    # A broad category just below "person": words a translator uses for one person.
    ("The journalist was detained at the border.", "The reporter was detained at the border."),
    ("Villagers said the river had burst.", "Residents said the river had burst."),
    ("The boss of the company resigned.", "The head of the company resigned."),
    # Synonyms, broader words.
    ("The physician was cleared of negligence.", "The doctor was cleared of negligence."),
    ("The researchers found traces of the virus.", "The scientists found traces of the virus."),
    ("The surgeon said the patient was recovering.", "The doctor said the patient was recovering."),
    # A compound the lexicon does not know may be the other word itself.
    ("The premier announced new elections.", "The prime minister announced new elections."),
    ("The shopkeeper said the thieves wore masks.", "The shop owner said the thieves wore masks."),
]  # fmt: skip

SAME_THINGS = [
    ("Soldiers found rifles in the cellar.", "Soldiers found weapons in the cellar."),
    ("A truck crashed into the barrier.", "A vehicle crashed into the barrier."),
    ("The flood destroyed two hundred houses.", "The flood destroyed two hundred homes."),
    ("Police found the car in a forest.", "Police found the automobile in a forest."),
    ("The jewellery was stolen from a safe.", "The jewelry was stolen from a safe."),
    ("Smoke rose from a grey building.", "Smoke rose from a gray building."),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b"), OTHER_PEOPLE + OTHER_THINGS)
def test_another_person_or_thing_is_loud_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert [h.check for h in loud(find_kinds(left, right))] in ANOTHER_THING, (left, right)


@pytest.mark.parametrize(("a", "b"), SAME_PEOPLE + SAME_THINGS)
def test_the_same_person_or_thing_named_otherwise_is_quiet_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        assert not loud(find_kinds(left, right)), (left, right)


def test_words_the_model_reads_as_one_are_not_other_roles() -> None:
    """ "professor" / "teacher" share a specific category ("educator"), but translators use
    them for one person; the model's word similarity (0.72) says so, "judge" / "prosecutor"
    (0.63) stay apart."""
    a, b = "The professor said the results were early.", "The teacher said the results were early."
    assert loud(find_kinds(a, b))
    assert not loud(find_kinds(a, b, similarity=lambda x, y: 0.72))
    a, b = "The judge rejected the request.", "The prosecutor rejected the request."
    assert loud(find_kinds(a, b, similarity=lambda x, y: 0.63))


def test_kin_terms_stay_apart_whatever_the_model_says() -> None:
    a, b = "Her cousin owns the shop.", "Her niece owns the shop."
    assert loud(find_kinds(a, b, similarity=lambda x, y: 0.9))


def attributions(a: str, b: str) -> list[str]:
    """The attribution rules that fire on the pair, judged without the model."""
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    findings = Judge(embedder=None).findings(build_context(pair, [a], [b]))
    return [f.check for f in findings if f.check.startswith("attribution.")]


def test_a_source_named_by_a_near_synonym_is_the_same_source() -> None:
    """The attribution check reads people as the kinds check does: "villagers" / "residents"
    (under "dweller") said the same thing; "judge" / "prosecutor" are other sources."""
    for left, right in both_ways("Villagers said the dam broke.", "Residents said the dam broke."):
        assert not attributions(left, right), (left, right)
    for left, right in both_ways("The judge said it was over.", "The prosecutor said it was over."):
        assert attributions(left, right) == ["attribution.changed"], (left, right)
    # A relative and anyone else are two people, whatever category holds both.
    for left, right in both_ways(
        "His wife said he was innocent.", "His lawyer said he was innocent."
    ):
        assert attributions(left, right) == ["attribution.changed"], (left, right)


# -- end to end, with the real model and the shipped calibration ------------------------------


def worst(a: str, b: str) -> Severity | None:
    report = vardiff.compare(a, b)
    return max((f.severity for f in report.findings()), default=None)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The judge rejected the defence's plea.", "The prosecutor rejected the defence's plea."),
        ("A farmer found the missing girl.", "A fisherman found the missing girl."),
        ("A bear attacked a hiker in the park.", "A wolf attacked a hiker in the park."),
        ("A shark was seen near the beach.", "A dolphin was seen near the beach."),
        # Compound nouns the lexicon knows, read as one word.
        ("The gunman opened fire with a machine gun.", "The gunman opened fire with a shotgun."),
        ("The chief executive officer resigned.", "The chief financial officer resigned."),
    ],
)  # fmt: skip
def test_another_role_or_thing_fails_the_gate_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        severity = worst(left, right)
        assert severity is not None and severity >= Severity.MEDIUM, (left, right, severity)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The journalist was detained at the border.", "The reporter was detained at the border."),
        ("The attackers were armed with pistols.", "The attackers were armed with guns."),
        ("The lorry overturned on the motorway.", "The truck overturned on the motorway."),
        ("The fire engine arrived within minutes.", "The fire truck arrived within minutes."),
        ("The prime minister called an election.", "The premier called an election."),
    ],
)  # fmt: skip
def test_the_same_role_or_thing_stays_low_both_ways(a: str, b: str) -> None:
    for left, right in both_ways(a, b):
        severity = worst(left, right)
        assert severity is None or severity <= Severity.LOW, (left, right, severity)
