"""The pipeline, top to bottom: segment, embed, align, diff, judge.

``Comparer`` holds what is expensive to build (the model, the cache, the glossary) so that many
comparisons share it; ``compare`` is the one-call form and keeps one ``Comparer`` per settings.
"""

from __future__ import annotations

import bisect
import enum
import re
import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from ._aliases import aliases_named
from ._align import Alignment, Bead, Statistics, align, measure
from ._align import thresholds as align_thresholds
from ._attach import attach_split_pieces
from ._background import BACKGROUND_SENTENCES
from ._cache import EmbeddingCache
from ._diff import word_diff
from ._document import Document
from ._embed import Embedder, Progress, SentenceEmbedder
from ._errors import InputError, LimitError
from ._furniture import furniture_kind
from ._glossary import Glossary
from ._headings import heads_its_section, is_heading, telling_sentence
from ._layout_findings import layout_line, told_in_b
from ._notes import (
    captions,
    corrections,
    figures_exchanged,
    figures_told_elsewhere,
    is_key_point,
    point_text,
    summed_sentences,
)
from ._options import DEFAULTS, Options
from ._places import sentence_place
from ._questions import to_other_question
from ._quotations import join_recut_quotations
from ._references import paragraph_references
from ._relation import LOOSE_SIMILARITY, Relation, is_loose, relate
from ._relation import constants as relation_constants
from ._repeats import out_of_sequence, quote_cut, repeated, to_other_speaker
from ._report import Finding, Pair, PairStatus, Report, Settings
from ._segment import segment
from ._sentence_moves import find_moves
from ._severity import Severity
from ._stamps import dateline_changed, retimed, to_other_voice
from ._tables import columns_reordered
from ._timeline import historic_present
from ._words import content_words, stem
from .judge import Judge
from .judge._alike import long_names
from .judge._antecedents import opening_body, people_named
from .judge._calibration import calibration_named
from .judge._edits import words

__all__ = ["Comparer", "compare"]

# Given a stage ("segment", "embed", "align", "diff", "judge-embed", "judge") and its number of
# units, a callback that reports how many are done. Called once per stage that has work.
ProgressFactory = Callable[[str, int], Progress]


class _Unset(enum.Enum):
    """An option not given: it keeps the value of the ``options`` passed (or the default)."""

    UNSET = enum.auto()


_UNSET = _Unset.UNSET


def _sentence_embedder(model: str | None, cache: bool | str | Path) -> SentenceEmbedder:
    """The model by name or path, with the on-disk cache at ``cache`` (True: the default place,
    False: none)."""
    store = EmbeddingCache(None if cache is True else Path(cache)) if cache else None
    return SentenceEmbedder(model, cache=store)


def _version() -> str:
    # Not a metadata look-up (15-20 ms of a warm run); a test holds it equal to pyproject's.
    from . import __version__

    return __version__


