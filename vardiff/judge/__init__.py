"""The meaning-drift judge: a pipeline of small checks over each aligned pair.

Each check is a pure function from a :class:`PairContext` to findings with their evidence
(the spans, the measured similarities, the rule that fired):

========================  ==========================================================
module                    what it looks for
========================  ==========================================================
``damage``                text damage: run-together words, stray metadata, fragments
``foreign``               words of another language left untranslated
``glossary``              renderings the user's glossary forbids
``numbers``               amounts, units, dates, times; the thing an amount counts
``measures``              what an amount measures: "to" / "by" a level, a rank, a period
``names``                 another person, place or body; a dropped name or title
``quotes``                direct quotes that are not verbatim
``polarity``              negation on one side only
``modality``              certainty and hedging
``attempts``              an act tried, threatened or failed on one side, done on the other
``mood``                  a statement turned into a question, or a question into a statement;
                          what did not happen told as what did ("would have sunk" / "sank")
``attribution``           who said it: dropped, changed, garbled sources
``tense``                 the same verb moved in time
``events``                an event verb of another outcome (killed / injured)
``structure``             the same words tied otherwise: "respectively", a relative clause's comma,
                          the second term of a comparison
``order``                 words in an order no sentence has (scrambled)
``modifiers``             an adjective, adverb or focus word on one side that changes the claim
``wording``               open-class words replaced, dropped or added; rebuilt sentences
``unaligned``             sentences with no counterpart
========================  ==========================================================

A finding's score is the calibrated probability that a careful checker would call the change
a meaning error (``_calibration``); its severity follows from the score.
"""

from ._calibration import Calibration, load_calibration
from ._context import PairContext, Similarity, build_context
from ._judge import CHECKS, Check, Judge

__all__ = [
    "CHECKS",
    "Calibration",
    "Check",
    "Judge",
    "PairContext",
    "Similarity",
    "build_context",
    "load_calibration",
]
