"""Stories about scoring one comment fast and explaining the score to a moderator."""

from __future__ import annotations

import dataclasses
import re
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from classifiers.corpus import LabeledText, seed_corpus
from classifiers.scoring import Scorer
from classifiers.training import TrainedModel, train_model

DISGUISED = [
    "Slot 𝐆𝐀𝐂𝐎𝐑 hari ini",
    "s l o t  g a c o r maxwin 🎰🔥 hub 0812-3456-7890",
    "Ѕlоt gаcоr di pulauwin88 .com",
    "",
    "   ",
    "!!!",
    "🎰🎰🎰",
    "Jalan di desa kami rusak parah, mohon Pak Bupati segera memperbaiki.",
    "https://bit.ly/x http://a.xyz www.b.vip c.top d.icu",
    "P͟U͟L͟A͟U͟W͟I͟N͟88 situs slot online gacor anti rungkad",
]


@pytest.fixture(scope="module")
def timed_model(tiny_examples: list[LabeledText]) -> TrainedModel:
    timed = [
        dataclasses.replace(e, seconds_to_submit=3.0 if e.label else 75.0)
        for e in tiny_examples[::2]
    ]
    return train_model(timed + list(tiny_examples[1::2]), random_state=1)


def _assert_same_as_pipeline(model: TrainedModel, items: list[tuple[str, float | None]]) -> None:
    scorer = Scorer(model.pipeline)
    expected = model.pipeline.predict_proba(items)[:, 1]
    for (text, seconds), probability in zip(items, expected, strict=True):
        assert scorer.score(text, seconds).probability == pytest.approx(probability, abs=1e-6)
        assert scorer.probability(text, seconds) == pytest.approx(probability, abs=1e-6)


def test_the_fast_scorer_agrees_with_the_pipeline_on_the_corpus(
    trained_tiny: TrainedModel, tiny_examples: list[LabeledText]
) -> None:
    items = [(e.text, None) for e in tiny_examples] + [(t, None) for t in DISGUISED]
    _assert_same_as_pipeline(trained_tiny, items)


def test_the_fast_scorer_agrees_with_the_pipeline_when_timing_is_known(
    timed_model: TrainedModel, tiny_examples: list[LabeledText]
) -> None:
    items = [
        (e.text, seconds)
        for e in tiny_examples[:20]
        for seconds in (None, 0.5, 4.0, 10.0, 30.0, 120.0)
    ]
    _assert_same_as_pipeline(timed_model, items)


@pytest.mark.slow
def test_the_fast_scorer_agrees_on_the_seed_holdout() -> None:
    train, holdout = seed_corpus("train"), seed_corpus("holdout")
    if len({e.label for e in train}) < 2 or not holdout:
        pytest.skip("the seed corpus is not there yet")
    model = train_model(train, holdout=holdout)
    _assert_same_as_pipeline(model, [(e.text, None) for e in holdout])


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_the_fast_scorer_agrees_on_any_text(trained_tiny: TrainedModel, text: str) -> None:
    scorer = Scorer(trained_tiny.pipeline)
    expected = trained_tiny.pipeline.predict_proba([text])[0, 1]
    assert scorer.score(text).probability == pytest.approx(expected, abs=1e-6)


def test_score_many_scores_each_item(trained_tiny: TrainedModel) -> None:
    scorer = Scorer(trained_tiny.pipeline)
    results = scorer.score_many([("slot gacor", None), ("jalan rusak", 30.0)])
    assert [r.probability for r in results] == [
        scorer.score("slot gacor").probability,
        scorer.score("jalan rusak", 30.0).probability,
    ]


def test_web_threads_scoring_at_once_get_the_same_scores_and_reasons(
    trained_tiny: TrainedModel, tiny_examples: list[LabeledText]
) -> None:
    # The Akismet check and the rule tester score in gunicorn's request threads, all sharing
    # the live model's one Scorer (and its per-thread scratch array).
    scorer = Scorer(trained_tiny.pipeline)
    texts = [e.text for e in tiny_examples] + DISGUISED
    alone = [scorer.score(text).to_dict() for text in texts]

    # Threads switch every microsecond instead of every 5 ms, so they interleave inside a score.
    switch = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            rounds = [list(pool.map(lambda text: scorer.score(text).to_dict(), texts))
                      for _ in range(10)]
    finally:
        sys.setswitchinterval(switch)

    assert all(together == alone for together in rounds)


def _reason(result_reasons: list, code: str, **params: str):  # type: ignore[no-untyped-def]
    for reason in result_reasons:
        if reason.code == code and all(reason.params.get(k) == v for k, v in params.items()):
            return reason
    raise AssertionError(f"no {code} {params} in {[r.text_en for r in result_reasons]}")


