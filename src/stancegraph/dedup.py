"""Duplicates and syndication: one canonical document, its copies linked to it.

A wire story republished by several outlets, with a typo fixed, a new headline,
an added sentence or the outlet's own boilerplate, is one story: counting its
statements once per outlet would inflate every figure. So each stored document
is either *canonical* (``documents.canonical_id IS NULL``) or a *copy* whose
``canonical_id`` names the canonical document; the copy keeps its own row,
source and outlet, and ``query.py`` counts canonical documents only unless asked
otherwise.

How a copy is found, for the analysed body (the clean stage's spans, so site
chrome and a changed headline weigh little):

- **exact**: the same normalized text (case, punctuation, spacing and quote
  style ignored) as a stored document: ``doc_signatures.text_hash``;
- **near**: the Jaccard similarity of word 3-shingles, estimated by a MinHash
  (datasketch, ``NUM_PERM`` permutations), at least the threshold
  (``Config.dedup_threshold``). Candidates come from a MinHash LSH index kept in
  the store itself (``lsh_buckets``: ``BANDS`` bands of ``ROWS`` rows), so a
  later run finds copies of documents stored by earlier runs, and memory does
  not grow with the store. The banding is fixed, independent of the threshold:
  a pair of similarity 0.4 becomes a candidate with probability 0.94, 0.5 with
  0.996, 0.2 with 0.29; candidates are then checked against the threshold on
  their signatures, so thresholds down to about 0.4 keep their recall.

The same text met again (same content id) under another source is a
*sighting* (``doc_sightings``): the document is stored once, the outlet kept.

Copies point at the root canonical document, never at another copy. A document
that is a copy of two groups stored apart (two edits of a story, each too far from
the other, stored before the original that bridges them) merges them under the
earliest stored canonical document, so grouping does not depend on input order.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from . import schema
from .errors import MissingExtra
from .types import Document

if TYPE_CHECKING:
    from .store import Store

NUM_PERM = 128
# 42 bands of 3 rows use 126 of the 128 values.
BANDS = 42
ROWS = 3
SHINGLE = 3
SEED = 1
# datasketch's 32-bit affine permutations: unbiased, and four bytes a value to store.
SCHEME = "affine32"
# Below this many words a text has too few shingles for near copies: exact copies only.
MIN_WORDS = 12
DEFAULT_THRESHOLD = 0.5

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " "})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Fingerprint:
    """What dedup keeps of a document: the normalized-text hash and the MinHash values."""

    text_hash: str
    hashvalues: bytes  # NUM_PERM little-endian uint32

    def similarity(self, other: Fingerprint) -> float:
        """Estimated Jaccard similarity of the two texts' shingle sets."""
        return float(_lean(self).jaccard(_lean(other)))


@dataclass(frozen=True)
class Match:
    """The stored document a new one copies: ``canonical_id`` is the root, ``matched_id``
    the stored document it was found most similar to (the root or a copy of it).

    ``merged``: other canonical documents the new one is also a copy of. They were stored
    apart because they came before the text that bridges them (input order is not
    chronological); recording the match makes them copies of ``canonical_id`` too.
    """

    canonical_id: str
    matched_id: str
    kind: str  # "exact" or "near"
    similarity: float
    merged: tuple[str, ...] = ()


@dataclass
class CopyRow:
    doc_id: str
    source: str
    outlet: str | None
    url: str | None
    published: str | None
    kind: str  # "exact", "near" or "sighting" (the very same text under another source)
    similarity: float | None  # None: merged into the group through a later document

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _datasketch() -> Any:
    try:
        import datasketch
    except ImportError as exc:  # pragma: no cover - a core dependency
        raise MissingExtra("datasketch", "core", "finding duplicate documents") from exc
    return datasketch


@lru_cache(maxsize=1)
def _permutations() -> Any:
    # Drawing the permutations is the slow part of building a MinHash: once per process.
    return _datasketch().MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations


def _lean(fp: Fingerprint) -> Any:
    import numpy as np

    values = np.frombuffer(fp.hashvalues, dtype="<u4")
    return _datasketch().LeanMinHash(seed=SEED, hashvalues=values, scheme=SCHEME)


