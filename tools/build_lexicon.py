"""Distil the lexicon that vardiff's meaning checks ship with, from WordNet 3.0.

Development-time only: vardiff reads the result (``vardiff/judge/data/lexicon.json.gz``) with
the standard library and needs neither nltk nor WordNet at run time.

    apt-get install wordnet-base      # WordNet 3.0 in /usr/share/wordnet
    python -m pip install nltk
    python tools/build_lexicon.py     # rewrites vardiff/judge/data/lexicon.json.gz

What goes in, and why:
- ``lemmas``: single-word noun and verb lemmas with their first senses (WordNet orders senses
  by frequency), as indices into ``parents``: the hypernym graph of those senses (a hyphenated
  game or object WordNet writes with capitals, "Ping-Pong", in the lower case text writes). A
  check tells a synonym (a shared sense), a broader or narrower word (one sense above the
  other) and a co-hyponym (a close common parent, neither above the other) from these.
  Compound nouns of two or three lower-case words the lexicon knows ("machine gun", "prime
  minister", "chief financial officer"; no plants, no Latin names) are lemmas too, their
  words joined by a space, so that "machine gun" / "shotgun" is not read as "gun" /
  "shotgun". Senses only compounds name are numbered after all the others (from
  ``compound_senses``), so that the reader can leave them out of how general a single word
  is.
- ``acronyms``: upper-case acronyms of three letters or more whose commonest sense has such a
  compound ("CEO": "chief executive officer", "GDP": "gross domestic product").
- ``later_senses``: single-word nouns' rarer senses (past the first ones kept) that the graph
  holds already as the kind of another word's sense ("carrier": a firm in the business of
  transporting, above "airline"): only a check that asks whether a word names another's kind
  reads them ("the airline said" / "the carrier said"); they make no two words alike else.
- ``domains``: each sense's lexicographer file ("noun.artifact", "noun.cognition").
- ``adjectives``: single-word adjective and adverb lemmas, so that the run-time lemmatiser
  knows "cheaper" is "cheap".
- ``adverbs``: adverb lemmas, single words and fixed phrases of up to four words ("back",
  "apart", "in fact", "of course", "for example"): a removal check reads a noun inside such a
  phrase, or an adverb right after its verb ("reflected back"), as no noun of content.
- ``antonyms``: WordNet's antonym pairs (every part of speech), extended to the other verbs
  of two opposed verb senses where that sense is their commonest ("permit" / "prohibit"),
  through derivational morphology ("strong" / "weak" gives "strength" / "weakness") and
  through negative prefixes on adjectives ("likely" / "unlikely"), unless WordNet already
  calls the two alike ("valuable" / "invaluable", "flammable" / "inflammable"), and the hand
  list, whose verbs and adjectives also give the nouns of their acts and qualities
  ("approve" / "reject": "approval" / "rejection").
- ``indirect_antonyms``: through adjective clusters, a satellite is opposite to the head of
  the other cluster ("dear" / "cheap"). Looser ("confidential" / "distant"), so kept apart.
  And through definitions: an adjective sense defined, in a clause of its own, as "not"
  another adjective is opposed to it, in whatever sense ("tender": (of plants) not hardy;
  "partial": ...; not total; "sparse": not dense), unless WordNet calls the two alike
  (186 pairs).
- ``converses`` and ``directions``: closed classes written by hand in tools/lexicon_extra.json
  (prepositions, converse verbs such as lend / borrow, and the verbs of rising and falling
  that news uses).
- ``gender``: nouns that name a man or a woman: from the hand list, from "-man" / "-woman"
  compounds, and from WordNet glosses whose genus is a man or a woman ("a male sovereign"),
  unless the word's senses name both ("ex": a former husband, a former wife).
- ``exceptions``: WordNet's irregular forms (rose -> rise, fell -> fall, better -> good).
- ``extra_parents``: a few is-a links WordNet lacks (an artillery shell is a projectile; diesel
  is a fuel, where WordNet knows only the engine; insulin is a medication, where it knows only
  the hormone), from tools/lexicon_extra.json. The reader links a word to the broader word's
  commonest sense: "medication", not "medicine", whose commonest sense is the science.
- ``modifier_senses``: adjective and adverb lemmas with all their senses, commonest first
  (numbered apart): a sense shared, and among the first four of one of the two words, makes
  them synonyms ("desperate" / "dire").
- ``degree_adjectives``: adjectives whose WordNet attribute is a size, degree or importance
  ("huge", "major", "serious"): intensifiers, which a removal check lets go.
- ``derived``: each lower-case word with the words of other parts of speech spelt from its
  stem in its commonest senses (WordNet's derivational links and an adverb's pertainym:
  "closure" -> "close", "arrival" -> "arrive", "majority" -> "major", "quickly" -> "quick"),
  so that an opposite said through another part of speech is read ("the closure of the road" /
  "the road was open").
- ``transitive``: verbs that take an object in every sense kept (WordNet's sentence frames):
  such a verb directly followed by a preposition lost its object ("sentenced to five years").
- ``infinitive``: verbs followed by "to" + verb that never take the preposition "to"
  ("promised to build"): "promised to new hospitals" lost its verb.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
EXTRA = Path(__file__).resolve().parent / "lexicon_extra.json"
OUT = ROOT / "vardiff" / "judge" / "data" / "lexicon.json.gz"
SENSES = 4  # senses kept per lemma: rarer senses make every pair of words look related

# The lexicographer files, in WordNet's order; Debian's wordnet-base does not ship this index,
# which nltk's reader needs.
_LEXNAMES = (
    "adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute "
    "noun.body noun.cognition noun.communication noun.event noun.feeling noun.food noun.group "
    "noun.location noun.motive noun.object noun.person noun.phenomenon noun.plant "
    "noun.possession noun.process noun.quantity noun.relation noun.shape noun.state "
    "noun.substance noun.time verb.body verb.change verb.cognition verb.communication "
    "verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion "
    "verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl"
).split()
_POS_NUMBER = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
# WordNet's verb frames that need no object right after the verb: "Something ----s",
# "Somebody ----s PP", "Somebody ----s to INFINITIVE", "Somebody ----s that CLAUSE" and the like.
_DEGREE_ATTRIBUTES = {
    f"{name}.n.01"
    for name in (
        "size degree importance significance seriousness completeness majority minority "
        "magnitude intensity strength extremeness moderation substantiality"
    ).split()
} | {"seriousness.n.03", "minority.n.02"}
_NO_OBJECT_FRAMES = {1, 2, 3, 4, 6, 7, 12, 13, 22, 23, 26, 27, 28, 29, 32, 33, 34, 35}


def open_wordnet(folder: Path) -> Any:
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class Reader(WordNetCorpusReader):  # type: ignore[misc]
        def map_wn(self, version: str = "wordnet") -> None:
            return None  # no mapping to other WordNet versions: we read 3.0 only

    work = Path(tempfile.mkdtemp(prefix="wordnet-"))
    for path in folder.iterdir():
        if path.is_file():
            shutil.copy(path, work / path.name)
    with open(work / "lexnames", "w", encoding="ascii") as handle:
        for number, name in enumerate(_LEXNAMES):
            handle.write(f"{number:02d}\t{name}\t{_POS_NUMBER[name.split('.')[0]]}\n")
    nltk.data.path.append(str(work))  # nltk only reads folders it was told about
    return Reader(str(work), None)


# A clause of a definition that is a negated adjective alone, after the usage WordNet puts in
# brackets: "(of plants) not hardy; easily killed by adverse growing conditions".
_NOT_IN_GLOSS = re.compile(r"(?:^|; )(?:\([^)]*\) )?not ([a-z]+)(?=;|$)")


def _word(name: str) -> str | None:
    """A lemma name as the lexicon keeps it: single words only, lower case unless a proper
    noun (Tuesday)."""
    if "_" in name or not re.fullmatch(r"[A-Za-z][a-z'-]*", name):
        return None
    return name


# The files of things one plays or uses: a hyphenated name of one WordNet writes with capitals
# ("Ping-Pong", "Mah-Jongg", "Post-It") is a common noun that text writes in lower case;
# peoples and languages ("Anglo-Saxon", "Indo-European") keep their capitals.
_LOWER_CASED_FILES = frozenset({"noun.act", "noun.artifact"})


def _lower_cased(wn: Any, name: str) -> str | None:
    """A hyphenated noun WordNet writes with a capital on each part ("Ping-Pong"), in lower
    case ("ping-pong"), where its commonest sense is a game or an object and no name of one
    thing (an instance)."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)+", name):
        return None
    senses = [s for s in wn.synsets(name, "n") if name in s.lemma_names()]
    if not senses or senses[0].lexname() not in _LOWER_CASED_FILES:
        return None
    if any(s.instance_hypernyms() for s in senses):
        return None
    return name.lower()


