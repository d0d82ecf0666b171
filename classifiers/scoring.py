"""Fast scoring of single comments with reasons a moderator can read.

:class:`Scorer` reads what it needs out of a fitted pipeline (vocabularies, IDF weights, the
linear model's coefficients and the sigmoid calibration) and computes the same probability as
``pipeline.predict_proba`` in plain Python, without scikit-learn's per-call overhead; the same
pass yields each feature's contribution, which becomes the reasons. Spans in the reasons are
Python string offsets (code points) into the original comment.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

import numpy as np
from sklearn.calibration import CalibratedClassifierCV
from sklearn.pipeline import FeatureUnion, Pipeline

from classifiers.features import (
    FAST_SUBMIT_SECONDS,
    WORD_TOKEN_RE,
    CharNgramTfidf,
    CommentNormaliser,
    MetaFeatures,
    NormalisedTextSelector,
    WordNgramTfidf,
    meta_values,
)
from classifiers.features import word_grams as _word_grams
from classifiers.reasons import Reason
from classifiers.text import (
    DOMAIN_TOKEN,
    EMAIL_TOKEN,
    MONEY_TOKEN,
    PHONE_TOKEN,
    TLD_PREFIX,
    URL_TOKEN,
    NormalisedText,
    link_count,
    link_host,
    normalise,
)

__all__ = ["Reason", "ScoreResult", "Scorer", "UnsupportedPipelineError"]

MAX_REASONS = 5
# Bounds of the per-word caches (least recently used words go first; an entry is about 200
# bytes).
_WORD_CACHE_LIMIT = 200_000
_SPLIT_PLAN_LIMIT = 100_000
_EMPTY_COLUMNS = np.zeros(0, dtype=np.intp)


class UnsupportedPipelineError(TypeError):
    """The pipeline is not shaped like those :func:`classifiers.training.build_pipeline` makes."""


@dataclass(frozen=True)
class ScoreResult:
    """Spam probability and the strongest reasons behind it (only those pushing towards spam)."""

    probability: float
    reasons: list[Reason]
    # The comment as normalised for scoring, so the policy need not normalise it again.
    normalised: NormalisedText | None = field(default=None, repr=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        return {"probability": self.probability, "reasons": [r.to_dict() for r in self.reasons]}


@dataclass(frozen=True)
class _Vocabulary:
    index: dict[str, int]
    idf: np.ndarray
    offset: int
    ngram_range: tuple[int, int]
    sublinear: bool
    norm: str | None


def _vocabulary(vectorizer: CharNgramTfidf | WordNgramTfidf, offset: int) -> _Vocabulary:
    return _Vocabulary(
        index=vectorizer.vocabulary_,
        idf=np.asarray(vectorizer.idf_, dtype=np.float64),
        offset=offset,
        ngram_range=tuple(vectorizer.ngram_range),  # type: ignore[arg-type]
        sublinear=True,
        norm="l2",
    )


@dataclass
class _Features:
    """One comment's non-zero features and what the explanation needs to place them."""

    normalised: NormalisedText
    columns: np.ndarray
    values: np.ndarray
    words: list[str]
    char_flat: np.ndarray  # vocabulary column of every n-gram occurrence, word after word
    char_lengths: list[int]  # how many of those occurrences each word has
    char_keys: np.ndarray  # sorted distinct columns, the order of the char block
    char_counts: np.ndarray
    tokens: list[str]  # every WORD_TOKEN_RE token of the normalised text, in order
    token_columns: list[int | None]
    token_counts: Counter[int]
    meta: list[float]


