"""The meaning-drift judge: one finding per change that a careful checker would flag.

Rules handle the closed classes that carry meaning out of proportion to their size (numbers,
names, polarity, modality, attribution, quotes, tense) and text damage (artifacts). Open-class
wording is judged with the model already loaded for alignment, by *edit impact*: each edit is
applied alone to its sentence (A with just this span rendered as in B, and B with just this span
as in A) and the impact is how far that moves the sentence embedding. A synonym barely moves it
("desperate" / "dire": 0.98 cosine); a different referent moves it a lot ("artillery shells" /
"bullets": 0.83). The similarity of the two spans on their own adds a little: it keeps true
synonyms quiet when context alone cannot tell.

Every variant sentence of a whole report is embedded in one batch, through the same cache as
the alignment, so a second run on the same files embeds nothing.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from . import _cues as cues
from ._artifacts import artifacts, is_fragment
from ._diff import word_diff
from ._embed import Embedder, Progress
from ._entities import canonical_names, compare_names, extract_names
from ._glossary import Glossary
from ._numbers import compare_quantities, extract_quantities, is_amount_word
from ._report import Finding, Op, Pair
from ._severity import Severity
from ._words import content_words, stem

__all__ = ["Judge", "LexicalThresholds"]

HIGH, MEDIUM, LOW, INFO = Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO

_AUXILIARIES = set(
    "will would shall should has have had is are was were am be been being do does did "
    "'ll ’ll 's ’s 've ’ve 'd ’d".split()
)
_PAST_MARKERS = {"was", "were", "had", "did"}
_FUTURE_MARKERS = {"will", "shall", "'ll", "’ll"}


@dataclass(frozen=True)
class LexicalThresholds:
    """Where an edit turns severe. ``substitution``: cosine between a sentence and the same
    sentence with only this edit applied (best of both directions). ``span``: cosine between
    the words new on each side, embedded alone. Severe needs both: context moved far *and* the
    words themselves are unlike; a near-synonym in a short sentence moves the context but not
    the words, so it stays low."""

    high_substitution: float = 0.88
    medium_substitution: float = 0.94
    unlike_span: float = 0.3
    low_substitution: float = 0.97
    low_span: float = 0.8


def _fold_typography(text: str) -> str:
    text = text.translate(str.maketrans("’‘“”„«»–—", '\'\'"""""--'))
    return re.sub(r"\s+", " ", text).strip()


def _normalise(text: str, glossary: Glossary | None) -> str:
    """Text folded so that harmless rewording compares equal: typography, case, hyphens,
    quantities written another way, aliases and glossary equivalences."""
    if glossary:
        text = glossary.canonical(text)
    pieces: list[str] = []
    last = 0
    for quantity in extract_quantities(text):
        pieces.append(text[last : quantity.start])
        pieces.append(f" <{quantity.value}> ")
        last = quantity.start + len(quantity.text)
    pieces.append(text[last:])
    equivalences = glossary.equivalences if glossary else ()
    folded = _fold_typography(canonical_names("".join(pieces), equivalences=equivalences))
    folded = re.sub(r"[-'\".,;:!?()]", " ", folded)
    folded = re.sub(r"\b(?:the|a|an)\b", " ", folded)
    return re.sub(r"\s+", " ", folded).strip()


@dataclass
class _Edit:
    """One edit inside a pair, with the two variant sentences that isolate its effect."""

    a: str
    b: str
    a_sentence: str
    b_sentence: str
    a_variant: str  # A with this edit applied
    b_variant: str  # B with this edit undone
    new_a: str  # content words of this edit found nowhere on the B side, and the reverse
    new_b: str
    substitution: float = 1.0
    span: float = 1.0


@dataclass
class _PairWork:
    pair: Pair
    findings: list[Finding] = field(default_factory=list)
    edits: list[_Edit] = field(default_factory=list)


_REBUILT_MEDIUM = 0.6  # a rebuilt sentence below this similarity is medium
_REBUILT_HIGH = 0.45  # and below this, high


