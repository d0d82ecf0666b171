"""Text normalisation that undoes the disguises spammers use on the portal.

Spam on the portal hides its keywords from naive filters: look-alike Unicode (``𝐒𝐋𝐎𝐓``,
``ＰＵＬＡＵ``, ``P͟U͟L͟A͟U``, Cyrillic and Greek letters), zero-width characters, digits for
letters (``g4c0r``), spaced or dotted letters (``s l o t``, ``g.a.c.o.r``), emoji between
letters and stretched letters (``gacoooor``). :func:`normalise` undoes all of them so that a
disguised advert and the plain one produce the same features, and replaces links, domains,
phone numbers, e-mail addresses and money amounts by tokens (``urltok``, ``domaintok``,
``phonetok``, ``emailtok``, ``moneytok``) while counting them.

Decisions worth knowing:

* Brand names made of a word and digits (``pulauwin88``, ``slot88``) are kept whole: digits are
  read as letters only when they sit *between* letters (``g4c0r``, ``pulauw1n88``), so real
  numbers and trailing brand digits survive.
* A domain or link becomes its token plus its name and TLD, e.g. ``pulauwin88 .com`` ->
  ``domaintok pulauwin88 tld_com``, so the brand stays a feature and ``tld_xyz`` can explain.
  Every label of the name counts, subdomains too, with hyphens as spaces:
  ``pip-kemdikbud-cek.blogspot.com`` -> ``domaintok pip kemdikbud cek blogspot tld_com``,
  because a phishing link's words are in its name (an official body's on a free host).
* Offsets are Python string indices (code points) into the original text, not UTF-16 units.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

logger = logging.getLogger(__name__)

__all__ = ["COUNT_KEYS", "NON_WORD_RE", "NormalisedText", "SPECIAL_TOKENS", "asks", "brand_like",
           "disguised_words", "link_host", "normalise", "reports_spam", "talks_about_spam"]

URL_TOKEN = "urltok"
DOMAIN_TOKEN = "domaintok"
PHONE_TOKEN = "phonetok"
EMAIL_TOKEN = "emailtok"
MONEY_TOKEN = "moneytok"
TLD_PREFIX = "tld_"
SPECIAL_TOKENS = frozenset({URL_TOKEN, DOMAIN_TOKEN, PHONE_TOKEN, EMAIL_TOKEN, MONEY_TOKEN})

COUNT_KEYS = (
    "chars",
    "letters",
    "capitals",
    "digits",
    "emoji",
    "urls",
    "domains",
    "emails",
    "phones",
    "money",
    "disguised",
    "exclamations",
    "words",
    "brand_names",
    "spam_talk",
)

# A private-use character stands for every emoji or pictographic symbol while we decide whether
# it sits inside a word (then it is a disguise and vanishes) or between words (then a space).
_SYMBOL = "\ue000"

# Letters from other scripts that look like Latin ones; applied before lower-casing so that the
# case of the look-alike decides the case of the replacement.
_CONFUSABLES = {
    # Cyrillic capitals and small letters
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ү": "Y", "Ԛ": "Q", "Ԝ": "W",
    "Ӏ": "I", "Ь": "b", "а": "a", "в": "b", "е": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "һ": "h", "ӏ": "l", "ԛ": "q", "ԝ": "w", "ү": "y", "ɡ": "g", "ѵ": "v", "п": "n", "г": "r",
    "ь": "b", "ꞓ": "c",
    # Greek capitals and small letters
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "α": "a", "β": "b", "γ": "y", "ε": "e",
    "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "ω": "w", "ϲ": "c", "ϳ": "j",
    # Latin small capitals and friends that NFKD leaves alone
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ʀ": "r",
    "ꜱ": "s", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ı": "i", "ȷ": "j",
    "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ß": "ss",
    # Letters of other scripts that adverts of the real corpora set inside Latin brands: a
    # mirrored R ("A𝙀Я𝘖𝟾𝟪"), a lambda for A, a Lycian T ("𝐏𝐑0𝐁𝐄𐊗𝟖𝟓𝟓", 187 adverts).
    "Я": "R", "я": "r", "Λ": "A", "λ": "a", "\U00010297": "T",
}  # fmt: skip
# Archaic Hangul vowels, one dot and two ("ᆞ", "ᆢ"), set between the letters of a brand as a
# decoration ("ᆢAᆢᆢLᆢᆢEᆢᆢXᆢᆢIᆢᆢSᆢᆢ1ᆢᆢ7ᆢ"): read as the symbols they are used as.
_DECORATIVE_LETTERS = frozenset("\u119e\u11a2")
# Digits in negative or plain circles that NFKD leaves alone ("𝐁𝐓𝐕❶❻❽"): ❶ to ❿, ➀ to ➉, ➊ to ➓.
_DINGBAT_DIGITS = (0x2776, 0x2780, 0x278A)

# Combining marks used as decoration (underline, strike-through, asterisks and crosses below,
# small letters above, keycaps) rather than the accents of European or Vietnamese names.
_DECORATION_MARKS = frozenset([*range(0x0330, 0x0370), *range(0x20D0, 0x2100), 0x0489])
# Invisible characters that are letters or symbols as far as Unicode categories go.
_INVISIBLE = frozenset("\u3164\u115f\u1160\uffa0\u2800\u180e\u034f")
_WHITESPACE_CATEGORIES = frozenset({"Zs", "Zl", "Zp"})
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Co", "Cs", "Cn"})


# A comment counts as written in a fancy font when at least this share of its letters and
# digits are look-alikes, and it has at least this many of them.
_STYLED_SHARE = 0.8
_STYLED_MIN_CHARS = 4


@dataclass(frozen=True)
class _CharMapping:
    out: str
    capitals: int
    disguised: bool
    emoji: bool


@lru_cache(maxsize=65536)
def _map_char(char: str) -> _CharMapping:
    """Map one non-ASCII character to plain Latin, remembering whether it was a disguise."""
    code = ord(char)
    category = unicodedata.category(char)
    if char in _INVISIBLE or category == "Cf":
        return _CharMapping("", 0, True, False)
    if category in _WHITESPACE_CATEGORIES or category == "Cc":
        return _CharMapping(" ", 0, False, False)
    if category in ("Mn", "Me"):
        return _CharMapping("", 0, code in _DECORATION_MARKS, False)
    if char in _DECORATIVE_LETTERS:
        return _CharMapping(_SYMBOL, 0, False, True)
    # Regional indicators and negative circled/squared capitals read as letters to people.
    if 0x1F1E6 <= code <= 0x1F1FF:
        return _CharMapping(chr(code - 0x1F1E6 + 97), 1, True, False)
    for base in (0x1F130, 0x1F150, 0x1F170):
        if base <= code < base + 26:
            return _CharMapping(chr(code - base + 97), 1, True, False)
    for base in _DINGBAT_DIGITS:
        if base <= code < base + 10:
            return _CharMapping(str(code - base + 1), 0, True, False)
    if char in _CONFUSABLES:
        out = _CONFUSABLES[char]
        return _CharMapping(out.lower(), sum(c.isupper() for c in out), True, False)
    decomposed = unicodedata.normalize("NFKD", char)
    compat = unicodedata.decomposition(char).startswith("<")
    pieces: list[str] = []
    emoji = False
    for piece in decomposed:
        piece_category = unicodedata.category(piece)
        if piece_category in ("Mn", "Me", "Cf"):
            continue
        if piece_category in _SYMBOL_CATEGORIES and not piece.isascii():
            pieces.append(_SYMBOL)
            emoji = True
            continue
        if piece_category in _WHITESPACE_CATEGORIES:
            pieces.append(" ")
            continue
        pieces.append(_CONFUSABLES.get(piece, piece))
    out = "".join(pieces)
    # A disguise dresses up Latin letters or digits ("𝐒", "Ｓ", "ⓢ"). A compatibility form that
    # stands for letters of another script is how that script is typed: "ﷺ" and "ﷲ" in
    # a Muslim reader's blessing, "ㅋㅋ" in a Korean laugh.
    disguised = compat and any(c.isascii() and c.isalnum() for c in out)
    # Lower-case here, one character at a time, so the offset map never shifts.
    lowered = "".join(c.lower()[:1] or c for c in out)
    return _CharMapping(lowered, sum(c.isupper() for c in out), disguised, emoji)


@dataclass
class _Buffer:
    """Text under normalisation with, optionally, each character's span in the original."""

    text: str
    starts: list[int] | None
    ends: list[int] | None
    counts: dict[str, int] = field(default_factory=dict)
    disguises: list[tuple[int, int]] | None = None

    def rewrite(
        self, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str], key: str = ""
    ) -> None:
        """Replace every match of *pattern*; replaced characters span the whole match.

        *key*, when given, counts the matches whose replacement differs from the match, and
        for the ``disguised`` key also records their original spans.
        """
        text = self.text
        starts, ends = self.starts, self.ends
        if starts is None or ends is None:
            changed = 0

            def counting(match: re.Match[str]) -> str:
                nonlocal changed
                out = repl(match)
                if out != match.group(0):
                    changed += 1
                return out

            self.text = pattern.sub(counting, text)
            if key:
                self.counts[key] = self.counts.get(key, 0) + changed
            return
        pieces: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        last = 0
        changed = 0
        for match in pattern.finditer(text):
            begin, end = match.span()
            out = repl(match)
            if begin == end or out == match.group(0):
                continue
            changed += 1
            pieces.append(text[last:begin])
            new_starts.extend(starts[last:begin])
            new_ends.extend(ends[last:begin])
            pieces.append(out)
            new_starts.extend([starts[begin]] * len(out))
            new_ends.extend([ends[end - 1]] * len(out))
            if key == "disguised" and self.disguises is not None:
                self.disguises.append((starts[begin], ends[end - 1]))
            last = end
        if not changed:
            return
        pieces.append(text[last:])
        new_starts.extend(starts[last:])
        new_ends.extend(ends[last:])
        self.text = "".join(pieces)
        self.starts, self.ends = new_starts, new_ends
        if key:
            self.counts[key] = self.counts.get(key, 0) + changed


