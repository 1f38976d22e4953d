"""Another outcome of the same event: "were killed" / "were injured", "arrested" / "released".

A news sentence reports what happened to someone or something, and its verb names the outcome:
the people were killed or injured, the suspect arrested or released, the bill approved or
blocked. A sentence embedding puts two such verbs close together (they share every context),
and the shipped lexicon files them apart, so neither the wording nor the kinds check sees that
the report now says something else happened.

This check reads the verbs against :data:`EVENT_FIELDS`: fields of outcomes that news reports
tell, each a few sets of near-synonyms a translator may swap ("killed" / "slain", "arrested" /
"detained"). A verb of one set replaced by a verb of another set of the same field, in the same
place (the same subject or object next to it), is another event (``event.outcome``); so are two
such verbs that the diff does not pair, in clauses worded otherwise, next to a participant of the
event on both sides (``event.placed``). Quiet:
- verbs of one set, and verbs the lexicon calls synonyms or one broader than the other;
- opposites ("won" / "lost", "hired" / "fired", "opened" / "closed"): the opposites check's;
- a negation on one side only, or a verb that is itself a negation ("rejected"): "did not
  approve" / "blocked" is a rewording, and a flipped negation is the polarity check's;
- the other side tells the verb's outcome too, in another clause;
- the same event told from its other end ("the army took the city from the rebels" / "the
  rebels lost the city to the army").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .. import _cues as cues
from .._numbers import is_amount_word
from .._report import Finding
from .._words import FUNCTION_WORDS, content_words, stem
from ._context import PairContext
from ._edits import Edit, Hit, as_findings, edits, replacements, vocabulary, words
from ._fields import one_set
from ._glosses import definition
from ._lexicon import lexicon
from ._sources import current
from .opposites import ends_changed

__all__ = [
    "EVENT_FIELDS",
    "EventSwap",
    "check_events",
    "event_swaps",
    "find_events",
    "placed_swaps",
    "same_outcome_hits",
    "same_outcomes",
]

# Fields of outcomes, written from the verbs news reports use for what happened to people,
# property, laws, offices, ground and businesses (the outcomes a reader acts on), as lemmas;
# a phrasal verb is its lemma and particle ("step down"). Within a set the verbs name one
# outcome; two sets of a field name outcomes that exclude each other or follow one another,
# never the same event. Pairs the lexicon already opposes ("open" / "close", "convict" /
# "acquit") stay here for completeness: the opposites check reports them. Left out: verbs
# whose other senses a translator uses for the same event ("draw" a crowd, "withdraw" money,
# "stop" / "end" a war), and matches won or lost (opposites already).
EVENT_FIELDS: dict[str, tuple[frozenset[str], ...]] = {
    # What befell people: dead or hurt.
    "harm": (
        frozenset({"kill", "slay", "murder", "die", "perish", "assassinate"}),
        frozenset({"injure", "wound", "hurt", "maim"}),
        # Not found yet: neither dead nor hurt ("two climbers are missing" / "... are dead").
        frozenset({"disappear", "vanish", "go missing"}),
        # Driven from home, unhurt ("left 5,000 people homeless" / "... injured").
        frozenset({"displace"}),
    ),
    # Property hit: gone, or still standing.
    "damage": (
        frozenset({"destroy", "raze", "flatten", "demolish", "wreck", "obliterate"}),
        frozenset({"damage"}),
    ),
    # Custody: taken, let go, accused.
    "custody": (
        frozenset(
            {"arrest", "detain", "hold", "apprehend", "capture", "seize", "kidnap", "abduct"}
        ),
        frozenset({"release", "free", "liberate"}),
        frozenset({"charge", "indict"}),
    ),
    # A court's verdict on the accused, and the sentence that follows it: a step of the case
    # for another ("indicted" / "sentenced", "charged" / "jailed"); before them all, the
    # inquiry ("investigated" / "charged", "is under investigation" / "was jailed").
    "verdict": (
        frozenset({"investigate"}),
        frozenset({"charge", "indict"}),
        frozenset({"convict", "find guilty"}),
        # The accused's own plea, not the court's finding ("pleaded guilty" / "was found
        # guilty"); "admitted a charge" is the plea.
        frozenset({"plead guilty", "confess", "admit"}),
        frozenset({"acquit", "clear", "find innocent"}),
        frozenset({"sentence", "jail", "imprison"}),
        # A fine, not a prison term ("was fined" / "was jailed for speeding").
        frozenset({"fine"}),
    ),
    # What a body decided about a bill, a plan, a deal, or only put before itself: a measure
    # proposed or debated is not one adopted ("passed" / "debated the law", "proposed" /
    # "imposed a ban", "is considering" / "has agreed to a merger").
    "decision": (
        frozenset(
            {
                "approve",
                "pass",
                "adopt",
                "endorse",
                "ratify",
                "back",
                "support",
                "impose",
                "enact",
                "agree to",
                # a motion put to the vote and won ("the motion was carried")
                "carry",
            }
        ),
        frozenset({"reject", "block", "veto", "vote down", "turn down", "defeat"}),
        # Set aside without a date ("shelved the plan"): put off, not turned down.
        frozenset({"delay", "postpone", "defer", "shelve"}),
        frozenset(
            {
                "propose",
                "consider",
                "discuss",
                "debate",
                "weigh",
                "mull",
                "put forward",
                # written or bargained over, not yet adopted ("drafted" / "ratified the treaty")
                "draft",
                "draw up",
                "negotiate",
            }
        ),
        # A law in force changed, or done away with ("voted to amend" / "to repeal the law").
        frozenset({"amend", "revise"}),
        frozenset({"repeal", "revoke", "rescind"}),
    ),
    # Ground in a war: taken, given up, or only fought over.
    "ground": (
        frozenset({"capture", "seize", "take", "occupy", "conquer", "retake", "overrun"}),
        # Given up to the enemy, or fallen back from: "surrendered" is not "retreated".
        frozenset({"lose", "cede", "surrender", "capitulate"}),
        frozenset({"retreat", "abandon", "fall back", "pull back"}),
        frozenset({"attack", "besiege", "shell", "bomb", "bombard", "blockade"}),
        # Made the state's own territory: more than held ("annexed" / "occupied").
        frozenset({"annex"}),
    ),
    # Who holds an office: left of their own will, pushed out, put in.
    "office": (
        frozenset({"resign", "quit", "step down", "stand down"}),
        frozenset({"dismiss", "fire", "sack", "oust", "remove", "depose", "topple"}),
        frozenset({"appoint", "name", "nominate", "hire", "install"}),
        # Left at the end of a working life; kept out for a while; given the post back.
        frozenset({"retire"}),
        frozenset({"suspend"}),
        frozenset({"reinstate"}),
    ),
    # A plant, a shop, a service, talks: started, stopped for good, stopped for a while.
    "operation": (
        frozenset({"open", "launch", "inaugurate", "start", "begin"}),
        frozenset({"close", "shut", "shut down", "close down"}),
        frozenset({"suspend", "halt", "pause"}),
        frozenset({"resume", "reopen", "restart"}),
        # Called off for good: a plan, an event, a service ("suspended" / "scrapped its flights").
        frozenset({"cancel", "call off", "scrap", "scrub", "axe", "ax", "discontinue"}),
    ),
    # A measure, a flow, a payment, support: made smaller, or done away with ("cut its
    # dividend" / "scrapped its dividend", "slowed the flow" / "halted the flow", "eased" /
    # "lifted restrictions", "dented" / "wiped out its support"). "Axe" cuts jobs as often as
    # it scraps a plan, "stop" and "end" have other senses: none of them is here.
    "extent": (
        frozenset(
            {
                "reduce",
                "cut",
                "lower",
                "trim",
                "slash",
                "curb",
                "ease",
                "relax",
                "slow",
                "dent",
                "weaken",
                "loosen",
                "scale back",
            }
        ),
        frozenset({"scrap", "abolish", "eliminate", "eradicate", "halt", "lift", "wipe out"}),
    ),
    # A firm or a country in a market, a deal, a body: gone in, or gone out. "Withdraw" and
    # "leave" name other acts too ("withdrew money", "left home"): a participant must stand by
    # both verbs, and "took money" is in no set of this field.
    "presence": (
        frozenset({"enter", "join", "move into", "break into"}),
        frozenset({"withdraw", "exit", "leave", "pull out", "back out", "drop out"}),
    ),
    # Jobs: people taken on, or let go ("laid off 200 workers" / "cut 200 jobs" is one outcome).
    "staff": (
        frozenset({"hire", "recruit", "employ", "take on"}),
        frozenset({"lay off", "fire", "dismiss", "sack", "cut", "shed", "axe", "ax"}),
        # Sent home for a while, kept on the payroll: no job lost ("furloughed" / "laid off").
        frozenset({"furlough"}),
    ),
    # Where someone stands on a bill, a plan, a candidate, a step: for it, or against it
    # ("called for early elections" / "ruled out early elections").
    "stance": (
        frozenset(
            {
                "support",
                "back",
                "favour",
                "favor",
                "endorse",
                "approve",
                "welcome",
                "call for",
                "push for",
                "press for",
                "advocate",
                "champion",
                "campaign for",
                "lobby for",
            }
        ),
        frozenset(
            {
                "oppose",
                "resist",
                "object to",
                "vote against",
                "fight",
                "rule out",
                "reject",
                "campaign against",
                "lobby against",
            }
        ),
    ),
    # How firmly a claim is held: believed or suspected, or shown to be so. A hedged claim
    # told as proven (or a proof told as a belief) changes what the reader may rely on.
    # The words of the second set take the claim after them as a fact ("knew the bridge was
    # unsafe", "revealed that it paid bribes"); those of the first only hold or say it.
    "certainty": (
        frozenset(
            {
                "believe",
                "suspect",
                "think",
                "assume",
                "suppose",
                "presume",
                "claim",
                "allege",
                "suggest",
            }
        ),
        frozenset(
            {"prove", "confirm", "establish", "demonstrate", "verify", "show", "know", "reveal"}
        ),
    ),
    # One reading of evidence in two strengths ("the images show" / "suggest that these are
    # caves"): one outcome, so "show" / "suggest" is no other certainty, while "suggest" stays
    # a belief against a proof ("proved" / "suggested").
    "evidence": (frozenset({"show", "suggest"}),),
    # What someone was told to do: asked or advised (free to refuse), or ordered or made to
    # ("urged residents to leave" / "ordered residents to leave").
    "request": (
        frozenset(
            {"ask", "urge", "advise", "recommend", "encourage", "request", "call on", "appeal to"}
        ),
        frozenset({"order", "require", "force", "compel", "oblige", "instruct", "command"}),
    ),
    # When a planned thing happens: later than planned, sooner, or as planned ("the vote was
    # postponed" / "the vote was brought forward" / "the vote was held").
    "schedule": (
        frozenset({"delay", "postpone", "defer", "put off", "push back", "reschedule", "shelve"}),
        frozenset({"bring forward", "move up", "move forward", "advance", "expedite"}),
        frozenset({"hold", "go ahead", "take place", "proceed"}),
        # Called off, never to happen ("the concert was postponed" / "cancelled").
        frozenset({"cancel", "call off", "scrap", "scrub", "axe", "ax", "abandon"}),
    ),
    # How a match or a contest ended for its subject: won, drawn, lost, or only reached
    # ("drew with Italy" / "beat Italy", "reached the final" / "won the final"). Won / lost is
    # the opposites check's.
    "contest": (
        frozenset({"beat", "defeat", "win", "overcome", "thrash", "rout"}),
        frozenset({"draw with", "tie with", "hold to"}),
        frozenset({"reach", "qualify for", "advance to", "make it to"}),
        frozenset({"lose", "lose to", "knock out", "eliminate"}),
    ),
    # A truce, a deal, a rule: it holds and is kept, or it is broken ("the ceasefire held" /
    # "the ceasefire was violated", "abided by the deal" / "breached the deal").
    "agreement": (
        frozenset(
            {
                "violate",
                "breach",
                "break",
                "flout",
                "contravene",
                "infringe",
                "collapse",
                "break down",
            }
        ),
        frozenset(
            {
                "hold",
                "observe",
                "respect",
                "honour",
                "honor",
                "uphold",
                "abide by",
                "comply with",
                "keep",
            }
        ),
    ),
    # Which sense took it in: a sound heard is no thing seen, a smell no taste. Not "feel": a
    # sound or a blast is felt as much as heard ("never felt it so loud").
    "perception": (
        frozenset({"see", "watch", "witness"}),
        frozenset({"hear", "overhear", "listen"}),
        frozenset({"smell", "sniff"}),
        frozenset({"taste"}),
    ),
    # Where a person held or removed by the state was sent: kept in custody, sent out of the
    # country (deported, expelled), handed to another state's courts (extradited), sent home
    # (repatriated), moved to another prison. WordNet joins "deport" and "extradite" by a sense,
    # yet a deportee is not handed over to stand trial: the lexicon is not asked here.
    "removal": (
        frozenset({"detain", "arrest"}),
        frozenset({"deport", "expel"}),
        frozenset({"extradite"}),
        frozenset({"repatriate"}),
        frozenset({"transfer"}),
    ),
    # What befell a firm as a business: it failed, went on the stock market, made money, had
    # a part split off as a firm of its own, sold a part, bought another firm, or joined one
    # ("went bankrupt" / "went public", "spun off" / "sold off its chemicals unit", "merged
    # with" / "was taken over by a rival"). A verb of becoming and its adjective or noun is
    # one lemma here ("go bankrupt", "turn a profit").
    "business": (
        frozenset(
            {
                "go bankrupt",
                "go bust",
                "go under",
                "become insolvent",
                "become bankrupt",
                "fold",
                "file for bankruptcy",
                "go into administration",
                "enter administration",
                "go into liquidation",
                "liquidate",
            }
        ),
        frozenset({"go public", "float", "list"}),
        frozenset(
            {"turn a profit", "make a profit", "return to profit", "post a profit", "break even"}
        ),
        frozenset({"spin off", "demerge", "hive off"}),
        frozenset({"sell off", "sell", "divest", "offload"}),
        frozenset({"buy", "acquire", "purchase", "take over", "snap up", "buy out"}),
        frozenset({"merge", "merge with"}),
    ),
    # A goal for a side or against it.
    "goal": (frozenset({"score", "net"}), frozenset({"concede", "let in"})),
    # Up a league or a rank, or down.
    "standing": (frozenset({"promote"}), frozenset({"relegate", "demote"})),
    # A title, a seat, a post: kept, lost or won.
    "title": (
        frozenset({"retain", "defend", "keep"}),
        frozenset({"lose", "relinquish", "cede"}),
        frozenset({"win", "clinch"}),
    ),
    # A mark matched, or a mark passed.
    "record": (
        frozenset({"equal", "match", "tie"}),
        frozenset({"set", "break", "better", "surpass", "smash", "shatter", "beat"}),
    ),
    # What a government does with an envoy: called in to hear a protest, thrown out, called
    # home, or received.
    "envoy": (
        frozenset({"summon", "call in"}),
        frozenset({"expel", "deport", "kick out"}),
        frozenset({"recall"}),
        frozenset({"accredit"}),
    ),
    # Ties, a service, a supply: made whole again, or broken off.
    "ties": (
        frozenset({"restore", "reestablish", "re-establish", "resume", "normalise", "normalize"}),
        frozenset({"sever", "break off", "cut off", "suspend", "cut"}),
    ),
    # What was done to data or a file: made unreadable, destroyed, taken, put online or taken
    # from it, mended, made known. Not "back up", which backs a claim as often.
    "data": (
        frozenset({"encrypt"}),
        frozenset({"delete", "wipe", "erase"}),
        frozenset({"steal"}),
        frozenset({"upload"}),
        frozenset({"download"}),
        frozenset({"patch", "fix"}),
        frozenset({"disclose"}),
    ),
    # What was done to a thing that is owned, kept or built (a bridge, a car, a painting, a
    # phone): looked over, mended, pulled down, sold, stolen, searched or taken away. Each is
    # another act on the same object, which a thesaurus does not relate ("the bridge was
    # inspected" / "repaired", "had her passport stolen" / "checked", "the phones were
    # searched" / "seized").
    "handling": (
        frozenset({"inspect", "examine", "check", "survey", "look over"}),
        frozenset({"repair", "mend", "fix", "restore", "renovate", "refurbish"}),
        frozenset({"demolish", "tear down", "pull down", "knock down"}),
        frozenset({"sell", "auction", "sell off"}),
        frozenset({"steal", "rob"}),
        frozenset({"search"}),
        frozenset({"seize", "confiscate", "impound"}),
    ),
    # A disease caught, kept off, found or overcome.
    "health": (
        frozenset({"infect"}),
        frozenset({"vaccinate", "immunise", "immunize", "inoculate"}),
        frozenset({"diagnose"}),
        frozenset({"cure", "heal"}),
    ),
    # Into hospital or out of it.
    "hospital": (
        frozenset({"admit", "hospitalise", "hospitalize"}),
        frozenset({"discharge"}),
    ),
    # A lower court's ruling kept, or undone.
    "ruling": (
        frozenset({"uphold"}),
        frozenset(
            {
                "overturn",
                "quash",
                "strike down",
                "annul",
                "reverse",
                "set aside",
                # a veto undone by the lawmakers ("overrode" / "upheld the veto")
                "override",
                "overrule",
            }
        ),
    ),
    # Into a state or out of it ("slipped into" / "emerged from recession", "fell into debt"
    # / "came out of debt").
    "state": (
        frozenset(
            {"slip into", "fall into", "plunge into", "tip into", "sink into", "go into", "enter"}
        ),
        frozenset({"emerge from", "come out", "climb out"}),
    ),
    # Who came to own a firm: the state, or private owners.
    "ownership": (
        frozenset({"nationalise", "nationalize"}),
        frozenset({"privatise", "privatize"}),
    ),
    # How a voyage, a flight or a train journey went: lost, wrecked, stopped or safely in port
    # ("the ferry sank" / "the ferry docked", "the plane crashed" / "the plane landed"). A
    # vessel turned over, aground or sunk is three fates: one may follow another, none is the
    # other ("capsized" / "ran aground"); a train off its rails is not one broken down; a plane
    # held on the ground is not one late, nor one sent elsewhere.
    "voyage": (
        frozenset({"sink", "founder"}),
        frozenset({"capsize", "overturn", "keel over"}),
        frozenset({"run aground"}),
        frozenset({"crash", "crash-land", "collide"}),
        frozenset({"derail"}),
        frozenset({"break down", "stall"}),
        frozenset({"dock", "berth", "moor", "land", "touch down", "arrive", "reach"}),
        frozenset({"take off", "lift off", "depart", "set sail"}),
        frozenset({"divert", "reroute"}),
        frozenset({"ground"}),
        frozenset({"delay"}),
    ),
    # A step of schooling: signed up, applied, let in, finished, left without finishing.
    "schooling": (
        frozenset({"enrol", "enroll", "matriculate"}),
        frozenset({"apply"}),
        frozenset({"admit"}),
        frozenset({"graduate"}),
        frozenset({"drop out"}),
    ),
    # What a school, a club or a body did to a member: put out for good, or for a while
    # ("expelled" / "suspended from school", "suspended" / "banned for three matches" one).
    "discipline": (
        frozenset({"expel", "kick out", "throw out"}),
        frozenset({"suspend", "ban"}),
    ),
    # How an attacker hurt someone: each means its own crime scene ("stabbed" / "shot").
    "attack": (
        frozenset({"stab", "knife"}),
        frozenset({"shoot", "gun down"}),
        frozenset({"strangle", "throttle"}),
        frozenset({"poison"}),
    ),
    # A change of the state of matter: frozen, melted, dried up.
    "matter": (
        frozenset({"freeze", "ice over"}),
        frozenset({"melt", "thaw"}),
        frozenset({"dry up", "evaporate"}),
    ),
    # How a tank, a pipe, a dam or a building failed: it leaked, blew up, broke open, ran
    # over, fell in or burnt ("leaked" / "exploded", "burst" / "overflowed").
    "failure": (
        frozenset({"leak", "seep"}),
        frozenset({"explode", "blow up", "detonate"}),
        frozenset({"burst", "rupture", "give way"}),
        frozenset({"overflow", "spill over"}),
        frozenset({"collapse", "cave in"}),
        frozenset({"catch fire", "ignite"}),
    ),
    # An election: lost and said so, or won and said so; stayed out of, or run in.
    "election": (
        frozenset({"concede", "admit defeat"}),
        frozenset({"claim victory", "declare victory"}),
        frozenset({"boycott"}),
        frozenset({"contest", "take part", "participate", "run in", "stand in"}),
    ),
    # The part one had in making a work, told in its credit ("directed by" / "produced by",
    # "composed by" / "conducted by", "translated by" / "written by", "illustrated by",
    # "choreographed by" / "danced by"): each names another contributor. Read only in a
    # credit, the verb before "by" on both sides (:data:`_CREDIT`): "produced a report" and
    # "wrote a report" are one act. Left out: "perform", whose "performed by" tells who carried
    # out an operation or a test as often as who sang.
    "credit": (
        frozenset({"write", "compose", "author", "pen"}),
        frozenset({"direct", "helm", "conduct"}),
        frozenset({"produce"}),
        frozenset({"translate"}),
        frozenset({"illustrate"}),
        frozenset({"choreograph"}),
        frozenset({"edit"}),
        frozenset({"dance", "sing", "star"}),
        frozenset({"design"}),
    ),
    # The part one had in an event: there as a guest or a member, its host, its chair, a
    # spectator or an observer, its referee, its sponsor, its reporter, a fighter or a
    # competitor in it ("attended" / "hosted the summit", "watched" / "refereed the final",
    # "monitored" / "organised the vote", "covered" / "fought in the war").
    "role": (
        frozenset({"attend", "take part", "participate"}),
        frozenset({"host", "organise", "organize", "stage"}),
        frozenset({"chair", "preside over"}),
        frozenset({"speak at"}),
        frozenset({"watch", "observe", "monitor", "witness"}),
        frozenset({"referee", "officiate", "umpire"}),
        frozenset({"sponsor", "bankroll"}),
        frozenset({"cover", "report on"}),
        frozenset({"fight in", "compete in", "play in"}),
    ),
}
_WHAT = {
    "harm": "what happened to the people",
    "damage": "what happened to the property",
    "custody": "what happened to the person held",
    "verdict": "the court's verdict",
    "decision": "what was decided",
    "ground": "who holds the ground",
    "office": "how the office changed hands",
    "operation": "whether it runs",
    "extent": "whether it was made smaller or done away with",
    "presence": "whether they went in or pulled out",
    "staff": "whether jobs were added or cut",
    "stance": "whether they are for or against it",
    "certainty": "how firmly it is known",
    "evidence": "what the evidence says",
    "request": "whether it was asked or ordered",
    "schedule": "whether it happens as planned, later or sooner",
    "agreement": "whether the agreement was kept or broken",
    "voyage": "how the voyage or the journey went",
    "contest": "how the contest ended",
    "perception": "which sense took it in",
    "goal": "whether the goal was scored or let in",
    "standing": "whether it went up or down",
    "title": "whether it was kept, lost or won",
    "record": "whether the mark was matched or bettered",
    "envoy": "what was done with the envoy",
    "ties": "whether the ties were restored or broken",
    "data": "what was done to the data",
    "handling": "what was done to the thing",
    "health": "whether infected, vaccinated, diagnosed or cured",
    "hospital": "whether into hospital or out of it",
    "ruling": "whether the ruling was kept or undone",
    "state": "whether into the state or out of it",
    "ownership": "whether the state or private owners took it",
    "schooling": "which step of schooling",
    "discipline": "whether put out for good or for a while",
    "attack": "how the attacker hurt the victim",
    "matter": "which change of state",
    "failure": "how it failed",
    "election": "how the candidate or party stood in the election",
    "credit": "which part in making the work",
    "role": "which part they had in the event",
    "business": "what befell the business",
    "removal": "where the person held was sent",
}
# What the report now says, where it is not another happening: a belief told as a proof.
_SAYS = {"certainty": "the report now claims a different certainty"}
_PRIOR = 0.85
_PRIOR_PLACED = 0.8
_SYNONYM_PRIOR = 0.05  # the kinds check's prior of a synonym
_PLACE = 3  # content words on each side of a verb that name its participants
# Fields whose outcomes are one event seen from its two ends: ground one side takes, the other
# loses; a match one side wins, the other loses ("Brazil beat Argentina" / "Argentina lost to
# Brazil"). Elsewhere participants that changed ends are a passive ("the suspect was arrested by
# police" / "police released the suspect"), not the other end of the event.
_CONVERSE = frozenset({"ground", "contest"})
# Fields of verbs common in other senses ("held talks", "broke the news", "landed a job",
# "arrived at a decision", "the lower house", "lifted the trophy"): read only where the diff
# pairs the two verbs in one place, never across clauses worded otherwise, and never before a
# particle ("hold on", "break up", "keep up": a verb with a particle is another verb; "sank off
# the coast", "held on Sunday" are prepositions).
_LOOSE = frozenset(
    {
        "agreement",
        "voyage",
        "extent",
        "perception",
        "title",
        "record",
        "ties",
        "data",
        "state",
        # "shot a film", "froze wages", "the market collapsed", "admitted the mistake"
        "attack",
        "matter",
        "failure",
        "schooling",
        "election",
        "credit",
        "role",
        # "sold" a house, "listed" the names, "folded" the letter
        "business",
        # "transferred" money
        "removal",
    }
)
# Fields read only where the verbs keep their participants on both sides, the word before
# and the word after ("attended the summit" / "hosted the summit"); and fields read only in a
# credit, each verb right before "by" ("directed by" / "produced by").
_BOTH_ENDS = frozenset({"credit", "role"})
_CREDIT = frozenset({"credit"})
_BY = re.compile(r"\s*by\b", re.IGNORECASE)
# Fields whose sets the lexicon nests one under the other where a reader tells them apart:
# WordNet files "suspend" (from school or office) as a kind of "expel" and "furlough" as a
# kind of "dismiss", but a pupil suspended for a week has not been expelled, nor has a worker
# sent home on furlough lost the job.
_NESTED = frozenset({"discipline", "staff", "removal"})
_PARTICLES = frozenset("up down out away back".split())
_MAX_WORDS = 3  # a longer edit rebuilds the clause: the verbs may stand in other places
_NEAR = 4  # words before a verb where a negation still bears on it ("did not approve")


@dataclass(frozen=True)
class EventSwap:
    """A verb of ``a`` (as written) replaced by ``b``, naming another outcome in ``field``."""

    a: str
    b: str
    field: str
    shared: int  # the words next to the verb that both sides have: 1 (before) or 2 (and after)
    edit: Edit | None  # None: found in its place, not paired by the diff


def _sets_in(
    fields: dict[str, tuple[frozenset[str], ...]], lemma: str
) -> dict[str, frozenset[int]]:
    """The sets of each of ``fields`` that a verb lemma (or phrasal verb) is in."""
    found: dict[str, frozenset[int]] = {}
    for field, groups in fields.items():
        indices = frozenset(i for i, group in enumerate(groups) if lemma in group)
        if indices:
            found[field] = indices
    return found


@lru_cache(maxsize=8192)
def _sets(lemma: str) -> dict[str, frozenset[int]]:
    """The sets of each event field that a verb lemma (or phrasal verb) is in."""
    return _sets_in(EVENT_FIELDS, lemma)


@dataclass(frozen=True)
class _Verb:
    """An event verb of an edit as written, its lemma (or phrasal lemma), and the text before
    and after it on its side."""

    text: str
    lemma: str
    before: str
    after: str


# A state told by a noun after "under", which says what is being done to its subject: "is
# under investigation" is being investigated.
_STATES = {"investigation": "investigate"}
# The state an outcome leaves people in, told by an adjective, predicative or as a noun of
# the people in it ("were among the dead" / "among the injured", "left three dead" / "left
# three missing", "left 5,000 people homeless"): the outcome of its verb.
_RESULTS = {"dead": "die", "deceased": "die", "missing": "go missing", "homeless": "displace"}


# A verdict told by a verb of judging with its object before the adjective ("found him
# guilty", "declared the two men innocent"): the outcome "convicted" or "acquitted" says. A
# "not" there is the polarity check's ("found him not guilty" / "acquitted him").
_VERDICT_SAID = re.compile(
    cues.VERDICT_VERB + f"({cues.VERDICT_OBJECT})(" + "|".join(cues.VERDICT_ADJECTIVES) + r")\b",
    re.IGNORECASE,
)


def _verdict(word: str, rest: str) -> tuple[str, int] | None:
    """The verdict's phrasal lemma ("find guilty") where ``word`` and the text after it say
    one, and how many characters of ``rest`` that takes."""
    said = _VERDICT_SAID.match(word + rest)
    if said is None:
        return None
    return f"find {said.group(2).lower()}", said.end() - len(word)


def _verbs(edited: str, before: str, after: str, others: set[str]) -> list[_Verb]:
    """The event verbs of an edit that the other side lacks. A particle may follow in the edit
    or just after it ("stepped down")."""
    lex = lexicon()
    found = []
    end = 0
    opening = _opening_verb(edited, before)
    if opening is not None:
        found.append(opening)
    for word in words(edited):
        start = edited.index(word, end)
        end = start + len(word)
        if word.lower() in others or word.lower() in FUNCTION_WORDS:
            continue
        rest = edited[end:] + after
        nxt = words(rest)[:1]
        state = _STATES.get(word.lower())
        if state and re.search(r"\bunder\s+$", before + edited[:start], re.IGNORECASE):
            found.append(_Verb(word, state, before + edited[:start], rest))
            continue
        if word.lower() in _RESULTS and _result_state(word, before + edited[:start], rest):
            found.append(_Verb(word, _RESULTS[word.lower()], before + edited[:start], rest))
            continue
        for lemma in lex.lemmas(word, "v"):
            verdict = _verdict(word, rest)
            if verdict is not None:
                lemma_found, length = verdict
                text, following = word + rest[:length], rest[length:]
                found.append(_Verb(text, lemma_found, before + edited[:start], following))
                break
            phrasal = f"{lemma} {nxt[0].lower()}" if nxt else ""
            two = words(rest)[:2]
            longer = f"{lemma} {two[0].lower()} {two[1].lower()}" if len(two) == 2 else ""
            if longer and _sets(longer):
                cut = rest.index(two[1], rest.index(two[0]) + len(two[0])) + len(two[1])
                found.append(_Verb(word + rest[:cut], longer, before + edited[:start], rest[cut:]))
                break
            lemma_found = phrasal if phrasal and _sets(phrasal) else lemma
            if not _sets(lemma_found):
                continue
            text, following = word, rest
            if lemma_found == phrasal:
                text, following = f"{word} {nxt[0]}", rest.split(nxt[0], 1)[1]
            found.append(_Verb(text, lemma_found, before + edited[:start], following))
            break
    return found


def _opening_verb(edited: str, before: str) -> _Verb | None:
    """The verb just before an edit read with the edit's first word as one lemma of a field
    ("went" before "bankrupt" / "public": "go bankrupt", "go public"), the diff having kept
    the verb both sides share."""
    last = re.search(r"([A-Za-z]+)\s+$", before)
    first = words(edited)[:1]
    if last is None or not first:
        return None
    for lemma in lexicon().lemmas(last.group(1).lower(), "v"):
        phrasal = f"{lemma} {first[0].lower()}"
        if lemma in _LINKING and _sets(phrasal):
            start = edited.index(first[0])
            text = last.group(1) + " " + edited[: start + len(first[0])].strip()
            return _Verb(text, phrasal, before[: last.start()], edited[start + len(first[0]) :])
    return None


# Verbs of becoming, read with the word after them as one lemma ("went bankrupt").
_LINKING = frozenset({"go", "become", "turn", "fall", "get"})


def _result_state(word: str, before: str, rest: str) -> bool:
    """``word``, an adjective of :data:`_RESULTS`, tells people's state, not a thing's ("a
    dead end", "the missing link"): no noun of its own follows it. "Missing" is also a verb's
    form ("missing the deadline"): as a state it follows the article that makes it a noun
    ("among the missing"), a verb or an adverb that states it ("are still missing", "were
    reported missing") or a number."""
    following = re.match(r"\s*([A-Za-z]+)", rest)
    if following and following.group(1).lower() not in FUNCTION_WORDS:
        return False  # it qualifies the noun that follows ("the missing money")
    if word.lower() != "missing":
        return True
    last = re.search(r"([\w,.]+)\s*$", before)
    word_before = last.group(1).lower() if last else ""
    return (
        word_before in _BEFORE_MISSING
        or word_before.replace(",", "").replace(".", "").isdigit()
        or is_amount_word(word_before)
    )


# The words "missing" follows as a state: the article that makes it a noun, a verb or an
# adverb that states it.
_BEFORE_MISSING = frozenset(
    """the are is were was be been being remain remains remained still reported listed
    declared presumed feared left""".split()
)


@lru_cache(maxsize=256)
def _event_verbs(text: str) -> tuple[_Verb, ...]:
    """The event verbs of a whole text: both finders read them, for every pair."""
    return tuple(_verbs(text, "", "", set()))


def _other_outcome(x: str, y: str) -> str | None:
    """The field in which lemmas ``x`` and ``y`` name two outcomes, if no field has them as
    one."""
    sets_x, sets_y = _sets(x), _sets(y)
    shared = [f for f in sets_x if f in sets_y]
    if any(sets_x[f] & sets_y[f] for f in shared):
        return None  # "held" / "detained": one outcome in some field
    return shared[0] if shared else None


def _swapped_field(x: _Verb, y: _Verb) -> str | None:
    """The field in which two event verbs name two outcomes, unless the lexicon makes them one
    action, one broader than the other, or opposites."""
    field = _other_outcome(x.lemma, y.lemma)
    if field is None:
        return None
    # A phrasal verb takes its sense from its particle: "pull out" is no kind of "move into"
    # for all that "pull" is a kind of "move".
    # Telling someone to do a thing ("asked the firm to pay" / "required the firm to pay"), a
    # request is no order, whatever other senses the lexicon joins them by ("the job
    # requires" / "asks a lot").
    told = field == "request" and _directive(x) and _directive(y)
    nested = field in _NESTED
    if " " not in x.lemma + y.lemma and not (told or nested) and _related(x.lemma, y.lemma):
        return None
    if field in _LOOSE and any(_particle_follows(v) for v in (x, y)):
        return None
    return field


# Words between a verb of telling and the "to" of what it tells someone to do: its object
# ("asked the company to pay", "urged all its members to").
_DIRECTIVE_REACH = 4


_OBJECT_PRONOUNS = frozenset("me you him her us them it everyone everybody".split())
_PEOPLE_FILES = ("noun.person", "noun.group")
_PEOPLE_SENSES = 3  # "the bank": the shore first, the firm second


def _directive(verb: _Verb) -> bool:
    """The verb tells someone to do a thing: its object, people or a body of them, then "to"
    ("asked the company to", "urged them to"); not "required a lot of money to finish"."""
    after = [w.lower() for w in words(verb.after)[: _DIRECTIVE_REACH + 1]]
    if "to" not in after[1:]:
        return False
    told = after[after.index("to", 1) - 1]
    return told in _OBJECT_PRONOUNS or any(
        domain in _PEOPLE_FILES for domain in lexicon().domains(told)[:_PEOPLE_SENSES]
    )


def _particle_follows(verb: _Verb) -> bool:
    """A one-word verb with a particle after it: a phrasal verb of its own ("broke up")."""
    nxt = words(verb.after)[:1]
    return " " not in verb.lemma and bool(nxt) and nxt[0].lower() in _PARTICLES


def _related(x: str, y: str) -> bool:
    """The lexicon makes the two verbs one action, or one a broader word for the other, or
    opposites (the opposites check's)."""
    lex = lexicon()
    if lex.opposition(x, y):
        return True
    kin = lex.kinship(x, y, pos="v")
    return kin is not None and kin.same_thing


def _neighbours(x: _Verb, y: _Verb) -> int:
    """The words next to the two verbs that both sides have: 0 when the word before them
    differs (another actor: "the army took the city from the rebels" / "the rebels lost the
    city to the army" is one event from its other end), else 1, and 2 when the word after them
    is the same too."""
    before_x, before_y = _nearest(x.before, last=True), _nearest(y.before, last=True)
    if not before_x or before_x != before_y:
        return 0
    after_x, after_y = _nearest(x.after), _nearest(y.after)
    return 1 + int(bool(after_x) and after_x == after_y)


def _nearest(text: str, *, last: bool = False) -> str:
    """The stem of the content word nearest the edit, else (a pronoun subject: "he was
    charged") the nearest word."""
    found = content_words(text) or words(text)
    if not found:
        return ""
    return stem(found[-1] if last else found[0])


def _negated(before: str, edited: str) -> int:
    near = " ".join(before.split()[-_NEAR:]) + " " + edited
    return len(cues.negations(near))


def event_swaps(a: str, b: str) -> list[EventSwap]:
    """The verbs of ``a`` replaced in ``b`` by a verb naming another outcome of the event."""
    words_a, words_b = vocabulary(a), vocabulary(b)
    all_a, all_b = _event_verbs(a), _event_verbs(b)
    found = []
    for edit in _verb_edits(a, b):
        if _negated(edit.before_a, edit.a) != _negated(edit.before_b, edit.b):
            continue  # "did not approve" / "blocked"; "rejected" / "passed": polarity's
        if cues.negations(edit.a) or cues.negations(edit.b):
            continue
        swap = _first_swap(edit, (words_a, all_a), (words_b, all_b))
        if swap is not None:
            found.append(swap)
    return found


def _verb_edits(a: str, b: str) -> list[Edit]:
    """The edits of at most :data:`_MAX_WORDS` words on each side, its auxiliaries not counted
    ("merged with" / "was taken over by")."""
    return [
        edit
        for edit in replacements(a, b, most_words=_MAX_WORDS + 2)
        if all(
            len([w for w in words(side) if w.lower() not in _AUXILIARIES]) <= _MAX_WORDS
            for side in (edit.a, edit.b)
        )
    ]


def _first_swap(
    edit: Edit,
    side_a: tuple[set[str], Sequence[_Verb]],
    side_b: tuple[set[str], Sequence[_Verb]],
) -> EventSwap | None:
    """The first verb of the edit replaced by one of another outcome, in the same place.
    ``side_*``: the words of each text, and its event verbs."""
    (words_a, all_a), (words_b, all_b) = side_a, side_b
    left = _verbs(edit.a, edit.before_a, edit.after_a, words_b)
    right = _verbs(edit.b, edit.before_b, edit.after_b, words_a)
    # A word both sides have tells no outcome the edit moved ("indicted on bribery charges" /
    # "sentenced on bribery charges": "charges" stands in both).
    own_b = [v for v in all_b if v.text.lower() not in words_a]
    own_a = [v for v in all_a if v.text.lower() not in words_b]
    for x in left:
        for y in right:
            if _told(x.lemma, own_b) or _told(y.lemma, own_a):
                continue
            field = _swapped_field(x, y)
            if field is None:
                continue
            shared = _neighbours(x, y)
            if field in _BOTH_ENDS and shared < 2:
                continue
            if field in _CREDIT and not (_BY.match(x.after) and _BY.match(y.after)):
                continue
            if shared:
                return EventSwap(x.text, y.text, field, shared, edit)
    return None


def placed_swaps(a: str, b: str) -> list[EventSwap]:
    """Event verbs of ``a`` and ``b`` of two outcomes that the diff does not pair (an
    independent translation words the clause otherwise: "Authorities arrested the opposition
    leader" / "The opposition leader was released"): a word of the one's participants stands
    next to the other (its subject or object, active or passive), and neither side tells the
    other's outcome as well. Ground taken by one side is lost by the other: there the
    participants must not have changed ends ("the army took the city from the rebels" / "the
    rebels lost the city to the army")."""
    all_a, all_b = _event_verbs(a), _event_verbs(b)
    taken: set[int] = set()
    found = []
    for x in all_a:
        if _told(x.lemma, all_b):
            continue
        for index, y in enumerate(all_b):
            if index in taken or _told(y.lemma, all_a):
                continue
            field = _swapped_field(x, y)
            if field is None or field in _LOOSE:
                continue
            if _negated(x.before, x.text) != _negated(y.before, y.text):
                continue
            if cues.negations(x.text) or cues.negations(y.text):
                continue
            left_x, right_x = _around(x)
            left_y, right_y = _around(y)
            if not (left_x | right_x) & (left_y | right_y):
                continue  # no participant in common: another clause, another event
            if field in _CONVERSE and ends_changed((left_x, right_x), (left_y, right_y)):
                continue  # the participants changed ends: one event from its other end
            taken.add(index)
            shared = len((left_x | right_x) & (left_y | right_y))
            found.append(EventSwap(x.text, y.text, field, shared, None))
            break
    return found


def _told(lemma: str, others: Sequence[_Verb]) -> bool:
    """The other side tells this verb's outcome too, in some clause ("The minister, appointed
    in May, resigned" / "The minister, who stepped down, had been named in May"): the verbs
    moved, no outcome changed."""
    return any(
        set(_sets(lemma)) & set(_sets(v.lemma)) and _other_outcome(lemma, v.lemma) is None
        for v in others
    )


def _around(verb: _Verb) -> tuple[set[str], set[str]]:
    """The stems of the content words just before and just after a verb: its participants."""
    left = content_words(verb.before)[-_PLACE:]
    right = content_words(verb.after)[:_PLACE]
    return {stem(w) for w in left}, {stem(w) for w in right}


def same_outcomes(a: str, b: str) -> list[tuple[str, str, str]]:
    """Verbs of ``a`` replaced in ``b``, in one edit, by a verb of the same set of a field
    that no field sets apart ("conceded" / "admitted defeat", "detained" / "arrested"): one
    outcome told in other words, (verb in a, verb in b, field)."""
    words_a, words_b = vocabulary(a), vocabulary(b)
    found = []
    for edit in replacements(a, b, most_words=_MAX_WORDS):
        left = _verbs(edit.a, edit.before_a, edit.after_a, words_b)
        right = _verbs(edit.b, edit.before_b, edit.after_b, words_a)
        for x in left:
            for y in right:
                if x.lemma == y.lemma or _other_outcome(x.lemma, y.lemma) is not None:
                    continue
                shared = [
                    f
                    for f in _sets(x.lemma)
                    if f in _sets(y.lemma)
                    and (f not in _CREDIT or (_BY.match(x.after) and _BY.match(y.after)))
                ]
                if shared:
                    found.append((x.text, y.text, shared[0]))
    return found


# A verb done again, told as done (for the first time), or the other way round: "reopened" /
# "opened", "recaptured" / "captured", "re-elected" / "elected", "reconvened" / "met". The
# lexicon tells which verbs repeat which: one of a verb's first definitions is the other verb
# done "again" or "anew" ("reopen": "open again or anew"; "retake": "capture again";
# "remarry": "marry, not for the first time"); a verb written "re-" and another verb is that
# verb again ("re-arrested", "re-signed"), whatever the lexicon holds. WordNet files the one
# as a kind of the other, so the event check reads them as one outcome.
_AGAIN_SENSES = 3
_AGAIN_GLOSS = re.compile(r"^(.+?)\b(?:again|anew|once more|not for the first time)\b")
# The plain verb's side says the repetition in words of its own ("opened again").
_AGAIN_SAID = re.compile(
    r"\b(?:again|anew|once more|once again|a second time|for a second time|another time)\b",
    re.IGNORECASE,
)
_RE_HYPHEN = re.compile(r"^re-(?=[a-z])", re.IGNORECASE)
_REPEATED_PRIOR = 0.7


@lru_cache(maxsize=8192)
def _repeats(again: str, plain: str) -> bool:
    """Whether the verb ``again`` (as written) is the verb ``plain`` (as written) done once
    more, by the lexicon's definitions or by a written "re-"."""
    lex = lexicon()
    plain_lemmas = set(lex.lemmas(plain.lower(), "v"))
    if not plain_lemmas:
        return False
    bare = _RE_HYPHEN.sub("", again.lower())
    if bare != again.lower():
        return bool(plain_lemmas & set(lex.lemmas(bare, "v")))
    for lemma in lex.lemmas(again.lower(), "v"):
        if lemma in plain_lemmas:
            return False
        if not lemma.startswith("re"):
            continue  # verbs of doing again are "re" verbs: no definition read for the rest
        glosses = [definition(sense) for sense in lex.senses(lemma, "v")[:_AGAIN_SENSES]]
        # "recapture" ("take up anew"; "take back by force"): "re" and the other verb, a verb
        # the lexicon defines as done anew in one of its first senses.
        anew = any(_AGAIN_GLOSS.match(clause) for g in glosses for clause in g.split(";"))
        if anew and lemma.startswith("re") and lemma[2:] in plain_lemmas:
            return True
        for gloss in glosses:
            for clause in gloss.split(";"):
                said = _AGAIN_GLOSS.match(clause.strip())
                if said and words(said.group(1))[:1] and words(said.group(1))[0] in plain_lemmas:
                    return True
    return False


def _spaced_re(text: str, verb: str) -> bool:
    """``verb`` written after a "re" of its own, spaced off ("re - elected", "re elected")."""
    return (
        re.search(rf"\bre\s*-?\s+{re.escape(verb)}\b|\bre\s+-?\s*{re.escape(verb)}\b", text, re.I)
        is not None
    )


def repeated_swaps(a: str, b: str) -> list[tuple[str, str]]:
    """Verbs of ``a`` replaced in ``b`` by the same verb done again, or the other way round
    (:func:`_repeats`), in one edit of at most a few words; a "re-" dropped or added before a
    verb. Quiet where the plain verb's side says "again" itself, or a negation differs."""
    found = []
    for edit in edits(a, b):
        if _negated(edit.before_a, edit.a) != _negated(edit.before_b, edit.b):
            continue
        if edit.kind != "replace":
            prefix, side, after = (
                (edit.a, b, edit.after_a) if edit.kind == "delete" else (edit.b, a, edit.after_b)
            )
            following = words(after)[:1]
            if prefix.strip().lower() != "re-" or not following or _AGAIN_SAID.search(side):
                continue
            if lexicon().lemmas(following[0].lower(), "v"):
                pair = (prefix.strip() + following[0], following[0])
                found.append(pair if edit.kind == "delete" else pair[::-1])
            continue
        left, right = words(edit.a), words(edit.b)
        if max(len(left), len(right)) > _MAX_WORDS:
            continue
        for x in left:
            for y in right:
                told_a = _repeats(x, y) and not (_AGAIN_SAID.search(b) or _spaced_re(edit.b, y))
                told_b = _repeats(y, x) and not (_AGAIN_SAID.search(a) or _spaced_re(edit.a, x))
                if told_a or told_b:
                    found.append((x, y))
    return found


# Relations a verb states between its subject and what follows it, where no outcome happens:
# what a whole holds ("the committee comprises nine judges"), what a thing measures ("weighs
# 900 kilograms", "costs 900 euros"), what money comes in or is owed ("earns 38,000 pounds" /
# "owes 38,000 pounds"), what something is called ("a storm named Ciaran"). Each field is a few
# sets of verbs that state one relation, a phrasal verb as its lemma and particle ("consist
# of"). A verb of a set replaced, between the same words, by a verb of another set of its field
# or by a verb the lexicon does not relate to it ("comprises" / "oversees", "numbers" / "has
# lost", "weighs" / "costs") states another relation between the same two (``event.relation``).
RELATION_FIELDS: dict[str, tuple[frozenset[str], ...]] = {
    # A whole and its parts or members ("the squad consists of 23 players", "the party numbers
    # 300,000 members", "the exhibition brings together 80 paintings").
    "parts": (
        frozenset(
            {
                "comprise",
                "consist of",
                "compose of",
                "form of",
                "make up",
                "include",
                "contain",
                "number",
                "count",
                "total",
                "bring together",
                "feature",
                "encompass",
                "incorporate",
                "embrace",
                "boast",
                "house",
                "span",
            }
        ),
    ),
    # What a thing measures: its weight, its price, its size, how long it lasts, how many it
    # seats. Each is another measure of the same thing ("weighs" / "costs about 900").
    "measure": (
        frozenset({"weigh", "tip"}),
        frozenset({"cost", "sell for", "fetch", "go for", "retail", "price"}),
        frozenset({"measure", "stretch", "extend", "run", "span"}),
        frozenset({"last"}),
        frozenset({"seat", "accommodate", "sleep"}),
    ),
    # Money that comes to the subject, money it owes, money it pays or spends ("earns" /
    # "owes 38,000 pounds a year").
    "money": (
        frozenset(
            {
                "earn",
                "receive",
                "take home",
                "bring in",
                "gross",
                "net",
                "pocket",
                "collect",
            }
        ),
        frozenset({"owe"}),
        frozenset({"pay", "spend", "pay out", "shell out"}),
        frozenset({"lend", "loan"}),
        frozenset({"borrow"}),
    ),
    # What a person or a thing is called ("a storm named Ciaran", "trades as", "known as").
    "naming": (
        frozenset(
            {
                "name",
                "call",
                "dub",
                "christen",
                "baptize",
                "baptise",
                "nickname",
                "title",
                "style",
                "term",
                "label",
                "brand",
                "know as",
                "trade as",
            }
        ),
    ),
}
_RELATION_WHAT = {
    "parts": "what the whole holds or shows",
    "measure": "what is measured",
    "money": "whose money it is",
    "naming": "what it is called",
}
_RELATION_PRIOR = 0.7
# Fields whose verbs state a relation to an amount ("weighs 900 kilograms", "owes 38,000
# pounds"): read only with an amount right after the verb ("paid for by the people", "drew
# attention" state no measure).
_AMOUNTED = frozenset({"measure", "money"})
_AMOUNT_REACH = 4  # words after the verb where the amount stands ("about 38,000", "an estimated")
# Verbs that say little by themselves ("has nine members", "is made of", "got 40"): what
# follows them states the relation, read by the other checks.
_LIGHT_VERBS = frozenset(
    "be have do get make take give go come become seem put keep let see say".split()
)
_AUXILIARIES = frozenset(
    """be is are was were been being am has have had having do does did will would shall
    should can could may might must""".split()
)


@lru_cache(maxsize=8192)
def _relation_sets(lemma: str) -> dict[str, frozenset[int]]:
    """The sets of each relation field that a verb lemma (or phrasal verb) is in."""
    return _sets_in(RELATION_FIELDS, lemma)


def _head_verbs(edited: str, before: str, after: str, others: set[str]) -> list[_Verb]:
    """The verbs that head the verb groups of an edit, the other side lacking them: a verb's
    inflected form ("comprises", "oversaw", "owed"), or its plain form after an auxiliary or
    "to" ("will cost", "to weigh"), with the particle or the preposition after it where the
    two make a verb of a relation field ("consists of", "brings together")."""
    lex = lexicon()
    found = []
    end = 0
    previous = words(before)[-1:]
    for word in words(edited):
        start = edited.index(word, end)
        end = start + len(word)
        lowered = word.lower()
        if lowered in FUNCTION_WORDS or lowered in _AUXILIARIES:
            previous = [word]
            continue
        lemmas = lex.lemmas(lowered, "v")
        plain = bool(previous) and previous[0].lower() in _AUXILIARIES | {"to"}
        rest = edited[end:] + after
        if not lemmas or (lowered in lemmas and not plain) or lowered in others:
            previous = [word]
            continue  # no verb, or a bare form that may be a noun ("the cost", "a number")
        if (lowered.endswith("ing") and not plain) or _subject_noun(lowered, rest):
            previous = [word]
            continue  # "a christening", "hotel groups led the market": nouns
        following = words(rest)[:2]
        lemma, text, tail = lemmas[0], word, rest
        for count in (2, 1):
            if len(following) < count:
                continue
            phrasal = " ".join([lemmas[0], *(w.lower() for w in following[:count])])
            if _relation_sets(phrasal) or _sets(phrasal):
                lemma = phrasal
                last = following[count - 1]
                cut = rest.index(last) + len(last)
                text, tail = edited[start:end] + rest[:cut], rest[cut:]
                break
        if lemma == lemmas[0]:
            lemma = next((x for x in lemmas if _relation_sets(x)), lemmas[0])
        found.append(_Verb(text, lemma, before + edited[:start], tail))
        previous = [word]
    return found


def _subject_noun(word: str, rest: str) -> bool:
    """A word in "-s" followed by a verb's inflected form, which no noun is ("hotel groups led
    the market"): the word is the plural subject of that verb, no verb itself."""
    if not word.endswith("s"):
        return False
    lex = lexicon()
    following = words(rest)[:1]
    if not following:
        return False
    nxt = following[0].lower()
    lemmas = lex.lemmas(nxt, "v")
    return bool(lemmas) and nxt not in lemmas and not lex.is_noun(nxt)


# "Paid" after "be" or "get" turns paying round: who "is paid" a wage receives it ("will
# receive £12 an hour" / "will be paid £12 an hour").
_PASSIVE_BEFORE = frozenset("be is are was were been being am get gets got gotten getting".split())
_RECEIVED = "receive"


def _verb_sets(verb: _Verb) -> dict[str, frozenset[int]]:
    """The sets of each relation field ``verb`` is in, "paid" in the passive as "receive"."""
    before = words(verb.before)[-1:]
    passive = bool(before) and before[0].lower() in _PASSIVE_BEFORE
    if passive and verb.lemma == "pay" and verb.text.lower() == "paid":
        return _relation_sets(_RECEIVED)
    return _relation_sets(verb.lemma)


def _relation_changed(x: _Verb, others: Sequence[_Verb]) -> str | None:
    """The field of ``x``'s relation where the other side's verbs state none of it: one of
    them is of another set of the field, or a verb the lexicon does not relate to ``x``."""
    sets_x = _verb_sets(x)
    if not sets_x or not others:
        return None
    lex = lexicon()
    field = next(iter(sets_x))
    changed = False
    for y in others:
        if _one_act(x, y):
            return None  # "calls at" / "stops at", "renewed" / "extended": one act of a field
        sets_y = _verb_sets(y)
        if field in sets_y:
            if sets_x[field] & sets_y[field]:
                return None  # one relation told in other words ("comprises" / "consists of")
            changed = True
            continue
        bare_x, bare_y = x.lemma.split()[0], y.lemma.split()[0]
        if bare_y in _LIGHT_VERBS or bare_x == bare_y:
            return None  # "has nine judges", "is made up of": the words after tell it
        if field == "measure" and lex.direction(bare_y) is not None:
            return None  # "costs" / "has risen to": a level and a change, the measures check's
        if _related(bare_x, bare_y) or lex.share_a_sense(bare_x, bare_y):
            return None
        changed = True
    return field if changed else None


def _one_act(x: _Verb, y: _Verb) -> bool:
    """Two verbs of one set of a field of ``_fields``, alone or with the word after them
    ("renewed" / "extended", "calls at" / "stops at")."""
    if one_set(x.text, y.text):
        return True
    next_x, next_y = words(x.after)[:1], words(y.after)[:1]
    return (
        bool(next_x)
        and next_x == next_y
        and one_set(f"{x.text} {next_x[0]}", f"{y.text} {next_y[0]}")
    )


def _amount_follows(after: str) -> bool:
    """An amount within a few words after a verb ("about 900 kilograms", "$3 million")."""
    return any(
        any(c.isdigit() for c in token) or is_amount_word(token.strip(",.;:").lower())
        for token in after.split()[:_AMOUNT_REACH]
    )


def relation_swaps(a: str, b: str) -> list[EventSwap]:
    """Verbs of ``a`` stating a relation of :data:`RELATION_FIELDS`, replaced in ``b`` between
    the same words by a verb stating another (and the other way round)."""
    words_a, words_b = vocabulary(a), vocabulary(b)
    found = []
    for edit in _verb_edits(a, b):
        if _negated(edit.before_a, edit.a) != _negated(edit.before_b, edit.b):
            continue
        if cues.negations(edit.a) or cues.negations(edit.b):
            continue
        left = _head_verbs(edit.a, edit.before_a, edit.after_a, words_b)
        right = _head_verbs(edit.b, edit.before_b, edit.after_b, words_a)
        swap = None
        for one, other, flip in ((left, right, False), (right, left, True)):
            for x in one:
                field = _relation_changed(x, other)
                if field is None:
                    continue
                y = other[0]
                first, second = (y, x) if flip else (x, y)
                if field in _AMOUNTED and not _amount_follows(x.after):
                    continue
                if _neighbours(first, second) == 2:
                    swap = EventSwap(first.text, second.text, field, 2, edit)
                    break
            if swap is not None:
                break
        if swap is not None:
            found.append(swap)
    return found


def find_events(a: str, b: str) -> list[Hit]:
    # A verb changed inside a quote changes what the speaker said: the quotes check's.
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    hits = [_hit(swap, "event.outcome", _PRIOR) for swap in event_swaps(a, b)]
    hits += [
        Hit(
            "event.repeated",
            "event",
            x,
            y,
            f"{x!r} → {y!r}: an act done again told as done for the first time, or the other "
            "way round",
            _REPEATED_PRIOR,
            {"relation": "repeated"},
        )
        for x, y in repeated_swaps(a, b)
        if all(h.a.lower() != x.lower() for h in hits)
    ]
    said = {(h.a.lower(), h.b.lower()) for h in hits}
    for swap in relation_swaps(a, b):
        if not any(h.a.lower() == swap.a.lower() for h in hits):
            hits.append(_relation_hit(swap))
    said = {(h.a.lower(), h.b.lower()) for h in hits}
    for swap in placed_swaps(a, b):
        if (swap.a.lower(), swap.b.lower()) not in said:
            hits.append(_hit(swap, "event.placed", _PRIOR_PLACED))
    return hits


def same_outcome_hits(a: str, b: str) -> list[Hit]:
    """``kind.synonym`` for two verbs of one set (:func:`same_outcomes`): the same outcome,
    a verdict on the words (the wording check's finding on them goes), as the kinds check
    gives for two nouns of one set of a field; the kinds check reports them."""
    a, b = cues.strip_quotes(a), cues.strip_quotes(b)
    return [
        Hit(
            "kind.synonym",
            "lexical",
            x,
            y,
            f"{x!r} → {y!r}: the same outcome ({_WHAT[field]}) told another way",
            _SYNONYM_PRIOR,
            {"relation": "synonym", "field": field},
        )
        for x, y, field in same_outcomes(a, b)
    ]


def _relation_hit(swap: EventSwap) -> Hit:
    return Hit(
        "event.relation",
        "event",
        swap.a,
        swap.b,
        f"{swap.a!r} → {swap.b!r}: another relation between the same two "
        f"({_RELATION_WHAT[swap.field]}), the sentence now says something else of them",
        _RELATION_PRIOR,
        {"field": swap.field, "shared": float(swap.shared)},
    )


def _hit(swap: EventSwap, check: str, prior: float) -> Hit:
    return Hit(
        check,
        "event",
        swap.a,
        swap.b,
        f"{swap.a!r} → {swap.b!r}: another outcome ({_WHAT[swap.field]}), "
        + _SAYS.get(swap.field, "the report now says something else happened"),
        prior,
        {"field": swap.field, "shared": float(swap.shared)},
    )


def check_events(ctx: PairContext) -> list[Finding]:
    if not current().lexicon:
        return []
    return as_findings(ctx, find_events(ctx.a, ctx.b))
