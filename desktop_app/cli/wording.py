"""The command line's own words in the app's language: argparse's texts (usage, "the
following arguments are required", `--help`'s headings) and the operating system's
error texts, which Python gives in English ("No such file or directory") whatever the
language, mapped from their errno to a sentence of ours."""

from __future__ import annotations

import argparse
import errno
import re

from desktop_app.cli.texts import current_language, translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name pyside6-lupdate looks for)
    return text


# argparse's user-facing texts (Python 3.11-3.13), marked for the catalogue; argparse
# asks for them through its module-level gettext functions, replaced below.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _gettext(text: str | None) -> str | None:
    return translate("argparse", text) if text else text


def _ngettext(singular: str, plural: str, count: int) -> str:
    return translate("argparse", singular if count == 1 else plural)


def speak_argparse() -> None:
    """Make argparse say its words through the app's catalogues (call before parsing)."""
    argparse._ = _gettext
    argparse.ngettext = _ngettext


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help, with a full-width colon after the section headings in Chinese."""

    def format_help(self) -> str:
        text = super().format_help()
        if current_language() == "en":
            return text
        return re.sub(r"^(\S[^\n]*?):$", r"\1：", text, flags=re.MULTILINE)


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser with the help formatter above; its sub-command parsers are of
    the same class, so every `--help` reads the same."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)


# --- operating-system errors -------------------------------------------------------------
OS_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("CliErrors", "the file or folder does not exist"),
    errno.EACCES: QT_TRANSLATE_NOOP(
        "CliErrors", "access was refused (no permission, or another program holds the file)"
    ),
    errno.EPERM: QT_TRANSLATE_NOOP("CliErrors", "the operation is not permitted"),
    errno.EISDIR: QT_TRANSLATE_NOOP("CliErrors", "it is a folder, not a file"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("CliErrors", "a part of the path is not a folder"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("CliErrors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("CliErrors", "the disk quota is used up"),
    errno.EROFS: QT_TRANSLATE_NOOP("CliErrors", "the disk is read-only"),
    errno.EEXIST: QT_TRANSLATE_NOOP("CliErrors", "it already exists"),
    errno.EBUSY: QT_TRANSLATE_NOOP("CliErrors", "it is in use by another program"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("CliErrors", "it is in use by another program"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("CliErrors", "the name is too long"),
    errno.EINVAL: QT_TRANSLATE_NOOP("CliErrors", "the name or value is not valid here"),
    errno.EIO: QT_TRANSLATE_NOOP("CliErrors", "the disk could not be read or written (input/output error)"),
    errno.EMFILE: QT_TRANSLATE_NOOP("CliErrors", "too many files are open"),
    errno.ENFILE: QT_TRANSLATE_NOOP("CliErrors", "too many files are open"),
    errno.ENOTEMPTY: QT_TRANSLATE_NOOP("CliErrors", "the folder is not empty"),
    errno.EXDEV: QT_TRANSLATE_NOOP("CliErrors", "the file cannot be moved to another disk this way"),
    errno.ELOOP: QT_TRANSLATE_NOOP("CliErrors", "the path loops back on itself (symbolic links)"),
    errno.EFBIG: QT_TRANSLATE_NOOP("CliErrors", "the file is too large"),
}
UNKNOWN_REASON = QT_TRANSLATE_NOOP("CliErrors", "the operating system refused it (error {number})")


def os_reason(error: OSError) -> str:
    """Why the operating system refused, as a phrase in the app's language."""
    text = OS_REASONS.get(error.errno)
    if text is not None:
        return translate("CliErrors", text)
    if error.errno is not None:
        return translate("CliErrors", UNKNOWN_REASON).format(number=error.errno)
    return str(error)


def os_error_sentence(error: OSError) -> str:
    """A whole sentence for an OSError no domain message explained: the path and why."""
    path = str(error.filename) if error.filename is not None else ""
    if path.endswith(".part"):  # the file is written beside its name first, then renamed
        path = path[: -len(".part")]
    if path:
        return translate("CliErrors", "{path}: {reason}.").format(path=path, reason=os_reason(error))
    return translate("CliErrors", "The operating system refused: {reason}.").format(reason=os_reason(error))


def with_os_reasons(params: dict, cause: BaseException | None) -> dict:
    """The message's fields with the OS's English error text (strerror) of `cause`, or
    of what it wraps, replaced by our phrase."""
    while cause is not None and not isinstance(cause, OSError):
        cause = cause.__cause__ or cause.__context__
    if cause is None or not cause.strerror:
        return params
    english = {cause.strerror, str(cause)}
    return {
        key: os_reason(cause) if isinstance(value, str) and value in english else value for key, value in params.items()
    }
