"""Words of another language left untranslated: loud where a word of the translation is not
English, quiet for typos, loanwords, names and what both sides keep. Short news-style pairs,
both directions, without the model; the severities are under the shipped calibration."""

from __future__ import annotations

import pytest

from vardiff import Pair, Severity, word_diff
from vardiff.judge import Judge, build_context
from vardiff.judge.foreign import check_foreign, foreign_words, is_english


def _judged(a: str, b: str) -> list[tuple[str, Severity]]:
    return [(f.check, f.severity) for f in Judge(embedder=None).judge(_pair(a, b))]


@pytest.mark.parametrize(
    ("a", "b", "word"),
    [
        ("The bridge was built in 1990.", "The bridge was gebaut in 1990.", "gebaut"),
        (
            "The president met the ministers on Monday.",
            "The presidente met the ministers on Monday.",
            "presidente",
        ),
        (
            "Police said the suspect had been arrested.",
            "Police said the suspect had been zatrzymany.",
            "zatrzymany",
        ),
        ("Prices rose again last month.", "Prices rose again le mois dernier.", "dernier"),
        ("The vote was postponed until spring.", "The vote was postponed until wiosna.", "wiosna"),
        # A cognate two letters longer than a word of the other side is no slip of the keys.
        (
            "The term refers to the central region of the island.",
            "The term refers to the zentralen region of the island.",
            "zentralen",
        ),
        # A cognate of a word of the other side that differs in two letters: in its ending
        # ("statistiky" / "statistics") or, in a short word, anywhere ("sistema" / "system").
        (
            "The statistics show a fall in crime.",
            "The statistiky show a fall in crime.",
            "statistiky",
        ),
        ("The system failed twice.", "The sistema failed twice.", "sistema"),
        # One letter short of a rare English word ("stator"), and a long word with accents.
        ("The show began at 20:30.", "The stato began at 20:30.", "stato"),
        (
            "Managers struggle with making evaluation decisions.",
            "Managers struggle with making évaluations decisions.",
            "évaluations",
        ),
    ],
)
def test_a_word_left_in_another_language_fails_the_gate(a: str, b: str, word: str) -> None:
    assert foreign_words(b, a) == [word]
    [finding] = check_foreign(build_context(_pair(a, b), [a], [b]))
    assert finding.b == word and "another language" in finding.message
    assert ("artifact.untranslated", Severity.MEDIUM) in _judged(a, b)
    # The other way round: the foreign word is in A, the English in B.
    assert ("artifact.untranslated", Severity.MEDIUM) in _judged(b, a)


def test_the_finding_names_the_words_it_stands_for() -> None:
    a, b = "The company reported higher profits.", "The company reported higher Gewinne."
    assert foreign_words(b, a) == []  # capitalised: it may be a name
    a, b = "The storm destroyed several houses.", "The storm destroyed several maisons."
    [finding] = check_foreign(build_context(_pair(a, b), [a], [b]))
    assert (finding.a, finding.b) == ("houses", "maisons")
    assert '"houses"' in finding.message


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Typos: a letter missing, two swapped, one too many.
        ("Officials found the documents.", "Officials foudn the documents."),
        ("The accident happened at night.", "The acident happened at night."),
        ("The plan will include new roads.", "The plan will includ new roads."),
        ("It was especially cold.", "It was expecially cold."),
        ("The numbers were published.", "The munbers were published."),
        ("Prices rose quickly.", "Prices rose quicklyu."),
        ("The ministry published the figures.", "The minstry published the figures."),
        # Two slips in a long word, one of them before its ending.
        ("It marked the beginnings of reform.", "It marked the begginings of reform."),
        # Loanwords and phrases English keeps, words the other side has too.
        ("The talks were a failure.", "The talks were a fiasco per se."),
        ("She opened a café in the town.", "She opened a cafe in the town."),
        ("He thanked the team for the debut.", "He thanked the team for the début."),
        ("The film La dolce vita was shown.", "The film La dolce vita was screened."),
        # Words the lexicon lacks but English forms: derivations, compounds, contractions.
        ("Unsurprisingly, sales fell.", "Not surprisingly, sales fell."),
        ("Sales of phones rose.", "Sales of smartphones rose."),
        ("They could not come.", "They couldnt come."),
        # A coinage on a Greek or Latin form, a typo of a number word, a name in lower case
        # with its possessive.
        ("The park has 14 ecological zones.", "The park has 14 ecozones."),
        ("The talks lasted three days.", "The talks lasted threee days."),
        ("Israel's missile shield held.", "israel's missile shield held."),
        # A name whose later parts are written in lower case after a hyphen.
        ("President Yoon met Kim on Monday.", "President Yoon Suk-yeol met Kim Jong-un on Monday."),
        # Web addresses and a text in lower case throughout (its names are lower case too).
        ("See the site for details.", "See www.stadtwerke.de for details."),
        ("Talks in Geneva ended.", "talks in geneva ended with zhengyu."),
    ],
)
def test_typos_loanwords_and_english_words_stay_quiet(a: str, b: str) -> None:
    assert foreign_words(b, a) == []
    assert foreign_words(a, b) == []


def test_english_words_the_lexicon_lacks_are_english() -> None:
    assert all(map(is_english, ["whereas", "themselves", "albeit", "lockdown", "reassessment"]))
    # A prefix of place or degree before a short verb: seed 000's "trying to outgun each other".
    assert all(map(is_english, ["outgun", "outrun", "overdo", "underpay"]))
    # A suffix that opens with a vowel takes the base's final "e".
    assert all(map(is_english, ["parasitize", "modernize", "excusable"]))
    # A verb made with "-ise" / "-ize" from a noun or an adjective, inflected, in either
    # spelling: the noun's final "-e" or "-y" taken by the suffix.
    assert all(
        map(is_english, ["incentivised", "securitised", "operationalising", "securitization"])
    )
    assert not any(map(is_english, ["wurden", "przez", "siempre", "gobierno", "stále"]))
    assert not any(map(is_english, ["tokenisiert", "analysiert", "kuppise"]))


def _pair(a: str, b: str) -> Pair:
    return Pair(
        a=(0,), b=(0,), similarity=0.9, status="changed", a_text=a, b_text=b,
        ops=word_diff(a, b),
    )  # fmt: skip
