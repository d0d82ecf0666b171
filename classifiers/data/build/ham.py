#!/usr/bin/env python3
"""Generate the GENUINE (ham) part of the modsvc seed corpus.

All text below was written by hand for this project (no dataset, no scraping).
Places, people, phone numbers, e-mail addresses and most URLs are invented
(fictional "Kabupaten Sukamaju" and neighbours). A few real, official public
service domains (.go.id) appear only where a citizen would naturally cite them.

Output: ../seed/ham.csv  (header: text,label,family,lang)
Run:    python3 ham.py            (writes the CSV, prints counts)
        python3 ham.py --md       (also prints the counts as a markdown table)

Deterministic: a single random.Random(20261127) drives every choice.

How it works
  * add(family, lang, block)   -> hand-written complete comments (one per line),
                                  may contain {placeholders}; each used once.
  * parts(family, lang, kind, block) -> fragments (open / core / detail / close)
                                  that are composed into more comments; each
                                  core is used a limited number of times.
  * a light "noise" pass (abbreviations yg/dgn/gak, lowercase, dropped
    punctuation, small typos, emoji, caps for angry comments) makes the text look
    like real portal comments.
  * duplicates are removed on a normalised key (lowercase, punctuation and
    emoji stripped, whitespace collapsed).
"""
import csv
import os
import re
import sys
import random
from collections import Counter, defaultdict

SEED = 20261127
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', 'seed', 'ham.csv'))

LANGS = ('id', 'jv', 'id-en', 'en')
FAMILY_TARGET = {
    'public_services': 250,
    'roads_infrastructure': 250,
    'health': 220,
    'education': 220,
    'social_aid': 200,
    'farming_dairy': 220,
    'events_culture': 200,
    'religion': 150,
    'complaints': 250,
    'thanks_praise': 200,
    'questions': 250,
    'angry_genuine': 200,
    'hard_ham': 720,
}
# share of English wanted per family when composing (hand-written rows are
# always all used); keeps English well under 25 % overall.
EN_SHARE = 0.17

HAND = defaultdict(list)                                  # fam -> [(text, lang)]
PARTS = defaultdict(lambda: defaultdict(list))            # (fam, lang) -> kind -> [str]


_TAG = re.compile(r'^\[([a-z,]+)\]\s*')


def _lines(block):
    """one item per non-empty line; optional leading tags like "[neg]" or
    "[pos,q]" (sentiment: pos / neg / q = question)."""
    out = []
    for line in block.split('\n'):
        line = line.strip()
        if not line:
            continue
        tags = frozenset()
        m = _TAG.match(line)
        if m:
            tags = frozenset(m.group(1).split(','))
            line = line[m.end():]
        out.append((line, tags))
    return out


def add(fam, lang, block):
    assert lang in LANGS, lang
    for line, tags in _lines(block):
        HAND[fam].append((line, lang, tags))


HAND2 = []                                                # [(fam, text, lang, tags)]


def add_r2(fam, lang, block):
    """round 2: complete comments pushed after every other row (see build())."""
    assert lang in LANGS, lang
    for line, tags in _lines(block):
        HAND2.append((fam, line, lang, tags))


def parts(fam, lang, kind, block):
    assert kind in ('open', 'core', 'detail', 'close'), kind
    PARTS[(fam, lang)][kind].extend(_lines(block))


# ---------------------------------------------------------------------------
# placeholder vocabulary (all invented)
# ---------------------------------------------------------------------------
_DP = ['Karang', 'Sido', 'Wono', 'Sumber', 'Tegal', 'Banyu', 'Kali', 'Ngadi',
       'Mekar', 'Tirto', 'Jati', 'Rejo', 'Pucang', 'Kedung', 'Gondang', 'Watu',
       'Sela', 'Bulu', 'Kemiri', 'Tanjung', 'Cangkring', 'Ngemplak', 'Balong',
       'Doro', 'Lemah']
_DS = ['asri', 'mukti', 'kerto', 'jati', 'sari', 'urip', 'rejo', 'wangi',
       'mulyo', 'agung', 'luhur', 'makmur', 'anom', 'sobo', 'gede', 'kencono',
       'tengah', 'ombo', 'pring', 'klampok']
_DESA = sorted({p + s for p in _DP for s in _DS if p.lower()[-3:] != s[:3]})
R.shuffle(_DESA)
DESA = _DESA[:140] + ['Krajan', 'Sukamaju Lor', 'Sukamaju Kidul', 'Cibeunying Girang',
                      'Pasirhalang', 'Lebaksiuh', 'Mekarwangi', 'Ngasem Kulon']
KEC = ['Gunungsari', 'Ngawen Wetan', 'Kedungprahu', 'Pringgondani', 'Tanjungrejo',
       'Watulawang', 'Sukamaju Kota', 'Gondangmanis', 'Selorejo', 'Bulukerto',
       'Pagutan', 'Kemirisewu', 'Tegalombo', 'Banyuwangun', 'Sidoharjo Kidul',
       'Cangkringan Lor', 'Jatiluhur', 'Ngadiwono']
DUSUN = ['Krajan', 'Ngasem', 'Gempol', 'Bendo', 'Tlogo', 'Sumberan', 'Pucung',
         'Jetis', 'Karangtengah', 'Dukuh', 'Kebonagung', 'Sawahan', 'Kedunglo',
         'Ngampel', 'Bulak', 'Gunungan', 'Tegalrejo', 'Kauman', 'Nglames']
NAMA = ['Pak Darto', 'Bu Sumiati', 'Mas Agus', 'Mbak Rina', 'Kang Udin',
        'Pak Slamet', 'Bu Endang', 'Mas Bayu', 'Mbak Fitri', 'Pak Haji Mansur',
        'Bu Yuni', 'Pak Harno', 'Mbah Karto', 'Lek Parno', 'Pakde Wito',
        'Bu Ratna', 'Pak Joko', 'Mbak Dewi', 'Mas Rizky', 'Bu Tutik', 'Pak Sugeng',
        'Bu Nining', 'Pak Marno', 'Kang Asep', 'Bu Warsini', 'Pak Tarno',
        'Mas Fajar', 'Mbak Ayu', 'Bu Lastri', 'Pak Kusnadi']
KABX = ['Kabupaten Wanasari', 'Kab. Tirtomulyo', 'Kabupaten Ngarangan',
        'Kab. Sekarjati', 'kabupaten sebelah (Wanasari)', 'Kota Sukamaju',
        'Kab. Gunungjati Lor']
PASAR = ['Pasar Legi', 'Pasar Pon', 'Pasar Wage', 'Pasar Kliwon', 'Pasar Induk',
         'Pasar Hewan', 'Pasar Baru', 'Pasar Sore']
HARI = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'kemarin',
        'minggu lalu', 'tadi pagi', 'kemarin sore', 'hari raya kemarin']
HARI_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday',
           'Sunday', 'yesterday', 'last week', 'this morning']
BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli',
         'Agustus', 'September', 'Oktober', 'November', 'Desember']
DOK = ['KTP', 'KK', 'akta kelahiran', 'surat pindah', 'KIA anak', 'akta kematian',
       'KTP anak saya', 'KK baru', 'e-KTP', 'akta cerai', 'surat domisili',
       'SKCK', 'surat keterangan usaha']
KANTOR = ['Disdukcapil', 'MPP', 'kantor kecamatan', 'kantor desa', 'Samsat',
          'Dinas Sosial', 'kantor BPJS', 'Puskesmas', 'DPMPTSP', 'Dinas PU',
          'Dinas Pertanian', 'Disnaker', 'BPBD', 'Dinas Pendidikan']
SD = ['SDN 1', 'SDN 2', 'SDN 3', 'SD Negeri 4', 'SMPN 1', 'SMPN 2', 'SMP Negeri 3',
      'SMAN 1', 'SMKN 1', 'MI Miftahul Huda', 'MTs Al Hidayah', 'SD Muhammadiyah',
      'TK Pertiwi', 'PAUD Melati', 'SMK Bina Karya', 'MA Darul Ulum']
WARNA = ['merah', 'biru', 'putih', 'hijau', 'kuning']


def _phone():
    pre = R.choice(['0812', '0813', '0821', '0852', '0853', '0857', '0856',
                    '0878', '0877', '0819', '0838', '0895', '0822', '0811'])
    a = '%04d' % R.randint(0, 9999)
    b = '%04d' % R.randint(0, 9999)
    if R.random() < 0.25:
        b = b[:3]
    style = R.random()
    if style < 0.4:
        return '%s-%s-%s' % (pre, a, b)
    if style < 0.7:
        return pre + a + b
    if style < 0.85:
        return '%s %s %s' % (pre, a, b)
    return '+62 %s-%s-%s' % (pre[1:], a, b)


def _landline():
    return '(0%d) %d%05d' % (R.choice([271, 272, 273, 274, 275, 276, 281, 282, 285, 287, 291, 293]),
                             R.randint(5, 8), R.randint(0, 99999))


GEN = {
    'desa': lambda: R.choice(DESA),
    'desa2': lambda: R.choice(DESA),
    'kec': lambda: R.choice(KEC),
    'dusun': lambda: 'Dusun ' + R.choice(DUSUN),
    'dsn': lambda: R.choice(DUSUN),
    'rt': lambda: 'RT %02d' % R.randint(1, 14),
    'rtrw': lambda: R.choice(['RT %02d/RW %02d', 'rt %d rw %d', 'RT%d/RW%d', 'RT %d RW %d']) % (R.randint(1, 12), R.randint(1, 8)),
    'nama': lambda: R.choice(NAMA),
    'hp': _phone,
    'telp': _landline,
    'n': lambda: str(R.randint(2, 9)),
    'nn': lambda: str(R.randint(10, 60)),
    'nnn': lambda: str(R.randint(100, 900)),
    'km': lambda: R.choice(['1', '2', '3', '5', '7', '1,5', '2,5', '8', '10', '12']),
    'ribu': lambda: str(R.choice([5, 7, 8, 10, 12, 15, 18, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 90, 100, 120])),
    'juta': lambda: str(R.choice([1, 2, 3, 5, 10, 15, 25, 50, 75, 100])),
    'jam': lambda: R.choice(['07.00', '07.30', '08.00', '08.30', '09.00', '13.00', '14.00', '15.30', '19.00', '19.30', '20.00']),
    'hari': lambda: R.choice(HARI),
    'hari_en': lambda: R.choice(HARI_EN),
    'bulan': lambda: R.choice(BULAN),
    'tgl': lambda: str(R.randint(1, 28)),
    'tahun': lambda: R.choice(['2019', '2020', '2021', '2022', '2023', '2024']),
    'kabx': lambda: R.choice(KABX),
    'pasar': lambda: R.choice(PASAR),
    'dok': lambda: R.choice(DOK),
    'kantor': lambda: R.choice(KANTOR),
    'sekolah': lambda: R.choice(SD) + ' ' + R.choice(DESA),
    'warna': lambda: R.choice(WARNA),
    'pkm_': lambda: 'Puskesmas ' + R.choice(KEC),
    'usaha': lambda: R.choice(['warung kelontong', 'ternak kambing', 'bengkel motor', 'jualan bakso', 'jahit', 'kios pulsa', 'toko pertanian', 'ternak ayam petelur', 'laundry', 'angkringan']),
    'produk': lambda: R.choice(['keripik tempe', 'keripik singkong', 'rengginang', 'gula aren', 'kopi robusta', 'madu klanceng', 'emping melinjo', 'batik tulis', 'abon lele', 'sambal pecel', 'tape ketan', 'gethuk', 'wingko', 'kerupuk rambak', 'jahe merah instan', 'dodol salak']),
    'desa_low': lambda: R.choice(DESA).lower().replace(' ', ''),
    'hal': lambda: R.choice(['PPDB', 'beasiswa', 'pelatihan kerja', 'lomba', 'vaksin anak', 'pasar murah', 'antrian RSUD', 'seleksi perangkat desa']),
    'produk_en': lambda: R.choice(['palm sugar', 'coffee beans', 'tempeh chips', 'honey', 'batik cloth', 'snake fruit dodol', 'ginger drink']),
    'lomba': lambda: R.choice(['pidato', 'matematika', 'pencak silat', 'tilawah', 'cerdas cermat', 'robotik', 'menyanyi', 'paskibra', 'karya ilmiah', 'futsal']),
    'dinas_': lambda: R.choice(['disdukcapil', 'dinsos', 'disdik', 'dinkes', 'bkpsdm', 'diskominfo', 'dpupr', 'dispertan', 'disnaker', 'pengaduan', 'humas']),
}
_PH = re.compile(r'\{([a-z_0-9]+)\}')


_ALT = re.compile(r'\[\[([^\[\]]*)\]\]')


def fill(t):
    """[[a|b|]] picks one alternative (may be empty); {x} fills a placeholder."""
    t = _ALT.sub(lambda m: R.choice(m.group(1).split('|')), t)
    t = _PH.sub(lambda m: GEN[m.group(1)](), t)
    t = ' '.join(t.split())
    return re.sub(r' ([,.])(?=\s|$)', r'\1', t)


# ---------------------------------------------------------------------------
# noise
# ---------------------------------------------------------------------------
SUBS = [
    (r'\byang\b', ['yg', 'yg', 'yang']),
    (r'\bdengan\b', ['dgn', 'dg', 'dengan']),
    (r'\bkarena\b', ['krn', 'karna', 'soalnya']),
    (r'\btidak\b', ['tdk', 'gak', 'ga', 'nggak', 'enggak']),
    (r'\bsudah\b', ['sdh', 'udah', 'udh', 'sudah']),
    (r'\bbelum\b', ['blm', 'belom', 'blom']),
    (r'\buntuk\b', ['utk', 'buat', 'untk']),
    (r'\bdari\b', ['dr', 'dari']),
    (r'\bjuga\b', ['jg', 'juga']),
    (r'\bsaja\b', ['aja', 'aja', 'saja']),
    (r'\btolong\b', ['tlg', 'tolong', 'tolonglah']),
    (r'\bbagaimana\b', ['gimana', 'gmn', 'bagaimana']),
    (r'\bkenapa\b', ['knp', 'kenapa', 'napa']),
    (r'\bsampai\b', ['sampe', 'smpe', 'sampai']),
    (r'\bterima kasih\b', ['terimakasih', 'makasih', 'trimakasih', 'trims', 'terima kasih']),
    (r'\bsekarang\b', ['skrg', 'sekarang', 'skrang']),
    (r'\bbanyak\b', ['byk', 'banyak']),
    (r'\bsaya\b', ['sy', 'saya', 'saya']),
    (r'\bkami\b', ['kami', 'kita']),
    (r'\bbisa\b', ['bs', 'bisa', 'bisa']),
    (r'\bsemua\b', ['smua', 'semua']),
    (r'\bpadahal\b', ['pdhl', 'padahal']),
    (r'\bbapak\b', ['bpk', 'bapak']),
    (r'\bpemerintah\b', ['pemerintah', 'pemrintah']),
    (r'\bseperti\b', ['kayak', 'kyk', 'seperti']),
    (r'\bmasyarakat\b', ['masyarakat', 'masy', 'masyarakat']),
    (r'\bhanya\b', ['cuma', 'cm', 'hanya']),
    (r'\bkalau\b', ['kalo', 'klo', 'klu']),
    (r'\blagi\b', ['lg', 'lagi']),
    (r'\bsemoga\b', ['smoga', 'semoga', 'moga']),
    (r'\btapi\b', ['tp', 'tapi']),
    (r'\bbanget\b', ['bgt', 'banget', 'bangettt']),
    (r'\bdesa\b', ['desa', 'ds']),
    (r'\bmohon\b', ['mhn', 'mohon']),
    (r'\binformasi\b', ['info', 'informasi']),
    (r'\bsetelah\b', ['stlh', 'setelah', 'abis']),
    (r'\bapa\b', ['apa', 'ap']),
    (r'\bsama\b', ['sm', 'sama']),
]
_SUBS = [(re.compile(p), v) for p, v in SUBS]

EMO = {
    'pos': ['🙏', '👍', '👏', '😊', '❤️', '🙏🙏', '👍👍', '💪', '🥰', '👍🙏', '🙏🏻', '👌'],
    'neg': ['😢', '😩', '🙄', '😞', '😭', '🤦‍♂️', '😔', '😤', '🙏'],
    'angry': ['😡', '🤬', '😤', '😠', '👎', '🙄', '😡😡', '🤦'],
    'q': ['🙏', '🤔', '🙏🙏', '🙏🏻'],
    'fest': ['🇮🇩', '🎉', '😍', '👏', '🔥', '❤️', '🥳'],
    'rel': ['🤲', '🙏', '😇', '🕌', '🤲🤲'],
    'fun': ['😂', '🤣', '😅', '😁'],
    '*': ['🙏', '🙏🙏', '🙏🏻'],
}
FAM_MOOD = {'thanks_praise': 'pos', 'angry_genuine': 'angry', 'complaints': 'neg',
            'events_culture': 'fest', 'religion': 'rel', 'questions': 'q'}
LAUGH = ['wkwk', 'wkwkwk', 'wkwkwkwk', 'hehe', 'haha', 'xixixi', 'hahaha']


def _typo(t):
    words = t.split(' ')
    idx = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
    if not idx:
        return t
    i = R.choice(idx)
    w = words[i]
    k = R.randint(1, len(w) - 2)
    op = R.random()
    if op < 0.4:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2:]
    elif op < 0.7:
        w = w[:k] + w[k + 1:]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return ' '.join(words)


def _abbrev(t, p):
    for rx, vals in _SUBS:
        if R.random() < p:
            t = rx.sub(lambda m: R.choice(vals), t)
    return t


def _mood(fam, tags):
    for m in ('angry', 'neg', 'pos', 'q', 'fest', 'rel', 'fun'):
        if m in tags:
            return m
    return FAM_MOOD.get(fam, '*')


def noise(t, fam, lang, tags=frozenset()):
    if 'raw' in tags:
        return t
    mood = _mood(fam, tags)
    if lang == 'en':
        r = R.random()
        if r < 0.25:
            t = t.rstrip('.')
        elif r < 0.35:
            t = t.lower().rstrip('.')
        if R.random() < 0.05:
            t = _typo(t)
        if R.random() < 0.06:
            t = t + ' ' + R.choice(EMO[mood])
        return t
    level = R.choices([0, 1, 2], [0.3, 0.42, 0.28])[0]
    if level >= 1:
        t = _abbrev(t, 0.35 if level == 1 else 0.75)
        if R.random() < 0.35:
            t = t.rstrip('.')
    if level == 2:
        if R.random() < 0.7:
            t = t.lower()
        if R.random() < 0.5:
            t = t.replace(', ', ' ').replace('. ', ' ').rstrip('.')
        if R.random() < 0.3:
            t = _typo(t)
    elif R.random() < 0.07:
        t = _typo(t)
    if fam == 'angry_genuine' or 'angry' in tags:
        r = R.random()
        if r < 0.14:
            t = t.upper()
        elif r < 0.28:
            t = t.rstrip('.!') + R.choice(['!!', '!!!', '!!!!', '!!1', ' !!'])
    if R.random() < 0.12:
        emo = R.choice(EMO[mood])
        if R.random() < 0.3:
            emo = emo * R.randint(2, 3)
        t = t + ' ' + emo
    elif mood in ('pos', 'fun', 'fest') and R.random() < 0.04:
        t = t + ' ' + R.choice(LAUGH)
    return t


def key(t):
    t = t.lower()
    t = re.sub(r'[^\w\s]', ' ', t)
    t = t.replace('_', ' ')
    return ' '.join(t.split())


# ---------------------------------------------------------------------------
# CONTENT
# ---------------------------------------------------------------------------

# ---- generic fragments (tags: pos / neg / q; untagged = fits anything) ------
parts('*', 'id', 'open', """
Min,
Pak,
Assalamualaikum,
[neg,q] Mohon maaf sebelumnya,
Izin komen min,
[neg,pos] Numpang nimbrung,
[neg] Sekedar info,
[neg,pos] Jujur aja,
[neg,q] Maaf pak,
[neg] Kalau boleh usul,
Punten,
[neg,q] Nuwun sewu,
Sebagai warga {desa},
Saya warga {kec},
[pos] Alhamdulillah,
Assalamualaikum wr wb,
Pak Bupati,
Mas admin,
Mbak admin,
Ijin min,
[neg] Gini lho min,
[q] Numpang tanya,
[q] Mau tanya min,
[neg] Maaf mau menyampaikan,
""")
parts('*', 'id', 'close', """
Terima kasih.
[neg] Mohon ditindaklanjuti.
[neg] Semoga segera ada solusi.
[neg] Mohon perhatiannya pak.
Makasih min.
Salam dari warga {kec}.
Wassalam.
[neg,q] Tolong direspon ya min.
[neg] semoga dibaca pak bupati
Matur nuwun.
[neg] Mohon maaf kalau ada salah kata.
[neg,pos] Itu aja sih.
[neg] Semoga ke depan lebih baik.
[neg] trimakasih atas perhatiannya
[q] Mohon pencerahannya.
[neg] Sekian dan terima kasih.
[pos] Semoga makin maju Sukamaju.
[pos] Mantap pokoknya.
[pos] Lanjutkan pak!
[q] Makasih sebelumnya.
[q] Ditunggu jawabannya min.
[neg] Capek nunggu.
""")
parts('*', 'jv', 'open', """
Lur,
[neg,q] Nuwun sewu,
Min,
Pak,
Kulonuwun,
[neg,q] Ngapunten,
Dulur,
Sedulur,
Mas min,
[q] Badhe tanglet,
""")
parts('*', 'jv', 'close', """
Matur nuwun.
Maturnuwun sanget.
Nuwun.
[neg] Mugi enggal ditindaklanjuti.
[neg] Ojo suwe suwe yo pak.
[neg,pos] Wis ngono wae.
Suwun min.
[pos] mugi migunani
[pos] Apik tenan.
[q] Suwun sakdurunge.
""")
parts('*', 'id-en', 'open', """
[neg,q] Sorry min,
[neg,pos] Honestly,
Btw,
[neg,pos] Jujur,
[q] Min, just asking,
[neg] FYI min,
[neg] Ok jadi gini,
""")
parts('*', 'id-en', 'close', """
Thanks min.
Thank you.
[neg] Please follow up ya.
[neg] Just saying.
Thx.
[q] Thanks in advance.
[pos] Keep it up!
[pos] Good job.
[neg] Semoga ada improvement.
""")
parts('*', 'en', 'open', """
Hi admin,
[neg,pos] Honestly,
[neg] Just a note:
As a resident of {desa},
[q] Quick question,
[neg] FYI,
[neg] With respect,
Hello,
Dear regency team,
""")
parts('*', 'en', 'close', """
Thanks.
[pos] Cheers.
[neg] Hope someone reads this.
[neg,q] Appreciate any update.
Thank you.
[neg] Just my two cents.
[q] Thanks in advance.
[pos] Keep up the good work.
""")

# ---- public_services ---------------------------------------------------------
add('public_services', 'id', """
[pos] Alhamdulillah ngurus KTP di Disdukcapil sekarang cepet, 1 jam udah jadi
blanko KTP di kecamatan {kec} katanya habis terus, kapan ada lagi min?
[pos] Pelayanan di MPP Sukamaju recommended, petugasnya ramah dan ga ribet
[neg] Udah 3 minggu nunggu KK baru blm jadi juga, padahal semua berkas lengkap
[pos] Kemarin bikin akta kelahiran anak cuma bawa surat lahir dari bidan sama KK, gratis pula. Mantap
Kenapa harus aktivasi IKD segala, orang tua saya gak punya HP android
[neg] PDAM di daerah {desa} mati sudah 4 hari, tolong ditindaklanjuti
[neg] Sampah di depan {pasar} numpuk udah seminggu gak diangkut, baunya kemana mana
[pos] jemput bola perekaman KTP ke desa desa itu bagus, lansia gak perlu jauh jauh ke kota
Antrian di Disdukcapil jam 7 pagi udah penuh, mbok ya ditambah loketnya
semoga pelayanan di kantor desa {desa} juga bisa secepat ini
[pos] Pak Kades {desa} tiap hari standby di balai desa, ngurus surat pengantar jadi cepat
Samsat keliling ada di alun alun tiap sabtu ya? mau bayar pajak motor
Sekarang ngurus surat pindah bisa online, tapi aplikasinya sering error
[neg] Petugas kecamatan jam 11 sudah gak ada di tempat, katanya rapat. Tiap hari rapat
Mohon Disdukcapil buka layanan hari sabtu, kami yang kerja di pabrik susah izin
ktp elektronik saya rusak chipnya, ganti baru harus bawa apa aja ya
ngurus SKTM harus lewat RT, RW, desa, baru kecamatan. capek muter muter
[pos] alhamdulillah lampu PJU di jalan desa kami sudah nyala lagi setelah dilaporkan
mobil sampah ke perumahan {desa} cuma seminggu sekali, kurang pak
[pos] Perangkat desa {desa} sekarang ramah ramah, beda sama dulu
Kok status KTP saya masih sedang diproses padahal udah 2 bulan
Pelayanan adminduk di Sukamaju termasuk cepat dibanding {kabx}, jujur aja
sayang infonya telat, saya baru baca pas layanannya udah tutup
Tolong dibuat sistem antrian online biar gak numpuk di depan kantor dari subuh
[pos] Bapak ibu petugas Disdukcapil yang melayani lansia dan difabel sampai ke panti, salut
[neg] Air PDAM keruh kayak teh susu, udah bayar tiap bulan masa kualitasnya gini
Pengaduan lewat SP4N LAPOR kemarin dibalas 3 hari, lumayan lah
Minta tolong TPS di ujung jalan {desa} dipindah, tiap hari dibakar asapnya masuk rumah
pelayanan KIA buat anak di kecamatan {kec} udah bisa belum ya?
[pos] Perekaman KTP pemula di sekolah sekolah itu ide bagus, anak saya jadi gak bolos
Aplikasinya bagus tapi OTP nya gak pernah masuk ke HP saya
[pos] Ngurus akta kematian bapak saya kemarin lancar, petugasnya bantu isi formulir. makasih
Gak semua warga bisa online pak, tolong loket manual tetap dibuka
Layanan perpanjangan SIM di {kec} ada gak sih? jauh kalau harus ke kota
Parkir di MPP kok bayar 5 ribu, bukannya gratis ya
Saya baru pindah dari {kabx}, urus KTP baru prosesnya gampang ternyata
[neg] lampu jalan di depan SD {desa} mati 2 bulan, anak anak pulang ngaji gelap gelapan
[pos] Pengangkutan sampah sekarang tiap hari, lingkungan jadi lebih bersih. good job DLH
Di kantor desa gak ada printer, tiap surat harus fotokopi sendiri ke luar
[neg] Coba cek layanan telepon pengaduan PDAM, ditelpon dari pagi gak ada yang angkat
Kenapa NIK saya dipakai orang lain buat daftar kartu HP? ngurusnya kemana ya
Tukang sampah keliling di {dusun} minta iuran naik jadi 25 rb, itu resmi dari desa?
Bank sampah di {desa} sekarang bisa ditukar sembako, warga jadi semangat milah sampah
Ngurus akta kelahiran anak yang lahir di rumah sakit {kabx} bisa di sini gak ya
perpustakaan daerah buka sampai jam berapa sekarang? dulu jam 2 udah tutup
[pos] mobil layanan keliling Disdukcapil datang ke {desa} hari ini, makasih banyak
KTP saya hilang pas banjir, harus pakai surat kehilangan dari polsek dulu ya?
Ada gak layanan adminduk buat warga yang di rantau? saya kerja di Batam
Yang tanda tangan surat di desa cuma pak sekdes, kalau beliau gak ada ya nunggu besok
Jam istirahat pelayanan di kecamatan 2 jam, kelamaan pak
""")
add('public_services', 'jv', """
[pos] Ngurus KK neng kecamatan saiki cepet, ra nganti sedino
[neg] Banyu PDAM neng {desa} mati meneh, wis telung dino lur
[pos] Matur nuwun petugas Disdukcapil sing wis jemput bola teng desa kulo
blangko KTP kok entek terus to, anakku wis 17 tahun durung nduwe KTP
[neg] sampah neng pinggir kali kae sopo sing ngangkut, ambune ra karuan
nek ngurus akta lahir saiki syarate opo wae yo lur
[neg] Kantor desa jam 12 wis sepi, perangkat e do neng ndi
Simbah kulo mboten saged tindak kecamatan, menawi saged perekaman teng griya?
[neg] Lampu dalan neng tikungan {dsn} mati, peteng ndedet nek bengi
[pos] Alhamdulillah saiki ngurus surat pindah ora usah bolak balik
Banyune PDAM buthek, ora iso nggo masak
Pak RT ne apik, surat pengantar iso dijupuk bengi neng omah e
[neg] Antrine neng Disdukcapil dowo tenan, aku teko jam 6 oleh nomer 80
""")
add('public_services', 'id-en', """
Finally bisa urus KK online, tapi prosesnya masih slow banget
[pos] Pelayanan MPP nya clean dan nyaman, vibes nya kayak di bank
Please min, jam layanan weekend dibuka dong, kita yg kerja susah ijin
sistem antrian online nya helpful sih, cuma kadang server down
[pos] Overall pelayanan Disdukcapil improve banget dibanding 2 tahun lalu
Aplikasinya user friendly tapi sering force close di HP saya
[neg] Air PDAM mati lagi, no info no announcement, kita cuma bisa nunggu
Urus dokumen kependudukan sekarang paperless katanya, tapi tetep disuruh fotokopi 3 rangkap
""")
add('public_services', 'en', """
[pos] Got my child's birth certificate done in one morning at the civil registry office. Impressed.
[neg] The water supply on our street has been off since Tuesday. Any update from PDAM?
Is the public service mall open on Saturdays? I work on weekdays.
[neg] Garbage collection in our neighbourhood is irregular, sometimes twice a week, sometimes not at all.
[pos] As a foreigner married to a local, the residency reporting at the district office was surprisingly smooth.
The online queue system is a good idea, but the site keeps timing out on mobile.
[neg] Street lights on the road to {desa} have been out for weeks. It's dangerous at night.
[pos] Kudos to the staff who came to the village to register elderly residents.
Public services only work when people can reach them. Mobile units are the right call.
""")
parts('public_services', 'id', 'core', """
[pos] ngurus {dok} di Disdukcapil sekarang cepet banget[[, gak sampai sejam|, pagi datang siang jadi|, petugasnya juga ramah|]]
[neg] {dok} saya udah {n} minggu belum jadi juga[[, padahal berkas lengkap|, tiap ditanya jawabnya masih proses|, sampai izin kerja berkali kali|]]
[neg] air PDAM di {desa} mati sejak {hari}[[, warga terpaksa beli air galon|, padahal bayar tiap bulan gak pernah telat|, gak ada pemberitahuan sama sekali|]]
[neg] sampah di {dusun} belum diangkut {n} hari[[, baunya sampai ke masjid|, udah mulai banyak lalat|, anak anak jadi sering gatal gatal|]]
[pos] pelayanan di kantor desa {desa} makin bagus[[, sekarang ada ruang tunggunya|, surat bisa jadi hari itu juga|]]
[neg] antrian di {kantor} dari jam 6 pagi udah panjang[[, loketnya cuma dua|, lansia sampai duduk di lantai|]]
[neg] lampu PJU di jalan {desa} mati semua[[, rawan begal kalau malam|, udah dilaporkan ke desa|]]
[pos] petugas {kantor} sangat membantu waktu saya ngurus {dok}
[neg] pengurusan {dok} di kecamatan {kec} kok masih ada yang minta uang rokok ya
[neg] website layanan online {kantor} error terus dari {hari}
[pos] jemput bola perekaman KTP di {desa} tolong diadakan lagi, sangat membantu
[neg] TPS di {desa} sudah penuh dan meluber ke jalan[[, kalau hujan airnya hitam|, anjing liar pada ngacak ngacak|]]
[neg] tolong jam layanan {kantor} diperpanjang sampai sore
[neg] sudah lapor soal air PDAM mati di {desa} tapi belum ada tanggapan
[pos] kemarin ngurus {dok} di MPP lancar, petugasnya sabar
[neg] formulir di kantor desa {desa} masih harus beli sendiri
[neg] mobil sampah gak pernah masuk ke {dusun}, warga buang ke sungai jadinya
[neg] loket {kantor} cuma buka 2, yang antri puluhan
[pos] layanan keliling Disdukcapil di {desa} {hari} sangat membantu warga
[neg] air PDAM di {rtrw} {desa} cuma ngalir tengah malam
""")
parts('public_services', 'id', 'detail', """
[neg] kasihan yang lansia harus nunggu lama
[neg] warga {rtrw} udah pada ngeluh
[neg] dulu gak begini
[neg] mohon dicek langsung ke lapangan
[pos] semoga dipertahankan
[pos] beda jauh sama beberapa tahun lalu
""")
parts('public_services', 'jv', 'core', """
[neg] ngurus {dok} neng kecamatan {kec} kok suwe men
[neg] banyu PDAM neng {dusun} mati wis {n} dino
[neg] sampah neng {desa} ora diangkut sak minggu
[pos] pelayanan kantor desa {desa} saiki apik
[neg] lampu dalan neng {desa} mati kabeh
[pos] petugas Disdukcapil ramah tenan, ngurus {dok} cepet
[neg] antrian neng {kantor} dowo banget
""")
parts('public_services', 'id-en', 'core', """
[pos] ngurus {dok} di MPP sekarang simple banget
[neg] website {kantor} down lagi, udah dari {hari} gak bisa dibuka
[neg] air PDAM di {desa} mati, no info sama sekali
[pos] pelayanan di kantor desa {desa} so far oke
[neg] antrian {kantor} crowded parah dari pagi
[neg] sampah di {desa} numpuk, totally gak ada yang ngangkut
""")
parts('public_services', 'en', 'core', """
[pos] getting a new {dok} took only a morning at the service mall
[neg] the water at {desa} has been cut off since {hari_en}[[, and there was no announcement at all|, we are buying bottled water to cook|]]
[neg] rubbish collection in {desa} is far too irregular
[pos] staff at the village office in {desa} were very helpful
[neg] the online service portal has been down since {hari_en}
[neg] the queue at the civil registry office starts before 7am, elderly people wait for hours
""")

