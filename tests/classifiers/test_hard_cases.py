"""The default model (seed and real corpus, as `modsvc train` makes it) on hard cases written
independently of the seed corpus.

`tests/data/hard_cases.csv` was written by a different author than the seed corpus, without
seeing it: genuine comments that look spammy (office WhatsApp numbers, gambling victims,
"gacor" birds, loan questions, official links, a citizen selling their own goat or renting out a
room, with a price and a number) and varied, often disguised spam (and businesses' adverts of
the same shape as those private notices; these 14 rows were written later, by an author who
had read a dozen rows of the seed corpus's own sale notices, and share no text with them). The
worst error is a genuine citizen hidden as spam, so no ham may reach the spam threshold; most
spam should be caught without a moderator.
"""

from __future__ import annotations

import pytest

from classifiers.corpus import default_corpus, read_labeled
from classifiers.scoring import Scorer
from classifiers.training import TrainedModel, train_model
from tests.conftest import DATA

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def default_model() -> TrainedModel:
    return train_model(default_corpus("train"), holdout=default_corpus("holdout"))


def test_no_hard_genuine_comment_is_marked_spam(default_model: TrainedModel) -> None:
    scorer = Scorer(default_model.pipeline)
    hams = [e for e in read_labeled(DATA / "hard_cases.csv") if e.label == 0]

    hidden = [
        e.text for e in hams if scorer.probability(e.text) >= default_model.thresholds["spam"]
    ]

    assert len(hams) > 200
    assert hidden == []


def test_most_hard_spam_is_caught_without_a_moderator(default_model: TrainedModel) -> None:
    scorer = Scorer(default_model.pipeline)
    spams = [e for e in read_labeled(DATA / "hard_cases.csv") if e.label == 1]

    caught = sum(scorer.probability(e.text) >= default_model.thresholds["spam"] for e in spams)

    # Two thirds: the spam threshold is set for a 0.1% false-positive rate with 95% confidence
    # on 6,800 held-out ham, many of them our own hardest civic comments, so the disguised and
    # tucked spam here that scores just below it waits for a moderator instead (0.775 today).
    assert caught / len(spams) >= 0.65
