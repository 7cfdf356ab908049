"""``glossary lookup TERM...``: print the English (or Dutch with ``--reverse``) of terms.

Exit 0 when every query found an entry, 1 when at least one did not (a one-line message on
stderr; suggestions still on stdout), 2 for bad input. ``-`` reads one query per line from
stdin. The JSON schema is documented in :mod:`glossary.lookup.search`.
"""

from __future__ import annotations

import argparse
import sys

from glossary.commands._common import (
    add_format,
    add_glossary,
    echo,
    err,
    out_painted,
    print_json,
    use_colour,
)

# ``typing`` for the type checker only: importing it would cost ``glossary lookup`` 2 ms.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

_BOLD, _DIM, _GREEN, _YELLOW, _RESET = "\033[1m", "\033[2m", "\033[32m", "\033[33m", "\033[0m"


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "lookup",
        help="look terms up (Dutch → English, or --reverse)",
        description="Look terms up by lemma, surface form or id (English with --reverse); "
        "suggest similar terms when there is no match. Exit 1 when a term is "
        "not found.",
    )
    parser.add_argument(
        "terms",
        nargs="*",
        metavar="TERM",
        help="terms to look up; '-' reads one term per line from stdin",
    )
    parser.add_argument(
        "--interactive",
        "-i",
        action="store_true",
        help="a prompt with history and Tab completion (:r reverses, :q quits)",
    )
    parser.add_argument(
        "--reverse", "-r", action="store_true", help="look up English and print the Dutch"
    )
    parser.add_argument(
        "--examples",
        "-e",
        type=_count,
        default=3,
        metavar="N",
        help="show up to N example sentences per entry (default: 3)",
    )
    parser.add_argument(
        "--suggestions",
        type=_count,
        default=5,
        metavar="N",
        help="show up to N suggestions when nothing matches (default: 5)",
    )
    add_format(parser, choices=("text", "json"))
    add_glossary(parser)
    parser.set_defaults(func=run)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more: {value}")
    return value


def read_queries(terms: list[str], stdin: Any = None) -> list[str]:
    """The queries from the command line, ``-`` replaced by stdin's non-blank lines."""
    from glossary.lookup.search import check_query

    queries: list[str] = []
    for position, term in enumerate(terms, start=1):
        if term != "-":
            queries.append(check_query(term, f"argument {position}"))
            continue
        stream = stdin if stdin is not None else sys.stdin.buffer
        for number, raw in enumerate(stream, start=1):
            line = _decode(raw, number)
            if line.strip():
                queries.append(check_query(line, "<stdin>", number))
    if not queries:
        from glossary.errors import InputError

        raise InputError("no terms on stdin", "<stdin>")
    return queries


def _decode(raw: bytes | str, number: int) -> str:
    if isinstance(raw, str):
        return raw
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        from glossary.errors import InputError

        raise InputError(f"not UTF-8 (byte {exc.start})", "<stdin>", number) from None


def run(args: argparse.Namespace) -> int:
    from glossary.lookup.search import Lookup, document_json
    from glossary.paths import glossary_to_read

    glossary = glossary_to_read(args.glossary)
    if args.interactive:
        with Lookup(glossary, on_build=_indexing_note(glossary)) as book:
            return interactive(book, args)
    if not args.terms:
        from glossary.errors import InputError

        raise InputError("give a TERM, '-' to read terms from stdin, or --interactive")
    queries = read_queries(args.terms)
    colour, headers = use_colour(), len(queries) > 1
    results, missing, written = [], [], False
    with Lookup(glossary, on_build=_indexing_note(glossary)) as book:
        for query in queries:
            result = book.find(query, args.reverse, args.examples, args.suggestions)
            if not result.found:
                missing.append(result.query)
            if args.format == "json":
                results.append(result)
                continue
            text = render_text([result], colour, headers)  # streamed: long batches show progress
            if text:
                out_painted("\n" + text if written else text)
                written = True
    if args.format == "json":
        print_json(document_json(glossary, results, args.reverse))
    from glossary.sanitize import one_line

    for query in missing:
        echo(f"glossary lookup: no entry for {query!r} in {one_line(glossary)}", error=True)
    return 1 if missing else 0


def _indexing_note(glossary: str) -> Any:
    """Say on a terminal why the first lookup after a change of a large glossary takes a while."""

    def note(entries: int) -> None:
        if entries >= 5000 and sys.stderr.isatty():
            from glossary.sanitize import one_line

            err(
                f"glossary lookup: indexing {one_line(glossary)} ({entries:,} entries) for "
                "fast lookups; once per change of the file\n"
            )
            sys.stderr.flush()

    return note


HELP = (
    "Type a term (Dutch; English after :r). Tab completes. Commands: :r reverse direction, "
    ":e N examples, :q quit (or Ctrl-D)."
)


def interactive(book: Any, args: argparse.Namespace) -> int:
    """A read-eval-print loop over one open glossary, with readline history and completion."""
    from glossary.errors import InputError
    from glossary.sanitize import for_terminal, one_line

    history = _start_readline(book, args)
    tty = sys.stdin.isatty()
    if tty:
        echo(f"glossary lookup: {one_line(str(book.path))} — {HELP}")
    try:
        while True:
            prompt = ("en→nl> " if args.reverse else "nl→en> ") if tty else ""
            try:
                line = input(prompt).strip()
            except EOFError:
                break
            if not line:
                continue
            if line in (":q", ":quit", ":exit"):
                break
            if line in (":r", ":reverse"):
                args.reverse = not args.reverse
                continue
            if line.startswith(":e"):
                value = line[2:].strip()
                if value.isdigit():
                    args.examples = int(value)
                else:
                    echo("usage: :e N", error=True)
                continue
            if line.startswith(":"):
                echo(HELP)
                continue
            try:
                result = book.find(line, args.reverse, args.examples, args.suggestions)
            except InputError as exc:
                echo(f"error: {exc}", error=True)
                continue
            out_painted(
                render_text([result], use_colour(), False)
                or f"no entry for {for_terminal(repr(result.query))}\n"
            )
    finally:
        if history:
            import contextlib
            import readline

            with contextlib.suppress(OSError):
                readline.write_history_file(history)
    return 0


