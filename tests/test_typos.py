"""A slip of the keys in B is read, by every check, as the word of A it slips from; the typo
itself is shown once, quietly. Real changes that look like slips stay changes."""

from __future__ import annotations

import pytest
from _hits import checks_judged, judged

from vardiff import Pair, Severity, word_diff
from vardiff.judge import build_context
from vardiff.judge._lexicon import lexicon
from vardiff.judge._typos import Typo, typos


def _loudest(a: str, b: str) -> Severity:
    return max((severity for _, severity in checks_judged(a, b)), default=Severity.INFO)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # A number word, a title, a negated adjective, a source: each mistyped.
        ("The fire destroyed five thousand homes last year.",
         "The fire destroyed five thosand homes last year."),
        ("The visit of President Biden ended on Monday.",
         "The visit of Presdent Biden ended on Monday."),
        ("He was unable to attend the meeting in Paris.",
         "He was uable to attend the meeting in Paris."),
        ("The new drug works, scientists said on Tuesday.",
         "The new drug works, scintists said on Tuesday."),
        ("Officials said the bridge was reopened in May.",
         "Officials said the bridge was reopned in May."),
        ("Officials said a deal was unlikely before the summer.",
         "Officials said a deal was ulikely before the summer."),
        # Reworded around the typo: the word of A stands elsewhere in B.
        ("He scored ten goals last season, in which he played in every match.",
         "He played in every match last seasn and scored ten goals."),
    ],
)  # fmt: skip
def test_a_typo_in_b_stays_below_the_gate(a: str, b: str) -> None:
    assert _loudest(a, b) < Severity.MEDIUM, checks_judged(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # Another name one letter apart, a digit changed, a negation prefix gone.
        ("Hans arrived late at the station.", "Hana arrived late at the station."),
        ("The fire destroyed 150 homes last year.", "The fire destroyed 160 homes last year."),
        ("He was unable to attend the meeting in Paris.",
         "He was able to attend the meeting in Paris."),
        # A typo beside a real change does not hide the change.
        ("President Biden met 300 workers in Ohio.", "Presdent Biden met 200 workers in Ohio."),
    ],
)  # fmt: skip
def test_a_change_that_looks_like_a_slip_still_fails_the_gate(a: str, b: str) -> None:
    assert _loudest(a, b) >= Severity.MEDIUM, checks_judged(a, b)


def test_real_changes_are_not_read_as_typos() -> None:
    # A negation prefix added with a slip, a short word, another name, a word of another
    # language: none is B mistyping A's word.
    assert (
        typos("The deal was legal, officials said.", "The deal was ilegal, officials said.") == ()
    )
    assert typos("They sat down.", "They sta down.") == ()
    assert typos("Jones said the plan failed.", "Jonas said the plan failed.") == ()
    assert typos("The bridge was built in 1990.", "The bridge was wurden in 1990.") == ()
    assert typos("They talked for hours.", "They tlaked for hours.") == (Typo("tlaked", "talked"),)


def test_the_checks_read_the_word_and_the_finding_points_at_the_typo() -> None:
    a, b = "About two thousand people came.", "About two thosand people came."
    pair = Pair(
        a=(0,), b=(0,), similarity=0.95, status="changed", a_text=a, b_text=b, ops=word_diff(a, b)
    )
    ctx = build_context(pair, [a], [b])
    assert ctx.b == a
    assert ctx.b_typed == b
    start = b.index("thosand")
    assert ctx.locate("thousand people", side="b") == (start, start + len("thosand people"))


def test_a_mistyped_name_is_shown_once_and_quietly() -> None:
    found = checks_judged(
        "Talks with American officials ended.", "Talks with Amrican officials ended."
    )
    assert found == [("entity.misspelled", Severity.LOW)]


def test_a_word_of_another_language_is_still_untranslated() -> None:
    found = checks_judged("The bridge was built in 1990.", "The bridge was wurden in 1990.")
    assert ("artifact.untranslated", Severity.MEDIUM) in found or (
        "artifact.untranslated",
        Severity.HIGH,
    ) in found