def _compound(name: str) -> str | None:
    """A noun of two or three plain lower-case words ("machine_gun", "prime_minister",
    "chief_financial_officer"), as the lexicon keeps it: the words joined by a space."""
    if not re.fullmatch(r"[a-z]+(?:_[a-z]+){1,2}", name):
        return None
    return name.replace("_", " ")


def _adverb_phrase(name: str) -> str | None:
    """An adverb of two to four plain lower-case words ("in_fact", "of_course",
    "for_the_most_part"), as the lexicon keeps it: the words joined by a space."""
    if not re.fullmatch(r"[a-z]+(?:_[a-z]+){1,3}", name):
        return None
    return name.replace("_", " ")


# The kinds of noun a verb or an adjective is named by when it is a thing ("approval",
# "strength"), and not a person or an object that does it ("approver", "cooler").
_NOMINAL_FILES = {
    "noun.act",
    "noun.attribute",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.process",
    "noun.state",
}


def _nominal_forms(wn: Any, word: str) -> set[tuple[str, str]]:
    """The nouns that name the act or the quality of ``word``'s commonest senses, with their
    lexicographer file: "approve" gives ("approval", "noun.act"). Only nouns spelt from the
    word itself ("approv-al", not "blessing"), so that a rare sense adds no other word."""
    found = set()
    for synset in wn.synsets(word)[:SENSES]:
        for lemma in synset.lemmas():
            if lemma.name() != word:
                continue
            for form in lemma.derivationally_related_forms():
                name, kind = form.name(), form.synset().lexname()
                spelt = name.startswith(word[:-1]) and name not in (word, word[:-1])
                if kind in _NOMINAL_FILES and spelt:  # "pricey" does not give "price"
                    found.add((name, kind))
    return found


