"""Honest variation of probe_quiet11 (issue 7: trust): the variation a good translator or editor
makes beyond the kinds of probe_rewording and probe_quiet10 (a phrasal verb for its Latinate
verb, the particle before or after the object, a relative clause reduced or expanded, a
causative said another way, a nationality adjective for an "of" or "from" phrase, two events
told by coordination or subordination in the same order, a list introduced by its count or not,
a title before or after the name, an article that changes no reference, a noun compound for its
"of" phrase, an infinitive or a gerund after the same verb, an inverted sentence, "that" kept
or dropped), beside changes of the same surface shapes, which do shift the meaning. The probe
was written before the judge's rules for these kinds were read; its first run on main 58b99e5
is the out-of-sample figure (benchmarks/data/README.md). The probe's format is tested here; the
rules written against it are tested below with their loud twins, on sentences that are not the
probe's: a list told with its count or without (``vardiff/judge/_counted.py``), a country told
by its adjective or its name and a title before or after the name
(``vardiff/judge/_origin.py``), a sentence inverted around its verb (roles, tense), a clause of
a present participle against a finite verb (tense), an act promised that "would be" done
(attempts), "intends raising" for "intends to raise" (modality), the auxiliary of a
participle's clause ("Having won") dropped (removal); and, loud, "stopped to talk" / "stopped
talking" (``modality.complement``)."""

from __future__ import annotations

import pytest
from _hits import (
    assert_fails_both_ways,
    assert_model_fails_both_ways,
    assert_model_quiet_both_ways,
    assert_quiet_both_ways,
)

# --- The same said in another form: a list with its count or without, a country by its
# adjective or its name, a title before or after the name, an inverted sentence, a clause of a
# participle, an act promised as what "would be" done, "intends" with either form of the verb.

SAID_ALIKE = [
    # A count in apposition before a list of as many names, or a list without it.
    (
        "Ministers from five countries, Spain, Portugal, Greece, Malta and Cyprus, signed the "
        "declaration in Valletta on Monday.",
        "Ministers from Spain, Portugal, Greece, Malta and Cyprus signed the declaration in "
        "Valletta on Monday.",
    ),
    (
        "The two carmakers, Renault and Nissan, will share the cost of the new battery plant in "
        "northern France.",
        "Renault and Nissan will share the cost of the new battery plant in northern France.",
    ),
    (
        "Storms hit the states of Texas, Oklahoma and Kansas overnight, cutting power to "
        "thousands of homes.",
        "Storms hit three states, Texas, Oklahoma and Kansas, overnight, cutting power to "
        "thousands of homes.",
    ),
    # A country by its adjective or by its name after "of" or "from".
    (
        "The Spanish foreign minister said on Monday that Madrid would recognise a Palestinian "
        "state.",
        "The foreign minister of Spain said on Monday that Madrid would recognise a Palestinian "
        "state.",
    ),
    (
        "Chilean exports of copper fell sharply in March as demand from China weakened.",
        "Exports of copper from Chile fell sharply in March as demand from China weakened.",
    ),
    # A title before the name, or after it with the country's adjective.
    (
        "Prime Minister Giorgia Meloni met the leaders of the main unions in Rome on Tuesday.",
        "Giorgia Meloni, the Italian prime minister, met the leaders of the main unions in Rome "
        "on Tuesday.",
    ),
    # A sentence inverted around its verb: a phrase of place, or one without a noun, first.
    (
        "Beside the coffin stood the president and his wife, who had flown in from Washington "
        "that morning.",
        "The president and his wife, who had flown in from Washington that morning, stood "
        "beside the coffin.",
    ),
    (
        "Among the injured were three police officers and a journalist, the interior ministry "
        "said.",
        "Three police officers and a journalist were among the injured, the interior ministry "
        "said.",
    ),
    # A clause of a present participle takes its time from the main clause.
    (
        "Analysing data from 40 countries, the economists found that remote work had raised "
        "productivity.",
        "The economists analysed data from 40 countries and found that remote work had raised "
        "productivity.",
    ),
    # An act promised, told as what would be done: still promised.
    (
        "The minister pledged to cut waiting times for hip operations by half within two years.",
        "The minister pledged that waiting times for hip operations would be cut by half within "
        "two years.",
    ),
    # "intend" takes either form of the verb for one intent.
    (
        "The airline intends to expand its fleet by buying 40 new aircraft from Airbus.",
        "The airline intends expanding its fleet by buying 40 new aircraft from Airbus.",
    ),
]

SAID_OTHERWISE_TOO = [
    # After "stop", "forget", "go on", "regret": "to" and a verb against the "-ing" form.
    (
        "The pilot stopped to refuel in Dubai before flying on to Singapore with 300 passengers.",
        "The pilot stopped refuelling in Dubai before flying on to Singapore with 300 passengers.",
    ),
    (
        "After the election she went on to lead the party for a decade, winning three more votes.",
        "After the election she went on leading the party for a decade, winning three more votes.",
    ),
    (
        "The nurse told the inquiry she had forgotten to give the patient his evening dose.",
        "The nurse told the inquiry she had forgotten giving the patient his evening dose.",
    ),
]

SAID_ALIKE_TOO = [
    # Verbs that take either form for one act.
    (
        "Shares in the bank began to fall after it warned of losses on its property loans.",
        "Shares in the bank began falling after it warned of losses on its property loans.",
    ),
    # The auxiliary of a participle's clause, its verb kept.
    (
        "Having won the first round, the former mayor was expected to take the run-off easily.",
        "The former mayor won the first round and was expected to take the run-off easily.",
    ),
]

