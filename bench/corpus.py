"""Comments for benchmarks: the seed corpus, and synthetic variations of it at any size."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from functools import lru_cache

from classifiers.corpus import LabeledText, seed_corpus

_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_NUMBER = re.compile(r"\d+")
_NAMES = ("Siti", "Budi", "Wayan", "Dewi", "Agus", "Rina", "Joko", "Putri", "Made", "Yanti")
_TAILS = ("", "", "", " Terima kasih.", " Mantap.", " Salam dari Bandung.", " Semoga bermanfaat.",
          " Setuju sekali.", " Gimana menurut kalian?", " 👍")


@lru_cache(maxsize=1)
def seed() -> tuple[LabeledText, ...]:
    """The whole seed corpus, read once per process."""
    return tuple(seed_corpus("all"))


def variations(count: int, *, random_seed: int = 20261127) -> list[LabeledText]:
    """``count`` labeled comments made from the seed corpus, deterministically.

    Each is a seed comment, often joined with a sentence of another comment of the same label,
    with its numbers changed and a greeting or closing added, so texts (and n-grams) vary the
    way a real portal's do, while labels stay as the seed says.
    """
    rng = random.Random(random_seed)
    by_label: dict[int, list[LabeledText]] = {0: [], 1: []}
    for example in seed():
        by_label[example.label].append(example)
    spam_share = len(by_label[1]) / (len(by_label[0]) + len(by_label[1]))
    made: list[LabeledText] = []
    for number in range(count):
        label = 1 if rng.random() < spam_share else 0
        base = rng.choice(by_label[label])
        text = base.text
        if rng.random() < 0.5:
            other = rng.choice(by_label[label]).text
            sentences = _SENTENCE.split(other)
            text = f"{text} {rng.choice(sentences)}"
        text = _NUMBER.sub(lambda m: str(rng.randint(1, 10 ** len(m.group(0)))), text)
        if rng.random() < 0.3:
            text = f"{rng.choice(_NAMES)}, {text[:1].lower()}{text[1:]}"
        text += rng.choice(_TAILS)
        made.append(LabeledText(text=text, label=label, source=f"bench/{number % 7}",
                                family=base.family, lang=base.lang,
                                seconds_to_submit=round(rng.uniform(4, 300), 1)))
    return made


def texts(count: int, *, random_seed: int = 7) -> list[str]:
    """Comment bodies only, mixed spam and ham."""
    return [example.text for example in variations(count, random_seed=random_seed)]


def split_holdout(examples: Sequence[LabeledText], every: int = 5) -> tuple[list[LabeledText],
                                                                             list[LabeledText]]:
    """Every ``every``-th example is held out."""
    train = [e for n, e in enumerate(examples) if n % every]
    holdout = [e for n, e in enumerate(examples) if not n % every]
    return train, holdout
