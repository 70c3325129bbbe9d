"""Listing and searching the store: what the CLI and the web app show.

Every function takes a ``Store`` and keyword filters and returns plain row
dataclasses; ``row.to_dict()`` is the JSON form and ``FIELDS`` of each row type
its CSV/table columns. SQL is written once for both backends; only full-text
search differs (SQLite FTS5 / PostgreSQL text search, see ``schema.py``).

Stable API: ``statements``, ``iter_statements``, ``count_statements``, ``actors``, ``actor``,
``documents``, ``document``, ``summary``, ``stance_by_target``, ``rejects``,
``statements_per_period``, ``stance_per_period``, ``relations``, ``relation_pairs``,
``relations_per_period``, ``actor_relations``, ``target_actors``, ``target_outlets``,
``outlets``, ``outlet_counts``, ``check_period``; rows ``StatementRow`` (with its ``TimeRow``
times), ``ActorRow``, ``DocumentRow``, ``RejectRow``, ``Summary``, ``OutletRow``,
``PeriodCount``, ``StancePeriod``, ``RelationRow``, ``RelationPair``, ``RelationPeriod``,
``ActorStance``, ``OutletStance``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import date
from typing import Any, ClassVar

from . import registry
from .errors import NotFound
from .store import Store
from .temporal import period_range
from .types import Actor

STANCE_LABELS = ("favor", "against", "neutral")


# -- rows ---------------------------------------------------------------------------


class _Row:
    """JSON (``to_dict``) and one flat CSV/table row (``flat``: the columns in ``FIELDS``)."""

    FIELDS: ClassVar[tuple[str, ...]] = ()

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]

    def _flat_values(self) -> dict[str, Any]:
        return self.to_dict()

    def flat(self) -> dict[str, Any]:
        d = self._flat_values()
        return {k: d[k] for k in self.FIELDS}


@dataclass
class StanceRow:
    target: str
    label: str
    score: float
    evidence: list[int] | None = None


@dataclass
class TimeRow:
    """A temporal expression of a statement (``types.TimeExpr`` as listed)."""

    role: str
    text: str
    value: str | None
    granularity: str | None
    span: list[int]

    def label(self) -> str:
        """``text → value`` (the value alone when it reads the same), for one table cell."""
        shown = self.value or "?"
        return self.text if shown == self.text else f"{self.text} → {shown}"


@dataclass
class StatementRow(_Row):
    id: int
    doc_id: str
    published: str | None
    source: str
    title: str | None
    outlet: str | None
    actor_id: int | None
    actor: str | None  # the stored (cross-document) actor's name
    speaker: str | None  # the speaker span's text in this document
    kind: str
    content: str
    span: list[int]
    stances: list[StanceRow] = field(default_factory=list)
    # When it was said (role "said") and the times it talks about (role "content").
    times: list[TimeRow] = field(default_factory=list)

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id",
        "published",
        "actor",
        "speaker",
        "kind",
        "content",
        "stances",
        "said",
        "mentions",
        "outlet",
        "doc_id",
    )

    def to_dict(self) -> dict[str, Any]:
        # ``asdict`` deep-copies field by field: ten times slower on a long export.
        d = {f.name: getattr(self, f.name) for f in fields(self)}
        d["span"] = list(self.span)
        d["stances"] = [
            {"target": s.target, "label": s.label, "score": s.score, "evidence": s.evidence}
            for s in self.stances
        ]
        d["times"] = [
            {"role": t.role, "text": t.text, "value": t.value, "granularity": t.granularity, "span": t.span}
            for t in self.times
        ]
        return d

    def stance_text(self) -> str:
        return "; ".join(f"{s.target}: {s.label} ({s.score:.2f})" for s in self.stances)

    def time_text(self, role: str) -> str:
        return "; ".join(t.label() for t in self.times if t.role == role)

    def _flat_values(self) -> dict[str, Any]:
        # One CSV/table cell for the stances: ``target: label (score); ...``, and one for
        # each role of the times: ``on Tuesday → 2024-03-05; next month → 2024-04``.
        d = self.to_dict()
        d["stances"] = self.stance_text()
        d["said"] = self.time_text("said")
        d["mentions"] = self.time_text("content")
        return d


@dataclass
class ActorRow(_Row):
    id: int
    name: str
    kind: str
    aliases: list[str]
    documents: int
    statements: int
    attrs: dict[str, str] = field(default_factory=dict)

    FIELDS: ClassVar[tuple[str, ...]] = ("id", "name", "kind", "documents", "statements", "aliases")

    def _flat_values(self) -> dict[str, Any]:
        d = self.to_dict()
        d["aliases"] = "; ".join(self.aliases)
        return d


@dataclass
class DocumentRow(_Row):
    id: str
    source: str
    title: str | None
    published: str | None
    url: str | None
    outlet: str | None
    actors: int
    statements: int
    ingested_at: str

    FIELDS: ClassVar[tuple[str, ...]] = (
        "id",
        "published",
        "title",
        "outlet",
        "actors",
        "statements",
        "source",
    )


@dataclass
class RejectRow(_Row):
    source: str
    code: str
    reason: str
    time: str
    first_seen: str
    count: int

    FIELDS: ClassVar[tuple[str, ...]] = ("source", "code", "reason", "time", "count")


class _StanceCounts:
    """Statements per stance label (``favor``, ``against``, ``neutral`` fields of the row)."""

    favor: int
    against: int
    neutral: int

    @property
    def total(self) -> int:
        return self.favor + self.against + self.neutral

    def tally(self, label: str, n: int) -> None:
        if label in STANCE_LABELS:
            setattr(self, label, getattr(self, label) + n)


@dataclass
class TargetStance(_StanceCounts):
    target: str
    favor: int = 0
    against: int = 0
    neutral: int = 0


@dataclass
class OutletRow:
    outlet: str
    documents: int  # stories of its own (canonical documents)
    copies: int  # documents that copy a story stored before (syndication, reposts)
    statements: int  # in its own stories: copies add none


@dataclass
class Summary:
    documents: int
    actors: int
    statements: int
    statements_with_actor: int
    first_published: str | None
    last_published: str | None
    rejects: int
    top_actors: list[ActorRow]
    targets: list[TargetStance]
    outlets: list[OutletRow] = field(default_factory=list)
    # The most frequent pairs of actors for or against each other, firm readings only.
    relations: list[RelationPair] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        for t in d["targets"]:
            t["total"] = t["favor"] + t["against"] + t["neutral"]
        return d


# -- filters ------------------------------------------------------------------------


def check_date(value: str | None, name: str = "date") -> str | None:
    """An ISO date (YYYY-MM-DD) or None; ValueError naming the option otherwise."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{name} must be a date like 2024-03-01, not {value!r}") from None


