"""Spam classification for modsvc: normalisation, training, evaluation, registry, scoring.

The names below are re-exported lazily, so ``import classifiers.corpus`` (used to read labeled
files) does not pay for importing scikit-learn.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = [
    "CorpusError",
    "LabeledText",
    "LoadedModel",
    "ModelLoadError",
    "ModelNotFoundError",
    "ModelRegistry",
    "NormalisedText",
    "Reason",
    "ScoreResult",
    "Scorer",
    "TrainedModel",
    "TrainingError",
    "choose_thresholds",
    "evaluate",
    "normalise",
    "read_labeled",
    "seed_corpus",
    "train_model",
]

_HOMES = {
    "CorpusError": "corpus",
    "LabeledText": "corpus",
    "read_labeled": "corpus",
    "seed_corpus": "corpus",
    "NormalisedText": "text",
    "normalise": "text",
    "TrainedModel": "training",
    "TrainingError": "training",
    "train_model": "training",
    "choose_thresholds": "evaluation",
    "evaluate": "evaluation",
    "LoadedModel": "registry",
    "ModelLoadError": "registry",
    "ModelNotFoundError": "registry",
    "ModelRegistry": "registry",
    "Reason": "scoring",
    "ScoreResult": "scoring",
    "Scorer": "scoring",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'classifiers' has no attribute {name!r}")
    return getattr(importlib.import_module(f"classifiers.{home}"), name)
