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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from classifiers.text import normalise

logger = logging.getLogger(__name__)

__all__ = [
    "CommentNormaliser",
    "META_FEATURES",
    "MetaFeatures",
    "NormalisedComment",
    "NormalisedTextSelector",
    "as_items",
    "meta_values",
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
