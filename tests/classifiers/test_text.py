"""Stories about undoing spammers' disguises before the model sees a comment."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from classifiers.text import link_host, normalise

PLAIN_AD = "slot gacor hari ini maxwin di pulauwin88"


@pytest.mark.parametrize(
    "disguised",
    [
        "SLOT GACOR hari ini MAXWIN di PULAUWIN88",
        "𝐒𝐋𝐎𝐓 𝐆𝐀𝐂𝐎𝐑 hari ini 𝗠𝗔𝗫𝗪𝗜𝗡 di ＰＵＬＡＵＷＩＮ８８",
        "S͟L͟O͟T͟ G͟A͟C͟O͟R͟ hari ini maxwin di P͟U͟L͟A͟U͟W͟I͟N͟88",
        "Ѕlоt gаcоr hаri ini mахwin di рulаuwin88",  # Cyrillic look-alikes
        "Σlot gacor hari ini maxwin di pulauwin88".replace("Σ", "Ѕ"),
        "sl\u200bot ga\u200dcor hari ini max\ufeffwin di pulau\u2060win88",
        "sl0t g4c0r hari ini m4xw1n di pulauw1n88",
        "s l o t  g a c o r hari ini maxwin di pulauwin88",
        "s.l.o.t g.a.c.o.r hari ini m-a-x-w-i-n di pulauwin88",
        "s🎰l🎰o🎰t g🔥a🔥c🔥o🔥r hari ini maxwin di pulauwin88",
        "slooot gacoooor hari ini maxwiiin di pulauwin88",
        "ⓢⓛⓞⓣ gacor hari ini maxwin di pulauwin88",
        "slot gacor hari ini maxwin di PULAUWIN-☯88☯",  # the brand cut by a hyphen and a symbol
        "slot gacor hari ini maxwin di pulauwin🔥-88",
        "slot gacor hari ini maxwin di PULAUWIN 🎀88🎀",  # its number wrapped in emoji
        "slo\U00010297 gacor hari ini mΛxwin di PULAUWIN❽❽",  # a Lycian T, a lambda, dingbats
        "slot gacor hari ini maxwin di 𝐏 𝐔𝐋𝐀𝐔𝐖𝐈𝐍𝟖𝟖",  # the brand's first letter spaced off
        "slot gacor hari ini maxwin di ᆢPᆢᆢUᆢᆢLᆢᆢAᆢᆢUᆢᆢWᆢᆢIᆢᆢNᆢᆢ8ᆢᆢ8ᆢ",  # Hangul dots between
        "slot gacor hari ini maxwin di " + "".join(  # styled letters cut to 16 bits
            chr(ord(char) - 0x10000) for char in "𝐏𝐔𝐋𝐀𝐔𝐖𝐈𝐍𝟖𝟖"),
    ],
)
def test_a_disguised_gambling_ad_normalises_like_the_plain_one(disguised: str) -> None:
    assert normalise(disguised).text == normalise(PLAIN_AD).text == PLAIN_AD


def test_a_korean_reader_s_hangul_is_korean_not_styled_letters_cut_short() -> None:
    """Software that cuts characters to 16 bits turns 𝐌𝐀𝐗 into 퐌퐀퐗, Hangul syllables from the
    top of their range. Korean uses the whole range, and a laugh stays a laugh."""
    for text in ["사랑해 oppa, 하하하 lucu banget", "하하하 lucu", "헐 해피 hari ini"]:
        normalised = normalise(text)
        assert unicodedata.normalize("NFC", normalised.text) == text.lower()  # jamo recomposed
        assert normalised.counts["disguised"] == 0
    assert normalise("lebih gac허r").text == "lebih gacor"  # 𝗈 cut short inside a word


def test_a_styled_sentence_keeps_its_single_letter_words_apart() -> None:
    """Only a name ending in digits takes the spaced-off letters before it as its own."""
    assert normalise("𝐈 𝐋𝐎𝐕𝐄 𝐘𝐎𝐔").text == "i love you"
    assert normalise("𝐀 𝐊𝐔 𝐃𝐀𝐍 𝐊𝐀𝐌𝐔 𝟐𝟎𝟐𝟒").text == "a ku dan kamu 2024"
    brand = normalise("Berkat 𝐃 𝐎𝐑𝐀𝟕𝟕🤙 saya berhasil")
    assert brand.text == "berkat dora77 saya berhasil"
    start = brand.text.index("dora77")
    span = brand.original_span(start, start + len("dora77"))
    assert brand.original[span[0]:span[1]] == "𝐃 𝐎𝐑𝐀𝟕𝟕"


def test_the_disguise_is_counted_but_a_plain_ad_has_none() -> None:
    assert normalise("𝐒𝐋𝐎𝐓 g4c0r").counts["disguised"] > 0
    assert normalise("slot gacor").counts["disguised"] == 0


def test_a_citizen_complaint_keeps_its_numbers_and_words() -> None:
    complaint = "Jalan di Desa Sukamaju rusak sejak 2019, sudah 3 kali lapor ke P3K dan RT 05."
    assert normalise(complaint).text == (
        "jalan di desa sukamaju rusak sejak 2019, sudah 3 kali lapor ke p3k dan rt 05."
    )


def test_a_lottery_brand_keeps_its_4d() -> None:
    assert (
        normalise("Togel online paushoki4d pasaran 3d").text == "togel online paushoki4d pasaran 3d"
    )


def test_a_brand_with_digits_stays_one_recognisable_word() -> None:
    assert "pulauwin88" in normalise("Daftar di PULAUWIN88 sekarang").text.split()
    assert "pulauwin88" in normalise("Daftar di pulauw1n88 sekarang").text.split()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kunjungi https://pulauwin88.com/daftar?ref=1", "kunjungi urltok pulauwin88 tld_com"),
        ("cek bit.ly/gacor88 ya", "cek domaintok bit tld_ly ya"),
        ("main di pulauwin88 .com bos", "main di domaintok pulauwin88 tld_com bos"),
        ("main di pulauwin88 (dot) xyz", "main di domaintok pulauwin88 tld_xyz"),
        ("main di pulauwin88[.]com", "main di domaintok pulauwin88 tld_com"),
        ("www.togelmaxwin.vip", "urltok togelmaxwin tld_vip"),
        ("daftar di s.id/promo", "daftar di domaintok s tld_id"),
        # A phishing page's words are its subdomain and its hyphens, not the free host.
        ("pip-kemdikbud-cek.blogspot.com", "domaintok pip kemdikbud cek blogspot tld_com"),
        ("https://slot88.gacor-maxwin.xyz/daftar", "urltok slot88 gacor maxwin tld_xyz"),
        ("info di sukamajukab.go.id", "info di domaintok sukamajukab tld_go_id"),
    ],
)
def test_links_and_domains_become_tokens_that_keep_the_name_and_tld(
    text: str, expected: str
) -> None:
    assert normalise(text).text == expected


@pytest.mark.parametrize(
    ("link", "host"),
    [
        ("https://www.pip-kemdikbud-cek.blogspot.com/daftar?x=1", "pip-kemdikbud-cek.blogspot.com"),
        ("pulauwin88 (dot) xyz", "pulauwin88.xyz"),
        ("ＰＵＬＡＵＷＩＮ88.com", "pulauwin88.com"),
        ("HTTP://Sukamajukab.GO.ID:8080/berita", "sukamajukab.go.id"),
    ],
)
def test_a_link_is_named_by_its_host_as_written(link: str, host: str) -> None:
    assert link_host(link) == host


@pytest.mark.parametrize(
    "number",
    ["0812-3456-7890", "+62 812 3456 7890", "6281234567890", "0812.3456.789", "08123456789"],
)
def test_a_whatsapp_number_in_any_format_becomes_a_phone_token(number: str) -> None:
    normalised = normalise(f"hub WA {number} sekarang")
    assert normalised.text == "hub wa phonetok sekarang"
    assert normalised.counts["phones"] == 1


@pytest.mark.parametrize("amount", ["Rp 500.000", "Rp500rb", "5jt", "100rb", "2 juta", "50k"])
def test_money_amounts_become_a_money_token(amount: str) -> None:
    normalised = normalise(f"modal {amount} saja")
    assert normalised.text == "modal moneytok saja"
    assert normalised.counts["money"] == 1


def test_an_email_address_becomes_an_email_token() -> None:
    normalised = normalise("kirim ke admin.promo@gmail.com")
    assert normalised.text == "kirim ke emailtok"
    assert normalised.counts["emails"] == 1


def test_an_ordinary_sentence_ending_with_info_is_not_a_domain() -> None:
    assert normalise("Rapat sudah selesai. Info lanjut besok").counts["domains"] == 0


def test_an_emoji_between_numbers_or_after_punctuation_still_breaks_words() -> None:
    # Only a word cut from its number is joined: a reader's "bab 5-😂-6" or "keren❤.tetap"
    # keeps its words apart.
    assert normalise("bab 5-😂-6 sudah").text == "bab 5- -6 sudah"
    assert normalise("kerren❤.tetap semangat").text == "kerren .tetap semangat"


def test_a_reader_s_number_between_emoji_stays_apart_from_the_word_before_it() -> None:
    # Only two to four digits wrapped in emoji right after a word are a brand's number.
    assert normalise("skor 😍2😍 kosong").text == "skor 2 kosong"
    assert normalise("mantap 👍 10 👍 jempol").text == "mantap 10 jempol"
    assert normalise("juara 🏆 2025 lagi").text == "juara 2025 lagi"


def test_an_emoji_where_a_disguised_brand_meets_a_plain_word_is_a_space() -> None:
    # The brand's font ends where the next word begins; "s🎰l🎰o🎰t" stays one word.
    assert normalise("mampir ke ⭐𝐌𝐀𝐍𝐆𝐆𝐀𝟐𝟏𝟐⭐sekarang").text == "mampir ke mangga212 sekarang"
    assert normalise("gas🔥K̲E̲D̲A̲I̲8̲8̲ malam ini").text == "gas kedai88 malam ini"
    assert normalise("s🎰l🎰o🎰𝐭 gacor").text == "slot gacor"


def test_counts_describe_the_comment() -> None:
    counts = normalise("SLOT GACOR 🎰🎰 hub 0812-3456-7890!!").counts
    assert counts["capitals"] == 9
    assert counts["emoji"] == 2
    assert counts["phones"] == 1
    assert counts["exclamations"] == 2
    assert counts["chars"] == len("SLOT GACOR 🎰🎰 hub 0812-3456-7890!!")


def test_the_offset_map_points_back_at_the_disguised_word() -> None:
    original = "Slot 𝐆𝐀𝐂𝐎𝐑 hari ini"
    normalised = normalise(original)
    start = normalised.text.index("gacor")
    begin, end = normalised.original_span(start, start + len("gacor"))
    assert original[begin:end] == "𝐆𝐀𝐂𝐎𝐑"


def test_the_offset_map_covers_a_spaced_word_and_a_phone_number() -> None:
    original = "Main s l o t di sini, WA 0812-3456-7890"
    normalised = normalise(original)
    start = normalised.text.index("slot")
    assert original[slice(*normalised.original_span(start, start + 4))] == "s l o t"
    start = normalised.text.index("phonetok")
    assert original[slice(*normalised.original_span(start, start + 8))] == "0812-3456-7890"


def test_offsets_can_be_skipped_for_training_speed() -> None:
    fast = normalise("𝐒𝐋𝐎𝐓 g4c0r", track_offsets=False)
    assert fast.text == normalise("𝐒𝐋𝐎𝐓 g4c0r").text
    with pytest.raises(ValueError, match="offsets"):
        fast.original_span(0, 1)


# -- property: any mix of disguises normalises like the plain text ---------------------------

WORDS = [
    "slot", "gacor", "maxwin", "togel", "pinjaman", "dana", "cepat", "cair", "hari", "ini",
    "bonus", "daftar", "sekarang", "jalan", "rusak", "desa", "warga", "bupati", "terima",
    "kasih", "bantuan", "hadiah", "pemenang", "obat", "herbal", "kerja", "gaji", "modal",
    "receh", "jackpot", "menang", "pola", "scatter", "deposit", "investasi", "profit",
]  # fmt: skip

BOLD = {c: chr(0x1D41A + ord(c) - ord("a")) for c in "abcdefghijklmnopqrstuvwxyz"}
FULLWIDTH = {c: chr(0xFF41 + ord(c) - ord("a")) for c in "abcdefghijklmnopqrstuvwxyz"}
CYRILLIC = {"a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і"}
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"}
EMOJI = ["🎰", "🔥", "💰", "✅", "👉"]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]


def _letters(word: str, draw: st.DrawFn) -> str:
    """Per-letter disguises that keep the word one word."""
    out = []
    for index, char in enumerate(word):
        kind = draw(
            st.sampled_from(["plain", "upper", "bold", "wide", "cyrillic", "leet", "underline"])
        )
        interior = 0 < index < len(word) - 1
        if kind == "upper":
            char = char.upper()
        elif kind == "bold":
            char = BOLD[char]
        elif kind == "wide":
            char = FULLWIDTH[char]
        elif kind == "cyrillic" and char in CYRILLIC:
            char = CYRILLIC[char]
        elif kind == "leet" and interior and char in LEET:
            char = LEET[char]
        elif kind == "underline":
            char = char + "\u035f"
        out.append(char)
    return "".join(out)


@st.composite
def disguised_texts(draw: st.DrawFn) -> tuple[str, str]:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
    pieces = []
    for word in words:
        styled = _letters(word, draw)
        joiner = draw(st.sampled_from(["", "", "spaced", "dotted", "dashed", "emoji", "invisible"]))
        letters = list(_split_letters(styled))
        if joiner == "spaced":
            styled = " ".join(letters)
        elif joiner == "dotted":
            styled = ".".join(letters)
        elif joiner == "dashed":
            styled = "-".join(letters)
        elif joiner == "emoji":
            styled = draw(st.sampled_from(EMOJI)).join(letters)
        elif joiner == "invisible":
            styled = draw(st.sampled_from(INVISIBLE)).join(letters)
        if draw(st.booleans()):
            # Stretch one letter that is not already doubled in the plain word.
            position = draw(st.integers(0, len(word) - 1))
            if (position == 0 or word[position - 1] != word[position]) and (
                position == len(word) - 1 or word[position + 1] != word[position]
            ):
                letters = list(_split_letters(styled))
                if joiner == "" and len(letters) == len(word):
                    letters[position] = letters[position] * draw(st.integers(3, 5))
                    styled = "".join(letters)
        pieces.append(styled)
    # Two spaces between words: a space-separated word must not run into its neighbour.
    return " ".join(words), "  ".join(pieces)


def _split_letters(styled: str) -> list[str]:
    """Letters of a styled word, each with its combining marks."""
    letters: list[str] = []
    for char in styled:
        if char == "\u035f" and letters:
            letters[-1] += char
        else:
            letters.append(char)
    return letters


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(disguised_texts())
def test_any_mix_of_disguises_normalises_like_the_plain_text(pair: tuple[str, str]) -> None:
    plain, disguised = pair
    assert normalise(disguised).text == normalise(plain).text == plain


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_whatsoever_gets_a_consistent_offset_map(text: str) -> None:
    normalised = normalise(text)
    assert len(normalised.starts) == len(normalised.ends) == len(normalised.text)
    assert all(
        0 <= s < e <= len(text) for s, e in zip(normalised.starts, normalised.ends, strict=True)
    )
    assert normalise(text, track_offsets=False).text == normalised.text
    assert list(normalised.starts) == sorted(normalised.starts)
    assert list(normalised.ends) == sorted(normalised.ends)
