"""Fingerprints for finding near duplicates: a re-disguised copy shares band keys with the
original, a different comment shares none, short common phrases get none, brands are marks,
and every process on every machine computes the same keys."""

from __future__ import annotations

import subprocess
import sys

from classifiers.fingerprints import (
    BANDS,
    MIN_SHINGLES,
    Fingerprint,
    Marks,
    fingerprint,
    fingerprints,
    mark_key,
)
from classifiers.text import normalise

ADVERT = ("Gabung sekarang di ⭐𝐉𝐀𝐖𝐀𝐏𝐎𝐊𝐄𝐑𝟴𝟴⭐ dijamin maxwin tiap hari, depo 10rb langsung "
          "gacor parah bosku!")
COPIES = [
    "gabung sekarang di J A W A P O K E R 8 8 dijamin maxwin tiap hari, depo 25rb langsung "
    "gacor parah bosku!!",
    "Gabung sekarang di JAWAP0KER88 🎰 dijamin maxwin tiap hari, depo 50rb langsung g4c0r "
    "parah bosku",
    "Gabung sekarang di ＪＡＷＡＰＯＫＥＲ８８ dijamin maxwin tiap hari, depo 10rb langsung "
    "gacor parah bosku!",
]
OTHERS = [
    "Jalan di desa kami rusak parah sejak banjir bulan lalu, mohon pak bupati segera "
    "diperbaiki.",
    "Gabung sekarang ke karang taruna desa, kegiatan kerja bakti tiap hari Minggu pagi.",
    "Terima kasih infonya pak, semoga kabupaten kita makin maju dan sejahtera",
]


def _of(text: str) -> Fingerprint:
    return fingerprint(normalise(text))


def _shared(a: Fingerprint, b: Fingerprint) -> int:
    return sum(x == y for x, y in zip(a.bands, b.bands, strict=True))


def test_a_re_disguised_copy_shares_at_least_two_bands_with_the_original() -> None:
    original = _of(ADVERT)

    assert len(original.bands) == BANDS
    assert all(_shared(original, _of(copy)) >= 2 for copy in COPIES)


def test_different_comments_share_fewer_than_two_bands() -> None:
    texts = [ADVERT, *OTHERS]
    prints = [_of(text) for text in texts]

    for i, first in enumerate(prints):
        for second in prints[i + 1:]:
            assert _shared(first, second) < 2


def test_what_everybody_writes_is_too_short_to_compare() -> None:
    for phrase in ("Aamiin", "aamiin ya allah", "Mantap pak bupati", "wkwkwkwkwkwkwkwkwkwkwk",
                   "hahahahahahahahahahahahahahahaha"):
        found = _of(phrase)
        assert found.bands == (), phrase
        assert found.shingles < MIN_SHINGLES


def test_brands_are_marks_and_the_vocabulary_of_gambling_is_not() -> None:
    plain_brand = _of("main di sgi88 pasti jp, daftar sekarang")
    disguised_brand = _of("Sini gess masih fresh kali nih ⭐K̲U̲S̲U̲M̲A̲T̲0̲T̲0̲⭐ asek g4c0r terus")
    citizen = _of("Jadwal vaksin covid di puskesmas jam 9 pagi, bawa KTP ya")
    repeated_words = _of("Hati2 di jalan ya, semoga sehat2 selalu warga semua")

    assert plain_brand.marks == ("sgi88",)
    assert repeated_words.marks == (), "a 2 repeats the word: hati-hati, sehat-sehat"
    assert [mark for mark in disguised_brand.marks if mark.startswith("kusumatot")]
    assert "gacor" not in disguised_brand.marks
    assert citizen.marks == ()


def test_a_repeated_word_with_a_small_two_inside_is_no_brand() -> None:
    # "mudah²an" (mudah-mudahan), "konten2nya": the 2 repeats the word, wherever it sits.
    assert _of("Mudah²an cepat selesai, konten2nya juga makin bagus pak").marks == ()


def test_only_brands_in_disguise_count_where_plain_ones_must_not() -> None:
    """Below the model's approve threshold a campaign links comments only by a brand written in
    disguise: an advert's chatter may fool the model, its styled brand does not, and a reader
    names a site plainly."""
    chatty_advert = normalise("Habis gajian mampir dulu ke 𝗠𝗔𝗡𝗚𝗚𝗔𝟮𝟭𝟮, sore-sore dompet tebal")
    reader = normalise("Admin tolong hapus komen promosi MANGGA212 itu, judi semua")

    assert fingerprint(chatty_advert, marks="disguised_brands").marks == ("mangga212",)
    assert fingerprint(reader, marks="disguised_brands").marks == ()
    assert fingerprint(reader).marks == ("mangga212",)
    assert fingerprint(reader, marks="none").marks == ()


