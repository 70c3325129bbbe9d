"""Command line: a thin layer over the library.

Every command calls library functions and translates named exceptions into
exit codes (see ``errors.py``); no analysis logic lives here.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import typer
from rich.console import Console

from .errors import StancegraphError

app = typer.Typer(help="Who said what, about what, with what stance, and when.", no_args_is_help=True)
eval_app = typer.Typer(help="Measure a stage against a gold evaluation set.", no_args_is_help=True)
train_app = typer.Typer(help="Train an optional learned model.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")
app.add_typer(train_app, name="train")

err = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])


def handle_errors(fn: F) -> F:
    """Turn a StancegraphError into a one-line message and its exit code."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StancegraphError as exc:
            err.print(f"[red]error:[/red] {exc}", highlight=False, markup=True)
            raise typer.Exit(exc.exit_code) from None

    return wrapper  # type: ignore[return-value]


@eval_app.command("attribution")
@handle_errors
def eval_attribution(
    polnear: str = typer.Option(..., "--polnear", help="A PolNeAR split (text/, attributions/)"),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    limit: int | None = typer.Option(None, "--limit", help="Only the first N texts."),
    baseline: bool = typer.Option(True, "--baseline/--no-baseline", help="Also run textacy's quotations."),
) -> None:
    """Attribution (who said what) against PolNeAR, beside textacy."""
    import json

    from .evaluate.attribution import evaluate_attribution, render

    report = evaluate_attribution(polnear, limit=limit, baseline=baseline)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2))
    else:
        Console().print(render(report))


def main() -> None:
    app(prog_name="stancegraph")


if __name__ == "__main__":  # pragma: no cover
    main()
