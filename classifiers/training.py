"""Training the spam model: one scikit-learn pipeline, thresholds chosen on a holdout.

Pipeline input (what ``pipeline.predict_proba`` takes): a sequence whose items are either a
comment text (``str``) or a ``(text, seconds_to_submit)`` tuple, where ``seconds_to_submit`` is
the time from captcha issue to submit in seconds, or None when unknown; a bare string is the
same as ``(text, None)``. Column 1 of ``predict_proba`` is the spam probability.

The pipeline is:

* ``normalise`` -- :class:`~classifiers.features.CommentNormaliser` (disguises undone once);
* ``features`` -- a union of character 2-5-grams within words (``chars``,
  :class:`~classifiers.features.CharNgramTfidf`), word 1-2-grams (``words``,
  :class:`~classifiers.features.WordNgramTfidf`), both sublinear TF-IDF computed exactly as
  scikit-learn's ``TfidfVectorizer`` would but several times faster and with a vocabulary
  that loads fast, and :class:`~classifiers.features.MetaFeatures` (``meta``: links, phones,
  money, emoji, submit timing, a word shaped like a gambling site's name; see
  :data:`MODEL_META_FEATURES`);
* ``classify`` -- a linear SVM (hinge loss, fitted by SGD) calibrated with Platt's sigmoid
  on cross-validated scores
  (``CalibratedClassifierCV(..., ensemble=False)``), so a score is one dot product and one
  sigmoid, which the fast :class:`~classifiers.scoring.Scorer` reproduces exactly.

The returned model is fitted on the training part only, so the holdout scores and the thresholds
chosen on them describe the model that is shipped.
"""

from __future__ import annotations

import heapq
import logging
import platform
import time
import warnings
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import numpy as np
import scipy
import sklearn
import skops
from joblib import parallel_config
from sklearn.calibration import CalibratedClassifierCV
from sklearn.exceptions import ConvergenceWarning
from sklearn.linear_model import SGDClassifier
from sklearn.metrics import average_precision_score
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.pipeline import FeatureUnion, Pipeline

from classifiers.corpus import LabeledText, provenance
from classifiers.evaluation import choose_thresholds, evaluate, score_curves
from classifiers.features import (
    META_FEATURES,
    CharNgramTfidf,
    CommentNormaliser,
    MetaFeatures,
    NormalisedTextSelector,
    WordNgramTfidf,
)
from classifiers.steps import Progress, TrainingStep

logger = logging.getLogger(__name__)

__all__ = ["TrainedModel", "TrainingError", "build_pipeline", "fit_pipeline", "items_of",
           "train_model"]

# Caps that keep a model trained on a large corpus small (file size, memory, load time).
# Meta features the model uses. Left out: the comment's length, its share of capitals and its
# exclamation marks, which describe a writer's style rather than spam: on real comments they
# mostly told long or angry citizens (news readers shout, YouTube commenters write short) from
# the corpus they were compared with, and pushed genuine comments towards spam. Also left out:
# the count of disguised words. The n-grams already see the words a disguise hid, and the count
# alone outweighed everything around it when a citizen quoted an ad to report it ("hapus komen
# 𝐆𝐀𝐂𝐎𝐑 itu") or wrote "T E R I M A  K A S I H"; without it the holdout's recall at the spam
# threshold rose from 0.849 to 0.874 (PR AUC 0.9986 to 0.9991). And the share of digits: it
# made a bare "99" score 0.998 and pushed citizens' notices with a phone number ("KTP ketemu,
# hub 0857...") to the top of the held-out ham, where they set the spam threshold; phone
# numbers, money and the brands' digits in their n-grams say what it said. Without it, on the
# sets of docs/QUALITY.md: judol-yt-fahruu F1 0.836 to 0.861, id-sms recall 0.510 to 0.517, our
# hard cases' recall 0.675 to 0.699, no more genuine comments marked spam on the news set or
# the hard cases (threshold 0.9974 to 0.9965). Money is a flag ("money_named"), not the log
# count ("money"): counted, a parent's list of what a child's sport costs outweighed an advert
# (docs/QUALITY.md, tenth session).
MODEL_META_FEATURES = tuple(
    name for name in META_FEATURES
    if name not in ("length", "capital_ratio", "exclamations", "disguised", "digit_ratio",
                    "money")
)
# The SVM's regularisation: 3e-5 for the default corpus (38,000 real and written comments), where
# it separated our hardest civic comments from spam better than 1e-4 on the holdout. A small
# training set (a site's own few hundred labels) needs more: there it is chosen from
# SMALL_DATA_ALPHAS by cross-validation on the training part alone.
DEFAULT_ALPHA = 3e-5
SMALL_DATA = 5_000
SMALL_DATA_ALPHAS = (1e-4, 3e-4, 1e-3, 3e-3, 1e-2)
MAX_CHAR_FEATURES = 300_000
MAX_WORD_FEATURES = 200_000
HOLDOUT_FRACTION = 0.2
# The held-out genuine comments the card names as what the spam threshold rests on, and how much
# of each (the card is stored and shown; a comment is at most 5,000 characters).
HIGHEST_HAM_SHOWN = 5
HIGHEST_HAM_CHARS = 300


