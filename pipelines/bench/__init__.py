"""Benchmarks: `wenming bench NAME` runs main(argv) of pipelines/bench/NAME.py."""
