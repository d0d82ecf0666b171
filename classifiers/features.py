"""Transformers that turn comments into features for the spam pipeline.

Pipeline input: a sequence whose items are either a comment text (``str``) or a
``(text, seconds_to_submit)`` tuple, where ``seconds_to_submit`` is the time between the captcha
being issued and the comment being submitted, or None when unknown. A bare string means unknown.
:class:`CommentNormaliser` turns them into :class:`NormalisedComment` objects once; the text
vectorisers read ``.text`` through :class:`NormalisedTextSelector` and :class:`MetaFeatures`
reads the counts and the seconds.
"""

from __future__ import annotations

import logging
import math
import re
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from classifiers.text import link_count, normalise

logger = logging.getLogger(__name__)

__all__ = [
    "BRAND_NAME_FLAG",
    "CharNgramTfidf",
    "CommentNormaliser",
    "META_FEATURES",
    "MetaFeatures",
    "NormalisedComment",
    "NormalisedTextSelector",
    "WordNgramTfidf",
    "as_items",
    "char_wb_grams",
    "meta_values",
    "word_grams",
]

# Seconds from captcha to submit below which a person has hardly read the captcha.
FAST_SUBMIT_SECONDS = 5.0
QUICK_SUBMIT_SECONDS = 15.0
UNHURRIED_SUBMIT_SECONDS = 60.0
# The value of the site-name flags (:func:`meta_values`). A flag of 1 weighs as much as a whole
# TF-IDF block and took the spam threshold above our own held-out warnings that quote a site's
# name; at 0.1 the model leans on the name's shape no more than on a few of its n-grams
# (docs/QUALITY.md, "What was tried": 0.05, 0.1, 0.2, 0.3 and 1 measured on six seeds or two).
BRAND_NAME_FLAG = 0.1

META_FEATURES = (
    "links",
    "has_link",
    "many_links",
    "phone_number",
    "email",
    "money",
    "emoji",
    "digit_ratio",
    "capital_ratio",
    "length",
    "disguised",
    "exclamations",
    "submit_under_5s",
    "submit_under_15s",
    "submit_over_60s",
    "money_named",
    "brand_name",
    "brand_name_in_spam_talk",
)


TIMING_FEATURES = ("submit_under_5s", "submit_under_15s", "submit_over_60s")


@dataclass(frozen=True)
class NormalisedComment:
    """A comment after normalisation: text for the vectorisers, counts and timing for meta."""

    text: str
    counts: dict[str, int]
    seconds_to_submit: float | None


def as_items(comments: Iterable[Any]) -> list[tuple[str, float | None]]:
    """Accept ``str`` or ``(text, seconds)`` items (see the module docstring) as pairs."""
    items: list[tuple[str, float | None]] = []
    for comment in comments:
        if isinstance(comment, str):
            items.append((comment, None))
            continue
        text, seconds = comment
        if not isinstance(text, str):
            raise TypeError(f"comment text must be str, not {type(text).__name__}")
        if seconds is not None:
            seconds = float(seconds)
            if math.isnan(seconds) or seconds < 0:
                seconds = None
        items.append((text, seconds))
    return items


