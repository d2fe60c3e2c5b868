"""Output files of the import and export commands: none is overwritten without --force.

The check itself is `quizgen.atomic.check_output`, the one every command uses; this is its form
for a list of paths, kept for commands that name several outputs at once.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizgen.atomic import check_output


def refuse_overwrite(paths: Iterable[str | None], force: bool, inputs: Iterable[str] = ()) -> None:
    """`check_output` for each of `paths` before any is written; None and "-" (standard output) are skipped."""
    sources = list(inputs)
    for path in paths:
        if path and path != "-":
            check_output(path, force=force, inputs=sources)