def test_another_script_typed_in_its_compatibility_forms_is_no_brand() -> None:
    """A disguise dresses up Latin letters; the blessing "ﷺ" (which unfolds into four Arabic
    words) or a Korean laugh typed in jamo is how readers write, and must not tie their comments
    together as if they named one brand."""
    blessing = _of("Sholawat untuk Nabi Muhammad ﷺ semoga berkah untuk kita semua")
    laugh = _of("ㅋㅋㅋㅋ lucu banget videonya")
    styled_brand = _of("main di 𝘽𝙀𝙍𝙇𝙄𝘼𝙉𝟴𝟴 sekarang juga")

    assert blessing.marks == ()
    assert laugh.marks == ()
    assert styled_brand.marks == ("berlian88",)


def test_a_plain_name_set_in_bold_by_markup_is_a_mark_like_a_styled_one() -> None:
    """``*GUNUNGWIN*`` is how YouTube and WhatsApp show bold: the ASCII way to style a brand.
    It is a mark where plain brands are (the model's doubt); with digits, or named as sites
    name themselves (…win, …toto, …slot), at any score. A reader's own bold word is none."""
    advert = normalise("Berkat *GUNUNGWIN* saya berubah, dari tukang kayu jadi pemilik toko")
    glued = normalise("Baru bergabung dengan *GUNUNGWIN*sebulan, udah bisa beli tanah!")
    lottery = normalise("🍭 *KYT4D* 🍭 mengingatkanku untuk selalu bersyukur")
    sums = normalise("hasilnya 2*3*4 = 24, bukan 2*12")
    notice = normalise("*PENGUMUMAN* *PENTING* pemadaman listrik hari Sabtu, info PLN 123")

    # A site's name also gives its key, the end of it every dress spells (see the cut names).
    assert fingerprint(advert).marks == ("gunungwin", "nungwin")
    assert fingerprint(glued).marks == ("gunungwin", "nungwin")
    assert fingerprint(advert, marks="disguised_brands").marks == ("gunungwin", "nungwin")
    assert fingerprint(normalise("Ini *PEMBIARAN* namanya, jalan rusak 3 tahun"),
                       marks="disguised_brands").marks == ()
    assert fingerprint(lottery, marks="disguised_brands").marks == ("kyt4d",)
    assert fingerprint(sums).marks == ()
    assert fingerprint(notice).marks == (), "notices and the scams imitating them share no mark"


def test_a_styled_name_and_the_number_after_it_are_one_brand() -> None:
    """"⚡ 𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33 ⚡" spells the brand berlian33 apart; a styled word before a year or a
    decimal is no brand."""
    advert = normalise("Gak perlu takut ditipu kalo main di 💃 ⚡ 𝘽𝙀𝙍𝙇𝙄𝘼𝙉 33 ⚡")
    year = normalise("Selamat 𝐓𝐚𝐡𝐮𝐧 2025 buat warga semua")
    decimal = normalise("Inflasi 𝐍𝐚𝐢𝐤 33,5 persen katanya")

    assert fingerprint(advert, marks="disguised_brands").marks == ("berlian33",)
    assert fingerprint(year, marks="disguised_brands").marks == ()
    assert fingerprint(decimal, marks="disguised_brands").marks == ()


def test_a_name_with_its_number_cut_by_slashes_is_the_brand_it_spells() -> None:
    """"Bukit 8/8/8" and "Bukit 8.8/8" are the brand the same writers give joined as
    "Bukit8/8/8"; numbers that genuine comments cut alike are not brands."""
    rotated = ["Ayo ke Bukit 8/8/8, dompet tebal tiap malam!", "Santai aja, main di Bukit 8.8/8",
               "Gak perlu pusing, Bukit8/8/8 jawabannya"]
    genuine = ["Formasi 4-3-3 pelatih baru lebih enak ditonton", "Dijual sofa 3-2-1 masih bagus",
               "HP android 4.4.2 sudah tidak bisa update", "Rapat RT tanggal 7/7/2025 di balai",
               "Nomor antrean saya 1/2/3/4/5/6 katanya"]

    assert {_of(text).marks for text in rotated} == {("bukit888",)}
    assert [_of(text).marks for text in genuine] == [()] * len(genuine)


