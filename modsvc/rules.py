"""Blocklist rules that operators keep: words, phrases and domains that hold or mark spam."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select

from modsvc.exceptions import ApiError, NotFoundError, ValidationError
from modsvc.policy import RULE_ACTIONS, RULE_KINDS, rule_key
from modsvc.services import Services
from modsvc.storage import Rule
from modsvc.storage.models import INTEGER_ID_MAX

_DOMAIN = re.compile(r"^(?=.{3,253}$)([a-z0-9-]{1,63}\.)+[a-z0-9-]{2,63}$")
PATTERN_MAX = 255


def rule_dict(rule: Rule) -> dict[str, Any]:
    """A rule as the API shows it."""
    return {
        "id": rule.id, "kind": rule.kind, "pattern": rule.pattern, "action": rule.action,
        "enabled": rule.enabled, "created_at": rule.created_at.isoformat(),
        "created_by": rule.created_by,
    }


def list_rules(services: Services) -> list[dict[str, Any]]:
    """Every rule, newest first."""
    with services.db.session() as session:
        return [rule_dict(r) for r in session.scalars(select(Rule).order_by(Rule.id.desc()))]


def add_rule(
    services: Services, kind: str, pattern: str, action: str, actor: str
) -> dict[str, Any]:
    """Add a rule; it applies to comments scored from a few seconds later on."""
    pattern = (pattern or "").strip()
    codes: dict[str, str] = {}
    if kind not in RULE_KINDS:
        codes["kind"] = "invalid"
    if action not in RULE_ACTIONS:
        codes["action"] = "invalid"
    if not pattern:
        codes["pattern"] = "required"
    elif len(pattern) > PATTERN_MAX:
        codes["pattern"] = "too_long"
    elif kind == "domain":
        pattern = pattern.lower().removeprefix("http://").removeprefix("https://").strip("/.")
        if not _DOMAIN.match(pattern):
            codes["pattern"] = "not_a_domain"
    elif kind == "word" and re.search(r"\s", pattern):
        codes["pattern"] = "not_one_word"
    if codes:
        raise ValidationError("the rule is not valid", details={
            "field_codes": codes, "limits": {"pattern": PATTERN_MAX} if "pattern" in codes else {}})
    with services.db.session() as session:
        key = rule_key(kind, pattern)
        same = next((r for r in session.scalars(select(Rule).where(Rule.kind == kind))
                     if rule_key(r.kind, r.pattern) == key), None)
        if same is not None:
            raise ApiError(f"rule {same.id} looks for this already ({same.action})", status=409,
                           code="conflict", details={"rule_id": same.id, "action": same.action})
        rule = Rule(kind=kind, pattern=pattern, action=action, created_by=actor)
        session.add(rule)
        session.flush()
        return rule_dict(rule)


def delete_rule(services: Services, rule_id: int) -> None:
    """Remove a rule."""
    with services.db.session() as session:
        rule = session.get(Rule, rule_id) if 0 < rule_id <= INTEGER_ID_MAX else None
        if rule is None:
            raise NotFoundError(f"no rule {rule_id}")
        session.delete(rule)
