"""The one shape of a reason shown to moderators and sent in the API: what the model weighed,
what a rule or the policy did, where a comment came from. Every builder makes a
:class:`Reason` and sends ``to_dict()``.

Kept apart from :mod:`classifiers.scoring` so the web side can build reasons without importing
scikit-learn.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Reason"]


@dataclass(frozen=True)
class Reason:
    """One reason a comment looks like spam, in English and Indonesian, with what to highlight.

    ``weight`` is the reason's contribution to the spam log-odds; ``spans`` are ``(start, end)``
    offsets into the original text.
    """

    code: str
    params: dict[str, str]
    text_en: str
    text_id: str
    weight: float
    spans: list[tuple[int, int]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form, spans as two-element lists."""
        # Written out rather than dataclasses.asdict, whose deep copies cost more than the
        # rest of a worker's bookkeeping for each comment.
        return {
            "code": self.code,
            "params": dict(self.params),
            "text_en": self.text_en,
            "text_id": self.text_id,
            "weight": self.weight,
            "spans": [list(span) for span in self.spans],
        }
