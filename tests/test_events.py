"""A news event verb replaced by a verb of another outcome ("were killed" / "were injured"): the
events check (``event.outcome``), against honest verb rewordings of the same sentences.

Each pair is tried both ways round. The sentences are our own news-style probes, not items of
the benchmark sets.
"""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_not_judged_both_ways

from vardiff import Pair, Severity, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge.events import EVENT_FIELDS, find_events


def both_ways(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [p for a, b in pairs for p in ((a, b), (b, a))]


OTHER_OUTCOME = [
    ("Three people were killed in the blast.", "Three people were injured in the blast."),
    ("Two soldiers died in the attack.", "Two soldiers were wounded in the attack."),
    ("Police arrested the suspect on Monday.", "Police released the suspect on Monday."),
    ("The rebels kidnapped three aid workers.", "The rebels freed three aid workers."),
    ("He was charged with fraud.", "He was convicted of fraud."),
    ("The senate approved the bill.", "The senate blocked the bill."),
    ("Parliament postponed the treaty.", "Parliament ratified the treaty."),
    ("The storm destroyed 40 homes.", "The storm damaged 40 homes."),
    ("The army captured the city.", "The army lost the city."),
    ("Troops attacked the town at dawn.", "Troops seized the town at dawn."),
    ("The minister resigned.", "The minister was dismissed."),
    ("The minister stepped down on Friday.", "The minister was sacked on Friday."),
    ("The president appointed a new army chief.", "The president fired a new army chief."),
    ("The company launched the service in May.", "The company shut down the service in May."),
    # In or out of a market, jobs added or cut, for or against, believed or proven.
    ("Three countries withdrew from the treaty.", "Three countries joined the treaty."),
    ("The retailer pulled out of China.", "The retailer moved into China."),
    ("The firm hired 200 workers.", "The firm laid off 200 workers."),
    ("The carmaker will recruit 500 engineers.", "The carmaker will cut 500 engineers."),
    ("The union backed the proposal.", "The union opposed the proposal."),
    ("Most senators endorsed the nominee.", "Most senators voted against the nominee."),
    ("Scientists believe the drug works.", "Scientists have proven the drug works."),
    ("Police suspect the fire was arson.", "Police have established the fire was arson."),
]

SAME_EVENT = [
    ("Three people were killed in the blast.", "Three people died in the blast."),
    ("Three people were killed in the blast.", "Three people were slain in the blast."),
    ("Two soldiers were wounded in the attack.", "Two soldiers were injured in the attack."),
    ("Police arrested the suspect on Monday.", "Police detained the suspect on Monday."),
    ("Police held the suspect for two days.", "Police detained the suspect for two days."),
    ("The rebels freed the hostages.", "The rebels released the hostages."),
    ("He was found guilty of fraud.", "He was convicted of fraud."),
    ("The court cleared the former mayor.", "The court acquitted the former mayor."),
    ("The senate approved the bill.", "The senate passed the bill."),
    ("The storm destroyed 40 homes.", "The storm razed 40 homes."),
    ("The army captured the city.", "The army seized the city."),
    ("The army took the city.", "The army captured the city."),
    ("The minister resigned.", "The minister stepped down."),
    ("The minister was dismissed.", "The minister was fired."),
    ("The government named a new envoy.", "The government appointed a new envoy."),
    ("The company opened a plant in Ohio.", "The company launched a plant in Ohio."),
    ("The talks began on Monday.", "The talks opened on Monday."),
    # Verbs outside the fields, or the lexicon's synonyms and broader words.
    ("The minister said the talks failed.", "The minister stated the talks failed."),
    ("The company bought the firm.", "The company acquired the firm."),
    ("The party held a congress in May.", "The party organized a congress in May."),
    ("Firefighters rescued 20 residents.", "Firefighters evacuated 20 residents."),
    ("The proposal drew criticism.", "The proposal won criticism."),
    ("He withdrew money from the bank.", "He took money from the bank."),
    ("The firm laid off 200 workers.", "The firm cut 200 jobs."),
    ("The firm fired 200 workers.", "The firm laid off 200 workers."),
    ("The carmaker will recruit 500 engineers.", "The carmaker will hire 500 engineers."),
    ("He joined the company in 2010.", "He entered the company in 2010."),
    ("He left the company in 2010.", "He quit the company in 2010."),
    ("Troops withdrew from the city.", "Troops pulled out of the city."),
    ("Britain left the European Union in 2020.", "Britain exited the European Union in 2020."),
    ("The senator backed the bill.", "The senator supported the bill."),
    ("Residents fought the plan.", "Residents opposed the plan."),
    ("Scientists believe the drug works.", "Scientists think the drug works."),
    ("The study shows that the vaccine is safe.", "The study confirms that the vaccine is safe."),
    ("Officials said the report was accurate.", "Officials confirmed the report was accurate."),
    # One event told from its other end.
    ("The army took the city from the rebels.", "The rebels lost the city to the army."),
    # A negation on one side turns the verb back: the polarity check's business.
    ("The senate did not approve the bill.", "The senate blocked the bill."),
    # Both outcomes told on both sides, in other clauses.
    (
        "Police arrested two men and released a woman.",
        "Two men were arrested and a woman was released by police.",
    ),
    (
        "The bomb killed three people and injured ten.",
        "Three people died and ten were hurt in the bombing.",
    ),
    (
        "The minister, appointed in May, resigned on Tuesday.",
        "The minister, who stepped down on Tuesday, had been named in May.",
    ),
    (
        "Rebels seized the airport, and government troops abandoned the base nearby.",
        "Government troops abandoned the nearby base, and rebels took the airport.",
    ),
]

# Independent translations: the verbs stand in differently worded clauses, the diff does not
# pair them (or pairs them with other words), a participant of the event stands by both.
REWRITTEN = [
    (
        "At least 12 people were killed when a bus plunged into a ravine in Peru, police said.",
        "Police said at least 12 people were injured when a bus fell into a gorge in Peru.",
    ),
    (
        "Authorities arrested the opposition leader at his home late on Tuesday.",
        "The opposition leader was released from his home late Tuesday, authorities said.",
    ),
    (
        "The European Parliament on Wednesday approved a law banning new petrol cars.",
        "On Wednesday the European Parliament blocked legislation that bans new petrol cars.",
    ),
    (
        "The earthquake destroyed more than 200 buildings in the old city.",
        "More than 200 buildings in the old city were damaged by the earthquake.",
    ),
    ("The suspect was arrested by police.", "Police released the suspect."),
]


@pytest.mark.parametrize(("a", "b"), both_ways(OTHER_OUTCOME))
def test_another_outcome_is_found_both_ways(a: str, b: str) -> None:
    hits = find_events(a, b)
    assert [h.check for h in hits] == ["event.outcome"], (a, b, hits)
    assert "another outcome" in hits[0].message


@pytest.mark.parametrize(("a", "b"), both_ways(REWRITTEN))
def test_another_outcome_in_a_rewritten_clause_is_found_both_ways(a: str, b: str) -> None:
    hits = find_events(a, b)
    assert len(hits) == 1 and hits[0].check.startswith("event."), (a, b, hits)


@pytest.mark.parametrize(("a", "b"), both_ways(SAME_EVENT))
def test_the_same_event_in_other_words_is_quiet(a: str, b: str) -> None:
    assert find_events(a, b) == [], (a, b)


def test_opposites_are_left_to_the_opposites_check() -> None:
    # "convicted" / "acquitted", "opened" / "closed" are in the fields, but WordNet's antonyms.
    assert not find_events("The court convicted the mayor.", "The court acquitted the mayor.")
    assert not find_events("The company opened a plant.", "The company closed a plant.")


def test_a_verb_changed_inside_a_quote_is_the_quote_checks() -> None:
    a = 'The mayor said: "Three people were killed."'
    b = 'The mayor said: "Three people were injured."'
    assert not find_events(a, b)


def test_no_verb_stands_in_two_sets_of_one_field() -> None:
    # A verb in two sets of a field would make one outcome two.
    for field, groups in EVENT_FIELDS.items():
        seen = [verb for group in groups for verb in group]
        assert len(seen) == len(set(seen)), field


def test_another_outcome_fails_the_gate_and_explains_the_wording() -> None:
    # Holds under the shipped calibration: event.outcome has no fitted rule (no dev pair has
    # one), so it keeps its prior on the checks' scale.
    a, b = OTHER_OUTCOME[0]
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    findings = Judge(embedder=None).findings(build_context(pair, [a], [b]))
    assert [f.check for f in findings] == ["event.outcome"], findings
    assert findings[0].severity >= Severity.MEDIUM
    assert (findings[0].a, findings[0].b) == ("killed", "injured")


def test_another_outcome_in_a_rewritten_clause_fails_the_gate() -> None:
    # Under the shipped calibration event.placed has no fitted rule either: its prior stands.
    a, b = REWRITTEN[1]
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    findings = Judge(embedder=None).findings(build_context(pair, [a], [b]))
    placed = [f for f in findings if f.check.startswith("event.")]
    assert placed and placed[0].severity >= Severity.MEDIUM, findings
    assert (placed[0].a, placed[0].b) == ("arrested", "released")


# The state an outcome leaves people in, told by an adjective: "dead", "missing".
STATE_OTHER_OUTCOME = [
    (
        "Four fishermen were among the dead after the ferry capsized, the coastguard said.",
        "Four fishermen were among the injured after the ferry capsized, the coastguard said.",
    ),
    (
        "The landslide left six villagers dead, local officials said on Sunday.",
        "The landslide left six villagers injured, local officials said on Sunday.",
    ),
    (
        "At least 9 people are dead and 15 missing after the flood, the governor said.",
        "At least 9 people are dead and 15 injured after the flood, the governor said.",
    ),
    (
        "Five hikers were reported missing in the storm on Saturday.",
        "Five hikers were reported killed in the storm on Saturday.",
    ),
]
STATE_SAME_OUTCOME = [
    (
        "The dead included a nurse and her son, the hospital said.",
        "Those killed included a nurse and her son, the hospital said.",
    ),
    (
        "Two sailors are still missing after the collision, the navy said.",
        "Two sailors are still unaccounted for after the collision, the navy said.",
    ),
    # Not people's state: a thing that is lost, a verb's form, a phrase of its own.
    ("Police found the missing jewels in a van.", "Police found the stolen jewels in a van."),
    (
        "The council is missing its housing target again.",
        "The council is meeting its housing target again.",
    ),
    ("The talks reached a dead end on Friday.", "The talks reached an impasse on Friday."),
]


@pytest.mark.parametrize(("a", "b"), STATE_OTHER_OUTCOME)
def test_a_state_of_people_told_by_an_adjective_is_an_outcome(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), STATE_SAME_OUTCOME)
def test_the_same_state_or_no_state_of_people_is_no_other_outcome(a: str, b: str) -> None:
    assert_not_judged_both_ways(a, b, "event.outcome")
    assert_not_judged_both_ways(a, b, "event.placed")
