"""Every ``MODSVC_*`` setting, parsed in one place.

A bad value stops the process at start with a :class:`ConfigError` that names the variable, so
an operator never finds out about a typo from a failed request hours later.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter
from limits import parse_many

PREFIX = "MODSVC_"



class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """The service's settings; build it with :func:`load_settings`, never by hand in code paths."""

    data_dir: Path = Path("./var")
    database_url: str = ""
    redis_url: str | None = None
    secret_key: str = ""
    # Per client address; limits' notation ("3/minute;20/hour").
    rate_limit_comments: str = "3/minute;20/hour;100/day"
    rate_limit_captcha: str = "10/minute;100/hour"  # drawing captcha images
    rate_limit_captcha_audio: str = "5/minute;30/hour"  # about 0.25 s of CPU each
    rate_limit_reviews: str = "5/hour;20/day"  # asking a person to look at a held comment
    trusted_proxies: int = 0
    cors_origins: tuple[str, ...] = ()
    max_body_chars: int = 5000
    max_links: int = 2
    auto_approve: bool = False
    akismet_queue_uncertain: bool = False
    spam_threshold: float | None = None
    approve_threshold: float | None = None
    target_ham_fpr: float = 0.001
    target_spam_miss: float = 0.01
    webhook_url: str | None = None
    webhook_secret: str | None = None
    workers: int = 2
    language: str = "id"
    worker_metrics_port: int | None = None
    retrain_cron: str | None = None
    sweep_after_seconds: int = 60
    # Spam campaigns (issue 18): near duplicates grouped at scoring time.
    campaigns: bool = True
    campaign_window_hours: int = 24
    campaign_block_days: int = 30
    sqlite_synchronous: str = "full"  # "normal": faster; the last commits may roll back
    metrics_token: str | None = None
    timezone: str = "Asia/Jakarta"
    reveal_spam_status: bool = False
    metrics_public: bool = False
    host: str = "127.0.0.1"
    port: int = 8000

    @property
    def models_dir(self) -> Path:
        """Where the model registry keeps one directory per version."""
        return self.data_dir / "models"

    def with_overrides(self, **changes: Any) -> Settings:
        """A copy with some fields changed (tests and `modsvc up` hand-offs)."""
        return replace(self, **changes)


# Each default is stated once, on the field above; parsing falls back to it.
DEFAULTS = Settings()


