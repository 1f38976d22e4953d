"""Compare the two seed versions from Python and list what drifted, worst first.

python examples/library.py [A B]
"""

from __future__ import annotations

import sys
from pathlib import Path

import vardiff

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def main(argv: list[str]) -> int:
    a_path = Path(argv[0]) if argv else SEEDS / "000_8e0ae4692c9434e6.txt"
    b_path = Path(argv[1]) if len(argv) > 1 else SEEDS / "001_cc5935cab9c0f7a2.txt"
    report = vardiff.compare(
        a_path.read_text(encoding="utf-8"),
        b_path.read_text(encoding="utf-8"),
        name_a=a_path.name,
        name_b=b_path.name,
        glossary=Path(__file__).with_name("glossary.txt"),
    )
    print(report.settings.signature)
    drifted = sorted(
        (pair for pair in report.pairs if pair.findings), key=lambda p: p.drift, reverse=True
    )
    for pair in drifted:
        worst = max(pair.findings, key=lambda f: f.severity)
        print(f"{pair.drift:.2f}  {worst.severity.value:<6} {worst.category:<11} {worst.message}")
        print(f"      A: {pair.a_text[:100]}")
        print(f"      B: {pair.b_text[:100]}")
    summary = report.summary
    print(
        f"{summary.pairs} pairs, {summary.changed} changed, {summary.omitted} omitted, "
        f"{summary.added} added; findings {summary.findings}"
    )
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
