"""Helpers the tests of single checks share (a plain module beside them: pytest puts this
folder on the import path)."""

from __future__ import annotations

import json
from pathlib import Path

from vardiff import Finding, Pair, Severity, word_diff
from vardiff.judge import Judge, PairContext, build_context
from vardiff.judge._calibration import severity_of
from vardiff.judge._edits import Hit

# The one loud finding of a noun swapped for another thing of its kind: the plain verdict
# (the commonest senses close siblings, kin, named days: kind.sibling) or the lexicon's looser
# one (a rarer sense, a far parent, its file alone: kind.cohyponym).
ANOTHER_THING = (["kind.sibling"], ["kind.cohyponym"])


def loud(hits: list[Hit]) -> list[Hit]:
    """Hits whose prior makes a finding of medium or above on the checks' own scale."""
    return [h for h in hits if severity_of(h.prior) >= Severity.MEDIUM]


def both_ways(a: str, b: str) -> list[tuple[str, str]]:
    return [(a, b), (b, a)]


def one_pair(a: str, b: str, *, similarity: float = 0.9) -> Pair:
    """One sentence against another as the aligner pairs them, with their word diff."""
    return Pair(
        a=(0,), b=(0,), similarity=similarity, status="changed", a_text=a, b_text=b,
        ops=word_diff(a, b),
    )  # fmt: skip


def context(a: str, b: str) -> PairContext:
    """What a check sees of one sentence against another, without the model."""
    return build_context(one_pair(a, b), [a], [b])


def _findings(a: str, b: str) -> list[Finding]:
    """The findings the judge gives one sentence against another, under the shipped
    calibration and without the model."""
    pair = one_pair(a, b, similarity=0.95)
    return Judge(embedder=None).findings(build_context(pair, [a], [b]))


def judged(a: str, b: str, check: str) -> list[Finding]:
    """The findings of ``check`` for one sentence against another (see ``_findings``)."""
    return [f for f in _findings(a, b) if f.check == check]


def checks_judged(a: str, b: str) -> list[tuple[str, Severity]]:
    """Every finding's check and severity for one sentence against another."""
    return [(f.check, f.severity) for f in _findings(a, b)]


def most_severe(found: list[tuple[str, Severity]]) -> Severity:
    """The highest severity of ``checks_judged``'s findings (``info`` where there are none)."""
    return max((severity for _, severity in found), default=Severity.INFO)


def assert_fails_both_ways(a: str, b: str) -> None:
    """A change: the pair fails the default gate (``medium`` or above) read either way round."""
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert most_severe(found) >= Severity.MEDIUM, (left, right, found)


def assert_quiet_both_ways(a: str, b: str) -> None:
    """Honest variation: the pair stays at ``low`` or below read either way round."""
    for left, right in both_ways(a, b):
        found = checks_judged(left, right)
        assert most_severe(found) <= Severity.LOW, (left, right, found)


def assert_judged_both_ways(a: str, b: str, check: str) -> None:
    """A finding of ``check`` for the pair read either way round."""
    for left, right in both_ways(a, b):
        assert judged(left, right, check), (left, right, checks_judged(left, right))


def assert_not_judged_both_ways(a: str, b: str, check: str) -> None:
    """No finding of ``check`` for the pair read either way round."""
    for left, right in both_ways(a, b):
        assert not judged(left, right, check), (left, right, checks_judged(left, right))


def worst(a: str, b: str, judge: Judge | None = None) -> Severity:
    """The worst severity the judge gives one sentence against another, under the shipped
    calibration and without the model."""
    judged_by = judge or Judge(embedder=None)
    return max((f.severity for f in judged_by.judge(one_pair(a, b))), default=Severity.INFO)


def assert_probe_item(judge: Judge, item: dict[str, str]) -> None:
    """A probe pair, both ways: a change fails the gate, a control stays at ``low`` or below."""
    for a, b in both_ways(item["a"], item["b"]):
        severity = worst(a, b, judge)
        if item["kind"] == "change":
            assert severity >= Severity.MEDIUM, (a, b)
        else:
            assert severity <= Severity.LOW, (a, b)


def assert_model_tells_apart(a: str, same: str, changed: str, *, check: str) -> None:
    """With the model, end to end: ``a`` against ``same`` (a rewording) stays at ``low`` or
    below, and against ``changed`` a finding of ``check`` (a rule or its family's prefix,
    "number.") fails the gate."""
    import vardiff

    quiet = vardiff.compare(a, same)
    loud = vardiff.compare(a, changed)
    assert all(f.severity <= Severity.LOW for f in quiet.findings()), quiet.findings()
    assert any(
        f.check.startswith(check) and f.severity >= Severity.MEDIUM for f in loud.findings()
    ), loud.findings()


