"""The quality benchmark runs every measurement on a directory of labeled sets.

The real public sets are not part of the project; here a small directory is written from the
seed holdout (so the figures mean nothing; the test proves the harness reads the formats, goes
through the product's own paths and applies each protocol).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bench.quality import markdown, plot_curve, read_set, run
from classifiers.corpus import seed_corpus

pytestmark = pytest.mark.slow


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_every_measurement_runs_on_a_directory_of_sets(tmp_path: Path, redis_url: str) -> None:
    held = seed_corpus("holdout")
    spam = [e.text for e in held if e.label == 1]
    ham = [e.text for e in held if e.label == 0]
    _write(tmp_path / "judol-yt-fahruu.csv", ["text", "label"],
           [[t, "spam"] for t in spam[:40]] + [[t, "ham"] for t in ham[:40]])
    _write(tmp_path / "id-news-comments-dev.csv", ["text", "label"],
           [[t, "ham"] for t in ham[80:160]])
    (tmp_path / "id-sms-spam.jsonl").write_text("\n".join(
        json.dumps({"text": t, "label": label})
        for t, label in [*[(s, "spam") for s in spam[80:120]], *[(h, "ham") for h in ham[160:200]]]
    ))
    _write(tmp_path / "uci-youtube-spam.csv", ["text", "label", "date", "group"], [
        [t, str(label), f"2015-01-{1 + n % 28:02d}T10:00:00", video]
        for video in ("Psy", "Shakira")
        for n, (t, label) in enumerate([*[(s, 1) for s in spam[120:170]],
                                        *[(h, 0) for h in ham[200:250]]])
    ])
    _write(tmp_path / "uci-sms-spam.csv", ["v1", "v2"],
           [row for pair in zip([["spam", t] for t in spam[170:230]],
                                [["ham", t] for t in ham[250:310]], strict=True)
            for row in pair])

    report = run(tmp_path, redis_url=redis_url, steps=(0,))

    sets = report["default_model"]["sets"]
    assert set(sets) == {"judol-yt-fahruu", "id-news-comments-dev", "id-sms-spam",
                         "uci-youtube-spam", "uci-sms-spam"}
    assert sets["id-news-comments-dev"]["recall"] is None, "a ham-only set has no recall"
    assert sets["judol-yt-fahruu"]["worst_misses"], "the worst mistakes are listed"
    # Where an operator turns auto-approval on, spam scored below the approve threshold would be
    # published without a person: the report counts it, beside the ham that would be.
    below = sets["judol-yt-fahruu"]["below_approve"]
    assert 0 <= below["spam"] <= 40
    assert 0 <= below["ham"] <= 40
    assert below["ham"] > below["spam"], "most genuine comments sit below it, few spam"
    assert report["default_model"]["hard_cases"]["n"] > 400
    assert report["default_model"]["threshold_basis"]["holdout_ham"] > 4800
    # 30% of the 80 fahruu rows arrive as portal comments: none, then all 24 of them decided.
    assert [point["labels"] for point in report["learning_curve"]] == [0, 24]
    # This file lists its 40 spam first, so in file order all 24 decisions are spam; the
    # shuffled order feeds the moderator both kinds, from the same 80 rows.
    assert [p["spam_labels"] for p in report["learning_curve"]] == [0, 24]
    mixed = report["learning_curve_shuffled"]["points"]
    assert [point["labels"] for point in mixed] == [0, 24]
    assert 0 < mixed[-1]["spam_labels"] < 24
    for point in [*report["learning_curve"], *mixed]:
        # No threshold does better than the best one: what the ranking allows, beside what the
        # model's own threshold gave.
        assert point["best_f1_any_threshold"] >= (point["f1"] or 0.0)
        # A candidate that stayed out names the checks that kept it out; one that went live none.
        assert bool(point["failed_checks"]) == (not point["auto_activated"])
    assert "learning curve F1 after 300 labels, set shuffled" not in report["targets"], (
        "no 300-label point was measured here")
    assert "| shuffled | 24 (" in markdown(report)
    plot = tmp_path / "curve.png"
    plot_curve(report, plot)
    assert plot.read_bytes().startswith(b"\x89PNG")
    videos = report["in_domain"]["uci_youtube_per_video"]
    assert set(videos) == {"psy", "shakira"}
    assert videos["psy"]["balanced"]["n"] == 30, "newest 30% of 50 spam and 50 ham"
    assert videos["psy"]["paper_best_mcc"] == 0.925
    assert report["in_domain"]["uci_sms"]["balanced"]["n"] == 84, "the file's last 70%"
    assert "id-sms-spam recall" in report["targets"]
    assert "| judol-yt-fahruu |" in markdown(report)
    assert read_set(tmp_path / "uci-sms-spam.csv")[0].label == 1
