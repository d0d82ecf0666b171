"""Model registry: one directory per trained model, saved with skops and never unpickled.

``<root>/<version>/`` holds ``model.skops`` (compressed) and ``card.json`` (with the holdout's
score histogram and precision-recall curve, which /ops draws in its reader's language). Versions
look like
``20261127-180400-ab12``: UTC time to the second, so they sort by age, and a random suffix, so
two trainings in the same second do not collide. Loading checks every type in the file against
an allow-list before skops builds anything.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sklearn.pipeline import Pipeline

    from classifiers.scoring import Scorer
    from classifiers.training import TrainedModel

# scikit-learn and skops are imported where a model is saved or loaded, not with the module:
# a web process lists versions and reads cards without ever holding a model (~100 MB less).

logger = logging.getLogger(__name__)

__all__ = [
    "ALLOWED_TYPES",
    "LoadedModel",
    "ModelLoadError",
    "ModelNotFoundError",
    "ModelRegistry",
]

MODEL_FILE = "model.skops"
CARD_FILE = "card.json"
_VERSION_RE = re.compile(r"^\d{8}-\d{6}-[0-9a-z]{4,16}$")

# Every type a pipeline from classifiers.training may contain, beyond what skops trusts by
# default (builtins, numpy arrays and the like). Anything else in a file is refused.
ALLOWED_TYPES = frozenset(
    {
        "classifiers.features.CharNgramTfidf",
        "classifiers.features.CommentNormaliser",
        "classifiers.features.MetaFeatures",
        "classifiers.features.NormalisedTextSelector",
        "classifiers.features.WordNgramTfidf",
        "sklearn.calibration.CalibratedClassifierCV",
        "sklearn.calibration._CalibratedClassifier",
        "sklearn.calibration._SigmoidCalibration",
        "sklearn.linear_model._stochastic_gradient.SGDClassifier",
        "sklearn.model_selection._split.StratifiedKFold",
        "sklearn.pipeline.FeatureUnion",
        "sklearn.pipeline.Pipeline",
    }
)


class ModelLoadError(RuntimeError):
    """A model file is missing, damaged or holds types outside the allow-list."""


class ModelNotFoundError(KeyError):
    """No such version in the registry."""


@dataclass
class LoadedModel:
    """A model ready to score: its version, card, pipeline and fast scorer."""

    version: str
    card: dict[str, Any]
    pipeline: Pipeline
    scorer: Scorer


def new_version(now: datetime | None = None) -> str:
    """A fresh version name: sortable UTC time plus a short random suffix."""
    moment = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{moment:%Y%m%d-%H%M%S}-{secrets.token_hex(2)}"


class ModelRegistry:
    """Trained models stored under *root*, one directory per version."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _directory(self, version: str) -> Path:
        if not _VERSION_RE.match(version):
            raise ModelNotFoundError(version)
        return self.root / version

    def save(self, trained: TrainedModel, version: str | None = None) -> str:
        """Write the model and its card; return the version.

        The entry is written into a hidden temporary directory and renamed into place, so a
        reader never sees half a model.
        """
        version = version or new_version()
        final = self._directory(version)
        if final.exists():
            raise FileExistsError(f"model version {version} already exists")
        self.root.mkdir(parents=True, exist_ok=True)
        staging = self.root / f".{version}.partial"
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        import skops.io as sio

        try:
            sio.dump(
                trained.pipeline,
                staging / MODEL_FILE,
                compression=zipfile.ZIP_DEFLATED,
                compresslevel=9,
            )
            card = dict(trained.card)
            card["version"] = version
            card["model_bytes"] = (staging / MODEL_FILE).stat().st_size
            (staging / CARD_FILE).write_text(
                json.dumps(card, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
                encoding="utf-8",
            )
            staging.rename(final)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        logger.info("saved model %s (%d bytes)", version, card["model_bytes"])
        return version

    def versions(self) -> list[str]:
        """All complete versions, oldest first."""
        if not self.root.is_dir():
            return []
        return sorted(
            entry.name
            for entry in self.root.iterdir()
            if entry.is_dir() and _VERSION_RE.match(entry.name) and (entry / CARD_FILE).exists()
        )

    def card(self, version: str) -> dict[str, Any]:
        """The model card of *version*."""
        path = self._directory(version) / CARD_FILE
        if not path.exists():
            raise ModelNotFoundError(version)
        data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        return data

    def load(self, version: str) -> LoadedModel:
        """Load *version* after checking its types against :data:`ALLOWED_TYPES`.

        Raises:
            ModelNotFoundError: no such version.
            ModelLoadError: the file is damaged or holds a type outside the allow-list.
        """
        card = self.card(version)
        path = self._directory(version) / MODEL_FILE
        pipeline = load_pipeline(path)
        from classifiers.scoring import Scorer

        return LoadedModel(version=version, card=card, pipeline=pipeline, scorer=Scorer(pipeline))

    def remove(self, version: str) -> None:
        """Delete *version* from disk."""
        directory = self._directory(version)
        if not directory.exists():
            raise ModelNotFoundError(version)
        shutil.rmtree(directory)


def load_pipeline(path: Path) -> Pipeline:
    """Load a skops file whose types are all in :data:`ALLOWED_TYPES`, as a pipeline."""
    import skops.io as sio
    from sklearn.pipeline import Pipeline

    if not path.exists():
        raise ModelLoadError(f"{path}: no model file")
    try:
        untrusted = sio.get_untrusted_types(file=path)
    except Exception as exc:  # skops raises many kinds on a damaged archive
        raise ModelLoadError(f"{path}: unreadable model file: {exc}") from exc
    refused = sorted(set(untrusted) - ALLOWED_TYPES)
    if refused:
        raise ModelLoadError(f"{path}: types outside the allow-list: {', '.join(refused)}")
    try:
        pipeline = sio.load(path, trusted=list(untrusted))
    except Exception as exc:
        raise ModelLoadError(f"{path}: cannot load model: {exc}") from exc
    if not isinstance(pipeline, Pipeline):
        raise ModelLoadError(f"{path}: holds a {type(pipeline).__name__}, not a Pipeline")
    return pipeline

