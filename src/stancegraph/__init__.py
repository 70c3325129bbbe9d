"""stancegraph: who said what, about what, with what stance, and when."""

from .config import Config
from .errors import StancegraphError
from .pipeline import Pipeline
from .types import Actor, Document, Mention, Relation, Stance, Statement

__all__ = [
    "Actor",
    "Config",
    "Document",
    "Mention",
    "Pipeline",
    "Relation",
    "StancegraphError",
    "Stance",
    "Statement",
]
__version__ = "0.1.0"
