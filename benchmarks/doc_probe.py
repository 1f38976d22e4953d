"""Whole documents through the whole pipeline: does the gate pass an article whose layout
changed and fail one whose content did?

Items: ``benchmarks/data/probe_documents.jsonl`` (written by ``doc_probe_make.py``), each an
edited version B of one base article in ``benchmarks/data/documents/`` (``base``): a
``control`` (re-flowed, re-wrapped, CRLF, blank lines holding spaces, paragraphs split, merged
or moved, a sentence laid out as a list, a heading added, Markdown, HTML entities, quotes and
dashes, a byline or "Advertisement", footnote markers, a quotation split otherwise, an honest
paraphrase) must pass the gate; a ``change`` (a sentence or paragraph dropped or added, a number
changed in a moved sentence, a list item dropped or changed, a heading changed, quotes or an
attribution moved to another speaker or sentence, a sentence duplicated with a change, a
negation in a wrapped paragraph) must fail it.

Each item runs both ways (base → B and B → base), as the command line runs it: both texts are
written to files and read back with the command line's reader (CRLF becomes LF there), then
compared by one ``Comparer`` with the default options; the gate is ``report.failed`` (a finding
at ``medium`` or above: the command line's exit status 1).

    python benchmarks/doc_probe.py [--file PROBE] [--show N] [--out FILE] [--only CLASS]

``--file`` names the probe (default ``probe_documents.jsonl``; the second document probe is
``benchmarks/data/probe_documents2.jsonl``, written by ``doc_probe_make2.py``).

Prints, per class, the changes failing the gate and the controls passing it (both ways), and
for up to N misses the findings that decided them: a control's findings at ``medium`` or above,
a missed change's strongest findings.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import vardiff  # noqa: E402
from vardiff._source import read_source  # noqa: E402

PROBE = ROOT / "benchmarks" / "data" / "probe_documents.jsonl"
DOCS = ROOT / "benchmarks" / "data" / "documents"
MEDIUM = vardiff.Severity.MEDIUM


def load(path: Path = PROBE) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def as_read(text: str, name: str, folder: Path) -> str:
    """``text`` as the command line reads it from a file called ``name``."""
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return read_source(str(path)).text


def describe(report: vardiff.Report, *, loud: bool) -> str:
    """The findings at ``medium`` or above (``loud``), else the three strongest."""
    findings = sorted(report.findings(), key=lambda f: f.severity, reverse=True)
    findings = [f for f in findings if f.severity >= MEDIUM] if loud else findings[:3]
    return "; ".join(
        f"{f.check or f.category}/{f.severity.value} {f.a!r}→{f.b!r}" for f in findings
    )


def run(comparer: vardiff.Comparer, items: list[dict[str, Any]], *, show: int) -> dict[str, Any]:
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    misses: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix="doc-probe-") as tmp:
        folder = Path(tmp)
        for item in items:
            base = (DOCS / item["base"]).read_text(encoding="utf-8")
            a = as_read(base, "a.txt", folder)
            b = as_read(item["b"], "b.txt", folder)
            for direction, (x, y) in (("a→b", (a, b)), ("b→a", (b, a))):
                report = comparer.compare(x, y)
                failed = report.failed
                good = failed if item["kind"] == "change" else not failed
                for key in ((item["kind"], item["class"]), (item["kind"], "all")):
                    tally[key][0] += good
                    tally[key][1] += 1
                results.append({"id": item["id"], "direction": direction, "good": good})
                if not good:
                    misses.append(
                        {
                            "id": item["id"],
                            "direction": direction,
                            "findings": describe(report, loud=item["kind"] == "control"),
                        }
                    )
    rows = {
        f"{kind}/{cls}": {"good": g, "n": n, "rate": round(g / n, 3)}
        for (kind, cls), (g, n) in sorted(tally.items())
    }
    return {"rows": rows, "misses": misses, "results": results, "shown": misses[:show]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--file", type=Path, default=PROBE, help="the probe (JSON lines)")
    parser.add_argument("--show", type=int, default=40, help="misses to print")
    parser.add_argument("--only", help="run one class only")
    parser.add_argument("--out", type=Path, help="write the figures and misses as JSON")
    args = parser.parse_args()
    items = load(args.file)
    if args.only:
        items = [i for i in items if i["class"] == args.only]
    started = time.perf_counter()
    comparer = vardiff.Comparer()
    result = run(comparer, items, show=args.show)
    result["seconds"] = round(time.perf_counter() - started, 1)
    for miss in result["shown"]:
        print(f"miss {miss['id']} {miss['direction']}: {miss['findings'] or 'no finding'}")
    print("changes: failing the gate; controls: passing it (both ways)")
    for name, row in result["rows"].items():
        print(f"{name:40s} {row['good']:4d}/{row['n']:<4d} {row['rate']:.3f}")
    print(f"{result['seconds']} s")
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