SAID_OTHERWISE = [
    # A count that is not the list's length says there are others; another member.
    (
        "Ministers from six countries, Spain, Portugal, Greece, Malta and Cyprus, signed the "
        "declaration in Valletta on Monday.",
        "Ministers from Spain, Portugal, Greece, Malta and Cyprus signed the declaration in "
        "Valletta on Monday.",
    ),
    (
        "The two carmakers, Renault and Nissan, will share the cost of the new battery plant in "
        "northern France.",
        "Renault and Toyota will share the cost of the new battery plant in northern France.",
    ),
    # A span of time before a list counts no member of it.
    (
        "In two weeks, France and Germany will hold talks on the budget in Brussels.",
        "France and Germany will hold talks on the budget in Brussels.",
    ),
    # Another country; the trade the other way.
    (
        "The Spanish foreign minister said on Monday that Madrid would recognise a Palestinian "
        "state.",
        "The foreign minister of Portugal said on Monday that Madrid would recognise a "
        "Palestinian state.",
    ),
    (
        "Chilean exports of copper fell sharply in March as demand from China weakened.",
        "Exports of copper to Chile fell sharply in March as demand from China weakened.",
    ),
    # Another title after the name.
    (
        "Prime Minister Giorgia Meloni met the leaders of the main unions in Rome on Tuesday.",
        "Giorgia Meloni, the Italian president, met the leaders of the main unions in Rome on "
        "Tuesday.",
    ),
    # Two noun phrases around the verb changed places: who stood where is reversed.
    (
        "Behind the police stood the protesters, who had marched from the station in the rain.",
        "Behind the protesters stood the police, who had marched from the station in the rain.",
    ),
    # The participle's clause told as what will be done.
    (
        "Analysing data from 40 countries, the economists found that remote work had raised "
        "productivity.",
        "The economists will analyse data from 40 countries to find out whether remote work has "
        "raised productivity.",
    ),
    # The act promised, or intended, told as done.
    (
        "The minister pledged to cut waiting times for hip operations by half within two years.",
        "The minister cut waiting times for hip operations by half within two years.",
    ),
    (
        "The airline intends to expand its fleet by buying 40 new aircraft from Airbus.",
        "The airline has expanded its fleet by buying 40 new aircraft from Airbus.",
    ),
]


@pytest.mark.parametrize(("a", "b"), SAID_ALIKE + SAID_ALIKE_TOO)
def test_the_same_said_in_another_form_is_quiet(a: str, b: str) -> None:
    assert_quiet_both_ways(a, b)


@pytest.mark.parametrize(("a", "b"), SAID_OTHERWISE + SAID_OTHERWISE_TOO)
def test_another_count_country_title_order_or_time_is_still_found(a: str, b: str) -> None:
    assert_fails_both_ways(a, b)


def test_with_the_model_a_list_with_its_count_is_quiet_and_another_count_loud() -> None:
    a = "Leaders of three parties, Labour, Reform and Plaid, met in Cardiff on Friday evening."
    assert_model_quiet_both_ways(
        a, "Leaders of Labour, Reform and Plaid met in Cardiff on Friday evening."
    )
    assert_model_fails_both_ways(
        "Leaders of four parties, Labour, Reform and Plaid, met in Cardiff on Friday evening.",
        "Leaders of Labour, Reform and Plaid met in Cardiff on Friday evening.",
    )


def test_with_the_model_a_country_by_its_adjective_is_quiet_and_another_country_loud() -> None:
    a = "The Austrian interior minister announced tighter checks at the border with Hungary."
    assert_model_quiet_both_ways(
        a, "The interior minister of Austria announced tighter checks at the border with Hungary."
    )
    assert_model_fails_both_ways(
        a, "The interior minister of Slovenia announced tighter checks at the border with Hungary."
    )
    b = "Chancellor Karl Nehammer announced tighter checks at the border with Hungary."
    assert_model_quiet_both_ways(
        b,
        "Karl Nehammer, the Austrian chancellor, announced tighter checks at the border with "
        "Hungary.",
    )


def test_with_the_model_an_inverted_sentence_is_quiet_and_a_swap_loud() -> None:
    assert_model_quiet_both_ways(
        "Outside the embassy stood dozens of riot police in full gear on Sunday night.",
        "Dozens of riot police in full gear stood outside the embassy on Sunday night.",
    )
    assert_model_fails_both_ways(
        "Outside the embassy the riot police attacked the protesters on Sunday night.",
        "Outside the embassy the protesters attacked the riot police on Sunday night.",
    )


def test_a_count_is_read_with_its_list_only_where_it_counts_names() -> None:
    from vardiff.judge._counted import count_reads

    bare = "Leaders of Labour, Reform and Plaid met in Cardiff."
    assert count_reads("Leaders of three parties, Labour, Reform and Plaid, met in Cardiff.", bare)
    assert not count_reads("Leaders of four parties, Labour, Reform and Plaid, met.", bare)
    # A list inside a longer one is another list.
    assert not count_reads(
        "Leaders of three parties, Labour, Reform and Plaid, met.",
        "Leaders of the Greens, Labour, Reform and Plaid met.",
    )


def test_with_the_model_stopping_to_do_is_loud_and_beginning_to_do_quiet() -> None:
    a = "The convoy stopped to unload food at the border crossing on Saturday morning."
    assert_model_fails_both_ways(
        a, "The convoy stopped unloading food at the border crossing on Saturday morning."
    )
    assert_model_quiet_both_ways(
        "The convoy began to unload food at the border crossing on Saturday morning.",
        "The convoy began unloading food at the border crossing on Saturday morning.",
    )
