"""`quizgen export quiz|gift|markdown`: worksheets, Moodle GIFT and study sheets."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from quizgen.cli.reviewed import add_flag, only_reviewed
from quizgen.errors import QuizgenError
from quizgen.visible import visible


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(formats: Any) -> None:
    """Add the quiz, gift and markdown export formats."""
    p = formats.add_parser(
        "quiz",
        help="a printable worksheet with an answer key (HTML, and PDF)",
        description="Write a printable worksheet of the decks' cards: a name and date line, numbered "
        "questions, and an answer key on a new page, or with --key in a file of its own so that the "
        "questions print without it. --shuffle --seed S makes reproducible versions.",
    )
    p.add_argument("decks", nargs="+", metavar="DECK", help="deck files")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the HTML file to write")
    p.add_argument(
        "--key", metavar="FILE", help="write the answer key to this HTML file, and only the questions to -o FILE"
    )
    p.add_argument("--pdf", metavar="FILE", help="also print the worksheet to this PDF file")
    p.add_argument("--key-pdf", metavar="FILE", help="also print the answer key (--key) to this PDF file")
    p.add_argument(
        "--pdf-engine",
        choices=["auto", "weasyprint", "chromium"],
        default="auto",
        help="the PDF engine (default: WeasyPrint when installed, else Chromium)",
    )
    p.add_argument("--count", type=_positive, metavar="N", help="pick N cards with a balance of card types")
    p.add_argument("--shuffle", action="store_true", help="shuffle the questions and the choices")
    p.add_argument(
        "--seed", type=int, metavar="S", help="the shuffle's seed: a reproducible version (implies --shuffle)"
    )
    p.add_argument("--title", metavar="T", help="the worksheet's title (default: the deck titles)")
    p.add_argument("--hint-length", action="store_true", help="show one slot per letter in cloze blanks")
    p.add_argument("--force", action="store_true", help="replace the HTML and PDF files if they exist")
    add_flag(p)
    p.set_defaults(run=run_quiz)

    p = formats.add_parser(
        "gift",
        help="Moodle GIFT questions, one category per deck",
        description="Write the decks' cards as Moodle GIFT questions (Question bank > Import > GIFT), "
        "one $CATEGORY per deck and the card ids as question titles.",
    )
    p.add_argument("decks", nargs="+", metavar="DECK", help="deck files")
    p.add_argument("-o", "--output", metavar="FILE", help="the .gift file to write (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    add_flag(p)
    p.set_defaults(run=run_gift)

    p = formats.add_parser(
        "markdown",
        help="a Markdown study sheet with folded answers",
        description="Write a deck as a Markdown study sheet: one section per card, the answer in a <details> block.",
    )
    p.add_argument("deck", metavar="DECK", help="the deck file")
    p.add_argument("-o", "--output", metavar="FILE", help="the .md file to write (default: standard output)")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    add_flag(p)
    p.set_defaults(run=run_markdown)


def run_quiz(args: argparse.Namespace) -> int:
    import random

    from quizgen.deckio.media import load_with_media
    from quizgen.errors import UsageError
    from quizgen.exchange.media_links import MediaLinks
    from quizgen.exchange.quiz import build_quiz
    from quizgen.exchange.worksheet import render_key, render_worksheet

    if args.key_pdf and not args.key:
        raise UsageError("--key-pdf prints the key that --key writes; give --key FILE too")
    named = [("-o", args.output), ("--key", args.key), ("--pdf", args.pdf), ("--key-pdf", args.key_pdf)]
    named = [(option, path) for option, path in named if path]
    for index, (option, path) in enumerate(named):
        for earlier, other in named[:index]:
            if _same_path(path, other):
                raise UsageError(f"{option} {path} names the same file as {earlier}; give each output its own name")
        _check_output(path, args)
    decks = only_reviewed([load_with_media(path) for path in args.decks], args.decks, args.reviewed_only)
    media = MediaLinks(zip(decks, args.decks, strict=True))
    seed = args.seed
    if seed is None and args.shuffle:
        seed = random.SystemRandom().randrange(1, 100_000)
    quiz = build_quiz(decks, count=args.count, seed=seed, title=args.title)
    _write(args.output, render_worksheet(quiz, hint_length=args.hint_length, key=not args.key, media=media))
    shown = f", version {seed} (repeat it with --seed {seed})" if seed is not None else ""
    what = "questions" if args.key else "questions and an answer key"
    print(visible(f"wrote {args.output}: {len(quiz.questions)} {what}{shown}", line=True))
    if args.key:
        _write(args.key, render_key(quiz, media))
        print(visible(f"wrote {args.key}: the answer key", line=True))
    for html, pdf in ((args.output, args.pdf), (args.key, args.key_pdf)):
        if pdf:
            _print_pdf(html, pdf, args.pdf_engine)
    return 0


def _print_pdf(html: str, pdf: str, engine: str) -> None:
    from quizgen.exchange.pdf import write_pdf

    try:
        used = write_pdf(html, pdf, engine=engine)
    except OSError as exc:
        raise QuizgenError(f"cannot write {pdf}: {exc.strerror or exc}") from None
    print(visible(f"wrote {pdf} with {used}", line=True))


def run_gift(args: argparse.Namespace) -> int:
    from quizgen.deckio.media import load_with_media
    from quizgen.exchange.gift import to_gift
    from quizgen.exchange.media_links import MediaLinks

    _check_output(args.output, args)
    decks = only_reviewed([load_with_media(path) for path in args.decks], args.decks, args.reviewed_only)
    gift = to_gift(decks, MediaLinks(zip(decks, args.decks, strict=True), args.output))
    questions = gift.count("\n::")
    _emit(args.output, gift, f"{sum(len(d.cards) for d in decks)} cards as {questions} GIFT questions")
    return 0


def run_markdown(args: argparse.Namespace) -> int:
    from quizgen.deckio.media import load_with_media
    from quizgen.exchange.markdown import to_markdown
    from quizgen.exchange.media_links import MediaLinks

    _check_output(args.output, args)
    deck = only_reviewed([load_with_media(args.deck)], [args.deck], args.reviewed_only)[0]
    _emit(
        args.output,
        to_markdown(deck, MediaLinks([(deck, args.deck)], args.output)),
        f"{len(deck.cards)} cards as Markdown",
    )
    return 0


def _check_output(path: str | None, args: argparse.Namespace) -> None:
    """Refuse, before any work, an output that exists (without --force), is an input deck, or is not a file."""
    from quizgen.atomic import check_output

    if path is None or path == "-":
        return
    inputs = args.decks if hasattr(args, "decks") else [args.deck]
    check_output(path, force=args.force, inputs=inputs)


def _same_path(one: str, other: str) -> bool:
    return os.path.abspath(one) == os.path.abspath(other) or (
        os.path.exists(one) and os.path.exists(other) and os.path.samefile(one, other)
    )


def _emit(path: str | None, text: str, what: str) -> None:
    if path is None or path == "-":
        # On a terminal the text is shown, so control characters in it are shown as escapes.
        sys.stdout.write(visible(text) if sys.stdout.isatty() else text)
        return
    _write(path, text)
    print(visible(f"wrote {path}: {what}", line=True), file=sys.stderr)


def _write(path: str, text: str) -> None:
    from quizgen.atomic import write_atomic

    try:
        write_atomic(path, text)
    except OSError as exc:
        raise QuizgenError(f"cannot write {path}: {exc.strerror or exc}") from None