def link_count(counts: dict[str, int]) -> int:
    """How many links a comment holds, from its normalisation's counts: web addresses and bare
    domains (``pulau88 .com`` counts, however it was spaced). The policy's link limit, the
    model's link feature and its reasons all count this way."""
    return counts.get("urls", 0) + counts.get("domains", 0)


@dataclass(frozen=True)
class NormalisedText:
    """A comment with its disguises undone, what was counted on the way, and an offset map.

    ``text`` is its words joined by single spaces, with no space around them.

    ``starts[i]``/``ends[i]`` give the original span ``[start, end)`` that produced character
    ``i`` of ``text``; they are empty when offsets were not tracked.
    """

    original: str
    text: str
    counts: dict[str, int]
    starts: tuple[int, ...] = ()
    ends: tuple[int, ...] = ()
    disguises: tuple[tuple[int, int], ...] = ()

    @property
    def links(self) -> int:
        """How many links the comment holds (see :func:`link_count`)."""
        return link_count(self.counts)

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Span in the original text of the normalised characters ``[start, end)``."""
        if not self.starts:
            raise ValueError("offsets were not tracked for this text")
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"bad span {start}:{end} for {len(self.text)} characters")
        # Both maps only ever grow along the text, so the ends of the range are the extremes.
        return self.starts[start], self.ends[end - 1]


# TLDs a spammer disguises as " . com" or "(dot)"; not those that are also words after a full
# stop ("hehe. Ga usah", "there. To be fair"), and not .ga at all: "ga" is the commonest
# Indonesian "no" and often follows a full stop without a space.
_TLDS_STRONG = "com|net|org|xyz|vip|top|ly|cc|biz|icu|bet|asia|tk|ml|cf|gq|pw|ws|bz|tv"
_TLDS = (
    _TLDS_STRONG
    + "|la|to|su|id|co|me|io|info|site|online|club|live|store|shop|link|app|fun|win|pro|gg|in|sg|my"
    + "|us|uk|ru|cn|ph|vn|th|cx|one|fit|bid|best|life|world|today|click|space|website|tech"
    + "|digital|news|blog|page|lol|monster|cyou|sbs|cfd|buzz|ink|art|games|casino|poker|run"
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
# A path never ends in the punctuation of the sentence around it ("bit.ly/x," -> "bit.ly/x").
_PATH = r"(?:[/?#](?:[^\s<>\"']*[^\s<>\"'.,!?;:)\]}])?)?"
_EMAIL_RE = re.compile(r"(?<![\w.+-])[a-z0-9][\w.+-]*@" + _LABEL + r"(?:\." + _LABEL + r")+")
_URL_RE = re.compile(
    r"(?:\b(?:https?|hxxps?|ftp)\s?:\s?//|\bwww\s?\.\s?)[^\s<>\"']*[^\s<>\"'.,!?;:)\]}]",
    re.IGNORECASE,
)
# Bare domains: dots as written, or disguised as " .com", "(dot)", "[.]" for strong TLDs only,
# because ". info"/". id" also end ordinary Indonesian sentences.
_DOMAIN_RE = re.compile(
    r"(?<![\w@.])(?:" + _LABEL + r"\.)+(?:" + _TLDS + r")\b" + _PATH
    + r"|(?<![\w@.])(?:" + _LABEL + r"(?:\s?\.\s?|\s?[(\[]\s?(?:dot|\.)\s?[)\]]\s?|\sdot\s))+"
    + r"(?:" + _TLDS_STRONG + r")\b" + _PATH
)  # fmt: skip
# A TLD after a dot (or a disguised dot): the only texts the domain pattern can match.
_MAYBE_DOMAIN_RE = re.compile(r"(?:\.|dot)[\s)\]]{0,3}(?:" + _TLDS + r")\b")
# Patterns that open with a lookbehind start with a lookahead for their first character: the
# regex engine then skips most positions at once (a third to a half of their time on comments).
_PHONE_RE = re.compile(
    r"(?=[+60])(?<![\w+])(?:\+\s?62|62|0)[\s.\-]?\(?8\)?(?:[\s.\-]?\d){7,11}(?!\w)"
)
_MONEY_RE = re.compile(
    r"(?=[riu$0-9])(?:"
    r"(?<!\w)(?:rp|idr|usd|\$)\s?\.?\s?\d[\d.,]*(?:\s?(?:jt|juta|rb|ribu|rebu|k|miliar|milyar"
    r"|triliun|m)\b)?"
    r"|(?<![\w.,])\d+(?:[.,]\d+)*\s?(?:jt|juta|jeti|rb|ribu|rebu|miliar|milyar|triliun)(?!\w)"
    r"|(?<![\w.,])\d+(?:[.,]\d+)?k(?!\w)"
    r")"
)
# Emoji inside a word, or between a word and its number with a hyphen beside them
# ("ALEXIS-☯17", "slot-🔥88"), or a space before a number wrapped in emoji ("ALEXIS 🎀17🎀"):
# a brand cut in two is still one word. No genuine comment of the corpora or the public sets
# (40,000) wraps a number after a word so; 35 adverts do.
_EMOJI_IN_WORD_RE = re.compile(
    r"(?=[- " + _SYMBOL + r"])(?:(?<=[^\W_])" + _SYMBOL + r"+(?=[^\W_])"
    r"|(?<=[^\W\d_])-?" + _SYMBOL + r"+-?(?=\d)"
    r"|(?<=[^\W\d_]) " + _SYMBOL + r"+(?=\d{2,4}" + _SYMBOL + r"))"
)
_EMOJI_RE = re.compile(_SYMBOL + "+")
# Runs of single characters with one repeated separator: "s l o t", "g.a.c.o.r", "s-l-o-t".
_SPACED_RE = re.compile(
    r"(?<![^\W_])[^\W_](?P<sep>\s?[^\w\s]{1,3}\s?|\s)(?:[^\W_](?P=sep))+[^\W_](?![^\W_])"
)
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s"})  # fmt: skip
# Real words that look like leetspeak; "p3k" (PPPK civil-servant hiring) is common in news.
_REAL_WORDS_WITH_DIGITS = frozenset({"p3k", "p4k", "k3l", "b3", "g30s", "s1", "s2", "s3"})
_LEET_RE = re.compile(r"(?=[013457@$])(?<=[a-z])[013457@$]+(?=[a-z])")
_REPEAT_RE = re.compile(r"([a-z])\1{2,}")
_REPEAT_PUNCTUATION_RE = re.compile(r"([^\w\s])\1+")
_WORD_RUN_RE = re.compile(r"\S+")
_CAPITAL_RE = re.compile(r"[A-Z]")
# A regex replaces the few control characters five times faster than str.translate's table.
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")


# Second-level domains under a country's TLD. Some only public bodies, schools and villages can
# register (go.id, ac.id, sch.id, desa.id, mil.id): a spammer cannot link there, so the pair is
# kept as one TLD token ("tld_go_id") rather than lost.
_SECOND_LEVEL = frozenset({"co", "go", "ac", "or", "my", "web", "sch", "desa", "mil", "net",
                           "biz", "ponpes", "gov", "org", "com", "edu"})


_HOST_WORD_SPLIT_RE = re.compile(r"[-_]+")
# The dots between a host's labels, as written or disguised ("pulauwin88 (dot) xyz").
_HOST_LABEL_SPLIT_RE = re.compile(r"\s*(?:\.|\(dot\)|\[dot\]|\[\.\]|\sdot\s)\s*")
_SCHEME_RE = re.compile(r"^(?:[a-z]+\s?:\s?//)?", re.IGNORECASE)
_HOST_END_RE = re.compile(r"[/?#:]")  # where a link's host ends: its path, query or port
_NOT_HOST_CHAR_RE = re.compile(r"[^\w-]")


def _host_labels(host: str) -> list[str]:
    labels = [part for part in _HOST_LABEL_SPLIT_RE.split(host) if part]
    return labels[1:] if labels and labels[0] == "www" else labels


def _host_of(link: str) -> str:
    """The host part of a link as written: no scheme, path, query or port."""
    return _HOST_END_RE.split(_SCHEME_RE.sub("", link), maxsplit=1)[0].rstrip(".,)")


def link_host(link: str) -> str:
    """The host a link or bare domain names, plain: ``pip-kemdikbud-cek.blogspot.com`` for
    ``https://www.pip-kemdikbud-cek.blogspot.com/x``, ``pulauwin88.xyz`` for
    ``pulauwin88 (dot) xyz``. Reasons name it; the normalised text keeps its words but not the
    hyphens and dots between them."""
    host = _host_of(unicodedata.normalize("NFKC", link).lower())
    labels = (_NOT_HOST_CHAR_RE.sub("", label) for label in _host_labels(host))
    return ".".join(label for label in labels if label)


def _host_tokens(host: str) -> str:
    """Name and TLD tokens of a host, so a brand inside a link stays a feature."""
    labels = _host_labels(host)
    if not labels:
        return ""
    tld = labels[-1] if len(labels) > 1 else ""
    if len(labels) > 2 and labels[-2] in _SECOND_LEVEL and len(tld) == 2:
        tld = f"{labels[-2]}_{tld}"
    names = [label for label in labels[:-1] if label not in _SECOND_LEVEL] or labels[:1]
    # Every label, as words: a phishing page's name is in its subdomain or its hyphens
    # ("bansos-cek.weebly.com"), where the last label alone reads "weebly".
    name = " ".join(word for label in names for word in _HOST_WORD_SPLIT_RE.split(label) if word)
    return f" {name} {TLD_PREFIX}{tld} " if tld else f" {name} "


def _url_repl(match: re.Match[str]) -> str:
    return f" {URL_TOKEN}{_host_tokens(_host_of(match.group(0)))}"


def _domain_repl(match: re.Match[str]) -> str:
    host = re.split(r"[/?#]", match.group(0), maxsplit=1)[0]
    return f" {DOMAIN_TOKEN}{_host_tokens(host)}"


def _spaced_repl(match: re.Match[str]) -> str:
    run = match.group(0)
    sep = match.group("sep")
    chars = run.split(sep)
    if sum(c.isalpha() for c in chars) < 2:
        return run
    return "".join(chars)


def _leet_repl(match: re.Match[str]) -> str:
    text = match.string
    begin, end = match.span()
    while begin > 0 and text[begin - 1].isalnum():
        begin -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    if text[begin:end] in _REAL_WORDS_WITH_DIGITS:
        return match.group(0)
    # "2d", "3d", "4d" at the end of a word are lottery bets (togel), as in "paushoki4d".
    run = match.group(0)
    if (
        len(run) == 1
        and run in "34"
        and text[match.end() : match.end() + 1] == "d"
        and (match.end() + 1 == end)
    ):
        return run
    return match.group(0).translate(_LEET)


def _repeat_repl(match: re.Match[str]) -> str:
    return match.group(0)[0]


def _count(buffer: _Buffer, pattern: re.Pattern[str], key: str, token: str) -> None:
    buffer.rewrite(pattern, lambda _match: f" {token} ", key)


# Character classes for finding where a font changes at an emoji (_break_at_font_changes):
# "a" plain letter or digit, "D" disguised character, "M" disguising mark on a plain one, "S" a
# symbol (emoji), "Z" a character that vanishes (joiner, variation selector), "." anything else.
_PLAIN_CLASSES = {code: "a" if chr(code).isalnum() else "." for code in range(128)}
_FONT_CHANGE_RE = re.compile(
    r"(?=[SZ])(?:(?<=[DM])[SZ]*S[SZ]*(?=aa(?!M))|(?<=aa)[SZ]*S[SZ]*(?=D|aM))"
)


def _break_at_font_changes(text: str, classes: dict[int, str]) -> str:
    """Emoji between a disguised word and a plain one become spaces: "⭐K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲⭐bisa"
    and "𝐃𝐎𝐑𝐀𝟕𝟕🤣adalah" are a brand and a word, where "s🎰l🎰o🎰t" and "ALEXIS🔥17" (one font
    throughout) and "s🎰l🎰𝐨🎰t" (letters apart, whatever their fonts) are one word. The plain
    side must be two characters or more. ``classes`` maps the comment's non-ASCII characters
    to their class (above); the pattern runs on the string of classes, one per character, so
    each emoji character becomes one space and offsets hold."""
    shape = text.translate(_PLAIN_CLASSES | classes)
    pieces: list[str] = []
    last = 0
    for match in _FONT_CHANGE_RE.finditer(shape):
        start, end = match.span()
        pieces.append(text[last:start])
        pieces.append(" " * (end - start))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


# One or two styled letters, each followed by a space, then a styled name ending in two to four
# digits: the brand with its first letters spaced off ("𝐃 𝐎𝐑𝐀𝟕𝟕", "𝘿 𝙊 𝙍𝘼𝟳𝟳" are 𝐃𝐎𝐑𝐀𝟕𝟕);
# or a styled name and its number's digits spaced apart ("𝐁𝐔𝐊𝐈𝐓𝟖 𝟖 𝟖" is 𝐁𝐔𝐊𝐈𝐓𝟖𝟖𝟖). The
# pattern runs on classes, one character each: "\x01" a disguised letter, "\x02" a disguised
# digit, "a" any other letter or digit, " " a space, "." anything else. (Control characters
# are spaces by then, so the two markers come from the classes alone.)
_SPACED_INITIALS_RE = re.compile(
    "(?<![\x01\x02a])(?:(?:\x01 ){1,2}\x01+\x02{2,4}|\x01+\x02(?: \x02){1,3})(?![\x01\x02a])")
_JOINER = "\u200b"  # a zero-width space: vanishes when mapped, so the offsets hold
_PLAIN_SHAPES = str.maketrans({chr(code): "a" if chr(code).isalnum() else " " if code == 32
                               else "." for code in range(5, 128)})


def _join_spaced_initials(text: str, table: dict[int, str], disguised: set[str]) -> str:
    """*text* with the spaces inside a brand spaced apart (above) made zero-width spaces."""
    shapes = {code: ("\x02" if out.isdigit() else "\x01")
              if chr(code) in disguised and len(out) == 1 and out.isalnum()
              else "a" if out.isalnum() else "."
              for code, out in table.items()}
    shape = text.translate(shapes).translate(_PLAIN_SHAPES)
    pieces: list[str] = []
    last = 0
    for match in _SPACED_INITIALS_RE.finditer(shape):
        start, end = match.span()
        if match.group().count("\x01") < BRAND_MIN_CHARS:
            continue
        pieces.append(text[last:start])
        pieces.append(text[start:end].replace(" ", _JOINER))
        last = end
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _map_characters(text: str, track: bool) -> _Buffer:
    """Fold every character to lower-case plain Latin, counting capitals and disguises."""
    # Control characters become spaces first, so every later step sees one kind of gap.
    text = _CONTROL_RE.sub(" ", text)
    capitals = len(_CAPITAL_RE.findall(text))
    length = len(text)
    if text.isascii():
        buffer = _Buffer(
            text.lower(),
            list(range(length)) if track else None,
            list(range(1, length + 1)) if track else None,
            disguises=[] if track else None,
        )
        buffer.counts.update(capitals=capitals, disguised=0, emoji=0)
        return buffer
    # Map each distinct character once; str.translate then does the per-character work in C.
    table: dict[int, str] = {}
    disguised_chars: set[str] = set()
    styled_chars: set[str] = set()
    disguised = emoji = styled = 0
    same_length = True
    for char in set(text):
        if char.isascii():
            continue
        mapping = _map_char(char)
        table[ord(char)] = mapping.out
        times = text.count(char)
        capitals += mapping.capitals * times
        emoji += mapping.emoji * times
        if mapping.disguised:
            disguised += times
            disguised_chars.add(char)
        if mapping.out.isalnum() and (mapping.disguised or not mapping.out.isascii()):
            styled += times
            styled_chars.add(char)
        same_length = same_length and len(mapping.out) == 1
    # Both shapes end in a disguised digit: most styled comments have none, and skip the pass.
    if disguised_chars and " " in text and any(table[ord(char)][-1:].isdigit()
                                               for char in disguised_chars):
        joined = _join_spaced_initials(text, table, disguised_chars)
        if joined != text:
            text = joined
            table[ord(_JOINER)] = ""
            disguised_chars.add(_JOINER)
            same_length = False
    if emoji and disguised_chars:
        classes = {code: "S" if out == _SYMBOL else "Z" if out == "" else "."
                   for code, out in table.items()}
        for char in disguised_chars:
            classes[ord(char)] = "M" if unicodedata.combining(char) else "D"
        text = _break_at_font_changes(text, classes)
    mapped = text.translate(table).lower()
    if styled and disguised:
        # A disguise hides a word among plain ones. A comment written wholly in a fancy font
        # (𝙼𝚊𝚗𝚝𝚊𝚙, ᴍᴀɴᴛᴀᴘ) or in another script (Russian, whose letters partly look Latin) is
        # a style or a language, as common among genuine commenters as among spammers.
        alphanumeric = sum(map(str.isalnum, mapped))
        if alphanumeric >= _STYLED_MIN_CHARS and styled >= _STYLED_SHARE * alphanumeric:
            disguised_chars -= styled_chars
    if disguised_chars:
        # Counted in words, like the other disguises (a spaced or a leet word counts once): a
        # long brand in a fancy font is one disguised word, not twelve disguised letters.
        disguised = sum(1 for word in text.split() if not disguised_chars.isdisjoint(word))
    else:
        disguised = 0
    starts: list[int] | None = None
    ends: list[int] | None = None
    disguises: list[tuple[int, int]] | None = None
    if track:
        if same_length:
            starts = list(range(length))
            ends = list(range(1, length + 1))
        else:
            starts = []
            for index, char in enumerate(text):
                out = table.get(ord(char))
                if out is None:
                    starts.append(index)
                elif out:
                    starts.extend([index] * len(out))
            ends = [start + 1 for start in starts]
        disguises = (
            [(i, i + 1) for i, char in enumerate(text) if char in disguised_chars]
            if disguised_chars else []
        )
    buffer = _Buffer(mapped, starts, ends, disguises=disguises)
    buffer.counts.update(capitals=capitals, disguised=disguised, emoji=emoji)
    return buffer


# Broken encodings, which many phones, browsers and portals still produce. A genuine comment's
# emoji that arrived as "ðŸ˜‚" (UTF-8 read as Windows-1252), "ÔøΩ" (as Mac Roman), "%uD83D%uDE02"
# (JavaScript's escape()) or "&#128514;" would otherwise count as disguised look-alike letters
# and digits between letters, the strongest signs of spam. ftfy repairs the first kind only when
# every byte survived, so the runs are repaired here; offsets keep pointing at the original.
_MOJIBAKE_ENCODINGS = ("cp1252", "mac_roman", "latin-1")


def _mojibake_pattern() -> re.Pattern[str]:
    """Runs of UTF-8 lead and continuation bytes as each of those encodings shows them."""
    def shown(low: int, high: int, encoding: str) -> str:
        chars = {bytes([b]).decode(encoding, errors="ignore") for b in range(low, high + 1)}
        return "".join(sorted(re.escape(c) for c in chars if c and not c.isascii()))

    runs = [
        f"(?:[{shown(0xC2, 0xF4, name)}][{shown(0x80, 0xBF, name)}]{{1,3}})+"
        for name in _MOJIBAKE_ENCODINGS
    ]
    return re.compile("|".join(runs))


_MOJIBAKE_RE = _mojibake_pattern()
_JS_ESCAPE_RE = re.compile(r"(?:%u[0-9a-fA-F]{4})+")
_ENTITY_RE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});")


def _repair_mojibake(match: re.Match[str]) -> str:
    run = match.group(0)
    for _ in range(3):  # text broken twice ("Ã°Å¸Ëœâ€¹") is repaired twice
        for encoding in _MOJIBAKE_ENCODINGS:
            try:
                raw = run.encode(encoding)
            except UnicodeEncodeError:
                continue
            # A byte the encoding could not show was dropped on the way: that character is
            # lost, and U+FFFD (a symbol, like the emoji it stood for) takes its place.
            run = re.sub("\ufffd+", "\ufffd", raw.decode("utf-8", errors="replace"))
            break
        if not _MOJIBAKE_RE.fullmatch(run):
            break
    return run


def _repair_js_escape(match: re.Match[str]) -> str:
    units = bytes.fromhex(match.group(0).replace("%u", "").replace("%U", ""))
    return units.decode("utf-16-be", errors="replace")


# Regional indicator letters spell a word to the eye ("🇸🇱🇴🇹"), but in pairs that name a
# country they are a flag, as "🇮🇩" in countless genuine comments: then they are one emoji.
_COUNTRY_CODE_LIST = (
    "ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq "
    "br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm "
    "do dz ec ee eg eh er es et eu fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr "
    "gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg kh ki km "
    "kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp "
    "mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl "
    "pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st "
    "sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um un us uy uz va vc ve "
    "vg vi vn vu wf ws xk ye yt za zm zw"
)
_COUNTRY_CODES = frozenset(_COUNTRY_CODE_LIST.split())
_REGIONAL_RE = re.compile("[\U0001F1E6-\U0001F1FF]{2,}")
_FLAG = "\U0001F3F3"  # a white flag: a symbol like any emoji


def _flags(match: re.Match[str]) -> str:
    run = match.group(0)
    pairs = [run[i : i + 2] for i in range(0, len(run), 2)]
    codes = ["".join(chr(ord(c) - 0x1F1E6 + 97) for c in pair) for pair in pairs]
    if len(run) % 2 or not all(code in _COUNTRY_CODES for code in codes):
        return run
    return _FLAG * len(pairs)


# Invisible characters hide a keyword from filters only inside a word ("sl\u200bot"). Elsewhere
# they are harmless: the joiner inside "❤️‍🔥", a word joiner that a keyboard or a CMS put
# before the first word. There they are only a gap between words.
_INVISIBLE_CLASS = (
    "\u00ad\u034f\u061c\u115f\u1160\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
    "\u2066-\u206f\u2800\u3164\ufeff\uffa0"
)
# Software that keeps only the low 16 bits of a character turns the styled letters and digits
# of U+1D400 to U+1D7FF into Hangul syllables and jamo of U+D400 to U+D7FF ("퐕퐈퐒퐈ퟒ퐃" for
# "𝐕𝐈𝐒𝐈𝟒𝐃", "gac허r" for "gac𝗈r"), and emoji into private-use characters (read as emoji
# anyway). Korean is written with syllables from U+AC00 up and with jamo too, so a text whose
# only Hangul lies in that top range, beside Latin letters, is such a truncation: 9 adverts of
# the real corpora and no genuine comment. A run is restored inside a Latin word or when four
# characters long (a brand); a short run on its own may be a Korean laugh ("하하하").
_TRUNCATED_RE = re.compile(
    "[\ud400-\ud7ff]{4,}|(?<=[A-Za-z0-9])[\ud400-\ud7ff]+|[\ud400-\ud7ff]+(?=[A-Za-z0-9])")
_HANGUL_RE = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]")


def _truncated(text: str) -> bool:
    """Whether *text*'s Hangul is styled Latin cut to 16 bits (above), not Korean."""
    return (any(ch.isascii() and ch.isalpha() for ch in text)
            and all(ord(ch) >= 0xD400 for ch in _HANGUL_RE.findall(text)))


