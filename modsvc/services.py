"""The long-lived resources one process shares: settings, database and Redis.

Web processes, workers and the CLI each build one :class:`Services` at start-up; nothing is
opened at import time.
"""

from __future__ import annotations

from dataclasses import dataclass

from redis import Redis

from modsvc import reviews, webhooks
from modsvc.config import ConfigError, Settings
from modsvc.storage import Database


def connect_redis(url: str) -> Redis:
    """A client with short time-outs, so an outage turns into a quick 503, not a hung request."""
    return Redis.from_url(
        url, socket_timeout=3, socket_connect_timeout=2, health_check_interval=15
    )


@dataclass
class Services:
    """Handles to what every request and job needs."""

    settings: Settings
    db: Database
    redis: Redis

    @classmethod
    def from_settings(cls, settings: Settings) -> Services:
        """Open the database engine and the Redis client for ``settings``."""
        if not settings.redis_url:
            raise ConfigError(
                "MODSVC_REDIS_URL is not set: set it, or run `modsvc up`, which starts a Redis"
            )
        services = cls(
            settings=settings,
            db=Database(settings.database_url,
                        sqlite_synchronous=settings.sqlite_synchronous),
            redis=connect_redis(settings.redis_url),
        )
        webhooks.install(services)
        reviews.install(services)
        return services

    def close(self) -> None:
        """Release pooled connections."""
        self.db.dispose()
        self.redis.close()
