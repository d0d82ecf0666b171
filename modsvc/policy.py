"""The policy that turns rules, links and a spam score into a comment's status.

Order (DESIGN.md): blocklist rules, then the link count, then the score against the thresholds.
A genuine comment hidden as spam is the worst error, so only a ``spam`` rule or a score at or
above the spam threshold marks spam; everything uncertain goes to people, and so does a comment
without a single word (only numbers, emoji or punctuation), whatever its score.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from classifiers.reasons import Reason
from classifiers.text import NormalisedText, normalise
from modsvc.storage import CommentStatus

RULE_KINDS = ("word", "phrase", "domain")
RULE_ACTIONS = ("hold", "spam")


@dataclass(frozen=True)
class RuleSpec:
    """A blocklist rule as the policy needs it."""

    id: int
    kind: str
    pattern: str
    action: str


@dataclass(frozen=True)
class Thresholds:
    """Scores at or above ``spam`` are spam; below ``approve`` may be auto-approved."""

    spam: float
    approve: float


@dataclass(frozen=True)
class Decision:
    """The status chosen, why, and what chose it: ``rule`` (a blocklist rule or the honeypot)
    or ``model`` (the score, with the link limit holding it back at most)."""

    status: CommentStatus
    reasons: list[dict[str, Any]] = field(default_factory=list)
    by: str = "model"


def _rule_reason(rule: RuleSpec, spans: list[tuple[int, int]]) -> dict[str, Any]:
    return Reason(
        code=f"rule_{rule.kind}",
        params={"pattern": rule.pattern, "action": rule.action, "rule_id": str(rule.id)},
        text_en=f"rule: {rule.kind} blocklist '{rule.pattern}'",
        text_id=f"aturan: daftar blokir {_KIND_ID[rule.kind]} '{rule.pattern}'",
        weight=1.0, spans=spans,
    ).to_dict()


_KIND_ID = {"word": "kata", "phrase": "frasa", "domain": "domain"}


def rule_key(kind: str, pattern: str) -> str:
    """What a rule looks for once disguises are undone: two rules with one key are one rule."""
    if kind == "domain":
        return pattern.lower().lstrip(".")
    return normalise(pattern).text.strip()


def _matches(rule: RuleSpec, original: str, normalised: str) -> list[tuple[int, int]] | None:
    """Spans in the original text where the rule hits, [] when it hits only after undoing
    disguises, None when it does not hit."""
    pattern = rule_key(rule.kind, rule.pattern)
    if not pattern:
        return None
    if rule.kind == "domain":
        domain = re.escape(pattern)
        regex = re.compile(rf"(?<![\w-])(?:[\w-]+\.)*{domain}(?![\w-])", re.IGNORECASE)
        found = [m.span() for m in regex.finditer(original)]
        return found or None
    bounded = re.compile(rf"(?<!\w){re.escape(pattern)}(?!\w)")
    if not bounded.search(normalised):
        return None
    plain = re.compile(rf"(?<!\w){re.escape(rule.pattern)}(?!\w)", re.IGNORECASE)
    return [m.span() for m in plain.finditer(original)]


_LETTER = re.compile(r"[^\W\d_]")


def _has_letters(normalised: str) -> bool:
    """Whether a comment, disguises undone (fancy or look-alike letters count as letters), holds
    a letter of any script. Phone numbers and sums of money count: normalising made them
    ``phonetok`` and ``moneytok``, and a WhatsApp number alone is a scam's whole message."""
    return _LETTER.search(normalised) is not None


def decide(
    body: str,
    *,
    score: float,
    model_reasons: Sequence[dict[str, Any]],
    rules: Sequence[RuleSpec],
    thresholds: Thresholds,
    max_links: int,
    auto_approve: bool,
    honeypot: bool = False,
    normalised: NormalisedText | None = None,
) -> Decision:
    """Choose the status of a freshly scored comment.

    ``normalised`` is ``normalise(body)`` when the caller has it already (the scorer made it).
    """
    if normalised is None:
        normalised = normalise(body)
    reasons: list[dict[str, Any]] = []
    if honeypot:
        reasons.append(Reason(
            code="honeypot", params={},
            text_en="filled the hidden form field that only bots see",
            text_id="mengisi kolom tersembunyi yang hanya diisi bot", weight=1.0,
        ).to_dict())
        return Decision(CommentStatus.SPAM, reasons + list(model_reasons), by="rule")
    held = False
    for rule in rules:
        spans = _matches(rule, body, normalised.text)
        if spans is None:
            continue
        reasons.append(_rule_reason(rule, spans))
        if rule.action == "spam":
            return Decision(CommentStatus.SPAM, reasons + list(model_reasons), by="rule")
        held = True
    links = normalised.links
    if links > max_links:
        held = True
        reasons.append(Reason(
            code="too_many_links", params={"links": str(links), "max": str(max_links)},
            text_en=f"{links} links (more than {max_links})",
            text_id=f"{links} tautan (lebih dari {max_links})", weight=1.0,
        ).to_dict())
    reasons.extend(model_reasons)
    if score >= thresholds.spam and not _has_letters(normalised.text):
        # Only numbers, emoji or punctuation ("99", "88", "👍👍"): nothing in it can sell or
        # lure, yet digits gambling brands carry score high. People decide those.
        reasons.insert(0, Reason(
            code="no_words", params={},
            text_en="no words in it: a person decides, not the score",
            text_id="tanpa kata: diputuskan orang, bukan skor", weight=0.0,
        ).to_dict())
        return Decision(CommentStatus.PENDING, reasons)
    if held:
        status = CommentStatus.SPAM if score >= thresholds.spam else CommentStatus.PENDING
        return Decision(status, reasons)
    if score >= thresholds.spam:
        return Decision(CommentStatus.SPAM, reasons)
    if auto_approve and score < thresholds.approve:
        return Decision(CommentStatus.APPROVED, reasons)
    return Decision(CommentStatus.PENDING, reasons)