def _untruncate(match: re.Match[str]) -> str:
    return "".join(_untruncated(char) for char in match.group(0))


@lru_cache(maxsize=1024)
def _untruncated(char: str) -> str:
    restored = chr(ord(char) + 0x10000)
    return restored if unicodedata.category(restored) in ("Lu", "Ll", "Nd") else char


_MARKS_CLASS = "\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f"
_INVISIBLE_OUTSIDE_WORD_RE = re.compile(
    f"(?<![^\\W_])(?<![{_MARKS_CLASS}])[{_INVISIBLE_CLASS}]+"
    f"|[{_INVISIBLE_CLASS}]+(?![^\\W_{_INVISIBLE_CLASS}{_MARKS_CLASS}])"
)


def _repair_encoding(text: str) -> tuple[str, list[tuple[int, int]] | None]:
    """*text* with broken encodings repaired, flags told from spelled words and invisible
    characters outside words made gaps, and each resulting character's original span.

    The spans are None when nothing needed repair (the usual case, decided by cheap tests).
    """
    patterns: list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]] = []
    if not text.isascii() and _TRUNCATED_RE.search(text) and _truncated(text):
        patterns.append((_TRUNCATED_RE, _untruncate))
    if not text.isascii() and _REGIONAL_RE.search(text):
        patterns.append((_REGIONAL_RE, _flags))
    if not text.isascii() and _MOJIBAKE_RE.search(text):
        patterns.append((_MOJIBAKE_RE, _repair_mojibake))
    if "%u" in text or "%U" in text:
        patterns.append((_JS_ESCAPE_RE, _repair_js_escape))
    if "&" in text and ";" in text:
        patterns.append((_ENTITY_RE, lambda match: html.unescape(match.group(0))))
    if not text.isascii() or patterns:
        # After the repairs above, which can reveal invisible characters ("%u2063").
        patterns.append((_INVISIBLE_OUTSIDE_WORD_RE, lambda _match: " "))
    if not patterns:
        return text, None
    buffer = _Buffer(text, list(range(len(text))), list(range(1, len(text) + 1)))
    for pattern, repair in patterns:
        buffer.rewrite(pattern, repair)
    if buffer.text == text:
        return text, None
    assert buffer.starts is not None
    assert buffer.ends is not None
    return buffer.text, list(zip(buffer.starts, buffer.ends, strict=True))


