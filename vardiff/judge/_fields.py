"""Words of one field that name things a reader must tell apart: ``kind.field``.

Some words name things of one field that exclude each other, while the lexicon files them as
near relations or not at all, and a sentence embedding puts them side by side: a ceasefire is no
peace deal, a loan no grant, revenue no profit, a debt no deficit, an average no minimum, a
provisional result no final one, a poll no vote, a city no country, "each other" not
"themselves". Translators' false friends belong here too: "actual" is not "current",
"eventually" not "possibly", "sensible" not "sensitive".

:data:`FIELDS` holds them: each field a few sets of words or phrases, near-synonyms within a set
("ceasefire" / "truce", "revenue" / "sales", "nationwide" / "across the country" by its noun).
A word of one set on one side and a word of another set of the same field on the other, both in
one edit of the diff (or in two next to each other), where neither side has the other's set
anywhere, is another thing (``kind.field``); two words of one set, one thing (``kind.synonym``,
where the lexicon may see two). Quiet: a field's word on one side only; a negation on one
side only ("the results are not final" / "the results are provisional"); capitalised words
(names: "World Bank", "United Nations"); words used in another sense ("went to the polls").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import product

from .._words import stem, without_possessive
from ._alike import COMPARED_PERIODS
from ._edits import Hit, edits
from ._lexicon import lexicon

__all__ = [
    "FIELDS",
    "FIELD_PRIOR",
    "complements",
    "find_fields",
    "one_set",
    "same_measure",
    "same_set_swaps",
]

FIELD_PRIOR = 0.8
SYNONYM_PRIOR = 0.05  # kinds' prior of a synonym

# Units of length a size is given in, singular and plural ("a 300-metre-long bridge").
_LENGTH_UNITS = (
    "metre",
    "metres",
    "meter",
    "meters",
    "m",
    "km",
    "kilometre",
    "kilometres",
    "kilometer",
    "kilometers",
    "foot",
    "feet",
    "ft",
    "mile",
    "miles",
    "inch",
    "inches",
    "centimetre",
    "centimetres",
    "cm",
    "yard",
    "yards",
)

# Bodies and offices of a tier of government, to tell "state" and "local" and "national" of a
# tier from other senses ("state media", "local people", "national team"); singular, a plural
# in -s matching.
_BODIES = (
    "government",
    "authorities",
    "authority",
    "official",
    "prosecutor",
    "investigator",
    "police",
    "court",
    "judge",
    "legislature",
    "lawmaker",
    "agency",
    "agencies",
    "law",
    "election",
    "budget",
    "tax",
    "taxes",
)

# Each field: (what a reader is told about, sets). A set's entries are lower-case words or
# phrases; a plural in -s / -es matches its singular entry's last word.
# The day of an event, or a part of that day: "on the morning of the vote" ("event_day" below).
_EVENT_DAY = frozenset(
    {
        "on the day of",
        "the day of",
        "on the morning of",
        "the morning of",
        "on the afternoon of",
        "the afternoon of",
        "on the evening of",
        "the evening of",
        "on the night of",
        "the night of",
    }
)

FIELDS: dict[str, tuple[str, tuple[frozenset[str], ...]]] = {
    # A pause in fighting is not the end of a war.
    "truce": (
        "a truce or a peace settlement",
        (
            frozenset(
                {"ceasefire", "cease-fire", "truce", "armistice", "cessation of hostilities"}
            ),
            frozenset(
                {
                    "peace deal",
                    "peace agreement",
                    "peace treaty",
                    "peace accord",
                    "peace settlement",
                    "peace pact",
                }
            ),
        ),
    ),
    # Money to be paid back, or money given.
    "funding": (
        "money lent, given or paid in cash",
        (
            frozenset({"loan", "lend", "lends", "lent", "lending"}),
            frozenset(
                {"grant", "subsidy", "subsidies", "donation", "donate", "donated", "handout"}
            ),
            # Money handed over as it is: neither owed back nor tied to a scheme.
            frozenset({"cash", "cash payment", "cash handout", "cash transfer"}),
        ),
    ),
    # What relief is made of: food is no medicine, nor shelter, nor fuel.
    "supplies": (
        "which kind of supplies",
        (
            frozenset({"food", "food aid", "food supplies", "rations"}),
            frozenset(
                {"medicine", "medical supplies", "medical aid", "medication", "vaccine", "drugs"}
            ),
            frozenset({"drinking water", "clean water", "bottled water"}),
            frozenset({"fuel"}),  # not "petrol" / "diesel": two fuels, no one thing
            frozenset({"shelter", "tents", "blankets"}),
            frozenset({"weapons", "arms", "ammunition", "munitions"}),
        ),
    ),
    # What a party did with a deal or a thing: signing it is not selling nor leasing it. Not
    # "buy": "A sold it to B" / "B bought it from A" is one sale told from its other end.
    "dealing": (
        "which act of a deal",
        (
            frozenset({"sign", "signs", "signed", "signing"}),
            frozenset({"sell", "sells", "sold", "selling"}),
            frozenset({"lease", "leases", "leased", "rent", "rents", "rented"}),
        ),
    ),
    # A firm's or a state's accounts: what came in, what was left, what is owed, what was
    # short in a year.
    "accounts": (
        "which figure of the accounts",
        (
            frozenset({"revenue", "sales", "turnover"}),
            frozenset({"profit", "earnings", "net income"}),
            frozenset({"debt"}),
            frozenset({"deficit", "shortfall"}),
        ),
    ),
    # Which line of profit.
    "profit_line": (
        "which line of profit",
        (
            frozenset({"net profit", "net income", "net earnings", "net loss"}),
            frozenset({"operating profit", "operating income", "operating loss"}),
            frozenset({"gross profit"}),
            frozenset({"pre-tax profit", "pretax profit", "pre-tax loss", "pretax loss"}),
        ),
    ),
    # Which balance: trade, the budget, the current account.
    "balance": (
        "which balance",
        (
            frozenset({"trade deficit", "trade surplus", "trade gap", "trade balance"}),
            frozenset(
                {
                    "budget deficit",
                    "budget surplus",
                    "budget gap",
                    "budget shortfall",
                    "fiscal deficit",
                    "fiscal surplus",
                }
            ),
            frozenset({"current account", "current-account"}),
        ),
    ),
    # More than half of the votes or seats, or only more than anyone else.
    "majority": (
        "a majority or only the most",
        (
            frozenset({"majority", "absolute majority", "more than half", "over half"}),
            frozenset({"the most", "plurality", "relative majority", "than any"}),
        ),
    ),
    # Which statistic of a distribution.
    "statistic": (
        "which statistic",
        (
            frozenset({"average", "averaged"}),
            frozenset({"median"}),
            frozenset({"minimum"}),
            frozenset({"maximum", "peaked"}),
        ),
    ),
    # A figure or a decision that may still change, or the settled one.
    "finality": (
        "provisional or final",
        (
            frozenset({"preliminary", "provisional", "interim", "tentative", "draft"}),
            frozenset({"final", "definitive"}),
        ),
    ),
    # What people told a pollster, or how they voted.
    "poll": (
        "a poll or a vote",
        (
            frozenset({"poll", "survey", "opinion poll", "exit poll"}),
            frozenset(
                {
                    "referendum",
                    "election",
                    "ballot",
                    "vote",
                    "official results",
                    "election results",
                    "official count",
                    "vote count",
                    "the count",
                }
            ),
        ),
    ),
    # How much ground: a place, a region, the country, the world.
    "place_scope": (
        "how wide a place",
        (
            frozenset({"village"}),
            frozenset({"town", "city", "cities", "capital", "municipality"}),
            frozenset({"district", "county", "province", "region", "prefecture"}),
            frozenset({"country", "countries", "nation", "nationwide"}),
            frozenset({"continent"}),
            frozenset({"world", "worldwide", "globe"}),
        ),
    ),
    # At home, or from abroad.
    "origin": (
        "at home or abroad",
        (
            frozenset({"domestic", "local", "internal", "home-grown"}),
            frozenset({"foreign", "international", "overseas", "abroad", "external"}),
        ),
    ),
    # Ranks of the armed forces and the police: another rank is another officer.
    "rank": (
        "which rank",
        (
            frozenset({"corporal"}),
            frozenset({"sergeant"}),
            frozenset({"lieutenant"}),
            frozenset({"captain"}),
            frozenset({"lieutenant colonel"}),
            frozenset({"colonel"}),
            frozenset({"brigadier", "brigadier general"}),
            frozenset({"major general"}),
            frozenset({"lieutenant general"}),
            frozenset({"admiral"}),
            frozenset({"rear admiral"}),
            frozenset({"vice admiral"}),
            frozenset({"commodore"}),
            frozenset({"constable"}),
            frozenset({"inspector"}),
            frozenset({"chief inspector"}),
            frozenset({"superintendent"}),
        ),
    ),
    # Who someone is to a country: its citizen, someone living there, a visitor.
    "status": (
        "a citizen, a resident or a visitor",
        (
            frozenset({"citizen", "nationals"}),
            frozenset({"resident", "inhabitant"}),
            frozenset({"tourist", "holidaymaker", "visitor"}),
            frozenset({"refugee", "asylum seeker"}),
        ),
    ),
    # Each one the other, or each one himself.
    "reciprocal": (
        "each other or themselves",
        (
            frozenset({"each other", "one another"}),
            frozenset({"themselves", "ourselves", "yourselves"}),
        ),
    ),
    # Money owed to the one harmed, or a penalty paid to the state.
    "payment_owed": (
        "compensation or a penalty",
        (frozenset({"compensation", "restitution"}), frozenset({"fine", "penalty", "penalties"})),
    ),
    # A sentence served, or one suspended.
    "custodial": (
        "a suspended sentence or one served",
        (
            frozenset({"suspended sentence", "suspended prison sentence", "suspended jail term"}),
            frozenset(
                {"prison sentence", "jail sentence", "prison term", "jail term", "custodial"}
            ),
        ),
    ),
    # False friends of translation (actual, eventual, sensible in Romance and Germanic
    # languages): real against current, in the end against perhaps, wise against touchy.
    "real_current": (
        "real or current",
        (
            frozenset({"actual", "actually", "in fact", "in reality"}),
            frozenset({"current", "currently", "at present", "presently", "at the moment"}),
        ),
    ),
    "eventual": (
        "in the end or perhaps",
        (
            frozenset({"eventually", "eventual", "ultimately", "in the end"}),
            frozenset({"possibly", "possible", "perhaps", "maybe", "potentially", "potential"}),
        ),
    ),
    "sensible": (
        "wise or touchy",
        (
            frozenset({"sensible", "reasonable", "wise"}),
            frozenset({"sensitive", "delicate", "touchy"}),
        ),
    ),
    # Which measure of a thing: "300 metres long" is no height, "40 metres deep" no width. Only
    # after a unit of length ("a long time", "high prices", "deep cuts" are no measures), the
    # unit in the singular and the plural ("metre-long", "metres long").
    "dimension": (
        "which measure of size",
        tuple(
            frozenset(
                f"{unit}{sep}{word}"
                for unit in _LENGTH_UNITS
                for sep in (" ", "-")
                for word in words
            )
            for words in (
                ("long",),
                ("high", "tall"),
                ("deep",),
                ("wide", "across"),
                ("thick",),
            )
        ),
    ),
    # Which tier of government: the federal one, a state's or a province's, a town's.
    "tier": (
        "which tier of government",
        (
            frozenset({"federal", *(f"national {body}" for body in _BODIES)}),
            frozenset({"regional", "provincial", *(f"state {body}" for body in _BODIES)}),
            frozenset({"municipal", *(f"local {body}" for body in _BODIES)}),
        ),
    ),
    # Where a life began, passed and ended: a birthplace is no home, a home no grave.
    "life": (
        "which part of a life",
        (
            frozenset({"born", "birthplace", "native"}),
            frozenset({"grew up", "brought up"}),
            frozenset({"lived", "lives in", "live in", "living in", "resides", "resided"}),
            frozenset({"died", "passed away", "buried"}),
            # where one works or plays: a career, not a home ("grew up in Lyon" / "plays in
            # Lyon")
            frozenset(
                "works in|worked in|works for|worked for|plays in|played in|plays for|played for"
                "|playing for".split("|")
            ),
        ),
    ),
    # Who learnt and who taught.
    "teaching": (
        "who learnt and who taught",
        (
            frozenset({"studied", "studies at", "study at", "student", "students"}),
            frozenset({"taught", "teaches", "teach", "teacher", "lecturer", "lectured"}),
        ),
    ),
    # One thing in the place of another, or both: "instead of the president" is not "along
    # with the president".
    "substitution": (
        "one in place of the other, or both",
        (
            frozenset(
                {"instead of", "rather than", "in place of", "in lieu of", "replaces", "replace"}
            ),
            frozenset(
                {
                    "as well as",
                    "along with",
                    "together with",
                    "in addition to",
                    "on top of",
                    "alongside",
                    "besides",
                    "and",
                }
            ),
        ),
    ),
    # What a count counts: homes, the people in them, or the villages they stand in; votes, or
    # seats won by them.
    "counted": (
        "what is counted",
        (
            frozenset({"household", "home", "house", "family", "families", "dwelling"}),
            frozenset({"people", "person", "persons", "individuals", "inhabitants"}),
            # the places the homes stand in: "200 homes" are not "200 villages"
            frozenset({"village", "hamlet", "settlement"}),
        ),
    ),
    "vote_share": (
        "votes or seats",
        (
            frozenset({"vote", "the vote", "votes cast", "the ballots", "popular vote"}),
            frozenset({"seat", "the seats", "parliamentary seats"}),
        ),
    ),
    # The parties of a case: the one who sues, the one sued or charged, who prosecutes, who is
    # harmed, who saw it.
    "legal_party": (
        "which party to a case",
        (
            frozenset({"plaintiff", "claimant", "complainant"}),
            frozenset({"defendant", "accused"}),
            frozenset({"prosecutor", "prosecution", "prosecutors"}),
            frozenset({"defence lawyer", "defense lawyer", "defence attorney", "the defence"}),
            frozenset({"witness", "witnesses"}),
            frozenset({"suspect", "suspects"}),
            frozenset({"victim", "victims"}),
        ),
    ),
    # The holder of a post before or after: a former coach is not the new one. Adjectives only:
    # "its predecessors" / "the previous" name one thing by a noun and an adjective.
    "tenure": (
        "the holder before or after",
        (
            frozenset({"former", "previous", "outgoing", "departing"}),
            frozenset({"new", "incoming", "next"}),
        ),
    ),
    # Most of a group, or all of it and none else: "mainly children" is not "only children",
    # nor "all children".
    "share": (
        "most, or all or only",
        (
            frozenset({"mainly", "mostly", "largely", "chiefly", "primarily", "predominantly"}),
            frozenset({"only", "solely", "exclusively", "entirely", "wholly", "all"}),
        ),
    ),
    # Which size or age a superlative ranks by: the tallest building is not the oldest one.
    # Not "highest" ("the highest number" is "the largest number") nor a superlative of worth
    # ("worst" / "heaviest defeat").
    "superlative": (
        "which measure a superlative ranks by",
        (
            frozenset({"tallest"}),
            frozenset({"largest", "biggest"}),
            frozenset({"longest"}),
            frozenset({"oldest"}),
            frozenset({"deepest"}),
            frozenset({"widest"}),
        ),
    ),
    # A run without a break, or so many times in a longer span: "six straight months" is not
    # "six of the last twelve months".
    "run": (
        "a run in a row or so many of a span",
        (
            frozenset({"straight", "consecutive", "in a row", "successive", "running"}),
            frozenset({"of the last", "of the past", "out of the last", "out of the past"}),
        ),
    ),
    # The span a record or a superlative holds over: "the highest on record" is not "the
    # highest in a decade", nor "this year" "in a century".
    "record_span": (
        "over which span a record holds",
        (
            frozenset(
                {
                    "on record",
                    "in history",
                    "in its history",
                    "in their history",
                    "of all time",
                    "since records began",
                    "ever recorded",
                }
            ),
            frozenset({"in a decade", "in ten years", "in over a decade", "in more than a decade"}),
            frozenset({"in a century", "in a hundred years", "in over a century"}),
            frozenset({"this year", "so far this year"}),
            frozenset({"in a generation"}),
            # a span opened by an event, not a count of years: "the worst since the war" is not
            # "the worst in ten years"
            frozenset({"since the war", "since the end of the war", "since independence"}),
        ),
    ),
    # What ground a match or a road is on.
    "surface": (
        "which surface",
        (
            frozenset({"grass", "turf", "lawn"}),
            frozenset({"clay"}),
            frozenset({"hard court", "hardcourt"}),
            frozenset({"sand"}),
            frozenset({"ice"}),
            frozenset({"snow"}),
        ),
    ),
    # Where people live: one home in a building of many, or a house of its own. British and
    # American English name the first two ways ("flat" / "apartment"), which the lexicon
    # files apart.
    "home": (
        "which kind of home",
        (
            frozenset({"flat", "apartment"}),
            frozenset({"house", "detached house", "bungalow", "cottage"}),
        ),
    ),
    # A telephone carried about, named the British or the American way ("mobile phone" /
    # "cell phone"), or one fixed to a line.
    "telephone": (
        "which kind of telephone",
        (
            frozenset(
                {
                    "mobile phone",
                    "mobile telephone",
                    "mobile",
                    "cell phone",
                    "cellphone",
                    "cellular phone",
                }
            ),
            frozenset({"landline", "landline phone", "fixed-line phone"}),
        ),
    ),
    # The offence a person is charged with, tried or convicted for: each a crime of its own in
    # law, however near in kind ("murder" / "manslaughter", "theft" / "robbery", "tax evasion"
    # / "tax avoidance", which is no crime at all). A broader word ("killing", "crime") is in
    # no set: the kinds check reads it.
    "offence": (
        "which offence",
        (
            frozenset({"murder"}),
            frozenset({"manslaughter"}),
            frozenset({"theft", "thefts", "stealing", "larceny"}),
            frozenset({"robbery", "robberies", "armed robbery"}),
            frozenset({"burglary", "burglaries"}),
            frozenset({"fraud"}),
            frozenset({"embezzlement"}),
            frozenset({"bribery", "taking bribes", "paying bribes", "accepting bribes"}),
            frozenset({"tax evasion", "evading taxes", "evading tax"}),
            frozenset({"tax avoidance", "avoiding taxes", "avoiding tax"}),
            frozenset({"money laundering", "laundering money"}),
            frozenset({"espionage", "spying"}),
            frozenset({"treason", "high treason"}),
            frozenset({"arson"}),
            frozenset({"kidnapping", "kidnappings", "abduction", "abductions"}),
            frozenset({"hijacking"}),
            frozenset({"extortion", "blackmail"}),
            frozenset({"perjury"}),
            frozenset({"smuggling"}),
            frozenset({"drink-driving", "drink driving", "drunk driving", "drunk-driving"}),
        ),
    ),
    # The medium a message went by or a thing was done in: a letter is no email, television no
    # radio, an exam online none on paper.
    "medium": (
        "which medium",
        (
            frozenset({"letter", "letters"}),
            frozenset({"email", "emails", "e-mail", "e-mails"}),
            frozenset({"text message", "text messages"}),
            frozenset({"phone", "telephone", "phone call", "telephone call"}),
            frozenset({"fax"}),
            frozenset({"television", "televised"}),
            frozenset({"radio"}),
            frozenset({"online", "internet"}),
            frozenset({"in person", "in-person", "face-to-face", "face to face"}),
            frozenset({"video call", "video link", "by video", "video consultation"}),
            frozenset({"on paper", "in print", "paper ballots"}),
            # How a public figure said it: a post, an interview, a briefing, a speech.
            frozenset({"tweet", "tweets", "social media post", "post on x"}),
            frozenset({"interview", "interviews"}),
            frozenset({"press conference", "news conference", "press conferences"}),
            frozenset({"speech", "speeches"}),
        ),
    ),
    # What a sum was paid in.
    "payment": (
        "paid in what",
        (
            frozenset({"cash", "banknotes", "bank notes"}),
            frozenset({"bitcoin", "bitcoins", "cryptocurrency", "cryptocurrencies"}),
            frozenset({"bank transfer", "bank transfers", "wire transfer"}),
            frozenset({"cheque", "cheques"}),
            frozenset({"credit card", "credit cards"}),
        ),
    ),
    # The two sides of a contest: a party in power or against it, rebels or the state's
    # forces, the team at home or the visitors, the holder of an office or who runs against
    # them.
    "power": (
        "in power or in opposition",
        (
            frozenset(
                {
                    "ruling party",
                    "governing party",
                    "ruling parties",
                    "governing parties",
                    "ruling coalition",
                    "governing coalition",
                }
            ),
            frozenset({"opposition", "opposition party", "opposition parties"}),
        ),
    ),
    "fighting_side": (
        "which side of the fighting",
        (
            frozenset({"rebels", "rebel forces", "insurgents", "rebel fighters"}),
            frozenset(
                {
                    "government forces",
                    "government troops",
                    "government soldiers",
                    "regime forces",
                    "pro-government forces",
                }
            ),
        ),
    ),
    "match_side": (
        "the home side or the visitors",
        (
            frozenset({"home side", "home team", "hosts"}),
            frozenset({"visitors", "away side", "away team", "visiting team"}),
        ),
    ),
    "office_race": (
        "the holder of an office or a challenger",
        (frozenset({"incumbent"}), frozenset({"challenger", "challengers"})),
    ),
    # Where in a building or a town: the ground floor is not the top one, the outskirts not
    # the centre.
    "storey": (
        "which floor",
        (
            frozenset({"ground floor", "ground-floor", "street level"}),
            frozenset({"top floor", "top-floor", "highest floor", "uppermost floor"}),
            frozenset({"basement"}),
        ),
    ),
    "town_part": (
        "the centre of a town or its edge",
        (
            frozenset({"outskirts", "suburbs", "periphery", "fringes"}),
            frozenset(
                {"centre", "center", "city centre", "city center", "town centre", "town center"}
            ),
        ),
    ),
    # The tie of a couple: engaged, married, once married. One set for both sexes: a man's word
    # against a woman's is the gender check's (``_other_gender``).
    "marriage": (
        "engaged, married or divorced",
        (
            frozenset({"fiancée", "fiancee", "fiancé", "fiance", "wife-to-be", "husband-to-be"}),
            frozenset({"wife", "husband", "spouse"}),
            frozenset({"ex-wife", "ex-husband", "former wife", "former husband", "ex-spouse"}),
            frozenset({"girlfriend", "boyfriend"}),
        ),
    ),
    # Who lent and who owes: a lender is the borrower's creditor.
    "debt_side": (
        "who lent and who owes",
        (
            frozenset({"lender", "lenders", "creditor", "creditors"}),
            frozenset({"borrower", "borrowers", "debtor", "debtors"}),
        ),
    ),
    # A deputy is not the holder of the post.
    "chair": (
        "the chair or a deputy",
        (
            frozenset(
                {
                    "vice-chairman",
                    "vice chairman",
                    "deputy chairman",
                    "vice-chairwoman",
                    "deputy chairwoman",
                    "vice-chair",
                    "deputy chair",
                }
            ),
            frozenset({"chairman", "chairwoman", "chairperson"}),
        ),
    ),
    # Who spoke: an office named, or a source not named.
    "source": (
        "a named or an unnamed source",
        (
            frozenset({"spokesman", "spokeswoman", "spokesperson", "statement"}),
            frozenset(
                {
                    "unnamed source",
                    "anonymous source",
                    "source close to",
                    "sources close to",
                    "people familiar",
                    "person familiar",
                    "people close to",
                    "insiders",
                    "asked not to be named",
                    "condition of anonymity",
                }
            ),
        ),
    ),
    # Events of nature a reader tells apart: a drought is no flood, a heatwave no gale, a
    # landslide no avalanche. Not "storm" or "disaster", broader words for several of them;
    # figures of speech ("a flood of complaints", "a hail of bullets") are not the event
    # (:data:`_NOT_THE_WORD`).
    "nature": (
        "which event of nature",
        (
            frozenset({"drought", "dry spell"}),
            frozenset({"flood", "flooding", "floodwaters", "flash flood", "inundation"}),
            frozenset({"heatwave", "heat wave", "heat-wave", "extreme heat"}),
            frozenset({"frost", "cold snap", "cold spell"}),
            frozenset({"snow", "snowfall", "snowstorm", "blizzard"}),
            frozenset({"rain", "rainfall", "downpour", "rainstorm"}),
            frozenset({"hail", "hailstorm", "hailstones"}),
            frozenset({"fog", "mist"}),
            frozenset({"black ice", "icy roads"}),
            frozenset({"gale", "high winds", "strong winds", "gale-force winds"}),
            frozenset({"hurricane", "typhoon", "cyclone"}),
            frozenset({"tornado", "twister"}),
            frozenset({"earthquake", "quake", "tremor", "aftershock"}),
            frozenset({"landslide", "landslip", "mudslide", "rockslide"}),
            frozenset({"avalanche"}),
            frozenset({"wildfire", "bushfire", "forest fire", "brush fire"}),
            frozenset({"tsunami", "tidal wave"}),
            frozenset({"volcanic eruption", "eruption"}),
            frozenset({"sandstorm", "dust storm"}),
        ),
    ),
    # Which feeling: anger is not amusement, fear not surprise. Not "shocked", "worried" or
    # "upset", which a translator gives for more than one of them.
    "feeling": (
        "which feeling",
        (
            frozenset(
                {
                    "angered",
                    "angry",
                    "anger",
                    "angrily",
                    "furious",
                    "fury",
                    "outraged",
                    "enraged",
                    "incensed",
                    "infuriated",
                    "irritated",
                    "annoyed",
                }
            ),
            frozenset({"amused", "amusement", "amusing"}),
            frozenset({"frightened", "scared", "terrified", "afraid", "fearful", "panicked"}),
            frozenset({"surprised", "surprise", "astonished", "amazed", "startled"}),
            frozenset({"saddened", "sad", "sadness", "sorrow", "heartbroken"}),
            frozenset({"delighted", "pleased", "happy", "glad", "thrilled", "overjoyed"}),
            frozenset({"disgusted", "disgust"}),
        ),
    ),
    "penalty_kick": (
        "what became of a penalty kick",
        tuple(
            frozenset(
                f"{verb} {article} {kick}"
                for verb in verbs
                for article in ("a", "the", "his", "her", "their", "its")
                for kick in ("penalty", "spot-kick", "spot kick")
            )
            for verbs in (
                ("saved", "stopped", "saves", "stops"),
                ("conceded", "gave away", "concedes", "gives away"),
                ("missed", "misses", "fluffed", "skied"),
                ("scored", "converted", "scores", "converts", "netted"),
            )
        ),
    ),
    # Level with the other side, or ahead of it.
    "lead": (
        "level or ahead",
        (
            frozenset(
                {
                    "equalised",
                    "equalized",
                    "equaliser",
                    "equalizer",
                    "drew level",
                    "pulled level",
                    "levelled the score",
                }
            ),
            frozenset(
                {
                    "took the lead",
                    "take the lead",
                    "taking the lead",
                    "went ahead",
                    "opened the scoring",
                }
            ),
        ),
    ),
    # How ill a patient is.
    "patient_state": (
        "how ill",
        (
            frozenset(
                {
                    "critical condition",
                    "critically ill",
                    "serious condition",
                    "seriously ill",
                    "life-threatening",
                }
            ),
            frozenset(
                {"stable condition", "satisfactory condition", "comfortable", "out of danger"}
            ),
        ),
    ),
    # An appeal granted or turned away.
    "appeal": (
        "an appeal granted or turned away",
        tuple(
            frozenset(
                f"{verb} {article} appeal"
                for verb in verbs
                for article in ("the", "an", "his", "her", "their", "its")
            )
            for verbs in (
                ("upheld", "allowed", "granted", "accepted"),
                ("dismissed", "rejected", "threw out", "thrown out", "turned down"),
            )
        ),
    ),
    # Free until trial, or held.
    "bail": (
        "free on bail or held",
        (
            frozenset({"granted bail", "released on bail", "bailed"}),
            frozenset({"refused bail", "denied bail", "remanded in custody", "remanded"}),
        ),
    ),
    # Let out of prison by a pardon, on parole, or a sentence cut.
    "clemency": (
        "pardoned, paroled or a sentence cut",
        (
            frozenset({"pardoned", "pardon", "amnesty", "clemency"}),
            frozenset({"paroled", "parole", "released on parole"}),
            frozenset({"commuted"}),
        ),
    ),
    # The business cycle: a slump or a recovery.
    "cycle": (
        "a slump or a recovery",
        (
            frozenset({"recession", "slump", "downturn", "contraction"}),
            frozenset({"recovery", "rebound", "upturn", "expansion", "boom"}),
        ),
    ),
    # The people of a workplace: those who work there, those who run it.
    "workplace": (
        "workers or managers",
        (
            frozenset(
                {
                    "workers",
                    "worker",
                    "employees",
                    "employee",
                    "staff",
                    "workforce",
                    "labourers",
                    "laborers",
                }
            ),
            frozenset({"managers", "manager", "management", "executives", "bosses", "boss"}),
        ),
    ),
    # Groups by age. Not "children", which holds the teenagers in law and in many a text.
    "age_group": (
        "which age group",
        (
            frozenset(
                {
                    "pensioners",
                    "pensioner",
                    "retirees",
                    "retiree",
                    "senior citizens",
                    "the elderly",
                    "elderly people",
                    "older people",
                    "over-65s",
                }
            ),
            frozenset({"teenagers", "teenager", "adolescents", "adolescent", "teens"}),
            frozenset({"babies", "baby", "infants", "infant", "newborns"}),
        ),
    ),
    # Who sits in judgement: a judge or a jury.
    "bench": (
        "a judge or a jury",
        (
            frozenset({"judge", "magistrate"}),
            frozenset({"jury", "juries", "jurors", "juror"}),
        ),
    ),
    # Parts of a song or a book.
    "text_part": (
        "which part of a song or a book",
        (
            frozenset({"chorus", "refrain"}),
            frozenset({"verse", "verses", "stanza"}),
            frozenset({"preface", "foreword", "prologue"}),
            frozenset({"epilogue", "afterword", "postscript"}),
            frozenset({"footnote", "footnotes"}),
        ),
    ),
    # What a thing is made of. Not a single metal ("steel", "bronze"): "metal" is broader, and
    # the kinds check tells two metals apart.
    "material": (
        "made of what",
        (
            frozenset({"wooden", "wood", "timber"}),
            frozenset({"metal", "metallic"}),
            frozenset({"stone"}),
            frozenset({"brick"}),
            frozenset({"concrete"}),
            frozenset({"glass"}),
            frozenset({"plastic"}),
        ),
    ),
    # Which armed or uniformed service: soldiers are no sailors, nor police officers. Not
    # "forces", "military" or "security forces", which a translator gives for several.
    "service": (
        "which armed service",
        (
            frozenset({"army", "soldiers", "soldier", "troops", "ground forces"}),
            frozenset({"navy", "naval", "sailors", "sailor"}),
            frozenset({"air force", "airmen"}),
            frozenset({"police", "policemen", "policeman", "police officers", "police officer"}),
            frozenset({"coastguard", "coast guard"}),
        ),
    ),
    # Where power comes from.
    "energy": (
        "which source of energy",
        (
            frozenset({"nuclear"}),
            frozenset({"solar"}),
            frozenset({"wind", "wind farm", "wind turbines"}),
            frozenset({"coal", "coal-fired"}),
            frozenset({"gas-fired", "natural gas"}),
            frozenset({"hydroelectric", "hydropower", "hydro"}),
        ),
    ),
    # A case of the state against the accused, or between two parties.
    "case_kind": (
        "a criminal or a civil case",
        (
            frozenset({"criminal case", "criminal trial", "criminal charges", "criminal court"}),
            frozenset({"civil case", "civil suit", "civil lawsuit", "civil court", "civil claim"}),
        ),
    ),
    # What a plane or a ship carries.
    "carrier": (
        "carrying goods or people",
        (
            frozenset({"cargo plane", "cargo ship", "freight train", "freighter", "cargo flight"}),
            frozenset({"passenger plane", "passenger ship", "passenger train", "passenger flight"}),
        ),
    ),
    # Food as it came, or heated.
    "food_state": (
        "raw or treated",
        (
            frozenset({"raw", "unpasteurised", "unpasteurized", "uncooked", "undercooked"}),
            frozenset({"pasteurised", "pasteurized", "cooked"}),
        ),
    ),
    # The kinds of work a writer, a film-maker, a band or an artist makes, each a genre or a
    # format that the reader tells apart: a novel is invented, a memoir lived; a documentary
    # is no feature film, a single no album, a drawing no painting. Not "book", "film",
    # "record", "work" or "piece", broader words for several (the kinds check reads them).
    # The genres close each set: prose (novel, short story, memoir, biography, essay), verse,
    # the stage (play, musical, opera, ballet), the screen, recordings, the visual arts.
    "written_work": (
        "which kind of written work",
        (
            frozenset({"novel", "novels", "novella", "work of fiction"}),
            frozenset({"short story", "short stories"}),
            frozenset({"memoir", "memoirs", "autobiography", "autobiographies"}),
            frozenset({"biography", "biographies"}),
            frozenset({"essay", "essays"}),
            frozenset({"poem", "poems", "poetry", "poetry collection"}),
        ),
    ),
    "stage_work": (
        "which kind of stage work",
        (
            frozenset({"play", "stage play", "drama"}),
            frozenset({"musical", "musicals"}),
            frozenset({"opera", "operas"}),
            frozenset({"ballet", "ballets"}),
        ),
    ),
    "screen_work": (
        "which kind of film",
        (
            frozenset({"documentary", "documentaries", "documentary film"}),
            frozenset({"feature film", "feature films", "feature-length film"}),
            # not "animation", the craft as much as a film ("an animation" / "a short film")
            frozenset({"animated film", "animated feature"}),
            frozenset({"short film", "short films"}),
            frozenset({"television series", "tv series", "miniseries", "drama series"}),
        ),
    ),
    "recording": (
        "which kind of recording",
        (
            # not "LP" / "EP": initials in capitals, which the fields never read
            frozenset({"album", "albums"}),
            frozenset({"single", "singles"}),
        ),
    ),
    "artwork": (
        "which kind of artwork",
        (
            frozenset({"painting", "paintings", "canvas", "canvases", "oil painting"}),
            frozenset({"drawing", "drawings", "sketch", "sketches"}),
            frozenset({"sculpture", "sculptures", "statue", "statues"}),
            frozenset({"photograph", "photographs", "photo", "photos"}),
            frozenset({"mural", "murals", "fresco", "frescoes"}),
        ),
    ),
    # Papers a state issues to a traveller or a foreigner: each lets its holder do another
    # thing (a passport names a citizen, a visa lets one in, a permit lets one stay or work).
    "travel_paper": (
        "which document",
        (
            frozenset({"passport", "passports"}),
            frozenset({"visa", "visas", "entry visa"}),
            frozenset({"residence permit", "residence permits", "residency permit"}),
            frozenset({"work permit", "work permits", "permission to work"}),
            frozenset({"identity card", "identity cards", "id card", "id cards"}),
            frozenset({"driving licence", "driving license", "driver's license"}),
        ),
    ),
    # Rights to an idea, a name or a text: each law protects another thing.
    "ip_right": (
        "which right",
        (
            frozenset({"patent", "patents"}),
            frozenset({"trademark", "trademarks", "trade mark", "trade marks"}),
            frozenset({"copyright", "copyrights"}),
        ),
    ),
    # Papers of a sale: one asks for payment, the other says it was made. Not "bill", a law
    # as often.
    "sale_paper": (
        "which paper of a sale",
        (
            frozenset({"invoice", "invoices"}),
            frozenset({"receipt", "receipts"}),
        ),
    ),
    # How binding a deal is: an intent, or a contract.
    "deal_stage": (
        "how binding the deal",
        (
            frozenset(
                {
                    "letter of intent",
                    "declaration of intent",
                    "memorandum of understanding",
                    "framework agreement",
                }
            ),
            frozenset({"contract", "contracts", "binding agreement"}),
        ),
    ),
    # A state's missions abroad: an embassy in the capital, a consulate elsewhere.
    "mission": (
        "an embassy or a consulate",
        (
            frozenset({"embassy", "embassies", "high commission"}),
            frozenset({"consulate", "consulates", "consulate general", "consulate-general"}),
        ),
    ),
    # Where the sick are treated: kept in, seen and sent home, cared for to the end.
    "care_place": (
        "which place of care",
        (
            frozenset({"hospital", "hospitals"}),
            frozenset({"clinic", "clinics", "health centre", "health center"}),
            frozenset({"hospice", "hospices"}),
            frozenset({"care home", "care homes", "nursing home", "nursing homes"}),
        ),
    ),
    # The school year: pupils in class, or on holiday.
    "school_time": (
        "in term or in the holidays",
        (
            frozenset({"term time", "term-time", "school term"}),
            frozenset({"school holidays", "school holiday", "half-term", "summer holidays"}),
        ),
    ),
    # What a firm sells to raise money: a part of itself, or a debt it will pay back. Not
    # "securities" or "paper", broader words for both.
    "security": (
        "shares or bonds",
        (
            frozenset({"shares", "share issue", "stock", "stocks", "equity", "equities"}),
            frozenset({"bonds", "bond", "bond issue", "gilts", "treasuries", "debentures"}),
        ),
    ),
    # Money paid out by a firm: to its owners, to its staff on top of their pay, their pay
    # itself, or to those who have left.
    "payout": (
        "paid to whom",
        (
            frozenset({"dividend", "dividends", "payout to shareholders"}),
            frozenset({"bonus", "bonuses"}),
            frozenset({"salary", "salaries", "wage", "wages"}),
            frozenset({"pension", "pensions"}),
        ),
    ),
    # Which year a figure is counted over: a firm's or a state's books, the calendar's, a
    # school's.
    "year_kind": (
        "which kind of year",
        (
            frozenset({"fiscal year", "financial year", "tax year"}),
            frozenset({"calendar year"}),
            frozenset({"academic year", "school year"}),
        ),
    ),
    # How wide a win: by far, or only just.
    "margin": (
        "a wide or a narrow win",
        (
            frozenset(
                {
                    "landslide",
                    "by a wide margin",
                    "by a huge margin",
                    "by a large margin",
                    "by a big margin",
                    "comfortably",
                }
            ),
            frozenset(
                {
                    "narrowly",
                    "by a narrow margin",
                    "by a slim margin",
                    "by a small margin",
                    "by a whisker",
                }
            ),
        ),
    ),
    # The stage of a tournament a match or a result belongs to: the knockout rounds from the
    # last sixteen to the final, the group stage before them, the heats or the qualifying
    # rounds before a field is drawn, and the first and the second leg of a tie played home
    # and away. One stage is no other: a team knocked out in the quarter-finals never played
    # a semi-final, a record set in the heats was not set in the final.
    "tournament_stage": (
        "which stage of the tournament",
        (
            frozenset({"final", "finals", "grand final"}),
            frozenset(
                {
                    "semi-final",
                    "semi-finals",
                    "semifinal",
                    "semifinals",
                    "semi final",
                    "semi finals",
                    "last four",
                }
            ),
            frozenset(
                {
                    "quarter-final",
                    "quarter-finals",
                    "quarterfinal",
                    "quarterfinals",
                    "quarter final",
                    "quarter finals",
                    "last eight",
                }
            ),
            frozenset({"last-16", "round-of-16", "last sixteen"}),
            frozenset({"group stage", "group stages", "group phase", "pool stage"}),
            frozenset({"heats", "qualifying heats", "preliminary heats"}),
            frozenset({"qualifiers", "qualifying round", "qualifying rounds", "qualification"}),
            frozenset({"first round", "opening round"}),
            frozenset({"first leg", "opening leg"}),
            frozenset({"second leg", "return leg"}),
        ),
    ),
    # A sum in money of the day, or in money of one year's prices: "pensions rose 3 percent
    # in real terms" grew faster than prices, "in nominal terms" perhaps slower.
    "price_basis": (
        "after inflation or before it",
        (
            frozenset(
                {
                    "in real terms",
                    "after inflation",
                    "adjusted for inflation",
                    "inflation-adjusted",
                    "in constant prices",
                    "at constant prices",
                }
            ),
            frozenset(
                {
                    "in nominal terms",
                    "before inflation",
                    "in cash terms",
                    "in current prices",
                    "at current prices",
                }
            ),
        ),
    ),
    # A unit of an army by its size, from the squad to the corps: a platoon is some thirty
    # soldiers, a battalion some hundreds, a brigade some thousands, a division ten thousand
    # or more. One unit is no other: a brigade sent to a border is several battalions.
    "military_unit": (
        "which size of military unit",
        (
            frozenset({"squad", "squads", "fire team", "fire teams"}),
            frozenset({"platoon", "platoons"}),
            frozenset({"company", "companies"}),
            frozenset({"battalion", "battalions"}),
            frozenset({"regiment", "regiments"}),
            frozenset({"brigade", "brigades"}),
            frozenset({"division", "divisions"}),
            frozenset({"corps"}),
        ),
    ),
    # What a sum of money was paid for: a fine punishes, a fee buys a service, a ransom frees
    # a hostage, a reward pays for help, a bribe buys a favour, a donation asks nothing back,
    # a royalty is earned on each sale, an advance paid before it. One is no other: to be
    # accused of taking donations is not to be accused of taking bribes.
    "payment_kind": (
        "paid for what",
        (
            frozenset({"fine", "fines", "penalty", "penalties"}),
            frozenset({"fee", "fees"}),
            frozenset({"ransom", "ransoms", "ransom payment"}),
            frozenset({"reward", "rewards", "bounty", "bounties"}),
            frozenset({"bribe", "bribes", "kickback", "kickbacks"}),
            frozenset({"donation", "donations", "gift of money"}),
            frozenset({"royalties", "royalty payments"}),
            frozenset({"advances", "advance payment", "advance payments"}),
        ),
    ),
    # An election of people, or a vote on a question (both a vote against a poll: "poll").
    "vote_kind": (
        "an election or a referendum",
        (
            frozenset(
                {
                    "election",
                    "elections",
                    "snap election",
                    "general election",
                    "by-election",
                    "presidential election",
                    "parliamentary election",
                }
            ),
            frozenset({"referendum", "referendums", "referenda", "plebiscite"}),
        ),
    ),
    # The time of the events told, or the time of writing: "who was then health minister" is
    # not "who is now health minister", "the then mayor" not "the current mayor", "that year"
    # not "this year", "that day" not "today". A clause's time anchor, moved, makes a past
    # office a present one and a past figure a present one. "then" alone is mostly "next" ("and
    # then left"): only its anchoring uses count.
    "time_anchor": (
        "the time of the events told or the time of writing",
        (
            frozenset(
                {
                    "the then",
                    "was then",
                    "were then",
                    "back then",
                    "at the time",
                    "at that time",
                    "in those days",
                    "that day",
                    "that week",
                    "that month",
                    "that year",
                    "the same day",
                    "the same week",
                    "the same month",
                    "the same year",
                }
            ),
            frozenset(
                {
                    "now",
                    "today",
                    "currently",
                    "current",
                    "at present",
                    "presently",
                    "nowadays",
                    "these days",
                    "at the moment",
                    "at the time of writing",
                    "to this day",
                    "this week",
                    "this month",
                    "this year",
                }
            ),
        ),
    ),
    # When an act comes: at once, or only in the end ("will immediately withdraw" / "will
    # eventually withdraw"); WordNet opposes neither adverb.
    "promptness": (
        "at once or in the end",
        (
            frozenset(
                {
                    "immediately",
                    "at once",
                    "straight away",
                    "right away",
                    "instantly",
                    "without delay",
                }
            ),
            frozenset({"eventually", "ultimately", "in the end", "in due course"}),
        ),
    ),
    # A vote's outcome for a candidate: chosen, or beaten ("If elected, she will ..." / "If
    # defeated, she will ..."); WordNet files "elect" under choosing, "defeat" under winning.
    "vote_outcome": (
        "elected or defeated",
        (
            frozenset({"elected", "re-elected", "voted in"}),
            frozenset({"defeated", "voted out", "unseated"}),
        ),
    ),
    # Two or more things at once, or one after another: sentences that run concurrently are
    # not served consecutively, rockets launched simultaneously were not launched in
    # succession, votes held on the same day are not held on successive days. WordNet opposes
    # neither pair ("simultaneous" has only "nonsimultaneous", "consecutive" only
    # "nonconsecutive"). "at once" (also "immediately") and "together" (also "jointly") are
    # left out.
    "timing": (
        "at the same time or one after another",
        (
            frozenset(
                {
                    "simultaneously",
                    "simultaneous",
                    "concurrently",
                    "concurrent",
                    "at the same time",
                    "at the same moment",
                    "in parallel",
                    "on the same day",
                }
            ),
            frozenset(
                {
                    "consecutively",
                    "successively",
                    "in succession",
                    "in turn",
                    "one after the other",
                    "one after another",
                    "in sequence",
                    "on successive days",
                    "on consecutive days",
                    "hours apart",
                    "days apart",
                    "weeks apart",
                    "months apart",
                    "years apart",
                }
            ),
        ),
    ),
    # What a count counts: those new in a period (a flow), or all there are (a stock): 1,200
    # new infections are not 1,200 active ones, new mortgage loans not outstanding ones, annual
    # emissions not cumulative ones. Neither set holds one thing ("new" / "annual", "active" /
    # "existing"): no synonyms read.
    "stock_flow": (
        "those new in a period or all there are",
        (
            frozenset(
                {
                    "new",
                    "newly confirmed",
                    "newly reported",
                    "newly issued",
                    "newly registered",
                    "annual",
                    "yearly",
                }
            ),
            frozenset({"active", "outstanding", "cumulative", "existing"}),
        ),
    ),
    # A measure made, or in force: the day a law was passed, signed or announced is not the
    # day it took effect ("approved in 2006" / "came into force in 2006", "agreed on Sunday" /
    # "in force since Sunday"). Each verb is read only beside one of the other set in the
    # same edit, where neither side says the other's.
    "enactment": (
        "when the measure was made or when it took effect",
        (
            frozenset(
                {
                    "approved",
                    "passed",
                    "adopted",
                    "enacted",
                    "signed",
                    "ratified",
                    "agreed",
                    "announced",
                    "unveiled",
                    "published",
                }
            ),
            frozenset(
                {
                    "came into force",
                    "come into force",
                    "comes into force",
                    "coming into force",
                    "entered into force",
                    "enters into force",
                    "came into effect",
                    "comes into effect",
                    "went into effect",
                    "goes into effect",
                    "took effect",
                    "takes effect",
                    "take effect",
                    "taking effect",
                    "in force",
                    "effective from",
                    "effective since",
                }
            ),
        ),
    ),
    # What a sum of money is: the price a thing went for, what it is said to be worth, an offer,
    # money paid out, money brought in, a sum claimed or one a court or a panel granted, and a
    # sum put by for later. "paid" and "spent" are one: money that left.
    "sum_role": (
        "what a sum of money is",
        (
            frozenset(
                {"sold for", "was sold for", "were sold for", "fetched", "went for", "bought for"}
            ),
            frozenset({"valued at", "estimated at", "appraised at", "put at"}),
            frozenset({"offered", "has offered", "had offered", "bid", "has bid", "made a bid of"}),
            frozenset({"paid", "has paid", "had paid", "spent", "has spent", "had spent"}),
            frozenset({"raised", "has raised", "had raised", "collected", "has collected"}),
            frozenset({"is seeking", "are seeking", "sought", "is claiming", "are claiming"}),
            frozenset({"was awarded", "were awarded", "has been awarded", "have been awarded"}),
            frozenset({"set aside", "has set aside", "earmarked", "has earmarked", "budgeted"}),
        ),
    ),
    # The last there will ever be, or the most recent so far ("her final novel" / "her latest
    # novel"); "last" says either and stays out.
    "recency": (
        "the last there will be or the most recent so far",
        (
            frozenset({"latest", "newest", "most recent"}),
            frozenset({"final"}),
        ),
    ),
    # The occasion people gathered for: a burial is no wedding, a baptism no inauguration.
    "occasion": (
        "which occasion",
        (
            frozenset({"funeral", "funerals", "funeral service", "burial service"}),
            frozenset({"memorial service", "memorial services"}),
            frozenset(
                {
                    "wedding",
                    "weddings",
                    "wedding ceremony",
                    "marriage ceremony",
                    "wedding reception",
                }
            ),
            frozenset({"christening", "christenings", "baptism", "baptisms"}),
            frozenset({"engagement party", "engagement celebration"}),
            frozenset({"graduation ceremony", "commencement ceremony"}),
            frozenset({"inauguration", "swearing-in", "swearing-in ceremony"}),
            frozenset({"coronation"}),
            frozenset({"state banquet", "state dinner"}),
            frozenset({"welcome ceremony"}),
        ),
    ),
    # How someone travelled: by the verb of the way or by "by" and the vehicle ("flew" / "by
    # plane", "walked" / "on foot"); past forms, as news reports a journey.
    "travel_way": (
        "which way of travelling",
        (
            frozenset({"walked", "went on foot", "on foot", "travelled on foot", "hiked"}),
            frozenset(
                {"cycled", "biked", "by bicycle", "by bike", "rode a bicycle", "rode a bike"}
            ),
            frozenset({"drove", "by car", "went by car", "travelled by car"}),
            frozenset({"flew", "by plane", "by air", "travelled by plane", "went by plane"}),
            frozenset({"sailed", "by boat", "by sea", "by ship"}),
            frozenset({"rowed", "in a rowing boat", "by rowing boat"}),
            frozenset({"swam"}),
            frozenset({"on horseback", "on a horse", "rode a horse"}),
            frozenset({"by train", "by rail", "took the train", "took a train"}),
            frozenset({"by bus", "by coach", "took the bus", "took a bus"}),
        ),
    ),
    # The degree a study leads to: a bachelor's is no master's, a master's no doctorate, a
    # school's diploma no degree. "Degree" alone (a temperature, "to a degree") and a
    # university's degree of no level ("a university degree", any of them) are not read;
    # "PhD", "MBA" are capitalised, names to this reading.
    "academic_degree": (
        "which academic degree",
        (
            frozenset(
                {
                    "bachelor's",
                    "bachelors",
                    "bachelor's degree",
                    "bachelors degree",
                    "bachelor degree",
                    "undergraduate degree",
                }
            ),
            frozenset({"master's", "masters degree", "master's degree", "master degree"}),
            frozenset({"doctorate", "doctoral", "doctoral degree"}),
            frozenset(
                {
                    "high school diploma",
                    "secondary school diploma",
                    "school-leaving certificate",
                    "school leaving certificate",
                }
            ),
        ),
    ),
    # The kind of news outlet that told something: a newspaper is no magazine, a news agency no
    # broadcaster, a blog no newspaper. A tabloid or a broadsheet is a newspaper here (the
    # next field tells the two apart); "paper" (a study, "on paper") and "website" (a firm's
    # own) are not read.
    "news_outlet": (
        "which kind of news outlet",
        (
            frozenset(
                {
                    "newspaper",
                    "daily newspaper",
                    "weekly newspaper",
                    "tabloid",
                    "tabloid newspaper",
                    "broadsheet",
                    "broadsheet newspaper",
                }
            ),
            frozenset(
                {
                    "magazine",
                    "news magazine",
                    "weekly magazine",
                    "monthly magazine",
                    "trade journal",
                    "industry journal",
                    "trade magazine",
                    "trade publication",
                }
            ),
            frozenset({"news agency", "wire service", "press agency"}),
            frozenset({"broadcaster", "public broadcaster", "state broadcaster"}),
            frozenset({"news website", "news site", "news portal", "online news site"}),
            frozenset({"blog"}),
        ),
    ),
    "press_format": (
        "a tabloid or a broadsheet",
        (
            frozenset({"tabloid", "tabloid newspaper", "red-top"}),
            frozenset({"broadsheet", "broadsheet newspaper"}),
        ),
    ),
    # The day of an event against the days before or after it: "on the eve of the election"
    # is the day before it, not polling day; "in the aftermath of the storm" not "in the
    # run-up to" it.
    "event_day": (
        "the day of an event or a day before or after it",
        (
            frozenset(
                {
                    "on the eve of",
                    "the eve of",
                    "the day before",
                    "on the day before",
                    "the night before",
                    "on the night before",
                    "the evening before",
                    "in the run-up to",
                    "the run-up to",
                    "in the lead-up to",
                    "the lead-up to",
                    "in the days before",
                    "in the days leading up to",
                }
            ),
            _EVENT_DAY,
            frozenset(
                {
                    "the day after",
                    "on the day after",
                    "the morning after",
                    "on the morning after",
                    "the night after",
                    "the evening after",
                    "in the aftermath of",
                    "the aftermath of",
                    "in the days after",
                    "in the days following",
                    "in the wake of",
                }
            ),
        ),
    ),
    # The day of an event against any time before it, or any after it: "stop the tablets on the
    # morning of the operation" is not "stop them before the operation" (days before, it may
    # be). Two fields, so that "before" and "after" are no one field's two sets: the opposites
    # check reads those.
    "event_day_or_before": (
        "the day of an event or a time before it",
        (_EVENT_DAY, frozenset({"before", "ahead of", "prior to", "in advance of"})),
    ),
    "event_day_or_after": (
        "the day of an event or a time after it",
        (_EVENT_DAY, frozenset({"after"})),
    ),
    # The order of birth among siblings or children: the first-born is not the youngest, a
    # twin not an elder brother. The comparatives "older" and "younger" are not read: "nine
    # years older than the governor" / "the governor is nine years younger than" is one
    # comparison told from its other end (the opposites check reads the rest).
    "birth_order": (
        "which child by order of birth",
        (
            frozenset({"elder", "eldest", "first-born", "firstborn"}),
            frozenset({"youngest", "last-born", "youngest-born"}),
            frozenset({"twin"}),
        ),
    ),
    # What someone did to a thing found or made: to discover it is not to invent it, to
    # predict it not to detect it, to prove a claim not to propose it. "Found" and
    # "demonstrated" (said of any study's result), "described" and "designed" (of much else)
    # are not read.
    "discovery": (
        "discovered, invented, predicted or proved",
        (
            frozenset(
                {"discovered", "discover", "discovers", "discovering", "detected", "spotted"}
            ),
            frozenset({"invented", "invent", "invents", "inventing", "devised", "came up with"}),
            frozenset({"predicted", "predict", "predicts", "predicting"}),
            frozenset({"proved", "proven", "prove", "proves", "proving"}),
            frozenset({"photographed"}),
            frozenset({"patented"}),
            frozenset({"improved", "refined"}),
        ),
    ),
    # How much of a firm an owner holds: all of it, more than half (control), a share with
    # another owner on equal terms, or less than half. A minority stake leaves control with
    # others; a wholly owned subsidiary has no other owner. A stake told by its control is one
    # with a stake told by its majority ("a controlling stake" / "a majority stake"), and a
    # holding by any of its names ("a minority stake" / "a minority shareholding").
    "ownership": (
        "how much of it is owned",
        (
            frozenset(
                {
                    "wholly owned",
                    "wholly-owned",
                    "fully owned",
                    "fully-owned",
                    "sole owner",
                    "sole owners",
                    "sole ownership",
                    "outright owner",
                    "full ownership",
                    "complete ownership",
                    "full control",
                    "complete control",
                    "total control",
                }
            ),
            frozenset(
                {
                    "majority stake",
                    "majority shareholding",
                    "majority holding",
                    "majority interest",
                    "majority-owned",
                    "majority owned",
                    "majority owner",
                    "majority shareholder",
                    "controlling stake",
                    "controlling shareholding",
                    "controlling interest",
                    "controlling shareholder",
                }
            ),
            frozenset(
                {
                    "joint control",
                    "jointly owned",
                    "jointly-owned",
                    "joint owner",
                    "joint owners",
                    "joint ownership",
                    "co-owner",
                    "co-owners",
                    "co-ownership",
                    "co-owned",
                }
            ),
            frozenset(
                {
                    "minority stake",
                    "minority shareholding",
                    "minority holding",
                    "minority interest",
                    "minority-owned",
                    "minority owner",
                    "minority shareholder",
                    "blocking minority",
                }
            ),
        ),
    ),
    # A side or a player named by its standing in a competition: the holders of the title,
    # those who lost the last final, the side most or least expected to win, the side that
    # hosts it, one taking part for the first time, the side top or bottom of a table, one
    # just promoted or relegated. Each names another team of the same draw: "the holders were
    # knocked out" is not "the favourites were knocked out". Not "leaders" alone (of a party,
    # of a country), nor "winners" (of any match, of a prize).
    "standing": (
        "which side by its standing",
        (
            frozenset(
                {
                    "defending champion",
                    "defending champions",
                    "reigning champion",
                    "reigning champions",
                    "title holder",
                    "title holders",
                    "title-holder",
                    "title-holders",
                    "titleholder",
                    "titleholders",
                    "holders",
                }
            ),
            frozenset(
                {
                    "runner-up",
                    "runners-up",
                    "beaten finalist",
                    "beaten finalists",
                    "losing finalist",
                    "losing finalists",
                }
            ),
            frozenset({"favourite", "favourites", "favorite", "favorites"}),
            frozenset(
                {"underdog", "underdogs", "outsider", "outsiders", "long shot", "long shots"}
            ),
            frozenset(
                {
                    "hosts",
                    "host",
                    "co-hosts",
                    "co-host",
                    "host nation",
                    "host country",
                    "host city",
                    "host club",
                }
            ),
            frozenset(
                {
                    "debutant",
                    "debutants",
                    "first-timers",
                    "first-time participants",
                    "first-time qualifiers",
                }
            ),
            frozenset(
                {
                    "league leaders",
                    "league leader",
                    "table-toppers",
                    "table toppers",
                    "pacesetters",
                    "early leaders",
                }
            ),
            frozenset(
                {
                    "bottom club",
                    "bottom side",
                    "bottom team",
                    "bottom-placed",
                    "basement club",
                    "basement side",
                    "wooden spoon",
                }
            ),
            frozenset(
                {
                    "newly promoted",
                    "promoted side",
                    "promoted club",
                    "promoted team",
                    "newly-promoted",
                }
            ),
            frozenset({"relegated side", "relegated club", "relegated team"}),
        ),
    ),
    # The hours, days or seasons a service or a state covers: the whole day and night, the
    # day only, the night only; the whole week, its working days, its weekend; the whole
    # year, one season of it. A clinic staffed "around the clock" is not staffed "during the
    # day", a pass open "year-round" not open "in summer". Each season is a set of its own
    # ("in summer" / "in winter" is the kinds check's). The idioms of one whole stretch are read
    # alike before any check (``_WHOLE_TIME`` in ``_alike.py``).
    "time_span": (
        "which hours, days or seasons",
        (
            frozenset(
                {
                    "around the clock",
                    "round the clock",
                    "round-the-clock",
                    "around-the-clock",
                    "day and night",
                    "night and day",
                }
            ),
            frozenset(
                {
                    "during the day",
                    "in the daytime",
                    "during the daytime",
                    "by day",
                    "during daylight hours",
                    "in daylight hours",
                    "during office hours",
                    "during working hours",
                    "during business hours",
                }
            ),
            frozenset(
                {"at night", "by night", "overnight", "through the night", "during the night"}
            ),
            frozenset({"seven days a week", "every day of the week"}),
            frozenset({"on weekdays", "on working days", "during the week"}),
            frozenset({"at weekends", "at the weekend", "on weekends", "on the weekend"}),
            frozenset({"year-round", "all year round", "throughout the year", "all year"}),
            frozenset({"in summer", "in the summer", "during the summer", "in summertime"}),
            frozenset({"in winter", "in the winter", "during the winter", "in wintertime"}),
            frozenset({"in spring", "in the spring", "during the spring"}),
            frozenset({"in autumn", "in the autumn", "during the autumn", "in the fall"}),
        ),
    ),
    # The period a change is measured against: a year earlier, the month before, the
    # quarter before, the week before. Prices 3 percent up "year on year" may be flat "month
    # on month"; an economy growing 0.4 percent "quarter on quarter" grows some 1.6 percent a
    # year. The phrases of one period are read alike before any check (``COMPARED_PERIODS``
    # in ``_alike.py``, read here too, with the same period of last year); here they differ.
    "compared_period": (
        "measured against which period",
        (
            frozenset(
                {
                    *COMPARED_PERIODS[0],
                    "from the same month last year",
                    "on the same month last year",
                    "compared with the same month last year",
                    "from the same period last year",
                    "on the same period last year",
                    "compared with the same period last year",
                    "from the same quarter last year",
                    "compared with the same quarter last year",
                }
            ),
            *(frozenset(forms) for forms in COMPARED_PERIODS[1:]),
        ),
    ),
    # How a goal, a point or a fight was won: a header is no volley, a penalty no free kick, a
    # knockout no points decision, a try no drop goal, a free throw no three-pointer, an ace
    # no double fault. Not "try" alone (the verb), "conversion" (of money, of faith) nor
    # "jumper" (a garment).
    "score_means": (
        "how it was scored or won",
        (
            frozenset({"header", "headers", "headed goal", "headed goals"}),
            frozenset({"volley", "volleys", "volleyed goal"}),
            frozenset({"penalty kick", "penalty kicks", "spot kick", "spot-kick", "penalty"}),
            frozenset({"free kick", "free-kick", "free kicks", "free-kicks"}),
            frozenset({"own goal", "own goals", "own-goal"}),
            frozenset({"knockout", "knock-out", "technical knockout"}),
            frozenset({"on points", "points decision", "unanimous decision", "split decision"}),
            frozenset({"scored a try", "tries"}),
            frozenset({"drop goal", "drop goals", "drop-goal"}),
            frozenset({"penalty goal", "penalty goals"}),
            frozenset({"free throw", "free throws", "foul shot", "foul shots"}),
            frozenset({"three-pointer", "three-pointers", "three-point shot", "three-point shots"}),
            frozenset({"jump shot", "jump shots"}),
            frozenset({"layup", "layups", "lay-up", "lay-ups"}),
            frozenset({"dunk", "dunks", "slam dunk", "slam dunks"}),
            frozenset({"ace", "aces"}),
            frozenset({"double fault", "double faults"}),
            frozenset({"home run", "home runs"}),
        ),
    ),
    # One firm's relation to another: the firm that owns it, one it owns, one owned by the
    # same parent, one it competes with, one it works with, one that holds its shares. A
    # parent injecting capital is not a subsidiary injecting it. Not "owner" (a person as
    # often), "division" (a unit of an army, a league).
    "firm_relation": (
        "which firm by its relation to this one",
        (
            frozenset(
                {
                    "parent company",
                    "parent companies",
                    "parent group",
                    "parent firm",
                    "holding company",
                }
            ),
            frozenset({"subsidiary", "subsidiaries", "unit", "units", "arm"}),
            frozenset({"sister company", "sister companies", "sister firm", "sister firms"}),
            frozenset({"rival", "rivals", "competitor", "competitors"}),
            frozenset({"partner", "partners", "joint venture partner", "joint-venture partner"}),
            frozenset({"shareholder", "shareholders"}),
        ),
    ),
    # The scope of a record or a title, where the words are not names: the best in the world,
    # in the country, of an athlete's career, of the season. A personal best is no national
    # record, a season's best no career best. Capitalised scopes ("European", "Olympic") are
    # names the fields do not read.
    "record_scope": (
        "the best of which field",
        (
            frozenset(
                {
                    "world record",
                    "world records",
                    "world best",
                    "world-record",
                    "world title",
                    "world titles",
                    "world champion",
                    "world champions",
                    "world crown",
                }
            ),
            frozenset(
                {
                    "national record",
                    "national records",
                    "national best",
                    "national title",
                    "national titles",
                    "national champion",
                    "national champions",
                }
            ),
            frozenset(
                {
                    "personal best",
                    "personal bests",
                    "personal record",
                    "lifetime best",
                    "career best",
                    "career-best",
                }
            ),
            frozenset({"season's best", "season best", "seasonal best", "season-best"}),
        ),
    ),
    # The level of a club's or a country's team: its first (senior) team, its reserves, its
    # youth sides. A debut for the under-21 team is no debut for the senior team. Whether it
    # is the national team or a club's is ``team_kind``'s.
    "team_level": (
        "which team of a club or a country",
        (
            frozenset(
                {
                    "senior team",
                    "senior side",
                    "senior squad",
                    "first team",
                    "first-team",
                    "first-team squad",
                }
            ),
            frozenset({"reserve team", "reserve side", "reserves", "second team"}),
            frozenset(
                {
                    "youth team",
                    "youth side",
                    "youth squad",
                    "youth teams",
                    "junior team",
                    "junior side",
                    "junior squad",
                    "youth academy",
                    "under-15",
                    "under-15s",
                    "under-16",
                    "under-16s",
                    "under-17",
                    "under-17s",
                    "under-18",
                    "under-18s",
                    "under-19",
                    "under-19s",
                    "under-20",
                    "under-20s",
                    "under-21",
                    "under-21s",
                    "under-23",
                    "under-23s",
                }
            ),
        ),
    ),
    # Whom a player plays for: the national team, a club, a county (cricket). Forty goals
    # for his country are not forty for his club.
    "team_kind": (
        "a national team, a club or a county",
        (
            frozenset(
                {
                    "for his country",
                    "for her country",
                    "for their country",
                    "national team",
                    "national side",
                    "national squad",
                }
            ),
            frozenset({"for his club", "for her club", "for their club", "club side", "club team"}),
            frozenset(
                {"for his county", "for her county", "county side", "county team", "county squad"}
            ),
        ),
    ),
    # The genre of a work or a kind of music: a jazz album is no blues album, a science
    # fiction novel no fantasy, a horror film no comedy. Names of one genre are one set
    # ("hip-hop" / "rap", "science fiction" / "sci-fi", "romance novels" / "romantic fiction").
    # A genre and a broader word ("thriller" / "film", "jazz" / "music") are no verdict: only
    # two genres are. Not "country" alone (a nation), "metal" (a material), "soul" (a spirit)
    # nor "western" (a direction). The stage's and the screen's forms (opera, ballet,
    # documentary) are fields of their own (``stage_work``, ``screen_work``).
    "genre": (
        "which genre",
        (
            frozenset({"jazz", "jazz music"}),
            frozenset({"blues", "blues music"}),
            frozenset({"rock music", "rock and roll", "rock'n'roll", "rock band", "punk rock"}),
            frozenset({"pop music", "pop song", "pop songs", "pop star", "pop band"}),
            frozenset({"hip-hop", "hip hop", "rap", "rap music", "rapper", "rappers"}),
            frozenset({"country music", "country and western", "country singer"}),
            frozenset({"folk music", "folk song", "folk songs", "folk singer"}),
            frozenset({"classical music"}),
            frozenset({"reggae"}),
            frozenset({"heavy metal"}),
            frozenset({"techno", "electronic music", "electronic dance music"}),
            frozenset({"gospel", "gospel music"}),
            frozenset({"science fiction", "sci-fi", "scifi"}),
            frozenset({"fantasy novel", "fantasy novels", "fantasy fiction", "fantasy film"}),
            frozenset({"horror", "horror film", "horror films", "horror movie", "horror fiction"}),
            frozenset(
                {
                    "crime fiction",
                    "crime novel",
                    "crime novels",
                    "crime writer",
                    "detective fiction",
                    "detective novel",
                    "detective novels",
                    "detective story",
                    "detective stories",
                    "whodunnit",
                    "whodunit",
                }
            ),
            frozenset({"thriller", "thrillers"}),
            frozenset(
                {
                    "romance novel",
                    "romance novels",
                    "romantic fiction",
                    "romance fiction",
                    "romance writer",
                    "romantic novelist",
                }
            ),
            frozenset({"historical novel", "historical novels", "historical fiction"}),
            frozenset({"comedy", "comedies", "romantic comedy", "romcom", "rom-com", "sitcom"}),
            frozenset({"tragedy", "tragedies"}),
        ),
    ),
    # How near a species is to dying out, by the categories of the IUCN Red List, in order
    # (least concern, near threatened, vulnerable, endangered, critically endangered, extinct
    # in the wild, extinct): each a finding of its own about how many are left, so one
    # category for another is another state of the species. Not "threatened" (any of the three
    # middle ones, and a verb) nor "rare" (no category).
    "red_list": (
        "how near to extinction",
        (
            frozenset({"least concern"}),
            frozenset({"near threatened", "near-threatened"}),
            frozenset({"vulnerable"}),
            frozenset({"endangered"}),
            frozenset({"critically endangered"}),
            frozenset({"extinct in the wild"}),
            frozenset({"extinct", "died out"}),
        ),
    ),
    # Where a species lives: belonging there, or brought from elsewhere and spreading.
    "species_origin": (
        "native or brought in",
        (
            frozenset({"native", "indigenous"}),
            frozenset({"invasive", "non-native", "non-indigenous"}),
        ),
    ),
    # Where an animal was born or lives: kept by people, or free.
    "captivity": (
        "kept or free",
        (
            frozenset({"in captivity", "captive", "captive-bred", "captive-born"}),
            frozenset({"in the wild", "wild-born"}),
        ),
    ),
    # The division a boxer, a wrestler or a judoka fights in, by the professional and amateur
    # names of each weight class: another class is another title, another opponent. Names of
    # one class ("cruiserweight" / "junior heavyweight", "light middleweight" / "super
    # welterweight") are one set.
    "weight_class": (
        "which weight class",
        (
            frozenset({"heavyweight"}),
            frozenset({"super heavyweight", "super-heavyweight", "superheavyweight"}),
            frozenset({"cruiserweight", "junior heavyweight", "junior-heavyweight"}),
            frozenset({"bridgerweight"}),
            frozenset({"light heavyweight", "light-heavyweight"}),
            frozenset({"super middleweight", "super-middleweight"}),
            frozenset({"middleweight"}),
            frozenset(
                {
                    "light middleweight",
                    "light-middleweight",
                    "super welterweight",
                    "super-welterweight",
                    "junior middleweight",
                    "junior-middleweight",
                }
            ),
            frozenset({"welterweight"}),
            frozenset(
                {
                    "light welterweight",
                    "light-welterweight",
                    "super lightweight",
                    "super-lightweight",
                    "junior welterweight",
                    "junior-welterweight",
                }
            ),
            frozenset({"lightweight"}),
            frozenset({"super featherweight", "super-featherweight", "junior lightweight"}),
            frozenset({"featherweight"}),
            frozenset({"super bantamweight", "super-bantamweight", "junior featherweight"}),
            frozenset({"bantamweight"}),
            frozenset({"super flyweight", "super-flyweight", "junior bantamweight"}),
            frozenset({"flyweight"}),
            frozenset({"light flyweight", "light-flyweight", "junior flyweight"}),
            frozenset({"minimumweight", "strawweight", "mini flyweight", "mini-flyweight"}),
        ),
    ),
    # What a government rests on or is made of: parties in coalition, one party without a
    # majority, a cabinet that only minds the business until an election, experts, the army,
    # a foreign power, a government abroad. Names of one sort ("caretaker" / "interim",
    # "military government" / "junta") are one set.
    "government_form": (
        "which kind of government",
        (
            frozenset({"coalition government", "coalition cabinet", "coalition administration"}),
            frozenset({"minority government", "minority cabinet", "minority administration"}),
            frozenset({"majority government"}),
            frozenset(
                {
                    "caretaker government",
                    "caretaker cabinet",
                    "caretaker administration",
                    "interim government",
                    "interim administration",
                    "transitional government",
                    "transitional administration",
                    "provisional government",
                }
            ),
            frozenset(
                {"technocratic government", "technocrat government", "government of technocrats"}
            ),
            frozenset(
                {"unity government", "national unity government", "government of national unity"}
            ),
            frozenset({"military government", "military junta", "junta", "military regime"}),
            frozenset({"puppet government", "puppet regime"}),
            frozenset({"government in exile", "government-in-exile", "exiled government"}),
            frozenset({"shadow government", "shadow cabinet"}),
        ),
    ),
    # What a body does to a member it disciplines, from a rebuke to a removal: a censure is no
    # expulsion, a suspension no striking off.
    "sanction": (
        "which disciplinary measure",
        (
            frozenset({"censure", "censured", "censures", "censuring"}),
            frozenset(
                {
                    "reprimand",
                    "reprimanded",
                    "reprimanding",
                    "rebuke",
                    "rebuked",
                    "rebuking",
                    "admonished",
                    "written warning",
                    "formal warning",
                }
            ),
            frozenset({"suspend", "suspended", "suspending", "suspension"}),
            frozenset({"expel", "expelled", "expels", "expelling", "expulsion"}),
            frozenset({"impeach", "impeached", "impeaches", "impeaching", "impeachment"}),
            frozenset({"struck off", "disbarred", "disbar", "disbarment"}),
            frozenset({"demote", "demoted", "demotes", "demoting", "demotion"}),
        ),
    ),
    # How a person was made to leave a country or kept out of it: deported (a foreigner
    # removed), extradited (handed over for trial), repatriated (sent home), refused entry,
    # sent into exile; or given asylum.
    "removal": (
        "how a person was sent out of or kept out of a country",
        (
            frozenset(
                {"deport", "deported", "deports", "deporting", "deportation", "deportations"}
            ),
            frozenset({"extradite", "extradited", "extradites", "extraditing", "extradition"}),
            frozenset({"repatriate", "repatriated", "repatriating", "repatriation"}),
            frozenset({"refused entry", "denied entry", "barred from entering"}),
            frozenset({"exiled", "sent into exile", "went into exile", "forced into exile"}),
            frozenset({"asylum"}),
        ),
    ),
    # Which price of a good: what traders pay one another or what shops charge, what
    # producers get or what consumers pay, for delivery now or later, what a seller asks or
    # what a buyer paid, crude oil or fuel at the pump.
    "price_stage": (
        "which price",
        (
            frozenset({"wholesale", "wholesale price", "wholesale prices"}),
            frozenset({"retail", "retail price", "retail prices", "shop prices"}),
            frozenset(
                {
                    "producer prices",
                    "producer price",
                    "producer price index",
                    "factory-gate prices",
                    "factory gate prices",
                }
            ),
            frozenset({"consumer prices", "consumer price index"}),
            frozenset({"spot price", "spot prices"}),
            frozenset({"futures price", "futures prices"}),
            frozenset({"asking price", "asking prices"}),
            frozenset({"selling price", "selling prices"}),
            frozenset(
                {
                    "pump prices",
                    "pump price",
                    "prices at the pump",
                    "petrol prices",
                    "gasoline prices",
                }
            ),
            frozenset({"crude prices", "crude price", "crude oil prices", "oil prices"}),
        ),
    ),
    # Which measure of an economy: inflation with or without food and energy, the confidence
    # of households or of firms, what factories make or what shops sell, pay or output per
    # hour.
    "economic_indicator": (
        "which economic indicator",
        (
            frozenset({"core inflation", "underlying inflation"}),
            frozenset({"headline inflation", "overall inflation"}),
            frozenset({"consumer confidence", "consumer sentiment"}),
            frozenset({"business confidence", "business sentiment"}),
            frozenset({"investor confidence", "investor sentiment"}),
            frozenset(
                {
                    "industrial output",
                    "industrial production",
                    "factory output",
                    "manufacturing output",
                }
            ),
            frozenset({"retail sales"}),
            frozenset({"wage growth", "pay growth", "earnings growth"}),
            frozenset({"productivity growth"}),
        ),
    ),
    # Which measure of a population's health: new cases or all cases, deaths of infants, of
    # children or of mothers, births per person or per woman, deaths among all or among the
    # sick, admissions, years of life.
    "health_measure": (
        "which measure of health",
        (
            frozenset({"incidence"}),
            frozenset({"prevalence"}),
            frozenset({"infant mortality", "infant mortality rate", "infant death rate"}),
            frozenset({"child mortality", "under-five mortality"}),
            frozenset({"maternal mortality", "maternal mortality rate", "maternal death rate"}),
            frozenset({"birth rate", "birthrate", "crude birth rate"}),
            frozenset({"fertility rate", "total fertility rate"}),
            frozenset({"death rate", "mortality rate", "crude death rate"}),
            frozenset({"case fatality rate", "case-fatality rate", "fatality rate"}),
            frozenset({"attack rate"}),
            frozenset({"infection rate", "rate of infection"}),
            frozenset(
                {
                    "hospitalisation rate",
                    "hospitalization rate",
                    "hospital admission rate",
                    "rate of hospital admission",
                }
            ),
            frozenset({"vaccination rate", "vaccine uptake", "vaccination coverage"}),
            frozenset({"survival rate"}),
            frozenset({"life expectancy"}),
            frozenset({"healthy life expectancy"}),
        ),
    ),
    # Which court, by its place among a country's courts, in lower case (a capitalised name is
    # the names check's): a trial court is no court of appeal, magistrates no crown court.
    "court": (
        "which court",
        (
            frozenset(
                {
                    "appeals court",
                    "appeal court",
                    "court of appeals",
                    "court of appeal",
                    "appellate court",
                }
            ),
            frozenset({"district court"}),
            frozenset({"supreme court", "highest court", "top court"}),
            frozenset({"high court"}),
            frozenset({"crown court"}),
            frozenset({"magistrates' court", "magistrates court", "magistrate's court"}),
            frozenset({"constitutional court", "constitutional tribunal"}),
            frozenset({"county court"}),
            frozenset({"circuit court"}),
            frozenset({"family court"}),
            frozenset({"youth court", "juvenile court"}),
            frozenset({"military court", "military tribunal", "court martial", "court-martial"}),
        ),
    ),
    # Where a team plays: at its own ground or at the other side's (the sides themselves are
    # ``match_side``).
    "venue": (
        "at home or away",
        (
            frozenset(
                {
                    "at home",
                    "on home soil",
                    "on home ground",
                    "home game",
                    "home games",
                    "home match",
                    "home matches",
                    "home leg",
                }
            ),
            frozenset(
                {
                    "away from home",
                    "on the road",
                    "road game",
                    "road games",
                    "away game",
                    "away games",
                    "away match",
                    "away matches",
                    "away leg",
                }
            ),
        ),
    ),
    # The sessions of a stock market: shares traded before the opening bell, during the day,
    # or after the close.
    "trading_session": (
        "which trading session",
        (
            frozenset({"pre-market", "premarket", "pre-market trading", "premarket trading"}),
            frozenset(
                {"after-hours", "after-hours trading", "extended trading", "after-market trading"}
            ),
        ),
    ),
    # The slots of a broadcaster's day: the evening hours with the largest audience, the day,
    # the late night. A "prime-time audience" of 12 million is not a "daytime" one.
    "broadcast_slot": (
        "which part of the broadcast day",
        (
            frozenset({"prime-time", "prime time", "primetime", "peak-time", "peak time"}),
            frozenset({"daytime"}),
            frozenset({"late-night", "late night"}),
        ),
    ),
    # The periods of a contract: the days to change one's mind, the notice before it ends, a
    # new employee's first months, the time before payment falls due.
    "contract_period": (
        "which period of a contract",
        (
            frozenset({"cooling-off period", "cooling off period", "cancellation period"}),
            frozenset({"notice period", "period of notice"}),
            # a paid or unpaid trial of a new worker is a probation, no induction
            frozenset(
                {
                    "probation period",
                    "probationary period",
                    "trial period",
                    "probation",
                    "paid trial",
                    "unpaid trial",
                    "work trial",
                }
            ),
            frozenset({"grace period"}),
            # a new worker shown the job, not tried in it
            frozenset({"induction", "induction period", "onboarding"}),
        ),
    ),
    # How a medicine is given: swallowed, breathed in, sprayed into the nose, injected (into a
    # vein, under the skin, into a muscle) or put on the skin. "Injected" is broader than the
    # three places of an injection (``_BROADER``).
    "drug_route": (
        "the route a medicine is given by",
        (
            frozenset({"oral", "orally", "by mouth"}),
            frozenset({"inhaled", "inhale", "inhalation", "inhaler", "breathed in"}),
            frozenset(
                {"nasal spray", "intranasal", "intranasally", "into the nose", "up the nose"}
            ),
            frozenset({"injection", "injected", "inject", "injecting", "by injection"}),
            frozenset(
                {
                    "intravenous",
                    "intravenously",
                    "into a vein",
                    "into the vein",
                    "through a drip",
                    "by drip",
                    "on a drip",
                }
            ),
            frozenset({"subcutaneous", "subcutaneously", "under the skin"}),
            frozenset({"intramuscular", "intramuscularly", "into the muscle", "into a muscle"}),
            frozenset({"applied to the skin", "topically"}),
        ),
    ),
    # How a medicine may be had: from a shop's shelf, from a pharmacist, only on a doctor's
    # prescription; under its maker's brand or as a generic copy. "Over the counter" is
    # broader than general and pharmacy sale (``_BROADER``).
    "drug_supply": (
        "how a medicine is sold",
        (
            frozenset({"over the counter", "over-the-counter"}),
            frozenset({"general sale", "general sales list"}),
            frozenset({"pharmacy sale", "pharmacy-only", "pharmacy only", "behind the counter"}),
            frozenset(
                {
                    "on prescription",
                    "prescription-only",
                    "by prescription",
                    "with a prescription",
                    "prescription drug",
                    "prescription medicine",
                    "prescription medication",
                }
            ),
            frozenset({"generic", "generics", "unbranded", "non-branded"}),
            frozenset({"branded", "brand-name", "brand name"}),
        ),
    ),
    # The bodies of a company that decide or are asked: its board, its owners, its workforce's
    # council, its creditors. ("The board" / "the management" are left apart: one word
    # translates both in many languages.)
    "company_body": (
        "which body of a company",
        (
            frozenset({"board", "board of directors", "directors", "supervisory board"}),
            frozenset({"shareholder", "stockholder", "shareholders", "stockholders"}),
            frozenset({"works council", "workers' council", "employee council", "staff council"}),
            frozenset({"creditor", "creditors", "lender", "lenders"}),
        ),
    ),
    # A forecaster's watch (the conditions for a hazard are there) against a warning (it is
    # happening or about to), and the colours of a warning's level.
    "alert_kind": (
        "a watch or a warning",
        (
            frozenset({"watch"}),
            frozenset({"warning"}),
        ),
    ),
    "alert_colour": (
        "the level of a warning",
        (
            frozenset({"yellow warning", "yellow alert", "yellow weather warning", "code yellow"}),
            frozenset(
                {
                    "amber warning",
                    "amber weather warning",
                    "orange warning",
                    "orange alert",
                    "orange weather warning",
                    "code orange",
                }
            ),
            frozenset({"red warning", "red alert", "red weather warning", "code red"}),
        ),
    ),
    # How a member voted: for, against, neither (abstained), or not at all (absent).
    "vote_cast": (
        "how a member voted",
        (
            frozenset(
                {
                    "abstained",
                    "abstain",
                    "abstains",
                    "abstaining",
                    "abstention",
                    "abstained from voting",
                }
            ),
            frozenset(
                {
                    "voted against",
                    "vote against",
                    "votes against",
                    "voting against",
                    "voted no",
                    "vote no",
                }
            ),
            frozenset(
                {
                    "voted for",
                    "vote for",
                    "votes for",
                    "voting for",
                    "voted in favour",
                    "voted in favor",
                    "vote in favour",
                    "votes in favour",
                    "voting in favour",
                    "voted yes",
                }
            ),
            frozenset({"was absent", "were absent", "missed the vote", "absent from the vote"}),
        ),
    ),
    # The terms of a loan: its rate fixed or moving with the market, its capital repaid or
    # only its interest, its rank among the debts, its terms below the market's or at them.
    "loan_terms": (
        "the terms of a loan",
        (
            frozenset({"fixed-rate", "fixed rate", "fixed-interest", "fixed interest rate"}),
            frozenset(
                {
                    "variable-rate",
                    "variable rate",
                    "adjustable-rate",
                    "adjustable rate",
                    "floating-rate",
                    "floating rate",
                    "tracker mortgage",
                    "tracker rate",
                }
            ),
            frozenset({"interest-only"}),
            frozenset({"repayment mortgage", "repayment loan", "capital repayment"}),
            frozenset(
                {
                    "senior debt",
                    "senior bond",
                    "senior loan",
                    "senior note",
                    "senior creditor",
                    "senior bondholder",
                }
            ),
            frozenset({"subordinated", "junior debt", "junior bond", "subordinated debt"}),
            frozenset({"concessional", "concessionary", "soft loan", "soft terms"}),
            frozenset({"commercial terms", "market terms", "commercial rates", "market rates"}),
        ),
    ),
    # What an insurance covers. Home insurance holds a building's and its contents', a car's
    # holds third-party and comprehensive cover (``_BROADER``).
    "insurance": (
        "which insurance",
        (
            frozenset({"health insurance", "medical insurance", "health cover", "medical cover"}),
            frozenset({"life insurance", "life assurance", "life cover"}),
            frozenset(
                {
                    "home insurance",
                    "household insurance",
                    "homeowners insurance",
                    "homeowners' insurance",
                    "house insurance",
                }
            ),
            frozenset({"buildings insurance", "buildings cover"}),
            frozenset({"contents insurance", "contents cover"}),
            frozenset({"travel insurance", "holiday insurance", "travel cover"}),
            frozenset({"car insurance", "motor insurance", "auto insurance", "vehicle insurance"}),
            frozenset(
                {"third-party insurance", "third-party cover", "third-party liability insurance"}
            ),
            frozenset({"comprehensive insurance", "comprehensive cover", "fully comprehensive"}),
            frozenset({"unemployment insurance", "unemployment benefit", "jobless benefit"}),
            frozenset({"disability insurance", "disability benefit"}),
            frozenset(
                {
                    "malpractice insurance",
                    "medical liability insurance",
                    "professional liability insurance",
                    "professional indemnity insurance",
                    "malpractice cover",
                }
            ),
            frozenset({"fire insurance"}),
            frozenset({"flood insurance", "flood cover"}),
            frozenset({"crop insurance"}),
        ),
    ),
    # The class a passenger travels in, a ticket there and back or one way, a berth or a seat.
    "travel_class": (
        "the class of a ticket",
        (
            frozenset({"first class", "first-class"}),
            frozenset({"business class", "business-class"}),
            frozenset({"premium economy", "premium-economy"}),
            frozenset(
                {
                    "economy class",
                    "economy-class",
                    "in economy",
                    "economy seat",
                    "economy ticket",
                    "economy fare",
                    "economy passenger",
                    "standard class",
                    "standard-class",
                    "coach class",
                }
            ),
            frozenset({"one-way", "one-way ticket", "single ticket", "single fare"}),
            frozenset({"return ticket", "return fare", "round-trip", "round trip"}),
            frozenset(
                {
                    "sleeper compartment",
                    "sleeping compartment",
                    "sleeper cabin",
                    "sleeping car",
                    "sleeper car",
                    "couchette",
                }
            ),
            frozenset({"seated carriage", "seated coach", "reclining seat"}),
        ),
    ),
    # How an exam is taken: on paper, in practice, aloud, by the body.
    "exam_format": (
        "the form of an exam",
        (
            frozenset(
                {
                    "theory test",
                    "theory exam",
                    "driving theory test",
                    "written test",
                    "written exam",
                    "written examination",
                }
            ),
            frozenset(
                {
                    "practical test",
                    "practical exam",
                    "practical examination",
                    "practical driving test",
                    "road test",
                }
            ),
            frozenset({"oral exam", "oral examination", "oral test", "viva"}),
            frozenset(
                {"fitness test", "physical test", "physical fitness test", "fitness assessment"}
            ),
        ),
    ),
    # A rehearsal of an exam or the exam itself; what an exam admits to or certifies.
    "exam_stage": (
        "a practice exam or the real one",
        (
            frozenset(
                {"mock exam", "mock test", "mock examination", "practice exam", "practice test"}
            ),
            frozenset({"final exam", "final examination"}),
        ),
    ),
    "exam_purpose": (
        "what an exam is for",
        (
            frozenset(
                {
                    "entrance exam",
                    "entrance examination",
                    "entrance test",
                    "admission exam",
                    "admissions test",
                    "admission test",
                }
            ),
            frozenset({"civil service exam", "civil service examination"}),
            frozenset({"licensing exam", "licensing examination"}),
            frozenset({"language test", "language exam", "proficiency test"}),
        ),
    ),
    # A doping test at a competition or at any other time.
    "doping_test": (
        "when a doping test is taken",
        (
            frozenset({"in-competition"}),
            frozenset({"out-of-competition", "out of competition"}),
        ),
    ),
    # The surface a game or a race is played or run on; a road's or a track's paving.
    "playing_surface": (
        "the surface a sport is played on",
        (
            frozenset({"clay court", "on clay"}),
            frozenset(
                {
                    "grass court",
                    "on grass",
                    "on turf",
                    "grass pitch",
                    "natural grass",
                    "natural turf",
                    "real grass",
                }
            ),
            frozenset({"hard court", "hard-court", "hardcourt", "hard surface"}),
            frozenset(
                {
                    "artificial turf",
                    "synthetic turf",
                    "artificial grass",
                    "artificial pitch",
                    "synthetic pitch",
                    "plastic pitch",
                    "astroturf",
                }
            ),
            frozenset({"all-weather track", "all-weather surface", "synthetic track"}),
            frozenset({"dirt track", "on dirt"}),
        ),
    ),
    "paving": (
        "what a road or a path is paved with",
        (
            frozenset({"asphalt", "tarmac", "blacktop"}),
            frozenset({"gravel"}),
            frozenset({"cobblestones", "cobbles", "cobbled"}),
            frozenset({"concrete"}),
        ),
    ),
    # The shift of a working day: by night, by day, early, late. A day shift may be the early
    # or the late one (``_BROADER``).
    "work_shift": (
        "which shift of the working day",
        (
            frozenset(
                {"night shift", "overnight shift", "graveyard shift", "night duty", "night-shift"}
            ),
            frozenset({"day shift", "daytime shift", "day duty"}),
            frozenset({"early shift", "morning shift"}),
            frozenset({"late shift", "evening shift"}),
            frozenset({"weekend shift"}),
        ),
    ),
    # The stage of a product's or a feature's life: tried out, released, on its way out,
    # gone. A deprecated feature still works; a removed one does not.
    "release_stage": (
        "the release stage of a product or a feature",
        (
            frozenset({"alpha", "alpha version", "alpha release"}),
            frozenset(
                {
                    "beta",
                    "public beta",
                    "open beta",
                    "beta version",
                    "beta release",
                    "preview",
                    "preview release",
                    "technical preview",
                    "early access",
                }
            ),
            frozenset({"experimental"}),
            frozenset(
                {
                    "stable",
                    "stable release",
                    "stable version",
                    "generally available",
                    "general availability",
                }
            ),
            frozenset({"legacy"}),
            frozenset({"deprecated", "deprecate", "deprecates", "deprecation"}),
            frozenset({"undocumented"}),
            frozenset({"maintenance mode", "maintenance-only"}),
            frozenset(
                {"end of life", "end-of-life", "end of support", "end-of-support", "unsupported"}
            ),
            frozenset({"removed", "remove", "removes", "removal"}),
        ),
    ),
    # A setting on unless turned off, or off unless chosen.
    "default_setting": (
        "a setting on by default or chosen",
        (
            frozenset({"by default", "the default", "default setting", "as standard"}),
            frozenset({"optional", "optionally", "an option", "optional setting"}),
        ),
    ),
    "opt_in_out": (
        "whether one opts in or out",
        (
            frozenset({"opt-in", "opt in", "opts in", "opted in"}),
            frozenset({"opt-out", "opt out", "opts out", "opted out"}),
        ),
    ),
    # How a pointer or a touch screen is worked: a click is not a double or a right click,
    # a tap not a long press, hovering not clicking.
    "pointer_action": (
        "how a pointer or a screen is pressed",
        (
            frozenset(
                {
                    "click",
                    "clicks",
                    "clicked",
                    "clicking",
                    "left-click",
                    "left-clicked",
                    "left mouse button",
                }
            ),
            frozenset({"double-click", "double-clicks", "double-clicked", "double-clicking"}),
            # "click ... with the right mouse button" says a right click
            frozenset(
                {
                    "right-click",
                    "right-clicks",
                    "right-clicked",
                    "right-clicking",
                    "right mouse button",
                }
            ),
            frozenset({"hover over", "hovers over", "hovered over", "hovering over"}),
            frozenset({"tap", "taps", "tapped", "tapping", "single tap"}),
            frozenset({"double-tap", "double-tapped", "double tap"}),
            frozenset(
                {
                    "touch and hold",
                    "tap and hold",
                    "press and hold",
                    "long-press",
                    "long press",
                    "long-pressed",
                }
            ),
        ),
    ),
    # The state a control of a screen is set to: a check box or an option ticked or
    # cleared ("select the Duplex check box" / "clear the Duplex check box"); "turn on" /
    # "turn off", "enable" / "disable" and "show" / "hide" are WordNet's antonyms already.
    "control_state": (
        "whether a control of a screen is set or cleared",
        (
            frozenset(
                {
                    "select",
                    "selects",
                    "selected",
                    "tick",
                    "ticks",
                    "ticked",
                    "check",
                    "checks",
                    "checked",
                }
            ),
            frozenset(
                {
                    "clear",
                    "clears",
                    "cleared",
                    "deselect",
                    "deselects",
                    "deselected",
                    "untick",
                    "unticks",
                    "unticked",
                    "uncheck",
                    "unchecks",
                    "unchecked",
                }
            ),
        ),
    ),
    # A medicine taken with food or on an empty stomach; "with or without food" says neither.
    "food_timing": (
        "whether a medicine is taken with food or on an empty stomach",
        (
            frozenset(
                {
                    "with food",
                    "after food",
                    "with or after food",
                    "with a meal",
                    "with meals",
                    "after a meal",
                    "after meals",
                    "with or after a meal",
                    "with or after meals",
                    "full stomach",
                }
            ),
            frozenset(
                {
                    "empty stomach",
                    "before food",
                    "before a meal",
                    "before meals",
                    "without food",
                }
            ),
            frozenset({"with or without food", "with or without a meal", "with or without meals"}),
        ),
    ),
    # Where a medicine or a food is kept cold, frozen or not.
    "storage_temperature": (
        "where something is stored: cold, frozen or at room temperature",
        (
            frozenset(
                {
                    "refrigerator",
                    "fridge",
                    "refrigerated",
                    "refrigerate",
                    "refrigeration",
                    "chilled",
                }
            ),
            frozenset({"freezer", "frozen", "freeze", "deep freeze", "deep-freeze"}),
            frozenset({"room temperature", "cupboard", "pantry", "ambient temperature"}),
        ),
    ),
    "storage_hazard": (
        "what a thing is kept away from",
        (
            frozenset({"moisture", "damp", "humidity"}),
            frozenset({"light", "sunlight", "direct sunlight"}),
            frozenset({"heat"}),
        ),
    ),
    # How a tablet is taken: swallowed, chewed, crushed, dissolved, broken.
    "dose_handling": (
        "how a tablet is taken",
        (
            frozenset({"swallow", "swallowed", "swallows", "swallowing"}),
            frozenset({"chew", "chewed", "chews", "chewing"}),
            frozenset({"crush", "crushed", "crushing"}),
            frozenset({"dissolve", "dissolved", "dissolves", "dissolving", "melt", "melts"}),
            frozenset(
                {
                    "broken in half",
                    "break in half",
                    "broken in two",
                    "split in half",
                    "split into two halves",
                    "halved",
                }
            ),
        ),
    ),
    # A finding told as a link between two things, or as one causing the other.
    "causation": (
        "a link found or a cause",
        (
            frozenset(
                {
                    "associated with",
                    "association with",
                    "linked to",
                    "linked with",
                    "correlated with",
                    "correlates with",
                    "correlate with",
                    "correlation with",
                    "coincided with",
                    "coincides with",
                    "coincide with",
                    "predicted",
                    "predicts",
                }
            ),
            frozenset(
                {
                    "caused",
                    "causes",
                    "cause",
                    "causing",
                    "led to",
                    "leads to",
                    "lead to",
                    "leading to",
                    "resulted in",
                    "results in",
                    "result in",
                    "resulting in",
                }
            ),
            frozenset({"contribute to", "contributes to", "contributed to", "contributing to"}),
        ),
    ),
    # Money into an account or out of it.
    "account_entry": (
        "money into an account or out of it",
        (
            frozenset({"credited to", "credited", "paid into"}),
            frozenset({"debited from", "debited", "debited to", "charged to"}),
            frozenset({"credit interest"}),
            frozenset({"overdraft interest", "debit interest", "overdraft charges"}),
        ),
    ),
    # The amounts of an insurance policy: its price, the share of a claim the insured pays,
    # a fixed sum per visit, the most it pays out.
    "policy_amount": (
        "which amount of an insurance policy",
        (
            frozenset({"premium", "insurance premium"}),
            frozenset({"excess", "deductible", "voluntary excess", "compulsory excess"}),
            frozenset({"co-payment", "co-pay", "copayment", "copay"}),
            frozenset(
                {
                    "sum insured",
                    "insured sum",
                    "cover limit",
                    "coverage limit",
                    "limit of cover",
                    "amount of cover",
                }
            ),
        ),
    ),
    # The type of a fare: when it may be used, for how long, how often.
    "fare_type": (
        "the type of a ticket or a fare",
        (
            frozenset({"off-peak", "off-peak ticket", "off-peak fare", "super off-peak"}),
            frozenset({"anytime ticket", "anytime fare", "peak fare", "peak-time fare"}),
            frozenset({"advance fare", "advance ticket", "advance tickets", "advance fares"}),
            frozenset({"flexible fare", "flexible ticket", "flexible fares", "flexible tickets"}),
            frozenset({"day pass", "one-day pass", "day ticket", "daily pass"}),
            frozenset({"weekly pass", "week pass", "weekly ticket", "seven-day pass"}),
            frozenset({"monthly pass", "monthly season ticket", "monthly ticket"}),
            frozenset({"season ticket", "travel pass"}),
            frozenset({"ten-trip ticket", "carnet", "ten-journey ticket"}),
            frozenset({"day return"}),
            frozenset({"open return"}),
        ),
    ),
    # What a train, a bus or a ferry does at a station: stops there, runs through, ends there;
    # what a passenger does there.
    "calling_pattern": (
        "what a service does at a station",
        (
            frozenset({"calls at", "call at", "calling at", "stops at", "stop at", "stopping at"}),
            frozenset({"passes through", "pass through", "runs fast", "run fast", "runs through"}),
            frozenset({"terminates at", "terminate at", "terminates", "terminating at"}),
            frozenset({"change at", "changes at", "change trains at", "transfer at"}),
            frozenset({"board at", "boards at", "get on at", "join the train at"}),
            frozenset({"request stop"}),
            frozenset({"last stop", "final stop", "terminus"}),
        ),
    ),
    # Which of two provisions prevails: one made subject to another, or standing despite it.
    "precedence": (
        "which provision prevails",
        (
            frozenset({"subject to", "save as provided in", "except as provided in"}),
            frozenset({"notwithstanding", "regardless of", "irrespective of"}),
            frozenset({"in accordance with", "as set out in", "pursuant to"}),
            frozenset(
                {"prevail over", "prevails over", "take precedence over", "takes precedence over"}
            ),
            frozenset({"give way to", "gives way to", "yield to", "yields to"}),
        ),
    ),
    # A contract or a subscription carried on, or brought to an end.
    "renewal": (
        "a contract carried on or ended",
        (
            frozenset(
                {
                    "renew",
                    "renews",
                    "renewed",
                    "renewal",
                    "extend",
                    "extends",
                    "extended",
                    "extension",
                    "roll over",
                    "rolls over",
                }
            ),
            frozenset(
                {
                    "expire",
                    "expires",
                    "expired",
                    "expiry",
                    "lapse",
                    "lapses",
                    "lapsed",
                    "terminate",
                    "terminates",
                    "terminated",
                    "termination",
                    "end",
                    "ends",
                    "ended",
                }
            ),
        ),
    ),
    "contract_term": (
        "the term of a contract",
        (
            frozenset({"fixed term", "fixed-term", "fixed period"}),
            frozenset({"minimum term", "minimum period"}),
            frozenset({"month-to-month", "rolling contract", "periodic tenancy"}),
        ),
    ),
    # The arms of a study: those given what is tested and those it is compared with. A control
    # group may be given a placebo (``_BROADER``).
    "study_arm": (
        "the arm of a study",
        (
            frozenset(
                {
                    "control group",
                    "control arm",
                    "comparison group",
                    "comparison arm",
                    "control schools",
                    "comparison schools",
                }
            ),
            frozenset({"placebo group", "placebo arm"}),
            frozenset(
                {
                    "treatment group",
                    "treatment arm",
                    "intervention group",
                    "intervention arm",
                    "intervention schools",
                    "treated group",
                    "experimental group",
                    "active arm",
                    "vaccine group",
                    "vaccine arm",
                }
            ),
        ),
    ),
    # The part a person plays in an organisation: who founded it, who chairs it, who keeps its
    # money, who lends it a name, who holds it in trust. A founder holds no post by being one,
    # and a treasurer is no chairman; the lexicon files "founder" among creators, far from the
    # officers. ("co-founder" is left out: one of several founders is the affixes' business.)
    "organisation_role": (
        "a person's part in an organisation",
        (
            frozenset({"founder", "founders"}),
            frozenset({"chairman", "chairwoman", "chairperson", "chairmen", "chairwomen"}),
            frozenset({"treasurer", "treasurers"}),
            frozenset({"patron", "patrons", "patroness"}),
            frozenset({"trustee", "trustees"}),
        ),
    ),
    # Where a firm or a body is based, against where it was founded, where its shares are
    # listed or where it makes things ("headquartered in Frankfurt" / "founded in Frankfurt",
    # "listed in Nairobi", "with its largest factory in Stuttgart").
    "organisation_seat": (
        "where an organisation is based, founded, listed or makes things",
        (
            frozenset(
                {
                    "headquartered in",
                    "headquartered at",
                    "based in",
                    "based at",
                    "head office in",
                    "headquarters in",
                    "main base at",
                    "seat in",
                }
            ),
            frozenset({"founded in", "established in", "set up in"}),
            frozenset({"listed in", "listed on"}),
            frozenset({"factory in", "factories in", "plant in", "plants in"}),
        ),
    ),
    # Where a job is done: from home, at the employer's site, some days each, or out at
    # clients'. A remote post is no office-based one, whatever the embedding says.
    "work_place": (
        "where a job is done",
        (
            frozenset(
                {
                    "remote",
                    "fully remote",
                    "remotely",
                    "remote working",
                    "home-based",
                    "from home",
                    "work from home",
                    "homeworking",
                    "home working",
                    "teleworking",
                }
            ),
            frozenset(
                {
                    "on-site",
                    "on site",
                    "onsite",
                    "office-based",
                    "in the office",
                    "in-office",
                    "in person",
                    "in-person",
                    "on the premises",
                }
            ),
            frozenset({"hybrid", "hybrid working"}),
            frozenset({"field-based", "in the field"}),
        ),
    ),
    # Leave from a job: on full pay while kept from work (garden leave), without pay, for
    # illness, a holiday, a child's birth. Parental leave holds a mother's and a father's
    # (``_BROADER``).
    "leave_kind": (
        "which kind of leave from work",
        (
            frozenset({"garden leave"}),
            frozenset({"unpaid leave", "leave without pay"}),
            frozenset({"sick leave"}),
            frozenset({"annual leave"}),
            frozenset({"parental leave"}),
            frozenset({"maternity leave"}),
            frozenset({"paternity leave"}),
            frozenset({"compassionate leave", "bereavement leave"}),
            frozenset({"study leave"}),
        ),
    ),
    # A post held for a while on loan from one's own employer, or to learn a trade.
    "placement": (
        "which kind of temporary placement",
        (
            frozenset({"secondment", "seconded", "on secondment"}),
            frozenset({"internship", "internships"}),
            frozenset({"apprenticeship", "apprenticeships"}),
        ),
    ),
    # A salary for a full-time post, cut in proportion to the hours of a part-time one, or the
    # sum paid in a year.
    "pay_scale": (
        "a salary in proportion to hours or as paid",
        (
            frozenset({"pro rata", "pro-rata", "full-time equivalent"}),
            frozenset({"per annum", "a year", "per year"}),
        ),
    ),
    # Earnings expected on meeting sales targets, or earnings that are sure.
    "earnings_basis": (
        "expected or guaranteed pay",
        (
            frozenset({"on-target earnings", "on-target", "on target earnings"}),
            frozenset(
                {"guaranteed earnings", "guaranteed pay", "guaranteed salary", "guaranteed income"}
            ),
        ),
    ),
    # Paid before the period it pays for, or after it.
    "payment_timing": (
        "paid before the period or after it",
        (
            frozenset({"in arrears", "in arrear"}),
            frozenset({"in advance", "upfront", "up front", "up-front"}),
        ),
    ),
    # How overtime is made good: in money at a higher rate, or in time off.
    "overtime_pay": (
        "how overtime is made good",
        (
            frozenset({"time and a half", "time-and-a-half"}),
            frozenset({"double time", "double-time"}),
            frozenset({"time off in lieu"}),
        ),
    ),
    # A sum with something on top, or the something inside it: "£14.50 plus holiday pay" /
    # "£14.50 including holiday pay", "in addition to the rent" / "as part of the rent".
    "inclusion": (
        "something on top of an amount or inside it",
        (
            frozenset(
                {"plus", "on top of", "on top", "in addition to", "excluding", "exclusive of"}
            ),
            frozenset({"including", "inclusive of", "included in", "as part of", "within the"}),
        ),
    ),
    # How a piece of work is assessed: for feedback on the way, or counted in the grade.
    "assessment_kind": (
        "assessed for feedback or for the grade",
        (
            frozenset({"formative", "formative assessment"}),
            frozenset({"summative", "summative assessment"}),
        ),
    ),
    # Work done by each alone or together.
    "work_grouping": (
        "work done alone or in a group",
        (
            frozenset(
                {
                    "individual assignment",
                    "individual project",
                    "individual work",
                    "individual task",
                    "individually",
                }
            ),
            frozenset(
                {
                    "group assignment",
                    "group project",
                    "group work",
                    "group task",
                    "team project",
                    "in groups",
                    "in pairs",
                    "pair work",
                }
            ),
        ),
    ),
    # What a shop gives back for a return: the money, a new one of the same, another item,
    # money to spend only there, or the thing mended.
    "remedy": (
        "what is given back for a return",
        (
            frozenset({"refund", "refunded", "money back", "cash refund", "full refund"}),
            frozenset({"replacement", "replace", "replaced", "replacing"}),
            frozenset({"exchange", "exchanged", "exchanging"}),
            frozenset(
                {
                    "store credit",
                    "credit note",
                    "voucher",
                    "gift voucher",
                    "gift card",
                    "store account",
                    "in-store credit",
                }
            ),
            frozenset({"repair", "repaired", "repairing"}),
        ),
    ),
    # The event a period runs from: "within 30 days of delivery" is not "of purchase", a
    # warranty "from the date of purchase" not "of manufacture".
    "period_start": (
        "the event a period runs from",
        (
            frozenset({"of delivery", "from delivery", "date of delivery", "delivery date"}),
            frozenset({"of purchase", "from purchase", "date of purchase", "purchase date"}),
            frozenset({"of manufacture", "date of manufacture", "manufacture date"}),
            frozenset({"of dispatch", "date of dispatch", "dispatch date", "of shipment"}),
            frozenset({"of receipt", "from receipt", "date of receipt", "on receipt"}),
            frozenset({"of the invoice date", "invoice date", "date of the invoice"}),
        ),
    ),
    # What a warranty pays for: the parts and the engineer's time, or the parts alone; faults
    # in the making, or damage by accident or by use.
    "warranty_cover": (
        "what a warranty covers",
        (
            frozenset({"parts and labour", "parts and labor"}),
            frozenset({"parts only"}),
            frozenset({"labour only", "labor only"}),
        ),
    ),
    "fault_cause": (
        "a fault in the making or damage since",
        (
            frozenset(
                {
                    "manufacturing defects",
                    "manufacturing defect",
                    "manufacturing faults",
                    "faulty workmanship",
                    "defects in materials and workmanship",
                }
            ),
            frozenset({"accidental damage"}),
            frozenset({"wear and tear"}),
        ),
    ),
    # Where a repair is made: at the owner's, or after the thing is sent back.
    "repair_place": (
        "where a repair is made",
        (
            frozenset({"on site", "on-site", "at your home", "in your home"}),
            frozenset({"return-to-base", "return to base", "back to base"}),
        ),
    ),
    "warranty_term": (
        "how long a warranty runs",
        (
            frozenset({"lifetime warranty", "lifetime guarantee"}),
            frozenset({"limited warranty", "limited guarantee"}),
        ),
    ),
    # Who makes a product and who sells it: a maker's warranty is no seller's.
    "supply_party": (
        "who makes a product or who sells it",
        (
            frozenset({"manufacturer", "maker"}),
            frozenset({"retailer", "seller", "vendor", "dealer"}),
        ),
    ),
    # What a thing is used for: in a home, or in a business.
    "use_kind": (
        "used at home or in a business",
        (
            frozenset({"domestic use", "household use", "home use", "personal use"}),
            frozenset({"commercial use", "business use", "professional use", "industrial use"}),
        ),
    ),
    # A home let with its furniture, some of it, or none.
    "furnishing": (
        "let with furniture or without",
        (
            frozenset({"furnished", "fully furnished"}),
            frozenset({"part-furnished", "part furnished", "partly furnished", "semi-furnished"}),
            frozenset({"unfurnished"}),
        ),
    ),
    # A parking space of one's own off the street, or a permit for the street.
    "parking": (
        "which kind of parking",
        (
            frozenset(
                {"allocated parking", "reserved parking", "off-street parking", "private parking"}
            ),
            frozenset({"permit parking", "on-street parking", "street parking"}),
        ),
    ),
    # How tax treats an income, a good or a gift: not taxed, taxed, taken off the taxed
    # income; a good's VAT at a rate of nothing (its seller reclaims the VAT on its costs) is
    # not its exemption (no reclaim).
    "tax_treatment": (
        "how tax treats it",
        (
            frozenset(
                {"tax-free", "tax free", "tax-exempt", "tax exempt", "exempt", "non-taxable"}
            ),
            frozenset({"taxable", "liable to", "liable for", "chargeable"}),
            frozenset({"tax-deductible", "tax deductible", "deductible"}),
            frozenset({"zero-rated", "zero rated"}),
        ),
    ),
    # How much of a region a forecast's weather covers: a spot or two, some places, most.
    "spread": (
        "how widely it occurs",
        (
            frozenset({"isolated"}),
            # A spread said by a phrase after the noun: "fog in patches", "rain here and
            # there".
            frozenset(
                {
                    "scattered",
                    "patchy",
                    "in places",
                    "in patches",
                    "here and there",
                    "localised",
                    "localized",
                }
            ),
            frozenset({"widespread", "extensive", "frequent", "numerous"}),
        ),
    ),
    # Without a break, or with breaks.
    "persistence": (
        "without a break or with breaks",
        (
            frozenset({"persistent", "continuous", "prolonged", "constant"}),
            frozenset({"intermittent", "occasional", "sporadic", "on and off", "off and on"}),
        ),
    ),
    # An allergen in a food, perhaps there from the making, or kept out of it.
    "allergen_presence": (
        "an allergen in a food, perhaps there or kept out",
        (
            frozenset({"contains", "made with"}),
            frozenset(
                {
                    "may contain",
                    "may also contain",
                    "traces of",
                    "made on equipment",
                    "made in a factory",
                    "produced in a factory",
                    "made on a line",
                    "produced on a line",
                }
            ),
            # ("made without" holds a negation: the negation count reads it)
            frozenset({"free from"}),
        ),
    ),
    # What a nutrition figure is given for: a serving, the whole pack, one item, or a fixed
    # weight or volume ("per 100 g": a figure is no word, so "per g").
    "nutrition_basis": (
        "the amount a nutrition figure is given for",
        (
            frozenset(
                {
                    "per serving",
                    "per portion",
                    "one serving",
                    "one portion",
                    "a single portion",
                    "a single serving",
                    "each serving",
                    "each portion",
                }
            ),
            frozenset({"per pack", "per box", "per packet", "the whole pack", "per container"}),
            frozenset({"per biscuit", "per slice", "per bar", "per piece", "each slice"}),
            frozenset({"per g", "per ml"}),
        ),
    ),
    "nutrition_state": (
        "a food as sold or as prepared",
        (
            frozenset({"as sold", "as packed"}),
            frozenset({"as prepared", "as consumed", "as served"}),
        ),
    ),
    # The classes of a substance's hazard on a label or a safety data sheet: a flammable
    # liquid catches fire at room temperature, a combustible one only when heated; a
    # corrosive destroys skin, an irritant inflames it, a sensitiser makes it allergic.
    "hazard_class": (
        "the class of a substance's hazard",
        (
            frozenset({"flammable", "highly flammable", "extremely flammable", "inflammable"}),
            frozenset({"combustible"}),
            frozenset({"corrosive"}),
            frozenset({"irritant", "irritating"}),
            frozenset({"harmful"}),
            frozenset({"toxic", "very toxic", "poisonous"}),
            frozenset({"sensitiser", "sensitizer", "sensitising", "sensitizing"}),
            frozenset({"oxidising", "oxidizing", "oxidiser", "oxidizer"}),
        ),
    ),
    # The meals a room's price includes.
    "board_basis": (
        "the meals a room's price includes",
        (
            frozenset({"room only", "room-only"}),
            frozenset({"bed and breakfast", "breakfast included"}),
            frozenset({"half board", "half-board"}),
            frozenset({"full board", "full-board"}),
            frozenset({"all-inclusive", "all inclusive"}),
            frozenset({"self-catering", "self catering"}),
            frozenset({"catered", "fully catered"}),
        ),
    ),
    # How strongly a job advert or a course asks for a skill or a qualification: one a
    # candidate must have, against one that only counts in their favour.
    "requirement_level": (
        "whether a qualification is required or only desirable",
        (
            frozenset({"essential", "required", "mandatory", "compulsory", "a requirement"}),
            frozenset(
                {"desirable", "preferred", "an advantage", "advantageous", "a plus", "an asset"}
            ),
        ),
    ),
    # Which way the weather goes in a forecast: wind or rain dying away and cloud breaking,
    # against wind or rain setting in and cloud building.
    "weather_trend": (
        "whether wind, rain or cloud eases or builds",
        (
            frozenset(
                {
                    "ease",
                    "eases",
                    "easing",
                    "die down",
                    "dies down",
                    "dying down",
                    "abate",
                    "abates",
                    "abating",
                    "subside",
                    "subsides",
                    "subsiding",
                    "clear",
                    "clears",
                    "clearing",
                    "clear away",
                    "clears away",
                    "break up",
                    "breaks up",
                    "breaking up",
                    "move away",
                    "moves away",
                }
            ),
            frozenset(
                {
                    "strengthen",
                    "strengthens",
                    "strengthening",
                    "pick up",
                    "picks up",
                    "picking up",
                    "intensify",
                    "intensifies",
                    "intensifying",
                    "spread",
                    "spreads",
                    "spreading",
                    "thicken",
                    "thickens",
                    "thickening",
                    "set in",
                    "sets in",
                }
            ),
        ),
    ),
    # The date on a food's label: after "best before" it is past its best, after "use by" it
    # is unsafe to eat, and "sell by" or "display until" speaks to the shop.
    "date_mark": (
        "which date a food label gives",
        (
            frozenset({"best before", "best-before", "best before end", "best by"}),
            frozenset({"use by", "use-by"}),
            frozenset({"sell by", "sell-by", "display until"}),
        ),
    ),
    # How fast a parcel comes, by the day it arrives.
    "delivery_speed": (
        "how soon a delivery arrives",
        (
            frozenset({"next-day", "next-day delivery", "next working day delivery"}),
            frozenset({"same-day", "same-day delivery"}),
        ),
    ),
    # How far a large item is carried: to the kerb, to the door, or into the room.
    "delivery_point": (
        "where a delivery is left",
        (
            frozenset({"kerbside", "curbside", "kerb", "curb", "roadside"}),
            frozenset({"front door", "doorstep"}),
            frozenset({"room of your choice", "room of choice"}),
        ),
    ),
    # A price or a salary open to bargaining or set.
    "negotiability": (
        "whether a price or a salary can be negotiated",
        (
            frozenset({"negotiable", "open to negotiation", "by negotiation", "to be agreed"}),
            frozenset({"fixed", "non-negotiable"}),
        ),
    ),
    # Whether a job runs through the school terms only or all year.
    "working_year": (
        "whether a job runs in term time only or all year",
        (
            frozenset({"term-time", "term time", "term-time only", "term time only"}),
            frozenset({"year-round", "all-year-round", "all year round", "full-year"}),
        ),
    ),
    # Whether a shop can send a thing now, soon, later or never.
    "stock_state": (
        "whether goods are in stock",
        (
            frozenset({"in stock", "available from stock"}),
            frozenset({"out of stock", "sold out", "sold-out"}),
            frozenset({"selling fast", "low in stock", "limited stock", "low stock"}),
            frozenset({"pre-order", "pre-ordered", "preorder", "available to pre-order"}),
            frozenset({"discontinued"}),
            frozenset({"on back order", "back-ordered", "backordered", "on backorder"}),
            frozenset({"made to order"}),
        ),
    ),
    # Where a bag travels on a flight: with the passenger in the cabin, under the seat, or in
    # the hold; an airline's rules differ for each (size, weight, batteries, liquids, fees).
    "luggage": (
        "which luggage on a flight",
        (
            frozenset(
                {
                    "hand luggage",
                    "hand baggage",
                    "cabin bag",
                    "cabin baggage",
                    "cabin luggage",
                    "carry-on",
                    "carry-on bag",
                    "carry-on baggage",
                    "carry-on luggage",
                }
            ),
            frozenset(
                {
                    "checked luggage",
                    "checked baggage",
                    "checked bag",
                    "checked-in luggage",
                    "checked-in baggage",
                    "hold luggage",
                    "hold baggage",
                    "hold bag",
                    "in the hold",
                }
            ),
            frozenset({"personal item", "under-seat bag", "underseat bag"}),
        ),
    ),
    # How a vaccine is made: with a weakened live germ (not for a weak immune system, nor in
    # pregnancy), or a killed one, or only a part of one.
    "vaccine_type": (
        "which type of vaccine",
        (
            frozenset({"live vaccine", "live attenuated", "live-attenuated", "attenuated vaccine"}),
            frozenset({"inactivated vaccine", "inactivated", "killed vaccine", "non-live vaccine"}),
            frozenset({"subunit vaccine", "conjugate vaccine", "toxoid vaccine", "toxoid"}),
        ),
    ),
    # How a hospital treats a patient: admitted to a bed overnight or longer, home the same day
    # after a procedure, or seen in a clinic.
    "admission": (
        "whether a patient is admitted",
        (
            frozenset({"inpatient", "in-patient", "inpatient stay"}),
            frozenset({"day case", "day-case", "day surgery", "day patient"}),
            frozenset({"outpatient", "out-patient", "outpatient clinic"}),
        ),
    ),
    # The level of care a hospital bed gives: one nurse to a patient or two, or a ward's.
    "care_level": (
        "which level of hospital care",
        (
            frozenset({"intensive care", "intensive care unit", "critical care"}),
            frozenset({"high-dependency unit", "high dependency unit", "high-dependency care"}),
            frozenset({"general ward", "ordinary ward"}),
        ),
    ),
    # The parts of a conference programme: one session for all, sessions side by side, a
    # speaker's talk, a poster, a panel, a workshop.
    "session_format": (
        "which format of a conference session",
        (
            frozenset({"plenary", "plenary session", "plenary sessions"}),
            frozenset({"parallel session", "breakout session", "concurrent session"}),
            frozenset({"poster", "poster session", "poster presentation"}),
            frozenset({"oral presentation", "talk", "contributed talk", "paper presentation"}),
            frozenset({"keynote", "keynote address", "keynote speech", "keynote lecture"}),
            frozenset({"panel discussion", "panel session", "round table", "roundtable"}),
            frozenset({"workshop", "hands-on session", "tutorial"}),
        ),
    ),
    # Which household waste goes where: each stream is collected and treated apart.
    "waste_stream": (
        "which waste stream",
        (
            frozenset({"general waste", "residual waste", "household rubbish", "general rubbish"}),
            frozenset(
                {
                    "recycling box",
                    "recycling bin",
                    "recycling bag",
                    "dry recycling",
                    "mixed recycling",
                    "recyclables",
                }
            ),
            frozenset({"food waste", "food caddy", "food scraps"}),
            frozenset({"garden waste", "green waste"}),
            frozenset({"bulky waste", "bulky items"}),
            frozenset({"hazardous waste", "clinical waste"}),
        ),
    ),
}

_TOKEN = re.compile(r"[A-Za-z][\w’'-]*")
# "a lack of rain" / "no rain" deny the thing as "not" does ("a lack of rain" / "drought" is
# the polarity check's).
_NEGATION = re.compile(
    r"\b(?:not|no|never|without|nor|none|lack(?:s|ed|ing)?|absence)\b|n['’]t\b", re.IGNORECASE
)
# Uses of a field's word in another sense: "went to the polls" (the election itself), "polls
# close at 8pm", "capital markets" (money), "custodial" of a parent.
_NOT_THE_WORD = re.compile(
    r"\bto\s+the\s+polls\b|\bpolls?\s+(?:open|opened|close|closed|station)|"
    # goods "back in stock" are so again later, no state of the stock now
    r"\bback\s+in\s+stock\b|"
    # a figure of speech: "a flood of complaints", "an avalanche of orders", "a hail of bullets"
    r"\ban?\s+(?:flood|avalanche|hail|tsunami|deluge|torrent|storm)\s+of\b|"
    r"\bcapital\s+(?:markets?|gains?|flows?|flight|spending|expenditure|punishment|"
    r"requirements?|controls?|investment|city)\b|"
    # the income or the profit a tax is reckoned on, no treatment of a thing
    r"\btaxable\s+(?:income|profits?|pay|earnings|amount|value)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Found:
    field: str
    group: int
    text: str
    start: int
    end: int


# Fields whose two sets split what they speak of: to deny the one is to say the other ("the
# results are not final" / "are provisional", "not domestic" / "foreign"). In the others a
# denial leaves more than one thing ("not a loan" need not be a grant).
_COMPLEMENTARY = frozenset({"finality", "origin"})


def complements(x: str, y: str) -> bool:
    """Whether two single words stand in the two sets of a field that they split."""
    x, y = x.lower(), y.lower()
    for field in _COMPLEMENTARY:
        first, second = FIELDS[field][1]
        if (x in first and y in second) or (x in second and y in first):
            return True
    return False


def _entries() -> dict[str, list[tuple[str, int, tuple[str, ...]]]]:
    """Each entry under its first word, longest first."""
    found: dict[str, list[tuple[str, int, tuple[str, ...]]]] = {}
    for field, (_, groups) in FIELDS.items():
        for index, group in enumerate(groups):
            for entry in group:
                parts = tuple(entry.split())
                found.setdefault(parts[0], []).append((field, index, parts))
    for entries in found.values():
        entries.sort(key=lambda e: -len(e[2]))
    return found


_ENTRIES = _entries()


def _forms(token: str) -> tuple[str, ...]:
    """The token, and the singulars it may be the plural of; a possessive's noun ("victim's",
    "victims'")."""
    bare = without_possessive(token)
    if bare and bare != token:
        return (token, *_forms(bare))
    if token.endswith("es"):
        return token, token[:-1], token[:-2]
    if token.endswith("s"):
        return token, token[:-1]
    return (token,)


def _found(text: str) -> list[_Found]:
    """Each field's words in a text, the longest entry at each place, none overlapping within
    a field; not capitalised words (names) after the first, nor words in another sense."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    lowered = [w.lower() for w, _, _ in tokens]
    blocked: list[tuple[int, int]] | None = None
    ends: dict[str, int] = {}  # the token each field's last match ends before
    found: list[_Found] = []
    for i, (word, _, _) in enumerate(tokens):
        if i and word[0] != word[0].lower():
            continue
        candidates = [e for form in _forms(lowered[i]) for e in _ENTRIES.get(form, ())]
        candidates.sort(key=lambda e: -len(e[2]))
        for field, group, entry in candidates:
            if ends.get(field, 0) > i or i + len(entry) > len(tokens):
                continue
            here = tokens[i : i + len(entry)]
            if any(w[0] != w[0].lower() for w, _, _ in here[1:]):
                continue
            last = len(entry) - 1
            if not all(
                lowered[i + k] == part or (k == last and part in _forms(lowered[i + k]))
                for k, part in enumerate(entry)
            ):
                continue
            start, end = here[0][1], here[-1][2]
            if blocked is None:
                blocked = [(m.start(), m.end()) for m in _NOT_THE_WORD.finditer(text)]
            if any(s < end and start < e for s, e in blocked):
                continue
            ends[field] = i + len(entry)
            found.append(_Found(field, group, text[start:end], start, end))
    return found


