"""The judge: every aligned pair through every check, duplicates removed, scores calibrated."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .._embed import Embedder, Progress
from .._glossary import Glossary
from .._report import Finding, Pair, Span
from .._severity import Severity
from ._calibration import Calibration, load_calibration, pair_evidence
from ._context import PairContext, Similarity, build_context
from .attempts import check_attempts
from .attribution import check_attribution
from .damage import check_damage
from .events import check_events
from .focus import check_focus
from .foreign import check_foreign
from .glossary import check_glossary
from .kinds import check_kinds, kinds_wanted
from .links import check_links
from .measures import check_measures
from .modality import check_modality
from .mood import check_mood
from .names import check_names, names_texts
from .numbers import SAME_THING, check_numbers
from .opposites import check_opposites
from .order import check_order
from .polarity import check_negation
from .prefixes import check_prefixes
from .quotes import check_quotes
from .referents import check_referents
from .removal import check_removal, removal_texts
from .roles import check_roles
from .scales import check_scales
from .structure import check_structure
from .tense import check_tense
from .unaligned import check_spliced, check_unaligned
from .wording import check_wording, wording_texts

__all__ = ["CHECKS", "Check", "Judge"]

Check = Callable[[PairContext], list[Finding]]

# Checks of a changed pair, in order of authority: a finding of an earlier check that covers a
# span makes a wording finding on the same words a duplicate.
CHECKS: tuple[Check, ...] = (
    check_damage,
    check_foreign,
    check_glossary,
    check_numbers,
    check_measures,
    check_names,
    check_quotes,
    check_negation,
    check_modality,
    check_attempts,
    check_mood,
    check_attribution,
    check_tense,
    check_opposites,
    check_prefixes,
    check_events,
    check_scales,
    check_focus,
    check_links,
    check_roles,
    check_structure,
    check_order,
    check_spliced,
    check_referents,
    check_kinds,
    check_removal,
    check_wording,
)

# Texts each check asks the model about, announced before any check runs so that a whole
# report's texts are embedded together: the words and phrases the checks compare, and the whole
# sentences of the closer evidence (A less a word: ``removal_texts``), in batches of their own.
# A batch pads every text to its longest: the phrases that shared the sentences' batch cost a
# sentence each (on the seeds, about a third of the judge's embedding time).
PREFETCH: tuple[Callable[[PairContext], list[str]], ...] = (
    wording_texts,
    names_texts,
    kinds_wanted,
)


def typo_read_texts(ctx: PairContext) -> list[str]:
    """The pair with its typos read, which :meth:`Judge.findings` weighs the pair by."""
    return [ctx.a, ctx.b] if ctx.typos else []


PREFETCH_SENTENCES: tuple[Callable[[PairContext], list[str]], ...] = (
    removal_texts,
    typo_read_texts,
)

_SECONDARY = {"lexical", "omission", "addition"}  # the wording check's categories
# Verdicts on what the words are, quiet or loud: a broader word ("shells" / "projectiles"), a
# synonym, an opposite that a negation turns back, a word of the same point of a scale ("many" /
# "numerous"). They explain the words as fully as a loud finding does, so a wording finding on
# the same words goes.
_VERDICTS = (
    "kind.",
    "opposite.negated",
    "scale.same",
    "attribution.added",
    "attribution.hedged",
    "attribution.reworded",
    "negation.meant",
    "wording.explained",  # a phrase that says what a word means: one thing, said at length
)


class Judge:
    """Turns each non-equal pair into findings. ``embedder`` lets checks compare phrases."""

    def __init__(
        self,
        *,
        embedder: Embedder | None,
        glossary: Glossary | None = None,
        calibration: Calibration | None = None,
    ) -> None:
        self.embedder = embedder
        self.glossary = glossary
        self.calibration = calibration or load_calibration()
        self.similarity = Similarity(embedder)

    def constants(self) -> dict[str, float]:
        """The judge's own constants, for the report's settings and signature."""
        return {
            **self.calibration.constants(),
            "judge.same_thing": SAME_THING,
        }

    def judge(
        self, pair: Pair, *, sentences_a: Sequence[str] = (), sentences_b: Sequence[str] = ()
    ) -> tuple[Finding, ...]:
        """Findings of one pair; ``sentences_*`` are its sentences (default: the pair texts)."""
        return self.judge_all(
            [pair],
            sentences=[(list(sentences_a or [pair.a_text]), list(sentences_b or [pair.b_text]))],
        )[0]

    def judge_all(
        self,
        pairs: Sequence[Pair],
        *,
        sentences: Sequence[tuple[list[str], list[str]]],
        named: Sequence[frozenset[str]] | None = None,
        before: Sequence[tuple[str, str]] | None = None,
        progress: Progress | None = None,
        checked: Progress | None = None,
    ) -> list[tuple[Finding, ...]]:
        """Findings of many pairs at once: the texts they need are embedded ahead, together.
        ``named``: for each pair, the bodies both documents named in full before it;
        ``before``: for each pair, the sentence before it in A and in B.
        ``progress`` follows that embedding, ``checked`` the pairs through the checks."""
        contexts = [
            build_context(
                pair,
                sents_a,
                sents_b,
                glossary=self.glossary,
                similarity=self.similarity,
                named=named[index] if named is not None else (),
                before=before[index] if before is not None else ("", ""),
            )
            for index, (pair, (sents_a, sents_b)) in enumerate(zip(pairs, sentences, strict=True))
        ]
        phrases = [t for ctx in contexts for want in PREFETCH for t in want(ctx)]
        whole = [t for ctx in contexts for want in PREFETCH_SENTENCES for t in want(ctx)]
        self.similarity.prefetch(phrases, progress=progress, apart=whole)
        found = []
        for done, ctx in enumerate(contexts, 1):
            found.append(self.findings(ctx))
            if checked:
                checked(done, len(contexts))
        return found

    def findings(self, ctx: PairContext) -> tuple[Finding, ...]:
        """The raw findings of every check, duplicates removed, calibrated, worst first."""
        if ctx.pair.status in ("omitted", "added"):
            raw = check_unaligned(ctx)
        elif ctx.pair.status == "changed":
            raw = [ctx.as_written(finding) for check in CHECKS for finding in check(ctx)]
        else:
            raw = []
        # The pair as written, as the calibration's dumps measure it (judge_data.py).
        written = ctx.original or ctx.pair
        pair = pair_evidence(written)
        raw = self._weighed_as_read(ctx, raw, pair)
        calibrated = [self.calibration.apply(f, pair) for f in raw]
        kept = _without_duplicates(calibrated, b_text=written.b_text)
        kept = _one_per_source(_without_same_point(_without_named(kept)))
        kept = _without_exchanged_opposites(_without_denial_said(kept))
        kept = _without_explained(kept)
        kept = _without_synonym_said(kept, written.a_text, written.b_text)
        return tuple(sorted(_one_per_place(kept), key=lambda f: -f.score))

    def _weighed_as_read(
        self, ctx: PairContext, raw: list[Finding], pair: dict[str, float]
    ) -> list[Finding]:
        """A letter slipped ("goverment", "bogger") costs the model's cosine of the pair a
        median 0.035, up to 0.4, and every rule weighs that cosine: the same finding would
        score higher in a pair with a typo than without. The pair is weighed by its cosine as
        read, its typos corrected (never lower than as written). The value rides on each
        finding's evidence, so the dumps the calibration is fitted on carry it too. Its
        changed words stay as written: counted as read, a typo pair on DEMETR's letter-dropped
        kind agreed less often with its correct twin (393 of 500 against 396)."""
        written = pair.get("pair.similarity")
        if not (ctx.typos and raw and self.similarity.available and written is not None):
            return raw
        cosine = max(written, round(self.similarity(ctx.a, ctx.b), 4))
        if cosine == written:
            return raw
        return [replace(f, evidence=(*f.evidence, ("pair.similarity", cosine))) for f in raw]


def _one_per_place(findings: list[Finding]) -> list[Finding]:
    """One finding of a check per place: a check may reach the same spans by two roads (the
    same swap read around "votes" and around "favour"), and the editor should read it once.
    The highest score stays."""
    best: dict[tuple[str, Span | None, Span | None], Finding] = {}
    unplaced = []
    for finding in findings:
        place = (finding.check, finding.a_span, finding.b_span)
        if finding.a_span is None and finding.b_span is None:
            unplaced.append(finding)
        elif place not in best or finding.score > best[place].score:
            best[place] = finding
    return [*best.values(), *unplaced]


# Removal rules that only say words are missing (or, as ``addition.*``, only in B); a gap or a
# broken sentence is damage of its own.
_WORDS_LEFT_OUT = ("removal.head", "removal.modifier")
_WORDS_ADDED = ("addition.head", "addition.modifier")


def _without_named(findings: list[Finding]) -> list[Finding]:
    """Words left out of B (or only in B) that another check reads as one fact are said once,
    by that check: "he said" dropped is the claim no longer attributed (an attribution finding
    that stands), "Jae-in" dropped from "Moon Jae-in" / "Mr Moon" the same man named by his
    family name (the name check's verdict, a variant that finds the name on both sides), "New"
    dropped from "New York" / "York" another place named by what is left of its name. A kind
    verdict on the very words a name finding reads ("President" / "Mr") goes too."""
    a_namers = [f.a_span for f in findings if f.a_span and _names_words(f, other=f.b)]
    b_namers = [f.b_span for f in findings if f.b_span and _names_words(f, other=f.a)]
    named = {(f.a_span, f.b_span) for f in findings if f.check.startswith("entity.")}
    return [
        f
        for f in findings
        if not (f.check in _WORDS_LEFT_OUT and f.a_span and _covered(f.a_span, a_namers))
        and not (f.check in _WORDS_ADDED and f.b_span and _covered(f.b_span, b_namers))
        and not (f.check.startswith("kind.") and (f.a_span, f.b_span) in named)
    ]


def _names_words(finding: Finding, *, other: str) -> bool:
    """Whether ``finding`` says what its words are: an attribution that stands or that only B
    gives ("police said" added: B vouches for no more than A), or the same name found on the
    other side (``other``; a body's title reworded to nothing is looser)."""
    if finding.check == "entity.variant":
        return bool(other)
    if finding.check == "entity.different":
        # Another place by a name cut short ("New York" / "York"): the word left out is the
        # name's, said by that finding; not a name in place of another ("Obama" / "Wang").
        return _cut_short(finding.a, finding.b)
    if finding.check in ("attribution.added", "attribution.hedged", "attribution.reworded"):
        return True
    return finding.check.startswith("attribution.") and finding.severity >= Severity.MEDIUM


def _cut_short(a: str, b: str) -> bool:
    """One name is the other less its first words ("New York" / "York")."""
    short, whole = sorted((a.strip(), b.strip()), key=len)
    return bool(short) and short != whole and whole.endswith(" " + short)


# Findings that say only that words are missing, added or bound otherwise around an amount: a
# verdict that the two phrases holding them are one point of a scale explains them.
_AROUND_AN_AMOUNT = ("modifier.", *_WORDS_LEFT_OUT, *_WORDS_ADDED)


def _without_same_point(findings: list[Finding]) -> list[Finding]:
    """A word added to or dropped from an amount that the scales check reads as the same point
    of its scale ("Half" / "About half", "nearly 40" / "about 40") changes nothing the verdict
    does not explain: the modifier or words-left-out finding inside the verdict's phrases
    goes. A hedge that moves the amount ("Half" / "Over half") gets no such verdict."""
    same = [f for f in findings if f.check.startswith("scale.same")]
    return [
        f
        for f in findings
        if not (
            f.check.startswith(_AROUND_AN_AMOUNT)
            and any(_within(f, g) for g in same)
            and (f.a_span or f.b_span)
        )
    ]


def _without_denial_said(findings: list[Finding]) -> list[Finding]:
    """A denial said by the other half of a field that splits its subject ("not final" /
    "preliminary": ``negation.meant``) explains the two words: a kinds finding that reads them
    as two things of one sort ("final" / "preliminary") inside the verdict's spans goes."""
    meant = [f for f in findings if f.check == "negation.meant" and f.a_span and f.b_span]
    return [
        f
        for f in findings
        if not (f.check.startswith("kind.") and any(_within(f, g) for g in meant))
    ]


def _without_exchanged_opposites(findings: list[Finding]) -> list[Finding]:
    """Two words that traded places are one change: "rose in March and fell in April" /
    "fell in March and rose in April" is read by the roles check as an exchange and by the
    opposites check as two opposites, one in each place. The exchange says it once; the
    opposites inside its spans go."""
    exchanges = [f for f in findings if f.check == "role.exchanged" and f.a_span and f.b_span]
    return [
        f
        for f in findings
        if not (
            f.check == "opposite.placed"
            and f.a_span
            and f.b_span
            and any(_within(f, g) for g in exchanges)
        )
    ]


# Readings of single words that a phrase explaining a word accounts for: "illegally" is no
# manner added, "aircraft" no broader word, when "people who hunt illegally" is "poachers", and
# "not" no denial when "people who do not eat meat" are "vegetarians" (an explanation agrees
# with the definition on its negations).
_PARTS_OF_A_PHRASE = (
    "kind.",
    "modifier.",
    "removal.",
    "addition.",
    "wording.",
    "number.recounted",
    "negation.flipped",
    "negation.count",
)


# Verdicts that read two phrases as one thing said two ways: a word and its definition, a
# denial and the word that holds it ("no later than" / "at the latest").
_EXPLAINING = ("wording.explained", "negation.meant", "modifier.implied")


def _without_explained(findings: list[Finding]) -> list[Finding]:
    """A phrase that says what a word means (``wording.explained``: "drone" / "unmanned
    aircraft") is the word said at length, and a denial said by a word that holds it
    (``negation.meant``: "no later than" / "at the latest") the same denial: the findings on
    single words inside the two spans go, as the edit's own verdict explains them."""
    explained = [f for f in findings if f.check in _EXPLAINING]
    return [
        f
        for f in findings
        if f.check in _EXPLAINING
        or not (
            f.check.startswith(_PARTS_OF_A_PHRASE)
            and (f.a_span or f.b_span)
            and any(_within(f, g) for g in explained)
        )
    ]


def _without_synonym_said(findings: list[Finding], a: str, b: str) -> list[Finding]:
    """Words the removal check reads as left out (or added) that the kinds check reads as a
    synonym of words on the other side ("scattered showers" / "showers in places", "patchy
    fog" / "fog in patches": one field's two sayings) are said there, in other words: the
    removal goes where every word it reads as lost is the synonym's or still stands on the
    other side (the head, "fog"). A word lost beside the synonym keeps it."""
    synonyms = [f for f in findings if f.check == "kind.synonym" and f.a_span and f.b_span]
    if not synonyms:
        return findings
    return [f for f in findings if not any(_said_by(f, g, a, b) for g in synonyms)]


def _said_by(finding: Finding, synonym: Finding, a: str, b: str) -> bool:
    """Whether ``finding``, words left out of A or added in B, lies on the words of
    ``synonym`` on its side, bar words the other text also holds."""
    if finding.check.startswith("removal."):
        span, said, own, other = finding.a_span, synonym.a_span, a, b
    elif finding.check.startswith("addition."):
        span, said, own, other = finding.b_span, synonym.b_span, b, a
    else:
        return False
    if span is None or said is None or not (span[0] < said[1] and said[0] < span[1]):
        return False
    rest = own[span[0] : max(span[0], said[0])] + " " + own[min(span[1], said[1]) : span[1]]
    held = {w.lower() for w in re.findall(r"[^\W\d_]+", other)}
    return all(w.lower() in held for w in re.findall(r"[^\W\d_]+", rest))


def _one_per_source(findings: list[Finding]) -> list[Finding]:
    """A source named otherwise, dropped or added ("Beijing said" / "Tokyo said") is one
    change that the name check reads as a name and the attribution check as a source: the
    editor reads it once. An attribution only B gives is a verdict that explains its name
    ("Jones said" added); otherwise the attribution, which says what the name was to the
    claim, unless the name finding is the more severe. A source dropped where B may still
    report the claim (``attribution.dropped``) keeps its name finding: the two are weighed
    apart, and either may be the one that stands."""
    gone: set[int] = set()
    for name in findings:
        readings = _SAME_CHANGE.get(name.check, ())
        for source in (f for f in findings if f.check in readings):
            if not ((name.a_span or name.b_span) and _within(name, source)):
                continue
            verdict = source.check == "attribution.added"
            gone.add(id(name) if verdict or source.severity >= name.severity else id(source))
            break
    return [f for f in findings if id(f) not in gone]


# The name check's reading of a source and the attribution check's reading of the same change.
_SAME_CHANGE = {
    "entity.different": ("attribution.changed",),
    "entity.dropped": ("attribution.unsourced",),
    # A source B names for a claim A states as a fact ("Jones said" added: ``.sourced``).
    "entity.added": ("attribution.added", "attribution.sourced"),
}


def _within(finding: Finding, outer: Finding) -> bool:
    """Whether ``finding``'s words lie within ``outer``'s on both sides."""
    return _inside(finding.a_span, outer.a_span) and _inside(finding.b_span, outer.b_span)


def _inside(span: Span | None, outer: Span | None) -> bool:
    """Whether ``span`` lies within ``outer``; no span lies within anything."""
    if span is None:
        return True
    return outer is not None and outer[0] <= span[0] and span[1] <= outer[1]


def _without_duplicates(findings: list[Finding], *, b_text: str = "") -> list[Finding]:
    """A wording finding whose words another check already explains (a number, a name, a quote,
    damage) says the same thing twice: it goes, judged on character spans. Words of A that B
    still has, if only run together with another ("estimate, Defense Minister" /
    "estimateMinister"), count as explained: what is left is the other check's word."""
    authority = [f for f in findings if not _secondary(f)]
    # Only a finding that stands (medium or above, or damage) explains words away: a quiet
    # number finding must not silence a loud wording one about the same words.
    speaking = [
        f
        for f in authority
        if f.severity >= Severity.MEDIUM
        or f.category == "artifact"
        or f.check.startswith(_VERDICTS)
        # The name check's verdict that both sides name one person, in full and by one name
        # with a title ("Chancellor Angela Merkel" / "Ms Merkel"), explains those words too.
        or f.check == "entity.courtesy_title"
        # A name's typo is shown once, by the name check ("Amrican" / "American").
        or f.check == "entity.misspelled"
        # A region on one side and its countries on the other ("the Baltic states" /
        # "Estonia, Latvia and Lithuania"): the list's words are the region's.
        or f.check == "entity.region"
        # A place said by what it is ("Greater London" / "the capital") explains the words;
        # one name in two transliterations ("Tchaikovsky" / "Tchaikowsky"): its words are the
        # name's, told by the name check.
        or (
            f.check == "entity.variant"
            and (
                ("person", 1.0) in f.evidence
                or ("described", 1.0) in f.evidence
                or ("respelled", 1.0) in f.evidence
            )
        )
    ]
    covered_a = [f.a_span for f in speaking if f.a_span]
    covered_b = [f.b_span for f in speaking if f.b_span]
    kept = list(authority)
    for finding in findings:
        if not _secondary(finding):
            continue
        placed = finding.a_span or finding.b_span
        still_in_b = _still_in(finding.a, finding.a_span, b_text) if covered_a else []
        if (
            placed
            and _covered(finding.a_span, covered_a + still_in_b)
            and _covered(finding.b_span, covered_b)
        ):
            continue
        kept.append(finding)
    return kept


def _still_in(text: str, span: Span | None, other: str) -> list[Span]:
    """The spans of the words of ``text`` (at ``span``) that ``other`` still holds somewhere,
    glued to another word or not (words of four letters or more: shorter ones are everywhere)."""
    if span is None or not other:
        return []
    lowered = other.lower()
    return [
        (span[0] + m.start(), span[0] + m.end())
        for m in re.finditer(r"[^\W\d_]{4,}", text)
        if m.group(0).lower() in lowered
    ]


def _secondary(finding: Finding) -> bool:
    """The wording check's findings (by category; the kinds check shares "lexical" but its
    verdicts are not secondary): they give way to any other check's on the same words."""
    return finding.category in _SECONDARY and not finding.check.startswith(
        (*_VERDICTS, "glossary.", "addition.sentence", "omission.sentence")
    )


def _covered(span: Span | None, covers: list[Span]) -> bool:
    """Half or more of ``span`` lies inside the union of ``covers`` (nothing to cover: True)."""
    if span is None or span[1] <= span[0]:
        return True
    inside: set[int] = set()
    for start, end in covers:
        inside.update(range(max(start, span[0]), min(end, span[1])))
    return len(inside) * 2 >= span[1] - span[0]