def _get(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(PREFIX + name)
    if value is None or value.strip() == "":
        return None
    return value.strip()


def _int(env: Mapping[str, str], field: str, minimum: int = 0) -> int:
    name, default = field.upper(), getattr(DEFAULTS, field)
    raw = _get(env, name)
    if raw is None:
        return int(default)
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{PREFIX}{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigError(f"{PREFIX}{name} must be at least {minimum}, got {value}")
    return value


def _probability(env: Mapping[str, str], field: str) -> float | None:
    name, default = field.upper(), getattr(DEFAULTS, field)
    raw = _get(env, name)
    if raw is None:
        return default if default is None else float(default)
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{PREFIX}{name} must be a number, got {raw!r}") from None
    if not 0.0 <= value <= 1.0:
        raise ConfigError(f"{PREFIX}{name} must be between 0 and 1, got {value}")
    return value


def _bool(env: Mapping[str, str], field: str) -> bool:
    name, default = field.upper(), getattr(DEFAULTS, field)
    raw = _get(env, name)
    if raw is None:
        return bool(default)
    lowered = raw.lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{PREFIX}{name} must be one of on/off, true/false, 1/0, got {raw!r}")


def _rate_limit(env: Mapping[str, str], field: str) -> str:
    name = field.upper()
    raw = _get(env, name) or str(getattr(DEFAULTS, field))
    try:
        parsed = parse_many(raw)
    except ValueError:
        parsed = []
    if not parsed:
        raise ConfigError(
            f"{PREFIX}{name} must look like '3/minute;20/hour', got {raw!r}"
        )
    return raw


def _url(env: Mapping[str, str], name: str, schemes: tuple[str, ...]) -> str | None:
    raw = _get(env, name)
    if raw is None:
        return None
    if not raw.startswith(schemes):
        raise ConfigError(f"{PREFIX}{name} must start with one of {', '.join(schemes)}")
    return raw


def _cron(env: Mapping[str, str], name: str) -> str | None:
    raw = _get(env, name)
    if raw is not None and not croniter.is_valid(raw):
        raise ConfigError(f"{PREFIX}{name} must be a cron expression like '0 2 * * *', got {raw!r}")
    return raw


def _port(env: Mapping[str, str], name: str) -> int | None:
    raw = _get(env, name)
    if raw is None:
        return None
    try:
        port = int(raw)
    except ValueError:
        raise ConfigError(f"{PREFIX}{name} must be an integer, got {raw!r}") from None
    if not 1 <= port <= 65535:
        raise ConfigError(f"{PREFIX}{name} must be a TCP port (1-65535), got {port}")
    return port


def generated_secret(path: Path, nbytes: int = 48) -> str:
    """The secret kept in ``path``, generated (URL-safe) on first use and reused after."""
    if path.exists():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    secret = secrets.token_urlsafe(nbytes)
    # Create with 0600 from the start so the secret is never readable by others.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secret)
    return secret


def _timezone(env: Mapping[str, str]) -> str:
    raw = _get(env, "TIMEZONE") or DEFAULTS.timezone
    try:
        ZoneInfo(raw)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"{PREFIX}TIMEZONE must be an IANA time zone like Asia/Jakarta, "
                          f"got {raw!r}") from None
    return raw


def _metrics_token(env: Mapping[str, str]) -> str | None:
    raw = _get(env, "METRICS_TOKEN")
    if raw is not None and len(raw) < 16:
        raise ConfigError(f"{PREFIX}METRICS_TOKEN must be at least 16 characters long")
    return raw


def _secret_key(data_dir: Path, env: Mapping[str, str]) -> str:
    """The configured secret, else one generated once into the data dir and reused."""
    raw = _get(env, "SECRET_KEY")
    if raw is not None:
        if len(raw) < 16:
            raise ConfigError(f"{PREFIX}SECRET_KEY must be at least 16 characters long")
        return raw
    return generated_secret(data_dir / "secret_key")


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Parse the environment into :class:`Settings`, failing on the first bad variable."""
    env = os.environ if env is None else env
    data_dir = Path(_get(env, "DATA_DIR") or DEFAULTS.data_dir).resolve()
    database_url = _get(env, "DATABASE_URL") or f"sqlite:///{data_dir / 'modsvc.db'}"
    if not database_url.startswith(("sqlite", "postgresql")):
        raise ConfigError(f"{PREFIX}DATABASE_URL must be a sqlite:// or postgresql+psycopg:// URL")
    language = _get(env, "LANGUAGE") or DEFAULTS.language
    if language not in {"id", "en"}:
        raise ConfigError(f"{PREFIX}LANGUAGE must be 'id' or 'en', got {language!r}")
    cors = tuple(o.strip() for o in (_get(env, "CORS_ORIGINS") or "").split(",") if o.strip())
    for origin in cors:
        if origin != "*" and not origin.startswith(("http://", "https://")):
            raise ConfigError(f"{PREFIX}CORS_ORIGINS entries must be http(s) origins: {origin!r}")
    webhook_url = _url(env, "WEBHOOK_URL", ("http://", "https://"))
    webhook_secret = _get(env, "WEBHOOK_SECRET")
    if webhook_url and not webhook_secret:
        raise ConfigError(f"{PREFIX}WEBHOOK_SECRET is required when {PREFIX}WEBHOOK_URL is set")
    sqlite_synchronous = (_get(env, "SQLITE_SYNCHRONOUS") or DEFAULTS.sqlite_synchronous).lower()
    if sqlite_synchronous not in ("full", "normal"):
        raise ConfigError(
            f"{PREFIX}SQLITE_SYNCHRONOUS must be 'full' (a 202 survives a power cut) or "
            f"'normal' (faster; the last commits can roll back after one), "
            f"got {sqlite_synchronous!r}"
        )
    spam_threshold = _probability(env, "spam_threshold")
    approve_threshold = _probability(env, "approve_threshold")
    if (
        spam_threshold is not None
        and approve_threshold is not None
        and approve_threshold > spam_threshold
    ):
        raise ConfigError(
            f"{PREFIX}APPROVE_THRESHOLD must not be above {PREFIX}SPAM_THRESHOLD"
        )
    return Settings(
        data_dir=data_dir,
        database_url=database_url,
        redis_url=_url(env, "REDIS_URL", ("redis://", "rediss://", "unix://")),
        secret_key=_secret_key(data_dir, env),
        rate_limit_comments=_rate_limit(env, "rate_limit_comments"),
        rate_limit_captcha=_rate_limit(env, "rate_limit_captcha"),
        rate_limit_captcha_audio=_rate_limit(env, "rate_limit_captcha_audio"),
        rate_limit_reviews=_rate_limit(env, "rate_limit_reviews"),
        trusted_proxies=_int(env, "trusted_proxies"),
        cors_origins=cors,
        max_body_chars=_int(env, "max_body_chars", minimum=1),
        max_links=_int(env, "max_links"),
        auto_approve=_bool(env, "auto_approve"),
        akismet_queue_uncertain=_bool(env, "akismet_queue_uncertain"),
        spam_threshold=spam_threshold,
        approve_threshold=approve_threshold,
        target_ham_fpr=_probability(env, "target_ham_fpr") or 0.0,
        target_spam_miss=_probability(env, "target_spam_miss") or 0.0,
        webhook_url=webhook_url,
        webhook_secret=webhook_secret,
        workers=_int(env, "workers", minimum=1),
        language=language,
        worker_metrics_port=_port(env, "WORKER_METRICS_PORT"),
        retrain_cron=_cron(env, "RETRAIN_CRON"),
        sweep_after_seconds=_int(env, "sweep_after_seconds", minimum=5),
        campaigns=_bool(env, "campaigns"),
        campaign_window_hours=_int(env, "campaign_window_hours", minimum=1),
        campaign_block_days=_int(env, "campaign_block_days", minimum=1),
        sqlite_synchronous=sqlite_synchronous,
        metrics_token=_metrics_token(env),
        timezone=_timezone(env),
        reveal_spam_status=_bool(env, "reveal_spam_status"),
        metrics_public=_bool(env, "metrics_public"),
        host=_get(env, "HOST") or DEFAULTS.host,
        port=_port(env, "PORT") or DEFAULTS.port,
    )