class Comparer:
    """Compares documents with one set of options; the model is loaded once, on first need.

    Options come either as ``options=Options(...)`` or as keywords of the same names (keywords
    win); what is not given takes its default from :data:`vardiff.DEFAULTS`.
    """

    def __init__(
        self,
        options: Options | None = None,
        *,
        embedder: Embedder | None = None,
        model: str | _Unset | None = _UNSET,
        cache: bool | str | Path | _Unset = _UNSET,
        max_group: int | _Unset = _UNSET,
        min_severity: Severity | str | _Unset = _UNSET,
        fail_on: Severity | str | _Unset = _UNSET,
        glossary: Glossary | str | Path | _Unset | None = _UNSET,
        max_sentence_chars: int | _Unset = _UNSET,
        max_sentences: int | _Unset = _UNSET,
        calibration: str | _Unset = _UNSET,
    ) -> None:
        options = _resolve(
            options,
            model=model,
            cache=cache,
            max_group=max_group,
            min_severity=min_severity,
            fail_on=fail_on,
            glossary=glossary,
            max_sentence_chars=max_sentence_chars,
            max_sentences=max_sentences,
            calibration=calibration,
        )
        self.options = options
        if embedder is None:
            embedder = _sentence_embedder(options.model, options.cache)
        self.embedder = embedder
        loaded = options.glossary
        if loaded is not None and not isinstance(loaded, Glossary):
            loaded = Glossary.load(loaded)
        self.glossary = loaded
        self.max_sentences = options.max_sentences
        self.judge = Judge(
            embedder=embedder, glossary=loaded, calibration=calibration_named(options.calibration)
        )
        max_tokens = getattr(embedder, "max_tokens", None)
        self.settings = Settings.of(
            options,
            model=embedder.name,
            glossary=loaded.digest if loaded else None,
            max_model_tokens=max_tokens if isinstance(max_tokens, int) else None,
            version=_version(),
            thresholds=tuple(
                {**align_thresholds(), **self.judge.constants(), **relation_constants()}.items()
            ),
            calibration=self.judge.calibration.version,
        )

    def segment(self, text: str, *, name: str) -> Document:
        _check_text(text, name=name)
        try:
            # Counted while segmenting: an out-of-memory kill would lose the user's time
            # silently, and a 200 MB file of one-word lines would get there before a count
            # taken afterwards.
            tokens = self.settings.max_model_tokens
            sentences = segment(
                text,
                max_chars=self.settings.max_sentence_chars,
                max_sentences=self.max_sentences,
                # Two pieces of the window go to the model's [CLS] and [SEP] marks, and 5 % is
                # a margin for the estimate, which is at most 3 % under the real count on the
                # 1,827 sentences measured (seeds, MQM English and Chinese).
                max_pieces=(tokens - 2) * 95 // 100 if tokens is not None and tokens > 16 else None,
            )
        except LimitError:
            raise LimitError(
                f"{name}: more than the limit of {self.max_sentences:,} sentences"
                " (raise it with --max-sentences)"
            ) from None
        return Document(name=name, text=text, sentences=sentences)

    def compare(
        self,
        a: str,
        b: str,
        *,
        name_a: str = "a",
        name_b: str = "b",
        progress: ProgressFactory | None = None,
    ) -> Report:
        segmented = progress("segment", 2) if progress else None
        doc_a = self.segment(a, name=name_a)
        if segmented:
            segmented(1, 2)
        doc_b = self.segment(b, name=name_b)
        if segmented:
            segmented(2, 2)
        alignment = self.align(doc_a, doc_b, progress=progress)
        beads = _furniture_apart(alignment.beads, doc_a, doc_b)
        drafts = self._pairs(beads, doc_a, doc_b, progress=progress)
        pairs = self._judge(drafts, doc_a, doc_b, progress=progress)
        info: dict[str, float] = {"beads": len(alignment.beads), "cells": alignment.cells}
        if not np.isnan(alignment.threshold):
            info["threshold"] = round(alignment.threshold, 4)
        return Report(settings=self.settings, a=doc_a, b=doc_b, pairs=pairs, alignment=info)

    def align(
        self, doc_a: Document, doc_b: Document, *, progress: ProgressFactory | None = None
    ) -> Alignment:
        """Beads for the two documents. Runs of identical sentences are pinned 1:1 first and
        never embedded; only the stretches between them go through the aligner."""
        texts_a = [s.reading for s in doc_a.sentences]
        texts_b = [s.reading for s in doc_b.sentences]
        anchors = _trim_gaps(_identical_runs(texts_a, texts_b), texts_a, texts_b)
        gaps = _gaps(anchors, len(texts_a), len(texts_b))
        # Only stretches with sentences on both sides that differ need the model: a stretch
        # that reads the same (identical documents, a stock phrase between two anchors) pairs
        # 1:1 as it stands, and a one-sided one is all omissions or additions.
        open_gaps = [
            (a_lo, a_hi, b_lo, b_hi)
            for a_lo, a_hi, b_lo, b_hi in gaps
            if a_hi > a_lo and b_hi > b_lo and texts_a[a_lo:a_hi] != texts_b[b_lo:b_hi]
        ]
        vectors = self._embed_gaps(texts_a, texts_b, open_gaps, progress)
        # Counted in sentences of the stretches that go through the aligner.
        to_align = sum(a_hi - a_lo + b_hi - b_lo for a_lo, a_hi, b_lo, b_hi in open_gaps)
        aligned = progress("align", to_align) if progress and to_align else None
        statistics = self._statistics(texts_a, texts_b, open_gaps, vectors)
        beads: list[Bead] = []
        cells = 0
        done = 0
        for gap, anchor in zip(gaps, [*anchors, None], strict=True):
            a_lo, a_hi, b_lo, b_hi = gap
            if texts_a[a_lo:a_hi] == texts_b[b_lo:b_hi]:
                beads += [Bead(a=(a_lo + k,), b=(b_lo + k,), score=1.0) for k in range(a_hi - a_lo)]
            else:
                stretch = self._align_gap(texts_a, texts_b, gap, vectors, statistics)
                beads += stretch.beads
                cells += stretch.cells
                if aligned and a_hi > a_lo and b_hi > b_lo:
                    done += a_hi - a_lo + b_hi - b_lo
                    aligned(done, to_align)
            if anchor is not None:
                i, j, size = anchor
                beads += [Bead(a=(i + k,), b=(j + k,), score=1.0) for k in range(size)]
        threshold = statistics.threshold if statistics else float("nan")
        return Alignment(beads=tuple(beads), threshold=threshold, cells=cells)

    def _embed_gaps(
        self,
        texts_a: list[str],
        texts_b: list[str],
        gaps: list[tuple[int, int, int, int]],
        progress: ProgressFactory | None,
    ) -> dict[str, NDArray[np.float32]]:
        needed = [
            t for a_lo, a_hi, b_lo, b_hi in gaps for t in texts_a[a_lo:a_hi] + texts_b[b_lo:b_hi]
        ]
        if not needed:
            return {}
        # Short stretches lack unrelated sentences of their own to score against.
        wanted = list(dict.fromkeys(needed + list(BACKGROUND_SENTENCES)))
        report = progress("embed", len(wanted)) if progress else None
        vectors = self.embedder.embed(wanted, progress=report)
        return dict(zip(wanted, vectors, strict=True))

    def _statistics(
        self,
        texts_a: list[str],
        texts_b: list[str],
        gaps: list[tuple[int, int, int, int]],
        vectors: dict[str, NDArray[np.float32]],
    ) -> Statistics | None:
        """Scoring statistics of everything left to align, taken together: each stretch
        between two anchors is then judged by the same threshold as the whole documents."""
        rest_a = [t for a_lo, a_hi, _, _ in gaps for t in texts_a[a_lo:a_hi]]
        rest_b = [t for _, _, b_lo, b_hi in gaps for t in texts_b[b_lo:b_hi]]
        if not vectors or not rest_a or not rest_b:
            return None
        return measure(
            np.stack([vectors[t] for t in rest_a]),
            np.stack([vectors[t] for t in rest_b]),
            weights_a=[len(t) for t in rest_a],
            weights_b=[len(t) for t in rest_b],
            unrelated=np.stack([vectors[t] for t in BACKGROUND_SENTENCES]),
        )

    def _align_gap(
        self,
        texts_a: list[str],
        texts_b: list[str],
        gap: tuple[int, int, int, int],
        vectors: dict[str, NDArray[np.float32]],
        statistics: Statistics | None,
    ) -> Alignment:
        a_lo, a_hi, b_lo, b_hi = gap
        part_a, part_b = texts_a[a_lo:a_hi], texts_b[b_lo:b_hi]
        if not part_a or not part_b:
            beads = [Bead(a=(a_lo + i,), b=(), score=None) for i in range(len(part_a))]
            beads += [Bead(a=(), b=(b_lo + j,), score=None) for j in range(len(part_b))]
            return Alignment(beads=tuple(beads), threshold=float("nan"), cells=0)
        alignment = align(
            np.stack([vectors[t] for t in part_a]),
            np.stack([vectors[t] for t in part_b]),
            weights_a=[len(t) for t in part_a],
            weights_b=[len(t) for t in part_b],
            max_group=self.settings.max_group,
            unrelated=np.stack([vectors[t] for t in BACKGROUND_SENTENCES]),
            statistics=statistics,
        )
        local = attach_split_pieces(
            alignment.beads, part_a, part_b, max_group=self.settings.max_group
        )
        local = join_recut_quotations(local, part_a, part_b, max_group=self.settings.max_group)
        shifted = tuple(
            Bead(
                a=tuple(a_lo + i for i in bead.a),
                b=tuple(b_lo + j for j in bead.b),
                score=bead.score,
            )
            for bead in local
        )
        return replace(alignment, beads=shifted)

    def _pairs(
        self,
        beads: tuple[Bead, ...],
        doc_a: Document,
        doc_b: Document,
        *,
        progress: ProgressFactory | None = None,
    ) -> list[Pair]:
        """A pair with its word diff for each bead."""
        report = progress("diff", len(beads)) if progress and beads else None
        pairs = []
        for done, bead in enumerate(beads, 1):
            pairs.append(self._pair(bead, doc_a, doc_b))
            if report and (done % _EVERY == 0 or done == len(beads)):
                report(done, len(beads))
        return pairs

    def _pair(self, bead: Bead, doc_a: Document, doc_b: Document) -> Pair:
        a_text, b_text = doc_a.joined(bead.a), doc_b.joined(bead.b)
        a_text = _label_run_on(a_text, doc_b, bead.b)
        b_text = _label_run_on(b_text, doc_a, bead.a)
        status: PairStatus
        if not bead.b:
            status = "omitted"
        elif not bead.a:
            status = "added"
        elif a_text == b_text:
            status = "equal"
        else:
            status = "changed"
        return Pair(
            a=bead.a,
            b=bead.b,
            similarity=bead.score,
            status=status,
            a_text=a_text,
            b_text=b_text,
            ops=word_diff(a_text, b_text),
        )

    def _telling_pair(
        self,
        pair: Pair,
        aside: tuple[Finding, ...] | None,
        doc_a: Document,
        doc_b: Document,
        relation: Relation,
    ) -> Pair | None:
        """For a heading one side only has, which is judged or set aside as layout, the pair
        (a sentence of its document that tells all its words, the heading); for a key point of
        a box over the article, the pair (the sentence it sums up, the point); else None."""
        # Against an empty side every sentence is plainly omitted or added, and in texts that
        # are no versions of each other the statement at the top says it once: nothing to weigh.
        if (
            pair.moved
            or len(pair.a) + len(pair.b) != 1
            or not (doc_a.sentences and doc_b.sentences)
            or relation.kind == "unrelated"
        ):
            return None
        if aside is not None and (not aside or any(f.check != "structure.heading" for f in aside)):
            return None
        doc, index = (doc_a, pair.a[0]) if pair.a else (doc_b, pair.b[0])
        if is_heading(doc, index):
            telling = telling_sentence(doc, index)
        elif aside is None and is_key_point(doc, index):
            summed = summed_sentences(doc, index)
            if summed is not None:
                # the point as it reads, less the box's label read with it ("At a glance:")
                told = self._pair(Bead(a=summed, b=(index,), score=None), doc, doc)
                point = point_text(doc, index)
                return replace(told, b_text=point, ops=word_diff(told.a_text, point))
            return None
        else:
            return None
        if telling is None:
            return None
        return self._pair(Bead(a=(telling,), b=(index,), score=None), doc, doc)

    def _judge(
        self,
        pairs: list[Pair],
        doc_a: Document,
        doc_b: Document,
        *,
        progress: ProgressFactory | None = None,
    ) -> tuple[Pair, ...]:
        relation = relate(pairs, doc_a, doc_b)
        # Pairs the judge must not read word by word: a loose pair, page furniture, and, when
        # the texts are not versions at all, sentences on one side only.
        aside = {id(p): _set_aside(p, doc_a, doc_b, relation) for p in pairs if p.status != "equal"}
        # A heading left out and another added in its place, over the same section: renamed.
        if relation.kind != "unrelated":
            for n, renamed in _renamed_apart(pairs, doc_a, doc_b).items():
                aside[id(pairs[n])] = renamed
        # A sentence one side only that repeats what its document says elsewhere (a pull
        # quote) is read as a repetition, not as a sentence added or left out.
        # A correction notice that the body bears out, and a photo caption beside its credit,
        # one side only, tell nothing the article lacks (_notes).
        for found in (
            repeated(pairs, doc_a, doc_b),
            corrections(pairs, doc_a, doc_b),
            captions(pairs, doc_a, doc_b),
        ):
            for n, finding in found.items():
                if aside.get(id(pairs[n])) is None:
                    aside[id(pairs[n])] = (finding,)
        pairs = _with_moves(pairs, aside)
        # A moved sentence is judged against itself where it stood in A, when it changed on
        # the way; its move alone is a finding of its own (_move_findings).
        moved: dict[int, Pair] = {}
        for pair in pairs:
            if pair.moved and pair.status == "added":
                counterpart = self._pair(Bead(pair.moved, pair.b, None), doc_a, doc_b)
                if counterpart.status == "changed":
                    moved[id(pair)] = counterpart
        # A heading one side only has is judged, besides, against a sentence of its document
        # that tells all its words; that verdict decides whether it is layout (_headings).
        told_by: dict[int, Pair] = {}
        for pair in pairs:
            telling = self._telling_pair(pair, aside.get(id(pair)), doc_a, doc_b, relation)
            if telling is not None:
                told_by[id(pair)] = telling
        pending = [
            p
            for p in pairs
            if p.status != "equal"
            and (aside.get(id(p)) is None or id(p) in told_by)
            and not p.moved
        ]
        pending += moved.values()
        sentences = [
            ([doc_a.sentences[i].reading for i in p.a], [doc_b.sentences[j].reading for j in p.b])
            for p in pending
        ]
        named = _named_before(pending, doc_a, doc_b)
        before = _sentences_before(pending, doc_a, doc_b)
        pending += told_by.values()
        sentences += [([p.a_text], [p.b_text]) for p in told_by.values()]
        named += [frozenset()] * len(told_by)
        before += [("", "")] * len(told_by)
        # The judge embeds edit variants; the callback is made lazily so that a report with
        # nothing to embed shows no bar.
        report = _lazy_progress(progress, "judge-embed") if progress else None
        checked = _lazy_progress(progress, "judge", every=_EVERY) if progress else None
        judgements = self.judge.judge_all(
            pending,
            sentences=sentences,
            named=named,
            before=before,
            progress=report,
            checked=checked,
        )
        verdicts = dict(zip(map(id, pending), judgements, strict=True))
        for pair in pairs:
            telling = told_by.get(id(pair))
            if telling is None:
                continue
            doc, index = _own(pair, doc_a, doc_b)
            headline = not is_heading(doc, index)
            told = verdicts[id(telling)]
            if headline:  # a key point: its figures the article states elsewhere are no news
                if figures_exchanged(telling.a_text, telling.b_text):
                    continue  # but two of its sentence's figures each in the other's place are
                told = figures_told_elsewhere(told, doc, index, telling.a)
            if _names_nothing_new(told, headline=headline):
                below = aside.get(id(pair))  # the layout finding of a heading over its section
                verdicts[id(pair)] = below or (_told_finding(pair, telling.a[0], doc_a, doc_b),)
        # Every finding stays: min_severity is a display floor, and neither the status
        # (fail_on) nor the JSON may depend on what a reader chose to see.
        judged = []
        for pair in pairs:
            if pair.moved:
                twin = moved.get(id(pair))
                changed = verdicts[id(twin)] if twin is not None else ()
                findings = _move_findings(pair, changed, doc_a, doc_b)
            else:
                findings = verdicts.get(id(pair), aside.get(id(pair)) or ())
            judged.append(replace(pair, findings=findings, drift=_combined_drift(findings)))
        # A sentence that tells its time from the one before it, now after another one.
        # A quoted sentence moved into a paragraph that quotes another speaker.
        # A sentence of a live page told under another time stamp; a dateline that names
        # another place or date; a turn of an interview given to another speaker; a
        # quotation cut short; an answer set under another question.
        for found in (
            out_of_sequence(judged, doc_a, doc_b),
            to_other_speaker(judged, doc_a, doc_b),
            retimed(judged, doc_a, doc_b),
            dateline_changed(judged, doc_a, doc_b),
            to_other_voice(judged, doc_a, doc_b),
            to_other_question(judged, doc_a, doc_b),
            quote_cut(judged, doc_a, doc_b),
        ):
            for n, finding in found.items():
                findings = tuple(
                    sorted((finding, *judged[n].findings), key=lambda f: f.drift, reverse=True)
                )
                judged[n] = replace(judged[n], findings=findings, drift=_combined_drift(findings))
        # A reference to a numbered paragraph is read as the paragraph it points at.
        for n, findings in paragraph_references(judged, doc_a, doc_b).items():
            judged[n] = replace(judged[n], findings=findings, drift=_combined_drift(findings))
        # A table set with its columns in another order, each header keeping its cell.
        for n, finding in columns_reordered(judged, doc_a, doc_b).items():
            judged[n] = replace(judged[n], findings=(finding,), drift=_combined_drift((finding,)))
        # A timeline's entry in the historic present, told in the past on the other side.
        for n, findings in historic_present(judged, doc_a, doc_b).items():
            judged[n] = replace(judged[n], findings=findings, drift=_combined_drift(findings))
        # A person named by an alias a document defines for them (initials, a party's role).
        for n, findings in aliases_named(judged, doc_a, doc_b).items():
            judged[n] = replace(judged[n], findings=findings, drift=_combined_drift(findings))
        return tuple(judged)