class TrainingError(ValueError):
    """The examples cannot make a model (e.g. only one class)."""


@dataclass
class TrainedModel:
    """A fitted pipeline, its model card and the holdout scores behind the card."""

    pipeline: Pipeline
    card: dict[str, Any]
    holdout_labels: list[int] = field(default_factory=list)
    holdout_probabilities: list[float] = field(default_factory=list)

    @property
    def thresholds(self) -> dict[str, float]:
        """``{"spam": ..., "approve": ...}`` chosen on the holdout."""
        return dict(self.card["thresholds"])


def _featuriser(min_df: int) -> Pipeline:
    """Comments to feature rows: the pipeline's ``normalise`` and ``features`` steps."""
    chars = CharNgramTfidf(ngram_range=(2, 5), min_df=min_df, max_features=MAX_CHAR_FEATURES)
    words = WordNgramTfidf(ngram_range=(1, 2), min_df=min_df, max_features=MAX_WORD_FEATURES)
    features = FeatureUnion(
        [
            ("chars", Pipeline([("text", NormalisedTextSelector()), ("tfidf", chars)])),
            ("words", Pipeline([("text", NormalisedTextSelector()), ("tfidf", words)])),
            ("meta", MetaFeatures(features=MODEL_META_FEATURES)),
        ]
    )
    return Pipeline([("normalise", CommentNormaliser()), ("features", features)])


def _classifier(*, random_state: int, n_splits: int, alpha: float) -> CalibratedClassifierCV:
    """Feature rows to a spam probability: the pipeline's ``classify`` step."""
    # A hinge-loss linear model fitted by SGD: as accurate as LinearSVC on the seed holdout
    # and several times faster on 100k comments. Folds are fitted on two threads (SGD runs
    # without the GIL).
    svm = SGDClassifier(loss="hinge", alpha=alpha, max_iter=50, tol=1e-4,
                        random_state=random_state)
    return CalibratedClassifierCV(
        svm,
        method="sigmoid",
        cv=StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=random_state),
        ensemble=False,
        n_jobs=2,
    )


def build_pipeline(
    *, random_state: int = 0, n_splits: int = 5, min_df: int = 2, alpha: float = DEFAULT_ALPHA
) -> Pipeline:
    """The untrained pipeline; see the module docstring for its input and parts."""
    classifier = _classifier(random_state=random_state, n_splits=n_splits, alpha=alpha)
    return Pipeline([*_featuriser(min_df).steps, ("classify", classifier)])


def items_of(examples: Sequence[LabeledText]) -> list[tuple[str, float | None]]:
    """Pipeline input for labeled examples."""
    return [(example.text, example.seconds_to_submit) for example in examples]


def _counts(examples: Sequence[LabeledText]) -> dict[str, Any]:
    labels = Counter("spam" if e.label else "ham" for e in examples)
    per_source: dict[str, dict[str, int]] = {}
    for example in examples:
        entry = per_source.setdefault(example.source, {"spam": 0, "ham": 0})
        entry["spam" if example.label else "ham"] += 1
    return {
        "total": len(examples),
        "spam": labels["spam"],
        "ham": labels["ham"],
        "per_source": dict(sorted(per_source.items())),
    }


def _per_family(
    examples: Sequence[LabeledText], probabilities: np.ndarray, threshold: float
) -> dict[str, dict[str, Any]]:
    """Recall per spam family and false-positive rate per ham family, at the spam threshold."""
    groups: dict[tuple[str, int], list[float]] = {}
    for example, probability in zip(examples, probabilities, strict=True):
        if example.family:
            groups.setdefault((example.family, example.label), []).append(float(probability))
    result: dict[str, dict[str, Any]] = {}
    for (family, label), scores in sorted(groups.items()):
        flagged = sum(score >= threshold for score in scores)
        kind = "spam" if label else "ham"
        key = family if (family, 1 - label) not in groups else f"{family}/{kind}"
        entry: dict[str, Any] = {"label": "spam" if label else "ham", "n": len(scores)}
        if label:
            entry["recall"] = flagged / len(scores)
        else:
            entry["fpr"] = flagged / len(scores)
        result[key] = entry
    return result