class Judge:
    """Turns each non-equal pair into findings. ``embedder`` scores open-class wording."""

    def __init__(
        self,
        *,
        embedder: Embedder | None,
        glossary: Glossary | None = None,
        thresholds: LexicalThresholds | None = None,
    ) -> None:
        self.embedder = embedder
        self.glossary = glossary
        self.thresholds = thresholds or LexicalThresholds()

    def constants(self) -> dict[str, float]:
        """The judge's thresholds, for the report's settings."""
        lexical = {f"judge.lexical.{k}": float(v) for k, v in vars(self.thresholds).items()}
        return {
            **lexical,
            "judge.same_thing": _SAME_THING,
            "judge.rebuilt_medium": _REBUILT_MEDIUM,
            "judge.rebuilt_high": _REBUILT_HIGH,
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
        progress: Progress | None = None,
    ) -> list[tuple[Finding, ...]]:
        """Findings of many pairs at once: their edits are embedded in a single batch."""
        work = [_PairWork(pair) for pair in pairs]
        for item, (sents_a, sents_b) in zip(work, sentences, strict=True):
            if item.pair.status in ("omitted", "added"):
                item.findings.extend(self._unaligned(item.pair))
            elif item.pair.status == "changed":
                item.findings.extend(self._rules(item.pair, sents_a, sents_b))
                if _restructured(item.pair):
                    item.findings.extend(_restructuring(item.pair))
                else:
                    damage = [f.a or f.b for f in item.findings if f.category == "artifact"]
                    item.edits = self._edits(item.pair, damage=damage)
        self._score_edits([e for item in work for e in item.edits], progress=progress)
        results = []
        for item in work:
            item.findings.extend(self._edit_findings(item))
            results.append(tuple(sorted(item.findings, key=lambda f: -f.drift)))
        return results

    # -- unaligned sentences -------------------------------------------------------------

    def _unaligned(self, pair: Pair) -> list[Finding]:
        omitted = pair.status == "omitted"
        text = pair.a_text if omitted else pair.b_text
        category = "omission" if omitted else "addition"
        side = "A" if omitted else "B"
        if is_fragment(text) and len(text.split()) <= 8:
            return [
                _finding(
                    "artifact",
                    MEDIUM,
                    text if omitted else "",
                    "" if omitted else text,
                    f"sentence fragment only in {side}: a piece broken off a sentence",
                    0.6,
                )
            ]
        words = len(text.split())
        weighty = bool(
            extract_quantities(text)
            or extract_names(text)
            or cues.quotes(text)
            or cues.attributions(text)
        )
        if weighty:
            severity, why = HIGH, "with facts (numbers, names, quotes or sources)"
        elif words >= 6:
            severity, why = MEDIUM, "with content"
        else:
            severity, why = LOW, "short"
        verb = "left out of B" if omitted else "added in B"
        message = f"sentence {verb}: {why}"
        score = min(1.0, words / 30)
        found = [
            _finding(
                category, severity, text if omitted else "", "" if omitted else text, message, score
            )
        ]
        if not omitted:
            for artifact in artifacts(text, "", sentences=[]):
                found.append(_artifact_finding(artifact.kind, "", artifact.text))
        return found

    # -- rule-based checks ------------------------------------------------------------------

    def _rules(self, pair: Pair, sents_a: list[str], sents_b: list[str]) -> list[Finding]:
        a, b = pair.a_text, pair.b_text
        found: list[Finding] = []
        # Damage first: stray metadata must not also count as added numbers, and a fragment
        # broken off a sentence must not also read as a garbled attribution.
        for artifact in artifacts(b, a, sentences=sents_b):
            found.append(_artifact_finding(artifact.kind, "", artifact.text))
            if artifact.kind == "stray metadata":
                b = b.replace(artifact.text, " ")
        for artifact in artifacts(a, b, sentences=sents_a):
            found.append(_artifact_finding(artifact.kind, artifact.text, ""))
            if artifact.kind == "stray metadata":
                a = a.replace(artifact.text, " ")
        found += self._glossary(a, b)
        found += _numbers(a, b, similarity=self._word_similarity)
        found += self._names(a, b)
        found += _quotes(a, b)
        bare_a, bare_b = cues.strip_quotes(a), cues.strip_quotes(b)
        found += _negation(bare_a, bare_b)
        found += _modality(bare_a, bare_b)
        fragments = tuple(s for s in sents_b[1:] if is_fragment(s))
        found += _attribution(bare_a, bare_b, fragments=fragments)
        found += _tense(pair.ops)
        return found

    def _glossary(self, a: str, b: str) -> list[Finding]:
        if not self.glossary:
            return []
        return [
            _finding(
                "lexical",
                HIGH,
                source,
                rendering,
                f"glossary forbids rendering {source!r} as {rendering!r}",
                1.0,
            )
            for source, rendering in self.glossary.forbidden_hits(a, b)
        ]

    def _word_similarity(self, left: str, right: str) -> float:
        """Cosine of two words embedded alone (cached like every sentence)."""
        if self.embedder is None or not left or not right:
            return 0.0
        vectors = self.embedder.embed([left, right])
        return float(vectors[0] @ vectors[1])

    def _names(self, a: str, b: str) -> list[Finding]:
        equivalences = self.glossary.equivalences if self.glossary else ()
        diff = compare_names(a, b, equivalences=equivalences)
        found: list[Finding] = []
        only_a, only_b = list(diff.only_a), list(diff.only_b)
        while only_a and only_b:
            left, right = only_a.pop(0), only_b.pop(0)
            if re.sub(r"\W", "", left.lower()) == re.sub(r"\W", "", right.lower()):
                continue  # one name cut differently on each side is no new referent
            found.append(
                _finding(
                    "entity",
                    HIGH,
                    left,
                    right,
                    "a different name: another person, place or body",
                    0.9,
                )
            )
        for name in only_a:
            found.append(_finding("entity", MEDIUM, name, "", "name dropped in B", 0.6))
        for name in only_b:
            found.append(_finding("entity", MEDIUM, "", name, "name added in B", 0.5))
        for title in diff.titles_dropped:
            found.append(_finding("entity", MEDIUM, title, "", "title dropped in B", 0.5))
        for left, right in diff.variants:
            found.append(
                _finding(
                    "entity",
                    INFO,
                    left,
                    right,
                    "same name, spelled or abbreviated differently",
                    0.1,
                )
            )
        return found

    # -- open-class wording: edit impact ----------------------------------------------------

    def _edits(self, pair: Pair, *, damage: Sequence[str] = ()) -> list[_Edit]:
        """The pair's edits at word level, each with the variants that isolate its effect.

        A long replaced span from the readable diff is split again into its finest word edits,
        so that "hold as many as 3 million 152mm artillery shells" / "carry up to three million
        bullets" is judged as "hold as many as" / "carry up to" and "152mm artillery shells" /
        "bullets", each on its own. Content that only moved inside the pair is no edit.
        """
        a_sentence, b_sentence = _tidy(pair.a_text), _tidy(pair.b_text)
        a_words = {stem(w) for w in content_words(pair.a_text)}
        b_words = {stem(w) for w in content_words(pair.b_text)}
        edits: list[_Edit] = []
        a_prefix = b_prefix = ""
        for index, op in enumerate(pair.ops):
            if op.op != "equal" and not op.is_moved:  # a moved phrase is neither lost nor new
                a_suffix = "".join(o.a for o in pair.ops[index + 1 :])
                b_suffix = "".join(o.b for o in pair.ops[index + 1 :])
                pieces: tuple[Op, ...] = (op,)
                if max(len(op.a.split()), len(op.b.split())) > 3:
                    pieces = word_diff(op.a, op.b, semantic_cleanup=False)
                inner_a = inner_b = ""
                for k, piece in enumerate(pieces):
                    if piece.op != "equal" and not piece.is_moved and not self._explained(piece):
                        # Text damage (stray metadata, fragments) is reported as an artifact; its
                        # words are not a rewording of whatever the diff happened to pair it with.
                        piece_a, piece_b = _without(piece.a, damage), _without(piece.b, damage)
                        new_a = [w for w in content_words(piece_a) if stem(w) not in b_words]
                        new_b = [w for w in content_words(piece_b) if stem(w) not in a_words]
                        if _only_speech_verbs(new_a + new_b):
                            new_a = new_b = []  # who said it is the attribution check's job
                        if new_a or new_b:  # else the words only moved inside the pair
                            rest_a = "".join(p.a for p in pieces[k + 1 :]) + a_suffix
                            rest_b = "".join(p.b for p in pieces[k + 1 :]) + b_suffix
                            edits.append(
                                _Edit(
                                    a=piece.a,
                                    b=piece.b,
                                    a_sentence=a_sentence,
                                    b_sentence=b_sentence,
                                    a_variant=_tidy(a_prefix + inner_a + piece.b + rest_a),
                                    b_variant=_tidy(b_prefix + inner_b + piece.a + rest_b),
                                    new_a=" ".join(new_a),
                                    new_b=" ".join(new_b),
                                )
                            )
                    inner_a += piece.a
                    inner_b += piece.b
            a_prefix += op.a
            b_prefix += op.b
        return edits

    def _explained(self, op: Op) -> bool:
        """An edit that only rewrites typography, a quantity's form, an alias or a glossary
        equivalent changes nothing a reader would call meaning."""
        if _normalise(op.a, self.glossary) == _normalise(op.b, self.glossary):
            return True
        return (
            not content_words(op.a)
            and not content_words(op.b)
            and not (cues.negations(op.a) or cues.negations(op.b))
        )

    def _score_edits(self, edits: list[_Edit], *, progress: Progress | None = None) -> None:
        if not edits or self.embedder is None:
            return
        texts = [t for e in edits for t in (e.a_variant, e.b_variant, e.a_sentence, e.b_sentence)]
        texts += [t or "∅" for e in edits for t in (e.new_a, e.new_b)]
        vectors = self.embedder.embed(texts, progress=progress)
        n = len(edits)
        for k, edit in enumerate(edits):
            a_variant, b_variant, a_sentence, b_sentence = vectors[4 * k : 4 * k + 4]
            edit.substitution = max(float(a_variant @ a_sentence), float(b_variant @ b_sentence))
            if edit.new_a and edit.new_b:
                edit.span = float(vectors[4 * n + 2 * k] @ vectors[4 * n + 2 * k + 1])
            else:
                edit.span = 0.0

    def _edit_findings(self, item: _PairWork) -> list[Finding]:
        found: list[Finding] = []
        covered = " ".join(
            f.a + " " + f.b
            for f in item.findings
            if f.severity >= MEDIUM or f.category == "artifact"
        )
        for edit in item.edits:
            impact = max(0.0, min(1.0, (1.0 - edit.substitution) / 0.15))
            if _inside(edit.new_a, covered) or _inside(edit.new_b, covered):
                continue  # a number, quote, name or artifact finding already says it
            # Judge by the words that are new on each side: "It's" → "Its mass is" adds a word,
            # it does not replace one.
            if edit.new_a and edit.new_b:
                severity = self._severity(edit)
                if severity is None:
                    continue
                found.append(
                    _finding(
                        "lexical",
                        severity,
                        edit.a.strip(),
                        edit.b.strip(),
                        _lexical_message(severity),
                        impact,
                    )
                )
            elif edit.new_a:
                severity = _weight(edit.a)
                if self._large(edit, edit.new_a):
                    severity = max(severity, MEDIUM)
                if severity > INFO:
                    found.append(
                        _finding(
                            "omission", severity, edit.a.strip(), "", "words left out of B", impact
                        )
                    )
            else:
                severity = _weight(edit.b)
                if self._large(edit, edit.new_b):
                    severity = max(severity, MEDIUM)
                if severity > INFO:
                    found.append(
                        _finding(
                            "addition", severity, "", edit.b.strip(), "words added in B", impact
                        )
                    )
        return found

    def _large(self, edit: _Edit, new_words: str) -> bool:
        """A dropped or added clause that moves its sentence far and carries several new
        content words; "very much" after "Thank you" moves a short sentence but says little."""
        return edit.substitution < self.thresholds.high_substitution and len(new_words.split()) >= 2

    def _severity(self, edit: _Edit) -> Severity | None:
        limits = self.thresholds
        unlike = edit.span < limits.unlike_span
        # High is kept for a word or two replaced by unlike words: a different thing or act.
        # A longer phrase replaced is usually a paraphrase, which the model cannot tell from a
        # change of meaning as reliably.
        short = max(len(edit.new_a.split()), len(edit.new_b.split())) <= 2
        if unlike and short and edit.substitution < limits.high_substitution:
            return HIGH
        if unlike and short and edit.substitution < limits.medium_substitution:
            return MEDIUM
        if edit.substitution < limits.low_substitution and edit.span < limits.low_span:
            return LOW
        return None


