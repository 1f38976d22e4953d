"""Closed-class cues that carry meaning out of proportion to their size: polarity, modality,
attribution and direct quotes. Each extractor returns what it found with the exact text, so a
finding can quote it."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

__all__ = [
    "BY_AGENT",
    "CONTROL_NOUNS",
    "CONTROL_VERBS",
    "DENIALS_OF_ALL",
    "EXCEPTION",
    "EXCEPTION_WORDS",
    "EXCLUSIVE_WORDS",
    "SPOKESPEOPLE",
    "TIME_SIDE_WORDS",
    "Attribution",
    "attributions",
    "fixed_phrases",
    "leaving_out",
    "modality_classes",
    "negation_spans",
    "negations",
    "opens_quote",
    "quotes",
    "source_key",
    "strip_quotes",
    "time_sides",
    "unpaired_quote_marks",
]

# Acting on a control of a screen and the controls' nouns, as manuals write them ("click
# Save", "select the Allow comments check box", "tap the "Install now" button"): the words
# between are the control's label, which the screen shows, no one's speech. Alternatives of a
# regular expression, longest first where one begins another.
CONTROL_VERBS = (
    "double-click|right-click|click|double-tap|tap|select|choose|uncheck|check|untick|tick|"
    "clear|press|hit"
)
CONTROL_NOUNS = (
    "button|tab|menu|option|check box|checkbox|box|icon|link|field|toggle|switch|command|"
    "dialog box|dialog|pane|panel"
)

# Lexical negatives count with "not": "he didn't think" and "he doubted" have the same polarity.
# "no longer" is listed before "no" so that the finding quotes the whole cue.
_NEGATION = re.compile(
    # "No. 4" and "No. four" are a rank ("number four"), no denial.
    r"\b(?:no longer|not|never|"
    r"no(?!\.\s*(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b))|"
    r"none|nobody|nothing|nowhere|neither|nor|without|"
    r"cannot|den(?:y|ies|ied|ying|ial)|doubt(?:s|ed|ing|ful)?|refus(?:e|es|ed|ing)|"
    r"reject(?:s|ed|ing)?|turn(?:s|ed|ing)?\s+down|fail(?:s|ed|ing)?|lack(?:s|ed|ing)?|unable|unlikely|rarely|hardly|"
    # "ruled out early elections" says there will be none, as "rejected" does; "excluded from
    # school" / "excluded him from the team" keeps someone out, as "expelled" does: no denial.
    r"rul(?:e|es|ed|ing)\s+out|exclud(?:e|es|ed)(?!\s+(?:[\w’'-]+\s+){0,3}?from\b)|"
    # "declined to comment" is "did not comment"; "non-diabetic" is "not diabetic".
    r"declin(?:e|es|ed|ing)\s+to|non-|"
    # "fell short of the target" is "did not reach the target".
    r"f[ae]ll(?:s|ing|en)?\s+short\s+of|"
    # "has yet to comment" is "has not commented yet".
    r"(?:ha(?:ve|s|d)|is|are|was|were|remains?|remained)\s+yet\s+to|"
    # "out of danger" is "no longer in danger", "out of reach" is "no access".
    r"out\s+of(?=\s+(?:reach|danger|work|jobs?|power|office|stock|control|order|service|"
    r"print|sight|touch|date|luck|breath|business|action|the\s+question)\b)|"
    # Negatives by implication: "too quiet for us to hear" is "we cannot hear it", "have
    # trouble understanding" is "may not understand", questions that "evade us" go unanswered;
    # the noun of the act denies as its verb does ("tax evasion" / "evading taxes"), as
    # "denial" does "deny".
    r"too\s+\w+\s+(?:for\s+(?:\w+\s+){1,4})?to|ha(?:ve|s|d|ving)\s+trouble|"
    r"evad(?:e|es|ed|ing)|evasions?)\b"
    r"|n[’']t\b",
    re.IGNORECASE,
)
# Fixed phrases built from a negative word that negate nothing: "not only X but also Y" affirms
# both, "no doubt" affirms. They are blanked before counting.
_NOT_NEGATION = re.compile(
    r"\b(?:not\s+only|not\s+just|no\s+doubt|without\s+(?:a\s+)?doubt|no\s+matter"
    # "it was not until 1990 that" dates what happened; "it goes without saying" affirms;
    # "none other than" names.
    r"|not\s+until|(?:go|goes|went)\s+without\s+saying|none\s+other\s+than"
    # "No sooner had the stadium opened than cracks appeared": "as soon as", a time.
    r"|no\s+sooner"
    # "no fewer than 12" is "at least 12": a bound on an amount, not a denial.
    r"|no[t]?\s+(?:fewer|less|more)\s+than"
    # "whether or not", "if you realise it or not": an alternative, not a denial.
    r"|whether\s+or\s+not|or\s+not(?=\s*(?:[,.;:!?)]|$))"
    # "Excess: None", "| None |": the whole value of a field or a cell, the amount zero, which
    # the numbers check reads ("£0"), no denial.
    r"|(?<=[:|]\s)none(?=[ \t]*(?:[|\n.,;]|$))|(?<=[:|])none(?=[ \t]*(?:[|\n.,;]|$))"
    # "with or without food": both alternatives, no denial of either.
    r"|with\s+or\s+without"
    # "we can't help asking": an idiom that affirms.
    r"|(?:can(?:not|[’']t)|can\s+not|could(?:\s+not|n[’']t))\s+help"
    # "it is not limited to black holes, it can also ...": "not only X but also Y", whose
    # "also" follows in the sentence or opens the next ("is not limited to black holes. It
    # can also ..."); "is not limited to members" alone denies a limit.
    r"|not\s+(?:limited|confined|restricted)\s+to(?=[^.;!?]*(?:[.;]\s+[^.;!?]*)?\balso\b))\b",
    re.IGNORECASE,
)

# Words that leave something out as "without" does: "like this picture without the grid" /
# "like this picture, except for the lines drawn on it".
_LEAVING_OUT = re.compile(
    r"\b(?:except|excepting|excluding|apart\s+from|aside\s+from|other\s+than|but\s+for|minus)\b",
    re.IGNORECASE,
)


def leaving_out(text: str) -> list[int]:
    """The character offsets of the words of ``text`` that leave something out as "without"
    does ("except for", "apart from", "other than", "minus")."""
    return [m.start() for m in _LEAVING_OUT.finditer(text)]


_MODALITY = {
    "possibility": r"may|might|could|possibly|perhaps|maybe|potentially|conceivably|can|"
    r"(?:is|are|was|were|be|it[’']s|that[’']s)\s+(?:also\s+|quite\s+|very\s+|entirely\s+)?possible",
    "probability": r"likely|probably|presumably|unlikely",
    # "need not" and "needn't" are "do not have to"; "is required to" is "must", an adverb of
    # time or degree between them or not ("are no longer required to", "is still obliged to").
    "necessity": r"must|should|need(?:s|ed)? to|ha(?:ve|s|d) to|ought to|need(?=\s+not\b)|"
    r"needn(?=[’']t)|(?:is|are|was|were|be|been)\s+"
    r"(?:(?:not|no\s+longer|still|also|now|legally|normally|usually)\s+){0,2}"
    r"(?:required|obliged) to",
    "future": r"will|shall|going to|[’']ll",
    "plan": r"(?:is|are|was|were) (?:scheduled|set|due|planning|slated|poised) to|"
    # "intends raising" is "intends to raise": the verb takes either form for one intent.
    r"plans? to|plans? (?:is|are|was|were) to|intends? to|intends?(?=\s+[a-z]+ing\b)|aims? to",
    "hedge": r"appears? to|appeared to|seems? to|seemed to|"
    # A claim told as what others believe, say or allege, not as fact: "is thought to have
    # started", "are feared to be buried", "it is believed that"; "said" and "reported" only
    # before "to be" or "to have" ("was reported to police" is where it went).
    r"(?:is|are|was|were|be|been)\s+(?:widely\s+|also\s+|now\s+)?"
    r"(?:(?:believed|thought|alleged|understood|presumed|rumou?red|feared)\s+to|"
    r"(?:said|reported)\s+to(?=\s+(?:be|have)\b))|"
    r"it\s+is\s+(?:widely\s+|also\s+|now\s+)?(?:believed|thought|alleged|understood|"
    r"presumed|rumou?red|feared|said|reported)\s+that|"
    # "arguably the worst": a claim one could argue for, not one made outright.
    r"reportedly|allegedly|apparently|seemingly|arguably|suggests?|"
    # "reportedly" said with its source: reports no one in particular made
    r"according\s+to\s+(?:(?:media|press|news|local|unconfirmed|some)\s+)?reports",
    "conditional": r"would|[’']d",
    # What someone wants to happen, which may never be planned or done: "wants to visit" /
    # "is to visit", "hope to reconstruct" / "were able to reconstruct"; whom they want it of
    # may stand between ("want Queen Elizabeth II to be the last"). Read in :func:`_wished`:
    # someone else's wish only.
    "wish": r"(?:(?:wants?|wanted|wanting|wish(?:es|ed|ing)?|would\s+like|(?<=[’']d\s)like)"
    r"(?:\s+(?!to\b)[\w’'-]+){0,4}?|hop(?:es?|ed|ing)|"
    r"(?:is|are|was|were|be|been)\s+(?:keen|eager|anxious)) to",
    # A threat: an act its doer says they may do unless others give way ("is threatening to
    # close", "threatened to strike"), which may never be planned or done.
    "threat": r"threat(?:en|ens|ened|ening)\s+to",
    # What is expected is planned or likely: the modality check matches it with either.
    "expectation": r"(?:is|are|was|were) (?:expected|forecast|projected|predicted|anticipated) to",
}
_MODALITY_PATTERNS = {
    name: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)
    for name, pattern in _MODALITY.items()
}

_SPEECH = (
    r"said|says|say|told|tells|tell|announced|announces|warned|warns|stated|states|"
    r"reported|reports|added|adds|noted|notes|claimed|claims|asserted|asserts|insisted|"
    r"estimated|estimates|wrote|writes|explained|confirmed|acknowledged|argued|argues|"
    r"points? out|pointed out|accused|denied|cited|admitted|admits|conceded|concedes|"
    r"acknowledges|confirms|explains|vowed|vows|pledged|promised|urged|urges|alleged|alleges|"
    r"predicted|predicts|revealed|reveals|disclosed|testified|recalled|replied|responded|"
    r"declared|declares|emphasized|emphasised|stressed|cautioned|cautions|remarked|remarks|"
    r"commented|comments|observed|observes|mentioned|mentions|indicated|indicates|"
    r"announced|asked|asks|answered|answers|complained|complains|boasted|boasts|"
    r"maintained|maintains|contended|contends|reiterated|reiterates|affirmed|affirms|"
    r"conveyed|informed|briefed|specified|specifies|underlined|underscored|highlighted"
)
# The plain present of a plural source ("the scientists specify that"): these forms are also
# nouns, infinitives and imperatives ("the report that", "to report the crime"), so they are
# no speech verbs of their own and report speech only after a subject and before "that".
_PLAIN_PRESENT = set(
    "specify warn argue insist stress estimate note explain confirm claim report".split()
)
_NOT_SUBJECT = set(
    "a an the this that these those its his her their our my your no any each every some "
    "of to in on at by for with from into as about than and or but also".split()
)
_SPEECH_VERB = re.compile(rf"(?<!\w)(?:{_SPEECH})(?!\w)", re.IGNORECASE)
_ATTRIBUTION_VERB = re.compile(
    rf"(?<!\w)(?:{_SPEECH}|{'|'.join(sorted(_PLAIN_PRESENT))})(?!\w)", re.IGNORECASE
)
# Case-sensitive after "to": the source runs on over capitalised words only ("according to
# Prime Minister Kevin Rudd"), not over "tariffs in Central American countries".
_ACCORDING = re.compile(
    r"\b[Aa]ccording to\s+(?:(?:[Tt]he|[Aa]n?)\s+)?([\w’'.-]+(?:\s+[A-Z][\w’'.-]*)*)"
)
# A be-form right before the verb (an adverb or "not" between): the speech verb is passive.
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|being|be)\s+(?:(?:not|also|publicly|reportedly|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# Its agent: "by" within the clause, then a noun phrase whose last word is the source
# ("by the ministry", "by Prime Minister Kevin Rudd").
_AGENT = re.compile(
    r"[^.;:!?]{0,60}?(?P<by>\bby\s+(?:the\s+|a\s+|an\s+)?([\w’'.-]+(?:\s+[A-Z][\w’'.-]*)*))"
)
_SKIP_BEFORE_VERB = set(
    "also then later earlier recently previously last week month year yesterday today on in at "
    "this that had has have was were is are publicly again however reportedly once first "
    "further privately separately yet , the a an".split()
)
# Auxiliaries, modals and negations between a source and its verb ("he did not say").
_AUXILIARY = re.compile(
    r"(?:did|does|do|would|will|could|can|may|might|should|must|not|never|also)(?:n[’']t)?"
    r"|(?:did|does|do|would|could|should|was|were|is|are|has|have|had)n[’']t"
    # "can't", "won't", "shan't" drop letters of their verb; "cannot" is written as one word.
    r"|(?:ca|wo|sha)n[’']t|cannot",
    re.IGNORECASE,
)
# Subjects of a relative clause whose relative word is left out, before a verb of saying whose
# object is the noun before them ("play you the sound *we predicted*.", "the figure *they
# reported*,"): the clause names what was said, and reports no one saying the sentence.
_RELATIVE_SPEAKERS = {"i", "we", "you", "they", "he", "she"}
# Words that end the noun phrase of a source when reading back from its head word.
_PHRASE_STOP = set(
    "the a an of to in on at by for with from and or but as that this these those which who "
    "when while after before since because if than then so its his her their our my your".split()
)
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you"}

_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"|«([^»]{2,}?)»")

# One claim in two ways: "only" limits it to one thing ("feared only other mosasaurs"), and a
# denial of all with its exception says the same ("feared nothing except other mosasaurs").
EXCLUSIVE_WORDS = frozenset("only solely exclusively".split())
DENIALS_OF_ALL = frozenset("nothing nobody none no never nowhere".split())
# The exception's words; "but" is one too, except after a comma, where it opens another clause.
_EXCEPTIONS = (
    "except", "excepting", "besides", "other than", "apart from", "aside from", "save for", "save",
)  # fmt: skip
EXCEPTION = "(?:" + "|".join(p.replace(" ", r"\s+") for p in _EXCEPTIONS) + r")\b"
EXCEPTION_WORDS = frozenset(" ".join((*_EXCEPTIONS, "but")).split())


def negations(text: str) -> list[str]:
    """The negative cues of a text, one per negation: "neither ... nor" is one."""
    return [cue for cue, _, _ in negation_spans(text)]


def fixed_phrases(text: str) -> list[tuple[int, int]]:
    """Where ``text`` says a fixed phrase built from a negative word that negates nothing
    ("not only", "with or without", "whether or not"): start and end of each."""
    return [m.span() for m in _NOT_NEGATION.finditer(text)]


def negation_spans(text: str) -> list[tuple[str, int, int]]:
    """:func:`negations` with where each cue stands in ``text`` (start, end)."""
    text = _NOT_NEGATION.sub(lambda m: " " * len(m.group(0)), text)
    found = [(m.group(0), m.start(), m.end()) for m in _NEGATION.finditer(text)]
    # "neither X nor Y", "they had no corn, nor tomatoes": a "nor" after a negation goes on
    # with it; "nor is it an end" (inverted) denies a clause of its own.
    return [
        (cue, start, end)
        for k, (cue, start, end) in enumerate(found)
        if k == 0
        or (
            (cue.lower() != "nor" or _INVERTED.match(text, end))
            # "with no no gender": a word written twice in a row is one negation
            and not _stuttered(found[k - 1], (cue, start, end), text)
        )
    ]


def _stuttered(first: tuple[str, int, int], second: tuple[str, int, int], text: str) -> bool:
    """Two cues, the same word with only spaces between them: one word written twice."""
    return first[0].lower() == second[0].lower() and not text[first[2] : second[1]].strip()


_INVERTED = re.compile(
    r"\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|shall|should|may|"
    r"might|must)\b",
    re.IGNORECASE,
)


# Words spelled like a modal that are something else: "May" mid-sentence is the month or a
# surname (the modal is lower case there), "the will of the people" is a noun, "going to Moscow"
# is motion, not the future.
_NOT_MODAL = re.compile(
    r"(?<=[^\s.!?:“\"(]\s)(?P<a>May)\b|\b(?P<b>May)(?=\s+\d)"
    r"|\b(?:the|his|her|its|our|their|your|my|own|a|free|political|popular)\s+(?P<c>will)\b"
    r"|\b(?P<d>going to)(?=\s+(?:(?:the|a|an)\b|[A-Z]))"
    # "could not attend" denies an ability, as "couldn't" (tokenized "could n't") and "was
    # unable to" do; "could not have known" is a guess.
    r"|\b(?P<e>[Cc]ould)(?=\s+(?:not\b|n[’']t(?!\w))(?!\s+have\b))"
    # A month in lower case ("havlíček said in may that"): no modal follows "in".
    r"|(?<=\b[Ii]n\s)(?P<f>may)\b(?!\s+(?:be|have|not)\b)",
)


def _modal_text(text: str) -> str:
    def blank(match: re.Match[str]) -> str:
        name = next(k for k, v in match.groupdict().items() if v is not None)
        inner = match.start(name) - match.start()
        word = match.group(name)
        whole = match.group(0)
        return whole[:inner] + " " * len(word) + whole[inner + len(word) :]

    return _NOT_MODAL.sub(blank, text)


def modality_classes(text: str) -> Counter[str]:
    """How often each kind of modality is expressed."""
    plain = _modal_text(text)
    found = Counter({name: len(_kind_words(plain, name)) for name in _MODALITY_PATTERNS})
    return +found  # kinds never said left out


def modality_words(text: str, kind: str) -> list[str]:
    return _kind_words(_modal_text(text), kind)


def _kind_words(plain: str, kind: str) -> list[str]:
    matches = _MODALITY_PATTERNS[kind].finditer(plain)
    return [m.group(0) for m in matches if kind != "wish" or _wished(plain, m.start())]


# Words that may stand between a wish and who wishes it: "does not really want to".
_BETWEEN_WISH = frozenset(
    "also still just really actually truly simply always only ever never not n't do does did "
    "don't doesn't didn't would 'd ’d".split()
)
# Whose wish is no news: the speaker's or the listener's ("I want to show you", "I'd like to
# show you", "you want to run": a talk's turns of phrase, which translations render any way),
# anyone's ("if people want to win, they have to train", said as "if you want to win"), and
# a polite "may wish to".
_NOT_WISHING = frozenset(
    "i we you one people anyone anybody everyone everybody someone somebody may might could".split()
)


def _wished(text: str, start: int) -> bool:
    """Whether the wish at ``start`` is someone else's: the word before it (past adverbs and
    auxiliaries) is a subject other than :data:`_NOT_WISHING`, or it is a participle ("...,
    hoping to win"); "(Laughter) Want to get away", with no subject, is none."""
    if re.match(r"\w+ing\b", text[start:]):
        return True  # "..., hoping to win": the wish of the clause's subject
    before = re.findall(r"[\w’']+|[^\w\s]", text[:start])
    while before and before[-1].lower() in _BETWEEN_WISH:
        before.pop()
    if not before or not before[-1][0].isalnum():
        return False
    word = re.sub(r"[’']d$", "", before[-1].lower())
    return word not in _NOT_WISHING


@dataclass(frozen=True)
class Attribution:
    """Who said it: the source's head word (lower-cased) and the phrase it was read from."""

    source: str
    phrase: str
    fragment: bool = False  # set by the judge: it sits in a sentence broken off ("said. he told")


_WORD = re.compile(r"[\w’'.-]+|,")


# The verbs that report speech whatever follows them. The others have other senses or are
# plural nouns as often ("maintained its majority", "added time", "confirmed cases", "the United
# States", "police reports"): they report speech only with a reporting complement after them or
# when they follow the claim ("..., added the minister").
_CORE_SPEECH = {"said", "says", "say", "told", "tells", "tell", "wrote", "writes"}
_COMPLEMENT = re.compile(
    # The end of the clause, a quote or a colon; or "that" after a short adjunct ("announced on
    # Twitter that", "warned in a statement on Monday that").
    r"\s*(?:[,.;:!?”\"“]|$)|(?:\s+[\w’'-]+){0,5}?\s+that\b",
)
# A word that cannot end a source's noun phrase: "the number of confirmed cases" has no source.
# Words that name no source where they stand right before a verb of saying: conjunctions,
# and prepositions, after which the verb's form is a noun ("amid reports that", "despite
# warnings", "following claims that").
_NOT_SOURCE = set(
    "of for with to from by into onto than and or but as about over under between among per via "
    "within without during through throughout beyond upon across against toward towards amid "
    "amidst despite following after before behind beside besides near unlike amongst "
    "regarding concerning inside outside".split()
)


# The noun before "of which" / "of whom" at the end of a text, after "the": "the crew of
# which" ("most of whom" names no one of its own).
_OF_WHICH = re.compile(r"\bthe\s+([^\W\d_][\w’'-]*)\s+of\s+$", re.IGNORECASE)


def _object_relative(
    text: str, before: list[re.Match[str]], source: re.Match[str] | None, verb: re.Match[str]
) -> bool:
    """The verb of saying ends a relative clause about the noun before its subject pronoun
    ("the sound we predicted.", "the figure they reported,"): a noun (no function word, no
    punctuation) right before the pronoun, and the clause ends right after the verb. "...
    will fall, we predicted." (a comma before the pronoun) and "as they predicted" report."""
    if source is None or source.group(0).lower() not in _RELATIVE_SPEAKERS:
        return False
    if re.match(r"\s*[,.;:!?)]|\s*$", text[verb.end() :]) is None:
        return False
    at = next((i for i, token in enumerate(before) if token.start() == source.start()), None)
    if not at:
        return False
    noun = before[at - 1].group(0)
    return (
        noun.isalpha() and noun.islower() and noun not in _NOT_SOURCE and noun not in _CLAUSE_WORDS
    )


# Words before a subject pronoun that open its clause or stand in it ("as they predicted",
# "what we said", "and they said"): no noun the clause is about.
_CLAUSE_WORDS = set(
    "as what which who whom that and but or so because if when while though although since "
    "than then just exactly precisely also all everything something anything nothing".split()
)


def _reports_speech(text: str, match: re.Match[str], *, inverted: bool) -> bool:
    if match.group(0).lower() in _PLAIN_PRESENT:
        # After a determiner or a preposition the form is a noun ("the report that was
        # published", "a claim that"); a verb follows its subject ("experts warn that").
        before = re.search(r"([\w’']+)\s+$", text[: match.start()])
        subject = before is not None and before.group(1).lower() not in _NOT_SUBJECT
        return subject and re.match(r"\s+that\b", text[match.end() :]) is not None
    if match.group(0).lower() in _CORE_SPEECH or inverted:
        return True
    return _COMPLEMENT.match(text, match.end()) is not None


# A capitalised word right before the verb ("Port Said", "Edward Said"), with no mark between.
_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")


def _in_name(text: str, match: re.Match[str]) -> bool:
    """Whether a speech verb written with a capital inside a sentence is a name's last word
    ("Port Said", "Edward Said wrote"): a capitalised word before it, and after it a word in
    lower case, a mark or the end. A headline in title case ("Biden Says Ukraine Will Join")
    capitalises the word after it too, and keeps its verb."""
    if not match.group(0)[:1].isupper() or not _CAPITALISED_BEFORE.search(text, 0, match.start()):
        return False
    after = re.match(r"\s*(\S?)", text[match.end() :])
    return after is None or not after.group(1)[:1].isupper()


# A past participle that takes an agent: "led by", "detained by", "written by".
_AGENT_PARTICIPLE = (
    r"(?:[a-z]+ed|led|run|held|built|made|written|sent|taken|given|known|seen|set|brought|"
    r"caught|bought|kept|paid|sold|told|hit|shot)"
)
# A participle and "by" inside a speaker's phrase: what follows names the agent of the
# participle, not the one who speaks ("The alliance led by Kenya said").
BY_AGENT = re.compile(rf"\s+{_AGENT_PARTICIPLE}\s+by\s+")
# A noun, a past participle and its agent right before a verb of saying: "the coalition led by
# Saudi Arabia", "a man detained by police", "the pilot, employed by the airline,".
_REDUCED_PASSIVE = re.compile(
    rf"\b(?P<head>[a-z][\w’'-]*)\s*,?\s+{_AGENT_PARTICIPLE}\s+by\s+"
    r"(?:[\w’'.-]+\s+){0,3}[\w’'.-]+\s*,?\s*$"
)


def attributions(text: str) -> list[Attribution]:
    found: list[Attribution] = []
    for match in _ATTRIBUTION_VERB.finditer(text):
        if _in_name(text, match):
            continue  # "docked at Port Said": a place, no one saying
        passive = _PASSIVE_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if passive:
            # "The closure was announced by the ministry": the source of a passive speech verb
            # is its agent, not its subject; without an agent none is named.
            agent = _AGENT.match(text, match.end())
            if agent and _passive_claim(text, match, passive.start(), agent.end()):
                words = agent.group(2).split()
                phrase = agent.group("by").rstrip(".")
                found.append(Attribution(source=source_key(words[-1]), phrase=phrase))
            continue
        before = list(_WORD.finditer(text, max(0, match.start() - 80), match.start()))
        source_token = None
        # "..., said the minister", "..., said Kim": after a comma or a quote the verb may come
        # first; only when a name or "the ..." follows it ("Milley, said so" is not inverted).
        inverted = re.search(r"[,”\"]\s*$", text[: match.start()]) is not None and (
            re.match(r"\s+(?:the\s+|a\s+|an\s+)?[A-Z]|\s+(?:the|a|an)\s+\w", text[match.end() :])
            is not None
        )
        if not _reports_speech(text, match, inverted=inverted):
            continue
        blocked = False
        for token in reversed([] if inverted else before[-6:]):
            word = token.group(0).lower().strip(".")
            if not word or word in _SKIP_BEFORE_VERB or _AUXILIARY.fullmatch(word):
                continue
            if not re.search(r"\w", word):
                break
            blocked = word in _NOT_SOURCE
            source_token = None if blocked else token
            break
        if blocked or _object_relative(text, before, source_token, match):
            continue
        if source_token is not None and source_token.start() < match.start():
            # "The coalition led by Saudi Arabia said", "A man detained by police said": the
            # agent of a participle names who led or detained; the speaker is the noun before.
            reduced = _REDUCED_PASSIVE.search(text, max(0, match.start() - 80), match.start())
            if reduced is not None and reduced.group("head").lower() not in _NOT_SOURCE:
                head = reduced.start("head")
                source_token = next((t for t in before if t.start() == head), source_token)
        if source_token is None:  # "..., said Kim": the source follows the verb
            after = list(_WORD.finditer(text, match.end(), min(len(text), match.end() + 40)))
            after = [t for t in after if t.group(0).lower() not in {"the", "a", "an"}]
            if after and after[0].group(0) != ",":
                source_token = after[0]
                # A capitalised run is one name, headed by its last word ("said the American
                # Navy": the navy, not "American").
                for token in after[1:]:
                    if not token.group(0)[:1].isupper() or token.start() > source_token.end() + 1:
                        break
                    source_token = token
        if source_token is None:
            continue
        if source_token.group(0).lower() in {"which", "whom"}:
            # "the ferry, the crew of which had warned": the crew speaks, as in "whose crew"
            of = _OF_WHICH.search(text, 0, source_token.start())
            if of is not None:
                source_token = next(_WORD.finditer(text, of.start(1), of.end(1)))
        if source_token.start() < match.start():
            phrase = text[_phrase_start(text, source_token.start()) : match.end()]
        else:
            phrase = text[match.start() : source_token.end()].rstrip(".")
        phrase = phrase.split("\n")[-1].strip(" ,")
        found.append(Attribution(source=source_key(source_token.group(0)), phrase=phrase))
    for match in _ACCORDING.finditer(text):
        source = source_key(match.group(1).split()[-1])
        found.append(Attribution(source=source, phrase=match.group(0).rstrip(".,")))
    return found


# Verbs of saying whose object is the one spoken to or of, not what was said: their passive's
# subject is that person ("The newspaper was accused by the ministry", "Residents were warned
# by the police"), and its agent vouches for a claim only where one follows ("were told by
# officials that ..."), as the active ("the ministry accused the newspaper") is no source.
_ADDRESSED = frozenset(
    "accused told informed briefed asked urged warned cautioned reminded assured".split()
)
# A passive verb of saying whose subject is the claim's place-holder ("it was said", "as was
# announced"), or a "that" clause after its agent ("was told by officials that").
_CLAIM_SUBJECT = re.compile(r"(?:^|\W)(?:it|as)\s+$", re.IGNORECASE)
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)