def test_the_word_gacor_is_highlighted_where_it_was_disguised(trained_tiny: TrainedModel) -> None:
    text = "Slot 𝐆𝐀𝐂𝐎𝐑 hari ini"
    result = Scorer(trained_tiny.pipeline).score(text)
    gacor = _reason(result.reasons, "word", word="gacor")
    assert gacor.text_en == "word 'gacor'"
    assert gacor.text_id == "kata 'gacor'"
    assert [text[start:end] for start, end in gacor.spans] == ["𝐆𝐀𝐂𝐎𝐑"]


def test_a_gambling_ad_is_explained_by_its_link_phone_and_words(
    trained_tiny: TrainedModel,
) -> None:
    text = "SLOT GACOR maxwin hub WA 0812-3456-7890 daftar di pulauwin88.xyz"
    result = Scorer(trained_tiny.pipeline).score(text)
    assert result.probability > 0.5
    assert 1 <= len(result.reasons) <= 5
    weights = [r.weight for r in result.reasons]
    assert weights == sorted(weights, reverse=True)
    assert all(w > 0 for w in weights)
    spans = {r.code: [text[s:e] for s, e in r.spans] for r in result.reasons}
    assert spans.get("phone_number") == ["0812-3456-7890"]
    if "link_tld" in spans:
        assert spans["link_tld"] == ["pulauwin88.xyz"]
        link = _reason(result.reasons, "link_tld", tld="xyz")
        assert link.text_en == "link to a .xyz domain"
        assert link.text_id == "tautan ke domain .xyz"
    for reason in result.reasons:
        assert reason.text_en
        assert reason.text_id
        assert reason.to_dict()["spans"] == [list(span) for span in reason.spans]


def test_a_link_reason_names_the_host_as_written_not_as_the_model_reads_it(
    trained_tiny: TrainedModel,
) -> None:
    # The model reads "pip kemdikbud cek blogspot"; a moderator must see the real address.
    text = "daftar di pip-kemdikbud-cek.blogspot.com atau https://www.bansos-cek.weebly.com/x"
    result = Scorer(trained_tiny.pipeline).score(text)
    link = _reason(result.reasons, "link_tld", tld="com")
    # Both links are .com, so one reason holds both; it names the first.
    assert link.params["domain"] == "pip-kemdikbud-cek.blogspot.com"
    assert [text[start:end] for start, end in link.spans] == [
        "pip-kemdikbud-cek.blogspot.com", "https://www.bansos-cek.weebly.com/x"]


def test_a_fast_submit_is_a_reason_when_the_model_learned_timing(
    timed_model: TrainedModel,
) -> None:
    scorer = Scorer(timed_model.pipeline)
    result = scorer.score("info menarik hari ini", seconds_to_submit=1.0)
    fast = _reason(result.reasons, "fast_submit")
    assert "1" in fast.text_en
    assert "detik" in fast.text_id
    assert not any(r.code == "fast_submit" for r in scorer.score("info menarik hari ini").reasons)


def test_a_genuine_comment_gets_a_low_score(trained_tiny: TrainedModel) -> None:
    result = Scorer(trained_tiny.pipeline).score(
        "Terima kasih pak, jalan di desa kami akhirnya diperbaiki."
    )
    assert result.probability < trained_tiny.card["thresholds"]["spam"]
    assert result.to_dict()["probability"] == result.probability


def test_a_word_opening_with_punctuation_credits_each_token_with_its_own_letters(
    trained_tiny: TrainedModel,
) -> None:
    # In "(slot-gacor" each character n-gram the model knows is credited to the tokens whose
    # letters it holds; the bracket before the first letter once shifted them by one, so
    # "or " was lost and "t-g" went to "gacor" alone.
    scorer = Scorer(trained_tiny.pipeline)
    vocabulary = scorer._chars.index  # type: ignore[union-attr]
    for word in ("(slot-gacor", "slot-gacor", "..maxwin.88", "#wd-cepat!"):
        tokens = [match.span() for match in re.finditer(r"\w+", word)]
        padded = f" {word} "
        expected = []
        for n in range(2, 6):
            for i in range(len(padded) - n + 1):
                column = vocabulary.get(padded[i : i + n])
                # The n-gram covers word characters i - 1 .. i + n - 2 (the pad is outside).
                first, last = i - 1, i + n - 2
                owners = tuple(number for number, (start, end) in enumerate(tokens)
                               if start <= last and first < end)
                if column is not None and owners:
                    expected.append((column, owners))
        assert expected, word
        assert list(scorer._split_plan(word)) == expected, word


def test_the_amounts_in_an_advert_are_one_money_reason_with_its_spans(
    trained_tiny: TrainedModel,
) -> None:
    """However the model weighs money (a flag now, a count in older models), a moderator sees
    one reason, "nominal uang", pointing at the amounts."""
    text = "PAKET HEMAT 40GB CUMA 10RB, diskon Rp25.000 hari ini saja, ketik REG kirim ke 3838"
    result = Scorer(trained_tiny.pipeline).score(text)
    money = [reason for reason in result.reasons if reason.code == "money"]
    assert len(money) == 1
    assert money[0].text_id == "nominal uang"
    assert [text[start:end] for start, end in money[0].spans] == ["10RB", "Rp25.000"]