@pytest.mark.parametrize(
    ("a", "b", "right", "typo"),
    [
        # A slip on a name the diff did not line up: the name is not dropped.
        ("After we won 4-0 at home against Troyes, the fans were happy.",
         "After we beat {} 4-0 at home, the fans were happy.", "Troyes", "Troes"),
        # A slip on a name written with accents.
        ("Just like the Sportcamp of Kunfehértó, the club denied issuing the bills.",
         "As with {} Sports Field, the club denied issuing the invoices.",
         "Kunfehértó", "Kunfhértó"),
        # Slips on words A words another way: the source and the telling verb are kept.
        ("The researchers said the tail belongs to a young dinosaur.",
         "The {} said the tail belongs to a young dinosaur.", "scientists", "scintists"),
        ("He explained that the plan had failed for lack of money.",
         "He {} this by saying the plan had failed for lack of money.",
         "justified", "justfied"),
    ],
)  # fmt: skip
def test_a_typo_reads_as_the_word_spelled_right(a: str, b: str, right: str, typo: str) -> None:
    # The findings are those of B spelled right; the typo of a name is shown besides. The
    # typo's own finding explains the words it sits on, so a wording finding of ``info`` there
    # may give way to it ("won" / "beat Troes": the verbs one outcome, the name a typo): the
    # findings a reader is shown, ``low`` and above, are compared.
    spelled = sorted(f for f in checks_judged(a, b.format(right)) if f[1] > Severity.INFO)
    typed = sorted(
        f
        for f in checks_judged(a, b.format(typo))
        if f[0] != "entity.misspelled" and f[1] > Severity.INFO
    )
    assert typed == spelled


def test_a_slip_on_a_word_a_lacks_is_read_only_where_one_word_is_meant() -> None:
    a = "The newspaper informed its readers that the mayor had resigned."
    assert typos(a, "The newspaper reprted that the mayor had resigned.") == (
        Typo("reprted", "reported"),
    )
    assert typos(a, "The newspaper claimd that the mayor had resigned.") == (
        Typo("claimd", "claimed"),
    )
    # "accent" or "ancient"; "lother" or "other"; a short word; B's own copy of the word: no
    # reading.
    assert typos("The crash happened at night.", "The accient happened at night.") == ()
    assert typos("Nobody else came.", "No olther person came.") == ()
    assert typos(a, "The newspaper sadi that the mayor had resigned.") == ()
    assert typos(a, "The newspaper reprted, and reported again, that he had resigned.") == ()
    # A capitalised word reads only as a people's word, not as any name the lexicon lists
    # ("Zhang" is no "Zhuang").
    assert typos("Britain mined the seas.", "The Brtish mined the seas.") == (
        Typo("Brtish", "British"),
    )
    assert typos("Guo Mei won the final.", "Zhang Jike won the final.") == ()


def test_a_slip_read_as_another_word_still_shows_the_change() -> None:
    # "confirmd" is "confirmed": the police no longer deny the report.
    found = checks_judged(
        "The police denied the report on Monday.", "The police confirmd the report on Monday."
    )
    assert max(severity for _, severity in found) >= Severity.MEDIUM, found


def test_a_typo_inside_a_longer_edit_is_shown_on_its_own() -> None:
    a = "Several people verified the discovery using different hardware and software."
    b = "Several people verified the discovery with diffrent hardware and software."
    found = judged(a, b, "wording.replaced")
    assert [(f.a, f.b, f.severity) for f in found] == [("different", "diffrent", Severity.INFO)]
    assert b[found[0].b_span[0] : found[0].b_span[1]] == "diffrent"


def test_a_word_the_lexicon_lacks_is_no_slip_on_a_made_up_one() -> None:
    # "midfielder" is not in the lexicon; "midfieldder" is no word at all, whatever a
    # doubled consonant before "-er" makes of it ("bigger" is "big", a noun has no such form).
    a = "The striker scored twice in the first half."
    b = "The midfielder scored twice in the first half."
    assert typos(a, b) == ()


@pytest.mark.parametrize(
    ("word", "pos", "lemma", "not_lemma"),
    [
        ("stopped", "v", "stop", None),
        ("bigger", "a", "big", None),
        ("shopper", "n", "shopper", "shop"),
        ("midfieldder", "n", None, "midfield"),
    ],
)
def test_a_doubled_consonant_is_a_verbs_or_an_adjectives_form(
    word: str, pos: str, lemma: str | None, not_lemma: str | None
) -> None:
    lemmas = lexicon().lemmas(word, pos)
    assert lemma is None or lemma in lemmas
    assert not_lemma is None or not_lemma not in lemmas