def meta_values(counts: dict[str, int], seconds: float | None) -> list[float]:
    """Meta feature values in :data:`META_FEATURES` order.

    Unknown seconds give zeros in every timing feature, so in a linear model their absence adds
    nothing to the score, neither for spam nor for ham.
    """
    links = link_count(counts)
    chars = counts["chars"]
    letters = counts["letters"]
    fast = quick = unhurried = 0.0
    if seconds is not None:
        fast = float(seconds < FAST_SUBMIT_SECONDS)
        quick = float(seconds < QUICK_SUBMIT_SECONDS)
        unhurried = float(seconds >= UNHURRIED_SUBMIT_SECONDS)
    return [
        math.log1p(links),
        float(links > 0),
        float(links >= 2),
        float(counts["phones"] > 0),
        float(counts["emails"] > 0),
        math.log1p(counts["money"]),
        math.log1p(counts["emoji"]),
        counts["digits"] / chars if chars else 0.0,
        # Shouting only means something over a few letters ("OK" is not shouting).
        counts["capitals"] / letters if letters >= 8 else 0.0,
        math.log1p(chars) / math.log(5000.0),
        math.log1p(counts["disguised"]),
        math.log1p(counts["exclamations"]),
        fast,
        quick,
        unhurried,
        # Whether money is named, not how often: a citizen's breakdown of what something cost
        # names many amounts, an advert one or two; counted ("money", kept for the models
        # fitted on it), the long complaint weighed more.
        float(counts["money"] > 0),
        # A word shaped like a gambling site's name ("badak99"), apart from the comments that
        # talk about spam ("admin hapus komen MAWAR88"): the model learns the shape, which an
        # advert for a site it never saw still has, and weighs a warning's quote on its own.
        # One flag, unsplit, took the threshold above our own held-out warnings and cost every
        # family without a brand (docs/QUALITY.md, "What was tried").
        BRAND_NAME_FLAG * (counts["brand_names"] > 0 and not counts["spam_talk"]),
        BRAND_NAME_FLAG * (counts["brand_names"] > 0 and counts["spam_talk"] > 0),
    ]


class CommentNormaliser(TransformerMixin, BaseEstimator):
    """Normalise each comment once for every branch of the feature union."""

    def fit(self, X: Sequence[Any], y: Any = None) -> CommentNormaliser:  # noqa: N803
        """Nothing to learn; records how many comments were seen."""
        self.n_seen_ = len(as_items(X))
        return self

    def transform(self, X: Sequence[Any]) -> list[NormalisedComment]:  # noqa: N803
        """Normalise texts, reusing the work for repeated texts within the batch."""
        cache: dict[str, tuple[str, dict[str, int]]] = {}
        out: list[NormalisedComment] = []
        for text, seconds in as_items(X):
            done = cache.get(text)
            if done is None:
                normalised = normalise(text, track_offsets=False)
                done = cache[text] = (normalised.text, normalised.counts)
            out.append(NormalisedComment(done[0], done[1], seconds))
        return out

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """One output: the normalised comment."""
        return np.asarray(["normalised_comment"], dtype=object)


class NormalisedTextSelector(TransformerMixin, BaseEstimator):
    """Hand the normalised text to a vectoriser."""

    def fit(self, X: Sequence[NormalisedComment], y: Any = None) -> NormalisedTextSelector:  # noqa: N803
        """Nothing to learn; records how many comments were seen."""
        self.n_seen_ = len(X)
        return self

    def transform(self, X: Sequence[NormalisedComment]) -> list[str]:  # noqa: N803
        """The ``text`` of each normalised comment."""
        return [comment.text for comment in X]

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """One output: the normalised text."""
        return np.asarray(["text"], dtype=object)


