"""The rules backend: the stance lexicon read over the dependency parse.

Target stance walks up from the target phrase to the first word that evaluates
it: the verb it is subject or object of ("negotiation would not resolve"), the
adjective or noun predicated of it ("is either foolish or treacherous", "are not
the solution"), the noun it complements ("opposition to talks"). Negation on
that word, a governing "refuse to"/"fail to", and a yes/no question that expects
the answer no, each flip the polarity. A target inside an if-clause takes the
main clause's verb at a low score ("if talks become necessary, we will consider
it"): openness, not support. Words outside the lexicon fall back to VADER.

Relations read a stance verb or noun with an actor on each side (subject and
object, passive agent, "X's criticism of Y", "refuses to deal with Y"), and the
speaker of a statement toward an actor the statement's content evaluates.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..names import GROUP_HEADS
from ..statements import load_cues
from ..types import Document, Paragraph, Relation, Span, Stance
from .base import ActorIndex, MentionRef, TargetContext, text_of
from .lexicon import Lexicon, lexicon, text_valence, word_valence

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan
    from spacy.tokens import Token

SUBJ = frozenset({"nsubj", "csubj"})
SUBJ_PASS = frozenset({"nsubjpass", "csubjpass"})
OBJ = frozenset({"dobj", "obj", "dative", "oprd"})
CLIMB = frozenset({"conj", "appos", "compound", "amod", "nmod", "nummod", "poss", "npadvmod"})
CLAUSE_STOP = frozenset({"ccomp", "advcl", "parataxis", "relcl", "acl"})
AUX_LEMMAS = frozenset({"be", "seem", "appear", "remain", "become", "prove", "look", "sound"})
INVERTED_AUX = frozenset(
    {"be", "do", "have", "can", "could", "should", "would", "will", "shall", "may", "might"}
)
SCORE_DIRECT = 0.8
SCORE_CLIMBED = 0.7
SCORE_COMPLEMENT = 0.5
SCORE_CONDITIONAL = 0.35
SCORE_REPORT = 0.5
# Holder relations: how far up the parse a mention looks for its holder's verb.
HOLDER_CLIMB = 12
# Prepositions whose object stands beside the holder's act, not at its receiving end.
BYSTANDER_PREPS = frozenset({"than", "without", "like", "including", "between", "among", "during",
                             "after", "before", "since", "near", "besides", "unlike"})
# How much a reading counts when a pair's readings across the document are weighed: two
# actors' positions toward each other rarely change within one article (SEESAW train:
# 98.6% of gold triples agree with their pair's majority), so a reading from a stance word
# settles the polarity of the pair's weaker readings elsewhere.
WEIGHT_WORD = 3.0  # a stance word joins the two ("criticized", "ally of")
WEIGHT_PARSE = 2.0  # what evaluates the mention in a statement's content
WEIGHT_PATH = 1.5  # a stance word between the holder's verb and the mention
WEIGHT_TONE = 0.5  # only the tone of the clause
WEIGHT_DEFAULT = 0.0  # nothing but who holds forth about whom
WEIGHT_BASIS = {WEIGHT_WORD: "word", WEIGHT_PARSE: "evaluation", WEIGHT_PATH: "path",
                WEIGHT_TONE: "tone", WEIGHT_DEFAULT: "default"}
# Each basis's score (``Relation.score``): the precision of the relations resting on it on
# SEESAW train (``stancegraph eval stance --seesaw ../shared/eval/seesaw/train --json``,
# "by_basis"), rounded to 0.05, at least 0.05. SEESAW leaves many plausible positions
# unannotated, so these are floors more than odds; what they rank is the point. A target
# relation takes its stance's score.
BASIS_SCORE = {"word": 0.6, "tone": 0.4, "evaluation": 0.35, "default": 0.3, "pair": 0.3,
               "path": 0.3, "carried": 0.2, "affiliation": 0.15}
# A pair read nowhere in the document with more than WEIGHT_DEFAULT is left out: its
# polarity would be a guess (SEESAW train when this was chosen: F1 0.28 with such pairs but
# polarity accuracy 0.78; 0.25 and 0.82 without).
MIN_SUPPORT = 0.4
# A speaker's default reading toward an actor their words name is kept without support unless
# the sentence sounds clearly positive (VADER compound >= this): praise of another is rarer
# than dispute in news, and there neither guess is safe (SEESAW train: positive 45% right).
# 0.5 trades polarity for recall (train F1 0.300 -> 0.304, polarity 0.819 -> 0.814; 0.3 kept
# polarity, 1.1 (all) falls to 0.80 on dev).
SPOKEN_TONE = 0.5
# A clause's subject's default reading toward an actor inside the clause is kept only in a
# sentence that sounds negative (VADER <= this; SEESAW train: 0.325 of them gold pairs, 85%
# negative).
HOLDER_TONE = -0.3
# A carried-over object (``carried_relations``) needs this much of the pair's reading in the
# document: at least one parse-level reading (SEESAW train F1 0.293 -> 0.294, dev 0.224 -> 0.231).
CARRY_SUPPORT = 2.0
ADJ_DEPS = frozenset({"acomp", "ROOT", "conj", "xcomp", "advcl"})
NOT_JUST = frozenset({"just", "only", "merely", "simply"})
VERBAL = frozenset({"VERB", "AUX"})
NOUN_OBJECT_PREPS = frozenset({"of", "for", "to", "against", "toward", "towards", "on", "with"})
# Those that name whom a verb's object noun is aimed at when hung on the verb ("heaped
# praise on Y", "threw her support behind Y"); "for" and "of" there say why or of what.
AIMED_PREPS = frozenset({"on", "upon", "at", "against", "to", "toward", "towards", "behind"})
LABELS = {1: "favor", -1: "against", 0: "neutral"}
NAMED_PARTIES = frozenset({"GPE", "NORP", "ORG", "PERSON"})
PRESCRIPTIVE = frozenset({"should", "must", "ought"})
OWN_POSSESSIVES = frozenset({"my", "our", "his", "her"})
PERSON_PREPS = frozenset({"of", "to", "for"})
OPENING_QUOTES = frozenset({'"', "“", "‘", "'", "«"})


@dataclass
class Reading:
    """What the rules found: a polarity, how sure, and the words that carry it."""

    polarity: int
    score: float
    evidence: list[Token]


def is_negated(tok: Token, lex: Lexicon) -> bool:
    for child in tok.children:
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod", "aux") and child.lower_ in lex.negations):
            nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if nxt is not None and nxt.lower_ in NOT_JUST:
                continue  # "not just fighting rioters" affirms the fighting
            return True
    return False


def noun_sign(noun: Token, lex: Lexicon) -> int:
    """-1 when a noun is negated, qualified by a damning adjective ("baseless trust"),
    or stands after "against" ("warned against trust in Y")."""
    sign = -1 if is_negated(noun, lex) else 1
    damned = any(c.dep_ == "amod" and lex.evaluate_adjectives.get(c.lemma_.lower(), 0) < 0
                 for c in noun.children)
    # Either one undoes the noun; both together do not undo each other.
    if damned or (noun.dep_ == "pobj" and noun.head.lower_ == "against"):
        sign = -sign
    return sign


def negation_sign(tok: Token, lex: Lexicon) -> int:
    """-1 when the word is negated or sits under "refuse to"/"fail to"; both cancel out."""
    sign = -1 if is_negated(tok, lex) else 1
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in lex.negating_verbs:
        sign = -sign
        if is_negated(tok.head, lex):
            sign = -sign
    elif tok.dep_ == "xcomp" and is_negated(tok.head, lex):
        sign = -sign  # "did not try to remove Y", "never wanted to back Y"
    elif tok.dep_ in ("acl", "pcomp") or tok.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "no plans to meet Y", "no room for celebrating Y", "no intention of backing Y",
        # "no reason to attack Y"
        noun = tok.head.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok.head
        if noun.pos_ == "NOUN" and is_negated(noun, lex):
            sign = -sign
    return sign


def word_polarity(tok: Token, lex: Lexicon, table: dict[str, int] | None = None) -> int:
    """Lexicon polarity of a word, else the sign of a clear VADER valence."""
    lemma = tok.lemma_.lower()
    pol = table.get(lemma, 0) if table is not None else lex.evaluative(lemma, tok.pos_)
    if tok.pos_ == "ADJ" and any(c.lower_ == "too" and c.dep_ == "advmod" for c in tok.children):
        # "too friendly with Y", "too close to Y": a virtue in excess is a fault.
        pol = pol or (1 if word_valence(lemma) > 0 else 0)
        return -1 if pol else 0
    if pol:
        return pol
    if tok.pos_ in ("ADJ", "NOUN", "VERB"):
        v = word_valence(tok.lower_) or word_valence(lemma)
        if abs(v) >= 0.3:
            return 1 if v > 0 else -1
    return 0


def predicate_polarity(pred: Token, lex: Lexicon) -> tuple[int, list[Token]]:
    """Polarity that a predicate passes on to its subject: a verb, or what a copula links."""
    total, evidence = 0, []
    heads = [pred] + [c for c in pred.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                      and not any(g.dep_ in SUBJ | SUBJ_PASS for g in c.children)]
    for verb in heads:
        comps = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd")]
        comps += [cc for c in comps for cc in c.children if cc.dep_ == "conj"]
        pol = 0
        if verb.lemma_.lower() in AUX_LEMMAS and comps:
            for comp in comps:
                p = word_polarity(comp, lex)
                if p and (is_negated(comp, lex) or is_negated(verb, lex)) and named_beneficiary(comp, verb):
                    # "is not a favour to Kestria": the negation denies what the subject is to
                    # another party, not the subject's worth; it says nothing against it.
                    continue
                if p:
                    # "not the solution": the negation may sit on the noun or on the copula.
                    pol += p * (-1 if is_negated(comp, lex) else 1)
                    evidence.append(comp)
        else:
            pol = word_polarity(verb, lex, lex.evaluate_verbs)
            if pol:
                evidence.append(verb)
        if pol:
            total += (1 if pol > 0 else -1) * negation_sign(verb, lex)
    return (0 if total == 0 else (1 if total > 0 else -1)), evidence


def named_beneficiary(comp: Token, verb: Token) -> bool:
    """Whether an evaluative word is relative to a named party: "a favour to Kestria",
    "good for Lomar" (the parser hangs the "to" on the word or on the copula)."""
    return any(p.dep_ == "prep" and p.lower_ in ("to", "for") and
               any(o.dep_ == "pobj" and (o.pos_ == "PROPN" or o.ent_type_ in NAMED_PARTIES)
                   for o in p.children)
               for p in (*comp.children, *verb.children))


def is_desire(verb: Token, lex: Lexicon) -> bool:
    # The small model lemmatizes "hoped" as "hop": the past form is checked as well.
    lower = verb.lower_
    return verb.pos_ in VERBAL and (verb.lemma_.lower() in lex.desire_verbs or (
        verb.tag_ in ("VBD", "VBN") and lower.endswith("ed") and (lower[:-1] in lex.desire_verbs
                                                                  or lower[:-2] in lex.desire_verbs)))


def phrasal(verb: Token, lex: Lexicon) -> tuple[tuple[str, ...], int] | None:
    """The phrasal verb ``verb`` heads with its particles and prepositions ("laid into",
    "stood up for"), the longest the lexicon knows, and its polarity."""
    entries = lex.phrasal_verbs.get(verb.lemma_.lower())
    if not entries:
        return None
    parts = [c for c in verb.children if c.dep_ in ("prt", "advmod", "prep") and c.i > verb.i]
    # "lashed out at Y": the parse may hang the preposition on the particle.
    parts += [g for c in parts for g in c.children if g.dep_ == "prep"]
    parts.sort(key=lambda t: t.i)

    def fills(particles: tuple[str, ...]) -> bool:
        # In order, each close after the one before ("called the senator out" has the
        # object between): "fell behind Y in the polls" is no "fall in behind".
        at = verb.i
        for word in particles:
            nxt = next((t for t in parts if t.i > at and t.lower_ == word), None)
            if nxt is None or nxt.i - at > 4:
                return False
            at = nxt.i
        return True

    fits = [(particles, pol) for particles, pol in entries.items() if fills(particles)]
    return max(fits, key=lambda f: len(f[0])) if fits else None


def relation_verb_polarity(verb: Token, lex: Lexicon, evaluating: bool = False) -> int:
    """A relation verb's polarity as its particles leave it (``phrasal``): "stood up to Y"
    and "laid into Y" are against Y, "stood up for Y" and "stood by Y" for Y, "backed away
    from Y" is no support. ``evaluating`` reads the verb as an evaluation of its object
    first ("support the talks", "fail the test")."""
    found = phrasal(verb, lex)
    if found is not None:
        return found[1]
    return (evaluating and word_polarity(verb, lex, lex.evaluate_verbs)) or lex.relation_verbs.get(
        verb.lemma_.lower(), 0)


def both_ways(parties: list[str], pol: int, ev: tuple[int, int]
              ) -> list[tuple[str, str, int, tuple[int, int]]]:
    """A tie among ``parties`` (each once) read from every one toward every other."""
    return [(a, b, pol, ev) for a in parties for b in parties if a != b]


def hyphened(tok: Token) -> bool:
    """Whether a word does the participle it is hyphened to: "Trump" in "Trump-backed"."""
    verb = tok.head
    return (tok.dep_ in ("npadvmod", "compound", "nmod", "poss") and tok.i < verb.i
            and verb.dep_ == "amod" and verb.tag_ == "VBN" and any(c.tag_ == "HYPH" for c in verb.children))


def adjectival_participle(verb: Token) -> bool:
    """"rioters or hired agents": a participle the parse joined to a noun as a verb with an
    object; it describes the noun, and nobody named did the hiring."""
    if verb.tag_ != "VBN" or verb.dep_ != "conj" or any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children
    ):
        return False
    # Joined to a noun, or right after the "or" of a list of nouns.
    prev = verb.doc[verb.i - 1] if verb.i else verb
    nouns = ("NOUN", "PROPN")
    return verb.head.pos_ in nouns or (prev.dep_ == "cc" and prev.head.pos_ in nouns)


def is_yes_no_question(sent: SpacySpan) -> bool:
    """A question opened by an inverted auxiliary ("Have you seen ...?")."""
    # The last four tokens hold the last four characters: no need to build the whole text.
    if "?" not in sent[-4:].text[-4:]:
        return False
    first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
    return first is not None and first.lemma_.lower() in INVERTED_AUX and first.tag_ != "WDT"


def rhetorical_sign(sent: SpacySpan, lex: Lexicon) -> int:
    """A non-negated yes/no question expects "no" ("Have you seen any good faith?"): flip.

    A negated one ("Didn't he say that it is foolish?") asserts its content: keep.
    """
    if not is_yes_no_question(sent):
        return 1
    return 1 if is_negated(sent.root, lex) else -1


def conditional_main(head: Token, sent: SpacySpan, lex: Lexicon) -> Token | None:
    """The main verb when ``head`` lies in a conditional protasis ("if ... talks ..., we will ...")."""
    for tok in sent:
        if tok.i >= head.i:
            break
        if tok.lower_ in lex.conditional_markers and tok.dep_ in ("mark", "prep", "advmod"):
            root = sent.root
            if head.i < root.i and tok.i < root.i:
                return root
    return None


def read_target(head: Token, match_end: int, lex: Lexicon, target: bool = False) -> Reading | None:
    """Walk up from the target to the first word that evaluates it (``target``: a
    configured target's phrase, not an actor's mention). A verb inside a named party's
    aim ("western countries' intention to ... revive the deal") is that party's position:
    the speaker's is only how they name the aim."""
    reading = _climb(head, match_end, lex, target)
    if target and reading is not None and reading.polarity and reading.evidence[0].pos_ in VERBAL:
        aim = others_aim(reading.evidence[0], lex)
        if aim is not None:
            pol = lex.evaluate_nouns.get(aim.lemma_.lower(), 0)
            return Reading(-1, reading.score, [aim]) if pol < 0 else Reading(0, SCORE_REPORT, [aim])
    return reading


