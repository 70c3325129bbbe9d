"""Store stage: analysed documents into SQLite (embedded default) or PostgreSQL.

>>> with Store("stancegraph.db") as store:          # doctest: +SKIP
...     store.add(doc)                                # True: stored; False: already there
...     again = store.get(doc.id)                     # the same Document back

What is kept: the document (text, body spans, title, date, url, outlet, reader
metadata, the original bytes zlib-compressed when the reader kept them), its
actors with their mentions, statements with their spans, stances and times
(``statement_times``, with the days each value covers), and relations. Spans are
stored as offsets into the stored text, so ``get`` returns a ``Document`` equal to
the one added (``paragraphs`` excepted: parses are not stored).

Actors are also linked across documents: each document actor is looked up by
``registry.name_keys`` among the stored actors, ``registry.link`` decides which
one it is (or none: a new stored actor), and statements carry that stored id.

Each document is written in one transaction: a failure leaves nothing of it
behind and nothing stored before is touched. ``add`` is idempotent by
``Document.id`` (the content hash). Listing and searching live in ``query.py``.

Stable API (the CLI and the web app build on it): ``Store(url, create=True,
upgrade=False)``, ``Store.add``, ``has``, ``get``, ``raw``, ``actor_ids``,
``add_reject``, ``clear_rejects``, ``merge_actors``, ``version``, ``close``; ``Store.db`` is the
``schema.Database`` for queries. ``open_store`` is ``Store`` with the default URL.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from . import registry, schema
from .config import default_db
from .errors import InputError, NotFound, ProcessingError, StoreError
from .registry import RegistryEntry
from .types import Actor, Document, Mention, Relation, Stance, Statement, TimeExpr


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def _span(start: int | None, end: int | None) -> tuple[int, int] | None:
    return None if start is None or end is None else (int(start), int(end))


def _json_meta(meta: dict[str, Any]) -> dict[str, Any]:
    """The reader metadata kept as JSON: everything but the raw bytes (stored apart)."""
    return {k: v for k, v in meta.items() if k != "raw" and not isinstance(v, bytes | bytearray)}


class Store:
    """A stancegraph database: documents in, documents and listings out.

    ``url``: an SQLite path (default ``config.default_db()``: ``./stancegraph.db`` or
    ``$STANCEGRAPH_DB``) or ``postgresql://user:pass@host/dbname``. A fresh database
    gets the whole schema. An older one is refused with a message pointing at
    ``stancegraph migrate`` unless ``upgrade=True``; ``create=False`` refuses a
    missing SQLite file instead of creating it (for read-only commands).

    A Store is one connection: use it from one thread at a time (open one per
    thread or request; SQLite's WAL mode lets readers run beside a writer).
    """

    def __init__(self, url: str | Path | None = None, *, create: bool = True, upgrade: bool = False) -> None:
        self.url = str(url if url is not None else default_db())
        self.db = schema.connect(self.url, create=create)
        try:
            self._prepare(upgrade)
        except BaseException:
            self.db.close()
            raise

    def _prepare(self, upgrade: bool) -> None:
        current = schema.version(self.db)
        if current > schema.LATEST:
            raise StoreError(
                f"{schema.redact(self.url)} has schema version {current}, newer than this "
                f"stancegraph knows ({schema.LATEST}): upgrade stancegraph"
            )
        if current == 0 or upgrade:
            schema.migrate(self.db)
        elif current < schema.LATEST:
            raise StoreError(
                f"{schema.redact(self.url)} has schema version {current}, this stancegraph needs "
                f"{schema.LATEST}: run `stancegraph migrate --db {schema.redact(self.url)}`"
            )

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def version(self) -> int:
        return schema.version(self.db)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ------------------------------------------------------------------------

    def has(self, doc_id: str) -> bool:
        return self.db.one("SELECT 1 AS x FROM documents WHERE id = :id", {"id": doc_id}) is not None

    def add(self, doc: Document) -> bool:
        """Store one analysed document in one transaction; False when it was already stored.

        A document PostgreSQL cannot hold (a NUL character in its text) raises
        ``ProcessingError`` naming it, before anything is written.
        """
        if self.dialect == "postgresql" and "\x00" in doc.text:
            raise ProcessingError(doc.source, "contains NUL characters, which PostgreSQL text cannot hold")
        with self.db.transaction():
            if self.has(doc.id):
                return False
            self._insert_document(doc)
            local_to_stored = {a.id: self._link_actor(a) for a in doc.actors}
            self._insert_doc_actors(doc, local_to_stored)
            self._insert_statements(doc, local_to_stored)
            self._insert_relations(doc, local_to_stored)
            # A source that now went in is no longer a reject.
            self.db.execute("DELETE FROM rejects WHERE source = :s", {"s": doc.source})
        return True

    def add_many(self, docs: Iterable[Document]) -> tuple[int, int]:
        """Store documents one transaction each; (added, already stored)."""
        added = skipped = 0
        for doc in docs:
            if self.add(doc):
                added += 1
            else:
                skipped += 1
        return added, skipped

    def _insert_document(self, doc: Document) -> None:
        raw = doc.meta.get("raw")
        if isinstance(raw, str):
            raw = raw.encode("utf-8")
        self.db.execute(
            """INSERT INTO documents
               (id, source, title, published, text, body, url, outlet, meta, raw, ingested_at)
               VALUES (:id, :source, :title, :published, :text, :body, :url, :outlet, :meta, :raw, :at)""",
            {
                "id": doc.id,
                "source": doc.source,
                "title": doc.title,
                "published": doc.published,
                "text": doc.text,
                "body": _dumps([list(s) for s in doc.body]),
                "url": doc.meta.get("url"),
                "outlet": doc.meta.get("outlet"),
                "meta": _dumps(_json_meta(doc.meta)),
                "raw": zlib.compress(bytes(raw)) if isinstance(raw, bytes | bytearray) else None,
                "at": schema.now(),
            },
        )

    def _candidates(self, keys: set[str]) -> list[RegistryEntry]:
        """Stored actors known under any of ``keys``, with all their names (one query)."""
        if not keys:
            return []
        names = {f"k{i}": k for i, k in enumerate(sorted(keys))}
        marks = ", ".join(f":{n}" for n in names)
        rows = self.db.query(
            f"""SELECT a.id, a.name, a.kind, a.attrs, n.name AS alias
                FROM actors a JOIN actor_names n ON n.actor_id = a.id
                WHERE a.id IN (SELECT actor_id FROM actor_names WHERE key IN ({marks}))
                ORDER BY a.id, n.name""",
            names,
        )
        entries: dict[int, RegistryEntry] = {}
        for row in rows:
            entry = entries.get(row["id"])
            if entry is None:
                entry = entries[row["id"]] = RegistryEntry(
                    id=str(row["id"]), name=row["name"], kind=row["kind"], attrs=json.loads(row["attrs"])
                )
            if row["alias"] != row["name"] and row["alias"] not in entry.aliases:
                entry.aliases.append(row["alias"])
        return list(entries.values())

    def _link_actor(self, actor: Actor) -> int:
        """The stored actor id for a document actor, creating the entry when registry.link finds none."""
        keys = registry.name_keys(actor)
        found = registry.link(actor, self._candidates(keys))
        if found is None:
            stored = self.db.insert(
                "INSERT INTO actors (name, kind, attrs, created_at) VALUES (:n, :k, :a, :t)",
                {"n": actor.name, "k": actor.kind, "a": _dumps(actor.attrs), "t": schema.now()},
            )
        else:
            stored = int(found)
            row = self.db.one("SELECT attrs, kind FROM actors WHERE id = :id", {"id": stored})
            if row is None:
                raise StoreError(f"registry.link returned {found!r}, which is not a stored actor")
            kind = registry.settled_kind(row["kind"], actor.kind)
            if kind != row["kind"]:
                self.db.execute("UPDATE actors SET kind = :k WHERE id = :id", {"k": kind, "id": stored})
            attrs = json.loads(row["attrs"])
            merged = {**actor.attrs, **attrs}  # what was known first stays
            if merged != attrs:
                self.db.execute(
                    "UPDATE actors SET attrs = :a WHERE id = :id", {"a": _dumps(merged), "id": stored}
                )
        names = {
            key: name
            for name in reversed(list(dict.fromkeys([actor.name, *actor.aliases])))
            for key in registry.name_keys(Actor(id="", name=name))
        }  # a key two names share goes to the first of them, as one insert after another would
        self.db.executemany(
            """INSERT INTO actor_names (actor_id, key, name) VALUES (:id, :key, :name)
               ON CONFLICT (actor_id, key) DO NOTHING""",
            [{"id": stored, "key": k, "name": n} for k, n in sorted(names.items())],
        )
        return stored

    def _insert_doc_actors(self, doc: Document, stored: dict[str, int]) -> None:
        self.db.executemany(
            """INSERT INTO doc_actors
               (doc_id, local_id, seq, actor_id, name, kind, aliases, mentions, attrs)
               VALUES (:doc, :local, :seq, :actor, :name, :kind, :aliases, :mentions, :attrs)""",
            [
                {
                    "doc": doc.id,
                    "local": a.id,
                    "seq": seq,
                    "actor": stored[a.id],
                    "name": a.name,
                    "kind": a.kind,
                    "aliases": _dumps(a.aliases),
                    "mentions": _dumps([[m.span[0], m.span[1], m.how] for m in a.mentions]),
                    "attrs": _dumps(a.attrs),
                }
                for seq, a in enumerate(doc.actors)
            ],
        )

    def _insert_statements(self, doc: Document, stored: dict[str, int]) -> None:
        stances: list[dict[str, Any]] = []
        times: list[dict[str, Any]] = []
        for seq, st in enumerate(doc.statements):
            cue = st.cue or (None, None)
            speaker = st.speaker or (None, None)
            sid = self.db.insert(
                """INSERT INTO statements
                   (doc_id, seq, kind, content_start, content_end, cue_start, cue_end,
                    speaker_start, speaker_end, local_actor, actor_id, content, speaker)
                   VALUES (:doc, :seq, :kind, :cs, :ce, :qs, :qe, :ss, :se, :local, :actor,
                           :content, :speaker)""",
                {
                    "doc": doc.id,
                    "seq": seq,
                    "kind": st.kind,
                    "cs": st.content[0],
                    "ce": st.content[1],
                    "qs": cue[0],
                    "qe": cue[1],
                    "ss": speaker[0],
                    "se": speaker[1],
                    "local": st.actor,
                    "actor": stored.get(st.actor) if st.actor is not None else None,
                    "content": doc.slice(st.content),
                    "speaker": doc.slice(st.speaker) if st.speaker else None,
                },
            )
            for n, stance in enumerate(st.stances):
                ev = stance.evidence or (None, None)
                stances.append(
                    {
                        "sid": sid,
                        "seq": n,
                        "target": stance.target,
                        "label": stance.label,
                        "score": float(stance.score),
                        "es": ev[0],
                        "ee": ev[1],
                    }
                )
            times += time_rows(sid, st)
        self.db.executemany(
            """INSERT INTO stances
               (statement_id, seq, target, label, score, evidence_start, evidence_end)
               VALUES (:sid, :seq, :target, :label, :score, :es, :ee)""",
            stances,
        )
        insert_times(self.db, times)

    def _insert_relations(self, doc: Document, stored: dict[str, int]) -> None:
        self.db.executemany(
            """INSERT INTO relations
               (doc_id, seq, subject, object, subject_actor, object_actor, polarity,
                sentence_start, sentence_end, evidence_start, evidence_end, score, basis)
               VALUES (:doc, :seq, :subj, :obj, :sa, :oa, :pol, :ss, :se, :es, :ee, :score, :basis)""",
            [
                {
                    "doc": doc.id,
                    "seq": seq,
                    "subj": r.subject,
                    "obj": r.object,
                    "sa": stored.get(r.subject),
                    "oa": stored.get(r.object),
                    "pol": r.polarity,
                    "ss": r.sentence[0],
                    "se": r.sentence[1],
                    "es": r.evidence[0],
                    "ee": r.evidence[1],
                    "score": r.score,
                    "basis": r.basis,
                }
                for seq, r in enumerate(doc.relations)
            ],
        )

    def add_reject(self, error: InputError) -> None:
        """Record an input that could not be read or analysed (once per source, code and reason)."""
        t = schema.now()
        with self.db.transaction():
            self.db.execute(
                """INSERT INTO rejects (source, code, reason, first_seen, time, count)
                   VALUES (:s, :c, :r, :t, :t, 1)
                   ON CONFLICT (source, code, reason)
                   DO UPDATE SET time = excluded.time, count = rejects.count + 1""",
                {"s": error.source, "c": error.code, "r": error.reason, "t": t},
            )

    def merge_actors(self, source: int, target: int) -> None:
        """Fold stored actor ``source`` into ``target`` (one person stored twice): its names,
        document links, statements and relations move to ``target``, whose attributes win
        where both have one, and ``source`` is deleted. Names move too, so later ingests
        link those names to ``target``. NotFound for an unknown id."""
        if int(source) == int(target):
            raise ValueError(f"cannot merge actor {source} into itself")
        ids = {"s": int(source), "t": int(target)}
        with self.db.transaction():
            found = self.db.query("SELECT id, attrs FROM actors WHERE id IN (:s, :t)", ids)
            rows = {int(r["id"]): r for r in found}
            for which in ("s", "t"):
                if ids[which] not in rows:
                    raise NotFound(f"no actor with id {ids[which]}")
            for sql in (
                "UPDATE doc_actors SET actor_id = :t WHERE actor_id = :s",
                "UPDATE statements SET actor_id = :t WHERE actor_id = :s",
                "UPDATE relations SET subject_actor = :t WHERE subject_actor = :s",
                "UPDATE relations SET object_actor = :t WHERE object_actor = :s",
                """INSERT INTO actor_names (actor_id, key, name)
                   SELECT :t, key, name FROM actor_names WHERE actor_id = :s
                   ON CONFLICT (actor_id, key) DO NOTHING""",
                "DELETE FROM actor_names WHERE actor_id = :s",
            ):
                self.db.execute(sql, ids)
            attrs = {**json.loads(rows[ids["s"]]["attrs"]), **json.loads(rows[ids["t"]]["attrs"])}
            self.db.execute("UPDATE actors SET attrs = :a WHERE id = :t", {**ids, "a": _dumps(attrs)})
            self.db.execute("DELETE FROM actors WHERE id = :s", ids)

    def clear_rejects(self) -> int:
        with self.db.transaction():
            return self.db.execute("DELETE FROM rejects")

    # -- reading ------------------------------------------------------------------------

    def get(self, doc_id: str) -> Document:
        """The stored document, rebuilt with its actors (local ids), statements and relations."""
        row = self.db.one("SELECT * FROM documents WHERE id = :id", {"id": doc_id})
        if row is None:
            raise NotFound(f"no document {doc_id!r} in {schema.redact(self.url)}")
        meta = json.loads(row["meta"])
        if row["raw"] is not None:
            meta["raw"] = zlib.decompress(bytes(row["raw"]))
        doc = Document(
            text=row["text"],
            source=row["source"],
            id=row["id"],
            title=row["title"],
            published=row["published"],
            body=[(s, e) for s, e in json.loads(row["body"])],
            meta=meta,
        )
        for a in self.db.query("SELECT * FROM doc_actors WHERE doc_id = :id ORDER BY seq", {"id": doc_id}):
            doc.actors.append(
                Actor(
                    id=a["local_id"],
                    name=a["name"],
                    kind=a["kind"],
                    aliases=json.loads(a["aliases"]),
                    mentions=[Mention((s, e), how) for s, e, how in json.loads(a["mentions"])],
                    attrs=json.loads(a["attrs"]),
                )
            )
        statements = self.db.query("SELECT * FROM statements WHERE doc_id = :id ORDER BY seq", {"id": doc_id})
        stances: dict[int, list[Stance]] = {}
        for s in self.db.query(
            """SELECT st.* FROM stances st JOIN statements s ON s.id = st.statement_id
               WHERE s.doc_id = :id ORDER BY st.statement_id, st.seq""",
            {"id": doc_id},
        ):
            stances.setdefault(s["statement_id"], []).append(
                Stance(
                    target=s["target"],
                    label=s["label"],
                    score=s["score"],
                    evidence=_span(s["evidence_start"], s["evidence_end"]),
                )
            )
        times = read_times(self.db, "s.doc_id = :id", {"id": doc_id})
        for s in statements:
            doc.statements.append(
                Statement(
                    kind=s["kind"],
                    content=(s["content_start"], s["content_end"]),
                    cue=_span(s["cue_start"], s["cue_end"]),
                    speaker=_span(s["speaker_start"], s["speaker_end"]),
                    actor=s["local_actor"],
                    stances=stances.get(s["id"], []),
                    times=times.get(int(s["id"]), []),
                )
            )
        for r in self.db.query("SELECT * FROM relations WHERE doc_id = :id ORDER BY seq", {"id": doc_id}):
            doc.relations.append(
                Relation(
                    subject=r["subject"],
                    object=r["object"],
                    polarity=r["polarity"],
                    sentence=(r["sentence_start"], r["sentence_end"]),
                    evidence=(r["evidence_start"], r["evidence_end"]),
                    score=r["score"],
                    basis=r["basis"],
                )
            )
        return doc

    def raw(self, doc_id: str) -> bytes | None:
        """The original bytes of a document (e.g. its HTML) when the reader kept them."""
        row = self.db.one("SELECT raw FROM documents WHERE id = :id", {"id": doc_id})
        if row is None:
            raise NotFound(f"no document {doc_id!r} in {schema.redact(self.url)}")
        return None if row["raw"] is None else zlib.decompress(bytes(row["raw"]))

    def actor_ids(self, doc_id: str) -> dict[str, int]:
        """A document's local actor ids mapped to stored (cross-document) actor ids."""
        rows = self.db.query("SELECT local_id, actor_id FROM doc_actors WHERE doc_id = :id", {"id": doc_id})
        return {r["local_id"]: int(r["actor_id"]) for r in rows}

    def document_ids(self) -> list[str]:
        return [r["id"] for r in self.db.query("SELECT id FROM documents ORDER BY num")]


# -- statement times (temporal.py) -------------------------------------------------------


def time_rows(statement_id: int, st: Statement) -> list[dict[str, Any]]:
    """The ``statement_times`` rows of one statement, with the days each value covers."""
    from .temporal import period_range

    rows = []
    for seq, t in enumerate(st.times):
        first = last = None
        if t.value:
            with contextlib.suppress(ValueError):
                lo, hi = period_range(t.value)
                first, last = lo.isoformat(), hi.isoformat()
        rows.append(
            {
                "sid": statement_id,
                "seq": seq,
                "role": t.role,
                "ss": t.span[0],
                "se": t.span[1],
                "text": t.text,
                "value": t.value,
                "gran": t.granularity,
                "first": first,
                "last": last,
            }
        )
    return rows


def insert_times(db: schema.Database, rows: list[dict[str, Any]]) -> None:
    db.executemany(
        """INSERT INTO statement_times
           (statement_id, seq, role, span_start, span_end, text, value, granularity, first_day, last_day)
           VALUES (:sid, :seq, :role, :ss, :se, :text, :value, :gran, :first, :last)""",
        rows,
    )


def read_times(db: schema.Database, where: str, params: dict[str, Any]) -> dict[int, list[TimeExpr]]:
    """``TimeExpr`` lists by statement id for the statements (alias ``s``) matching ``where``."""
    out: dict[int, list[TimeExpr]] = {}
    for t in db.query(
        f"""SELECT t.* FROM statement_times t JOIN statements s ON s.id = t.statement_id
            WHERE {where} ORDER BY t.statement_id, t.seq""",
        params,
    ):
        out.setdefault(int(t["statement_id"]), []).append(
            TimeExpr(
                span=(int(t["span_start"]), int(t["span_end"])),
                text=t["text"],
                value=t["value"],
                granularity=t["granularity"],
                role=t["role"],
            )
        )
    return out


def backfill_times(db: schema.Database, batch: int = 32) -> int:
    """Times for statements stored before schema version 5 (``schema.py`` runs it when
    migrating): each document is parsed again and ``temporal.annotate_times`` reads its
    stored statements, as the statements stage would have. The number of documents."""
    # Only the keys up front: the texts are read a batch at a time, so a store of any
    # size migrates in bounded memory.
    nums = [
        int(r["num"])
        for r in db.query(
            "SELECT num FROM documents WHERE id IN (SELECT doc_id FROM statements) ORDER BY num"
        )
    ]
    if not nums:
        return 0
    from .parse import Parser
    from .temporal import annotate_times

    parser = Parser()
    for i in range(0, len(nums), batch):
        docs, ids = [], []
        doc_rows = db.query(
            """SELECT id, text, body, published, source FROM documents
               WHERE num >= :lo AND num <= :hi AND id IN (SELECT doc_id FROM statements) ORDER BY num""",
            {"lo": nums[i], "hi": nums[min(i + batch, len(nums)) - 1]},
        )
        for r in doc_rows:
            doc = Document(
                text=r["text"],
                source=r["source"],
                id=r["id"],
                published=r["published"],
                body=[(s, e) for s, e in json.loads(r["body"])],
            )
            rows = db.query("SELECT * FROM statements WHERE doc_id = :id ORDER BY seq", {"id": r["id"]})
            doc.statements = [
                Statement(
                    kind=s["kind"],
                    content=(s["content_start"], s["content_end"]),
                    cue=_span(s["cue_start"], s["cue_end"]),
                    speaker=_span(s["speaker_start"], s["speaker_end"]),
                )
                for s in rows
            ]
            docs.append(doc)
            ids.append([int(s["id"]) for s in rows])
        for doc, sids in zip(parser.pipe(docs), ids, strict=True):
            annotate_times(doc)
            pairs = zip(sids, doc.statements, strict=True)
            insert_times(db, [row for sid, st in pairs for row in time_rows(sid, st)])
            doc.paragraphs = []
    return len(nums)


def open_store(url: str | Path | None = None, **kwargs: Any) -> Store:
    """``Store(url or config.default_db(), ...)``."""
    return Store(url, **kwargs)