# ---- roads_infrastructure ----------------------------------------------------
add('roads_infrastructure', 'id', """
[neg] Jalan {desa} - {desa2} rusak parah, lubangnya udah kayak kolam ikan
[pos] Alhamdulillah jalan ke {dusun} akhirnya dicor juga setelah 10 tahun nunggu
[neg] Jembatan di {desa} kayunya udah lapuk, tolong segera diganti sebelum ada korban
[neg] Tiap hujan jalan depan {pasar} banjir se lutut, drainasenya mampet
[neg] Proyek jalan baru 3 bulan udah retak retak, kualitas aspalnya gimana ini
[neg] Pak Bupati kapan jalan poros {kec} diperbaiki? sudah 2 kali ganti bupati belum juga
[pos] terima kasih Dinas PU sudah menambal jalan di depan SD, anak anak aman sekarang
[neg] Semalam ada pengendara jatuh di lubang jalan dekat jembatan {desa}, gak ada lampu sama sekali
Sekalian saluran airnya dibenerin pak, percuma jalan bagus kalau air meluber ke aspal
Jalan kabupaten atau jalan provinsi sih itu? biar jelas kami ngadu kemana
[neg] Talud di pinggir sungai {desa} longsor, rumah warga terancam
jalan usaha tani di {desa} tolong diperhatikan, petani susah angkut gabah
[neg] Pengerjaan gorong gorong di {desa} berhenti di tengah jalan, material dibiarkan begitu aja
Lebarnya jalan cuma 3 meter tapi truk pasir lewat tiap hari, ya pantes ancur
tolong ada rambu di tikungan {dsn}, sudah sering kecelakaan
Kami warga {rtrw} swadaya nambal jalan pakai sirtu, nunggu pemerintah kelamaan
[pos] Jalan tembus {desa} ke {desa2} sudah mulus, waktu tempuh jadi setengah
Pak, trotoar di jalan protokol dipakai parkir dan jualan, pejalan kaki turun ke jalan
proyek pelebaran jalan bagus tapi debunya luar biasa, tolong disiram tiap hari
[neg] Musim hujan gini jalan tanah di {dusun} gak bisa dilewati motor, anak sekolah jalan kaki 2 km
[neg] Jembatan gantung {desa} sudah miring, warga tetap lewat karena gak ada pilihan
[neg] Udah dilaporin lewat aplikasi, dibalas "akan kami tindak lanjuti", 6 bulan lalu
[neg] Saluran irigasi sekunder di {desa} jebol, sawah gak kebagian air
Lampu merah di perempatan {kec} mati seminggu, semrawut pas jam berangkat sekolah
Mohon polisi tidur di jalan {desa} dibuat yang wajar, ini tinggi banget motor matic nyangkut
bagus pak jalan sudah diperbaiki tapi marka jalannya belum ada
[neg] Aspal di {desa} tipis banget, kena hujan sekali langsung ngelupas
Jalan lingkar {kec} kapan dilanjutkan? lahannya sudah dibebaskan dari {tahun}
Kalau bisa pengecoran jalan desa dikerjakan pas kemarau pak, biar hasilnya bagus
Jembatan baru di {desa} bagus, cuma pagar pengamannya belum dipasang
[pos] Alhamdulillah sudah ada sumur bor buat warga {dusun}, gak perlu beli air lagi
Sinyal HP di {desa} juga infrastruktur lho pak, tolong diperjuangkan tower nya
Papan proyeknya gak ada, warga gak tau ini anggaran berapa dan siapa kontraktornya
Jalan ke objek wisata {desa} rusak, gimana wisatawan mau datang
[pos] Jalan desa {desa} dicor pakai dana desa, hasilnya rapi. Salut sama pak kades
Pohon besar di pinggir jalan {desa} miring ke jalan, tolong dipangkas sebelum tumbang
[neg] Pipa PDAM bocor di tengah jalan {kec}, aspalnya jadi ambles
Mobil pemadam gak bisa masuk gang kami, jalannya terlalu sempit. Semoga ada solusi
""")
add('roads_infrastructure', 'jv', """
[neg] Dalan e neng {desa} rusak parah lur, bolongane gede gede
[neg] Jembatan {dsn} wis doyong, mbok ndang didandani sakdurunge ono korban
[pos] Matur nuwun Pak Bupati, dalan menyang {desa} saiki wis alus
[neg] Nek udan dalan ngarep pasar mesti banjir, gorong gorong e buntet
Dalan tani neng {desa} becek, petani angel ngangkut gabah
[neg] Aspal e tipis tenan, lagek telung sasi wis bodol
Kapan dalan {desa}-{desa2} didandani pak? wis pirang pirang taun
[neg] Lampu dalan ning tikungan kae mati, bengi peteng, wis ping pindo ono sing tibo
[pos] Dalan cor anyar neng {dusun} apik, saiki bocah sekolah ora kecemplung lendut
Truk pasir iku sing gawe dalan ajur, kudu dibatesi tonasene
""")
add('roads_infrastructure', 'id-en', """
[neg] Jalan {desa} udah kayak offroad track, literally gak bisa dilewatin pas hujan
[pos] Pengerjaannya fast banget, seminggu selesai. Respect buat Dinas PU
[neg] Jalan baru tapi drainase nya zonk, ujung ujungnya banjir juga
Please pasang street light di jalan {desa}, gelap banget at night
[neg] Lubang di jalan {kec} makin besar, worst road di kabupaten ini
Jalan ke spot wisata {desa} harus diupgrade kalau mau tourism nya jalan
""")
add('roads_infrastructure', 'en', """
[neg] The road between {desa} and {desa2} is full of potholes. Someone is going to get hurt.
[pos] Nice to see the bridge finally repaired. It used to be scary crossing it on a scooter.
Why is the drainage never fixed together with the road? Every rainy season it floods again.
[neg] Visited {desa} last month, the road up to the waterfall was in terrible shape.
[pos] Good job on the new ring road, it cut my commute by 20 minutes.
[neg] There are no street lights on the stretch near the river. Please install some before someone gets killed.
Overloaded sand trucks are destroying village roads. Weight limits need enforcing.
""")
parts('roads_infrastructure', 'id', 'core', """
[neg] jalan {desa} ke {desa2} rusak parah[[, lubangnya sedalam betis|, kayak habis kena bom|, tiap hari ada yang jatuh|]]
[neg] jalan di {dusun} sudah {n} tahun gak pernah diaspal
[neg] jembatan di {desa} sudah retak retak[[, besinya keliatan|, truk masih aja lewat|]]
[neg] tiap hujan jalan depan {sekolah} tergenang[[, anak anak sepatunya basah semua|, guru juga susah lewat|]]
[neg] drainase di {desa} mampet, air masuk ke rumah warga
[neg] lubang di jalan {kec} dekat {pasar} makin lebar
[neg] perbaikan jalan di {desa} cuma tambal sulam, sebulan rusak lagi
[pos] proyek jalan di {desa} sudah selesai, hasilnya bagus[[, rapi dan lebar|, semoga awet|]]
[pos] alhamdulillah jalan ke {dusun} sudah dicor
[neg] talud sungai di {desa} ambrol kena banjir
[neg] lampu jalan di ruas {desa}-{desa2} mati total
[neg] jalan usaha tani di {desa} becek gak bisa dilewati
[neg] gorong gorong di {rtrw} {desa} ketutup sampah
[neg] truk tambang lewat jalan {desa} tiap hari bikin jalan hancur
[neg] jembatan penghubung {desa} dan {desa2} putus kena banjir[[, warga nyebrang pakai rakit|, anak sekolah muter {km} km|]]
[pos] pengaspalan jalan di {kec} cepat dan rapi
[neg] jalan rusak di {desa} sudah makan korban
[pos] terima kasih Dinas PU, jalan {desa} sudah ditambal
""")
parts('roads_infrastructure', 'id', 'detail', """
[neg] sudah ada {n} orang jatuh dari motor
[neg] anak sekolah harus lewat jalan memutar {km} km
[neg] ambulans aja susah masuk
[neg] sudah dilaporkan ke desa tapi katanya bukan wewenang desa
[neg] padahal itu jalan utama ke pasar
[neg] kalau malam gelap gak ada lampu
[neg] warga sampai nanam pohon pisang di lubang jalan
[neg] baru diperbaiki {tahun}, sekarang sudah rusak lagi
[neg] petani susah ngangkut hasil panen
[pos] warga senang sekali
[pos] sekarang ke pasar cuma 15 menit
""")
parts('roads_infrastructure', 'id', 'close', """
[neg] Mohon Dinas PU segera turun.
[neg] Tolong diprioritaskan pak.
[neg] Jangan nunggu ada korban dulu.
[neg] Semoga tahun depan masuk anggaran.
[pos] Terima kasih Dinas PU.
""")
parts('roads_infrastructure', 'jv', 'core', """
[neg] dalan {desa} rusak parah[[, bolongane gede|, koyo kubangan kebo|]]
[neg] jembatan neng {desa} wis rapuh
[neg] dalan neng {dusun} becek nek udan
[neg] gorong gorong neng {desa} buntet
[pos] dalan anyar neng {desa} wis alus, matur nuwun
[neg] lampu dalan neng {desa} mati kabeh
""")
parts('roads_infrastructure', 'jv', 'detail', """
[neg] wis ping pirang pirang ono sing tibo
[neg] bocah sekolah kudu muter adoh
[neg] petani angel ngangkut gabah
[neg] wis dilaporke ning desa tapi durung ono tindak lanjut
[pos] saiki nang pasar luwih cepet
""")
parts('roads_infrastructure', 'id-en', 'core', """
[neg] jalan {desa} udah kayak offroad
[neg] drainase di {desa} gak works sama sekali
[neg] proyek jalan {desa} progress nya lambat banget
[pos] jalan baru di {kec} smooth banget sekarang
[neg] jalan {desa} ke {desa2} totally rusak, please fix
""")
parts('roads_infrastructure', 'en', 'core', """
[neg] the road to {desa} is a mess of potholes
[neg] the bridge near {desa} looks unsafe
[neg] drainage along the main road in {kec} is blocked
[pos] the new asphalt in {desa} is a big improvement
[neg] street lights between {desa} and {desa2} are out
""")
parts('roads_infrastructure', 'en', 'detail', """
[neg] especially after heavy rain.
[neg] and it has been like this for months.
[neg] kids have to walk around it to get to school.
[neg] motorbikes are falling in at night.
[pos] the trip to the market is so much faster now.
""")

# ---- health ------------------------------------------------------------------
add('health', 'id', """
[pos] Alhamdulillah pelayanan di Puskesmas {kec} sekarang cepat, dokternya juga sabar jelasin
[neg] Antri di RSUD dari subuh, baru dipanggil jam 11. Tolong ditambah dokternya
Posyandu di {dusun} jadwalnya tiap tanggal berapa ya? mau timbang anak
[pos] Bidan desa {desa} luar biasa, tengah malam dipanggil tetap datang
[neg] Pakai BPJS kok disuruh beli obat sendiri di apotek luar, katanya obatnya kosong
Imunisasi campak di sekolah anak saya kapan ya bu bidan?
[neg] Kasus DBD di {desa} sudah 5 orang, tolong fogging segera
Fogging itu cuma bunuh nyamuk dewasa, yang penting PSN 3M plus. Ayo bersihkan bak mandi
[pos] Terima kasih tim RSUD, bapak saya sudah pulang setelah operasi. Perawatnya baik baik
Ambulans desa {desa} bisa dipakai gratis buat warga? kemarin tetangga disuruh bayar bensin
Stunting di kecamatan kami masih tinggi, PMT nya jangan cuma biskuit pak
Kenapa BPJS PBI ibu saya tiba tiba nonaktif? padahal masih masuk DTKS
[neg] Parkir RSUD sempit banget, pengantar pasien sampai parkir di pinggir jalan
[pos] Program cek kesehatan gratis pas ulang tahun itu bagus, saya sudah coba kemarin
Puskesmas pembantu {desa} jarang buka, kalau ada yang sakit harus ke kecamatan {km} km
Mohon ada dokter gigi di puskesmas {kec}, selama ini harus ke kota
Posbindu lansia di {desa} tiap bulan rutin, simbah saya jadi rajin cek tensi
[neg] Obat hipertensi bapak saya di puskesmas dikasih cuma 1 minggu, bolak balik terus
Anak saya batuk pilek 2 minggu gak sembuh, ke puskesmas atau langsung ke RSUD ya?
Ada yang tau jadwal dokter anak di RSUD hari sabtu?
[pos] Kader posyandu {dusun} semangat banget, tiap bulan masak PMT sendiri
Penyuluhan soal TBC perlu diperbanyak, masih banyak yang malu periksa
[neg] Ruang tunggu IGD RSUD panas, kipasnya mati semua
Kalau malam puskesmas {kec} ada dokter jaga gak ya?
[pos] Vaksinasi HPV buat anak SD kelas 5 sudah jalan di sekolah kami, makasih puskesmas
Banyak warga {desa} kena diare setelah banjir, air sumurnya tercemar
[neg] Sudah bayar BPJS mandiri tiap bulan, pas rawat inap katanya kamar penuh, disuruh naik kelas bayar selisih
Kampanye cuci tangan di SD bagus, tapi wastafelnya banyak yang gak ada airnya
Mohon info jadwal donor darah PMI bulan ini
Usul pak, puskesmas {kec} dibuka 24 jam, kami jauh dari RSUD
[pos] Program jemput pasien ODGJ yang dipasung itu mulia, semoga mereka dapat perawatan layak
Klinik swasta di {desa} terima BPJS gak ya?
""")
add('health', 'jv', """
[pos] Bu bidan {desa} sabar tenan, anakku lair lancar matur nuwun
[neg] Antri neng RSUD suwe men, teko subuh lagek diceluk awan
Posyandu {dsn} sesuk opo ora yo? anakku durung imunisasi
[neg] Neng {desa} akeh sing kena demam berdarah, njaluk fogging pak
Simbahku diterke ambulans desa gratis, matur nuwun pak kades
Obat seko puskesmas ora mempan, watuk e ora mari mari
""")
add('health', 'id-en', """
[pos] Pelayanan RSUD sekarang jauh lebih proper, perawatnya helpful banget
[neg] Sistem antrian online RSUD error terus, ujung ujungnya antri manual juga
Cek kesehatan gratis ini worth it banget, please sosialisasinya diperbanyak
Jadwal posyandu update nya dimana ya? biar gak miss
[neg] Waiting time di poli dalam bisa 4 jam, gak make sense
""")
add('health', 'en', """
[pos] My father was treated at RSUD Sukamaju last week. The nurses were kind and professional.
Does the community health centre in {kec} have a doctor on weekends?
[neg] Dengue cases are rising in our village. Please send the fogging team and remind people to drain standing water.
[pos] Good to see free health screenings for the elderly. My neighbour found out about her high blood pressure there.
Is there an English-speaking doctor anywhere in the regency? I'm staying in {desa} for three months.
[neg] The wait at the hospital emergency room was over five hours.
""")
parts('health', 'id', 'core', """
[pos] pelayanan di {pkm_} sekarang cepat[[, gak perlu antri lama|, dokternya ramah|, obatnya lengkap|]]
[neg] antri di poli RSUD dari jam {jam} baru dipanggil siang
[neg] kasus DBD di {desa} bertambah[[, sudah {n} anak dirawat|, tetangga saya sampai opname|]]
[neg] stok obat di puskesmas {kec} sering kosong
[pos] posyandu di {dusun} rutin tiap bulan, kadernya semangat
[neg] BPJS PBI ibu saya nonaktif padahal masih miskin
[pos] bidan desa {desa} cepat tanggap[[, jam 2 pagi tetap datang|, sangat membantu ibu hamil di sini|]]
[neg] pustu di {desa} sering tutup
[neg] ambulans di {desa} rusak sudah {n} bulan
[pos] cek kesehatan gratis di {kec} sangat bermanfaat
[neg] dokter spesialis di RSUD cuma praktek 2 hari seminggu
[pos] terima kasih nakes puskesmas {kec} yang sudah sweeping imunisasi ke rumah rumah
[neg] banyak balita di {desa} gizi kurang, PMT nya tolong ditambah
""")
parts('health', 'id', 'detail', """
[neg] kasihan yang sakit harus nunggu lama
[neg] warga yang gak punya kendaraan susah ke kota
[neg] jangan sampai ada korban lagi
[pos] semoga pelayanan begini terus
[neg] tolong dinkes turun tangan
""")
parts('health', 'jv', 'core', """
[pos] pelayanan puskesmas {kec} saiki cepet
[neg] antri neng RSUD suwe tenan
[neg] neng {desa} akeh sing demam berdarah
[pos] bu bidan {desa} sabar lan cekatan
[neg] obat neng puskesmas entek terus
""")
parts('health', 'id-en', 'core', """
[pos] pelayanan puskesmas {kec} so far bagus
[neg] antrian poli RSUD crowded banget
[neg] kasus DBD di {desa} lagi naik, please fogging
[pos] posyandu {dusun} well organized, kader nya keren
""")
parts('health', 'en', 'core', """
[pos] the health centre in {kec} was clean and the staff were kind
[neg] the queue at the hospital outpatient clinic is far too long
[neg] dengue is spreading in {desa}
[pos] the village midwife in {desa} is a real hero
[neg] the health centre in {desa} is often closed
""")

# ---- education ---------------------------------------------------------------
add('education', 'id', """
PPDB zonasi tahun ini kok rumah saya yg jaraknya 800 m gak keterima, yg 2 km malah masuk?
[pos] Guru honorer di {sekolah} luar biasa, gaji 300 ribu tetap semangat ngajar
[neg] Atap kelas 4 {sekolah} bocor, kalau hujan anak anak dipindah ke musholla
Seragam gratis buat siswa SD itu jadi dibagikan kapan pak?
[neg] Sekolah negeri katanya gratis tapi tiap bulan ada iuran ini itu
[pos] Anak saya dapat beasiswa dari Pemkab, alhamdulillah bisa lanjut SMA
Jam masuk sekolah jam 6.30 terlalu pagi untuk anak yang rumahnya jauh
Tolong angkutan sekolah gratis diperbanyak, anak {dusun} tiap hari jalan kaki {km} km
[neg] Bangku di {sekolah} udah reyot, ada yang sampai duduk di lantai
Kenapa guru PPPK yang lulus belum dapat penempatan? sudah nunggu berbulan bulan
[pos] Perpustakaan keliling ke desa kami bikin anak anak semangat baca
Makan bergizi gratis di sekolah anak saya menunya enak, tapi kadang telat datangnya
Anak saya kelas 3 belum lancar baca, mohon ada program pendampingan
[pos] Selamat buat siswa {sekolah} yang juara olimpiade sains tingkat provinsi!
PAUD di {desa} gurunya cuma 1, muridnya 30. Kasihan bu gurunya
[neg] Internet di sekolah lambat, ANBK kemarin sampai diulang 2 kali
Banyak anak putus sekolah di {desa} karena ikut orang tua merantau, tolong didata
PIP anak saya belum cair, ditanya ke sekolah disuruh ke bank, ke bank disuruh ke sekolah
[pos] Program sekolah ramah anak ini bagus, bully harus diberantas
Pendaftaran jalur afirmasi PPDB syaratnya apa aja?
Kalau bisa les gratis buat persiapan ujian diadakan di balai desa
[neg] Jembatan menuju {sekolah} putus, anak anak nyebrang sungai pakai ban
Guru ngaji TPQ juga dikasih insentif dong pak, mereka juga mendidik
[pos] Lomba cerdas cermat antar SD se kecamatan kemarin seru, anak saya pulang bawa piala
Study tour ke luar kota mahal banget, mending di dalam kabupaten aja, wisata kita juga bagus
Bantuan laptop ke sekolah kok malah disimpan di lemari, gak dipakai murid
""")
add('education', 'jv', """
Anakku ra ketompo PPDB zonasi, omah e cedhak sekolahan malah ora mlebu
[pos] Matur nuwun bu guru {sekolah}, anakku saiki wis iso moco
[neg] Kelas e bocor nek udan, bocah bocah mesakke
Seragam gratis kapan dibagekke pak? anakku wis kelas siji
Bocah {dusun} mlaku adoh menyang sekolahan, mbok ono angkutan sekolah
""")
add('education', 'id-en', """
Sistem PPDB online nya confusing banget buat orang tua yang gaptek
[pos] Bangga sama anak anak {sekolah}, juara lomba robotik! Keep it up
Honestly guru honorer itu underpaid parah, tolong diperhatikan
[neg] Fasilitas lab komputer di sekolah anak saya outdated, PC nya masih Windows jadul
Makan siang gratis di sekolah good idea, tapi quality control nya harus ketat
""")
add('education', 'en', """
The zoning system for school admission needs to be explained better. Many parents are confused.
[pos] Congratulations to the students from {sekolah} for winning the provincial science olympiad!
[neg] Honorary teachers are paid far too little for the work they do.
[pos] The mobile library visiting villages is a wonderful idea.
Is there any English club or course for kids in the regency? Happy to volunteer.
""")
parts('education', 'id', 'core', """
[neg] atap kelas di {sekolah} bocor[[, anak anak belajar sambil kehujanan|, sudah diusulkan dari {tahun}|]]
[neg] anak saya gak keterima PPDB zonasi padahal rumah dekat {sekolah}
[pos] guru guru di {sekolah} sabar dan kreatif
[neg] PIP anak saya belum cair sampai sekarang
[neg] iuran di {sekolah} banyak banget padahal katanya gratis
[pos] selamat untuk {sekolah} yang juara lomba tingkat kabupaten
[neg] toilet di {sekolah} rusak dan gak ada air
[neg] anak anak {dusun} harus jalan {km} km ke sekolah
[pos] beasiswa dari pemkab sangat membantu anak kami
[neg] guru honorer di {sekolah} gajinya telat {n} bulan
[pos] program makan bergizi gratis di {sekolah} sudah jalan, anak anak senang
[neg] kekurangan guru di {sekolah}, satu guru pegang 2 kelas
""")
parts('education', 'id', 'detail', """
[neg] kasihan anak anak
[neg] mohon dinas pendidikan cek ke lapangan
[pos] semoga makin berprestasi
[neg] sudah lapor ke komite tapi belum ada hasil
[pos] terima kasih bapak ibu guru
""")
parts('education', 'jv', 'core', """
[neg] kelas neng {sekolah} bocor
[pos] guru neng {sekolah} sabar tenan
[neg] anakku ora ketompo PPDB
[neg] PIP durung cair
""")
parts('education', 'id-en', 'core', """
[neg] sistem PPDB online tahun ini messy banget
[pos] guru di {sekolah} super supportive
[neg] fasilitas {sekolah} udah outdated
[pos] proud banget sama prestasi anak anak {sekolah}
""")
parts('education', 'en', 'core', """
[neg] the roof at {sekolah} is leaking into classrooms
[pos] the teachers at {sekolah} are doing an amazing job
[neg] children in {desa} walk a long way to school
[pos] the scholarship programme made a real difference for our family
""")

# ---- social_aid --------------------------------------------------------------
add('social_aid', 'id', """
[neg] Kenapa yang dapat BLT malah tetangga yang rumahnya tingkat dan punya mobil?
Cara cek penerima bansos gimana ya? pakai NIK di website kemensos bisa?
[neg] PKH ibu saya sudah 2 tahap gak cair, di aplikasi statusnya masih terdaftar
[pos] Alhamdulillah BLT dana desa sudah diterima, sangat membantu buat beli beras
Pendataan DTKS tolong diperbarui, banyak yang sudah meninggal masih terdaftar
[neg] Janda tua di {dusun} tinggal sendirian gak pernah dapat bantuan apapun
Bantuan beras 10 kg dibagi lagi di {desa}? jadwalnya kapan?
[pos] Bedah rumah untuk Mbah {dsn} sudah selesai, rumahnya sekarang layak. Terima kasih Baznas dan Pemkab
Musdes untuk verifikasi penerima bansos harusnya terbuka, warga boleh ikut
[neg] Pembagian sembako di balai desa antri panas panasan, lansia sampai pingsan
Kalau ada warga yang sudah mampu tolong legowo mundur dari PKH, biar yang lain kebagian
Pencairan BPNT lewat kantor pos atau agen bank?
[neg] Nama saya terdaftar tapi kartu KKS nya gak pernah dikasih
Bansos sifatnya sementara, yang penting warga dibekali pelatihan kerja juga
[pos] Pak RT kami adil, yang dapat bantuan memang yang butuh
Usul bantuan untuk difabel diperbanyak, kursi roda untuk anak saya sudah rusak
Bantuan sosial harusnya pakai data yang sama semua, jangan beda beda tiap dinas
[neg] Dana bantuan korban banjir {tahun} katanya ada, sampai sekarang gak jelas
Bantuan bibit dan ternak untuk keluarga miskin lebih bermanfaat daripada uang tunai
Anak yatim di {desa} banyak, semoga ada program santunan rutin
""")
add('social_aid', 'jv', """
[neg] Sing entuk BLT kok sing sugih, sing mlarat malah ora
[pos] Alhamdulillah bansos beras wis tekan, matur nuwun pak
PKH mbokku durung cair, piye carane ngecek lur?
[neg] Mbah {dsn} urip dewe, omahe meh ambruk, durung tau entuk bantuan
Pembagian sembako sesuk neng balai desa jam piro?
""")
add('social_aid', 'id-en', """
[neg] Data penerima bansos itu outdated banget, banyak yang gak tepat sasaran
Cek bansos online nya user friendly, tinggal input NIK aja
[pos] BLT cair tepat waktu, thanks pemdes {desa}
Harusnya bansos dibarengi program upskilling biar gak dependent terus
""")
add('social_aid', 'en', """
[neg] Aid keeps going to families who clearly don't need it while the poorest are left out.
How can residents check whether they are registered for social assistance?
[pos] The house renovation programme for elderly residents is wonderful to see.
Cash transfers help, but job training would help more in the long run.
""")
parts('social_aid', 'id', 'core', """
[neg] BLT di {desa} gak tepat sasaran[[, yang dapat malah keluarga perangkat|, yang punya sawah luas dapat|, banyak yang mampu tapi terdaftar|]]
[neg] PKH istri saya sudah {n} bulan belum cair
[pos] bantuan beras sudah diterima warga {desa}
[neg] nenek saya di {dusun} gak pernah dapat bansos padahal hidup sendiri
[neg] nama ibu saya hilang dari DTKS tanpa alasan
[pos] program bedah rumah di {desa} sangat membantu
[neg] pembagian BPNT di {desa} molor terus
[pos] penyaluran BLT di {desa} tertib dan transparan
[neg] data penerima bansos di {desa} gak pernah diumumkan
""")
parts('social_aid', 'id', 'detail', """
[neg] mohon pendataan ulang
[neg] tolong dicek ke lapangan langsung
[pos] semoga berkah
[neg] kami cuma butuh keadilan
""")
parts('social_aid', 'jv', 'core', """
[neg] BLT neng {desa} ora tepat sasaran
[neg] PKH mbokku durung cair {n} sasi
[pos] bansos beras wis ditompo warga {desa}
""")
parts('social_aid', 'id-en', 'core', """
[neg] penyaluran bansos di {desa} gak transparan sama sekali
[pos] BLT di {desa} on time, good job
""")
parts('social_aid', 'en', 'core', """
[neg] aid distribution in {desa} is not reaching the poorest households
[pos] food aid arrived in {desa} on time this month
""")

# ---- hard_ham: genuine comments that look spammy -----------------------------
# links / registration / "slot"
add('hard_ham', 'id', """
[q] slot pendaftaran PPDB sudah penuh ya min? anak saya belum sempat daftar
[q] link nya mana min?
[q] linknya mana ya min, dari tadi cari gak ketemu
link pendaftaran di https://ppdb.sukamajukab.go.id error terus dari pagi
[q] min link daftar ulang PPDB nya yg bener yang mana? ada 2 yang beredar di grup WA
Pengumuman hasil seleksi bisa dicek di ppdb.sukamajukab.go.id ya bapak ibu, jangan percaya link lain
[q] Kuota jalur zonasi {sekolah} masih ada slot gak?
Slot antrian online RSUD buat besok sudah habis jam 6 pagi, cepet banget
[q] cara daftar antrian online puskesmas lewat link apa ya? yang di bio instagram kok gak bisa dibuka
[q] Min kok klik link di postingan ini malah ke halaman 404?
Link pendaftaran pelatihan kerja di Disnaker sudah dibuka, cek di website resmi sukamajukab.go.id bagian berita
[q] Pendaftaran lomba 17an lewat google form ya? linknya dong min
Buat yang nanya link, ada di kolom komentar paling atas, udah disematkan admin
Ini link resmi pengaduan pelayanan publik: lapor.go.id, bisa dipakai semua warga
Cek penerima bansos di cekbansos.kemensos.go.id pakai NIK, gratis gak perlu bayar siapa siapa
[q] Daftar CPNS tahun ini lewat sscasn.bkn.go.id kan? takut salah link
Link zoom sosialisasi PPDB nya kok gak dibagikan min? udah jam 9 nih
Admin tolong link live streaming upacara HUT kabupaten dibagikan, saya di perantauan pengen nonton
[q] Klik link dimana min? saya orang tua gaptek
Linknya bisa dibuka kok, coba pakai browser Chrome jangan dari aplikasi FB
Daftar ulang siswa baru wajib upload KK dan akta, jangan lupa bapak ibu, batasnya tanggal {tgl}
[q] Slot kuota vaksin HPV di puskesmas masih ada? anak saya kelas 5
Website dinas pendidikan down, mungkin karena semua orang buka bersamaan. Sabar bapak ibu
Formulir online nya minta nomor HP, aman kan min? takut disalahgunakan
""")
# phone numbers / WA of offices
add('hard_ham', 'id', """
hubungi kantor desa {desa} di WA {hp} kalau mau ngurus surat pengantar
Nomor WA pengaduan PDAM: {hp}, saya sudah coba dan dibalas kok
[q] Min ada nomor WA puskesmas {kec} gak? mau tanya jadwal dokter gigi
Call center ambulans gratis Pemkab 112, simpan nomornya bapak ibu, penting
Buat warga {desa} yang butuh ambulans desa bisa telpon Pak Kadus {hp}
Nomor telpon IGD RSUD {telp}, sudah saya telpon tadi malam diangkat
[q] Ini nomor WA bidan desa {desa} masih aktif gak? {hp}
Info pemadam kebakaran: {telp} atau 113. Semoga gak pernah kepakai
Kalau ada kerusakan lampu jalan laporkan ke WA Dishub {hp}, fotonya dilampirkan
Yang mau daftar posyandu lansia hubungi kader kami Bu {dsn} di {hp}
Kantor kecamatan {kec} punya layanan WA {hp}, bisa tanya syarat syarat dulu biar gak bolak balik
[q] nomer WA disdukcapil yang bener berapa ya? yang di spanduk kok gak aktif
Untuk laporan jalan rusak bisa kirim ke WA center Dinas PU {hp} sertakan lokasi dan foto
Pak RT kami nomornya {hp}, warga baru di {rtrw} silakan lapor diri
Ini nomor hotline BPBD kalau ada longsor atau pohon tumbang: {hp}
[q] Apa benar nomor {hp} itu admin resmi Disdukcapil? saya dichat minta foto KTP
Catat ya, layanan pengaduan Dinas Sosial via WA {hp} jam kerja saja
Telp kantor pos {kec} {telp}, buat yang nanya pencairan bansos
Mohon dicantumkan nomor yang bisa dihubungi min, jangan cuma "hubungi kantor terkait"
""")
# judol / slot / togel criticised
add('hard_ham', 'id', """
[neg] tolong blokir judi online, anak saya kecanduan slot sampai jual motor
[neg] banyak iklan judol di komentar, admin tolong hapus
[neg] Min itu komentar atas promosi situs slot, hapus aja, merusak
[neg] Judi online sudah masuk ke desa desa, bapak bapak di pos ronda main slot semua. Mohon penyuluhan
[neg] Gara gara judol suami saya utang dimana mana, tolong pemerintah serius berantas
[neg] Situs judi kok bisa pasang iklan di komentar portal resmi pemerintah, malu
[neg] Togel itu haram dan bikin miskin, kok masih ada yang jualan kupon di warung {desa}
[neg] Maxwin maxwin, yang ada maxmiskin. Sadar bapak bapak
[neg] Katanya gacor, ujung ujungnya sawah digadai. Jangan main judi online lur
[neg] Anak SMP di {desa} sudah pada kenal slot, ini darurat pak. Sekolah harus sosialisasi
[neg] Tolong polres tangkap bandar togel di {pasar}, semua orang tau tempatnya
Ayo warga {desa} lapor kalau ada yang jual kupon togel, nomor aduan polsek ada di balai desa
[neg] Setiap postingan pemkab pasti ada akun akun promosi judol, admin kerja dong
[neg] Yang komen "link gacor hari ini" di atas itu bot, jangan diklik
[neg] Saya mantan pemain slot, rugi puluhan juta. Percayalah gak ada yang namanya jp, yang kaya cuma bandarnya
[neg] Pemuda karang taruna {desa} bikin gerakan anti judol, semoga didukung pemkab
[neg] Judi online lebih bahaya dari narkoba, merusak rumah tangga. Razia HP ASN juga pak
Kominfo tolong takedown situs slot yang pakai nama kabupaten kita
[neg] Judol = jalan menuju miskin. Stop!
[neg] iklan slot di komentar makin banyak min, tolong dimoderasi
[neg] Banyak kasus cerai di pengadilan agama karena judol, semoga ada perhatian serius
[neg] Anak muda sekarang bilang "bentar lagi JP" padahal dari kemarin rugi terus, kasian
""")
# gacor / jp / maxwin / undian in other meanings
add('hard_ham', 'id', """
[pos] Burung kicau Bu {dsn} kemarin juara 1 lomba, gacor banget suaranya
Lomba burung kicau di alun alun minggu depan, murai batu gacor siap tampil
[pos] Kacer saya lagi gacor gacornya, sayang pas lomba malah diam wkwk
[pos] Persikas main gacor tadi sore, menang 3-0! Bangga sama tim kebanggaan kabupaten
Striker tim {desa} gacor banget di turnamen antar desa, 4 gol satu pertandingan
[pos] Lovebird anak saya gacor tiap pagi, tetangga sampai nanya pakannya apa
Guru honorer ngajar 24 JP seminggu tapi gajinya segitu, mohon perhatian
Beban mengajar minimal 24 JP per minggu itu berat buat guru yang sekolahnya jauh
Undian doorprize jalan sehat HUT RI di {desa}: hadiah utama sepeda, diundi jam 10 di lapangan
[pos] Alhamdulillah dapat doorprize kulkas di undian jalan sehat kemarin, terima kasih panitia
Undian arisan RT kami bulan ini jatuh ke Bu {dsn}, selamat bu wkwk
Pengundian nomor urut peserta karnaval {desa} dilakukan hari {hari} di balai desa
Kupon undian jalan sehat bisa diambil di kantor desa, gratis untuk warga
[pos] Hadiah lomba 17an tahun ini banyak, anak anak semangat ikut balap karung
Menang lomba agustusan dapet hadiah wajan, alhamdulillah wkwk
Pemenang lomba desain batik khas Sukamaju diumumkan {tgl} {bulan}, hadiahnya Rp {juta} juta dari Pemkab
Cuan dari jual takjil ramadhan lumayan buat tambah modal, makasih pembeli dari {desa}
""")
# loans KUR / koperasi / pinjol harassment
add('hard_ham', 'id', """
[q] syarat KUR BRI apa saja? mau buka usaha warung
[q] KUR buat petani bunganya berapa persen ya? ada yang pernah ambil?
[q] Pinjaman koperasi desa {desa} bisa buat beli sapi gak? syaratnya KTP sama KK aja?
[neg] saya diteror pinjol ilegal, semua kontak di HP ditelpon, lapor ke mana?
[neg] Hati hati pinjol ilegal, ponakan saya pinjam 1 juta disuruh bayar 4 juta
[neg] Debt collector pinjol datang ke rumah marah marah, padahal saya sudah nyicil. Boleh lapor polisi?
Lapor pinjol ilegal ke OJK di kontak 157 atau lewat email resmi OJK, jangan takut
[q] Pemkab ada program pinjaman bunga 0% buat UMKM gak? katanya ada dari {kabx}
Daripada pinjol mending pinjam ke BUMDes, bunganya kecil dan jelas
[q] KUR Mandiri sama KUR BRI bedanya apa? plafonnya sampai berapa?
Kemarin ajukan KUR {juta} juta, alhamdulillah cair 2 minggu, gak pakai jaminan
[neg] Bank keliling masuk kampung lagi, bunganya mencekik. Tolong koperasi desa dihidupkan
[q] Apakah ada pelatihan literasi keuangan buat ibu ibu? banyak yang terjerat pinjol di {desa}
[neg] Nama saya dipakai orang buat pinjol, tiba tiba ditagih padahal gak pernah pinjam
[q] Bansos bisa buat jaminan pinjaman? ada yang nawarin di pasar
[neg] Koperasi simpan pinjam di {desa} bawa kabur uang anggota, mohon diusut
[q] Pinjaman LPDB buat koperasi syaratnya apa aja pak?
""")
# scam warnings
add('hard_ham', 'id', """
[neg] hati2 penipuan mengatasnamakan bansos, ada yang minta transfer 150 ribu biar bantuan cair
[neg] Waspada! Ada akun FB palsu pakai foto Pak Bupati, minta sumbangan. Itu bukan akun resmi
[neg] Hati hati bapak ibu, ada SMS "selamat anda dapat hadiah dari Pemkab", itu penipuan
[neg] Jangan kasih kode OTP ke siapapun walaupun ngakunya petugas BPJS
Bantuan dari pemerintah itu gratis, gak ada biaya administrasi. Kalau ada yang minta uang laporkan
[neg] Ibu saya ditelpon ngaku dari dinas sosial, disuruh ke ATM. Untung anaknya lagi di rumah
[neg] Ada file APK dikirim lewat WA judulnya "undangan pernikahan", jangan dibuka, itu buat bobol m-banking
[neg] Ada yang ngaku dari Disdukcapil minta foto KTP dan selfie buat "update data". Hoax, jangan dikasih
Penipuan lowongan kerja mengatasnamakan Pemkab marak, rekrutmen resmi tidak dipungut biaya
[neg] Hati hati investasi bodong berkedok arisan online, tetangga saya rugi {juta} juta
Mohon Diskominfo sering sering posting daftar modus penipuan, orang tua kita gampang percaya
[neg] Ada yang jual "kuota" PPDB katanya bisa masuk sekolah favorit bayar 5 juta, itu calo, laporkan!
[neg] Awas penipuan arisan online di grup FB jual beli Sukamaju, adminnya sudah kabur
Kalau ragu, cek dulu ke kantor desa langsung. Jangan transfer apa apa lewat telepon
[neg] Saya hampir kena tipu "kurir paket" yang kirim link lacak resi, HP langsung panas
[neg] Ada yang ngaku petugas PLN mau ganti meteran, minta bayar 500 ribu. Hati hati
""")
# prices and money
add('hard_ham', 'id', """
harga cabai di {pasar} hari ini Rp 80.000/kg, naik terus
Harga bawang merah Rp {ribu}.000 sekilo, ibu ibu pada menjerit
[neg] Harga gabah kering panen cuma Rp 5.800 per kg di tingkat petani, rugi pak
Telur ayam di warung {desa} Rp 29.000 per kg, minggu lalu masih 26 ribu
Beras medium di {pasar} Rp 13.500, premium 15 ribu. Operasi pasar kapan lagi?
[pos] Pasar murah kemarin minyak goreng cuma Rp 14.000 per liter, makasih Disperindag
Harga sapi limosin di {pasar} tembus Rp {juta} juta menjelang Idul Adha
Susu sapi dari peternak cuma dihargai Rp 6.500 per liter, biaya pakan naik terus
UMK Sukamaju tahun depan jadi naik berapa persen pak?
Biaya parkir di alun alun Rp 5.000 buat motor, resmi atau pungli itu?
Retribusi pasar naik jadi Rp {ribu}.000 per bulan, pedagang kecil keberatan
[q] Tarif PDAM per kubik sekarang berapa ya? tagihan saya naik 2x lipat
Gaji honorer Rp 400.000 per bulan, dibayar per 3 bulan. Gimana mau hidup
Pupuk urea subsidi HET Rp 2.250/kg tapi di kios dijual Rp 3.000, mohon ditindak
Dana desa {desa} tahun ini Rp 1,2 M, mohon transparansi penggunaannya di baliho
[q] Berapa biaya nikah di KUA kalau di luar jam kerja? katanya Rp 600 ribu, benar?
Harga pertalite eceran di {desa} sudah Rp 13.000, SPBU jauh
Harga tiket masuk wisata curug {desa} Rp 10.000, murah dan bersih. Recommended
""")
# jobs
add('hard_ham', 'id', """
Lowongan PPPK guru formasi {tahun} sudah diumumkan di website BKD, cek di sana ya bukan dari calo
Info lowongan kerja resmi bisa dilihat di bursa kerja Disnaker, gratis tanpa biaya
[q] Pendaftaran CPNS kabupaten kita tahun ini ada formasi tenaga kesehatan gak?
Job fair Disnaker di GOR Sukamaju tanggal {tgl}, bawa CV dan fotokopi ijazah. Gratis masuk
Rekrutmen PPPK tidak dipungut biaya. Kalau ada yang minta uang pelicin, laporkan ke inspektorat
[q] Pelatihan kerja gratis di BLK Sukamaju untuk jurusan las kapan buka lagi?
Lowongan perangkat desa {desa} dibuka, syarat lengkap ada di papan pengumuman balai desa
[q] Min formasi PPPK teknis untuk lulusan SMK ada gak? anak saya lulusan TKJ
Ada program magang ke Jepang dari Disnaker, resmi dan gratis seleksi. Cek di kantor Disnaker
Rekrutmen petugas pendata sensus desa di {desa}, honor Rp {ribu}0.000, daftar di kantor desa
[neg] Tolong hati hati calo CPNS, tetangga saya bayar 100 juta gak jadi PNS
[q] Pengumuman kelulusan PPPK tahap 2 kapan min?
""")
# UMKM / jamu
add('hard_ham', 'id', """
[pos] keripik tempe produksi desa kami enak, monggo mampir ke {desa} kalau lewat
Gula aren asli dari {dusun}, kami kelompok tani hutan yang produksi. Semoga Pemkab bantu pemasaran
[pos] Batik tulis {desa} sudah dipakai seragam ASN tiap Kamis, pengrajin jadi semangat
Alhamdulillah UMKM kami ikut pameran di pendopo, kopi robusta {desa} habis terjual
Kalau mau oleh oleh khas Sukamaju cari gethuk lindri di {pasar}, murah cuma 10 ribu
Madu klanceng dari {dusun} asli, bukan oplosan. Kami peternak lebah binaan dinas
[pos] Jamu beras kencur Mbah {dsn} legendaris, dari saya SD sampai sekarang rasanya sama
Jamu kunyit asam bagus buat ibu ibu, tapi jangan dijadikan pengganti obat dokter ya
Temulawak dan jahe sudah dari dulu dipakai orang tua kita, bagus ada pelatihan budidaya tanaman obat keluarga
[q] Jamu tradisional buat darah tinggi aman gak diminum bareng obat dari puskesmas?
Sosialisasi TOGA (tanaman obat keluarga) di {desa} bagus, halaman rumah jadi hijau
[neg] Hati hati jamu yang dijual bebas tanpa izin BPOM, ada yang dicampur obat kimia
Emping melinjo {desa} sudah tembus ekspor ke Malaysia, bangga!
[q] UMKM gimana caranya dapat sertifikat halal gratis? katanya ada program dari Kemenag
Produk UMKM Sukamaju sekarang ada di marketplace resmi pemkab, ayo dukung produk lokal
[pos] Wedang uwuh buatan ibu ibu PKK {desa} enak, cocok buat oleh oleh
""")
# very short / caps / emoji-heavy
add('hard_ham', 'id', """
mantap
setuju
hadir
aamiin
hadir min
mantap pak
mantul
setuju bgt
semoga amanah
aamiin ya rabbal alamin
sip
siap laksanakan
alhamdulillah
nyimak
top
keren
lanjutkan
gass
info yg bagus
hadir dari {desa}
nyimak dari {kec}
absen dulu
mantap pak bupati
setuju sekali pak
bener banget
nah gitu dong
ikut senang
maturnuwun infonya
trims infonya min
GASS POLL
MANTAP 👍👍👍
👍👍👍 setuju
🙏🙏🙏 aamiin
👏👏👏👏 keren
🔥🔥🔥 gasss
🇮🇩🇮🇩🇮🇩 MERDEKA
MERDEKA!!!
💯💯 bener
😭😭😭 terharu
❤️❤️❤️ Sukamaju
😍😍😍 cantik banget alun alunnya sekarang
👍👍 sip lanjutkan
Aamiin 🤲🤲
HADIR 🙋‍♂️
wkwkwk bener
wkwkwk pak camat bisa aja
🤣🤣🤣 lucu banget videonya
SETUJU 100%
TOLONG SEGERA DIPERBAIKI!!!
GRATIS??? beneran min??
PROMO?? pasar murahnya dimana min
""")
add('hard_ham', 'jv', """
[pos] manukku lagi gacor gacore, tiap isuk ngoceh ra leren
Ojo melu judi slot lur, sawah e wong tuo entek gara gara kuwi
[neg] Kupon togel isih didol neng warung pojok {desa}, ra isin
nomer WA kantor desa {desa} {hp}, nek arep takon syarat surat
[q] Syarat KUR opo wae yo lur, arep nggo modal tuku sapi
[neg] Ati ati penipuan ngaku soko dinas sosial, njaluk transfer duit
Rego lombok neng {pasar} saiki {ribu} ewu sekilo, larang tenan
[pos] Keripik gedhang gaweane ibu ibu {desa} enak tenan, monggo dicoba
Jamu kunir asem bakul jamu gendong {dusun} isih ono, seger
[neg] Pinjol kae ngeneki kabeh kontak neng HPku, kudu lapor ngendi?
Link e ndi min? ra ketemu
[pos] Alhamdulillah entuk doorprize sepeda pas jalan sehat, matur nuwun panitia
Gajine guru honorer mung sakmono, padahal ngajar 24 JP
""")
add('hard_ham', 'id-en', """
[q] link registration nya mana min? udah scroll sampai bawah gak nemu
Official link nya cuma ppdb.sukamajukab.go.id ya guys, jangan klik yang lain
[neg] Admin please hapus spam judol di comment section, annoying banget
[neg] Slot online itu scam, no one gets rich dari situ kecuali bandarnya
[pos] Burung murai saya lagi gacor mode on, ready buat lomba minggu depan
[neg] Be careful guys, ada phishing link ngaku dari BPJS, jangan input data apapun
KUR BRI interest rate nya sekarang berapa persen? planning buka coffee shop kecil
[neg] Pinjol ilegal harassment nya parah, kontak kantor juga di-spam. Lapor OJK aja
[pos] Support local: kopi robusta {desa} taste nya gak kalah sama kopi mahal
Harga cabai skyrocketing, Rp 90rb/kg di {pasar}. Insane
Info lowongan PPPK official ada di website BKD ya, don't trust calo
Hotline ambulans 112 free of charge, save nomornya
Job fair Disnaker minggu depan, free entry, bring your CV
[pos] Jamu kunyit asam is my daily booster, thanks mbok jamu langganan
""")
add('hard_ham', 'en', """
[q] Where can I find the link to register?
[q] The registration link in the post doesn't open. Is there another one?
In an emergency call the hotline 112, it's free from any phone
[neg] Admin, there are gambling ads in the comments again. Please remove them.
[neg] Online gambling is ruining families here. The government needs to act.
[neg] Beware of scam messages claiming to be from the social assistance office. They never ask for money.
[q] What are the requirements for a KUR small business loan? Asking for my mother-in-law.
[neg] My cousin is being harassed by an illegal loan app. Who do we report this to?
Chili is now Rp 85,000 per kilo at the market. Ridiculous.
The official job listings are on the regency website, not on those WhatsApp forwards.
[pos] Bought some palm sugar from a farmers' group in {desa}. Best I've had, highly recommend.
[pos] My neighbour's magpie robin has been in top form, won the bird singing contest on Sunday.
You can email the tourism office at info.pariwisata@sukamajukab.go.id, they replied within a day.
[q] Is the lucky draw at the fun walk open to visitors or only residents?
The only official admission site is the one ending in .go.id, everything else is fake.
[neg] Someone is impersonating the regent on Facebook asking for donations. Report the account.
[q] Is it safe to take traditional jamu together with blood pressure medication?
FREE health check for over 60s at the health centre this Saturday. Spread the word.
""")
# composed hard_ham cores
parts('hard_ham', 'id', 'core', """
[q] link pendaftaran [[PPDB|pelatihan kerja|lomba 17an|vaksin|beasiswa|pasar murah]] [[nya mana min|dimana ya min|kok gak bisa dibuka|error terus|kok gak muncul di bio]]
[q] slot [[pendaftaran PPDB|antrian online RSUD|kuota vaksin|peserta pelatihan BLK|pendaftaran jalan sehat]] [[sudah penuh ya min|masih ada gak|kok cepet banget habis|dibuka lagi kapan]]
kantor desa {desa} bisa dihubungi di WA {hp}[[ jam kerja| untuk tanya syarat surat| kalau perlu surat pengantar|]]
[q] [[nomor WA|nomor telpon|kontak]] [[puskesmas {kec}|kantor desa {desa}|bidan desa {desa}|Disdukcapil|posko banjir {desa}]] [[berapa ya min|ada yg tau gak|yang aktif yg mana]]
info buat warga {desa}: [[ambulans desa|posko bencana|layanan adminduk|pengaduan air bersih]] hubungi {hp}
[neg] [[admin tolong hapus|tolong dihapus min|lapor min, ada|kok dibiarkan]] komentar [[promosi judol|iklan slot|link judi|spam togel]] di [[atas|postingan ini|kolom komentar]]
[neg] judi online [[sudah merusak|bikin hancur|merusak ekonomi]] [[banyak keluarga di {desa}|rumah tangga tetangga saya|anak muda di {kec}]][[, tolong diberantas|, mohon polisi bertindak|, pemkab harus serius|]]
[neg] [[hati hati|waspada|awas]] penipuan [[mengatasnamakan bansos|ngaku dari Disdukcapil|pakai nama Pak Bupati|ngaku petugas BPJS|kirim APK lewat WA|lowongan kerja palsu]][[, jangan transfer apapun|, jangan kasih OTP|, laporkan ke polisi|]]
harga [[cabai rawit|bawang merah|bawang putih|telur ayam|beras medium|daging sapi|gula pasir|minyak goreng]] di {pasar} [[hari ini|sekarang|minggu ini]] Rp {ribu}.000[[/kg| per kg| sekilo]][[, naik terus|, turun dikit|, mohon operasi pasar|]]
[q] syarat [[KUR BRI|KUR Mandiri|KUR BNI|pinjaman koperasi desa|pinjaman BUMDes|kredit UMKM dari pemkab]] [[apa saja|gimana ya|ada yang tau|buat usaha {usaha}]]
[neg] [[saya|adik saya|tetangga saya|ipar saya]] diteror pinjol ilegal[[, semua kontak dihubungi|, dimaki maki lewat WA|, fotonya disebar]][[, lapor kemana ya|, mohon bantuannya|, ada nomor pengaduan?|]]
[pos] {produk} [[produksi|buatan]] [[ibu ibu PKK|kelompok tani|UMKM|karang taruna]] {desa} [[enak|mantap|laris manis|sudah ada izin PIRT]][[, monggo mampir|, mohon dibantu promosi pak|, dukung produk lokal|]]
[pos] burung [[murai batu|kacer|lovebird|kenari|cucak ijo|perkutut]] [[saya|pak {dsn}|tetangga]] lagi gacor[[, siap ikut lomba di alun alun|, pagi pagi sudah ngoceh|, juara 2 kemarin|]]
lowongan [[PPPK guru|PPPK tenaga kesehatan|CPNS|perangkat desa {desa}|pendamping desa]] [[sudah diumumkan|bisa dicek]] di [[website resmi BKD|sukamajukab.go.id|papan pengumuman kantor desa|sscasn.bkn.go.id]][[, jangan percaya calo|, gratis tanpa biaya|]]
undian [[doorprize jalan sehat|kupon karnaval|hadiah lomba 17an|arisan PKK]] {desa} [[diundi jam 10 di lapangan|dilaksanakan {hari}|hadiah utamanya sepeda motor|hadiahnya dari sponsor UMKM]]
[q] [[email|alamat email|e-mail]] resmi [[Disdukcapil|Dinas Pendidikan|Dinas Sosial|RSUD|BKD]] [[apa ya min|yg aktif apa|buat kirim berkas]]
email {dinas_}@sukamajukab.go.id [[bisa dipakai buat pengaduan|aktif, saya sudah kirim berkas kesana|dibalas 2 hari kerja]]
""")
parts('hard_ham', 'id', 'detail', """
[q] makasih min
[neg] jangan sampai banyak korban
[pos] semoga laris
[q] soalnya di grup WA beredar macem macem
""")
parts('hard_ham', 'en', 'core', """
[q] where is the [[registration|sign-up|booking]] link for the [[school admission|vaccination|job fair|free health check]]
[q] the [[registration|booking]] slots [[for the hospital queue|for the vaccination|for the training course]] are already full, will more open
[neg] [[please delete|admin, remove|report]] the [[gambling|online slot|lottery]] spam in the comments
[neg] [[watch out for|beware of|don't fall for]] [[fake aid messages|scammers pretending to be officials|phishing links claiming to be BPJS]]
the [[village office|health centre|water company|disaster agency]] can be reached on WhatsApp at {hp}
""")
parts('hard_ham', 'jv', 'core', """
[q] link [[pendaftaran|PPDB|lomba]] e neng ndi min
[neg] ojo melu [[judi slot|togel|judol]] lur, [[marakke mlarat|sawah iso entek|keluarga dadi rusak]]
[neg] ati ati penipuan [[ngaku soko dinas|bansos palsu|APK neng WA]]
rego [[lombok|brambang|endog|beras]] neng {pasar} saiki {ribu} ewu
""")
parts('hard_ham', 'id-en', 'core', """
[q] link [[registration|pendaftaran]] nya [[error|gak bisa dibuka|mana]] min
[neg] please admin [[hapus spam judol|blokir akun promosi slot|moderate comment section nya]]
[neg] [[be careful|stay alert]] guys, ada [[scam bansos|phishing link BPJS|fake account Pak Bupati]]
harga [[cabai|bawang|telur]] lagi [[naik parah|skyrocketing|gila gilaan]], Rp {ribu}rb/kg di {pasar}
""")

