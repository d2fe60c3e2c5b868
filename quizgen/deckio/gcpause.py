"""Pause Python's cyclic garbage collector during bulk loads.

Building hundreds of thousands of small containers triggers full collections
again and again, which makes loading a large file grow faster than linearly.
Nothing built during a load is cyclic garbage, so collection can wait.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """Run the block with the cyclic collector off, then restore its state."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
