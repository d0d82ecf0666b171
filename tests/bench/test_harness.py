"""The benchmark harness runs end to end: it starts the real stack, measures, and stops it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DATA

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("wrk") is None, reason="needs wrk (apt-get install wrk)")
def test_a_quick_small_benchmark_run_prints_its_figures_and_leaves_nothing_running(
    tmp_path: Path,
) -> None:
    env = dict(os.environ, MODSVC_BENCH_TRAIN_DATA=str(DATA / "tiny_labeled.csv"),
               TMPDIR=str(tmp_path))
    env.pop("MODSVC_BENCH_REDIS_URL", None)
    env.pop("MODSVC_BENCH_POSTGRES_URL", None)
    done = subprocess.run(
        [sys.executable, "-m", "bench", "score", "worker", "e2e", "--quick", "--scale", "0.01",
         "--json"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=240, check=False,
    )

    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    assert {"score_speedup", "worker_comments_per_s", "worker_speedup", "worker_rss_mb",
            "e2e_ms_p50"} <= set(figures)
    assert figures["score_max_abs_difference"] < 1e-6
    assert figures["worker_comments_per_s"] > 0
    assert list(tmp_path.glob("modsvc-bench-*")) == [], "every stack cleaned up after itself"