def _start_readline(book: Any, args: argparse.Namespace) -> str | None:
    """History in the cache dir and Tab completion from the index; None without a terminal."""
    if not sys.stdin.isatty():
        return None
    try:
        import readline
    except ImportError:
        return None
    import contextlib

    from glossary.paths import cache_dir

    matches: list[str] = []

    def complete(text: str, state: int) -> str | None:
        if state == 0:
            matches[:] = book.complete(readline.get_line_buffer(), args.reverse)
        return matches[state] if state < len(matches) else None

    readline.set_completer_delims("")
    readline.set_completer(complete)
    readline.parse_and_bind("tab: complete")
    readline.set_history_length(1000)
    try:
        history = str(cache_dir() / "lookup-history")
    except OSError:
        return None
    with contextlib.suppress(OSError):
        readline.read_history_file(history)
    return history


def render_text(results: list[Any], colour: bool, headers: bool) -> str:
    """Plain-text answer for people; ANSI colour only when ``colour``. What the glossary holds
    is escaped for the terminal before any colour is added."""
    paint = _painter(colour)
    blocks: list[str] = []
    for result in (_escaped(r) for r in results):
        lines = [paint(_BOLD, f"» {result.query}")] if headers else []
        for match in result.matches:
            lines += _entry_lines(match, result.direction, paint)
        if not result.found and result.suggestions:
            lines.append(f"no entry for {result.query!r}; did you mean:")
            for s in result.suggestions:
                english = s.english or "(no English yet)"
                shown = f"{s.lemma} → {english}"
                if s.text != s.english and _differs(s.text, s.lemma):
                    shown += f"  [{s.field}: {s.text}]"
                lines.append(f"  {shown}  " + paint(_DIM, f"({s.how} {s.score:.2f})"))
        blocks.append("\n".join(lines))
    text = "\n\n".join(b for b in blocks if b)
    return text + "\n" if text else ""


def _entry_lines(match: Any, direction: str, paint: Any) -> list[str]:
    e = match.entry
    translation = e.get("translation") or {}
    english = translation.get("text")
    head = (
        paint(_BOLD, e["lemma"])
        + " → "
        + (paint(_GREEN, english) if english else paint(_YELLOW, "(no English yet)"))
    )
    if match.field not in ("lemma", "english") and _differs(match.text, e["lemma"]):
        head += paint(_DIM, f"  [{match.field}: {match.text}]")
    lines = [head]
    full = e.get("english_expansion") or {}
    shown = {english, full.get("text")}
    alternatives = [a["text"] for a in e.get("alternatives", []) if a["text"] not in shown]
    if alternatives:
        lines.append("  also: " + "; ".join(alternatives))
    if e.get("expansion") and e["expansion"] != full.get("text"):
        lines.append(f"  expansion: {e['expansion']}")
    if full and full["text"] != english:
        origin = (
            f" (source {full['source']})" if full["source"] != translation.get("source") else ""
        )
        lines.append(f"  English expansion: {full['text']}{origin}")
    meta = [e.get("kind", "term"), e.get("status", "missing")]
    if translation.get("source"):
        meta.append(f"source {translation['source']}")
    if e.get("count"):
        letters = len(e.get("letters", []))
        meta.append(
            f"{e['count']}× in {letters} letter{'s' if letters != 1 else ''}"
            if letters
            else f"{e['count']}×"
        )
    if e.get("stale"):
        meta.append("stale")
    lines.append("  " + paint(_DIM, " · ".join(meta) + f" · id {e['id']}"))
    forms = [f for f in e.get("forms", []) if f != e["lemma"]]
    if forms:
        lines.append("  forms: " + ", ".join(forms))
    for note in ("definition", "note"):
        if e.get(note):
            lines.append(f"  {note}: {e[note]}")
    names = sorted({e["lemma"], *e.get("forms", [])}, key=len, reverse=True)
    for ex in match.examples:
        lines.append(f"  “{_highlight(ex.sentence, names, paint)}”")
        lines.append("    " + paint(_DIM, f"— {ex.reference}"))
    return lines


def _escaped(value: Any) -> Any:
    """``value`` (a result, its named tuples, dicts and lists) with every string escaped for
    the terminal (:func:`glossary.sanitize.for_terminal`)."""
    from glossary.sanitize import for_terminal

    if isinstance(value, str):
        return for_terminal(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)._make(_escaped(v) for v in value)  # type: ignore[attr-defined]
    if isinstance(value, dict):
        return {k: _escaped(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_escaped(v) for v in value]
    return value


def _differs(text: str, lemma: str) -> bool:
    """Worth showing which name matched: it is more than the lemma in other capitals."""
    from glossary.lookup.index import loose_key

    return loose_key(text) != loose_key(lemma)


def _highlight(sentence: str, names: list[str], paint: Any) -> str:
    """Bold the first occurrence of the term in its example sentence (colour only)."""
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        return sentence
    for name in names:
        at = lowered.find(name.lower())
        if at >= 0 and len(name.lower()) == len(name):
            end = at + len(name)
            return sentence[:at] + paint(_BOLD, sentence[at:end]) + sentence[end:]
    return sentence


def _painter(colour: bool) -> Any:
    if not colour:
        return lambda _code, text: text
    return lambda code, text: f"{code}{text}{_RESET}"
