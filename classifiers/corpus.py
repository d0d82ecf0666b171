"""Labeled comments: reading files and the bundled corpora with their fixed holdouts.

Labeled files are UTF-8 CSV with a header (columns ``text`` and ``label``; ``label`` is
``spam``/``ham`` or ``1``/``0``; ``family`` and ``lang`` are kept when present, anything else is
ignored) or JSON Lines with the same keys.

Two corpora ship with the package and together train the default model:

* the **seed corpus**, every ``classifiers/data/seed/*.csv``, written for this project;
* the **real corpus**, ``classifiers/data/real/judol-yt-gbennnn.csv``: 32,229 Indonesian YouTube
  comments of 2025-26 labelled by hand (MIT licence, see ``classifiers/data/README.md``), with
  the labels we corrected after review in ``judol-yt-gbennnn-corrections.csv``.

Each has its holdout chosen by a stable hash of the normalised text, so a comment stays on the
same side of the split across runs, machines and corpus growth.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from classifiers.text import normalise

logger = logging.getLogger(__name__)

__all__ = [
    "CorpusError",
    "HOLDOUT_PERCENT",
    "LabeledText",
    "REAL_DIR",
    "SEED_DIR",
    "Split",
    "deduplicate",
    "default_corpus",
    "in_holdout",
    "parse_label",
    "provenance",
    "read_labeled",
    "real_corpus",
    "seed_corpus",
]

SEED_DIR = Path(__file__).resolve().parent / "data" / "seed"
REAL_DIR = Path(__file__).resolve().parent / "data" / "real"
REAL_FILES = ("judol-yt-gbennnn.csv",)
HOLDOUT_PERCENT = 20

Split = Literal["train", "holdout", "all"]

_LABELS = {"spam": 1, "ham": 0, "1": 1, "0": 0}


class CorpusError(ValueError):
    """A labeled file cannot be read; the message names the file and line.

    ``problem`` is a stable code (``missing_columns``, ``invalid_json``, ``too_deep``,
    ``not_an_object``, ``missing_text``, ``invalid_value``, ``not_utf8``, ``malformed_csv``)
    and ``detail`` what exactly, so a caller can word it in its reader's language.
    """

    def __init__(self, path: Path, line: int | None, problem: str, detail: str = "") -> None:
        self.path, self.line, self.problem, self.detail = Path(path), line, problem, detail
        where = f"{path}: line {line}" if line else f"{path}"
        super().__init__(f"{where}: {_PROBLEMS[problem]}{': ' + detail if detail else ''}")


_PROBLEMS = {
    "missing_columns": "missing column(s)", "invalid_json": "invalid JSON",
    "too_deep": "JSON nested too deep", "not_an_object": "expected a JSON object",
    "missing_text": "missing text", "invalid_value": "invalid value", "not_utf8": "not UTF-8",
    "malformed_csv": "malformed CSV",
}


@dataclass(frozen=True)
class LabeledText:
    """One comment with its label (1 spam, 0 ham) and where it came from.

    ``weight`` is how much the example counts in training relative to a corpus comment (a
    moderator's decision on the portal's own comments counts more; see ``modsvc.model_store``).
    """

    text: str
    label: int
    source: str
    family: str | None = None
    lang: str | None = None
    seconds_to_submit: float | None = None
    weight: float = 1.0


def parse_label(value: object) -> int:
    """Read ``spam``/``ham``/``1``/``0`` (any case, surrounding spaces) as 1 or 0."""
    key = str(value).strip().lower()
    if isinstance(value, bool) or key not in _LABELS:
        raise ValueError(f"label must be spam, ham, 1 or 0, not {value!r}")
    return _LABELS[key]


def _optional_str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _optional_seconds(value: Any) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    seconds = float(value)
    return seconds if seconds >= 0 else None


def _rows_csv(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"text", "label"} - set(reader.fieldnames or ())
        if missing:
            raise CorpusError(path, 1, "missing_columns", ", ".join(sorted(missing)))
        for row in reader:
            yield reader.line_num, row


def _rows_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8-sig") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise CorpusError(path, line_number, "invalid_json", exc.msg) from exc
            except RecursionError:
                raise CorpusError(path, line_number, "too_deep") from None
            if not isinstance(row, dict):
                raise CorpusError(path, line_number, "not_an_object")
            yield line_number, row


def read_labeled(path: Path, *, source: str | None = None) -> list[LabeledText]:
    """Read a labeled CSV or JSON Lines file (chosen by extension .jsonl/.json).

    Raises:
        CorpusError: a row lacks text or has a label other than spam/ham/1/0.
    """
    path = Path(path)
    rows = _rows_jsonl(path) if path.suffix.lower() in (".jsonl", ".json") else _rows_csv(path)
    source = source or path.name
    examples: list[LabeledText] = []
    try:
        for line_number, row in rows:
            text = row.get("text")
            if not isinstance(text, str):
                raise CorpusError(path, line_number, "missing_text")
            try:
                label = parse_label(row.get("label"))
                seconds = _optional_seconds(row.get("seconds_to_submit"))
            except ValueError as exc:
                raise CorpusError(path, line_number, "invalid_value", str(exc)) from exc
            if not text.strip():
                logger.debug("%s: line %d: empty text skipped", path, line_number)
                continue
            examples.append(
                LabeledText(
                    text=text,
                    label=label,
                    source=source,
                    family=_optional_str(row.get("family")),
                    lang=_optional_str(row.get("lang")),
                    seconds_to_submit=seconds,
                )
            )
    except UnicodeDecodeError as exc:
        raise CorpusError(path, None, "not_utf8", str(exc)) from exc
    except csv.Error as exc:
        raise CorpusError(path, None, "malformed_csv", str(exc)) from exc
    return examples


def normalised_key(text: str) -> str:
    """The form under which two comments count as the same comment."""
    return normalise(text, track_offsets=False).text


def _key_in_holdout(key: str) -> bool:
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big") % 100 < HOLDOUT_PERCENT


def in_holdout(text: str) -> bool:
    """Whether *text* belongs to the fixed seed holdout (about 20%, by a stable hash)."""
    return _key_in_holdout(normalised_key(text))


# A corpus being read keeps each comment's normalised key beside it: normalising is most of the
# cost of reading (41,000 comments), and deduplicating and splitting both need the key.
_Keyed = list[tuple[str, LabeledText]]


def _keyed(examples: Iterable[LabeledText]) -> _Keyed:
    return [(normalised_key(example.text), example) for example in examples]


def _deduplicate_keyed(keyed: Iterable[tuple[str, LabeledText]]) -> _Keyed:
    first: dict[str, LabeledText] = {}
    conflicting: set[str] = set()
    for key, example in keyed:
        kept = first.get(key)
        if kept is None:
            first[key] = example
        elif kept.label != example.label:
            conflicting.add(key)
    if conflicting:
        logger.warning("dropped %d texts labeled both spam and ham", len(conflicting))
    return [(key, example) for key, example in first.items() if key not in conflicting]


def deduplicate(examples: Iterable[LabeledText]) -> list[LabeledText]:
    """Keep the first of each normalised text; drop texts labeled both spam and ham.

    A comment that is spam in one file and ham in another is a labeling mistake; training on
    either side would teach the model something false, so both go.
    """
    return [example for _, example in _deduplicate_keyed(_keyed(examples))]


def _split(keyed: _Keyed, split: Split) -> list[LabeledText]:
    if split == "all":
        return [example for _, example in keyed]
    want_holdout = split == "holdout"
    return [example for key, example in keyed if _key_in_holdout(key) == want_holdout]


def _check_split(split: str) -> None:
    if split not in ("train", "holdout", "all"):
        raise ValueError(f"split must be train, holdout or all, not {split!r}")


def _seed_keyed(seed_dir: Path | None = None) -> _Keyed:
    directory = seed_dir or SEED_DIR
    examples: list[LabeledText] = []
    for path in sorted(directory.glob("*.csv")):
        examples.extend(read_labeled(path, source=f"seed/{path.name}"))
    unique = _deduplicate_keyed(_keyed(examples))
    logger.debug("seed corpus: %d rows, %d unique", len(examples), len(unique))
    return unique


def _real_keyed(real_dir: Path | None = None) -> _Keyed:
    directory = real_dir or REAL_DIR
    examples: list[LabeledText] = []
    for name in REAL_FILES:
        path = directory / name
        corrections = path.with_name(f"{path.stem}-corrections.csv")
        fixed = {e.text: e.label for e in read_labeled(corrections)} if corrections.exists() else {}
        for example in read_labeled(path, source=f"real/{name}"):
            label = fixed.get(example.text, example.label)
            examples.append(example if label == example.label else replace(example, label=label))
    return _deduplicate_keyed(_keyed(examples))


def seed_corpus(split: Split = "all", *, seed_dir: Path | None = None) -> list[LabeledText]:
    """The bundled seed corpus, deduplicated, optionally restricted to one side of the split."""
    _check_split(split)
    return _split(_seed_keyed(seed_dir), split)


def real_corpus(split: Split = "all", *, real_dir: Path | None = None) -> list[LabeledText]:
    """The vendored real comments, deduplicated, optionally restricted to one side of the split.

    Their holdout (about 26,700 x 20% ham) is what lets the spam threshold resolve a 0.1%
    false-positive target on comments people really wrote, which the seed's 780 ham cannot.
    """
    _check_split(split)
    return _split(_real_keyed(real_dir), split)


# Where each bundled source comes from, for the model card (classifiers/data/README.md has more).
PROVENANCE: dict[str, dict[str, str]] = {
    "seed": {
        "what": "comments written for this project (Kabupaten Sukamaju is fictional)",
        "licence": "the project's own",
        "details": "classifiers/data/README.md, classifiers/data/build/*_NOTES.md",
    },
    "real/judol-yt-gbennnn.csv": {
        "what": "Indonesian YouTube comments, Oct 2025 - Feb 2026, labelled by hand for "
                "online-gambling promotion",
        "origin": "github.com/gbennnn/judol-comment-classification, "
                  "dataset/dataset_judol_labelled.csv",
        "licence": "MIT, copyright (c) 2026 Benony Gabriel "
                   "(classifiers/data/real/LICENSE-judol-yt-gbennnn.txt, NOTICE)",
        "details": "labels corrected after review: "
                   "classifiers/data/real/judol-yt-gbennnn-corrections.csv",
    },
}


def provenance(sources: Iterable[str]) -> dict[str, dict[str, str]]:
    """The provenance of each bundled source among *sources* (seed files count as one)."""
    found: dict[str, dict[str, str]] = {}
    for source in sources:
        key = "seed" if source.startswith("seed/") else source
        if key in PROVENANCE:
            found[key] = PROVENANCE[key]
    return dict(sorted(found.items()))


def _default_keyed() -> _Keyed:
    return _deduplicate_keyed([*_seed_keyed(), *_real_keyed()])


def default_corpus(split: Split = "all") -> list[LabeledText]:
    """What the default model learns from (or is held out on): the seed and the real corpus."""
    _check_split(split)
    return _split(_default_keyed(), split)


def default_corpus_parts() -> tuple[list[LabeledText], list[LabeledText]]:
    """The default corpus's training part and its holdout, read once: a retraining needs both,
    and reading normalises every comment (seconds for the real corpus). The same as
    ``default_corpus("train")`` and ``default_corpus("holdout")``: duplicates share their
    normalised text, so they fall on the same side."""
    train: list[LabeledText] = []
    holdout: list[LabeledText] = []
    for key, example in _default_keyed():
        (holdout if _key_in_holdout(key) else train).append(example)
    return train, holdout