def _passive_claim(text: str, verb: re.Match[str], be: int, agent_end: int) -> bool:
    """Whether the agent of a passive verb of saying (``verb``, its be-form at ``be``, its
    agent ending at ``agent_end``) is the source of a claim: a verb of what is said ("was
    announced by"), or one of the one spoken to whose subject is "it" or "as" or after whose
    agent a "that" clause follows."""
    return (
        verb.group(0).lower() not in _ADDRESSED
        or _CLAIM_SUBJECT.search(text[:be]) is not None
        or _THAT_AFTER.match(text, agent_end) is not None
    )


def source_key(word: str) -> str:
    """The source word folded so that spellings compare equal: "U.S." = "US", "Kim's" = "Kim"."""
    word = re.sub(r"[’']s$", "", word.lower().strip(".,"))
    return re.sub(r"[^\w]", "", word) or word


def _phrase_start(text: str, start: int) -> int:
    """Where the source's noun phrase begins: back from its head word over up to three words
    ("South Korea's defense minister"), stopping at punctuation, a function word or the end of
    the previous sentence ("officials said. he told" starts at "he")."""
    for _ in range(3):
        preceding = re.search(r"([\w’'.-]+)\s+$", text[max(0, start - 40) : start])
        if not preceding:
            break
        word = preceding.group(1)
        bare = word.lower().strip(".")
        abbreviation = re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{0,3}\.", word) is not None
        if not abbreviation and (
            bare in _PHRASE_STOP
            or _SPEECH_VERB.fullmatch(bare)
            or _AUXILIARY.fullmatch(bare)
            or not bare[:1].isalpha()
            or word.endswith(".")
        ):
            break
        start -= len(preceding.group(0))
    return start


