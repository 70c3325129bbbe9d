"""Clean stage (placeholder being replaced): body = non-blank lines."""

from __future__ import annotations

import re

from .config import Config
from .types import Document


class Cleaner:
    name = "clean"

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()

    def __call__(self, doc: Document) -> Document:
        doc.body = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", doc.text)]
        return doc