class Scorer:
    """Score comments with a fitted pipeline, fast, and explain the score.

    Args:
        pipeline: a pipeline made by :func:`classifiers.training.build_pipeline` and fitted.
    """

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline
        steps = getattr(pipeline, "named_steps", {})
        normaliser, union, classifier = (
            steps.get("normalise"), steps.get("features"), steps.get("classify"),
        )  # fmt: skip
        if not (
            isinstance(normaliser, CommentNormaliser)
            and isinstance(union, FeatureUnion)
            and isinstance(classifier, CalibratedClassifierCV)
        ):
            raise UnsupportedPipelineError("expected normalise -> features -> classify")
        if union.transformer_weights:
            raise UnsupportedPipelineError("feature union weights are not supported")
        offset = 0
        self._chars: _Vocabulary | None = None
        self._words: _Vocabulary | None = None
        self._char_vectorizer = CharNgramTfidf()
        # Per word, cached as words recur: its n-gram columns (see _columns_of), and for a word
        # of several tokens where those n-grams go (see _plan_of).
        self._word_columns: Callable[[str], np.ndarray] = lru_cache(
            maxsize=_WORD_CACHE_LIMIT)(self._columns_of)
        self._split_plan: Callable[[str], tuple[tuple[int, tuple[int, ...]], ...]] = lru_cache(
            maxsize=_SPLIT_PLAN_LIMIT)(self._plan_of)
        # Per thread, a zeroed array the size of the character vocabulary (see _occurrences).
        self._scratch = threading.local()
        self._meta_offset: int | None = None
        self._meta_scale = 1.0
        self._meta_names: tuple[str, ...] = ()
        self._meta_columns: list[int] = []
        self._meta_baseline: list[float] = []
        for _name, transformer in union.transformer_list:
            if isinstance(transformer, MetaFeatures):
                self._meta_offset = offset
                self._meta_scale = float(transformer.scale)
                self._meta_names = tuple(transformer.feature_names_)
                self._meta_columns = transformer.columns()
                baseline = getattr(transformer, "baseline_", None)
                self._meta_baseline = (
                    [0.0] * len(self._meta_names) if baseline is None
                    else [float(value) for value in baseline]
                )
                offset += len(self._meta_names)
                continue
            vectorizer = transformer.steps[-1][1] if isinstance(transformer, Pipeline) else None
            if not (
                isinstance(transformer, Pipeline)
                and len(transformer.steps) == 2
                and isinstance(transformer.steps[0][1], NormalisedTextSelector)
                and isinstance(vectorizer, CharNgramTfidf | WordNgramTfidf)
            ):
                raise UnsupportedPipelineError("expected text selector -> TF-IDF branches")
            if isinstance(vectorizer, CharNgramTfidf):
                self._char_vectorizer = vectorizer
                self._chars = _vocabulary(vectorizer, offset)
            else:
                self._words = _vocabulary(vectorizer, offset)
            offset += len(vectorizer.vocabulary_)
        if classifier.method != "sigmoid" or list(classifier.classes_) != [0, 1]:
            raise UnsupportedPipelineError("expected a sigmoid-calibrated binary classifier")
        weights, intercepts, slopes, shifts = [], [], [], []
        for calibrated in classifier.calibrated_classifiers_:
            estimator = calibrated.estimator
            coef = np.asarray(estimator.coef_, dtype=np.float64).ravel()
            if coef.shape[0] != offset:
                raise UnsupportedPipelineError("coefficients do not match the features")
            weights.append(coef)
            intercepts.append(float(np.ravel(estimator.intercept_)[0]))
            slopes.append(float(calibrated.calibrators[0].a_))
            shifts.append(float(calibrated.calibrators[0].b_))
        # Column-major per feature: one row of per-model weights for each feature.
        self._weights = np.ascontiguousarray(np.vstack(weights).T)
        self._intercepts = np.asarray(intercepts)
        self._slopes = np.asarray(slopes)
        self._shifts = np.asarray(shifts)
        # Log-odds contribution of feature j: the calibrated model's log-odds is
        # -(a * (w . x + b) + c), so each x_j adds -a * w_j * x_j (averaged over models).
        self._logit_weights = (self._weights * -self._slopes).mean(axis=1)
        # The meta features' weights as Python floats, read for every comment.
        self._meta_logit_weights: list[float] = (
            [] if self._meta_offset is None else self._logit_weights[
                self._meta_offset : self._meta_offset + len(self._meta_names)].tolist()
        )

    def _columns_of(self, word: str) -> np.ndarray:
        """Vocabulary columns of one word's character n-grams, as an array: joining a
        comment's arrays costs half of reading the same numbers from tuples."""
        return np.array(self._char_vectorizer.word_columns(word), dtype=np.intp)

    def _plan_of(self, word: str) -> tuple[tuple[int, tuple[int, ...]], ...]:
        """For a word of several tokens ("anti-rungkad"), each character n-gram's column and
        the tokens (numbered within the word) it touches."""
        vocab = self._chars
        assert vocab is not None
        low, high = vocab.ngram_range
        owner = [-1] * len(word)
        for number, match in enumerate(WORD_TOKEN_RE.finditer(word)):
            owner[match.start() : match.end()] = [number] * (match.end() - match.start())
        padded = f" {word} "
        found: list[tuple[int, tuple[int, ...]]] = []
        for n in range(low, high + 1):
            positions = [0] if len(padded) <= n else range(len(padded) - n + 1)
            for i in positions:
                column = vocab.index.get(padded[i : i + n])
                if column is None:
                    continue
                lo, hi = max(i - 1, 0), min(i + n - 1, len(word))
                touched = set(owner[lo:hi])
                touched.discard(-1)
                if touched:
                    found.append((column, tuple(sorted(touched))))
            if len(padded) <= n:
                break
        return tuple(found)

    def _occurrences(self, keys: np.ndarray, shares: np.ndarray, flat: np.ndarray
                     ) -> np.ndarray:
        """``shares[i]`` for every occurrence in ``flat`` of the column ``keys[i]``.

        Written into a zeroed vocabulary-sized array and read back by column, then zeroed
        again: a tenth of the time of ``searchsorted`` on a comment's few hundred n-grams.
        """
        scratch = getattr(self._scratch, "array", None)
        if scratch is None:
            assert self._chars is not None
            scratch = self._scratch.array = np.zeros(len(self._chars.index))
        scratch[keys] = shares
        try:
            return scratch[flat]
        finally:
            scratch[keys] = 0.0

    # -- probability -------------------------------------------------------------------------

    def _features(self, normalised: NormalisedText, seconds: float | None) -> _Features:
        text = normalised.text
        words = text.split()
        columns: list[np.ndarray] = []
        values: list[np.ndarray] = []
        char_flat = _EMPTY_COLUMNS
        char_lengths: list[int] = []
        char_keys, char_counts = _EMPTY_COLUMNS, _EMPTY_COLUMNS
        if self._chars is not None and words:
            per_word = list(map(self._word_columns, words))
            char_lengths = list(map(len, per_word))
            char_flat = np.concatenate(per_word)
            if char_flat.size:
                char_keys, char_counts = _distinct_counts(char_flat)
                self._add_tfidf(self._chars, char_keys, char_counts, columns, values)
        token_columns: list[int | None] = []
        token_counts: Counter[int] = Counter()
        tokens: list[str] = WORD_TOKEN_RE.findall(text)
        if self._words is not None:
            low, high = self._words.ngram_range
            token_columns = list(map(self._words.index.get, _word_grams(tokens, low, high)))
            counted: Counter[Any] = Counter(token_columns)
            counted.pop(None, None)
            token_counts = counted
            if token_counts:
                keys = np.fromiter(token_counts.keys(), dtype=np.intp, count=len(token_counts))
                counts = np.fromiter(token_counts.values(), dtype=np.intp, count=len(token_counts))
                self._add_tfidf(self._words, keys, counts, columns, values)
        meta: list[float] = []
        if self._meta_offset is not None:
            scale = self._meta_scale
            every = meta_values(normalised.counts, seconds)
            meta = [every[column] * scale for column in self._meta_columns]
            present = [(position, value) for position, value in enumerate(meta) if value]
            if present:
                columns.append(np.array([p for p, _v in present]) + self._meta_offset)
                values.append(np.array([v for _p, v in present]))
        return _Features(
            normalised=normalised,
            columns=np.concatenate(columns) if columns else _EMPTY_COLUMNS,
            values=np.concatenate(values) if values else np.zeros(0),
            words=words,
            char_flat=char_flat,
            char_lengths=char_lengths,
            char_keys=char_keys,
            char_counts=char_counts,
            tokens=tokens,
            token_columns=token_columns,
            token_counts=token_counts,
            meta=meta,
        )

    @staticmethod
    def _add_tfidf(
        vocab: _Vocabulary,
        found: np.ndarray,
        counts: np.ndarray,
        columns: list[np.ndarray],
        values: list[np.ndarray],
    ) -> None:
        """Append TF-IDF values of the counted columns, as the vectorisers compute them."""
        tf = counts.astype(np.float64)
        if vocab.sublinear:
            tf = np.log(tf) + 1.0
        weighted = tf * vocab.idf[found]
        if vocab.norm == "l2":
            norm = math.sqrt(float(weighted @ weighted))
            if norm > 0:
                weighted /= norm
        columns.append(found + vocab.offset)
        values.append(weighted)

    def _probability(self, features: _Features) -> float:
        decision = features.values @ self._weights[features.columns] + self._intercepts
        probabilities = 1.0 / (1.0 + np.exp(self._slopes * decision + self._shifts))
        # sum / size is what mean() computes, without its Python-level overhead.
        probability = float(probabilities.sum()) / probabilities.size
        return 1.0 if 1.0 < probability <= 1.0 + 1e-5 else probability

    # -- public API ---------------------------------------------------------------------------

    def probability(self, text: str, seconds_to_submit: float | None = None) -> float:
        """Spam probability only, as ``pipeline.predict_proba`` would give it."""
        normalised = normalise(text, track_offsets=False)
        return self._probability(self._features(normalised, _clean_seconds(seconds_to_submit)))

    def score(self, text: str, seconds_to_submit: float | None = None) -> ScoreResult:
        """Spam probability of one comment and its top reasons.

        Args:
            text: the comment as submitted.
            seconds_to_submit: seconds from captcha issue to submit, None when unknown (which
                counts neither for nor against the comment).
        """
        seconds = _clean_seconds(seconds_to_submit)
        features = self._features(normalise(text), seconds)
        probability = self._probability(features)
        reasons = _Explainer(self, features, seconds).reasons()
        return ScoreResult(probability=probability, reasons=reasons, normalised=features.normalised)

    def score_many(self, items: Sequence[tuple[str, float | None]]) -> list[ScoreResult]:
        """:meth:`score` for each ``(text, seconds_to_submit)`` pair (a bare str also works)."""
        results = []
        for item in items:
            if isinstance(item, str):
                results.append(self.score(item))
            else:
                results.append(self.score(item[0], item[1]))
        return results