def _label_run_on(text: str, other: Document, indices: tuple[int, ...]) -> str:
    """``text`` (one side of a pair) with a heading run on before its paragraph as a label
    read as the heading on its line ("About Northvale Ports: Northvale Ports Limited ..." /
    "About Northvale Ports" over "Northvale Ports Limited ..."): where the other side opens on
    a heading and the sentences after it, and ``text`` on that heading's words and a colon, the
    colon is left out, so the two read alike. The heading's words stay, to be compared."""
    if len(indices) < 2 or not is_heading(other, indices[0]):
        return text
    # a paragraph of sentences under it, not lines of a block ("Laura Finch" / "+44 ...")
    if not all(
        other.sentences[k].reading.rstrip("\"'”’)").endswith((".", "!", "?")) for k in indices[1:]
    ):
        return text
    heading = other.sentences[indices[0]].reading
    if not text.startswith(heading + ": ") or len(text.split(": ", 1)[0]) != len(heading):
        return text
    return heading + text[len(heading) + 1 :]


def _named_before(pairs: list[Pair], doc_a: Document, doc_b: Document) -> list[frozenset[str]]:
    """For each pair, the bodies both documents named in full in the sentences before it:
    a later sentence may call one "the IMF" on one side and "the Fund" on the other."""

    def named_by(doc: Document) -> list[frozenset[str]]:
        # what the sentences before each index named, built up once
        before, seen = [], frozenset[str]()
        for sentence in doc.sentences:
            before.append(seen)
            seen = seen | long_names(sentence.reading)
        return before

    before_a, before_b = named_by(doc_a), named_by(doc_b)
    return [before_a[p.a[0]] & before_b[p.b[0]] if p.a and p.b else frozenset() for p in pairs]


