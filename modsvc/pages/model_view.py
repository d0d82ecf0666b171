"""A model as people read it on /ops/models: what it catches and what it wrongly holds, on the
portal's own comments first, what changed against the model it was compared with, and charts
drawn from the card's figures in the page's language (inline SVG, no image files).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from flask_babel import lazy_gettext as _l

from modsvc.config import Settings
from modsvc.model_store import failed_checks

# The parts of a holdout, most telling first: the portal's own comments as moderators decided
# them, real comments from elsewhere, then our own writing.
HOLDOUT_LABELS = {
    "moderators": _l("the portal's comments decided by moderators"),
    "real": _l("real comments in the bundled data (YouTube)"),
    "seed": _l("examples written by the team"),
}
CHART_WIDTH, CHART_HEIGHT = 420, 220
_LEFT, _BOTTOM, _TOP, _RIGHT = 44, 36, 10, 18


@dataclass(frozen=True)
class Result:
    """What a model did on one set of comments whose truth is known."""

    name: str
    comments: int
    spam: int
    caught: int
    genuine: int
    held: int

    @property
    def caught_share(self) -> float:
        return self.caught / self.spam if self.spam else 0.0

    @property
    def held_share(self) -> float:
        return self.held / self.genuine if self.genuine else 0.0


def result(name: str, metrics: dict[str, Any]) -> Result | None:
    """The figures people need from one evaluation, or None when it has none."""
    confusion = metrics.get("confusion") or {}
    if not confusion:
        return None
    spam = int(confusion.get("tp", 0)) + int(confusion.get("fn", 0))
    genuine = int(confusion.get("tn", 0)) + int(confusion.get("fp", 0))
    return Result(name=name, comments=spam + genuine, spam=spam, caught=int(confusion["tp"]),
                  genuine=genuine, held=int(confusion.get("fp", 0)))


def holdout_results(card: dict[str, Any]) -> list[Result]:
    """The model's results per part of its holdout, the portal's own comments first."""
    parts = card.get("holdouts") or {}
    order = [name for name in HOLDOUT_LABELS if name in parts]
    order += sorted(name for name in parts if name not in HOLDOUT_LABELS)
    found = [result(str(HOLDOUT_LABELS.get(name, name)), parts[name]) for name in order]
    results = [item for item in found if item is not None]
    if not results:
        whole = result("holdout", card.get("metrics") or {})
        results = [whole] if whole else []
    return results


def change(card: dict[str, Any]) -> dict[str, Any] | None:
    """Against the model live when this one was trained, on the same comments."""
    comparison = card.get("comparison")
    if not comparison:
        return None
    new = result("candidate", comparison.get("candidate") or {})
    old = result("active", comparison.get("active") or {})
    if new is None or old is None:
        return None
    return {"against": comparison.get("against"), "new": new, "old": old,
            "not_worse": bool(comparison.get("candidate_not_worse")),
            "failed": failed_checks(comparison)}


def thresholds_in_force(card: dict[str, Any], settings: Settings) -> dict[str, float | None]:
    """The thresholds the policy uses with this model: the settings' when an operator set
    them, else the model's own."""
    own = card.get("thresholds") or {}
    return {"spam": settings.spam_threshold or own.get("spam"),
            "approve": settings.approve_threshold or own.get("approve"),
            "overridden": bool(settings.spam_threshold or settings.approve_threshold)}


def threshold_basis(card: dict[str, Any], spam_threshold: float | None) -> dict[str, Any] | None:
    """How many held-out genuine comments the spam threshold rests on, and the highest of them,
    each saying whether the threshold in force marks it (cards before the list: None)."""
    basis = card.get("threshold_basis") or {}
    highest = basis.get("highest_ham")
    if not highest:
        return None
    return {
        "holdout_ham": int(basis.get("holdout_ham", 0)),
        "highest": [{**one, "marked": spam_threshold is not None
                     and float(one["score"]) >= spam_threshold} for one in highest],
    }


def _x(score: float) -> float:
    return _LEFT + score * (CHART_WIDTH - _LEFT - _RIGHT)