def _clean_seconds(seconds: float | None) -> float | None:
    if seconds is None:
        return None
    value = float(seconds)
    return None if math.isnan(value) or value < 0 else value


# -- explanations ----------------------------------------------------------------------------

_MONEY_TEXT = ("money", "money amount", "nominal uang")
_BRAND_TEXT = ("brand_name", "a name like a gambling site's (letters, then digits)",
               "nama mirip situs judi (huruf lalu angka)")
_META_TEXTS: dict[str, tuple[str, str, str]] = {
    # meta feature -> (reason code, English, Indonesian); the count of amounts (older models)
    # and the flag (newer ones) are one reason
    "money": _MONEY_TEXT,
    "money_named": _MONEY_TEXT,
    "emoji": ("emoji", "many emoji", "banyak emoji"),
    "digit_ratio": ("many_digits", "many digits", "banyak angka"),
    "capital_ratio": ("capitals", "written in capitals", "banyak huruf kapital"),
    "length": ("length", "length of the comment", "panjang komentar"),
    "disguised": (
        "disguised_text",
        "disguised letters (look-alike characters, hidden or spaced letters)",
        "huruf yang disamarkan (karakter mirip, tersembunyi atau berjarak)",
    ),
    "exclamations": ("exclamations", "exclamation marks", "tanda seru"),
    "brand_name": _BRAND_TEXT,
    "brand_name_in_spam_talk": _BRAND_TEXT,
    "phone_number": ("phone_number", "phone or WhatsApp number", "nomor HP/WhatsApp"),
    "email": ("email", "e-mail address", "alamat e-mail"),
}
_TOKEN_CODES = {
    PHONE_TOKEN: "phone_number",
    EMAIL_TOKEN: "email",
    MONEY_TOKEN: "money",
}
_LINK_META = ("links", "has_link", "many_links")
_LINK_TOKENS = frozenset({URL_TOKEN, DOMAIN_TOKEN})
_ENTITY_TOKENS = frozenset({URL_TOKEN, DOMAIN_TOKEN, PHONE_TOKEN, EMAIL_TOKEN, MONEY_TOKEN})
_SUBMIT_META = ("submit_under_5s", "submit_under_15s", "submit_over_60s")


