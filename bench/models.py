"""The model the benchmarked service runs: trained once per benchmark run."""

from __future__ import annotations

from functools import lru_cache

from classifiers.corpus import seed_corpus
from classifiers.training import TrainedModel, train_model


@lru_cache(maxsize=1)
def seed_model() -> TrainedModel:
    """The default model, as ``modsvc up`` trains it from the seed corpus."""
    return train_model(seed_corpus("train"), holdout=seed_corpus("holdout"))
