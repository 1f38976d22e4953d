"""A place's people, or what pertains to a place, named by its demonym on one side and by the
place on the other ("Britons" / "people in Britain", "a Martian crater" / "a crater on Mars"):
one referent, quiet; another place's demonym stays another referent (issue 7). Model-free."""

from __future__ import annotations

import pytest
from _hits import assert_fails_both_ways, assert_quiet_both_ways

from vardiff._entities import people_of_place


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Britons took a record number of holidays abroad last summer.",
            "People in Britain took a record number of holidays abroad last summer.",
        ),
        (
            "Many Parisians avoided the metro during the strike.",
            "Many residents of Paris avoided the metro during the strike.",
        ),
        (
            "Muscovites queued in the snow to see the paintings.",
            "People in Moscow queued in the snow to see the paintings.",
        ),
        (
            "The orbiter mapped a Martian valley carved by ancient floods.",
            "The orbiter mapped a valley on Mars carved by ancient floods.",
        ),
    ],
)
def test_a_demonym_and_its_place_name_one_referent(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "Many Parisians avoided the metro during the strike.",
            "Many Berliners avoided the metro during the strike.",
        ),
        (
            "The orbiter mapped a Martian valley carved by ancient floods.",
            "The orbiter mapped a valley on Venus carved by ancient floods.",
        ),
    ],
)
def test_another_places_demonym_is_another_referent(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_the_table_reads_plurals_and_every_name_of_the_place() -> None:
    assert people_of_place("Britons", "Britain")
    assert people_of_place("Briton", "United Kingdom")
    assert people_of_place("Londoners", "London")
    assert not people_of_place("Londoners", "Paris")
    assert not people_of_place("Paris", "Parisian")  # a place is no demonym of its own people