def _words(text: str) -> list[tuple[str, bool]]:
    """The words of a search, each with whether it ends in ``*`` (a prefix search)."""
    return [(w.rstrip("*"), w.endswith("*")) for w in re.findall(r"\w+\*?", text)]


def _text_match(store: Store, table: str, alias: str, key: str, q: str, params: dict[str, Any]) -> str:
    """A WHERE condition: row ``alias`` of ``table`` (integer key ``key``) holds every word of
    ``q`` (stemmed; ``word*`` matches as a prefix). No words at all match nothing."""
    words = _words(q)
    if not words:
        return "1 = 0"
    if store.dialect == "postgresql":
        params["q"] = " & ".join(w + (":*" if prefix else "") for w, prefix in words)
        return f"{alias}.tsv @@ to_tsquery('english', :q)"
    params["q"] = " ".join(f'"{w}"' + ("*" if prefix else "") for w, prefix in words)
    return f"{alias}.{key} IN (SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q)"


def _actor_condition(column: str, name: str, params: dict[str, Any], param: str = "actor") -> str:
    """``column`` (a stored actor id) is an actor known under ``name``: its normalized
    key equals one of the actor's names, or ``name`` is a part of one of them. ``param``
    names the query parameters (two conditions in one query need two names)."""
    keys = sorted(registry.name_keys(Actor(id="", name=name)))
    params[f"{param}_key"] = keys[0] if keys else name
    params[f"{param}_like"] = f"%{name.lower()}%"
    # A stored id only when it can be one (ASCII digits, a 64-bit integer): "²" or a
    # 30-digit number is a name to look for, not an id to crash on.
    if name.isascii() and name.isdigit() and int(name) < 2**63:
        params[f"{param}_num"] = int(name)
        by_id = f"{column} = :{param}_num OR "
    else:
        by_id = ""
    return (
        f"({by_id}{column} IN (SELECT actor_id FROM actor_names "
        f"WHERE key = :{param}_key OR LOWER(name) LIKE :{param}_like))"
    )


def _statement_where(
    store: Store,
    *,
    actor: str | None,
    actor_id: int | None,
    target: str | None,
    stance: str | None,
    since: str | None,
    until: str | None,
    q: str | None,
    doc_id: str | None,
    outlet: str | None = None,
    copies: bool = False,
    mentions_from: str | None = None,
    mentions_to: str | None = None,
) -> tuple[str, dict[str, Any]]:
    params: dict[str, Any] = {}
    # Copies of a canonical document (dedup.py) would count a syndicated story once per
    # outlet: left out unless asked for, or unless one document or one outlet is asked for.
    conds: list[str] = [] if copies or doc_id or outlet else ["d.canonical_id IS NULL"]
    if actor:
        conds.append(_actor_condition("s.actor_id", actor, params))
    if actor_id is not None:
        conds.append("s.actor_id = :actor_id")
        params["actor_id"] = actor_id
    if target or stance:
        sub = []
        if target:
            sub.append("LOWER(st.target) = LOWER(:target)")
            params["target"] = target
        if stance:
            if stance not in STANCE_LABELS:
                raise ValueError(f"stance must be one of {', '.join(STANCE_LABELS)}, not {stance!r}")
            sub.append("st.label = :stance")
            params["stance"] = stance
        conds.append(
            "EXISTS (SELECT 1 FROM stances st WHERE st.statement_id = s.id AND " + " AND ".join(sub) + ")"
        )
    conds += _document_conditions(since, until, outlet, params)
    if q and q.strip():
        conds.append(_text_match(store, "statements", "s", "id", q, params))
    if doc_id:
        conds.append("s.doc_id = :doc_id")
        params["doc_id"] = doc_id
    if mentions_from or mentions_to:
        conds.append(_mentions_condition(mentions_from, mentions_to, params))
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def check_period(value: str, name: str = "period") -> tuple[str, str]:
    """The first and last day (ISO) of a period written ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``,
    ``YYYY-Www`` or ``YYYY-Qn``; ValueError naming the option otherwise."""
    try:
        first, last = period_range(value)
    except ValueError as exc:
        raise ValueError(f"{name}: {exc}") from None
    return first.isoformat(), last.isoformat()


