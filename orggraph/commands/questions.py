"""The named questions: ``query`` asks one, ``questions`` lists them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from ..cli import (
    DATE,
    _flag,
    _graph,
    as_of_option,
    cache_option,
    data_option,
    emit,
    format_option,
)

#: Help for the question options; a parameter without an entry gets a generic line.
_QUESTION_OPTION_HELP = {
    "relations": "Relationship types to follow, TYPE,... (default: ACCOUNTABLE_TO, "
                 "RESPONSIBLE_TO, REPORTS_TO; path: every type).",
    "body": "Only posts in this body and the bodies within it.",
    "from_date": "The earlier date (YYYY[-MM[-DD]]).",
    "to_date": "The later date (YYYY[-MM[-DD]]).",
}


def _question_options() -> list[click.Option]:
    """One option per keyword parameter of the questions, named by :func:`_flag`."""
    from ..queries import QUESTIONS

    taken: dict[str, list[str]] = {}
    for key, q in QUESTIONS.items():
        for name in q.options:
            taken.setdefault(name, []).append(key)
    options = []
    for name, keys in sorted(taken.items()):
        text = _QUESTION_OPTION_HELP.get(name, f"The question's {name!r} parameter.")
        options.append(click.Option(
            [_flag(name), name], default=None,
            type=DATE if name.endswith("_date") else None,
            metavar="DATE" if name.endswith("_date") else name.upper().replace("_", "-"),
            help=f"{text} For: {', '.join(keys)}."))
    return options


class _QueryCommand(click.Command):
    """``query``: its options are the questions' own keyword parameters, read from their
    signatures when the command runs or shows its help (not at start-up), so a new
    question option needs no change here."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        if not getattr(self, "_with_questions", False):
            self.params.extend(_question_options())
            self._with_questions = True
        return super().get_params(ctx)


def _check_question(name: str, args: tuple[str, ...], options: dict[str, Any]) -> None:
    """Usage errors (exit 2) for an unknown question, the wrong number of arguments or
    an option the question does not take, naming the flags as typed."""
    from ..queries import QUESTIONS

    q = QUESTIONS.get(name.replace("_", "-"))
    if q is None:
        raise click.BadParameter(f"unknown question {name!r}; choose from "
                                 f"{', '.join(QUESTIONS)}", param_hint="NAME")
    if len(args) != len(q.args):
        wanted = " ".join(a.upper() for a in q.args) or "no arguments"
        raise click.UsageError(f"{name} takes {wanted}, got {len(args)} argument(s)")
    extra = sorted(_flag(k) for k, v in options.items()
                   if v is not None and k not in q.options)
    if extra:
        raise click.UsageError(f"{name} does not take {', '.join(extra)}")


@click.command("query", cls=_QueryCommand)
@click.argument("name", metavar="NAME")
@click.argument("args", nargs=-1, metavar="ARGS...")
@data_option
@cache_option
@as_of_option
@format_option("table", "json", "csv")
def query_command(name: str, args: tuple[str, ...], data_dir: Path | None, as_of: str | None,
          fmt: str, **options: Any) -> None:
    """Ask a named question (see 'orggraph questions'), e.g. span-of-control POST.

    The options each question takes are listed by 'orggraph questions'.
    """
    from ..queries import query

    _check_question(name, args, options)
    result = query(_graph(data_dir, as_of, lazy=True), name, args, **options)
    rows = fmt == "csv" and isinstance(result, dict) and "posts" in result
    emit(result["posts"] if rows else result, fmt)


@click.command("questions")
@format_option("table", "json")
def questions_command(fmt: str) -> None:
    """List the named questions with their arguments and options."""
    from ..queries import questions

    rows = questions()
    for row in rows:
        row["options"] = " ".join(_flag(o) for o in row["options"].split())
    emit(rows, fmt)
