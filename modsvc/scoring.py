"""Scoring a comment with the live model and the policy, as a long-lived process does it.

A worker (between jobs) and a web process (the Akismet check, the rules test box) each keep one
:class:`Runtime`: the model is loaded once per process and swapped when the active version
changes (checked at most once a second, through a Redis key), so no request or job pays for
loading it.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from sqlalchemy import select

from classifiers.registry import LoadedModel
from classifiers.text import NormalisedText
from modsvc.model_store import ACTIVE_KEY, ModelStore
from modsvc.policy import Decision, RuleSpec, Thresholds, decide
from modsvc.services import Services
from modsvc.storage import Rule

logger = logging.getLogger(__name__)

CHECK_INTERVAL_SECONDS = 1.0


class NoActiveModelError(RuntimeError):
    """No model has been trained and activated yet; the job will be retried."""


@dataclass(frozen=True)
class Judgement:
    """A comment's score and the status the policy chose for it.

    ``normalised`` is the text as the model read it (campaign fingerprints reuse it);
    ``campaign_id`` is set when the comment joined a campaign of near duplicates.
    """

    probability: float
    decision: Decision
    model_version: str
    normalised: NormalisedText | None = field(default=None, repr=False, compare=False)
    campaign_id: int | None = None


@dataclass
class _Cached:
    model: LoadedModel | None = None
    checked_at: float = 0.0
    rules: tuple[RuleSpec, ...] = ()
    rules_checked_at: float = 0.0


class Runtime:
    """The per-process context of jobs."""

    def __init__(self, services: Services) -> None:
        self.services = services
        self.store = ModelStore(services)
        self._cached = _Cached()
        self._lock = threading.Lock()

    def model(self) -> LoadedModel:
        """The active model, reloaded when another version was activated."""
        now = time.monotonic()
        cached = self._cached
        if cached.model is not None and now - cached.checked_at < CHECK_INTERVAL_SECONDS:
            return cached.model
        with self._lock:
            raw = self.services.redis.get(ACTIVE_KEY)
            version = raw.decode() if isinstance(raw, bytes) else None
            if version is None:
                version = self.store.active_version()
                if version is not None:
                    self.store.announce(version)
            if version is None:
                raise NoActiveModelError("no active model; run `modsvc train`")
            if cached.model is None or cached.model.version != version:
                logger.info("loading model %s", version)
                cached.model = self.store.load(version)
            cached.checked_at = now
            return cached.model

    def judge(
        self, body: str, seconds_to_submit: float | None = None, honeypot: bool = False
    ) -> Judgement:
        """Score a text with the active model and apply the policy (rules, links, thresholds)."""
        model = self.model()
        result = model.scorer.score(body, seconds_to_submit)
        settings = self.services.settings
        decision = decide(
            body,
            score=result.probability,
            model_reasons=[reason.to_dict() for reason in result.reasons],
            rules=self.rules(),
            thresholds=self.thresholds(model),
            max_links=settings.max_links,
            auto_approve=settings.auto_approve,
            honeypot=honeypot,
            normalised=result.normalised,
        )
        return Judgement(result.probability, decision, model.version, result.normalised)

    def thresholds(self, model: LoadedModel) -> Thresholds:
        """The active model's thresholds, unless the settings override them."""
        chosen = model.card.get("thresholds", {})
        settings = self.services.settings
        spam = settings.spam_threshold
        approve = settings.approve_threshold
        return Thresholds(
            spam=spam if spam is not None else float(chosen.get("spam", 0.99)),
            approve=approve if approve is not None else float(chosen.get("approve", 0.0)),
        )

    def rules(self) -> tuple[RuleSpec, ...]:
        """Enabled blocklist rules, re-read every few seconds."""
        now = time.monotonic()
        if now - self._cached.rules_checked_at < 5 * CHECK_INTERVAL_SECONDS:
            return self._cached.rules
        with self.services.db.session() as session:
            rows = session.scalars(select(Rule).where(Rule.enabled)).all()
            self._cached.rules = tuple(
                RuleSpec(id=r.id, kind=r.kind, pattern=r.pattern, action=r.action) for r in rows
            )
        self._cached.rules_checked_at = now
        return self._cached.rules