def assert_model_quiet_both_ways(a: str, b: str) -> None:
    """With the model, end to end: the pair stays at ``low`` or below either way round."""
    import vardiff

    for left, right in both_ways(a, b):
        found = list(vardiff.compare(left, right).findings())
        assert all(f.severity <= Severity.LOW for f in found), (left, right, found)


def assert_model_fails_both_ways(a: str, b: str) -> None:
    """With the model, end to end: the pair fails the gate either way round."""
    import vardiff

    for left, right in both_ways(a, b):
        found = list(vardiff.compare(left, right).findings())
        assert any(f.severity >= Severity.MEDIUM for f in found), (left, right, found)


def probe_items(path: Path) -> list[dict[str, str]]:
    """The pairs of a probe of ``benchmarks/data`` (one JSON object a line)."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def assert_probe_twins(items: list[dict[str, str]], *, least: int) -> None:
    """A probe of at least ``least`` pairs holds harmless twins (class ``X_twin``) for every
    kind of change ``X`` and no kind without its changes; no id and no pair twice."""
    assert len(items) >= least
    changes = {i["class"] for i in items if i["kind"] == "change"}
    controls = {i["class"] for i in items if i["kind"] == "control"}
    assert controls == {f"{c}_twin" for c in changes}
    assert len({i["id"] for i in items}) == len(items)
    assert len({(i["a"], i["b"]) for i in items}) == len(items)


def assert_probe_twin_per_change(items: list[dict[str, str]], *, kinds: int) -> None:
    """A probe of at least ``kinds`` kinds of change, each with as many harmless twins as
    changes (besides ``assert_probe_twins``)."""
    changes = {i["class"] for i in items if i["kind"] == "change"}
    assert len(changes) >= kinds
    for kind in changes:
        loud = sum(i["class"] == kind for i in items)
        quiet = sum(i["class"] == f"{kind}_twin" for i in items)
        assert loud == quiet, kind


def assert_twins_restate_first_text(items: list[dict[str, str]]) -> None:
    """Each twin (id ``X_twin-N``) restates the same first text as its change (``X-N``)
    another way: the change edits that same text."""
    by_id = {i["id"]: i for i in items}
    for key, item in by_id.items():
        if item["kind"] == "control":
            assert by_id[key.replace("_twin-", "-")]["a"] == item["a"], key


def assert_quiet_probe_shape(path: Path) -> None:
    """A probe of honest variation (quiet15 on): two thirds harmless controls, eight a kind
    beside four changes, each change editing the first text of one of its twins, and every
    first text a sentence of its own besides."""
    items = probe_items(path)
    for kind in {i["class"] for i in items if i["kind"] == "change"}:
        assert sum(i["class"] == kind for i in items) == 4, kind
        assert sum(i["class"] == f"{kind}_twin" for i in items) == 8, kind
    by_id = {i["id"]: i for i in items}
    for key, item in by_id.items():
        if item["kind"] == "change":
            twin = key.replace("-", "_twin-", 1)
            assert by_id[twin]["a"] == item["a"], key
    firsts = [i["a"] for i in by_id.values() if i["kind"] == "control"]
    assert len(set(firsts)) == len(firsts)


def assert_probe_own_kinds(path: Path) -> None:
    """The kinds (classes) of the probe at ``path`` stand in no other probe beside it: each
    probe measures kinds the others do not."""
    here = {i["class"] for i in probe_items(path)}
    for other in path.parent.glob("probe_*.jsonl"):
        if other != path:
            assert not here & {i["class"] for i in probe_items(other)}, other.name


def assert_probe_file(path: Path, *, least: int, kinds: int, words: tuple[int, int]) -> None:
    """A probe of ``benchmarks/data`` whole: at least ``least`` pairs with twins for every kind
    (:func:`assert_probe_twins`), at least ``kinds`` kinds of change, none of them another
    probe's, each pair in the loader's format with ``words`` words a text."""
    items = probe_items(path)
    assert_probe_twins(items, least=least)
    assert len({i["class"] for i in items if i["kind"] == "change"}) >= kinds
    assert_probe_own_kinds(path)
    assert_probe_format(items, words=words)


def assert_probe_format(items: list[dict[str, str]], *, words: tuple[int, int]) -> None:
    """Each pair of a probe in the loader's format, dev data, its two texts different and of
    ``words`` words (fewest, most) each."""
    fewest, most = words
    for item in items:
        assert set(item) == {"id", "kind", "class", "split", "a", "b"}, item
        assert item["kind"] in ("change", "control") and item["split"] == "dev", item
        assert item["id"].startswith(item["class"] + "-"), item
        assert item["a"] != item["b"], item
        for text in (item["a"], item["b"]):
            assert fewest <= len(text.split()) <= most, text
