"""Metrics at a decision threshold and the choice of thresholds on a holdout.

A genuine comment marked spam is the worst error the service can make, so the spam threshold is
chosen for a ham false-positive rate target first, and chosen so that the target holds with 95%
confidence, not merely on the holdout: with n ham held out and k of them at or above the
threshold, the one-sided Clopper-Pearson upper bound of the false-positive rate must be at or
below the target. 0.1% then needs about 3,000 ham with none above the threshold, about 4,800
with one. A holdout too small for that (the seed corpus alone: 780 ham) gets the threshold just
above its highest ham, and the card says the target was not resolvable. The approve threshold is
chosen separately so that only a small share of spam is ever auto-approved.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.stats import beta
from sklearn.metrics import average_precision_score, matthews_corrcoef, roc_auc_score

logger = logging.getLogger(__name__)

__all__ = ["CONFIDENCE", "Thresholds", "choose_thresholds", "evaluate", "fpr_upper_bound"]

CONFIDENCE = 0.95


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def evaluate(
    labels: Sequence[int], probabilities: Sequence[float] | np.ndarray, threshold: float
) -> dict[str, Any]:
    """Metrics for the decision ``probability >= threshold`` means spam.

    Metrics that do not exist for the data are None: with only spam there is no FPR, ROC AUC or
    precision-recall trade-off to speak of but recall exists; with only ham, FPR exists.
    """
    y = np.asarray(labels, dtype=int)
    p = np.asarray(probabilities, dtype=float)
    if y.shape != p.shape:
        raise ValueError(f"{len(y)} labels but {len(p)} probabilities")
    predicted = p >= threshold
    tp = int(np.sum(predicted & (y == 1)))
    fp = int(np.sum(predicted & (y == 0)))
    tn = int(np.sum(~predicted & (y == 0)))
    fn = int(np.sum(~predicted & (y == 1)))
    spam, ham = tp + fn, tn + fp
    both = spam > 0 and ham > 0
    precision = _ratio(tp, tp + fp) if both else None
    recall = _ratio(tp, spam)
    f1 = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    mcc = float(matthews_corrcoef(y, predicted.astype(int))) if both else None
    return {
        "n": int(y.size),
        "spam": spam,
        "ham": ham,
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "roc_auc": float(roc_auc_score(y, p)) if both else None,
        "pr_auc": float(average_precision_score(y, p)) if both else None,
        "fpr": _ratio(fp, ham),
        "threshold": float(threshold),
        "mcc": mcc,
        "accuracy": _ratio(tp + tn, int(y.size)),
        "confusion": {"tp": tp, "fp": fp, "tn": tn, "fn": fn},
    }


def fpr_upper_bound(false_positives: int, ham: int, confidence: float = CONFIDENCE) -> float:
    """One-sided Clopper-Pearson upper bound of a false-positive rate seen as k of n ham."""
    if ham <= 0 or false_positives >= ham:
        return 1.0
    return float(beta.ppf(confidence, false_positives + 1, ham - false_positives))


class Thresholds(dict[str, float]):
    """``{"spam": float, "approve": float}``, a dict so it goes into the model card as is.

    ``basis`` says what the spam threshold rests on (see :func:`choose_thresholds`).
    """

    basis: dict[str, Any]

    @property
    def spam(self) -> float:
        return self["spam"]

    @property
    def approve(self) -> float:
        return self["approve"]


def _allowed_ham(ham: int, target: float, confidence: float) -> tuple[int, bool]:
    """How many held-out ham may score at or above the spam threshold, and whether even none
    is enough to show the target (False: the holdout is too small to resolve it)."""
    if fpr_upper_bound(0, ham, confidence) > target:
        return 0, False
    allowed = 0
    while allowed + 1 < ham and fpr_upper_bound(allowed + 1, ham, confidence) <= target:
        allowed += 1
    return allowed, True


def choose_thresholds(
    labels: Sequence[int],
    probabilities: Sequence[float],
    *,
    target_ham_fpr: float = 0.001,
    target_spam_miss: float = 0.01,
    confidence: float = CONFIDENCE,
) -> Thresholds:
    """Pick the spam and approve thresholds on a holdout.

    ``spam`` is the lowest score at which the false-positive rate on ham like the holdout's is
    at most *target_ham_fpr* with the given confidence (see the module docstring); ``approve``
    is the highest score below which at most *target_spam_miss* of the spam falls. When they
    cross, ``approve`` is lowered to ``spam``: nothing is ever both auto-approved and
    auto-spammed, and the comments in between wait for a moderator.
    """
    y = np.asarray(labels, dtype=int)
    p = np.asarray(probabilities, dtype=float)
    ham_scores = np.sort(p[y == 0])[::-1]
    spam_scores = np.sort(p[y == 1])
    allowed, resolvable = _allowed_ham(int(ham_scores.size), target_ham_fpr, confidence)
    if ham_scores.size:
        # k ham may stay at or above the threshold; it must sit just above the (k+1)-th highest.
        spam_threshold = float(np.nextafter(ham_scores[allowed], np.inf))
    else:
        logger.warning("no ham in the holdout: spam threshold falls back to 0.5")
        spam_threshold = 0.5
    spam_threshold = min(spam_threshold, 1.0)
    if spam_scores.size:
        allowed = math.floor(target_spam_miss * spam_scores.size + 1e-9)
        approve = 1.0 if allowed >= spam_scores.size else float(spam_scores[allowed])
    else:
        logger.warning("no spam in the holdout: approve threshold falls back to 0")
        approve = 0.0
    thresholds = Thresholds(spam=spam_threshold, approve=min(approve, spam_threshold))
    thresholds.basis = {
        "holdout_ham": int(ham_scores.size),
        "ham_at_or_above_spam_threshold": int(np.sum(ham_scores >= spam_threshold)),
        "target_ham_fpr": target_ham_fpr,
        "confidence": confidence,
        "fpr_upper_bound": fpr_upper_bound(
            int(np.sum(ham_scores >= spam_threshold)), int(ham_scores.size), confidence),
        "target_resolvable": resolvable,
    }
    return thresholds


HISTOGRAM_BINS = 20
PR_POINTS = 60


def score_curves(labels: Sequence[int], probabilities: Sequence[float]) -> dict[str, Any]:
    """What the holdout's scores look like, small enough for the model card: how many genuine
    and spam comments fall in each twentieth of the score, and the precision-recall curve at
    up to :data:`PR_POINTS` thresholds. Pages draw them in their reader's language."""
    y = np.asarray(labels, dtype=int)
    p = np.asarray(probabilities, dtype=float)
    edges = np.linspace(0.0, 1.0, HISTOGRAM_BINS + 1)
    ham, _ = np.histogram(p[y == 0], bins=edges)
    spam, _ = np.histogram(p[y == 1], bins=edges)
    points: list[list[float]] = []
    if y.min(initial=0) != y.max(initial=0):
        # Thresholds at quantiles of the spam scores, plus the extremes: the curve's shape
        # where it matters (high recall down to high precision) in a few dozen points.
        cuts = np.unique(np.concatenate([
            np.quantile(p[y == 1], np.linspace(0.0, 1.0, PR_POINTS - 2)), [0.0, 1.0]]))
        spam_total = int(np.sum(y == 1))
        for cut in cuts:
            flagged = p >= cut
            caught = int(np.sum(flagged & (y == 1)))
            if flagged.any():
                points.append([round(caught / spam_total, 4), round(caught / int(flagged.sum()), 4),
                               round(float(cut), 6)])
    return {"histogram": {"bins": HISTOGRAM_BINS, "ham": [int(v) for v in ham],
                          "spam": [int(v) for v in spam]},
            "pr_curve": points}
