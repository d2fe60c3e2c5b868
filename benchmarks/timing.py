"""Side-by-side timing: run contenders in turns and keep each one's best time."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_times(contenders: dict[str, Callable[[], object]], rounds: int = 5) -> dict[str, float]:
    """The best wall time of each contender over `rounds`, measured in alternation."""
    best = {name: float("inf") for name in contenders}
    for _ in range(rounds):
        for name, run in contenders.items():
            start = time.perf_counter()
            run()
            best[name] = min(best[name], time.perf_counter() - start)
    return best