def test_a_plain_name_and_its_number_wrapped_in_emoji_are_a_brand_in_disguise() -> None:
    """"ALEXIS 🎀17🎀" is the brand "ALEXIS17" cut apart by emoji: a mark below the approve
    threshold too, where a plain "ALEXIS17" is not one."""
    rotated = ["Lagu ini enak bgt 🥰 btw ALEXIS 🎀17🎀 lagi gacor",
               "Malam minggu gas ke Alexis 🔥17🔥 aja", "ALEXIS-☯17☯ juara"]

    assert {fingerprint(normalise(text), marks="disguised_brands").marks
            for text in rotated} == {("alexis17",)}
    assert fingerprint(normalise("Admin hapus komen ALEXIS17 itu"),
                       marks="disguised_brands").marks == ()


def test_a_brand_re_dressed_in_rarer_look_alikes_is_the_same_mark() -> None:
    """Adverts of one site rotate their dress: a Lycian T, digits in circles, the first letter
    spaced off, styled letters cut to 16 bits by the software that posted them."""
    rotated = ["Mantap suhu di 𝗣𝗥𝗢𝗕𝗘𝗧𝟴𝟱𝟱 🥳", "kok bsa gtu . 𝐏𝐑0𝐁𝐄\U00010297𝟖𝟓𝟓.",
               "Berkat 𝐏 𝐑𝐎𝐁𝐄𝐓𝟖𝟓𝟓 saya berubah", "main di 𝐏𝐑𝐎𝐁𝐄𝐓❽❺❺ gacor",
               "Gacor di " + "".join(chr(ord(char) - 0x10000) for char in "𝐏𝐑𝐎𝐁𝐄𝐓𝟖𝟓𝟓") + "!"]

    assert {fingerprint(normalise(text), marks="disguised_brands").marks
            for text in rotated} == {("probet855",)}


def test_a_site_named_in_letters_alone_is_a_brand_when_disguised() -> None:
    """Gambling sites name themselves with a name and win, toto, slot, bet, togel, poker,
    gaming, hoki, jp or qq; written in disguise such a word marks an advert at any score. The
    trade's own words, a reader's styled words and a name like "Erwin" are no such mark."""
    rotated = ["Gabut sore langsung ilang gara-gara buka P̶U̶L̶A̶U̶W̶I̶N̶.",
               "06:21  P U L A U W I N  kadang lebih nyambung dari circle",
               "Sticker di laptop mahasiswa zaman now pasti ada 𝐏𝐔𝐋𝐀𝐔𝐖𝐈𝐍"]
    assert {fingerprint(normalise(text), marks="disguised_brands").marks
            for text in rotated} == {("pulauwin", "ulauwin")}
    for text in ["Ada yg komen 𝕄𝔸𝕏𝕎𝕀ℕ pake huruf aneh", "𝐇𝐀𝐓𝐈-𝐇𝐀𝐓𝐈 jalan licin pagi ini",
                 "Terima kasih 𝐏𝐚𝐤 𝐄𝐫𝐰𝐢𝐧 sudah datang", "Pak Agustoto datang ke desa kami"]:
        assert fingerprint(normalise(text), marks="disguised_brands").marks == (), text


def test_a_styled_brand_glued_to_the_next_word_or_spread_apart_is_still_the_brand() -> None:
    """"𝐀𝐆𝐔𝐒𝐓𝐎𝐓𝐎bikin" glues the brand to the reader's word; "𝐁𝐔𝐊𝐈𝐓𝟖 𝟖 𝟖" and "𝐌𝐎𝐍𝐀 𝟒𝐃"
    spread its number apart. A letter in disguise inside a word is no brand of its own."""
    marks = {text: fingerprint(normalise(text), marks="disguised_brands").marks for text in [
        "𝐴𝐆UST𝑂𝐓𝙊bikin hari-hari makin berwarna", "sukses dari 𝐁𝐔𝐊𝐈𝐓𝟖 𝟖 𝟖, gue salah satunya",
        "Keren abis ❤𝐌𝐎𝐍𝐀 𝟒𝐃🔴! Gameplay-nya super smooth", "sekali main l퐚ngsung menang"]}
    assert list(marks.values()) == [("agustoto",), ("bukit888",), ("mona4d",), ()]


def test_a_brand_run_into_the_next_word_by_a_comma_or_hyphen_is_still_the_brand() -> None:
    """Adverts leave out the space after a disguised brand's comma ("𝐃 𝘖 𝑅 A 𝟩 𝟩,bener-bener");
    a brand cut by punctuation ("p/ulau77-7") still reads whole, and its fragments are no
    marks."""
    assert "dora77" in fingerprint(normalise("Untung di 𝐃 𝘖 𝑅 A 𝟩 𝟩,bener-bener puas")).marks
    assert "aero88" in fingerprint(normalise("main di A Е 𝘙 О 𝟪 𝟪-dan buktikan"),
                                   marks="disguised_brands").marks
    # Plain, the brands a reader lists to condemn them stay one word, as they always were.
    assert fingerprint(normalise("PROBET855/PULAUWIN/DORA77 cuma tipu-tipu!")).marks == (
        "probet855pulauwindora77",)
    assert fingerprint(normalise("senyum terus di p/ulau77-7, soalnya")).marks == ("pulau777",)


