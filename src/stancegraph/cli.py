"""Command line: a thin layer over the library.

Every command calls library functions and translates named exceptions into
exit codes (see ``errors.py``); no analysis logic lives here.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.markup import escape

from . import query, render, schema
from .config import TOKEN_ENV, Config, default_db
from .errors import InputError, StancegraphError
from .render import ListFormat
from .schema import redact
from .store import Store

app = typer.Typer(help="Who said what, about what, with what stance, and when.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure a stage against a gold evaluation set.", no_args_is_help=True)
train_app = typer.Typer(help="Train an optional learned model.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

err = Console(stderr=True, soft_wrap=True)  # one message, one line (logs, grep)
F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(fn: F) -> F:
    """Turn a StancegraphError into a one-line message and its exit code."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StancegraphError as exc:
            err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False, markup=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


@eval_app.command("attribution")
@handle_errors
def eval_attribution(
    polnear: str = typer.Option(..., "--polnear", help="A PolNeAR split (text/, attributions/)"),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N texts."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also run textacy's quotations."),
    attribution_model: AttributionModelOpt = None,
) -> None:
    """Attribution (who said what) against PolNeAR, beside textacy."""
    import json

    from .evaluate.attribution import evaluate_attribution, render

    report = evaluate_attribution(
        polnear, limit=limit, baseline=baseline, attribution_model=attribution_model
    )
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        Console().print(render(report))


SeedsOpt = Annotated[Path | None, typer.Option("--seeds", help="Seeds (default: ../shared/corpus/seeds).")]
PagesOpt = Annotated[Path | None, typer.Option("--pages", help="Pages (default: tests/fixtures/pages).")]