# ---- farming_dairy -----------------------------------------------------------
add('farming_dairy', 'id', """
[neg] Pupuk subsidi di kios {desa} selalu habis pas musim tanam, tapi di toko non subsidi ada terus. Aneh
Harga gabah anjlok pas panen raya, tolong Bulog serap gabah petani
[neg] Kartu tani saya saldonya nol terus, padahal sudah terdaftar di RDKK
[pos] Alhamdulillah panen padi di {desa} tahun ini bagus, 7 ton per hektar
Susu sapi perah dari koperasi dihargai murah, sementara harga konsentrat naik terus
[neg] Sapi perah tetangga kena PMK lagi, mohon vaksinasi PMK dipercepat ke {dusun}
Inseminasi buatan di {desa} petugasnya susah dihubungi, sapi keburu lewat masa birahi
[pos] Penyuluh pertanian {kec} rajin turun ke sawah, terima kasih pak PPL
Tolong dibangun embung di {desa}, tiap kemarau sawah kering kerontang
Hama wereng menyerang sawah di {desa}, tolong bantuan pestisida dan penyuluhan
[neg] Tikus sawah merajalela, gropyokan tiap minggu tetap aja habis padinya
Pupuk organik dari kotoran sapi bisa jadi solusi, asal ada pelatihan pengolahannya
[pos] Bantuan alsintan traktor untuk kelompok tani {desa} sudah datang, alhamdulillah
Kapan pasar hewan {kec} buka lagi? sudah ditutup lama karena PMK
[neg] Harga pakan ternak naik 3 kali tahun ini, peternak kecil bisa gulung tikar
Mohon ada pelatihan biogas dari kotoran sapi, di {dusun} banyak peternak
Asuransi usaha tani padi itu preminya berapa dan gimana klaimnya kalau gagal panen?
[pos] Kelompok ternak kami dapat bantuan bibit rumput gajah, sekarang pakan aman
[neg] Irigasi dari bendungan {desa} jadwal gilirannya gak adil, hulu dapat terus hilir kering
Petani milenial di {desa} mulai pakai drone buat nyemprot, keren
Harga jagung pipil di {desa} lagi bagus, Rp 5.500 per kg
Tolong cek kualitas benih bantuan, banyak yang gak tumbuh di sawah kami
[neg] Musim kemarau panjang, sumur sumur kering, sapi perah produksi susunya turun separuh
Koperasi susu {desa} sekarang bayar tiap 2 minggu, lebih lancar. Makasih pengurus
Program satu desa satu produk unggulan bagus, desa kami fokus ke susu sapi dan olahan yogurt
[q] Cara daftar kartu tani baru gimana ya? anak saya baru mulai bertani
Pengecer pupuk di {desa} minta KTP asli ditahan dulu, boleh begitu?
[pos] Panen cabai di {desa} melimpah, semoga harga stabil
Banyak sawah di pinggir jalan {kec} sudah jadi perumahan, ketahanan pangan gimana nanti
Dulu tiap desa ada lumbung padi, sekarang hilang. Perlu dihidupkan lagi
""")
add('farming_dairy', 'jv', """
[neg] Rabuk subsidi entek terus neng kios, petani kudu tuku sing larang
Rego gabah mudhun pas panen, petani rugi terus lur
[pos] Panenan pari taun iki apik, alhamdulillah
[neg] Sapiku kena PMK, sikile bengkak ora gelem mangan. Mantri kewan e tulung teko
Susu sapi regane murah, pakan e larang. Piye iki pak
[neg] Wereng nyerang sawah neng {desa}, parine podho garing
Suket gajah saiki angel, kudu tuku. Mbok ono bantuan bibit
Banyu irigasi ora tekan sawahku neng pojok, wis pirang minggu
[pos] Pak PPL {kec} apik, sregep ngecek sawah
Nek ketigo sapi perah susune sithik, mergo suket garing
""")
add('farming_dairy', 'id-en', """
[neg] Supply pupuk subsidi gak pernah cukup, petani struggle tiap musim tanam
Petani muda di {desa} mulai pakai smart farming, ada sensor kelembaban tanah. Cool
Harga susu sapi di tingkat peternak gak sebanding sama cost pakan
[pos] Program vaksin PMK gratis helpful banget buat peternak kecil
""")
add('farming_dairy', 'en', """
[neg] Dairy farmers here are being paid far too little per litre of milk.
Subsidised fertiliser never seems to reach the small farmers when they need it.
[pos] Great to see young farmers in {desa} using drones for spraying.
The rice harvest looked fantastic when I drove through {kec} last week.
[neg] Foot and mouth disease is back in the area. Vaccination needs to be faster.
""")
parts('farming_dairy', 'id', 'core', """
[neg] pupuk subsidi di kios {desa} [[kosong terus|sudah habis padahal baru musim tanam|dijual di atas HET]]
[neg] harga gabah di {desa} [[anjlok|cuma Rp 5.{nnn} per kg|dimainkan tengkulak]] pas panen raya
[pos] panen padi di {desa} alhamdulillah bagus[[, {n} ton per hektar|, gak ada serangan hama|]]
[neg] sapi perah di {dusun} [[kena PMK|mulai lumpuh kena LSD|produksi susunya turun]]
[neg] harga susu sapi di koperasi {desa} cuma Rp [[5.500|5.800|6.000|6.200|6.500|7.000]] per liter
[neg] sawah di {desa} [[kekeringan|diserang wereng|diserang tikus|kebanjiran]][[, petani terancam gagal panen|, sudah {n} minggu|]]
[pos] penyuluh pertanian di {kec} [[rajin turun ke lapangan|sangat membantu kelompok tani|ngajarin bikin pupuk organik]]
[neg] irigasi di {desa} [[jebol|kering|mampet sampah]]
[pos] bantuan [[traktor|pompa air|bibit padi|bibit rumput gajah|sapi]] untuk kelompok tani {desa} sudah diterima
[neg] petugas IB di {kec} susah dihubungi
[neg] harga pakan konsentrat naik terus, peternak di {desa} makin berat
""")
parts('farming_dairy', 'id', 'detail', """
[neg] petani kecil makin terjepit
[neg] mohon dinas pertanian turun ke lapangan
[pos] semoga harga tetap bagus
[neg] kalau begini terus anak muda gak mau jadi petani
""")
parts('farming_dairy', 'jv', 'core', """
[neg] rabuk neng {desa} entek
[neg] rego gabah neng {desa} mudhun
[neg] sapi neng {dusun} kena PMK
[pos] panenan neng {desa} apik
[neg] sawah neng {desa} kekeringan
""")
parts('farming_dairy', 'id-en', 'core', """
[neg] supply pupuk subsidi di {desa} zonk lagi
[pos] panen di {desa} this season bagus banget
[neg] harga susu sapi di {desa} not worth it sama biaya pakan
""")
parts('farming_dairy', 'en', 'core', """
[neg] farmers in {desa} can't get subsidised fertiliser
[pos] the harvest in {desa} looks great this year
[neg] dairy cows in {desa} are sick again
""")

# ---- events_culture ----------------------------------------------------------
add('events_culture', 'id', """
Karnaval HUT RI di {kec} tahun ini rame banget, kostum anak SD kreatif kreatif
[pos] Merdeka! Upacara di alun alun khidmat, paskibraka kompak
Kerja bakti bersih desa {desa} minggu pagi jam 7, bawa cangkul dan sapu ya bapak bapak
Festival kuliner Sukamaju kemarin seru, tapi parkirnya semrawut
Lomba panjat pinang di {desa} hadiahnya sepeda, rame yang nonton
[pos] Pentas wayang kulit semalam suntuk di pendopo, dalangnya lucu banget
Tolong jadwal karnaval diumumkan dari jauh hari, biar yang di luar kota bisa pulang
Jathilan dan reog di acara bersih desa {desa} meriah, anak muda ikut melestarikan budaya
[pos] Bangga jadi warga Sukamaju, HUT kabupaten tahun ini meriah tapi tetap sederhana
Pawai obor malam takbiran tahun ini rutenya lewat mana min?
[neg] Sound system karnaval sampai jam 12 malam, bayi tetangga gak bisa tidur
Grebeg gunungan hasil bumi di {desa} rebutan sampai ada yang jatuh, hati hati lain kali
Lomba gerak jalan pelajar kemarin panas banget, tolong panitia sediakan air minum
[pos] Senam massal HUT RI di lapangan {desa} diikuti ribuan warga, seru
Pameran UMKM di alun alun kapan lagi? kemarin saya belum sempat datang
Tahun depan bikin lomba kampung bersih lagi pak, warga jadi semangat
[pos] Kirab budaya kemarin keren, tiap kecamatan tampil beda
Kenapa gak ada lomba agustusan buat lansia? simbah simbah juga pengen ikut
Sedekah bumi di {desa} pakai tumpeng raksasa, warga makan bareng di jalan
[neg] Panggung hiburan HUT RI isinya dangdut terus, sesekali kasih panggung buat band lokal dan seni tradisi
Malam tirakatan 16 Agustus di {rtrw} lancar, makasih ibu ibu yang masak
Acara car free day di jalan protokol tiap minggu tolong dilanjutkan
Campursari di balai desa nanti malam, monggo pinarak
Jalan sehat HUT kabupaten rutenya {km} km, cocok buat keluarga
""")
add('events_culture', 'jv', """
[pos] Karnaval e apik tenan taun iki, bocah bocah ayu ayu nganggo kebaya
Merti desa {desa} sesuk ono wayangan, monggo sedulur podho rawuh
Kerja bakti minggu esuk, ojo lali nggowo arit lan pacul
[pos] Tayuban neng {desa} rame, nganti esuk
Jathilan e {dsn} kompak tenan, salut karo bocah enom sing melu nguri uri budaya
Malem tirakatan neng {rtrw} ono tumpengan, wargane kompak
Panjat pinang taun iki hadiahe akeh, bocah bocah seneng
""")
add('events_culture', 'id-en', """
[pos] Karnaval tahun ini next level, kostumnya creative banget
Festival kuliner nya seru, tapi please manajemen parkir diperbaiki
[pos] Wayang kulit semalam suntuk, experience yang gak bisa dilupakan
Car free day tiap minggu is a must, jangan dihentikan ya
""")
add('events_culture', 'en', """
[pos] The carnival was brilliant, the kids' costumes were so creative.
Visited the cultural parade yesterday as a tourist. Wonderful atmosphere, very welcoming people.
[pos] Watched my first all-night wayang performance at the pendopo. Unforgettable.
Please publish the event schedule earlier so visitors can plan.
[neg] The festival was fun but parking was chaos.
""")
parts('events_culture', 'id', 'core', """
[pos] karnaval HUT RI di {desa} [[meriah banget|kostumnya kreatif|ramai sampai malam]]
kerja bakti di {rtrw} {desa} [[minggu pagi jam 7|besok pagi|hari {hari}]][[, bawa alat masing masing|, semua warga diharap hadir|]]
[pos] lomba 17an di {desa} [[seru banget|pesertanya banyak|hadiahnya lumayan]]
[pos] pentas [[wayang kulit|jathilan|reog|campursari|ketoprak|kuda lumping]] di {desa} [[semalam rame|bikin kangen masa kecil|harus dilestarikan]]
[pos] bersih desa {desa} tahun ini [[meriah|khidmat|kompak]]
[neg] panggung hiburan HUT RI di {kec} [[sampai tengah malam|suaranya terlalu keras|parkirnya semrawut]]
jalan sehat HUT RI di {desa} [[start jam 6 dari balai desa|rutenya {km} km|pesertanya ribuan]]
[pos] upacara 17 Agustus di {kec} [[khidmat|lancar|tertib]]
""")
parts('events_culture', 'id', 'detail', """
[pos] terima kasih panitia
[pos] semoga tahun depan lebih meriah
[neg] mohon dievaluasi panitia
[pos] bangga jadi warga Sukamaju
""")
parts('events_culture', 'jv', 'core', """
[pos] karnaval neng {desa} rame tenan
[pos] wayangan neng {desa} apik
kerja bakti neng {desa} minggu esuk
""")
parts('events_culture', 'id-en', 'core', """
[pos] karnaval di {desa} next level
[pos] festival di {kec} super seru
""")
parts('events_culture', 'en', 'core', """
[pos] the parade in {kec} was a joy to watch
[pos] the village festival in {desa} was wonderful
""")

# ---- religion ----------------------------------------------------------------
add('religion', 'id', """
Pengajian akbar di masjid agung malam jumat, monggo bapak ibu rawuh
[pos] Sholawatan bersama habib di alun alun tadi malam adem sekali, semoga berkah
Jadwal imsakiyah ramadhan kabupaten Sukamaju bisa didownload dimana min?
[pos] Alhamdulillah masjid di {desa} akhirnya selesai direnovasi, terima kasih donaturnya
Semoga Sukamaju jadi kabupaten yang baldatun thayyibatun wa rabbun ghafur, aamiin
Insentif guru ngaji TPQ tolong dinaikkan pak, mereka berjuang tanpa pamrih
[pos] Tarawih keliling Pak Bupati ke masjid masjid desa bagus, dekat dengan warga
Pengajian rutin ibu ibu muslimat di {dusun} tiap selasa sore, yang baru pindah silakan gabung
Semoga para jamaah haji dari Sukamaju pulang jadi haji mabrur, aamiin
Takbir keliling tahun ini dilarang pakai petasan ya, bahaya
[pos] Kegiatan natal di gereja {desa} aman dan damai, terima kasih linmas dan banser yang jaga
Toleransi di Sukamaju sudah baik dari dulu, jangan mau diadu domba
Manasik haji anak anak TK di alun alun lucu lucu
[pos] Alhamdulillah pemkab bantu pembangunan pondok pesantren di {desa}
Sholat Idul Adha di lapangan {desa} jam berapa ya?
Mohon sound masjid waktu tarhim sahur jangan terlalu keras, ada yang sakit di sebelah
Semoga almarhum diterima amal ibadahnya, diampuni dosanya. Turut berduka
Haul simbah kyai di pondok {desa} tahun ini dihadiri ribuan santri
[pos] Zakat fitrah di masjid {desa} dibagikan merata, panitianya amanah
Pak, bantuan untuk marbot masjid dan musholla juga mohon diperhatikan
Semoga hujan segera turun, sholat istisqa di lapangan {kec} besok pagi
""")
add('religion', 'jv', """
Pengajian selapanan neng {desa} malem minggu, monggo rawuh
[pos] Sholawatan wingi adem tenan, mugi berkah kagem sedoyo
Mugi-mugi almarhum husnul khotimah, aamiin
Tahlilan neng omahe {nama} sesuk bakda maghrib
Kenduren sedekah bumi neng {dusun} sesuk sore, monggo
""")
add('religion', 'id-en', """
[pos] Sholawatan semalam vibes nya adem banget, masyaAllah
Kajian remaja masjid weekend ini topiknya bagus, open for public
Toleransi beragama di Sukamaju itu the best, keep it up
""")
add('religion', 'en', """
[pos] Lovely to see different faith communities helping each other during the holidays.
[pos] The call to prayer at dawn from the old mosque is one of my favourite memories of {desa}.
May the pilgrims all return home safely.
""")
parts('religion', 'id', 'core', """
[rel] pengajian [[rutin|akbar|selapanan|muslimat]] di [[masjid|musholla]] {desa} [[malam jumat|ba'da isya|tiap minggu pagi|hari {hari}]][[, monggo hadir|, terbuka untuk umum|]]
[rel] sholawatan di {desa} [[semalam adem|ramai jamaah|bikin hati tenang]][[, semoga berkah|, masyaAllah|]]
[rel] semoga [[warga Sukamaju|para petani|anak anak kita|jamaah haji kita]] [[selalu dalam lindungan Allah|diberi kesehatan|diberi keberkahan]], aamiin
[rel] renovasi masjid di {desa} [[sudah selesai|masih butuh dana|dibantu pemkab]]
[rel] insentif guru ngaji di {desa} [[mohon dinaikkan|belum cair|sangat membantu]]
[rel] turut berduka cita untuk [[warga {desa}|keluarga almarhum|korban bencana]][[, semoga diberi ketabahan|, semoga husnul khotimah|]]
""")
parts('religion', 'id', 'close', """
[rel] Aamiin ya rabbal alamin.
[rel] Barakallah.
[rel] Wallahu a'lam.
""")
parts('religion', 'jv', 'core', """
[rel] pengajian neng masjid {desa} [[malem jumat|bakda isya]], monggo rawuh
[rel] mugi warga {desa} tansah pinaringan sehat, aamiin
""")

# ---- complaints (general, mild) -----------------------------------------------
add('complaints', 'id', """
[neg] Kok tiap malam ada balap liar di jalan lingkar, warga gak bisa tidur
[neg] Anjing liar di {desa} makin banyak, anak saya kemarin hampir digigit
[neg] Pengamen dan manusia silver di lampu merah makin banyak, tolong Dinsos ditertibkan
[neg] Parkir liar di depan {pasar} bikin macet tiap pagi
[neg] Pabrik di {desa} buang limbah ke sungai, airnya hitam dan bau
[neg] Asap pembakaran sampah dari lahan kosong tiap sore masuk rumah, anak saya sesak
[neg] Bising knalpot brong tiap malam minggu di alun alun, polisi kemana
[neg] Pedagang kaki lima makan badan jalan, pejalan kaki jadi gak ada tempat
[neg] Sinyal internet di {desa} lemot banget, anak sekolah susah kerjain tugas online
[neg] Listrik di {desa} sering padam tanpa pemberitahuan, kulkas warung saya rusak
[neg] Bau kandang ayam dari peternakan di {dusun} sampai ke pemukiman, izinnya gimana ini
[neg] Jam operasional truk tambang tolong dibatasi, siang malam lewat depan rumah
[neg] Pos ronda di {rtrw} kosong, maling kambing sudah 3 kali bulan ini
[neg] Tiap tahun banjir di {desa}, tiap tahun janji normalisasi sungai, tiap tahun banjir lagi
[neg] Lapangan desa dipakai parkir truk proyek, anak anak gak bisa main bola
[neg] Tolong razia miras oplosan di {desa}, sudah ada yang meninggal
[neg] Orang gila keliaran di {pasar}, kasihan dan juga bahaya, mohon Dinsos bawa ke panti
[neg] Penerangan di taman kota banyak yang mati, jadi tempat pacaran malam malam
[neg] Kenapa informasi pemadaman air/listrik selalu mendadak?
[neg] Pelayanan di bank daerah lambat, teller cuma satu yang buka
[neg] Pungli di jembatan timbang masih ada, sopir truk cerita ke saya
[neg] Admin medsos pemkab kok gak pernah balas komentar warga
[neg] Kebun kosong di sebelah rumah jadi sarang ular, pemiliknya gak pernah bersihin
[neg] Suara speaker hajatan sampai jam 2 pagi, mohon ada aturan jam
[neg] Bus antar kota gak mau berhenti di terminal {kec}, penumpang naik di pinggir jalan
[neg] Tukang parkir minimarket muncul pas mau keluar, pas masuk gak ada
[neg] Nyamuk di {desa} banyak banget sejak selokan gak pernah dibersihkan
[neg] Sejak ada tower di {dusun} kok sinyal malah makin jelek?
[neg] Kenapa perbaikan selalu akhir tahun, kejar serapan anggaran ya?
""")
add('complaints', 'jv', """
[neg] Saben bengi ono trek trekan neng dalan, warga ra iso turu
[neg] Asu liar neng {desa} saiki akeh, bocah bocah wedi metu
[neg] Listrik neng {desa} sering mati, ora ono kabar disik
[neg] Kali neng {desa} ireng, limbah pabrik iku
[neg] Sinyal neng {dusun} angel, nek telpon kudu munggah genteng
[neg] Parkir neng ngarep pasar semrawut, macet saben isuk
""")
add('complaints', 'id-en', """
[neg] Sinyal di {desa} bener bener no signal zone, WFH impossible
[neg] Knalpot brong every weekend, annoying banget
[neg] Customer service PDAM gak responsif, udah complain 3x
[neg] Parkir liar di alun alun chaos tiap weekend
""")
add('complaints', 'en', """
[neg] Street racing on the ring road every weekend night. It's only a matter of time before someone dies.
[neg] The river behind {desa} smells awful, something is being dumped upstream.
[neg] Mobile signal in the hills is almost non-existent.
[neg] Stray dogs are becoming a real problem around the market.
[neg] Power cuts with no warning are costing small shops money.
""")
parts('complaints', 'id', 'core', """
[neg] [[balap liar|knalpot brong|trek trekan]] di [[jalan lingkar|alun alun|jalan {desa}]] [[tiap malam minggu|sampai subuh|makin parah]]
[neg] [[listrik|internet|sinyal HP]] di {desa} [[sering mati|lemot banget|hilang timbul]][[ sejak {hari}|, gak ada pemberitahuan|]]
[neg] sungai di {desa} [[tercemar limbah|penuh sampah plastik|baunya menyengat]]
[neg] parkir liar di [[depan {pasar}|depan minimarket|trotoar alun alun]] [[bikin macet|tarifnya seenaknya|gak ada karcisnya]]
[neg] anjing liar di {desa} [[makin banyak|menggigit anak tetangga|meresahkan]]
[neg] maling [[kambing|motor|ayam|tabung gas]] di {desa} [[sudah {n} kali bulan ini|belum ketangkap|makin nekat]]
[neg] speaker [[hajatan|orkes|karaoke warung]] di {desa} [[sampai jam 2 pagi|terlalu keras|tiap malam]]
[neg] pelayanan [[PLN|PDAM|bank daerah|kantor pos]] di {kec} [[lambat|gak ramah|sering tutup]]
[neg] bau [[kandang ayam|limbah tahu|sampah|pabrik]] di {desa} [[sampai ke rumah warga|bikin mual|gak hilang hilang]]
""")
parts('complaints', 'id', 'detail', """
[neg] warga sudah resah
[neg] sudah lapor ke pak RT tapi belum ada tindakan
[neg] mohon aparat turun
[neg] sudah berbulan bulan begini
[neg] kasihan anak anak dan lansia
""")
parts('complaints', 'jv', 'core', """
[neg] [[listrik|sinyal]] neng {desa} [[mati terus|angel]]
[neg] kali neng {desa} [[reged|ambune ra enak]]
[neg] maling neng {desa} [[wis ping {n}|nekat tenan]]
""")
parts('complaints', 'id-en', 'core', """
[neg] [[internet|sinyal]] di {desa} [[lemot parah|no signal]]
[neg] parkir liar di {pasar} [[chaos|makin parah]]
""")
parts('complaints', 'en', 'core', """
[neg] [[power cuts|water outages|internet drops]] in {desa} happen [[every week|without warning|far too often]]
[neg] the river near {desa} is [[polluted|full of plastic|black with waste]]
""")

