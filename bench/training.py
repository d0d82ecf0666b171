"""Training the pipeline on 100,000 comments."""

from __future__ import annotations

import time
from typing import Any

from bench.corpus import split_holdout, variations
from classifiers.training import train_model


def train_seconds(count: int) -> dict[str, Any]:
    """Seconds for :func:`classifiers.training.train_model` on ``count`` comments (a fifth of
    them held out for the thresholds and metrics, as ``modsvc train`` does), end to end."""
    examples = variations(count, random_seed=5)
    train, holdout = split_holdout(examples)
    started = time.perf_counter()
    trained = train_model(train, holdout=holdout)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "comments": count,
        "fit_seconds": trained.card["timing_seconds"]["fit"],
        "features": trained.card["features"],
        "holdout_f1": trained.card["metrics"].get("f1"),
    }
