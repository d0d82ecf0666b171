"""Trained models: the registry on disk plus which version is active, kept in the database.

Activation is recorded in SQL (the truth) and announced through a Redis key that workers poll
cheaply, so every worker on every machine switches within seconds without a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from redis import Redis
from sqlalchemy import select, update

from classifiers.corpus import LabeledText, read_labeled, seed_corpus
from classifiers.registry import LoadedModel, ModelRegistry
from classifiers.training import TrainedModel, train_model
from modsvc.exceptions import NotFoundError
from modsvc.services import Services
from modsvc.storage import Comment, CommentStatus, ModelVersion, ModerationEvent, utcnow

logger = logging.getLogger(__name__)

ACTIVE_KEY = "modsvc:model:active"


@dataclass(frozen=True)
class TrainingReport:
    """What `modsvc train` prints."""

    version: str
    activated: bool
    card: dict[str, Any]


def moderator_labels(services: Services) -> list[LabeledText]:
    """Comments whose status people (or their integrations) set: approved is ham, spam is spam.

    Statuses the model set itself are left out, so it never learns from its own guesses.
    """
    decided_by_people = select(ModerationEvent.comment_id).where(
        ~ModerationEvent.actor.like("model:%"), ModerationEvent.actor != "portal"
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
        self.registry.load(version)  # refuse a tampered or broken file before switching
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
        """Train on the seed corpus, extra files and moderators' labels; register the result.

        ``activate``: ``yes`` always, ``no`` never, ``auto`` when no model is active yet or the
        candidate is not worse than the active one on its holdout PR AUC and ham FPR.
        """
        examples: list[LabeledText] = []
        if use_seed:
            examples.extend(seed_corpus("train"))
        for path in data_files:
            examples.extend(read_labeled(path))
        examples.extend(moderator_labels(self.services))
        holdout = seed_corpus("holdout") if use_seed else None
        settings = self.services.settings
        trained = train_model(
            examples,
            holdout=holdout,
            target_ham_fpr=settings.target_ham_fpr,
            target_spam_miss=settings.target_spam_miss,
            progress=progress,
        )
        version = self.register(trained)
        card = self.registry.card(version)
        current = self.active_version()
        should_activate = activate == "yes" or (
            activate == "auto" and (current is None or self._not_worse(card, current))
        )
        if should_activate:
            self.activate(version)
        return TrainingReport(version=version, activated=should_activate, card=card)

    def _not_worse(self, candidate: dict[str, Any], current_version: str) -> bool:
        current = self.get(current_version).card.get("metrics", {})
        metrics = candidate.get("metrics", {})
        return bool(
            (metrics.get("pr_auc") or 0) >= (current.get("pr_auc") or 0) - 0.002
            and (metrics.get("fpr") or 0) <= max(current.get("fpr") or 0, 0.001)
        )


def sync_active_announcement(redis: Redis, version: str | None) -> None:
    """Re-publish the active version (after Redis lost its data)."""
    if version is not None:
        redis.set(ACTIVE_KEY, version)
