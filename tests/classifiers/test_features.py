"""Stories about the feature transformers the pipeline is built from."""

from __future__ import annotations

import io
import math

import numpy as np
import pytest
import skops.io as sio
from sklearn.feature_extraction.text import TfidfVectorizer

from classifiers.corpus import LabeledText
from classifiers.features import (
    BRAND_NAME_FLAG,
    META_FEATURES,
    CharNgramTfidf,
    CommentNormaliser,
    MetaFeatures,
    WordNgramTfidf,
)
from classifiers.training import MODEL_META_FEATURES


@pytest.fixture(scope="module")
def texts(tiny_examples: list[LabeledText]) -> list[str]:
    return [c.text for c in CommentNormaliser().fit_transform([e.text for e in tiny_examples])]


def _dense(matrix: object) -> np.ndarray:
    return np.asarray(matrix.toarray())  # type: ignore[attr-defined]


def test_character_ngrams_weigh_like_scikit_learns_tfidf(texts: list[str]) -> None:
    ours = CharNgramTfidf(ngram_range=(2, 5), min_df=2)
    theirs = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2,
                             lowercase=False, sublinear_tf=True)  # fmt: skip
    expected = theirs.fit_transform(texts)
    got = ours.fit_transform(texts)
    assert ours.vocabulary_ == theirs.vocabulary_
    np.testing.assert_allclose(_dense(got), _dense(expected), atol=1e-12)
    np.testing.assert_allclose(_dense(ours.transform(texts)), _dense(expected), atol=1e-12)


def test_word_ngrams_weigh_like_scikit_learns_tfidf(texts: list[str]) -> None:
    ours = WordNgramTfidf(ngram_range=(1, 2), min_df=2)
    theirs = TfidfVectorizer(token_pattern=r"\w+", ngram_range=(1, 2), min_df=2,
                             lowercase=False, sublinear_tf=True)  # fmt: skip
    expected = theirs.fit_transform(texts)
    got = ours.fit_transform(texts)
    assert ours.vocabulary_ == theirs.vocabulary_
    np.testing.assert_allclose(_dense(got), _dense(expected), atol=1e-12)
    assert list(ours.get_feature_names_out()) == list(theirs.get_feature_names_out())


def test_max_features_keeps_the_most_frequent_ngrams(texts: list[str]) -> None:
    vectoriser = WordNgramTfidf(min_df=1, max_features=10).fit(texts)
    assert len(vectoriser.vocabulary_) == 10
    assert "di" in vectoriser.vocabulary_


def test_a_vectoriser_survives_skops_with_its_vocabulary(texts: list[str]) -> None:
    vectoriser = CharNgramTfidf(min_df=2).fit(texts)
    buffer = io.BytesIO(sio.dumps(vectoriser))
    trusted = sio.get_untrusted_types(data=buffer.getvalue())
    assert trusted == ["classifiers.features.CharNgramTfidf"]
    loaded = sio.loads(buffer.getvalue(), trusted=trusted)
    assert loaded.vocabulary_ == vectoriser.vocabulary_
    np.testing.assert_array_equal(
        _dense(loaded.transform(texts[:5])), _dense(vectoriser.transform(texts[:5]))
    )


def test_a_comment_without_known_ngrams_is_an_empty_row(texts: list[str]) -> None:
    vectoriser = CharNgramTfidf(min_df=2).fit(texts)
    row = vectoriser.transform(["", "ǂǂǂ"])
    assert row.shape == (2, len(vectoriser.vocabulary_))
    assert row.nnz == 0


def test_meta_features_count_links_phones_and_leave_unknown_timing_at_zero() -> None:
    comments = CommentNormaliser().fit_transform(
        [("hub 0812-3456-7890 di pulauwin88.com dan bit.ly/x", None), ("halo", 2.0)]
    )
    meta = MetaFeatures().fit(comments)
    values = dict(zip(META_FEATURES, _dense(meta.transform(comments))[0], strict=True))
    assert values["phone_number"] == 1.0
    assert values["many_links"] == 1.0
    assert values["submit_under_5s"] == values["submit_under_15s"] == 0.0
    timed = dict(zip(META_FEATURES, _dense(meta.transform(comments))[1], strict=True))
    assert timed["submit_under_5s"] == 1.0
    assert list(meta.get_feature_names_out()) == list(META_FEATURES)


def test_a_citizens_cost_breakdown_weighs_no_more_money_than_one_price() -> None:
    """A parent listing what a child's sport costs names many amounts; an advert names one. The
    model hears that money is named, not how often."""
    comments = CommentNormaliser().fit_transform([
        "sepatu 350rb, seragam 200rb, pendaftaran 150rb, transport 50rb sehari, semua sendiri",
        "promo paket hemat cuma 15rb",
        "jalan rusak dari dulu",
    ])
    meta = MetaFeatures(features=MODEL_META_FEATURES).fit(comments)
    money = [dict(zip(MODEL_META_FEATURES, row, strict=True))["money_named"]
             for row in _dense(meta.transform(comments))]
    assert money == [1.0, 1.0, 0.0]
    assert "money" not in MODEL_META_FEATURES


def test_a_model_fitted_on_the_money_count_keeps_scoring_as_it_was_fitted() -> None:
    """An operator's live model, retrained before money became a flag, learnt its weight on
    the count: an upgrade must not change what that weight multiplies."""
    comments = CommentNormaliser().fit_transform(["sepatu 350rb, seragam 200rb, ongkos 50rb"])
    older = MetaFeatures(features=["links", "money", "emoji"]).fit(comments)
    assert _dense(older.transform(comments))[0][1] == pytest.approx(math.log1p(3))


def test_a_site_name_in_an_advert_and_in_a_reader_s_warning_are_told_apart() -> None:
    """An advert for a site the model never saw still has its shape ("Badak99"); a reader who
    asks the admin to delete "MAWAR88" quotes the same shape, which the model weighs apart.
    A handle ("@dedeineon8868"), an acronym with a number ("JKT48"), a hashtag and a year
    ("#Pilkada2024", "Porprov2025") are no site names."""
    comments = CommentNormaliser().fit_transform([
        "abis nonton ini lanjut main Badak99 ah",
        "Admin tolong hapus komen MAWAR88 itu, judi semua",
        "setuju sama @dedeineon8868, konser JKT48 kemarin seru #Pilkada2024 Porprov2025",
        "rapat RT 05 jam 19.00",
    ])
    meta = MetaFeatures(features=MODEL_META_FEATURES).fit(comments)
    rows = [dict(zip(MODEL_META_FEATURES, row, strict=True))
            for row in _dense(meta.transform(comments))]
    advert, warning, chatter, notice = rows
    assert (advert["brand_name"], advert["brand_name_in_spam_talk"]) == (BRAND_NAME_FLAG, 0)
    assert (warning["brand_name"], warning["brand_name_in_spam_talk"]) == (0, BRAND_NAME_FLAG)
    assert all(row["brand_name"] == row["brand_name_in_spam_talk"] == 0
               for row in (chatter, notice))