def _commonest(wn: Any, synset: Any) -> list[str]:
    """The single-word lemmas of ``synset`` whose commonest sense it is."""
    return [
        name
        for name in synset.lemma_names()
        if _word(name) and wn.synsets(name, synset.pos())[:1] == [synset]
    ]


def _derived_pairs(wn: Any, left: str, right: str) -> list[tuple[str, str]]:
    """The nouns of two opposed words that name the same kind of thing ("approval" /
    "rejection": acts both)."""
    forms_right = _nominal_forms(wn, right)
    return [
        (x, y) for x, kind in _nominal_forms(wn, left) for y, other in forms_right if kind == other
    ]


def _spelt_alike(word: str, other: str) -> bool:
    """Two words spelt from one stem: all but the last two letters of the shorter one begin
    the longer one ("closure" / "close", "arrival" / "arrive", "majority" / "major"), so that
    WordNet's links to words of another stem ("death" / "die", "height" / "high") are left
    out: a reader reads those as other words."""
    short = min(len(word), len(other))
    common = 0
    for left, right in zip(word, other, strict=False):
        if left != right:
            break
        common += 1
    return common >= max(3, short - 2)


def _part_of_speech(synset: Any) -> str:
    """ "n", "v", "a" or "r": a satellite adjective ("s") is an adjective."""
    return "a" if synset.pos() == "s" else str(synset.pos())