# ---- thanks_praise -----------------------------------------------------------
add('thanks_praise', 'id', """
[pos] Terima kasih Pak Bupati, jalan ke desa kami akhirnya mulus
[pos] Salut sama petugas BPBD yang evakuasi warga tengah malam pas banjir
[pos] Pemkab Sukamaju makin keren, informasinya cepat dan jelas
[pos] Terima kasih petugas kebersihan yang tiap pagi nyapu jalan, kalian pahlawan
[pos] Alhamdulillah, semoga Pak Bupati sehat selalu dan amanah
[pos] Terima kasih ibu bidan yang sudah bantu persalinan istri saya tengah malam
[pos] Damkar Sukamaju cepat banget datang, 10 menit sudah sampai. Terima kasih
[pos] Kerja nyata, bukan cuma janji. Lanjutkan pak
[pos] Bangga sama guru guru di pelosok yang tetap mengajar walau jalan rusak
[pos] Terima kasih Pak Camat {kec} yang mau turun langsung lihat jembatan
[pos] Pelayanan RSUD sekarang ramah, semoga dipertahankan
[pos] Matur nuwun Pak Kades {desa}, jalan desa dicor semua
[pos] Salut sama relawan yang bantu korban longsor di {desa}
[pos] Terima kasih Polsek {kec} sudah tangkap komplotan maling motor
[pos] Admin medsos pemkab sekarang responsif, komentar dibalas. Mantap
[pos] Taman kota sekarang bersih dan terang, enak buat jalan sore sama anak
[pos] Makasih pak satpol PP sudah bantu lansia nyebrang di depan pasar
[pos] Perpustakaan daerah sekarang nyaman banget, ada ruang anak juga
[pos] Terima kasih linmas dan banser yang jaga malam takbiran
[pos] Tim penyuluh pertanian luar biasa, panen kami naik tahun ini
""")
add('thanks_praise', 'jv', """
[pos] Matur nuwun sanget Pak Bupati, dalan e wis apik
[pos] Matur nuwun petugas damkar sing cepet teko
[pos] Apik tenan kinerjane, lanjutke pak
[pos] Matur nuwun bu bidan {desa}, panjenengan sabar tenan
[pos] Pak Kades {desa} pancen top, warga seneng kabeh
""")
add('thanks_praise', 'id-en', """
[pos] Big thanks buat tim BPBD, gercep banget
[pos] Pemkab sekarang lebih responsive, appreciate it
[pos] Salute buat nakes puskesmas {kec}, you guys are the real MVP
[pos] Taman kota sekarang aesthetic banget, thanks pemkab
""")
add('thanks_praise', 'en', """
[pos] Huge thanks to the fire brigade for the quick response last night.
[pos] The town square looks beautiful now. Well done to everyone involved.
[pos] Thank you to the nurses at RSUD for looking after my grandmother.
[pos] Good governance is rare, appreciate the transparency on this page.
[pos] Thanks for posting these updates, it helps those of us living abroad keep in touch with home.
""")
parts('thanks_praise', 'id', 'core', """
[pos] terima kasih [[Pak Bupati|Dinas PU|Pak Camat {kec}|Pak Kades {desa}|petugas BPBD|tim RSUD|nakes {pkm_}|Satpol PP|petugas kebersihan]][[, kerjanya nyata|, cepat tanggap|, sangat membantu warga {desa}|, semoga sehat selalu|]]
[pos] salut sama [[relawan|petugas damkar|bidan desa|guru honorer|kader posyandu|linmas]] di {desa}[[, kerja ikhlas|, luar biasa|, tanpa pamrih|]]
[pos] [[mantap|keren|luar biasa|top]] [[pemkab|Pak Bupati|Dinas PU|pemdes {desa}]][[, lanjutkan|, terus berkarya|, semoga amanah|]]
[pos] [[alhamdulillah|syukurlah]] [[jalan|jembatan|lampu jalan|air bersih|posyandu]] di {desa} sudah [[beres|bagus|diperbaiki|ada]][[, terima kasih semua pihak|, matur nuwun|]]
""")
parts('thanks_praise', 'id', 'detail', """
[pos] semoga jadi amal jariyah
[pos] warga {desa} bangga
[pos] semoga makin maju
""")
parts('thanks_praise', 'jv', 'core', """
[pos] matur nuwun [[Pak Bupati|Pak Kades {desa}|bu bidan|petugas damkar]][[, apik tenan|, mugi sehat tansah|]]
""")
parts('thanks_praise', 'id-en', 'core', """
[pos] thank you [[Pak Bupati|Dinas PU|tim BPBD|pemdes {desa}]], [[gercep banget|very helpful|keren parah]]
""")
parts('thanks_praise', 'en', 'core', """
[pos] [[thank you|many thanks|big thanks]] to [[the fire brigade|the village midwife|the disaster team|the road crew]] in {desa}
""")

# ---- questions ---------------------------------------------------------------
add('questions', 'id', """
[q] Min, jadwal pasar murah bulan ini di kecamatan mana aja?
[q] Pendaftaran nikah di KUA sekarang bisa online gak ya?
[q] Pak, kapan pencairan insentif RT RW tahun ini?
[q] Syarat bikin SKCK di polres apa aja ya? buat lamaran kerja
[q] Kalau mau izin keramaian buat hajatan ngurusnya dimana?
[q] Kolam renang umum di GOR buka hari apa saja?
[q] Ada info beasiswa kuliah dari pemkab buat lulusan SMA tahun ini?
[q] Bus sekolah gratis rutenya lewat {desa} gak min?
[q] Surat keterangan domisili buat buka rekening bisa dari desa aja kan?
[q] Mau tanya, pajak bumi bangunan tahun ini bayarnya bisa lewat minimarket?
[q] Kapan ada vaksin rabies gratis buat kucing dan anjing?
[q] Min, ini acaranya terbuka untuk umum atau undangan saja?
[q] Kalau tanah warisan belum dibagi, balik nama sertifikat ngurus ke desa dulu atau langsung BPN?
[q] Tahun ini ada program sertifikat tanah gratis PTSL di {desa} gak?
[q] Bagaimana cara mengajukan bantuan rehab rumah tidak layak huni?
[q] Apakah warga luar kabupaten boleh berobat di RSUD pakai BPJS?
[q] Pembuatan izin usaha NIB bisa dibantu di MPP gak? saya gak paham online
[q] Jam buka perpustakaan daerah hari sabtu sampai jam berapa?
[q] Ada kursus menjahit gratis buat ibu rumah tangga gak ya?
[q] Pendaftaran sekolah rakyat atau boarding school gratis dari pemerintah gimana caranya?
[q] Boleh tau anggaran perbaikan jalan {desa} berapa? biar warga bisa ikut mengawasi
[q] Kapan jadwal uji emisi kendaraan gratis?
[q] Posko mudik lebaran tahun ini di titik mana saja?
[q] Kenapa acara ini gak diumumkan sebelumnya min?
""")
add('questions', 'jv', """
[q] Min, pasar murah sasi iki neng endi wae?
[q] Syarat nikah neng KUA saiki opo wae yo?
[q] Kapan insentif RT cair pak?
[q] Nek arep ngurus sertifikat tanah gratis piye carane lur?
[q] Bus sekolah gratis lewat {desa} ora?
[q] Pajak montor iso dibayar neng {kec} ora?
""")
add('questions', 'id-en', """
[q] Min, event nya open for public kan?
[q] Jadwal update bansos bulan ini kapan ya? any info?
[q] Ada info internship di pemkab buat mahasiswa gak?
[q] Registrasi online nya deadline kapan min?
""")
add('questions', 'en', """
[q] Is this event open to the public?
[q] Where can I pay land tax online?
[q] Does anyone know if the regional library lends books to non-residents?
[q] How do foreigners register a marriage here? Any guidance?
[q] Are there any volunteer opportunities for English teaching in local schools?
[q] When is the next vaccination day for pets?
""")
parts('questions', 'id', 'core', """
[q] [[min|pak|bu|mas admin]], [[jadwal|lokasi|syarat]] [[pasar murah|vaksin rabies|perekaman KTP keliling|pemeriksaan kesehatan gratis|pelatihan UMKM|sertifikat tanah PTSL]] [[di {kec}|di {desa}|bulan ini|minggu depan]] [[kapan ya|gimana|dimana ya|ada info?]]
[q] [[ngurus|bikin|perpanjang]] {dok} [[syaratnya apa aja|bisa di kecamatan gak|berapa lama jadinya|bisa diwakilkan gak]]
[q] [[kapan|gimana caranya|dimana]] [[daftar|ikut|mengajukan]] [[bantuan RTLH|beasiswa pemkab|pelatihan kerja BLK|bantuan alat tani|izin usaha]]?
[q] [[apakah|apa benar]] [[pajak PBB|pajak motor|retribusi pasar|iuran BPJS]] [[bisa dibayar di {kec}|ada keringanan tahun ini|naik tahun ini]]?
[q] [[acara|program|kegiatan]] ini [[untuk warga {desa} juga|terbuka umum|gratis]] gak min?
""")
parts('questions', 'jv', 'core', """
[q] [[min|pak]], [[pasar murah|vaksin|perekaman KTP]] neng {desa} [[kapan|jam piro]]?
[q] ngurus {dok} [[syarate opo wae|suwene piro]]?
""")
parts('questions', 'id-en', 'core', """
[q] min, [[deadline|jadwal|lokasi]] [[pendaftaran|event|pasar murah]] nya [[kapan|dimana]]? any update?
""")
parts('questions', 'en', 'core', """
[q] [[when|where]] is the [[next market day|vaccination day|free health check|job fair]] in {kec}?
""")

# ---- angry_genuine -----------------------------------------------------------
add('angry_genuine', 'id', """
[angry] Kerja dong pak! jalan rusak dari {tahun} gak pernah diperbaiki, pas kampanye aja datang
[angry] Korupsi dana desa {desa} sudah jadi rahasia umum, inspektorat tidur?
[angry] PERCUMA LAPOR, GAK PERNAH DITANGGAPI
[angry] Anggaran miliaran tapi hasilnya aspal setipis kerupuk, kemana uangnya?
[angry] Pejabatnya naik mobil dinas baru, jalan ke desa masih tanah. Mikir!
[angry] Wah hebat, baru diaspal 2 bulan sudah hancur. Kontraktornya saudara siapa?
[angry] Bansos dibagi ke keluarga perangkat desa, warga miskin cuma nonton. Bobrok
[angry] Janji kampanye mana pak? katanya mau gratiskan pupuk
[angry] Guru honorer digaji 300 ribu, rapat pejabat di hotel bintang 5. Adil?
[angry] Setiap banjir cuma foto foto bagi nasi bungkus, solusinya nol
[angry] Sudah 5 kali lapor lampu jalan mati, jawabannya "akan ditindaklanjuti". Ditindaklanjuti sampai kiamat?
[angry] Ini portal resmi atau akun humas pencitraan? komentar kritis pasti gak dijawab
[angry] Puskesmas tutup jam 12 padahal jadwalnya sampai jam 2. Digaji pakai uang rakyat lho
[angry] ASN keluyuran di mall jam kerja, tolong ditertibkan
[angry] Pungli di kantor desa {desa} buat surat pengantar 50 ribu. Masih zaman?
[angry] Ganti bupati ganti janji, rakyat tetap susah
[angry] Pencitraan terus, kerja nyatanya mana
[angry] Kalau gak sanggup ngurus kabupaten mundur aja pak
[angry] Proyek mangkrak di mana mana, tapi laporan keuangan selalu WTP. Lucu
[angry] BIKIN MALU! TAMAN BARU DIRESMIKAN SUDAH RUSAK
[angry] Anak saya ditolak PPDB, anak pejabat masuk lewat jalur belakang. Semua orang tahu
[angry] Pak Dewan cuma muncul 5 tahun sekali, sekarang ngilang ditelpon gak diangkat
[angry] Ngapain studi banding ke luar negeri, masalah sampah di kota sendiri aja gak beres
[angry] Yang beginian diurus cepet, giliran rakyat minta jalan diperbaiki alasannya anggaran
""")
add('angry_genuine', 'jv', """
[angry] Dalan rusak ket biyen ora tau didandani, pas kampanye wae moro!
[angry] Duit dana desa nang ndi? dalane isih lendut
[angry] Lapor ping limo ora ditanggepi, percuma!
[angry] Pejabat e numpak mobil anyar, rakyat e nuntun motor mergo dalan ajur
[angry] Bansos mung nggo dulur e perangkat, sing mlarat ora keduman. Ra adil!
""")
add('angry_genuine', 'id-en', """
[angry] Pencitraan mulu, real action nya zero
[angry] Budget besar, hasilnya nothing. Transparansi please!
[angry] Janji kampanye cuma omong kosong, literally gak ada yang ditepati
[angry] Respon admin cuma copy paste "akan ditindaklanjuti", so annoying
""")
add('angry_genuine', 'en', """
[angry] Billions in the budget and the roads are still a disgrace. Where is the money going?
[angry] Every rainy season the same floods and the same empty promises.
[angry] Officials get new cars while village schools have leaking roofs. Shameful.
[angry] Stop posting photo ops and fix the basic problems.
""")
parts('angry_genuine', 'id', 'core', """
[angry] [[jalan|jembatan|drainase|sekolah]] di {desa} [[rusak dari {tahun}|gak pernah diperbaiki|dibiarkan hancur]][[, pejabatnya kemana|, anggarannya kemana|, pas kampanye aja datang|]]
[angry] [[dana desa|anggaran proyek|dana bansos|dana BOS]] di {desa} [[dikorupsi|gak jelas larinya|disunat]][[, usut tuntas|, KPK tolong turun|, inspektorat tidur|]]
[angry] [[percuma lapor|lapor berkali kali|udah protes]], [[gak pernah ditanggapi|jawabannya template|gak ada hasilnya]]
[angry] [[pejabat|dewan|pak camat|kepala dinas]] [[cuma pencitraan|kerjanya foto foto|gak pernah turun ke lapangan|muncul pas kampanye doang]]
[angry] [[proyek|pembangunan]] [[jalan|pasar|gedung|taman]] di {kec} [[mangkrak|asal asalan|kualitas abal abal]][[, kontraktornya harus diperiksa|, uang rakyat dibuang|]]
""")
parts('angry_genuine', 'id', 'detail', """
[angry] rakyat sudah muak
[angry] jangan cuma janji
[angry] malu sama kabupaten sebelah
[angry] kerja dong!
[angry] ingat, digaji pakai uang rakyat
""")
parts('angry_genuine', 'jv', 'core', """
[angry] [[dalan|jembatan]] neng {desa} [[ajur ket biyen|ora tau didandani]], [[pejabat e neng ndi|duite nang ndi]]
""")
parts('angry_genuine', 'id-en', 'core', """
[angry] [[anggaran|dana desa]] {desa} [[gak transparan|kemana aja]], [[please audit|we need answers]]
""")
parts('angry_genuine', 'en', 'core', """
[angry] [[the road|the bridge|the market]] in {desa} [[has been neglected for years|is a disgrace]], [[where is the budget going|no one is held accountable]]
""")

parts('*', 'id', 'open', """
[angry] Pak Bupati,
[angry] Maaf keras,
[angry] Jujur kecewa,
[angry] Sekali lagi,
[angry] Sudah berkali kali,
[angry] Heran saya,
[rel] Assalamualaikum,
[rel] Bismillah,
""")
parts('*', 'id', 'close', """
[angry] Malu!
[angry] Kerja pak, kerja!
[angry] Rakyat menunggu.
[angry] Jangan cuma janji.
[angry] Ingat akhirat pak.
[angry] Kecewa berat.
[angry] Mikir!
""")
parts('*', 'jv', 'close', """
[angry] Isin!
[angry] Ojo mung janji!
[rel] Aamiin.
""")
parts('*', 'en', 'close', """
[angry] Shameful.
[angry] Do your job.
[angry] We deserve better.
""")
parts('*', 'id-en', 'close', """
[angry] Do better!
[angry] Seriously.
""")

# ---- more roads --------------------------------------------------------------
add('roads_infrastructure', 'id', """
[neg] Jalan {desa} kalau malam kayak uji nyali, lubang dimana mana lampu gak ada
Kapan jembatan {desa} yang putus tahun lalu dibangun lagi? warga masih pakai jembatan bambu darurat
Tolong perbaikan jalan jangan pas musim hujan, aspal dicampur air ya cepat rusak
Bahu jalan di {kec} tinggi rendahnya parah, motor sering kepeleset ke tanah
[pos] Pembangunan jalan {desa} sudah 80 persen, semoga akhir bulan selesai
[neg] Jalan ke TPU {desa} becek banget, pas ada yang meninggal keranda harus digotong lewat pematang
Pagar jembatan {desa} hilang dicuri, tolong dipasang lagi sebelum ada anak jatuh
[pos] Program sumur bor dan pipanisasi di {dusun} mantap, gak perlu antri air lagi
Tiang listrik di pinggir jalan {desa} miring, kabelnya menjuntai rendah
Usul pak, jalan kabupaten yang rusak diberi tanda dulu sebelum diperbaiki, biar pengendara waspada
[neg] Bekas galian kabel optik di pinggir jalan gak diurug lagi, jadi lubang memanjang
""")
add('roads_infrastructure', 'en', """
The potholes near {pasar} have been marked with tyres by residents. That says it all.
[pos] The new footbridge in {desa} means kids no longer cross the river on a raft. Fantastic.
""")

# ---- more health -------------------------------------------------------------
add('health', 'id', """
Puskesmas keliling ke {dusun} tolong dijadwalkan rutin, banyak lansia gak bisa ke kecamatan
[q] Ada layanan psikolog di RSUD gak? anak saya butuh konseling
[pos] Terima kasih dokter jaga IGD semalam, anak saya yang kejang langsung ditangani
Ibu hamil di {desa} banyak yang anemia, tablet tambah darah tolong dibagikan rutin
[neg] Kamar mandi di bangsal kelas 3 RSUD kotor, tolong dibersihkan lebih sering
Kapan ada sunat massal gratis lagi? anak saya sudah kelas 4
Pemeriksaan mata gratis dan bagi kacamata buat lansia itu program bagus, diadakan lagi dong
[neg] Obat yang diresepkan dokter gak ditanggung BPJS, disuruh beli sendiri 300 ribu
[q] Syarat pindah faskes BPJS dari klinik ke puskesmas {kec} apa saja?
Tolong razia rokok di sekolah, anak SMP sudah pada ngerokok vape
Rumah singgah buat keluarga pasien dari desa jauh di dekat RSUD itu perlu banget
[pos] Kader TB di {desa} rajin antar obat ke rumah pasien, salut
Banyak warga {desa} yang hipertensi gak rutin minum obat, perlu edukasi
[neg] Pasien gangguan jiwa di {dusun} dipasung keluarganya, mohon Dinkes turun
Kalau bisa ada poli geriatri di RSUD, lansia antri bareng pasien umum kasihan
[pos] Tim gizi puskesmas datang ke posyandu {dusun} bawa PMT telur dan susu, anak anak senang
Air sumur di {desa} bau karat, aman gak buat minum? mohon dicek dinas kesehatan
[q] Ambulans RSUD bisa jemput pasien ke desa gak? berapa biayanya?
Semoga ada dokter spesialis jantung di RSUD, selama ini dirujuk ke kota provinsi
[neg] Antrean fisioterapi di RSUD sampai 2 minggu, bapak saya pasca stroke harus terapi rutin
Cek gula darah gratis di car free day kemarin bermanfaat, saya jadi tau gula saya tinggi
Penyuluhan kesehatan reproduksi remaja di sekolah penting, banyak yang nikah dini di {desa}
[pos] Alhamdulillah operasi katarak gratis buat simbah saya lancar, sekarang bisa lihat jelas lagi
Kasus campak muncul lagi di {kec}, ayo bapak ibu jangan takut imunisasi
Tolong ada ruang laktasi di kantor kantor pemerintah
[neg] Bidan di {desa} sudah pindah 3 bulan, belum ada penggantinya
""")
add('health', 'jv', """
[pos] Matur nuwun dokter IGD, anakku sing step langsung ditangani
Puskesmas keliling mbok sering teko {dusun}, simbah simbah ora iso adoh adoh
[neg] Obat e kon tuku dewe, jare ora ditanggung BPJS
Banyu sumur neng {desa} mambu karat, aman ora nggo ngombe?
Operasi katarak gratis iku apik tenan, mbahku saiki iso ndeleng meneh
""")
add('health', 'id-en', """
Mental health service di RSUD perlu lebih di-promote, banyak yang butuh tapi gak tau
[pos] Dokter jaga IGD semalam super responsive, thank you so much
Posyandu remaja is a good idea, topik kesehatan mental juga dibahas ya
""")
add('health', 'en', """
Is the tap water in {desa} safe to drink or should we boil it?
[pos] The free cataract surgery programme gave my grandmother her sight back. Thank you.
Mental health services need far more attention in rural areas.
""")

# ---- more education ----------------------------------------------------------
add('education', 'id', """
[q] Jadwal pengumuman PPDB SMP tahap 2 kapan min?
Sekolah di {dusun} muridnya tinggal 30, katanya mau digabung. Terus anak anak sekolah dimana?
[pos] Guru BK di {sekolah} peduli banget, anak saya yang sempat mogok sekolah sekarang mau berangkat lagi
[neg] Buku paket harus beli di sekolah 500 ribu, katanya dana BOS buat buku
Tolong sekolah dilengkapi APAR dan jalur evakuasi, banyak gedung tua
Kurikulum ganti terus, guru dan ortu bingung
[pos] Ekstrakurikuler karawitan di {sekolah} hidup lagi, anak anak semangat nabuh gamelan
Kapan guru honorer di sekolah swasta dapat tunjangan juga?
[neg] Ada guru yang masih main fisik ke murid di {sekolah}, sudah bukan zamannya
Anak berkebutuhan khusus di {desa} gak ada SLB dekat, harus ke kota {km} km
[pos] Program satu desa satu sarjana dari Pemkab semoga berlanjut, keponakan saya terbantu
Pengawasan kantin sekolah perlu, jajanan pakai pewarna tekstil masih ada
Sekolah swasta kecil di desa juga butuh perhatian, jangan cuma negeri
[neg] Pungutan perpisahan kelas 6 sampai 750 ribu, acaranya di hotel. Buat apa?
Lomba baca puisi bahasa Jawa antar SD perlu dihidupkan lagi
[q] Syarat pindah sekolah dari luar kabupaten ke {sekolah} apa saja?
[pos] Sekolah adiwiyata di {desa} bersih dan hijau, contoh bagus buat sekolah lain
Jalur prestasi PPDB tolong juga hargai prestasi non akademik seperti pencak silat dan tilawah
[neg] Wifi sekolah dikunci, guru harus pakai kuota sendiri buat input nilai
Anak anak sekarang kecanduan HP, sekolah dan orang tua harus kompak
Guru PAUD kebanyakan lulusan SMA dan honor kecil, kasih pelatihan gratis dong
[pos] Siswa {sekolah} bikin alat penjernih air buat desanya, keren sekali
Bus sekolah gratis tolong tambah armada, anak anak sampai berdiri berdesakan
[neg] Pembangunan ruang kelas baru di {sekolah} kualitasnya jelek, baru setahun dindingnya retak
""")
add('education', 'jv', """
[pos] Bocah bocah {sekolah} saiki sregep nabuh gamelan, apik tenan
[neg] Buku kudu tuku neng sekolahan, regane larang
Sekolahan neng {dusun} muride sithik, jare arep digabung. Mesakke bocahe
[neg] Perpisahan kelas enem kok neng hotel, larang, wong tuo abot
Guru PAUD neng {desa} bayarane sithik, mbok diperhatikke
Anakku seneng sekolah saiki, gurune sabar
""")
add('education', 'id-en', """
Screen time anak anak makin parah, sekolah perlu program digital detox
[pos] Project siswa {sekolah} bikin filter air itu genius, proud!
Kurikulum berubah ubah bikin guru burnout, please konsisten
[neg] Perpisahan di hotel itu unnecessary, bebanin orang tua
""")
add('education', 'en', """
[neg] Parents shouldn't have to pay for textbooks at a state school.
[pos] Lovely to see children learning the gamelan at school again.
Children with special needs in rural villages have almost no options nearby.
Schools should have proper fire extinguishers and evacuation routes.
""")

# ---- more social_aid ---------------------------------------------------------
add('social_aid', 'id', """
[q] Kalau nama penerima PKH sudah meninggal, bantuannya dialihkan ke anaknya atau hangus?
[neg] Bantuan untuk korban kebakaran di {desa} baru datang seminggu kemudian
Musdes verifikasi DTKS di {desa} minggu depan, warga yang merasa layak tolong hadir
[pos] Terima kasih Baznas Sukamaju, santunan buat anak yatim di {desa} sudah diterima
[q] BLT dana desa tahun ini berapa bulan dan nominalnya berapa?
Bantuan kursi roda dan alat bantu dengar untuk difabel ngajuinnya lewat mana?
[neg] Tetangga saya yang lumpuh gak bisa ambil bansos ke kantor pos, apa harus datang sendiri?
[pos] Petugas pos antar bansos langsung ke rumah lansia di {dusun}, salut
Penerima bantuan harusnya ditempel stiker "keluarga miskin" biar yang gak pantas malu sendiri
[neg] Beras bantuan yang dibagikan kemarin bau apek dan ada kutunya
Bantuan modal usaha buat ibu ibu lebih bermanfaat daripada sembako tiap bulan
[q] Apakah pekerja pabrik dengan gaji UMR masih boleh dapat bansos?
[neg] Desil kami di data katanya naik padahal hidup makin susah, gimana cara sanggah?
Program rumah layak huni di {desa} tahun ini untuk berapa unit pak?
[pos] Bantuan sembako untuk korban banjir cepat datang, terima kasih Dinsos dan relawan
Tolong ada program khusus buat lansia yang tinggal sendiri, mereka gak punya siapa siapa
[neg] Ada oknum minta potongan 50 ribu dari BLT, alasannya buat kas RT
Yang menerima PKH tapi anaknya putus sekolah harusnya dievaluasi, syarat PKH kan anak sekolah
[q] Cara daftar bansos untuk warga yang baru pindah domisili ke {desa}?
Anak yatim piatu di {dusun} tinggal sama neneknya yang sudah tua, mohon dibantu
[neg] Bantuan pangan non tunai harus belanja di e-warong tertentu yang harganya lebih mahal
Kemiskinan ekstrem di {kec} masih ada, pendataan harus door to door
[pos] Bedah rumah gotong royong di {desa}, warga dan TNI kerja bareng. Indah sekali
Dana BLT jangan dipakai beli rokok ya bapak bapak, buat kebutuhan dapur
""")
add('social_aid', 'jv', """
[neg] Berase bantuan mambu apek, ono kutune
[pos] Pak pos nganter bansos nganti omah simbah, matur nuwun
[q] Nek sing entuk PKH wis seda, bantuane terus piye?
[neg] Ono oknum motong BLT seket ewu, jare nggo kas
Mbah {dsn} urip dewe, mbok yo dibantu pak
Bedah omah neng {desa} gotong royong, apik tenan
""")
add('social_aid', 'id-en', """
[neg] Sistem desil bansos confusing, gak ada transparansi gimana cara hitungnya
[pos] Bedah rumah gotong royong TNI dan warga, wholesome banget
Bansos itu safety net, bukan solusi jangka panjang. Need more job creation
""")
add('social_aid', 'en', """
[neg] Some of the rice in the aid packages was stale and had weevils in it.
[pos] The postal workers delivering aid to bedridden elderly people deserve recognition.
[q] How do new residents apply to be included in the welfare database?
""")

# ---- more farming_dairy ------------------------------------------------------
add('farming_dairy', 'id', """
[q] Pendaftaran asuransi ternak sapi gratis dari dinas masih buka gak?
[neg] Kambing saya 3 ekor mati mendadak, mulutnya berbusa. Mohon mantri hewan cek ke {dusun}
Harga tembakau tahun ini jatuh, gudang cuma beli grade bawah. Petani {desa} nangis
[pos] Sekolah lapang iklim dari BMKG dan dinas pertanian bermanfaat, sekarang kami tahu kapan tanam
Peternak sapi perah di {desa} butuh cooling unit, susu sering basi sebelum sampai koperasi
Saluran tersier di {desa} penuh lumpur, tolong normalisasi sebelum musim tanam
[neg] Pupuk subsidi dijatah cuma 2 sak per hektar, mana cukup
Tengkulak datang sebelum panen, kasih harga murah. Petani butuh resi gudang
[pos] Demplot padi organik di {desa} hasilnya bagus, harga jualnya juga lebih tinggi
Alih fungsi lahan sawah jadi pabrik di {kec} harus dibatasi
[q] Ada bantuan bibit ikan lele dan nila buat kolam warga gak?
Kalau bisa pasar hewan buka lagi dengan protokol kesehatan, peternak butuh jual sapi buat biaya sekolah anak
Petani muda butuh akses lahan dan modal, jangan cuma seminar
[pos] Kelompok wanita tani {desa} sukses tanam sayur di pekarangan, dapur aman
Harga kedelai lokal kalah sama impor, pengrajin tahu tempe {desa} beralih ke kedelai impor
[neg] Hujan es kemarin merusak tanaman cabai di {desa}, petani rugi jutaan. Ada bantuan?
Tolong dinas peternakan adakan kontes sapi lagi, peternak jadi semangat merawat
[neg] Obat cacing dan vitamin ternak dari dinas gak pernah sampai ke {dusun}
Irigasi pompa tenaga surya di {desa} bagus, hemat solar
[q] Bagaimana cara mengolah jerami jadi pakan fermentasi? ada pelatihannya?
Pestisida palsu beredar di kios pertanian, tolong diawasi
Mahasiswa KKN di {desa} ajari bikin pupuk cair dari limbah tahu, bermanfaat banget
[pos] Koperasi susu {desa} sekarang bikin yogurt dan susu pasteurisasi sendiri, nilai tambah buat peternak
Sapi perah butuh air banyak, kemarau gini peternak beli air tangki
""")
add('farming_dairy', 'jv', """
Wedhus ku mati mendadak telu, cangkeme umpluk. Tulung mantri kewan
[neg] Rego mbako taun iki ajur, petani nangis
Rabuk mung oleh rong sak sak hektar, ora cukup lur
[pos] Kelompok tani wanita {desa} nandur sayur neng pekarangan, apik
Nek ketigo kudu tuku banyu tangki nggo sapi, abot tenan
Tengkulak teko sakdurunge panen, regane ditekan
[pos] Koperasi susu saiki gawe yogurt dewe, mantep
Mbok pasar kewan dibukak meneh, peternak butuh dol sapi
""")
add('farming_dairy', 'id-en', """
Resi gudang bisa jadi game changer buat petani kecil, please sosialisasi
[pos] Koperasi susu {desa} mulai produksi yogurt sendiri, value added nya real
Solar powered irrigation di {desa} efficient banget, harus direplikasi
[neg] Tengkulak masih dominan, harga ditentukan sepihak. Unfair
""")
add('farming_dairy', 'en', """
[pos] The dairy cooperative making its own yoghurt is a smart move.
Young people won't farm if they can't access land or credit.
Hailstorms wiped out chilli crops in {desa}. I hope there is some compensation.
""")

# ---- more events_culture -----------------------------------------------------
add('events_culture', 'id', """
[pos] Anak saya ikut drumband waktu karnaval, latihannya sebulan, hasilnya memuaskan
Lomba kampung bersih dan hijau tingkat kabupaten, {rtrw} {desa} siap ikut
[q] Pendaftaran peserta karnaval dari RT tutup tanggal berapa?
Kerja bakti minggu ini fokus bersihkan selokan sebelum musim hujan, mohon semua KK kirim wakil
[pos] Pagelaran ketoprak di pendopo kemarin lucu banget, pemainnya warga lokal semua
Tahun ini lomba 17an ada tarik tambang ibu ibu, pasti seru
Tolong pas karnaval ada jalur ambulans, kemarin ada yang pingsan susah dievakuasi
[pos] Festival layang layang di pantai {desa} keren, layangannya gede gede
Gebyar seni pelajar di GOR nanti malam, gratis untuk umum
Upacara adat bersih telaga di {desa} menarik wisatawan, perlu dipromosikan
[neg] Sampah berserakan setelah acara konser di alun alun, panitia harus tanggung jawab
[pos] Pertunjukan barongsai dan reog satu panggung di perayaan imlek, indahnya keberagaman
Kapan ada pasar malam lagi di lapangan {kec}?
Tradisi nyadran sebelum ramadhan di {desa} masih lestari, semoga terus dijaga
Lomba hias tumpeng antar PKK di balai desa jam 9, juri dari kecamatan
Jalan sehat tadi pagi seru, tapi air minum buat peserta kurang
Lomba mural tema kemerdekaan di tembok {sekolah}, hasilnya keren
Kemah budaya pramuka se-kabupaten di {desa} tahun ini dibuka Pak Bupati
[pos] Bangga reog dari {desa} tampil di festival tingkat nasional
""")
add('events_culture', 'jv', """
[pos] Ketoprak neng pendopo wingi lucu tenan, pemaine warga dewe
Nyadran neng {desa} sesuk minggu, monggo sedulur podho kumpul
Kerja bakti resik resik selokan sesuk esuk, saben KK kirim wakil
[pos] Reog soko {desa} tampil neng tingkat nasional, bangga lur
Pasar malem kapan ono meneh neng lapangan?
Lomba tarik tambang ibu ibu mesti rame, ngguyu terus
""")
add('events_culture', 'id-en', """
Festival layang layang di pantai {desa} must visit, view nya bagus
[pos] Barongsai sama reog satu stage, beautiful diversity
[neg] Habis konser sampahnya everywhere, panitia please more responsible
""")
add('events_culture', 'en', """
[pos] The kite festival on the beach was spectacular. Great day out for families.
Loved seeing barongsai and reog on the same stage. That's what this place is about.
[neg] The square was covered in litter after the concert. Organisers need to clean up.
""")

# ---- more religion -----------------------------------------------------------
add('religion', 'id', """
[rel] Alhamdulillah khataman Al Quran santri TPQ {desa} berjalan lancar, semoga jadi generasi qurani
[rel] Pengajian umum peringatan Isra Miraj di masjid {desa} ba'da isya, penceramah dari pondok {kec}
[rel] Semoga ramadhan tahun ini membawa berkah untuk kita semua, mohon maaf lahir batin
Jadwal sholat Idul Fitri di alun alun jam 06.30, bawa sajadah sendiri ya
[rel] Innalillahi wa inna ilaihi rajiun, semoga keluarga yang ditinggalkan diberi kesabaran
Mohon pemkab bantu sertifikasi tanah wakaf masjid dan makam, banyak yang belum bersertifikat
[rel] Masya Allah ribuan jamaah hadir di sholawatan kemarin, tertib dan bersih
Parkir pengajian akbar tolong diatur, kemarin jalan {kec} macet total
[rel] Santunan anak yatim di bulan Muharram di {desa} menyentuh sekali
Perayaan paskah di gereja {desa} berjalan khidmat, terima kasih pengamanannya
Bulan puasa jam kerja ASN dikurangi, pelayanan jangan ikut dikurangi ya
[rel] Semoga pemimpin kita diberi hidayah untuk selalu amanah, aamiin
Kegiatan pesantren kilat ramadhan di sekolah bagus untuk anak anak
Banyak musholla di {desa} butuh perbaikan atap, semoga ada bantuan
[rel] Doa bersama untuk korban banjir di {desa}, semoga diberi kekuatan
""")
add('religion', 'jv', """
[rel] Khataman TPQ neng {desa} lancar, mugi dadi bocah sholeh sholehah
Nyekar neng makam sakdurunge poso, tradisi sing apik
[rel] Innalillahi, mugi almarhumah husnul khotimah, keluarga diparingi sabar
[rel] Mugi poso taun iki berkah, nyuwun ngapunten sedoyo lepat
Mushola neng {dusun} payone bocor, mbok ono bantuan
""")
add('religion', 'id-en', """
[rel] Pesantren kilat ramadhan positive banget buat anak anak
[rel] Sholawat akbar tadi malam peaceful, ribuan orang tapi tertib
Kajian online masjid agung tolong di-upload ke YouTube ya, buat yang di rantau
""")
add('religion', 'en', """
Good to see the Easter service in {desa} went peacefully.
[rel] Condolences to the family. May they find strength.
""")
parts('religion', 'id', 'core', """
[rel] [[jadwal|lokasi]] [[sholat Id|tarawih keliling|pengajian akbar|istighosah]] [[di {desa}|di alun alun|di masjid agung]] [[jam berapa min|sudah diumumkan belum|hari apa ya]]
[rel] [[semoga|mudah mudahan]] [[ramadhan|bulan suci|tahun baru hijriah]] ini [[membawa berkah untuk kita semua|jadi momen perbaikan diri|makin menyatukan warga {desa}|membawa kedamaian untuk Sukamaju]]
[rel] terima kasih [[banser|linmas|remaja masjid|panitia]] {desa} yang [[jaga parkir|atur lalu lintas|bersihkan lokasi]] [[waktu pengajian|saat sholat Id|pas malam takbiran]]
""")

# ---- more complaints ---------------------------------------------------------
add('complaints', 'id', """
[neg] Lampu lalu lintas di pertigaan {desa} nyalanya hijau semua, hampir tabrakan tadi pagi
[neg] Pasar {desa} becek dan kumuh, pembeli pindah ke minimarket
[neg] Jadwal bus sekolah gak tentu, anak saya sering telat
[neg] Kucing dan anjing dibuang di pasar, kasihan dan bikin kotor
[neg] Sawah di sebelah rumah diurug buat perumahan, sekarang rumah kami langganan banjir
[neg] Pak, tolong tertibkan baliho liar, pohon pohon dipaku sampai rusak
[neg] Ada warung remang remang di pinggir jalan {kec}, meresahkan warga
[neg] Jembatan timbang sepi tapi truk over dimensi bebas lewat
[neg] Tarif parkir RSUD naik, padahal pengunjung orang sakit
[neg] Angkot jurusan {kec} sudah gak ada, warga tanpa motor susah ke kota
[neg] Kabel fiber optik semrawut di tiang tiang, ada yang sudah menjuntai ke jalan
[neg] Petasan tiap malam bulan puasa bikin kaget lansia dan bayi
[neg] Pemotongan pohon perindang di jalan protokol, sekarang panas banget
[neg] Tambang pasir ilegal di sungai {desa} bikin tebing sungai longsor
[neg] Warga buang sampah ke saluran irigasi, petani di hilir yang kena
[neg] Orang luar desa buang sampah di jalan sepi dekat hutan {desa}, tolong pasang CCTV
[neg] Debu PLTU/pabrik sampai nempel di jemuran warga {desa}
""")
add('complaints', 'jv', """
[neg] Petasan saben bengi, simbah kaget terus
[neg] Angkot menyang {kec} wis ora ono, angel nek arep neng kutho
[neg] Wong njobo desa mbuang sampah neng pinggir alas, ora nduwe isin
[neg] Pasar {desa} becek lan kumuh, wong wegah blonjo
[neg] Sawah diurug nggo perumahan, saiki omahku kebanjiran terus
""")
add('complaints', 'id-en', """
[neg] Kabel fiber optik di tiang listrik messy banget, safety hazard
[neg] Transportasi umum ke {kec} basically gak ada, susah tanpa motor
[neg] Pohon perindang ditebang, sekarang jalan panasnya unbearable
""")
add('complaints', 'en', """
[neg] There's no public transport to {kec} anymore. People without scooters are stuck.
[neg] Illegal sand mining is eating away the riverbank near {desa}.
[neg] Fireworks every night during Ramadan are terrifying for the elderly and pets.
""")