def _without(text: str, damage: Sequence[str]) -> str:
    for piece in damage:
        if piece:
            text = text.replace(piece, " ")
    return text


def _only_speech_verbs(words: list[str]) -> bool:
    return bool(words) and all(cues.is_speech_verb(w) for w in words)


def _equal_share(pair: Pair) -> float:
    """Share of A's characters that the word diff keeps in place."""
    total = sum(len(op.a) for op in pair.ops)
    kept = sum(len(op.a) for op in pair.ops if op.op == "equal")
    return kept / total if total else 1.0


def _restructured(pair: Pair) -> bool:
    """A sentence rebuilt rather than edited: word edits would pair unrelated chunks."""
    kinds = {op.op for op in pair.ops} - {"equal"}
    if kinds <= {"delete"} or kinds <= {"insert"}:
        return False  # a clause dropped or added, the rest intact: the edits say it exactly
    return len(pair.a_text.split()) >= 8 and _equal_share(pair) < 0.45


def _restructuring(pair: Pair) -> list[Finding]:
    """One finding for a rebuilt sentence, graded by how far its meaning moved."""
    words_a = {stem(w) for w in content_words(pair.a_text)}
    words_b = {stem(w) for w in content_words(pair.b_text)}
    # Amounts and units are the number check's: "152mm" / "152 millimeter" is no rewording.
    only_a = [
        w
        for w in dict.fromkeys(content_words(pair.a_text))
        if stem(w) not in words_b and not is_amount_word(w)
    ]
    only_b = [
        w
        for w in dict.fromkeys(content_words(pair.b_text))
        if stem(w) not in words_a and not is_amount_word(w)
    ]
    similarity = pair.similarity if pair.similarity is not None else 0.0
    # Translators rebuild sentences freely; only a rebuilt sentence that also moved far in
    # meaning is worth an editor's attention.
    if similarity >= _REBUILT_MEDIUM or not (only_a or only_b):
        severity = LOW
    elif similarity >= _REBUILT_HIGH:
        severity = MEDIUM
    else:
        severity = HIGH
    return [
        _finding(
            "lexical",
            severity,
            " ".join(only_a),
            " ".join(only_b),
            f"sentence rebuilt (similarity {similarity:.2f}): words on one side only shown",
            1.0 - similarity,
        )
    ]