def others_aim(verb: Token, lex: Lexicon) -> Token | None:
    """The aim noun ("intention", "plan", "plot") whose infinitive ``verb`` belongs to,
    when a named party owns the aim: "the West's plan to ...", "western countries'
    intention to ..." (a plural possessive the parse splits off), "the plan of the West
    to ...". A pronoun owner is left alone: "our plan", "his plan" are often the speaker's."""
    cur = verb
    for _ in range(5):
        if cur.dep_ == "acl" and cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in lex.aim_nouns:
            noun = cur.head
            return noun if _named_owner(noun) else None
        if cur.dep_ not in ("conj", "xcomp", "pcomp", "prep", "advcl", "pobj") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _named_owner(noun: Token) -> bool:
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ in ("NOUN", "PROPN") for g in c.children)
           for c in noun.children):
        return True
    # "western countries’ intention": the parse leaves the apostrophe as the case marker of a
    # noun just before, not a possessive of this one.
    k = noun.left_edge.i - 1
    doc = noun.doc
    return (k > 0 and doc[k].dep_ == "case" and doc[k].head.i == k - 1
            and doc[k].head.pos_ in ("NOUN", "PROPN"))


def _climb(head: Token, match_end: int, lex: Lexicon, target: bool) -> Reading | None:
    cur = head
    # "no negotiations", "never talks": a negative determiner is itself a position.
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in head.children):
        return Reading(-1, SCORE_CLIMBED, [head])
    for step in range(6):
        dep, h = cur.dep_, cur.head
        score = SCORE_DIRECT if step == 0 else SCORE_CLIMBED
        if h.i == cur.i:
            return None
        if dep in SUBJ | SUBJ_PASS:
            pol, ev = predicate_polarity(h, lex)
            if pol:
                return Reading(pol, score, ev)
            cur = h
            continue
        if dep in OBJ:
            if h.lemma_.lower() in lex.contrast_words:
                return Reading(-1, score, [h])  # "contrast her record with Orm's plan"
            pol = relation_verb_polarity(h, lex, evaluating=True)
            if not pol and target and h.lemma_.lower() in lex.engage_verbs:
                pol = 1  # "would open talks with X"
            if pol:
                return Reading(pol * negation_sign(h, lex), score, [h])
            cur = h
            continue
        if dep in ("pobj", "pcomp"):
            prep, x = h, h.head
            if x.pos_ == "NOUN" and x.lemma_.lower() in lex.victim_nouns and prep.lower_ in ("of", "against"):
                # "attacked its oppression of women": against the harm is for its victim.
                harm = _climb(x, x.i + 1, lex, target)
                return Reading(-harm.polarity, harm.score, harm.evidence) if harm and harm.polarity else None
            if prep.lower_ == "against":
                return Reading(-negation_sign(x, lex), score, [prep])
            lemma = x.lemma_.lower()
            if prep.lower_ in ("including", "like") and x.tag_ == "NNP":
                # "backed Rubio, including Sen. Heller": one person includes nobody; the parse
                # hung the subject's members on the object.
                return None
            if lemma in lex.contrast_words and prep.lower_ in ("with", "from", "to"):
                return Reading(-1, score, [x])
            if prep.dep_ == "agent" and x.pos_ in VERBAL:
                # "oppressed by rioters": the verb says what the agent does, negated or not.
                conduct = lex.relation_verbs.get(lemma, 0) or lex.evaluate_verbs.get(lemma, 0)
                if conduct < 0:
                    return Reading(-1, score, [x])
            if prep.lower_ == "over" and x.dep_ in OBJ and x.head.pos_ in VERBAL:
                chose = relation_verb_polarity(x.head, lex, evaluating=True)
                if chose > 0:  # "endorse Sanders over Clinton", the parse hanging "over" on Sanders
                    return Reading(-negation_sign(x.head, lex), score, [x.head])
            if x.pos_ in ("NOUN", "PROPN"):
                if lemma in lex.report_nouns:
                    return Reading(0, SCORE_REPORT, [x])
                pol = lex.relation_nouns.get(lemma, 0) or lex.evaluate_nouns.get(lemma, 0)
                if pol > 0 and prep.lower_ == "over":
                    pol = -pol  # "a victory over Clinton", "an edge over Y": the one beaten
                if pol:
                    return Reading(pol * noun_sign(x, lex), score, [x])
            elif x.pos_ in ("VERB", "AUX"):
                if prep.lower_ == "for" and lemma in lex.advocacy_verbs:
                    # Not asking for something is no position against it.
                    asked = negation_sign(x, lex) > 0
                    return Reading(1, score, [x]) if asked else Reading(0, SCORE_REPORT, [x])
                pol = relation_verb_polarity(x, lex, evaluating=True)
                if pol > 0 and prep.lower_ == "over":
                    pol = -pol  # "endorse Sanders over Clinton": the one passed over
                if pol:
                    return Reading(pol * negation_sign(x, lex), score, [x])
                if prep.lower_ in AIMED_PREPS:
                    # "putting sanctions on Iran", "heaped praise on Y": the verb's object aims
                    aimed = next((c for c in x.children if c.dep_ == "dobj"
                                  and lex.relation_nouns.get(c.lemma_.lower(), 0)), None)
                    if aimed is not None:
                        sign = noun_sign(aimed, lex) * negation_sign(x, lex)
                        return Reading(lex.relation_nouns[aimed.lemma_.lower()] * sign, score, [aimed])
            elif x.pos_ == "ADJ":
                pol = word_polarity(x, lex)
                if pol:
                    return Reading(pol * (-1 if is_negated(x, lex) else 1), score, [x])
            cur = x
            continue
        if dep == "xcomp" and cur.pos_ in ("VERB", "AUX"):
            lemma = h.lemma_.lower()
            if lemma in lex.negating_verbs:
                return Reading(-negation_sign(h, lex), score, [h])
            pol = word_polarity(h, lex, lex.evaluate_verbs)
            if pol:
                return Reading(pol * negation_sign(h, lex), score, [h])
            return None
        if dep == "ccomp" and cur.pos_ in VERBAL and is_desire(h, lex):
            # "hoped the negotiations would turn a quarrel into a partnership": the clause
            # said nothing bad (that would have been read above), and it is wished for.
            return Reading(negation_sign(h, lex), SCORE_COMPLEMENT, [h])
        if dep in ("relcl", "acl") and cur.pos_ in VERBAL and any(
            c.dep_ == "prep" and c.is_ancestor(head) for c in cur.children
        ):
            # "any agreement that came out of the talks", "a deal reached in talks": a clause
            # that only says where the noun comes from (the target as its object would have been
            # read above); a position on the noun is one on the target.
            cur = h
            continue
        if dep == "poss" and h.pos_ == "NOUN":
            if h.lemma_.lower() in lex.person_nouns:
                # "Trump's supporters", "her critics": others' position toward the owner
                # (read as theirs in sentence_relations), none of the speaker's.
                return None
            # "western countries' scheme", "their colonialist policies": what they own.
            pol = lex.evaluate_nouns.get(h.lemma_.lower(), 0) or lex.relation_nouns.get(h.lemma_.lower(), 0)
            if not pol:
                pol = next((p for c in h.children if c.dep_ == "amod"
                            for p in [lex.evaluate_adjectives.get(c.lemma_.lower(), 0)] if p), 0)
            if pol:
                return Reading(pol * (-1 if is_negated(h, lex) else 1), score, [h])
        if dep in CLIMB or dep == "prep":
            cur = h
            continue
        return None
    return None