# ---- more thanks_praise ------------------------------------------------------
add('thanks_praise', 'id', """
[pos] Terima kasih petugas PLN yang benerin listrik tengah hujan deras semalam
[pos] Pak Bupati turun langsung ke lokasi banjir tanpa protokoler, salut
[pos] Alhamdulillah akhirnya {desa} punya posyandu sendiri, gak numpang di rumah warga lagi
[pos] Terima kasih guru guru SLB, kesabaran kalian luar biasa
[pos] Pelayanan Dukcapil jemput bola ke rumah ibu saya yang stroke, terima kasih banyak
[pos] Mantap Satpol PP, PKL sekarang tertata rapi di lokasi baru
[pos] Salut sama anak anak karang taruna {desa} yang bikin bank sampah
[pos] Jalan {desa} sekarang mulus, ke pasar cuma 15 menit. Terima kasih pemkab
[pos] Terima kasih Dinas Pertanian, bantuan pompa air sangat membantu di musim kemarau
[pos] Saya perantau di Jakarta, bangga lihat kampung halaman makin maju
[pos] Petugas TPS di {desa} kerja keras tiap hari, semoga rezekinya lancar
[pos] Semoga pemimpin seperti ini makin banyak, dekat dengan rakyat
[pos] Terima kasih tim SAR yang menemukan anak yang hanyut di sungai {desa}
[pos] Sekarang lapor lewat WA langsung direspon, beda banget sama dulu
[pos] Kinerja Pak Camat {kec} top, tiap minggu keliling desa
[pos] Mantap min, infonya selalu update dan jelas
[pos] Terima kasih sudah memperbaiki lampu jalan, sekarang anak anak pulang ngaji aman
[pos] Pasar {desa} yang baru bersih dan tertata, pedagang dan pembeli senang
[pos] Tim vaksinator puskesmas rela jalan kaki ke {dusun} yang gak bisa dilewati motor, respect
[pos] Terima kasih Pemkab sudah menggratiskan biaya pemakaman untuk warga miskin
[pos] Bangga punya bupati yang sering sholat subuh keliling masjid desa
[pos] Polisi di pos lantas pagi pagi bantu anak sekolah nyebrang, terima kasih pak
[pos] Semoga sehat selalu bu bidan, jasamu tak terlupakan warga {desa}
[pos] Respon cepat dari Dinas PU, laporan pagi siangnya sudah ditambal. Keren
[pos] Makasih pak kades udah perjuangin sinyal internet ke {dusun}, sekarang anak anak bisa sekolah online
""")
add('thanks_praise', 'jv', """
[pos] Matur nuwun petugas PLN sing ndandani listrik pas udan deres
[pos] Salut karo bocah karang taruna {desa}, gawe bank sampah
[pos] Pak Camat {kec} sregep keliling desa, top tenan
[pos] Aku perantau, bungah ndeleng kampung saya maju
[pos] Matur nuwun tim SAR, mugi Gusti Allah sing mbales
[pos] Pasar anyar neng {desa} resik, bakul karo sing tuku podho seneng
[pos] Respon e cepet, esuk lapor awan wis didandani. Mantep
""")
add('thanks_praise', 'id-en', """
[pos] Respon Dinas PU fast banget, pagi lapor siang beres. Impressive
[pos] Sebagai perantau, proud banget lihat kampung halaman makin maju
[pos] Tim SAR you guys are heroes, thank you
[pos] Admin nya informatif dan responsive, love it
[pos] Pasar baru nya clean dan rapi, good job pemkab
""")
add('thanks_praise', 'en', """
[pos] Thank you to the search and rescue team for your tireless work.
[pos] As someone living overseas, it's heartwarming to see my hometown improving.
[pos] The new market building is clean and well organised. Well done.
[pos] Credit where it's due: the pothole I reported was fixed within a day.
""")

# ---- more questions ----------------------------------------------------------
add('questions', 'id', """
[q] Min, kalau mau sewa gedung pertemuan milik pemkab buat nikahan prosedurnya gimana?
[q] Apakah ada layanan antar jemput gratis buat difabel ke RSUD?
[q] Kapan pembukaan pendaftaran paskibraka kabupaten? anak saya minat
[q] Ada program pemutihan denda pajak motor tahun ini?
[q] Kalau rumah kena longsor, lapor bantuan ke BPBD atau ke desa dulu?
[q] Boleh gak warga pakai lapangan GOR buat latihan voli sore sore?
[q] Bagaimana prosedur mengajukan lampu penerangan jalan ke {desa}?
[q] Kantor Disdukcapil hari sabtu buka gak?
[q] Perbaikan jembatan {desa} targetnya selesai kapan pak?
[q] Apa syarat jadi kader posyandu? saya mau ikut bantu
[q] Kalau ketemu orang terlantar di jalan, harus lapor ke mana?
[q] Mau tanya ke Dinas Perikanan, bibit ikan gratis masih ada?
[q] Acara ini ada siaran langsungnya gak min? saya di luar kota
[q] Berapa lama proses izin mendirikan bangunan sekarang? sudah PBG ya namanya?
[q] Kenapa tagihan PBB saya tahun ini naik hampir dua kali lipat?
[q] Tanah kas desa boleh disewa warga buat bertani gak?
[q] Kalau ada pohon tumbang menimpa rumah, ada ganti rugi dari pemerintah?
[q] Min, lokasi tes CPNS untuk kabupaten kita dimana tahun ini?
[q] Pelatihan barista gratis dari Disnaker kapan dibuka lagi?
[q] Program KB gratis di puskesmas masih ada? implan bisa?
[q] Ada sosialisasi tentang pencegahan stunting buat calon pengantin gak?
[q] Bisa minta data curah hujan per kecamatan dimana ya? buat skripsi
[q] Apakah pasar hewan {kec} sudah buka lagi?
[q] Kalau laporan di aplikasi pengaduan gak direspon, eskalasinya ke mana?
[q] Bank sampah di {desa} terima minyak jelantah gak?
[q] Objek wisata {desa} buka jam berapa? tiket masuknya berapa?
[q] Anak saya 16 tahun sudah bisa bikin KTP belum?
[q] Apakah ada kuota khusus PPDB untuk anak guru honorer?
""")
add('questions', 'jv', """
[q] Min, gedung serbaguna pemkab iso disewa nggo mantu ora?
[q] Nek omah kena longsor, laporan neng ndi disik?
[q] Sabtu Disdukcapil buka ora lur?
[q] Wisata {desa} bukak jam piro? karcise piro?
[q] Paskibraka kabupaten pendaftarane kapan?
[q] Bibit iwak gratis isih ono ora pak?
[q] PBB ku kok mundak akeh, piye iki?
""")
add('questions', 'id-en', """
[q] Min, ada live streaming nya gak? lagi di luar kota nih
[q] Pelatihan barista gratis next batch kapan ya?
[q] Objek wisata {desa} opening hours nya jam berapa?
[q] Kalau laporan di app gak di-follow up, escalate kemana ya?
[q] Data curah hujan per kecamatan available dimana? buat research
""")
add('questions', 'en', """
[q] What time does the tourist site in {desa} open, and how much is the entry ticket?
[q] Is there a live stream of the ceremony for those of us abroad?
[q] Can non-residents use the public swimming pool at the sports hall?
[q] Who should I contact about a fallen tree blocking the road in {desa}?
[q] Is the civil registry office open on Saturdays?
""")

# ---- more angry_genuine ------------------------------------------------------
add('angry_genuine', 'id', """
[angry] Dari dulu janjinya mau bangun jembatan {desa}, sampai anak saya lulus SMA belum juga
[angry] Kalau pejabat yang sakit langsung dirujuk ke RS terbaik, rakyat kecil disuruh antri 5 jam
[angry] Tiap musim kampanye tiba tiba jalan diaspal, habis pemilu ditinggal. Pola lama
[angry] Uang retribusi pasar tiap hari ditarik, pasarnya tetap becek dan bocor. Kemana uangnya?!
[angry] Pak Kades {desa} gak pernah ada di kantor, tapi rumahnya tambah mewah. Tanya kenapa
[angry] Dinas terkait cuma lempar tanggung jawab, PU bilang bukan wewenang, desa bilang bukan wewenang
[angry] Petani dapat pupuk oplosan, yang jual dilindungi. Hukum tajam ke bawah
[angry] Sudah viral baru gerak. Harus viral dulu ya pak?
[angry] Seragam gratis katanya, ternyata bayar 400 ribu. Bohong terus sama rakyat
[angry] Pejabat plesiran pakai uang rakyat, bilangnya kunjungan kerja
[angry] Komentar kritis dihapus admin, komentar memuji dibiarkan. Demokrasi macam apa ini
[angry] Banjir tiap tahun di {desa} tapi proyek normalisasi sungai cuma di atas kertas
[angry] TOLONG JANGAN CUMA FOTO FOTO! KAMI BUTUH SOLUSI
[angry] Gedung baru puluhan miliar, pelayanan tetap lambat. Buat apa gedung mewah
[angry] Gaji naik, tunjangan naik, kinerja segitu gitu aja
[angry] Nepotisme di rekrutmen perangkat desa {desa} sudah kelewatan, yang diterima anaknya sekdes
[angry] Warga protes dibilang provokator, pejabat korupsi dibilang khilaf
[angry] Program ini cuma proyek bagi bagi, hasilnya gak ada yang bisa dilihat
[angry] Mobil dinas dipakai mudik dan belanja ke mall, pakai bensin dari APBD
[angry] Jangan salahkan hujan terus pak, drainase gak pernah dibenahi
[angry] Jembatan ambruk, korban jiwa, baru semua sibuk. Dari kemarin kemana?
[angry] Kalian digaji pakai pajak kami, minimal angkat telepon pengaduan!
[angry] Inspektorat, BPK, kejaksaan, tolong audit proyek pasar {desa}. Baru 1 tahun sudah ambruk
""")
add('angry_genuine', 'jv', """
[angry] Wis viral lagek obah, kudu viral disik po pak?
[angry] Retribusi pasar ditarik saben dino, pasar e tetep becek. Duite nang ndi?
[angry] Jare seragam gratis, jebul mbayar. Ngapusi terus!
[angry] Pak Kades ora tau neng kantor, omahe tambah magrong magrong
[angry] Saben kampanye dalan diaspal, bar pemilu ditinggal. Wis apal lur
[angry] Banjir saben taun, janji normalisasi mung neng kertas
""")
add('angry_genuine', 'id-en', """
[angry] Harus viral dulu baru di-handle? Seriously?
[angry] Komentar kritis di-delete, yang muji dibiarin. Not cool admin
[angry] Gedung mewah tapi service nya tetap lelet, priorities wrong banget
[angry] Nepotisme in broad daylight, rekrutmen perangkat desa cuma formalitas
[angry] Janji kampanye expired, rakyat di-ghosting
""")
add('angry_genuine', 'en', """
[angry] Why does it always have to go viral before anything gets done?
[angry] Deleting critical comments doesn't make the problems go away.
[angry] A shiny new office building won't fix slow, indifferent service.
[angry] People died when that bridge collapsed. Someone must be held accountable.
""")

# ---- more hard_ham -----------------------------------------------------------
add('hard_ham', 'id', """
[q] Min, pendaftaran beasiswa pemkab via link apa? yang di story IG kok expired
Ini link resmi pengumuman CPNS: sscasn.bkn.go.id. Selain itu hoax ya bapak ibu
[q] Kode OTP buat daftar antrian online RSUD gak masuk masuk, ada yg sama?
[q] Kok link formulir di berita ini minta login email? aman kan min?
Website sukamajukab.go.id ada menu pengaduan, saya kemarin lapor jalan rusak lewat situ, dibalas
Silakan unduh jadwal imunisasi di dinkes.sukamajukab.go.id, ada per puskesmas
Daftar ulang PPPK wajib bawa berkas asli ke BKPSDM, jangan titip ke orang yang ngaku bisa bantu
[q] Pendaftaran akun SIPD buat operator desa linknya apa ya? saya operator baru
Bagi yang mau ikut seleksi perangkat desa {desa}, berkas dikirim ke email pemdes.{desa_low}@gmail.com atau langsung ke kantor
[q] Email resmi Disdukcapil apa ya? mau kirim berkas perbaikan data
Email pengaduan pelayanan RSUD: pengaduan.rsud@sukamajukab.go.id, saya sudah kirim dan direspon
[q] Min ini email humas.sukamaju@gmail.com beneran punya pemkab? kok gak pakai .go.id
Alamat email Dinas Pariwisata buat izin shooting video di curug ada gak?
Klik "daftar" di pojok kanan atas website, isi NIK, nanti dapat nomor antrian. Gampang kok bu
[q] Bapak ibu yang sudah daftar di link PPDB, dapat notifikasi lewat SMS atau email?
Jangan share foto kartu peserta ujian di FB, ada nomor pendaftaran dan tanggal lahir
Hasil seleksi PPPK bisa dicek di link yang di pengumuman resmi, bukan dari broadcast WA
Live streaming rapat paripurna DPRD ada di channel YouTube resmi DPRD, subscribe biar dapat notif
Follow IG resmi pemkab biar dapat info cepat, jangan dari akun gosip
[q] Kok akun IG pemkab yang centang biru ada dua? yang asli yang mana?
Share ke grup WA keluarga ya, biar orang tua kita gak kena tipu
Screenshot pengumumannya simpan aja bu, sebagai bukti kalau nanti ada masalah
""")
add('hard_ham', 'id', """
[neg] Anak kos di {desa} tiap malam main slot sampai subuh, sudah ditegur malah marah
[neg] Teman kerja saya bunuh diri gara gara utang judi online. Tolong pemerintah jangan main main
[neg] Grup WA kampung kemasukan orang yang promosi situs judi, adminnya tolong keluarkan
[neg] Saya guru, murid kelas 6 sudah tau istilah maxwin dan scatter. Miris
[neg] Iklan judol nyamar jadi iklan game di YouTube anak anak, orang tua harus waspada
Tolong edukasi ke sekolah: judi online bukan game, itu kecanduan seperti narkoba
[neg] Rekening penampung judol banyak pakai KTP warga desa yang dibayar 200 ribu. Hati hati, bisa kena pidana
[neg] Kupon putih/togel dijual terang terangan di {pasar}, polisi pura pura gak tau
[neg] Ada bapak bapak jual kambing buat deposit slot. Masya Allah
[neg] Ini kolom komentar berita pemkab kenapa isinya akun "bandar" semua? tolong filter kata kata judi
Kata "gacor" di komentar berita pemkab itu 90% iklan judi, hati hati jangan klik
Lapor ke aduankonten.id kalau nemu situs judi, sudah saya coba
[neg] Pemain judol biasanya bilang "modal receh", ujungnya rumah dijual
[neg] Suami saya HP nya isinya aplikasi slot semua. Saya harus minta tolong kemana?
[neg] Togel online, slot, sabung ayam, semua ada di {desa}. Polsek tutup mata?
Pengajian kemarin bahas bahaya judi online, semoga yang hadir tersadar
[neg] "JP paus" katanya, yang ada JP = Jadi Pengangguran. Stop judi
JP di kalangan guru itu jam pelajaran ya, bukan jackpot wkwk
[pos] Sertifikasi guru syaratnya 24 JP, alhamdulillah sekarang sudah terpenuhi di {sekolah}
""")
add('hard_ham', 'id', """
[pos] Kontes burung berkicau piala Bupati minggu depan, kelas murai dan kacer rebutan. Kenari saya siap gacor
[pos] Perkutut juara dari {desa} suaranya merdu, harganya sampai puluhan juta katanya
Penangkaran burung di {desa} bisa jadi wisata edukasi, burungnya gacor semua
[pos] Tim voli putri {desa} lagi gacor, menang terus di turnamen antar kecamatan
[pos] Persikas lagi gacor gacornya musim ini, semoga promosi ke liga 2
[pos] Penyerang tim bola desa kami gacor banget, hattrick di final
Lomba burung jangan sampai ada taruhan ya pak, murni hobi
[pos] Anak saya latihan pencak silat, pelatihnya bilang dia lagi "gacor" jelang kejurda wkwk
Maxwin itu cuma ada di iklan, aslinya yang menang cuma bandar
Yang ngomong "auto maxwin" di kolom komentar itu bot. Report aja rame rame
Dapat "jackpot" beneran: doorprize motor dari jalan sehat HUT kabupaten, alhamdulillah
Undian berhadiah dari bank daerah buat nasabah tabungan diumumkan di website resminya, cek sendiri jangan lewat WA
[q] Undian doorprize jalan sehat tadi nomor berapa saja yang menang min? saya pulang duluan
[pos] Pemenang undian umroh gratis dari Baznas untuk marbot masjid diumumkan, selamat pak!
Pengundian pemenang lomba kampung bersih live di IG pemkab nanti malam jam 8
Hadiah lomba desa terbaik Rp 100 juta dari provinsi, semoga {desa} bisa menang tahun ini
[pos] Menang juara 1 lomba cipta menu B2SA, hadiahnya Rp 2,5 juta buat kelompok PKK kami
""")
add('hard_ham', 'id', """
[q] KUR untuk peternak sapi perah bisa sampai 100 juta tanpa agunan gak?
[q] Saya pedagang pasar, ada pinjaman modal dari pemkab yang bunganya rendah gak? biar gak ke rentenir
Ada program pembiayaan ultra mikro lewat kantor pos dan pegadaian, syaratnya ringan
[q] Bagaimana cara cek apakah saya sudah dapat KUR atau belum? takut namanya dipakai
[neg] Pinjol legal pun bunganya tinggi, hati hati jangan gali lubang tutup lubang
[neg] Ada orang nawarin "bantu cair KUR" asal kasih fee 10%. Itu calo kan?
[neg] Debt collector pinjol ngaku polisi dan ancam anak saya. Apa boleh begitu?
[neg] Tolong dibuatkan posko pengaduan korban pinjol di kabupaten, banyak warga malu lapor
Pinjam ke koperasi syariah di {desa} gak ada bunga, pakai akad bagi hasil. Recommended
[q] Bank daerah ada KPR subsidi buat ASN dan honorer gak?
[q] Apakah BUMDes boleh kasih pinjaman ke warga? di {desa} ada yang bilang ilegal
[neg] Rentenir "bank plecit" masih keliling pasar tiap pagi, bunga 20% sebulan
Literasi keuangan penting, banyak ibu ibu di {desa} terjebak arisan online dan pinjol
[neg] Data KTP saya bocor, dipakai daftar 5 aplikasi pinjol. Sudah lapor polisi tapi belum ada kabar
Kalau mau pinjam cek dulu legalitasnya di website OJK, ada daftarnya
""")
add('hard_ham', 'id', """
[neg] Ada yang telpon ngaku dari RSUD bilang anak saya kecelakaan, minta transfer biaya operasi. Ternyata anak saya di rumah. Hati hati!
[neg] Modus baru: ngaku petugas pajak kirim surat tilang lewat WA, filenya .apk
[neg] Penipuan jual beli sapi kurban online, sudah transfer DP sapinya gak ada
[neg] Ada yang jual tiket konser HUT kabupaten palsu, padahal acaranya gratis
[neg] Awas ada orang keliling ngaku dari dinas kesehatan jual obat mahal ke lansia
[neg] Akun palsu Pak Camat {kec} di WA minta pulsa ke kepala desa. Jangan dilayani
Verifikasi dulu ke nomor resmi kantor, jangan percaya nomor baru yang ngaku pejabat
[neg] Undian berhadiah mengatasnamakan bank daerah itu penipuan, bank gak pernah minta transfer pajak hadiah
[neg] Hati hati penipuan lowongan kerja di pabrik baru {kec}, disuruh bayar biaya medical check up
[neg] Tetangga saya kena tipu "investasi sapi", dijanjikan bagi hasil 30% sebulan. Mustahil itu
Kalau ada yang menawarkan "jalur khusus" masuk polisi/TNI/CPNS pasti penipuan
[neg] SMS dari nomor pribadi bilang "paket bansos anda tertahan, klik link ini". Jangan diklik!
[neg] Ada akun jual beli di FB yang pakai nama UMKM kami, kami gak pernah jualan di sana
[neg] Bapak bapak hati hati, ada yang pura pura beli gabah pakai cek kosong di {desa}
""")
add('hard_ham', 'id', """
[pos] Bakso urat Pak {dsn} di depan {pasar} legend, porsinya gede harganya 15 ribu
Warung makan di rest area {desa} masakannya enak, tempat istirahat pemudik yang pas
[pos] Kopi robusta dari lereng gunung {desa} juara kontes kopi provinsi! Pemkab tolong bantu branding
Ibu ibu PKK {desa} terima pesanan nasi kotak buat acara kantor, harga bersahabat. Bisa pesan lewat kantor desa
[pos] Sudah nyoba dodol salak produksi {desa}? rasanya gak kalah sama oleh oleh kota lain
Kain tenun ATBM {desa} bisa dipesan lewat galeri dekranasda di alun alun
[pos] Mau pamer dikit, batik motif sapi perah khas {desa} karya kelompok kami dipakai di acara kabupaten
Yang cari telur asin, di {desa} ada sentra produksi, harga grosir
Produk UMKM binaan dinas sekarang bisa dibeli di toko oleh oleh bandara, bangga
Jamu gendong Mbok {dsn} masih keliling tiap pagi, kunir asem sama beras kencur 5 ribu segelas
[q] Jamu temulawak aman buat anak kecil gak ya? buat nambah nafsu makan
Empon empon (jahe, kunyit, temulawak, sereh) sering kami minum sekeluarga, badan lebih seger
[neg] Hati hati jamu "pegal linu" tanpa izin BPOM, ada yang dicampur obat keras, bisa rusak ginjal
Puskesmas {kec} sekarang ada layanan kesehatan tradisional, akupresur dan ramuan, resmi dari Kemenkes
Taman obat keluarga di balai desa {desa} lengkap, ada sirih, kumis kucing, sambiloto
Minum jamu boleh, tapi kalau sakit berat tetap ke dokter ya bapak ibu
""")
add('hard_ham', 'id', """
Gratis ongkir kalau pesan gula aren dari kelompok tani kami untuk wilayah Sukamaju kota
Pasar murah Disperindag: beras 5 kg Rp 55.000, gula Rp 14.000, minyak Rp 15.000. Bawa KTP ya
[q] PROMO pasar murah itu untuk semua warga atau cuma yang punya kupon?
Diskon 50% denda PBB sampai akhir bulan, manfaatkan bapak ibu
Bebas biaya balik nama kendaraan bulan ini, info dari Samsat
Potongan harga tiket wisata untuk warga ber-KTP Sukamaju, tunjukkan KTP di loket
[q] Voucher belanja dari pemkab untuk pelaku UMKM kemarin cara klaimnya gimana?
Cek kesehatan gratis, daftar sekarang di puskesmas terdekat, bawa KTP dan kartu BPJS
Bonus demografi kita harus dimanfaatkan, pelatihan kerja anak muda perlu diperbanyak
Transfer dana desa tahap 2 sudah masuk rekening desa, semoga pembangunan segera jalan
Hasil panen cabai kami cuan tahun ini, Rp 25 juta per 1.000 m2. Alhamdulillah
Modal Rp 500 ribu buat jualan es teh di depan sekolah, sekarang omzet 200 ribu sehari. Semangat UMKM!
Investasi terbaik itu pendidikan anak, bukan trading atau robot forex yang gak jelas
Menang banyak warga {desa}, jalan dicor, lampu jalan dipasang, air bersih masuk
Klaim asuransi usaha tani padi cair Rp 6 juta per hektar setelah kena banjir, prosesnya 1 bulan
""")
add('hard_ham', 'id', """
SEGERA DAFTAR! Vaksin HPV gratis untuk siswi kelas 5 dan 6, jangan sampai ketinggalan
PENTING: pemadaman listrik bergilir di {kec} hari {hari} jam 09.00-15.00
PERHATIAN warga {desa}, air PDAM mati sampai besok sore karena perbaikan pipa
DARURAT! Jembatan {desa} retak, jangan dilewati kendaraan berat
INFO LOKER RESMI: PPPK Sukamaju dibuka, cek BKPSDM
AWAS BANJIR KIRIMAN malam ini, warga bantaran sungai {desa} siaga
CATAT TANGGALNYA: pencairan BLT tanggal {tgl} di balai desa
‼️ Hati hati jalan licin di tanjakan {desa}, sudah 3 motor jatuh hari ini ‼️
🔥🔥 Kebakaran di {pasar}, damkar sudah di lokasi, hindari jalur itu 🔥🔥
🚨 Pohon tumbang di jalan {desa}, jalan ditutup sementara 🚨
📢📢 Posyandu balita besok pagi di rumah Bu Kadus, bawa buku KIA 📢📢
💉💉 Vaksin campak gratis di puskesmas, ayo bu 💉💉
🙏🙏🙏 Doakan kami warga {desa} yang kena longsor 🙏🙏🙏
🐄🐄🐄 Sapi perah kami alhamdulillah sehat semua setelah vaksin PMK 👍👍
🌾🌾 Panen raya di {desa}! 🌾🌾 alhamdulillah
😍😍😍 Wisata baru di {desa} bagus banget, wajib mampir 😍😍😍
🎉🎉🎉 SELAMAT {sekolah} JUARA 1 LOMBA PASKIBRA 🎉🎉🎉
🤣🤣🤣 Pak camat nyanyi dangdut di panggung 17an, warga langsung joget
💪💪💪 Semangat petugas damkar!!!
❤️❤️ Sukamaju ❤️❤️ kampung halaman tercinta
👍👍👍👍 TOP min infonya
😡😡😡 Jalan rusak lagi!!!
""")
add('hard_ham', 'id', """
gass pak
sip mantap
semangat pak
info valid?
beneran min?
hoax ya ini?
sumbernya mana min?
up
up min
ikut nyimak
save dulu
catet
mantap 2x
siap pak kades
lanjut
kerennn
amiin amiin
ok min
oke siap
noted min
bagus
apik
sae
hmm
terus gmn min?
nah ini baru bener
jos
joss gandoss
wah keren
yes akhirnya
alhamdulillah ya Allah
ya ampun kasian
innalillahi
turut berduka
hati hati di jalan
cepet sembuh pak
selamat ya
selamat bertugas
congrats
""")
add('hard_ham', 'jv', """
[neg] Bocah bocah saiki ngerti maxwin, ngerti scatter, ora ngerti moco Quran. Miris
Nek ono sing ngaku soko bank njaluk kode OTP, ojo diwenehke lur
[pos] Kenariku menang kontes piala bupati, gacor tenan
[pos] Tim bal desa dewe lagi gacor, menang terus
[q] KUR nggo peternak sapi iso nganti piro yo?
[neg] Bank plecit isih keliling pasar, bungane nyekik
[pos] Dodol salak soko {desa} enak tenan, oleh oleh sing pas
Jamu gendong Mbok {dsn} isih keliling, beras kencur limang ewu
Rego gabah saiki Rp 6.{nnn} sekilo, lumayan tinimbang wingi
WA kantor desa {desa} {hp} fast respon, nek arep takon monggo
[q] Link daftar PPDB kok ora iso dibukak yo?
mantep
nyimak lur
sip pak
""")
add('hard_ham', 'id-en', """
[q] Min, link form nya expired, bisa di-update?
Official email Disdukcapil itu yang domain .go.id ya, jangan kirim data ke gmail random
[neg] Spam judol di comment section makin out of control, tolong pakai filter
[neg] "Gacor", "maxwin", "JP" semua itu bait, don't fall for it
[pos] Kenari gue lagi on fire, gacor parah pagi ini wkwk
[q] KUR requirement nya apa aja ya buat small business?
[neg] Debt collector pinjol toxic banget, screenshot semua chat buat bukti lapor polisi
[neg] Scam alert: ada APK undangan nikah di WA, jangan di-install
Harga telur lagi naik, Rp 30rb/kg, budget dapur makin tight
[pos] Support UMKM lokal: gula aren {desa} quality nya premium
Hiring info official PPPK cuma dari website BKPSDM, jangan dari random broadcast
Free ongkir gula aren buat area kota, support local farmers
Giveaway buku gratis dari perpustakaan daerah buat anak anak, legit kok, saya udah dapet
[q] Promo tiket wisata buat warga lokal masih berlaku gak?
Jamu kunyit asam + madu = my morning routine
""")
add('hard_ham', 'en', """
[q] Is there an official website for the job fair, or just the Instagram post?
The hotline number for the fire brigade is 113. Save it in your phone.
[neg] Please add a filter for words like "gacor" and "maxwin", the comments are full of gambling bots.
[neg] My uncle lost his savings to online slots. This is a real crisis in rural areas.
Genuine question: is the lucky draw for the fun walk legit? My neighbour won a fridge, so I guess yes.
[neg] Warning: there's a fake account using the regent's photo asking people to transfer money.
[pos] Tried the palm sugar coffee from a village co-op in {desa}. Delicious, and it supports local farmers.
You can check the official list of licensed lenders on the OJK website before borrowing.
[q] Free health check for the elderly this weekend, does anyone know if registration is needed?
[neg] Scam alert: messages saying your aid package is on hold and asking you to click a link are fake.
Prices at the market today: shallots Rp 40,000/kg, eggs Rp 29,000/kg. Steep.
[pos] The bird singing contest at the square was such a fun local tradition to watch.
[q] What's the email address for the tourism office? I'd like to ask about homestays.
Official announcements only come from .go.id sites. Ignore forwarded links.
Great discount for residents at the local waterpark this month, just show your ID.
[q] Does the KUR loan scheme require collateral for small amounts?
CALL 112 IN AN EMERGENCY. It works even without credit.
WOW 😍😍 the rice terraces in {desa} at sunrise!!!
""")
parts('hard_ham', 'id', 'core', """
[q] [[min|admin|pak]], [[linknya|link daftarnya|link pengumumannya]] [[kok gak bisa dibuka|kadaluarsa|mana ya|dimana]][[, saya mau daftar {hal}|, buat {hal}|]]
[neg] [[tolong|mohon|please]] [[pemkab|polres|kominfo|admin]] [[blokir|berantas|tindak tegas|hapus]] [[judi online|situs slot|akun judol|bandar togel]][[, sudah banyak korban di {desa}|, anak anak muda rusak|, rumah tangga hancur|]]
[neg] [[waspada|hati hati|awas]] [[nomor|akun WA|akun FB]] {hp} [[ngaku dari|mengatasnamakan]] [[Dinas Sosial|Disdukcapil|Pak Camat|kantor pos|BPJS]][[, itu penipuan|, jangan ditanggapi|, sudah saya laporkan|]]
[q] [[KUR|pinjaman koperasi|kredit usaha|pembiayaan BUMDes]] [[buat {usaha}|untuk modal {usaha}]] [[syaratnya apa|bisa berapa juta|bunganya berapa persen|prosesnya berapa lama]]?
[pos] [[beli|pesan|coba]] {produk} di {desa} [[enak|murah|mantap]][[, harganya Rp {ribu}.000|, produksi warga sendiri|, cocok buat oleh oleh|]]
[q] [[undian|doorprize|pengundian hadiah]] [[jalan sehat|karnaval|lomba 17an|senam massal]] {desa} [[jam berapa|dimana|kapan diumumkan]] min?
[q] lowongan [[PPPK|CPNS|perangkat desa|petugas pemilu|pendamping PKH]] [[dibuka kapan|info resminya dimana|syaratnya apa]]? [[jangan sampai ketipu calo|takut hoax|makasih]]
harga [[gabah|jagung|susu sapi|cabai|tembakau|sapi]] di {desa} [[sekarang|minggu ini]] [[Rp {ribu}.000|Rp {nn}.000|sekitar Rp {ribu}.{nnn}]][[ per kg| per liter| per ekor|]]
[neg] [[komentar|akun|bot]] [[judi|slot|togel]] di [[atas|sini|berita ini]] [[jangan diklik|itu penipuan|tolong direport|bikin malu portal pemerintah]]
""")
parts('hard_ham', 'en', 'core', """
[q] [[is there|where can I find]] [[an official email|a WhatsApp number|a hotline]] for [[the health centre|the civil registry|the tourism office|the village office]] in {kec}
[neg] [[my neighbour|a relative|a friend]] [[got scammed by|lost money to|is being harassed by]] [[an illegal loan app|a fake aid message|an online slot site]]
[pos] [[tried|bought|ordered]] {produk_en} from a [[village co-op|women's group|small business]] in {desa}, [[really good|highly recommend|great value]]
""")

