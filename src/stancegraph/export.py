"""Complete exports of a store for pandas, DuckDB or Spark: Parquet, JSONL or CSV.

>>> export(store, "out/", "parquet")     # doctest: +SKIP
{'documents': 120, 'actors': 310, 'statements': 845, 'stances': 402, 'relations': 77, ...}

One file per table in the output directory, ``<table>.<format>``:

- ``documents``: id, source, title, published, url, outlet, the text and its body
  spans, ``canonical_id`` (NULL for a canonical document; else the document it
  copies, see ``dedup.py``), ``dup_kind``, ``similarity``, ingested_at;
- ``actors``: the stored (cross-document) actors with every name they were seen
  under and their attributes (JSON text);
- ``document_actors``: each document's own actors, their mentions (character
  spans) and the stored actor each is linked to;
- ``statements``: who said what where, with the speaker's stored actor, the
  document's date and outlet, ``is_copy``, and the statement's stances nested
  (a list of structs in Parquet and JSONL; JSON text in CSV);
- ``stances``: the same stances flat, one row each, keyed by statement id;
- ``statement_times``: the statements' temporal expressions (``temporal.py``) flat,
  one row each: role (``said``/``content``), span, text, value, granularity and the
  first and last day the value covers (also nested in ``statements.times``);
- ``relations``: support or criticism between actors, with the sentence;
- ``sightings``: the same text met again under another source and outlet.

Rows are read from the store in pages and written as they come, so memory does
not grow with the store. Copies are exported too (filter on ``canonical_id IS
NULL`` / ``is_copy = false`` to count each story once). Parquet needs the
``parquet`` extra (pyarrow).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import MissingExtra
from .store import Store

FORMATS = ("parquet", "jsonl", "csv")
PAGE = 2000

# Column kinds: str, int, float, bool, json (text holding JSON), spans (list of [start, end]),
# strings (list of text), stances and times (lists of structs: NESTED).
Columns = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    name: str
    columns: Columns
    sql: str  # no WHERE; ends with ORDER BY the key's expressions
    # A unique key: (SQL expression, the selected column holding it). Pages continue after
    # the last key seen (keyset paging): each page costs the same, however deep.
    key: tuple[tuple[str, str], ...]
    shape: Callable[[Store, list[dict[str, Any]]], list[dict[str, Any]]] | None = None


STANCE_FIELDS = (
    ("target", "str"),
    ("label", "str"),
    ("score", "float"),
    ("evidence_start", "int"),
    ("evidence_end", "int"),
)
TIME_FIELDS = (
    ("role", "str"),
    ("text", "str"),
    ("value", "str"),
    ("granularity", "str"),
    ("span_start", "int"),
    ("span_end", "int"),
    ("first_day", "str"),
    ("last_day", "str"),
)
# List-of-struct column kinds and their fields.
NESTED = {"stances": STANCE_FIELDS, "times": TIME_FIELDS}


def _documents(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["body"] = json.loads(r["body"])
    return rows


def _actors(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {f"a{i}": r["id"] for i, r in enumerate(rows)}
    names: dict[int, list[str]] = {}
    if ids:
        marks = ", ".join(f":{k}" for k in ids)
        for n in store.db.query(
            f"SELECT actor_id, name FROM actor_names WHERE actor_id IN ({marks}) ORDER BY actor_id, name", ids
        ):
            names.setdefault(int(n["actor_id"]), [])
            if n["name"] not in names[int(n["actor_id"])]:
                names[int(n["actor_id"])].append(n["name"])
    for r in rows:
        r["names"] = names.get(int(r["id"]), [])
    return rows


def _document_actors(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        r["aliases"] = json.loads(r["aliases"])
        r["mentions"] = [[s, e] for s, e, _how in json.loads(r["mentions"])]
    return rows


def _nested(
    store: Store, table: str, fields: Columns, ids: dict[str, Any]
) -> dict[int, list[dict[str, Any]]]:
    """``fields`` of the rows of ``table`` (stances, statement_times) by statement id."""
    out: dict[int, list[dict[str, Any]]] = {}
    if ids:
        marks = ", ".join(f":{k}" for k in ids)
        cols = ", ".join(name for name, _ in fields)
        for s in store.db.query(
            f"""SELECT statement_id, {cols} FROM {table}
                WHERE statement_id IN ({marks}) ORDER BY statement_id, seq""",
            ids,
        ):
            sid = int(s.pop("statement_id"))
            out.setdefault(sid, []).append(s)
    return out


def _statements(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = {f"s{i}": r["id"] for i, r in enumerate(rows)}
    stances = _nested(store, "stances", STANCE_FIELDS, ids)
    times = _nested(store, "statement_times", TIME_FIELDS, ids)
    for r in rows:
        r["is_copy"] = r["is_copy"] is not None
        r["stances"] = stances.get(int(r["id"]), [])
        r["times"] = times.get(int(r["id"]), [])
    return rows


TABLES: tuple[Table, ...] = (
    Table(
        "documents",
        (
            ("id", "str"),
            ("source", "str"),
            ("title", "str"),
            ("published", "str"),
            ("url", "str"),
            ("outlet", "str"),
            ("canonical_id", "str"),
            ("dup_kind", "str"),
            ("similarity", "float"),
            ("ingested_at", "str"),
            ("text", "str"),
            ("body", "spans"),
            ("meta", "json"),
        ),
        """SELECT num, id, source, title, published, url, outlet, canonical_id, dup_kind, similarity,
                  ingested_at, text, body, meta FROM documents ORDER BY num""",
        (("num", "num"),),
        _documents,
    ),
    Table(
        "actors",
        (
            ("id", "int"),
            ("name", "str"),
            ("kind", "str"),
            ("names", "strings"),
            ("attrs", "json"),
            ("created_at", "str"),
        ),
        "SELECT id, name, kind, attrs, created_at FROM actors ORDER BY id",
        (("id", "id"),),
        _actors,
    ),
    Table(
        "document_actors",
        (
            ("doc_id", "str"),
            ("local_id", "str"),
            ("seq", "int"),
            ("actor_id", "int"),
            ("name", "str"),
            ("kind", "str"),
            ("aliases", "strings"),
            ("mentions", "spans"),
            ("attrs", "json"),
        ),
        """SELECT doc_id, local_id, seq, actor_id, name, kind, aliases, mentions, attrs
           FROM doc_actors ORDER BY doc_id, seq""",
        (("doc_id", "doc_id"), ("seq", "seq")),
        _document_actors,
    ),
    Table(
        "statements",
        (
            ("id", "int"),
            ("doc_id", "str"),
            ("seq", "int"),
            ("published", "str"),
            ("outlet", "str"),
            ("is_copy", "bool"),
            ("kind", "str"),
            ("actor_id", "int"),
            ("actor", "str"),
            ("speaker", "str"),
            ("content", "str"),
            ("content_start", "int"),
            ("content_end", "int"),
            ("cue_start", "int"),
            ("cue_end", "int"),
            ("speaker_start", "int"),
            ("speaker_end", "int"),
            ("stances", "stances"),
            ("times", "times"),
        ),
        """SELECT s.id, s.doc_id, s.seq, d.published, d.outlet, d.canonical_id AS is_copy, s.kind,
                  s.actor_id, a.name AS actor, s.speaker, s.content, s.content_start, s.content_end,
                  s.cue_start, s.cue_end, s.speaker_start, s.speaker_end
           FROM statements s JOIN documents d ON d.id = s.doc_id LEFT JOIN actors a ON a.id = s.actor_id
           ORDER BY s.id""",
        (("s.id", "id"),),
        _statements,
    ),
    Table(
        "stances",
        (("statement_id", "int"), ("doc_id", "str"), ("seq", "int"), ("actor_id", "int"), *STANCE_FIELDS),
        """SELECT st.statement_id, s.doc_id, st.seq, s.actor_id, st.target, st.label, st.score,
                  st.evidence_start, st.evidence_end
           FROM stances st JOIN statements s ON s.id = st.statement_id ORDER BY st.statement_id, st.seq""",
        (("st.statement_id", "statement_id"), ("st.seq", "seq")),
    ),
    Table(
        "statement_times",
        (("statement_id", "int"), ("doc_id", "str"), ("seq", "int"), ("actor_id", "int"),
         ("published", "str"), *TIME_FIELDS),
        """SELECT t.statement_id, s.doc_id, t.seq, s.actor_id, d.published, t.role, t.text, t.value,
                  t.granularity, t.span_start, t.span_end, t.first_day, t.last_day
           FROM statement_times t JOIN statements s ON s.id = t.statement_id
           JOIN documents d ON d.id = s.doc_id ORDER BY t.statement_id, t.seq""",
        (("t.statement_id", "statement_id"), ("t.seq", "seq")),
    ),
    Table(
        "relations",
        (
            ("doc_id", "str"),
            ("seq", "int"),
            ("subject", "str"),
            ("object", "str"),
            ("subject_actor", "int"),
            ("object_actor", "int"),
            ("polarity", "str"),
            ("sentence", "str"),
            ("sentence_start", "int"),
            ("sentence_end", "int"),
            ("evidence_start", "int"),
            ("evidence_end", "int"),
            ("score", "float"),
            ("basis", "str"),
        ),
        """SELECT r.doc_id, r.seq, r.subject, r.object, r.subject_actor, r.object_actor, r.polarity,
                  SUBSTR(d.text, r.sentence_start + 1, r.sentence_end - r.sentence_start) AS sentence,
                  r.sentence_start, r.sentence_end, r.evidence_start, r.evidence_end, r.score, r.basis
           FROM relations r JOIN documents d ON d.id = r.doc_id ORDER BY r.doc_id, r.seq""",
        (("r.doc_id", "doc_id"), ("r.seq", "seq")),
    ),
    Table(
        "sightings",
        (
            ("doc_id", "str"),
            ("source", "str"),
            ("outlet", "str"),
            ("url", "str"),
            ("published", "str"),
            ("seen_at", "str"),
        ),
        "SELECT doc_id, source, outlet, url, published, seen_at FROM doc_sightings ORDER BY doc_id, source",
        (("doc_id", "doc_id"), ("source", "source")),
    ),
)


def rows(store: Store, table: Table, page: int = PAGE) -> Iterator[list[dict[str, Any]]]:
    """The rows of ``table``, a page at a time, shaped for export."""
    head, order = table.sql.rsplit("ORDER BY", 1)
    exprs = ", ".join(e for e, _ in table.key)
    marks = ", ".join(f":k{i}" for i in range(len(table.key)))
    after = f"({exprs}) > ({marks})" if len(table.key) > 1 else f"{exprs} > :k0"
    last: dict[str, Any] | None = None
    while True:
        where = f" WHERE {after} " if last is not None else " "
        batch = store.db.query(f"{head}{where}ORDER BY {order} LIMIT {int(page)}", last)
        if not batch:
            return
        last = {f"k{i}": batch[-1][col] for i, (_, col) in enumerate(table.key)}
        yield table.shape(store, batch) if table.shape else batch
        if len(batch) < page:
            return


def export(store: Store, out: str | Path, fmt: str = "parquet", *, page: int = PAGE) -> dict[str, Path]:
    """Write every table to ``out/<table>.<fmt>``; the files written, by table."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    writer = {"parquet": _write_parquet, "jsonl": _write_jsonl, "csv": _write_csv}[fmt]
    if fmt == "parquet":
        _pyarrow()  # fail before anything is written
    directory = Path(out)
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        path = directory / f"{table.name}.{fmt}"
        writer(path, table, rows(store, table, page))
        written[table.name] = path
    return written