def _derivations(wn: Any) -> dict[str, list[str]]:
    """Each lower-case word with the words of other parts of speech it is derived from or
    gives, in its commonest senses and spelt from the same stem: "closure" -> "close",
    "arrival" -> "arrive", "majority" -> "major"; an adverb gives its adjective ("quickly" ->
    "quick", WordNet's pertainym), or the adjective its commonest sense is named by too
    ("newly": "newly, freshly, fresh, new" -> "new"). Adverbs whose commonest senses are no
    adjective's ("hardly", "lately", "nearly", "shortly") give none."""
    found: dict[str, set[str]] = {}
    for pos in ("n", "v", "a", "r"):
        names = {n for s in wn.all_synsets(pos) for n in s.lemma_names()}
        for name in sorted(names):
            word = _word(name)
            if word is None or not word.islower():
                continue
            # An adverb's later senses are seldom its adjective's ("shortly": "soon" first,
            # "curtly" third): two only.
            first = 2 if pos == "r" else SENSES
            senses = [s for s in wn.synsets(name, pos) if name in s.lemma_names()][:first]
            for rank, synset in enumerate(senses):
                lemma = next(x for x in synset.lemmas() if x.name() == name)
                related = [*lemma.derivationally_related_forms(), *lemma.pertainyms()]
                forms = {
                    form.name()
                    for form in related
                    if _part_of_speech(form.synset()) != _part_of_speech(synset)
                }
                if pos == "r" and rank == 0 and synset.lemma_names()[0] == name:
                    # The adverb's own commonest sense, with the bare adjective among its
                    # words: "newly" is "new" ("newly built" / "new-built").
                    bare = word.removesuffix("ly")
                    forms |= {n for n in synset.lemma_names() if n == bare and bare != word}
                for form in forms:
                    other = _word(form)
                    if other and other.islower() and other != word and _spelt_alike(word, other):
                        found.setdefault(word, set()).add(other)
    return {word: sorted(others) for word, others in sorted(found.items())}