# ---- top-ups: more composable cores -------------------------------------------
parts('education', 'id', 'core', """
[neg] [[kipas angin|proyektor|komputer|kursi|papan tulis]] di {sekolah} [[rusak semua|sudah gak layak|tinggal separuh yang bisa dipakai]][[, guru beli sendiri|, sudah lapor ke dinas|, murid iuran buat benerin|]]
[q] [[pendaftaran|pengumuman|daftar ulang]] [[PPDB|jalur afirmasi|jalur prestasi|jalur mutasi]] [[SD|SMP|SMA]] [[tahun ini kapan|sampai tanggal berapa|di {sekolah} gimana]]?
[pos] [[bangga|salut|terima kasih]] [[untuk|sama]] [[guru guru|kepala sekolah|siswa siswi|komite]] {sekolah}[[ yang juara lomba {lomba}| yang gak pernah capek mendidik| atas kerja kerasnya|]]
[neg] [[anak saya|keponakan saya|anak tetangga]] [[di-bully|dimintai iuran terus|sering pulang pagi karena gurunya gak datang]] di {sekolah}[[, mohon ditindak|, sudah lapor wali kelas|]]
[neg] [[jalan|jembatan]] menuju {sekolah} [[rusak parah|licin kalau hujan|putus]], anak anak [[sering jatuh|harus muter {km} km|telat sampai sekolah]]
""")
parts('education', 'en', 'core', """
[pos] [[congratulations|well done|hats off]] to [[the students|the teachers|the staff]] at {sekolah}
[neg] the [[toilets|classrooms|library]] at {sekolah} are in [[a terrible state|need of urgent repair]]
""")
parts('education', 'id-en', 'core', """
[neg] fasilitas [[toilet|lab|perpustakaan]] di {sekolah} [[gak layak|outdated banget|perlu upgrade]]
[pos] [[congrats|proud banget|salute]] buat [[siswa|guru]] {sekolah}[[, keep it up|, inspiring|]]
""")
parts('education', 'jv', 'core', """
[neg] [[WC|kelas|bangku]] neng {sekolah} [[rusak|ora layak]], mesakke bocah bocah
[pos] bungah ndeleng bocah {sekolah} [[juara lomba|pinter pinter|sregep sinau]]
""")
parts('social_aid', 'id', 'core', """
[q] [[BLT|PKH|BPNT|bantuan beras|bansos sembako]] [[bulan ini|tahap ini|tahun ini]] [[cair kapan|sudah cair belum|disalurkan lewat mana]] [[min|pak]]? [[warga {desa} nunggu|kami sangat butuh|]]
[neg] [[ibu saya|nenek saya|tetangga saya yang lansia|janda di {dusun}]] [[dicoret dari DTKS|gak pernah dapat bansos|bantuannya tiba tiba berhenti]][[ padahal hidup sendiri| padahal gak punya penghasilan| tanpa penjelasan|]]
[pos] [[terima kasih|alhamdulillah]], [[BLT|bantuan beras|bedah rumah|santunan yatim|bantuan sembako]] [[sudah diterima|cair|selesai]][[ di {desa}| untuk warga {dusun}|]][[, sangat membantu|, semoga berkah|]]
[neg] [[pembagian|penyaluran|pendataan]] bansos di {desa} [[gak transparan|pilih kasih|molor terus|banyak salah sasaran]][[, mohon diaudit|, warga kecewa|, yang dekat perangkat yang dapat|]]
""")
parts('social_aid', 'jv', 'core', """
[q] [[BLT|PKH|bansos beras]] [[sasi iki|tahap iki]] [[cair kapan|wis cair durung]] pak?
[neg] [[mbahku|tanggaku sing wis sepuh]] [[ora tau entuk bantuan|dicoret soko data]]
""")
parts('social_aid', 'en', 'core', """
[q] when will the [[cash transfer|food aid|rice assistance]] be distributed in {desa}
[pos] the [[house renovation|food aid|orphan support]] programme in {desa} is making a real difference
""")
parts('social_aid', 'id-en', 'core', """
[q] [[BLT|PKH|bansos]] [[bulan ini|next batch]] kapan cair? any update min?
[neg] data DTKS di {desa} [[outdated|berantakan]], banyak yang [[gak tepat sasaran|miss]]
""")
parts('complaints', 'id', 'core', """
[neg] [[CCTV|lampu taman|toilet umum|wastafel]] di [[alun alun|terminal {kec}|taman kota|{pasar}]] [[rusak|gak berfungsi|kotor banget|hilang]][[ sudah {n} bulan| dari lebaran kemarin|]]
[neg] [[truk|bus|angkot|motor]] [[ngebut|parkir sembarangan|buang sampah]] di [[jalan {desa}|depan {sekolah}|depan {pasar}]][[, bahaya buat anak anak|, tolong ditertibkan|]]
[neg] [[asap|debu|bising]] dari [[pabrik|proyek|penggilingan padi|pembakaran sampah]] di {desa} [[bikin warga batuk|masuk ke rumah|gak ada hentinya]]
""")
parts('complaints', 'jv', 'core', """
[neg] [[truk|montor]] [[ngebut|parkir sak enak e]] neng {desa}, [[mbebayani|ora nduwe tata krama]]
""")
parts('complaints', 'en', 'core', """
[neg] [[trucks|motorbikes]] [[speed through|park all over]] {desa} [[every day|at school time]]
""")
parts('complaints', 'id-en', 'core', """
[neg] [[CCTV|toilet umum|lampu taman]] di [[alun alun|terminal]] [[rusak|not working]], [[please fix|udah lama banget]]
""")
parts('thanks_praise', 'id', 'core', """
[pos] [[pelayanan|respon|kinerja]] [[Disdukcapil|RSUD|{pkm_}|Dinas PU|pemdes {desa}|kecamatan {kec}]] [[makin bagus|sangat memuaskan|cepat sekali|patut diacungi jempol]][[, terima kasih|, semoga dipertahankan|, lanjutkan|]]
[pos] [[semoga|mudah mudahan]] [[Pak Bupati|Pak Kades {desa}|Bu Camat|tim kesehatan]] [[sehat selalu|diberi kekuatan|tetap amanah]][[, kerja kerasnya terasa|, warga {desa} mendoakan|]]
[pos] [[baru kali ini|akhirnya|sejak lama]] [[jalan|lampu jalan|jembatan|air bersih|sinyal]] di {desa} [[bagus|terang|kokoh|lancar]][[, matur nuwun|, terima kasih pemkab|]]
""")
parts('thanks_praise', 'jv', 'core', """
[pos] [[pelayanan|kinerja]] [[Disdukcapil|RSUD|puskesmas|pemdes {desa}]] saiki [[apik|cepet|mantep]], matur nuwun
""")
parts('thanks_praise', 'en', 'core', """
[pos] [[really impressed by|grateful for]] [[the health centre staff|the road crew|the village office|the fire brigade]] in {kec}
""")
parts('thanks_praise', 'id-en', 'core', """
[pos] [[pelayanan|respon]] [[RSUD|Disdukcapil|pemdes {desa}]] [[top notch|next level|fast banget]], thanks
""")
parts('questions', 'id', 'core', """
[q] [[pak|min|bu]], [[kalau|misalnya]] [[mau buka usaha|mau bangun rumah|mau pindah domisili|mau adopsi anak|mau nikah]] [[harus ngurus apa aja|izinnya ke dinas mana|syaratnya apa]]?
[q] [[jam buka|alamat|nomor telepon]] [[kantor Disdukcapil|MPP|kantor Samsat|BPBD|perpustakaan daerah|Dinas Sosial]] [[yang baru|sekarang|di {kec}]] [[dimana|berapa|jam berapa]] ya?
[q] [[apakah|apa]] [[warga {desa}|lansia|difabel|pelajar]] [[bisa ikut|dapat jatah|termasuk sasaran]] [[program ini|bantuan ini|pelatihan ini|vaksin ini]]?
[q] [[kapan|bagaimana|dimana]] [[sosialisasi|pendaftaran|pengumuman]] [[program ini|kegiatan ini|lomba ini]] [[dilaksanakan|dibuka|diumumkan]]?
""")
parts('questions', 'jv', 'core', """
[q] [[nek arep|menawi badhe]] [[mbangun omah|pindah domisili|nikah]] [[kudu ngurus opo wae|syarate opo]] lur?
[q] [[kantor Samsat|MPP|Disdukcapil]] [[bukak jam piro|neng ndi]] saiki?
""")
parts('questions', 'en', 'core', """
[q] [[what are the requirements|how long does it take|where do I go]] to [[get a building permit|register a business|move my residence here]]?
[q] [[is|are]] [[the elderly|students|people with disabilities]] eligible for this [[programme|training|assistance]]?
""")
parts('questions', 'id-en', 'core', """
[q] [[requirement|syarat]] buat [[buka usaha|pindah domisili|bikin NIB]] [[apa aja|gimana]] min?
""")
parts('angry_genuine', 'id', 'core', """
[angry] [[sudah {n} tahun|dari zaman bupati lama|bertahun tahun]] [[lapor|protes|menunggu]] soal [[jalan {desa}|banjir di {desa}|air bersih di {dusun}|jembatan {desa}]], [[hasilnya nol|cuma janji|gak pernah ada tindakan]][[!|!!|.]]
[angry] [[katanya|janjinya]] [[gratis|transparan|pro rakyat|tepat sasaran]], [[kenyataannya|faktanya|buktinya]] [[warga disuruh bayar|data disembunyikan|yang kaya yang dapat|rakyat makin susah]]
[angry] [[malu|kecewa|muak]] [[lihat|sama]] [[kinerja dinas|pejabat kita|wakil rakyat kita]][[, kerja kok setengah hati|, cuma pintar ngomong|, rakyat dianggap bodoh|]]
""")
parts('angry_genuine', 'jv', 'core', """
[angry] [[jarene|janjine]] [[gratis|transparan]], [[jebul|nyatane]] [[mbayar|didelikke]]. [[Ngapusi!|Isin!]]
""")
parts('angry_genuine', 'en', 'core', """
[angry] [[years of|endless]] [[complaints|reports]] about [[the road|the floods|the water supply]] in {desa} and [[nothing has changed|still nothing]]
""")
parts('angry_genuine', 'id-en', 'core', """
[angry] [[janji|statement]] pejabat [[zero action|cuma PHP|omong doang]], [[kita udah capek|rakyat udah muak]]
""")
parts('events_culture', 'id', 'core', """
[q] [[pendaftaran|technical meeting|jadwal tampil]] [[karnaval|lomba 17an|festival seni|lomba kampung bersih]] [[di {kec}|tingkat kabupaten]] [[kapan|dimana|sampai kapan]] min?
[pos] [[tari|pawai|drumband|paduan suara]] [[anak anak|ibu ibu PKK|pemuda]] {desa} [[kompak banget|keren|bikin merinding]] [[waktu karnaval|di HUT RI|di acara HUT kabupaten]]
[neg] [[jalan|parkir|toilet]] [[di lokasi acara|waktu karnaval|di alun alun]] [[macet total|semrawut|kotor]], [[panitia tolong evaluasi|kasihan pengunjung|lain kali diatur]]
""")
parts('events_culture', 'jv', 'core', """
[pos] [[tari|drumband|jathilan]] bocah {desa} [[kompak tenan|apik|gawe mrinding]]
""")
parts('events_culture', 'en', 'core', """
[pos] [[the dancers|the drum band|the children's parade]] from {desa} [[stole the show|were fantastic|looked amazing]]
""")
parts('events_culture', 'id-en', 'core', """
[pos] performance [[tari|drumband]] dari {desa} [[keren parah|next level|bikin merinding]]
""")
parts('farming_dairy', 'id', 'core', """
[q] [[bantuan|pendaftaran|pengajuan]] [[kartu tani|asuransi ternak|asuransi padi|alsintan|bibit]] [[buat kelompok tani {desa}|tahun ini|di {kec}]] [[gimana caranya|sudah dibuka belum|syaratnya apa]]?
[neg] [[petani|peternak]] di {desa} [[rugi|menjerit|kesulitan]] [[karena harga pakan naik|karena harga jual anjlok|gara gara pupuk langka|setelah kena banjir]]
""")
parts('farming_dairy', 'jv', 'core', """
[neg] [[petani|peternak]] neng {desa} [[rugi|bingung]] [[mergo rabuk langka|mergo rego anjlok|mergo pakan larang]]
""")
parts('health', 'id', 'core', """
[q] [[jadwal|syarat|lokasi]] [[imunisasi|posyandu|cek kesehatan gratis|donor darah|vaksin HPV|operasi katarak gratis]] [[di {desa}|di {pkm_}|bulan ini]] [[kapan ya|gimana|dimana]]?
[neg] [[dokter|bidan|perawat]] di [[{pkm_}|pustu {desa}]] [[sering gak ada|jarang datang|pindah belum ada pengganti]][[, warga bingung berobat|, harus ke kota|]]
""")
parts('health', 'jv', 'core', """
[q] [[posyandu|imunisasi|cek kesehatan gratis]] neng {desa} [[kapan|jam piro]]?
""")
parts('roads_infrastructure', 'id', 'core', """
[q] [[perbaikan|pengaspalan|pelebaran]] jalan {desa} [[kapan dimulai|jadi tahun ini gak|sudah dianggarkan belum]] pak?
[neg] [[tikungan|tanjakan|turunan]] di {desa} [[licin|berlubang|gak ada rambunya]], [[sudah sering kecelakaan|truk sering terguling|motor sering jatuh]]
""")

# ---- longer comments (30-80 words) ---------------------------------------------
add('public_services', 'id', """
Saya mau cerita pengalaman ngurus KK kemarin. Datang jam 7 dapat nomor 45, dipanggil jam 10. Petugasnya ramah, tapi ternyata fotokopi akta nikah saya kurang legalisir, jadi harus balik ke KUA dulu. Usul saja min, syarat lengkapnya ditempel besar besar di depan kantor dan di website, biar warga dari desa jauh gak bolak balik. Ongkos bensin dan izin kerja itu lumayan buat kami
[neg] Air PDAM di {rtrw} {desa} sudah dua minggu cuma ngalir jam 1 sampai jam 3 pagi. Ibu ibu harus begadang buat nampung air, pagi harinya masih harus kerja. Sudah lapor ke kantor cabang, katanya tekanan air kurang karena pelanggan bertambah. Kalau memang kapasitasnya kurang ya jangan terima sambungan baru dulu, kasihan pelanggan lama
[pos] Kemarin saya antar ibu saya yang sudah 80 tahun ke MPP buat ganti KTP yang rusak. Begitu lihat ibu saya pakai kursi roda, petugas langsung kasih jalur prioritas, fotonya diambil di tempat, setengah jam selesai. Jarang jarang saya puji kantor pemerintah, tapi ini memang layak dipuji. Terima kasih mbak petugas loket 3
Mohon Pemkab pertimbangkan layanan adminduk sabtu pagi atau malam hari sekali seminggu. Banyak warga {kec} kerja di pabrik shift, izin sehari berarti potong gaji. Di kabupaten lain sudah ada layanan malam di kecamatan dan hasilnya bagus. Gak perlu tiap hari, yang penting ada pilihan buat pekerja
""")
add('roads_infrastructure', 'id', """
[neg] Jalan penghubung {desa} ke {desa2} itu satu satunya akses ke puskesmas dan SMP. Sudah rusak sejak {tahun}, lubangnya sekarang sedalam lutut kalau hujan. Minggu lalu ada ibu hamil yang mau melahirkan harus ditandu karena mobil gak bisa lewat. Kami sudah usulkan lewat musrenbang tiga tahun berturut turut, selalu kalah prioritas. Mohon Pak Bupati lihat sendiri ke lokasi, jangan cuma dengar laporan
Saran buat Dinas PU: tiap proyek jalan pasang papan informasi yang jelas, nilai kontrak, kontraktor, masa pemeliharaan, dan nomor pengaduan. Kalau baru 3 bulan rusak warga bisa langsung lapor dan kontraktor wajib perbaiki karena masih masa pemeliharaan. Selama ini warga gak tau apa apa, jadi ya cuma bisa ngedumel di medsos
[pos] Alhamdulillah setelah bertahun tahun, jalan ke {dusun} akhirnya dicor sepanjang {km} km. Dulu kalau musim hujan anak anak berangkat sekolah nenteng sepatu, kakinya penuh lumpur. Sekarang bisa naik sepeda. Terima kasih Pemkab, pemdes, dan warga yang ikut gotong royong ngangkut material. Semoga dirawat bersama, truk bermuatan berat tolong jangan lewat
[neg] Kemarin malam motor saya masuk lubang di jalan {kec} dekat {pasar}, velg bengkok, tangan lecet. Lampu jalan di situ mati, lubangnya ketutup genangan, sama sekali gak kelihatan. Saya gak minta ganti rugi, cuma minta tolong dipasang tanda peringatan dulu sebelum diperbaiki. Jangan sampai yang berikutnya orang tua atau anak sekolah
""")
add('health', 'id', """
[pos] Mau berterima kasih ke tim IGD RSUD Sukamaju. Jumat malam bapak saya serangan jantung, sampai IGD langsung ditangani, dokternya cepat ambil keputusan rujuk dan ambulans siap dalam 20 menit. Sekarang bapak sudah pulih setelah pasang ring di RS provinsi. Kalau penanganan awal lambat mungkin ceritanya lain. Semoga tenaga kesehatan kita selalu diberi kesehatan
[neg] Ibu saya pasien BPJS PBI, kontrol rutin diabetes tiap bulan di puskesmas. Tiga bulan terakhir obat metformin kosong terus, disuruh beli di apotek luar. Buat kami yang pas pasan, 100 ribu sebulan itu berat. Tolong Dinas Kesehatan cek stok obat di puskesmas {kec}, jangan sampai pasien putus obat karena gak mampu beli
Usul untuk Dinkes: posyandu lansia di desa desa itu bagus, tapi kadernya butuh alat yang layak. Di {dusun} tensimeter cuma satu dan sering error, timbangan juga sudah miring. Kader sudah semangat, sayang kalau alatnya gak mendukung. Mungkin bisa dianggarkan lewat dana desa atau CSR perusahaan di sekitar kita
""")
add('education', 'id', """
Anak saya tahun ini ikut PPDB SMP jalur zonasi. Rumah kami jaraknya 1,1 km dari sekolah, tapi gak keterima karena kuota sudah penuh sama yang jaraknya di bawah 1 km. Sekolah negeri lain jaraknya 7 km dan gak ada angkutan. Akhirnya masuk swasta dengan biaya yang lumayan. Mohon dinas pendidikan pikirkan pemerataan sekolah negeri, jangan numpuk di kota saja
[pos] Saya mau apresiasi Bu {dsn}, guru kelas 1 di {sekolah}. Anak saya awalnya takut sekolah dan nangis tiap pagi, tapi beliau sabar, tiap hari menjemput anak saya di gerbang dan menemani sampai tenang. Sekarang anak saya malah gak mau libur. Guru guru seperti ini yang harus diberi penghargaan, bukan cuma yang administrasinya rapi
[neg] Sekolah anak saya di {desa} cuma punya 3 guru PNS, sisanya honorer yang gajinya dibayar dari BOS dan sering telat. Satu guru pegang dua kelas sekaligus, anak anak lebih banyak dikasih tugas mencatat. Bagaimana kualitas pendidikan mau naik kalau gurunya kurang dan yang ada pun kesejahteraannya gak dipikirkan
""")
add('social_aid', 'id', """
[neg] Saya tidak iri, tapi coba Dinsos datang langsung ke {desa}. Yang dapat PKH ada yang rumahnya keramik, punya motor dua dan sawah. Sementara Mbah {dsn} yang tinggal sendiri di gubuk bambu gak pernah dapat apa apa, katanya datanya gak ada di DTKS. Pendataan jangan cuma dari meja perangkat desa, harus keliling dan dicek langsung
[pos] Terima kasih kepada semua pihak yang membantu bedah rumah keluarga Pak {dsn}. Rumahnya dulu dindingnya gedhek dan atapnya bocor, anaknya yang sekolah sering belajar pakai senter. Sekarang sudah tembok, ada listrik dan kamar mandi sendiri. Melihat senyum keluarganya waktu serah terima kunci, warga yang ikut kerja bakti ikut terharu
Musyawarah desa untuk verifikasi penerima bantuan sebaiknya diumumkan jauh hari dan warga boleh datang. Daftar penerima juga ditempel di balai desa dan masjid. Kalau semua terbuka, warga bisa saling koreksi, yang sudah mampu malu sendiri dan yang benar benar butuh bisa diusulkan. Transparansi itu obat paling murah untuk kecemburuan sosial
""")
add('farming_dairy', 'id', """
[neg] Saya peternak sapi perah di {desa} dengan 4 ekor sapi. Harga konsentrat sekarang Rp 4.500 per kg, sementara susu dibeli koperasi Rp 6.300 per liter. Setelah dihitung pakan, obat, dan listrik, untungnya tipis sekali, kadang malah minus kalau ada sapi sakit. Mohon Pemkab fasilitasi pabrik pakan lokal atau bantu negosiasi harga dengan IPS supaya peternak kecil tidak gulung tikar
Pengalaman kelompok tani kami di {desa}: dua musim terakhir kami kurangi pupuk kimia separuh dan ganti pupuk kandang fermentasi dari kotoran sapi anggota. Hasil panen hampir sama, biaya turun lumayan, tanah juga lebih gembur. Kalau ada petani lain mau belajar silakan datang ke gubuk kelompok tiap jumat sore, gratis. Semoga dinas pertanian ikut mendukung
[neg] Musim tanam sudah mulai tapi pupuk subsidi di kios resmi {desa} belum datang. Kata pemilik kios alokasi dari distributor belum turun. Kalau telat seminggu dua minggu, pertumbuhan padi sudah terganggu. Petani akhirnya beli pupuk non subsidi yang harganya tiga kali lipat, utang dulu ke toko. Tolong distribusi diawasi, jangan tiap tahun masalahnya sama
""")
add('events_culture', 'id', """
[pos] Karnaval HUT RI di {kec} kemarin benar benar meriah. Ada kontingen dari tiap desa, ibu ibu PKK pakai kebaya, bapak bapak bawa hasil bumi, anak TK jadi pahlawan kecil. Yang paling bikin terharu, veteran yang masih ada diajak naik mobil hias paling depan. Terima kasih panitia dan semua warga. Semoga tahun depan juga ada tenda untuk penonton lansia karena panasnya luar biasa
Usul untuk panitia HUT kabupaten tahun depan: kasih ruang buat kesenian desa yang hampir punah, seperti kentrung, tayub, dan ketoprak anak. Jangan cuma artis ibukota yang honornya mahal. Anggarannya bisa dipakai untuk honor seniman lokal dan pelatihan anak muda. Budaya kita bisa hidup kalau ada panggung dan ada penontonnya
""")
add('religion', 'id', """
[rel] Alhamdulillah pengajian akbar dalam rangka Maulid Nabi di alun alun semalam berjalan lancar dan tertib. Jamaah yang datang dari berbagai kecamatan, tapi parkir teratur dan sampah langsung dibersihkan remaja masjid selesai acara. Terima kasih banser, linmas, polisi, dan panitia. Semoga kegiatan seperti ini terus mempererat persaudaraan warga Sukamaju
Usul untuk Kemenag dan Pemkab: guru TPQ dan madrasah diniyah di desa desa banyak yang mengajar sore sampai malam dengan insentif sangat kecil, bahkan ada yang belum pernah dapat. Mereka yang mengajari anak anak kita membaca Al Quran dan akhlak. Mohon didata ulang dan insentifnya dibayarkan rutin, jangan setahun sekali
""")
add('complaints', 'id', """
[neg] Tiap malam minggu jalan lingkar {kec} jadi arena balap liar mulai jam 11 malam sampai subuh. Suara knalpot bikin bayi nangis dan lansia gak bisa tidur. Sudah dua kali ada kecelakaan, salah satunya warga yang pulang kerja ditabrak. Warga sudah lapor ke polsek, patroli datang sebentar lalu pergi, balapan mulai lagi. Mohon ada penjagaan rutin dan razia knalpot brong
[neg] Sungai di belakang {desa} dulu tempat anak anak mandi dan warga mencari ikan. Sejak ada pabrik di hulu, airnya berubah hitam dan bau, ikan mati mengambang tiap kemarau. Sumur warga di pinggir sungai juga mulai berbau. Kami mohon Dinas Lingkungan Hidup mengambil sampel air dan memeriksa pengolahan limbah pabrik itu secara terbuka
""")
add('thanks_praise', 'id', """
[pos] Saya mau mengucapkan terima kasih kepada petugas BPBD dan relawan yang semalam mengevakuasi warga {dusun} saat banjir. Air naik cepat sekali, ibu saya yang sudah tidak bisa jalan digendong petugas sampai ke perahu. Mereka basah kuyup sampai pagi tapi tetap sabar. Semoga Allah membalas kebaikan kalian. Kami warga kecil cuma bisa mendoakan
[pos] Lima tahun lalu kalau lapor jalan rusak atau lampu mati, paling cuma dibalas "terima kasih atas informasinya". Sekarang lewat kanal pengaduan, laporan saya soal gorong gorong tersumbat di {desa} dicek petugas dua hari kemudian dan dibersihkan. Ini kemajuan nyata. Semoga semua dinas bisa responsif seperti ini, dan dipertahankan siapapun bupatinya nanti
""")
add('questions', 'id', """
[q] Mau tanya min, saya warga {desa} yang bekerja di luar negeri. Kalau mau perpanjang KTP dan ganti KK karena status perkawinan berubah, apakah bisa diwakilkan keluarga di rumah? Dokumen apa yang perlu saya kirim dari sini? Saya baru bisa pulang tahun depan, takutnya nanti ada urusan di bank atau sekolah anak yang butuh KK terbaru
[q] Numpang tanya, tanah warisan kakek kami masih atas nama beliau yang sudah meninggal 20 tahun lalu. Ahli warisnya sekarang sudah tersebar di beberapa kota. Untuk ikut program PTSL di {desa}, apakah semua ahli waris harus hadir atau cukup surat kuasa? Kalau ada biaya, berapa yang resmi supaya kami tidak ditarik biaya tambahan oleh oknum
""")
add('angry_genuine', 'id', """
[angry] Saya sudah tiga kali datang ke kantor desa {desa} buat minta surat keterangan, tiga kali juga disuruh balik besok karena yang tanda tangan tidak ada. Hari keempat baru jadi, itupun diminta uang administrasi 50 ribu tanpa kuitansi. Ini kantor pelayanan atau tempat dagang? Tolong camat dan inspektorat turun, ini bukan cuma saya yang mengalami
[angry] Proyek drainase di jalan utama {kec} nilainya miliaran, baru selesai empat bulan lalu. Hujan sejam saja air sudah meluap ke jalan dan masuk ke toko toko. Saluran dibangun lebih tinggi dari jalan, jadi air justru gak bisa masuk. Siapa yang merancang? Siapa yang mengawasi? Kalau warga yang salah bangun sedikit langsung ditegur, kenapa kontraktor yang salah tidak ada sanksinya?
""")
add('hard_ham', 'id', """
Info buat bapak ibu yang anaknya daftar PPDB: pendaftaran resmi hanya lewat ppdb.sukamajukab.go.id dan GRATIS. Kalau ada yang menawarkan "kursi" di sekolah favorit dengan bayaran, itu calo dan bisa dilaporkan ke Dinas Pendidikan lewat WA pengaduan {hp}. Jangan takut lapor, identitas pelapor dirahasiakan. Simpan semua bukti chat dan transfer kalau sudah terlanjur
[neg] Saya mau berbagi supaya jadi pelajaran. Suami saya awalnya cuma iseng main slot online "modal 10 ribu", katanya lagi gacor. Enam bulan kemudian motor dijual, tabungan anak habis, utang di tiga pinjol. Sekarang alhamdulillah sudah berhenti dan ikut konseling di puskesmas. Tolong pemerintah blokir situs judi lebih serius dan adakan rehabilitasi untuk pecandu judol
[neg] Hati hati bapak ibu, kemarin ibu saya di {desa} didatangi dua orang berseragam mirip petugas, katanya dari Dinas Sosial mau "validasi bansos" dan minta kartu ATM KKS beserta PIN. Untung tetangga curiga dan telpon kantor desa, ternyata tidak ada petugas yang dikirim. Petugas resmi tidak pernah minta PIN. Kalau ada yang seperti ini segera hubungi kantor desa atau polsek
[q] Mau tanya, saya punya usaha keripik tempe rumahan di {desa}, omzet sekitar 3 juta sebulan. Pengen ambil KUR sekitar 15 juta buat beli mesin spinner dan kemasan yang lebih bagus. Apakah harus punya NIB dulu dan apakah perlu jaminan sertifikat tanah? Sudah tanya ke bank tapi penjelasannya bikin bingung. Ada pendampingan dari Dinas Koperasi gak ya?
""")
add('public_services', 'jv', """
[neg] Wingi aku ngeterke simbah ngurus KTP, teko jam pitu antri nganti jam sewelas, jebul blangko entek kon bali minggu ngarep. Mesakke wong tuwo kudu bolak balik, ongkos ojek yo ora sithik. Mbok nek blangko entek diumumke disik neng grup desa utowo medsos, ben warga ora teko muspro
""")
add('roads_infrastructure', 'jv', """
[neg] Dalan {desa} menyang {desa2} iku dalan utama bocah sekolah lan wong neng pasar. Saiki bolongane gedhe gedhe, nek udan dadi blumbang. Wingi ono simbah tibo soko pit, sikile keseleo. Warga wis gotong royong ngurug nganggo watu, nanging ora suwe ajur meneh mergo truk pasir. Nyuwun tulung Dinas PU ndang teko, ojo nganti ono korban luwih akeh
""")
add('farming_dairy', 'jv', """
[neg] Aku ngingu sapi perah telu. Saiki rego pakan mundak terus, susu mung diregani enem ewu sak liter. Nek diitung tenan, bathine sithik banget, kadang malah tombok nek sapi loro. Anak anak enom wegah dadi peternak mergo ora ono untunge. Nyuwun tulung pemkab mikirke nasib peternak cilik, ojo mung nek ono acara kontes sapi wae teko
""")
add('thanks_praise', 'jv', """
[pos] Matur nuwun sanget kagem bu bidan {desa}. Wingi bengi jam loro bojoku arep nglairke, ditelpon langsung teko senajan udan deres. Alhamdulillah lair slamet, ibu lan bayi sehat. Panjenengan sabar lan ora tau sambat, warga kene kabeh tresno. Mugi Gusti Allah paring kesehatan lan rejeki sing akeh
""")
add('hard_ham', 'id-en', """
Sharing pengalaman aja: kemarin hampir kena scam, ada chat WA ngaku dari BPJS Kesehatan, bilang iuran saya nunggak dan harus bayar lewat link. Untung saya cek dulu ke aplikasi resmi Mobile JKN, ternyata gak ada tunggakan sama sekali. So guys, always double check lewat aplikasi atau kantor resmi, jangan klik link dari nomor random
""")
add('education', 'id-en', """
Sebagai orang tua, honestly saya appreciate program makan bergizi gratis di sekolah. Anak saya yang biasanya gak sarapan sekarang lebih fokus belajar. Tapi please, quality control nya diperketat, minggu lalu ada nasi yang udah basi di kelas sebelah. Libatkan orang tua atau komite buat monitoring, biar programnya bener bener bermanfaat
""")
add('complaints', 'id-en', """
[neg] Honestly capek banget sama sinyal di {desa}. Saya kerja remote, tiap meeting online pasti putus putus, harus naik ke bukit belakang rumah buat dapat sinyal 4G. Anak anak sekolah juga kesulitan akses materi. Di era digital kayak gini, internet itu basic need, bukan luxury. Please pemkab lobby provider buat bangun tower di sini
""")

# ---- English batch (residents, expats, tourists, diaspora, generic readers) ----
add('public_services', 'en', """
[pos] I renewed my residence registration at the district office in {kec} and it took less than an hour. The staff even helped me fill in the form in English. Very pleasantly surprised.
[neg] We've had no running water for five days now. Neighbours are collecting rainwater. Could the water company at least post a timeline?
Not every elderly resident has a smartphone. Please keep the paper forms and the counters open.
The idea of a one-stop service mall is great. More regencies should copy it.
[q] Does anyone know whether the civil registry can issue an English translation of a family card?
[neg] The rubbish pile by the market entrance has been there for over a week. The smell is awful in this heat.
Reading this from Perth. My parents in {desa} say the village office has become far more helpful lately. Good to hear.
[pos] Whoever decided to send mobile registration teams to remote villages deserves a pay rise.
""")
add('roads_infrastructure', 'en', """
[neg] Rode a scooter from {desa} to the town centre yesterday. I counted more than forty potholes. How is this acceptable on a main road?
I visit family in Sukamaju every year and the roads are definitely better than they were five years ago. Still a long way to go in the hills though.
[neg] The temporary bamboo bridge in {desa} has been "temporary" for over a year.
Fixing drainage is boring and nobody cuts a ribbon for it, but it's what stops the roads from falling apart.
[q] Is the road to the waterfall in {desa} passable by car right now, or only by motorbike?
[pos] The newly paved road through the rice fields is gorgeous for cycling. Thank you.
Good infrastructure is not glamorous, but it's the foundation of everything else. Glad to see the investment.
""")
add('health', 'en', """
[neg] My wife waited six hours at the emergency room with a broken wrist. Staff were kind but clearly overwhelmed. More doctors are needed.
[pos] The village midwife in {desa} visited my sister every week after she gave birth. Amazing care.
[q] Where can a tourist get a tetanus shot in Sukamaju? Cut my foot on coral.
Mosquito control needs a community effort. Empty your buckets and flower pots, everyone.
[pos] We used the free ambulance service last month. It arrived quickly and the crew were calm and professional.
Rural clinics do heroic work with very little. They deserve better funding.
""")
add('education', 'en', """
[neg] Class sizes of forty in a room with a leaking roof. Teachers are doing their best but the conditions are poor.
I taught English as a volunteer in {desa} last year. The kids were bright and eager, they just need resources.
[pos] Free school meals are one of the best investments any government can make. Children can't learn on empty stomachs.
[q] Are there scholarships for local students to study abroad? My nephew has excellent grades.
Honorary teachers should not be earning less than a factory worker. That's just wrong.
[pos] My daughter's primary school now has a small library corner thanks to a village fund. She reads every day.
""")
add('social_aid', 'en', """
[neg] Aid lists should be public. Transparency is the only way to stop favouritism.
[pos] Food parcels reached the flood victims in {desa} within a day. Impressive coordination.
Cash aid is a lifeline for many families here, but it can't replace decent jobs.
[q] How does a family get removed from the aid list when their situation improves? My uncle wants to give his place to someone poorer.
""")
add('farming_dairy', 'en', """
[neg] Dairy farmers are squeezed between rising feed costs and low milk prices. Something has to give.
[pos] Bought fresh yoghurt from the dairy co-op in {desa} and it was fantastic. Support local farmers.
When I was a kid in {desa} every family had a buffalo. Now it's all hand tractors. Times change.
[q] Is there an agricultural extension office that can advise on organic rice farming?
Land conversion from rice fields to housing is happening way too fast around {kec}.
""")
add('events_culture', 'en', """
[pos] Attended the village clean-up ceremony in {desa} as a guest. The gamelan, the offerings, the shared meal. Truly special.
[pos] The Independence Day parade was brilliant. My kids loved the marching bands.
[q] Is the night market happening again this month? We'd love to bring friends.
Tourists would love these festivals if they were promoted earlier and in English too.
[neg] Please keep the fireworks away from the livestock areas. Our cows panicked all night.
""")
add('religion', 'en', """
[pos] Spent Ramadan with my in-laws in {desa}. The breaking of the fast together at the mosque was beautiful.
Respect to the mosque volunteers who handed out free iftar meals to travellers on the main road.
[pos] The interfaith gathering after the floods was a reminder of what community means.
""")
add('complaints', 'en', """
[neg] Loud modified exhausts at 2am every weekend. Please enforce the noise rules.
[neg] Tourists leave plastic everywhere at the beach. We need more bins and fines.
[neg] The market is so crowded with illegal parking that ambulances can't get through.
[neg] Bus schedules are a mystery. Please publish them somewhere.
""")
add('thanks_praise', 'en', """
[pos] Thank you to the volunteers who rebuilt the school after the landslide. Incredible community spirit.
[pos] The regent actually replied to my comment and the streetlight was fixed. Didn't expect that.
[pos] Shout out to the cleaners who keep the town square spotless every morning.
[pos] Great to see the regency page posting real updates instead of just ceremonies.
""")
add('questions', 'en', """
[q] How do I register a homestay business in the regency?
[q] Is there a bus from the town centre to {desa}, or do I need to hire a driver?
[q] Where can I report a stray dog bite? My son was bitten near the school.
[q] Can tourists join the community clean-up on Sunday?
[q] What documents does a foreign spouse need to get a local ID card?
[q] Who maintains the hiking trail to the peak? Some signs are missing.
""")
add('angry_genuine', 'en', """
[angry] The same road has been "scheduled for repair" for three years. Enough.
[angry] If officials had to use the public hospital themselves, the waiting times would be fixed in a month.
[angry] Collecting market fees every day while the roof leaks onto the stalls is theft, plain and simple.
[angry] Corruption in the village fund is an open secret. Where are the auditors?
""")

# ---- medium-length comments (20-40 words) --------------------------------------
add('public_services', 'id', """
Kemarin mau legalisir fotokopi KK di Disdukcapil, ternyata sekarang gak perlu legalisir lagi karena sudah pakai TTE dan QR code. Petugasnya jelasin dengan sabar. Info begini tolong disebar min, banyak yang belum tahu
[neg] Sudah seminggu sampah di TPS {desa} gak diangkut, katanya truknya rusak. Masa satu kecamatan cuma punya satu truk? Kalau rusak ya semua warga kena. Mohon ditambah armada atau kerja sama dengan desa
Pelayanan di kantor kecamatan {kec} sudah lumayan, tapi ruang tunggunya sempit dan panas. Kalau bisa ditambah kipas dan kursi, kasihan ibu ibu yang bawa bayi harus nunggu berdiri
""")
add('roads_infrastructure', 'id', """
Jalan di depan rumah saya sudah diperbaiki minggu lalu, terima kasih. Tapi sisa material pasir dan batu masih ditumpuk di pinggir jalan, sudah ada motor yang selip. Mohon kontraktor bersihkan sisa proyeknya
[neg] Ini sudah musim hujan ketiga jembatan {desa} cuma ditambal kayu. Tiap pagi anak anak SD lewat sambil pegangan, orang tuanya was was. Kami gak minta jembatan mewah, cukup yang aman
[pos] Alhamdulillah drainase di {desa} sudah dibangun ulang, semalam hujan deras tapi jalan gak tergenang sama sekali. Biasanya air sampai masuk rumah. Ini baru kerja yang terasa manfaatnya
""")
add('health', 'id', """
Saran buat RSUD, pengumuman antrian pakai layar dan suara dong, jangan dipanggil manual. Pasien yang lansia dan pendengarannya kurang sering kelewatan, akhirnya antri ulang dari awal
[pos] Anak saya kena DBD minggu lalu, dirawat 4 hari di RSUD pakai BPJS, gak keluar biaya sama sekali. Perawat bangsal anak sabar sabar. Sekarang sudah sehat dan sekolah lagi. Terima kasih banyak
[neg] Posyandu di {dusun} sudah 3 bulan gak ada kegiatan karena kadernya pada kerja ke kota. Balita gak ditimbang, imunisasi telat. Mohon puskesmas bantu cari solusi atau gabung ke dusun sebelah
""")
add('education', 'id', """
Anak saya kelas 6 disuruh beli LKS tiap semester padahal katanya sekolah gratis. Bukan soal mahal murahnya, tapi aturannya gimana? Kalau memang dilarang tolong dinas tegas, kalau boleh ya dijelaskan ke orang tua
[pos] Hari ini anak anak {sekolah} belajar langsung di sawah sama kelompok tani, nanam padi dan tangkap belut. Pulang pulang kotor semua tapi ceritanya gak berhenti. Pembelajaran seperti ini yang bikin anak cinta kampungnya
[neg] Ruang kelas {sekolah} dipakai bergantian pagi dan siang karena kurang kelas. Anak yang masuk siang jam 12 sampai jam 5 sore, sudah capek dan ngantuk. Mohon pembangunan ruang kelas baru diprioritaskan
""")
add('social_aid', 'id', """
[q] Ibu saya janda, umur 68 tahun, tinggal sendiri di {desa}. Dulu dapat bantuan lansia, sejak tahun lalu gak ada lagi tanpa pemberitahuan. Ke mana kami harus bertanya? Ke desa disuruh ke dinsos, ke dinsos disuruh tunggu
[pos] Kemarin ikut bantu pembagian beras di balai desa {desa}. Yang bikin senang, lansia dan difabel diantar langsung ke rumah oleh karang taruna, jadi gak perlu antri panas panasan. Semoga desa lain meniru
""")
add('farming_dairy', 'id', """
[q] Tahun ini kelompok tani kami mau ajukan asuransi usaha tani padi, tapi anggota masih ragu karena takut klaimnya ribet. Ada yang sudah pernah klaim? Prosesnya gimana dan berapa lama cairnya?
[pos] Alhamdulillah sapi perah di {dusun} sudah divaksin PMK semua, petugas dari dinas datang sampai ke kandang kandang. Produksi susu mulai naik lagi. Terima kasih pak mantri hewan yang sabar
Kalau mau anak muda tertarik jadi petani, jangan cuma seminar motivasi. Kasih akses lahan sewa murah, pendampingan, dan jaminan pasar. Di {desa} ada lahan kas desa yang nganggur bertahun tahun
""")
add('events_culture', 'id', """
Lomba 17an di {rtrw} kami tahun ini pakai dana iuran warga 20 ribu per KK, hadiahnya sederhana tapi semua anak dapat. Yang penting kebersamaan. Terima kasih bapak bapak pemuda yang jadi panitia
[neg] Acara festival di alun alun bagus, tapi kenapa jalan ditutup total tanpa pengumuman jalur alternatif? Saya yang mau ke RSUD muter hampir setengah jam. Lain kali tolong diumumkan dari jauh hari
[pos] Anak anak {desa} latihan jathilan tiap sore di balai desa, dilatih simbah simbah yang dulu penari. Senang lihat budaya lama diwariskan, semoga ada bantuan kostum dan gamelan dari dinas
""")
add('religion', 'id', """
[rel] Alhamdulillah, musholla di {dusun} sudah selesai dibangun dari swadaya warga dan bantuan donatur. Jumat depan insyaAllah dipakai sholat pertama kali. Terima kasih semua yang sudah menyumbang tenaga, uang, dan doa
Jadwal pengajian rutin selapanan di {desa} pindah ke malam Rabu mulai bulan depan karena malam Minggu bentrok dengan kegiatan pemuda. Mohon disebarkan ke jamaah ya
""")
add('complaints', 'id', """
[neg] Lampu penerangan di gang {rtrw} {desa} mati sudah dua bulan. Kami sudah iuran beli lampu sendiri tapi tiangnya milik PLN, warga gak berani pasang. Laporan ke PLN dilempar ke pemkab, ke pemkab dilempar ke PLN
[neg] Pasar {desa} setiap hujan becek dan atapnya bocor di mana mana. Pedagang sayur sampai pakai terpal sendiri. Retribusi tetap ditarik tiap hari. Minimal perbaiki atapnya dulu pak
""")
add('thanks_praise', 'id', """
[pos] Seminggu lalu saya lapor pohon besar di depan {sekolah} yang dahannya sudah rapuh. Tadi pagi petugas DLH datang pangkas, rapi dan cepat. Anak anak aman. Terima kasih, semoga pelayanan seperti ini terus
[pos] Terima kasih Pak Camat {kec} yang mau duduk bareng warga di pos ronda tadi malam, dengar keluhan langsung tanpa protokoler. Gak semua masalah bisa langsung selesai, tapi warga merasa didengar
""")
add('questions', 'id', """
[q] Saya mau buka usaha kecil jualan makanan ringan dari rumah, dijual di warung warung sekitar {desa}. Izin apa saja yang perlu diurus? Apakah cukup NIB atau harus PIRT juga? Dan bisa diurus di kecamatan atau harus ke kota?
[q] Anak saya lulus SMK jurusan otomotif tahun ini. Apakah ada program pelatihan lanjutan atau magang dari Disnaker yang gratis? Kalau ada, pendaftarannya kapan dan di mana? Terima kasih sebelumnya
""")
add('angry_genuine', 'id', """
[angry] Tiga tahun lalu ada peletakan batu pertama pasar baru {desa}, ramai pejabat foto foto. Sampai sekarang yang berdiri cuma pondasi dan papan proyek yang sudah pudar. Uangnya kemana? Kontraktornya kemana? Warga berhak tahu
[angry] Lucu ya, kalau warga telat bayar PBB langsung kena denda. Giliran jalan rusak bertahun tahun, gak ada yang kena sanksi. Pajak kami bayar tepat waktu, pelayanannya kapan tepat waktu?
""")
add('hard_ham', 'id', """
Buat yang tanya link di komentar atas: pendaftaran pelatihan kerja gratis Disnaker lewat website resmi dan kuotanya terbatas 30 orang per jurusan. Tidak ada biaya apapun, jadi kalau ada yang minta transfer itu penipuan
[q] Tadi saya dapat SMS "Selamat! Nomor anda terpilih menerima bantuan Rp 3.500.000 dari Pemkab Sukamaju, hubungi {hp}". Ini pasti penipuan kan min? Nomor itu sudah saya blokir, tapi takut orang tua lain ketipu
[neg] Tetangga saya dulu nawarin "investasi" ke grup ibu ibu pengajian, katanya untung 10% per minggu. Sekarang orangnya hilang, uang puluhan juta lenyap. Tolong polres usut dan pemkab sosialisasikan bahaya investasi bodong
Harga gabah kering giling di penggilingan {desa} hari ini Rp 7.200/kg, gabah kering panen Rp 6.100/kg. Lebih baik dari bulan lalu. Semoga harga pupuk juga turun biar petani bisa napas
""")
add('public_services', 'jv', """
Simbahku wingi ngurus KTP sing rusak, petugase apik, ditulungi nganti rampung, ora dikon bolak balik. Matur nuwun, mugi terus koyo ngene pelayanane
""")
add('education', 'jv', """
[neg] Bocah bocah {dusun} saben esuk mlaku limang kilo menyang sekolahan, nek udan klambine teles kabeh. Mbok yo ono bus sekolah sing lewat kene, sak minggu ping pindo wae wis apik
""")
add('events_culture', 'jv', """
[pos] Merti desa neng {desa} wingi rame tenan, ono kirab gunungan, jathilan, lan wayangan sewengi natas. Wong wong podho bali soko rantau. Mugi tradisi iki ora ilang
""")
add('social_aid', 'id-en', """
[neg] Honestly sistem pendataan bansos butuh total revamp. Tetangga saya yang udah meninggal dua tahun masih terdaftar, sementara keluarga baru yang benar benar butuh gak bisa masuk. Data harus di-update tiap tahun, bukan lima tahun sekali
""")
add('health', 'id-en', """
[pos] Kemarin vaksin anak di posyandu {dusun}, overall experience nya smooth. Kader nya ramah, bidan jelasin efek samping dengan detail. Cuma saran, tempatnya kurang shade, ibu ibu nunggu di bawah matahari
""")
add('roads_infrastructure', 'id-en', """
[neg] Daily commute saya lewat jalan {desa} dan honestly itu jalan paling parah di kabupaten. Lubang everywhere, lampu gak ada, truk tambang lewat tiap jam. Please prioritize sebelum ada korban jiwa
""")

