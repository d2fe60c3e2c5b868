"""Two study apps and `quizgen stats`, in separate processes, on one store at once: nothing is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

from faults_support import REPO, basic_deck, quizgen

from quizgen.study import Store

ANSWERS = 25
"""Answers each app gives."""

STUDENT = textwrap.dedent(
    """
    import asyncio, sys
    from datetime import datetime, timezone
    from pathlib import Path

    from tui.app import StudyApp

    store, deck, go, count = sys.argv[1:]
    NOW = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)


    async def main() -> None:
        app = StudyApp([deck], store_path=store, clock=lambda: NOW, new_per_day=1000)
        async with app.run_test(size=(80, 24), notifications=True) as pilot:
            await pilot.pause()
            Path(go).with_name(f"ready-{Path(sys.argv[0]).stem}-{id(app)}").touch()
            while not Path(go).exists():
                await asyncio.sleep(0.005)
            for _ in range(int(count)):
                shown = app.screen.item.card.uid
                await pilot.press("enter", "3")
                await pilot.pause()
                for notice in app._notifications:
                    print("NOTICE", notice.message.replace("\\n", " "), flush=True)
                    return
                print(shown, flush=True)
            await pilot.press("q")
            await pilot.pause()


    asyncio.run(main())
    """
)


def start_student(tmp_path: Path, deck: Path, store: Path) -> subprocess.Popen[str]:
    script = tmp_path / "student.py"
    script.write_text(STUDENT)
    env = {**os.environ, "TZ": "UTC", "QUIZGEN_CACHE": str(tmp_path / "cache")}
    return subprocess.Popen(
        [sys.executable, str(script), str(store), str(deck), str(tmp_path / "go"), str(ANSWERS)],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_study_apps_and_stats_on_one_store_lose_nothing(tmp_path: Path) -> None:
    deck = basic_deck(tmp_path / "deck.yaml", 200)
    store = tmp_path / "progress.sqlite3"
    Store.open(store).close()  # `quizgen stats` reads an existing store only
    students = [start_student(tmp_path, deck, store) for _ in range(2)]
    deadline = time.monotonic() + 120
    while len(list(tmp_path.glob("ready-*"))) < 2:  # both apps have opened the store and synced the deck
        assert all(s.poll() is None for s in students), [s.communicate() for s in students]
        assert time.monotonic() < deadline
        time.sleep(0.02)
    (tmp_path / "go").touch()
    reviews_seen = []
    while any(s.poll() is None for s in students) or len(reviews_seen) < 3:
        result = quizgen("stats", "--store", str(store), "--json")
        assert result.returncode == 0 and result.stderr == "", result.stderr
        reviews_seen.append(json.loads(result.stdout)["reviews"])
    answered: Counter[str] = Counter()
    for student in students:
        out, err = student.communicate(timeout=60)
        assert student.returncode == 0 and "locked" not in err and "Traceback" not in err, err
        lines = out.split()
        assert "NOTICE" not in out and len(lines) == ANSWERS, out
        answered.update(lines)
    assert reviews_seen == sorted(reviews_seen)  # each run saw every answer the one before it saw
    assert any(0 < seen < 2 * ANSWERS for seen in reviews_seen)  # and some ran while the apps studied
    with Store.open(store) as opened:
        conn = opened.connection
        recorded = Counter(
            uid for (uid,) in conn.execute("SELECT i.card_uid FROM reviews r JOIN items i ON i.id = r.item_id")
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        (learning,) = conn.execute("SELECT COUNT(*) FROM items WHERE state IS NOT NULL").fetchone()
    assert recorded == answered and sum(recorded.values()) == 2 * ANSWERS
    assert learning == len(answered)  # every card either app answered has its schedule
    final = json.loads(quizgen("stats", "--store", str(store), "--json").stdout)
    assert final["reviews"] == 2 * ANSWERS and final["cards_studied"] == len(answered)
