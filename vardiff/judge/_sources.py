"""Which knowledge the meaning checks of issue 8 may use: the shipped lexicon, the model's
similarity of two words, or both (the default). Only benchmarks/contrast_bench.py changes it, to
measure what each source adds."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Sources", "choose", "current"]


@dataclass(frozen=True)
class Sources:
    lexicon: bool = True  # opposites, roles, referents, removals, kinds from the lexicon
    model: bool = True  # kinds from the model's word similarity where the lexicon is silent


_CHOICES = {
    "all": Sources(),
    "none": Sources(lexicon=False, model=False),
    "lexicon": Sources(lexicon=True, model=False),
    "model": Sources(lexicon=False, model=True),
}
_current = [Sources()]


def choose(name: str) -> None:
    _current[0] = _CHOICES[name]


def current() -> Sources:
    return _current[0]
