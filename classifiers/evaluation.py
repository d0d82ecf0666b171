"""Metrics at a decision threshold and the choice of thresholds on a holdout.

A genuine comment marked spam is the worst error the service can make, so the spam threshold is
chosen for a ham false-positive rate target first; the approve threshold is chosen separately so
that only a small share of spam is ever auto-approved.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import average_precision_score, matthews_corrcoef, roc_auc_score

logger = logging.getLogger(__name__)

__all__ = ["Thresholds", "choose_thresholds", "evaluate"]


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def evaluate(
    labels: Sequence[int], probabilities: Sequence[float], threshold: float
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


class Thresholds(dict[str, float]):
    """``{"spam": float, "approve": float}``, a dict so it goes into the model card as is."""

    @property
    def spam(self) -> float:
        return self["spam"]

    @property
    def approve(self) -> float:
        return self["approve"]


def choose_thresholds(
    labels: Sequence[int],
    probabilities: Sequence[float],
    *,
    target_ham_fpr: float = 0.001,
    target_spam_miss: float = 0.01,
) -> Thresholds:
    """Pick the spam and approve thresholds on a holdout.

    ``spam`` is the lowest score at which the share of ham scoring at or above it is at most
    *target_ham_fpr*; ``approve`` is the highest score below which at most *target_spam_miss* of
    the spam falls. When they cross, ``approve`` is lowered to ``spam``: nothing is ever both
    auto-approved and auto-spammed, and the comments in between wait for a moderator.
    """
    y = np.asarray(labels, dtype=int)
    p = np.asarray(probabilities, dtype=float)
    ham_scores = np.sort(p[y == 0])[::-1]
    spam_scores = np.sort(p[y == 1])
    if ham_scores.size:
        # k ham may stay at or above the threshold; it must sit just above the (k+1)-th highest.
        allowed = math.floor(target_ham_fpr * ham_scores.size + 1e-9)
        if allowed >= ham_scores.size:
            spam_threshold = 0.0
        else:
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
    return Thresholds(spam=spam_threshold, approve=min(approve, spam_threshold))