def suffers(tok: Token, lex: Lexicon) -> bool:
    """The mention is who a harm is done to: "the killers of X", "violence against X"."""
    while tok.dep_ in ("compound", "appos", "conj") and tok.head.i != tok.i:
        tok = tok.head
    return (tok.dep_ == "pobj" and tok.head.lower_ in ("of", "against")
            and tok.head.head.lemma_.lower() in lex.victim_nouns)


def media_actors(doc: Document) -> set[str]:
    """Platforms and news outlets (the gazetteer's ``medium``), which news often names as
    where something was said (``as_medium``)."""
    return {a.id for a in doc.actors if a.attrs.get("medium")}


def as_medium(root: Token, lex: Lexicon) -> bool:
    """A platform or outlet named as where something was said: "on Twitter", "told CNN",
    "an MSNBC interview", "CNN's Jake Tapper". The readings that guess a holder's position
    toward whoever is named leave it out there; a stance word aimed at it still counts
    ("blasted CNN", ``sentence_relations``), and so does "worked for Fox News"."""
    if root.dep_ == "pobj":
        return root.head.lower_ in ("on", "via")
    if root.dep_ in ("dobj", "dative"):
        return root.head.lemma_.lower() == "tell"
    return root.dep_ in ("compound", "poss") and root.head.lemma_.lower() in lex.medium_nouns


def job_rating(verb: Token, lex: Lexicon) -> tuple[int, Token] | None:
    """"Y has done a great job", "Y is doing terrible work": how well the subject does,
    said of it (the adjective's polarity in the lexicon, else VADER's)."""
    if verb.lemma_.lower() != "do":
        return None
    for obj in verb.children:
        if obj.dep_ == "dobj" and obj.lemma_.lower() in ("job", "work"):
            for adj in obj.children:
                if adj.dep_ == "amod":
                    pol = lex.evaluate_adjectives.get(adj.lemma_.lower(), 0)
                    if not pol and abs(valence := word_valence(adj.lower_)) >= 0.4:
                        pol = 1 if valence > 0 else -1
                    if pol:
                        return pol, adj
    return None


def asked_of(subj: Token, lex: Lexicon) -> bool:
    """The subject of a clause another asks for: "called for Y to resign", "urged that Y
    step down", "wants Y to quit" (an infinitive, or a bare verb after "that")."""
    clause, asker = subj.head, subj.head.head
    if clause.i == asker.i or clause.dep_ not in ("advcl", "xcomp", "ccomp") or asker.pos_ not in VERBAL:
        return False
    if asker.lemma_.lower() not in lex.asking_verbs:
        return False
    return clause.tag_ == "VB" and (
        any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        or any(c.dep_ == "mark" and c.lower_ in ("that", "for") for c in clause.children))


# What one leaves when asked to quit: "quit the race" is leaving, "quit smoking" is not.
OFFICE_NOUNS = frozenset({"office", "post", "job", "position", "seat", "role", "race", "presidency",
                          "government", "cabinet", "party", "board", "campaign"})
# Modals of obligation: "Y should resign", "Y must step down".
OBLIGING_MODALS = frozenset({"should", "must", "ought"})


def told_to_leave(who: Token, lex: Lexicon) -> Token | None:
    """The verb of leaving an office that another asks ``who`` to do or says ``who`` must
    do: "called on Y to resign", "urged Y to step aside", "demanded that Y step down",
    "said Y should quit the race"."""
    asked = False
    if who.dep_ == "nsubj":
        verb, asked = who.head, asked_of(who, lex)
    elif who.dep_ == "dobj" or who.dep_ == "pobj" and who.head.lower_ == "on":
        asker = who.head if who.dep_ == "dobj" else who.head.head
        if asker.lemma_.lower() not in lex.asking_verbs:
            return None
        found = next((c for c in asker.children if c.dep_ == "xcomp" and c.i > who.i), None)
        if found is None:
            return None
        verb, asked = found, True
    else:
        return None
    if verb.i == who.i or verb.pos_ not in VERBAL:
        return None
    lemma = verb.lemma_.lower()
    prts = [c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod") and c.i == verb.i + 1]
    if lemma not in lex.leaving_verbs and not any(f"{lemma} {p}" in lex.leaving_verbs for p in prts):
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() not in OFFICE_NOUNS or c.dep_ == "mark"
           and c.lower_ in ("whether", "if") for c in verb.children):
        return None  # "quit smoking"; "whether Y should resign" is a question, not a call
    if asked or any(c.dep_ == "aux" and c.lower_ in OBLIGING_MODALS for c in verb.children):
        return verb
    return None


