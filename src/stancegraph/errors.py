"""Named exceptions. The CLI maps them to exit codes and the web app to HTTP errors.

Each error carries a short code (like spaCy's E-numbers) so that a message in a log
can be looked up, and input errors name the input they are about.
"""

from __future__ import annotations


class StancegraphError(Exception):
    """Base class of every error stancegraph raises on purpose."""

    code = "E000"
    exit_code = 1

    def __str__(self) -> str:
        return f"[{self.code}] {super().__str__()}"


class InputError(StancegraphError):
    """One input could not be read. The run goes on with the others."""

    code = "E100"
    exit_code = 2

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class EmptyInput(InputError):
    code = "E101"


class BinaryInput(InputError):
    code = "E102"


class DecodeInput(InputError):
    code = "E103"


class InputTooLarge(InputError):
    code = "E104"


class NoInputFound(InputError):
    code = "E105"


class UnsupportedInput(InputError):
    code = "E106"


class UnreadableInput(InputError):
    """The input exists but cannot be opened or is corrupt (permissions, truncated archive)."""

    code = "E107"


class ConfigError(StancegraphError):
    """A configuration file (targets, aliases) is missing or malformed."""

    code = "E200"
    exit_code = 3


class MissingExtra(StancegraphError):
    """An optional dependency is not installed; the message names the extra."""

    code = "E300"
    exit_code = 4

    def __init__(self, package: str, extra: str, purpose: str = "") -> None:
        what = f" for {purpose}" if purpose else ""
        super().__init__(
            f"{package} is needed{what}: install it with `pip install 'stancegraph[{extra}]'`"
        )
        self.package = package
        self.extra = extra


class ModelNotFound(StancegraphError):
    code = "E301"
    exit_code = 4


class StoreError(StancegraphError):
    """The database cannot be opened, migrated or written."""

    code = "E400"
    exit_code = 5


class NotFound(StancegraphError):
    """A named actor, document or target is not in the store."""

    code = "E404"
    exit_code = 6


class EvalDataError(StancegraphError):
    """An evaluation set is missing or not in the expected layout."""

    code = "E500"
    exit_code = 7


class ProcessingError(InputError):
    """A stage failed on one document; the run goes on with the others."""

    code = "E150"
