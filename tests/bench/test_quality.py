"""The quality benchmark runs every protocol on a directory of labeled sets.

The real public sets are not part of the project; here a small directory is written from the
seed holdout (so the figures mean nothing; the test proves the harness reads the formats and
applies each protocol).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from bench.quality import read_set, run
from classifiers.corpus import seed_corpus

pytestmark = pytest.mark.slow


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def test_every_protocol_runs_on_a_directory_of_sets(tmp_path: Path) -> None:
    held = seed_corpus("holdout")
    spam = [e.text for e in held if e.label == 1]
    ham = [e.text for e in held if e.label == 0]
    _write(tmp_path / "judol-yt-a.csv", ["text", "label"],
           [[t, "spam"] for t in spam[:40]] + [[t, "ham"] for t in ham[:40]])
    _write(tmp_path / "judol-yt-b.csv", ["text", "label"],
           [[t, "1"] for t in spam[40:80]] + [[t, "0"] for t in ham[40:80]])
    _write(tmp_path / "id-news-comments-dev.csv", ["text", "label"],
           [[t, "ham"] for t in ham[80:160]])
    (tmp_path / "id-sms-spam.jsonl").write_text("\n".join(
        json.dumps({"text": t, "label": label})
        for t, label in [*[(s, "spam") for s in spam[80:120]], *[(h, "ham") for h in ham[160:200]]]
    ))
    _write(tmp_path / "uci-youtube-spam.csv", ["COMMENT_ID", "DATE", "CONTENT", "CLASS", "VIDEO"], [
        [str(n), f"2015-01-{1 + n % 28:02d}T10:00:00", t, str(label), video]
        for video in ("Psy", "Shakira")
        for n, (t, label) in enumerate([*[(s, 1) for s in spam[120:170]],
                                        *[(h, 0) for h in ham[200:250]]])
    ])
    _write(tmp_path / "uci-sms-spam.csv", ["v1", "v2"],
           [["spam", t] for t in spam[170:230]] + [["ham", t] for t in ham[250:330]])

    report = run(tmp_path)

    assert set(report["seed_only"]) == {"judol-yt-a", "judol-yt-b", "id-news-comments-dev"}
    assert report["seed_only"]["id-news-comments-dev"]["at_spam_threshold"]["recall"] is None
    assert set(report["seed_plus_others"]) == {"judol-yt-a", "judol-yt-b", "id-news-comments-dev"}
    assert set(report["uci_youtube_per_video"]) == {"psy", "shakira"}
    video = report["uci_youtube_per_video"]["psy"]
    assert video["at_f1_threshold"]["n"] == 30, "newest 30% of 50 spam and 50 ham"
    assert report["uci_sms"]["at_spam_threshold"]["n"] == 98
    assert read_set(tmp_path / "uci-sms-spam.csv")[0].label == 1