def _changed(a: str, b: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The character spans of each edit on both sides."""
    spans = []
    for edit in edits(a, b):
        start_a, start_b = len(edit.before_a), len(edit.before_b)
        spans.append(((start_a, start_a + len(edit.a)), (start_b, start_b + len(edit.b))))
    return spans


def _inside(item: _Found, span: tuple[int, int]) -> bool:
    return item.start < span[1] and span[0] < item.end


# Fields whose sets hold words near enough for a translator to swap, but not one thing ("town"
# / "city", "local" / "domestic", "wise" / "sensible"): two words of one set are no verdict.
_LOOSE_SETS = frozenset({"place_scope", "origin", "sensible", "stock_flow", "control_state"})
# Single sets of that sort in a field whose other sets are one thing each: acts that made a
# measure but are not one act ("passed" / "signed" a law), spans between events that differ
# ("hours apart" / "days apart"); "took effect" / "came into force" stay one.
_LOOSE_GROUPS = frozenset({("enactment", 0), ("timing", 1)})
# Sets broader than others of their field, which they hold: an injection may be into a vein,
# under the skin or into a muscle; a medicine over the counter may be on general or pharmacy
# sale; home insurance covers the building and its contents, a car's third parties or all.
# A set and one it holds are no verdict.
_BROADER: dict[tuple[str, int], frozenset[int]] = {
    ("drug_route", 3): frozenset({4, 5, 6}),
    ("drug_supply", 0): frozenset({1, 2}),
    ("insurance", 2): frozenset({3, 4}),
    ("insurance", 6): frozenset({7, 8}),
    ("work_shift", 1): frozenset({2, 3}),
    ("study_arm", 0): frozenset({1}),
    # a season ticket may run for a week, a month or a year
    ("fare_type", 7): frozenset({5, 6}),
    # parental leave is a mother's or a father's
    ("leave_kind", 4): frozenset({5, 6}),
}


def _holds(field: str, x: int, y: int) -> bool:
    """Whether one of two sets of a field holds the other (``_BROADER``)."""
    return y in _BROADER.get((field, x), frozenset()) or x in _BROADER.get((field, y), frozenset())


def _word_forms(word: str) -> set[str]:
    """The forms a word may be another inflection of: its plural's singulars and their stems,
    a final "e" cut ("purchased" and "purchase" meet at "purchas", "buying" and "buy" at
    "buy")."""
    found = set(_forms(word))
    if word.endswith("ies"):
        found.add(word[:-3] + "y")  # "cities" / "city"
    for form in list(found):
        root = stem(form)
        found |= {root, root.removesuffix("e")}
    return found


def _one_word(x: str, y: str) -> bool:
    """Whether two entries are the same words, one in another number or tense: "tourists" /
    "tourist", "vaccines" / "vaccine" (the number checks'), "signed" / "sign" (the tense
    checks'), no synonym."""
    words_x, words_y = _TOKEN.findall(x.lower()), _TOKEN.findall(y.lower())
    return len(words_x) == len(words_y) and all(
        _word_forms(u) & _word_forms(v) for u, v in zip(words_x, words_y, strict=True)
    )


def _other_gender(x: str, y: str) -> bool:
    """A man's word against a woman's ("spokesman" / "spokeswoman"): one office, another person,
    the gender check's."""
    lex = lexicon()
    genders = {lex.gender(x), lex.gender(y)}
    return genders == {"m", "f"}


def same_set_swaps(a: str, b: str) -> list[Hit]:
    """``kind.synonym`` hits: a word of one set of a field replaced, in one edit, by another
    word of the same set that the other side lacks ("truce" / "ceasefire", "revenue" /
    "sales"): one thing named two ways, whatever the lexicon's categories say."""
    found_a, found_b = _found(a), _found(b)
    if not found_a or not found_b:
        return []
    hits: list[Hit] = []
    spans = _changed(a, b)
    # A word of the set said by a phrase after its noun ("patchy fog will form" / "fog will
    # form in patches") stands in the next edit; there, only a set said as often on each side
    # counts (one saying moved, not a second one put in).
    said_a = Counter((f.field, f.group) for f in found_a)
    said_b = Counter((f.field, f.group) for f in found_b)
    for (i, (span_a, _)), (j, (_, span_b)) in product(enumerate(spans), repeat=2):
        if abs(i - j) > 1:
            continue
        for x in found_a:
            loose = x.field in _LOOSE_SETS or (x.field, x.group) in _LOOSE_GROUPS
            if loose or not _inside(x, span_a):
                continue
            if i != j and said_a[x.field, x.group] != said_b[x.field, x.group]:
                continue
            for y in found_b:
                if (
                    y.field == x.field
                    and y.group == x.group
                    and _inside(y, span_b)
                    and not _one_word(x.text, y.text)
                    and not _other_gender(x.text, y.text)
                ):
                    hits.append(
                        Hit(
                            "kind.synonym",
                            "lexical",
                            x.text,
                            y.text,
                            f"{x.text!r} → {y.text!r}: the same thing named another way",
                            SYNONYM_PRIOR,
                            {"relation": "synonym", "field": x.field},
                        )
                    )
    return hits


def find_fields(a: str, b: str) -> list[Hit]:
    """``kind.field`` hits: a word of one set of a field replaced, in one edit (or the next),
    by a word of another set of the same field that the other side lacks."""
    if len(_NEGATION.findall(a)) != len(_NEGATION.findall(b)):
        return []
    found_a, found_b = _found(a), _found(b)
    prefixed = _COUNT_WORD.search(a) is not None and _COUNT_WORD.search(b) is not None
    if not prefixed and (not found_a or not found_b):
        return []
    spans = _changed(a, b)
    hits: list[Hit] = []
    for field, (what, _) in FIELDS.items():
        here_a = [f for f in found_a if f.field == field]
        here_b = [f for f in found_b if f.field == field]
        # A set said more often on one side than on the other: "Oil prices fell, but pump
        # prices" / "Oil prices fell, but crude prices" says "crude" twice in B, once in A.
        groups_a = Counter(f.group for f in here_a)
        groups_b = Counter(f.group for f in here_b)
        only_a = [f for f in here_a if groups_a[f.group] > groups_b[f.group]]
        only_b = [f for f in here_b if groups_b[f.group] > groups_a[f.group]]
        # One edit, or two next to each other ("a majority of the seats" / "the most seats":
        # the diff drops the one and adds the other a word later).
        pair = next(
            (
                (x, y)
                for i, (span_a, _) in enumerate(spans)
                for x in only_a
                if _inside(x, span_a)
                for j, (_, span_b) in enumerate(spans)
                if abs(i - j) <= 1
                for y in only_b
                if _inside(y, span_b) and not _holds(field, x.group, y.group)
            ),
            None,
        )
        if pair is None:
            continue
        x, y = pair
        hits.append(
            Hit(
                "kind.field",
                "lexical",
                x.text,
                y.text,
                f"{x.text!r} → {y.text!r}: another thing of the same field ({what}), not the "
                "same thing",
                FIELD_PRIOR,
                {"relation": "field", "field": field},
            )
        )
    if prefixed:
        hits.extend(_counted_prefixes(a, b, spans))
    return hits


# Prefixes that count what the rest of a word names: "unilateral" (one side), "bilateral"
# (two), "trilateral" (three), "multilateral" (many); "monolingual" / "bilingual",
# "unicameral" / "bicameral", "biennial" / "triennial". Two words that differ only in such a
# prefix name the same kind of thing with another count of its parts.
_COUNT_PREFIX = re.compile(
    r"^(uni|mono|bi|tri|quadri|quadr|tetra|penta|hexa|multi|poly|pluri)(?=[a-z]{5,}$)"
)
_COUNT_WORD = re.compile(
    r"\b(?:uni|mono|bi|tri|quadri|quadr|tetra|penta|hexa|multi|poly|pluri)[a-z]{5,}\b",
    re.IGNORECASE,
)


def _counted_prefixes(
    a: str, b: str, spans: list[tuple[tuple[int, int], tuple[int, int]]]
) -> list[Hit]:
    """``kind.field`` hits (field ``count_prefix``): a word in one edit against a word of the
    other side's edit that differs from it only in a counting prefix, where neither side has
    the other's word anywhere; adjectives, one of them known to the lexicon as one, the other
    known as one or not known at all ("multipolar"): a noun's prefix may have lost its count
    ("universe" / "multiverse")."""
    hits: list[Hit] = []
    lowered_a, lowered_b = a.lower(), b.lower()
    for span_a, span_b in spans:
        tokens_a = [w.lower() for w in _TOKEN.findall(a[span_a[0] : span_a[1]])]
        tokens_b = [w.lower() for w in _TOKEN.findall(b[span_b[0] : span_b[1]])]
        for x in tokens_a:
            match_x = _COUNT_PREFIX.match(x)
            if match_x is None:
                continue
            rest = x[match_x.end() :]
            for y in tokens_b:
                match_y = _COUNT_PREFIX.match(y)
                if match_y is None or y[match_y.end() :] != rest or x == y:
                    continue
                if re.search(rf"\b{y}\b", lowered_a) or re.search(rf"\b{x}\b", lowered_b):
                    continue
                # Adjectives of a count ("bilateral talks", "a bicameral parliament"): a noun
                # may have lost its prefix's count long ago ("universe" / "multiverse").
                lex = lexicon()
                if not all(lex.is_adjective(w) or not lex.lemmas(w) for w in (x, y)) or not any(
                    lex.is_adjective(w) for w in (x, y)
                ):
                    continue
                hits.append(
                    Hit(
                        "kind.field",
                        "lexical",
                        x,
                        y,
                        f"{x!r} → {y!r}: the same thing counted otherwise (how many parts or "
                        "parties), not the same thing",
                        FIELD_PRIOR,
                        {"relation": "field", "field": "count_prefix"},
                    )
                )
                return hits
    return hits


def one_set(word: str, other: str) -> bool:
    """``word`` and ``other`` are words or phrases of one set of a field, near enough to name
    one thing ("capital" / "city", "truce" / "ceasefire", "calls at" / "stops at"), a plural
    matched to its singular."""

    def places(phrase: str) -> set[tuple[str, int]]:
        said = tuple(phrase.lower().split())
        if not said:
            return set()
        *head, last = said
        return {
            (field, group)
            for form in _forms(last)
            for field, group, parts in _ENTRIES.get(head[0] if head else form, ())
            if parts == (*head, form)
        }

    return bool(places(word) & places(other))


def same_measure(word: str, other: str) -> bool:
    """``word`` and ``other``, said after a unit of length, give one measure ("300 metres high"
    / "300 metres tall"): the word after the unit is no counted thing but the measure's name."""
    groups = FIELDS["dimension"][1]
    x, y = f"metres {word.lower()}", f"metres {other.lower()}"
    return any(x in group and y in group for group in groups)