def _map_back(buffer: _Buffer, spans: list[tuple[int, int]]) -> None:
    """Point the offsets of a buffer made from repaired text back into the original."""
    if buffer.starts is not None and buffer.ends is not None:
        buffer.starts = [spans[i][0] for i in buffer.starts]
        buffer.ends = [spans[i - 1][1] for i in buffer.ends]
    if buffer.disguises:
        buffer.disguises = [(spans[a][0], spans[b - 1][1]) for a, b in buffer.disguises]


# Everything but letters and digits: what a word loses to become a plain word or mark.
NON_WORD_RE = re.compile(r"[\W_]+")
_PIECE_RE = re.compile(r"[^\W_]+")
# Letters and digits together, at least two letters ("sgi88", "visi4d"; not "2024", "5g", "b2").
_LETTERS_AND_DIGITS_RE = re.compile(
    r"(?=[a-z0-9]*[a-z][a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]+")
# Indonesian writes a repeated word with a 2 ("hati2" for hati-hati, "sehat2", "orang²",
# "mudah²an", "konten2nya"): a word, not a brand. (In a real set of 26,738 genuine YouTube
# comments, 1,057 had one ending in the 2, against 87 of 5,491 gambling adverts.)
_REDUPLICATION_RE = re.compile(r"[a-z]+2[a-z]*")
BRAND_MIN_CHARS = 4
# A word shaped like a gambling site's name: four letters or more, then two to four digits or
# "4d" ("mawar88", "badak99", "oasis303", "garuda4d"); not a handle ("@dedeineon8868"), a hashtag
# ("#pilkada2024"), a year ("porprov2025": no gambling advert of the corpora ends its name so)
# or an acronym with a number ("jkt48", "g20"). 2,729 of the real corpus's 5,238 adverts have
# one, 1 of its 25,470 genuine comments; citizens write vehicle and phone models so ("vario125"),
# which the seed corpus's genuine comments teach the model (`ham_model_numbers.csv`).
_SITE_NUMBER = r"(?:(?!(?:19|20)[0-9]{2}(?![a-z0-9]))[0-9]{2,4}|4d)"  # not a year
_BRAND_NAME_RE = re.compile(r"(?<![@#a-z0-9])[a-z]{4,}" + _SITE_NUMBER + r"(?![a-z0-9])")
# Words of a comment that talks about spam rather than being it: reports, warnings, asking the
# admin to delete. A citizen names the brand to condemn it; an advert names it to sell it.
_SPAM_TALK_RE = re.compile(
    r"\b(?:lapor\w*|report\w*|hapus|dihapus|blokir|block|ban|banned|bot|spam\w*|penipu\w*"
    r"|tipu\w*|scam\w*|hoax|hoaks|waspada|hati2|awas|jangan|filter|admin|judol|judi|ngiklan"
    r"|iklan|promosi|akun|korban|rugi|bangkrut|haram|ditangkap|polisi)\b"
)
# A number of two or three digits, or a lottery's "4d", alone after a word ("33" in
# "𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33 ⚡", "𝐌𝐎𝐍𝐀 𝟒𝐃"); not a year.
_NUMBER_AFTER_RE = re.compile(r" ([0-9]{2,3}|4d)(?![^\W_]|[.,][0-9])")
# One word between asterisks, which YouTube and WhatsApp show in bold: the ASCII way to style a
# word, as 𝗕𝗢𝗟𝗗 letters are the Unicode way. Adverts set their brand so ("*GUNUNGWIN*" in 44
# fahruu adverts, "*KYT4D*" in 25 gbennnn ones); readers set a word or two of theirs
# ("*PEMBIARAN*", 5 of 31,700 genuine comments), which ties no campaigns together.
_EMPHASIS_RE = re.compile(rf"(?<![^\W_])\*([^\W_]{{{BRAND_MIN_CHARS},}})\*")