def _inside(span: str, covered: str) -> bool:
    words = content_words(span)
    return bool(words) and all(w in covered for w in words)


def _weight(text: str) -> Severity:
    """How much a dropped or added clause weighs, by what it carries."""
    if extract_quantities(text) or cues.quotes(text) or cues.negations(text):
        return HIGH
    if extract_names(text, context=text) or cues.attributions(text):
        return MEDIUM
    return LOW if len(content_words(text)) >= 2 else INFO


def _lexical_message(severity: Severity) -> str:
    if severity is HIGH:
        return "wording changes what is said: a different thing, act or amount"
    if severity is MEDIUM:
        return "wording shifts the meaning noticeably"
    return "a near-synonym: small shift in nuance"


def _tidy(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _finding(
    category: str, severity: Severity, a: str, b: str, message: str, score: float
) -> Finding:
    return Finding(
        category=category,
        severity=severity,
        a=a,
        b=b,
        message=message,
        score=max(0.0, min(1.0, score)),
    )


def _artifact_finding(kind: str, a: str, b: str) -> Finding:
    side = "A" if a else "B"
    severity = MEDIUM if kind in ("broken sentence", "run-together words", "other script") else LOW
    if kind == "stray metadata":
        severity = MEDIUM
    return _finding("artifact", severity, a, b, f"{kind} in {side}", 0.6)


_SAME_THING = 0.8  # cosine of two counted nouns above which they name the same thing


def _numbers(
    a: str, b: str, *, similarity: Callable[[str, str], float] | None = None
) -> list[Finding]:
    diff = compare_quantities(a, b)
    found: list[Finding] = []
    only_a, only_b = list(diff.only_a), list(diff.only_b)
    while only_a and only_b:
        left, right = only_a.pop(0), only_b.pop(0)
        found.append(
            _finding(
                "number",
                HIGH,
                left.text,
                right.text,
                f"quantity changed: {left.text} → {right.text}",
                1.0,
            )
        )
    for quantity in only_a:
        found.append(
            _finding(
                "number", HIGH, quantity.text, "", f"quantity {quantity.text!r} dropped in B", 0.9
            )
        )
    for quantity in only_b:
        found.append(
            _finding(
                "number", HIGH, "", quantity.text, f"quantity {quantity.text!r} added in B", 0.9
            )
        )
    for left, right in diff.recounted:
        # "5,000 soldiers" / "5,000 troops" counts the same thing; "shells" / "bullets" does not.
        alike = similarity is not None and similarity(left.counted or "", right.counted or "")
        if alike and alike >= _SAME_THING:
            found.append(
                _finding(
                    "number",
                    INFO,
                    f"{left.text} {left.counted}",
                    f"{right.text} {right.counted}",
                    "same amount of the same thing, named another way",
                    0.1,
                )
            )
            continue
        found.append(
            _finding(
                "number",
                HIGH,
                f"{left.text} {left.counted}",
                f"{right.text} {right.counted}",
                f"same amount of a different thing: {left.counted} → {right.counted}",
                0.95,
            )
        )
    for left, right in diff.reworded:
        found.append(
            _finding(
                "number", INFO, left.text, right.text, "same quantity, written another way", 0.05
            )
        )
    return found


def _quotes(a: str, b: str) -> list[Finding]:
    left, right = cues.quotes(a), cues.quotes(b)
    found: list[Finding] = []
    unmatched = list(right)
    for quote in left:
        folded = _fold_typography(quote).lower().strip(" .,!?")
        best, ratio = None, 0.0
        for other in unmatched:
            score = difflib.SequenceMatcher(
                None, folded, _fold_typography(other).lower().strip(" .,!?")
            ).ratio()
            if score > ratio:
                best, ratio = other, score
        if best is not None and ratio >= 0.3:
            unmatched.remove(best)
            if ratio < 1.0:
                severity = HIGH if ratio < 0.6 else MEDIUM
                found.append(
                    _finding(
                        "quote",
                        severity,
                        quote,
                        best,
                        "direct quote altered: quotes must be verbatim",
                        1 - ratio,
                    )
                )
        else:
            found.append(_finding("quote", MEDIUM, quote, "", "direct quote missing in B", 0.7))
    for quote in unmatched:
        found.append(_finding("quote", MEDIUM, "", quote, "direct quote only in B", 0.6))
    return found


def _negation(a: str, b: str) -> list[Finding]:
    left, right = cues.negations(a), cues.negations(b)
    if len(left) == len(right):
        return []
    gone = [w for w in left if w.lower() not in {r.lower() for r in right}]
    new = [w for w in right if w.lower() not in {x.lower() for x in left}]
    return [
        _finding(
            "negation",
            HIGH,
            ", ".join(gone or left),
            ", ".join(new or right),
            "polarity flipped: a negation is present on one side only",
            0.9,
        )
    ]


# Certainty and hedging: a plain future ("will") or a conditional ("would") against none is
# tense or style, and translations vary in it freely; "can" is ability, not likelihood.
_EPISTEMIC = {"possibility", "probability", "necessity", "plan", "hedge"}


def _epistemic(text: str) -> set[str]:
    kinds = {k for k in cues.modality_classes(text) if k in _EPISTEMIC}
    if "possibility" in kinds and all(
        w.lower() == "can" for w in cues.modality_words(text, "possibility")
    ):
        kinds.discard("possibility")
    return kinds


def _modality(a: str, b: str) -> list[Finding]:
    left, right = _epistemic(a), _epistemic(b)
    if left == right:
        return []
    gone = sorted(set(left) - set(right))
    new = sorted(set(right) - set(left))
    words_a = [w for kind in gone for w in cues.modality_words(a, kind)]
    words_b = [w for kind in new for w in cues.modality_words(b, kind)]
    if not words_b:  # show what stands there instead: "is scheduled to" → "will"
        words_b = cues.modality_words(b, "future") or cues.modality_words(b, "conditional")
    if not words_a:
        words_a = cues.modality_words(a, "future") or cues.modality_words(a, "conditional")
    what = " / ".join(x for x in (", ".join(gone), ", ".join(new)) if x)
    return [
        _finding(
            "modality",
            MEDIUM,
            ", ".join(words_a),
            ", ".join(words_b),
            f"certainty or hedging changed ({what})",
            0.6,
        )
    ]


def _attribution(a: str, b: str, *, fragments: tuple[str, ...] = ()) -> list[Finding]:
    left = cues.attributions(a)
    right = [
        replace(r, fragment=any(r.phrase.split()[-1] in f for f in fragments))
        for r in cues.attributions(b)
    ]
    found: list[Finding] = []
    sources_b = [r.source for r in right]
    for garbled in (r for r in right if r.fragment):
        found.append(
            _finding(
                "attribution",
                HIGH,
                "",
                garbled.phrase,
                "garbled attribution: the source is cut off from its claim",
                0.9,
            )
        )
    unmatched_b = [r for r in right if not r.fragment]
    missing: list[cues.Attribution] = []
    for attribution in left:
        match = next((r for r in unmatched_b if r.source == attribution.source), None)
        if match is not None:
            unmatched_b.remove(match)
        elif attribution.source not in sources_b:
            missing.append(attribution)
    for attribution in missing:
        replacement = next((r for r in unmatched_b if not cues.is_pronoun(r.source)), None)
        if replacement is None and unmatched_b:
            replacement = unmatched_b[0]
        if replacement is not None:
            unmatched_b.remove(replacement)
            found.append(
                _finding(
                    "attribution",
                    HIGH,
                    attribution.phrase,
                    replacement.phrase,
                    "a different source: who said it changed",
                    0.8,
                )
            )
        else:
            found.append(
                _finding(
                    "attribution",
                    HIGH,
                    attribution.phrase,
                    "",
                    "attribution dropped: the claim is no longer sourced",
                    0.9,
                )
            )
    for attribution in unmatched_b:
        if attribution.source not in {x.source for x in left}:
            found.append(
                _finding(
                    "attribution", MEDIUM, "", attribution.phrase, "attribution added in B", 0.5
                )
            )
    return found


def _tense(ops: Sequence[Op]) -> list[Finding]:
    found: list[Finding] = []
    for op in ops:
        if op.op != "replace":
            continue
        words_a = [w.lower() for w in re.findall(r"[\w’']+", op.a)]
        words_b = [w.lower() for w in re.findall(r"[\w’']+", op.b)]
        aux_a = {w for w in words_a if w in _AUXILIARIES}
        aux_b = {w for w in words_b if w in _AUXILIARIES}
        main_a = [stem(w) for w in words_a if w not in _AUXILIARIES]
        main_b = [stem(w) for w in words_b if w not in _AUXILIARIES]
        if main_a != main_b or words_a == words_b or not (main_a or (aux_a and aux_b)):
            continue  # another verb is the lexical check's; "is" → "was" alone is tense
        past_a = bool(aux_a & _PAST_MARKERS) or any(w.endswith("ed") for w in words_a)
        past_b = bool(aux_b & _PAST_MARKERS) or any(w.endswith("ed") for w in words_b)
        future_a, future_b = bool(aux_a & _FUTURE_MARKERS), bool(aux_b & _FUTURE_MARKERS)
        if future_a != future_b or past_a != past_b:
            # Past against future moves an event across "now"; other shifts are aspect.
            severity = MEDIUM if (future_a and past_b) or (past_a and future_b) else LOW
            found.append(
                _finding(
                    "tense",
                    severity,
                    op.a.strip(),
                    op.b.strip(),
                    "tense changed: when it happened differs",
                    0.5,
                )
            )
    return found