def naming_complement(obj: Token) -> Token | None:
    """The noun a naming verb gives its object: "called X a friend", "described X as a liar"
    (the verbs are the statements stage's ``naming_verbs``)."""
    verb = obj.head
    if obj.dep_ != "dobj" or verb.i == obj.i or verb.lemma_.lower() not in load_cues().naming:
        return None
    for c in verb.children:
        if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN" and c.i > obj.i:
            return c
        if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i:
            return next((g for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
    return None


def received(noun: Token, lex: Lexicon) -> bool:
    """A relation noun one receives from another: "faced criticism", "won the backing",
    "has the support of"."""
    verb = noun.head.lemma_.lower()
    if not (noun.pos_ == "NOUN" and noun.lemma_.lower() in lex.relation_nouns and noun.dep_ in OBJ
            and verb in lex.receive_verbs):
        return False
    return verb not in lex.receive_verbs_given or any(
        c.dep_ == "prep" and c.lower_ in ("of", "from") for c in noun.children)


def complement_reading(head: Token, start: int, end: int, lex: Lexicon) -> Reading | None:
    """"negotiating with the killers of ...": a damning description of the other party."""
    for prep in head.children:
        if prep.dep_ != "prep" or start <= prep.i < end:
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and lex.evaluate_nouns.get(pobj.lemma_.lower(), 0) < 0:
                return Reading(-1, SCORE_COMPLEMENT, [pobj])
    return None


def own_side(doc: Document) -> Callable[[str, str], bool]:
    """Whether two of the document's actors are one side: a country and its own people
    and bodies (the gazetteer's ``country``), in either order."""
    country = {a.id: a.attrs.get("country", "") for a in doc.actors}
    names = {a.id: a.name for a in doc.actors}

    def own(x: str, y: str) -> bool:
        cx, cy = country.get(x, ""), country.get(y, "")
        return bool(cx) and cx == names.get(y) or bool(cy) and cy == names.get(x)

    return own


class RulesBackend:
    """Lexicon + dependency parse + VADER: offline, training-free, every decision traceable."""

    name = "rules"

    def __init__(self) -> None:
        self.lex = lexicon()
        lex = self.lex
        # The lemmas a relation in sentence_relations can start from (besides adjectives).
        self._cues = frozenset({*lex.relation_verbs, *lex.phrasal_verbs, *lex.negating_verbs,
                                *lex.person_nouns, *lex.patron_nouns, *lex.relation_nouns, *lex.tie_nouns})
        # mention_polarity of the current document's mentions, by (parse, token index)
        self._mentions: dict[tuple[int, int], tuple[int, list[Token]]] = {}
        # ids of the default readings ``settle`` keeps without support (SPOKEN_TONE, HOLDER_TONE)
        self._kept: set[int] = set()

    # --- target stance -------------------------------------------------------------

    def read(self, ctx: TargetContext) -> Reading:
        lex = self.lex
        span = ctx.tokens
        head = span.root
        main = conditional_main(head, ctx.sent, lex)
        if main is not None:
            pol = word_polarity(main, lex, lex.evaluate_verbs)
            if pol:
                return Reading(pol * negation_sign(main, lex), SCORE_CONDITIONAL, [main])
        reading = complement_reading(head, span.start, span.end, lex) or read_target(
            head, span.end, lex, target=True
        )
        if reading is None:
            # Nothing in the parse evaluates the target: the tone of what was said, weakly
            # (the content's part of the sentence: a cue like "warned" is no tone of it).
            c0, c1 = ctx.statement.content
            s0, s1 = ctx.para.span_of(ctx.sent)
            said = ctx.para.char_span((max(c0, s0), min(c1, s1)))
            c = text_valence(text_of(ctx.doc, ctx.para, said if said is not None else ctx.sent))
            sign = rhetorical_sign(ctx.sent, lex)
            if abs(c) >= 0.4:
                return Reading((1 if c > 0 else -1) * sign, 0.2 + 0.3 * abs(c), [])
            return Reading(0, 0.3, [])
        if reading.polarity and reading.score > SCORE_COMPLEMENT:
            sign = rhetorical_sign(ctx.sent, lex)
            if sign < 0:
                reading = Reading(-reading.polarity, reading.score * 0.8, reading.evidence)
        if main is None and any(t.lower_ in ("if", "unless") and t.dep_ == "mark" for t in ctx.sent):
            # The position holds only under a condition stated elsewhere in the sentence.
            reading = Reading(reading.polarity, min(reading.score, 0.5), reading.evidence)
        return reading

    def holder_is_other(self, ctx: TargetContext, reading: Reading) -> bool:
        """Whether the position read belongs to someone other than the speaker: "the enemy
        insists on achieving a new deal" reports the enemy's wish, not the speaker's."""
        if not ctx.statement.actor or not reading.evidence or reading.score <= SCORE_CONDITIONAL:
            return False
        cur = reading.evidence[0]
        for _ in range(4):
            subj = next((c for c in cur.children if c.dep_ in SUBJ), None)
            if subj is not None:
                if ctx.match.start <= subj.i < ctx.match.end or subj.pos_ == "PRON":
                    return False
                if any(c.dep_ == "aux" and c.lower_ in PRESCRIPTIVE for c in cur.children):
                    return False  # "Arvenia should push for sanctions": the speaker's prescription
                if any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for c in subj.children):
                    return False  # "his party would vote against": the speaker's own side
                other = ctx.doc.actor_at(ctx.para.span_of(subj))
                if other is not None:
                    return other.id != ctx.statement.actor
                return subj.pos_ == "NOUN" and subj.lower_ not in ("country", "nation", "government")
            if cur.dep_ not in ("xcomp", "pcomp", "pobj", "prep", "conj") or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    def target_stance(self, ctx: TargetContext) -> Stance:
        return self.stance_of(ctx, self.read(ctx))

    def stance_of(self, ctx: TargetContext, reading: Reading) -> Stance:
        """The stance a reading of the target gives (another's position is no stance)."""
        if reading.polarity and self.holder_is_other(ctx, reading):
            reading = Reading(0, 0.4, reading.evidence)
        span = ctx.tokens
        toks = [*span, *reading.evidence]
        lo, hi = min(t.i for t in toks), max(t.i for t in toks)
        evidence = ctx.para.span_of(ctx.para.doc[lo : hi + 1])
        return Stance(ctx.match.target.name, LABELS[reading.polarity], round(reading.score, 3), evidence)

    # --- relations -----------------------------------------------------------------

    def relations(self, doc: Document, index: ActorIndex) -> list[Relation]:
        """Relations read from stance words, from what speakers say about others, and from
        who holds forth about whom; polarities without a stance word follow the pair's
        reading elsewhere in the document."""
        found = self.readings(doc, index)
        carried = self.carried_relations(doc, index, found)
        out = settle(found, self._kept)
        have = {(r.subject, r.object, r.sentence) for r in out}
        have |= {(r.object, r.subject, r.sentence) for r in out}
        out.extend(r for r in carried if (r.subject, r.object, r.sentence) not in have)
        return self.member_relations(doc, index, self.affiliated_relations(doc, index, out))

    def member_relations(self, doc: Document, index: ActorIndex, rels: list[Relation]) -> list[Relation]:
        """Those a group is said to include share its position in that sentence: "Some
        Republicans, including Mr. Gowdy, are frustrated with Priebus", "criticized
        Democrats, including Sen. Vale". One person includes nobody: "officials backed
        Rubio, including Sen. Heller" (the parse hangs it on Rubio) names one of the backers."""
        kinds = index.kinds
        members: dict[tuple[Span, str], list[str]] = {}
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                mentions = index.mentions(pi, sent)
                if len(mentions) < 2 or not any(t.lower_ == "including" for t in sent):
                    continue
                sspan = para.span_of(sent)
                for m in mentions:
                    root = m.root(para)
                    inc = [a for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "including"
                           for p in prep.children if p.dep_ == "pobj" for t in self._with_conj(p)
                           for a in [index.actor_of(pi, t)] if a and a != m.actor]
                    if not inc:
                        continue
                    owner = m.actor
                    if kinds.get(m.actor) == "person":
                        verb = root.head
                        subj = self.subject_actor(verb, index, pi) if verb.pos_ in VERBAL else None
                        if subj is None or kinds.get(subj) == "person":
                            continue
                        owner = subj
                    members.setdefault((sspan, owner), []).extend(dict.fromkeys(inc))
        if not members:
            return rels
        have = {(r.subject, r.object, r.sentence) for r in rels}
        out = list(rels)
        for r in rels:
            pairs = [(x, r.object) for x in members.get((r.sentence, r.subject), [])]
            pairs += [(r.subject, x) for x in members.get((r.sentence, r.object), [])]
            for subj, obj in pairs:
                if subj != obj and (subj, obj, r.sentence) not in have:
                    have.add((subj, obj, r.sentence))
                    out.append(Relation(subj, obj, r.polarity, r.sentence, r.evidence,
                                        BASIS_SCORE["affiliation"], "affiliation"))
        return out

    def affiliated_relations(self, doc: Document, index: ActorIndex, rels: list[Relation]) -> list[Relation]:
        """A person introduced by the organization they head or speak for ("Facebook CEO
        X", "Kestria's envoy X") takes positions on its behalf in that sentence: each
        relation of theirs there is also one of the organization's. Only there: elsewhere
        in the document they speak for themselves (on SEESAW train, carried to every
        sentence of theirs, it gave 0 right triples and some 35 wrong ones, "Secretary of
        the Navy Spencer" resigning against Trump made the Navy's position)."""
        org_of = self.affiliations(doc, index)
        if not org_of:
            return rels
        have = {(r.subject, r.object, r.sentence) for r in rels}
        out = list(rels)
        for r in rels:
            org = org_of.get((r.sentence, r.subject))
            if org is None or org == r.object or (org, r.object, r.sentence) in have:
                continue
            have.add((org, r.object, r.sentence))
            out.append(Relation(org, r.object, r.polarity, r.sentence, r.evidence,
                                BASIS_SCORE["affiliation"], "affiliation"))
        return out

    def affiliations(self, doc: Document, index: ActorIndex) -> dict[tuple[Span, str], str]:
        """(sentence, person actor) -> the organization named in a title before the person's
        mention there: "Facebook CEO Mark Zuckerberg", "Harbor Union chief Jo Pell" (the
        first found)."""
        kinds = index.kinds
        out: dict[tuple[Span, str], str] = {}
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                sspan = para.span_of(sent)
                for m in index.mentions(pi, sent):
                    if kinds.get(m.actor) != "person" or (sspan, m.actor) in out:
                        continue
                    root = m.root(para)
                    stack = [c for c in root.children if c.dep_ in ("compound", "poss") and c.i < m.start]
                    while stack:
                        t = stack.pop()
                        aid = index.actor_of(pi, t)
                        if aid is not None and aid != m.actor and kinds.get(aid) == "organization":
                            out[(sspan, m.actor)] = aid
                            break
                        if aid is None:
                            stack.extend(c for c in t.children if c.dep_ in ("compound", "poss"))
        return out

    def carried_relations(self, doc: Document, index: ActorIndex,
                          found: list[tuple[Relation, float]]) -> list[Relation]:
        """A speaker's evaluation that names no one, aimed at the actor the passage was about:
        "'That sounds like a political move,' X said" after a sentence about Y. The object
        is carried over from the sentence before (zero anaphora): of the actors mentioned
        there, the one the speaker's readings elsewhere in the document settle most firmly
        (at least ``CARRY_SUPPORT``), with that polarity. Not part of ``readings``: the
        learned backends' features stay as they were trained."""
        sents: list[tuple[int, Paragraph, SpacySpan]] = [
            (pi, para, sent) for pi, para in enumerate(doc.paragraphs) for sent in para.doc.sents
        ]
        out: list[Relation] = []
        votes = pair_votes(found)
        stmts = [(st.actor, st.content) for st in doc.statements if st.actor]
        for k, (pi, para, sent) in enumerate(sents):
            if k == 0:
                continue
            sspan = para.span_of(sent)
            ppi, _ppara, psent = sents[k - 1]
            before = {m.actor for m in index.mentions(ppi, psent)}
            for speaker, content in stmts:
                c0, c1 = max(content[0], sspan[0]), min(content[1], sspan[1])
                if c0 >= c1:
                    continue
                inside = {m.actor for m in index.mentions(pi, sent)
                          if c0 <= m.chars(para)[0] and m.chars(para)[1] <= c1}
                if inside - {speaker}:
                    continue  # the content names its object: read above
                # The speaker's settled partner the sentence before was about.
                partners = {b: v for (a, b), v in votes.items()
                            if a == speaker and abs(v) >= CARRY_SUPPORT and b in before}
                if not partners:
                    continue
                obj = max(partners, key=lambda b: abs(partners[b]))
                v = partners[obj]
                out.append(Relation(speaker, obj, "positive" if v > 0 else "negative", sspan, (c0, c1),
                                    BASIS_SCORE["carried"], "carried"))
        return out

    def readings(self, doc: Document, index: ActorIndex) -> list[tuple[Relation, float]]:
        """Every reading of a relation, with its weight (``WEIGHT_*``), before ``settle``."""
        self._mentions = {}
        self._kept = set()
        found: list[tuple[Relation, float]] = []
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                mentions = index.mentions(pi, sent)
                if len(mentions) < 1:
                    continue
                for subj, obj, pol, ev in self.sentence_relations(para, sent, mentions, index, pi):
                    rel = Relation(subj, obj, "positive" if pol > 0 else "negative",
                                   para.span_of(sent), para.span_of(para.doc[ev[0] : ev[1]]))
                    found.append((rel, WEIGHT_WORD))
        found.extend(self.speaker_relations(doc, index))
        found.extend(self.holder_relations(doc, index))
        # A leader against their own country, a country against its own bodies: in news
        # that is a misreading ("would not resolve Iran's issues" read as against Iran),
        # whatever the reading (SEESAW dev F1 0.2472 -> 0.2486, train unchanged).
        own = own_side(doc)
        return [(r, w) for r, w in found if not (r.polarity == "negative" and own(r.subject, r.object))]

    def holder_relations(self, doc: Document, index: ActorIndex) -> list[tuple[Relation, float]]:
        """Each actor mentioned in a sentence, toward the one who holds forth about it there:
        the speaker whose statement's content holds the mention, else the subject of the
        nearest clause above it ("X accused Y of ...", "X said Y would ..."). News reports
        positions; an actor named inside someone's claim or action is mostly the object of
        a position, and negative unless something says otherwise."""
        lex = self.lex
        nouns = lex.relation_nouns
        stmts = [(st.actor, st.content) for st in doc.statements if st.actor]
        quoted = [(st.actor, st.content) for st in doc.statements if st.actor and st.kind != "indirect"]
        media = media_actors(doc)
        out: list[tuple[Relation, float]] = []
        last: Span = (0, 0)  # the sentence before
        for pi, para in enumerate(doc.paragraphs):
            for sent in para.doc.sents:
                mentions = index.mentions(pi, sent)
                sspan, before = para.span_of(sent), last
                last = sspan
                if not mentions:
                    continue
                here = [(a, c) for a, c in stmts if c[0] < sspan[1] and sspan[0] < c[1]]
                if not here and sent[0].text[:1] in OPENING_QUOTES:
                    # A quotation nobody is said to say, right after one somebody is: the
                    # same speaker goes on ("'...,' X said. 'And another thing.'").
                    here = [(a, sspan) for a, c in quoted if c[0] < before[1] and before[0] < c[1]][-1:]
                for m in mentions:
                    root = m.root(para)
                    if m.actor in media and as_medium(root, self.lex):
                        continue
                    if self._included_by_a_person(root, index, pi):
                        continue  # "backed Rubio, including Sen. Heller": one of the backers
                    if self._describes_a_person(root, m.actor, index, pi):
                        continue  # "praised Orm, a member of the Union": the Union is not praised
                    if hyphened(root):
                        continue  # "met Kremlin-backed separatists": the Kremlin backs, Vale meets
                    mspan = m.chars(para)
                    holder = self._speaker_of(here, m.actor, mspan)
                    spoken, verb = holder is not None, None
                    if holder is None:
                        found = self.governing_subject(root, m.actor, index, pi)
                        if found is not None:
                            holder, verb = found
                    if holder is None or holder == m.actor:
                        continue
                    noun = root.head
                    if root.dep_ == "poss" and noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns:
                        # "X has been the target of Y's attacks", "X won Y's support": Y holds
                        # the stance the noun names; X's reading toward Y from it would run the
                        # wrong way (and the stance-word readings have Y's, where they apply).
                        continue
                    reading = self.holder_polarity(root, verb, sent, lex)
                    if reading is None:
                        continue
                    pol, ev, weight = reading
                    toks = [root, *ev]
                    lo, hi = min(t.i for t in toks), max(t.i for t in toks)
                    rel = Relation(holder, m.actor, "positive" if pol > 0 else "negative",
                                   sspan, para.span_of(para.doc[lo : hi + 1]))
                    # (A default is negative: between one side's actors ``readings`` drops it.)
                    if weight == WEIGHT_DEFAULT:
                        tone = text_valence(text_of(doc, para, sent))
                        if tone < SPOKEN_TONE if spoken else tone <= HOLDER_TONE:
                            self._kept.add(id(rel))
                    out.append((rel, weight))
        return out

    @staticmethod
    def _included_by_a_person(root: Token, index: ActorIndex, pi: int) -> bool:
        cur = root
        while cur.dep_ in ("compound", "conj", "appos") and cur.head.i != cur.i:
            cur = cur.head
        prep = cur.head
        if cur.dep_ != "pobj" or prep.lower_ != "including":
            return False
        owner = index.actor_of(pi, prep.head)
        return owner is not None and index.kinds.get(owner) == "person"

    def _describes_a_person(self, root: Token, actor: str, index: ActorIndex, pi: int) -> bool:
        """Whether a group or place is named in an apposition that describes a person:
        "Patty Murray, a Democrat from Washington", "Orm, a member of the Union"."""
        kinds = index.kinds
        if kinds.get(actor) == "person":
            return False
        cur = root
        for _ in range(4):
            if cur.dep_ == "appos":
                owner = self._actor_in(cur.head, index, pi)
                return owner is not None and owner != actor and kinds.get(owner) == "person"
            if cur.dep_ not in ("compound", "amod", "pobj", "prep", "nmod", "poss") or cur.head.i == cur.i:
                return False
            cur = cur.head
        return False

    @staticmethod
    def _speaker_of(stmts: list[tuple[str, Span]], actor: str, span: Span) -> str | None:
        """The speaker of the innermost statement whose content holds ``span``."""
        best: tuple[int, str] | None = None
        for who, (c0, c1) in stmts:
            if who != actor and c0 <= span[0] and span[1] <= c1 and (best is None or c1 - c0 < best[0]):
                best = (c1 - c0, who)
        return best[1] if best else None

    def governing_subject(self, tok: Token, actor: str, index: ActorIndex, pi: int
                          ) -> tuple[str, Token] | None:
        """The actor that is subject (or passive agent) of the nearest verb above ``tok``,
        with that verb; a subject that names ``actor`` itself ends the search, and so does a
        mention that is itself a subject: one who acts is reported, not judged ("X met
        reporters after Y left")."""
        cur = tok
        while cur.dep_ in ("compound", "appos", "conj", "amod") and cur.head.i != cur.i:
            cur = cur.head
        if (cur.dep_ in SUBJ | SUBJ_PASS and not asked_of(cur, self.lex)
                and told_to_leave(cur, self.lex) is None):
            return None
        if cur.dep_ == "pobj" and cur.head.lower_ in BYSTANDER_PREPS:
            return None  # "attracting more voters than Y", "a deal without Y"
        cur = tok
        for _ in range(HOLDER_CLIMB):
            h = cur.head
            if h.i == cur.i:
                return None
            if h.pos_ in VERBAL:
                for c in h.children:
                    if c.i == cur.i:
                        continue
                    if c.dep_ in SUBJ:
                        aid = self._actor_in(c, index, pi)
                        if aid is None:
                            break  # a subject but no actor: look higher ("X said the bill hurt Y")
                        return (aid, h) if aid != actor else None
                    if c.dep_ == "agent":
                        aid = next((a for p in c.children for a in [self._actor_in(p, index, pi)] if a), None)
                        if aid is not None:
                            return (aid, h) if aid != actor else None
            cur = h
        return None

    def holder_polarity(self, root: Token, verb: Token | None, sent: SpacySpan, lex: Lexicon
                        ) -> tuple[int, list[Token], float] | None:
        """A stance word between the holder's verb and the mention, else what evaluates the
        mention; negative when nothing speaks (news reports disputes more than praise). The
        weight says how much the reading should count against the pair's other readings."""
        leaving = told_to_leave(root, lex)
        if leaving is not None:
            # "called on Y to resign", "said Y should step down" (not "should not resign"):
            # as plain as a stance word, so it weighs as one against the pair's guesses
            return None if is_negated(leaving, lex) else (-1, [leaving], WEIGHT_WORD)
        if verb is not None:
            cur = root
            over = False  # "backed X over Y": Y is the one passed over
            victim = suffers(root, lex)  # "condemned violence against Y": for Y
            while cur.i != verb.i and cur.head.i != cur.i:
                if cur.dep_ == "advcl" and cur.head.i == verb.i:
                    break  # "Throwing support to Y, X warned ...": the warning is not about Y
                came, cur = cur, cur.head
                lemma = cur.lemma_.lower()
                over = over or (cur.dep_ == "prep" and cur.lower_ == "over")
                if (cur.dep_ == "prep" and cur.lower_ in ("from", "by") and cur.head.i == verb.i
                        and any(received(c, lex) for c in verb.children)):
                    return None  # the parse hung "from Y" on the verb: still Y's stance
                if cur.pos_ in VERBAL:
                    pol = relation_verb_polarity(cur, lex)
                    pol = -pol if over and pol > 0 or victim else pol
                elif cur.pos_ == "NOUN":
                    pol = lex.relation_nouns.get(lemma, 0)
                    if received(cur, lex):
                        return None  # "X faced criticism from Y": Y's stance, not X's toward Y
                    if pol and (came.dep_ in ("poss", "compound", "amod", "nmod")
                                or came.dep_ == "prep" and came.lower_ in ("from", "by")):
                        # "following complaints from Trump", "in response to Republican
                        # criticism": the mention holds the stance noun; it is not its object.
                        return None
                elif cur.pos_ == "ADJ":
                    pol = lex.relation_adjectives.get(cur.lower_, 0)
                else:
                    pol = 0
                if pol:
                    negated = is_negated(cur, lex)
                    sign = negation_sign(cur, lex) if cur.pos_ in VERBAL else -1 if negated else 1
                    if sign < 0 and pol < 0:
                        return None  # "did not criticize Y" says nothing either way
                    return pol * sign, [cur], WEIGHT_PATH
        pol, ev = self._mention_reading(root)
        if pol:
            return pol, ev, WEIGHT_PARSE if ev else WEIGHT_TONE
        if suffers(root, lex):
            return None  # no dispute to guess with the victim of a harm
        return -1, [], WEIGHT_DEFAULT

    def sentence_relations(
        self, para: Paragraph, sent: SpacySpan, mentions: list[MentionRef], index: ActorIndex, pi: int
    ) -> list[tuple[str, str, int, tuple[int, int]]]:
        lex = self.lex
        found: list[tuple[str, str, int, tuple[int, int]]] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if lemma not in self._cues and tok.lower_ not in lex.relation_adjectives:
                continue  # no branch below can start here
            if (tok.dep_ in ADJ_DEPS and tok.lower_ in lex.relation_adjectives
                    and any(c.dep_ == "prep" for c in tok.children)):
                # "X is critical of Y", "X were opposed to Y"
                pol = lex.relation_adjectives[tok.lower_]
                pred = tok if any(c.dep_ in SUBJ | SUBJ_PASS for c in tok.children) else tok.head
                subj = next((self._actor_in(c, index, pi) for c in pred.children
                             if c.dep_ in SUBJ | SUBJ_PASS), None) or self.subject_actor(pred, index, pi)
                objs = [a for prep in tok.children if prep.dep_ == "prep"
                        for p in prep.children if p.dep_ in ("pobj", "pcomp")
                        for t in self._with_conj(p) for a in self._np_actors(t, index, pi)]
                sign = -1 if is_negated(tok, lex) or is_negated(pred, lex) else 1
                for obj in dict.fromkeys(objs):
                    if subj and obj != subj and not (sign < 0 and pol < 0):
                        found.append((subj, obj, pol * sign, (tok.i, tok.i + 1)))
            elif (tok.pos_ in ("VERB", "AUX") and (lemma in lex.relation_verbs or lemma in lex.phrasal_verbs)
                  and not adjectival_participle(tok)):
                pol = relation_verb_polarity(tok, lex)
                if not pol:
                    continue
                subjs = self.subject_actors(tok, index, pi)
                objs = self.object_actors(tok, index, pi) or self.unsaid_patient(tok, index, pi)
                by_hyphen = self.hyphened_doer(tok, index, pi)
                if by_hyphen is not None:  # "Trump-backed Kris Kobach", "Iran-backed militias"
                    subjs, objs = by_hyphen
                if not subjs and pol < 0:
                    subjs = [a for a in [self.passive_place_agent(tok, index, pi)] if a]
                sign = negation_sign(tok, lex)
                if sign < 0 and pol < 0:
                    continue  # "did not criticize Y" says nothing either way
                flipped = self.victims(tok, index, pi)
                if pol > 0:
                    flipped |= self.passed_over(tok, index, pi) | self.against(tok, index, pi)
                for subj in subjs:
                    for obj in objs:
                        if obj != subj:
                            toward = -pol if obj in flipped else pol
                            found.append((subj, obj, toward * sign, (tok.i, tok.i + 1)))
                            if lemma in lex.mutual_verbs:  # "X clashed with Y": Y with X as well
                                found.append((obj, subj, pol * sign, (tok.i, tok.i + 1)))
                if lemma in lex.mutual_verbs and not objs:
                    # "X and Y clashed": each toward the other.
                    for a in subjs:
                        for b in subjs:
                            if a != b:
                                found.append((a, b, pol * sign, (tok.i, tok.i + 1)))
            elif tok.pos_ == "VERB" and lemma in lex.negating_verbs:
                # "refused to deal with Y": turning down engagement is a negative position.
                for x in tok.children:
                    if x.dep_ == "xcomp" and lex.relation_verbs.get(x.lemma_.lower(), 1) > 0:
                        subj = self.subject_actor(tok, index, pi)
                        for obj in self.object_actors(x, index, pi):
                            if subj and obj != subj:
                                found.append((subj, obj, -1 * negation_sign(tok, lex), (tok.i, tok.i + 1)))
            elif tok.pos_ in ("NOUN", "PROPN") and (lemma in lex.person_nouns or lemma in lex.patron_nouns):
                # "Sen. Coons, a top Biden ally", "X is a fierce critic of Y", "Trump's critics";
                # "Y's nominee X": the one who named X favors X.
                pol = lex.person_nouns.get(lemma, 1)
                patron = lemma in lex.patron_nouns
                holder: str | None = index.actor_of(pi, tok)
                if holder is None and tok.dep_ == "appos":
                    holder = self._actor_in(tok.head, index, pi)
                elif holder is None and tok.dep_ in ("attr", "conj") and tok.head.pos_ in VERBAL:
                    holder = self.subject_actor(tok.head, index, pi)
                if holder is None:  # "Vale's rival, Governor Orm, said ..."
                    holder = next((a for c in tok.children if c.dep_ == "appos"
                                   for a in [index.actor_of(pi, c)] if a), None)
                targets = [index.actor_of(pi, c) for c in tok.children if c.dep_ in ("poss", "compound")]
                # "an aide to Y", "a spokesman for Y", "a critic of Y"
                targets += [a for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in PERSON_PREPS
                            for p in prep.children if p.dep_ == "pobj" for a in self._np_actors(p, index, pi)]
                for obj in dict.fromkeys(t for t in targets if t):
                    if holder and obj != holder:
                        found.append((obj, holder, pol, (tok.i, tok.i + 1)) if patron
                                     else (holder, obj, pol, (tok.i, tok.i + 1)))
                        if lemma in lex.mutual_nouns:
                            # "X, a Clinton ally", "Y's longtime rival X": the tie runs both ways.
                            found.append((obj, holder, pol, (tok.i, tok.i + 1)))
            elif tok.pos_ == "NOUN" and lemma in lex.tie_nouns and (tie := self.tie(tok, index, pi)):
                # "heated exchanges between X and Y", "X's warm relationship with Y"
                pol, parties = tie
                found.extend(both_ways(parties, pol, (tok.i, tok.i + 1)))
            elif tok.pos_ in ("NOUN",) and lemma in lex.relation_nouns:
                pol = lex.relation_nouns[lemma]
                if received(tok, lex):
                    # "Y faces criticism from X", "Y won the backing of X": X holds it toward Y.
                    # The parser hangs "from X" on the noun or on the verb.
                    preps = [*tok.children, *(c for c in tok.head.children if c.lower_ in ("from", "by"))]
                    giver = next((a for prep in preps if prep.dep_ == "prep"
                                  and prep.lower_ in ("from", "by", "of") for g in prep.children
                                  if g.dep_ == "pobj" for a in [self._actor_in(g, index, pi)] if a), None)
                    if giver is None:  # "faced stiff opposition in the House": a body's own
                        giver = next((a for prep in tok.children
                                      if prep.dep_ == "prep" and prep.lower_ == "in"
                                      for g in prep.children if g.dep_ == "pobj"
                                      for a in [self._actor_in(g, index, pi)]
                                      if a and index.kinds.get(a) == "organization"), None)
                    if giver is None:  # "Y won X's endorsement"
                        giver = next((a for c in tok.children if c.dep_ == "poss"
                                      for a in [index.actor_of(pi, c)] if a), None)
                    taker = self.subject_actor(tok.head, index, pi)
                    if giver and taker and giver != taker:
                        found.append((giver, taker, pol, (tok.i, tok.i + 1)))
                    continue
                parties = self._between(tok, index, pi)
                if len(parties) > 1:
                    # "the rift between Obama and Trump", "an alliance between X and Y"
                    found.extend(both_ways(parties, pol, (tok.i, tok.i + 1)))
                    continue
                # "would not impose sanctions on Y" says nothing; "did not lend support to Y"
                sign = negation_sign(tok.head, lex) if tok.dep_ == "dobj" else 1
                if sign < 0 and pol < 0:
                    continue
                subj = self.noun_subject(tok, index, pi)
                for obj in self.noun_objects(tok, index, pi):
                    if subj and obj != subj:
                        found.append((subj, obj, pol * sign, (tok.i, tok.i + 1)))
        # Evidence: the stance word alone, so highlighting points at it.
        return [(s, o, p, (ev[0], ev[0] + 1)) for s, o, p, ev in found]

    def _between(self, noun: Token, index: ActorIndex, pi: int) -> list[str]:
        """The actors a noun puts "between" ("the rift between X and Y"), each once."""
        return list(dict.fromkeys(a for t in self._pobjs([noun], "between")
                                  for a in [self._actor_in(t, index, pi)] if a))

    def tie(self, noun: Token, index: ActorIndex, pi: int) -> tuple[int, list[str]] | None:
        """How a tie noun says two stand ("a bitter rivalry", "close ties": its adjective)
        and who the two are: "between X and Y", or X (the noun's owner, or the subject of
        the verb that has it) and "with Y"/"to Y"."""
        lex = self.lex
        pol = next((p for c in noun.children if c.dep_ == "amod"
                    for p in [lex.tie_adjectives.get(c.lower_, 0)] if p), 0)
        if not pol or is_negated(noun, lex) or (noun.dep_ == "dobj" and negation_sign(noun.head, lex) < 0):
            return None
        parties = self._between(noun, index, pi)
        if not parties:
            owner = next((a for c in noun.children if c.dep_ == "poss" for a in [index.actor_of(pi, c)] if a),
                         None)
            if owner is None and noun.dep_ == "dobj":
                owner = self.subject_actor(noun.head, index, pi)
            others = [a for prep in ("with", "to") for t in self._pobjs([noun], prep)
                      for a in self._np_actors(t, index, pi)]
            parties = [owner, *others] if owner is not None else []
        parties = list(dict.fromkeys(parties))
        return (pol, parties) if len(parties) > 1 else None

    def _actor_in(self, tok: Token, index: ActorIndex, pi: int) -> str | None:
        """The actor a noun phrase names: its head, else a possessor/compound/apposition."""
        aid = index.actor_of(pi, tok)
        if aid and index.kinds.get(aid) != "person":
            # "The ranking Democrat on the committee, Elijah Cummings, defended ...": the
            # person the apposition names, not the party in the title.
            aid = next((a for c in tok.children if c.dep_ == "appos" and c.i > tok.i
                        for a in [index.actor_of(pi, c)] if a and index.kinds.get(a) == "person"), aid)
        if aid:
            return aid
        # An apposition names the head itself; a possessor only its owner: "Vale's rival,
        # Governor Orm, praised Pim" is Orm praising.
        children = sorted(tok.children, key=lambda c: c.dep_ != "appos")
        for child in children:
            if child.dep_ in ("compound", "poss", "appos", "nmod"):
                aid = index.actor_of(pi, child)
                if aid:
                    return aid
        # "the leader of Iran", "members of the Basij": a group named through "of".
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        aid = index.actor_of(pi, pobj)
                        # "members of the Basij"; "many of the state's officials"
                        if aid and (tok.lemma_.lower() in GROUP_HEADS or tok.pos_ in ("ADJ", "PRON", "NUM")):
                            return aid
        return None

    def _np_actors(self, tok: Token, index: ActorIndex, pi: int, depth: int = 3) -> list[str]:
        """Actors an object noun phrase is about: its head, else its possessors and its
        of/from/by complements ("the administration's response", "the counteroffer from
        Sen. Capito", "provisions of Biden's plan"), without entering clauses."""
        aid = self._actor_in(tok, index, pi)
        if aid:
            return [aid]
        if depth == 0:
            return []
        out: list[str] = []
        for c in tok.children:
            nxt: list[Token] = []
            if c.dep_ in ("poss", "compound", "nmod", "conj"):
                nxt = [c]
            elif c.dep_ == "prep" and c.lower_ in ("of", "from", "by", "on", "against"):
                nxt = [g for g in c.children if g.dep_ in ("pobj", "pcomp")]
            for n in nxt:
                for a in self._np_actors(n, index, pi, depth - 1):
                    if a not in out:
                        out.append(a)
        return out

    def _with_conj(self, tok: Token) -> list[Token]:
        out = [tok]
        for c in tok.children:
            if c.dep_ in ("conj", "appos"):
                out.extend(self._with_conj(c))
        return out

    def subject_actor(self, verb: Token, index: ActorIndex, pi: int) -> str | None:
        tok = self._subject(verb)
        return None if tok is None else self._actor_in(tok, index, pi)

    def subject_actors(self, verb: Token, index: ActorIndex, pi: int) -> list[str]:
        """The verb's subject actor and those conjoined with it: "Reid and McConnell
        thanked Y", "Cruz and Rubio, who have attacked Y"."""
        tok = self._subject(verb)
        if tok is None:
            return []
        after_comma = tok.i > 0 and tok.doc[tok.i - 1].lower_ == ","
        if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl" and after_comma:
            # "Cruz and Rubio, who have attacked Y": the parse hangs the clause on the last
            # conjunct; after the comma it is said of them all.
            head = tok.head.head
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            tok = head
        out: list[str] = []
        stack = [tok]
        while stack:
            t = stack.pop(0)
            aid = self._actor_in(t, index, pi)
            if aid and aid not in out:
                out.append(aid)
            stack.extend(c for c in t.children if c.dep_ == "conj")
        return out

    @staticmethod
    def _subject(verb: Token) -> Token | None:
        """The noun phrase that does what the verb says: its subject, a passive's agent,
        up through infinitives, conjoined verbs and participle clauses, else the noun a
        relative or participle clause modifies."""
        if any(c.dep_ in SUBJ_PASS or c.dep_ == "auxpass" for c in verb.children):
            for c in verb.children:
                if c.dep_ == "agent":  # "Y was criticized by X"
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            return pobj
            return None
        cur = verb
        for _ in range(3):
            for c in cur.children:
                if c.dep_ in SUBJ:
                    return c
                if c.dep_ == "agent":  # "Y was criticized by X"
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            return pobj
            participle = cur.dep_ == "advcl" and cur.tag_ == "VBG"  # "Praising Y, X said ...": X praises
            if (cur.dep_ in ("xcomp", "conj") or participle) and cur.head.i != cur.i:
                cur = cur.head
                continue
            if cur.dep_ == "relcl":  # "Y, who criticized Z": the modified noun
                return cur.head
            if cur.dep_ == "acl" and cur.tag_ == "VBG":
                return cur.head
            break
        return None

    def passive_place_agent(self, verb: Token, index: ActorIndex, pi: int) -> str | None:
        """The organization a passive sanction names as its place: "Y was banned from X",
        "Y was blocked from posting on X" (a platform or body acts on its own members)."""
        deps = {c.dep_ for c in verb.children}
        if "auxpass" not in deps or "agent" in deps:
            return None
        kinds = index.kinds
        stack = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"]
        while stack:
            prep = stack.pop()
            for g in prep.children:
                if g.dep_ == "pobj":
                    aid = self._actor_in(g, index, pi)
                    if aid is not None and kinds.get(aid) == "organization":
                        return aid
                elif g.dep_ == "pcomp":  # "from posting on X"
                    stack.extend(c for c in g.children if c.dep_ == "prep" and c.lower_ in ("on", "to"))
        return None

    def hyphened_doer(self, verb: Token, index: ActorIndex, pi: int) -> tuple[list[str], list[str]] | None:
        """A participle joined by a hyphen to whoever does it, before the noun it is done to:
        "Trump-backed Secretary of State Kris Kobach" is Trump backing Kobach."""
        doer = next((a for c in verb.children if hyphened(c) for a in [index.actor_of(pi, c)] if a), None)
        if doer is None:
            return None
        noun = verb.head
        while noun.dep_ in ("nmod", "compound") and noun.head.i != noun.i:
            noun = noun.head  # "Trump-backed Secretary of State Kris Kobach": Kobach
        done_to = self._actor_in(noun, index, pi)
        return [doer], [done_to] if done_to and done_to != doer else []

    def unsaid_patient(self, verb: Token, index: ActorIndex, pi: int) -> list[str]:
        """Who a passive with no subject of its own is done to: the subject of the clause it
        hangs in ("X plans a platform after being banned from Y", "X, having been
        praised by Y, ...")."""
        deps = {c.dep_ for c in verb.children}
        if "auxpass" not in deps or deps & SUBJ_PASS or verb.dep_ not in ("pcomp", "advcl"):
            return []
        cur = verb.head
        while cur.pos_ not in VERBAL and cur.head.i != cur.i:
            cur = cur.head
        aid = self.subject_actor(cur, index, pi) if cur.pos_ in VERBAL else None
        return [aid] if aid else []

    def object_actors(self, verb: Token, index: ActorIndex, pi: int) -> list[str]:
        lex = self.lex
        heads: list[Token] = []
        passive = any(c.dep_ in SUBJ_PASS or c.dep_ == "auxpass" for c in verb.children)
        # "stood by Y", "rallied behind Y": a phrasal verb's own preposition names its object.
        own = set(found[0]) if (found := phrasal(verb, lex)) is not None else set()
        for c in verb.children:
            if c.dep_ in OBJ or c.dep_ in SUBJ_PASS:
                heads.extend(self._with_conj(c))
            elif passive:
                continue  # "banned from Twitter": the prepositions of a passive name no target
            elif c.dep_ == "prep" and (c.lower_ in lex.relation_preps or c.lower_ in own):
                heads.extend(t for p in c.children if p.dep_ == "pobj" for t in self._with_conj(p))
                # "warned against trusting Y"
                heads.extend(t for p in c.children if p.dep_ == "pcomp" for t in self._xcomp_objects(p))
            elif c.dep_ == "prt":  # "lash out at", "side with"
                for p in c.children:
                    if p.dep_ == "prep":
                        heads.extend(t for q in p.children if q.dep_ == "pobj" for t in self._with_conj(q))
            elif c.dep_ == "xcomp" and verb.lemma_.lower() in lex.negating_verbs:
                heads.extend(self._xcomp_objects(c))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children):
            heads.append(verb.head)  # "Judge X, appointed by Y": X is what Y appointed
        out: list[str] = []
        kinds = index.kinds
        for h in heads:
            # "thanked Patty Murray, a Democrat from Washington": the apposition describes
            # the person; her party is no one thanked.
            described = h.dep_ == "appos" and kinds.get(self._actor_in(h.head, index, pi) or "") == "person"
            for aid in self._np_actors(h, index, pi):
                if aid not in out and not (described and kinds.get(aid) != "person"):
                    out.append(aid)
        return out

    def _pobjs(self, heads: Iterable[Token], prep: str) -> list[Token]:
        """The objects of a preposition hung on any of ``heads``, with their conjuncts."""
        return [t for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == prep
                for g in c.children if g.dep_ == "pobj" for t in self._with_conj(g)]

    def passed_over(self, verb: Token, index: ActorIndex, pi: int) -> set[str]:
        """Whom a choice passes over: "backed Vale over Orm", "endorsed Sanders over Clinton"
        (the parse hangs "over" on the verb or on its object)."""
        holders = [verb, *(c for c in verb.children if c.dep_ in OBJ)]
        return {a for t in self._pobjs(holders, "over") for a in self._np_actors(t, index, pi)}

    def against(self, verb: Token, index: ActorIndex, pi: int) -> set[str]:
        """Whom a verb is done against: "voted against Y's confirmation", "campaigned
        against Y" (whatever the verb, it is a position against them)."""
        return {a for t in self._pobjs([verb], "against") for a in self._np_actors(t, index, pi)}

    def victims(self, verb: Token, index: ActorIndex, pi: int) -> set[str]:
        """Who suffers a harm the verb acts on: "attacked its oppression of women",
        "defended the killing of protesters" (what is done to the harm is the opposite for them)."""
        out: set[str] = set()
        for t in verb.subtree:
            aid = index.actor_of(pi, t)
            if aid is None or aid in out or not suffers(t, self.lex):
                continue
            above = next((a for a in t.ancestors if a.pos_ in VERBAL), None)
            if above is not None and above.i == verb.i:
                out.add(aid)
        return out

    def _xcomp_objects(self, verb: Token) -> list[Token]:
        heads: list[Token] = []
        for c in verb.children:
            if c.dep_ in OBJ:
                heads.extend(self._with_conj(c))
            elif c.dep_ == "prep":
                heads.extend(t for p in c.children if p.dep_ == "pobj" for t in self._with_conj(p))
        return heads

    def noun_subject(self, noun: Token, index: ActorIndex, pi: int) -> str | None:
        for c in noun.children:
            if c.dep_ in ("poss", "compound"):
                aid = index.actor_of(pi, c)
                if aid:
                    return aid
        for prep in noun.children:  # "criticism from X", "attacks by X"
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                aid = next((a for g in prep.children if g.dep_ == "pobj"
                            for a in [self._actor_in(g, index, pi)] if a), None)
                if aid:
                    return aid
        if noun.dep_ in OBJ | {"attr"} and noun.head.pos_ in ("VERB", "AUX"):
            return self.subject_actor(noun.head, index, pi)
        if noun.dep_ == "appos":
            return self._actor_in(noun.head, index, pi)
        return None

    def noun_objects(self, noun: Token, index: ActorIndex, pi: int) -> list[str]:
        out: list[str] = []
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_OBJECT_PREPS]
        if noun.dep_ == "dobj":
            # "heaped praise on Y", "put pressure on Y", "lent support to Y": the parse hangs
            # whom the noun is aimed at on the verb.
            preps += [c for c in noun.head.children
                      if c.dep_ in ("prep", "dative") and c.lower_ in AIMED_PREPS]
        for prep in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    for t in self._with_conj(pobj):
                        aid = self._actor_in(t, index, pi)
                        if aid and aid not in out:
                            out.append(aid)
        return out

    def speaker_relations(self, doc: Document, index: ActorIndex) -> list[tuple[Relation, float]]:
        """A speaker toward each actor their statement's content evaluates."""
        from .base import sentences_of

        out: list[tuple[Relation, float]] = []
        media = media_actors(doc)
        for st in doc.statements:
            if not st.actor:
                continue
            for pi, para, sent in sentences_of(doc, st.content):
                c0, c1 = st.content
                for m in index.mentions(pi, sent):
                    if m.actor == st.actor:
                        continue
                    mspan = m.chars(para)
                    if not (c0 <= mspan[0] and mspan[1] <= c1):
                        continue
                    root = m.root(para)
                    if m.actor in media and as_medium(root, self.lex):
                        continue
                    pol, ev = self._mention_reading(root)
                    if pol:
                        lo = min([root.i, *(t.i for t in ev)])
                        hi = max([root.i, *(t.i for t in ev)])
                        rel = Relation(st.actor, m.actor, "positive" if pol > 0 else "negative",
                                       para.span_of(sent), para.span_of(para.doc[lo : hi + 1]))
                        out.append((rel, WEIGHT_PARSE if ev else WEIGHT_TONE))
        return out

    def _mention_reading(self, root: Token) -> tuple[int, list[Token]]:
        """``mention_polarity``, once per mention: speakers and holders both ask for it."""
        key = (id(root.doc), root.i)
        if key not in self._mentions:
            self._mentions[key] = self.mention_polarity(root, self.lex)
        return self._mentions[key]

    def mention_polarity(self, root: Token, lex: Lexicon) -> tuple[int, list[Token]]:
        """How a statement's content treats an actor it mentions: what evaluates it in the
        parse (as for a target), else a clear tone of the clause around it."""
        cur = root
        while cur.dep_ in ("compound", "appos", "conj") and cur.head.i != cur.i:
            cur = cur.head
        # Only a polar reading needs the sentence's sign (root.sent walks the parse).
        sign = 0

        def signed() -> int:
            nonlocal sign
            if not sign:
                sign = rhetorical_sign(root.sent, lex)
            return sign

        # "the wise Leader", "the corrupt mayor": the speaker's own word for the actor.
        adj = next((c for c in root.children
                    if c.dep_ == "amod" and lex.evaluate_adjectives.get(c.lemma_.lower(), 0)), None)
        if adj is not None:
            return lex.evaluate_adjectives[adj.lemma_.lower()] * signed(), [adj]
        # "martyr Haj Qasem Soleimani": a noun the speaker puts before the name.
        title = next((c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN"
                      and lex.evaluate_nouns.get(c.lemma_.lower(), 0)), None)
        if title is not None:
            return lex.evaluate_nouns[title.lemma_.lower()] * signed(), [title]
        if cur.dep_ in SUBJ and cur.head.pos_ in VERBAL and cur.head.lemma_.lower() not in AUX_LEMMAS:
            # As subject of a verb an actor is judged by what it does, not by what it wants:
            # "they seek concessions" is no praise, "should the Leader warn officials" no blame.
            if cur.head.lemma_.lower() in lex.relation_verbs:
                return 0, []
            rated = job_rating(cur.head, lex)
            if rated is not None:
                return rated[0] * negation_sign(cur.head, lex) * signed(), [rated[1]]
            reading = read_target(root, root.i + 1, lex)
            if reading is not None and reading.polarity < 0:
                return -signed(), reading.evidence
            return 0, []
        noun = naming_complement(cur)
        if noun is not None:
            # "called Y a friend", "described Y as an enemy": the name given is the stance.
            name = noun.lemma_.lower()
            pol = lex.person_nouns.get(name, 0) or lex.evaluate_nouns.get(name, 0)
            if pol:
                return pol * signed(), [noun]
        if cur.dep_ in OBJ and cur.head.pos_ in VERBAL and adjectival_participle(cur.head):
            return 0, []
        if cur.dep_ in OBJ and cur.head.pos_ in VERBAL:
            # As object, only a verb of stance speaks ("we must fight them"); "highlighted
            # their scheme" is judged by the scheme, below.
            pol = lex.relation_verbs.get(cur.head.lemma_.lower(), 0)
            if pol and not (pol < 0 and is_negated(cur.head, lex)):
                return pol * negation_sign(cur.head, lex) * signed(), [cur.head]
        reading = read_target(root, root.i + 1, lex)
        if reading is not None and reading.polarity and not (cur.dep_ in OBJ and reading.evidence
                                                             and reading.evidence[0].i == cur.head.i):
            return reading.polarity * signed(), reading.evidence
        if reading is not None and not reading.polarity and reading.score == SCORE_REPORT:
            return 0, []  # "dismissed reports of talks between X and Y": no tone for X either
        if suffers(root, lex):
            return 0, []  # "the killers of X": the clause's anger is not at X
        # The clause around the mention, without the clauses nested in it.
        clause = root
        while clause.dep_ not in CLAUSE_STOP and clause.head.i != clause.i and clause.pos_ not in VERBAL:
            clause = clause.head
        # Names and the titles before them are left out: "Justice Ginsburg" or "Hope Hicks"
        # is no praise.
        c = text_valence(" ".join(t.text for t in clause_words(clause) if not named(t)))
        c = c * signed() if c else c
        if c <= -0.4:
            return -1, []
        if c >= 0.5:
            return 1, []
        return 0, []