def dedup_text(doc: Document) -> str:
    """The text compared for duplicates: the body paragraphs, else the whole text."""
    if doc.body:
        return "\n".join(doc.text[s:e] for s, e in doc.body)
    return doc.text


def words(text: str) -> list[str]:
    """Lower-cased words of NFKC-normalized text, curly quotes made straight."""
    return _WORD.findall(unicodedata.normalize("NFKC", text).translate(_QUOTES).lower())


def fingerprint(doc: Document | str) -> Fingerprint | None:
    """The fingerprint of a document's body (or of a string): None when it has no words;
    without MinHash values (exact copies only) below ``MIN_WORDS`` words."""
    import numpy as np

    toks = words(doc if isinstance(doc, str) else dedup_text(doc))
    if not toks:
        return None
    text_hash = hashlib.sha256(" ".join(toks).encode("utf-8")).hexdigest()[:32]
    if len(toks) < MIN_WORDS:
        return Fingerprint(text_hash, b"")
    shingles = {" ".join(toks[i : i + SHINGLE]).encode("utf-8") for i in range(len(toks) - SHINGLE + 1)}
    m = _datasketch().MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations(), scheme=SCHEME)
    m.update_batch(sorted(shingles))
    return Fingerprint(text_hash, np.asarray(m.hashvalues, dtype="<u4").tobytes())


def buckets(fp: Fingerprint) -> list[int]:
    """The LSH bucket of each band, as signed 64-bit integers (a column every database has)."""
    out = []
    width = ROWS * 4
    for band in range(BANDS):
        chunk = fp.hashvalues[band * width : (band + 1) * width]
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        out.append(int.from_bytes(digest, "little", signed=True))
    return out


# -- the index in the store ------------------------------------------------------------


def find(store: Store, fp: Fingerprint | None, threshold: float = DEFAULT_THRESHOLD) -> Match | None:
    """The stored document ``fp`` copies, or None: an exact match first, else the most
    similar LSH candidate at or above ``threshold`` (the earliest stored on a tie)."""
    if fp is None:
        return None
    db = store.db
    row = db.one(
        """SELECT s.doc_id, d.canonical_id FROM doc_signatures s JOIN documents d ON d.id = s.doc_id
           WHERE s.text_hash = :h ORDER BY d.num LIMIT 1""",
        {"h": fp.text_hash},
    )
    if row is not None:
        return Match(row["canonical_id"] or row["doc_id"], row["doc_id"], "exact", 1.0)
    if not fp.hashvalues:
        return None
    keys = {f"b{i}": b for i, b in enumerate(buckets(fp))}
    marks = ", ".join(f":{k}" for k in keys)
    rows = db.query(
        f"""SELECT d.id, d.canonical_id, d.num, s.minhash FROM documents d
            JOIN doc_signatures s ON s.doc_id = d.id
            WHERE d.id IN (SELECT doc_id FROM lsh_buckets WHERE bucket IN ({marks}))
            ORDER BY d.num""",
        keys,
    )
    best: tuple[float, str] | None = None
    roots: dict[str, None] = {}
    for r in rows:
        sim = fp.similarity(Fingerprint("", bytes(r["minhash"])))
        if sim >= threshold:
            roots[r["canonical_id"] or r["id"]] = None
            if best is None or sim > best[0]:
                best = (sim, r["id"])
    if best is None:
        return None
    # The earliest stored canonical document stays the root of the merged group.
    names = {f"r{i}": root for i, root in enumerate(roots)}
    marks = ", ".join(f":{k}" for k in names)
    ordered = [
        r["id"] for r in db.query(f"SELECT id FROM documents WHERE id IN ({marks}) ORDER BY num", names)
    ]
    return Match(ordered[0], best[1], "near", best[0], tuple(ordered[1:]))