# A site's name of letters and a number wrapped in emoji without a space ("❤TON4D❤", "💫KYT4D💫",
# "⚡BERLIAN33⚡"): the emoji way to set a brand apart, as asterisks are the ASCII way. Of all
# the public and bundled sets' genuine comments none has one; 62 of their adverts do.
_EMOJI_CHARS = "\u2190-\u2bff\U0001f000-\U0001faff"
_WRAPPED_RE = re.compile(
    rf"(?<=[{_EMOJI_CHARS}\ufe0f])([a-z]{{3,}}{_SITE_NUMBER})(?=[{_EMOJI_CHARS}])",
    re.IGNORECASE | re.ASCII)


# Words about the comment section itself ("tiap hari ada aja X di kolom komentar"): a reader
# who names a brand there describes the spam rather than selling it.
_COMMENT_SECTION_RE = re.compile(r"\b(?:komen\w*|koment\w*|kolom|comment\w*)\b")
# And words asking to take a post down, or naming the harm it does someone, that the spam-talk
# words miss ("Please delete it, it's defamation", "foto tetangga dicatut, itu fitnah"). Not
# "palsu" or "fake": adverts promise "bukan janji palsu".
_TAKE_DOWN_RE = re.compile(
    r"\b(?:delete\w*|remove\w*|fitnah\w*|memfitnah|defam\w*|catut\w*|dicatut|mencatut"
    r"|pencemaran)\b")
