"""Stories about training a model and what its card tells an operator."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from sklearn.pipeline import Pipeline

from classifiers.corpus import LabeledText
from classifiers.steps import TrainingStep
from classifiers.training import TrainedModel, TrainingError, fit_pipeline, train_model


def test_a_model_trained_on_the_tiny_corpus_separates_spam_from_ham(
    trained_tiny: TrainedModel,
) -> None:
    probabilities = trained_tiny.pipeline.predict_proba(
        ["SLOT GACOR maxwin hari ini di pulauwin88.com", "Jalan desa kami rusak, mohon diperbaiki"]
    )[:, 1]
    assert probabilities[0] > 0.5 > probabilities[1]


def test_the_card_records_data_metrics_thresholds_and_versions(
    trained_tiny: TrainedModel,
) -> None:
    card = trained_tiny.card
    assert card["data"]["train"]["total"] + card["data"]["holdout"]["total"] == 80
    assert card["data"]["train"]["per_source"]["tiny_labeled.csv"]["spam"] > 0
    assert set(card["metrics"]) >= {"precision", "recall", "fpr", "roc_auc", "confusion"}
    assert card["metrics"]["threshold"] == card["thresholds"]["spam"]
    assert 0 <= card["thresholds"]["approve"] <= card["thresholds"]["spam"] <= 1
    assert set(card["versions"]) == {"python", "sklearn", "numpy", "scipy", "skops"}
    assert card["random_state"] == 0
    assert "created_at" in card
    assert card["per_family"]
    assert len(trained_tiny.holdout_labels) == len(trained_tiny.holdout_probabilities) == 16


def test_the_holdout_false_positive_rate_meets_the_target(trained_tiny: TrainedModel) -> None:
    assert trained_tiny.card["metrics"]["fpr"] <= 0.001


def test_training_twice_with_the_same_seed_gives_the_same_model(
    tiny_examples: list[LabeledText],
) -> None:
    first = train_model(tiny_examples, random_state=3)
    second = train_model(tiny_examples, random_state=3)
    assert first.holdout_probabilities == second.holdout_probabilities
    assert first.card["thresholds"] == second.card["thresholds"]


def test_a_given_holdout_is_used_as_is(tiny_examples: list[LabeledText]) -> None:
    held = tiny_examples[::5]
    train = [e for i, e in enumerate(tiny_examples) if i % 5]
    steps: list[TrainingStep] = []
    model = train_model(train, holdout=held, progress=steps.append)
    assert model.holdout_labels == [e.label for e in held]
    assert model.card["data"]["holdout"]["total"] == len(held)
    assert [step.code for step in steps] == ["alpha", "fitting", "scoring_holdout",
                                             "holdout_result"]
    assert str(steps[1]).startswith("fitting on")
    assert steps[2].figures == {"comments": len(held)}


def test_a_published_protocol_fits_on_its_whole_training_part(
    tiny_examples: list[LabeledText],
) -> None:
    """Papers train on their fixed part and judge at probability 0.5: no fifth of a few hundred
    comments is held out for product thresholds the protocol never uses."""
    pipeline = fit_pipeline(tiny_examples)
    with_holdout = train_model(tiny_examples)

    def words(fitted: Pipeline) -> dict[str, int]:
        return dict(fitted.named_steps["features"].named_transformers["words"][-1].vocabulary_)

    assert len(words(pipeline)) > len(words(with_holdout.pipeline)), (
        "the vocabulary of every example, not four fifths")
    probabilities = pipeline.predict_proba(
        ["SLOT GACOR maxwin hari ini di pulauwin88.com", "Jalan desa kami rusak, mohon diperbaiki"]
    )[:, 1]
    assert probabilities[0] > 0.5 > probabilities[1]
    with pytest.raises(TrainingError, match="both spam and ham"):
        fit_pipeline([e for e in tiny_examples if e.label == 1])


def test_training_on_one_class_only_fails_clearly(tiny_examples: list[LabeledText]) -> None:
    ham = [e for e in tiny_examples if e.label == 0]
    with pytest.raises(TrainingError, match="both spam and ham"):
        train_model(ham)


def test_unknown_submit_time_is_no_evidence_either_way(tiny_examples: list[LabeledText]) -> None:
    # Spam came fast and ham slowly: the model learns timing, but "unknown" stays neutral.
    timed = [
        dataclasses.replace(e, seconds_to_submit=2.0 if e.label else 90.0)
        for e in tiny_examples[::2]
    ]
    model = train_model(timed + list(tiny_examples[1::2]), random_state=0)
    pipeline = model.pipeline
    text = "terima kasih infonya, semoga cepat diperbaiki"
    unknown, fast, slow = pipeline.predict_proba([text, (text, 2.0), (text, 90.0)])[:, 1]
    assert slow < unknown < fast
    features = pipeline[:-1].transform([text, (text, None)])
    names = list(pipeline[:-1].get_feature_names_out())
    timing = [i for i, name in enumerate(names) if name.startswith("meta__submit")]
    assert len(timing) == 3
    assert np.all(features[:, timing].toarray() == 0)


def test_the_card_reports_each_part_of_the_holdout_and_what_the_threshold_rests_on(
    tiny_examples: list[LabeledText],
) -> None:
    held = [dataclasses.replace(e, source="real/x.csv" if i % 2 else "seed/y.csv")
            for i, e in enumerate(tiny_examples[::4])]
    train = [e for i, e in enumerate(tiny_examples) if i % 4]
    card = train_model(train, holdout=held).card
    assert set(card["holdouts"]) == {"real", "seed"}
    assert sum(part["n"] for part in card["holdouts"].values()) == len(held)
    basis = card["threshold_basis"]
    assert basis["holdout_ham"] == sum(1 for e in held if e.label == 0)
    assert basis["target_resolvable"] is False, "a few ham cannot show a 0.1% rate"
    assert basis["ham_at_or_above_spam_threshold"] == 0
    # Which genuine comments it rests on: the highest-scoring held-out ham, highest first.
    ham = {e.text for e in held if e.label == 0}
    highest = basis["highest_ham"]
    assert 0 < len(highest) <= 5
    assert all(one["text"] in ham and one["source"] in ("real/x.csv", "seed/y.csv")
               for one in highest)
    scores = [one["score"] for one in highest]
    assert scores == sorted(scores, reverse=True)
    assert all(score < card["thresholds"]["spam"] for score in scores)


def test_an_example_that_weighs_more_pulls_the_model_further(
    tiny_examples: list[LabeledText],
) -> None:
    text = "mampir ke warung kopi mbak sri, murah meriah"
    def trained(weight: float) -> float:
        extra = [LabeledText(text=text, label=1, source="moderators", weight=weight)]
        model = train_model([*tiny_examples, *extra], holdout=tiny_examples[::5])
        return float(model.pipeline.predict_proba([text])[0, 1])
    assert trained(5.0) > trained(1.0)