def build(wn: Any, extra: dict[str, Any]) -> dict[str, Any]:
    # Senses are numbered in the order of their names, so that the same WordNet gives the
    # same file whatever order nltk hands them out in.
    kept: dict[str, dict[str, list[Any]]] = {"n": {}, "v": {}}
    reachable: dict[str, Any] = {}
    for pos in ("n", "v"):
        names = {n for s in wn.all_synsets(pos) for n in s.lemma_names()}
        for name in sorted(names):
            word = _word(name) or (_lower_cased(wn, name) if pos == "n" else None)
            if word is None or (word != name and word in kept[pos]):
                continue
            senses = [s for s in wn.synsets(name, pos) if name in s.lemma_names()][:SENSES]
            if senses:
                kept[pos][word] = senses
                for sense in senses:
                    for above in [sense, *sense.closure(lambda x: x.hypernyms())]:
                        reachable[above.name()] = above
    # Compound nouns ("machine gun", "fire engine", "prime minister"), so that a check reads
    # them as one word rather than by their head. Their senses that no single word reaches are
    # numbered after the others and kept out of the tree below single words
    # (``compound_senses``), so that how general a single word is does not change.
    single = len(reachable)
    compounds: dict[str, list[Any]] = {}
    names = {n for s in wn.all_synsets("n") for n in s.lemma_names()}
    known = {w.lower() for table in kept.values() for w in table}
    known |= {n.lower() for s in wn.all_synsets() if s.pos() in "asr" for n in s.lemma_names()}
    for name in sorted(names):
        word = _compound(name)
        # Compounds of words the lexicon knows ("genus Acanthus", "Acanthus mollis" are not),
        # and no plants: thousands of species that news does not name.
        if word is None or not all(part in known for part in word.split()):
            continue
        senses = [s for s in wn.synsets(name, "n") if name in s.lemma_names()][:SENSES]
        if senses and senses[0].lexname() != "noun.plant":
            compounds[word] = senses
    added = {
        above.name(): above
        for senses in compounds.values()
        for sense in senses
        for above in [sense, *sense.closure(lambda x: x.hypernyms())]
    }
    synset_index = {name: number for number, name in enumerate(sorted(reachable))}
    for name in sorted(set(added) - set(reachable)):
        synset_index[name] = len(synset_index)
        reachable[name] = added[name]
    kept["n"].update(compounds)
    # A noun's rarer senses (past the first SENSES) that are already in the graph as the kind of
    # another word's sense ("carrier": a firm in the business of transporting, its fifth sense,
    # above "airline"): a reader takes that sense where the text named the narrower thing
    # first ("the airline said" / "the carrier said"). Kept apart, so that they make no two
    # words alike by the way; only a check that asks whether a word may name a kind of another
    # reads them.
    later: dict[str, list[str]] = {}
    for word in sorted(kept["n"]):
        if " " in word:
            continue
        senses = [s for s in wn.synsets(word, "n") if word in s.lemma_names()][SENSES:]
        found = [s.name() for s in senses if s.name() in reachable]
        if found:
            later[word] = found
    # Acronyms that WordNet gives a compound noun for ("CEO": "chief executive officer", "GDP":
    # "gross domestic product"), so that a check can read one as the other. Names of bodies
    # ("FBI", "NATO") have a capitalised compound and stay the names check's.
    # Two letters are too often read otherwise ("PM", "MP", "IT"); the commonest sense decides.
    acronyms: dict[str, str] = {}
    for name in sorted(n for n in names if re.fullmatch(r"[A-Z]{3,5}", n)):
        first = next(s for s in wn.synsets(name, "n") if name in s.lemma_names())  # not "cat"
        spelled = [w for n in first.lemma_names() if (w := _compound(n)) in compounds]
        if spelled:
            acronyms[name] = spelled[0]
    later_senses = {
        word: [synset_index[name] for name in names]
        for word, names in later.items()
        if all(name in synset_index for name in names)
    }
    order = sorted(reachable, key=synset_index.__getitem__)
    parents = [
        sorted(synset_index[h.name()] for h in reachable[name].hypernyms()) for name in order
    ]
    lemmas = {
        pos: {word: [synset_index[s.name()] for s in senses] for word, senses in table.items()}
        for pos, table in kept.items()
    }
    # The lexicographer file of each sense ("noun.artifact", "noun.cognition"): whether two
    # things of one kind are concrete things or ideas.
    domains = [_LEXNAMES.index(reachable[name].lexname()) for name in order]

    # Adjective and adverb senses, numbered apart from the noun and verb graph: two words that
    # share one are synonyms ("desperate" / "dire", "about" / "roughly").
    modifier_senses: dict[str, list[str]] = {}
    for pos in ("a", "r"):
        names = {n for s in wn.all_synsets(pos) for n in s.lemma_names()}
        for name in sorted(names):
            word = _word(name)
            if word is None:
                continue
            # Every sense, commonest first: a synonym may be a rarer sense of one of the two
            # words ("desperate" is "dire" only in its sixth).
            senses = [s for s in wn.synsets(name, pos) if name in s.lemma_names()]
            modifier_senses.setdefault(word, []).extend(s.name() for s in senses)
    modifier_index = {
        name: number
        for number, name in enumerate(sorted({n for v in modifier_senses.values() for n in v}))
    }
    modifiers = {
        word: [modifier_index[n] for n in dict.fromkeys(names)]
        for word, names in sorted(modifier_senses.items())
    }

    # Adjectives of degree: their WordNet attribute is a size, a degree or an importance
    # ("huge", "major", "serious", "complete"). Dropped, they leave the statement standing;
    # a dropped adjective of kind ("elderly", "suspicious", "former") narrows it no longer.
    degree = set()
    for synset in wn.all_synsets("a"):
        heads = [synset, *(synset.similar_tos() if synset.pos() == "s" else [])]
        if any(a.name() in _DEGREE_ATTRIBUTES for h in heads for a in h.attributes()):
            degree.update(w for n in synset.lemma_names() if (w := _word(n)))

    adjectives = sorted(
        {
            w
            for pos in ("a", "s", "r")
            for s in wn.all_synsets(pos)
            for n in s.lemma_names()
            if (w := _word(n)) is not None
        }
    )
    adverbs = sorted(
        {
            w
            for s in wn.all_synsets("r")
            for n in s.lemma_names()
            if (w := _word(n) or _adverb_phrase(n)) is not None
        }
    )

    derived = _derivations(wn)

    antonyms: set[tuple[str, str]] = set()
    indirect: set[tuple[str, str]] = set()

    def add(left: str, right: str, *, into: set[tuple[str, str]] = antonyms) -> None:
        left_word, right_word = _word(left), _word(right)
        if left_word and right_word and left_word.lower() != right_word.lower():
            pair = sorted((left_word.lower(), right_word.lower()))
            into.add((pair[0], pair[1]))

    direct = []
    for synset in wn.all_synsets():
        for lemma in synset.lemmas():
            for other in lemma.antonyms():
                add(lemma.name(), other.name())
                direct.append((lemma, other))
    # Indirect antonyms: a satellite adjective is opposite to the head of the other cluster.
    for lemma, other in direct:
        synset = lemma.synset()
        if synset.pos() != "a":
            continue
        for satellite in synset.similar_tos():
            for name in satellite.lemma_names():
                add(name, other.name(), into=indirect)
    # Through synonyms: the other verbs of two opposed senses, where that sense is the verb's
    # commonest ("permit" / "forbid" gives "permit" / "prohibit", "start" / "end" gives
    # "start" / "terminate"). Rarer senses would oppose common verbs by the way ("draw" a
    # crowd). Converses ("purchase" / "sell") stay converses.
    converse_pairs = {tuple(sorted(p)) for p in extra["converses"]}
    for lemma, other in direct:
        synset, opposite = lemma.synset(), other.synset()
        if synset.pos() != "v":
            continue
        for left in _commonest(wn, synset):
            for right in _commonest(wn, opposite):
                if tuple(sorted((left.lower(), right.lower()))) not in converse_pairs:
                    add(left, right)
    # Through derivational morphology: strong / weak -> strength / weakness, strengthen /
    # weaken.
    for lemma, other in direct:
        for left in lemma.derivationally_related_forms():
            for right in other.derivationally_related_forms():
                if left.synset().pos() == right.synset().pos():
                    add(left.name(), right.name())

    def alike(left: str, right: str) -> bool:
        """WordNet calls the two words the same or similar in some sense."""
        for synset in wn.synsets(left):
            if right in synset.lemma_names():
                return True
            for similar in synset.similar_tos() + synset.also_sees():
                if right in similar.lemma_names():
                    return True
        return False

    adjective_set = set(adjectives)
    for word in adjectives:
        for prefix in ("un", "in", "im", "il", "ir", "dis", "non"):
            base = word[len(prefix) :]
            if (
                word.startswith(prefix)
                and len(base) >= 4
                and base in adjective_set
                and not alike(word, base)
                and not alike(base, word)
                and word.lower() not in extra["not_antonyms"]
                and base.lower() not in extra["not_antonyms"]
            ):
                add(word, base)
    for left, right in extra["antonyms"]:
        add(left, right)
    # The hand pairs through derivation too, as WordNet's pairs above: "approve" / "reject"
    # gives "approval" / "rejection", "resume" / "suspend" gives "resumption" / "suspension".
    for left, right in extra["antonyms"]:
        for pair in _derived_pairs(wn, left, right):
            add(*pair)
    # Through definitions: an adjective sense that WordNet defines, in a clause of its own, as
    # "not" another adjective ("tender": (of plants) not hardy; "partial": ...; not total) is
    # opposed to it as loosely as a cluster's satellite is to the other cluster's head, in
    # whatever sense: the definition names the attribute the two words split. Not where
    # WordNet calls the two alike in some other sense.
    for synset in wn.all_synsets():
        if synset.pos() not in ("a", "s"):
            continue
        for negated in _NOT_IN_GLOSS.findall(synset.definition()):
            if not wn.synsets(negated, "a") and not wn.synsets(negated, "s"):
                continue
            for name in synset.lemma_names():
                if not alike(name, negated) and not alike(negated, name):
                    add(name, negated, into=indirect)
    antonyms = {p for p in antonyms if f"{p[0]} {p[1]}" not in extra["not_antonym_pairs"]}
    indirect -= antonyms

    # Gender: hand pairs first, then compounds and glosses.
    gender: dict[str, str] = {}
    for male, female in extra["gender_pairs"]:
        gender[male], gender[female] = "m", "f"
    male_genus = re.compile(r"^(?:an? |the )?(?:\w+ )?(?:male|man|boy|son|husband|father)\b")
    female_genus = re.compile(
        r"^(?:an? |the )?(?:\w+ )?(?:female|woman|girl|daughter|wife|mother)\b"
    )
    for word in lemmas["n"]:
        if word in gender or " " in word:
            continue
        if re.fullmatch(r"[a-z]+(?:wo)?man", word) and word not in extra["not_gendered"]:
            gender[word] = "f" if word.endswith("woman") else "m"
            continue
        synset = wn.synsets(word, "n")[0]
        if synset.lexname() != "noun.person" or word in extra["not_gendered"]:
            continue
        # A word whose senses name a man and a woman alike ("ex": a former husband or a
        # former wife) says neither.
        said = {
            "m" if male_genus.match(gloss) else "f" if female_genus.match(gloss) else ""
            for other in wn.synsets(word, "n")
            if other.lexname() == "noun.person"
            for gloss in (other.definition().lower(),)
        }
        if {"m", "f"} <= said:
            continue
        gloss = synset.definition().lower()
        if male_genus.match(gloss):
            gender[word] = "m"
        elif female_genus.match(gloss):
            gender[word] = "f"

    exceptions: dict[str, dict[str, list[str]]] = {}
    for pos in ("n", "v", "a"):
        table: dict[str, list[str]] = {}
        for form, bases in wn._exception_map[pos].items():
            if _word(form) and all(_word(b) for b in bases):
                table[form] = list(bases)
        exceptions[pos] = table

    # Verbs that need an object in every sense kept: WordNet's sentence frames of each sense
    # ("Somebody ----s something" but never "Somebody ----s", "... PP", "... to INFINITIVE").
    # "The court sentenced to five years" lost the object "sentence" cannot do without.
    frames = {
        word: {
            frame
            for sense in senses
            for lemma in sense.lemmas()
            if lemma.name() == word
            for frame in lemma.frame_ids()
        }
        for word, senses in kept["v"].items()
        if word.islower()
    }
    transitive = sorted(word for word, found in frames.items() if not found & _NO_OBJECT_FRAMES)
    # Verbs followed by "to" + verb ("promised to build") that never take the preposition "to"
    # ("went to the"): after them, "to" with no verb next lost one.
    infinitive = sorted(
        word for word, found in frames.items() if found & {28, 32, 35} and not found & {12, 22, 27}
    )

    extra_parents: list[list[str]] = [list(p) for p in extra["is_a"]]
    return {
        "version": 1,
        "source": "WordNet 3.0 (Princeton University; licence in LICENSE.wordnet.txt) "
        "and tools/lexicon_extra.json",
        "senses": SENSES,
        "lemmas": lemmas,
        "later_senses": later_senses,
        "parents": parents,
        "compound_senses": single,
        "acronyms": dict(sorted(acronyms.items())),
        "domains": domains,
        "domain_names": list(_LEXNAMES),
        "adjectives": adjectives,
        "adverbs": adverbs,
        "antonyms": sorted(list(p) for p in antonyms),
        "indirect_antonyms": sorted(list(p) for p in indirect),
        "converses": extra["converses"],
        "directions": extra["directions"],
        "gender": dict(sorted(gender.items())),
        "exceptions": exceptions,
        "extra_parents": extra_parents,
        "modifier_senses": modifiers,
        "degree_adjectives": sorted(degree),
        "derived": derived,
        "transitive": transitive,
        "infinitive": infinitive,
    }


