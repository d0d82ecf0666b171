"""``python -m bench all [--quick] [--json]``: run the benchmarks, print the figures."""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import sys
import time
from collections.abc import Callable
from typing import Any

from bench import intake
from bench.load import wrk_available
from bench.models import seed_model
from bench.stack import running

logger = logging.getLogger("bench")


def _web(args: argparse.Namespace, out: dict[str, Any], detail: dict[str, Any]) -> None:
    repeats, seconds = (3, 3.0) if args.quick else (5, 8.0)
    connections = 16
    with running(seed_model(), redis_url=args.redis_url) as stack:
        base = stack.serve()
        worker = stack.worker()
        found = intake.intake_ratios(stack, base, repeats=repeats, seconds=seconds,
                                     connections=connections)
        out["intake_ratio"] = round(found["intake"]["ratio"], 3)
        out["captcha_ratio"] = round(found["captcha"]["ratio"], 3)
        detail["intake"] = found
        if not args.quick:
            detail["sweep"] = intake.sweep(stack, base, levels=[1, 2, 4, 8, 16, 32, 64],
                                           seconds=5.0)
        out["web_rss_mb"] = round(intake.web_rss_mb(stack), 1)
        del worker
    with running(seed_model(), redis_url=args.redis_url,
                 env={"MODSVC_RATE_LIMIT_COMMENTS": "1/hour"}) as stack:
        base = stack.serve()
        found = intake.ratelimited_ratio(stack, base, repeats=repeats, seconds=seconds,
                                         connections=connections)
        out["ratelimited_ratio"] = round(found["ratio"], 3)
        detail["ratelimited"] = found


BENCHMARKS: dict[str, Callable[[argparse.Namespace, dict[str, Any], dict[str, Any]], None]] = {
    "web": _web,
}


def main(argv: list[str] | None = None) -> int:
    """Run the chosen benchmarks and print one JSON object of figures."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("which", nargs="*", default=["all"],
                        help=f"all, or some of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true", help="fewer and shorter runs (CI)")
    parser.add_argument("--json", action="store_true", help="print only the JSON figures")
    parser.add_argument("--detail", metavar="FILE", help="write every measurement to FILE")
    parser.add_argument("--redis-url", default=os.environ.get("MODSVC_BENCH_REDIS_URL"),
                        help="a Redis database the benchmark may empty (default: start one)")
    parser.add_argument("--postgres-url", default=os.environ.get("MODSVC_BENCH_POSTGRES_URL"),
                        help="a PostgreSQL database the benchmark may drop tables in")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.json else logging.INFO,
                        format="%(asctime)s %(name)s %(message)s", stream=sys.stderr)
    chosen = list(BENCHMARKS) if "all" in args.which else args.which
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    if not wrk_available():
        parser.error("wrk is needed for the HTTP benchmarks: apt-get install wrk")
    figures: dict[str, Any] = {}
    detail: dict[str, Any] = {"machine": {"cpus": os.cpu_count(), "python":
                                          platform.python_version(),
                                          "platform": platform.platform()},
                              "quick": args.quick}
    started = time.monotonic()
    for name in chosen:
        logger.info("benchmark %s", name)
        BENCHMARKS[name](args, figures, detail)
    detail["seconds"] = round(time.monotonic() - started, 1)
    if args.detail:
        with open(args.detail, "w") as handle:
            json.dump({"figures": figures, **detail}, handle, indent=2)
    print(json.dumps(figures, indent=None if args.json else 2, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
