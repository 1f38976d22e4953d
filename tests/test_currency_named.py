"""A country's money named by its currency's name or by a phrase ("the rouble" / "the Russian
currency", "Japan's currency" / "the yen") is one thing; another country's stays another."""

from __future__ import annotations

from _hits import assert_quiet_both_ways, checks_judged

from vardiff.judge._written import _currencies_of, _currency_reads


def test_a_currency_word_knows_its_countries() -> None:
    assert _currencies_of("shekel") == {"israel"}
    assert "turkey" in _currencies_of("lira")
    assert not _currencies_of("budget")


def test_the_currency_named_by_its_country_reads_alike() -> None:
    assert_quiet_both_ways(
        "The Israeli currency gained 2 percent after the central bank raised rates on Monday.",
        "The shekel gained 2 percent after the central bank raised rates on Monday.",
    )
    assert_quiet_both_ways(
        "Investors sold the currency of Turkey as inflation climbed again in March.",
        "Investors sold the lira as inflation climbed again in March.",
    )


def test_another_countrys_currency_is_not_read_alike() -> None:
    a = "The shekel gained 2 percent after the central bank raised rates on Monday."
    b = "The Egyptian currency gained 2 percent after the central bank raised rates on Monday."
    assert _currency_reads(a, b) == [] and _currency_reads(b, a) == []
    assert checks_judged(b, a)  # read as it stands: something is found