def is_speech_verb(word: str) -> bool:
    """A speech verb, or the head of one that takes a particle ("point" in "point out")."""
    return bool(_SPEECH_VERB.fullmatch(word) or _SPEECH_VERB.fullmatch(f"{word} out"))


def quotes(text: str) -> list[str]:
    return [quote for quote, _, _ in quote_spans(text)]


def quote_spans(text: str) -> list[tuple[str, int, int]]:
    """Each direct quote's words, with where its marks start and end in ``text``."""
    return [
        (next(g for g in m.groups() if g is not None), m.start(), m.end())
        for m in _QUOTE.finditer(text)
    ]


def opens_quote(before: str) -> bool:
    """Whether the words after ``before`` stand inside a quotation it opens and has not
    closed."""
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def unpaired_quote_marks(text: str) -> bool:
    """Whether ``text`` opens or closes a quote without its other mark (`... of the sort",
    he summed up.`): it quotes words it does not delimit."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”")


def strip_quotes(text: str) -> str:
    """The text with direct quotes blanked: their content is judged by the quote check."""
    return _QUOTE.sub(" ", text)


# The modals that say an ability ("can reach", "could not carry"), as a pattern's alternatives:
# the attempts and modifiers checks read them.
# A court's finding told by a verb of judging with the verdict's adjective after its object
# ("found guilty", "found him guilty", "declared the two men innocent"): what one verb says
# ("convicted", "acquitted"). The verb's forms as written, and the verdicts.
VERDICT_VERB = r"\b(?:found|find|finds|finding|declared?|declares|pronounced?|judged?)\s+"
VERDICT_ADJECTIVES = ("guilty", "innocent")
# Its object, up to four words; a "not" or "never" there makes it another verdict.
VERDICT_OBJECT = r"(?:(?!not\b|never\b)[\w'’-]+\s+){0,4}?"

ABILITY_MODALS = r"can|could|cannot|can[’']t|couldn[’']t"

# A condition told by inversion: "should", "had" or "were" opening a clause before its
# subject, a comma closing the clause within eight words and marks ("Should the talks fail,
# the union will strike" = "If the talks fail", "Had the police arrived earlier, ...").
INVERTED_CONDITION = frozenset({"should", "had", "were"})
_INVERTED_REACH = 8


def inverted_condition(
    tokens: list[str], index: int, openers: frozenset[str] = INVERTED_CONDITION
) -> bool:
    """Whether ``tokens[index]`` (lower-cased words and marks) is one of ``openers`` opening a
    condition told by inversion: at the start or after a comma or semicolon, with a comma
    after it that closes the clause."""
    return (
        tokens[index] in openers
        and (index == 0 or tokens[index - 1] in {",", ";"})
        and "," in tokens[index + 1 : index + 1 + _INVERTED_REACH]
    )


# The people who speak for a body ("police officials said", "a ministry spokesman said"): the
# body is the source, they its voice.
SPOKESPEOPLE = frozenset(
    "official officials spokesman spokeswoman spokesperson spokespeople representative "
    "representatives".split()
)


def is_pronoun(word: str) -> bool:
    return word in _PRONOUNS


# A time told by its side of the time the story stands at: after it ("the next day", "the
# following week", "a day later", "two weeks afterwards", "later that month") or before it
# ("the previous day", "the week before", "a day earlier", "earlier that month"). A translator
# says one side in any of these shapes. "After" and "before" count only with no object after
# them ("a week before the vote" places the week by the vote, not by the story).
_PERIOD_WORD = r"(?:day|week|weekend|month|year|morning|afternoon|evening|night|season|decade)s?"
_PERIOD_COUNT = r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"
_NO_OBJECT = (
    r"(?!\s+(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|[0-9]"
    r"|(?-i:[A-Z])|\w+ing\b))"
)
_TIME_SIDES = {
    "after": re.compile(
        rf"\b(?:(?:next|following|subsequent)\s+{_PERIOD_WORD}"
        rf"|{_PERIOD_COUNT}{_PERIOD_WORD}\s+(?:later|afterwards?|after{_NO_OBJECT})"
        rf"|later\s+(?:that|the\s+same|this)\s+{_PERIOD_WORD})\b",
        re.IGNORECASE,
    ),
    "before": re.compile(
        rf"\b(?:(?:previous|preceding)\s+{_PERIOD_WORD}"
        rf"|{_PERIOD_COUNT}{_PERIOD_WORD}\s+(?:earlier|beforehand|before{_NO_OBJECT})"
        rf"|earlier\s+(?:that|the\s+same|this)\s+{_PERIOD_WORD})\b",
        re.IGNORECASE,
    ),
}


# The words that tell which side of the story's time, in any of the shapes above.
TIME_SIDE_WORDS = frozenset(
    "next following subsequent previous preceding later earlier after afterward afterwards "
    "before beforehand".split()
)


def time_sides(text: str) -> dict[str, str]:
    """The sides of the story's time (``"after"``, ``"before"``) that ``text`` places a time
    on, each with the first phrase that says it."""
    found = {side: pattern.search(text) for side, pattern in _TIME_SIDES.items()}
    return {side: match.group(0) for side, match in found.items() if match}
