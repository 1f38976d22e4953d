"""leftovers23's rules: honest rewordings the judge read as changes of meaning."""

from __future__ import annotations

from _hits import assert_fails_both_ways, assert_quiet_both_ways


def test_a_kind_the_kept_noun_implies_added_is_quiet() -> None:
    # "weather" names the kind of "winds" (and of "fog"), a word both sides say.
    assert_quiet_both_ways(
        "Forecasters issued a yellow warning for strong winds along the coast on Friday.",
        "Forecasters issued a yellow weather warning for strong winds along the coast on Friday.",
    )
    # A pistol is a gun.
    assert_quiet_both_ways(
        "The farmer was refused a licence for the pistol he kept in his kitchen drawer.",
        "The farmer was refused a gun licence for the pistol he kept in his kitchen drawer.",
    )


def test_a_noun_the_sentence_does_not_imply_added_stays_loud() -> None:
    # A flood is no kind of wind: the warning is now of another thing.
    assert_fails_both_ways(
        "Forecasters issued a yellow warning for strong winds along the coast on Friday.",
        "Forecasters issued a yellow flood warning for strong winds along the coast on Friday.",
    )
    # A head dropped from after its adjective is lost, whatever kind it names ("backflow" is
    # a flow).
    assert_fails_both_ways(
        "The backflow is strongest where a rapid flow into deep water can form.",
        "The backflow is strongest where a rapid into deep water can form.",
    )
    # Nor is a boat a kind of pistol.
    assert_fails_both_ways(
        "The farmer was refused a licence for the pistol he kept in his kitchen drawer.",
        "The farmer was refused a boat licence for the pistol he kept in his kitchen drawer.",
    )


def test_the_ground_a_bare_material_stood_for_named_is_quiet() -> None:
    # "on grass", "on sand": the ground made of it; its head only spells that out.
    assert_quiet_both_ways(
        "The young striker trains on grass most days, his coach told reporters after the match.",
        "The young striker trains on grass pitches most days, his coach told reporters after the "
        "match.",
    )
    assert_quiet_both_ways(
        "The camel race is run on sand, and the riders are robots operated by remote control.",
        "The camel race is run on sand tracks, and the riders are robots operated by remote "
        "control.",
    )


def test_a_thing_made_of_the_material_stays_loud() -> None:
    assert_fails_both_ways(
        "The artist paints on silk, and her work will be shown in the city museum next year.",
        "The artist paints on silk scarves, and her work will be shown in the city museum next "
        "year.",
    )


def test_a_stretch_of_history_named_by_two_general_nouns_is_quiet() -> None:
    assert_quiet_both_ways(
        "Child labour was common in the mills of the Victorian era, the museum's guide said.",
        "Child labour was common in the mills of Victorian times, the museum's guide said.",
    )
    assert_quiet_both_ways(
        "The theatre has staged plays of the Elizabethan age since it opened in 1985.",
        "The theatre has staged plays of Elizabethan times since it opened in 1985.",
    )


def test_another_time_after_the_same_word_stays_loud() -> None:
    # A season is no stretch of history, and another people's era is another time.
    assert_fails_both_ways(
        "The coins date from the Tudor era, the museum said.",
        "The coins date from the Tudor winter, the museum said.",
    )
    assert_fails_both_ways(
        "The chapel dates from the Norman era and was rebuilt in the 15th century.",
        "The chapel dates from Saxon times and was rebuilt in the 15th century.",
    )


def test_a_body_named_by_its_act_and_by_its_members_is_one_source() -> None:
    # "the prosecution" is those who prosecute: the prosecutors.
    assert_quiet_both_ways(
        "The prosecution told the jury that the driver had been using his phone at the time.",
        "The prosecutors told the jury that the driver had been using his phone at the time.",
    )


def test_another_body_or_a_body_first_stays_another_source() -> None:
    assert_fails_both_ways(
        "The prosecution told the jury that the driver had been using his phone at the time.",
        "The defendants told the jury that the driver had been using his phone at the time.",
    )
    # A government is a body first, and governors are a province's.
    assert_fails_both_ways(
        "The government said on Monday that the new tax would not be introduced before 2026.",
        "The governors said on Monday that the new tax would not be introduced before 2026.",
    )


def test_an_amount_left_over_at_the_end_is_the_margin() -> None:
    # What the winners still had when they won is the margin they won by.
    assert_quiet_both_ways(
        "The home side won the final by three wickets, the club said on its website.",
        "The home side won the final with three wickets to spare, the club said on its website.",
    )


def test_an_amount_won_with_stays_another_reading_of_the_margin() -> None:
    # The votes a side won with are its own total, not its margin over the other.
    assert_fails_both_ways(
        "The Liberals won the seat by 312 votes after a recount, officials said.",
        "The Liberals won the seat with 312 votes after a recount, officials said.",
    )


def test_a_part_of_the_year_by_its_place_or_its_months_from_an_end_is_quiet() -> None:
    assert_quiet_both_ways(
        "Sales of electric cars rose sharply in the final quarter of 2023, the industry body said.",
        "Sales of electric cars rose sharply in the last three months of 2023, the industry body "
        "said.",
    )
    assert_quiet_both_ways(
        "The bank expects its profits to recover in the closing six months of the year.",
        "The bank expects its profits to recover in the second half of the year.",
    )


def test_another_part_of_the_year_stays_loud() -> None:
    assert_fails_both_ways(
        "The bank expects its profits to recover in the closing six months of the year.",
        "The bank expects its profits to recover in the first half of the year.",
    )
    assert_fails_both_ways(
        "Sales of electric cars rose sharply in the first quarter of 2023, the industry body said.",
        "Sales of electric cars rose sharply in the last three months of 2023, the industry body "
        "said.",
    )
