"""The plot in docs/BENCHMARKS.md: throughput and latency against concurrency."""

from __future__ import annotations

from typing import Any


def plot_sweep(rows: list[dict[str, Any]], path: str) -> None:
    """Two panels: requests per second, and p50/p99 latency, for /healthz and intake."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    levels = [row["connections"] for row in rows]
    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name, label, colour in (("healthz", "GET /healthz", "tab:gray"),
                                ("intake", "POST /api/v1/comments", "tab:blue")):
        left.plot(levels, [row[f"{name}_rps"] for row in rows], "o-", color=colour, label=label)
        right.plot(levels, [row[f"{name}_p50_ms"] for row in rows], "o-", color=colour,
                   label=f"{label} p50")
        right.plot(levels, [row[f"{name}_p99_ms"] for row in rows], "o--", color=colour,
                   alpha=0.6, label=f"{label} p99")
    for axis in (left, right):
        axis.set_xscale("log", base=2)
        axis.set_xticks(levels, [str(level) for level in levels])
        axis.set_xlabel("concurrent connections (wrk)")
        axis.grid(alpha=0.3)
    left.set_ylabel("requests per second")
    left.set_title("Throughput (2 gunicorn workers x 4 threads)")
    right.set_ylabel("latency (ms)")
    right.set_yscale("log")
    right.set_title("Latency")
    left.legend()
    right.legend(fontsize=8)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
