"""Fingerprints that let a comment find its near duplicates among many recent ones.

Spam arrives in campaigns: one message posted hundreds of times with the brand re-disguised,
digits changed, emoji swapped. After :func:`classifiers.text.normalise` has undone the
disguises, two copies differ in a few characters, so the sets of their character 5-grams
(shingles) overlap almost wholly. :func:`fingerprint` summarises that set as a MinHash
signature of :data:`PERMUTATIONS` values and cuts it into :data:`BANDS` bands of :data:`ROWS`
values (locality-sensitive hashing): two comments share a band exactly with probability
``J ** ROWS`` for a Jaccard similarity ``J``, so a store of band keys finds near duplicates in a
few constant-time look-ups, however many comments it holds. Requiring two shared bands out of
eight puts the line at a similarity of about 0.6 (half the pairs at 0.62 are found, 9 in 10 at
0.8, fewer than 1 in 10 at 0.5): a copy with its brand swapped is found, two genuine comments
that share a phrase are not.

Campaigns also rotate templates around one brand ("coba dulu ALEXIS17", "gas ke ALEXIS17"),
which share few shingles. :attr:`Fingerprint.marks` lists the comment's brand-like words: words
of letters and digits (``sgi88``, ``visi4d``) and words the writer disguised (``K̲U̲S̲U̲M̲A̲``,
``𝘽𝙀𝙍𝙇𝙄𝘼𝙉``). Genuine readers name brands too, when they warn against them, so whoever uses
marks must weigh them with other evidence (modsvc links by a mark only comments the model does
not find clearly genuine, or brands written in disguise).

Everything here is deterministic across processes and machines (fixed seeds, no ``hash()``),
because workers on several machines share one index. Changing a constant changes every key:
bump :data:`VERSION` with it; so does a change in what the marks or the normaliser make of the
same text, which would leave blocked campaigns' stored keys unlike their next variants' (version
2: an emoji where a font changes is a space, "mudah²an" is no brand; 3: a word in bold
markup and a styled name with its number apart are marks; 4: a link keeps every label of its
host name as words; 5: a name with its number cut by slashes, "pulau 7/7/7", is a mark; 6: a
name with its number wrapped in emoji after a space, "ALEXIS 🎀17🎀", is one brand in disguise;
7: rarer look-alikes, "𐊗", "Я", "❽", a brand's first letters or its number spaced apart,
"𝐃 𝐎𝐑𝐀𝟕𝟕", styled letters cut to 16 bits, "퐌퐀퐗", a brand glued or run into the next word,
"𝐀𝐆𝐔𝐒𝐓𝐎𝐓𝐎bikin", and sites' names of letters alone, "P͟U͟L͟A͟U͟W͟I͟N͟"; 8: a site's name
cut into syllables, "GA RU DA HO KI", and every site's name also by its key, "rudahoki"; a
3-letter name before a spaced 4D, "𝑲𝒀𝑻 4️⃣𝑫"; a brand wrapped in emoji, "❤TON4D❤"). A
new version starts an empty index, and the sweeper writes every standing block back with the
new keys.

Measured with ``python -m bench campaigns`` (docs/BENCHMARKS.md).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from classifiers.text import (
    BRAND_MIN_CHARS,
    NON_WORD_RE,
    NormalisedText,
    brand_like,
    disguised_words,
)

__all__ = ["BANDS", "Fingerprint", "Marks", "PERMUTATIONS", "ROWS", "SHINGLE", "VERSION",
           "brands", "disguised_brands", "fingerprint", "fingerprints"]

VERSION = 8
SHINGLE = 5
BANDS = 8
ROWS = 4
PERMUTATIONS = BANDS * ROWS
# Fewer distinct shingles than this (under about twenty characters: "aamiin ya allah",
# "mantap pak bupati", "wkwkwkwkwkwk") gives no band keys: such texts match by coincidence, not
# by copying. (Measured: 16 instead of 10 groups 60 fewer genuine comments of 32,000 and the
# same spam.)
MIN_SHINGLES = 16
# Only the first characters count: two long comments that open alike for this long are copies,
# and the cost per comment stays bounded.
MAX_CHARS = 600

_SEED = 18
_rng = np.random.default_rng(_SEED)
# Odd multipliers (multiply-add hashing modulo 2**64 needs odd ones) for the shingles' letters,
# the permutations and the bands.
_LETTER = _rng.integers(1, 2**63, size=SHINGLE, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_PERM_A = _rng.integers(1, 2**63, size=(PERMUTATIONS, 1), dtype=np.uint64) * np.uint64(2) + \
    np.uint64(1)
_PERM_B = _rng.integers(0, 2**63, size=(PERMUTATIONS, 1), dtype=np.uint64)
_BAND = _rng.integers(1, 2**63, size=(1, ROWS), dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_SALT = _rng.integers(0, 2**63, size=BANDS, dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)
_SHIFT = np.uint64(29)

_HAS_DIGIT = re.compile(r"[0-9]")
# A name, a space, and its number cut into single digits by slashes ("pulau 7/7/7",
# "pulau 7.7/7"): the brand the same writers also give joined ("pulau7/7/7", a word with digits,
# already a mark). Only with a slash among the cuts and three or four digits: hyphens and dots
# alone cut genuine numbers the same way (a team's "4-3-3", a "sofa 3-2-1", "android 4.4.2").
_CUT_NUMBER_RE = re.compile(r"\b([^\W\d_]+) ([0-9](?:[./][0-9]){2,3})(?![./]?[0-9])")
# How gambling sites name themselves in letters alone (see _site_key): a name, then one of
# these words.
_SITE_WORDS = ("win", "toto", "slot", "bet", "togel", "poker", "gaming", "hoki", "jp", "qq")
_SITE_NAME_RE = re.compile(r"([a-z]{3,})(" + "|".join(_SITE_WORDS) + ")")
# A site word cut in two where a site's name cut into syllables ends ("GA RU DA HO KI", "Ga
# ruda-Ho ki"; see _cut_site_names): its last cut, a space or a hyphen, leaves two letters or
# more on each side ("ho ki", "sl ot", "to to", "ga-ming"), so not "win" or "bet", which
# English cuts so everywhere ("show in", "crew in", "takes lot"); not run into a longer word.
_CUT_SIDE = 2
# How much of a site's name its key keeps before the site word (see _site_key).
_SITE_KEY_NAME = 4
_CUT_SITE_WORD_RE = re.compile("(?:" + "|".join(
    "[ -]?".join(word[:cut]) + "[ -]" + word[cut:]
    for word in _SITE_WORDS for cut in range(_CUT_SIDE, len(word) - _CUT_SIDE + 1))
    + r")(?![^\W\d_])")
# The key's letters of name just before it, each maybe followed by one space or hyphen (looked
# for only where a cut site word was found: most comments have none).
_KEY_NAME_RE = re.compile(f"(?:[a-z][ -]?){{{_SITE_KEY_NAME}}}$")
_SEPARATORS_RE = re.compile("[ -]")
# Words of gambling spam's own vocabulary, which spammers disguise as often as their brands:
# a mark names a brand, so these would tie unrelated campaigns together.
_VOCABULARY = frozenset({
    "slot", "slots", "gacor", "maxwin", "jackpot", "jepe", "jepey", "scatter", "depo", "deposit",
    "bonus", "togel", "judi", "casino", "kasino", "poker", "bandar", "situs", "link", "daftar",
    "hoki", "cuan", "menang", "wede", "withdraw", "rtp", "pola", "spin", "zeus", "olympus",
    # And the words any notice or advert sets in bold ("*PENGUMUMAN*", "𝐏𝐄𝐍𝐓𝐈𝐍𝐆", "*PROMO*"):
    # a forwarded official notice and a scam that imitates one must not share a mark.
    "pengumuman", "penting", "info", "informasi", "perhatian", "waspada", "himbauan",
    "imbauan", "update", "hoax", "hoaks", "berita", "breaking", "news", "promo", "gratis",
})


@dataclass(frozen=True)
class Fingerprint:
    """What an index needs to find a comment's near duplicates.

    ``bands`` are :data:`BANDS` 64-bit keys (empty for a text too short to tell a copy from a
    coincidence); ``marks`` the brand-like words, letters and digits only; ``shingles`` the
    number of distinct shingles, a measure of how much text there is to compare.
    """

    bands: tuple[int, ...]
    marks: tuple[str, ...]
    shingles: int


def _mix(values: np.ndarray) -> np.ndarray:
    """A bijective scramble of 64-bit values (xor-shift and multiply), so sums hash well."""
    values = values ^ (values >> _SHIFT)
    values = values * _MIX
    return values ^ (values >> _SHIFT)


def _bands(texts: Sequence[str]) -> list[tuple[tuple[int, ...], int]]:
    """Each text's band keys and distinct shingles, all texts at once (a worker's part of a
    batch costs a handful of array operations rather than a handful per comment)."""
    codes = [np.frombuffer(text[:MAX_CHARS].encode("utf-32-le"), dtype=np.uint32)
             for text in texts]
    counts = [max(0, one.size - SHINGLE + 1) for one in codes]
    found: list[tuple[tuple[int, ...], int]] = [((), count) for count in counts]
    used = [n for n, count in enumerate(counts) if count >= MIN_SHINGLES]
    if not used:
        return found
    # One row of code points for all the texts; a polynomial of each shingle's code points (a
    # sliding dot product, wrapping modulo 2**64 as integer arithmetic does), scrambled, and
    # the shingles that would straddle two texts left out.
    lengths = np.array([codes[n].size for n in used])
    starts = np.cumsum(lengths) - lengths
    sizes = lengths - SHINGLE + 1
    firsts = np.cumsum(sizes) - sizes
    text_of = np.repeat(np.arange(len(used)), sizes)
    positions = np.arange(int(sizes.sum())) - np.repeat(firsts - starts, sizes)
    joined = np.concatenate([codes[n] for n in used]).astype(np.uint64)
    hashes = _mix(np.correlate(joined, _LETTER, mode="valid"))[positions]
    # Distinct shingles per text: sorted by text, then by hash.
    order = np.lexsort((hashes, text_of))
    by_text, by_hash = text_of[order], hashes[order]
    first_of_kind = np.ones(by_hash.size, dtype=bool)
    first_of_kind[1:] = (by_hash[1:] != by_hash[:-1]) | (by_text[1:] != by_text[:-1])
    distinct = np.bincount(by_text[first_of_kind], minlength=len(used))
    # Repeated shingles change no minimum: each text's signature is its minima.
    signatures = np.minimum.reduceat(_PERM_A * hashes + _PERM_B, firsts, axis=1).T
    keys = _mix((signatures.reshape(-1, BANDS, ROWS) * _BAND).sum(axis=2) + _BAND_SALT)
    for row, n in enumerate(used):
        count = int(distinct[row])
        found[n] = (tuple(keys[row].tolist()), count) if count >= MIN_SHINGLES else ((), count)
    return found


def brands(normalised: NormalisedText) -> tuple[str, ...]:
    """Every mark of a comment (``marks="all"``): brand-like words, plain or disguised, and
    disguised names."""
    words: set[str] = set()
    if normalised.counts.get("digits", 0):
        for word in normalised.text.split():
            if _HAS_DIGIT.search(word) and brand_like(plain := NON_WORD_RE.sub("", word)):
                words.add(plain)
        for name, number in _CUT_NUMBER_RE.findall(normalised.text):
            if "/" in number and brand_like(plain := name + NON_WORD_RE.sub("", number)):
                words.add(plain)
    # A disguised word is a mark as a brand ("mudah²an" is a word, not one) or as a name.
    words.update(word for word in disguised_words(normalised)
                 if brand_like(word) or _styled_name(word))
    return _with_site_keys(words, normalised.text)


def _styled_name(word: str) -> bool:
    """A disguised word of letters long enough to name a site, and not one of the words any
    advert or notice styles (:data:`_VOCABULARY`)."""
    return word.isalpha() and len(word) >= BRAND_MIN_CHARS and word not in _VOCABULARY


def _site_key(word: str) -> str | None:
    """The key of a word of letters named as gambling sites name themselves (a name of three
    letters or more, then ``win``, ``toto``, ``slot``, ``bet``, ``togel``, ``poker``,
    ``gaming``, ``hoki``, ``jp`` or ``qq``: "pulauwin", "agustoto", "koislot"; not the trade's
    own words, "maxwin"); None for any other word. The key is what every dress of the site
    spells: the last four letters of the name and the site word ("pulauwin" gives
    ``ulauwin``, "garudahoki" ``rudahoki``), because a name cut into syllables runs into the
    words before it ("main diGa ruda Ho ki") and no one can say where it starts."""
    found = (_SITE_NAME_RE.fullmatch(word) if word.isalpha() and word not in _VOCABULARY
             else None)
    return found.group(1)[-_SITE_KEY_NAME:] + found.group(2) if found else None


def disguised_brands(normalised: NormalisedText) -> tuple[str, ...]:
    """The marks a spammer's disguise makes certain: brand-like words (letters and digits) or
    site names (above) written in disguise, "𝗩𝗜𝗖𝗧𝗢𝗥𝗬𝟬𝟬𝟳", "K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲", "P͟U͟L͟A͟U͟W͟I͟N͟". Of
    31,700 genuine YouTube comments, fewer than one in a thousand has one; of 7,100 gambling
    adverts, more than half."""
    return _with_site_keys({word for word in disguised_words(normalised)
                            if brand_like(word) or _site_key(word)}, normalised.text)


def _with_site_keys(words: set[str], text: str) -> tuple[str, ...]:
    """*words* with the key of each site's name among them and the sites' names *text* cuts
    into syllables (:func:`_site_key`), so that every dress of a site shares a mark."""
    keys = {key for word in words if (key := _site_key(word))}
    return tuple(sorted(words | keys | _cut_site_names(text)))


def _cut_site_names(text: str) -> set[str]:
    """Sites' names cut into syllables, keyed as :func:`_site_key` keys them: a site word cut in
    two (the last cut two letters or more from each end) after four letters of name, the
    pieces joined by single spaces or hyphens ("GA RU DA HO KI", "Ga ruda-Ho ki", "Garuda Ho
    ki" all give ``rudahoki``). Readers do not cut "hoki" or "toto"; a name and a whole site
    word apart ("bukan slot", "garuda hoki") are two words, and no mark."""
    return {_SEPARATORS_RE.sub("", name.group() + word.group())
            for word in _CUT_SITE_WORD_RE.finditer(text)
            if (name := _KEY_NAME_RE.search(text, max(0, word.start() - 2 * _SITE_KEY_NAME),
                                            word.start()))}


Marks = Literal["all", "disguised_brands", "none"]
_MARKS_OF: dict[Marks, Callable[[NormalisedText], tuple[str, ...]]] = {
    "all": brands, "disguised_brands": disguised_brands, "none": lambda _normalised: ()}


def fingerprint(normalised: NormalisedText, *, marks: Marks = "all") -> Fingerprint:
    """The band keys and marks of a normalised comment (offsets tracked, for the marks of
    disguised words): every brand-like word (``all``), only those written in disguise
    (``disguised_brands``), or none, when the caller will not use them."""
    return fingerprints([(normalised, marks)])[0]


def fingerprints(comments: Sequence[tuple[NormalisedText, Marks]]) -> list[Fingerprint]:
    """:func:`fingerprint` of several comments, each with the marks it needs, at once."""
    found = _bands([NON_WORD_RE.sub(" ", normalised.text).strip() for normalised, _ in comments])
    return [Fingerprint(bands=bands, marks=_MARKS_OF[marks](normalised), shingles=shingles)
            for (normalised, marks), (bands, shingles) in zip(comments, found, strict=True)]


def mark_key(mark: str) -> int:
    """A 64-bit key for a mark, in the same space as band keys (a different salt)."""
    digest = hashlib.blake2b(mark.encode(), digest_size=8, person=b"modsvc-mark").digest()
    return int.from_bytes(digest, "big")
