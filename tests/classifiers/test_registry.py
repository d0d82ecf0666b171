"""Stories about keeping trained models on disk and loading them safely."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
import skops.io as sio
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer

from classifiers.registry import ModelLoadError, ModelNotFoundError, ModelRegistry
from classifiers.training import TrainedModel


def test_a_saved_model_loads_back_and_scores_the_same(
    tmp_path: Path, trained_tiny: TrainedModel
) -> None:
    registry = ModelRegistry(tmp_path / "models")
    version = registry.save(trained_tiny)
    loaded = registry.load(version)
    texts = ["slot gacor maxwin", "jalan rusak mohon diperbaiki"]
    assert loaded.version == version
    assert list(loaded.pipeline.predict_proba(texts)[:, 1]) == list(
        trained_tiny.pipeline.predict_proba(texts)[:, 1]
    )
    assert loaded.scorer.score(texts[0]).probability == pytest.approx(
        trained_tiny.pipeline.predict_proba([texts[0]])[0, 1], abs=1e-9
    )
    assert loaded.card["thresholds"] == trained_tiny.card["thresholds"]


def test_an_entry_holds_the_model_and_its_card_with_the_holdout_curves(
    tmp_path: Path, trained_tiny: TrainedModel
) -> None:
    registry = ModelRegistry(tmp_path)
    version = registry.save(trained_tiny)
    entry = tmp_path / version
    assert {p.name for p in entry.iterdir()} == {"model.skops", "card.json"}
    card = json.loads((entry / "card.json").read_text())
    assert card["version"] == version
    assert card == registry.card(version)
    assert zipfile.is_zipfile(entry / "model.skops")
    histogram = card["curves"]["histogram"]
    held = trained_tiny.holdout_labels
    assert sum(histogram["ham"]) == held.count(0)
    assert sum(histogram["spam"]) == held.count(1)
    recalls = [point[0] for point in card["curves"]["pr_curve"]]
    assert recalls == sorted(recalls, reverse=True)
    assert recalls[0] == 1.0


def test_versions_sort_oldest_first(tmp_path: Path, trained_tiny: TrainedModel) -> None:
    registry = ModelRegistry(tmp_path)
    assert registry.versions() == []
    later = registry.save(trained_tiny, version="20261127-180500-bbbb")
    earlier = registry.save(trained_tiny, version="20261127-180400-aaaa")
    automatic = registry.save(trained_tiny)
    assert registry.versions()[:2] == [earlier, later]
    assert automatic in registry.versions()
    registry.remove(later)
    assert later not in registry.versions()


def test_an_unknown_version_is_not_found(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    with pytest.raises(ModelNotFoundError):
        registry.load("20990101-000000-abcd")
    with pytest.raises(ModelNotFoundError):
        registry.card("../../etc")


def test_a_truncated_model_file_fails_to_load_cleanly(
    tmp_path: Path, trained_tiny: TrainedModel
) -> None:
    registry = ModelRegistry(tmp_path)
    version = registry.save(trained_tiny)
    model_file = tmp_path / version / "model.skops"
    model_file.write_bytes(model_file.read_bytes()[:5000])
    with pytest.raises(ModelLoadError):
        registry.load(version)


def test_a_model_file_with_foreign_types_is_refused(
    tmp_path: Path, trained_tiny: TrainedModel
) -> None:
    registry = ModelRegistry(tmp_path)
    version = registry.save(trained_tiny)
    hostile = Pipeline([("run", FunctionTransformer(print))])
    sio.dump(hostile, tmp_path / version / "model.skops")
    with pytest.raises(ModelLoadError, match="allow-list"):
        registry.load(version)
