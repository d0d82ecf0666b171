"""The words people read for the service's codes (statuses, actors, rejection reasons, rule
kinds, training steps), in the page's or reader's language; one place, so the queue, /ops and
error messages say the same thing."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from modsvc.i18n import number, percent

STATUS_LABELS = {
    "received": _l("Being checked"), "pending": _l("Pending"), "spam": _l("Spam"),
    "approved": _l("Approved"), "rejected": _l("Rejected"),
}
ACTOR_LABELS = {"moderator": _l("moderator"), "token": _l("integration"),
                "akismet": _l("site (Akismet)"), "model": _l("model"), "rule": _l("rule"),
                "portal": _l("portal"), "campaign": _l("campaign block"),
                "system": _l("system")}
REJECTION_LABELS = {"abusive": _l("abusive"), "off_topic": _l("off topic"),
                    "personal_data": _l("personal data"),
                    "false_information": _l("false information"),
                    "duplicate": _l("duplicate"), "other": _l("other reason")}

RULE_KIND_LABELS = {"word": _l("word"), "phrase": _l("phrase"), "domain": _l("domain")}
RULE_ACTION_LABELS = {"hold": _l("hold for moderators"), "spam": _l("mark as spam")}


def actor_words(actor: str | None) -> str:
    """Who acted, from a stored actor (``moderator:budi``, ``model``), as people say it."""
    kind, _sep, name = (actor or "system").partition(":")
    return label(ACTOR_LABELS, kind) + (f" {name}" if name else "")


def label(labels: dict[str, object], code: str | None) -> str:
    """The word for ``code``, or the code itself when it has none."""
    return str(labels.get(code or "", code or "–"))


def training_step_text(step: Mapping[str, Any] | None) -> str | None:
    """Where a retraining is, in the reader's language (None before its first step)."""
    if not step:
        return None
    code = str(step.get("code"))
    figures = step.get("figures") or {}
    if code == "reading":
        return _("Reading the training data…")
    if code == "alpha":
        return _("Tuning the model on %(n)s comments…", n=number(figures.get("comments", 0), 0))
    if code == "fitting":
        return _("Training on %(n)s comments (%(spam)s spam, %(ham)s genuine)…",
                 n=number(figures.get("comments", 0), 0), spam=number(figures.get("spam", 0), 0),
                 ham=number(figures.get("ham", 0), 0))
    if code == "scoring_holdout":
        return _("Testing on %(n)s comments set aside…", n=number(figures.get("comments", 0), 0))
    if code == "holdout_result":
        return _("Test: %(caught)s of spam caught, %(held)s of genuine comments marked spam.",
                 caught=percent(float(figures.get("recall", 0))),
                 held=percent(float(figures.get("fpr", 0))))
    if code == "comparing":
        return _("Comparing with the live model %(version)s…", version=figures.get("version", ""))
    if code == "saving":
        return _("Saving the new model…")
    return str(step.get("text") or code)
