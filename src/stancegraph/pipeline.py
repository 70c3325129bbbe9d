"""The orchestrator: the stages, in order, and how documents flow through them.

read → clean → parse → actors → statements → stance → store. Reading and storing
sit at the two ends (``read.read_inputs`` and ``store.Store``); the stages in
between are plain callables ``Document -> Document`` listed in ``STAGES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from . import actors, clean, parse, stance, statements
from .config import Config
from .errors import InputError, ProcessingError, StancegraphError
from .types import Document, Stage

# The order of the pipeline, top to bottom. Each entry builds a stage from the config.
STAGES: tuple[tuple[str, Callable[[Config], Stage]], ...] = (
    ("clean", clean.Cleaner),
    ("parse", parse.Parser),
    ("actors", actors.ActorFinder),
    ("statements", statements.StatementFinder),
    ("stance", stance.StanceTagger),
)

ErrorHandler = Callable[[str, Document, Exception], None]


def raise_error(stage: str, doc: Document, exc: Exception) -> None:
    raise exc


class Pipeline:
    """Run the analysis stages over documents.

    >>> doc = Pipeline().run("“We will not talk,” the minister said.")  # doctest: +SKIP
    """

    def __init__(self, config: Config | None = None, **overrides: Any) -> None:
        self.config = config or Config()
        for key, value in overrides.items():
            if not hasattr(self.config, key):
                raise TypeError(f"unknown pipeline option {key!r}")
            setattr(self.config, key, value)
        self.stages: list[tuple[str, Stage]] = [(name, make(self.config)) for name, make in STAGES]

    def stage(self, name: str) -> Stage:
        return dict(self.stages)[name]

    def stages_from(self, start: str | None) -> list[tuple[str, Stage]]:
        """The stages from ``start`` on (all when None): evaluation sets that come with
        their own sentence segmentation start at ``parse``."""
        names = [n for n, _ in self.stages]
        if start is not None and start not in names:
            raise ValueError(f"unknown stage {start!r}; stages are {names}")
        return self.stages[names.index(start) :] if start else list(self.stages)

    def run(
        self, text: str | Document, source: str = "<text>", *, start: str | None = None, **meta: Any
    ) -> Document:
        """Analyse one text (or an already read ``Document``) and return it filled in."""
        doc = text if isinstance(text, Document) else Document(text=text, source=source, meta=dict(meta))
        for _name, stage in self.stages_from(start):
            doc = stage(doc)
        return doc

    def pipe(
        self,
        docs: Iterable[Document | InputError],
        error_handler: ErrorHandler | None = None,
        *,
        start: str | None = None,
    ) -> Iterator[Document | InputError]:
        """Analyse a stream of documents, batching where a stage can.

        Reader errors pass straight through. A document on which a stage fails
        comes out as a ``ProcessingError`` naming it (unless ``error_handler``
        raises), and the stream goes on: one bad article never stops a run.
        """
        stream: Iterator[Document | InputError] = iter(docs)
        for name, stage in self.stages_from(start):
            stream = self._apply(name, stage, stream, error_handler)
        yield from stream

    def _apply(
        self,
        name: str,
        stage: Stage,
        stream: Iterator[Document | InputError],
        error_handler: ErrorHandler | None,
    ) -> Iterator[Document | InputError]:
        batch_pipe = getattr(stage, "pipe", None)
        if batch_pipe is not None:
            # A batch stage sees only documents; errors keep their place in the stream.
            pending: list[Document | InputError] = []

            def only_docs() -> Iterator[Document]:
                for item in stream:
                    if isinstance(item, InputError):
                        pending.append(item)
                    else:
                        yield item

            try:
                for doc in batch_pipe(only_docs()):
                    while pending:
                        yield pending.pop(0)
                    yield doc
            except StancegraphError:
                raise
            while pending:
                yield pending.pop(0)
            return
        for item in stream:
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield stage(item)
            except Exception as exc:  # noqa: BLE001 - reported per document, run goes on
                if error_handler is not None:
                    error_handler(name, item, exc)
                yield ProcessingError(item.source, f"{name} stage failed: {type(exc).__name__}: {exc}")