def _mentions_condition(since: str | None, until: str | None, params: dict[str, Any]) -> str:
    """The statement talks about a time (a ``content`` time) overlapping the period from the
    first day of ``since`` to the last day of ``until`` (either may be open)."""
    sub = ["t.statement_id = s.id", "t.role = 'content'", "t.first_day IS NOT NULL"]
    if since:
        params["mentions_from"] = check_period(since, "mentions_from")[0]
        sub.append("t.last_day >= :mentions_from")
    if until:
        params["mentions_to"] = check_period(until, "mentions_to")[1]
        sub.append("t.first_day <= :mentions_to")
    return "EXISTS (SELECT 1 FROM statement_times t WHERE " + " AND ".join(sub) + ")"


def _document_conditions(
    since: str | None, until: str | None, outlet: str | None, params: dict[str, Any]
) -> list[str]:
    """Conditions on the document (alias ``d``) that statements and documents filter by."""
    conds = []
    if since:
        conds.append("d.published >= :since")
        params["since"] = check_date(since, "since")
    if until:
        conds.append("d.published <= :until")
        params["until"] = check_date(until, "until")
    if outlet:
        conds.append("LOWER(d.outlet) = LOWER(:outlet)")
        params["outlet"] = outlet
    return conds


def _page(limit: int | None, offset: int) -> str:
    if limit is None:
        return f" OFFSET {int(offset)}" if offset else ""
    return f" LIMIT {int(limit)} OFFSET {int(offset)}"


# -- statements ---------------------------------------------------------------------


def statements(
    store: Store,
    *,
    actor: str | None = None,
    actor_id: int | None = None,
    target: str | None = None,
    stance: str | None = None,
    since: str | None = None,
    until: str | None = None,
    q: str | None = None,
    doc_id: str | None = None,
    outlet: str | None = None,
    order: str = "date",
    limit: int | None = None,
    offset: int = 0,
    copies: bool = False,
    after_id: int | None = None,
    mentions_from: str | None = None,
    mentions_to: str | None = None,
) -> list[StatementRow]:
    """Statements matching every filter given, oldest document first.

    ``actor``: a name (any name or alias the stored actor was seen under, or a part
    of one; case-insensitive) or a stored id; ``target``/``stance``: the statement
    has a stance on ``target`` (case-insensitive) with label ``stance``; ``since``/
    ``until``: the document's date, inclusive; ``q``: words in the statement's
    content or speaker (full-text, stemmed); ``outlet``: the document's outlet
    (case-insensitive). ``order="recent"`` lists the newest documents first;
    ``order="score"`` (with ``target``) the strongest stances on ``target`` first.
    ``copies``: also statements of documents that copy another (syndicated copies,
    near-duplicates; see ``dedup.py``), left out by default. ``order="id"`` with
    ``after_id`` pages by statement id (``iter_statements``), each page as cheap as the first.
    ``mentions_from``/``mentions_to``: the statement talks about a time in that period
    (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``, ``YYYY-Www``, ``YYYY-Qn``; from the first day
    of the one to the last day of the other): one of its ``content`` times overlaps it.
    """
    where, params = _statement_where(
        store,
        actor=actor,
        actor_id=actor_id,
        target=target,
        stance=stance,
        since=since,
        until=until,
        q=q,
        doc_id=doc_id,
        outlet=outlet,
        copies=copies,
        mentions_from=mentions_from,
        mentions_to=mentions_to,
    )
    order_by = "d.published IS NULL, d.published, d.num, s.seq"
    from_docs = "JOIN documents d ON d.id = s.doc_id"
    if order == "score" and target:
        order_by = (
            "(SELECT MAX(st.score) FROM stances st WHERE st.statement_id = s.id"
            " AND LOWER(st.target) = LOWER(:target)) DESC, " + order_by
        )
    elif order == "recent":
        order_by = "d.published IS NULL, d.published DESC, d.num DESC, s.seq"
    elif order == "id":
        order_by = "s.id"
        # Walk statements by id and look each document up (SQLite: CROSS JOIN keeps that
        # loop order), so a page after ``after_id`` costs its own rows, not a sort of all.
        where += (" AND " if where else " WHERE ") + "d.id = s.doc_id"
        from_docs = "CROSS JOIN documents d"
    elif order != "date":
        raise ValueError(f"order must be date, recent, id or score (with a target), not {order!r}")
    if after_id is not None:
        where += (" AND " if where else " WHERE ") + "s.id > :after_id"
        params["after_id"] = int(after_id)
    rows = store.db.query(
        f"""SELECT s.id, s.doc_id, d.published, d.source, d.title, d.outlet, s.actor_id,
                   a.name AS actor, s.speaker, s.kind, s.content, s.content_start, s.content_end
            FROM statements s
            {from_docs}
            LEFT JOIN actors a ON a.id = s.actor_id
            {where}
            ORDER BY {order_by}{_page(limit, offset)}""",
        params,
    )
    out = [
        StatementRow(
            id=int(r["id"]),
            doc_id=r["doc_id"],
            published=r["published"],
            source=r["source"],
            title=r["title"],
            outlet=r["outlet"],
            actor_id=None if r["actor_id"] is None else int(r["actor_id"]),
            actor=r["actor"],
            speaker=r["speaker"],
            kind=r["kind"],
            content=r["content"],
            span=[r["content_start"], r["content_end"]],
        )
        for r in rows
    ]
    _attach_stances(store, out)
    _attach_times(store, out)
    return out