def named(tok: Token) -> bool:
    """A word of a name, or of the title it is a compound of ("Justice" in "Justice Ruth
    Bader Ginsburg")."""
    return tok.pos_ == "PROPN" or tok.dep_ == "compound" and tok.head.pos_ == "PROPN"


def pair_votes(found: list[tuple[Relation, float]]) -> dict[tuple[str, str], float]:
    """What the readings of each (subject, object) pair add up to over the document: the
    signed sum of their weights (positive readings count up, negative ones down)."""
    votes: dict[tuple[str, str], float] = {}
    for rel, weight in found:
        pair = (rel.subject, rel.object)
        votes[pair] = votes.get(pair, 0.0) + weight * (1 if rel.polarity == "positive" else -1)
    return votes


def settle(found: list[tuple[Relation, float]], keep: Collection[int] = ()) -> list[Relation]:
    """One relation per (subject, object, sentence), the first kept; a reading weaker than a
    stance word takes the polarity the pair's readings in the document add up to (else
    those of the reverse pair: positions are mostly returned in kind), and is dropped when
    nothing in the document gives the pair a polarity, unless ``keep`` holds its ``id``
    (then it keeps its own, default polarity)."""
    votes = pair_votes(found)
    out: list[Relation] = []
    seen: set[tuple[str, str, Span]] = set()
    for rel, weight in found:
        key = (rel.subject, rel.object, rel.sentence)
        if key in seen:
            continue
        basis = WEIGHT_BASIS[weight]
        if weight < WEIGHT_WORD:
            vote = votes.get((rel.subject, rel.object), 0.0) or votes.get((rel.object, rel.subject), 0.0)
            if abs(vote) < MIN_SUPPORT and id(rel) not in keep:
                continue
            if abs(vote) >= MIN_SUPPORT:
                polarity = "positive" if vote > 0 else "negative"
                if weight == WEIGHT_DEFAULT or polarity != rel.polarity:
                    basis = "pair"
                rel.polarity = polarity
        rel.basis, rel.score = basis, BASIS_SCORE[basis]
        seen.add(key)
        out.append(rel)
    return out


def clause_words(clause: Token) -> list[Token]:
    """The words of a clause, leaving out the clauses embedded in it."""
    out: list[Token] = []
    stack = [clause]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in CLAUSE_STOP)
    return sorted(out, key=lambda t: t.i)


