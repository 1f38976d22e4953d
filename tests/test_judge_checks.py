"""The judge's checks one by one, as pure functions of one pair, without the model.

The end-to-end behaviour (real model, real sentences) is in ``test_judge.py``; here each check
is fed a :class:`PairContext` built by hand, so a failure names the check at fault.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from test_cli import run_main

from vardiff import Finding, Pair, Severity, word_diff
from vardiff.judge import Calibration, PairContext, build_context
from vardiff.judge._calibration import DEFAULT_CUTOFFS, Rule
from vardiff.judge._judge import _without_duplicates
from vardiff.judge.numbers import check_numbers
from vardiff.judge.polarity import check_negation
from vardiff.judge.wording import _weight, check_wording, spelling


def context(a: str, b: str, *, similarity: float = 0.9) -> PairContext:
    status = "equal" if a == b else "changed"
    pair = Pair(
        a=(0,),
        b=(0,),
        similarity=similarity,
        status=status,
        a_text=a,
        b_text=b,
        ops=word_diff(a, b),
    )
    return build_context(pair, [a], [b])


def test_number_check_names_the_amounts_and_where_they_stand() -> None:
    ctx = context("The containers hold 3 million shells.", "The containers hold 4 million shells.")
    [finding] = check_numbers(ctx)
    assert finding.check == "number.changed"
    assert (finding.a, finding.b) == ("3 million", "4 million")
    assert ctx.pair.a_text[slice(*finding.a_span)] == "3 million"
    assert ctx.pair.b_text[slice(*finding.b_span)] == "4 million"
    assert "3 million" in finding.message and "4 million" in finding.message


def test_number_in_another_form_is_no_change() -> None:
    found = check_numbers(context("It costs 3 million dollars.", "It costs three million dollars."))
    assert [f.check for f in found] == ["number.reworded"]
    assert found[0].score < DEFAULT_CUTOFFS["low"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("I don't know if you realize it or not, but it came.", "I don't know if it came."),
        ("Whether or not he goes, they don't care.", "They don't care if he goes."),
    ],
)
def test_or_not_is_an_alternative_not_a_denial(a: str, b: str) -> None:
    assert check_negation(context(a, b)) == []


def test_negation_on_one_side_is_found_with_its_place() -> None:
    ctx = context(
        "The goods were found in the samples.", "The goods were not found in the samples."
    )
    [finding] = check_negation(ctx)
    assert finding.check == "negation.flipped" and finding.b == "not"
    assert ctx.pair.b_text[slice(*finding.b_span)] == "not"


def test_a_typo_reads_as_a_typo() -> None:
    assert spelling("found", "foudn") >= 0.8
    ctx = context("Both were found in the samples.", "Both were foudn in the samples.")
    [finding] = check_wording(ctx)
    assert finding.check == "wording.replaced" and "typo" in finding.message
    assert finding.score < DEFAULT_CUTOFFS["medium"]


def _finding(
    category: str, a_span: tuple[int, int] | None, b_span: tuple[int, int] | None
) -> Finding:
    return Finding(
        category=category,
        severity=Severity.HIGH,
        a="x",
        b="y",
        message="m",
        score=0.9,
        # The wording check's findings are the ones another check can explain away.
        check="wording.replaced" if category == "lexical" else f"{category}.test",
        a_span=a_span,
        b_span=b_span,
    )


def test_a_wording_finding_inside_a_number_finding_is_a_duplicate() -> None:
    number = _finding("number", (10, 30), (10, 25))
    inside = _finding("lexical", (20, 30), (18, 25))
    elsewhere = _finding("lexical", (40, 50), (40, 45))
    assert _without_duplicates([number, inside, elsewhere]) == [number, elsewhere]


def test_words_b_still_has_count_as_explained() -> None:
    # The seeds: "the estimate, Defense Minister Shin" / "the estimateMinister Shin".
    a = "In the latest estimate, Defense Minister Shin said so."
    start = a.index("estimate")
    title = _finding("entity", (a.index("Defense"), a.index("Defense") + 7), None)
    dropped = replace(
        _finding("lexical", (start, start + len("estimate, Defense Minister")), None),
        check="wording.dropped",
        a="estimate, Defense Minister",
    )
    glued = "In your latest estimateMinister Shin said so."
    assert _without_duplicates([title, dropped], b_text=glued) == [title]
    # Words B lost too: the wording finding says more than the title's.
    assert _without_duplicates([title, dropped], b_text="Shin said so.") == [title, dropped]


def test_calibration_maps_evidence_to_a_probability_and_a_severity() -> None:
    rule = Rule(
        bias=0.0,
        weights={"span_similarity": -2.0},
        means={"span_similarity": 0.5},
        scales={"span_similarity": 0.1},
    )
    unlike, alike = (
        rule.probability({"span_similarity": 0.2}),
        rule.probability({"span_similarity": 0.9}),
    )
    assert unlike > 0.99 and alike < 0.01
    calibration = Calibration(version="t", cutoffs=DEFAULT_CUTOFFS, rules={"r": rule})
    raw = _finding("lexical", None, None)
    # A rule the calibration does not know keeps its check's prior.
    assert calibration.apply(raw).score == raw.score
    assert calibration.severity(0.95) is Severity.HIGH
    assert calibration.severity(0.6) is Severity.MEDIUM
    assert calibration.severity(0.3) is Severity.LOW
    assert calibration.severity(0.05) is Severity.INFO


def test_i_and_its_contractions_are_no_names() -> None:
    from vardiff._entities import extract_names

    names = [n.text for n in extract_names("So I'm sure, and I'd say I've seen the Sun rise.")]
    assert names == ["Sun"]


def test_both_sides_negated_in_different_numbers_is_not_a_flip() -> None:
    flipped = check_negation(context("He did not go.", "He went."))
    assert [f.check for f in flipped] == ["negation.flipped"]
    counted = check_negation(
        context("They never said they would not pay.", "They never said they would pay.")
    )
    assert [f.check for f in counted] == ["negation.count"]
    # A reply "No," that agrees with its negated clause adds no denial (tests/test_mqm_quiet.py).
    assert check_negation(context("No, I don't think so.", "I do not think so.")) == []


def test_a_calibration_is_chosen_by_name_and_named_in_the_signature() -> None:
    from vardiff import Comparer, Options
    from vardiff.judge._calibration import calibration_named

    fitted = calibration_named("fitted")
    assert fitted.rules and fitted.version != calibration_named("priors").version
    settings = Comparer(Options(calibration="fitted", cache=False)).settings
    assert f"calibration:{fitted.version}" in settings.signature
    # The keyword is the option of the same name, as for every other option.
    priors = calibration_named("priors").version
    by_keyword = Comparer(cache=False, calibration="priors").settings
    assert f"calibration:{priors}" in by_keyword.signature


def test_a_bad_calibration_file_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "calibration.json"
    bad.write_text("not json", encoding="utf-8")
    a = tmp_path / "a.txt"
    a.write_text("The army sent 5,000 troops.\n", encoding="utf-8")
    # In this process: test_cli runs other one-line errors through the real command.
    done = run_main(capsys, "diff", str(a), str(a), "--calibration", str(bad))
    assert done.code == 2
    assert done.err.count("\n") == 1 and "calibration" in done.err
    assert "Traceback" not in done.err


def test_an_edit_and_a_rewrite_are_scored_by_their_own_rules_and_cut_offs() -> None:
    from vardiff.judge._calibration import pair_evidence

    edit_pair = context("The talks began in March.", "The talks began in April.").pair
    rewrite_pair = context(
        "The talks began in March in Geneva.", "In April, negotiations opened at Lausanne."
    ).pair
    edit, rewrite = pair_evidence(edit_pair), pair_evidence(rewrite_pair)
    # One word replaced counts on both sides; the rewrite changes most of its words.
    assert edit["pair.changed_words"] == 2.0
    assert rewrite["pair.changed_words"] > 6 and rewrite["pair.changed"] > 0.5
    calibration = Calibration(
        version="t",
        cutoffs={"high": 0.9, "medium": 0.8, "low": 0.5},
        edit_cutoffs={"high": 0.7, "medium": 0.5, "low": 0.2},
        edit_below=6,
        rules={"r@edit": Rule(bias=2.0), "r@rewrite": Rule(bias=-2.0)},
    )
    raw = Finding(
        category="lexical", severity=Severity.LOW, a="x", b="y", message="m", score=0.5, check="r"
    )
    in_edit, in_rewrite = calibration.apply(raw, edit), calibration.apply(raw, rewrite)
    assert in_edit.score > 0.85 and in_edit.severity is Severity.HIGH
    assert in_rewrite.score < 0.15 and in_rewrite.severity is Severity.INFO
    assert calibration.regime(edit) == "edit" and calibration.regime(rewrite) == "rewrite"
    assert calibration.constants()["judge.edit_cutoff.medium"] == 0.5


def test_a_rule_the_data_cannot_speak_for_keeps_its_severity_on_the_checks_scale() -> None:
    # Fitted cut-offs far above the priors' must not silence a check the data never saw.
    calibration = Calibration(
        version="t", cutoffs={"high": 0.97, "medium": 0.9, "low": 0.7}, rules={}
    )
    raw = Finding(
        category="omission",
        severity=Severity.MEDIUM,
        a="x",
        b="",
        message="m",
        score=0.6,
        check="omission.sentence",
    )
    assert calibration.apply(raw).severity is Severity.MEDIUM


def test_evidence_beyond_what_the_fit_saw_is_held_at_its_edge() -> None:
    rule = Rule(bias=0.0, weights={"x": 1.0}, means={"x": 0.0}, scales={"x": 1.0})
    assert rule.probability({"x": 100.0}) == rule.probability({"x": 2.5})


def test_a_quote_with_only_its_punctuation_or_spacing_changed_is_no_finding() -> None:
    from vardiff.judge.quotes import check_quotes

    said = '"It will take a while for Bitcoin to catch on, but there could be a change," he said.'
    spaced = (
        '" It will take a while for Bitcoin to catch on , but there could be a change , " he said .'
    )
    assert check_quotes(context(said, spaced)) == []
    edited = '"It will take a while for Bitcoin to fail, but there could be a change," he said.'
    assert [f.check for f in check_quotes(context(said, edited))] == ["quote.edited"]
    # A misspelt word is the typo check's; the speaker's words are the same.
    typo = '"It will take a while for Bitcoin to catch on, but there cuold be a change," he said.'
    assert check_quotes(context(said, typo)) == []


_SAID = '"We will not negotiate with them," the minister said.'


@pytest.mark.parametrize(
    "edited",
    [
        # A word that carries the claim, put in or left out: "now", "not", "will", "all" are
        # function words, but the speaker's.
        '"We will not negotiate with them now," the minister said.',
        '"We will negotiate with them," the minister said.',
        '"We not negotiate with them," the minister said.',
        '"We will not negotiate with all of them," the minister said.',
    ],
)
def test_a_quote_with_a_small_word_put_in_or_left_out_is_edited(edited: str) -> None:
    from vardiff.judge.quotes import check_quotes

    assert [f.check for f in check_quotes(context(_SAID, edited))] == ["quote.edited"]


@pytest.mark.parametrize(
    ("said", "same"),
    [
        # Only what joins the speaker's words (a preposition said twice), or a contraction.
        (
            '"His life is dictated by his love for drugs and Japan," he wrote.',
            '"His life is dictated by his love for drugs and for Japan," he wrote.',
        ),
        (_SAID, '"We won\'t negotiate with them," the minister said.'),
    ],
)
def test_a_quote_with_only_its_joining_words_or_a_contraction_changed_is_no_finding(
    said: str, same: str
) -> None:
    from vardiff.judge.quotes import check_quotes

    assert check_quotes(context(said, same)) == []


@pytest.mark.parametrize(
    "slipped",
    [
        # The speaker's words in another order, a pronoun in another case, a preposition.
        '"We are very about cautious how our story is told," she said.',
        '"Ourselves are very cautious about how our story is told," she said.',
        '"We are very cautious onto how our story is told," she said.',
    ],
)
def test_a_quote_with_a_slip_of_its_small_words_is_a_rule_of_its_own(slipped: str) -> None:
    from vardiff.judge.quotes import check_quotes

    said = '"We are very cautious about how our story is told," she said.'
    [finding] = check_quotes(context(said, slipped))
    assert finding.check == "quote.small_words" and finding.severity <= Severity.LOW
    reworded = '"We are very careful about how our story is told," she said.'
    assert [f.check for f in check_quotes(context(said, reworded))] == ["quote.edited"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # "can't help asking" affirms; "too quiet to hear" and "have trouble" deny by implication.
        (
            "So we can't help asking whether there are creatures.",
            "So we ask whether there are creatures.",
        ),
        ("The sound is too quiet for any of us to ever hear.", "We cannot ever hear the sound."),
        ("You might have trouble understanding it.", "You may not understand it."),
    ],
)
def test_idioms_and_implied_negatives_keep_the_polarity(a: str, b: str) -> None:
    assert check_negation(context(a, b)) == []


@pytest.mark.parametrize(
    ("elsewhere", "carried"),
    [
        # The amount still stated elsewhere on the other side: the clause carries no fact away.
        ("Four people died in the prefecture, and a total of 73 people died in Kyushu.", 0.0),
        # The amount gone from the other side: it is carried away.
        ("Four people died in the prefecture, and many more died in Kyushu.", 0.8),
        ("Four people died in the prefecture, and 37 people died in Kyushu.", 0.8),
    ],
)
def test_a_dropped_clause_carries_an_amount_only_if_the_other_side_no_longer_states_it(
    elsewhere: str, carried: float
) -> None:
    assert _weight("with 73 deaths across the whole of", "", elsewhere)[0] == carried


def test_a_pair_judged_without_the_model_is_read_at_the_typical_similarity() -> None:
    from vardiff.judge._calibration import pair_evidence

    pair = replace(
        context("The talks began in March.", "The talks began in April.").pair, similarity=None
    )
    evidence = pair_evidence(pair)
    assert "pair.similarity" not in evidence
    # A rule that weighs the similarity: unknown reads as its mean, not as two unrelated
    # sentences held at the edge of the fit.
    rule = Rule(
        bias=0.0,
        weights={"pair.similarity": -1.0},
        means={"pair.similarity": 0.95},
        scales={"pair.similarity": 0.02},
    )
    assert rule.probability(evidence) == 0.5
    assert rule.probability({**evidence, "pair.similarity": 0.0}) > 0.9
