"""Two ideas, acts or states of one specific kind ("cough" / "sneeze": two symptoms; "sonnet" /
"haiku": two verse forms) are another thing, as two concrete siblings are; under a broad parent
("support" / "hold" under "activity") they stay the looser, quiet verdict."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_judged_both_ways,
    assert_model_fails_both_ways,
    assert_not_judged_both_ways,
    assert_quiet_both_ways,
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Pupils at the village school were sent home after several of them began coughing "
            "during morning lessons.",
            "Pupils at the village school were sent home after several of them began sneezing "
            "during morning lessons.",
        ),
        (
            "Her first collection, written while she nursed her mother, opens with a sonnet "
            "about the river that runs past the house.",
            "Her first collection, written while she nursed her mother, opens with a haiku "
            "about the river that runs past the house.",
        ),
        (
            "Dock workers in three ports called a strike on Monday after talks over pay and "
            "night shifts broke down.",
            "Dock workers in three ports called a boycott on Monday after talks over pay and "
            "night shifts broke down.",
        ),
        (
            "Farming employs a third of the region's workers, according to the census published "
            "on Thursday.",
            "Mining employs a third of the region's workers, according to the census published "
            "on Thursday.",
        ),
    ],
)
def test_two_members_of_one_specific_kind_are_another_thing(a: str, b: str) -> None:
    assert_judged_both_ways(a, b, "kind.sibling_abstract")
    assert_fails_both_ways(a, b)


def test_siblings_under_a_broad_parent_stay_the_looser_verdict() -> None:
    a = "The charity said the grant would give local families much-needed support this winter."
    b = "The charity said the grant would give local families a much-needed hold this winter."
    assert_not_judged_both_ways(a, b, "kind.sibling_abstract")
    assert_judged_both_ways(a, b, "kind.cohyponym_abstract")


def test_a_synonym_of_the_same_kind_stays_quiet() -> None:
    a = "The former treasurer was charged with theft after auditors found gaps in the accounts."
    b = "The former treasurer was charged with larceny after auditors found gaps in the accounts."
    assert_not_judged_both_ways(a, b, "kind.sibling_abstract")
    assert_quiet_both_ways(a, b)


def test_with_the_model_two_symptoms_fail_the_gate() -> None:
    assert_model_fails_both_ways(
        "Doctors said the patient arrived with a persistent cough and was kept in overnight.",
        "Doctors said the patient arrived with a persistent sneeze and was kept in overnight.",
    )
