"""Trained models: the registry on disk plus which version is active, kept in the database.

Activation is recorded in SQL (the truth) and announced through a Redis key that workers poll
cheaply, so every worker on every machine switches within seconds without a restart.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update

from classifiers.corpus import LabeledText, default_corpus, read_labeled
from classifiers.registry import LoadedModel, ModelLoadError, ModelRegistry
from modsvc.exceptions import ApiError, NotFoundError
from modsvc.services import Services
from modsvc.storage import Comment, CommentStatus, ModelVersion, ModerationEvent, utcnow

if TYPE_CHECKING:
    from classifiers.training import TrainedModel

logger = logging.getLogger(__name__)

ACTIVE_KEY = "modsvc:model:active"


@dataclass(frozen=True)
class TrainingReport:
    """What `modsvc train` prints."""

    version: str
    activated: bool
    card: dict[str, Any]


# A moderator's decision on the portal's own comments counts as much as this many corpus
# comments in training: they are the portal's own spam and citizens. Measured with
# `python -m bench quality` (300 decisions on judol-yt-fahruu, F1 on the rest): 0.900 at 1,
# 0.920 at 5, 0.913 at 20.
MODERATOR_LABEL_WEIGHT = 5.0


def moderator_labels(services: Services) -> list[LabeledText]:
    """Comments whose status people (or their integrations) set: approved is ham, spam is spam.

    Statuses the model set itself are left out, so it never learns from its own guesses.
    """
    decided_by_people = select(ModerationEvent.comment_id).where(
        ~ModerationEvent.actor.like("model:%"),
        ModerationEvent.actor != "portal",
        ModerationEvent.to_status.in_([CommentStatus.APPROVED, CommentStatus.SPAM]),
    )
    with services.db.session() as session:
        rows = session.execute(
            select(Comment.body, Comment.status, Comment.captcha_seconds).where(
                Comment.id.in_(decided_by_people),
                Comment.status.in_([CommentStatus.APPROVED, CommentStatus.SPAM]),
            )
        ).all()
    return [
        LabeledText(
            text=body,
            label=1 if status == CommentStatus.SPAM else 0,
            source="moderators",
            seconds_to_submit=seconds,
            weight=MODERATOR_LABEL_WEIGHT,
        )
        for body, status, seconds in rows
    ]


class ModelStore:
    """The registry of trained models and the choice of the active one."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.registry = ModelRegistry(services.settings.models_dir)

    def active_version(self) -> str | None:
        """The version that scores new comments, or None before the first training."""
        with self.services.db.session() as session:
            return session.scalar(select(ModelVersion.version).where(ModelVersion.active))

    def list(self) -> list[ModelVersion]:
        """Every registered version, newest first."""
        with self.services.db.session() as session:
            return list(
                session.scalars(select(ModelVersion).order_by(ModelVersion.created_at.desc()))
            )

    def get(self, version: str) -> ModelVersion:
        """One registered version; raises NotFoundError."""
        with self.services.db.session() as session:
            row = session.get(ModelVersion, version)
        if row is None:
            raise NotFoundError(f"no model version {version!r}")
        return row

    def load(self, version: str) -> LoadedModel:
        """Load a version from disk (refusing untrusted or corrupted files)."""
        return self.registry.load(version)

    def register(self, trained: TrainedModel) -> str:
        """Save a trained model to the registry and record it (inactive)."""
        version = self.registry.save(trained)
        with self.services.db.session() as session:
            session.add(ModelVersion(version=version, card=self.registry.card(version)))
        return version

    def activate(self, version: str) -> None:
        """Make ``version`` the one workers use; it must load cleanly first."""
        self.get(version)
        try:
            self.registry.load(version)  # refuse a tampered or broken file before switching
        except ModelLoadError as error:
            logger.error("refusing to activate model %s: %s", version, error)
            raise ApiError(f"model {version} cannot be loaded: {error}", status=422,
                           code="invalid_model") from None
        with self.services.db.session() as session:
            session.execute(update(ModelVersion).values(active=False))
            session.execute(
                update(ModelVersion)
                .where(ModelVersion.version == version)
                .values(active=True, activated_at=utcnow())
            )
        self.announce(version)
        logger.info("model %s is now active", version)

    def announce(self, version: str) -> None:
        """Tell workers which version is active."""
        self.services.redis.set(ACTIVE_KEY, version)

    def rollback(self) -> str:
        """Re-activate the version that was active before the current one."""
        with self.services.db.session() as session:
            previous = session.scalar(
                select(ModelVersion.version)
                .where(~ModelVersion.active, ModelVersion.activated_at.is_not(None))
                .order_by(ModelVersion.activated_at.desc())
                .limit(1)
            )
        if previous is None:
            raise NotFoundError("no earlier active version to roll back to")
        self.activate(previous)
        return previous

    def train(
        self,
        *,
        data_files: Sequence[Path] = (),
        use_seed: bool = True,
        activate: str = "auto",
        progress: Callable[[str], None] | None = None,
    ) -> TrainingReport:
        """Train on the bundled corpora, extra files and moderators' labels; register it.

        The candidate and the active model are scored on the same holdout (the fixed holdouts
        of the seed and the real corpus plus a fixed fifth of the moderators' labels).
        ``use_seed`` False leaves the bundled corpora out. ``activate``: ``yes`` always, ``no``
        never, ``auto`` when no model is active or the candidate is not worse.
        """
        examples: list[LabeledText] = []
        holdout: list[LabeledText] = []
        if use_seed:
            examples.extend(default_corpus("train"))
            holdout.extend(default_corpus("holdout"))
        for path in data_files:
            examples.extend(read_labeled(path))
        for label in moderator_labels(self.services):
            (holdout if in_holdout(label.text) else examples).append(label)
        settings = self.services.settings
        # Imported here: web processes use the store without ever training (scikit-learn).
        from classifiers.training import train_model

        trained = train_model(
            examples,
            holdout=holdout or None,
            target_ham_fpr=settings.target_ham_fpr,
            target_spam_miss=settings.target_spam_miss,
            progress=progress,
        )
        current = self.active_version()
        comparison = self._compare(trained, current, holdout) if current and holdout else None
        if comparison is not None:
            trained.card["comparison"] = comparison
        version = self.register(trained)
        card = self.registry.card(version)
        should_activate = activate == "yes" or (
            activate == "auto" and (comparison is None or comparison["candidate_not_worse"])
        )
        if should_activate:
            self.activate(version)
        return TrainingReport(version=version, activated=should_activate, card=card)

    def _compare(
        self, trained: TrainedModel, current: str, holdout: Sequence[LabeledText]
    ) -> dict[str, Any]:
        """Both models on the candidate's holdout, each at its own spam threshold."""
        from classifiers.evaluation import evaluate

        active = self.load(current)
        labels = [e.label for e in holdout]
        scores = active.scorer.score_many([(e.text, e.seconds_to_submit) for e in holdout])
        active_metrics = evaluate(
            labels, [s.probability for s in scores], float(active.card["thresholds"]["spam"])
        )
        candidate_metrics = evaluate(
            labels, trained.holdout_probabilities, float(trained.thresholds["spam"])
        )
        target = self.services.settings.target_ham_fpr
        new, old = candidate_metrics, active_metrics
        better_ranking = (new["pr_auc"] or 0) >= (old["pr_auc"] or 0) - 0.002
        few_false_spam = (new["fpr"] or 0) <= max(old["fpr"] or 0, target)
        return {
            "against": current,
            "holdout_size": len(holdout),
            "active": active_metrics,
            "candidate": candidate_metrics,
            "candidate_not_worse": bool(better_ranking and few_false_spam),
        }

    def new_labels_since_last_model(self) -> bool:
        """True when people decided comments after the newest model was trained."""
        with self.services.db.session() as session:
            newest = session.scalar(select(func.max(ModelVersion.created_at)))
            if newest is None:
                return True
            return bool(
                session.scalar(
                    select(func.count())
                    .select_from(ModerationEvent)
                    .where(
                        ModerationEvent.created_at > newest,
                        ~ModerationEvent.actor.like("model:%"),
                        ModerationEvent.actor != "portal",
                        ModerationEvent.to_status.in_(
                            [CommentStatus.APPROVED, CommentStatus.SPAM]
                        ),
                    )
                )
            )


def in_holdout(text: str) -> bool:
    """A fixed fifth of moderators' labels is kept for comparing models, by a stable hash."""
    return hashlib.sha256(text.strip().lower().encode()).digest()[0] < 52