# How many sentences that name no one a pronoun may look back past to the person it means.
_PAST_NO_ONE = 2


def _sentences_before(pairs: list[Pair], doc_a: Document, doc_b: Document) -> list[tuple[str, str]]:
    """For each pair, the sentence before it in A and in B ("" where the pair opens its
    document or has no sentence on that side): the one a pronoun opening the pair refers back
    to. Where that sentence names no person and opens on no body, the text runs back to the
    sentence before it that does (two sentences back at most): news goes on about a person
    named a sentence or two before ("Maria Lopez took office on Monday. The council wants
    waiting lists cut by a third. 'We will build faster,' she said")."""

    def reader(doc: Document) -> Callable[[tuple[int, ...]], str]:
        # whether a sentence names someone, read once per sentence however many pairs ask
        names_someone: dict[int, bool] = {}

        def names(index: int) -> bool:
            if index not in names_someone:
                reading = doc.sentences[index].reading
                names_someone[index] = bool(
                    people_named(words(reading)) or opening_body(reading)[0]
                )
            return names_someone[index]

        def before(indices: tuple[int, ...]) -> str:
            if not indices or indices[0] == 0:
                return ""
            last = indices[0] - 1
            for first in range(last, max(last - _PAST_NO_ONE, 0) - 1, -1):
                if names(first):
                    return " ".join(s.reading for s in doc.sentences[first : last + 1])
            return doc.sentences[last].reading

        return before

    before_a, before_b = reader(doc_a), reader(doc_b)
    return [(before_a(p.a), before_b(p.b)) for p in pairs]


