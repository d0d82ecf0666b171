"""PNG plots of a model's holdout scores, for operators comparing registry entries.

Drawn with matplotlib's Agg backend on a private figure (never pyplot's global state), so it
works in workers without a display and from several threads.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from pathlib import Path

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from sklearn.metrics import precision_recall_curve

logger = logging.getLogger(__name__)

__all__ = ["PLOT_FILES", "write_plots"]

PLOT_FILES = ("pr_curve.png", "score_histogram.png", "confusion_matrix.png")


def _save(figure: Figure, path: Path) -> None:
    FigureCanvasAgg(figure)
    figure.savefig(path, dpi=100)


def write_plots(
    labels: Sequence[int],
    probabilities: Sequence[float],
    thresholds: Mapping[str, float],
    directory: Path,
) -> list[Path]:
    """Write the PR curve, per-class score histogram and confusion matrix into *directory*."""
    y = np.asarray(labels, dtype=int)
    p = np.asarray(probabilities, dtype=float)
    spam_threshold = float(thresholds["spam"])
    approve_threshold = float(thresholds["approve"])
    paths = [directory / name for name in PLOT_FILES]

    figure = Figure(figsize=(5, 4))
    axes = figure.add_subplot()
    if y.min(initial=0) != y.max(initial=0):
        precision, recall, _ = precision_recall_curve(y, p)
        axes.plot(recall, precision, drawstyle="steps-post")
        predicted = p >= spam_threshold
        tp = int(np.sum(predicted & (y == 1)))
        if predicted.any():
            axes.plot([tp / max(int(np.sum(y == 1)), 1)], [tp / int(predicted.sum())], "o",
                      label=f"spam threshold {spam_threshold:.3f}")  # fmt: skip
            axes.legend(loc="lower left")
    else:
        axes.text(0.5, 0.5, "holdout has one class only", ha="center")
    axes.set(xlabel="recall (spam caught)", ylabel="precision", xlim=(0, 1.01), ylim=(0, 1.01),
             title="Precision-recall on the holdout")  # fmt: skip
    _save(figure, paths[0])

    figure = Figure(figsize=(6, 4))
    axes = figure.add_subplot()
    bins = [step / 40 for step in range(41)]
    axes.hist(p[y == 0], bins=bins, alpha=0.6, label=f"ham ({int(np.sum(y == 0))})")
    axes.hist(p[y == 1], bins=bins, alpha=0.6, label=f"spam ({int(np.sum(y == 1))})")
    axes.axvline(spam_threshold, color="red", linestyle="--", label="spam threshold")
    axes.axvline(approve_threshold, color="green", linestyle="--", label="approve threshold")
    axes.set(xlabel="spam probability", ylabel="comments", yscale="log",
             title="Holdout scores per class")  # fmt: skip
    axes.legend(loc="upper center")
    _save(figure, paths[1])

    figure = Figure(figsize=(4, 4))
    axes = figure.add_subplot()
    predicted = p >= spam_threshold
    matrix = np.array(
        [
            [int(np.sum(~predicted & (y == 0))), int(np.sum(predicted & (y == 0)))],
            [int(np.sum(~predicted & (y == 1))), int(np.sum(predicted & (y == 1)))],
        ]
    )
    axes.imshow(matrix, cmap="Blues")
    for row in range(2):
        for column in range(2):
            axes.text(column, row, str(matrix[row, column]), ha="center", va="center",
                      color="black", fontsize=14)  # fmt: skip
    axes.set(xticks=[0, 1], yticks=[0, 1], xticklabels=["not spam", "spam"],
             yticklabels=["ham", "spam"], xlabel="predicted", ylabel="actual",
             title=f"At spam threshold {spam_threshold:.3f}")  # fmt: skip
    figure.tight_layout()
    _save(figure, paths[2])
    logger.debug("wrote plots into %s", directory)
    return paths