def record(store: Store, doc_id: str, fp: Fingerprint | None, match: Match | None) -> None:
    """Index a just stored document and link it to its canonical document.

    Call inside the transaction that stored the document, so that both or neither are kept.
    """
    db = store.db
    if match is not None:
        db.execute(
            "UPDATE documents SET canonical_id = :c, dup_kind = :k, similarity = :s WHERE id = :id",
            {"c": match.canonical_id, "k": match.kind, "s": round(match.similarity, 4), "id": doc_id},
        )
        for other in match.merged:
            db.execute(
                "UPDATE documents SET canonical_id = :c WHERE canonical_id = :o",
                {"c": match.canonical_id, "o": other},
            )
            # Linked through the new document: no similarity of its own to the root is known.
            db.execute(
                "UPDATE documents SET canonical_id = :c, dup_kind = 'near', similarity = NULL WHERE id = :o",
                {"c": match.canonical_id, "o": other},
            )
    # A document without words still gets a row (an empty hash no fingerprint has), so
    # that ``backfill`` does not look at it again.
    db.execute(
        "INSERT INTO doc_signatures (doc_id, text_hash, minhash) VALUES (:id, :h, :m)",
        {"id": doc_id, "h": fp.text_hash if fp else "", "m": fp.hashvalues if fp else b""},
    )
    if fp is None or not fp.hashvalues:
        return
    # One statement for all bands: a round trip per band was most of the cost of indexing.
    keys = {f"b{i}": b for i, b in enumerate(dict.fromkeys(buckets(fp)))}
    values = ", ".join(f"(:{k}, :id)" for k in keys)
    db.execute(f"INSERT INTO lsh_buckets (bucket, doc_id) VALUES {values}", {**keys, "id": doc_id})


def add_sighting(store: Store, doc: Document) -> bool:
    """Note that the stored document ``doc.id`` was met again under ``doc.source``; False when
    that source is the stored one or was already noted."""
    db = store.db
    with db.transaction():
        row = db.one("SELECT source FROM documents WHERE id = :id", {"id": doc.id})
        if row is None or row["source"] == doc.source:
            return False
        return (
            db.execute(
                """INSERT INTO doc_sightings (doc_id, source, outlet, url, published, seen_at)
                   VALUES (:id, :s, :o, :u, :p, :t) ON CONFLICT (doc_id, source) DO NOTHING""",
                {
                    "id": doc.id,
                    "s": doc.source,
                    "o": doc.meta.get("outlet"),
                    "u": doc.meta.get("url"),
                    "p": doc.published or doc.meta.get("published"),
                    "t": schema.now(),
                },
            )
            > 0
        )


def backfill(store: Store) -> int:
    """Fingerprint stored documents that have none (stored before dedup existed); how many.

    They become searchable as originals; they are not re-linked among themselves.
    """
    db = store.db
    ids = [
        r["id"]
        for r in db.query(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_signatures) ORDER BY num"
        )
    ]
    done = 0
    for doc_id in ids:
        row = db.one("SELECT text, body FROM documents WHERE id = :id", {"id": doc_id})
        if row is None:
            continue
        import json

        doc = Document(text=row["text"], id=doc_id, body=[(s, e) for s, e in json.loads(row["body"])])
        with db.transaction():
            record(store, doc_id, fingerprint(doc), None)
        done += 1
    return done


def canonical_of(store: Store, doc_id: str) -> str:
    """The canonical document of ``doc_id`` (itself when it is canonical)."""
    row = store.db.one("SELECT canonical_id FROM documents WHERE id = :id", {"id": doc_id})
    return doc_id if row is None or row["canonical_id"] is None else str(row["canonical_id"])


def copies(store: Store, doc_id: str) -> list[CopyRow]:
    """The copies of a canonical document (or of the canonical document of a copy), with their
    outlets: near and exact copies stored as documents, then sightings of the same text."""
    canonical = canonical_of(store, doc_id)
    rows = store.db.query(
        """SELECT id, source, outlet, url, published, dup_kind, similarity FROM documents
           WHERE canonical_id = :c ORDER BY num""",
        {"c": canonical},
    )
    out = [
        CopyRow(r["id"], r["source"], r["outlet"], r["url"], r["published"], r["dup_kind"], r["similarity"])
        for r in rows
    ]
    sightings = store.db.query(
        """SELECT doc_id, source, outlet, url, published FROM doc_sightings
           WHERE doc_id = :c OR doc_id IN (SELECT id FROM documents WHERE canonical_id = :c)
           ORDER BY seen_at, source""",
        {"c": canonical},
    )
    out += [
        CopyRow(r["doc_id"], r["source"], r["outlet"], r["url"], r["published"], "sighting", 1.0)
        for r in sightings
    ]
    return out