def _cross_validated_alpha(train: Sequence[LabeledText], random_state: int) -> float:
    """The alpha of :data:`SMALL_DATA_ALPHAS` with the best average precision over three folds
    of the training part (the holdout is never looked at).

    The features do not depend on alpha, so each fold's are computed once and only the
    classifier is fitted per alpha."""
    items = items_of(train)
    labels = np.asarray([example.label for example in train], dtype=int)
    weights = np.asarray([example.weight for example in train], dtype=np.float64)
    folds = list(StratifiedKFold(n_splits=3, shuffle=True, random_state=random_state)
                 .split(np.zeros(len(labels)), labels))
    scores: dict[float, list[float]] = {alpha: [] for alpha in SMALL_DATA_ALPHAS}
    for fit_rows, test_rows in folds:
        featurise = _featuriser(min_df=2)
        fitted = featurise.fit_transform([items[i] for i in fit_rows])
        tested = featurise.transform([items[i] for i in test_rows])
        for alpha in SMALL_DATA_ALPHAS:
            classifier = _classifier(random_state=random_state, n_splits=2, alpha=alpha)
            with warnings.catch_warnings(), parallel_config(backend="threading"):
                warnings.simplefilter("ignore", ConvergenceWarning)
                classifier.fit(fitted, labels[fit_rows], sample_weight=weights[fit_rows])
            probabilities = classifier.predict_proba(tested)[:, 1]
            scores[alpha].append(average_precision_score(labels[test_rows], probabilities))
    best_alpha, best_score = DEFAULT_ALPHA, -1.0
    for alpha in SMALL_DATA_ALPHAS:
        if float(np.mean(scores[alpha])) > best_score:
            best_alpha, best_score = alpha, float(np.mean(scores[alpha]))
    return best_alpha


def holdout_group(source: str) -> str:
    """The part of the holdout a comment belongs to: ``seed``, ``real``, ``moderators``..."""
    return source.split("/", 1)[0] if "/" in source else source


def _per_holdout(
    examples: Sequence[LabeledText], probabilities: np.ndarray, threshold: float
) -> dict[str, dict[str, Any]]:
    """Metrics on each part of the holdout, so our own writing never hides the real comments."""
    groups: dict[str, list[int]] = {}
    for index, example in enumerate(examples):
        groups.setdefault(holdout_group(example.source), []).append(index)
    return {
        group: evaluate([examples[i].label for i in indices], probabilities[indices], threshold)
        for group, indices in sorted(groups.items())
    }


def _split(
    examples: Sequence[LabeledText], random_state: int
) -> tuple[list[LabeledText], list[LabeledText]]:
    labels = [example.label for example in examples]
    per_class = Counter(labels)
    stratify = labels if min(per_class.values()) >= 2 else None
    train, holdout = train_test_split(
        list(examples), test_size=HOLDOUT_FRACTION, random_state=random_state, stratify=stratify
    )
    return list(train), list(holdout)


def fit_pipeline(examples: Sequence[LabeledText], *, random_state: int = 0) -> Pipeline:
    """The pipeline fitted on all of ``examples``, with no holdout and no thresholds: for
    published protocols that train on a fixed part and judge at the balanced decision
    (probability 0.5). The product trains with :func:`train_model`, whose thresholds need a
    holdout.

    Raises:
        TrainingError: the examples lack spam or ham.
    """
    return _fit(list(examples), random_state, lambda step: logger.info("%s", step))[0]


def _fit(
    train: list[LabeledText], random_state: int, report: Callable[[TrainingStep], None]
) -> tuple[Pipeline, float]:
    """Fit the pipeline on ``train`` (alpha chosen by cross-validation on a small set);
    returns it and the alpha."""
    train_labels = [example.label for example in train]
    per_class = Counter(train_labels)
    if per_class[0] == 0 or per_class[1] == 0:
        raise TrainingError("training needs both spam and ham examples")
    n_splits = max(2, min(5, min(per_class.values())))
    alpha = DEFAULT_ALPHA
    if len(train) < SMALL_DATA and min(per_class.values()) >= 3:
        alpha = _cross_validated_alpha(train, random_state)
        report(TrainingStep("alpha", {"alpha": alpha, "comments": len(train)},
                            f"chose alpha {alpha:g} by cross-validation on {len(train)} comments"))
    pipeline = build_pipeline(random_state=random_state, n_splits=n_splits, alpha=alpha)
    report(TrainingStep(
        "fitting", {"comments": len(train), "spam": per_class[1], "ham": per_class[0]},
        f"fitting on {len(train)} comments ({per_class[1]} spam, {per_class[0]} ham)"))
    with warnings.catch_warnings(record=True) as caught, parallel_config(backend="threading"):
        warnings.simplefilter("always", ConvergenceWarning)
        weights = np.asarray([example.weight for example in train], dtype=np.float64)
        fit_params = {} if np.all(weights == 1.0) else {"classify__sample_weight": weights}
        pipeline.fit(items_of(train), np.asarray(train_labels, dtype=int), **fit_params)
    for warning in caught:
        if issubclass(warning.category, ConvergenceWarning):
            logger.warning("training: %s", warning.message)
        else:
            warnings.warn_explicit(
                warning.message, warning.category, warning.filename, warning.lineno
            )
    return pipeline, alpha


