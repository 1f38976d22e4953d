"""Attribution: who said it. A dropped, changed or garbled source ("he told reporters" cut off
from its claim) changes who vouches for a claim; a reworded speech verb does not."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from .. import _cues as cues
from .._artifacts import is_fragment
from .._entities import (
    another_name,
    governments_named,
    initials_written_out,
    is_title,
    same_government,
    sounds_alike,
    transliterated,
)
from .._report import Finding
from .._words import FUNCTION_WORDS, mistyped, stem, without_possessive
from ._antecedents import (
    _REPORTING,
    _plain,
    called_so,
    describes_a_person,
    describes_the_body,
    of_their_sex,
    people_named,
    stands_for,
)
from ._context import PairContext
from ._draft import draft
from ._edits import words
from ._glosses import definition, explanation
from ._lexicon import lexicon
from ._romanised import one_chinese_name
from .kinds import one_person_named

__all__ = ["check_attribution"]


def check_attribution(ctx: PairContext) -> list[Finding]:
    a, b = cues.strip_quotes(ctx.a), cues.strip_quotes(ctx.b)
    fragments = tuple(s for s in ctx.sentences_b[1:] if is_fragment(s))
    left = [r for r in _attributions(a) if _vouches(r, a)]
    # An attribution whose words A has in the same order was not garbled: a stray full stop
    # elsewhere ("to. see if ..., he said") breaks the sentence, not who said it.
    running_a = " ".join(words(a))
    right = [
        replace(
            r,
            fragment=any(r.phrase.split()[-1] in f for f in fragments)
            and f" {' '.join(words(r.phrase))} " not in f" {running_a} ",
        )
        for r in _attributions(b)
        if _vouches(r, b)
    ]
    # A source B still names was not dropped: its verb was misspelt or reworded ("Trump wroet
    # on Twitter", "According within Tennet"). A pronoun names no one in particular; the
    # agent of B's speaker ("Kenya said" / "The alliance led by Kenya said") does not speak.
    named_b = {cues.source_key(w) for w in words(_without_agents(b, right))}
    found: list[Finding] = []
    sources_b = [_named(r) for r in right]
    for garbled in (r for r in right if r.fragment):
        found.append(
            draft(
                ctx,
                check="attribution.garbled",
                category="attribution",
                a="",
                b=garbled.phrase,
                message=f"{garbled.phrase!r} is cut off from the claim it attributes",
                prior=0.85,
            )
        )
    unmatched_b = [r for r in right if not r.fragment]
    missing: list[cues.Attribution] = []
    for attribution in left:
        source = _named(attribution)
        match = next(
            (
                r
                for r in unmatched_b
                if _same_source(_named(r), source)
                or same_government(attribution.phrase, r.phrase)
                or _seat_and_government(attribution, r, a, b)
                or _same_person(attribution.phrase, r.phrase)
                or _pronoun_for_named(attribution, r, a, ctx.before_a)
                or _pronoun_for_named(r, attribution, b, ctx.before_b)
                or _description_for_named(attribution, r, a, ctx.before_a)
                or _description_for_named(r, attribution, b, ctx.before_b)
                or _same_office(attribution.phrase, r.phrase, a, b)
                or _body_and_its_people(attribution.phrase, r.phrase)
                or _body_and_its_members(_named(attribution), _named(r))
                or _same_name(attribution, r)
                or _according_alike(attribution, r, a, b)
                or _compound_alike(attribution, r)
                or _maker_alike(attribution, r)
                or _former_alike(attribution, r)
                or _initials_alike(attribution, r, a, b)
                or _defined_alike(attribution, r, a, b)
            ),
            None,
        )
        if match is not None:
            unmatched_b.remove(match)
        elif not any(_same_source(source, s) for s in sources_b) and (
            cues.is_pronoun(attribution.source)
            or attribution.source not in named_b
            or _pronoun_of_the_other_sex(attribution, unmatched_b, a)
        ):
            missing.append(attribution)
        elif not sources_b and _verb_cut(attribution, b):
            found.append(_cut(ctx, attribution))
    # "..., they pointed out that" / "..., pointing out that": the participle's speaker is the
    # sentence's subject, whom the pronoun named; the claim is still theirs.
    missing = [r for r in missing if not _participle_kept(r, b)]
    # "according to reports" / "reportedly": the adverb says the same unnamed reports; the
    # verdict, shown at low, explains the words B leaves out.
    hedged = [r for r in missing if _reported_by_adverb(r, a, b)]
    missing = [r for r in missing if r not in hedged]
    found.extend(
        draft(
            ctx,
            check="attribution.hedged",
            category="attribution",
            a=r.phrase,
            b="reportedly",
            message=f"A's {r.phrase!r} is B's 'reportedly': the same reports, named by neither",
            prior=0.2,
        )
        for r in hedged
    )
    for attribution in missing:
        replacement = next((r for r in unmatched_b if not cues.is_pronoun(r.source)), None)
        if replacement is None and unmatched_b:
            replacement = unmatched_b[0]
        if replacement is not None:
            unmatched_b.remove(replacement)
            found.append(
                draft(
                    ctx,
                    check="attribution.changed",
                    category="attribution",
                    a=attribution.phrase,
                    b=replacement.phrase,
                    message=f"another source: {attribution.phrase!r} in A, "
                    f"{replacement.phrase!r} in B",
                    prior=0.8,
                    evidence={
                        "pronoun": float(cues.is_pronoun(replacement.source)),
                        **_said_otherwise(attribution, b),
                    },
                )
            )
        else:
            found.append(_dropped(ctx, attribution, b))
    # A source A names too, though not as the subject of a verb of saying read there ("Tennet
    # informed" / "said Tennet", "Mr Chen subsequently admitted" / "Mr. Chen admitted"): the
    # claim is likely the same speaker's: a quiet verdict of its own (``attribution.reworded``),
    # which explains the speech verb's words away for the wording check as ``.added`` does. A
    # pronoun names no one in particular.
    named_a = {cues.source_key(w) for w in words(a)}
    for attribution in unmatched_b:
        if _participle_kept(attribution, a):
            continue  # ", pointing out that" / ", they pointed out that": one speaker
        speaker_in_a = not cues.is_pronoun(attribution.source) and attribution.source in named_a
        if any(_same_source(_named(attribution), _named(x)) for x in left):
            continue
        if speaker_in_a:
            # The same speaker with another verb ("informed network operator Tennet" / "said
            # the network operator Tennet", "Mr Chen subsequently admitted" / "Mr. Chen
            # admitted"): no source is new, and the verb's words are explained (a verdict).
            found.append(
                draft(
                    ctx,
                    check="attribution.reworded",
                    category="attribution",
                    a="",
                    b=attribution.phrase,
                    message=(
                        f"B attributes the claim to the speaker A names ({attribution.phrase!r})"
                        ", with another verb"
                    ),
                    prior=0.1,
                )
            )
            continue
        if _sourced_fact(attribution, a, b):
            found.append(_sourced(ctx, attribution))
            continue
        if _unnamed(b) and not _unnamed(a):
            # The claim rests on sources B does not name ("citing unnamed sources", "people
            # familiar with the matter said"), which A does not say: a reader is told that no
            # one answers for it, a hedge no translation adds.
            found.append(
                draft(
                    ctx,
                    check="attribution.anonymous",
                    category="attribution",
                    a="",
                    b=attribution.phrase,
                    message=(
                        f"B rests the claim on sources it does not name ({attribution.phrase!r})"
                        ", A does not"
                    ),
                    prior=ANONYMOUS_PRIOR,
                )
            )
            continue
        # A claim B attributes that A states, or attributes once more: B vouches for no more
        # than A does, so it never fails the gate; but it names who said it, which A does not,
        # and an editor checks that the source is the original's: a verdict on the words
        # ("police said"), shown at low.
        found.append(
            draft(
                ctx,
                check="attribution.added",
                category="attribution",
                a="",
                b=attribution.phrase,
                message=(
                    f"B attributes the claim ({attribution.phrase!r}), A does not: check "
                    "that the original names this source"
                ),
                prior=0.3,
            )
        )
    return found


# Words for a source that is no person nor body but speaks for one: what the media, a report
# or a study says ("local media reported", "according to reports"). A rumour or a myth is
# hearsay, no source an editor can check.
_SOURCE_THINGS = frozenset(
    "media press newspaper newspapers paper report reports study studies survey surveys poll "
    "polls statement statements sources broadcaster broadcasters agency".split()
)
_FIRST_SECOND = frozenset("i we you me us".split())


# A source that is not named: "unnamed sources", "a source close to the ministry", "people
# familiar with the matter", "an official who asked not to be named".
_UNNAMED = re.compile(
    r"\b(?:unnamed|anonymous|unidentified)\s+(?:\w+\s+)?(?:sources?|officials?|officers?|"
    r"diplomats?|people|persons?|insiders?)\b|\bsources?\s+(?:close\s+to|familiar\s+with)|"
    r"\b(?:people|persons?|sources?)\s+(?:familiar\s+with|with\s+(?:direct\s+)?knowledge)|"
    r"\basked\s+not\s+to\s+be\s+(?:named|identified)|\bcondition\s+of\s+anonymity|"
    r"\bciting\s+sources\b",
    re.IGNORECASE,
)
ANONYMOUS_PRIOR = 0.75


def _unnamed(text: str) -> bool:
    return _UNNAMED.search(text) is not None


def _sourced_fact(attribution: cues.Attribution, a: str, b: str) -> bool:
    """Whether B attributes to a third party a claim that A states on its own authority: A
    reports nothing anywhere (no verb of saying, showing or holding, no "according to": a
    translation that renders a source in other words keeps one of these), and B's source is
    someone who can vouch for it: a third person ("he said"), a person or a body ("the
    ministry said", "witnesses said"), a name, or the media or a report speaking for them.
    "I would say" / "you can't tell" speak for the text's own voice; "according to the vowel"
    names no one. The mirror of ``attribution.unsourced``: B hedges what A asserts."""
    if _REPORTING.search(a) or re.search(r"\binform\w*", a, re.IGNORECASE):
        return False
    source = attribution.source
    if source in _FIRST_SECOND:
        return False
    if cues.is_pronoun(source):
        return True
    head = next((w for w in words(attribution.phrase) if cues.source_key(w) == source), source)
    if head[:1].isupper() and not _plain(head) and not lexicon().is_noun(source):
        return True  # a name: "Smith said"
    sources = [source]
    if attribution.phrase.lower().startswith("according"):
        # The cue reads the first word after "according to"; the source is the phrase's head
        # ("according to mountain guides", "according to union officials").
        after = re.search(r"according\s+to\s+([^,.;:!?]+)", b, re.IGNORECASE)
        sources = [w.lower() for w in words(after.group(1))[:4]] if after else sources
    # A person or a body by one of the word's two commonest senses ("authority": a power,
    # then an official).
    return any(
        w in _SOURCE_THINGS or _SPEAKERS.intersection(lexicon().domains(w)[:2]) for w in sources
    )


def _sourced(ctx: PairContext, attribution: cues.Attribution) -> Finding:
    """A claim A states as fact and B attributes to a source (``_sourced_fact``)."""
    return draft(
        ctx,
        check="attribution.sourced",
        category="attribution",
        a="",
        b=attribution.phrase,
        message=(
            f"B attributes the claim to a source ({attribution.phrase!r}); A states it as a "
            "fact and names no source"
        ),
        prior=0.75,
        evidence={"pronoun": float(cues.is_pronoun(attribution.source))},
    )


def _verb_cut(attribution: cues.Attribution, b: str) -> bool:
    """Whether B keeps the source of A's attribution but cut its verb of saying: B names the
    source ("Parly", "Initial reports", "The National Hurricane Center (NHC)") and reports
    nothing anywhere, no verb of saying, showing or holding, no "according to", and no word
    that is the verb mistyped ("Trump wroet on Twitter" still says it). The source's name now
    runs into the claim ("Parly France would soon have", "Initial reports the plane was
    diverted"; the source's own word, "reports", is no verb there): B states as fact what A
    reports, and a name stands where no one speaks. A pronoun names no one in particular (a
    dropped "he said" is ``.dropped``'s)."""
    if cues.is_pronoun(attribution.source) or attribution.phrase.lower().startswith("accord"):
        return False
    lex = lexicon()
    source = next((w for w in words(attribution.phrase) if w.lower() == attribution.source), "")
    if not source[:1].isupper() and not _SPEAKING.intersection(lex.domains(source)[:2]):
        return False  # "the same period last year, said": a year says nothing
    verbs = [w.lower() for w in words(attribution.phrase) if w.lower() != attribution.source]
    if not any(v in _SAYING or lex.domain(v, "v") == _COMMUNICATION for v in verbs):
        return False  # "In time, added Allan made it": "added" says nothing there
    said = words(b)
    # The source's own word is no verb of B's ("Initial reports the plane was": "reports").
    if any(_REPORTING.fullmatch(w) and cues.source_key(w) != attribution.source for w in said):
        return False
    # A verb of telling beside the source ("informed network operator Tennet") reports too.
    at = [i for i, w in enumerate(said) if cues.source_key(w) == attribution.source]
    near = {j for i in at for j in range(i - 3, i + 4) if 0 <= j < len(said) and j not in at}
    if any(_telling(said[j].lower()) for j in near):
        return False
    # A verb right after the source is still its own ("The company expects sales to" /
    # "The company predicts that its sales"): B gives it another verb, no name runs on.
    if any(i + 1 < len(said) and _verb_form(said[i + 1].lower()) for i in at):
        return False
    return not any(mistyped(verb, w.lower()) for verb in verbs for w in said)


_FINITE = frozenset(
    "is are was were has have had will would can could should may might must do does did".split()
)


def _verb_form(word: str) -> bool:
    """A finite verb, or a verb's "-s" or past form ("expects", "believed")."""
    return word in _FINITE or (word.endswith(("s", "ed")) and lexicon().is_verb(word))


def _telling(word: str) -> bool:
    """A verb's inflected form whose commonest sense tells ("informed", "announces"); a bare
    word ("Initial", "report") may be an adjective or a noun there."""
    return (
        word.isalpha()
        and word.endswith(("ed", "s", "ing"))
        and lexicon().domain(word, "v") == _COMMUNICATION
    )


# Verbs of saying whatever their commonest sense ("wrote"), and the lexicon's file of the
# verbs of telling ("stated", "informed", "announced").
_SAYING = frozenset({"said", "says", "say", "told", "tells", "tell", "wrote", "writes"})
_COMMUNICATION = "verb.communication"
# Who or what can speak: people, bodies of people, what they said or wrote ("reports").
_SPEAKING = frozenset({"noun.person", "noun.group", "noun.communication"})


def _cut(ctx: PairContext, attribution: cues.Attribution) -> Finding:
    """``attribution.cut``: the verb of saying cut from a source B still names
    (:func:`_verb_cut`)."""
    return draft(
        ctx,
        check="attribution.cut",
        category="attribution",
        a=attribution.phrase,
        b="",
        message=f"B keeps the source of {attribution.phrase!r} but not its verb of saying: "
        "the claim is no longer attributed",
        prior=0.75,
        evidence={"source_kept": 1.0, "reported_in_b": 0.0},
    )


def _dropped(ctx: PairContext, attribution: cues.Attribution, b: str) -> Finding:
    """A source A gives that B lost. Where B keeps no trace of it (no source named, no verb
    of saying, showing or holding: "According to the police, three people died" / "Three
    people died"), B states as fact what A only reports, or gives a quote as no one's words:
    ``attribution.unsourced``, which an editor must see whatever the pair's regime. Where B
    still names the source or reports the claim somewhere, it may have rendered the
    attribution in other words (``attribution.dropped``)."""
    evidence = _said_otherwise(attribution, b)
    check, prior = "attribution.dropped", 0.8
    message = f"B drops {attribution.phrase!r}: the claim is no longer attributed"
    if not (evidence["source_kept"] or evidence["reported_in_b"]):
        quoted = cues.strip_quotes(ctx.b) != ctx.b
        what = "the quote is no one's words" if quoted else "B states the claim as a fact"
        check, prior = "attribution.unsourced", 0.85
        message = f"B drops {attribution.phrase!r} and names no source: {what}"
    return draft(
        ctx,
        check=check,
        category="attribution",
        a=attribution.phrase,
        b="",
        message=message,
        prior=prior,
        evidence=evidence,
    )


# "It is recommended that travellers say they are married": what someone is told to say, a
# verb of saying in a mandative clause, attributes no claim.
_ADVISED = r"\b(?:recommend|advis|suggest|insist|demand|urg|ask|requir|propos|order)\w*\s+that\s+"
# The forms of one personal pronoun: "he said" / "him said" is a slip of case, one speaker.
_PRONOUN_CASES = {
    "him": "he", "his": "he", "himself": "he", "her": "she", "hers": "she", "herself": "she",
    "them": "they", "their": "they", "themselves": "they", "us": "we", "our": "we",
    "ourselves": "we", "me": "i", "my": "i", "myself": "i", "its": "it", "itself": "it",
}  # fmt: skip
# The state speaking as a body: news copy and its translations name one such source by any of
# these ("officials said" / "the authorities said" / "the government said"), and the lexicon
# relates a person who holds office to none of the bodies. A named body ("the ministry") or
# force ("police") is another source.
_STATE_VOICE = frozenset({"official", "authority", "government", "administration"})
# The ordinary people of a place speaking ("residents said" / "locals said" / "villagers
# said"): the lexicon puts its words for them under "inhabitant", but it knows "local" only as
# a train or a union branch and "townspeople" as a group.
_PLACE_PEOPLE = frozenset({"local", "townspeople", "townsfolk"})
_INHABITANT = "inhabitant"
# A business speaking as a body: a report names it "the company", "the firm", "the group" and
# by its trade ("the carmaker", "the publisher": the lexicon's kinds of "business" in their
# commonest sense) in turn. One of them a plain word for a business, the other any business, is
# one source ("the company said" / "the firm said" / "the carmaker said"); two trades
# ("the carmaker" / "the publisher") stay two.
_BUSINESS_VOICE = frozenset(
    {"company", "firm", "business", "group", "corporation", "concern", "enterprise"}
)
_BUSINESS = "business"
# One body named two ways. A force speaking as a body or by its members: "police said" /
# "officers said", "the army said" / "the military said" (which force is another matter:
# "police" / "the army" are two). A body that oversees a trade, by its office or its role:
# "the regulator said" / "the watchdog said" (the lexicon knows a watchdog as a guardian only).
_BODY_VOICES = (
    frozenset({"regulator", "regulators", "watchdog", "watchdogs"}),
    frozenset(
        {
            "police",
            "officer",
            "officers",
            "police officer",
            "police officers",
            "policeman",
            "policemen",
            "policewoman",
        }
    ),
    frozenset({"army", "military"}),
)


def _attributions(text: str) -> list[cues.Attribution]:
    """The cues' attributions, each "according to" headed by its noun rather than an
    adjective before it ("according to unnamed sources": "sources"), and the sources "citing"
    names ("the agency reported, citing unnamed sources"): "according to" in other words."""
    found = [_of_headed(_headed(r, text), text) for r in cues.attributions(text)]
    for cited in _CITING.finditer(text):
        head = _head_of(cited.group(1).split())
        if head is not None and _cited_source(head):
            end = cited.start(1) + cited.group(1).index(head) + len(head)
            phrase = text[cited.start() : end]
            found.append(cues.Attribution(source=cues.source_key(head), phrase=phrase))
    return found


# "citing" or "quoting" and the phrase after it (its article aside): who or what is cited
# ("the paper said, quoting the chief executive").
_CITING = re.compile(
    r"\b(?:[Cc]iting|[Qq]uoting)\s+(?:(?:the|an?)\s+)?([\w’'.-]+(?:\s+[\w’'.-]+){0,3})"
)
# The kinds of noun a claim may be cited from: people, bodies of people, what they said or
# wrote ("citing officials", "citing the ministry", "citing a report", "citing sources").
_CITED = {"noun.person", "noun.group", "noun.communication"}
# What is cited as a reason names no one ("citing health reasons", "citing a lack of funds",
# "citing security concerns"): a head whose commonest sense is one of these.
_REASONS = {"noun.motive", "noun.state", "noun.feeling", "noun.cognition"}


def _cited_source(head: str) -> bool:
    """Whether the head of what "citing" names is a source: a name, or a noun of a speaker or
    of what was said among its two commonest senses, whose commonest is no reason."""
    if head[:1].isupper():
        return True
    senses = lexicon().domains(head.lower())
    return bool(senses) and senses[0] not in _REASONS and bool(_CITED.intersection(senses[:2]))


def _head_of(said: list[str]) -> str | None:
    """The word that heads a noun phrase's first words (its article off): the last of a run
    of capitalised words ("Prime Minister Kevin Rudd"), else the last noun of the nouns after
    its adjectives ("unnamed sources familiar with", "government officials"), the run ending
    at a function word, a mark or a word in "-ing"."""
    clean = [w.strip(".,;:") for w in said]
    if clean and clean[0][:1].isupper():
        run = list(itertools.takewhile(lambda w: w[:1].isupper(), clean))
        return run[-1]
    lex = lexicon()
    head = None
    # A word that is a noun and an adjective ("chief", "executive", "senior") heads the phrase
    # only where no plain noun does: "the chief executive", not "senior officials".
    either = None
    for word, raw in zip(clean, said, strict=True):
        lowered = word.lower()
        if not word.isalpha() or lowered in FUNCTION_WORDS or lowered.endswith("ing"):
            break
        if lex.is_noun(lowered) and not lex.is_adjective(lowered):
            head = word
        elif head is None and lex.is_noun(lowered):
            either = word
        elif head is not None:
            break
        if raw != word:
            break  # a mark after the word ends the phrase
    return head or either


def _headed(attribution: cues.Attribution, text: str) -> cues.Attribution:
    """An "according to" source read by its noun where the cue read the adjective before it
    ("according to unnamed sources": "sources", not "unnamed")."""
    if not attribution.phrase.lower().startswith("according to"):
        return attribution
    place = text.find(attribution.phrase)
    first = attribution.source
    if place < 0 or not first.isalpha() or not lexicon().is_adjective(first):
        return attribution
    after = re.match(r"according to\s+(?:(?:the|an?)\s+)?", text[place:], re.IGNORECASE)
    if after is None:
        return attribution
    start = place + after.end()
    said = text[start:].split()[:4]
    head = _head_of(said)
    if head is None or head.lower() == first:
        return attribution
    end = start + text[start:].index(head) + len(head)
    return replace(attribution, source=cues.source_key(head), phrase=text[place:end])


# The person noun before "of" and a determiner, right before the word read as the source
# ("The widow of the miner", "the lawyer for the family" is read elsewhere).
_OF_HEAD = re.compile(r"\b(?P<head>[A-Za-z][\w’'-]*)\s+of\s+(?:(?:the|an?|his|her|its|their)\s+)?$")
# Words before "of" that pick out some of the people after it: those people still speak ("one
# of the miners said", "a group of residents said").
_SOME_OF = {"one", "some", "many", "most", "all", "none", "each", "several", "few", "group"}


def _of_headed(attribution: cues.Attribution, text: str) -> cues.Attribution:
    """A source read by the person noun that heads it where the cue read the noun after "of"
    ("The widow of the miner said": the widow speaks, not the miner), so that "The widow of
    the miner said" / "The lawyer of the miner said" is another speaker, and "The widow of the
    miner said" / "The miner's widow said" the same one."""
    place = text.find(attribution.phrase)
    if place < 0:
        return attribution
    of = _OF_HEAD.search(text, max(0, place - 40), place)
    if of is None:
        return attribution
    head = of.group("head")
    senses = lexicon().domains(head.lower())
    if head.lower() in _SOME_OF or not senses or senses[0] != "noun.person":
        return attribution
    phrase = text[of.start("head") : place + len(attribution.phrase)]
    return replace(attribution, source=cues.source_key(head), phrase=phrase)


def _vouches(attribution: cues.Attribution, text: str) -> bool:
    """Whether an attribution the cues read names someone who vouches for a claim: the agent
    of a passive verb is a source only if it can speak ("announced by the ministry", not "is
    indicated by the amount"), a word that is only an adjective is none ("federal states" is
    no one stating), and a verb of saying in a mandative clause ("recommended that travellers
    say ...") or after "let" ("let's say you have a cell", "let me say") reports nothing: the
    text supposes or announces, and names no one who vouches."""
    said = words(attribution.phrase)
    source = attribution.source
    if said and said[0].lower() in ("let", "let's", "let’s"):
        return False
    according = attribution.phrase.lower().startswith("according")
    if not according and lexicon().is_adjective(source) and not lexicon().is_noun(source):
        return False  # "in contact with the respective federal states": a noun, not a verb
    if said and said[0].lower() == "by":
        head = said[-1]
        if not head[:1].isupper() and lexicon().domain(head.lower()) not in _SPEAKERS:
            return False
    return re.search(_ADVISED + r"(?:\S+\s+){0,4}" + re.escape(attribution.phrase), text) is None


# The kinds of noun that can speak: people and bodies of people.
_SPEAKERS = {"noun.person", "noun.group"}


def _said_otherwise(attribution: cues.Attribution, b: str) -> dict[str, float]:
    """Evidence that B still says who vouches for the claim, in other words: it names the
    source anywhere (the same word, a kin word, a name mistyped), and it reports with a verb
    of saying, showing or holding anywhere. An attribution B lost with both gone is a claim
    B makes on its own authority."""
    source = _named(attribution)
    named = [cues.source_key(w) for w in words(b) if w[:1].isalpha()]
    kept = not cues.is_pronoun(attribution.source) and any(
        _same_source(source, other) for other in named
    )
    return {
        "source_kept": float(kept),
        "reported_in_b": float(_REPORTING.search(b) is not None),
        "spoken_by": float(any(_has_speaker(b, m) for m in _REPORTING.finditer(b))),
    }


# Reports no one in particular made, as a source: "according to (local media) reports",
# "(press) reports said".
_UNNAMED_REPORTS = re.compile(
    r"\baccording\s+to\s+(?:[\w-]+\s+){0,2}reports?\b|"
    r"\b(?:[\w-]+\s+){0,2}reports\s+(?:said|say|says|suggested|suggest|suggests)\b",
    re.IGNORECASE,
)


def _reported_by_adverb(attribution: cues.Attribution, a: str, b: str) -> bool:
    """Whether A's source is reports no one in particular made (the attribution lies in
    such a phrase of ``a``) and ``b`` says "reportedly": the adverb names the same source."""
    if re.search(r"\breportedly\b", b, re.IGNORECASE) is None:
        return False
    return any(attribution.phrase in m.group(0) for m in _UNNAMED_REPORTS.finditer(a))


def _participle_kept(attribution: cues.Attribution, b: str) -> bool:
    """Whether a pronoun's verb of saying ("they pointed out", "he added") stands in ``b`` as
    a participle after a comma (", pointing out that", ", adding that"): a clause whose
    speaker is the sentence's subject, the one the pronoun stood for. A named source ("police
    said") is no pronoun: its name gone, the claim is no longer theirs."""
    if not cues.is_pronoun(attribution.source):
        return False
    lex = lexicon()
    verbs = {
        lemma
        for word in words(attribution.phrase)
        if word.lower() != attribution.source
        for lemma in lex.lemmas(word.lower(), "v")
    }
    return any(
        set(lex.lemmas(found.group(1).lower(), "v")) & verbs
        for found in re.finditer(r",\s+(\w+ing)\b", b)
    )


def _has_speaker(text: str, verb: re.Match[str]) -> bool:
    """Whether a reporting verb of ``text`` has someone who reports: a word that can be its
    subject right before it ("Xu Zhengyu expressed", "He justified", "Data show"), or a word
    after "according to". A verb left after a comma or at a sentence's start ("..., says,
    who competes", "According, the match"), where a translation lost its source, has none."""
    if verb.group().lower().startswith("accord"):
        return re.match(r"\s+to\s+[\w’']", text[verb.end() :]) is not None
    before = re.search(r"([\w’'-]+)\s+$", text[: verb.start()])
    if before is None:
        return False
    word = before.group(1).lower()
    return cues.is_pronoun(word) or (word not in FUNCTION_WORDS and not word.isdigit())


def _named(attribution: cues.Attribution) -> str:
    """The source as the lexicon may know it: the compound noun its head word ends ("the prime
    minister said": "prime minister", not "minister") or spells as an acronym ("the CEO said":
    "chief executive officer"), else the head word."""
    said = words(attribution.phrase)
    tokens = [w.lower() for w in said]
    if attribution.source in tokens:
        end = tokens.index(attribution.source) + 1
        for size in (3, 2):
            if end >= size and (compound := lexicon().compound(tokens[end - size : end])):
                return compound
        head = said[end - 1]
        # Only a word written in capitals: "it said" is a pronoun, not "IT".
        if head.isupper() and (spelled := lexicon().spelled_apart(head)):
            return spelled
    return attribution.source


def _same_person(left: str, right: str) -> bool:
    """Two sources named by a name they share ("Xi Jinping told" / "Mr Xi told", "Angela
    Merkel said" / "Chancellor Merkel said"): one person, whatever the titles and given names;
    whether the names differ is the name check's to say."""
    # Not the agent of a participle: "The alliance led by Kenya said" is the alliance speaking.
    said = [words(cues.BY_AGENT.split(p, maxsplit=1)[0]) for p in (left, right)]
    names = [{w for w in s if w[:1].isupper() and not _plain(w)} for s in said]
    return bool(names[0] & names[1])


def _without_agents(text: str, attributions: list[cues.Attribution]) -> str:
    """``text`` less the agents of its speakers' participles ("The alliance led by Kenya
    said": "The alliance said")."""
    for attribution in attributions:
        speaker = cues.BY_AGENT.split(attribution.phrase, maxsplit=1)[0]
        if speaker != attribution.phrase:
            verb = words(attribution.phrase)[-1]
            text = text.replace(attribution.phrase, f"{speaker} {verb}")
    return text


def _pronoun_for_named(
    pronoun: cues.Attribution, named: cues.Attribution, text: str, previous: str
) -> bool:
    """``pronoun`` ("he said") stands where the other side names its speaker (``named``:
    "Nadal said") and most likely means that speaker (:func:`stands_for`; ``previous`` is
    the sentence before ``text``)."""
    if not cues.is_pronoun(pronoun.source) or cues.is_pronoun(named.source):
        return False
    at = text.find(pronoun.phrase)
    return at >= 0 and stands_for(text, at, previous, words(named.phrase))


def _pronoun_of_the_other_sex(
    attribution: cues.Attribution, others: list[cues.Attribution], text: str
) -> bool:
    """Whether one of ``others`` is a pronoun of the other sex than the person ``attribution``
    names, as ``text`` names them in full ("Rachel Reeves ..., and Reeves said" / "..., and he
    said"): the other side names that person too, but not as the one who speaks."""
    person = next(
        (run for _, run in people_named(words(text)) if attribution.source in map(str.lower, run)),
        None,
    )
    if person is None:
        return False
    return any(
        cues.is_pronoun(r.source) and not of_their_sex(r.source, person, text) for r in others
    )


def _description_for_named(
    description: cues.Attribution, named: cues.Attribution, text: str, previous: str
) -> bool:
    """``description`` ("the minister said") stands where the other side names its speaker
    (``named``: "Silva said"), and the sentence before (``previous``) opens on that person
    and calls them so: by a title before the name ("Foreign Minister Ana Silva arrived") or
    in an apposition after it ("Ana Silva, the party's leader, arrived"). News names a person
    once and then says what they are; "the minister" where the sentence before opens on
    someone else, or gives its person no such word, may be another minister."""
    head = description.source
    if cues.is_pronoun(head) or cues.is_pronoun(named.source):
        return False
    name = [w for w in words(named.phrase) if w[:1].isupper() and not _plain(w)]
    at = text.find(description.phrase)
    if not name or at < 0:
        return False
    # "the shipbuilder" may be a person or a company: read as either
    person = describes_a_person(head) and stands_for(text, at, previous, name)
    if person and called_so(previous, name, head):
        return True
    return stands_for(text, at, previous, name, body=True) and describes_the_body(
        previous, name, head
    )


# The people who speak for a body: "police said" / "police officials said", "the hospital
# said" / "hospital officials said", "the election commission said" / "election officials
# said", "prosecutors said" / "the prosecutor's office said", "the ministry said" / "a ministry
# spokesman said".
_SPOKESPEOPLE = cues.SPOKESPEOPLE | {"office", "staff"}


def _seat_and_government(
    left: cues.Attribution, right: cues.Attribution, text_left: str, text_right: str
) -> bool:
    """A government named by its seat on one side ("the White House said", "the Kremlin
    said") and by a plain noun of governing on the other ("the administration said", "the
    government said"), where that side names no country the first does not, nor the seat's
    own: news names one executive both ways. A seat against another country ("the Kremlin" /
    "the Ukrainian government") or another seat stays another source."""
    sides = ((left, text_left, right, text_right), (right, text_right, left, text_left))
    for seat, seat_text, plain, plain_text in sides:
        _, seats = governments_named(seat.phrase)
        if not seats or not _state_voice(_named(plain)):
            continue
        named_seat_side = set().union(*governments_named(seat_text))
        named_plain_side = set().union(*governments_named(plain_text))
        if not seats & named_plain_side and named_plain_side <= named_seat_side:
            return True
    return False


def _body_and_its_people(left: str, right: str) -> bool:
    """One phrase names the people who speak for a body (:data:`_SPOKESPEOPLE`) by a word
    the other phrase names its source by: "police officials" / "police". Officials of two
    bodies ("government officials" / "opposition officials") stay two sources."""
    for one, other in ((left, right), (right, left)):
        said = [w.lower() for w in words(one)]
        if not _SPOKESPEOPLE.intersection(said):
            continue
        body = {_stem_of(w) for w in said if _naming(w)}
        if body & {_stem_of(w.lower()) for w in words(other) if _naming(w.lower())}:
            return True
    return False


def _body_and_its_members(left: str, right: str) -> bool:
    """One source is an act that names the body who does it, the other that body's members,
    both words spelt from one verb ("the management told" / "the company's managers told":
    those who manage; "the prosecution said" / "prosecutors said"): the lexicon files the
    act's word as a group in its second sense, the members' as people. A word that is a body
    first ("the government" / "governors": a state's and its provinces') and members of
    another body ("the management" / "the employees") stay another source."""
    lex = lexicon()
    for body, members in ((left, right), (right, left)):
        files = lex.domains(body)[:2]
        if files[1:] != ["noun.group"] or files[0] == "noun.group":
            continue
        if lex.domain(members) != "noun.person":
            continue
        shared = set(lex.derived(body)) & set(lex.derived(members))
        if any(lex.is_verb(w) for w in shared):
            return True
    return False


def _naming(word: str) -> bool:
    return (word.isalpha() or "'" in word or "’" in word) and not (
        word in FUNCTION_WORDS or word in _SPOKESPEOPLE or cues.is_speech_verb(word)
    )


def _stem_of(word: str) -> str:
    return stem(without_possessive(word))


def _same_office(left: str, right: str, text_left: str, text_right: str) -> bool:
    """A source named only by an office that the other side's source holds, whose name that
    side still gives ("Culture Secretary Oliver Dowden announced" / "announced by the
    Secretary ..., Oliver Dowden"); "Mr Snowden said" / "Mr said" lost the name."""
    said = [words(p) for p in (left, right)]
    texts = [{w.lower() for w in words(t)} for t in (text_left, text_right)]
    for i in (0, 1):
        titles = {w.lower() for w in said[i] if is_title(w)}
        names = {w.lower() for w in said[i] if w[:1].isupper() and not _plain(w)}
        other = said[1 - i]
        # The holder's name follows the office ("Culture Secretary Oliver Dowden"): the words
        # before it may be the office's own ("Culture").
        last = max((k for k, w in enumerate(other) if w.lower() in titles), default=None)
        if not titles or names or last is None or not titles <= {w.lower() for w in other}:
            continue
        holder = {w.lower() for w in other[last + 1 :] if w[:1].isupper() and not _plain(w)}
        if holder & texts[i]:
            return True
    return False


def _according_alike(
    left: cues.Attribution, right: cues.Attribution, text_left: str, text_right: str
) -> bool:
    """Two "according to" sources where one side's source word stands in the first words after
    the other's "according to" ("according to data from the statistics office" / "according
    to statistical data from ..."): the cue reads only the first word as the source."""
    starts = [r.phrase.lower().startswith("according to") for r in (left, right)]
    if not all(starts):
        return False
    for source, text in ((left.source, text_right), (right.source, text_left)):
        after = re.search(r"according to((?:\s+[\w’'.-]+){1,4})", text, re.IGNORECASE)
        if after and source in {cues.source_key(w) for w in after.group(1).split()}:
            return True
    return False


def _initials_alike(
    left: cues.Attribution, right: cues.Attribution, text_left: str, text_right: str
) -> bool:
    """One body named by its initials on one side and written out on the other ("the UNHCR
    said" / "the United Nations High Commissioner for Refugees said", where the cue reads
    "Refugees said"): see :func:`initials_written_out`."""
    same_left = initials_written_out(text_left, text_right)
    same_right = initials_written_out(text_right, text_left)
    return bool(same_left & set(words(left.phrase)) and same_right & set(words(right.phrase)))


def _defined_alike(
    left: cues.Attribution, right: cues.Attribution, text_left: str, text_right: str
) -> bool:
    """One source named by a word and by a phrase that says what the word means ("Economists
    said" / "Experts in economics said": "an expert in the science of economics"; "Her ex
    said" / "Her former husband said"), the phrase ending in the other side's source word (the
    cue reads "economics said", "former husband said"): one source.
    Experts in another field ("Economists said" / "Experts in law said") stay another."""
    for one, other, text in ((left, right, text_right), (right, left, text_left)):
        if one.source == other.source or not one.source.isalpha():
            continue
        at = text.find(other.phrase)
        if at < 0:
            continue
        before = re.findall(r"[\w’'-]+", text[:at])[-3:]
        # The phrase's words up to its source ("former husband said": "former husband").
        said = words(other.phrase)
        lowered = [w.lower() for w in said]
        head = said[: lowered.index(other.source) + 1] if other.source in lowered else said[:1]
        for start in range(len(before) + 1):
            phrase = " ".join([*before[start:], *head])
            found = explanation(one.source, phrase)
            if found is not None and found.reading == "same":
                return True
    return False


def _compound_alike(left: cues.Attribution, right: cues.Attribution) -> bool:
    """One role named by one word and by a compound that spells out its first part
    ("shopkeeper" / "shop owner", "bookseller" / "book dealer", "firefighter" / "fire
    officer"): the compound's head is the one-word name's kin or its second part's synonym.
    Another role of the same place stays another ("shopkeeper" / "shop assistant", "policeman"
    / "police chief")."""
    for one, other in ((left, right), (right, left)):
        said = [w.lower() for w in words(other.phrase)]
        heads = [k for k, w in enumerate(said) if cues.source_key(w) == other.source]
        if not heads or heads[0] == 0:
            continue
        first = said[heads[0] - 1]
        rest = one.source.removeprefix(first)
        if len(first) < 3 or rest == one.source or len(rest) < 3:
            continue
        whole = lexicon().kinship(one.source, other.source)
        part = lexicon().kinship(rest, other.source)
        if (whole is not None and (whole.same_thing or whole.relation == "cohyponym")) or (
            part is not None and part.same_thing
        ):
            return True
    return False


# Heads that name a firm by what it makes: "the drug company", "the car manufacturer".
_MAKERS = _BUSINESS_VOICE | {"maker", "manufacturer", "producer"}


def _maker_alike(left: cues.Attribution, right: cues.Attribution) -> bool:
    """A firm named by one word that joins what it makes to "maker" and by a phrase that puts
    the same product before a word for a firm ("drugmaker" / "pharmaceutical company",
    "carmaker" / "automobile manufacturer", "steelmaker" / "steel firm"): one source. Another
    product ("drugmaker" / "chemical company") stays another firm."""
    for one, other in ((left, right), (right, left)):
        product = one.source.removesuffix("maker").removesuffix("-")
        if product == one.source or len(product) < 3:
            continue
        said = [w.lower() for w in words(other.phrase)]
        heads = [k for k, w in enumerate(said) if cues.source_key(w) == other.source]
        if not heads or heads[0] == 0 or stem(other.source) not in {stem(m) for m in _MAKERS}:
            continue
        before = said[heads[0] - 1]
        if stem(before) == stem(product):
            return True
        kin = lexicon().kinship(product, before)
        if kin is not None and kin.same_thing:
            return True
    return False


_EX = re.compile(r"\bex-(?P<rest>[a-z]+)\b", re.IGNORECASE)


def _former_alike(left: cues.Attribution, right: cues.Attribution) -> bool:
    """One source said with "ex-" and with "former" before the same word ("his ex-wife" /
    "his former wife", "an ex-aide" / "a former aide"): the prefix says what the adjective
    does. "ex-wife" / "wife" stays another source: the one is no longer what the other is."""
    for one, other in ((left, right), (right, left)):
        said = [w.lower() for w in words(other.phrase)]
        for found in _EX.finditer(one.phrase):
            if cues.source_key(found.group("rest")) != other.source:
                continue
            heads = [k for k, w in enumerate(said) if cues.source_key(w) == other.source]
            if heads and heads[0] > 0 and said[heads[0] - 1] == "former":
                return True
    return False


def _state_voice(source: str) -> bool:
    return bool(_STATE_VOICE.intersection(lexicon().lemmas(source, "n")))


def _local_voice(source: str) -> bool:
    """Whether ``source`` names the people who live in a place: an inhabitant by the lexicon
    ("residents", "villagers", "islanders"), or a word it lacks as one ("locals")."""
    if _PLACE_PEOPLE.intersection(lexicon().lemmas(source, "n")):
        return True
    kin = lexicon().kinship(_INHABITANT, source)
    return kin is not None and kin.relation in ("same", "synonym", "narrower")


def _business_voice(plain: str, other: str) -> bool:
    """``plain`` names a business plainly and ``other`` names a business
    (:data:`_BUSINESS_VOICE`); a body of the state is none ("the ministry")."""
    if plain not in _BUSINESS_VOICE or _state_voice(other):
        return False
    if other in _BUSINESS_VOICE:
        return True
    # In its commonest sense: "the agency" and "the house" are seldom a business in news.
    kin = lexicon().kinship(_BUSINESS, other, commonest=True)
    return (kin is not None and kin.relation == "narrower") or _defined_as_business(other)


# A definition that says its word is a business: "a commercial enterprise that provides
# scheduled flights" (airline), "a financial institution that sells insurance" (insurer).
_BUSINESS_GENUS = re.compile(
    r"(?:an? )?(?:(?:commercial|business|industrial|financial) )?"
    r"(?:enterprise|company|firm|business|corporation)\b|(?:an? )?financial institution\b"
)


def _defined_as_business(word: str) -> bool:
    """Whether WordNet defines one of ``word``'s two commonest senses as a business (the kinds
    of "business" the hierarchy holds miss an insurer, a financial institution): a speaker is
    an agent, so "the bank" who said something is the institution, not the river's side."""
    lex = lexicon()
    lemmas = lex.lemmas(word, "n")[:1]
    senses = lex.senses(lemmas[0], "n")[:2] if lemmas else ()
    if not senses:
        return False
    if _BUSINESS_GENUS.match(definition(senses[0])):
        return True
    # The second sense only where the first is no body of another kind: "the agency" is
    # first a unit of government.
    first_a_body = lex.domains(lemmas[0])[:1] == ["noun.group"]
    return (
        len(senses) > 1 and not first_a_body and bool(_BUSINESS_GENUS.match(definition(senses[1])))
    )


def _same_name(left: cues.Attribution, right: cues.Attribution) -> bool:
    """Two sources that are one name in two spellings ("Catry said" / "Catri said"): whether
    the name changed is the name check's to say."""
    heads = [
        next((w for w in words(r.phrase) if cues.source_key(w) == r.source), "")
        for r in (left, right)
    ]
    # "Tsai Ing-wen said" / "Cai Yingwen said": one Chinese name in two romanisations.
    names = [" ".join(w for w in r.phrase.split() if w[:1].isupper()) for r in (left, right)]
    # A long name respelled by another transliteration ("Tchaikovsky" / "Tchaikowsky") is one
    # name too, as the name check reads it; two short names a vowel apart ("Jones" / "Jonas")
    # are two people.
    return (
        all(h[:1].isupper() for h in heads)
        and transliterated(heads[0], heads[1])
        and (sounds_alike(heads[0], heads[1]) or not another_name(heads[0], heads[1]))
    ) or one_chinese_name(names[0], names[1])


def _same_source(left: str, right: str) -> bool:
    """One source named alike: the same word, a synonym ("protesters" / "demonstrators"), a
    broader or narrower word for the same people ("researchers" / "scientists", "spokesman" /
    "spokesperson") or a near-synonym under a broad category ("villagers" / "residents"). Names
    and pronouns only match themselves, or a name mistyped."""
    left, right = _PRONOUN_CASES.get(left, left), _PRONOUN_CASES.get(right, right)
    if left == right:
        return True
    if cues.is_pronoun(left) or cues.is_pronoun(right):
        return False
    if mistyped(left, right):
        return True  # "Satos said" / "Santos said": the same source, mistyped
    if _state_voice(left) and _state_voice(right):
        return True
    if _local_voice(left) and _local_voice(right):
        return True
    if _business_voice(left, right) or _business_voice(right, left):
        return True
    if any(left in voice and right in voice for voice in _BODY_VOICES):
        return True
    # A word the lexicon knows only as a compound written apart ("headteacher": "head
    # teacher", a synonym of "principal") is read as that compound.
    lex = lexicon()
    kin = lex.kinship(lex.spelled_apart(left) or left, lex.spelled_apart(right) or right)
    if kin is not None and (kin.same_thing or one_person_named(kin, left, right)):
        return True
    # A broader word in a rarer sense, as a second mention says it ("the airline said" / "the
    # carrier said": a firm in the business of transporting, the fifth sense of "carrier").
    return lex.names_kind_later(left, right) or lex.names_kind_later(right, left)