class _Reasons:
    """Reasons being gathered: weight and spans per (code, key)."""

    def __init__(self) -> None:
        self.entries: dict[tuple[str, str], dict[str, Any]] = {}

    def add(
        self,
        code: str,
        key: str,
        weight: float,
        spans: Sequence[tuple[int, int]] = (),
        params: dict[str, str] | None = None,
    ) -> None:
        entry = self.entries.setdefault(
            (code, key), {"weight": 0.0, "spans": set(), "params": params or {}}
        )
        entry["weight"] += weight
        entry["spans"].update(spans)


class _Explainer:
    """Turn per-feature contributions into moderator-readable reasons with spans."""

    def __init__(self, scorer: Scorer, features: _Features, seconds: float | None) -> None:
        self.scorer = scorer
        self.features = features
        self.normalised = features.normalised
        contributions = scorer._logit_weights[features.columns] * features.values
        n_char, n_word = len(features.char_keys), len(features.token_counts)
        # Per occurrence: an n-gram seen twice shares its contribution between both places.
        self.char_share = contributions[:n_char] / np.maximum(features.char_counts, 1)
        self.word_share = {
            column: contribution / count
            for (column, count), contribution in zip(
                features.token_counts.items(),
                contributions[n_char : n_char + n_word].tolist(),
                strict=True,
            )
        }
        # Meta features count from their training mean, and only when above it: a reason says
        # "more links/emoji/capitals than usual", never "fewer capitals than usual".
        self.meta_contributions: dict[int, float] = {}
        if scorer._meta_offset is not None:
            offset = scorer._meta_offset
            for position, (value, baseline, logit_weight) in enumerate(
                zip(features.meta, scorer._meta_baseline, scorer._meta_logit_weights,
                    strict=True)
            ):
                excess = value - baseline
                if excess > 0:
                    self.meta_contributions[offset + position] = logit_weight * excess
        self.seconds = seconds
        self.found = _Reasons()
        # Every token of the normalised text as (start, end, token).
        self.tokens = _token_spans(self.normalised.text, features.tokens)
        self.token_weight = [0.0] * len(self.tokens)
        self.link_spans: list[tuple[int, int]] = []

    def original(self, start: int, end: int) -> tuple[int, int]:
        return self.normalised.original_span(start, end)

    def reasons(self) -> list[Reason]:
        self._char_contributions()
        self._word_contributions()
        self._token_reasons()
        self._meta_reasons()
        return self._top()

    def _char_contributions(self) -> None:
        """Share each n-gram's contribution between its occurrences and the tokens they touch."""
        features = self.features
        if self.scorer._chars is None or not features.char_flat.size:
            return
        # Contribution of every occurrence, summed per whitespace-separated word.
        occurrence = self.scorer._occurrences(features.char_keys, self.char_share,
                                              features.char_flat)
        words = features.words
        word_ids = np.repeat(np.arange(len(words)), features.char_lengths)
        per_word = np.bincount(word_ids, weights=occurrence, minlength=len(words)).tolist()
        tokens, weights = self.tokens, self.token_weight
        share: dict[int, float] | None = None
        following = 0  # the first token not yet placed
        # A word's tokens are those that start before it ends (none starts between words).
        for number, end in enumerate(_word_ends(words)):
            first = following
            while following < len(tokens) and tokens[following][0] < end:
                following += 1
            if following - first == 1:
                weights[first] += per_word[number]  # one token gets the word's whole sum
            elif following > first:
                if share is None:
                    share = dict(zip(features.char_keys.tolist(), self.char_share.tolist(),
                                     strict=True))  # fmt: skip
                self._split_word(words[number], first, share)

    def _split_word(self, word: str, first: int, per_occurrence: dict[int, float]) -> None:
        """A word with several tokens ("anti-rungkad"): each n-gram goes to the tokens it
        touches, shared equally."""
        weights = self.token_weight
        for column, owners in self.scorer._split_plan(word):
            share = per_occurrence[column] / len(owners)
            for owner in owners:
                weights[first + owner] += share

    def _word_contributions(self) -> None:
        vocab = self.scorer._words
        if vocab is None or not self.features.token_counts:
            return
        low, high = vocab.ngram_range
        # Links, numbers, e-mails and money: tokens that stand for an entity.
        special = [token in _ENTITY_TOKENS or token.startswith(TLD_PREFIX)
                   for _s, _e, token in self.tokens]
        shares = self.word_share
        columns = self.features.token_columns
        for i in range(len(self.tokens)) if low == 1 else ():
            column = columns[i]
            if column is not None:
                self.token_weight[i] += shares[column]
        position = len(self.tokens) if low == 1 else 0
        for n in range(max(low, 2), min(high, len(self.tokens)) + 1):
            for i in range(len(self.tokens) - n + 1):
                column = columns[position]
                position += 1
                if column is None:
                    continue
                share = shares[column]
                has_special = any(special[i : i + n])
                if share <= 0 and not has_special:
                    continue  # only reasons towards spam are shown
                group = self.tokens[i : i + n]
                if has_special:
                    # A phrase around a link or number is really about the entity.
                    for j in range(i, i + n):
                        self.token_weight[j] += share / n
                    continue
                phrase = " ".join(token for _s, _e, token in group)
                span = self.original(group[0][0], group[-1][1])
                self.found.add("phrase", phrase, share, [span], {"phrase": phrase})

    def _token_reasons(self) -> None:
        """Group token weights into words, links, phone numbers, e-mails and money."""
        entity_of: dict[tuple[int, int], list[int]] = {}
        starts, ends = self.normalised.starts, self.normalised.ends
        entries = self.found.entries
        for number, (start, end, token) in enumerate(self.tokens):
            span = (starts[start], ends[end - 1])
            if token in _LINK_TOKENS or token.startswith(TLD_PREFIX):
                entity_of.setdefault(span, []).append(number)
                continue
            if entity_of.get(span):
                entity_of[span].append(number)  # a word of the link's host, e.g. "pulauwin88"
                continue
            weight = self.token_weight[number]
            code = _TOKEN_CODES.get(token)
            if code is not None:
                # Kept even when the token itself weighs nothing: the meta feature for phones
                # or money joins this reason and needs its place in the text.
                self.found.add(code, "", weight, [span])
                continue
            if weight <= 0 or len(token) < 2:
                # The same word weighs the same wherever it is; only spam reasons show, and a
                # lone letter or digit says nothing to a moderator.
                continue
            # Inlined _Reasons.add: this runs for every word of every comment scored.
            entry = entries.get(("word", token))
            if entry is None:
                entries["word", token] = {
                    "weight": weight,
                    "spans": {span},
                    "params": {"word": token},
                }
            else:
                entry["weight"] += weight
                entry["spans"].add(span)
        for span, numbers in entity_of.items():
            group = [self.tokens[n][2] for n in numbers]
            tld = next((t[len(TLD_PREFIX) :].replace("_", ".") for t in group
                        if t.startswith(TLD_PREFIX)), "")
            weight = sum(self.token_weight[n] for n in numbers)
            self.link_spans.append(span)
            # Named as written: the tokens keep a host's words, not its hyphens and dots.
            domain = link_host(self.normalised.original[span[0] : span[1]])
            if tld:
                self.found.add("link_tld", tld, weight, [span], {"tld": tld, "domain": domain})
            else:
                self.found.add("link", domain, weight, [span], {"domain": domain})

    def _meta_reasons(self) -> None:
        offset = self.scorer._meta_offset
        if offset is None:
            return
        counts = self.normalised.counts
        link_weight = 0.0
        submit_weight = 0.0
        for position, name in enumerate(self.scorer._meta_names):
            weight = self.meta_contributions.get(offset + position)
            if weight is None:
                continue
            if name in _LINK_META:
                link_weight += weight
            elif name in _SUBMIT_META:
                submit_weight += weight
            elif name == "disguised":
                self.found.add("disguised_text", "", weight, _merge(self.normalised.disguises))
            else:
                self.found.add(_META_TEXTS[name][0], "", weight)
        links = link_count(counts)
        if link_weight and links >= 2:
            self.found.add("many_links", "", link_weight, self.link_spans, {"count": str(links)})
        elif link_weight:
            # One link: its meta weight belongs to the reason naming that link.
            own = [key for key in self.found.entries if key[0] in ("link_tld", "link")]
            code, key = own[0] if len(own) == 1 else ("link", "")
            self.found.add(code, key, link_weight, self.link_spans)
        if submit_weight and self.seconds is not None:
            code = "fast_submit" if self.seconds < FAST_SUBMIT_SECONDS * 3 else "submit_time"
            self.found.add(code, "", submit_weight, (), {"seconds": f"{self.seconds:.0f}"})

    def _top(self) -> list[Reason]:
        entries = self.found.entries
        # Heaviest first, ties by code and key; plain tuples sort without a key function.
        ranked = sorted(
            (-entry["weight"], code, key) for (code, key), entry in entries.items()
            if entry["weight"] > 1e-9
        )
        reasons = []
        for negative, code, key in ranked[:MAX_REASONS]:
            weight = -negative
            entry = entries[code, key]
            params = dict(entry["params"])
            text_en, text_id = _describe(code, key, params)
            reasons.append(
                Reason(
                    code=code,
                    params=params,
                    text_en=text_en,
                    text_id=text_id,
                    weight=float(weight),
                    spans=_merge(entry["spans"]),
                )
            )
        return reasons


