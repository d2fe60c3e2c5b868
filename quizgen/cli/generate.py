"""The generate command: articles in, decks out."""

from __future__ import annotations

import argparse
import sys
import threading
from pathlib import Path
from typing import Any

from quizgen.visible import visible

SCHEMA_FROM_DECKS = "../schema/deck.schema.json"
BAR_DELAY = 1.0
"""Seconds one article may take before the progress bar shows (with several, it shows at once)."""


def register(subparsers: Any) -> None:
    """Add the generate command."""
    p = subparsers.add_parser(
        "generate",
        help="turn articles (text, Markdown, web pages, PDFs, web addresses) into decks of questions",
        description="Read articles and write a deck of cards for each: cloze, choice, true/false, typed and "
        "basic cards about every fact the article states. An article is a UTF-8 text or Markdown file, a saved "
        "web page (its main text is extracted), a PDF with a text layer, an http(s) address, or - for standard "
        "input. Offline (but for web addresses) and deterministic.",
    )
    p.add_argument(
        "articles",
        nargs="+",
        metavar="ARTICLE",
        help="article files (.txt, .md, .html, .pdf), http:// or https:// addresses, or - for standard input",
    )
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="DECK.yaml", help="the deck file to write (one article)")
    where.add_argument("--out-dir", metavar="DIR", help="write one deck per article into DIR")
    p.add_argument(
        "--title",
        metavar="TEXT",
        help="the deck's title (default: the page's title, the headline, the first line, then the file name)",
    )
    p.add_argument("--max-cards", type=int, metavar="N", help="keep at most N cards (default: scales with length)")
    p.add_argument(
        "--types",
        metavar="TYPES",
        help="comma-separated card types to make (default: cloze,choice,truefalse,typed,basic)",
    )
    p.add_argument(
        "--timeout", type=float, metavar="SECONDS", help="how long fetching a web address may take (default: 30)"
    )
    p.add_argument("--explain", action="store_true", help="print what each sentence gave, or why it gave nothing")
    p.add_argument(
        "--explain-sentence",
        type=int,
        metavar="N",
        help="print every stage's output for sentence N (as --explain counts): mentions, edits, claims, facts, "
        "candidates and the gates that dropped them",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file that is not a deck quizgen generated (a generated deck is always regenerated)",
    )
    p.set_defaults(run=run_generate)


def run_generate(args: argparse.Namespace) -> int:
    from quizgen.errors import UsageError
    from quizgen.model.card_types import CARD_TYPES

    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    if args.max_cards is not None and args.max_cards < 1:
        raise UsageError(f"--max-cards must be at least 1, not {args.max_cards}")
    unknown = [t for t in types or [] if t not in CARD_TYPES]
    if unknown:
        raise UsageError(f"--types: unknown card type '{unknown[0]}'; choose among {', '.join(CARD_TYPES)}")
    if args.explain_sentence is not None and args.explain_sentence < 1:
        raise UsageError(f"--explain-sentence counts from 1, not {args.explain_sentence}")
    if args.timeout is not None and not args.timeout > 0:
        raise UsageError(f"--timeout must be a number of seconds above 0, not {args.timeout:g}")
    if len(args.articles) > 1 and not args.out_dir:
        raise UsageError("several articles need --out-dir DIR (one deck each)")
    if len(args.articles) > 1 and args.title is not None:
        raise UsageError("--title names one deck; give one article, or leave --title out")
    if args.articles.count("-") > 1:
        raise UsageError("standard input (-) can be read once; give - at most once")
    if args.out_dir:  # the decks of article files are refused, when they are, before any is written
        for where in args.articles:
            if _inputs(where):
                _previous(_inputs(where), Path(args.out_dir) / f"{Path(where).stem}.yaml", args.force)
    bar = Bar(len(args.articles), 0.0 if len(args.articles) > 1 else BAR_DELAY)
    try:
        for where in args.articles:
            bar.say(f"{_short(where)}: reading")
            _one(where, args, types, bar)
            bar.advance()
    finally:
        bar.close()
    return 0


def _one(where: str, args: argparse.Namespace, types: list[str] | None, bar: Bar) -> None:
    """Read one article, and write its deck where the arguments say."""
    from quizgen.deckio.dump import dumps_deck_data, save_deck_data
    from quizgen.errors import GenerateError
    from quizgen.generate import explain, generate_deck, read_source

    output = Path(args.output) if args.output else None
    if output is not None and output.is_dir():
        raise GenerateError(f"{output}: is a folder; give -o a deck file name, or use --out-dir")
    inputs = _inputs(where)
    earlier = _previous(inputs, output, args.force)  # a refusal comes before the article is read or fetched
    article = read_source(
        where, title=args.title, timeout=args.timeout, progress=lambda doing: bar.say(f"{_short(where)}: {doing}")
    )
    target = Path(args.out_dir) / f"{_file_name(where, article)}.yaml" if args.out_dir else output
    if target is not None and target.is_dir():
        raise GenerateError(f"{target}: is a folder; give -o a deck file name, or use --out-dir")
    bar.say(f"{_short(where)}: generating cards")
    if target is not output:
        earlier = _previous(inputs, target, args.force)
    generated = generate_deck(article, max_cards=args.max_cards, types=types, previous=earlier)
    if args.explain:
        for line in explain(generated.article, generated):
            print(visible(line, line=True), file=sys.stderr if target is None else sys.stdout)
    if args.explain_sentence is not None:
        from quizgen.generate.stages import stage_lines

        for line in stage_lines(generated, args.explain_sentence):
            print(visible(line, line=True), file=sys.stderr if target is None else sys.stdout)
    if target is None:
        sys.stdout.write(dumps_deck_data(generated.data))
        return
    copied = _figures(generated, target, args.force)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        save_deck_data(generated.data, target, schema=_schema(target))
    except OSError as exc:
        raise GenerateError(f"{target}: cannot write the deck: {exc.strerror or exc}") from None
    print(visible(f"wrote {target}: {len(generated.data['cards'])} cards", line=True), file=sys.stderr)
    if copied:
        print(visible(f"copied {copied} figure images into {target.parent / 'media'}", line=True), file=sys.stderr)