class MetaFeatures(TransformerMixin, BaseEstimator):
    """Counts of links, phones, money, emoji, disguises and submit timing.

    Args:
        scale: multiplies every value, to balance them against the L2-normalised TF-IDF rows.
        features: which of :data:`META_FEATURES` to use (None: all of them); models fitted
            before the choice existed used all.
    """

    def __init__(self, scale: float = 1.0, features: Sequence[str] | None = None) -> None:
        self.scale = scale
        self.features = features

    def fit(self, X: Sequence[NormalisedComment], y: Any = None) -> MetaFeatures:  # noqa: N803
        """Learn the typical value of each feature, the baseline reasons are measured from.

        The model never uses the baseline; explanations do: a comment's link count only counts
        as a reason when it is above the usual, not merely because the feature exists.
        Timing features keep a zero baseline, which stands for "unknown".
        """
        chosen = list(META_FEATURES if self.features is None else self.features)
        unknown = set(chosen) - set(META_FEATURES)
        if unknown:
            raise ValueError(f"unknown meta features: {sorted(unknown)}")
        self.feature_names_ = chosen
        self.n_seen_ = len(X)
        values = self.transform(X).toarray() if len(X) else np.zeros((1, len(chosen)))
        baseline = values.mean(axis=0)
        baseline[[chosen.index(name) for name in TIMING_FEATURES if name in chosen]] = 0.0
        self.baseline_ = baseline
        return self

    def columns(self) -> list[int]:
        """Positions in :func:`meta_values` of the fitted features, in their order."""
        return [META_FEATURES.index(name) for name in self.feature_names_]

    def transform(self, X: Sequence[NormalisedComment]) -> sparse.csr_matrix:  # noqa: N803
        """A sparse row of meta features per comment, to stack with the TF-IDF blocks."""
        columns = self.columns()
        rows = [meta_values(c.counts, c.seconds_to_submit) for c in X]
        values = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(META_FEATURES))
        return sparse.csr_matrix(values[:, columns] * float(self.scale))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The names of the fitted features."""
        return np.asarray(list(self.feature_names_), dtype=object)


def char_wb_grams(word: str, low: int, high: int) -> list[str]:
    """Character n-grams of one word padded with a space each side (sklearn's ``char_wb``)."""
    padded = f" {word} "
    length = len(padded)
    grams: list[str] = []
    for n in range(low, high + 1):
        if length <= n:
            grams.append(padded)
            break
        grams.extend([padded[i : i + n] for i in range(length - n + 1)])
    return grams


def word_grams(tokens: list[str], low: int, high: int) -> list[str]:
    """Word n-grams of a token list, unigrams first (sklearn's word analyser order)."""
    grams: list[str] = list(tokens) if low == 1 else []
    for n in range(max(low, 2), min(high, len(tokens)) + 1):
        if n == 2:  # the usual case, joined pairwise: a third of the time of slicing
            grams.extend([f"{first} {second}" for first, second in pairwise(tokens)])
        else:
            grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


_TERM_SEPARATOR = "\n"  # never inside a term: normalised text has no newlines
_CACHE_LIMIT = 500_000
WORD_TOKEN_RE = re.compile(r"\w+")


class _NgramTfidf(TransformerMixin, BaseEstimator):
    """Sublinear TF-IDF over n-grams, rows scaled to unit length, fast to fit, save and load.

    scikit-learn's TfidfVectorizer spends most of its time in a per-document Python analyser
    and a sparse sort, and skops stores its vocabulary dict entry by entry (seconds to load a
    model trained on 100k comments). These vectorisers count with C-level ``Counter``s over
    cached per-word n-grams, build the matrix in one vectorised step, and persist the
    vocabulary as one UTF-8 byte array. The IDF is scikit-learn's smoothed one.

    Args:
        ngram_range: smallest and largest n.
        min_df: keep n-grams seen in at least this many comments.
        max_features: keep at most this many, the most frequent (ties by text).
    """

    def __init__(
        self,
        ngram_range: tuple[int, int] = (2, 5),
        min_df: int = 2,
        max_features: int | None = None,
    ) -> None:
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_features = max_features

    # -- what subclasses define ---------------------------------------------------------------

    def _fit_ids(self, text: str, ids: dict[str, int], cache: dict[str, Any]) -> Iterable[int]:
        """An id per n-gram occurrence, numbering new n-grams in *ids* as they come."""
        raise NotImplementedError

    def _columns(self, text: str) -> Iterable[int]:
        """The vocabulary column of every n-gram occurrence that is in the vocabulary."""
        raise NotImplementedError

    # -- fitting ------------------------------------------------------------------------------

    def fit(self, X: Sequence[str], y: Any = None) -> _NgramTfidf:  # noqa: N803
        """Learn the vocabulary and IDF weights."""
        self.fit_transform(X)
        return self

    def fit_transform(self, X: Sequence[str], y: Any = None, **_: Any) -> sparse.csr_matrix:  # noqa: N803
        """Learn the vocabulary and IDF weights and transform *X* in the same pass."""
        ids: dict[str, int] = {}
        cache: dict[str, Any] = {}
        flat, lengths = array("q"), array("q")
        for text in X:
            before = len(flat)
            flat.extend(self._fit_ids(text, ids, cache))
            lengths.append(len(flat) - before)
        counts = _count_matrix(_as_array(flat), _as_array(lengths), len(ids))
        # After summing duplicates each comment lists an n-gram once: document frequencies.
        frequency = np.bincount(counts.indices, minlength=len(ids))
        names = list(ids)
        kept = np.flatnonzero(frequency >= self.min_df)
        if self.max_features is not None and kept.size > self.max_features:
            ranked = sorted(kept.tolist(), key=lambda i: (-frequency[i], names[i]))
            kept = np.asarray(ranked[: self.max_features], dtype=np.int64)
        kept_sorted = np.asarray(sorted(kept.tolist(), key=names.__getitem__), dtype=np.int64)
        self.vocabulary_ = {names[i]: column for column, i in enumerate(kept_sorted.tolist())}
        documents = float(len(lengths))
        self.idf_ = np.log((1.0 + documents) / (1.0 + frequency[kept_sorted])) + 1.0
        self.n_documents_ = len(lengths)
        self._reset_cache()
        column_of = np.full(len(ids), -1, dtype=np.int64)
        column_of[kept_sorted] = np.arange(kept_sorted.size)
        columns = column_of[counts.indices]
        keep = columns >= 0
        rows = np.repeat(np.arange(counts.shape[0]), np.diff(counts.indptr))[keep]
        indptr = np.zeros(counts.shape[0] + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=counts.shape[0]), out=indptr[1:])
        kept_counts = sparse.csr_matrix(
            (counts.data[keep], columns[keep], indptr),
            shape=(counts.shape[0], len(self.vocabulary_)),
        )
        # Ids were numbered in order of appearance, columns in n-gram order: rows are left
        # unsorted (estimators do not care; sorting 100k rows again costs a second).
        kept_counts.has_sorted_indices = False
        return self._weigh(kept_counts)

    # -- transforming -------------------------------------------------------------------------

    def _reset_cache(self) -> None:
        self._cache: dict[str, tuple[int, ...]] = {}

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:  # noqa: N803
        """Sublinear TF times IDF, each row scaled to unit length."""
        flat, lengths = array("q"), array("q")
        for text in X:
            before = len(flat)
            flat.extend(self._columns(text))
            lengths.append(len(flat) - before)
        counts = _count_matrix(_as_array(flat), _as_array(lengths), len(self.vocabulary_))
        return self._weigh(counts)

    def _weigh(self, counts: sparse.csr_matrix) -> sparse.csr_matrix:
        """Turn a matrix of counts into sublinear TF-IDF rows of unit length, in place."""
        n_rows = counts.shape[0]
        data = (np.log(counts.data.astype(np.float64)) + 1.0) * self.idf_[counts.indices]
        rows = np.repeat(np.arange(n_rows), np.diff(counts.indptr))
        norms = np.sqrt(np.bincount(rows, weights=data * data, minlength=n_rows))
        norms[norms == 0] = 1.0
        data /= norms[rows]
        weighed = sparse.csr_matrix((data, counts.indices, counts.indptr), shape=counts.shape)
        weighed.has_sorted_indices = counts.has_sorted_indices
        return weighed

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The n-grams, in column order."""
        return np.asarray(sorted(self.vocabulary_, key=self.vocabulary_.__getitem__), dtype=object)

    # -- persistence --------------------------------------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        """Vocabulary as one byte array (fast for skops), caches left out."""
        state = dict(super().__getstate__())
        state.pop("_cache", None)
        vocabulary = state.pop("vocabulary_", None)
        if vocabulary is not None:
            terms = sorted(vocabulary, key=vocabulary.__getitem__)
            joined = _TERM_SEPARATOR.join(terms).encode("utf-8")
            state["vocabulary_terms_"] = np.frombuffer(joined, dtype=np.uint8).copy()
            state["vocabulary_size_"] = len(terms)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Rebuild the vocabulary dict from its byte array."""
        state = dict(state)
        terms = state.pop("vocabulary_terms_", None)
        size = state.pop("vocabulary_size_", None)
        super().__setstate__(state)
        if terms is not None:
            text = np.asarray(terms, dtype=np.uint8).tobytes().decode("utf-8")
            names = text.split(_TERM_SEPARATOR) if size else []
            if len(names) != size:
                raise ValueError("damaged vocabulary")
            self.vocabulary_ = {name: column for column, name in enumerate(names)}
        self._reset_cache()