def _token_spans(text: str, tokens: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end, token)`` of each token found in ``text`` by ``WORD_TOKEN_RE``.

    A token is a maximal run of word characters, so the next one is the first place at or
    after the previous end where its text occurs: ``str.find`` places it at half the cost of
    a second regex pass.
    """
    spans = []
    end = 0
    find = text.find
    for token in tokens:
        start = find(token, end)
        end = start + len(token)
        spans.append((start, end, token))
    return spans


def _distinct_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(values, return_counts=True)`` for a non-empty 1-d array, without its
    general-case overhead (a third of the time on a comment's few hundred n-grams)."""
    ordered = np.sort(values)
    edges = np.empty(ordered.size + 1, dtype=bool)
    edges[0] = edges[-1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=edges[1:-1])
    bounds = np.flatnonzero(edges)
    return ordered[bounds[:-1]], bounds[1:] - bounds[:-1]


def _word_ends(words: list[str]) -> list[int]:
    """Where each word ends in normalised text, which joins its words by single spaces."""
    return [end - 1 for end in accumulate(len(word) + 1 for word in words)]


def _merge(spans: Any) -> list[tuple[int, int]]:
    """Sorted spans with overlapping or touching ones joined."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _describe(code: str, key: str, params: dict[str, str]) -> tuple[str, str]:
    """English and Indonesian wording of a reason."""
    if code == "word":
        return f"word '{params['word']}'", f"kata '{params['word']}'"
    if code == "phrase":
        return f"phrase '{params['phrase']}'", f"frasa '{params['phrase']}'"
    if code == "link_tld":
        tld = params["tld"]
        return f"link to a .{tld} domain", f"tautan ke domain .{tld}"
    if code == "link":
        domain = params.get("domain")
        if domain:
            return f"link to {domain}", f"tautan ke {domain}"
        return "contains a link", "berisi tautan"
    if code == "many_links":
        count = params["count"]
        return f"{count} links", f"{count} tautan"
    if code in ("fast_submit", "submit_time"):
        seconds = params["seconds"]
        if code == "fast_submit":
            return (
                f"sent {seconds} s after the captcha appeared",
                f"dikirim {seconds} detik setelah captcha muncul",
            )
        return (f"time to submit ({seconds} s)", f"waktu pengisian ({seconds} detik)")
    for meta_code, text_en, text_id in _META_TEXTS.values():
        if meta_code == code:
            return text_en, text_id
    return code.replace("_", " "), code.replace("_", " ")
