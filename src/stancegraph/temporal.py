"""Temporal expressions inside statements (filled in below)."""

from __future__ import annotations

from .types import Document


def annotate_times(doc: Document) -> None:
    """Fill ``Statement.times`` of every statement of ``doc``."""
    for st in doc.statements:
        st.times = []
