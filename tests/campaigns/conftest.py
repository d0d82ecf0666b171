"""What campaign stories share: a service that leaves every verdict to people (so campaigns
wait in the queue), a portal that posts from many addresses and articles, and texts we wrote:
one gambling advert re-disguised five ways, and what citizens write again and again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import Service

# One advert, its brand re-disguised (fancy letters, spaced, digits for letters, full width),
# the brand's digits and the emoji changed, the deposit amount changed.
ADVERT = [
    "Gabung sekarang di ⭐𝐉𝐀𝐖𝐀𝐏𝐎𝐊𝐄𝐑𝟴𝟴⭐ dijamin maxwin tiap hari, depo 10rb langsung gacor "
    "parah bosku!",
    "Gabung sekarang di 🔥J A W A P O K E R 8 8🔥 dijamin maxwin tiap hari, depo 20rb langsung "
    "gacor parah bosku!",
    "gabung sekarang di JAWAP0KER88 dijamin maxwin tiap hari, depo 25rb langsung gacor parah "
    "bosku!!",
    "Gabung sekarang di ＪＡＷＡＰＯＫＥＲ７７ 💰 dijamin maxwin tiap hari, depo 10rb langsung "
    "g4c0r parah bosku!",
    "Gabung sekarang di 𝙅𝘼𝙒𝘼𝙋𝙊𝙆𝙀𝙍99 dijamin maxwin tiap hari, depo 50rb langsung gacor "
    "parah bosku 🎰",
]
# The next variant, after moderators marked the campaign spam: another brand disguise.
NEXT_VARIANT = ("Gabung sekarang di 🅙🅐🅦🅐🅟🅞🅚🅔🅡88 dijamin maxwin tiap hari, depo 30rb "
                "langsung gacor parah bosku!")
# What many citizens write on many articles.
THANKS = "Terima kasih infonya"
CHEERS = "Mantap pak bupati"
GENUINE = [
    "Jalan di desa kami rusak parah sejak banjir bulan lalu, mohon pak bupati segera "
    "diperbaiki.",
    "Jadwal vaksin di puskesmas kecamatan kapan ya? Anak saya belum dapat.",
    "Pasar tradisional sudah bersih sekarang, terima kasih dinas terkait.",
]


class Crowd:
    """The portal relaying comments from many readers (addresses) on many articles."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.sent = 0

    def post(self, body: str, *, article: str, address: str, **fields: Any) -> str:
        self.sent += 1
        answer = self.service.portal.post(
            body, article_id=article, author_name=f"Pembaca {self.sent}",
            headers={"X-Forwarded-For": address}, **fields,
        )
        assert answer.status_code == 202, answer.get_json()
        return str(answer.get_json()["id"])

    def campaign_of_adverts(self, copies: int, articles: int = 3) -> list[str]:
        """``copies`` adverts, each from its own address, spread over ``articles`` articles."""
        return [
            self.post(ADVERT[n % len(ADVERT)], article=f"berita-{n % articles}",
                      address=f"198.51.100.{n + 1}")
            for n in range(copies)
        ]


PEOPLE_DECIDE = {"spam_threshold": "1", "approve_threshold": "0.5", "trusted_proxies": "1"}


@pytest.fixture
def service(make_service: Callable[..., Service]) -> Service:
    """A service whose model marks nothing spam by itself (so every comment waits for a
    person), behind one trusted proxy (so each reader has an address). Moderators
    (``make_moderator``) work on this one."""
    return make_service(**PEOPLE_DECIDE)


@pytest.fixture
def people_decide(service: Service) -> Service:
    """The service, named for what it does."""
    return service


@pytest.fixture
def crowd(people_decide: Service) -> Crowd:
    return Crowd(people_decide)


# The portal's webhook endpoint and the documented signature check, as the webhook stories use.
from tests.webhooks.conftest import documented_verify, receiver  # noqa: E402, F401
