"""``python -m bench.report DETAIL.json``: the figures of a run as a Markdown table."""

from __future__ import annotations

import json
import sys
from typing import Any

# name -> (target, "min" when the figure must be at least the target, "max" at most)
TARGETS: dict[str, tuple[float, str]] = {
    "intake_ratio": (0.5, "min"),
    "ratelimited_ratio": (0.8, "min"),
    "captcha_ratio": (0.7, "min"),
    "worker_comments_per_s": (1000, "min"),
    "worker_speedup": (5, "min"),
    "score_speedup": (5, "min"),
    "e2e_ms_p50": (100, "max"),
    "train_seconds_100k": (60, "max"),
    "queue_p95_ms_1m": (25, "max"),
    "worker_rss_mb": (300, "max"),
    "web_rss_mb": (150, "max"),
}


def _spread(detail: dict[str, Any], name: str) -> str:
    """min-max of the repeats behind a figure, where the run kept them."""
    pick: list[float] = []
    if name == "intake_ratio":
        pick = detail["intake"]["intake"]["ratios"]
    elif name == "captcha_ratio":
        pick = detail["intake"]["captcha"]["ratios"]
    elif name == "ratelimited_ratio":
        pick = detail["ratelimited"]["ratios"]
    elif name == "worker_comments_per_s":
        pick = [run["per_second"] for run in detail["worker"]["batched"]]
    elif name == "worker_speedup":
        spread = detail["worker"]["speedup"]
        runs = len(detail["worker"]["batched"])
        return f"{_number(spread['min'])} – {_number(spread['max'])} (n={runs})"
    elif name == "score_speedup":
        pick = detail["score"]["speedups"]
    elif name == "e2e_ms_p50":
        e2e = detail["e2e"]
        return f"p90 {e2e['p90']:.1f}, max {e2e['max']:.1f} (n={e2e['n']})"
    elif name == "queue_p95_ms_1m":
        return ", ".join(f"{db}: {found['worst_p95']}" for db, found in detail["queue"].items())
    if not pick:
        return ""
    return f"{_number(min(pick))} – {_number(max(pick))} (n={len(pick)})"


def _number(value: float) -> str:
    """Three significant digits, but whole numbers from 1,000 on (no 1.48e+03)."""
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.3g}"


def table(detail: dict[str, Any]) -> str:
    """Markdown rows: figure, median, spread, target, met?"""
    figures = detail["figures"]
    lines = ["| figure | median | spread of the repeats | target | met |",
             "| --- | ---: | --- | ---: | :---: |"]
    for name, (target, kind) in TARGETS.items():
        if name not in figures:
            continue
        value = figures[name]
        met = value >= target if kind == "min" else value <= target
        sign = ">=" if kind == "min" else "<="
        lines.append(f"| `{name}` | {value:g} | {_spread(detail, name)} | {sign} {target:g} "
                     f"| {'yes' if met else '**no**'} |")
    for name, value in sorted(figures.items()):
        if name not in TARGETS:
            lines.append(f"| `{name}` | {value} | | | |")
    return "\n".join(lines)


def main() -> None:
    """Print the table of the detail file named on the command line."""
    with open(sys.argv[1]) as handle:
        print(table(json.load(handle)))


if __name__ == "__main__":
    main()
