"""A verb left out where the rest of the sentence is worded otherwise on both sides (issues 7
and 8: DEMETR's removed verbs with no finding of their own), read in B alone: a subordinate
clause whose subject meets no verb ("Because the bridge north of the river,"), "do not" before
an object, a subject pronoun before an object pronoun or an amount, a modal before an amount, a
quotation whose speaker has no verb, a full sentence with no finite verb. Against the English
that looks alike and must stay quiet: a reduced clause ("While a student at Oxford,"),
"because of", a contraction that carries the verb ("It's best to"), a misspelt verb, a
quotation with its verb.

The sentences are written for these tests, in the style of news copy; none comes from the dev
sets. Without the model; the severities are under the shipped calibration.
"""

from __future__ import annotations

import pytest
from _hits import checks_judged

from vardiff import Severity
from vardiff.judge.removal import broken_marks


def _sure_verb_marks(text: str) -> set[str]:
    return {m.key for m in broken_marks(text) if m.sure and m.kind == "verb"}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Because the bridge lies north of the river, traffic is light in the old town.",
            "Because the bridge north of the river, traffic is light in the old town.",
        ),
        (
            "When the council receives a complaint, it opens an inquiry within a week.",
            "When the council a complaint, it opens an inquiry within a week.",
        ),
        (
            "The strikers did not accept the offer the board made on Friday.",
            "The strikers did not the offer the board made on Friday.",
        ),
        (
            "He missed three matches last season because of a knee injury.",
            "He three matches last season because of a knee injury.",
        ),
        (
            "They sold it to a private buyer for an undisclosed sum.",
            "They it to a private buyer for an undisclosed sum.",
        ),
        (
            "Heating prices may rise 12 percent this winter, the regulator warned.",
            "Heating prices may 12 percent this winter, the regulator warned.",
        ),
        (
            '"We will rebuild the school before spring," said Maria Lopez, the head teacher.',
            '"We will rebuild the school before spring," Maria Lopez, the head teacher.',
        ),
        (
            "Officials hope to reopen the coastal road by Monday evening.",
            "Officials to reopen the coastal road by Monday evening.",
        ),
        # A name, then where or when, then what was said; a name before its object.
        (
            "The prime minister said on Monday that the fuel tax would rise in spring.",
            "Interior Minister Jonas Berg on Monday that the fuel tax would rise in spring.",
        ),
        (
            "The airline employs 12,000 people and flies to 40 cities.",
            "Nordair 12,000 people and flies to 40 cities.",
        ),
        (
            "If one day we decide to leave the club, we will tell the fans first.",
            "If one day we to leave the club, we will tell the fans first.",
        ),
        # "have" before a clause of its own; "who" before a phrase and no verb.
        (
            "Researchers have found that older drivers are more careful at night.",
            "Researchers have that older drivers are more careful at night.",
        ),
        (
            "The festival is run by volunteers who live in the old town.",
            "The festival is run by volunteers who in the old town.",
        ),
    ],
)
def test_a_verb_dropped_in_a_reworded_sentence_fails_the_gate(a: str, b: str) -> None:
    assert _sure_verb_marks(b) - _sure_verb_marks(a)
    judged = checks_judged(a, b)
    assert any(c.startswith("removal.") and s >= Severity.MEDIUM for c, s in judged), judged


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A reduced clause, "because of", "when in doubt".
        (
            "While she was a student at Oxford, she founded a newspaper.",
            "While a student at Oxford, she founded a newspaper.",
        ),
        (
            "If they are in doubt, the crew call the control tower.",
            "When in doubt, the crew call the control tower.",
        ),
        (
            "The flight was cancelled as a result of the storm.",
            "Because of the storm, the flight was cancelled.",
        ),
        # Contractions carry the verb; "not only" joins two objects.
        (
            "Better stay away from the river banks after the flood.",
            "It's best to stay away from the river banks after the flood.",
        ),
        (
            "I want to thank the volunteers for their work this year.",
            "I'd like to thank the volunteers for their work this year.",
        ),
        (
            "The firm sells cars and repairs them as well.",
            "The firm does not only the selling of cars but repairs them too.",
        ),
        # A misspelt verb is still there; a quotation with its verb.
        (
            "The ruling party kept its majority in the elections.",
            "The ruling party maintined its majority in the elections.",
        ),
        (
            '"We will rebuild the school before spring," the head teacher said.',
            '"The school will be rebuilt before spring," said the head teacher.',
        ),
        # A name's number; a relative clause after a name and where.
        (
            "The mission that landed on the Moon in July 1969 was Apollo 11.",
            "Apollo 11 landed on the Moon in July 1969, carrying three astronauts.",
        ),
        (
            "The airline's 12,000 staff fly to 40 cities.",
            "Nordair's 12,000 staff fly to 40 cities.",
        ),
        # "that" as a determiner after "has"; "who" with its verb after a phrase.
        (
            "The measure has this effect on prices in the north.",
            "The measure has that effect on prices in the north.",
        ),
        (
            "The nurses who later trained the others were praised.",
            "The nurses who in turn trained the others were praised.",
        ),
        # An infinitive after a finite verb.
        (
            "Officials hope to reopen the coastal road by Monday evening.",
            "Officials expect to reopen the coastal road by Monday evening.",
        ),
    ],
)
def test_english_without_a_dropped_verb_leaves_no_new_sure_gap(a: str, b: str) -> None:
    assert not _sure_verb_marks(b) - _sure_verb_marks(a)
    judged = checks_judged(a, b)
    assert not any(c in {"removal.gap", "removal.broken"} for c, _ in judged), judged
