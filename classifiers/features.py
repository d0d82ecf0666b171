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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from classifiers.text import normalise

logger = logging.getLogger(__name__)

__all__ = [
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
)


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
    links = counts["urls"] + counts["domains"]
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
    """Counts of links, phones, money, emoji, disguises, length and submit timing.

    Args:
        scale: multiplies every value, to balance them against the L2-normalised TF-IDF rows.
    """

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale

    def fit(self, X: Sequence[NormalisedComment], y: Any = None) -> MetaFeatures:  # noqa: N803
        """Nothing to learn beyond the feature names."""
        self.feature_names_ = list(META_FEATURES)
        self.n_seen_ = len(X)
        return self

    def transform(self, X: Sequence[NormalisedComment]) -> sparse.csr_matrix:  # noqa: N803
        """A sparse row of meta features per comment, to stack with the TF-IDF blocks."""
        rows = [meta_values(c.counts, c.seconds_to_submit) for c in X]
        values = np.asarray(rows, dtype=np.float64).reshape(len(rows), len(META_FEATURES))
        return sparse.csr_matrix(values * float(self.scale))

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """The names in :data:`META_FEATURES`."""
        return np.asarray(list(META_FEATURES), dtype=object)


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
        grams.extend(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return grams


_TERM_SEPARATOR = "\n"  # never inside a term: normalised text has no newlines
_CACHE_LIMIT = 500_000


class _NgramTfidf(TransformerMixin, BaseEstimator):
    """Sublinear TF-IDF over n-grams, with a vocabulary that saves and loads fast.

    scikit-learn's TfidfVectorizer spends most of its time in a per-document Python analyser,
    and skops stores its vocabulary dict entry by entry, which made a 100k-comment model take
    seconds to load. These vectorisers count n-grams per distinct word or document through
    caches, and persist the vocabulary as one UTF-8 byte array.

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

    def _document_grams(self, text: str) -> Iterable[str]:
        raise NotImplementedError

    # -- fitting ------------------------------------------------------------------------------

    def fit(self, X: Sequence[str], y: Any = None) -> _NgramTfidf:  # noqa: N803
        """Learn the vocabulary and IDF weights."""
        self._fit(X)
        return self

    def fit_transform(self, X: Sequence[str], y: Any = None, **_: Any) -> sparse.csr_matrix:  # noqa: N803
        """Fit, then transform the same comments."""
        self._fit(X)
        return self.transform(X)

    def _fit(self, texts: Sequence[str]) -> None:
        document_frequency: Counter[str] = Counter()
        for text in texts:
            document_frequency.update(set(self._document_grams(text)))
        kept = [(gram, df) for gram, df in document_frequency.items() if df >= self.min_df]
        if self.max_features is not None and len(kept) > self.max_features:
            kept.sort(key=lambda item: (-item[1], item[0]))
            kept = kept[: self.max_features]
        kept.sort()
        self.vocabulary_ = {gram: column for column, (gram, _df) in enumerate(kept)}
        frequency = np.asarray([df for _gram, df in kept], dtype=np.float64)
        documents = float(len(texts))
        # Smoothed IDF, as in scikit-learn: as if one extra comment held every n-gram once.
        self.idf_ = np.log((1.0 + documents) / (1.0 + frequency)) + 1.0
        self.n_documents_ = len(texts)
        self._reset_cache()

    # -- transforming -------------------------------------------------------------------------

    def _reset_cache(self) -> None:
        self._cache: dict[str, tuple[int, ...]] = {}

    def _columns(self, text: str) -> list[int]:
        """Vocabulary columns of every n-gram occurrence in *text* (repeats kept)."""
        get = self.vocabulary_.get
        return [column for column in map(get, self._document_grams(text)) if column is not None]

    def transform(self, X: Sequence[str]) -> sparse.csr_matrix:  # noqa: N803
        """Sublinear TF times IDF, each row scaled to unit length."""
        lengths: list[int] = []
        flat: list[int] = []
        for text in X:
            columns = self._columns(text)
            lengths.append(len(columns))
            flat.extend(columns)
        rows = np.repeat(np.arange(len(lengths)), lengths)
        counts = sparse.csr_matrix(
            (np.ones(len(flat)), (rows, np.asarray(flat, dtype=np.int64))),
            shape=(len(lengths), len(self.vocabulary_)),
        )
        counts.sum_duplicates()
        counts.sort_indices()
        counts.data = (np.log(counts.data) + 1.0) * self.idf_[counts.indices]
        row_norms = np.sqrt(np.asarray(counts.multiply(counts).sum(axis=1)).ravel())
        row_norms[row_norms == 0] = 1.0
        counts.data /= np.repeat(row_norms, np.diff(counts.indptr))
        return counts

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


class CharNgramTfidf(_NgramTfidf):
    """Character n-grams within words (each word padded with spaces), sublinear TF-IDF.

    Comments share most of their words, so the n-grams of each distinct word are worked out
    once and cached; that is what makes training on 100k comments fit in a minute.
    """

    def _word_grams(self, word: str) -> tuple[str, ...]:
        cache = self.__dict__.setdefault("_gram_cache", {})
        grams: tuple[str, ...] | None = cache.get(word)
        if grams is None:
            low, high = self.ngram_range
            # One string object per distinct n-gram keeps the cache small on big corpora.
            canonical = self.__dict__.setdefault("_gram_strings", {})
            found = char_wb_grams(word, low, high)
            grams = tuple(map(canonical.setdefault, found, found))
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[word] = grams
        return grams

    def _document_grams(self, text: str) -> Iterable[str]:
        return chain.from_iterable(map(self._word_grams, text.split()))

    def _fit(self, texts: Sequence[str]) -> None:
        super()._fit(texts)
        self.__dict__.pop("_gram_cache", None)
        self.__dict__.pop("_gram_strings", None)

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

    def _columns(self, text: str) -> list[int]:
        return list(chain.from_iterable(map(self.word_columns, text.split())))

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state.pop("_gram_cache", None)
        state.pop("_gram_strings", None)
        return state


WORD_TOKEN_RE = re.compile(r"\w+")


class WordNgramTfidf(_NgramTfidf):
    """Word n-grams (tokens are runs of letters, digits and underscores), sublinear TF-IDF."""

    def __init__(
        self,
        ngram_range: tuple[int, int] = (1, 2),
        min_df: int = 2,
        max_features: int | None = None,
    ) -> None:
        super().__init__(ngram_range=ngram_range, min_df=min_df, max_features=max_features)

    def _document_grams(self, text: str) -> Iterable[str]:
        low, high = self.ngram_range
        return word_grams(WORD_TOKEN_RE.findall(text), low, high)