def tool_arguments(doc: str, output: Path) -> tuple[Any, Path]:
    """The WordNet a build tool reads (``--wordnet``) and the file it writes (``--output``,
    ``output`` by default), from its command line; ``doc`` is the tool's docstring."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--output", type=Path, default=output)
    args = parser.parse_args()
    return open_wordnet(args.wordnet), args.output


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as JSON a reviewer can diff: one item a line, keys sorted."""
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def write_gzipped_json(path: Path, data: dict[str, Any]) -> None:
    """Write ``data`` as compact JSON, gzipped with no time stamp: the same input gives the
    same bytes, so a rebuild that changes nothing changes no file in git."""
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = json.dumps(data, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with (
        open(path, "wb") as handle,
        gzip.GzipFile(fileobj=handle, mode="wb", mtime=0, filename="") as out,
    ):
        out.write(raw)


def main() -> None:
    wordnet, output = tool_arguments(__doc__, OUT)
    extra = json.loads(EXTRA.read_text(encoding="utf-8"))
    data = build(wordnet, extra)
    write_gzipped_json(output, data)
    print(
        f"{output}: {output.stat().st_size / 1e6:.2f} MB; "
        f"{len(data['lemmas']['n'])} nouns, {len(data['lemmas']['v'])} verbs, "
        f"{len(data['parents'])} senses, {len(data['antonyms'])} antonym pairs, "
        f"{len(data['gender'])} gendered nouns, {len(data['transitive'])} transitive verbs, "
        f"{len(data['infinitive'])} verbs taking an infinitive"
    )


if __name__ == "__main__":
    main()
