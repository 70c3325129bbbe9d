"""A comparable dump of everything a store holds, timestamps left out (test helper)."""

from __future__ import annotations

from typing import Any

from stancegraph.store import Store

TABLES = {
    "documents": (
        "SELECT id, source, title, published, text, body, url, outlet, meta, canonical_id, dup_kind,"
        " similarity FROM documents ORDER BY num"
    ),
    "actors": "SELECT id, name, kind, attrs FROM actors ORDER BY id",
    "actor_names": "SELECT actor_id, key, name FROM actor_names ORDER BY actor_id, key",
    "doc_actors": "SELECT * FROM doc_actors ORDER BY doc_id, seq",
    "statements": (
        "SELECT doc_id, seq, kind, content_start, content_end, cue_start, cue_end, speaker_start,"
        " speaker_end, local_actor, actor_id, content, speaker FROM statements ORDER BY doc_id, seq"
    ),
    "stances": (
        "SELECT s.doc_id, s.seq, st.seq AS n, st.target, st.label, st.score, st.evidence_start,"
        " st.evidence_end FROM stances st JOIN statements s ON s.id = st.statement_id"
        " ORDER BY s.doc_id, s.seq, st.seq"
    ),
    "times": (
        "SELECT s.doc_id, s.seq, t.seq AS n, t.role, t.span_start, t.span_end, t.text, t.value,"
        " t.granularity, t.first_day, t.last_day FROM statement_times t"
        " JOIN statements s ON s.id = t.statement_id ORDER BY s.doc_id, s.seq, t.seq"
    ),
    "relations": "SELECT * FROM relations ORDER BY doc_id, seq",
    "signatures": "SELECT doc_id, text_hash, minhash FROM doc_signatures ORDER BY doc_id",
    "buckets": "SELECT bucket, doc_id FROM lsh_buckets ORDER BY bucket, doc_id",
    "sightings": "SELECT doc_id, source, outlet, url, published FROM doc_sightings ORDER BY doc_id, source",
    "rejects": "SELECT source, code, reason, count FROM rejects ORDER BY source, code",
}


def dump(store: Store) -> dict[str, list[dict[str, Any]]]:
    return {name: store.db.query(sql) for name, sql in TABLES.items()}


def store_old_statement(db: Any, doc_id: str, text: str, published: str | None, speaker_end: int) -> None:
    """A document and its one reported statement ("… said … that <content>.") written as a
    store of schema version 4 held them: no times (for the migration tests)."""
    content, cue = text.index("that"), text.index("said")
    db.execute(
        """INSERT INTO documents (id, source, published, text, body, meta, ingested_at)
           VALUES (:id, 'old.txt', :p, :t, :b, '{}', '2024-05-02T00:00:00Z')""",
        {"id": doc_id, "p": published, "t": text, "b": f"[[0, {len(text)}]]"},
    )
    db.execute(
        """INSERT INTO statements (doc_id, seq, kind, content_start, content_end, cue_start, cue_end,
                                   speaker_start, speaker_end, content)
           VALUES (:id, 0, 'indirect', :cs, :ce, :qs, :qe, 0, :se, :c)""",
        {"id": doc_id, "cs": content, "ce": len(text) - 1, "qs": cue, "qe": cue + 4, "se": speaker_end,
         "c": text[content:-1]},  # fmt: skip
    )