def _with_moves(pairs: list[Pair], aside: dict[int, tuple[Finding, ...] | None]) -> list[Pair]:
    """``pairs`` with each moved sentence's two pairs (omitted and added) pointing at each
    other through ``Pair.moved``; pairs set aside (furniture, unrelated texts) never move."""
    set_aside = {i for i, p in enumerate(pairs) if aside.get(id(p)) is not None}
    linked = list(pairs)
    for gone, come in find_moves(pairs, skip=set_aside):
        linked[gone] = replace(pairs[gone], moved=pairs[come].b)
        linked[come] = replace(pairs[come], moved=pairs[gone].a)
    return linked


def _move_findings(
    pair: Pair, judged: tuple[Finding, ...], doc_a: Document, doc_b: Document
) -> tuple[Finding, ...]:
    """One finding that the sentence moved, on the pair where it now stands in B (low: the
    order of an article is the editor's, but a reader may take a fact's place for its time or
    its cause), a note where it stood in A, and on the B side what changed on the way, with
    no span in A: the pair's A text is empty there."""
    if pair.status == "omitted":
        where = sentence_place(doc_b, pair.moved)
        return (
            Finding(
                category="order",
                severity=Severity.INFO,
                a=pair.a_text,
                b="",
                message=f"moved: B has this sentence in another place, at @{where}",
                score=0.0,
                check="order.sentence_moved",
            ),
        )
    where = sentence_place(doc_a, pair.moved)
    changed = tuple(replace(f, a_span=None) for f in judged)
    said = "; what changed on the way is judged beside it" if changed else ", word for word"
    move = Finding(
        category="order",
        severity=Severity.LOW,
        a="",
        b=pair.b_text,
        message=f"moved: A has this sentence in another place, at @{where}{said}",
        score=0.3,
        check="order.sentence_moved",
        b_span=(0, len(pair.b_text)),
    )
    renumbered = _item_renumbered(pair, doc_a, doc_b)
    return tuple(sorted((move, *renumbered, *changed), key=lambda f: f.drift, reverse=True))


# An item's number at the start of its line ("2. ", "2) ", "Step 2: ", a clause's "3.1 "):
# its place in a numbered list, which says the order its items come in (steps to follow, a
# ranking).
_ITEM_NUMBER = re.compile(
    r"(?:Step[^\S\n\r]+)?(\d{1,3})[.):][^\S\n\r]+(?=\S)"
    r"|(?:Clause[^\S\n\r]+)?(\d{1,2}(?:\.\d(?!\d)|(?:\.\d{1,2}){2,3}))\.?[^\S\n\r]+(?=[A-Z])"
)


def _item_number(match: re.Match[str]) -> str:
    """The number an item's marker gives ("02" is "2")."""
    if match.group(1) is not None:
        return str(int(match.group(1)))
    return ".".join(str(int(part)) for part in match.group(2).split("."))


def _item_renumbered(pair: Pair, doc_a: Document, doc_b: Document) -> tuple[Finding, ...]:
    """For a sentence moved (``pair``, where it stands in B) that opens an item of a numbered
    list on both sides under another number ("2. If it matches ..." / "1. If it matches
    ..."): a step put before another, a place in a ranking changed (medium). The list says
    its order in its numbers, which an article's paragraphs do not."""
    before = _ITEM_NUMBER.match(doc_a.sentences[pair.moved[0]].text)
    after = _ITEM_NUMBER.match(doc_b.sentences[pair.b[0]].text)
    if before is None or after is None or _item_number(before) == _item_number(after):
        return ()
    return (
        told_in_b(
            check="order.item_renumbered",
            category="order",
            message=(
                f"moved in a numbered list: item {_item_number(before)} of A is item "
                f"{_item_number(after)} of B, another place in the order its list gives"
            ),
            text=pair.b_text,
        ),
    )


_SURROGATE = re.compile("[\ud800-\udfff]")


def _check_text(text: object, *, name: str) -> None:
    """Refuse what is not text with an InputError, rather than a TypeError from deep inside."""
    if not isinstance(text, str):
        hint = (
            " (decode bytes first, e.g. with vardiff.read_source)"
            if isinstance(text, (bytes, bytearray))
            else ""
        )
        raise InputError(f"{name}: expected text (str), got {type(text).__name__}{hint}")
    bad = _SURROGATE.search(text)
    if bad is not None:
        raise InputError(
            f"{name}: lone surrogate U+{ord(bad.group()):04X} at character {bad.start():,} is"
            " not a character (text decoded with errors='surrogateescape'?)"
        )


def _set_aside(
    pair: Pair, doc_a: Document, doc_b: Document, relation: Relation
) -> tuple[Finding, ...] | None:
    """The findings of a pair the judge must not read word by word, or None to judge it."""
    kinds = [_furniture(doc_a, i) for i in pair.a]
    kinds += [_furniture(doc_b, j) for j in pair.b]
    side_a = all(_furniture(doc_a, i) for i in pair.a) and pair.a
    side_b = all(_furniture(doc_b, j) for j in pair.b) and pair.b
    if side_a or side_b:
        # A side that is all page furniture is no text to compare; say what it is, as info.
        where = "in A and B" if side_a and side_b else ("in A" if side_a else "in B")
        what = ", ".join(dict.fromkeys(k for k in kinds if k))
        return (
            Finding(
                category="furniture",
                severity=Severity.INFO,
                a=pair.a_text if side_a else "",
                b=pair.b_text if side_b else "",
                message=f"web-page furniture {where} ({what}): not part of the text",
                score=0.0,
            ),
        )
    heading = _layout_heading(pair, doc_a, doc_b)
    if heading is not None:
        return (heading,)
    header = _table_header(pair, doc_a, doc_b)
    if header is not None:
        return (header,)
    if relation.kind == "unrelated" and (is_loose(pair, relation) or not (pair.a and pair.b)):
        return ()  # the statement at the top says it once; per-pair findings would be noise
    if _words_within(pair.a_text, pair.b_text):
        # A heading that one side names with a word more ("Main results" / "Results") over the
        # same section names it too.
        renamed = _renamed_heading(pair, doc_a, doc_b)
        if renamed is not None:
            return (renamed,)
    if is_loose(pair):
        renamed = _renamed_heading(pair, doc_a, doc_b)
        if renamed is not None:
            return (renamed,)
        similarity = pair.similarity or 0.0
        return (
            Finding(
                category="loose",
                severity=Severity.MEDIUM,
                a="",
                b="",
                message=(
                    f"B says something else here: similarity {similarity:.2f}, below "
                    f"{LOOSE_SIMILARITY:g}, too low for a translation or an edit of A, so its "
                    "words are not compared"
                ),
                score=max(0.0, min(1.0, 1.0 - similarity)),
            ),
        )
    return None


