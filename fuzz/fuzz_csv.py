"""Fuzz `targets.csv_input` (see there for what the bytes mean).

Run: .venv/bin/python fuzz/fuzz_csv.py fuzz/corpus/csv -timeout=10 -rss_limit_mb=2048 -max_total_time=600
"""

import sys

import atheris

with atheris.instrument_imports():
    import targets

if __name__ == "__main__":
    atheris.Setup(sys.argv, targets.csv_input)
    atheris.Fuzz()
