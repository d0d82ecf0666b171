"""The per-comment scoring path against the pipeline's own ``predict_proba`` on one text."""

from __future__ import annotations

import statistics
import time
from typing import Any

from bench.corpus import texts
from classifiers.scoring import Scorer
from classifiers.training import TrainedModel


def _per_call_us(function: Any, items: list[str]) -> float:
    started = time.perf_counter()
    for item in items:
        function(item)
    return (time.perf_counter() - started) / len(items) * 1e6


def score_speedup(model: TrainedModel, *, count: int, repeats: int) -> dict[str, Any]:
    """``Scorer.score`` (probability and reasons, what a worker runs) and
    ``Scorer.probability`` over ``pipeline.predict_proba([(text, seconds)])``, one at a time.

    Baseline and subject alternate on the same comments; each figure is the median of the
    per-round ratios. The probabilities are checked to agree within 1e-6 on every comment.
    """
    scorer = Scorer(model.pipeline)
    pipeline = model.pipeline
    items = texts(count, random_seed=3)
    worst = 0.0
    for text in items:
        expected = float(pipeline.predict_proba([(text, 25.0)])[0, 1])
        worst = max(worst, abs(scorer.score(text, 25.0).probability - expected),
                    abs(scorer.probability(text, 25.0) - expected))
    rounds = []
    for _ in range(repeats):
        baseline = _per_call_us(lambda t: pipeline.predict_proba([(t, 25.0)]), items)
        full = _per_call_us(lambda t: scorer.score(t, 25.0), items)
        probability = _per_call_us(lambda t: scorer.probability(t, 25.0), items)
        rounds.append((baseline, full, probability))
    return {
        "speedup": statistics.median(b / f for b, f, _p in rounds),
        "speedup_probability_only": statistics.median(b / p for b, _f, p in rounds),
        "speedups": [round(b / f, 2) for b, f, _p in rounds],
        "predict_proba_us": [round(b) for b, _f, _p in rounds],
        "score_us": [round(f) for _b, f, _p in rounds],
        "probability_us": [round(p) for _b, _f, p in rounds],
        "max_abs_difference": worst,
        "comments": count,
    }