def test_a_site_s_name_cut_into_syllables_is_the_site_in_every_dress() -> None:
    """One campaign writes its site "GA RU DA HO KI", "Ga ruda-Ho ki", "diGa rudaho-ki",
    "Garuda Ho ki" and "𝐆𝐀𝐑𝐔𝐃𝐀𝐇𝐎𝐊𝐈": all share the key of the site's name, its last four
    letters and the site word, at any score. Readers do not cut "hoki" or "toto" in two; a name
    and a whole site word apart, English's "show in" and "takes lot", and a styled 3-letter
    word before a number are no such mark."""
    dresses = ["GA RU DA HO KI menang lebih mudah", "Sehari gua bisa jepe di Ga ruda-Ho ki-Gila",
               "Gua nyoba maen diGa rudaho-ki gajian gua nambah",
               "Sumpah.Garuda Ho ki-gampang jepe",
               "ＧＡ Ｒ Ｕ ＤＡ ＨＯ ＫＩ_Pasti Jepe", "Mantap di 𝐆𝐀𝐑𝐔𝐃𝐀𝐇𝐎𝐊𝐈 bosku"]
    assert all("rudahoki" in fingerprint(normalise(text), marks="disguised_brands").marks
               for text in dresses)
    for text in ["Gua biasa maen di Garuda Hoki", "Ini bukan slot, ini kerja keras",
                 "My sis is catching e show in e afternoon", "Life takes lot of turns",
                 "Tim kami ga hoki hari ini", "Juara 𝐓𝐎𝐏 10 se-kabupaten"]:
        assert fingerprint(normalise(text), marks="disguised_brands").marks == (), text


def test_a_three_letter_styled_name_before_a_spaced_4d_is_the_lottery_brand() -> None:
    """"💫𝑲𝒀𝑻 4️⃣𝑫 💫" is the brand "𝑲𝒀𝑻4𝑫" with its 4D apart (a keycap four): one mark."""
    assert {fingerprint(normalise(text), marks="disguised_brands").marks for text in [
        "💫𝑲𝒀𝑻 4️⃣𝑫 💫 juara banget", "Keren parah 𝑲𝒀𝑻4𝑫! Pengen main terus."]} == {("kyt4d",)}


def test_a_brand_wrapped_in_emoji_is_set_apart_as_bold_sets_it() -> None:
    """"❤TON4D❤" is how adverts set a brand apart with emoji, as "*TON4D*" with asterisks: a
    mark at any score. A reader's year between emoji, or a brand named plainly, is not one."""
    rotated = ["Wah gila sih, ❤TON4D❤! Menang dadakan", "Beneran nagih, ❤️TON4D❤️! Coba yuk"]
    assert {fingerprint(normalise(text), marks="disguised_brands").marks
            for text in rotated} == {("ton4d",)}
    for text in ["🎉HUT2025🎉 desa kami meriah", "Awas TON4D itu judi, jangan ikut"]:
        assert fingerprint(normalise(text), marks="disguised_brands").marks == (), text


def test_every_process_computes_the_same_keys() -> None:
    code = ("from classifiers.fingerprints import fingerprint, mark_key\n"
            "from classifiers.text import normalise\n"
            f"f = fingerprint(normalise({ADVERT!r}))\n"
            "print(list(f.bands), mark_key('jawapoker88'))\n")
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout
        for seed in ("1", "2")
    }
    here = f"{list(_of(ADVERT).bands)} {mark_key('jawapoker88')}\n"

    assert outputs == {here}


def test_a_worker_s_part_fingerprinted_at_once_gives_each_comment_what_it_gets_alone() -> None:
    """A worker fingerprints a part of its batch in one go: no shingle may straddle two
    comments, and short, repetitive and long comments keep their own keys and counts."""
    texts = [ADVERT, "aamiin", *COPIES, "", "wkwk" * 40, OTHERS[0] * 20, "Halo", *OTHERS,
             "mantap pak bupati"]
    modes: list[Marks] = ["all", "disguised_brands", "none"]
    comments = [(normalise(text), modes[n % 3]) for n, text in enumerate(texts)]

    together = fingerprints(comments)

    assert together == [fingerprint(text, marks=marks) for text, marks in comments]
    assert [bool(one.bands) for one in together] == [
        True, False, True, True, True, False, False, True, False, True, True, True, False]
    assert fingerprints([]) == []