# The words of a reader's report that gambling adverts do not use: with the take-down words
# above, 1 of the two real YouTube sets' 7,129 adverts has one, 193 of their 31,731 genuine
# comments do. Other scams use them ("ada laporan atas nama anda", "penipuan").
_REPORT_RE = re.compile(
    r"\b(?:lapor\w*|report\w*|dihapus|penipu\w*|waspada|awas|hati2)\b")


def talks_about_spam(text: str) -> bool:
    """Whether a normalised text has the words of a comment about spam (reports, warnings,
    asking the admin to delete: the model's spam-talk words) or about the comment section, as a
    citizen who names a brand to condemn it writes. A campaign's block does not catch such a
    comment on the brand alone (modsvc.campaigns); the model's flag uses the first words only.
    Adverts use some of these words too ("jangan lupa mampir"): see :func:`reports_spam`."""
    return (_SPAM_TALK_RE.search(text) is not None
            or _COMMENT_SECTION_RE.search(text) is not None)


# A question: a question mark, or the words that ask one ("apa itu", "kenapa", "gimana").
_QUESTION_RE = re.compile(r"\?|\b(?:apa|apaan|siapa|kenapa|mengapa|knp|gimana|bagaimana)\b")


def asks(text: str) -> bool:
    """Whether a normalised text asks a question, as a citizen who wonders what a brand all
    over the comments is writes ("kok banyak yang bahas X ya, apa itu?"): a campaign's block
    does not catch such a comment on the brand alone (modsvc.campaigns). Adverts pose the same
    question; 7% of the real corpora's adverts with a disguised brand do."""
    return _QUESTION_RE.search(text) is not None


