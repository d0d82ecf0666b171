"""Where a training is, told as it goes: a stable step code with its figures, so a job page can
word it in its reader's language, and English words for logs and the command line.

Kept apart from :mod:`classifiers.training` so the web side can read steps without importing
scikit-learn.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

# The steps, in order: reading the data, choosing the regularisation (small data only),
# fitting, scoring the holdout, its result, comparing with the live model, saving.
STEPS = ("reading", "alpha", "fitting", "scoring_holdout", "holdout_result", "comparing",
         "saving")


@dataclass(frozen=True)
class TrainingStep:
    """One step of a training: ``code`` (one of :data:`STEPS`), its figures, English words."""

    code: str
    figures: dict[str, float | int | str] = field(default_factory=dict)
    text: str = ""

    def __str__(self) -> str:
        return self.text or self.code

    def as_dict(self) -> dict[str, object]:
        """The step as a job's metadata keeps it (JSON)."""
        return {"code": self.code, "figures": dict(self.figures), "text": self.text}


Progress = Callable[[TrainingStep], None]