def _furniture_apart(beads: tuple[Bead, ...], doc_a: Document, doc_b: Document) -> tuple[Bead, ...]:
    """``beads`` with each that pairs page furniture alone on one side with text alone on the
    other, too unlike to render it ("Continued on page 4" against a quotation left out), cut
    in two, each side one-sided: a pair set aside as furniture would hide the text beside it.
    Furniture set otherwise ("22:15" / "### 10:15 PM") is as like its counterpart as that."""
    out: list[Bead] = []
    for bead in beads:
        if bead.a and bead.b and bead.score is not None and bead.score < LOOSE_SIMILARITY:
            kinds_a = [_furniture(doc_a, i) is not None for i in bead.a]
            kinds_b = [_furniture(doc_b, j) is not None for j in bead.b]
            if (all(kinds_a) and not any(kinds_b)) or (all(kinds_b) and not any(kinds_a)):
                out += [Bead(a=bead.a, b=(), score=None), Bead(a=(), b=bead.b, score=None)]
                continue
        out.append(bead)
    return tuple(out)


def _furniture(doc: Document, index: int) -> str | None:
    """What kind of page furniture sentence ``index`` of ``doc`` is: what
    :func:`furniture_kind` reads in it alone, or the headline set again in capitals beside a
    printed page's jump line ("Continued from page 1"), over the rest of the article."""
    kind = furniture_kind(doc.sentences[index].reading)
    if kind is not None or index == 0:
        return kind
    reading = doc.sentences[index].reading
    if not (
        reading.isupper()
        and _WORDS.findall(reading.lower()) == _WORDS.findall(doc.sentences[0].reading.lower())
    ):
        return None
    beside = (k for k in (index - 1, index + 1) if 0 <= k < len(doc.sentences))
    if any(furniture_kind(doc.sentences[k].reading) == "page jump" for k in beside):
        return "headline again"
    return None


_WORDS = re.compile(r"[^\W_]+")


def _layout_heading(pair: Pair, doc_a: Document, doc_b: Document) -> Finding | None:
    """A heading on one side only that names what its section tells: layout, low."""
    if pair.a and pair.b:
        return None
    doc, indices = (doc_a, pair.a) if pair.a else (doc_b, pair.b)
    if not all(is_heading(doc, i) and heads_its_section(doc, i) for i in indices):
        return None
    return _heading_finding(pair)


def _renamed_heading(pair: Pair, doc_a: Document, doc_b: Document) -> Finding | None:
    """A heading set over the same section under another name ("Background" / "The facts",
    "Results" / "Findings", "Pros" / "What we liked"), too unlike the other to be read word by
    word (:func:`_renamed`). A heading names its section; the section tells the facts (low).
    A heading that names something else over the same words ("previous" / "future arms
    shipments") is like enough to be judged word by word, and is."""
    if len(pair.a) != 1 or len(pair.b) != 1 or not _renamed(doc_a, pair.a[0], doc_b, pair.b[0]):
        return None
    return Finding(
        category="structure",
        severity=Severity.LOW,
        a=pair.a_text,
        b=pair.b_text,
        message=_RENAMED,
        score=0.2,
        check="structure.heading_renamed",
        a_span=(0, len(pair.a_text)),
        b_span=(0, len(pair.b_text)),
    )


_RENAMED = "a heading renamed over the same section: it names what the section tells"


def _renamed(doc_a: Document, i: int, doc_b: Document, j: int) -> bool:
    """Whether sentence ``i`` of A and ``j`` of B are one heading each, of a few words and no
    figure, over sections that hold the same content words (nearly all of the smaller's)."""
    if not (is_heading(doc_a, i) and is_heading(doc_b, j)):
        return False
    texts = (doc_a.sentences[i].reading, doc_b.sentences[j].reading)
    if any(len(t.split()) > _RENAMED_WORDS or any(c.isdigit() for c in t) for t in texts):
        return False
    under_a, under_b = _section(doc_a, i), _section(doc_b, j)
    return bool(under_a and under_b) and len(under_a & under_b) >= _SECTION_SHARE * min(
        len(under_a), len(under_b)
    )


def _renamed_apart(
    pairs: list[Pair], doc_a: Document, doc_b: Document
) -> dict[int, tuple[Finding, ...]]:
    """A heading of A left out and one of B added beside it, in its place (two pairs next to
    each other, each one-sided), over the same section (:func:`_renamed`): both low, by their
    index in ``pairs``."""
    out: dict[int, tuple[Finding, ...]] = {}
    for k in range(len(pairs) - 1):
        one, two = pairs[k], pairs[k + 1]
        gone, come = (one, two) if one.status == "omitted" else (two, one)
        if {one.status, two.status} != {"omitted", "added"} or len(gone.a) + len(come.b) != 2:
            continue
        if k in out or not _renamed(doc_a, gone.a[0], doc_b, come.b[0]):
            continue
        for n, pair in ((k, one), (k + 1, two)):
            out[n] = (layout_line(pair, "structure.heading_renamed", _RENAMED, score=0.2),)
    return out


_RENAMED_WORDS = 6  # a renamed heading's words at most, a side
# Words a heading may not add or leave out and still name its section: a negation says the
# section's contrary.
_NOT_WORDS = frozenset({"no", "not", "non", "never", "without", "nor", "none"})


