"""Stories about reading labeled comments and the seed corpus split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.corpus import (
    REAL_DIR,
    CorpusError,
    LabeledText,
    default_corpus,
    default_corpus_parts,
    provenance,
    read_labeled,
    real_corpus,
    seed_corpus,
)


def test_a_moderator_export_in_csv_is_read_with_its_labels_and_families(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        "id,text,label,family,lang\n"
        '1,"Jalan rusak, mohon diperbaiki",ham,roads,id\n'
        "2,slot gacor maxwin,SPAM,gambling,id\n"
        "3,terima kasih infonya,0,,\n"
        "4,hub wa 0812 3456 7890,1,,\n",
        encoding="utf-8",
    )
    examples = read_labeled(path)
    assert [e.label for e in examples] == [0, 1, 0, 1]
    assert examples[0] == LabeledText(
        "Jalan rusak, mohon diperbaiki", 0, "export.csv", family="roads", lang="id"
    )
    assert examples[2].family is None
    assert examples[2].lang is None


def test_json_lines_are_read_the_same_way(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    rows = [
        {"text": "slot gacor", "label": "spam", "seconds_to_submit": 2.5},
        {"text": "mohon info jadwal posyandu", "label": "ham"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    examples = read_labeled(path)
    assert [(e.text, e.label, e.seconds_to_submit) for e in examples] == [
        ("slot gacor", 1, 2.5),
        ("mohon info jadwal posyandu", 0, None),
    ]


def test_a_bad_label_is_reported_with_the_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("text,label\nbagus,ham\nslot gacor,maybe\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"bad\.csv: line 3: .*'maybe'"):
        read_labeled(path)


def test_a_bad_json_line_is_reported_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "a", "label": "ham"}\n{"text": "b", "label": 2}\n')
    with pytest.raises(CorpusError, match=r"bad\.jsonl: line 2"):
        read_labeled(path)


def test_a_file_without_a_label_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "nolabel.csv"
    path.write_text("text\nhalo\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="missing column"):
        read_labeled(path)


def _write_seed(directory: Path) -> None:
    directory.mkdir()
    spam = [f"slot gacor nomor {i} daftar di pulauwin{i}.com" for i in range(60)]
    ham = [f"jalan di desa nomor {i} rusak, mohon diperbaiki pak" for i in range(60)]
    (directory / "spam_a.csv").write_text(
        "text,label,family,lang\n" + "".join(f"{t},spam,gambling,id\n" for t in spam)
    )
    (directory / "ham_a.csv").write_text(
        "text,label,family,lang\n"
        + "".join(f'"{t}",ham,roads,id\n' for t in ham)
        # The same comment again, disguised: a duplicate once normalised.
        + "SLOT GACOR nomor 1 daftar di pulauwin1.com,spam,gambling,id\n"
        # Labeled both ways: a labeling mistake, dropped on both sides.
        + "komentar yang sama,ham,,\n"
    )
    (directory / "ham_b.csv").write_text("text,label\nkomentar yang sama,spam\n")


def test_the_seed_corpus_is_deduplicated_and_drops_contradictions(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    _write_seed(seed)
    everything = seed_corpus("all", seed_dir=seed)
    assert len(everything) == 120
    assert not any(e.text == "komentar yang sama" for e in everything)
    assert {e.source for e in everything} == {"seed/spam_a.csv", "seed/ham_a.csv"}


def test_the_seed_holdout_is_fixed_and_about_a_fifth(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    _write_seed(seed)
    train = seed_corpus("train", seed_dir=seed)
    holdout = seed_corpus("holdout", seed_dir=seed)
    assert {e.text for e in train}.isdisjoint(e.text for e in holdout)
    assert len(train) + len(holdout) == 120
    assert 10 <= len(holdout) <= 40
    assert [e.text for e in seed_corpus("holdout", seed_dir=seed)] == [e.text for e in holdout]


def test_a_new_seed_file_does_not_move_old_comments_across_the_split(tmp_path: Path) -> None:
    seed = tmp_path / "seed"
    _write_seed(seed)
    before = {e.text for e in seed_corpus("holdout", seed_dir=seed)}
    (seed / "spam_b.csv").write_text("text,label\nobat kuat herbal hub 0812 1111 2222,spam\n")
    after = {e.text for e in seed_corpus("holdout", seed_dir=seed)}
    assert before <= after


def test_the_bundled_seed_corpus_reads_whatever_files_exist() -> None:
    examples = seed_corpus("all")
    assert all(e.label in (0, 1) for e in examples)
    assert all(e.source.startswith("seed/") for e in examples)


def test_the_real_corpus_ships_with_its_licence_and_notice() -> None:
    root = REAL_DIR.parents[2]
    assert "MIT License" in (REAL_DIR / "LICENSE-judol-yt-gbennnn.txt").read_text()
    notice = (root / "NOTICE").read_text()
    assert "Benony Gabriel" in notice
    assert "LICENSE-judol-yt-gbennnn.txt" in notice
    assert "judol-yt-gbennnn" in (REAL_DIR.parent / "README.md").read_text()


def test_the_real_corpus_has_a_fixed_holdout_of_thousands_of_real_ham() -> None:
    train, holdout = real_corpus("train"), real_corpus("holdout")
    assert {e.text for e in train}.isdisjoint(e.text for e in holdout)
    held_ham = sum(1 for e in holdout if e.label == 0)
    assert held_ham >= 4800, "enough to resolve a 0.1% target with one ham above the threshold"
    assert all(e.source == "real/judol-yt-gbennnn.csv" for e in holdout)


def test_labels_corrected_after_review_replace_the_source_labels(tmp_path: Path) -> None:
    (tmp_path / "judol-yt-gbennnn.csv").write_text(
        "text,label\nbaru main di naga303 langsung wd,ham\nkodok ijo lucu,ham\n"
    )
    (tmp_path / "judol-yt-gbennnn-corrections.csv").write_text(
        "text,label,note\nbaru main di naga303 langsung wd,spam,testimonial naming a site\n"
    )
    labels = {e.text: e.label for e in real_corpus("all", real_dir=tmp_path)}
    assert labels == {"baru main di naga303 langsung wd": 1, "kodok ijo lucu": 0}


def test_the_default_corpus_is_the_seed_and_the_real_comments_together() -> None:
    train, holdout = default_corpus_parts()
    sources = {e.source.split("/")[0] for e in holdout}
    assert sources == {"seed", "real"}
    # Read once for a retraining, the parts are those the split reads one by one.
    assert holdout == default_corpus("holdout")
    assert len(train) > 3 * len(holdout), "a fifth is held out"


def test_a_model_card_says_where_its_bundled_data_comes_from() -> None:
    found = provenance(["seed/ham.csv", "seed/spam.csv", "real/judol-yt-gbennnn.csv",
                        "moderators"])
    assert set(found) == {"seed", "real/judol-yt-gbennnn.csv"}
    assert "MIT" in found["real/judol-yt-gbennnn.csv"]["licence"]
    assert "Benony Gabriel" in found["real/judol-yt-gbennnn.csv"]["licence"]
