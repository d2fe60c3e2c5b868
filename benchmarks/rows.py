"""Benchmark results as rows, their growth with size, and the one printed table."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

SUPERLINEAR = 1.2
"""A growth exponent above this between two scale points is flagged as worse than linear."""
FULL_SCALES = (1_000, 10_000, 100_000)
QUICK_SCALES = (500, 2_000)


@dataclass
class Row:
    """One measurement: a step's time next to its floor's, at one input size."""

    bench: str
    """What is measured against what, e.g. "validate vs libyaml parse"."""
    size: int
    unit: str
    """What `size` counts: cards, items or words."""
    seconds: float | None = None
    floor: float | None = None
    target: float | None = None
    """The ratio to stay at or under; None for rows shown for information."""
    note: str = ""
    skipped: str = ""
    """Why the row was not measured; empty when it was."""

    @property
    def ratio(self) -> float | None:
        """The measured time over the floor's time."""
        if self.seconds is None or not self.floor:
            return None
        return self.seconds / self.floor

    @property
    def scale(self) -> str:
        """The size for people: 1k cards, 100k items."""
        amount = f"{self.size / 1000:g}k" if self.size >= 1000 else str(self.size)
        return f"{amount} {self.unit}"

    def to_dict(self) -> dict[str, Any]:
        """The row as JSON-ready data, with its ratio."""
        return {**asdict(self), "ratio": self.ratio}


def skipped(bench: str, size: int, unit: str, reason: str, target: float | None = None) -> Row:
    """A row that could not be measured, and why."""
    return Row(bench, size, unit, target=target, skipped=reason)


def exponent(small: float, large: float, small_size: int, large_size: int) -> float:
    """How a cost grows between two sizes: 1 is linear, 2 quadratic."""
    return math.log(large / small) / math.log(large_size / small_size)


def growth(rows: list[Row]) -> dict[int, tuple[float, float]]:
    """For each measured row (by index), its time's and its floor's growth since the previous size."""
    result: dict[int, tuple[float, float]] = {}
    last: dict[str, Row] = {}
    for index, row in enumerate(rows):
        if row.seconds is None or row.floor is None:
            continue
        before = last.get(row.bench)
        if before is not None and before.size < row.size and before.seconds and before.floor:
            result[index] = (
                exponent(before.seconds, row.seconds, before.size, row.size),
                exponent(before.floor, row.floor, before.size, row.size),
            )
        last[row.bench] = row
    return result


def flagged(rows: list[Row]) -> list[str]:
    """The rows whose time grows clearly faster than linearly (and faster than their floor's)."""
    found = []
    for index, (own, floor) in growth(rows).items():
        if own > SUPERLINEAR and own > floor + 0.1:
            row = rows[index]
            found.append(f"{row.bench} at {row.scale}: grows as size^{own:.2f}")
    return found


def _ms(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    return f"{seconds:.2f} s" if seconds >= 10 else f"{seconds * 1000:.1f} ms"


def table(rows: list[Row]) -> str:
    """The report: one line per row, a note line where there is one, then any growth flags."""
    grown = growth(rows)
    width = max([len(row.bench) for row in rows] + [9])
    head = f"{'benchmark':<{width}}  {'scale':>12}  {'measured':>10}  {'floor':>10}  {'ratio':>7}  {'target':>7}"
    lines = [head + f"  {'growth':>6}  {'floor growth':>12}  verdict", "-" * (len(head) + 32)]
    for index, row in enumerate(rows):
        target = "-" if row.target is None else f"{row.target:g}x"
        if row.skipped:
            lines.append(f"{row.bench:<{width}}  {row.scale:>12}  skipped: {row.skipped}")
            continue
        ratio = row.ratio
        own, floor = grown.get(index, (None, None))
        verdict = "info" if row.target is None else ("ok" if ratio is not None and ratio <= row.target else "OVER")
        if own is not None and floor is not None and own > SUPERLINEAR and own > floor + 0.1:
            verdict += " SUPERLINEAR"
        lines.append(
            f"{row.bench:<{width}}  {row.scale:>12}  {_ms(row.seconds):>10}  {_ms(row.floor):>10}"
            f"  {'-' if ratio is None else f'{ratio:.2f}x':>7}  {target:>7}"
            f"  {'-' if own is None else f'{own:.2f}':>6}  {'-' if floor is None else f'{floor:.2f}':>12}  {verdict}"
        )
        if row.note:
            lines.append(f"{'':<{width}}    {row.note}")
    flags = flagged(rows)
    lines.append("")
    lines.append("worse than linear: " + ("; ".join(flags) if flags else "nothing"))
    return "\n".join(lines)