def iter_statements(store: Store, *, batch: int = 500, **filters: Any) -> Iterator[StatementRow]:
    """Every statement ``statements(store, **filters)`` lists, in id (ingest) order, fetched
    ``batch`` at a time by id: an export of any size in bounded memory and linear time."""
    after: int | None = None
    while True:
        rows = statements(store, **filters, order="id", limit=batch, after_id=after)
        yield from rows
        if len(rows) < batch:
            return
        after = rows[-1].id


def _statement_parts(store: Store, table: str, ids: list[int]) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (stances, statement_times) of the statements ``ids``, in order."""
    for i in range(0, len(ids), 500):
        chunk = {f"i{n}": v for n, v in enumerate(ids[i : i + 500])}
        marks = ", ".join(f":{k}" for k in chunk)
        yield from store.db.query(
            f"SELECT * FROM {table} WHERE statement_id IN ({marks}) ORDER BY statement_id, seq", chunk
        )


def _attach_stances(store: Store, rows: list[StatementRow]) -> None:
    by_id = {r.id: r for r in rows}
    for s in _statement_parts(store, "stances", list(by_id)):
        ev = None if s["evidence_start"] is None else [s["evidence_start"], s["evidence_end"]]
        by_id[int(s["statement_id"])].stances.append(
            StanceRow(s["target"], s["label"], float(s["score"]), ev)
        )


def _attach_times(store: Store, rows: list[StatementRow]) -> None:
    by_id = {r.id: r for r in rows}
    for t in _statement_parts(store, "statement_times", list(by_id)):
        by_id[int(t["statement_id"])].times.append(
            TimeRow(t["role"], t["text"], t["value"], t["granularity"], [t["span_start"], t["span_end"]])
        )


def count_statements(store: Store, **filters: Any) -> int:
    """How many statements ``statements(store, **filters)`` would list (without paging)."""
    where, params = _statement_where(
        store,
        actor=filters.get("actor"),
        actor_id=filters.get("actor_id"),
        target=filters.get("target"),
        stance=filters.get("stance"),
        since=filters.get("since"),
        until=filters.get("until"),
        q=filters.get("q"),
        doc_id=filters.get("doc_id"),
        outlet=filters.get("outlet"),
        copies=bool(filters.get("copies")),
        mentions_from=filters.get("mentions_from"),
        mentions_to=filters.get("mentions_to"),
    )
    return int(
        store.db.scalar(
            f"SELECT COUNT(*) AS n FROM statements s JOIN documents d ON d.id = s.doc_id{where}", params
        )
    )


# -- actors -------------------------------------------------------------------------


def actors(
    store: Store,
    *,
    name: str | None = None,
    kind: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[ActorRow]:
    """Stored actors with how many documents and statements they appear in, most quoted first."""
    params: dict[str, Any] = {}
    conds = []
    if name:
        conds.append(_actor_condition("a.id", name, params))
    if kind:
        conds.append("a.kind = :kind")
        params["kind"] = kind
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    rows = store.db.query(
        f"""SELECT a.id, a.name, a.kind, a.attrs,
                   (SELECT COUNT(DISTINCT da.doc_id) FROM doc_actors da WHERE da.actor_id = a.id
                    AND da.doc_id IN (SELECT id FROM documents WHERE canonical_id IS NULL)) AS docs,
                   (SELECT COUNT(*) FROM statements s WHERE s.actor_id = a.id
                    AND s.doc_id IN (SELECT id FROM documents WHERE canonical_id IS NULL)) AS stmts
            FROM actors a{where}
            ORDER BY stmts DESC, docs DESC, a.name, a.id{_page(limit, offset)}""",
        params,
    )
    return _actor_rows(store, rows)


def _actor_rows(store: Store, rows: list[dict[str, Any]]) -> list[ActorRow]:
    # Every name of the listed actors in one query, not one query an actor.
    names: dict[int, set[str]] = {}
    ids = [int(r["id"]) for r in rows]
    for i in range(0, len(ids), 500):
        chunk = {f"i{n}": v for n, v in enumerate(ids[i : i + 500])}
        marks = ", ".join(f":{k}" for k in chunk)
        for n in store.db.query(f"SELECT actor_id, name FROM actor_names WHERE actor_id IN ({marks})", chunk):
            names.setdefault(int(n["actor_id"]), set()).add(n["name"])
    out = []
    for r in rows:
        aliases = sorted(names.get(int(r["id"]), set()) - {r["name"]})
        out.append(
            ActorRow(
                id=int(r["id"]),
                name=r["name"],
                kind=r["kind"],
                aliases=aliases,
                documents=int(r["docs"]),
                statements=int(r["stmts"]),
                attrs=json.loads(r["attrs"]),
            )
        )
    return out


def actor(store: Store, actor_id: int) -> ActorRow:
    """One stored actor; NotFound when there is none with that id."""
    rows = store.db.query(
        """SELECT a.id, a.name, a.kind, a.attrs,
                  (SELECT COUNT(DISTINCT da.doc_id) FROM doc_actors da WHERE da.actor_id = a.id
                    AND da.doc_id IN (SELECT id FROM documents WHERE canonical_id IS NULL)) AS docs,
                  (SELECT COUNT(*) FROM statements s WHERE s.actor_id = a.id
                    AND s.doc_id IN (SELECT id FROM documents WHERE canonical_id IS NULL)) AS stmts
           FROM actors a WHERE a.id = :id""",
        {"id": int(actor_id)},
    )
    if not rows:
        raise NotFound(f"no actor with id {actor_id}")
    return _actor_rows(store, rows)[0]


# -- documents ----------------------------------------------------------------------

_DOCUMENT_SELECT = """SELECT d.id, d.source, d.title, d.published, d.url, d.outlet, d.ingested_at,
           (SELECT COUNT(*) FROM doc_actors da WHERE da.doc_id = d.id) AS n_actors,
           (SELECT COUNT(*) FROM statements s WHERE s.doc_id = d.id) AS n_statements
    FROM documents d"""


def _document_row(r: dict[str, Any]) -> DocumentRow:
    return DocumentRow(
        id=r["id"],
        source=r["source"],
        title=r["title"],
        published=r["published"],
        url=r["url"],
        outlet=r["outlet"],
        actors=int(r["n_actors"]),
        statements=int(r["n_statements"]),
        ingested_at=r["ingested_at"],
    )


def documents(
    store: Store,
    *,
    q: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    copies: bool = False,
) -> list[DocumentRow]:
    """Stored documents, newest first; ``q`` searches titles and texts (full-text)."""
    params: dict[str, Any] = {}
    # Copies of another document (dedup.py) only when asked for, or for one outlet.
    conds = [] if copies or outlet else ["d.canonical_id IS NULL"]
    if q and q.strip():
        conds.append(_text_match(store, "documents", "d", "num", q, params))
    conds += _document_conditions(since, until, outlet, params)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    rows = store.db.query(
        f"""{_DOCUMENT_SELECT}{where}
            ORDER BY d.published IS NULL, d.published DESC, d.num DESC{_page(limit, offset)}""",
        params,
    )
    return [_document_row(r) for r in rows]


def document(store: Store, doc_id: str) -> DocumentRow:
    """One stored document's listing row (``store.get`` gives the whole Document)."""
    row = store.db.one(
        f"{_DOCUMENT_SELECT} WHERE d.id = :id",
        {"id": doc_id},
    )
    if row is None:
        raise NotFound(f"no document {doc_id!r}")
    return _document_row(row)