def reports_spam(text: str) -> bool:
    """Whether a normalised text reports spam or asks to take a post down in words adverts do
    not use: a campaign's block catches no such comment, however much the model doubts it,
    since a report that quotes an advert reads like one."""
    return _REPORT_RE.search(text) is not None or _TAKE_DOWN_RE.search(text) is not None


def brand_like(word: str) -> bool:
    """Whether a normalised word, letters and digits only, looks like a gambling site's name:
    letters and digits together (``sgi88``, ``victory007``), not a repeated word (``hati2``)."""
    return (len(word) >= BRAND_MIN_CHARS and _LETTERS_AND_DIGITS_RE.fullmatch(word) is not None
            and _REDUPLICATION_RE.fullmatch(word) is None)


def disguised_words(normalised: NormalisedText) -> list[str]:
    """The words of a normalised comment (letters and digits only) that a disguise produced:
    styled, spaced, dotted, look-alike or emoji-split letters, one word set in bold by markup
    (``*GUNUNGWIN*``), or a name with its number wrapped in emoji (``❤TON4D❤``). A disguised
    name of four letters or more followed by a number of two or three digits or "4d", or of
    three before "4d", is also given joined, as the brand it spells apart ("𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33" gives
    ``berlian33`` too, "𝑲𝒀𝑻 4️⃣𝑫" ``kyt4d``), and a brand run into or glued to the next word is
    also given alone (below). Needs the offsets for all but the markup and the emoji."""
    words = (_EMPHASIS_RE.findall(normalised.text) if "*" in normalised.text else [])
    if normalised.counts.get("digits"):
        words += [word.lower() for word in _WRAPPED_RE.findall(normalised.original)]
    if not normalised.disguises or not normalised.starts:
        return words
    text = normalised.text

    def disguised(begin: int, end: int) -> bool:
        start, stop = normalised.original_span(begin, end)
        return any(a < stop and start < b for a, b in normalised.disguises)

    for match in _WORD_RUN_RE.finditer(text):
        plain = NON_WORD_RE.sub("", match.group())
        if not plain or not disguised(match.start(), match.end()):
            continue
        words.append(plain)
        number = _NUMBER_AFTER_RE.match(text, match.end())
        if number and plain.isalpha() and (
                len(plain) >= BRAND_MIN_CHARS or (len(plain) == 3 and number.group(1) == "4d")):
            words.append(plain + number.group(1))
        if plain != match.group():
            words.extend(_run_together_brands(text, match, disguised))
        head = _glued_head(normalised, match, disguised)
        if head:
            words.append(head)
    return words


