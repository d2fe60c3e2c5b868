"""The `quizgen optimize` command: FSRS parameters fitted to your own reviews."""

from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    """Add `quizgen optimize`."""
    p = subparsers.add_parser(
        "optimize",
        help="fit the FSRS parameters to your own reviews, as Anki's Optimize does",
        description="Fit FSRS's parameters to the review log with the optimizer Anki uses, show the log loss "
        "of the parameters in use and of the fitted ones, and store them: for one deck with --deck, else for "
        "every deck without its own. quizgen study then schedules with them. Needs at least 400 reviews that "
        "each come on a later study day than the review before.",
    )
    p.add_argument(
        "--store", metavar="PATH", help="the progress database (default: $QUIZGEN_STORE or the user data dir)"
    )
    p.add_argument("--deck", metavar="ID", help="fit to this deck's reviews and store them for it (default: all decks)")
    p.set_defaults(run=run_optimize)


def run_optimize(args: argparse.Namespace) -> int:
    from quizgen.study.parameters import optimize
    from quizgen.study.settings import SchedulerSettings, utc_now
    from quizgen.study.store import Store
    from quizgen.visible import excerpt, visible

    with Store.open(args.store, create=False) as store:
        fit = optimize(store, args.deck, SchedulerSettings(), utc_now())
    where = f"deck '{excerpt(args.deck)}'" if args.deck else "all decks"
    print(f"fitted FSRS parameters for {where} on {fit.reviews} reviews")
    print(f"log loss: {fit.log_loss_before:.4f} before, {fit.log_loss_after:.4f} after (lower is better)")
    print("parameters: " + " ".join(f"{w:.4f}" for w in fit.weights))
    uses = where if args.deck else "every deck without parameters of its own"
    print(visible(f"stored in {store.path}: quizgen study schedules {uses} with them", line=True))
    return 0