def train_model(
    examples: Sequence[LabeledText],
    *,
    target_ham_fpr: float = 0.001,
    target_spam_miss: float = 0.01,
    random_state: int = 0,
    holdout: Sequence[LabeledText] | None = None,
    progress: Progress | None = None,
) -> TrainedModel:
    """Fit the pipeline, choose thresholds on the holdout and write the model card.

    Args:
        examples: training comments; when *holdout* is None, a stratified 20% of them is held
            out instead.
        target_ham_fpr: share of ham the spam threshold may mark spam on the holdout.
        target_spam_miss: share of spam the approve threshold may let through on the holdout.
        random_state: seeds the split, the folds and the SVM.
        holdout: comments to choose thresholds and report metrics on.
        progress: called with each :class:`TrainingStep`, for a CLI or a job to show.

    Raises:
        TrainingError: the training part lacks spam or ham, or the holdout is empty.
    """

    def report(step: TrainingStep) -> None:
        logger.info("%s", step)
        if progress is not None:
            progress(step)

    started = time.perf_counter()
    if holdout is None:
        train, held = _split(examples, random_state)
    else:
        train, held = list(examples), list(holdout)
    if not held:
        raise TrainingError("the holdout is empty")
    pipeline, alpha = _fit(train, random_state, report)
    fitted_at = time.perf_counter()
    report(TrainingStep("scoring_holdout", {"comments": len(held)},
                        f"scoring the holdout of {len(held)} comments"))
    held_labels = [example.label for example in held]
    probabilities = pipeline.predict_proba(items_of(held))[:, 1]
    thresholds = choose_thresholds(
        held_labels,
        probabilities,
        target_ham_fpr=target_ham_fpr,
        target_spam_miss=target_spam_miss,
    )
    thresholds.basis["highest_ham"] = highest_ham(held, probabilities)
    metrics = evaluate(held_labels, probabilities, thresholds.spam)
    report(TrainingStep(
        "holdout_result",
        {"recall": metrics["recall"] or 0.0, "fpr": metrics["fpr"] or 0.0,
         "threshold": thresholds.spam},
        "holdout: precision {} recall {} fpr {} at spam threshold {:.4f}".format(
            _fmt(metrics["precision"]), _fmt(metrics["recall"]), _fmt(metrics["fpr"]),
            thresholds.spam,
        ),
    ))
    card: dict[str, Any] = {
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "data": {"train": _counts(train), "holdout": _counts(held),
                 "provenance": provenance(e.source for e in (*train, *held))},
        "metrics": metrics,
        "holdouts": _per_holdout(held, probabilities, thresholds.spam),
        "curves": score_curves(held_labels, probabilities),
        "threshold_basis": thresholds.basis,
        "metrics_at_approve_threshold": evaluate(held_labels, probabilities, thresholds.approve),
        "thresholds": {"spam": thresholds.spam, "approve": thresholds.approve},
        "targets": {"ham_fpr": target_ham_fpr, "spam_miss": target_spam_miss},
        "per_family": _per_family(held, probabilities, thresholds.spam),
        "random_state": random_state,
        "alpha": alpha,
        "features": {
            name: len(transformer[-1].vocabulary_)
            for name, transformer in pipeline.named_steps["features"].transformer_list
            if isinstance(transformer, Pipeline)
        },
        "pipeline_input": "list of str or (text, seconds_to_submit) tuples",
        "timing_seconds": {
            "fit": round(fitted_at - started, 3),
            "total": round(time.perf_counter() - started, 3),
        },
        "versions": {
            "python": platform.python_version(),
            "sklearn": sklearn.__version__,
            "numpy": np.__version__,
            "scipy": scipy.__version__,
            "skops": skops.__version__,
        },
    }
    return TrainedModel(
        pipeline=pipeline,
        card=card,
        holdout_labels=[int(label) for label in held_labels],
        holdout_probabilities=[float(p) for p in probabilities],
    )


def highest_ham(held: Sequence[LabeledText], probabilities: Sequence[float],
                count: int = HIGHEST_HAM_SHOWN) -> list[dict[str, Any]]:
    """The held-out genuine comments that score highest, highest first, with their source.

    The spam threshold sits just above the highest ham it may not reach, so these say in words
    what it rests on: an operator who lowers it reads which genuine comments would go first.
    """
    ranked = heapq.nsmallest(count, ((-float(p), number) for number, (example, p)
                                     in enumerate(zip(held, probabilities, strict=True))
                                     if example.label == 0))
    return [{"score": -negative, "source": held[number].source,
             "text": held[number].text[:HIGHEST_HAM_CHARS]}
            for negative, number in ranked]


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.4f}"
