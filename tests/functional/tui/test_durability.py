"""Two processes studying with one store, and a studying process killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from repo_paths import REPO

from quizgen.study import Store

DECK = "id: geo\ntitle: Geography\ncards:\n" + "".join(
    f"  - id: c{i}\n    type: basic\n    front: Question {i}?\n    back: Answer {i}\n" for i in range(60)
)

STUDENT = textwrap.dedent(
    """
    import sys, time
    from datetime import datetime, timedelta, timezone
    from pathlib import Path
    from quizgen.deckio.loader import load_deck
    from quizgen.study import SchedulerSettings, Session, Store

    store_path, deck_path, go, name, limit, peers = sys.argv[1:]
    deck = load_deck(deck_path)
    settings = SchedulerSettings(fuzz=False, new_per_day=1000)
    clock = [datetime(2024, 5, 1, 12, tzinfo=timezone.utc)]
    while not Path(go).exists():
        time.sleep(0.002)
    done = 0
    with Store.open(store_path) as store:
        # Start answering only when every peer has opened the store too.
        Path(go).with_name(f"ready-{name}").touch()
        while len(list(Path(go).parent.glob("ready-*"))) < int(peers):
            time.sleep(0.002)
        while done < int(limit):
            session = Session.open(store, [deck], settings=settings, now=lambda: clock[0])
            while done < int(limit) and (item := session.next()) is not None:
                session.answer(item, 1 + done % 4, given=f"{name}-{done}")
                print(f"{name}-{done}", flush=True)
                time.sleep(0.001)  # a learner is slower still; this lets the peers' answers interleave
                done += 1
                clock[0] += timedelta(minutes=3)
            clock[0] += timedelta(days=20)
    """
)


def student(tmp_path: Path, name: str, limit: int, peers: int = 1) -> subprocess.Popen[str]:
    script = tmp_path / "student.py"
    script.write_text(STUDENT)
    deck = tmp_path / "geo.yaml"
    deck.write_text(DECK)
    args = [str(tmp_path / "progress.sqlite3"), str(deck), str(tmp_path / "go"), name, str(limit), str(peers)]
    return subprocess.Popen(
        [sys.executable, str(script), *args], cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def given_answers(path: Path) -> list[str]:
    with Store.open(path) as store:
        rows = store.connection.execute("SELECT given FROM reviews ORDER BY id").fetchall()
        assert store.connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return [given for (given,) in rows]


def test_two_processes_studying_one_store_lose_nothing(tmp_path: Path) -> None:
    limit = 150
    students = [student(tmp_path, name, limit, peers=2) for name in ("ann", "bob")]
    (tmp_path / "go").touch()  # both open the new store and answer at the same moment
    outputs = [s.communicate(timeout=180) for s in students]
    for proc, (out, err) in zip(students, outputs, strict=True):
        assert proc.returncode == 0, err
        assert err == "" and "locked" not in err
        assert len(out.split()) == limit
    expected = {f"{name}-{n}" for name in ("ann", "bob") for n in range(limit)}
    recorded = given_answers(tmp_path / "progress.sqlite3")
    assert len(recorded) == 2 * limit and set(recorded) == expected
    # The two really overlapped: their answers interleave in the log.
    owners = [given.split("-")[0] for given in recorded]
    switches = sum(1 for a, b in zip(owners, owners[1:], strict=False) if a != b)
    assert switches > 1


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_loses_no_committed_answer(tmp_path: Path) -> None:
    proc = student(tmp_path, "kim", 100_000)
    (tmp_path / "go").touch()
    assert proc.stdout is not None
    committed = []
    while len(committed) < 40:
        line = proc.stdout.readline()
        assert line, proc.stderr.read() if proc.stderr else "student stopped"
        committed.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    recorded = given_answers(tmp_path / "progress.sqlite3")
    assert recorded[: len(committed)] == committed  # every answer reported as done is there, in order
    with sqlite3.connect(tmp_path / "progress.sqlite3") as conn:
        (answered,) = conn.execute("SELECT COUNT(*) FROM items WHERE state IS NOT NULL").fetchone()
    assert answered >= 1