def _as_array(values: array[int]) -> np.ndarray:
    return np.frombuffer(values, dtype=np.int64) if values else np.zeros(0, dtype=np.int64)


def _count_matrix(flat: np.ndarray, lengths: np.ndarray, n_columns: int) -> sparse.csr_matrix:
    """Rows of occurrence counts from every occurrence's column, listed row after row.

    Building CSR directly and summing duplicates sorts each short row on its own, which is
    much cheaper than one global sort of all occurrences.
    """
    indptr = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=indptr[1:])
    counts = sparse.csr_matrix(
        (np.ones(len(flat), dtype=np.int64), flat, indptr), shape=(len(lengths), n_columns)
    )
    counts.sum_duplicates()
    return counts


class CharNgramTfidf(_NgramTfidf):
    """Character n-grams within words (each word padded with spaces), sublinear TF-IDF.

    Comments share most of their words, so the n-grams of each distinct word are worked out
    once and cached; that is what makes training on 100k comments fit in a minute.
    """

    def _fit_ids(self, text: str, ids: dict[str, int], cache: dict[str, Any]) -> Iterable[int]:
        low, high = self.ngram_range
        per_word = []
        for word in text.split():
            found = cache.get(word)
            if found is None:
                found = cache[word] = tuple(
                    [ids.setdefault(gram, len(ids)) for gram in char_wb_grams(word, low, high)]
                )
            per_word.append(found)
        return chain.from_iterable(per_word)

    def word_columns(self, word: str) -> tuple[int, ...]:
        """Vocabulary columns of one word's n-grams, cached: the unit of the fast path."""
        columns = self._cache.get(word)
        if columns is None:
            low, high = self.ngram_range
            get = self.vocabulary_.get
            found = map(get, char_wb_grams(word, low, high))
            columns = tuple(column for column in found if column is not None)
            if len(self._cache) >= _CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = columns
        return columns

    def _columns(self, text: str) -> Iterable[int]:
        return chain.from_iterable(map(self.word_columns, text.split()))


class WordNgramTfidf(_NgramTfidf):
    """Word n-grams (tokens are runs of letters, digits and underscores), sublinear TF-IDF."""

    def __init__(
        self,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        max_features: int | None = None,
    ) -> None:
        super().__init__(ngram_range=ngram_range, min_df=min_df, max_features=max_features)

    def _grams(self, text: str) -> list[str]:
        low, high = self.ngram_range
        return word_grams(WORD_TOKEN_RE.findall(text), low, high)

    def _fit_ids(self, text: str, ids: dict[str, int], cache: dict[str, Any]) -> Iterable[int]:
        return [ids.setdefault(gram, len(ids)) for gram in self._grams(text)]

    def _columns(self, text: str) -> Iterable[int]:
        get = self.vocabulary_.get
        return [column for column in map(get, self._grams(text)) if column is not None]