def _words_within(a: str, b: str) -> bool:
    """Whether one side's words (in lower case) are all the other's, and the other has more,
    none of them a negation: "Results" / "Main results", "PRODUCT RECALL" / "Product recall
    notice"."""
    words_a, words_b = set(_WORDS.findall(a.lower())), set(_WORDS.findall(b.lower()))
    if not words_a or not words_b or words_a == words_b:
        return False
    small, large = sorted((words_a, words_b), key=len)
    return small < large and not (large - small) & _NOT_WORDS


def _section(doc: Document, index: int) -> set[str]:
    """The content words (by stem) of the sentences under heading ``index``, up to the next
    heading: at most the few a heading's section holds (``_SECTION_SENTENCES``)."""
    out: set[str] = set()
    for later in range(index + 1, min(len(doc.sentences), index + 1 + _SECTION_SENTENCES)):
        if is_heading(doc, later):
            break
        out |= {stem(w.lower()) for w in content_words(doc.sentences[later].reading)}
    return out


_SECTION_SENTENCES = 8
# The share of the smaller section's content words the other section holds too: the same
# section, set otherwise ("press release, 3 February 2026" / "press release, 3 Feb 2026").
_SECTION_SHARE = 0.8


# A Markdown table's separator row ("|---|---:|"), which makes the row above it the header.
_TABLE_RULE = re.compile(
    r"[^\S\n]*\|?(?:[^\S\n]*:?-{3,}:?[^\S\n]*\|)+[^\S\n]*(?::?-{3,}:?)?[^\S\n]*(?:\n|\Z)"
)


def _table_header(pair: Pair, doc_a: Document, doc_b: Document) -> Finding | None:
    """A Markdown table's header row on one side only ("| Fact | Figure |" over the rows both
    sides give): it names the table's columns and tells nothing the rows do not (low)."""
    if pair.a and pair.b:
        return None
    doc, indices = (doc_a, pair.a) if pair.a else (doc_b, pair.b)
    for i in indices:
        sentence = doc.sentences[i]
        after = doc.text.find("\n", sentence.end)
        if not sentence.text.startswith("|") or after < 0:
            return None
        if _TABLE_RULE.match(doc.text, after + 1) is None:
            return None
    where = "A" if pair.a else "B"
    return _layout_finding(
        pair,
        "structure.table_header",
        f"a table's header row only {where} has: it names the columns, no fact",
    )


def _told_finding(pair: Pair, told: int, doc_a: Document, doc_b: Document) -> Finding:
    """A heading or a key point only one side has, which sentence ``told`` of its document
    tells (low)."""
    if is_heading(*_own(pair, doc_a, doc_b)):
        return _heading_finding(pair, told=told)
    where = "A" if pair.a else "B"
    return _layout_finding(
        pair,
        "structure.key_point",
        f"a key point only {where} has: it sums up sentence {told + 1} of {where}",
    )


def _heading_finding(pair: Pair, *, told: int | None = None) -> Finding:
    """A heading only one side has, which names what the article tells (below it, or in
    sentence ``told``): a change of layout, low."""
    where = "A" if pair.a else "B"
    tells = "the text below it tells" if told is None else f"sentence {told + 1} of {where} tells"
    return _layout_finding(
        pair, "structure.heading", f"a heading only {where} has: it names what {tells}"
    )


def _layout_finding(pair: Pair, check: str, message: str) -> Finding:
    return layout_line(pair, check, message, score=0.2)


def _names_nothing_new(findings: tuple[Finding, ...], *, headline: bool = False) -> bool:
    """Whether a heading judged against a sentence that tells all its words (A the sentence,
    B the heading) says nothing that sentence does not: every finding at the gate is of what
    the heading leaves out, or of its asking what the sentence states ("## How important are
    these weapons?"), which a heading does. A key point (``headline``) is also written as a
    headline is, in the present for what will be ("Dock workers get" / "will receive")."""
    return all(
        f.severity < Severity.MEDIUM
        or (_left_out_by_heading(f.check) and not (headline and f.check == "mood.question"))
        or (headline and f.check == "tense.future_one_side")
        for f in findings
    )


def _own(pair: Pair, doc_a: Document, doc_b: Document) -> tuple[Document, int]:
    """The document and the index of a pair's one sentence, on the side that has it."""
    return (doc_a, pair.a[0]) if pair.a else (doc_b, pair.b[0])


def _left_out_by_heading(check: str) -> bool:
    family, _, kind = check.partition(".")
    return (
        family in ("removal", "omission")
        or kind in ("dropped", "cut", "unsourced", "missing", "title_dropped")
        or check == "mood.question"
    )


def _identical_runs(texts_a: list[str], texts_b: list[str]) -> list[tuple[int, int, int]]:
    """Runs of identical sentences safe to pin 1:1, as (start in A, start in B, length).

    As in patience diff, only sentences that occur exactly once on each side are candidates,
    and of those only the longest chain in document order is kept: a short stock phrase
    ("Thank you.") repeated across an article, or one matching far out of place, would pin the
    alignment to the wrong spot and misalign everything between two anchors.
    """
    count_a, count_b = Counter(texts_a), Counter(texts_b)
    where_b = {text: j for j, text in enumerate(texts_b)}
    candidates = [
        (i, where_b[text])
        for i, text in enumerate(texts_a)
        if count_a[text] == 1 and count_b.get(text) == 1 and len(text.split()) >= _ANCHOR_WORDS
    ]
    chain = _longest_increasing(candidates)
    runs: list[tuple[int, int, int]] = []
    for i, j in chain:
        if runs and runs[-1][0] + runs[-1][2] == i and runs[-1][1] + runs[-1][2] == j:
            runs[-1] = (runs[-1][0], runs[-1][1], runs[-1][2] + 1)
        else:
            runs.append((i, j, 1))
    return runs


