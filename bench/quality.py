"""Classifier quality on the public evaluation sets (issue 3): ``python -m bench quality``.

The sets live outside the project (``../shared/data/eval``, or ``MODSVC_EVAL_DIR``) and are only
ever measured on, never shipped or used for the default model. Protocols:

1. **Seed only**: the default model (seed corpus) on each ``judol-yt-*`` set (F1, ROC AUC) and
   on ``id-news-comments-dev`` (false-positive rate).
2. **Seed + the other sets**: for each ``judol-yt-*`` set, a model trained on the seed, the other
   judol sets and ``id-sms-spam`` (the evaluated set left out); F1 on it, and the FPR on
   ``id-news-comments-dev`` of the model trained on seed + every judol set + ``id-sms-spam``.
3. **In-domain, published protocols**: ``uci-youtube-spam`` per video, oldest 70% of each class
   to train and newest 30% to test (Alberto et al. 2015, TubeSpam); ``uci-sms-spam`` with 30%
   to train and 70% to test (Almeida et al. 2011).

Figures are given at the model's own spam threshold (chosen for a 0.1% ham FPR, what the portal
runs with) and, for the in-domain protocols whose papers report balanced measures, also at the
threshold that maximises F1 on the training part's holdout.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from classifiers.corpus import LabeledText, parse_label, seed_corpus
from classifiers.evaluation import evaluate
from classifiers.scoring import Scorer
from classifiers.training import TrainedModel, train_model

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL_DIR = ROOT.parent / "shared" / "data" / "eval"
TEXT_COLUMNS = ("text", "content", "comment", "message", "body", "v2")
LABEL_COLUMNS = ("label", "class", "is_spam", "spam", "v1")
DATE_COLUMNS = ("date", "timestamp", "published_at", "created_at", "time")
VIDEO_COLUMNS = ("video", "video_id", "video_name", "source")
# TubeSpam (Alberto, Lochter and Almeida, 2015): the best per-video MCC lies in this range; we
# do not have the per-video table here, so a video counts as beaten only above the top of it.
TUBESPAM_BEST_MCC_RANGE = (0.89, 0.955)
ALMEIDA_SVM_MCC = 0.893


@dataclass(frozen=True)
class Row:
    """One labeled comment of an evaluation set, with what the protocols need."""

    text: str
    label: int
    date: datetime | None = None
    group: str | None = None


def _pick(columns: Sequence[str], names: Sequence[str]) -> str | None:
    lowered = {c.lower().strip(): c for c in columns}
    return next((lowered[n] for n in names if n in lowered), None)


def _date(raw: str | None) -> datetime | None:
    if not raw:
        return None
    try:
        return datetime.fromisoformat(raw.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def read_set(path: Path) -> list[Row]:
    """Read a CSV/TSV or JSON Lines set, finding its text, label, date and video columns."""
    if path.suffix in (".jsonl", ".json"):
        records = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    else:
        with path.open(newline="", encoding="utf-8", errors="replace") as handle:
            header = handle.readline()
            handle.seek(0)
            delimiter = "\t" if header.count("\t") > header.count(",") else ","
            records = list(csv.DictReader(handle, delimiter=delimiter))
    if not records:
        return []
    columns = list(records[0])
    text_col, label_col = _pick(columns, TEXT_COLUMNS), _pick(columns, LABEL_COLUMNS)
    if text_col is None or label_col is None:
        raise ValueError(f"{path}: no text/label columns among {columns}")
    date_col, group_col = _pick(columns, DATE_COLUMNS), _pick(columns, VIDEO_COLUMNS)
    rows = []
    for record in records:
        text = str(record.get(text_col) or "").strip()
        if not text:
            continue
        rows.append(Row(
            text=text,
            label=parse_label(str(record[label_col])),
            date=_date(record.get(date_col)) if date_col else None,
            group=str(record[group_col]) if group_col and record.get(group_col) else None,
        ))
    return rows


def find_sets(directory: Path) -> dict[str, Path]:
    """Evaluation sets by name (file name without extension)."""
    found = {}
    for path in sorted(directory.rglob("*")):
        if path.suffix.lower() in (".csv", ".tsv", ".jsonl", ".json") and path.is_file():
            found[path.stem.lower()] = path
    return found


def _as_examples(rows: Sequence[Row], source: str) -> list[LabeledText]:
    return [LabeledText(text=r.text, label=r.label, source=source) for r in rows]


def _scores(model: TrainedModel, rows: Sequence[Row]) -> list[float]:
    scorer = Scorer(model.pipeline)
    return [scorer.probability(r.text) for r in rows]


def _f1_threshold(model: TrainedModel) -> float:
    """The threshold that maximises F1 on the model's own holdout."""
    labels = np.asarray(model.holdout_labels)
    probabilities = np.asarray(model.holdout_probabilities)
    best, best_f1 = 0.5, -1.0
    for threshold in np.unique(probabilities):
        predicted = probabilities >= threshold
        tp = float(np.sum(predicted & (labels == 1)))
        fp = float(np.sum(predicted & (labels == 0)))
        fn = float(np.sum(~predicted & (labels == 1)))
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        if f1 > best_f1:
            best, best_f1 = float(threshold), f1
    return best


