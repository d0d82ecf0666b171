"""Benchmarks of modsvc: ``python -m bench all [--quick] [--json]``.

Each benchmark starts the real stack itself (Redis, gunicorn through the configuration that
``modsvc serve`` uses, real scoring workers) on free loopback ports with a temporary data
directory, measures, and stops everything. Figures are ratios against a baseline measured in
the same run wherever one exists, since the machines are shared and noisy; see
docs/BENCHMARKS.md for how to read them.
"""
