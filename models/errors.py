"""Typed errors a user can cause or meet; each carries an English message for translation.

The UI translates `message` in context "models" and formats it with `params`.
"""

from __future__ import annotations


class DeskError(Exception):
    """Base of errors shown to the user with a readable sentence."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.message = message
        self.params = params


class ValidationError(DeskError):
    """Input refused; `problems` maps field name -> message (untranslated English)."""

    def __init__(self, problems: dict[str, str], params: dict[str, dict] | None = None) -> None:
        self.problems = dict(problems)
        self.problem_params = params or {}
        first = next(iter(self.problems.values()), "Invalid input")
        super().__init__(first, **self.problem_params.get(next(iter(self.problems), ""), {}))


class TransitionRefused(DeskError):
    """The ticket state machine does not allow this action now."""


class PermissionDenied(DeskError):
    """The operator's role may not do this."""


class NotFound(DeskError):
    """A record the user named does not exist."""


class DataFileError(DeskError):
    """The data file or folder cannot be used (corrupt, read-only, too new, full disk)."""


class DamagedDataFile(DataFileError):
    """The data file is damaged or is not an office's database: restoring a backup is the way out."""


class EditConflict(DeskError):
    """Another desk changed the record after the form was filled from it; nothing was saved.
    `current_version` is the record's version now: a form that has shown the change saves with it."""

    def __init__(self, message: str, current_version: int, **params: object) -> None:
        super().__init__(message, **params)
        self.current_version = current_version