# ---------------------------------------------------------------------------
# ROUND 2 helpers: more number formats (invented digits) and a noise pass that
# leaves links and e-mail addresses intact (the abbreviation "desa" -> "ds"
# would otherwise turn x.desa.id into x.ds.id)
# ---------------------------------------------------------------------------
_HP_PRE = ['0812', '0813', '0821', '0822', '0852', '0853', '0857', '0856',
           '0878', '0877', '0819', '0838', '0895', '0896', '0811', '0858']


def _mobile():
    return R.choice(_HP_PRE) + ''.join(str(R.randint(0, 9)) for _ in range(R.choice([7, 8, 8, 8, 9])))


def _wa():
    """a mobile number in any of the shapes spam uses too."""
    d = _mobile()
    a, b, c = d[:4], d[4:8], d[8:]
    x = R.random()
    if x < 0.2:
        return '%s-%s-%s' % (a, b, c)
    if x < 0.34:
        return d
    if x < 0.48:
        return '%s %s %s' % (a, b, c)
    if x < 0.6:
        return '+62 %s-%s-%s' % (a[1:], b, c)
    if x < 0.68:
        return '+62' + d[1:]
    if x < 0.8:
        return '62' + d[1:]
    if x < 0.92:
        return 'wa.me/62' + d[1:]
    return '%s.%s.%s' % (a, b, c)


def _wame():
    return R.choice(['wa.me/62', 'wa.me/62', 'https://wa.me/62']) + _mobile()[1:]


def _telp2():
    area = R.choice([271, 272, 273, 274, 275, 276, 281, 282, 285, 287, 291, 293])
    n = '%d%05d' % (R.randint(5, 8), R.randint(0, 99999))
    return R.choice(['(0%d) %s', '0%d-%s', '0%d %s', '(0%d)%s']) % (area, n)


def _cc():
    return R.choice(['1500-%03d', '1500 %03d', '1500%03d']) % R.randint(100, 999)


GEN.update({
    'wa': _wa,
    'wame': _wame,
    'telp2': _telp2,
    'cc': _cc,
    'kec_low': lambda: R.choice(KEC).lower().replace(' ', ''),
})

_LINKISH = re.compile(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+'
                      r'|(?:https?://)?(?:[\w-]+\.)+[a-z]{2,}(?:/[\w@./?=-]*)?', re.I)


def noise_keep_links(t, fam, lang, tags=frozenset()):
    """noise() with links and e-mail addresses masked, then put back as written."""
    kept = []

    def _mask(m):
        kept.append(m.group(0))
        return '\x00%d\x00' % (len(kept) - 1)

    t = noise(_LINKISH.sub(_mask, t), fam, lang, tags)
    return re.sub('\x00(\\d+)\x00', lambda m: kept[int(m.group(1))], t)


# ===========================================================================
# ROUND 2 (hard_ham, about 450 more rows). Pushed by build() AFTER every row
# above, so that adding it left the first 3,330 rows byte-identical (same
# text, same holdout side). URLs and e-mails are masked during the noise pass.
# ===========================================================================

# ---- r2 / A. genuine comments with phone and WhatsApp numbers ---------------
# every format spammers use: {hp} {wa} {wame} landlines {telp} {telp2},
# call centres {cc}, and the real public hotlines 110 / 112 / 113 / 119 / 123 / 129
add_r2('hard_ham', 'id', """
Warga {desa} yang merasa layak tapi belum masuk DTKS bisa usul lewat operator desa, WA {wa} jam kerja. Pendaftarannya gratis, jangan mau dimintai uang
Pendamping PKH untuk wilayah {kec} itu {nama}, nomornya {wa}. Kalau bantuan belum cair tanya beliau langsung, jangan ke orang yang ngaku ngaku bisa bantu
[q] Nomor pendamping PKH {desa} yang baru berapa ya? yang lama {hp} sudah gak aktif, katanya pindah tugas
Pencairan BPNT tahap ini lewat kantor pos {kec}, bawa KTP asli dan KKS. Yang bingung jadwalnya bisa telpon kantor desa {telp}
Imunisasi polio tetes untuk balita hari {hari} jam {jam} di posyandu {dusun}. Kalau berhalangan WA kader {nama} di {hp}, nanti dijadwalkan susulan
Kalau lihat asap kebakaran lahan jangan direkam dulu, langsung telpon damkar 113 atau pos damkar {kec} {telp}
Santunan kematian dari desa bisa diurus lewat Kaur Kesra, WA {wa}. Syaratnya cuma fotokopi akta kematian dan KK, tidak dipungut biaya
[neg] Mohon bantuan bapak ibu, bapak kami umur 72 tahun dan sudah pikun, keluar rumah dari kemarin sore belum pulang. Pakai sarung kotak kotak dan peci hitam, terakhir terlihat di {desa}. Info sekecil apapun tolong hubungi {hp} atau polsek terdekat
Dibutuhkan segera donor darah golongan O positif untuk ibu saya yang operasi di RSUD besok pagi. Yang bisa bantu mohon hubungi {wa}. Semoga Allah membalas kebaikan panjenengan
[q] Ada yang golongan darahnya AB? Adik saya di ICU RSUD butuh 2 kantong, stok PMI kosong. Kontak keluarga {hp}
Ditemukan dompet coklat di depan {pasar} tadi pagi, isinya KTP warga {desa} dan kartu BPJS. Sudah saya titipkan di pos satpam pasar, atau hubungi saya {hp}
Ketemu anak kambing nyasar di sawah belakang SD {desa}, putih belang hitam. Yang punya silakan diambil, hubungi {wa}
Kucing kami hilang sejak {hari} di sekitar {rtrw} {desa}, bulu abu abu, kalung merah ada loncengnya. Yang lihat tolong kabari {hp}, anak saya nangis terus
Pendaftaran pasien baru poli anak RSUD sekarang bisa lewat WA {wa}, balasannya nomor antrian. Sudah saya coba kemarin, lancar
Listrik di {desa} padam dari jam 3 sore. Sudah lapor lewat PLN Mobile dan telpon 123, katanya petugas menuju lokasi. Sabar ya tetangga
[neg] Pipa PDAM bocor di depan masjid {desa} dari subuh, air muncrat ke jalan. Nomor pengaduan {telp} gak diangkat, baru lewat WA {wa} dibalas
Posko banjir di balai desa {desa} butuh relawan dapur umum, selimut dan popok bayi. Koordinator lapangan Pak RW, {hp}. Yang mau antar bantuan hubungi dulu biar tidak numpuk
Bantuan untuk korban longsor {dusun} dikoordinir karang taruna, kontak {wa}. Semua sumbangan dicatat dan laporannya ditempel di balai desa
Info dari BPBD: kalau air sungai naik dan warga perlu evakuasi, hubungi pusdalops {telp} atau 112. Nomor ini 24 jam
[q] Min, nomor call center RSUD {cc} itu bisa buat daftar rawat jalan atau cuma informasi?
Call center Samsat {cc} bisa ditanya soal tunggakan pajak kendaraan. Saya tadi telpon, petugasnya jelas
Pak RT kami minta warga baru lapor diri paling lambat 2x24 jam, WA beliau {hp}. Bukan pungli, cuma didata saja
Info ronda: jadwal siskamling {rtrw} bulan ini sudah dibagi. Yang berhalangan tukar sendiri, kabari koordinator di {hp}
Kader posyandu lansia {dusun} siap jemput simbah yang gak bisa jalan, WA {wa} sehari sebelumnya
Komite {sekolah} mengundang orang tua rapat hari {hari} jam {jam}. Konfirmasi kehadiran ke sekretaris komite {hp}
[q] Nomor WA wali kelas 4 {sekolah} ada yang punya? mau izin anak saya sakit, nomor lama {hp} sudah ganti
Yang tanya dimana beli keripik singkong pedas kemarin, itu buatan ibu ibu KWT {desa}, pesan lewat WA {wa}. Bukan iklan, saya cuma pelanggan
Gula aren cetak dari {dusun} bisa dipesan ke Pak Kadus {hp}, beliau yang kumpulkan dari penderes. Harga sesuai pasar
[q] Yang jualan bibit durian di pameran pertanian kemarin nomornya berapa ya? saya lupa catat
Panitia pentas seni {sekolah} masih menerima pendaftaran bazar UMKM, hubungi {nama} {wa}. Tempat terbatas, gratis untuk warga {desa}
Pendaftaran jalan sehat HUT desa {desa} gratis, kupon doorprize dibagi di lapangan. Info ke panitia {hp}
Takmir masjid {desa} membuka pendaftaran qurban kolektif, Rp 2,5 juta per orang untuk sapi. Bendahara takmir {wa}, ada kuitansi resmi
Pendaftaran TPQ Al Hikmah {desa} tahun ajaran baru dibuka, gratis untuk anak yatim. Hubungi ustadzah {hp}
Gereja di {kec} mengadakan pengobatan gratis untuk umum hari {hari}, tidak memandang agama. Info panitia {wa}
Panitia zakat fitrah masjid {desa}: beras bisa diantar ke serambi masjid, atau minta dijemput lewat {hp}
Relawan pengungsi banjir {desa} butuh tambahan perahu karet, siapa yang punya kontak Basarnas? Kami di posko, {wa}
Sudah dibuka posko pengaduan pupuk subsidi di kantor kecamatan {kec}, bisa juga lewat WA {wa}. Kalau kios jual di atas HET laporkan
Untuk izin keramaian hajatan cukup lapor ke Bhabinkamtibmas desa, nomornya {hp}. Gratis, jangan mau kalau ada yang minta
[q] Nomor Bhabinkamtibmas {desa} berapa ya? ada orang asing mondar mandir di kampung dari kemarin malam
Kalau ada kecelakaan atau kejahatan telpon 110, gratis dan tersambung ke polres. Catat di HP orang tua kita
Ambulans gratis milik desa {desa} siaga 24 jam, sopirnya bisa ditelpon di {wa}. Simpan bapak ibu
[q] Puskesmas {kec} ada layanan WA untuk konsultasi gizi balita? nomor {hp} itu masih dipakai?
Layanan kesehatan jiwa gratis di puskesmas, kalau ada keluarga yang butuh bisa WA perawat jiwa {wa}. Jangan malu, ini penyakit biasa
Kalau ada kekerasan pada anak atau perempuan, bisa lapor ke hotline SAPA 129 atau UPTD PPA kabupaten {wa}. Identitas pelapor dirahasiakan
Bantuan kursi roda dari Dinsos untuk lansia dan disabilitas, pengajuan lewat desa. Operator desa {desa} bisa dihubungi di {hp}
Pendaftaran khitan massal gratis di {desa}, kuota 40 anak. Daftar lewat modin {wa}, bawa fotokopi KK
Pak Lurah minta warga yang rumahnya rusak karena angin puting beliung lapor ke kelurahan, WA {wa}, lampirkan foto
Hadiah lomba kebersihan antar RT di {desa} sudah bisa diambil di balai desa, yang juara 1 {rtrw}. Konfirmasi ke panitia {hp}
Selamat untuk pemenang lomba foto desa wisata, hadiah uang pembinaan Rp 1 juta diserahkan {hari}. Pemenang mohon hubungi panitia {wa}
Bagi yang mau daftar sekolah lansia di balai desa {desa}, gratis, belajar tiap Kamis. Kontak {hp}
Nomor pengaduan pelayanan kantor kecamatan {kec}: {telp}. Saya tadi komplain soal antrian, langsung ditanggapi camat
PDAM sudah punya WA center {wa} untuk lapor air mati, kirim nomor pelanggan dan alamat. Dibalas otomatis lalu ditelpon petugas
[q] Kok tagihan PDAM saya bulan ini 300 ribu padahal biasanya 60 ribu? Sudah WA {hp} belum dibalas
Tukang servis pompa air di {desa} yang jujur namanya Pak Harno, {hp}. Saya gak dapat komisi ya, cuma puas
Yang mau pasang listrik baru jangan lewat calo, datang ke kantor PLN atau telpon 123. Tarif resmi jauh lebih murah
[neg] Lampu jalan di tikungan {desa} mati sudah sebulan. Sudah lapor ke Dishub {wa}, katanya nunggu anggaran
[q] Ini benar nomor puskesmas pembantu {desa}? {telp2}. Mau tanya jadwal bidan praktik
Info buat warga {desa}: KTP elektronik yang sudah jadi bisa diambil di kantor desa. Tanya dulu lewat {wa} biar gak sia sia datang
Jadwal jemput bola perekaman KTP untuk lansia di {dusun} hari {hari}. Yang mau didatangi ke rumah daftar ke kadus {hp}
Bagi korban banjir yang dokumennya hilang, Disdukcapil buka layanan cetak ulang gratis di posko. Info {wa}
Yang sawahnya kena serangan tikus, lapor ke PPL {kec} di {hp}, ada bantuan gropyokan dan racun dari dinas
Mantri hewan {kec} bisa dipanggil ke kandang kalau sapi sakit, {wa}. Biaya obat sesuai aturan dinas, jasa periksa gratis
[q] Nomor inseminator sapi di {desa} berapa ya? sapi saya sudah birahi dari tadi pagi
Pendaftaran kartu tani baru lewat penyuluh desa, hubungi {hp}. Bawa KTP, KK dan SPPT tanah garapan
Kelompok tani {desa} membagikan benih padi gratis dari dinas, ambil di rumah ketua poktan. WA {wa} dulu sebelum datang
Yang butuh surat keterangan tidak mampu untuk berobat, bisa diurus hari itu juga di kantor desa. Hubungi Pak Sekdes {hp}
[q] Ada nomor admin grup WA warga {rtrw} {desa}? saya baru pindah, mau dimasukkan grup
Tolong bantu sebarkan: anak laki laki umur 14 tahun, pamit sekolah {hari} pagi tapi belum pulang. Pakai seragam putih biru, tas hitam. Kalau melihat hubungi ibunya {wa} atau 110
Alhamdulillah anak yang kemarin dicari sudah ketemu di rumah temannya di {desa2}. Terima kasih semua yang sudah share nomor {hp}, sekarang tidak perlu dihubungi lagi
Sapi limosin milik warga {dusun} lepas dari kandang tadi malam, warna coklat, ada tanda di telinga. Yang lihat hubungi pemiliknya {hp}
[q] Yang nemu STNK motor atas nama warga {desa}, jatuh di sekitar {pasar}, tolong hubungi {wa}. Ada imbalan sekadarnya
HP saya jatuh di angkot jurusan {pasar}, warna hitam casing biru. Kalau ada yang menemukan tolong hubungi nomor istri saya {hp}
Pengajian akbar di alun alun {kec} malam minggu, gratis untuk umum. Yang mau jadi relawan parkir hubungi panitia {wa}
Pendaftaran lomba agustusan {rtrw} {desa}: balap karung, makan kerupuk, tarik tambang. Daftar ke {nama} {hp}, gratis
Senam lansia tiap Jumat pagi di halaman puskesmas {kec}, gratis. Yang mau bergabung konfirmasi ke {wa}
[q] Yang bikin nasi kotak enak untuk acara tahlilan di {desa} kemarin itu catering siapa ya? ada nomornya?
Saya jual tahu dan tempe langsung dari rumah produksi di {dusun}, bisa antar ke sekitar {desa}. WA {wa}. Semoga tidak melanggar aturan komentar ya min
Fotokopi dan print dekat kantor desa {desa} buka sampai malam, kalau mendadak butuh berkas bisa WA {hp}
Pak Kades menyediakan layanan pengaduan lewat WA {wa}, langsung dibaca beliau. Saya lapor soal drainase, dua hari kemudian ditinjau
Info dari BMKG lewat BPBD: potensi hujan lebat tiga hari ke depan. Warga lereng {desa} kalau lihat retakan tanah segera lapor {hp}
[q] BPBD punya nomor WA untuk kirim foto pohon yang mau tumbang? di depan {sekolah} miring sekali
Hotline pengaduan guru dan orang tua dari Disdik {wa}, saya sudah pakai untuk lapor pungutan seragam. Ditindaklanjuti
Pelayanan akta kelahiran bayi baru lahir bisa langsung dari RSUD, hubungi petugas Dukcapil di RSUD {hp}. Pulang dari rumah sakit akta sudah jadi
Yang perlu mobil jenazah gratis dari Baznas, hubungi {wa}. Saya kemarin dibantu tengah malam, sangat cepat
Kalau ada ODGJ terlantar di jalan jangan dipukuli, hubungi Dinsos {telp} atau puskesmas, nanti dijemput petugas
Operasi katarak gratis untuk lansia, kerja sama RSUD dan Lions. Daftar ke puskesmas atau WA panitia {wa} sebelum tanggal {tgl}
[pos] Terima kasih petugas damkar {kec}, saya telpon {telp} jam 2 pagi karena ular kobra masuk dapur, 20 menit sudah datang
[pos] Tadi ada kecelakaan di jalan {desa}, saya telpon 119 dan ambulans datang kurang dari setengah jam. Terima kasih tim medis
Nomor darurat yang perlu disimpan: 112 darurat umum, 110 polisi, 113 pemadam, 119 ambulans. Tempel di dinding rumah ya bapak ibu
Tim SAR desa {desa} dibentuk, anggotanya pemuda karang taruna. Yang mau gabung latihan hubungi {wa}
Pendaftaran peserta BPJS PBI untuk warga tidak mampu lewat desa, Dinsos yang verifikasi. Tanya ke operator {hp}
[q] Saya sudah daftar bantuan rehab rumah tidak layak huni, cek statusnya ke siapa ya? nomor Perkim {telp} benar?
Yang kemarin menemukan KTP dan ATM saya di parkiran {pasar} lalu menghubungi {hp}, terima kasih banyak pak. Masih ada orang jujur
Posko mudik gratis di terminal {kec}, ada cek kesehatan dan kopi gratis. Kontak petugas {wa}
Pendaftaran mudik gratis Pemkab untuk perantau, tujuan Jakarta dan Surabaya. Info dan daftar lewat Dishub {hp}, kuota terbatas
Kelurahan membuka layanan legalisir dan surat pengantar lewat WA {wa}, dokumen dikirim foto, ambil tinggal tanda tangan. Praktis
[q] Lurah {desa} nomornya berapa min? mau undang beliau ke syukuran kampung
Yang mau sewa tenda dan kursi untuk hajatan, inventaris desa {desa} bisa dipinjam warga. Hubungi pengurus BUMDes {hp}
BUMDes {desa} jual gas elpiji 3 kg harga HET, antar ke rumah untuk lansia. Pesan ke {wa}
Bank sampah {dusun} buka tiap Minggu pagi, sampah plastik ditimbang dan jadi tabungan. Info {hp}
Yang mau belajar menjahit gratis di LKP binaan Disnaker, daftar ke instruktur {wa}, kuota 15 orang
Les baca tulis gratis untuk anak SD di perpustakaan desa {desa}, relawan mahasiswa KKN. Kontak {hp}
Panitia pembangunan mushola {dusun} menerima sumbangan material, bisa diantar langsung. Konfirmasi ke bendahara {wa}, laporan di papan pengumuman
Ada sumbangan sembako dari perantau asal {desa} untuk lansia sebatang kara, dibagi lewat RT. Yang tahu lansia terlewat kabari {hp}
Tukar uang baru untuk lebaran di bank daerah, gratis dan resmi. Jangan ke penjual pinggir jalan. Info layanan {cc}
[neg] Sudah tiga hari sampah di depan {sekolah} gak diangkut. WA DLH {wa} cuma dibaca
[neg] Nomor pengaduan {telp} di spanduk RSUD salah sambung terus, yang angkat rumah orang. Tolong spanduknya diganti
Grup WA info darurat {desa} sudah dibuat, isinya cuma perangkat desa dan ketua RT. Yang mau masuk kirim nama ke {hp}
Penjual buah di {pasar} yang kemarin saya beritakan sudah ketemu pembelinya, dompet sudah kembali. Nomor {wa} gak usah dihubungi lagi, makasih semuanya
""")
# Sundanese-flavoured Indonesian (labelled id: the corpus has no su label)
add_r2('hard_ham', 'id', """
Punten, warga {desa} nu can kabagean beas bantuan, mangga lapor ka Pak RW {hp}. Gratis, tong mayar ka saha saha
Hatur nuhun ka petugas puskesmas {kec}, WA {wa} dibales gancang pisan pas abdi naros jadwal imunisasi
[q] Punten akang teteh, aya nu gaduh nomer bidan desa Cibeunying Girang? nu lami {hp} tos teu aktip
Mangga nu bade daptar posyandu lansia di Pasirhalang, hubungi kader {wa}. Gratis, aya cek tensi sareng gula darah
Info kaleungitan: embe bodas belang hideung leungit ti kandang di Lebaksiuh. Upami aya nu ningal, hubungi {hp}. Hatur nuhun
Pangaosan rutin di masjid Mekarwangi malem Jumaah, sadaya warga diondang. Info panitia {wa}
Punten, pendaftaran bantuan bibit sayuran ti dinas tiasa ka PPL {hp}, syaratna KTP sareng KK wungkul
[neg] Cai PDAM di Mekarwangi tos tilu dinten teu ngocor. Tos lapor ka {wa} can aya jawaban, punten dibantosan
""")
add_r2('hard_ham', 'jv', """
Sing kelangan pit onthel biru neng ngarep masjid {desa} bakda jumatan, wis tak amanke neng omah. Hubungi {hp}
Pendaftaran sunatan massal gratis neng puskesmas {kec}, kuotane 50 bocah. Daftar liwat Pak Modin {wa}
Nek ono warga sing butuh ambulan desa, langsung telpon {wa}, ora usah sungkan, gratis
Simbah putri ilang wiwit sore, nganggo jarik coklat lan kudung putih. Nek ono sing weruh tulung kabari {hp}, matur nuwun sanget
[q] Nomer WA pendamping PKH {desa} sing anyar piro yo lur? bansose simbok durung cair
Bansos BPNT cair neng kantor pos {kec} dino {hari}. Sing durung ngerti jadwale takon Pak Kadus {hp}
Sing butuh getih golongan B, bojone Mas {dsn} neng RSUD butuh rong kantong. Hubungi {wa}
Sapi ilang soko kandang {dusun} bengi mau, werna putih, sungune cendhek. Sing weruh tulung hubungi {hp}
Pengumuman: kerja bakti resik kali dino Minggu esuk. Sing arep nyilih cangkul lan arit hubungi Pak RT {hp}
Pendaftaran qurban kolektif neng mesjid {desa} isih bukak, nyicil iso. Hubungi bendahara {wa}
Nek ono kebakaran telpon 113 utowo pos damkar {telp}, ojo mung direkam
Kader posyandu {dusun} iso dihubungi neng {hp}, nek arep takon jadwal timbang bayi
Sing arep nyumbang korban banjir {desa}, iso diterke neng balai desa. Koordinatore {wa}
Layanan WA PDAM {wa} saiki cepet, aku lapor banyu mati awan, sore wis mili meneh
[q] Ono sing ngerti nomer mantri kewan {kec}? wedusku ora gelem mangan wiwit wingi
Sing nemu dompet ireng neng {pasar}, isine KTP lan SIM, tulung hubungi {hp}. Duwite ora popo, sing penting surat suratku
Kelompok tani {desa} arep mbagi bibit jagung gratis soko dinas, sing durung ndaftar hubungi ketua poktan {wa}
Lomba pitulasan neng {rtrw} wis dibukak, daftar neng {hp}. Hadiahe sederhana, sing penting guyub
Info soko kelurahan: bantuan rehab omah ora layak huni, sing arep ngusulke hubungi {wa} karo nggowo foto omah
Pengajian selapanan malem Rebo neng {dusun}. Sing arep nitip takjil hubungi {hp}
[pos] Matur nuwun petugas PLN, aku telpon 123 jam wolu bengi, jam songo wis urip meneh
Bakul gethuk neng {pasar} sing tak critakke wingi, nek arep pesen iso WA {wa}. Enak tenan, ora mbujuk
Nek ono tanggane sing lara jiwa lan ngamuk, ojo dipasung. Hubungi puskesmas {kec} {telp}, ono perawat sing iso teko
[q] Nomer telpon kantor desa {desa} sing anyar piro? sing lawas {telp} ora iso
Sing arep ndaftarke simbah operasi katarak gratis, hubungi panitia {wa} sakdurunge tanggal {tgl}
""")
add_r2('hard_ham', 'id-en', """
Buat yang nanya, pendamping PKH area {kec} bisa di-contact di {wa}, fast response kok
Lost and found: ketemu kunci motor + gantungan boneka di parkiran GOR. Contact me di {hp}
Urgent butuh donor darah A+ buat ayah saya di RSUD, please share. Contact person {wa}
Info posko banjir {desa}: yang mau donate baju layak pakai, confirm dulu ke {hp} biar gak numpuk
Emergency number yang wajib di-save: 112, free dan 24 jam. Plus nomor posko BPBD {telp}
Thanks banget buat Pak RT yang langsung respon WA {hp} pas ada maling semalam
Buat yang nanya catering buat acara kantor, ini UMKM ibu ibu {desa}, order via WA {wa}. Not sponsored, saya pelanggan
[q] Ada yang punya contact admin PDAM yang aktif? nomor {hp} cuma centang satu
Pendaftaran bazar UMKM festival {kec} masih open, contact panitia {wa}, free booth buat warga lokal
Kucing oren lost di sekitar {sekolah}, namanya Mochi. Kalau lihat please contact {hp}, reward seadanya
Layanan konsultasi psikolog gratis di puskesmas, booking via WA {wa}. Mental health itu penting guys
Call center Dinas Pendidikan {cc} helpful banget, pertanyaan soal mutasi sekolah dijawab detail
Volunteer dapur umum buat korban longsor masih dibutuhkan, koordinator {wa}. Every hand counts
Hotline UPTD PPA buat korban kekerasan {wa}, confidential. Share ke yang butuh
[q] Nomor WA {wame} ini beneran punya kelurahan? soalnya dikasih di grup RT
""")
add_r2('hard_ham', 'en', """
If anyone found a brown wallet near the market this morning, please call {hp}. My ID card and my late father's photo are inside
Our dog went missing near {desa} on {hari_en}. Black and white, answers to Bimo. Please call {wa} if you see him
Urgent: my mother needs two bags of O negative blood at the regional hospital. Please contact {hp} if you can donate
The village office in {desa} now answers WhatsApp at {wa}. Very handy if you need to check requirements before going
For any fire, call 113. For medical emergencies, 119. The general emergency line is 112. Save all three
The PDAM complaint line {telp} finally picked up after three tries. Water should be back by evening
Flood relief coordinator for {desa}: {wa}. They need rice, clean water and baby formula more than clothes
I called the electricity company on 123 about the fallen cable on our street and they came within an hour
[q] Does anyone have the number of the family welfare facilitator (pendamping PKH) for {kec}? The old one doesn't answer
The school committee secretary asked parents to confirm attendance at {hp} before Friday
Lost: a grey cat with a red collar, around {desa}. Kids are heartbroken. Call {hp}, small reward
Found a set of keys with a blue tag by the mosque in {desa}. Message {wa} to describe them and collect
The health centre in {kec} now takes appointments by WhatsApp at {wa}. Saved me a two-hour wait
If you see a child or woman in danger, the SAPA hotline is 129, or call the police on 110
The women's cooperative selling palm sugar can be reached on {wa}. I'm just a happy customer
Volunteers needed for the community kitchen at the evacuation centre. Coordinator: {hp}
[q] Is {wame} really the new WhatsApp line of the civil registry office? It was shared in our neighbourhood group
My elderly father is missing since last night, he has dementia. Last seen near {pasar} wearing a checked sarong. Please call {hp} or 110
The mosque committee is collecting sacrificial animal contributions, treasurer's number is {wa}, receipts provided
Local RT head's number for new residents who need to register: {hp}
Regional hospital call centre {cc} can tell you which specialists are on duty each day
The vet from the livestock office came within an hour after I called {wa}. Our cow is fine now
Taxi and ambulance numbers are on the noticeboard at the village hall, and the emergency line is 112 if in doubt
The lost boy from {desa} has been found safe. Thank you everyone who shared {hp}, no need to call anymore
""")