def _measure(
    model: TrainedModel, rows: Sequence[Row], *, balanced: bool = False
) -> dict[str, Any]:
    labels = [r.label for r in rows]
    probabilities = _scores(model, rows)
    result = {"at_spam_threshold": evaluate(labels, probabilities, model.thresholds["spam"])}
    if balanced:
        result["at_f1_threshold"] = evaluate(labels, probabilities, _f1_threshold(model))
    return result


def _time_split(rows: Sequence[Row], train_share: float) -> tuple[list[Row], list[Row]]:
    """Oldest ``train_share`` of each class to train, the rest to test."""
    train: list[Row] = []
    test: list[Row] = []
    for label in (0, 1):
        of_class = sorted((r for r in rows if r.label == label),
                          key=lambda r: r.date or datetime.min)
        cut = math.floor(len(of_class) * train_share)
        train += of_class[:cut]
        test += of_class[cut:]
    return train, test


def _random_split(rows: Sequence[Row], train_share: float) -> tuple[list[Row], list[Row]]:
    shuffled = list(rows)
    random.Random(0).shuffle(shuffled)
    cut = math.floor(len(shuffled) * train_share)
    return shuffled[:cut], shuffled[cut:]


def run(eval_dir: Path) -> dict[str, Any]:
    """Every protocol on whatever sets exist in ``eval_dir``."""
    sets = find_sets(eval_dir)
    data = {name: read_set(path) for name, path in sets.items()}
    judol = sorted(n for n in data if n.startswith("judol-yt-"))
    news = next((n for n in data if n.startswith("id-news-comments-dev")), None)
    sms_id = next((n for n in data if n.startswith("id-sms-spam")), None)
    report: dict[str, Any] = {
        "eval_dir": str(eval_dir), "sets": {n: len(r) for n, r in data.items()}
    }

    seed_model = train_model(seed_corpus("train"), holdout=seed_corpus("holdout"))
    report["seed_only"] = {n: _measure(seed_model, data[n]) for n in judol}
    if news:
        report["seed_only"][news] = _measure(seed_model, data[news])

    extra_names = judol + ([sms_id] if sms_id else [])
    report["seed_plus_others"] = {}
    for name in judol:
        others = [e for n in extra_names if n != name for e in _as_examples(data[n], n)]
        model = train_model([*seed_corpus("train"), *others], holdout=seed_corpus("holdout"))
        report["seed_plus_others"][name] = _measure(model, data[name])
    if news and extra_names:
        everything = [e for n in extra_names for e in _as_examples(data[n], n)]
        model = train_model([*seed_corpus("train"), *everything], holdout=seed_corpus("holdout"))
        report["seed_plus_others"][news] = _measure(model, data[news])

    youtube = {n: rows for n, rows in data.items() if n.startswith(("uci-youtube", "youtube"))}
    per_video: dict[str, list[Row]] = {}
    for name, rows in youtube.items():
        for row in rows:
            per_video.setdefault((row.group or name).lower(), []).append(row)
    report["uci_youtube_per_video"] = {}
    for video, rows in sorted(per_video.items()):
        train, test = _time_split(rows, 0.7)
        model = train_model(_as_examples(train, video))
        measured = _measure(model, test, balanced=True)
        best = measured["at_f1_threshold"]["mcc"]
        measured["paper_best_mcc_range"] = TUBESPAM_BEST_MCC_RANGE
        measured["beats_paper_for_sure"] = best is not None and best > TUBESPAM_BEST_MCC_RANGE[1]
        report["uci_youtube_per_video"][video] = measured

    sms = next((n for n in data if n.startswith("uci-sms")), None)
    if sms:
        train, test = _random_split(data[sms], 0.3)
        model = train_model(_as_examples(train, sms))
        report["uci_sms"] = {**_measure(model, test, balanced=True),
                             "paper_svm_mcc": ALMEIDA_SVM_MCC}
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """Print the quality report as JSON."""
    parser = argparse.ArgumentParser(prog="python -m bench quality", description=__doc__)
    parser.add_argument("--eval-dir", type=Path,
                        default=Path(os.environ.get("MODSVC_EVAL_DIR", DEFAULT_EVAL_DIR)))
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        print(json.dumps({"error": f"no evaluation sets at {args.eval_dir}"}), file=sys.stderr)
        return 2
    print(json.dumps(run(args.eval_dir), indent=2, default=str))
    return 0
