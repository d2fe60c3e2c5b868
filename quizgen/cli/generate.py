"""The generate command: articles in, decks out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from quizgen.visible import visible

SCHEMA_FROM_DECKS = "../schema/deck.schema.json"


def register(subparsers: Any) -> None:
    """Add the generate command."""
    p = subparsers.add_parser(
        "generate",
        help="turn articles (plain text or Markdown) into decks of questions",
        description="Read UTF-8 articles and write a deck of cards for each: cloze, choice, true/false, "
        "typed and basic cards about every fact the article states. Offline and deterministic.",
    )
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="article files (.txt or .md)")
    where = p.add_mutually_exclusive_group()
    where.add_argument("-o", "--output", metavar="DECK.yaml", help="the deck file to write (one article)")
    where.add_argument("--out-dir", metavar="DIR", help="write one deck per article into DIR")
    p.add_argument("--max-cards", type=int, metavar="N", help="keep at most N cards (default: scales with length)")
    p.add_argument(
        "--types",
        metavar="TYPES",
        help="comma-separated card types to make (default: cloze,choice,truefalse,typed,basic)",
    )
    p.add_argument("--explain", action="store_true", help="print what each sentence gave, or why it gave nothing")
    p.add_argument(
        "--force",
        action="store_true",
        help="replace an existing file that is not a deck quizgen generated (a generated deck is always regenerated)",
    )
    p.set_defaults(run=run_generate)


def run_generate(args: argparse.Namespace) -> int:
    from quizgen.deckio.dump import dumps_deck, save_deck
    from quizgen.errors import GenerateError, UsageError
    from quizgen.generate import explain, generate_file
    from quizgen.model.cards import CARD_TYPES

    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    if args.max_cards is not None and args.max_cards < 1:
        raise UsageError(f"--max-cards must be at least 1, not {args.max_cards}")
    unknown = [t for t in types or [] if t not in CARD_TYPES]
    if unknown:
        raise UsageError(f"--types: unknown card type '{unknown[0]}'; choose among {', '.join(CARD_TYPES)}")
    if len(args.articles) > 1 and not args.out_dir:
        raise UsageError("several articles need --out-dir DIR (one deck each)")
    jobs = [(Path(a), _target(Path(a), args)) for a in args.articles]
    for _, target in jobs:
        if target is not None and target.is_dir():
            raise GenerateError(f"{target}: is a folder; give -o a deck file name, or use --out-dir")
    # Every target is checked before any article is read, so a refusal writes nothing.
    previous = {target: _previous(source, target, args.force) for source, target in jobs if target is not None}

    def one(source: Path, target: Path | None) -> None:
        earlier = previous.get(target) if target is not None else None
        generated = generate_file(source, max_cards=args.max_cards, types=types, previous=earlier)
        if args.explain:
            for line in explain(generated.article, generated):
                print(visible(line, line=True), file=sys.stderr if target is None else sys.stdout)
        if target is None:
            sys.stdout.write(dumps_deck(generated.deck))
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            save_deck(generated.deck, target, schema=_schema(target))
        except OSError as exc:
            raise GenerateError(f"{target}: cannot write the deck: {exc.strerror or exc}") from None
        print(visible(f"wrote {target}: {len(generated.deck.cards)} cards", line=True), file=sys.stderr)

    if len(jobs) > 1:
        from rich.progress import Progress

        with Progress(transient=True) as progress:
            task = progress.add_task("generating", total=len(jobs))
            for source, target in jobs:
                one(source, target)
                progress.advance(task)
    else:
        one(*jobs[0])
    return 0


def _previous(source: Path, target: Path, force: bool) -> Any:
    """The deck an earlier run wrote to `target`, when it is there and valid: its unchanged facts keep their cards.

    Only a deck quizgen generated (its `source` has the article's sha256) is replaced without `force`;
    a hand-written deck, or any other file, is refused. Links, devices and FIFOs are always refused.
    """
    from quizgen.atomic import OutputError, check_kind, check_output
    from quizgen.deckio.loader import check_file

    check_kind(target)
    if not target.exists():
        return None
    deck = check_file(str(target)).deck
    if deck is not None and deck.source is not None and deck.source.sha256 is not None:
        check_output(target, force=True, inputs=[source])
        return deck
    if not force:
        raise OutputError(
            f"{target}: already exists and is not a deck quizgen generated; "
            "choose another path, or pass --force to replace it"
        )
    check_output(target, force=True, inputs=[source])
    return None


def _target(source: Path, args: argparse.Namespace) -> Path | None:
    if args.out_dir:
        return Path(args.out_dir) / f"{source.stem}.yaml"
    return Path(args.output) if args.output else None


def _schema(target: Path) -> str | None:
    """The schema modeline for decks written into a folder named decks/."""
    return SCHEMA_FROM_DECKS if target.resolve().parent.name == "decks" else None