def _trim_gaps(
    anchors: list[tuple[int, int, int]], texts_a: list[str], texts_b: list[str]
) -> list[tuple[int, int, int]]:
    """The anchors, plus the identical sentences at the head and tail of each stretch between
    them (and of the documents), pinned 1:1 as a line diff pins a common prefix and suffix.

    Patience anchors are unique sentences only, so a document of repeated lines ("Yes." 500
    times with one changed) would otherwise go whole to the aligner, which cannot tell one
    copy from another and reports every copy omitted and added. Trimming costs one comparison
    per sentence and leaves only what changed to embed.
    """
    out: list[tuple[int, int, int]] = []
    for gap, anchor in zip(
        _gaps(anchors, len(texts_a), len(texts_b)), [*anchors, None], strict=True
    ):
        a_lo, a_hi, b_lo, b_hi = gap
        head = 0
        while (
            a_lo + head < a_hi
            and b_lo + head < b_hi
            and (texts_a[a_lo + head] == texts_b[b_lo + head])
        ):
            head += 1
        tail = 0
        while (
            a_hi - tail > a_lo + head
            and b_hi - tail > b_lo + head
            and (texts_a[a_hi - tail - 1] == texts_b[b_hi - tail - 1])
        ):
            tail += 1
        if head:
            out.append((a_lo, b_lo, head))
        if tail:
            out.append((a_hi - tail, b_hi - tail, tail))
        if anchor is not None:
            out.append(anchor)
    # Adjacent runs become one, as _identical_runs makes them.
    merged: list[tuple[int, int, int]] = []
    for i, j, size in out:
        if merged and merged[-1][0] + merged[-1][2] == i and merged[-1][1] + merged[-1][2] == j:
            merged[-1] = (merged[-1][0], merged[-1][1], merged[-1][2] + size)
        else:
            merged.append((i, j, size))
    return merged


def _longest_increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest subsequence of (i, j) pairs, sorted by i, whose j also increase."""
    tails: list[int] = []  # tails[k]: index in pairs of the last item of a chain of length k+1
    tail_values: list[int] = []  # the j of each of those, for the binary search
    previous = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        k = bisect.bisect_left(tail_values, j)
        if k > 0:
            previous[index] = tails[k - 1]
        if k == len(tails):
            tails.append(index)
            tail_values.append(j)
        else:
            tails[k] = index
            tail_values[k] = j
    chain: list[tuple[int, int]] = []
    at = tails[-1] if tails else -1
    while at >= 0:
        chain.append(pairs[at])
        at = previous[at]
    return chain[::-1]


def _gaps(anchors: list[tuple[int, int, int]], n: int, m: int) -> list[tuple[int, int, int, int]]:
    """The stretches (a_lo, a_hi, b_lo, b_hi) before each anchor and after the last one."""
    gaps = []
    a_at = b_at = 0
    for i, j, size in anchors:
        gaps.append((a_at, i, b_at, j))
        a_at, b_at = i + size, j + size
    gaps.append((a_at, n, b_at, m))
    return gaps


def _lazy_progress(factory: ProgressFactory, stage: str, *, every: int = 1) -> Progress:
    """A callback that makes the stage's bar on its first report, and reports every ``every``
    units (a bar redrawn per pair would cost more than the pair)."""
    bar: Progress | None = None

    def advance(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = factory(stage, total)
        if done % every == 0 or done >= total:
            bar(done, total)

    return advance


_EVERY = 64  # pairs between two progress reports

_ANCHOR_WORDS = 3  # shorter identical sentences are stock phrases, not evidence of position

_comparers: dict[tuple[Options, str | None], Comparer] = {}
# One loaded model per (model, cache): settings that only change judging or display share it.
_embedders: dict[tuple[str | None, str], SentenceEmbedder] = {}
_lock = threading.Lock()


def _glossary_key(path: Path) -> str:
    """Path and modification time: an edited glossary must not be served from memory."""
    try:
        return f"{path.resolve()}@{path.stat().st_mtime_ns}"
    except OSError:
        return str(path)  # the load reports the problem, with the path


def compare(
    a: str,
    b: str,
    *,
    name_a: str = "a",
    name_b: str = "b",
    options: Options | None = None,
    model: str | _Unset | None = _UNSET,
    cache: bool | str | Path | _Unset = _UNSET,
    max_group: int | _Unset = _UNSET,
    min_severity: Severity | str | _Unset = _UNSET,
    fail_on: Severity | str | _Unset = _UNSET,
    glossary: Glossary | str | Path | _Unset | None = _UNSET,
    max_sentence_chars: int | _Unset = _UNSET,
    max_sentences: int | _Unset = _UNSET,
    calibration: str | _Unset = _UNSET,
) -> Report:
    """Compare two versions of a text. The model is loaded once and reused across calls.

    Options as for :class:`Comparer`: ``options=`` and/or keywords, defaults from ``DEFAULTS``.
    """
    chosen = _resolve(
        options,
        model=model,
        cache=cache,
        max_group=max_group,
        min_severity=min_severity,
        fail_on=fail_on,
        glossary=glossary,
        max_sentence_chars=max_sentence_chars,
        max_sentences=max_sentences,
        calibration=calibration,
    )
    where = chosen.glossary
    edited = None if where is None or isinstance(where, Glossary) else _glossary_key(Path(where))
    key = (chosen, edited)
    with _lock:
        comparer = _comparers.get(key)
        if comparer is None:
            embedder_key = (chosen.model, str(chosen.cache))
            embedder = _embedders.get(embedder_key)
            if embedder is None:
                embedder = _sentence_embedder(chosen.model, chosen.cache)
                _embedders[embedder_key] = embedder
            comparer = _comparers[key] = Comparer(chosen, embedder=embedder)
    return comparer.compare(a, b, name_a=name_a, name_b=name_b)


def _resolve(options: Options | None, **given: Any) -> Options:
    """``options`` (or the defaults) with the keywords that were actually given."""
    chosen = {name: value for name, value in given.items() if not isinstance(value, _Unset)}
    return (options or DEFAULTS).but(**chosen)


def _combined_drift(findings: tuple[Finding, ...]) -> float:
    """How likely the pair drifted, all findings together: each score is a calibrated
    probability, and several independent signs of drift make drift likelier than the strongest
    sign alone (a noisy-or)."""
    unlikely = 1.0
    for finding in findings:
        unlikely *= 1.0 - finding.score
    return 1.0 - unlikely
