"""`quizgen optimize`: FSRS parameters fitted to the store's reviews with Anki's optimizer, the log loss before and
after, a refusal when there are too few reviews, and parameters per deck or for all decks that study then uses."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fsrs import Rating, Scheduler
from progress_support import NO_FUZZ, days_ago, many_cards_deck, store_with_history

from quizgen.cli import main
from quizgen.study import parameters
from quizgen.study.fsrs_items import DEFAULT_PARAMETERS
from quizgen.study.scheduler import ItemState, review
from quizgen.study.session import Session
from quizgen.study.store import Store

DECK = many_cards_deck("words", 150)
OTHER = many_cards_deck("other", 3)


@pytest.fixture(scope="module")
def studied(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with about 2,000 reviews of a forgetful learner over 200 days, and a small second deck."""
    path = store_with_history(tmp_path_factory.mktemp("opt") / "progress.sqlite3", DECK, 200, forgetful=2.5)
    return store_with_history(path, OTHER, 10)


def test_optimize_fits_shows_the_log_loss_and_stores_per_deck(
    studied: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "copy.sqlite3"
    store.write_bytes(studied.read_bytes())
    assert main(["optimize", "--store", str(store), "--deck", "words"]) == 0
    out = capsys.readouterr().out
    loss = re.search(r"log loss: (\d\.\d{4}) before, (\d\.\d{4}) after", out)
    assert loss, out
    assert float(loss[2]) < float(loss[1])  # a forgetful learner is predicted better by their own parameters
    with Store.open(store) as opened, opened.read() as conn:
        own = parameters.for_deck(conn, "words")
        assert own is not None and own != DEFAULT_PARAMETERS and len(own) == 21
        assert parameters.for_deck(conn, "other") is None  # fitted for one deck only
        row = conn.execute("SELECT reviews, log_loss_before, log_loss_after FROM parameters").fetchone()
    assert f"on {row[0]} reviews" in out and f"{row[1]:.4f}" == loss[1] and f"{row[2]:.4f}" == loss[2]
    assert " ".join(f"{w:.4f}" for w in own) in out


def test_study_schedules_with_the_deck_parameters_then_the_global_ones(studied: Path, tmp_path: Path) -> None:
    store = tmp_path / "copy.sqlite3"
    store.write_bytes(studied.read_bytes())
    assert main(["optimize", "--store", str(store)]) == 0
    with Store.open(store) as opened:
        with opened.read() as conn:
            fitted = parameters.for_deck(conn, "other")
        assert fitted is not None and parameters.ALL_DECKS == ""
        session = Session.open(opened, [OTHER], settings=NO_FUZZ, now=days_ago(-400))
        item = session.next()
        assert item is not None
        with opened.read() as conn:
            row = conn.execute(
                "SELECT state, step, stability, difficulty, due, last_review FROM items WHERE id = ?", (item.item_id,)
            ).fetchone()
        shown = session.preview(item)
    at = days_ago(-400)
    own = Scheduler(parameters=fitted, enable_fuzzing=False)
    default = Scheduler(enable_fuzzing=False)
    state = ItemState.from_row(row)
    expected = {rating: review(own, state, rating, at).due - at for rating in Rating}  # type: ignore[operator]
    assert shown == expected
    assert shown != {rating: review(default, state, rating, at).due - at for rating in Rating}  # type: ignore[operator]


def test_too_few_reviews_is_refused_and_nothing_is_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = store_with_history(tmp_path / "small.sqlite3", many_cards_deck("small", 5), 30)
    assert main(["optimize", "--store", str(store)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"all decks: \d+ reviews count towards fitting .* at least 400", err), err
    assert "Traceback" not in err
    with Store.open(store) as opened, opened.read() as conn:
        assert conn.execute("SELECT count(*) FROM parameters").fetchone()[0] == 0


def test_unknown_deck_and_missing_store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = store_with_history(tmp_path / "small.sqlite3", many_cards_deck("small", 5), 30)
    assert main(["optimize", "--store", str(store), "--deck", "nope"]) == 1
    assert "no deck 'nope'" in capsys.readouterr().err
    assert main(["optimize", "--store", str(tmp_path / "none.sqlite3")]) == 1
    assert "no progress store here yet" in capsys.readouterr().err
