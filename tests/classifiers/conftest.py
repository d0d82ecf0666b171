"""Fixtures for the classifiers tests: a tiny labeled corpus and a model fitted on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers.corpus import LabeledText, read_labeled
from classifiers.training import TrainedModel, train_model

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(scope="session")
def tiny_examples() -> list[LabeledText]:
    return read_labeled(DATA / "tiny_labeled.csv")


@pytest.fixture(scope="session")
def trained_tiny(tiny_examples: list[LabeledText]) -> TrainedModel:
    return train_model(tiny_examples, random_state=0)
