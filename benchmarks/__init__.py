"""Benchmarks: each prints measured ratios against its floor, side by side in one run."""