# ---- r2 / B. victims, parents, teachers, police, sermons on judol/pinjol/scams
add_r2('hard_ham', 'id', """
[neg] Teman saya ketipu situs slot online, awalnya menang terus katanya, pas mau wd 8 juta akunnya diblokir. Sekarang dia malu cerita ke istrinya
[neg] Adik saya kena tipu "agen" togel online, sudah transfer 3 juta buat "buka angka", nomornya langsung hilang. Pelajaran mahal
[neg] Saya ibu dua anak. Suami kecanduan judol sampai gaji sebulan habis dalam dua malam. Ada tempat konseling untuk keluarga pecandu judi di kabupaten ini?
[neg] Murid saya kelas 8 ketahuan pinjam HP temannya buat depo slot pakai pulsa. Orang tuanya kaget. Tolong sekolah dan orang tua kompak awasi HP anak
Khutbah Jumat tadi di masjid {desa} tentang judi online, khatib bilang harta dari judi tidak akan membawa berkah. Semoga bapak bapak yang main tersadar
Pak Kapolsek di acara jumat curhat bilang laporan kasus pencurian naik, banyak pelakunya terlilit utang judol. Ini sudah darurat
[neg] Link judol masuk grup WA alumni SMP kami, katanya "situs resmi bonus 100%". Langsung saya keluarkan orangnya. Tolong admin grup lain juga tegas
Baca berita soal penangkapan operator judi online di {kabx}, ternyata rekeningnya pakai nama warga desa yang dibayar 300 ribu. Jangan mau jual rekening bapak ibu
[neg] Yang bilang "wd lancar", "anti rungkad" itu semua bohong. Saya saksi, kakak saya sampai jual sawah warisan
[neg] Maxwin katanya. Maxwin dari mana, yang ada tetangga saya maxutang, motor ditarik leasing
Saya guru BK. Tahun ini sudah empat siswa yang saya tangani karena main slot pakai uang SPP. Orang tua tolong cek riwayat transfer e-wallet anak
Tolong Diskominfo blokir situs judi yang pakai nama "Sukamaju" di alamatnya, bikin malu kabupaten kita
[q] Kalau mau lapor situs judi online ke mana ya? saya nemu iklannya di video anak saya
Laporan situs judi bisa lewat aduankonten.id, tinggal tempel alamatnya. Saya sudah lapor tiga kali minggu ini
[neg] Ponakan saya terjerat pinjol gara gara nutup kekalahan slot. Dua lubang sekaligus. Mohon ada penyuluhan di karang taruna
Pengajian ibu ibu {desa} minggu ini temanya bahaya judi online dan pinjol, pematerinya dari Kemenag. Ajak tetangga ya
Kapolres sudah buka layanan pengaduan judi online, identitas pelapor dirahasiakan. Gunakan bapak ibu, jangan diam
[neg] Dulu saya pikir slot itu cuma game, ternyata bapak saya main sampai subuh tiap hari. Sekarang ibu yang kerja sendirian
[neg] Hati hati, ada orang nawarin "kerja jadi admin situs", ternyata situs judi. Teman saya sudah ditangkap
Tetangga saya berhasil berhenti main slot setelah ikut terapi di puskesmas dan didampingi ustadz. Bisa kok, asal keluarga mendukung
[neg] Gaji ke 13 ASN di kantor saya ada yang langsung habis buat depo. Tolong BKPSDM adakan tes dan pembinaan
[neg] Komentar di atas yang nyebut nama situs dan kata "bonus new member" itu spam judi, jangan dibuka bapak ibu
Berita polres kemarin: 12 warga ditangkap karena jadi joki rekening judol. Bayarannya cuma ratusan ribu, ancaman penjaranya bertahun tahun
[neg] Kakak ipar saya kena pinjol ilegal, pinjam 2 juta yang cair cuma 1,4 juta, tenor seminggu. Sekarang ditagih 5 juta
[neg] Debt collector pinjol telpon kepala sekolah tempat saya ngajar dan bilang saya maling. Padahal saya bukan peminjamnya, nomor saya cuma dijadikan kontak darurat oleh orang lain
Buat yang diteror pinjol ilegal: jangan bayar ke rekening pribadi, kumpulkan bukti, lapor ke OJK dan polisi. Pinjol ilegal tidak punya dasar hukum menagih
Saran saya sebelum pinjam online, cek dulu daftar penyelenggara berizin di website OJK. Kalau namanya tidak ada, tinggalkan
[q] Apakah koperasi simpan pinjam yang nawarin pinjaman lewat SMS itu resmi? namanya pakai kata koperasi tapi kantornya gak jelas
[neg] Ada SMS "pinjaman Anda telah disetujui, dana cair 5 juta, klik link". Saya gak pernah mengajukan apa apa. Jangan diklik bapak ibu
[neg] Ibu saya ditelpon orang ngaku dari bank, bilang kartu ATM diblokir dan minta kode OTP. Untung saya di sebelahnya, langsung saya matikan
Modus penipuan sekarang: ngaku kurir, kirim foto paket berupa file APK. Jangan diinstal, itu untuk mencuri isi HP dan m-banking
[neg] Tetangga saya tertipu arisan online, setor 10 juta dijanjikan dapat 15 juta bulan depan. Admin arisannya kabur. Sudah lapor polsek {kec}
Dapat SMS katanya pemenang undian bank, hadiah mobil, disuruh transfer pajak hadiah. Bank resmi tidak pernah minta transfer untuk hadiah
[neg] Ada yang ngaku petugas Dinsos keliling {desa} minta fotokopi KTP dan foto selfie pegang KTP katanya buat bansos. Itu modus pinjol atas nama orang lain
Penipuan lowongan kerja: disuruh bayar seragam dan "biaya pelatihan" sebelum kerja. Perusahaan beneran tidak minta uang ke pelamar
[neg] Nenek saya ditipu lewat telepon, katanya cucunya ditahan polisi dan perlu uang damai. Rp 7 juta hilang. Tolong sosialisasi ke lansia
Kalau ada telepon minta uang darurat atas nama keluarga, tutup dan telpon balik nomor keluarga yang asli. Cara paling gampang cek penipuan
[neg] Saya hampir transfer ke "petugas pajak" yang bilang ada tunggakan PBB. Untung saya cek ke Bapenda langsung, tidak ada tunggakan sama sekali
[neg] Grup FB jual beli Sukamaju banyak penipu jual motor murah minta DP dulu. Kalau harganya tidak masuk akal, itu penipuan
Sosialisasi bahaya judi online di {sekolah} kemarin bagus, polisi pakai contoh nyata. Anak saya pulang langsung cerita
[neg] Banyak bapak bapak di pangkalan ojek main slot sambil nunggu penumpang. Sehari narik 80 ribu, habis 100 ribu di slot. Miris
Saya mantan pecandu judol. Dua tahun bersih. Yang membantu saya berhenti: hapus semua aplikasi, serahkan ATM ke istri, dan ikut pengajian rutin. Semangat buat yang sedang berjuang
[neg] Situs situs judi itu dirancang supaya pemain kalah. "Menang di awal" itu umpan. Jangan percaya testimoni di komentar
Kata ustadz di pengajian tadi malam, hutang karena judi itu menghancurkan dua kali: dunia dan akhirat. Semoga kita dijauhkan
[q] Apakah ada program rehabilitasi gratis dari pemkab untuk pecandu judi online? suami saya mau berhenti tapi susah
Kominfo sudah takedown ribuan situs, tapi tiap hari muncul domain baru. Yang paling efektif tetap pengawasan keluarga
[neg] Anak saya SMA minta uang buat "top up game", ternyata buat depo slot. Ketahuan dari notifikasi e-wallet
[neg] Jangan pernah pinjamkan KTP ke siapapun, ada warga {desa} yang KTPnya dipakai daftar 6 pinjol
Tolong admin portal aktifkan filter kata "slot gacor" dan "maxwin", tiap berita bupati diserbu iklan judi
""")
add_r2('hard_ham', 'jv', """
[neg] Kancaku keno apus situs slot, pas arep narik duit akune diblokir. Saiki utange neng endi endi
[neg] Bapakku biyen seneng togel, sawah entek, omah meh didol. Ojo nganti kedadean neng keluarga liyane
Khotbah jumat mau bab judi online, apik tenan. Jare khatib, rejeki soko judi ora iso nggawe tentrem
[neg] Ati ati lur, ono sing ngaku soko bank njaluk kode OTP. Ojo diwenehke sopo wae
[neg] Ponakanku kejiret pinjol ilegal, utang rong yuta saiki ditagih limang yuta. Kontak neng HP kabeh diteror
Nek ono sing nawani nyewakke rekening utowo KTP nggo situs judi, ojo gelem. Iso dipenjara
[neg] Bocah SMP neng kampungku wis ngerti depo lan wd. Wong tuwo kudu ngawasi HP anak
Pengajian malem Jumat neng {dusun} mbahas bahaya judol lan pinjol. Ayo podho teko
[neg] Tanggaku keno arisan online bodong, setor sepuluh yuta admine mlayu
Aku wis leren main slot setahun, alhamdulillah. Kuncine HP tak serahke bojo lan melu pengajian. Iso lur
""")
add_r2('hard_ham', 'id-en', """
[neg] Teman kantor saya kena scam situs slot, deposit terus tapi withdraw gak pernah bisa. Lesson learned, jangan percaya testimoni
[neg] Honestly sedih lihat anak anak SMP udah familiar sama istilah maxwin dan scatter. Parents please cek HP anak
Buat korban pinjol ilegal, document semua ancaman, screenshot, lalu report ke OJK dan polisi. Don't pay to personal accounts
[neg] Spam link judol di comment section ini udah out of control, admin please pasang filter
Kalau dapat call dari "bank" yang minta OTP, just hang up. Bank gak pernah minta OTP, period
Kajian remaja masjid minggu ini bahas judi online dan mental health, open for public, free
[neg] "Wd cepat", "anti rungkad", "bonus new member", semua itu marketing bullshit situs judi. Don't fall for it
Good news: polres berhasil bongkar jaringan rekening judol di {kec}. Semoga diusut sampai bandarnya
""")
add_r2('hard_ham', 'en', """
[neg] A friend of mine got scammed by an online slot site. He won on paper for a week, then the account was frozen when he tried to cash out
[neg] My brother-in-law is drowning in debt from online gambling and illegal loan apps. Is there any counselling service in the regency?
[neg] These comments promising "easy maxwin" are gambling spam. Please don't click them, especially the elderly
As a teacher I see students as young as twelve talking about deposits and withdrawals. Parents, please check your children's e-wallets
Today's Friday sermon was about online gambling. The imam said it quietly empties homes before anyone notices. Strong words, and true
[q] Where do I report a website that advertises online gambling using the regency's name?
The police chief said half of the recent theft cases involved people in gambling debt. This is a public safety issue now
[neg] My neighbour sold her ID card details for a few hundred thousand rupiah to someone running gambling accounts. Now she is a suspect. Please warn people
If a "bank officer" calls asking for your OTP code, hang up. No real bank will ever ask for it
[neg] An illegal lender messaged everyone in my contact list calling me a thief. I never even borrowed from them. Reported to OJK and the police
[neg] Got a text saying my loan of five million was approved. I never applied. It had a link, which I deleted. Stay alert
Please add a filter for slot and togel spam on this site. Every article about the regent gets flooded within minutes
[neg] My aunt lost her savings to a fake online lottery agent who promised to "guarantee" the numbers
Good to see the police raided the gambling account network in {kec}. Now go after the people running it
The youth group at our mosque runs a support circle for young men quitting online gambling. It is helping, slowly
[neg] The scam now is a fake courier sending a parcel photo as an APK file. Don't install it, it steals banking access
[neg] Pawnshops near the market are full of motorbikes pawned to pay gambling debts. This is heartbreaking
""")
add_r2('hard_ham', 'id', """
[neg] Tolong Pemkab bikin posko pengaduan korban judi online dan pinjol, banyak yang malu datang ke polisi
Ceramah tarawih semalam bahas judi online. Kata ustadz, situs judi sengaja bikin menang di awal supaya ketagihan. Persis seperti yang terjadi sama paman saya
[neg] Iklan situs slot sekarang nyamar pakai foto artis dan logo pemerintah. Jangan percaya, pemerintah tidak pernah promosi judi
Ketua RW kami bikin aturan: warga yang ketahuan jualan kupon togel dilaporkan ke polsek. Setuju
[neg] Uang bansos PKH ibu saya dipakai adik buat depo slot. Tolong pendamping PKH juga ikut mengingatkan keluarga penerima
[q] Nomor rekening yang dipakai penipu bisa dilaporkan ke mana supaya diblokir? saya sudah transfer 1,5 juta ke penjual palsu
Rekening penipu bisa dilaporkan ke bank penerima dan ke polisi, lampirkan bukti transfer dan chat. Makin cepat makin besar peluang diblokir
[neg] Kena tipu jual beli pupuk online, bayar DP 2 juta barang tidak pernah datang. Petani kecil makin susah
""")

# ---- r2 / C. spammy words in their everyday senses ---------------------------
add_r2('hard_ham', 'id', """
[pos] Kenari saya umur 8 bulan sudah gacor tiap habis dimandikan, suaranya ngerol panjang. Senang dengarnya pagi pagi
[pos] Cucak ijo tetangga gacor dari subuh, lumayan jadi alarm gratis wkwk
[pos] Lovebird pasangan saya akhirnya bertelur, si jantan makin gacor jaga sarang
[q] Murai batu saya macet bunyi sejak pindah kandang, biar gacor lagi pakannya apa ya? Ada yang pengalaman?
[pos] Kontes kicau mania piala camat {kec} kemarin meriah, kelas kenari paling ramai peserta. Juara 1 dari {desa}
[pos] Persikas tampil gacor di babak kedua, pemain muda asli {desa} cetak gol penentu. Bangga!
[pos] Striker baru Persikas gacor banget, tiga laga empat gol. Semoga gak dibeli klub lain
Motor tua bapak saya habis diservis di bengkel {desa} langsung gacor, tarikannya enteng. Bengkelnya jujur
Mesin diesel pompa sawah kelompok tani kami sudah gacor lagi setelah diperbaiki teknisi dinas. Bisa ngairi malam ini
[pos] Alhamdulillah hoki, beli tiket pesawat mudik pas ada potongan dari maskapai, hemat 200 ribu
Dapat jackpot beneran: anak saya keterima SMA negeri lewat jalur prestasi. Alhamdulillah rezeki anak
Hoki banget kemarin, hujan turun pas padi butuh air, sebelumnya sudah mau sewa pompa
Cara tanam cabai kami ditabur merata istilahnya scatter seeding, hemat bibit kata penyuluh. Hasilnya lumayan
Pupuk organik cair disebar merata pakai sprayer, jangan cuma di satu titik. Penyuluh bilang pola tabur seperti itu hasilnya lebih rata
Depo air minum isi ulang di {desa} sudah dapat sertifikat laik higiene dari dinkes, galon 5 ribu. Aman buat keluarga
[q] Depo air isi ulang dekat {sekolah} airnya kok bau ya? sudah diuji lab belum?
Rapat karang taruna lewat link zoom malam ini jam 8, yang belum dapat link japri ketua ya
Kita link up sama pemuda {desa2} buat turnamen voli antar desa bulan depan. Seru
Alhamdulillah bonus akhir tahun dari pabrik cair, sebagian buat bayar sekolah anak, sebagian buat zakat
THR sudah cair, jangan lupa sisihkan buat orang tua dan zakat ya bapak ibu
Promo pasar desa {desa} tiap Minggu Legi: sayur dan buah langsung dari petani, harga lebih murah dari pasar kota
[pos] Pasar tani di halaman kantor dinas pertanian ada promo beras petani lokal, 5 kilo 60 ribu. Pulennya juara
Temen temen nongkrong bilang saya "maxwin" karena menang doorprize kipas angin di jalan sehat wkwk. Maxwin versi halal
Guyonan bapak bapak di pos ronda: "panen jagung tahun ini maxwin". Maksudnya hasilnya bagus, bukan judi ya
BLT Dana Desa tahap 2 sudah cair di balai desa {desa} tadi pagi, penerima 86 KPM. Tertib dan tanpa potongan
Gaji guru honorer bulan ini alhamdulillah cair tepat waktu, biasanya telat tiga bulan. Terima kasih Disdik
PKH ibu saya sudah cair lewat rekening bank Himbara, dicek di ATM langsung masuk. Tidak ada biaya apapun
Investasi paling aman menurut saya tetap ternak kambing. Beli cempe 800 ribu, setahun bisa jual 2,5 juta
Saya lebih percaya investasi sawah daripada yang online online. Sewa sawah setahun, hasil panen jelas kelihatan
Ternak lele di kolam terpal bisa jadi investasi kecil buat pemuda desa, pelatihannya gratis dari dinas perikanan
Obat dari puskesmas diminum sampai habis ya pak, terutama antibiotik. Jangan berhenti kalau sudah merasa enakan
[q] Obat darah tinggi dari puskesmas boleh diambil keluarga kalau pasiennya lansia tidak bisa datang?
Jamu beras kencur buatan simbah saya dijual di depan rumah, 5 ribu sebotol. Resep turun temurun, tanpa bahan kimia
Minum jamu kunir asem tiap pagi sudah jadi kebiasaan ibu ibu di {dusun}, sambil ngobrol di depan rumah
[pos] Jamu gendong keliling di {desa} masih ada satu, Mbok Sarmi. Semoga ada yang meneruskan
Kata bidan desa, jamu boleh tapi jangan diminum bersamaan dengan obat dokter, kasih jarak dua jam
Link up dengan petani kopi {kabx} biar bisa ekspor bareng, itu ide bagus dari dinas koperasi
Harga sayur di pasar lagi "gacor" kata pedagang, maksudnya laku keras jelang lebaran
Tim futsal SMP kami lagi on fire, pelatihnya bilang anak anak lagi gacor gacornya. Semoga juara porkab
[pos] Kenari lokal dari peternak {desa} sudah tembus pasar luar pulau. Gacor dan sehat katanya
Klaim asuransi sapi mati karena PMK akhirnya cair, prosesnya sebulan lebih tapi dapat 10 juta. Terima kasih petugas
Dapat bonus panen dari juragan tebu karena rendemen bagus, lumayan buat tambah beli pupuk
Cashback dari aplikasi belanja cuma recehan, mending belanja di pasar tradisional bantu pedagang kecil
Gratis cek mata dan kacamata untuk lansia di balai desa {desa} hari {hari}, program dari dinkes. Bukan promo toko
""")
add_r2('hard_ham', 'jv', """
[pos] Kenariku saiki gacor tenan, esuk esuk wis ngoceh ra mandheg
[pos] Perkututku menang kontes neng alun alun, suarane gacor lan ajeg
Motor bebek lawas bapak saiki gacor meneh sakwise diservis neng bengkel {desa}
Hoki tenan, pas panen rego gabah munggah
Depo banyu isi ulang neng {desa} wis dicek dinkes, resik
Bonus akhir taun soko pabrik wis cair, alhamdulillah iso nggo bayar sekolah bocah
BLT desa wis cair mau esuk neng balai desa, ora ono potongan
Jamu beras kencur gaweane simbok isih laris, limang ewu sak botol
Investasi paling aman yo ngingu wedus, ora usah sing online online
Tim bal kampung dewe lagi gacor, menang terus neng turnamen
[q] Obat soko puskesmas iso dijupuk anak e ora nek simbah ora iso mlaku?
""")
add_r2('hard_ham', 'id-en', """
[pos] Kenari gue lagi rajin bunyi, gacor banget tiap habis dijemur. Proud bird dad moment
Rapat komite sekolah pakai link zoom ya, passcode dikirim wali kelas
Alhamdulillah bonus tahunan cair, plan nya buat renovasi dapur sama tabungan pendidikan anak
Promo pasar tani weekend ini: cabai dan tomat langsung dari petani, harga lebih friendly
Striker Persikas lagi in form, gacor tiap match. Semoga dipanggil seleksi tim provinsi
Depo air minum near my house baru lolos uji lab dinkes, aman
Investasi ternak sapi bareng kelompok tani, bukan online scheme, jelas kandangnya di mana
""")
add_r2('hard_ham', 'en', """
[pos] My neighbour's canary has been singing non-stop this week. Locals here say the bird is "gacor"
Our village team is on a winning streak, five matches unbeaten. The striker from {desa} is unstoppable
Hit the jackpot today: the harvest price for our rice is the best in three years
The annual bonus from the factory finally came through. Paying school fees first, then a small treat for the kids
The weekend farmers' market has a promo on local rice and eggs. Cheaper than the supermarket and the money stays in the village
The water depot near the school passed its hygiene inspection, good to know the refill water is safe
Investing in two goats was the best decision my father made. Cheaper and safer than anything online
The health centre gives blood pressure medicine for free with BPJS. Just bring your card
""")

# ---- r2 / D. official links, e-mails and livestreams -------------------------
add_r2('hard_ham', 'id', """
Jadwal pelayanan Disdukcapil keliling per kecamatan sudah diunggah di https://disdukcapil.sukamajukab.go.id, cek dulu sebelum datang
Pengumuman hasil seleksi perangkat desa sudah diunggah di website {desa_low}.desa.id bagian berita, juga ditempel di balai desa
Website desa kami sekarang lengkap, APBDes dan laporan realisasinya bisa diunduh di {desa_low}.desa.id. Transparan, salut
Live streaming Musrenbang kabupaten ada di youtube.com/@PemkabSukamaju, warga bisa ikut pantau usulan dari desanya
[q] Siaran langsung upacara hari jadi kabupaten nanti di channel YouTube resmi pemkab atau di IG? Saya di perantauan
Rapat paripurna DPRD soal APBD ditayangkan langsung di youtube.com/@DPRDSukamaju, cek menit ke 40 soal anggaran jalan desa
Pendaftaran PPDB SMP negeri cuma di ppdb.sukamajukab.go.id. Sekolah tidak menerima titipan. Kalau ada yang menawarkan, laporkan
Info beasiswa mahasiswa berprestasi dari Pemkab ada di https://beasiswa.sukamajukab.go.id, pendaftaran gratis dan ditutup tanggal {tgl}
Pengumuman kelulusan {sekolah} bisa dicek di website sekolah yang berakhiran .sch.id, jangan dari link yang disebar di grup
Website SMAN 1 Sukamaju (sman1sukamaju.sch.id) sudah upload jadwal daftar ulang dan seragam. Tidak ada pungutan selain yang tertulis
Kampus Politeknik Sukamaju buka kelas karyawan, info resmi di polteksukamaju.ac.id. Ada beasiswa untuk anak petani
Alhamdulillah anak saya lolos KIP Kuliah, pengumumannya di website kampus .ac.id. Tidak bayar siapa pun
Aduan jalan rusak saya di lapor.go.id dijawab Dinas PU dalam seminggu, lengkap dengan jadwal perbaikan. Coba bapak ibu, gratis
[q] Kalau lapor lewat lapor.go.id identitas saya kelihatan ke dinas terkait gak? mau lapor pungli di sekolah
Cek apakah nama keluarga terdaftar penerima bansos di cekbansos.kemensos.go.id, cukup nama dan wilayah. Tidak ada aplikasi lain yang resmi
Daftar penyelenggara pinjaman online berizin ada di ojk.go.id, sebelum pinjam cek dulu di sana
Lapor SPT tahunan bisa online lewat pajak.go.id, gratis. Kalau bingung datang ke KPP, petugasnya mau ngajari
Cek tagihan pajak kendaraan bisa lewat website atau aplikasi resmi Samsat provinsi, jangan lewat link yang dikirim lewat WA
Pengaduan layanan RSUD bisa kirim email ke pengaduan@rsud.sukamajukab.go.id, saya kirim kemarin pagi, sore sudah dibalas direktur
Untuk permohonan informasi publik kirim ke ppid@sukamajukab.go.id, dijawab paling lambat 10 hari kerja sesuai aturan
[q] Email resmi Dinas Pertanian apa ya? kelompok tani kami mau kirim proposal alsintan
Proposal bantuan alat pertanian dikirim ke dispertan@sukamajukab.go.id, tembusan ke penyuluh kecamatan. Saya kemarin begitu
Email puskesmas kami puskesmas.{kec_low}@gmail.com, memang belum pakai domain resmi tapi benar punya puskesmas, nomornya ada di papan depan
Berkas pendaftaran lomba desa wisata dikirim ke disparbud@sukamajukab.go.id paling lambat akhir bulan. Hadiahnya pembinaan dari provinsi
Jadwal vaksinasi rabies gratis untuk anjing dan kucing ada di website dinas peternakan keswan.sukamajukab.go.id
[q] Kok ada dua website dinas pendidikan? disdik.sukamajukab.go.id sama yang pakai .com, yang resmi yang mana?
Yang resmi selalu berakhiran .go.id untuk pemerintah dan .sch.id untuk sekolah. Selain itu anggap palsu sampai terbukti
Peta rawan banjir kabupaten bisa dilihat di bpbd.sukamajukab.go.id, rumah kita masuk zona merah atau tidak
Info pemadaman listrik terjadwal bisa dicek di aplikasi PLN Mobile, lebih akurat daripada broadcast WA
Siaran langsung pengundian doorprize HUT kabupaten di IG @pemkabsukamaju jam 8 malam. Pemenang diumumkan di situ, bukan lewat telepon
Alamat email BKPSDM untuk sanggahan hasil seleksi PPPK: bkpsdm@sukamajukab.go.id. Sertakan nomor peserta
Formulir pengaduan pungli bisa diisi di saberpungli.sukamajukab.go.id, atau datang ke inspektorat
[pos] Terima kasih Diskominfo, sekarang semua pengumuman resmi pakai QR code yang mengarah ke situs .go.id, jadi gampang bedakan yang palsu
Modul belajar gratis dari Disdik untuk anak SD bisa diunduh di belajar.sukamajukab.go.id, cocok buat liburan
Info lowongan kerja resmi ada di bursakerja.sukamajukab.go.id, semua perusahaan terverifikasi Disnaker. Gratis untuk pencari kerja
[q] Saya kirim lamaran PPPK ke email yang ada di poster, kok gak dibalas? emailnya pakai gmail, apa itu resmi?
Rekaman pengajian akbar hari jadi kabupaten bisa ditonton ulang di channel YouTube Diskominfo, sangat menyejukkan
Pengumuman pemenang lomba kampung bersih sudah di website desa {desa_low}.desa.id, selamat untuk {rtrw}
Berkas pengajuan izin keramaian sekarang bisa online di oss.go.id untuk usaha, dan lewat polsek untuk hajatan. Saya baru tahu
""")
add_r2('hard_ham', 'jv', """
Pengumuman asil seleksi perangkat desa wis ono neng web desa {desa_low}.desa.id, monggo dicek
Siaran langsung wayangan hari jadi kabupaten neng YouTube resmi pemkab, sing neng perantauan iso nonton
Nek arep lapor dalan rusak iso liwat lapor.go.id, aku wis nyoba, dijawab
Cek bansos cukup neng cekbansos.kemensos.go.id, ora usah mbayar sopo sopo
Email kanggo ngirim berkas lomba desa: disparbud@sukamajukab.go.id, aja nganti telat
""")
add_r2('hard_ham', 'id-en', """
Official info PPDB cuma dari ppdb.sukamajukab.go.id ya guys, link lain ignore aja
Livestream Musrenbang di YouTube channel resmi pemkab, worth it buat yang peduli budget desa
Cek status bansos di cekbansos.kemensos.go.id, free dan official. Jangan klik link random dari broadcast
Email ke ppid@sukamajukab.go.id buat request data publik, response nya cukup cepat
Website kampus polteksukamaju.ac.id lagi buka pendaftaran beasiswa, legit, bukan scam
Report pungli bisa via lapor.go.id, identity bisa dirahasiakan
""")
add_r2('hard_ham', 'en', """
The regency streams council meetings live on its official YouTube channel. Worth watching when the budget is discussed
You can check whether your family is on the social aid list at cekbansos.kemensos.go.id. It's free and official
I filed a complaint about a broken bridge on lapor.go.id and got an answer from the public works office in six days
The only official school admission site is ppdb.sukamajukab.go.id. Ignore anything else you see in group chats
Before borrowing from any app, check the list of licensed lenders on ojk.go.id
The hospital has a complaints e-mail, pengaduan@rsud.sukamajukab.go.id, and they actually reply
Government sites end in .go.id, schools in .sch.id and universities in .ac.id. If the link ends differently, be suspicious
Our village website {desa_low}.desa.id publishes the full village budget. More villages should do this
[q] Is there an official e-mail address for the tourism office? I'd like to ask about guiding permits
The polytechnic's scholarship page at polteksukamaju.ac.id lists every requirement. No agent needed
Flood risk maps are on the disaster agency's site, bpbd.sukamajukab.go.id. Check before you buy land
""")

# ---- r2 / E. money amounts ---------------------------------------------------
add_r2('hard_ham', 'id', """
Harga gabah kering panen di {desa} minggu ini Rp 6.400 per kilo, naik 300 dari bulan lalu. Semoga bertahan sampai panen raya
UMK Sukamaju tahun depan katanya naik jadi sekitar Rp 2,3 juta. Buruh pabrik di {kec} semoga benar benar dibayar sesuai UMK
[q] Iuran BPJS Kesehatan kelas 3 sekarang berapa ya? katanya ada subsidi pemerintah jadi bayarnya lebih murah
Iuran BPJS kelas 3 yang kami bayar Rp 35.000 per orang per bulan, sisanya disubsidi pemerintah. Bayar lewat kantor pos atau aplikasi resmi
PPDB di sekolah negeri gratis, tidak ada uang pangkal. Kalau diminta Rp 2 juta "uang gedung", itu pungli, laporkan ke Disdik
Biaya seragam di {sekolah} tahun ini Rp 450.000 untuk tiga stel, tidak wajib beli di sekolah. Disampaikan kepala sekolah di rapat komite
Reminder buat tetangga: pajak motor saya telat 4 bulan, kena denda sekitar Rp 40 ribu. Mending bayar tepat waktu lewat aplikasi resmi Samsat
Bayar PBB sekarang bisa lewat bank daerah atau minimarket, tidak perlu nitip ke orang. Jatuh temponya akhir Agustus, lewat itu ada denda
PBB rumah saya tahun ini Rp 87.000, naik sedikit dari tahun lalu. Masih wajar, asal jalan depan rumah juga diperhatikan
Saran saya bayar pajak kendaraan online lewat aplikasi resmi Samsat, jangan lewat link di SMS. Kemarin ada SMS palsu soal denda pajak
Harga jagung pipil kering di pengepul Rp 5.200 per kilo, kalau dijual ke gudang Bulog katanya bisa lebih tinggi
Susu sapi di KUD sekarang dihargai Rp 7.100 per liter, naik dari Rp 6.500. Peternak di {dusun} lega
Harga kambing untuk aqiqah di {desa} sekitar Rp 2,8 sampai 3,5 juta, tergantung berat. Beli langsung ke peternak lebih murah
Ongkos tanam padi per hektar sekarang hampir Rp 8 juta, belum termasuk sewa traktor. Harga gabah harus naik supaya petani untung
Tarif air PDAM rumah tangga Rp 3.500 per kubik untuk 10 kubik pertama. Tagihan saya 60 ribuan per bulan
Gaji perangkat desa sekarang setara UMK, sekitar Rp 2,2 juta. Semoga pelayanan juga naik
[q] Biaya sertifikat tanah lewat PTSL resminya berapa? di desa kami ditarik Rp 350 ribu, apa wajar?
PTSL di desa kami biaya persiapan Rp 150 ribu sesuai SKB tiga menteri, ada kuitansinya. Kalau lebih, tanyakan dasarnya
Retribusi pasar harian {pasar} Rp 3.000 per lapak, karcisnya resmi ada cap dinas. Yang tanpa karcis jangan dibayar
Uang saku siswa yang ikut lomba ke provinsi dari sekolah Rp 150.000 per hari, lumayan buat anak anak
Biaya persalinan di puskesmas pakai BPJS gratis. Yang tidak punya BPJS bisa minta rujukan Jampersal ke bidan desa
[q] Denda telat bayar PBB berapa persen per bulan? saya baru ingat belum bayar yang tahun lalu
Harga tiket masuk festival budaya di alun alun Rp 0 alias gratis, yang jual tiket di medsos itu penipu
Pupuk NPK subsidi di kios resmi Rp 2.300 per kilo, kalau lebih laporkan ke dinas pertanian
Harga cabai rawit anjlok ke Rp 12.000 per kilo di {pasar}, petani di {desa} banyak yang biarkan cabainya di pohon
Bantuan langsung tunai dana desa Rp 300 ribu per bulan, cairnya dirapel tiga bulan jadi Rp 900 ribu. Sudah diterima ibu saya tadi
Uang duka dari Baznas untuk keluarga kurang mampu Rp 1 juta, diurus lewat kantor desa. Gratis tanpa potongan
Sewa kios di pasar baru Rp 1,2 juta per tahun, pedagang lama dapat prioritas. Informasi dari Disperindag
""")
add_r2('hard_ham', 'jv', """
Rego gabah neng {desa} saiki Rp 6.300 sekilo, lumayan tinimbang wulan wingi
Pajek motorku telat telung sasi, dendane mung sithik, tapi mending bayar tepat wektu liwat aplikasi resmi
PBB omahku taun iki Rp 92.000, bayar neng bank wae, ora usah nitip
Rego susu sapi neng KUD munggah dadi Rp 7.000 sak liter, alhamdulillah
UMK taun ngarep jare munggah, mugi buruh pabrik dibayar sesuai aturan
Biaya PPDB neng sekolah negeri gratis, nek ono sing njaluk duit gedung lapurke
""")
add_r2('hard_ham', 'id-en', """
Reminder friendly: PBB jatuh tempo akhir bulan ini, bayar online via bank atau aplikasi resmi, jangan via link SMS
Harga gabah lagi decent, Rp 6.500/kg. Finally petani bisa napas sedikit
UMK naik jadi sekitar Rp 2,3 juta, but living cost juga naik. Semoga balance
Iuran BPJS kelas 3 cuma Rp 35 ribu per orang, worth it banget dibanding biaya rumah sakit
""")
add_r2('hard_ham', 'en', """
Rice farmers in {desa} are getting about Rp 6,400 per kilo of unhusked rice this week, a bit better than last month
Friendly reminder: the land and building tax is due at the end of August. Pay at the bank or the official app, not through links in text messages
The regional minimum wage is expected to rise to about Rp 2.3 million next year. Factory workers should check their payslips
Public school admission is free. If anyone asks for a "building fee" of two million rupiah, report it to the education office
My motorbike tax was four months late and the fine was around Rp 40,000. Not much, but easy to avoid by paying on time online
Milk from small dairy farmers now fetches Rp 7,100 a litre at the village cooperative. Still low, but improving
A goat for aqiqah costs around Rp 3 million here. Buying directly from the farmer saves a lot
BPJS class 3 contribution is Rp 35,000 per person per month after the subsidy. Cheaper than one clinic visit
""")

# ---- r2 / A+C. short, terse comments in the register spam uses -------------
add_r2('hard_ham', 'id', """
Yang belum terima bansos silakan tanya operator desa, WA {wa}
Daftar PKH lewat pendamping aja, {hp}, gratis
Warga yang mau usul BLT DD langsung ke Kasi Kesra {wa}
Jadwal cair BPNT tanya ibu pendamping {hp} ya
Posyandu besok pagi, info kader {wa}
Butuh ambulans desa? telpon {wa}, 24 jam
Stok darah kosong, info PMI {telp}
Sembako dari kelurahan sudah datang, konfirmasi ke Pak RT {hp}
Sunatan massal gratis, daftar ke {wa}
Pasar murah {hari}, info kelurahan {telp2}
Air naik lagi di {dusun}, posko {wa} siaga
Vaksin anak masih ada kuota, tanya puskesmas {hp}
Bansos lansia ditanyakan ke Dinsos aja {telp}, jangan ke calo
Imunisasi campak bulan ini, hubungi bidan {wa}
Beasiswa siswa miskin, tanya TU {sekolah} {hp}
Lupa jadwal pengambilan beras? chat operator desa {wa}
""")
add_r2('hard_ham', 'jv', """
Bansose durung cair? takon Pak Kadus {hp}
Ambulan desa siaga, telpon wae {wa}
""")
add_r2('hard_ham', 'id-en', """
Bansos info bisa contact operator desa {wa}, free
""")
add_r2('hard_ham', 'en', """
Aid schedule questions: the village office is on {wa}
""")
add_r2('hard_ham', 'id-en', """
[pos] Bro murai gue lagi gacor parah, dari subuh gak berhenti ngeroll wkwk
[pos] Cucak ijo om Darto lagi on fire, kemarin langsung juara 1 di kontes
[pos] Lovebird gue gacor parah sejak ganti pakan milet, mantap
[pos] Gas bro, Persikas lagi on fire, gacor parah lawan tim tamu
[pos] Pleci gue lagi gacor gacornya, suaranya nembak terus wkwk
[pos] RX King bokap abis turun mesin gacor parah bro, tarikannya enteng
""")
add_r2('hard_ham', 'id', """
[pos] Kacer tetangga gacor parah tiap pagi, lumayan jadi alarm wkwk
[pos] Striker kita lagi gacor parah musim ini, sudah 12 gol
[pos] Kenari anakan umur 5 bulan sudah mulai gacor, seneng banget dengarnya
Murai gacor itu kuncinya jemur pagi dan mandi rutin, bukan dikasih obat macam macam
[pos] Tim voli kampung gacor parah hari ini, menang 3-0 wkwk
""")
add_r2('hard_ham', 'jv', """
[pos] Kenariku lagi gacor parah lur, ket subuh ngoceh wae
[pos] Cucak ijo ne Lek Parno gacor tenan, menang kontes meneh
""")
add_r2('hard_ham', 'en', """
[pos] My lovebird has been on fire this week, singing nonstop lol
""")

# === END CONTENT ===


def _join(a, b):
    """join two fragments with casual punctuation."""
    a = a.rstrip()
    if a.endswith(','):
        if len(b) > 1 and b[0].isupper() and not b[1].isupper():
            b = b[0].lower() + b[1:]
        return a + ' ' + b
    sep = R.choice(['. ', '. ', ', ', ' ', '.. ', ' - '])
    if a[-1:] in '.!?':
        sep = ' '
    if sep in (', ', ' ', ' - ') and len(b) > 1 and b[0].isupper() and not b[1].isupper():
        b = b[0].lower() + b[1:]
    return a + sep + b


LINK = {
    'id': ['Satu lagi,', 'Belum lagi', 'Terus juga', 'Oh iya,', 'Selain itu', 'Sekalian,', 'Ditambah', 'Apalagi', 'Terus', ''],
    'jv': ['Ditambah', 'Terus', 'Karo meneh,', 'Opo meneh', ''],
    'id-en': ['Plus,', 'Also', 'Btw', 'Oh iya,', 'And then', ''],
    'en': ['Also,', 'And', 'On top of that,', 'Plus', ''],
}


def _fits(frag_tags, core_tags):
    """untagged fragments fit anything; tagged ones need a shared tag."""
    return not frag_tags or bool(frag_tags & core_tags)


def compose(fam, lang):
    fp = PARTS.get((fam, lang), {})
    gp = PARTS.get(('*', lang), {})
    cores = fp.get('core', [])
    if not cores:
        return None, None, None
    core, ctags = R.choice(cores)
    strict = bool(ctags & {'angry', 'rel'})
    pick = lambda pool: [x for x, tg in pool
                         if _fits(tg, ctags) and (tg or not strict)]
    opens = pick(fp.get('open', []) + gp.get('open', []))
    details = pick(fp.get('detail', []))
    closes = pick(fp.get('close', []) + gp.get('close', []))
    pat = R.choices(['c', 'oc', 'cd', 'cc', 'occ', 'cdc', 'ocd'],
                    [0.22, 0.18, 0.2, 0.16, 0.1, 0.09, 0.05])[0]
    t = core
    if R.random() < 0.16:
        same = [c for c, tg in cores if c != core and (tg & ctags or tg == ctags)]
        if same:
            more = R.choice(same)
            conn = R.choice(LINK.get(lang, ['']))
            if conn:
                if conn.endswith(',') and len(more) > 1 and more[0].isupper() and not more[1].isupper():
                    more = more[0].lower() + more[1:]
                more = conn + ' ' + more
            t = _join(t, more)
    if 'd' in pat and details:
        t = _join(t, R.choice(details))
    if pat in ('cc', 'occ', 'cdc') and closes:
        t = _join(t, R.choice(closes))
    if pat.startswith('o') and opens:
        t = _join(R.choice(opens), t)
    return core, t, ctags


def build():
    rows = []
    seen = set()

    def push(text, fam, lang):
        text = ' '.join(text.split())
        k = key(text)
        if not k or k in seen:
            return False
        nw = len(text.split())
        if nw > 80:
            return False
        seen.add(k)
        rows.append((text, 'ham', fam, lang))
        return True

    for fam in FAMILY_TARGET:
        n0 = len(rows)
        for raw, lang, tags in HAND.get(fam, []):
            push(noise(fill(raw), fam, lang, tags), fam, lang)
        target = FAMILY_TARGET[fam]
        have = len(rows) - n0
        langs_avail = [l for l in LANGS if PARTS.get((fam, l), {}).get('core')]
        used = Counter()
        tries = 0
        while have < target and langs_avail and tries < target * 40:
            tries += 1
            if 'en' in langs_avail and R.random() < EN_SHARE:
                lang = 'en'
            else:
                nonen = [l for l in langs_avail if l != 'en'] or langs_avail
                w = [{'id': 6, 'jv': 1.6, 'id-en': 1.6}.get(l, 1) for l in nonen]
                lang = R.choices(nonen, w)[0]
            core, t, ctags = compose(fam, lang)
            cap = min(12, 2 + 2 * core.count('[[') + (2 if '{' in core else 0))
            if used[core] >= cap:
                continue
            if push(noise(fill(t), fam, lang, ctags), fam, lang):
                used[core] += 1
                have += 1
    # round 2 comes last so that adding it did not move a single earlier row
    for fam, raw, lang, tags in HAND2:
        push(noise_keep_links(fill(raw), fam, lang, tags), fam, lang)
    R.shuffle(rows)
    return rows


def main():
    rows = build()
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(['text', 'label', 'family', 'lang'])
        w.writerows(rows)
    fam_c = Counter(r[2] for r in rows)
    lang_c = Counter(r[3] for r in rows)
    hand = sum(len(v) for v in HAND.values()) + len(HAND2)
    print('wrote %d rows to %s (hand-written lines: %d)' % (len(rows), OUT, hand))
    print('per family:')
    for fam in FAMILY_TARGET:
        lc = Counter(r[3] for r in rows if r[2] == fam)
        print('  %-22s %5d   %s' % (fam, fam_c[fam], ' '.join('%s=%d' % (l, lc[l]) for l in LANGS)))
    print('per lang:')
    for l in LANGS:
        print('  %-6s %5d  (%.1f%%)' % (l, lang_c[l], 100.0 * lang_c[l] / max(1, len(rows))))
    if '--md' in sys.argv:
        print()
        print('| family | rows | id | jv | id-en | en |')
        print('|---|---:|---:|---:|---:|---:|')
        for fam in FAMILY_TARGET:
            lc = Counter(r[3] for r in rows if r[2] == fam)
            print('| %s | %d | %s |' % (fam, fam_c[fam], ' | '.join(str(lc[l]) for l in LANGS)))
        print('| **total** | %d | %s |' % (len(rows), ' | '.join(str(lang_c[l]) for l in LANGS)))


if __name__ == '__main__':
    main()