def _figures(generated: Any, target: Path, force: bool) -> int:
    """Give cards whose facts a figure's caption states its image, and copy the images beside the deck.

    Every copy is checked before any is written: an existing different file needs --force, a link is refused.
    """
    from quizgen.atomic import check_output, replacing
    from quizgen.generate.figures import attach
    from quizgen.inputs import read_regular
    from quizgen.model.media import MAX_IMAGE_BYTES

    if not generated.article.figures:
        return 0
    given = attach(generated.data["cards"], generated.article.figures)
    images = {target.parent / path: read_regular(figure.file, MAX_IMAGE_BYTES) for path, figure in given.items()}
    fresh = {}
    for where, data in images.items():
        try:
            if not where.is_symlink() and where.is_file() and where.read_bytes() == data:
                continue  # the same image, from an earlier run
        except OSError:
            pass
        check_output(where, force=force)
        fresh[where] = data
    for where, data in fresh.items():
        where.parent.mkdir(parents=True, exist_ok=True)
        with replacing(where) as tmp, open(tmp, "wb") as out:
            out.write(data)
    return len(fresh)


def _inputs(where: str) -> list[str]:
    """The files an article is read from: none for standard input or a web address."""
    return [] if where == "-" or "://" in where else [where]


def _file_name(where: str, article: Any) -> str:
    """The name of an article's deck under --out-dir: the file's stem, else the deck's id."""
    from quizgen.generate.deck import deck_id

    if where == "-" or article.source.get("url"):
        return deck_id(article.name)
    return Path(where).stem


def _previous(inputs: list[str], target: Path | None, force: bool) -> Any:
    """The deck an earlier run wrote to `target`, when it is there and valid: its unchanged facts keep their cards.

    Only a deck quizgen generated (its `source` has the article's sha256) is replaced without `force`;
    a hand-written deck, or any other file, is refused. Links, devices and FIFOs are always refused, and
    so is the article itself (`inputs`).
    """
    if target is None:
        return None
    from quizgen.atomic import OutputError, check_kind, check_output

    check_kind(target)
    if not target.exists():
        return None
    from quizgen.deckio.loader import check_file  # pydantic: only when there is a deck to read

    deck = check_file(str(target)).deck
    if deck is not None and deck.source is not None and deck.source.sha256 is not None:
        check_output(target, force=True, inputs=inputs)
        return deck
    if not force:
        raise OutputError(
            f"{target}: already exists and is not a deck quizgen generated; "
            "choose another path, or pass --force to replace it"
        )
    check_output(target, force=True, inputs=inputs)
    return None


def _schema(target: Path) -> str | None:
    """The schema modeline for decks written into a folder named decks/."""
    return SCHEMA_FROM_DECKS if target.resolve().parent.name == "decks" else None


def _short(where: str, width: int = 40) -> str:
    name = "standard input" if where == "-" else where if "://" in where else Path(where).name
    return name if len(name) <= width else name[: width - 1] + "…"


class Bar:
    """A Rich progress bar on stderr for runs that take a while: shown at once for several articles, after
    `delay` seconds for one, and never when stderr is not a terminal (Rich is not even imported then)."""

    def __init__(self, total: int, delay: float) -> None:
        self.total = total
        self.done = 0
        self.doing = ""
        self.closed = False
        self.progress: Any = None
        self.task: Any = None
        self.lock = threading.Lock()
        self.timer: threading.Timer | None = None
        if not sys.stderr.isatty():
            return
        if delay <= 0:
            self._show()
        else:
            self.timer = threading.Timer(delay, self._show)
            self.timer.daemon = True
            self.timer.start()

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        with self.lock:
            if self.closed:
                return
            self.progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=Console(stderr=True),
                transient=True,
            )
            self.task = self.progress.add_task(self.doing, total=self.total, completed=self.done)
            self.progress.start()

    def say(self, doing: str) -> None:
        """Show what is being done now."""
        with self.lock:
            self.doing = doing
            if self.progress is not None:
                self.progress.update(self.task, description=doing)

    def advance(self) -> None:
        """Count one article done."""
        with self.lock:
            self.done += 1
            if self.progress is not None:
                self.progress.update(self.task, completed=self.done)

    def close(self) -> None:
        """Take the bar away (or never show it)."""
        with self.lock:
            self.closed = True
            if self.timer is not None:
                self.timer.cancel()
            if self.progress is not None:
                self.progress.stop()