# -- summaries ----------------------------------------------------------------------


def stance_by_target(
    store: Store, *, actor: str | None = None, actor_id: int | None = None, target: str | None = None
) -> list[TargetStance]:
    """Counts of favor/against/neutral statements per target (optionally of one actor,
    by name or by stored id; optionally of one target, any case)."""
    params: dict[str, Any] = {}
    where = " WHERE d.canonical_id IS NULL"  # copies of a document count once (dedup.py)
    if actor:
        where += " AND " + _actor_condition("s.actor_id", actor, params)
    elif actor_id is not None:
        where += " AND s.actor_id = :actor_id"
        params["actor_id"] = int(actor_id)
    if target:
        where += " AND LOWER(st.target) = LOWER(:target)"
        params["target"] = target
    rows = store.db.query(
        f"""SELECT st.target, st.label, COUNT(*) AS n
            FROM stances st JOIN statements s ON s.id = st.statement_id
            JOIN documents d ON d.id = s.doc_id{where}
            GROUP BY st.target, st.label ORDER BY st.target""",
        params,
    )
    out: dict[str, TargetStance] = {}
    for r in rows:
        out.setdefault(r["target"], TargetStance(r["target"])).tally(r["label"], int(r["n"]))
    return sorted(out.values(), key=lambda t: (-t.total, t.target))


# Rows of canonical documents only: copies (dedup.py) are left out of counts.
_CANONICAL_DOC = "doc_id IN (SELECT id FROM documents WHERE canonical_id IS NULL)"


def summary(store: Store, *, top: int = 10) -> Summary:
    """What the store holds: counts, date range, most quoted actors, stance per target."""
    db = store.db
    dates = db.one(
        "SELECT MIN(published) AS first, MAX(published) AS last FROM documents WHERE published IS NOT NULL"
    ) or {"first": None, "last": None}
    return Summary(
        documents=int(db.scalar("SELECT COUNT(*) AS n FROM documents WHERE canonical_id IS NULL")),
        actors=int(db.scalar("SELECT COUNT(*) AS n FROM actors")),
        statements=int(db.scalar(f"SELECT COUNT(*) AS n FROM statements WHERE {_CANONICAL_DOC}")),
        statements_with_actor=int(
            db.scalar(f"SELECT COUNT(*) AS n FROM statements WHERE actor_id IS NOT NULL AND {_CANONICAL_DOC}")
        ),
        first_published=dates["first"],
        last_published=dates["last"],
        rejects=int(db.scalar("SELECT COUNT(*) AS n FROM rejects")),
        top_actors=[a for a in actors(store, limit=top) if a.statements > 0],
        targets=stance_by_target(store),
        outlets=outlet_counts(store, limit=top),
        relations=relation_pairs(store, min_score=FIRM_SCORE, limit=top),
    )