# -- writers ----------------------------------------------------------------------


def _json_value(kind: str, value: Any) -> Any:
    if kind == "json":
        return json.loads(value) if isinstance(value, str) else value
    if kind == "bool":
        return bool(value)
    return value


def _write_jsonl(path: Path, table: Table, pages: Iterator[list[dict[str, Any]]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for batch in pages:
            for r in batch:
                rec = {name: _json_value(kind, r.get(name)) for name, kind in table.columns}
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


def _csv_value(kind: str, value: Any) -> Any:
    if value is None:
        return ""
    if kind in ("spans", "strings", *NESTED):
        return json.dumps(value, ensure_ascii=False)
    if kind == "bool":
        return "true" if value else "false"
    return value


def _write_csv(path: Path, table: Table, pages: Iterator[list[dict[str, Any]]]) -> None:
    names = [name for name, _ in table.columns]
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(names)
        for batch in pages:
            for r in batch:
                out.writerow([_csv_value(kind, r.get(name)) for name, kind in table.columns])


def _pyarrow() -> Any:
    try:
        import pyarrow
        import pyarrow.parquet  # noqa: F401
    except ImportError as exc:
        raise MissingExtra("pyarrow", "parquet", "Parquet exports") from exc
    return pyarrow


def arrow_schema(table: Table) -> Any:
    pa = _pyarrow()
    scalar = {
        "str": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "json": pa.string(),
    }
    kinds = {
        **scalar,
        "spans": pa.list_(pa.list_(pa.int64())),
        "strings": pa.list_(pa.string()),
        **{kind: pa.list_(pa.struct([(n, scalar[k]) for n, k in fields])) for kind, fields in NESTED.items()},
    }
    return pa.schema([(name, kinds[kind]) for name, kind in table.columns])


def _write_parquet(path: Path, table: Table, pages: Iterator[list[dict[str, Any]]]) -> None:
    pa = _pyarrow()
    schema = arrow_schema(table)
    bools = {name for name, kind in table.columns if kind == "bool"}
    with pa.parquet.ParquetWriter(str(path), schema) as writer:
        for batch in pages:
            cols = {
                name: [bool(r.get(name)) if name in bools else r.get(name) for r in batch]
                for name, _ in table.columns
            }
            writer.write_table(pa.table(cols, schema=schema))
        # An empty table still gets a file with its schema (ParquetWriter writes it on close).