def _y(share: float) -> float:
    return CHART_HEIGHT - _BOTTOM - share * (CHART_HEIGHT - _BOTTOM - _TOP)


def histogram_chart(card: dict[str, Any]) -> dict[str, Any] | None:
    """Bars of how many genuine and spam comments got each score, on a logarithmic scale (a
    few spam-like genuine comments must stay visible beside thousands near zero)."""
    histogram = (card.get("curves") or {}).get("histogram")
    if not histogram:
        return None
    bins = int(histogram["bins"])
    top = max([*histogram["ham"], *histogram["spam"], 1])
    scale = math.log10(top + 1)
    width = (CHART_WIDTH - _LEFT - _RIGHT) / bins / 2
    bars = []
    for kind, counts in (("ham", histogram["ham"]), ("spam", histogram["spam"])):
        for index, count in enumerate(counts):
            if not count:
                continue
            height = math.log10(count + 1) / scale
            x = _x(index / bins) + (width if kind == "spam" else 0)
            bars.append({"kind": kind, "x": round(x, 1), "y": round(_y(height), 1),
                         "width": round(width - 0.5, 1), "height": round(_y(0) - _y(height), 1),
                         "count": count, "low": index / bins, "high": (index + 1) / bins})
    ticks = [{"x": round(_x(step / 4), 1), "share": step / 4} for step in range(5)]
    levels = [level for level in (1, 10, 100, 1000, 10_000, 100_000) if level <= top]
    y_ticks = [{"y": round(_y(math.log10(level + 1) / scale), 1), "count": level}
               for level in levels]
    return {"bars": bars, "ticks": ticks, "y_ticks": y_ticks}


def pr_chart(card: dict[str, Any], spam_threshold: float | None) -> dict[str, Any] | None:
    """The precision-recall curve, with the point the spam threshold stands on."""
    points = (card.get("curves") or {}).get("pr_curve") or []
    if not points:
        return None
    # One point per recall, the best precision reached there: the curve reads left to right.
    best: dict[float, float] = {}
    for recall, precision, _cut in points:
        best[recall] = max(precision, best.get(recall, 0.0))
    path = " ".join(f"{'M' if i == 0 else 'L'}{_x(r):.1f},{_y(p):.1f}"
                    for i, (r, p) in enumerate(sorted(best.items())))
    marker = None
    if spam_threshold is not None:
        at = [point for point in points if point[2] >= spam_threshold]
        if at:
            recall, precision, _cut = min(at, key=lambda point: point[2])
            marker = {"x": round(_x(recall), 1), "y": round(_y(precision), 1),
                      "recall": recall, "precision": precision}
    ticks = [{"x": round(_x(step / 4), 1), "y": round(_y(step / 4), 1), "share": step / 4}
             for step in range(5)]
    return {"path": path, "marker": marker, "ticks": ticks}


def model_view(summary: dict[str, Any], card: dict[str, Any], settings: Settings
               ) -> dict[str, Any]:
    """Everything /ops/models shows about one model."""
    thresholds = thresholds_in_force(card, settings)
    data = card.get("data") or {}
    train = data.get("train") or {}
    moderators = sum(int(part.get("ham", 0)) + int(part.get("spam", 0))
                     for source, part in (train.get("per_source") or {}).items()
                     if source.startswith("moderators"))
    return {
        **summary,
        "results": holdout_results(card),
        "change": change(card),
        "thresholds_in_force": thresholds,
        "trained_on": {"total": int(train.get("total", 0)), "spam": int(train.get("spam", 0)),
                       "ham": int(train.get("ham", 0)), "moderators": moderators},
        "basis": threshold_basis(card, thresholds["spam"]),
        "confusion": (card.get("metrics") or {}).get("confusion"),
        "histogram": histogram_chart(card),
        "pr": pr_chart(card, thresholds["spam"]),
        "chart": {"width": CHART_WIDTH, "height": CHART_HEIGHT, "left": _LEFT,
                  "bottom": CHART_HEIGHT - _BOTTOM, "top": _TOP, "right": CHART_WIDTH - _RIGHT},
    }
