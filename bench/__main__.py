"""``python -m bench all [--quick] [--json]``: run the benchmarks, print the figures.

Every figure is printed as one JSON object; ``--detail FILE`` also writes each measurement
(every repeat, latencies, the machine) for docs/BENCHMARKS.md and its plot.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import signal
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from bench import campaigns, intake, queue, scoring, training, worker
from bench.load import wrk_available
from bench.models import default_model
from bench.stack import running

logger = logging.getLogger("bench")

Figures = dict[str, Any]
POSTGRES_ENV = "MODSVC_BENCH_POSTGRES_URL"


def _size(args: argparse.Namespace, full: float, quick: float) -> int:
    return max(1, round((quick if args.quick else full) * args.scale))


def bench_web(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """intake_ratio (and with synchronous=NORMAL), captcha_ratio, ratelimited_ratio, web_rss_mb
    (and the sweep's plot)."""
    repeats = 3 if args.quick else 5
    seconds = max(1.0, (3.0 if args.quick else 8.0) * args.scale)
    connections = 16
    # No scoring worker runs here: the web tier alone is measured (jobs wait in Redis).
    with running(default_model(), redis_url=args.redis_url) as stack:
        base = stack.serve()
        found = intake.intake_ratios(stack, base, repeats=repeats, seconds=seconds,
                                     connections=connections)
        out["intake_ratio"] = round(found["intake"]["ratio"], 3)
        out["captcha_ratio"] = round(found["captcha"]["ratio"], 3)
        detail["intake"] = found
        if not args.quick:
            detail["sweep"] = intake.sweep(stack, base, levels=[1, 2, 4, 8, 16, 32, 64],
                                           seconds=5.0)
        out["web_rss_mb"] = round(intake.web_rss_mb(stack), 1)
    # What the power-cut promise costs (issue 20): the same intake with SQLite fsyncing only
    # at checkpoints, measured in the same run.
    with running(default_model(), redis_url=args.redis_url,
                 env={"MODSVC_SQLITE_SYNCHRONOUS": "normal"}) as stack:
        base = stack.serve()
        found = intake.intake_ratios(stack, base, repeats=repeats, seconds=seconds,
                                     connections=connections)
        out["intake_ratio_sqlite_normal"] = round(found["intake"]["ratio"], 3)
        detail["intake_sqlite_normal"] = found
    with running(default_model(), redis_url=args.redis_url,
                 env={"MODSVC_RATE_LIMIT_COMMENTS": "1/hour"}) as stack:
        base = stack.serve()
        found = intake.ratelimited_ratio(stack, base, repeats=repeats, seconds=seconds,
                                         connections=connections)
        out["ratelimited_ratio"] = round(found["ratio"], 3)
        detail["ratelimited"] = found


def bench_worker(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """worker_comments_per_s, worker_speedup, worker_rss_mb."""
    repeats = 1 if args.quick else 3
    flood = max(3, _size(args, 10_000, 10_000))
    naive = max(3, _size(args, 30, 10))
    forked = max(3, _size(args, 300, 100))
    runs, baselines, preloaded = [], [], []
    for _ in range(repeats):
        with running(default_model(), redis_url=args.redis_url) as stack:
            runs.append(worker.drain_with(stack, None, flood, timeout=900))
        with running(default_model(), redis_url=args.redis_url) as stack:
            baselines.append(worker.drain_with(stack, worker.naive_rq_command(stack), naive,
                                               timeout=900))
        with running(default_model(), redis_url=args.redis_url) as stack:
            preloaded.append(worker.drain_with(stack, worker.preloaded_fork_command(), forked,
                                               timeout=900))
    rates = [run["per_second"] for run in runs]
    speedups = [run["per_second"] / base["per_second"]
                for run, base in zip(runs, baselines, strict=True)]
    over_forks = [run["per_second"] / base["per_second"]
                  for run, base in zip(runs, preloaded, strict=True)]
    out["worker_comments_per_s"] = round(statistics.median(rates), 1)
    out["worker_speedup"] = round(statistics.median(speedups), 1)
    out["worker_speedup_vs_preloaded_fork"] = round(statistics.median(over_forks), 1)
    out["worker_rss_mb"] = round(max(run["peak_rss_mb"] for run in runs), 1)
    detail["worker"] = {"batched": runs, "naive_rq": baselines, "preloaded_fork": preloaded,
                        "rate": worker.median_spread(rates),
                        "speedup": worker.median_spread(speedups),
                        "speedup_vs_preloaded_fork": worker.median_spread(over_forks)}


def bench_e2e(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """e2e_ms_p50: an idle service, from POST to a decided status."""
    with running(default_model(), redis_url=args.redis_url) as stack:
        base = stack.serve()
        stack.worker()
        # Wait for the worker to load its model: one comment first, not measured.
        intake.wait_for_worker(stack, base)
        found = intake.end_to_end_ms(stack, base, count=_size(args, 200, 40))
        out["e2e_ms_p50"] = round(found["p50"], 1)
        detail["e2e"] = found


def bench_score(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """score_speedup (and the probability-only figure)."""
    found = scoring.score_speedup(default_model(), count=_size(args, 1000, 300),
                                  repeats=3 if args.quick else 5)
    out["score_speedup"] = round(found["speedup"], 2)
    out["score_speedup_probability_only"] = round(found["speedup_probability_only"], 2)
    out["score_max_abs_difference"] = found["max_abs_difference"]
    detail["score"] = found


def bench_train(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """train_seconds_100k (on fewer comments with --scale)."""
    found = training.train_seconds(_size(args, 100_000, 100_000))
    key = "train_seconds_100k" if found["comments"] == 100_000 else \
        f"train_seconds_{found['comments']}"
    out[key] = round(found["seconds"], 1)
    detail["train"] = found


def bench_queue(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """queue_p95_ms_1m on SQLite and PostgreSQL; the figure is the worse of the two."""
    count = _size(args, 1_000_000, 1_000_000)
    repeats = 20 if args.quick else 50
    results: dict[str, Any] = {}
    targets = {"sqlite": None}
    if args.postgres_url:
        targets["postgresql"] = args.postgres_url
    for name, url in targets.items():
        with running(None, redis_url=args.redis_url, database_url=url) as stack:
            load_seconds = queue.load(stack, count)
            found = queue.queue_latency(stack, repeats=repeats)
            found["load_seconds"] = round(load_seconds, 1)
            found["comments"] = count
            results[name] = found
            out[f"queue_p95_ms_{name}"] = found["worst_p95"]
    suffix = "1m" if count == 1_000_000 else str(count)
    out[f"queue_p95_ms_{suffix}"] = max(found["worst_p95"] for found in results.values())
    if "postgresql" not in results:
        out["queue_postgresql"] = f"skipped: set {POSTGRES_ENV} or --postgres-url"
    detail["queue"] = results


def bench_campaigns(args: argparse.Namespace, out: Figures, detail: Figures) -> None:
    """Issue 18: grouping's cost in the worker, flat up to 1,000,000 recent comments (with
    Redis memory), the worker with and without grouping, and the replay of two public sets."""
    found: Figures = {}
    with running(default_model(), redis_url=args.redis_url) as stack:
        cost = campaigns.grouping_cost(stack, count=_size(args, 3200, 1600),
                                       rounds=3 if args.quick else 5)
    with running(default_model(), redis_url=args.redis_url) as stack:
        worst = campaigns.grouping_cost(stack, count=_size(args, 3200, 1600),
                                        rounds=3 if args.quick else 5, synthetic=True)
    found["cost"] = cost
    found["cost_synthetic"] = worst
    out["campaign_grouping_ratio"] = round(cost["ratio_to_worker_scoring"], 3)
    out["campaign_grouping_ratio_to_judging"] = round(cost["ratio_to_judging"], 3)
    out["campaign_grouping_us_per_comment"] = round(cost["grouping_seconds_per_comment"] * 1e6, 1)
    out["campaign_grouping_ratio_synthetic"] = round(worst["ratio_to_worker_scoring"], 3)
    sizes = sorted({_size(args, size, size) if size else 0 for size in campaigns.WINDOW_SIZES})
    with running(None, redis_url=args.redis_url) as stack:
        flat = campaigns.flatness(stack, sizes)
    found["flatness"] = flat
    largest = flat["steps"][-1]
    out["campaign_index_largest_over_empty"] = round(flat["largest_over_smallest"], 2)
    out["campaign_index_us_per_comment_largest"] = round(
        largest["seconds_per_comment_p50"] * 1e6, 1)
    out["campaign_index_window"] = largest["window_comments"]
    out["campaign_index_mb"] = round(largest["redis_bytes"] / 2**20, 1)
    out["campaign_index_bytes_per_comment"] = round(largest["redis_bytes_per_comment"] or 0)
    rates: dict[str, list[float]] = {"on": [], "off": []}
    for _ in range(1 if args.quick else 2):
        for setting in ("on", "off"):
            with running(default_model(), redis_url=args.redis_url) as stack:
                run = worker.drain_with(stack, None, max(3, _size(args, 10_000, 10_000)),
                                        timeout=900, env={"MODSVC_CAMPAIGNS": setting})
                rates[setting].append(run["per_second"])
    found["worker"] = rates
    out["campaign_worker_comments_per_s"] = round(statistics.median(rates["on"]), 1)
    out["campaign_worker_comments_per_s_without"] = round(statistics.median(rates["off"]), 1)
    # Grouping's cost against the whole worker's time per comment (RQ's bookkeeping included),
    # beside campaign_grouping_ratio, which divides by score_comments alone.
    out["campaign_grouping_ratio_whole_worker"] = round(
        statistics.median(rates["off"]) / statistics.median(rates["on"]) - 1, 3)
    found["replay"] = {}
    for path, model, name in campaigns.REPLAYS:
        if not path.exists():
            out[f"campaign_replay_{name}"] = f"skipped: {path} not found"
            continue
        rows = campaigns.read_set(path)
        if args.scale < 1:  # a smaller stream, still in file order: every n-th comment
            rows = rows[::max(1, round(1 / args.scale))]
        runs: dict[bool, Figures] = {}
        for grouping in (False, True):
            with running(model(), redis_url=args.redis_url) as stack:
                runs[grouping] = campaigns.replay(stack, rows, grouping=grouping)
        found["replay"][name] = {"model": model.__name__, "without": runs[False],
                                 "with": runs[True]}
        grouped = runs[True]
        out[f"campaign_{name}_spam_in_campaigns"] = round(grouped["spam_in_campaigns"], 3)
        out[f"campaign_{name}_ham_grouped_with_spam"] = round(
            grouped["ham_grouped_with_spam_share"], 5)
        out[f"campaign_{name}_spam_actions_ratio"] = round(
            runs[False]["actions_spam"] / max(1, grouped["actions_spam"]), 2)
        out[f"campaign_{name}_spam_actions"] = [runs[False]["actions_spam"],
                                                grouped["actions_spam"]]
        out[f"campaign_{name}_ham_caught_by_blocks"] = grouped["ham_caught_by_blocks"]
    detail["campaigns"] = found


BENCHMARKS: dict[str, Callable[[argparse.Namespace, Figures, Figures], None]] = {
    "score": bench_score,
    "train": bench_train,
    "worker": bench_worker,
    "e2e": bench_e2e,
    "web": bench_web,
    "queue": bench_queue,
    "campaigns": bench_campaigns,
}


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks and print one JSON object of figures."""
    if argv is None:
        argv = sys.argv[1:]
    if argv[:1] == ["quality"]:
        # Classifier quality on the public evaluation sets (issue 3); see bench/quality.py.
        from bench import quality

        return quality.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("which", nargs="*", default=["all"],
                        help=f"all, or some of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true", help="fewer and shorter runs (CI)")
    parser.add_argument("--json", action="store_true", help="print only the JSON figures")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply sizes and durations (a smoke test uses 0.02)")
    parser.add_argument("--detail", metavar="FILE", help="write every measurement to FILE")
    parser.add_argument("--plot", metavar="PNG", help="plot the web sweep (full run) to PNG")
    parser.add_argument("--redis-url", default=os.environ.get("MODSVC_BENCH_REDIS_URL"),
                        help="a Redis database the benchmark may empty (default: start one)")
    parser.add_argument("--postgres-url", default=os.environ.get(POSTGRES_ENV),
                        help="a PostgreSQL database whose modsvc tables the benchmark may drop")
    args = parser.parse_args(argv)
    # A SIGTERM (a CI time-out) unwinds like Ctrl-C, so every stack stops its processes.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(143))
    logging.basicConfig(level=logging.WARNING if args.json else logging.INFO,
                        format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    for noisy in ("httpx", "alembic", "classifiers", "modsvc"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    chosen = list(BENCHMARKS) if "all" in args.which else args.which
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    if {"web", "e2e"} & set(chosen) and not wrk_available():
        parser.error("wrk is needed for the HTTP benchmarks: apt-get install wrk")
    figures: Figures = {}
    detail: Figures = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(), "load_before": os.getloadavg()},
        "quick": args.quick, "scale": args.scale,
    }
    started = time.monotonic()
    for name in chosen:
        logger.info("benchmark %s", name)
        began = time.monotonic()
        BENCHMARKS[name](args, figures, detail)
        detail.setdefault("seconds", {})[name] = round(time.monotonic() - began, 1)
    detail["seconds"]["total"] = round(time.monotonic() - started, 1)
    detail["machine"]["load_after"] = os.getloadavg()
    if args.detail:
        with open(args.detail, "w") as handle:
            json.dump({"figures": figures, **detail}, handle, indent=2, default=str)
    if args.plot and "sweep" in detail:
        from bench.plot import plot_sweep

        plot_sweep(detail["sweep"], args.plot)
    print(json.dumps(figures, indent=None if args.json else 2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