# A site's name: letters, then two to four digits or "4d" ("dora77", "pawpaw4d").
_NAME_AND_NUMBER_RE = re.compile(r"[a-z]{3,}(?:[0-9]{2,4}|4d)")


def _run_together_brands(text: str, word: re.Match[str],
                         disguised: Callable[[int, int], bool]) -> list[str]:
    """A brand in disguise run into the next word through a comma or a hyphen without a space
    ("𝐃𝐎𝐑𝐀𝟕𝟕,bener-bener" gives ``dora77``): a piece that is a site's name with only words of
    two letters or more beside it. The whole word stays a mark too, for a brand cut by
    punctuation ("p/ulau77-7"). Only in disguise: readers who condemn sites list them so
    ("PROBET855/PULAUWIN/DORA77 cuma tipu-tipu!")."""
    spans = [piece.span() for piece in _PIECE_RE.finditer(text, *word.span())]
    pieces = [text[begin:end] for begin, end in spans]
    return [piece for number, (piece, span) in enumerate(zip(pieces, spans, strict=True))
            if _NAME_AND_NUMBER_RE.fullmatch(piece) and all(
                pieces[other].isalpha() and len(pieces[other]) >= 2
                for other in (number - 1, number + 1) if 0 <= other < len(pieces))
            and disguised(*span)]


def _glued_head(normalised: NormalisedText, word: re.Match[str],
                disguised: Callable[[int, int], bool]) -> str | None:
    """A styled brand glued to the plain word after it ("𝐀𝐆𝐔𝐒𝐓𝐎𝐓𝐎bikin" gives ``agustoto``):
    its last three characters disguised, then two plain small letters or more; not a letter or
    two in disguise inside a word ("l퐚ngsung", "dip3luk")."""
    begin, end = word.span()
    flags = [disguised(i, i + 1) for i in range(begin, end)]
    last = max((i for i, flag in enumerate(flags) if flag), default=len(flags))
    if not 2 <= last < len(flags) - 1 or not all(flags[last - 2:last]):
        return None
    head = NON_WORD_RE.sub("", normalised.text[begin:begin + last + 1])
    tail = normalised.original[slice(*normalised.original_span(begin + last + 1, end))]
    if (len(head) >= BRAND_MIN_CHARS and len(tail) >= 2 and tail.isascii() and tail.isalpha()
            and tail.islower()):
        return head
    return None


def normalise(text: str, *, track_offsets: bool = True) -> NormalisedText:
    """Undo the disguises in *text* and tokenise links, phones, e-mails and money.

    Args:
        text: the comment as submitted.
        track_offsets: keep the map back to the original (needed for highlighting reasons);
            training switches it off because it costs time and is not needed there.
    """
    repaired, spans = _repair_encoding(text)
    buffer = _map_characters(repaired, track_offsets)
    if spans is not None:
        _map_back(buffer, spans)
    counts = buffer.counts
    mapped = buffer.text
    counts["chars"] = len(text)
    counts["letters"] = sum(map(str.isalpha, mapped))
    counts["digits"] = digits = sum(map(str.isdigit, mapped))
    counts["exclamations"] = mapped.count("!")
    # Each pass is skipped when a cheap test shows it cannot match: scoring runs per comment.
    if _SYMBOL in mapped:
        # An emoji inside a word is a disguise; anywhere else it is just a word break.
        buffer.rewrite(_EMOJI_IN_WORD_RE, lambda _m: "", "disguised")
        buffer.rewrite(_EMOJI_RE, lambda _m: " ")
    # Entities before letter games, which would otherwise eat their digits and dots.
    if "@" in mapped:
        _count(buffer, _EMAIL_RE, "emails", EMAIL_TOKEN)
    if "//" in mapped or "www" in mapped:
        buffer.rewrite(_URL_RE, _url_repl, "urls")
    if _MAYBE_DOMAIN_RE.search(buffer.text):
        buffer.rewrite(_DOMAIN_RE, _domain_repl, "domains")
    if digits:
        if digits >= 8:
            _count(buffer, _PHONE_RE, "phones", PHONE_TOKEN)
        _count(buffer, _MONEY_RE, "money", MONEY_TOKEN)
    buffer.rewrite(_REPEAT_PUNCTUATION_RE, _repeat_repl)
    buffer.rewrite(_SPACED_RE, _spaced_repl, "disguised")
    if digits or "@" in mapped or "$" in mapped:
        buffer.rewrite(_LEET_RE, _leet_repl, "disguised")
    buffer.rewrite(_REPEAT_RE, _repeat_repl)
    words = buffer.text.split()
    # Single spaces between words and none around them already (the usual case, tested in C):
    # nothing to collapse or strip.
    if " ".join(words) != buffer.text:
        _collapse_spaces(buffer)  # the words stay the same
    counts["words"] = len(words)
    if digits:
        # Every match is brand-like (letters, then two digits or more, or 4d), so no other test.
        brands = len(_BRAND_NAME_RE.findall(buffer.text))
        counts["brand_names"] = brands
        counts["spam_talk"] = int(brands > 0 and _SPAM_TALK_RE.search(buffer.text) is not None)
    for key in COUNT_KEYS:
        counts.setdefault(key, 0)
    return NormalisedText(
        original=text,
        text=buffer.text,
        counts=dict(counts),
        starts=tuple(buffer.starts) if buffer.starts is not None else (),
        ends=tuple(buffer.ends) if buffer.ends is not None else (),
        disguises=tuple(buffer.disguises or ()),
    )


def _collapse_spaces(buffer: _Buffer) -> None:
    """Join the words with single spaces and drop the space around them.

    A gap that was one space keeps that space's offsets; any other gap (several spaces, a tab,
    a newline) becomes one space spanning the whole gap in the original.
    """
    text = buffer.text
    starts, ends = buffer.starts, buffer.ends
    if starts is None or ends is None:
        buffer.text = " ".join(text.split())
        return
    pieces: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    previous = -1  # where the previous word ended
    for match in _WORD_RUN_RE.finditer(text):
        begin, end = match.span()
        if previous >= 0:
            new_starts.append(starts[previous])
            new_ends.append(ends[begin - 1])
        new_starts.extend(starts[begin:end])
        new_ends.extend(ends[begin:end])
        pieces.append(match.group())
        previous = end
    buffer.text = " ".join(pieces)
    buffer.starts, buffer.ends = new_starts, new_ends