def outlet_counts(store: Store, *, limit: int | None = None) -> list[OutletRow]:
    """Per outlet, its own stories, the copies it carried of stories stored before, and
    the statements of its own stories; most documents first."""
    rows = store.db.query(
        f"""SELECT d.outlet,
                   SUM(CASE WHEN d.canonical_id IS NULL THEN 1 ELSE 0 END) AS documents,
                   SUM(CASE WHEN d.canonical_id IS NULL THEN 0 ELSE 1 END) AS copies,
                   SUM(CASE WHEN d.canonical_id IS NULL
                            THEN (SELECT COUNT(*) FROM statements s WHERE s.doc_id = d.id)
                            ELSE 0 END) AS statements
            FROM documents d WHERE d.outlet IS NOT NULL
            GROUP BY d.outlet ORDER BY COUNT(*) DESC, d.outlet{_page(limit, 0)}"""
    )
    return [
        OutletRow(r["outlet"], int(r["documents"]), int(r["copies"]), int(r["statements"])) for r in rows
    ]


def rejects(store: Store, *, limit: int | None = None, offset: int = 0) -> list[RejectRow]:
    """Inputs that could not be read or analysed, most recent first."""
    rows = store.db.query(
        f"""SELECT source, code, reason, time, first_seen, count FROM rejects
            ORDER BY time DESC, source{_page(limit, offset)}"""
    )
    return [RejectRow(**r) for r in rows]


# -- timelines, relations and sides (the web app's actor and target pages) -----------


@dataclass
class PeriodCount:
    period: str  # the documents' date cut to YYYY-MM-DD, YYYY-MM or YYYY
    count: int


@dataclass
class StancePeriod:
    period: str
    target: str
    label: str
    count: int


PERIOD_LENGTH = {"day": 10, "month": 7, "year": 4}


def _period(period: str) -> int:
    if period not in PERIOD_LENGTH:
        raise ValueError(f"period must be one of {', '.join(PERIOD_LENGTH)}, not {period!r}")
    return PERIOD_LENGTH[period]


def statements_per_period(
    store: Store, *, actor_id: int | None = None, period: str = "month"
) -> list[PeriodCount]:
    """Statements per day, month or year of their documents' dates (undated ones left out)."""
    n = _period(period)
    params: dict[str, Any] = {}
    where = ""
    if actor_id is not None:
        where = " AND s.actor_id = :actor_id"
        params["actor_id"] = int(actor_id)
    rows = store.db.query(
        f"""SELECT SUBSTR(d.published, 1, {n}) AS period, COUNT(*) AS n
            FROM statements s JOIN documents d ON d.id = s.doc_id
            WHERE d.published IS NOT NULL AND d.canonical_id IS NULL{where}
            GROUP BY SUBSTR(d.published, 1, {n}) ORDER BY period""",
        params,
    )
    return [PeriodCount(r["period"], int(r["n"])) for r in rows]


def stance_per_period(
    store: Store, *, actor_id: int | None = None, target: str | None = None, period: str = "month"
) -> list[StancePeriod]:
    """Stances per period (day, month, year), target and label (of one actor and/or on one target)."""
    n = _period(period)
    params: dict[str, Any] = {}
    conds = ["d.published IS NOT NULL", "d.canonical_id IS NULL"]
    if actor_id is not None:
        conds.append("s.actor_id = :actor_id")
        params["actor_id"] = int(actor_id)
    if target:
        conds.append("LOWER(st.target) = LOWER(:target)")
        params["target"] = target
    rows = store.db.query(
        f"""SELECT SUBSTR(d.published, 1, {n}) AS period, st.target, st.label, COUNT(*) AS n
            FROM stances st JOIN statements s ON s.id = st.statement_id
            JOIN documents d ON d.id = s.doc_id
            WHERE {" AND ".join(conds)}
            GROUP BY SUBSTR(d.published, 1, {n}), st.target, st.label
            ORDER BY period, st.target, st.label""",
        params,
    )
    return [StancePeriod(r["period"], r["target"], r["label"], int(r["n"])) for r in rows]


@dataclass
class RelationRow(_Row):
    doc_id: str
    published: str | None
    subject_id: int | None
    subject: str | None
    object_id: int | None
    object: str | None
    polarity: str  # positive (supports) or negative (criticizes)
    sentence: str
    evidence: str
    object_target: str | None = None  # the target name when the object is a target, not an actor
    score: float | None = None  # how firmly the evidence holds (None: stored before scores were kept)
    basis: str | None = None  # what the polarity rests on (``types.RELATION_BASES``)

    FIELDS: ClassVar[tuple[str, ...]] = (
        "published", "subject", "polarity", "object", "score", "basis", "evidence", "doc_id",
    )  # fmt: skip

    def _flat_values(self) -> dict[str, Any]:
        d = self.to_dict()
        d["object"] = self.object if self.object_target is None else f"{self.object_target} (target)"
        return d


RELATION_POLARITIES = ("positive", "negative")
# "Firm readings only": leaves out the guesses (the "negative unless said otherwise"
# defaults, readings settled only by the pair elsewhere, carried-over objects), whose
# scores sit at or under 0.3 (stance_backends/rules.py: BASIS_SCORE).
FIRM_SCORE = 0.35


def _score_at_least(min_score: float | None, params: dict[str, Any]) -> list[str]:
    """The relation's score is at least ``min_score`` (those stored without one never are)."""
    if min_score is None:
        return []
    if not 0 <= min_score <= 1:
        raise ValueError(f"min_score must be between 0 and 1, not {min_score!r}")
    params["min_score"] = float(min_score)
    return ["r.score >= :min_score"]


def _either_side(actor: str | None, actor_id: int | None, params: dict[str, Any]) -> list[str]:
    """Conditions for a relation (alias ``r``) with the actor as its subject or its object."""
    conds = []
    if actor:
        conds.append(
            "(" + _actor_condition("r.subject_actor", actor, params)
            + " OR " + _actor_condition("r.object_actor", actor, params) + ")"
        )
    if actor_id is not None:
        conds.append("(r.subject_actor = :actor_id OR r.object_actor = :actor_id)")
        params["actor_id"] = int(actor_id)
    return conds


