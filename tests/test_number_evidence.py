"""The numbers check's evidence: what a changed amount counts, and how loosely it is said."""

from __future__ import annotations

from vardiff import Pair, word_diff
from vardiff.judge import PairContext, build_context
from vardiff.judge.numbers import check_numbers


def context(a: str, b: str) -> PairContext:
    pair = Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    return build_context(pair, [a], [b])


def evidence(a: str, b: str) -> list[tuple[str, str, str, dict[str, float | str]]]:
    return [(f.check, f.a, f.b, dict(f.evidence)) for f in check_numbers(context(a, b))]


def test_a_count_of_the_same_thing_changed_is_said_so() -> None:
    [(check, a, b, found)] = evidence(
        "Police arrested five persons on Monday.", "Police arrested four individuals on Monday."
    )
    assert (check, a, b) == ("number.changed", "five", "four")
    assert found["same_thing"] == 1.0 and found["loose"] == 0.0


def test_one_said_for_a_is_a_loose_amount() -> None:
    [(_, _, _, found)] = evidence("One man was hurt.", "Two men were hurt.")
    assert found["loose"] == 1.0


def test_amounts_pair_up_by_what_they_count() -> None:
    found = evidence(
        "He spent three days there with 40 guards.", "He spent 60 guards there for four days."
    )
    assert [(a, b) for _, a, b, _ in found] == [("three", "four"), ("40", "60")]


def test_a_century_in_words_and_in_digits_pair_up() -> None:
    [(check, a, b, found)] = evidence(
        "Built in the third century BCE.", "Built in the 23rd century BC."
    )
    assert (check, a, b) == ("number.changed", "third", "23rd")
    assert found["same_thing"] == 1.0


def test_a_changed_number_in_a_name_is_a_changed_number() -> None:
    [(check, a, b, found)] = evidence(
        "It works with 802.11g radios.", "It works with 802.22g radios."
    )
    assert (check, a, b) == ("number.changed", "802.11g", "802.22g")
    assert found["digits"] == 1.0


def test_a_noun_that_qualifies_the_other_sides_head_counts_the_same_thing() -> None:
    found = evidence(
        "There were 146,460 death cases in total.", "There were 146,460 deaths in total."
    )
    assert [check for check, _, _, _ in found] == ["number.same_thing"]


def test_a_day_pairs_with_a_day_before_amounts_in_order() -> None:
    found = evidence(
        "It may end as early as the 28th (Tue).", "It may end as early as Tuesday, the 25th."
    )
    assert [(a, b) for check, a, b, _ in found if check == "number.changed"] == [("28th", "25th")]


def _both_ways(a: str, b: str) -> list[str]:
    return [f.check for f in check_numbers(context(a, b)) + check_numbers(context(b, a))]


def test_one_where_the_other_side_has_the_article_is_no_amount_changed() -> None:
    assert not _both_ways(
        "The agreement brings the two sides one step closer to peace.",
        "The agreement brings the two sides a step closer to peace.",
    )
    assert not _both_ways(
        "One antibody cocktail showed promise in early trials.",
        "An antibody cocktail showed promise in early trials.",
    )


def test_one_for_a_person_or_a_whole_is_no_amount() -> None:
    assert not _both_ways(
        "If one were to cut the subsidy, prices would rise.",
        "If the subsidy were cut, prices would rise.",
    )
    assert not _both_ways(
        "The two opposition parties will merge into one.",
        "The two opposition parties will merge.",
    )


def test_one_that_counts_is_still_checked() -> None:
    assert _both_ways("One soldier was killed.", "Two soldiers were killed.") == [
        "number.changed",
        "number.changed",
    ]
    assert "number.dropped" in _both_ways(
        "The army sent one battalion to the border.", "The army sent troops to the border."
    )


def test_a_figure_added_is_a_rule_of_its_own_and_a_word_amount_is_not() -> None:
    # A figure in digits B adds is a fact of B's own; "one" put in is as often an article.
    assert [c for c, *_ in evidence("The plant will close.", "About 600 workers will lose jobs.")
            if c.startswith("number.")] == ["number.figure_added"]  # fmt: skip
    assert [c for c, *_ in evidence("A man was hurt.", "One man was hurt.")] == []
    assert [c for c, *_ in evidence("Men were hurt.", "Hundreds of men were hurt.")] == [
        "number.added"
    ]


def test_a_number_joined_to_a_name_and_an_ordinal_range_read_alike() -> None:
    # "Russia 1" / "Russia-1": one channel's name; "10th-11th" holds both ordinals, as
    # "10th–11th" does.
    assert evidence("It aired on the channel Russia-1.", "It aired on the Russia 1 channel.") == []
    assert evidence("It aired on the Russia 1 channel.", "It aired on the channel Russia-1.") == []
    assert [c for c, *_ in evidence("It peaked in the 10th-11th centuries.",
                                    "It peaked in the 10th–11th centuries.")] == []  # fmt: skip
    assert [c for c, *_ in evidence("It peaked in the 10th-11th centuries.",
                                    "It peaked in the 10th–12th centuries.")] == [
        "number.changed"
    ]  # fmt: skip
