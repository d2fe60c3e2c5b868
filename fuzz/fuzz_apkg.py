"""Fuzz `targets.apkg_input` (see there for what the bytes mean).

Run: .venv/bin/python fuzz/fuzz_apkg.py fuzz/corpus/apkg -timeout=10 -rss_limit_mb=2048 -max_total_time=600
"""

import sys

import atheris

with atheris.instrument_imports():
    import targets

if __name__ == "__main__":
    atheris.Setup(sys.argv, targets.apkg_input)
    atheris.Fuzz()