def relations(
    store: Store,
    *,
    actor: str | None = None,
    actor_id: int | None = None,
    subject: str | None = None,
    object: str | None = None,  # noqa: A002 - the relation's own word
    polarity: str | None = None,
    min_score: float | None = None,
    basis: str | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    doc_id: str | None = None,
    copies: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[RelationRow]:
    """Relations (support, criticism) matching every filter given, oldest document first.

    ``actor``/``actor_id``: the actor is subject or object (a name, alias, part of one, or
    stored id, as for ``statements``); ``subject``/``object``: that side is this actor, or
    for ``object`` this target (case-insensitive); ``polarity``: positive or negative;
    ``min_score``: only relations whose evidence scores at least this (leaves out those
    stored without a score); ``basis``: what the polarity rests on (a key of
    ``types.RELATION_BASES``: ``word`` for a stance word, ``default`` for the guesses).
    ``since``/``until``/``outlet``/``copies`` as for ``statements``.
    """
    from .types import RELATION_BASES

    params: dict[str, Any] = {}
    conds: list[str] = [] if copies or doc_id or outlet else ["d.canonical_id IS NULL"]
    conds += _either_side(actor, actor_id, params)
    if subject:
        conds.append(_actor_condition("r.subject_actor", subject, params, "subject"))
    if object:
        conds.append(
            "(" + _actor_condition("r.object_actor", object, params, "object")
            + " OR (r.object_actor IS NULL AND LOWER(r.object) = LOWER(:object_name)))"
        )
        params["object_name"] = object
    if polarity:
        if polarity not in RELATION_POLARITIES:
            raise ValueError(f"polarity must be positive or negative, not {polarity!r}")
        conds.append("r.polarity = :polarity")
        params["polarity"] = polarity
    conds += _score_at_least(min_score, params)
    if basis:
        if basis not in RELATION_BASES:
            raise ValueError(f"basis must be one of {', '.join(RELATION_BASES)}, not {basis!r}")
        conds.append("r.basis = :basis")
        params["basis"] = basis
    conds += _document_conditions(since, until, outlet, params)
    if doc_id:
        conds.append("r.doc_id = :doc_id")
        params["doc_id"] = doc_id
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    rows = store.db.query(
        f"""SELECT r.doc_id, d.published, r.polarity, r.subject_actor, r.object_actor, r.score, r.basis,
                   sa.name AS subject_name, oa.name AS object_name,
                   CASE WHEN r.object_actor IS NULL
                        AND EXISTS (SELECT 1 FROM stances s WHERE s.target = r.object)
                        THEN r.object END AS object_target,
                   SUBSTR(d.text, r.sentence_start + 1, r.sentence_end - r.sentence_start) AS sentence,
                   SUBSTR(d.text, r.evidence_start + 1, r.evidence_end - r.evidence_start) AS evidence
            FROM relations r JOIN documents d ON d.id = r.doc_id
            LEFT JOIN actors sa ON sa.id = r.subject_actor
            LEFT JOIN actors oa ON oa.id = r.object_actor
            {where}
            ORDER BY d.published IS NULL, d.published, d.num, r.seq{_page(limit, offset)}""",
        params,
    )
    return [
        RelationRow(
            doc_id=r["doc_id"],
            published=r["published"],
            subject_id=None if r["subject_actor"] is None else int(r["subject_actor"]),
            subject=r["subject_name"],
            object_id=None if r["object_actor"] is None else int(r["object_actor"]),
            object=r["object_name"],
            polarity=r["polarity"],
            sentence=r["sentence"],
            evidence=r["evidence"],
            object_target=r["object_target"],
            score=None if r["score"] is None else float(r["score"]),
            basis=r["basis"],
        )
        for r in rows
    ]


@dataclass
class RelationPair(_Row):
    """How often one stored actor took a position toward another, by polarity."""

    subject_id: int
    subject: str
    object_id: int
    object: str
    positive: int
    negative: int
    documents: int

    FIELDS: ClassVar[tuple[str, ...]] = (
        "subject", "object", "negative", "positive", "documents", "subject_id", "object_id",
    )  # fmt: skip

    @property
    def total(self) -> int:
        return self.positive + self.negative


def relation_pairs(
    store: Store,
    *,
    actor: str | None = None,
    actor_id: int | None = None,
    min_score: float | None = None,
    since: str | None = None,
    until: str | None = None,
    outlet: str | None = None,
    limit: int | None = None,
) -> list[RelationPair]:
    """Relations between two stored actors added up per (subject, object), most relations
    first: who criticizes and who supports whom across the store. Copies of a document
    count once (left out, as everywhere); an actor toward itself is left out; ``actor``,
    ``actor_id``, ``min_score`` and the dates filter as in ``relations``."""
    params: dict[str, Any] = {}
    conds = ["r.subject_actor <> r.object_actor"]
    if not outlet:
        conds.append("d.canonical_id IS NULL")
    conds += _either_side(actor, actor_id, params)
    conds += _score_at_least(min_score, params)
    conds += _document_conditions(since, until, outlet, params)
    rows = store.db.query(
        f"""SELECT r.subject_actor, r.object_actor, sa.name AS subject_name, oa.name AS object_name,
                   SUM(CASE WHEN r.polarity = 'positive' THEN 1 ELSE 0 END) AS positive,
                   SUM(CASE WHEN r.polarity = 'negative' THEN 1 ELSE 0 END) AS negative,
                   COUNT(DISTINCT r.doc_id) AS documents
            FROM relations r JOIN documents d ON d.id = r.doc_id
            JOIN actors sa ON sa.id = r.subject_actor
            JOIN actors oa ON oa.id = r.object_actor
            WHERE {" AND ".join(conds)}
            GROUP BY r.subject_actor, r.object_actor, sa.name, oa.name
            ORDER BY COUNT(*) DESC, sa.name, oa.name{_page(limit, 0)}""",
        params,
    )
    return [
        RelationPair(
            subject_id=int(r["subject_actor"]),
            subject=r["subject_name"],
            object_id=int(r["object_actor"]),
            object=r["object_name"],
            positive=int(r["positive"]),
            negative=int(r["negative"]),
            documents=int(r["documents"]),
        )
        for r in rows
    ]


@dataclass
class RelationPeriod:
    period: str
    polarity: str
    count: int


def relations_per_period(
    store: Store,
    *,
    actor: str | None = None,
    actor_id: int | None = None,
    min_score: float | None = None,
    since: str | None = None,
    until: str | None = None,
    period: str = "month",
) -> list[RelationPeriod]:
    """Relations between two stored actors per period (day, month, year) of their documents'
    dates and polarity: how criticism and support move over time (undated documents and
    copies left out; ``actor`` on either side)."""
    n = _period(period)
    params: dict[str, Any] = {}
    conds = ["d.published IS NOT NULL", "d.canonical_id IS NULL", "r.object_actor IS NOT NULL",
             "r.subject_actor <> r.object_actor"]  # fmt: skip
    conds += _either_side(actor, actor_id, params)
    conds += _score_at_least(min_score, params)
    conds += _document_conditions(since, until, None, params)
    rows = store.db.query(
        f"""SELECT SUBSTR(d.published, 1, {n}) AS period, r.polarity, COUNT(*) AS n
            FROM relations r JOIN documents d ON d.id = r.doc_id
            WHERE {" AND ".join(conds)}
            GROUP BY SUBSTR(d.published, 1, {n}), r.polarity ORDER BY period, r.polarity""",
        params,
    )
    return [RelationPeriod(r["period"], r["polarity"], int(r["n"])) for r in rows]


def actor_relations(store: Store, actor_id: int, *, limit: int | None = None) -> list[RelationRow]:
    """Relations (support, criticism) in which a stored actor is subject or object, oldest first."""
    return relations(store, actor_id=actor_id, limit=limit)


@dataclass
class ActorStance(_StanceCounts):
    actor_id: int
    actor: str
    favor: int = 0
    against: int = 0
    neutral: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}


