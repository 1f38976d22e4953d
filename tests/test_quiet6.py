"""Harmless variation the judge read as drift, each a class of English: a court named by its
rung in other words ("the country's highest court" / "the Supreme Court") or with a state's
style in its name ("the Supreme People's Court" / "the Supreme Court"); an adverb in "-ly" for
the noun or adjective it is spelt from ("in public" / "publicly", "a month" / "monthly"); a
denial said by the other half of a field ("not final" / "preliminary") read once more as two
things of one sort; one Chinese name in the Hong Kong or Wade-Giles romanisation and in Pinyin
("Christopher Hui Ching-yu" / "Xu Zhengyu", "Tsai Ing-wen" / "Cai Yingwen"); a body's title
worded another way read as another name for a place named besides ("the Ministry of Internal
Affairs" / "the Ministry of Interior ... in Warsaw"). Each is tested both ways: the harmless
rewording stays quiet, the change beside it is still found (no model)."""

from __future__ import annotations

import pytest
from _hits import both_ways, checks_judged

from vardiff import Severity


def _loud(a: str, b: str, prefix: str = "") -> list[tuple[str, Severity]]:
    return [(c, s) for c, s in checks_judged(a, b) if c.startswith(prefix) and s >= Severity.MEDIUM]


# --- A court by its rung, in other words or with a state's style in its name.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The country's highest court upheld the ban on Monday.",
         "The Supreme Court upheld the ban on Monday."),
        ("The top court rejected the appeal.", "The Supreme Court rejected the appeal."),
        ("The Supreme People's Court upheld the sentence.",
         "The Supreme Court upheld the sentence."),
        ("The Federal Supreme Court dismissed the case.", "The Supreme Court dismissed the case."),
    ],
)  # fmt: skip
def test_one_court_named_two_ways_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y) == [], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another rung: another court ruled.
        ("The country's highest court upheld the ban on Monday.",
         "The appeals court upheld the ban on Monday."),
        ("The Supreme People's Court upheld the sentence.",
         "The Intermediate People's Court upheld the sentence."),
        # The same style word outside a court's name: another country, another bank.
        ("Delegates of the Democratic People's Republic of Korea arrived on Monday.",
         "Delegates of the Republic of Korea arrived on Monday."),
        ("The People's Bank of China cut interest rates.", "The Bank of China cut interest rates."),
    ],
)  # fmt: skip
def test_another_court_or_body_is_still_found(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y), (x, y)


# --- An adverb in "-ly" says the word it is spelt from.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He criticised the plan in public on Monday.",
         "He publicly criticised the plan on Monday."),
        ("With a salary of more than 5,000 yuan a month, she is motivated.",
         "With a monthly salary of more than 5,000 yuan, she is motivated."),
        ("The minister apologised in person to the families.",
         "The minister personally apologised to the families."),
    ],
)  # fmt: skip
def test_an_adverb_says_its_base_word(a: str, b: str) -> None:
    # No word lost or added at any severity: a refit may raise a low finding to the gate.
    for x, y in both_ways(a, b):
        found = [c for c, _ in checks_judged(x, y) if c.startswith(("removal.", "addition."))]
        assert found == [], (x, y, found)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("He criticised the plan in public on Monday.", "He criticised the plan on Monday."),
        ("With a salary of more than 5,000 yuan a month, she is motivated.",
         "With a salary of more than 5,000 yuan, she is motivated."),
    ],
)  # fmt: skip
def test_the_word_left_out_altogether_is_still_found(a: str, b: str) -> None:
    assert _loud(a, b), (a, b)


# --- A denial said by the other half of a field.


def test_a_denial_said_by_the_other_half_carries_no_kind_finding() -> None:
    for x, y in both_ways("The figures are not final.", "The figures are preliminary."):
        found = checks_judged(x, y)
        assert not [c for c, _ in found if c.startswith("kind.")], (x, y, found)


def test_the_other_half_without_the_denial_is_still_found() -> None:
    for x, y in both_ways("The figures are final.", "The figures are preliminary."):
        assert _loud(x, y), (x, y)


# --- One Chinese name in two romanisations.


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Christopher Hui Ching-yu said he is optimistic about the economy.",
         "Xu Zhengyu said he is optimistic about the economy."),
        ("Tsai Ing-wen said the island would defend itself.",
         "Cai Yingwen said the island would defend itself."),
        ("On Monday, John Lee Ka-chiu met the delegation.",
         "On Monday, Li Jiachao met the delegation."),
    ],
)  # fmt: skip
def test_one_chinese_name_in_two_romanisations_is_quiet(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y) == [], (x, y)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another family name, another given name, another person altogether.
        ("Christopher Hui Ching-yu said he is optimistic about the economy.",
         "Li Zhengyu said he is optimistic about the economy."),
        ("Christopher Hui Ching-yu said he is optimistic about the economy.",
         "Xu Wenbo said he is optimistic about the economy."),
        ("Tsai Ing-wen said the island would defend itself.",
         "Ma Yingjiu said the island would defend itself."),
        ("On Monday, John Lee Ka-chiu met the delegation.",
         "On Monday, Zhang Wei met the delegation."),
    ],
)  # fmt: skip
def test_another_chinese_name_is_still_found(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y), (x, y)


def test_pinyin_is_cut_into_its_syllables() -> None:
    from vardiff.judge._romanised import _pinyin

    assert _pinyin("Zhengyu") == ("zheng", "yu")
    assert _pinyin("Yingwen") == ("ying", "wen")
    assert _pinyin("Kohli") is None
    assert _pinyin("Trump") is None


# --- A body's title worded another way is no rendering of a name the other side adds.


def test_a_title_reworded_beside_a_place_named_is_no_other_name() -> None:
    a = (
        "A few days later, in the hospital of the Ministry of Internal Affairs and "
        "Administration, Kornel Morawiecki underwent serious surgery."
    )
    b = (
        "A few days later, in the hospital of the Ministry of Interior and Administration in "
        "Warsaw, Kornel Morawiecki underwent a major operation."
    )
    assert _loud(a, b, "entity.") == [], (a, b)
    # The place left out on the other side is still found.
    assert _loud(b, a, "entity."), (b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("The Foreign Ministry spokesman spoke in Beijing on Monday.",
         "The Foreign Ministry spokesman spoke in Warsaw on Monday."),
        ("On July 17, the Jiangxi Finance Department released 60 million yuan.",
         "On July 17, the Hunan Finance Department released 60 million yuan."),
    ],
)  # fmt: skip
def test_another_place_is_still_another_name(a: str, b: str) -> None:
    for x, y in both_ways(a, b):
        assert _loud(x, y, "entity."), (x, y)