@eval_app.command("clean")
@handle_errors
def eval_clean(
    seeds: SeedsOpt = None,
    pages: PagesOpt = None,
    polnear: Annotated[Path | None, typer.Option("--polnear", help="Also: speech kept on PolNeAR.")] = None,
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Body-line precision/recall, headings, title and date of the clean stage."""
    from .evaluate.clean import evaluate_clean, evaluate_retention
    from .evaluate.clean import render as render_clean

    report = evaluate_clean(seeds, pages)
    retention = evaluate_retention(polnear) if polnear else None
    if as_json:
        typer.echo(json.dumps({**report.to_json(), "retention": retention}, indent=2))
    else:
        typer.echo(render_clean(report))
        if retention:
            typer.echo(f"PolNeAR speech kept: {json.dumps(retention)}")


@eval_app.command("dedup")
@handle_errors
def eval_dedup(
    threshold: float = typer.Option(0.5, "--threshold", min=0.0, max=1.0, help="Near-duplicate similarity."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Copy detection (exact and near duplicates) on synthetic edited copies: pair P/R."""
    from .evaluate.dedup import evaluate_dedup
    from .evaluate.dedup import render as render_dedup

    report = evaluate_dedup(threshold)
    typer.echo(json.dumps(report.to_json(), indent=2) if as_json else render_dedup(report))


@eval_app.command("actors")
@handle_errors
def eval_actors(
    seesaw_dir: Annotated[Path, typer.Option("--seesaw", help="A SEESAW split (articles/, annotations/).")],
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N articles."),
    aliases: Annotated[Path | None, typer.Option("--aliases", help="A user alias file (YAML).")] = None,
) -> None:
    """Annotated People/Organization/GPE found as actors, and actors that join two of them."""
    from .evaluate.actors import evaluate as evaluate_actors
    from .evaluate.actors import report as render_actors
    from .pipeline import Pipeline

    scores = evaluate_actors(seesaw_dir, Pipeline(Config(aliases_path=aliases)), limit=limit)
    typer.echo(json.dumps(scores.to_json(), indent=2) if as_json else render_actors(scores))


# -- extract, ingest and the store's listings ------------------------------------------

DB_HELP = "SQLite file or postgresql://user:pass@host/db URL (default: $STANCEGRAPH_DB or ./stancegraph.db)"
PATHS_HELP = "Files, directories (walked), globs, or - for standard input."


class ExtractFormat(StrEnum):
    jsonl = "jsonl"
    pretty = "pretty"


ExtractFormatOpt = Annotated[ExtractFormat, typer.Option("--format", "-f", help="jsonl or pretty.")]
PathsArg = Annotated[list[str], typer.Argument(help=PATHS_HELP)]
TargetsOpt = Annotated[Path | None, typer.Option("--targets", "-t", help="Stance targets (YAML).")]
MaxBytesOpt = Annotated[int | None, typer.Option("--max-bytes", help="Refuse larger inputs (default: 5 MB).")]
BackendOpt = Annotated[str, typer.Option("--stance-backend", help="rules, learned or nli.")]
StanceModelOpt = Annotated[Path | None, typer.Option("--stance-model", help="Learned stance model file.")]
NliModelOpt = Annotated[str | None, typer.Option("--nli-model", help="Hugging Face NLI model name or path.")]
AttributionModelOpt = Annotated[
    Path | None,
    typer.Option("--attribution-model", help="Model from `stancegraph train attribution`."),
]


def _config(targets: Path | None, max_bytes: int | None) -> Config:
    config = Config(targets_path=targets)
    if max_bytes is not None:
        config.max_bytes = max_bytes
    return config


def _models(config: Config, backend: str, stance_model: Path | None, nli_model: str | None,
            attribution_model: Path | None) -> Config:
    config.stance_backend, config.stance_model, config.nli_model = backend, stance_model, nli_model
    config.attribution_model = attribution_model
    return config


def _report(exc: InputError) -> None:
    """One line on stderr naming the input and the reason."""
    err.print(f"[red]error:[/red] {escape(str(exc))}", highlight=False)


def _db_url(db: str | None) -> str:
    return db or default_db()


@app.command()
@handle_errors
def extract(
    paths: PathsArg,
    targets: TargetsOpt = None,
    fmt: ExtractFormatOpt = ExtractFormat.jsonl,
    max_bytes: MaxBytesOpt = None,
    backend: BackendOpt = "rules",
    stance_model: StanceModelOpt = None,
    nli_model: NliModelOpt = None,
    attribution_model: AttributionModelOpt = None,
) -> None:
    """Analyse texts and print one JSON object per document (contract: docs/contract.md)."""
    from .pipeline import Pipeline
    from .read import read_inputs

    config = _models(_config(targets, max_bytes), backend, stance_model, nli_model, attribution_model)
    out = Console()
    failed = 0
    for item in Pipeline(config).pipe(read_inputs(paths, config)):
        if isinstance(item, InputError):
            _report(item)
            failed += 1
        elif fmt is ExtractFormat.jsonl:
            typer.echo(json.dumps(item.to_json(), ensure_ascii=False))
        else:
            render.document(out, item)
    if failed:
        raise typer.Exit(InputError.exit_code)


def ingest_paths(
    paths: list[str],
    store: Store,
    config: Config,
    progress: bool = False,
    workers: int = 1,
    engine: str = "local",
) -> tuple[int, int, int]:
    """Read, analyse and store inputs (``ingest.ingest``); (added, already stored, failed).
    Errors are reported on stderr and recorded as rejects."""
    from .ingest import ingest as run_ingest

    r = run_ingest(paths, store, config, workers=workers, progress=progress, engine=engine, on_error=_report)
    return r.added, r.known, r.failed


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOpt = Annotated[Engine, typer.Option("--engine", help="local, or ray (Ray Data at $RAY_ADDRESS).")]


@app.command()
@handle_errors
def ingest(
    paths: PathsArg,
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    targets: TargetsOpt = None,
    max_bytes: MaxBytesOpt = None,
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Analyse in N processes."),
    engine: EngineOpt = Engine.local,
    dedup_threshold: float | None = typer.Option(
        None, "--dedup-threshold", min=0.0, max=1.0, help="Near-duplicate similarity (default: 0.5)."
    ),
    backend: BackendOpt = "rules",
    stance_model: StanceModelOpt = None,
    nli_model: NliModelOpt = None,
    attribution_model: AttributionModelOpt = None,
) -> None:
    """Analyse texts and store them; ingesting the same text twice adds nothing."""
    from .ingest import ingest as run_ingest

    config = _models(_config(targets, max_bytes), backend, stance_model, nli_model, attribution_model)
    if dedup_threshold is not None:
        config.dedup_threshold = dedup_threshold
    with Store(_db_url(db)) as store:
        r = run_ingest(
            paths,
            store,
            config,
            workers=workers,
            engine=engine.value,
            progress=err.is_terminal,
            on_error=_report,
        )
    err.print(
        f"stored {r.added} new document{'s' * (r.added != 1)} in {escape(redact(store.url))}"
        f" ({r.copies} of them copies of another, {r.known} already there, {r.failed} failed;"
        f" {r.docs_per_second:.1f} docs/s)",
        highlight=False,
    )
    if r.failed:
        raise typer.Exit(InputError.exit_code)


FORMAT_OPT = typer.Option(ListFormat.table, "--format", "-f", help="table, json or csv.")
DB_OPT = typer.Option(None, "--db", help=DB_HELP)
LIMIT_OPT = typer.Option(None, "--limit", "-n", help="At most this many rows.")
COPIES_OPT = typer.Option(False, "--copies", help="Also copies of another document (syndicated, near-dup).")


def _listing_store(db: str | None) -> Store:
    return Store(_db_url(db), create=False)


def _query(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    try:
        return fn(*args, **kwargs)
    except ValueError as exc:  # a malformed filter (date, stance label)
        raise typer.BadParameter(str(exc)) from None


@app.command("statements")
@handle_errors
def statements_cmd(
    actor: str | None = typer.Option(None, "--actor", "-a", help="Actor name (any alias or part) or id."),
    target: str | None = typer.Option(None, "--target", help="Only statements with a stance on this target."),
    since: str | None = typer.Option(None, "--since", help="Documents dated on or after (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Documents dated on or before (YYYY-MM-DD)."),
    stance: str | None = typer.Option(None, "--stance", help="favor, against or neutral."),
    q: str | None = typer.Option(None, "--q", help="Words in the statement (full-text search)."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only documents of this outlet."),
    doc: str | None = typer.Option(None, "--doc", help="Only this document (an id)."),
    mentions_from: str | None = typer.Option(
        None, "--mentions-from", help="Talks about a time in or after this period (2023, 2023-01, 2023-Q1)."
    ),
    mentions_to: str | None = typer.Option(
        None, "--mentions-to", help="Talks about a time in or before this period (same forms)."
    ),
    copies: bool = COPIES_OPT,
    limit: int | None = LIMIT_OPT,
    fmt: ListFormat = FORMAT_OPT,
    db: str | None = DB_OPT,
) -> None:
    """Who said what: statements in the store, filtered."""
    filters = {"actor": actor, "target": target, "since": since, "until": until, "stance": stance, "q": q,
               "outlet": outlet, "doc_id": doc, "mentions_from": mentions_from,
               "mentions_to": mentions_to}  # fmt: skip
    _list(query.statements, query.StatementRow.FIELDS, "Statements", db, fmt, limit, copies=copies, **filters)


def _list(fn: Callable[..., list[Any]], fields: tuple[str, ...], title: str, db: str | None,
          fmt: ListFormat, limit: int | None, **filters: Any) -> None:
    """``fn``'s rows as a table, or as JSON or CSV streamed page by page when no limit is
    given: a whole store never sits in memory."""
    with _listing_store(db) as store:
        if fmt is not ListFormat.table and limit is None:
            render.stream(Console(), _pages(fn, store, **filters), fields, fmt)
            return
        rows = _query(fn, store, limit=limit, **filters)
    render.listing(Console(), rows, fields, fmt, title)


@app.command("relations")
@handle_errors
def relations_cmd(
    actor: str | None = typer.Option(
        None, "--actor", "-a", help="Actor on either side (name, alias, part, id)."
    ),
    subject: str | None = typer.Option(None, "--subject", help="Who takes the position (actor)."),
    obj: str | None = typer.Option(None, "--object", help="Toward whom or what (actor or target name)."),
    polarity: str | None = typer.Option(None, "--polarity", help="positive or negative."),
    min_score: float | None = typer.Option(
        None, "--min-score", help="Only relations whose evidence scores at least this (0-1)."
    ),
    basis: str | None = typer.Option(
        None, "--basis", help="What the polarity rests on: word, evaluation, path, tone, pair, default, ..."
    ),
    since: str | None = typer.Option(None, "--since", help="Documents dated on or after (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Documents dated on or before (YYYY-MM-DD)."),
    outlet: str | None = typer.Option(None, "--outlet", help="Only documents of this outlet."),
    doc: str | None = typer.Option(None, "--doc", help="Only this document (an id)."),
    copies: bool = COPIES_OPT,
    pairs: bool = typer.Option(
        False, "--pairs", help="Add up per (subject, object) pair of actors, most relations first."
    ),
    limit: int | None = LIMIT_OPT,
    fmt: ListFormat = FORMAT_OPT,
    db: str | None = DB_OPT,
) -> None:
    """Who is for or against whom: relations between actors (and toward targets), filtered."""
    filters = {"actor": actor, "subject": subject, "object": obj, "polarity": polarity,
               "min_score": min_score, "basis": basis, "since": since, "until": until,
               "outlet": outlet, "doc_id": doc}  # fmt: skip
    if pairs:
        other = [f"--{k.replace('_', '-')}" for k in ("subject", "object", "polarity", "basis", "doc_id")
                 if filters[k] is not None]
        if other or copies:
            raise typer.BadParameter(
                f"--pairs adds up over --actor, --min-score, --since, --until and --outlet, not "
                f"{', '.join(other + (['--copies'] if copies else []))}"
            )
        with _listing_store(db) as store:
            found = _query(query.relation_pairs, store, actor=actor, min_score=min_score, since=since,
                           until=until, outlet=outlet, limit=limit)
        render.listing(Console(), found, query.RelationPair.FIELDS, fmt, "Relations by pair")
        return
    _list(query.relations, query.RelationRow.FIELDS, "Relations", db, fmt, limit, copies=copies, **filters)


@app.command("timeline")
@handle_errors
def timeline_cmd(
    target: str | None = typer.Option(None, "--target", help="Only this target (default: every target)."),
    actor: str | None = typer.Option(
        None, "--actor", "-a", help="Only this actor's statements (or relations, either side)."
    ),
    relations: bool = typer.Option(
        False, "--relations", help="Criticism and support between actors, instead of stances on targets."
    ),
    min_score: float | None = typer.Option(
        None, "--min-score", help="With --relations: only relations whose evidence scores at least this."
    ),
    per: str | None = typer.Option(
        None, "--per", help="day, week, month or year (default: what fits the span)."
    ),
    fmt: ListFormat = FORMAT_OPT,
    db: str | None = DB_OPT,
) -> None:
    """How positions move over time: stances on each target (or relations) per period of the
    documents' dates, every period between the first and the last shown, copies counted once."""
    from . import registry
    from .web.charts import STANCE_LABELS, timeline

    if per is not None and per not in ("day", "week", "month", "year"):
        raise typer.BadParameter(f"--per must be day, week, month or year, not {per!r}")
    if min_score is not None and not relations:
        raise typer.BadParameter("--min-score goes with --relations")
    with _listing_store(db) as store:
        actor_id = registry.find_actor(store, actor) if actor else None
        series: dict[str, Any] = {}
        if relations:
            days = _query(query.relations_per_period, store, actor_id=actor_id, min_score=min_score,
                          period="day")
            tl = timeline(((d.period, d.polarity, d.count) for d in days), ["negative", "positive"], unit=per)
            if tl.total:
                who = query.actor(store, actor_id).name if actor_id is not None else "actors"
                series[f"relations of {who}" if actor_id is not None else "relations between actors"] = tl
        else:
            rows = query.stance_per_period(store, actor_id=actor_id, target=target, period="day")
            span = [(r.period, "", 0) for r in rows]  # one time axis for every target
            for name in dict.fromkeys(r.target for r in rows):
                mine = [(r.period, r.label, r.count) for r in rows if r.target == name]
                series[name] = timeline(span + mine, STANCE_LABELS, unit=per)
    render.timelines(Console(), series, fmt)


PAGE = 2000


def _pages(fn: Callable[..., list[Any]], store: Store, **filters: Any) -> Iterator[list[Any]]:
    """``fn(store, **filters)`` in pages of ``PAGE`` rows, until a short page."""
    offset = 0
    while True:
        rows = _query(fn, store, limit=PAGE, offset=offset, **filters)
        yield rows
        if len(rows) < PAGE:
            return
        offset += PAGE


actors_app = typer.Typer(help="Actors across documents; merge and split them by hand.")
app.add_typer(actors_app, name="actors")


@actors_app.callback(invoke_without_command=True)
@handle_errors
def actors_cmd(
    ctx: typer.Context,
    name: str | None = typer.Option(None, "--name", help="Only actors known under this name (or part)."),
    kind: str | None = typer.Option(None, "--kind", help="person, organization, country, group, other."),
    limit: int | None = LIMIT_OPT,
    fmt: ListFormat = FORMAT_OPT,
    db: str | None = DB_OPT,
) -> None:
    """Actors across documents, most quoted first."""
    if ctx.invoked_subcommand is not None:
        return
    with _listing_store(db) as store:
        rows = query.actors(store, name=name, kind=kind, limit=limit)
    render.listing(Console(), rows, query.ActorRow.FIELDS, fmt, "Actors")


@actors_app.command("merge")
@handle_errors
def actors_merge(
    keep: Annotated[str, typer.Argument(help="The actor to keep (name or id).")],
    other: Annotated[str, typer.Argument(help="The actor merged into it (name or id).")],
    db: str | None = DB_OPT,
) -> None:
    """Make OTHER part of KEEP; later documents naming OTHER link to KEEP."""
    from . import registry

    with _listing_store(db) as store:
        a, b = registry.find_actor(store, keep), registry.find_actor(store, other)
        registry.merge(store, a, b)
        row = query.actor(store, a)
    typer.echo(f"merged {b} into {a} ({row.name}): {row.documents} documents, {row.statements} statements")


@actors_app.command("split")
@handle_errors
def actors_split(
    actor: Annotated[str, typer.Argument(help="The actor to split (name or id).")],
    names: Annotated[list[str], typer.Option("--name", help="Documents where it went under this name move.")],
    new_name: str | None = typer.Option(None, "--as", help="Name of the new actor (default: the name)."),
    db: str | None = DB_OPT,
) -> None:
    """Move the documents where ACTOR went under --name to a new actor, kept apart on later ingests."""
    from . import registry

    with _listing_store(db) as store:
        old = registry.find_actor(store, actor)
        new = registry.split(store, old, names, new_name)
        row = query.actor(store, new)
    typer.echo(f"split {row.name} ({new}) from {old}: {row.documents} documents, {row.statements} statements")


@app.command("actor")
@handle_errors
def actor_cmd(
    name: Annotated[str, typer.Argument(help="A name, an alias or a stored id.")],
    period: str = typer.Option("month", "--period", help="day, month or year."),
    limit: int | None = LIMIT_OPT,
    as_json: bool = typer.Option(False, "--json", help="Print as JSON."),
    db: str | None = DB_OPT,
) -> None:
    """One actor: its names, its documents, and its statements over time."""
    from . import registry

    with _listing_store(db) as store:
        actor_id = registry.find_actor(store, name)
        row = query.actor(store, actor_id)
        docs = store.db.query(
            """SELECT d.id, d.published, d.title, da.name FROM doc_actors da
               JOIN documents d ON d.id = da.doc_id WHERE da.actor_id = :id
               ORDER BY d.published, d.id""",
            {"id": actor_id},
        )
        per = query.statements_per_period(store, actor_id=actor_id, period=period)
        stmts = query.statements(store, actor_id=actor_id, limit=limit)
        pairs = query.relation_pairs(store, actor_id=actor_id, limit=ACTOR_PAIRS)
    if as_json:
        out = {
            **row.to_dict(),
            "documents_list": [dict(d) for d in docs],
            "per_period": [{"period": p.period, "count": p.count} for p in per],
            "statements_list": [s.to_dict() for s in stmts],
            "relation_pairs": [p.to_dict() for p in pairs],
        }
        typer.echo(json.dumps(out, indent=2, ensure_ascii=False))
        return
    con = Console()
    con.print(f"[bold]{escape(row.name)}[/bold] ({row.kind}, id {row.id})", highlight=False)
    if row.aliases:
        con.print("aliases: " + escape("; ".join(row.aliases)), highlight=False)
    con.print(f"{row.documents} documents, {row.statements} statements", highlight=False)
    for d in docs:
        con.print(
            f"  {d['published'] or '----------'}  {escape(d['title'] or d['id'])}  as {escape(d['name'])}",
            highlight=False,
        )
    if per:
        con.print(
            "statements per " + period + ": " + ", ".join(f"{p.period} {p.count}" for p in per),
            highlight=False,
        )
    for s in stmts:
        con.print(f"  {s.published or '----------'}  {escape(s.content[:160])}", highlight=False)
    if pairs:
        render.listing(con, pairs, query.RelationPair.FIELDS, ListFormat.table, f"Relations of {row.name}")


ACTOR_PAIRS = 10  # the `actor` view's most frequent relation pairs


@app.command("documents")
@handle_errors
def documents_cmd(
    q: str | None = typer.Option(None, "--q", help="Words in the title or text (full-text search)."),
    since: str | None = typer.Option(None, "--since", help="Dated on or after (YYYY-MM-DD)."),
    until: str | None = typer.Option(None, "--until", help="Dated on or before (YYYY-MM-DD)."),
    copies: bool = COPIES_OPT,
    limit: int | None = LIMIT_OPT,
    fmt: ListFormat = FORMAT_OPT,
    db: str | None = DB_OPT,
) -> None:
    """Stored documents, newest first."""
    with _listing_store(db) as store:
        rows = _query(query.documents, store, q=q, since=since, until=until, copies=copies, limit=limit)
    render.listing(Console(), rows, query.DocumentRow.FIELDS, fmt, "Documents")


@app.command("show")
@handle_errors
def show_cmd(
    doc_id: str = typer.Argument(..., help="A document id (from `stancegraph documents`)."),
    fmt: ExtractFormatOpt = ExtractFormat.pretty,
    db: str | None = DB_OPT,
) -> None:
    """One stored document, as `extract` would print it (pretty: with its copies elsewhere)."""
    from .dedup import canonical_of, copies

    with _listing_store(db) as store:
        doc = store.get(doc_id)
        canonical = canonical_of(store, doc_id)
        others = [c for c in copies(store, doc_id) if c.doc_id != doc_id or c.kind == "sighting"]
    if fmt is ExtractFormat.jsonl:
        typer.echo(json.dumps(doc.to_json(), ensure_ascii=False))
        return
    out = Console()
    render.document(out, doc)
    if canonical != doc_id:
        out.print(f"a copy of {canonical}", highlight=False)
    for c in others:
        sim = "" if c.kind == "sighting" or c.similarity is None else f" {c.similarity:.2f}"
        where = f"{escape(c.outlet or '-')}  {escape(c.source)}  {c.doc_id}"
        out.print(f"copy ({c.kind}{sim}): {where}", highlight=False)


@app.command("summary")
@handle_errors
def summary_cmd(fmt: ListFormat = FORMAT_OPT, db: str | None = DB_OPT) -> None:
    """Documents, actors, statements per actor and stance per target."""
    with _listing_store(db) as store:
        s = query.summary(store)
        sides = {t.target: query.target_actors(store, t.target) for t in s.targets}
    render.summary(Console(), s, fmt, sides)


@app.command("rejects")
@handle_errors
def rejects_cmd(limit: int | None = LIMIT_OPT, fmt: ListFormat = FORMAT_OPT, db: str | None = DB_OPT) -> None:
    """Inputs that could not be read or analysed, with the reason."""
    with _listing_store(db) as store:
        rows = query.rejects(store, limit=limit)
    render.listing(Console(), rows, query.RejectRow.FIELDS, fmt, "Rejected inputs")


@app.command("migrate")
@handle_errors
def migrate_cmd(db: str | None = DB_OPT) -> None:
    """Upgrade a database (SQLite or PostgreSQL) to this version's schema."""
    url = _db_url(db)
    database = schema.connect(url, create=False)
    try:
        before = schema.version(database)
        applied = schema.migrate(database)
    finally:
        database.close()
    if applied:
        for step in applied:
            err.print(f"applied {step.version}: {step.description}", highlight=False)
    err.print(
        f"{escape(redact(url))}: schema version {before} → {schema.LATEST}"
        if applied
        else f"{escape(redact(url))} is up to date (schema version {before})",
        highlight=False,
    )


@app.command("demo")
@handle_errors
def demo_cmd(db: str = typer.Option("demo.db", "--db", help=DB_HELP)) -> None:
    """Ingest the bundled demo corpus (fictional articles) and print its summary."""
    from .demo import corpus_dir, targets_path

    config = _config(targets_path(), None)
    with Store(db) as store:
        added, known, failed = ingest_paths([str(corpus_dir())], store, config, progress=err.is_terminal)
        err.print(f"demo corpus: {added} new, {known} already in {escape(redact(db))}", highlight=False)
        s = query.summary(store)
        sides = {t.target: query.target_actors(store, t.target) for t in s.targets}
        render.summary(Console(), s, ListFormat.table, sides)
    if failed:
        raise typer.Exit(InputError.exit_code)


@app.command("serve")
@handle_errors
def serve_cmd(
    db: str | None = DB_OPT,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (loopback unless told otherwise)."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    token: str | None = typer.Option(
        None, "--token", envvar=TOKEN_ENV, show_envvar=True, help="Allow writes (ingest) with this token."
    ),
    targets: TargetsOpt = None,
) -> None:
    """Serve the store as web pages and a JSON API (read-only without a token)."""
    from .web import LOOPBACK, serve

    url = _db_url(db)
    Store(url, create=False).close()  # a missing or outdated database fails here, before the server
    if host not in LOOPBACK:
        err.print(f"[yellow]note:[/yellow] listening on {escape(host)}: reachable from other machines")
    err.print(
        f"serving {escape(redact(url))} on http://{escape(host)}:{port}/"
        f" ({'writes need the token' if token else 'read-only'})",
        highlight=False,
    )
    serve(url, host=host, port=port, token=token, config=_config(targets, None))


# -- stance: evaluation, training, target suggestions ------------------------------------

targets_app = typer.Typer(help="Stance targets: suggest them from a corpus.", no_args_is_help=True)
app.add_typer(targets_app, name="targets")


@eval_app.command("stance")
@handle_errors
def eval_stance(
    seesaw_dir: Annotated[Path, typer.Option("--seesaw", help="A SEESAW split (articles/, annotations/).")],
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N articles."),
    backend: BackendOpt = "rules",
    stance_model: StanceModelOpt = None,
    nli_model: NliModelOpt = None,
) -> None:
    """Actor-to-actor stance triples against SEESAW, beside a co-occurrence baseline."""
    from .evaluate.stance import evaluate_stance, render

    config = Config(stance_backend=backend, stance_model=stance_model, nli_model=nli_model)
    report = evaluate_stance(seesaw_dir, config, limit=limit)
    typer.echo(json.dumps(report.to_json(), indent=2) if as_json else render(report))


@train_app.command("stance")
@handle_errors
def train_stance(
    seesaw_dir: Annotated[Path, typer.Option("--seesaw", help="A SEESAW training split.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the model file.")],
    limit: int | None = typer.Option(None, "--limit", help="Only the first N articles."),
    encoder: bool | None = typer.Option(
        None, "--encoder/--no-encoder",
        help="Fine-tune the MiniLM sentence encoder as well (the `embeddings` extra; on by default "
             "when it is installed)."),
    encoder_articles: int | None = typer.Option(
        None, "--encoder-articles", min=2,
        help="Fine-tune the encoder on N of the articles (drawn at random; fine-tuning is the "
             "costly part); all of them still train the rest of the model."),
) -> None:
    """Train the learned stance backend (scikit-learn, CPU, minutes)."""
    from .stance_backends.learned import train

    summary = train(seesaw_dir, out, limit=limit, encoder=encoder, encoder_articles=encoder_articles)
    typer.echo(json.dumps(summary, indent=2))


@targets_app.command("suggest")
@handle_errors
def targets_suggest(
    paths: PathsArg,
    top: int = typer.Option(30, "--top", help="How many suggestions."),
    min_count: int = typer.Option(2, "--min-count", help="Least number of occurrences."),
    as_yaml: bool = typer.Option(False, "--yaml", help="Print a targets file to edit."),
) -> None:
    """Frequent noun phrases and named topics that could become stance targets."""
    from .targets import suggest_paths, suggestions_yaml

    found, errors = suggest_paths(paths, top=top, min_count=min_count)
    for exc in errors:
        _report(exc)  # type: ignore[arg-type]
    if as_yaml:
        typer.echo(suggestions_yaml(found), nl=False)
    else:
        render.suggestions(Console(), found)
    if errors:
        # As extract does: the readable inputs are analysed, the exit code says some were not.
        raise typer.Exit(InputError.exit_code)


class ExportFormat(StrEnum):
    parquet = "parquet"
    jsonl = "jsonl"
    csv = "csv"


ExportFormatOpt = Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet, jsonl or csv.")]
ExportOutOpt = Annotated[Path, typer.Option("--out", "-o", help="Directory for the <table>.<format> files.")]


@app.command("export")
@handle_errors
def export_cmd(
    fmt: ExportFormatOpt = ExportFormat.parquet,
    out: ExportOutOpt = Path("export"),
    db: str | None = DB_OPT,
) -> None:
    """Write every table (documents, actors, statements with stances, relations) for pandas,
    DuckDB or Spark."""
    from .export import export

    with _listing_store(db) as store:
        written = export(store, out, fmt.value)
    for table, path in written.items():
        err.print(f"{table}: {escape(str(path))}", highlight=False)


@train_app.command("attribution")
@handle_errors
def train_attribution_cmd(
    polnear: str = typer.Option(..., "--polnear", help="A PolNeAR split to train on (train/)."),
    out: str = typer.Option(..., "--out", help="Where to write the model (a build output)."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N texts."),
    encoder: bool = typer.Option(
        False,
        "--encoder/--no-encoder",
        help="Also fine-tune the packaged MiniLM as a token tagger (the `embeddings` extra; "
        "about 15 min more on two cores for all of PolNeAR train).",
    ),
) -> None:
    """Train the learned attribution model: CRF tagger + arbiter (CPU, minutes; docs/attribution.md)."""
    import json

    from .attribution_model import train_attribution

    result = train_attribution(
        polnear, out, limit=limit, encoder=encoder, progress=lambda m: err.print(m, highlight=False)
    )
    typer.echo(json.dumps(result, indent=2))


def main() -> None:
    app(prog_name="stancegraph")


if __name__ == "__main__":  # pragma: no cover
    main()