def target_actors(store: Store, target: str) -> list[ActorStance]:
    """Who is for and against ``target``: per stored actor, statements by stance label."""
    rows = store.db.query(
        """SELECT s.actor_id, a.name, st.label, COUNT(*) AS n
           FROM stances st JOIN statements s ON s.id = st.statement_id
           JOIN actors a ON a.id = s.actor_id
           WHERE LOWER(st.target) = LOWER(:target) AND s.doc_id IN
                 (SELECT id FROM documents WHERE canonical_id IS NULL)
           GROUP BY s.actor_id, a.name, st.label""",
        {"target": target},
    )
    out: dict[int, ActorStance] = {}
    for r in rows:
        row = out.setdefault(int(r["actor_id"]), ActorStance(int(r["actor_id"]), r["name"]))
        row.tally(r["label"], int(r["n"]))
    return sorted(out.values(), key=lambda a: (-a.total, a.actor))


@dataclass
class OutletStance(_StanceCounts):
    outlet: str | None  # None: documents with no outlet known
    favor: int = 0
    against: int = 0
    neutral: int = 0
    documents: int = 0  # the outlet's own stories with a stance on the target

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "total": self.total}


def target_outlets(store: Store, target: str) -> list[OutletStance]:
    """How each outlet's stories report ``target``: statements by stance label per outlet,
    most first. A syndicated copy adds nothing: the story counts once, for the outlet that
    carried it first (``dedup.py``)."""
    rows = store.db.query(
        """SELECT d.outlet,
                  SUM(CASE WHEN st.label = 'favor' THEN 1 ELSE 0 END) AS favor,
                  SUM(CASE WHEN st.label = 'against' THEN 1 ELSE 0 END) AS against,
                  SUM(CASE WHEN st.label = 'neutral' THEN 1 ELSE 0 END) AS neutral,
                  COUNT(DISTINCT d.id) AS docs
           FROM stances st JOIN statements s ON s.id = st.statement_id
           JOIN documents d ON d.id = s.doc_id
           WHERE LOWER(st.target) = LOWER(:target) AND d.canonical_id IS NULL
           GROUP BY d.outlet""",
        {"target": target},
    )
    out = [OutletStance(r["outlet"], int(r["favor"]), int(r["against"]), int(r["neutral"]), int(r["docs"]))
           for r in rows]
    return sorted(out, key=lambda o: (-o.total, o.outlet is None, o.outlet or ""))


def outlets(store: Store) -> list[str]:
    """The outlets of the stored documents, alphabetically."""
    rows = store.db.query("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL ORDER BY outlet")
    return [r["outlet"] for r in rows]
