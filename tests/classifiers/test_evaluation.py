"""Stories about judging a model at a threshold and choosing the thresholds."""

from __future__ import annotations

import pytest

from classifiers.evaluation import choose_thresholds, evaluate, fpr_upper_bound


def test_metrics_at_a_threshold_count_each_kind_of_error() -> None:
    labels = [1, 1, 1, 0, 0, 0, 0]
    scores = [0.9, 0.8, 0.3, 0.7, 0.2, 0.1, 0.05]
    result = evaluate(labels, scores, 0.5)
    assert result["confusion"] == {"tp": 2, "fp": 1, "tn": 3, "fn": 1}
    assert result["n"] == 7
    assert result["spam"] == 3
    assert result["ham"] == 4
    assert result["precision"] == pytest.approx(2 / 3)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["fpr"] == pytest.approx(1 / 4)
    assert result["accuracy"] == pytest.approx(5 / 7)
    assert 0 < result["roc_auc"] < 1
    assert 0 < result["pr_auc"] <= 1
    assert result["mcc"] is not None
    assert result["threshold"] == 0.5


def test_a_spam_only_file_has_recall_but_no_false_positive_rate() -> None:
    result = evaluate([1, 1, 1], [0.9, 0.6, 0.2], 0.5)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["fpr"] is None
    assert result["roc_auc"] is None
    assert result["pr_auc"] is None
    assert result["precision"] is None


def test_a_ham_only_file_has_a_false_positive_rate_but_no_recall() -> None:
    result = evaluate([0, 0, 0, 0], [0.9, 0.2, 0.1, 0.0], 0.5)
    assert result["fpr"] == pytest.approx(1 / 4)
    assert result["recall"] is None
    assert result["roc_auc"] is None
    assert result["mcc"] is None


def test_the_spam_threshold_marks_no_ham_as_spam_on_a_small_holdout() -> None:
    labels = [0] * 100 + [1] * 100
    scores = [i / 200 for i in range(100)] + [0.3 + i / 200 for i in range(100)]
    thresholds = choose_thresholds(labels, scores, target_ham_fpr=0.001, target_spam_miss=0.01)
    ham_top = max(scores[:100])
    assert thresholds.spam > ham_top
    assert thresholds.spam == pytest.approx(ham_top)
    assert evaluate(labels, scores, thresholds.spam)["fpr"] == 0.0
    # Spam below approve is at most 1% of 100 spam: at most one comment.
    assert sum(s < thresholds.approve for s in scores[100:]) <= 1
    assert thresholds.approve <= thresholds.spam


def test_a_looser_target_allows_ham_above_the_threshold_while_the_bound_holds() -> None:
    labels = [0] * 1000 + [1] * 10
    scores = [i / 1000 for i in range(1000)] + [0.999] * 10
    thresholds = choose_thresholds(labels, scores, target_ham_fpr=0.01)
    flagged_ham = sum(s >= thresholds.spam for s in scores[:1000])
    assert 0 < flagged_ham < 10, "fewer than the point estimate's 1% of 1,000"
    assert fpr_upper_bound(flagged_ham, 1000) <= 0.01 < fpr_upper_bound(flagged_ham + 1, 1000)
    assert thresholds.basis["ham_at_or_above_spam_threshold"] == flagged_ham
    assert thresholds.basis["target_resolvable"]


def test_a_holdout_too_small_for_the_target_says_so_and_marks_no_held_ham() -> None:
    labels = [0] * 781 + [1] * 500
    scores = [i / 1000 for i in range(781)] + [0.9] * 500
    thresholds = choose_thresholds(labels, scores, target_ham_fpr=0.001)
    assert thresholds.spam > max(scores[:781])
    assert thresholds.basis == {
        "holdout_ham": 781, "ham_at_or_above_spam_threshold": 0, "target_ham_fpr": 0.001,
        "confidence": 0.95, "fpr_upper_bound": pytest.approx(0.00383, abs=1e-5),
        "target_resolvable": False,
    }


def test_thousands_of_real_ham_resolve_a_one_in_a_thousand_target() -> None:
    assert fpr_upper_bound(0, 2900) > 0.001 >= fpr_upper_bound(0, 3000)
    assert fpr_upper_bound(1, 4700) > 0.001 >= fpr_upper_bound(1, 4800)


def test_when_spam_and_ham_overlap_approve_never_exceeds_spam() -> None:
    labels = [0, 0, 1, 1]
    scores = [0.1, 0.95, 0.9, 0.99]
    thresholds = choose_thresholds(labels, scores)
    assert thresholds.approve <= thresholds.spam
    assert dict(thresholds) == {"spam": thresholds.spam, "approve": thresholds.approve}
