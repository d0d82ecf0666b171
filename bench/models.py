"""The model the benchmarked service runs: trained once per benchmark run."""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

from classifiers.corpus import default_corpus, read_labeled, seed_corpus
from classifiers.training import TrainedModel, train_model

# A labeled file to train on instead of the seed corpus (the smoke test's tiny model).
TRAIN_DATA_ENV = "MODSVC_BENCH_TRAIN_DATA"


@lru_cache(maxsize=1)
def default_model() -> TrainedModel:
    """The default model, as ``modsvc up`` trains it (seed and real corpus)."""
    data = os.environ.get(TRAIN_DATA_ENV)
    if data:
        return train_model(read_labeled(Path(data)), random_state=0)
    return train_model(default_corpus("train"), holdout=default_corpus("holdout"))


@lru_cache(maxsize=1)
def seed_model() -> TrainedModel:
    """The default model without the real corpus: it has never seen ``judol-yt-gbennnn``, so a
    replay of that set shows what a portal's moderators meet when a wave of spam is new to its
    model (the default model learnt that set and sends nearly all of it to spam itself)."""
    data = os.environ.get(TRAIN_DATA_ENV)
    if data:
        return default_model()
    return train_model(seed_corpus("train"), holdout=seed_corpus("holdout"))
