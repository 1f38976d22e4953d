"""Unrelated sentences on many subjects: the "random pairs" that tiny documents lack.

The aligner scores a pair against the background of unrelated sentences, and derives its skip
threshold from how similar unrelated pairs are. A document of one or two sentences has no
unrelated sentences of its own, so these stand in for them. They are embedded once, cached like
any other sentence, and only ever used to fill the background up to a minimum size.
"""

from __future__ import annotations

__all__ = ["BACKGROUND_SENTENCES"]

BACKGROUND_SENTENCES: tuple[str, ...] = (
    "The recipe calls for two cups of flour and a pinch of salt.",
    "Heavy rain is expected across the northern valleys by Thursday evening.",
    "The orchestra will perform a new symphony at the opening of the festival.",
    "Researchers found that the enzyme breaks down plastic at room temperature.",
    "The team scored twice in the final minutes to win the championship.",
    "Mortgage rates rose for the third consecutive week, lenders reported.",
    "She planted tomatoes, beans and sunflowers along the garden fence.",
    "The museum reopened after a two-year renovation of its east wing.",
    "A new smartphone update improves battery life and fixes several bugs.",
    "Volunteers cleaned up more than a ton of litter from the beach.",
    "The novel follows a young sailor who is shipwrecked on a remote island.",
    "City council members voted to extend the bicycle lane network.",
    "Doctors recommend at least seven hours of sleep for most adults.",
    "The bakery on the corner sells fresh bread every morning at six.",
    "Astronomers detected water vapour in the atmosphere of a distant planet.",
    "The company announced quarterly profits well above analysts' forecasts.",
    "Children in the village walk three kilometres to reach the nearest school.",
    "The bridge will be closed to traffic for repairs over the weekend.",
    "A rare orchid was discovered growing on the slopes of the volcano.",
    "The chess champion defended her title in a tense twelve-game match.",
    "Farmers are worried that the drought will damage this year's harvest.",
    "The film won awards for its cinematography and its original score.",
    "Engineers tested a prototype engine that runs on hydrogen fuel.",
    "The library extended its opening hours during the exam period.",
    "Migrating birds stop at the wetlands to rest and feed each spring.",
    "The new law requires restaurants to display calorie counts on menus.",
    "He repaired the old clock using parts ordered from a specialist shop.",
    "The airline added direct flights between the two coastal cities.",
    "Students built a robot that can sort recycling by material.",
    "The painting was sold at auction for a record price.",
    "Fishermen reported unusually large catches of sardines this season.",
    "The hospital opened a new wing dedicated to children's care.",
    "A marathon through the old town attracted thousands of runners.",
    "The software company is hiring engineers for its new office.",
    "Archaeologists uncovered pottery fragments from a Bronze Age settlement.",
    "The coffee harvest was delayed by an unusually cold winter.",
    "Tourists crowded the square to watch the changing of the guard.",
    "The school introduced a course on cooking and nutrition.",
    "Wind turbines now supply a fifth of the region's electricity.",
    "The jazz club hosts live music every Friday night.",
)
