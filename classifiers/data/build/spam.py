#!/usr/bin/env python3
"""Generate the synthetic SPAM seed corpus for modsvc.

Everything here is hand-written for this project: every brand, domain,
phone number, person and number is invented. Nothing is copied from any
dataset or website.

Output: classifiers/data/seed/spam.csv  (text,label,family,lang)

    python3 classifiers/data/build/spam.py            # full corpus
    python3 classifiers/data/build/spam.py --scale .2 # small preview

Deterministic: random.Random(20261127), stdlib only.
"""
import argparse
import collections
import csv
import os
import re
import sys
import unicodedata

import random

R = random.Random(20261127)

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "seed", "spam.csv"))

FAMILY_TARGET = collections.OrderedDict([
    ("gambling", 900),
    ("pinjol", 200),
    ("prize_bansos_scam", 200),
    ("investment_crypto", 150),
    ("herbal_adult", 170),
    ("dukun_pesugihan", 120),
    ("paid_services", 170),
    ("job_scam", 120),
    ("phishing", 120),
    ("link_drop", 120),
    ("tucked", 250),
])

# target language mix per family (final label is derived from what was used)
LANG_WEIGHTS = {
    "gambling": {"id": 44, "id-en": 26, "jv": 8, "en": 22},
    "pinjol": {"id": 58, "id-en": 12, "jv": 8, "en": 22},
    "prize_bansos_scam": {"id": 62, "id-en": 10, "jv": 8, "en": 20},
    "investment_crypto": {"id": 40, "id-en": 25, "jv": 5, "en": 30},
    "herbal_adult": {"id": 55, "id-en": 12, "jv": 8, "en": 25},
    "dukun_pesugihan": {"id": 50, "id-en": 5, "jv": 20, "en": 25},
    "paid_services": {"id": 45, "id-en": 22, "jv": 5, "en": 28},
    "job_scam": {"id": 50, "id-en": 15, "jv": 7, "en": 28},
    "phishing": {"id": 62, "id-en": 12, "jv": 4, "en": 22},
    "link_drop": {"id": 45, "id-en": 25, "jv": 5, "en": 25},
    "tucked": {"id": 55, "id-en": 12, "jv": 13, "en": 20},
}

P_DISGUISE = 0.47


def wc(d):
    keys = list(d)
    return R.choices(keys, weights=[d[k] for k in keys])[0]


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# invented entities
# --------------------------------------------------------------------------

def brand_gambling():
    r = R.random()
    if r < 0.16:
        return R.choice(FEATURED_BRANDS)
    w = R.choice(BRAND_WORDS)
    mid = R.choice(BRAND_MIDS) if chance(0.55) else ""
    suf = R.choice(BRAND_SUFS)
    b = w + mid + suf
    style = R.random()
    if style < 0.62:
        return b
    if style < 0.80:
        return b.upper()
    if style < 0.95:
        return w.capitalize() + mid.capitalize() + suf.upper()
    return w.capitalize() + mid + suf


def brand_from(pool_a, pool_b, sep=" "):
    return R.choice(pool_a) + sep + R.choice(pool_b)


def slug(s):
    s = unicodedata.normalize("NFKD", s).lower()
    s = re.sub(r"[^a-z0-9]+", "", s)
    return s or "info"


def rand_code(n=None):
    n = n or R.randint(5, 8)
    alpha = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(R.choice(alpha) for _ in range(n))


def url_for(brand, kind="gambling"):
    b = slug(brand)
    r = R.random()
    if r < 0.16:
        return "bit.ly/" + (R.choice([rand_code(), b + R.choice(["", "-daftar", "_login", "-vip", "gacor", "2"])]))
    if r < 0.28:
        return "s.id/" + (R.choice([b, b + R.choice(["login", "daftar", "vip", "resmi", "link"]), rand_code(5)]))
    if r < 0.33:
        return R.choice(SHORTENERS) + "/" + rand_code(6)
    extra = ""
    if chance(0.35) or kind in ("phishing", "prize_bansos_scam") or len(b) < 7:
        extra = R.choice([x for x in DOMAIN_EXTRAS[kind] if x] or [""])
        if kind == "phishing" and chance(0.4):
            extra += R.choice(["-" + str(R.randint(2, 99)), "-id", "-cs", "24"])
    if not extra and not re.search(r"\d", b) and len(b) < 12:
        # plain dictionary words could be somebody's real domain: make them obviously invented
        extra = R.choice([str(R.randint(2, 999)), R.choice([x for x in DOMAIN_EXTRAS[kind] if x] or ["x"]) + str(R.randint(1, 99))])
    tld = R.choice(TLDS[kind])
    dom = b + extra + "." + tld
    if chance(0.12):
        dom = "www." + dom
    if chance(0.22):
        dom = R.choice(["https://", "http://", "https://"]) + dom
    if chance(0.18):
        dom += R.choice(["/daftar", "/register", "/login", "/?ref=" + rand_code(5).lower(), "/promo", "/vip", "/#join"])
    return dom


def rand_url(kind="gambling"):
    return url_for(R.choice(GENERIC_SITE_WORDS[kind]) + R.choice(["", str(R.randint(1, 99)), str(R.randint(1, 999))]), kind)


def phone():
    pre = R.choice(PHONE_PREFIXES)
    tail = "".join(str(R.randint(0, 9)) for _ in range(R.choice([8, 8, 8, 7, 7, 9])))
    # avoid the same digit for the entire tail
    full = pre + tail
    a, b, c = full[:4], full[4:8], full[8:]
    f = R.random()
    if f < 0.30:
        return f"{a}-{b}-{c}"
    if f < 0.52:
        return full
    if f < 0.66:
        return f"{a} {b} {c}"
    if f < 0.78:
        return f"+62 {a[1:]}-{b}-{c}"
    if f < 0.88:
        return "62" + full[1:]
    if f < 0.95:
        return "wa.me/62" + full[1:]
    return f"{a}.{b}.{c}"


def money_big():
    r = R.random()
    if r < 0.3:
        n = R.choice([1, 2, 3, 5, 7, 10, 15, 20, 25, 30, 50, 75, 100])
        return R.choice([f"Rp {n} juta", f"{n}jt", f"{n} juta", f"Rp{n}.000.000", f"{n} JT"])
    if r < 0.55:
        n = R.randint(1, 60)
        k = R.randint(0, 9)
        return R.choice([f"{n},{k}jt", f"{n}.{k} juta", f"Rp {n}.{k}00.000", f"{n},{k} juta"])
    if r < 0.8:
        n = R.randint(1, 99)
        m = R.randint(0, 999)
        return f"Rp {n}.{m:03d}.{R.choice(['000', '500', '250', '750'])}"
    return R.choice([f"{R.randint(100, 900)}rb", f"{R.randint(100, 950)} ribu", f"Rp {R.randint(100, 950)}.000"])


def money_small():
    return R.choice(["5k", "10k", "10k", "10rb", "5rb", "20rb", "25rb", "10 ribu", "20 ribu",
                     "Rp 10.000", "15k", "50rb", "25k", "Rp10rb", "10K", "20K", "seceng", "goceng", "ceban"])


def loan_amount():
    return R.choice(["Rp 5 juta", "Rp 10 juta", "2-100 juta", "Rp 1 juta s/d Rp 50 juta", "50jt", "30 juta",
                     "Rp 3.000.000", "Rp 15.000.000", "100 juta", "Rp 500 ribu - 20 juta", "Rp 200 juta",
                     f"Rp {R.randint(2, 90)} juta", f"{R.randint(2, 150)}jt"])


def pct():
    return f"{R.randint(93, 99)}{R.choice([',', '.'])}{R.randint(1, 9)}%"


def mult():
    return "x" + str(R.choice([100, 250, 500, 500, 1000, 1000, 2500, 5000, 5000, 10000, 15000]))


def jam():
    h = R.randint(0, 23)
    m = R.choice(["00", "15", "30", "45"])
    h2 = (h + R.randint(1, 3)) % 24
    return R.choice([f"jam {h:02d}.{m}-{h2:02d}.{m} WIB", f"pukul {h:02d}:{m} - {h2:02d}:{m}",
                     f"jam {h} sampai jam {h2}", f"{h:02d}.{m} s/d {h2:02d}.{m}"])


def num_digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


GEN = {
    "WA": phone,
    "WA2": phone,
    "D": money_small,
    "WD": money_big,
    "AMT": loan_amount,
    "P": pct,
    "X": mult,
    "JAM": jam,
    "NUM4": lambda: num_digits(4),
    "NUM3": lambda: num_digits(3),
    "NUM2": lambda: num_digits(2),
    "NUM6": lambda: num_digits(6),
    "DIG": lambda: str(R.randint(0, 9)),
    "N": lambda: R.choice(PERSON_NAMES),
    "EN": lambda: R.choice(EN_NAMES),
    "KOTA": lambda: R.choice(TOWNS),
    "DESA": lambda: R.choice(VILLAGES),
    "G": lambda: R.choice(GAMES),
    "G2": lambda: R.choice(GAMES),
    "PAS": lambda: R.choice(PASARAN),
    "BANK": lambda: R.choice(BANKS),
    "EW": lambda: R.choice(EWALLETS),
    "DK": lambda: R.choice(DUKUN_NAMES),
    "HB": lambda: R.choice(HERBAL_PRODUCTS),
    "RB": lambda: R.choice(ROBOT_NAMES),
    "COIN": lambda: R.choice(COIN_NAMES),
    "PT": lambda: R.choice(COMPANY_NAMES),
    "PRIZE": lambda: R.choice(PRIZES),
    "PROG": lambda: R.choice(PROGRAMS),
    "SHOP": lambda: R.choice(SHOP_NAMES),
    "INST": lambda: R.choice(INSTITUTIONS),
    "APK": lambda: R.choice(APK_NAMES),
    "HARI": lambda: R.choice(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]),
    "TGL": lambda: f"{R.randint(1, 28)} {R.choice(['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'])}",
    "DAYS": lambda: str(R.choice([3, 5, 7, 7, 10, 14, 30])),
    "PCTD": lambda: str(R.choice([3, 5, 8, 10, 15, 20, 25, 30, 30, 40, 50])) + "%",
    "USD": lambda: "$" + R.choice(["250", "300", "450", "500", "750", "1,200", "2,500", "3,000", "5,000", "8,400", "12,000"]),
    "CODE": lambda: rand_code(6).upper(),
    "WDE": lambda: R.choice([f"{R.randint(2, 80)} million rupiah", f"Rp {R.randint(2, 90)},{R.randint(1, 9)}00,000",
                             f"IDR {R.randint(3, 60)} million", "$" + str(R.randint(3, 60) * 50)]),
    "AMTE": lambda: R.choice([f"IDR {R.randint(2, 100)} million", f"Rp {R.randint(1, 50)},000,000", f"up to {R.randint(2, 20)} million rupiah",
                              "$" + format(R.randint(2, 40) * 250, ",")]),
    "U2": lambda: url_for(R.choice(BRAND_WORDS) + R.choice(BRAND_SUFS)),
    "FOL": lambda: R.choice(["1.000", "1k", "5k", "10rb", "10k", "50rb", "100k", "2.500", "500"]),
}
# keys that must stay constant inside one message
STICKY = {"WA", "N", "EN", "KOTA", "DESA", "G", "PAS", "BANK", "EW", "DK", "HB", "RB", "COIN", "PT",
          "PRIZE", "PROG", "SHOP", "INST", "APK", "D"}

PH = re.compile(r"\{([A-Z0-9]+)\}")


class Msg:
    def __init__(self, family, lang_target, brandfn, urlkind):
        self.family = family
        self.lang_target = lang_target
        self.src = set()
        self.ctx = {}
        self.brandfn = brandfn
        self.urlkind = urlkind

    def get(self, key):
        if key == "B":
            if "B" not in self.ctx:
                self.ctx["B"] = self.brandfn()
            return self.ctx["B"]
        if key == "U":
            if "U" not in self.ctx:
                self.ctx["U"] = url_for(self.get("B"), self.urlkind)
            return self.ctx["U"]
        if key == "UR":  # another random url of the same kind
            return rand_url(self.urlkind)
        if key in STICKY:
            if key not in self.ctx:
                self.ctx[key] = GEN[key]()
            return self.ctx[key]
        return GEN[key]()

    def fill(self, tpl):
        return PH.sub(lambda m: self.get(m.group(1)), tpl)

    def pick(self, part, pools, force=None):
        """pick one fragment from pools[part] honouring the target language"""
        d = pools[part]
        lt = force or self.lang_target
        if lt == "id-en":
            w = {"mix": 4, "id": 2, "en": 1}
        elif lt == "jv":
            w = {"jv": 3, "id": 1}
        elif lt == "en":
            w = {"en": 1}
        else:
            w = {"id": 1}
        w = {k: v for k, v in w.items() if d.get(k)}
        if not w:
            for fb in (("id",), ("mix", "id"), ("en",), ("jv",)):
                w = {k: 1 for k in fb if d.get(k)}
                if w:
                    break
        k = wc(w)
        self.src.add(k)
        frag = R.choice(d[k])
        if k == "en":
            frag = frag.replace("{WD}", "{WDE}").replace("{AMT}", "{AMTE}")
        return self.fill(frag)

    def lang(self):
        s = self.src
        if "jv" in s:
            return "jv"
        if "mix" in s or ("id" in s and "en" in s):
            return "id-en"
        if s == {"en"}:
            return "en"
        return "id"


def join(parts, sep):
    out = ""
    for i, p in enumerate(parts):
        p = p.strip()
        if not p:
            continue
        if not out:
            out = p
            continue
        s = sep
        if s.strip() in (".", "!", ",") and re.search(r"[.!?,:;)\]]$|[^\w\s]$", out):
            s = " "
        out += s + p
    return out


SEPS = [". ", ". ", " ", "! ", "\n", "\n", " | ", " - ", ", ", " ✅ ", " 🔥 ", " >> ", "\n\n", " 👉 ", " ~ ", " ★ "]
SEPS_EN = [". ", ". ", " ", "! ", "\n", " | ", " - ", ", ", " ✅ ", " 🔥 ", " >> ", "\n\n", " 👉 "]


def casing(text, upper=0.06, lower=0.2):
    r = R.random()
    if r < upper:
        return text.upper()
    if r < upper + lower:
        return text.lower()
    return text


def nfeats(lo, hi):
    return R.randint(lo, hi)


def uniq_sample(fn, k):
    seen = []
    for _ in range(k * 4):
        if len(seen) >= k:
            break
        x = fn()
        if x not in seen:
            seen.append(x)
    return seen


# --------------------------------------------------------------------------
# family composers
# --------------------------------------------------------------------------

def compose_gambling(m):
    P = GAMBLING
    kind = wc({"promo": 27, "list": 12, "testi": 16, "chat": 16, "togel": 12, "sport": 7, "casino": 5, "oneliner": 6,
               "long": 5})
    sep = R.choice(SEPS if m.lang_target != "en" else SEPS_EN)
    if kind == "promo":
        parts = [m.pick("hook", P)]
        parts += uniq_sample(lambda: m.pick("feat", P), nfeats(0, 4))
        parts.append(m.pick("cta", P))
        if chance(0.3):
            parts.append(m.pick("close", P))
        t = join(parts, sep)
    elif kind == "list":
        bullet = R.choice(["✅", "✔️", "⭐", "🔥", "💎", "➡️", "•", "-", "☑️", "🎯", "💰", "👑"])
        head = m.pick("hook", P)
        feats = uniq_sample(lambda: m.pick("feat", P), nfeats(3, 7))
        lines = [head] + [f"{bullet} {f}" for f in feats] + [m.pick("cta", P)]
        t = "\n".join(lines) if chance(0.7) else " ".join(lines)
    elif kind == "testi":
        parts = [m.pick("testi", P)]
        if chance(0.45):
            parts.append(m.pick("testi2", P))
        if chance(0.55):
            parts.append(m.pick("cta", P))
        t = join(parts, R.choice([". ", " ", "\n", "! ", ", "]))
    elif kind == "chat":
        parts = [m.pick("chat", P)]
        if chance(0.3):
            parts.append(m.pick("chat", P))
        if chance(0.35):
            parts.append(m.pick("cta", P))
        t = join(parts, R.choice([" ", ". ", ", ", "\n", " wkwk ", " 😂 "]))
        t = casing(t, 0.03, 0.45)
    elif kind == "togel":
        parts = [m.pick("togel_hook", P)]
        parts += uniq_sample(lambda: m.pick("togel_feat", P), nfeats(1, 4))
        parts.append(m.pick("cta", P))
        t = join(parts, sep) if chance(0.6) else "\n".join(parts)
    elif kind == "sport":
        parts = [m.pick("sport", P)]
        parts += uniq_sample(lambda: m.pick("feat", P), nfeats(0, 2))
        parts.append(m.pick("cta", P))
        t = join(parts, sep)
    elif kind == "casino":
        parts = [m.pick("casino", P)]
        parts += uniq_sample(lambda: m.pick("feat", P), nfeats(0, 2))
        parts.append(m.pick("cta", P))
        t = join(parts, sep)
    elif kind == "long":
        parts = [m.pick("story", P)]
        if chance(0.6):
            parts.append(m.pick("testi2", P))
        parts += uniq_sample(lambda: m.pick("feat", P), nfeats(1, 3))
        parts.append(m.pick("cta", P))
        if chance(0.5):
            parts.append(m.pick("close", P))
        t = join(parts, R.choice([". ", ". ", "\n", "! "]))
    else:
        t = m.pick("oneliner", P)
    if kind in ("promo", "list", "togel"):
        t = casing(t, 0.08, 0.12)
    return t


def compose_generic(m, P, structures):
    """structures: dict name->(weight, list of (part, prob, (lo,hi)))"""
    name = wc({k: v[0] for k, v in structures.items()})
    spec = structures[name][1]
    parts = []
    for part, prob, rng in spec:
        if not chance(prob):
            continue
        n = R.randint(*rng)
        if n == 1:
            parts.append(m.pick(part, P))
        elif n > 1:
            parts += uniq_sample(lambda: m.pick(part, P), n)
    if not parts:
        parts = [m.pick(spec[0][0], P)]
    if name.startswith("list"):
        bullet = R.choice(["✅", "✔️", "•", "-", "☑️", "➡️", "⭐", "📌", "💯", "✓"])
        t = parts[0] + "\n" + "\n".join(f"{bullet} {p}" for p in parts[1:-1]) + "\n" + parts[-1] if len(parts) > 2 else "\n".join(parts)
    else:
        t = join(parts, R.choice(SEPS))
    return t


STRUCT_STD = {
    "promo": (45, [("hook", 1, (1, 1)), ("feat", 0.9, (1, 3)), ("cta", 0.95, (1, 1)), ("close", 0.3, (1, 1))]),
    "list": (15, [("hook", 1, (1, 1)), ("feat", 1, (3, 5)), ("cta", 1, (1, 1))]),
    "testi": (25, [("testi", 1, (1, 1)), ("cta", 0.6, (1, 1))]),
    "short": (13, [("short", 1, (1, 1))]),
    "long": (6, [("hook", 1, (1, 1)), ("testi", 1, (1, 1)), ("feat", 1, (2, 4)), ("cta", 1, (1, 2)), ("close", 0.6, (1, 1))]),
}


def compose_family(m):
    f = m.family
    if f == "gambling":
        t = compose_gambling(m)
    elif f == "link_drop":
        t = m.pick("drop", LINKDROP)
        if chance(0.25):
            t = join([t, m.pick("drop", LINKDROP)], R.choice([" ", "\n", " | "]))
    elif f == "tucked":
        t = compose_tucked(m)
    else:
        P = FAMILY_POOLS[f]
        t = compose_generic(m, P, STRUCT_STD)
        t = casing(t, 0.05, 0.12)
    return t


def compose_tucked(m):
    kind = wc({"tail": 62, "testimony": 25, "sandwich": 13})
    tail_fam = wc({"gambling": 60, "pinjol": 9, "investment_crypto": 7, "job_scam": 7, "dukun_pesugihan": 5,
                   "herbal_adult": 5, "prize_bansos_scam": 4, "link": 3})
    m.ctx["B"] = TAIL_BRANDFN[tail_fam]()
    m.urlkind = TAIL_URLKIND[tail_fam]
    if kind == "tail":
        base = m.pick("ham", TUCKED)
        conn = m.pick("conn", TUCKED)
        tail = m.pick(tail_fam, TUCKED_TAILS)
        s = R.choice([" ", "\n", " ", ". ", "\n\n", "... "])
        if not re.search(r"[.!?)]$|[^\w\s]$", base) and s == " ":
            s = R.choice([". ", ", ", " "])
        t = base + s + (conn + " " if conn else "") + tail
    elif kind == "testimony":
        parts = []
        if chance(0.55):
            parts.append(m.pick("ham_short", TUCKED))
        m.ctx["B"] = brand_gambling() if chance(0.8) else m.ctx["B"]
        parts.append(m.pick("testimony", TUCKED))
        if chance(0.35):
            parts.append(m.pick("testimony_cta", TUCKED))
        t = join(parts, R.choice([" ", ". ", "\n", " "]))
    else:
        t = m.pick("ham_short", TUCKED) + " " + m.pick(tail_fam, TUCKED_TAILS) + " " + m.pick("ham_end", TUCKED)
    return t


TAIL_BRANDFN = {
    "gambling": brand_gambling,
    "pinjol": lambda: brand_from(PINJOL_A, PINJOL_B, R.choice([" ", ""])),
    "investment_crypto": lambda: R.choice(ROBOT_NAMES),
    "job_scam": lambda: R.choice(COMPANY_NAMES),
    "dukun_pesugihan": lambda: R.choice(DUKUN_NAMES),
    "herbal_adult": lambda: R.choice(HERBAL_PRODUCTS),
    "prize_bansos_scam": lambda: R.choice(PROGRAMS),
    "link": brand_gambling,
}
TAIL_URLKIND = {
    "gambling": "gambling", "pinjol": "pinjol", "investment_crypto": "investment_crypto",
    "job_scam": "job_scam", "dukun_pesugihan": "dukun_pesugihan", "herbal_adult": "herbal_adult",
    "prize_bansos_scam": "prize_bansos_scam", "link": "gambling",
}

BRANDFN = {
    "gambling": brand_gambling,
    "pinjol": lambda: brand_from(PINJOL_A, PINJOL_B, R.choice([" ", "", " "])),
    "prize_bansos_scam": lambda: R.choice(PROGRAMS),
    "investment_crypto": lambda: R.choice(ROBOT_NAMES),
    "herbal_adult": lambda: R.choice(HERBAL_PRODUCTS),
    "dukun_pesugihan": lambda: R.choice(DUKUN_NAMES),
    "paid_services": lambda: R.choice(AGENCY_NAMES),
    "job_scam": lambda: R.choice(COMPANY_NAMES),
    "phishing": lambda: R.choice(INSTITUTIONS),
    "link_drop": lambda: brand_gambling() if chance(0.7) else R.choice(GENERIC_SITE_WORDS["link_drop"]),
    "tucked": brand_gambling,
}


# --------------------------------------------------------------------------
# disguises
# --------------------------------------------------------------------------
ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]

MATH = {
    "bold": (0x1D400, 0x1D41A, 0x1D7CE),
    "italic": (0x1D434, 0x1D44E, None),
    "bold_italic": (0x1D468, 0x1D482, None),
    "script": (0x1D49C, 0x1D4B6, None),
    "bold_script": (0x1D4D0, 0x1D4EA, None),
    "double": (0x1D538, 0x1D552, 0x1D7D8),
    "sans_bold": (0x1D5D4, 0x1D5EE, 0x1D7EC),
    "sans_bold_italic": (0x1D63C, 0x1D656, None),
    "mono": (0x1D670, 0x1D68A, 0x1D7F6),
}
MATH_EXC = {
    "italic": {"h": "\u210e"},
    "script": {"B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ",
               "e": "ℯ", "g": "ℊ", "o": "ℴ"},
    "double": {"C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"},
}


def math_style(s, style):
    up, lo, dg = MATH[style]
    exc = MATH_EXC.get(style, {})
    out = []
    for c in s:
        if c in exc:
            out.append(exc[c])
        elif "A" <= c <= "Z":
            out.append(chr(up + ord(c) - 65))
        elif "a" <= c <= "z":
            out.append(chr(lo + ord(c) - 97))
        elif "0" <= c <= "9" and dg:
            out.append(chr(dg + ord(c) - 48))
        else:
            out.append(c)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " and chance(0.5) else c) for c in s)


COMBINING = ["\u0332", "\u0333", "\u0305", "\u0336", "\u0338", "\u035f", "\u0331"]


def combining(s):
    mark = R.choice(COMBINING)
    return "".join(c + mark if not c.isspace() else c for c in s)


def zero_width(s):
    chars = list(s)
    n = max(1, min(len(chars) - 1, R.randint(1, 3)))
    idx = sorted(R.sample(range(1, max(2, len(chars))), min(n, max(1, len(chars) - 1))), reverse=True)
    z = R.choice(ZW)
    for i in idx:
        chars.insert(i, z if chance(0.7) else R.choice(ZW))
    return "".join(chars)


HOMO_LO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "s": "ѕ", "j": "ј",
           "h": "һ", "k": "κ", "v": "ν", "u": "υ"}
HOMO_UP = {"A": ["А", "Α"], "B": ["В", "Β"], "E": ["Е", "Ε"], "H": ["Н", "Η"], "I": ["І", "Ι"], "K": ["К", "Κ"],
           "M": ["М", "Μ"], "O": ["О", "Ο"], "P": ["Р", "Ρ"], "C": ["С"], "T": ["Т", "Τ"], "X": ["Х", "Χ"],
           "Y": ["Υ", "У"], "Z": ["Ζ"], "N": ["Ν"], "S": ["Ѕ"], "J": ["Ј"]}


def homoglyph(s):
    out = []
    p = R.uniform(0.4, 0.9)
    for c in s:
        if c in HOMO_LO and chance(p):
            out.append(HOMO_LO[c])
        elif c in HOMO_UP and chance(p):
            out.append(R.choice(HOMO_UP[c]))
        else:
            out.append(c)
    return "".join(out)


LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "g": "9", "t": "7", "l": "1", "b": "8"}


def leet(s):
    out = []
    p = R.uniform(0.5, 1.0)
    for c in s:
        lc = c.lower()
        if lc in "aeio" and chance(p):
            out.append(LEET[lc])
        elif lc in "sgtlb" and chance(p * 0.25):
            out.append(LEET[lc])
        else:
            out.append(c)
    return "".join(out)


def spaced(s):
    s2 = s.upper() if chance(0.5) else s
    return " ".join(c for c in s2 if not c.isspace())


def dotted(s):
    sep = R.choice([".", ".", "-", "_", "*", "•", "/", "'", "|"])
    return sep.join(c for c in s if not c.isspace())


EMO_BETWEEN = ["🎰", "🔥", "💰", "💎", "⭐", "🍀", "💸", "👑", "⚡", "🎯", "❤️", "🌟", "✨", "💯"]


def emoji_between(s):
    e = R.choice(EMO_BETWEEN)
    return e.join(c for c in s if not c.isspace())


def enclosed(s):
    style = R.choice(["circled", "circled", "neg_circled", "squared", "neg_squared"])
    out = []
    for c in s:
        if style == "circled":
            if "A" <= c <= "Z":
                out.append(chr(0x24B6 + ord(c) - 65))
            elif "a" <= c <= "z":
                out.append(chr(0x24D0 + ord(c) - 97))
            elif "1" <= c <= "9":
                out.append(chr(0x2460 + ord(c) - 49))
            elif c == "0":
                out.append("⓪")
            else:
                out.append(c)
        else:
            base = {"neg_circled": 0x1F150, "squared": 0x1F130, "neg_squared": 0x1F170}[style]
            if c.isascii() and c.isalpha():
                out.append(chr(base + ord(c.upper()) - 65))
            else:
                out.append(c)
    return "".join(out)


SMALLCAPS = dict(zip("abcdefghijklmnopqrstuvwxyz", "ᴀʙᴄᴅᴇꜰɢʜɪᴊᴋʟᴍɴᴏᴘǫʀꜱᴛᴜᴠᴡxʏᴢ"))


def smallcaps(s):
    return "".join(SMALLCAPS.get(c.lower(), c) if c.isascii() else c for c in s)


def repeated(s):
    # stretch one or two letters: gacor -> gacooorrr
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if not letters:
        return s
    chosen = set()
    vowels = [i for i in letters if s[i].lower() in "aiueo"]
    if vowels:
        chosen.add(R.choice(vowels))
    if chance(0.6):
        chosen.add(letters[-1])
    out = []
    for i, c in enumerate(s):
        out.append(c * (R.randint(3, 6) if i in chosen else 1))
    return "".join(out)


def mixed_case(s):
    if chance(0.5):
        return "".join(c.upper() if i % 2 else c.lower() for i, c in enumerate(s))
    return "".join(c.upper() if chance(0.5) else c.lower() for c in s)


TOKEN_DISGUISES = {
    "math_letters": None,  # special: style chosen per use
    "fullwidth": fullwidth,
    "combining_marks": combining,
    "zero_width": zero_width,
    "homoglyph": homoglyph,
    "leetspeak": leet,
    "spaced_letters": spaced,
    "dotted_letters": dotted,
    "emoji_between": emoji_between,
    "enclosed_letters": enclosed,
    "small_caps": smallcaps,
    "repeated_chars": repeated,
    "mixed_case": mixed_case,
}
# these may also be applied to a whole headline / whole short message
SPAN_OK = {"math_letters", "fullwidth", "combining_marks", "enclosed_letters", "small_caps", "mixed_case", "homoglyph"}

DISGUISE_WEIGHTS = {
    "math_letters": 14, "fullwidth": 7, "combining_marks": 5, "zero_width": 9, "homoglyph": 9,
    "leetspeak": 9, "spaced_letters": 6, "dotted_letters": 6, "emoji_between": 5, "enclosed_letters": 5,
    "small_caps": 5, "repeated_chars": 6, "mixed_case": 5, "domain_obfuscation": 12, "number_split": 10,
    "emoji_decoration": 10,
}

KEYWORDS = {
    "gambling": ["slot", "gacor", "maxwin", "togel", "toto", "casino", "kasino", "scatter", "depo", "deposit", "wd",
                 "jp", "jackpot", "bonus", "judi", "bet", "spin", "rtp", "pola", "zeus", "olympus", "mahjong", "daftar",
                 "link", "parlay", "cuan", "menang", "4d", "bandar", "gacorr", "win", "free", "jitu", "situs", "alternatif",
                 "baccarat", "new", "member", "anti", "rungkad", "slots", "casino", "win", "wins", "lottery",
                 "prediction", "odds", "withdrawal", "payout", "spins", "max"],
    "pinjol": ["pinjaman", "pinjol", "dana", "cair", "jaminan", "uang", "tunai", "bunga", "acc", "cepat", "loan", "cash",
               "kredit", "modal", "hubungi", "checking", "bi"],
    "prize_bansos_scam": ["hadiah", "selamat", "bansos", "blt", "pkh", "klaim", "bantuan", "pemenang", "undian", "gratis",
                          "daftar", "saldo", "giveaway", "prize", "winner", "subsidi", "terpilih", "pendaftaran"],
    "investment_crypto": ["profit", "investasi", "trading", "robot", "crypto", "bitcoin", "arisan", "cuan", "modal",
                          "passive", "income", "binary", "return", "coin", "bisnis", "join", "daftar", "bonus"],
    "herbal_adult": ["obat", "kuat", "pembesar", "pelangsing", "herbal", "vcs", "viral", "original", "tahan", "lama",
                     "sembuh", "ampuh", "video", "cewek", "order", "cod"],
    "dukun_pesugihan": ["pesugihan", "pelet", "santet", "dukun", "gaib", "ghaib", "togel", "angka", "jitu", "mbah", "ki",
                        "paranormal", "pengasihan", "spell", "uang", "tumbal", "pusaka"],
    "paid_services": ["jasa", "backlink", "seo", "followers", "likes", "joki", "ktp", "ijazah", "sim", "hack", "sadap",
                      "murah", "jual", "subscriber", "views", "website", "order", "pbn"],
    "job_scam": ["kerja", "gaji", "lowongan", "loker", "dibayar", "rumah", "sampingan", "part", "time", "dicari",
                 "penghasilan", "komisi", "daftar", "tugas", "hrd"],
    "phishing": ["akun", "diblokir", "verifikasi", "klik", "bpjs", "ktp", "paket", "apk", "login", "update", "data",
                 "rekening", "segera", "blokir", "foto"],
    "link_drop": ["klik", "cek", "bio", "link", "info", "daftar", "gacor", "slot", "visit", "lengkap"],
}
KEYWORDS["tucked"] = KEYWORDS["gambling"] + ["pinjaman", "dana", "cair", "profit", "gaji", "mbah", "obat", "hadiah"]

DOMAIN_RE = re.compile(r"(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:com|xyz|site|online|top|vip|id|me|link|net|org|club|live|pro|icu|info|cc|asia|fun|store|shop|ly|app|click|bet|cloud|co|biz|io|in|apk|web\.id|my\.id)(?:/[A-Za-z0-9_\-?=#./]*)?", re.I)
PHONE_RE = re.compile(r"(?:wa\.me/)?(?:\+62 ?|62|0)8\d{2}[\- .]?\d{3,4}[\- .]?\d{3,5}")

DOT_STYLES = [" . ", " dot ", "(.)", "[.]", " titik ", " (dot) ", ",", " .", ". ", "[dot]", "•", " DOT ", "_", "。"]


def obfuscate_domain(text):
    hits = list(DOMAIN_RE.finditer(text))
    if not hits:
        return text
    style = R.choice(DOT_STYLES)
    out = text
    for h in reversed(hits):
        d = h.group(0)
        if d.lower().endswith(".apk"):
            continue
        if chance(0.6):
            d = re.sub(r"^https?://", "", d)
        d2 = d.replace(".", style)
        if chance(0.25):
            d2 = d2.replace("/", " / ")
        if chance(0.15):
            d2 = d2 + R.choice([" (hapus spasi)", " (ganti dot jadi titik)", " <- tanpa spasi", " (tanpa spasi)", " remove spaces"])
        out = out[:h.start()] + d2 + out[h.end():]
    return out


NUM_WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
KEYCAP = ["0️⃣", "1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]


def split_numbers(text):
    hits = list(PHONE_RE.finditer(text))
    if not hits:
        return text
    style = R.choice(["space", "space", "dots", "words_prefix", "keycap", "fullwidth", "mixed_sep", "letter_o"])
    out = text
    for h in reversed(hits):
        p = h.group(0)
        digits = re.sub(r"\D", "", p)
        if p.startswith("wa.me"):
            pre = "wa.me/"
        else:
            pre = ""
        if style == "space":
            q = " ".join(digits)
        elif style == "dots":
            q = ".".join(digits)
        elif style == "words_prefix":
            q = " ".join(NUM_WORDS[int(d)] for d in digits[:4]) + " " + digits[4:]
        elif style == "keycap":
            q = "".join(KEYCAP[int(d)] for d in digits)
        elif style == "fullwidth":
            q = "".join(chr(ord(d) + 0xFEE0) for d in digits)
        elif style == "mixed_sep":
            q = "".join(d + (R.choice([" ", "-", "", "", "."]) if i < len(digits) - 1 else "") for i, d in enumerate(digits))
        else:  # letter o / l for 0 / 1
            q = "".join({"0": "O", "1": "l"}.get(d, d) if chance(0.7) else d for d in digits)
        if q.replace(" ", "") == digits and style != "space" and style != "dots":
            q = " ".join(digits)
        out = out[:h.start()] + pre + q + out[h.end():]
    return out


EMO_DECOR = {
    "gambling": ["🔥", "💰", "🎰", "💯", "🤑", "💸", "🏆", "⚡", "🎁", "👑", "🐉", "💎", "🚀", "✅", "🍀"],
    "pinjol": ["💵", "💳", "✅", "📲", "💰", "⚡", "🏦", "📞", "👇", "💸"],
    "prize_bansos_scam": ["🎁", "🎉", "🏆", "📢", "🎊", "✅", "💰", "📣", "🚨", "👇"],
    "investment_crypto": ["📈", "💰", "🚀", "💎", "🤑", "₿", "📊", "💵", "🔥", "✅"],
    "herbal_adult": ["💊", "🌿", "💪", "🍆", "🔞", "💋", "🔥", "😍", "✅", "💯"],
    "dukun_pesugihan": ["🔮", "🕯️", "🌙", "🙏", "✨", "🧿", "💫", "⭐", "📿", "🪔"],
    "paid_services": ["🚀", "📈", "✅", "💯", "⭐", "📲", "🔥", "👍", "💻", "📌"],
    "job_scam": ["💼", "💰", "✅", "📲", "🏠", "💵", "🔥", "👇", "⭐", "📢"],
    "phishing": ["⚠️", "🚨", "❗", "📦", "🔒", "‼️", "⛔", "📢", "👇", "🔔"],
    "link_drop": ["👉", "🔥", "👇", "✅", "💯", "⬇️", "🔗", "⭐", "💥", "🎯"],
}
EMO_DECOR["tucked"] = EMO_DECOR["gambling"]


def emoji_decoration(text, family):
    em = EMO_DECOR[family]

    def run():
        e = R.choice(em)
        if chance(0.5):
            return e * R.randint(2, 5)
        return "".join(R.choice(em) for _ in range(R.randint(2, 5)))

    out = text
    if chance(0.8):
        out = run() + " " + out
    if chance(0.8):
        out = out + " " + run()
    # sprinkle after sentence ends / line ends
    out = re.sub(r"([.!?])( |\n)", lambda m: m.group(1) + (" " + run() if chance(0.5) else "") + m.group(2), out)
    if out == text:
        out = run() + " " + text + " " + run()
    return out


def find_targets(text, family, brand):
    words = {}
    for mt in re.finditer(r"[A-Za-z][A-Za-z0-9]{1,}", text):
        w = mt.group(0)
        lw = w.lower()
        if lw in KEYWORDS.get(family, []) or (brand and lw == slug(brand) and len(lw) > 3):
            words[lw] = w
    if brand:
        for bw in re.findall(r"[A-Za-z0-9]{3,}", brand):
            if re.search(re.escape(bw), text, re.I):
                words[bw.lower()] = bw
    return list(words)


def apply_token_disguise(text, name, family, brand):
    targets = find_targets(text, family, brand)
    if not targets:
        cands = sorted({w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)})
        if not cands:
            return text
        targets = cands
    R.shuffle(targets)
    k = min(len(targets), R.choice([1, 1, 2, 2, 3]))
    chosen = targets[:k]
    if name == "math_letters":
        style = R.choice(list(MATH))
        up = chance(0.4)
        fn = lambda s: math_style(s.upper() if up else s, style)
    else:
        fn = TOKEN_DISGUISES[name]
    out = text
    for t in chosen:
        pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(t) + r"(?![A-Za-z0-9])", re.I)
        if name in ("spaced_letters", "dotted_letters", "emoji_between"):
            # protect urls: these disguise words only outside domains
            pass
        out = pat.sub(lambda mm: fn(mm.group(0)), out)
    return out


def apply_span_disguise(text, name):
    """style a headline (first line / sentence) or the whole short message"""
    if name == "math_letters":
        style = R.choice(list(MATH))
        up = chance(0.35)
        fn = lambda s: math_style(s.upper() if up else s, style)
    else:
        fn = TOKEN_DISGUISES[name]
    if len(text) <= 70:
        return fn(text)
    mt = re.match(r"[^\n.!?]{6,70}[.!?]?", text)
    if not mt:
        return text
    head = mt.group(0)
    return fn(head) + text[len(head):]


def disguise(text, family, brand, counts):
    applicable = dict(DISGUISE_WEIGHTS)
    if not DOMAIN_RE.search(text):
        applicable.pop("domain_obfuscation")
    else:
        applicable["domain_obfuscation"] *= 2
    if not PHONE_RE.search(text):
        applicable.pop("number_split")
    else:
        applicable["number_split"] *= 2.5
    n = R.choices([1, 2, 3], weights=[58, 31, 11])[0]
    chosen = []
    while len(chosen) < n and applicable:
        d = wc(applicable)
        applicable.pop(d)
        chosen.append(d)
    # order: domain/number first, tokens, emoji decoration last
    order = ["domain_obfuscation", "number_split"] + list(TOKEN_DISGUISES) + ["emoji_decoration"]
    chosen.sort(key=order.index)
    used = []
    for d in chosen:
        before = text
        if d == "domain_obfuscation":
            text = obfuscate_domain(text)
        elif d == "number_split":
            text = split_numbers(text)
        elif d == "emoji_decoration":
            text = emoji_decoration(text, family)
        elif d in SPAN_OK and chance(0.3):
            text = apply_span_disguise(text, d)
        else:
            text = apply_token_disguise(text, d, family, brand)
        if text != before:
            used.append(d)
    for d in used:
        counts[d] += 1
    return text, used


# --------------------------------------------------------------------------
# normalisation / dedup
# --------------------------------------------------------------------------

def norm_key(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(c if (c.isalnum() or c.isspace()) else " " for c in s)
    return re.sub(r"\s+", " ", s).strip()


def tidy(t):
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    t = re.sub(r"[ \t]{2,}", " ", t) if chance(0.9) else t
    return t.strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    ap.add_argument("--out", default=OUT)
    args = ap.parse_args()

    rows = []
    seen = set()
    dcounts = collections.Counter()
    any_disg = 0
    fam_counts = collections.Counter()
    lang_counts = collections.Counter()
    famlang = collections.Counter()
    dropped = 0
    round_counts = collections.Counter()
    # round 2 also rejects a text whose undisguised form differs from an earlier one only in
    # digits or spacing (phone numbers, amounts): the classifier's own normalisation merges those
    seen_loose = set()

    def produce(rnd, fam, target, langw, make_msg, compose):
        nonlocal dropped, any_disg
        target = max(1, int(round(target * args.scale)))
        made = 0
        tries = 0
        while made < target and tries < target * 60:
            tries += 1
            lt = wc(langw)
            m = make_msg(fam, lt)
            text = tidy(compose(m))
            lang = m.lang()
            loose = re.sub(r"[\d\s]+", "", norm_key(text))  # before any disguise
            used = []
            if chance(P_DISGUISE):
                c = collections.Counter()
                text, used = disguise(text, fam, m.ctx.get("B", ""), c)
                text = tidy(text)
            key = norm_key(text)
            if not key or key in seen or len(key.split()) < 2 or len(text.split()) < 3 \
                    or (rnd == 2 and loose in seen_loose):
                dropped += 1
                continue
            seen.add(key)
            seen_loose.add(loose)
            for d in used:
                dcounts[d] += 1
            if used:
                any_disg += 1
            rows.append((text, "spam", fam, lang))
            made += 1
            round_counts[rnd] += 1
            fam_counts[fam] += 1
            lang_counts[lang] += 1
            famlang[(fam, lang)] += 1
        if made < target:
            print(f"WARNING: {fam} (round {rnd}) only reached {made}/{target}", file=sys.stderr)

    for fam, target in FAMILY_TARGET.items():
        produce(1, fam, target, LANG_WEIGHTS[fam], lambda f, lt: Msg(f, lt, BRANDFN[f], f), compose_family)
    # round 2 runs after round 1 so that adding it did not move a single round-1 row
    for fam, target in ROUND2_TARGET.items():
        produce(2, fam, target, ROUND2_LANG_WEIGHTS[fam],
                lambda f, lt: Msg2(f, lt, ROUND2_BRANDFN[f], f), compose_r2)

    R.shuffle(rows)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["text", "label", "family", "lang"])
        w.writerows(rows)

    total = len(rows)
    print(f"wrote {total} unique rows -> {args.out} (duplicates dropped while generating: {dropped})")
    print(f"round 1: {round_counts[1]} rows, round 2: {round_counts[2]} rows")
    print("\nper family:")
    for fam in FAMILY_TARGET:
        langs = ", ".join(f"{l}={famlang[(fam, l)]}" for l in ("id", "jv", "id-en", "en") if famlang[(fam, l)])
        print(f"  {fam:20s} {fam_counts[fam]:5d}   ({langs})")
    print("\nper lang:")
    for l in ("id", "jv", "id-en", "en"):
        print(f"  {l:6s} {lang_counts[l]:5d}  ({100 * lang_counts[l] / total:.1f}%)")
    nonen = total - lang_counts["en"]
    print(f"  non-English (id+jv+id-en): {nonen} ({100 * nonen / total:.1f}%)")
    print(f"\ndisguised rows: {any_disg} ({100 * any_disg / total:.1f}%)")
    print("per disguise (a row can have several):")
    for d, c in sorted(dcounts.items(), key=lambda x: -x[1]):
        print(f"  {d:20s} {c:5d}")
    wl = sorted(len(r[0].split()) for r in rows)
    print(f"\nwords per comment: min={wl[0]} median={wl[len(wl) // 2]} p95={wl[int(len(wl) * .95)]} max={wl[-1]}")


# ==========================================================================
# HAND-WRITTEN FRAGMENT POOLS
# ==========================================================================
def L(s):
    return [x.strip() for x in s.strip("\n").split("\n") if x.strip() and not x.strip().startswith("#")]


def P(**kw):
    """one pool: lang -> list of fragments (mix = Indonesian with English mixed in)"""
    d = collections.defaultdict(list)
    d.update({k: L(v) for k, v in kw.items()})
    return d


FEATURED_BRANDS = ["pulauwin88", "sultanjp77", "garuda4d", "hoki303", "PULAUWIN88", "SultanJP77", "GARUDA4D", "Hoki303"]
BRAND_WORDS = L("""
pulau sultan garuda hoki naga raja dewa mega koin bintang mahkota cuan rezeki lapak sakti merapi elang badak singa
kijang lumbung istana ratu kaisar juragan bos raden pendekar jago kilat petir macan harimau kuda panda mawar melati
intan berlian emas permata samudra angkasa pelangi surya candi keris wayang gajah komodo rajawali lucky royal gold
star dragon tiger bola kapten gacor jackpot menang untung tajir berkah makmur sentosa dolar sakura panca nusa sinar
bayu ombak tambang kencana arjuna bima srikandi semar gatot dewi putri pangeran baginda paus hiu kakap lele cendana
jati beringin kelapa mangga durian salak rambutan kopi teh sambal rendang soto bakso pentol cilok seblak gudeg
""".replace(" ", "\n"))
BRAND_MIDS = ["win", "jp", "bet", "slot", "toto", "play", "spin", "4d", "hoki", "max", "gg", "vip", "cuan", "wd", "88", "sultan", "bola"]
BRAND_SUFS = ["88", "88", "77", "4d", "303", "99", "138", "777", "188", "118", "212", "365", "69", "888", "78", "55",
              "168", "win", "jp", "bet", "slot", "toto", "gg", "vip", "play", "qq", "4d", "2d", "12", "39", "86", "123",
              "007", "234", "911", "31", "66", "789", "5000", "asia", "id"]
SHORTENERS = ["klik.vip", "lnk.top", "gas.link", "cuan.link", "tautan.site", "short.xyz", "go.link", "rb.gy", "heylink.me", "linktr.ee", "lynk.id"]
TLDS = {
    "gambling": ["com", "com", "xyz", "site", "online", "top", "vip", "me", "link", "net", "live", "club", "pro", "icu", "asia", "fun", "bet", "cc"],
    "pinjol": ["com", "site", "online", "xyz", "id", "my.id", "web.id", "top", "info"],
    "prize_bansos_scam": ["com", "site", "online", "xyz", "id", "my.id", "web.id", "top", "info", "click", "org"],
    "investment_crypto": ["com", "io", "online", "xyz", "site", "pro", "vip", "app", "top", "biz"],
    "herbal_adult": ["com", "shop", "store", "site", "online", "xyz", "id", "live", "fun", "me"],
    "dukun_pesugihan": ["com", "site", "online", "xyz", "id", "my.id", "blogspot.com", "info"],
    "paid_services": ["com", "id", "co", "site", "online", "store", "pro", "xyz", "biz", "my.id"],
    "job_scam": ["com", "site", "online", "xyz", "id", "work", "info", "top", "my.id"],
    "phishing": ["com", "site", "online", "xyz", "top", "info", "cc", "click", "web.id", "my.id", "co", "app"],
    "link_drop": ["com", "xyz", "site", "online", "top", "vip", "me", "link", "id"],
}
TLDS["tucked"] = TLDS["gambling"]
DOMAIN_EXTRAS = {
    "gambling": ["login", "daftar", "resmi", "-alternatif", "vip", "-gacor", "link", "official", "-rtp", "win", "slot", "2", "3", "-asia"],
    "pinjol": ["-cair", "-cepat", "pinjam", "-resmi", "-online", "kredit", "-dana"],
    "prize_bansos_scam": ["-klaim", "-hadiah", "-daftar", "-cek", "-2026", "-resmi", "-bantuan", "-info"],
    "investment_crypto": ["-invest", "-profit", "trade", "-ai", "-vip", "-club", "-capital"],
    "herbal_adult": ["-original", "-asli", "-store", "-official", "shop", "-herbal", "-cod"],
    "dukun_pesugihan": ["-sakti", "-asli", "-spiritual", "-gaib", "-paranormal"],
    "paid_services": ["-seo", "-jasa", "-murah", "store", "-digital", "-pro", "-media"],
    "job_scam": ["-karir", "-loker", "-rekrut", "-hr", "-kerja", "-job"],
    "phishing": ["-verifikasi", "-update", "-login", "-secure", "-id", "-aktivasi", "-cs", "-support", "-konfirmasi", "-cek"],
    "link_drop": ["", "-vip", "login", "-link", "2"],
}
DOMAIN_EXTRAS["tucked"] = DOMAIN_EXTRAS["gambling"]
GENERIC_SITE_WORDS = {
    "gambling": BRAND_WORDS,
    "pinjol": ["danakilat", "pinjamcepat", "kreditrakyat", "danasegera", "uangmudah", "cairkilat", "pinjamansantai", "koperasisejahtera", "danaku", "kasbonplus"],
    "prize_bansos_scam": ["bansos", "cekbansos", "blt", "pkh-daftar", "bantuanwarga", "hadiahundian", "klaimhadiah", "subsidirakyat", "bantuanumkm", "kuotagratis", "giveawaysaldo", "prakerja-gelombang"],
    "investment_crypto": ["profitharian", "robotcuan", "cryptomax", "bitsultan", "tradingpintar", "investaman", "koinemas", "autoprofit", "sinyalvip", "arisanberkah"],
    "herbal_adult": ["obatkuat", "herbalasli", "jamuperkasa", "pelangsingalami", "vidviral", "ceweklokal", "tantecantik", "herbalsehat", "minyakbulus"],
    "dukun_pesugihan": ["kijokosakti", "mbahsakti", "paranormalasli", "pesugihanputih", "angkajitu", "pengasihan", "padepokansakti"],
    "paid_services": ["jasabacklink", "seomurah", "followerindo", "jualfollowers", "jokiskripsi", "jasaijazah", "hackwa", "sosmedboost", "digitalpro"],
    "job_scam": ["lokerrumahan", "kerjaonline", "rekrutmen", "karirsukses", "tugasharian", "lowongankerja", "kerjasampingan"],
    "phishing": ["bri-verifikasi", "bpjs-aktivasi", "dukcapil-update", "bni-tarif", "mandiri-secure", "dana-cs", "pajak-online", "etle-tilang", "cekresi", "pln-tagihan"],
    "link_drop": BRAND_WORDS,
}
GENERIC_SITE_WORDS["tucked"] = GENERIC_SITE_WORDS["gambling"]
PHONE_PREFIXES = ["0812", "0813", "0811", "0821", "0822", "0823", "0852", "0853", "0857", "0858", "0877", "0878",
                  "0895", "0896", "0897", "0898", "0899", "0881", "0882", "0838", "0831", "0819", "0859", "0815"]
PERSON_NAMES = L("""
Bu Siti
Pak Darto
Mas Yoga
Bu Ratna
Pak Hendra
Mbak Lestari
Bu Wulan
Pak Slamet
Mas Bayu
Bu Rini
Pak Agus Riyanto
Bu Endang
Mbak Dewi
Pak Sutrisno
Bu Yuli
Mas Rizky
Bu Nining
Pak Joko Purnomo
Mbak Anisa
Bu Marni
Pak Warsito
Bu Heni Kartika
Mas Fajar
Pak Budi Santosa
Bu Tatik
""")
EN_NAMES = L("""
Mrs. Sarah Williams
Mr. James Carter
Dr. Emily Harper
Mrs. Linda Bright
Mr. Kevin Rhodes
Mrs. Rachel Moore
Dr. Michael Stone
Mrs. Helen Parker
Mr. Daniel Brooks
Mrs. Grace Donovan
""")
TOWNS = ["Solo", "Sragen", "Klaten", "Boyolali", "Madiun", "Kediri", "Blitar", "Tulungagung", "Ngawi", "Magetan",
         "Wonogiri", "Sukoharjo", "Karanganyar", "Jogja", "Semarang", "Surabaya", "Malang", "Purwokerto", "Tegal",
         "Pati", "Kudus", "Jepara", "Rembang", "Bojonegoro", "Tuban", "Lamongan", "Jember", "Banyuwangi", "Cilacap", "Magelang"]
VILLAGES = ["Desa Sukamaju", "Desa Karangrejo", "Desa Sidomulyo", "Desa Tegalsari", "Desa Ngadirejo", "Desa Mulyoharjo",
            "Desa Banjarsari", "Desa Purwosari", "Desa Wonosari", "Desa Kedungjati"]
GAMES = ["Mahjong Ways 2", "Mahjong Ways", "Gates of Olympus", "Olympus 1000", "Starlight Princess", "Sweet Bonanza",
         "Zeus", "Gates of Gatot Kaca", "Wild West Gold", "Aztec Gems", "Lucky Neko", "Koi Gate", "Wild Bandito",
         "Sugar Rush", "Power of Thor", "Bonanza Gold", "Treasures of Aztec", "Caishen Wins", "Pyramid Bonanza",
         "Mahjong Wins 3", "Starlight 1000", "Fortune Tiger", "Lucky Piggy", "Wisdom of Athena", "Queen of Bounty"]
PASARAN = ["HK", "SGP", "SDY", "Macau", "Cambodia", "Taiwan", "China", "Japan", "Toto Malaysia", "PCSO", "Bullseye", "HK Lotto", "Sydney Lotto"]
BANKS = ["BCA", "BRI", "BNI", "Mandiri", "BSI", "CIMB", "Danamon", "Permata", "BTN", "Bank Jateng", "Bank Jatim"]
EWALLETS = ["DANA", "OVO", "GoPay", "ShopeePay", "LinkAja", "QRIS"]
DUKUN_NAMES = ["Ki Joko Sakti", "Mbah Karto", "Ki Joko Bodo Sejati", "Mbah Suro Kencono", "Ki Ageng Wongso", "Mbah Marijan Putih",
               "Gus Raden Kalijaga", "Ki Sapu Jagat", "Nyai Ratu Wening", "Mbah Darmo Sakti", "Ki Gendeng Perkasa", "Mbah Jambrong",
               "Abah Sukmo", "Ki Kusumo Jati", "Mbah Pethak", "Ki Sabdo Palon Jati", "Eyang Wiro Kusumo"]
HERBAL_PRODUCTS = ["Jamu Perkasa Jaya", "Tongkat Bima Herbal", "Kapsul Kuda Liar", "Minyak Lintah Papua Asli", "Perkasa Max",
                   "VitaGagah", "SlimFit Herbal", "Langsing Kilat", "Gurah Sakti", "Herbal Jati Sehat", "Madu Kuat Bima",
                   "Kopi Stamina Macan", "Kapsul Raja Otot", "Teh Peluntur Lemak", "Salep Gagah Perkasa", "Obat Jantan Gunung"]
ROBOT_NAMES = ["RoboCuan AI", "AutoProfit X", "Sultan Trader", "BitSultan", "Robot Garuda FX", "CuanMax AI", "Koin Emas Digital",
               "Arisan Berkah Sejahtera", "NusaTrade Pro", "QuantumBot ID", "Dolar Pintar", "Crypto Sultan Club", "Tambang Koin Cloud",
               "SmartGold Invest", "Profit Harian Indo", "Megah Capital"]
COIN_NAMES = ["GARUDA Token", "$NUSA", "RupiahX", "SultanCoin", "$JAVA", "PadiCoin", "MetaPanen", "KopiCoin", "$BIMA", "BatikChain"]
COMPANY_NAMES = ["PT Sinar Karya Mandiri", "PT Global Rekrut Nusantara", "CV Maju Bersama Digital", "PT Mitra Kerja Sejahtera",
                 "PT Cahaya Abadi Kreatif", "PT Online Karir Indonesia", "PT Bintang Harapan Jaya", "TaskPro Indonesia",
                 "LikeDuit Official", "PT Permata Sukses Group", "Agensi Tugas Harian", "PT Sejahtera Insan Mulia"]
PRIZES = ["1 unit Honda Beat", "mobil Toyota Avanza", "uang tunai Rp 50.000.000", "iPhone 15 Pro", "sepeda motor NMAX",
          "saldo DANA Rp 2.500.000", "emas 10 gram", "uang tunai 100 juta", "paket umroh gratis", "voucher belanja 5 juta",
          "laptop ASUS", "kulkas 2 pintu", "TV LED 50 inch"]
PROGRAMS = ["Bansos PKH 2026", "BLT Dana Desa", "Bantuan Subsidi Upah", "BPUM Usaha Mikro", "Program Keluarga Harapan",
            "Bantuan Pangan Non Tunai", "Kartu Prakerja Gelombang 88", "Bantuan Presiden Produktif", "Subsidi Listrik Gratis",
            "BLT BBM", "Undian Berhadiah Pasar Rakyat", "Gebyar Hadiah Tabungan", "Bansos Lansia", "Bantuan UMKM Kabupaten",
            "Program Kuota Internet Gratis"]
SHOP_NAMES = ["Toko Sembako Berkah", "Shopi Mart", "Lapak Murah Nusantara", "Indomaret Point", "Gebyar Alfa Hadiah", "TokoKita Official", "PasarKita Online"]
INSTITUTIONS = ["BRI", "BNI", "Bank Mandiri", "BCA", "BSI", "BPJS Kesehatan", "BPJS Ketenagakerjaan", "Dukcapil", "DANA",
                "OVO", "PLN", "Samsat", "DJP Pajak", "J&T Express", "JNE", "Pos Indonesia", "SiCepat"]
APK_NAMES = ["Lihat_Foto_Paket.apk", "Foto-Paket-Kurir.apk", "Undangan_Digital.apk", "Surat_Tilang_ETLE.apk", "Resi_JNT.apk",
             "BPJS_Update.apk", "Cek_Bansos.apk", "Tagihan_PLN.apk", "Surat_Panggilan.apk", "Struk_Transfer.apk", "Data_Nasabah.apk"]
PINJOL_A = ["Dana", "Pinjam", "Kredit", "Kas", "Uang", "KSP", "Koperasi", "Modal", "Tunai", "Cair"]
PINJOL_B = ["Kilat", "Cepat", "Rakyat", "Sejahtera", "Mudah", "Segera", "Santai", "Makmur", "Express", "Amanah", "Mitra Usaha", "Berkah", "Plus"]
AGENCY_NAMES = ["DigitalPro ID", "SEO Sakti", "Follower Indo", "BoostMedia", "Joki Kampus", "Rajabacklink", "Sosmed Naik",
                "Jasa Dokumen Kilat", "Hacker Pro ID", "Mas Jasa Digital", "Toko Likes", "Peringkat1 Media"]


GAMBLING = {
    "hook": P(
        id="""
SLOT GACOR HARI INI
Situs slot gacor {B} lagi bagi-bagi maxwin
Lagi cari situs yang gampang menang? {B} jawabannya
Info slot gacor malam ini di {B}, RTP live {P}
Gabung sekarang di {B}, situs slot resmi terpercaya
Depo {D} bisa maxwin di {B}
Yang kemarin nanya link {B}, ini link alternatif terbaru
Main di {B} modal receh auto sultan
Bosan kalah terus? pindah ke {B}
Scatter hitam turun terus di {B} 🔥
Pola gacor {G} hari ini udah keluar bosku
{B} situs anti rungkad nomor 1 di Indonesia
Jam gacor {G} hari ini {JAM}
Bocoran RTP slot tertinggi hari ini cuma di {B}
Mau cuan dari rumah? main slot di {B}
Situs {B} lagi gacor parah, baru 20 spin udah scatter
PROMO GILA!! Bonus member baru 100% di {B}
Daftar {B} sekarang dapat freebet {D}
{B} situs server Thailand asli, winrate tinggi
Link daftar {B} resmi dan aman
Akhirnya ketemu situs yang beneran bayar: {B}
Slot gacor gampang menang cuma di {B}
Situs judi online terpercaya {B}
Agen slot resmi {B} buka pendaftaran
Rekomendasi situs slot paling gacor bulan ini: {B}
Pecah maxwin {X} di {G}!! situsnya {B}
{B} Link Alternatif Anti Blokir
Selamat datang di {B}, rumahnya para pemburu maxwin
Jangan main di situs abal-abal, main di {B} aja
Cuma di {B} depo {D} bisa bawa pulang jutaan
Kabar gembira buat pecinta slot, {B} lagi bagi scatter
Situs slot deposit pulsa tanpa potongan {B}
Slot {G} lagi pecah-pecahnya di {B}
Malam ini {B} gacor banget, buruan merapat
{B} lagi ngamuk, scatter jatuh kayak hujan
RTP {G} di {B} tembus {P} hari ini
Info valid no hoax, {B} gacor seharian
Server kamboja {B} sedang gacor
Slot88 resmi {B} gampang maxwin
Situs slot mpo {B}, bonus tiap hari
Mau sensasi menang terus? coba {B}
""",
        mix="""
Slot gacor hari ini, bonus new member 100%, auto maxwin bosku
Situs slot online terpercaya {B}, deposit via e-wallet, withdraw fast
Best situs gacor {B}, no tipu-tipu, WD pasti dibayar
Link alternatif {B} anti blokir, login here
Daily bonus, weekly cashback, semua ada di {B}
New member langsung dapet free spin, claim now!
RTP live update setiap hari di {B}, check it out
Auto JP tinggal spin, easy money bro
{B} official site, the most trusted situs slot di Asia
Welcome bonus 100% buat member baru {B}
Trusted agent {B}, deposit 24 jam online
Big win hari ini di {B}!! {G} lagi on fire
Hot game of the day: {G} di {B}
Slot online paling hoki, {B} the best
Situs slot gacor hari ini, easy to win
Jackpot progressive tiap jam di {B}, don't miss it
""",
        en="""
Best online slot site in Asia: {B}
Looking for a slot site that actually pays out? Try {B}
Hot slots today, live RTP {P} at {B}
Join {B} now and grab a 100% welcome bonus
Win big every single day at {B}
Trusted online casino with instant withdrawals
{G} is paying out like crazy at {B} tonight
Tired of losing? Switch to {B}
The luckiest slot site of the year: {B}
Massive jackpots are dropping at {B} right now
Want to win real money from home? Play at {B}
{B} official link, 100% safe and trusted
""",
        jv="""
Lur, {B} lagi gacor tenan bengi iki
Ayo dulur sing pengen cuan, dolanan neng {B}
Slot gacor saiki neng {B} lur
Sing golek situs gacor, {B} jawabane
{B} lagi ngamuk lur, scatter ceblok terus
Nek pengen tuku motor anyar, golek rejeki neng {B} wae
""",
    ),
    "feat": P(
        id="""
deposit {D} via DANA, OVO, GoPay, QRIS
wd berapapun pasti dibayar
proses depo wd cuma 1 menit
bonus member baru 100% di awal
cashback kekalahan 10% tiap minggu
rollingan 1% tiap hari
bisa depo pulsa tanpa potongan
CS online 24 jam nonstop
winrate {P}
anti nawala, anti blokir
support semua bank lokal
bonus referral seumur hidup
free spin tiap login
garansi kekalahan 100%
scatter hitam gampang turun
maxwin {X} sering pecah
tanpa potongan admin
minimal bet 200 perak
member baru langsung dikasih pola
server luar negeri dijamin fair
wd cair kurang dari 3 menit
deposit {EW} langsung masuk
bisa main pakai HP kentang
RTP live {P} update tiap jam
ratusan game slot dari provider ternama
bonus harian tanpa syarat ribet
event turnover berhadiah motor
minimal depo {D}, minimal wd 50rb
aman, data member dijamin rahasia
pola dan jam gacor dibagi gratis tiap hari
semua pasaran togel lengkap
bonus deposit harian 20%
lucky spin berhadiah HP
tidak ada batas maksimal penarikan
proses cepat tanpa antri
ganti nama rekening bebas
deposit via {BANK} 24 jam
""",
        mix="""
fast deposit & withdraw cuma 1 menit
customer service online 24/7
free spin setiap hari
bonus new member 100% langsung
cashback up to 15%
no limit withdraw, berapapun dibayar
daily rollingan 0,8%
mobile friendly, bisa main di HP
support e-wallet & pulsa
event jackpot tiap weekend
member VIP dapet extra bonus
instant WD tanpa drama
winrate tinggi, easy maxwin
referral bonus seumur hidup
safe & secure 100%
""",
        en="""
fast deposits and withdrawals
minimum deposit {D}
24/7 live chat support
no withdrawal limits
daily cashback up to 15%
free spins for every new player
instant payouts within minutes
hundreds of games from top providers
100% welcome bonus
weekly tournaments with huge prizes
safe and secure, licensed platform
VIP program with exclusive rewards
""",
        jv="""
depo {D} wae iso maxwin
wd cepet ra nganggo suwe
CS melek 24 jam lur
bonus kanggo member anyar 100%
""",
    ),
    "cta": P(
        id="""
Daftar sekarang: {U}
Langsung cek {U}
Link ada di {U}
Klik {U} bosku
Chat admin WA {WA}
Ketik {B} di google
Buruan sebelum pola berubah!!
Cari aja {B} di google, paling atas
Cek profil aku ya buat linknya
Gas kan bosku 🔥 {U}
Jangan sampai ketinggalan! {U}
Link alternatif: {U}
Daftar lewat sini 👉 {U}
Info pola hubungi WA {WA}
Link resmi: {U} (copy paste ke browser)
Langsung gaskeun di {U}
Pendaftaran gratis di {U}
Kontak admin {WA} buat dapetin pola
Yang mau join klik {U}
Bisa tanya-tanya dulu ke {WA}
Login: {U}
Mampir ke {U} sekarang juga
Daftar di {U} pakai kode referal {CODE}
Cus daftar sebelum kehabisan promo
""",
        mix="""
Daftar now: {U}
Klik link di bio for more info
Join sekarang di {U}, don't wait!
Register di {U}, free bonus langsung masuk
Contact admin WhatsApp {WA}
Official link: {U}
Link login & daftar: {U}
Chat CS via WA {WA}, fast respon
Cek {U}, thank me later
""",
        en="""
Sign up here: {U}
Visit {U} now
Check out {U}
Link in my profile
DM the admin on WhatsApp {WA}
Don't miss out! {U}
Register today at {U}
Claim your bonus at {U}
Join now: {U}
Search {B} on Google
""",
        jv="""
Ojo kesuwen mikir, langsung daftar {U}
Sing butuh pola, hubungi admin {WA}
Gek ndang daftar lur {U}
Linke neng {U} lur
""",
    ),
    "close": P(
        id="""
Salam maxwin!
Semoga hoki bosku 🙏
Buktikan sendiri!
Terima kasih sudah mampir
#slotgacor #maxwin #{B}
Auto sultan 💰💰
Menang berapapun dibayar lunas
Salam JP
No tipu-tipu
100% amanah
""",
        mix="""
Good luck bosku!
#slotgacor #maxwin #bigwin
Salam cuan, happy spinning!
Trusted since 2019
""",
        en="""
Good luck and happy spinning!
#slots #bigwin #jackpot
Play responsibly... or not 😉
Thank me later.
""",
        jv="""
Salam JP lur!
Mugo-mugo hoki 🙏
""",
    ),
    "testi": P(
        id="""
Alhamdulillah baru wd {WD} dari {B}, modal cuma {D}
Gak nyangka modal {D} bisa jadi {WD} main {G} di {B}
Awalnya iseng main di {B}, sekarang udah bisa bayar cicilan motor
Makasih {B}, tadi malam pecah {X} di {G}
Sudah 3x wd hari ini di {B}, semua lancar tanpa drama
Baru nyoba pola dari admin {B}, langsung scatter hitam 4x
Teman saya yang ngajak main di {B}, sekarang saya yang ngajak kalian
Gaji UMR kalah sama hasil spin semalam di {B} 🤣
Istri awalnya marah, pas liat saldo {WD} langsung diem 😂
Bukti wd {WD} sudah masuk rekening, {B} memang amanah
Saya tukang ojek, sampingan main di {B}, lumayan bisa beli HP baru
Modal nekat {D}, pulang bawa {WD}. {B} memang beda
Baru kali ini nemu situs yang bayar wd tanpa ditahan, {B} top
Kemarin hampir nyerah, coba sekali lagi di {B} langsung maxwin
Dapat {WD} dari {G} di {B}, langsung buat bayar kontrakan
Saya pensiunan, iseng main di {B} sekarang ada tambahan buat beli obat
Ibu-ibu arisan pada main di {B} semua, katanya gampang jp
Alhamdulillah rezeki anak sholeh, {B} pecah {X}
Baru daftar kemarin di {B}, hari ini udah wd {WD}
Dulu sering rungkad di situs lain, semenjak pindah ke {B} cuan terus
Jujur awalnya ga percaya, tapi {B} beneran bayar {WD}
Main jam {JAM} di {B}, auto scatter berturut-turut
""",
        mix="""
Big thanks {B}, baru WD {WD} tanpa drama
Legit banget {B}, withdraw {WD} masuk 2 menit
Real no fake, maxwin {X} di {G} pakai pola admin {B}
Never thought modal {D} bisa jadi {WD}, thank you {B}
Bukti wd {WD} udah aku post di story, {B} is the best
""",
        en="""
Just withdrew {WD} from {B}, started with only {D}
Hit a {X} max win on {G} at {B} last night, still shaking
I was skeptical at first but {B} actually pays, got {WD} today
Third withdrawal this week from {B}, all processed in minutes
My wife was angry until she saw the {WD} in our account 😂
Never had a site pay this fast, {B} is legit
""",
        jv="""
Alhamdulillah lur, mau bengi wd {WD} soko {B}
Modal sak {D} iso dadi jutaan, ra percoyo jajal dhewe
Wis tak buktekne dhewe, {B} ora tau ngapusi
Bojoku ra ngerti aku menang {WD} 🤫
Aku tukang becak, saiki iso tuku motor soko {B}
Jan gacor tenan {B}, sepisan spin langsung scatter
""",
    ),
    "testi2": P(
        id="""
Pokoknya recommended banget
Yang belum coba rugi sih
Sekarang tiap malam pasti mampir
Gak ada potongan sama sekali
Adminnya ramah, dikasih pola gratis
Semoga kalian juga ikut hoki
Wd lancar jaya, gak pernah ditahan
Beneran bukan settingan
Screenshot bukti ada kalau mau
Mantap pokoknya
""",
        mix="""
Highly recommended guys
Proses WD super fast
No drama, no tipu
""",
        en="""
Highly recommended.
Totally worth it.
Thank me later.
""",
        jv="""
Pokoke mantep lur
Sing durung jajal rugi
""",
    ),
    "chat": P(
        id="""
bang {B} lagi gacor ga hari ini?
siapa yang main di {B} juga? tadi aku jp
{B} mantap, wd cepet
yg {G} di {B} lagi pecah
{B} no debat
mending main di {B} aja sih
udah coba {B} belum? gacor parah
wkwk baru aja maxwin di {B}
{B} gacor bosku
spill situs gacor dong.. oh {B} ya, udah tau
tadi pagi dapet scatter hitam di {B}
kalian main dimana? aku di {B} lancar terus
ada yg tau pola {G} hari ini? di {B} td pecah
{B} paling enak buat depo kecil
jam segini {B} lagi bagus
sampe subuh main di {B} gak kerasa
kemarin wd {WD} di {B} cair cepet
pake pola 10x manual 20x turbo di {B} langsung jp
{B} tuh yang paling konsisten bayar
ikut promosi, {B} lagi bagi-bagi
gas {B}
{B} gacor gacor
rekomen {B} buat yang baru mulai
""",
        mix="""
bro {B} lagi on fire, gas
{B} legit sih, already wd 3x
anyone main di {B}? lagi gacor parah
main di {B} aja bro, trust me
{B} the best lah, no debat
""",
        en="""
anyone else playing on {B}? paying well tonight
{B} is legit, cashed out twice today
bro just try {B}, thank me later
{G} on {B} is hot right now
""",
        jv="""
lur {B} lagi gacor ra?
aku mau wae jp neng {B} lur
dolanan neng {B} wae, mantep
sopo sing melu {B}? lagi apik iki
""",
    ),
    "togel_hook": P(
        id="""
Bandar togel {B} diskon 4D 66%
Situs toto 4D terpercaya {B}
Prediksi togel {PAS} hari ini, angka main {NUM4}
Bocoran angka jitu {PAS} malam ini: {NUM4}
Angka ikut {PAS}: {NUM2}, colok bebas {DIG}
Bandar togel resmi {B} bayar lunas berapapun
Togel online {B} pasaran terlengkap
Rumus togel jitu 2D tembus terus, cek di {B}
Keluaran {PAS} tercepat ada di {B}
Main toto 4D di {B}, hadiah 4D 10 juta
Paito warna {PAS} lengkap cuma di {B}
""",
        mix="""
Togel online {B}, trusted sejak lama
Best bandar toto 4D, diskon full
Live draw {PAS} tercepat, check {U}
""",
        en="""
Trusted online lottery site {B}, 4D prize up to 10 million
Tonight's {PAS} prediction: {NUM4}
""",
        jv="""
Angka jitu {PAS} bengi iki {NUM4} lur, pasang neng {B}
""",
    ),
    "togel_feat": P(
        id="""
Pasaran lengkap HK, SGP, SDY, Macau
Hadiah 4D 10jt, 3D 1jt, 2D 100rb
BBFS {NUM6}
Minimal bet 100 perak
Diskon 4D 66%, 3D 59%, 2D 29%
Result tercepat dan akurat
Colok bebas {DIG}, colok macau {NUM2}
Shio jitu hari ini: {SHIO}
Angka main: {NUM4}
Invest 4D: {NUM4} / {NUM4} / {NUM4}
Bayar lunas tanpa batas
Bisa depo via pulsa
2D top: {NUM2} {NUM2} {NUM2} {NUM2}
""",
        en="""
4D prize 10 million, 3D 1 million
Fast results, paid in full
""",
    ),
    "sport": P(
        id="""
Mix parlay Liga Inggris malam ini, pasang di {B}
Odds terbaik Liga Champions cuma di {B}
Parlay 5 tim tembus {WD} di {B}
Taruhan bola online {B}, pasaran lengkap
Prediksi bola malam ini 100% akurat, pasang di {B}
Minimal parlay {D}, bisa tembus jutaan
Bandar bola {B}, hadiah parlay full tanpa potongan
Sabung ayam online live 24 jam di {B}
""",
        mix="""
Mix parlay min 3 tim, full odds di {B}
Sportsbook terlengkap, live streaming gratis di {B}
Best odds buat Liga Eropa cuma di {B}
""",
        en="""
Best odds for tonight's Premier League games at {B}
5-team parlay just hit for {WD}, bet with {B}
""",
        jv="""
Parlay bengi iki tembus lur, pasang neng {B}
""",
    ),
    "casino": P(
        id="""
Live casino baccarat, roulette, sicbo dengan dealer cantik di {B}
Tembak ikan bonus jackpot di {B}
Baccarat online min bet {D} di {B}
Main roulette online bayar 35x di {B}
Sicbo dan dragon tiger live 24 jam di {B}
Kasino online resmi {B}, dealer asli
""",
        mix="""
Live casino with real dealers, main di {B}
Baccarat, roulette, blackjack, semua ada di {B}
""",
        en="""
Live casino with real dealers at {B}, baccarat, roulette, blackjack
""",
    ),
    "oneliner": P(
        id="""
{B} gacor
slot gacor {U}
{B} maxwin terus
depo {D} di {B}
cek {B} gan
{B} lagi pecah
togel {B} tembus
pola {G} cek {U}
""",
        mix="""
{B} auto win
slot gacor {B} big win
{B} official {U}
""",
        en="""
{B} pays out fast
best slots {U}
big wins at {B}
""",
        jv="""
{B} gacor lur
""",
    ),
}
GEN["SHIO"] = lambda: R.choice(["Tikus", "Kerbau", "Macan", "Kelinci", "Naga", "Ular", "Kuda", "Kambing", "Monyet", "Ayam", "Anjing", "Babi"])


PINJOL = {
    "hook": P(
        id="""
Butuh dana cepat?
Lagi butuh uang mendesak?
Pinjaman cepat cair tanpa BI checking
Dana cair 5 menit tanpa jaminan
Pinjaman online tanpa ribet, cukup KTP
Ditolak di mana-mana? di {B} pasti ACC
Butuh biaya sekolah anak? kami bantu
Pinjaman modal usaha bunga rendah dari {B}
Pinjaman dana tunai limit sampai {AMT}
Skor SLIK jelek tetap bisa cair
Galbay di aplikasi lain tetap bisa cair di {B}
Pinjaman dana tunai tanpa survei
Bingung bayar hutang? {B} solusinya
Uang cair hari ini juga
Butuh uang buat lebaran/sekolah/berobat?
Dana talangan cepat untuk pedagang
PINJAMAN TANPA JAMINAN
Koperasi simpan pinjam {B} buka pinjaman online
Butuh modal tambahan untuk usaha?
""",
        mix="""
Need dana cepat? {B} solusinya
Fast approval, dana cair 5 menit
Pinjaman online no BI checking, no jaminan
Instant loan tanpa ribet
""",
        en="""
Need urgent cash?
Instant loans approved in 5 minutes
Bad credit? We can still help
Quick personal loans with no collateral
""",
        jv="""
Butuh duit cepet lur?
Lagi butuh dhuwit kanggo sekolah anak?
Utangan cepet cair tanpa jaminan lur
""",
    ),
    "feat": P(
        id="""
syarat cuma KTP dan selfie
tanpa jaminan, tanpa survei
proses 5 menit langsung cair ke rekening
tenor 1 sampai 12 bulan
bunga cuma 0,5% per bulan
bisa cair ke {EW}
untuk PNS, karyawan, pedagang, ibu rumah tangga
tanpa slip gaji
data dijamin aman dan rahasia
tidak ada penagihan kasar
limit {AMT}
BI checking tidak berpengaruh
bisa pengajuan dari rumah
proses tanpa ribet, tanpa antri
cukup foto KTP dan KK
tanpa BPKB, tanpa sertifikat
cicilan ringan per minggu
sudah ribuan nasabah terbantu
pengajuan 24 jam termasuk hari libur
""",
        mix="""
fast respon 24 jam
no jaminan, no survey
approval rate 99%
cair same day
""",
        en="""
no collateral required
no credit check
approved in minutes
low interest, flexible terms
funds sent same day
""",
        jv="""
syarate mung KTP thok
ora nganggo jaminan
""",
    ),
    "cta": P(
        id="""
Hubungi WA {WA}
Minat? WA {WA} (fast respon)
Info lengkap WA {WA}
Ketik PINJAM kirim ke {WA}
Ajukan sekarang di {U}
Chat admin {N}: {WA}
Daftar di {U} lalu konfirmasi ke {WA}
Langsung chat aja ke {WA}, bukan bot
Hubungi marketing kami {WA}
""",
        mix="""
Contact WA {WA}
Apply di {U}, fast respon
Chat admin via WhatsApp {WA}
""",
        en="""
WhatsApp {WA}
Apply now at {U}
Contact us on WhatsApp {WA}
""",
        jv="""
Langsung WA wae {WA}
Hubungi {N} neng {WA}
""",
    ),
    "close": P(
        id="""
Terpercaya dan amanah
Kuota terbatas setiap hari
Bukan penipuan!
Melayani seluruh Indonesia
""",
        en="""
Serious inquiries only.
Trusted and fast.
""",
    ),
    "testi": P(
        id="""
Saya sudah buktikan sendiri, pinjam {AMT} cair cuma 10 menit. Hubungi {N} di {WA}
Terima kasih {N}, berkat bantuan beliau saya dapat pinjaman {AMT} tanpa jaminan
Awalnya ragu karena sering ditolak bank, tapi di {B} langsung cair {AMT}
Alhamdulillah bisa buka warung lagi berkat pinjaman dari {B}
Saya ibu rumah tangga, pengajuan {AMT} di {B} di-ACC tanpa slip gaji
Kemarin butuh biaya rumah sakit, untung ada {B}, cair {AMT} sore itu juga
""",
        mix="""
Real testimoni, pinjam {AMT} di {B} cair same day
""",
        en="""
I got a loan of {AMT} in 10 minutes with no collateral. Contact {N} on WhatsApp {WA}
After being rejected by every bank, {B} approved me the same day
""",
        jv="""
Matur nuwun {N}, utangan {AMT} cair cepet tenan. WA {WA}
""",
    ),
    "short": P(
        id="""
pinjaman cepat cair WA {WA}
dana cair tanpa jaminan {WA}
butuh dana? WA {WA}
pinjaman online tanpa BI checking hub {WA}
pinjol cair 5 menit {U}
""",
        mix="""
dana cepat no jaminan WA {WA}
instant loan cair {WA}
""",
        en="""
urgent loan? whatsapp {WA}
fast cash loans {U}
""",
        jv="""
butuh duit? WA {WA}
""",
    ),
}

PRIZE = {
    "hook": P(
        id="""
Selamat! Anda terpilih mendapatkan {PRIZE} dari program {B}
Pendaftaran {B} tahap 2 sudah dibuka
Cek penerima {B} lewat link resmi
Bantuan subsidi upah {AMT} cair hari ini
Program {B} untuk UMKM, bantuan {AMT}
INFO PENTING untuk warga yang belum terdaftar bansos
Pemberitahuan: bantuan {B} sebesar {AMT} siap dicairkan
Nomor anda memenangkan undian {SHOP} ke-{NUM2}
Selamat kepada pemenang giveaway {SHOP}
Bagi warga yang belum menerima {B}, silakan daftar ulang
Kuota internet gratis 50GB dari pemerintah
Anda termasuk penerima {B} periode ini
Saldo DANA gratis {WD} untuk 100 orang pertama
Akun anda terdaftar sebagai penerima hadiah {PRIZE}
Assalamualaikum, bagi bapak ibu yang belum dapat {B}
""",
        mix="""
Congratulations! Anda pemenang {PRIZE}
Giveaway {SHOP}, claim hadiah sekarang
Bansos {B} ready dicairkan, check NIK anda
""",
        en="""
Congratulations! You have been selected to receive {PRIZE}
You are one of our lucky winners this month
Government assistance of {AMT} is now available
""",
        jv="""
Sugeng! Panjenengan kapilih pikantuk {PRIZE}
Kangge warga ingkang dereng angsal {B}
""",
    ),
    "feat": P(
        id="""
cukup masukkan NIK dan nomor KK
kuota terbatas, segera klaim sebelum hangus
pencairan melalui {BANK} atau {EW}
berlaku sampai {TGL}
biaya administrasi pencairan Rp 350.000 ditransfer dulu
kirim foto KTP dan selfie untuk verifikasi
hadiah dikirim langsung ke rumah tanpa potongan
pajak hadiah ditanggung pemenang
sudah ribuan warga menerima
dana langsung masuk rekening
tidak dipungut biaya (kecuali materai)
kode pemenang: {CODE}
pendaftaran ditutup dalam 24 jam
""",
        mix="""
limited kuota, first come first serve
klaim via link official
""",
        en="""
limited slots available
claim before it expires
processing fee required
""",
    ),
    "cta": P(
        id="""
Daftar di {U}
Klaim hadiah di {U}
Hubungi petugas kami di {WA}
Cek nama anda di {U}
Konfirmasi ke WA {WA} untuk pencairan
Isi formulir di {U}
Segera hubungi {N} (petugas) {WA}
Klik {U} lalu masukkan NIK
Info lebih lanjut WA {WA}
""",
        mix="""
Claim sekarang di {U}
Contact petugas via WA {WA}
""",
        en="""
Claim your prize at {U}
Contact our agent on WhatsApp {WA}
Register here: {U}
""",
        jv="""
Daftar neng {U}
Hubungi petugas {WA}
""",
    ),
    "close": P(
        id="""
Bagikan ke keluarga yang membutuhkan
Mohon disebarkan
Semoga bermanfaat 🙏
Jangan sampai terlewat!
""",
        en="""
Share with your family!
Don't miss it!
""",
    ),
    "testi": P(
        id="""
Alhamdulillah saya sudah daftar lewat {U}, bantuan {AMT} sudah cair
Saya kemarin cek NIK di {U}, ternyata dapat {B}
Benar lho, {PRIZE} dari {SHOP} sudah saya terima, hubungi {WA}
Tetangga saya sudah dapat {B} lewat link ini {U}
""",
        en="""
I registered at {U} and received {AMT} in two days
""",
        jv="""
Alhamdulillah aku wis daftar neng {U}, bantuane wis cair
""",
    ),
    "short": P(
        id="""
cek bansos di {U}
daftar {B} {U}
klaim hadiah anda {U}
bansos cair, cek {U}
selamat anda menang, hub {WA}
""",
        en="""
claim your prize {U}
you won! contact {WA}
""",
        jv="""
cek bansos neng {U}
""",
    ),
}

INVEST = {
    "hook": P(
        id="""
Robot trading {B} profit 30% per hari
Investasi mulai 100rb, profit 5% setiap hari
Arisan online menurun, slot dapat {AMT}, sisa 3 slot
Bitcoin lagi naik, gabung grup sinyal VIP {B}
Koin {COIN} presale, dijamin naik 100x sebelum listing
Binary option modal 50rb bisa jadi jutaan
Titip dana {AMT}, balik dobel dalam {DAYS} hari
Bukan money game! {B} bisnis legal dan aman
Paket investasi emas digital, return 20% seminggu
Mau punya penghasilan pasif tanpa kerja?
Investasi tanpa rugi, profit dijamin tiap hari
Gabung {B}, robot yang kerja, kita terima profit
""",
        mix="""
Passive income tiap hari dari robot trading {B}
Trading crypto auto profit, no loss
Join komunitas {B}, daily profit {PCTD}
Investasi crypto 100% safe, withdraw kapan aja
Money game? No! {B} legit & halal
""",
        en="""
Earn {USD} daily with our AI trading bot {B}
I started with $200 and now make {USD} every week
Guaranteed {PCTD} daily returns on your investment
Invest in {COIN} before it explodes
Want to earn passive income from home?
""",
        jv="""
Investasi neng {B} lur, saben dina entuk profit
Arisan online lur, sisa 2 slot, narik {AMT}
""",
    ),
    "feat": P(
        id="""
modal minimal 100rb
profit {PCTD} per hari
withdraw kapan saja tanpa syarat
dana aman dijamin 100%
sudah terdaftar dan diawasi (katanya)
bonus referral 10% setiap ajak teman
tanpa analisa, robot yang kerja
balik modal dalam {DAYS} hari
slot terbatas hanya untuk 50 orang
member sudah lebih dari 20 ribu
""",
        mix="""
auto pilot 24/7
no skill needed
daily payout ke rekening
""",
        en="""
no experience needed
withdraw anytime
100% guaranteed profit
limited spots available
""",
    ),
    "cta": P(
        id="""
Gabung grup WA: {WA}
Daftar di {U}
Chat mentor {N} di {WA}
Info dan join {U}
Hubungi admin {WA} untuk paket investasi
""",
        mix="""
Join grup VIP di {U}
Contact mentor via WA {WA}
""",
        en="""
Contact {EN} on WhatsApp {WA}
Join here: {U}
Message me for details
""",
        jv="""
Join neng {U} lur
""",
    ),
    "close": P(
        id="""
Jangan sampai menyesal
Kesempatan tidak datang dua kali
""",
        en="""
Don't miss this opportunity.
Thank me later.
""",
    ),
    "testi": P(
        id="""
Saya sudah 3 bulan ikut {B}, profit tiap hari masuk terus
Awalnya modal 500rb, sekarang saldo saya {WD} berkat {B}
Terima kasih mentor {N}, berkat sinyal beliau saya profit {WD}
Suami saya ikut arisan online {B}, sudah narik {WD}
""",
        mix="""
Real testimoni, profit {WD} dalam seminggu di {B}
""",
        en="""
Thanks to {EN} I now earn {USD} every week from home, contact her on WhatsApp {WA}
I lost money to fake brokers until I found {EN}, now I make {USD} weekly
Thanks to {EN} I recovered all my lost crypto, contact {WA}
""",
    ),
    "short": P(
        id="""
profit harian {PCTD} gabung {U}
robot trading auto cuan {WA}
arisan online sisa slot {WA}
""",
        en="""
earn {USD} daily {U}
crypto signals {U}
""",
    ),
}

HERBAL = {
    "hook": P(
        id="""
Obat kuat {B} tahan lama 2-3 jam, original
Pembesar alat vital permanen, hasil nyata 7 hari
Pelangsing badan turun 10kg dalam 2 minggu tanpa diet
Obat herbal sembuhkan diabetes, asam urat, kolesterol tanpa efek samping
Loyo di ranjang? coba {B}
Masalah pria dewasa? {B} solusinya
Badan gemuk bikin minder? minum {B}
Video viral 18+ full durasi tanpa sensor
Cewek lokal {KOTA} open VCS
Kanker, stroke, jantung sembuh dengan ramuan {B}
Obat peninggi badan herbal, naik 5-10 cm
Jamu kuat pria asli {B}
""",
        mix="""
Obat kuat original {B}, long lasting 3 jam
Diet herbal, turun 8kg in 2 weeks
Video full no sensor, link di bio
Open VCS + real pic, no tipu
""",
        en="""
Natural male enhancement {B}, results in 7 days
Lose 10kg in 14 days without diet
Hot singles in your area are waiting
Cure diabetes naturally with {B}
""",
        jv="""
Obat kuat {B} lur, tahan suwe
Kanggo bapak-bapak sing loyo, jajal {B}
""",
    ),
    "feat": P(
        id="""
100% herbal alami
sudah BPOM (katanya)
pengiriman rahasia, paket aman
bisa COD seluruh Indonesia
tanpa efek samping
hasil permanen
ribuan pelanggan puas
diskon 50% hari ini saja
beli 2 gratis 1
bisa bayar di tempat
""",
        mix="""
COD available
original 100%, no KW
fast respon admin
""",
        en="""
100% natural
discreet shipping
cash on delivery available
no side effects
""",
    ),
    "cta": P(
        id="""
Order WA {WA}
Pesan sekarang di {U}
Info dan pemesanan {WA}
Klik {U}
Hubungi {N} {WA}
""",
        mix="""
Order via WA {WA}
Link full video di {U}
Booking VCS chat {WA}
""",
        en="""
Order now: {U}
WhatsApp {WA}
Watch here: {U}
""",
        jv="""
Pesen neng WA {WA}
""",
    ),
    "close": P(
        id="""
Dijamin puas atau uang kembali
Stok terbatas
""",
        en="""
Satisfaction guaranteed.
""",
    ),
    "testi": P(
        id="""
Suami saya dulu loyo, setelah minum {B} jadi perkasa lagi, order di {WA}
Alhamdulillah gula darah ibu saya normal setelah 2 minggu minum {B}
Berat badan saya turun 9kg dalam 3 minggu pakai {B}
Asam urat bapak saya sembuh total berkat {B}
""",
        en="""
My husband's stamina came back after one week of {B}
I lost 12kg in a month with {B}, no diet
""",
        jv="""
Bojoku saiki kuat meneh sakwise ngombe {B}
""",
    ),
    "short": P(
        id="""
obat kuat asli WA {WA}
video viral full {U}
open VCS {WA}
pelangsing ampuh {U}
""",
        en="""
male enhancement {U}
hot videos {U}
""",
    ),
}

DUKUN = {
    "hook": P(
        id="""
{B} bisa bantu masalah ekonomi, pesugihan tanpa tumbal
{B} paranormal asli, angka jitu togel 4D dijamin tembus
Pelet ampuh, orang yang anda cintai kembali dalam 3 hari
Uang gaib 1 M tanpa tumbal, sudah terbukti
Santet jarak jauh, balas sakit hati
Susuk pengasihan dan penglaris dagangan
Terlilit hutang? {B} siap membantu dengan dana gaib
Bisnis dana ghaib tanpa ritual berat
Ingin kaya mendadak? pesugihan putih {B}
Pasangan selingkuh? pelet jarak jauh {B}
Angka jitu 2D 3D 4D dari {B}, tembus atau uang kembali
Buka aura dan pagar gaib rumah serta usaha
""",
        mix="""
Pesugihan modern tanpa tumbal, 100% real
Spiritual consultant {B}, angka jitu guaranteed
""",
        en="""
Powerful spell caster {B} brought my ex back in 48 hours
Join the Illuminati brotherhood and become rich
Get lucky lottery numbers from a real spiritual master
""",
        jv="""
{B} saking gunung, nyuwun angka mesthi tembus
Pesugihan tanpo tumbal, hubungi {B}
Pelet ampuh, wong sing mbok tresnani bali maneh
""",
    ),
    "feat": P(
        id="""
tanpa tumbal, tanpa puasa
sudah ribuan orang terbukti
ritual dilakukan jarak jauh
mahar terjangkau
dijamin 100% berhasil
bisa untuk semua agama
proses 1x24 jam
rahasia dijamin aman
""",
        en="""
100% guaranteed results
no side effects
works within 48 hours
""",
        jv="""
ora nganggo tumbal
mesthi tembus
""",
    ),
    "cta": P(
        id="""
Hubungi {B} di {WA}
WA {WA} (khusus yang serius)
Konsultasi gratis {WA}
Kunjungi {U}
""",
        en="""
Contact him on WhatsApp {WA}
Email or WhatsApp {WA}
Visit {U}
""",
        jv="""
Hubungi mbah neng {WA}
""",
    ),
    "close": P(
        id="""
Bukan tipu-tipu
Serius saja yang hubungi
""",
    ),
    "testi": P(
        id="""
Saya dulu terlilit hutang 200jt, setelah dibantu {B} lewat pesugihan putih semua lunas dalam sebulan
Terima kasih {B}, angka yang diberikan tembus 4D, saya dapat {WD}
Suami saya yang pergi 2 tahun akhirnya pulang berkat bantuan {B}
Usaha saya dulu sepi, setelah dipasang penglaris oleh {B} sekarang ramai
""",
        en="""
I want to thank {B} for bringing my husband back, contact him on WhatsApp {WA}
{B} gave me the winning numbers and I won {USD}
""",
        jv="""
Matur nuwun {B}, angkane tembus 4D, aku entuk {WD}
""",
    ),
    "short": P(
        id="""
angka jitu togel hub {B} {WA}
pesugihan tanpa tumbal {WA}
pelet ampuh WA {WA}
""",
        jv="""
angka jitu soko {B} {WA}
""",
    ),
}

PAID = {
    "hook": P(
        id="""
Jasa backlink PBN DA 50+, naikkan ranking website anda
Jasa SEO murah, halaman 1 google bergaransi
Jual followers Instagram dan TikTok aktif Indonesia
Jual like, views, subscriber YouTube murah
Joki tugas, skripsi, tesis, dijamin lulus
Joki game ML sampai mythic, aman
Jasa pembuatan KTP, KK, SIM, ijazah asli terdaftar
Jasa ijazah S1 tanpa kuliah, terdaftar PDDIKTI
Jasa hack WA, IG, FB, sadap WA pasangan
Jasa pembuatan website murah mulai 300rb
Jasa SIM tanpa tes, jadi 1 hari
Jasa masuk CPNS/Polri jalur khusus
Jasa urus sertifikat tanah cepat tanpa ribet
Jasa buka blokir akun dan pulihkan akun hilang
""",
        mix="""
Jasa SEO & backlink high DA, guaranteed page one
Jual followers real & aktif, no drop
Social media booster {B}, harga murah
Jasa recovery akun hacked, fast respon
""",
        en="""
Buy cheap high DA backlinks from {B}
Need high quality guest posts? We can help
Professional SEO services, first page guaranteed
Buy real Instagram followers and likes
""",
        jv="""
Jasa joki skripsi lur, dijamin lulus
Jual followers murah lur
""",
    ),
    "feat": P(
        id="""
harga mulai 10rb
proses cepat 1x24 jam
bergaransi
aman tanpa password
bisa bayar setelah jadi
sudah ribuan klien puas
data terdaftar di sistem
rahasia terjamin
""",
        mix="""
fast process, harga friendly
no password needed
garansi refill 30 hari
""",
        en="""
fast delivery
money back guarantee
cheap prices
100% safe
""",
    ),
    "cta": P(
        id="""
Order di {U}
WA {WA}
Hubungi {B} di {WA}
Info harga cek {U}
""",
        mix="""
Order via {U}
Fast respon WA {WA}
""",
        en="""
Visit {U}
Contact us at {WA}
Order now: {U}
""",
        jv="""
Pesen WA {WA}
""",
    ),
    "close": P(
        id="""
Amanah dan terpercaya
""",
        en="""
Best price guaranteed.
""",
    ),
    "testi": P(
        id="""
Followers saya naik 10rb dalam sehari pakai {B}, mantap
Skripsi saya selesai 2 minggu berkat joki {B}
Website saya langsung halaman 1 google setelah pakai jasa {B}
""",
        en="""
My website ranked first in two weeks thanks to {B}
""",
    ),
    "short": P(
        id="""
jual followers {U}
jasa backlink murah {U}
joki skripsi WA {WA}
jasa hack WA {WA}
""",
        en="""
cheap backlinks {U}
buy followers {U}
""",
    ),
}

JOB = {
    "hook": P(
        id="""
Dicari karyawan kerja dari rumah, gaji 5jt per hari
Kerja sampingan like dan subscribe YouTube dibayar 10rb per tugas
Lowongan admin online tanpa ijazah, gaji harian
Tugas review produk dibayar {D} per ulasan
Lowongan {B}, dibuka untuk lulusan SMA/SMK
Cuma like postingan TikTok dapat 50rb per hari
Part time untuk ibu rumah tangga, kerja 1-2 jam saja
Lowongan kerja ke Jepang, Korea, Malaysia, biaya ditanggung
Rekrutmen karyawan BUMN tanpa tes
Penghasilan tambahan {WD} per minggu cuma modal HP
""",
        mix="""
Work from home, gaji harian up to 1jt
Part time job online, no skill needed
Hiring admin online, salary per hari
""",
        en="""
I make {USD} a day working from home
Hiring part time online workers, no experience needed
Earn {USD} weekly just by liking videos
""",
        jv="""
Golek kerjo sampingan lur? cukup modal HP
Lowongan kerjo neng omah, bayaran saben dina
""",
    ),
    "feat": P(
        id="""
tanpa modal
bisa dikerjakan sambil rebahan
gaji dibayar setiap hari
tanpa syarat umur
cukup punya HP android
tanpa ijazah dan pengalaman
komisi langsung masuk {EW}
biaya seragam dan pelatihan Rp 250rb (refund)
""",
        mix="""
no experience needed
payout daily
flexible time
""",
        en="""
no experience required
paid daily
flexible hours
""",
    ),
    "cta": P(
        id="""
Daftar via WA {WA}
Hubungi HRD {N} {WA}
Daftar di {U}
Kirim nama dan umur ke {WA}
""",
        mix="""
Apply via WA {WA}
Register di {U}
""",
        en="""
Apply at {U}
WhatsApp {WA} for details
""",
        jv="""
Daftar neng WA {WA}
""",
    ),
    "close": P(
        id="""
Kuota terbatas
Serius saja
""",
        en="""
Limited positions.
""",
    ),
    "testi": P(
        id="""
Saya ibu rumah tangga, sekarang bisa dapat {WD} per minggu dari kerja online di {B}
Alhamdulillah sebulan ikut tugas harian di {B}, penghasilan {WD}
""",
        en="""
I quit my job and now make {USD} a week from home with {B}
""",
    ),
    "short": P(
        id="""
kerja online gaji harian {WA}
loker rumahan {U}
dibayar cuma like video {WA}
""",
        en="""
work from home {U}
""",
    ),
}

PHISH = {
    "hook": P(
        id="""
Akun {B} anda diblokir, segera verifikasi
Pemberitahuan: tarif transfer {B} berubah Rp 150.000 per bulan
Kartu {B} anda dinonaktifkan sementara
Data e-KTP anda belum terverifikasi Dukcapil
Paket anda tertahan di gudang, lihat foto paket: {APK}
Kurir gagal mengirim paket anda, cek resi di {APK}
Surat tilang elektronik ETLE atas kendaraan anda
Tagihan listrik anda menunggak 3 bulan
Akun {B} anda terdeteksi aktivitas mencurigakan
Pajak kendaraan anda jatuh tempo, bayar online sebelum denda
PERINGATAN: rekening anda akan ditutup dalam 24 jam
Undangan pernikahan kami, silakan buka {APK}
""",
        mix="""
Security alert: akun {B} anda login dari device lain
Update data nasabah {B} sekarang, or akun akan di-suspend
""",
        en="""
Your {B} account has been suspended
Unusual sign-in activity detected on your account
Your package could not be delivered
""",
        jv="""
Akun {B} panjenengan diblokir, enggal verifikasi
""",
    ),
    "feat": P(
        id="""
jika tidak setuju isi formulir pembatalan
masukkan nomor rekening dan PIN untuk verifikasi
batas waktu 1x24 jam
abaikan jika sudah melakukan pembaruan
kode OTP jangan diberikan kepada siapapun kecuali petugas kami
""",
        en="""
failure to verify will result in permanent closure
enter your card details to confirm
""",
    ),
    "cta": P(
        id="""
Klik {U}
Verifikasi di {U}
Update data di {U}
Hubungi CS {B} di {WA}
Cek di {U}
""",
        mix="""
Login di {U} untuk verify
Chat CS official {WA}
""",
        en="""
Verify here: {U}
Click {U}
""",
        jv="""
Klik {U}
""",
    ),
    "close": P(
        id="""
Terima kasih, {B}
Salam, Tim {B}
""",
        en="""
Thank you, {B} Support Team
""",
    ),
    "testi": P(
        id="""
Info buat warga, {B} sedang update data, saya sudah isi di {U}, cepat kok
Tadi saya dapat pesan verifikasi {B}, sudah saya isi di {U}, kalian juga segera
""",
    ),
    "short": P(
        id="""
lihat foto paket {APK}
akun diblokir klik {U}
verifikasi data {U}
""",
        en="""
verify your account {U}
""",
    ),
}

LINKDROP = {
    "drop": P(
        id="""
{U}
cek {U}
info lengkap klik {U}
cek bio
mampir {U}
👉 {U}
link: {U}
klik >> {U}
{B} {U}
gacor {U}
daftar {U}
cek di sini {U}
cek bio ya kak 😘
lihat profil aku
link aktif ↓↓ {U}
mantap {U}
info {U}
klik aja {U}
{U} {UR}
""",
        mix="""
visit {U} guys
check {U} bosku
link in bio kak
nice info, cek {U}
""",
        en="""
visit {U}
nice post {U}
check this {U}
click here {U}
great article! {U}
""",
        jv="""
mampir {U} lur
cek {U} lur
""",
    ),
}

FAMILY_POOLS = {
    "pinjol": PINJOL,
    "prize_bansos_scam": PRIZE,
    "investment_crypto": INVEST,
    "herbal_adult": HERBAL,
    "dukun_pesugihan": DUKUN,
    "paid_services": PAID,
    "job_scam": JOB,
    "phishing": PHISH,
}


TUCKED = {
    "ham": P(
        id="""
Semoga jalan di desa kami cepat diperbaiki pak, sudah rusak parah dari tahun lalu.
Terima kasih infonya min, sangat bermanfaat untuk warga.
Mantap pak bupati, semoga pembangunan makin merata sampai pelosok.
Kapan bansos tahap berikutnya cair ya min?
Sekolah di kecamatan kami juga butuh perbaikan atap, mohon diperhatikan.
Harga pupuk makin mahal, semoga ada subsidi lagi untuk petani.
Acara festival kemarin rame banget, sukses terus untuk panitia
Lampu jalan di jalur utama banyak yang mati, mohon segera ditangani
Jembatan penghubung dua desa itu kapan mulai dibangun pak?
Alhamdulillah pasar baru akhirnya diresmikan, semoga pedagang makin laris
Semoga pelayanan di kantor kecamatan makin cepat dan ramah
Program posyandu seperti ini harus rutin, anak-anak jadi terpantau
Saluran irigasi di sawah kami sudah lama mampet, mohon dibantu
Bagus programnya, tapi sosialisasinya kurang sampai ke desa-desa
Semoga UMKM lokal makin diperhatikan, terutama pengrajin batik
Banjir kemarin parah, semoga drainase segera dibenahi
Terima kasih untuk petugas kebersihan yang sudah kerja keras
Selamat untuk para juara lomba, bangga dengan anak-anak daerah kita
Pengaspalan jalan kabupaten ini sudah ditunggu warga sejak lama
Semoga harga gabah saat panen tidak anjlok lagi
Mohon info syarat pendaftaran sekolahnya min
Vaksinasi ternak ini penting banget, terima kasih dinas peternakan
Turut berduka cita untuk korban longsor, semoga keluarga diberi ketabahan
Bangga sama Pemkab, pelayanan KTP sekarang cepat
Puskesmas di tempat kami butuh tambahan dokter pak
""",
        jv="""
Matur nuwun infone min, mugi-mugi dalan cepet didandani.
Sae sanget programe pak bupati, mugi lancar.
Kapan bantuane cair nggih min?
Dalan neng desaku rusak parah, mbok ndang didandani
Acarane rame tenan wingi, sukses terus
Rega pupuk saiki larang banget, petani susah
Mugi-mugi panen taun iki apik
Matur nuwun pak, sekolahan anakku saiki wis apik
""",
        en="""
Great news for the farmers, hope the program continues.
Thanks for the update, the roads really need fixing.
Congratulations to all the winners of the competition!
Hope the new market brings more customers to local sellers.
This is a great initiative by the local government.
""",
    ),
    "ham_short": P(
        id="""
Mantap beritanya.
Semoga bermanfaat untuk warga.
Sukses terus pak bupati.
Setuju dengan program ini.
Alhamdulillah akhirnya.
Kami warga sangat mendukung.
Semoga lancar semuanya.
Terima kasih infonya min.
Semoga jalan cepat diperbaiki.
Bansosnya semoga tepat sasaran.
""",
        jv="""
Matur nuwun infone.
Mantep pak.
Mugi lancar.
""",
        en="""
Great news.
Nice article.
Thanks for sharing.
""",
    ),
    "ham_end": P(
        id="""
Semoga daerah kita makin maju.
Terima kasih pak.
Salam dari warga desa.
Semangat terus!
Aamiin.
""",
        jv="""
Matur nuwun.
Salam saking warga.
""",
        en="""
Keep up the good work.
Thanks!
""",
    ),
    "conn": P(
        id="""
btw
oh iya,
ngomong-ngomong
nb:
sekalian info,
numpang promo ya min 🙏
maaf numpang lewat,
oiya
izin share ya min,
PS:
sambil nunggu bansos,
daripada nganggur,
buat bapak ibu yang butuh tambahan,

""",
        jv="""
oiya lur,
nyuwun sewu numpang promo,
sak liyane,

""",
        en="""
btw
by the way,
PS:

""",
    ),
    "testimony": P(
        id="""
Awalnya saya ragu, tapi setelah main di {B} alhamdulillah bisa renovasi rumah
Dulu saya juga petani susah seperti bapak-bapak di berita ini, sekarang alhamdulillah cukup berkat {B}
Saya dulu penerima PKH, sekarang sudah mandiri berkat sampingan di {B}
Jalan rusak depan rumah akhirnya saya aspal sendiri dari hasil maxwin di {B} 😂
Daripada nunggu bansos yang gak cair-cair, saya main di {B} sudah dapat {WD}
Anak saya bisa sekolah lagi berkat rezeki dari {B}, terima kasih
Sama kayak pedagang di pasar ini, dulu sepi, sekarang ada tambahan dari {B}
Saya guru honorer gaji kecil, alhamdulillah ada tambahan dari {B} tiap minggu
Panen gagal kemarin bikin pusing, untung ada {B}, modal {D} jadi {WD}
Habis baca berita ini jadi ingat dulu saya nganggur, sekarang penghasilan dari {B}
Jujur dulu saya ga percaya, tapi {B} bener-bener bantu ekonomi keluarga
Ibu saya berobat ke puskesmas pakai uang hasil wd {B}, alhamdulillah
""",
        jv="""
Aku biyen yo petani susah, saiki alhamdulillah kecukupan soko {B}
Ora usah ngenteni bansos lur, aku neng {B} wis entuk {WD}
Omahku iso dibangun maneh soko rejeki {B}
""",
        en="""
I was a struggling farmer like the ones in this article until I found {B}, now I earn {WD} a month
Instead of waiting for government aid I started playing at {B} and won {WD}
""",
    ),
    "testimony_cta": P(
        id="""
Linknya {U}
Cari aja {B} di google
WA admin {WA}
Yang mau tanya-tanya DM aja
""",
        jv="""
Linke {U} lur
""",
        en="""
Link: {U}
""",
    ),
}

TUCKED_TAILS = {
    "gambling": P(
        id="""
yg mau cuan main di {B} aja, gacor parah
yang butuh tambahan, {B} lagi gacor bosku
mampir ke {B} juga, depo {D} bisa maxwin
main slot di {B}, scatter turun terus
{B} lagi bagi-bagi maxwin, cek {U}
daripada pusing, spin di {B} aja
{G} di {B} lagi pecah, gas
togel {B} diskon gede, angka main {NUM4}
""",
        mix="""
yang mau cuan, {B} lagi gacor, link {U}
slot gacor {B}, bonus new member 100%
""",
        en="""
if you want to earn extra, {B} is paying out big tonight
""",
        jv="""
sing pengen cuan dolanan neng {B} wae lur, gacor
""",
    ),
    "pinjol": P(
        id="""
yang butuh dana cepat tanpa jaminan WA {WA}
butuh pinjaman cepat cair? hubungi {WA}
""",
        en="""
need a quick loan? whatsapp {WA}
""",
        jv="""
sing butuh duit cepet WA {WA}
""",
    ),
    "investment_crypto": P(
        id="""
yang mau passive income gabung {B}, profit harian
""",
        en="""
I earn {USD} weekly with {B}, ask me how
""",
    ),
    "job_scam": P(
        id="""
yang mau kerja dari rumah gaji harian WA {WA}
buat ibu-ibu yang mau penghasilan tambahan cuma modal HP, WA {WA}
""",
    ),
    "dukun_pesugihan": P(
        id="""
yang butuh angka jitu hubungi {B} {WA}
""",
        jv="""
sing butuh angka jitu hubungi {B} {WA}
""",
    ),
    "herbal_adult": P(
        id="""
bapak-bapak yang loyo coba {B}, order WA {WA}
""",
    ),
    "prize_bansos_scam": P(
        id="""
yang belum dapat bansos bisa daftar di {U}
""",
    ),
    "link": P(
        id="""
info lengkap {U}
cek {U}
""",
        en="""
more at {U}
""",
    ),
}



# ---- expansion: gambling ---------------------------------------------------
GAMBLING["hook"]["id"] += L("""
Info slot gacor terbaru khusus malam Jumat di {B}
Dicari member baru {B}, bonus langsung cair
Baru buka! situs {B} masih fresh, gampang jp
Yang suka main {G}, wajib coba di {B}
Capek kerja tapi gaji gak cukup? coba peruntungan di {B}
Mau modal kecil untung besar? {B} tempatnya
Situs slot paling dermawan se-Indonesia: {B}
Pola gacor {G} hari ini: 10x spin manual, 30x turbo, lalu ganti bet
Hari gajian? puter dulu di {B}
Akun pro {B} gampang maxwin
Scatter {G} barusan keluar 5 biji di {B}
Gak perlu jauh-jauh ke luar negeri, kasino ada di HP kamu lewat {B}
{B} resmi berlisensi PAGCOR (katanya orang-orang)
Situs slot dana tanpa potongan {B}
Situs slot deposit {D} {B}
Update link {B} hari ini, link lama kena blokir
Bandar slot terbesar {B} bayar berapapun kemenanganmu
Slot demo gratis + slot asli di {B}
Event spesial gajian di {B}, bonus deposit 50%
""")
GAMBLING["hook"]["mix"] += L("""
Slot online gacor, anti lag, anti rungkad cuma di {B}
Official partner {B}: link login terbaru no blokir
Event big win {G}, hadiah total 500 juta di {B}
Weekend special, cashback 20% semua game di {B}
Slot88 gacor viral, check {B} now
Top 1 situs slot Indonesia, {B} the legend
""")
GAMBLING["hook"]["en"] += L("""
The hottest slot of the night is {G} at {B}
New players get free spins at {B} today
Real money slots with instant payouts: {B}
Easy max wins every night at {B}
The most generous online casino in Southeast Asia: {B}
{B} just paid a player {WD} on {G}
""")
GAMBLING["hook"]["jv"] += L("""
Wis wayahe gajian lur, puter neng {B}
Sing seneng {G}, jajal neng {B} lur
Golek situs sing ora ngapusi? {B} jawabane lur
Bengi Jemuah iki {B} gacor pol
""")
GAMBLING["feat"]["id"] += L("""
bonus ulang tahun untuk member setia
deposit via QRIS semua e-wallet
tanpa verifikasi ribet
bisa main 24 jam tanpa gangguan
scatter bisa dibeli (buy spin)
kemenangan langsung masuk rekening
hadiah turnover sampai jutaan
sistem anti bot, 100% fair
admin kasih bocoran jam gacor tiap pagi
tanpa minimal turnover untuk wd
tersedia slot demo gratis
bonus depo pertama 50%
pasti bayar, no scam
link anti blokir, tidak perlu VPN
""")
GAMBLING["feat"]["en"] += L("""
no KYC needed
instant crypto deposits
weekly reload bonus
free demo mode
""")
GAMBLING["cta"]["id"] += L("""
Langsung klik {U} jangan kebanyakan mikir
Pola gratis tinggal chat {WA}
Copas link ini: {U}
Daftar {B} sekarang juga, link di {U}
Hubungi kami via WA {WA} atau daftar di {U}
Mau pola? komen 'MAU' terus cek {U}
Info lengkap ada di {U} ya kak
Gabung grup pola: {WA}
Klik aja {U}, dijamin gak nyesel
""")
GAMBLING["cta"]["en"] += L("""
Start winning now: {U}
Ask admin for today's pattern: {WA}
Tap {U} to claim free spins
""")
GAMBLING["testi"]["id"] += L("""
Tadi subuh iseng spin {G} di {B}, bangun tidur saldo {WD}
Sudah 2 tahun main di {B}, belum pernah wd ditolak
Alhamdulillah bisa bayar SPP anak dari hasil {B}
Main sebelum tidur di {B}, dapat {WD}, besok traktir temen kantor
Baru pertama kali main langsung dapat scatter hitam, {B} emang hoki
Ane dulu pemain situs sebelah, sekarang setia di {B}, wd gak pernah drama
Dapet {WD} dari {G}, alhamdulillah buat modal nikah
Sempat rungkad 3 hari, hari keempat di {B} langsung balik modal plus untung {WD}
Saya driver online, nunggu orderan sambil main di {B}, hasilnya lebih gede dari narik 😅
""")
GAMBLING["testi"]["en"] += L("""
Started with {D}, cashed out {WD} the same night at {B}
I play {G} at {B} every evening, never had a withdrawal refused
Paid off my motorbike loan with my winnings from {B}
""")
GAMBLING["testi"]["jv"] += L("""
Aku mau esuk spin {G} neng {B}, tangi turu saldo {WD}
Alhamdulillah iso mbayar SPP anakku soko {B} lur
""")
GAMBLING["chat"]["id"] += L("""
min {B} kok gacor terus sih, tiap malam jp
baru wd lagi dari {B} hehe
ada yang main {G} juga? di {B} lagi enak
yang tanya situs, {B} ya bukan yang lain
rtp {G} di {B} lagi {P} guys
asli {B} gak ada lawan
{B} wd 2 menit doang masuk
gas terus {B} sampai maxwin
udah jp 3x di {B} malam ini
coba {B} deh, kemarin temenku maxwin {X}
bosku, {B} jam segini lagi bagus, buruan
""")
GAMBLING["chat"]["en"] += L("""
{B} paid me again lol
who else got a max win on {B} today?
just hit {X} on {G} at {B}, unreal
""")
GAMBLING["chat"]["jv"] += L("""
{B} wd cepet lur, ra ngapusi
lur ayo melu {B}, aku wis jp ping telu
""")
GAMBLING["togel_hook"]["id"] += L("""
Angka main {PAS} hari ini sudah keluar, cek di {B}
Pasang togel di {B}, 4D tembus dibayar lunas
Rumus jitu togel {PAS}: ambil ekor kemarin tambah 3
Bocoran {PAS} dari orang dalam, angka {NUM4}
Togel online resmi {B}, bukan bandar abal-abal
Angka keramat malam ini {NUM4}, pasang di {B}
""")
GAMBLING["togel_feat"]["id"] += L("""
angka kontrol: {NUM2} {NUM2} {NUM2}
colok jitu: {DIG}
Live draw {PAS} jam 23.00 WIB
Pasang 4D cuma 1000 perak
Kei rendah, hadiah full
Shio jitu: {SHIO}
""")
GAMBLING["sport"]["id"] += L("""
Malam ini big match, pasang parlay di {B} bonus 100%
Handicap terbaik dan odds tinggi, cuma di {B}
Taruhan bola mix parlay mulai {D}
Cashback parlay kalah 1 tim di {B}
""")
GAMBLING["casino"]["id"] += L("""
Dragon tiger, baccarat, sicbo, main langsung sama dealer live di {B}
Roulette online di {B}, pasang angka favoritmu
Slot dan live casino dalam 1 akun {B}
""")
GAMBLING["oneliner"]["id"] += L("""
slot gacor cuma di {B}
{B} bayar terus
main di {B} aja
jp terus di {B}
{B} anti rungkad
link {B} terbaru {U}
""")
GAMBLING["oneliner"]["en"] += L("""
huge wins at {B}
{B} the best slot site
""")
GAMBLING["oneliner"]["mix"] += L("""
{B} big win hari ini
slot gacor hari ini {U}
""")
GAMBLING["close"]["id"] += L("""
Ayo buruan sebelum kehabisan!
Jangan lupa baca pola di grup
Jackpot menantimu!
""")

# long-form gambling blast (assembled in compose_gambling "long")
GAMBLING["story"] = P(
    id="""
Saya mau cerita sedikit. Dulu saya kerja serabutan, penghasilan gak nentu, kadang sehari cuma dapat 50 ribu. Terus teman kasih tahu {B}. Awalnya cuma coba depo {D}, pakai pola dari admin, main {G}. Gak nyangka malam itu dapat {WD}. Sekarang tiap hari saya sisihkan sedikit buat main
Jujur saya bukan tipe orang yang percaya beginian. Tapi bulan lalu waktu butuh uang buat biaya lahiran istri, saya iseng daftar di {B}. Modal {D}, spin {G} di {JAM}, dan scatter keluar terus. Total wd {WD}. Semua lancar, masuk ke rekening {BANK} kurang dari 5 menit
Buat bapak ibu yang lagi susah, saya paham rasanya. Saya dulu juga dililit utang. Sampai akhirnya adik saya kenalin {B}. Pelan-pelan saya pelajari polanya, sekarang alhamdulillah utang lunas dan bisa buka warung kecil
""",
    en="""
Let me share my story. A few months ago I was broke and couldn't pay rent. A friend told me about {B}. I deposited {D}, followed the admin's pattern on {G}, and that same night I withdrew {WD}. Since then I've cashed out every week without a single problem
""",
    jv="""
Aku arep crito sithik lur. Biyen aku kerjo serabutan, sedina kadang mung entuk 50 ewu. Banjur kancaku ngenalke {B}. Modal {D} thok, main {G} nganggo pola soko admin, bengi kuwi langsung entuk {WD}
""",
)


# ---- expansion: other families ---------------------------------------------
PINJOL["hook"]["id"] += L("""
Dana darurat cair hari ini tanpa jaminan
Pinjaman tanpa agunan untuk warga {KOTA} dan sekitarnya
Butuh uang buat bayar kontrakan? cair hari ini
Gagal bayar di pinjol lain? tenang, di sini tetap bisa
Pinjaman khusus petani dan pedagang pasar, cair cepat
Pinjaman online tanpa DC lapangan
Bantuan dana pinjaman untuk modal UMKM tanpa bunga
Cairkan dana hingga {AMT} cuma modal KTP
Tanpa BI checking, tanpa survei, tanpa ribet
Pinjaman dana cepat untuk ibu rumah tangga
Uang cair dalam hitungan menit, syarat mudah
""")
PINJOL["hook"]["en"] += L("""
Get a loan of up to {AMT} today
Fast cash for emergencies, no paperwork
""")
PINJOL["hook"]["jv"] += L("""
Butuh modal dagang lur? cair dino iki
Dhuwit cair limang menit, syarat KTP thok
""")
PINJOL["feat"]["id"] += L("""
cair langsung ke rekening {BANK}
biaya admin ringan dibayar di awal
tidak perlu datang ke kantor
bisa pengajuan ulang setelah lunas
limit naik tiap pelunasan
tanpa kartu kredit
proses verifikasi via video call saja
""")
PINJOL["cta"]["id"] += L("""
Pengajuan lewat WA saja {WA}
Chat kami sekarang {WA}, dana cair hari ini
Formulir pengajuan ada di {U}
Hubungi CS resmi {B} di {WA}
""")
PINJOL["testi"]["id"] += L("""
Saya pedagang sayur, pinjam {AMT} di {B} buat modal, prosesnya cepat banget. Hubungi {N} {WA}
Sudah 2x pinjam di {B}, selalu cair kurang dari 15 menit
Alhamdulillah {N} benar-benar membantu, dana {AMT} cair tanpa BI checking
Buat yang ditolak bank seperti saya dulu, coba hubungi {WA}, saya dapat {AMT}
""")
PINJOL["short"]["id"] += L("""
dana tunai cair hari ini {WA}
pinjaman tanpa agunan hub {WA}
butuh uang cepat? {U}
pinjaman modal usaha WA {WA}
""")

PRIZE["hook"]["id"] += L("""
Pengumuman resmi: pencairan {B} tahap akhir
Warga yang belum terdaftar DTKS bisa daftar online sekarang
Bantuan sembako gratis untuk 1000 KK, daftar sekarang
Pembagian hadiah ulang tahun {SHOP}, anda salah satu pemenangnya
Subsidi listrik gratis 6 bulan, cek nama anda
Bantuan modal usaha Rp 2,4 juta dari pemerintah
Selamat, nomor WA anda terpilih sebagai pemenang {PRIZE}
Dana bantuan lansia {AMT} sudah bisa diambil
Beasiswa pemerintah untuk pelajar SD-SMA, daftar online
Bantuan pupuk gratis untuk petani, daftar lewat link
""")
PRIZE["hook"]["en"] += L("""
Your phone number has won {PRIZE}
Free groceries for 1000 families, register now
""")
PRIZE["hook"]["jv"] += L("""
Bantuan sembako gratis kanggo warga, enggal daftar
Selamet, nomer panjenengan menang {PRIZE}
""")
PRIZE["feat"]["id"] += L("""
khusus warga ber-KTP kabupaten ini
pencairan tanpa antri di kantor desa
yang belum terdaftar DTKS tetap bisa
siapkan foto buku tabungan
dana ditransfer 1x24 jam setelah verifikasi
hadiah wajib diklaim dalam 3 hari
""")
PRIZE["cta"]["id"] += L("""
Daftarkan NIK anda di {U} sebelum ditutup
Hubungi admin pusat di {WA} untuk kode klaim
Ketik nama lengkap dan NIK kirim ke {WA}
Link pendaftaran resmi: {U}
""")
PRIZE["testi"]["id"] += L("""
Saya tidak percaya awalnya, tapi setelah isi data di {U} bantuan {AMT} masuk rekening
Ibu saya lansia, sudah dapat {B} setelah daftar online lewat {U}
""")
PRIZE["short"]["id"] += L("""
pendaftaran bansos online {U}
cek penerima BLT {U}
bantuan UMKM cair {U}
hadiah {PRIZE} hub {WA}
""")

INVEST["hook"]["id"] += L("""
Emas digital {B}, beli sekarang jual minggu depan untung {PCTD}
Gabung arisan online {B}, dapat giliran pertama bonus {WD}
Cuma modal 1 juta bisa dapat {WD} per bulan
Investasi ternak sapi online, bagi hasil 40% tiap panen
Kerja keras itu kuno, biar uang yang kerja untuk kamu
Copy trade dari mentor {N}, profit konsisten tiap hari
""")
INVEST["hook"]["en"] += L("""
Turn $100 into {USD} in one week with {B}
Crypto mining from your phone, daily payouts
Copy my trades and earn {PCTD} per day
""")
INVEST["feat"]["id"] += L("""
sistem bagi hasil setiap jam 12 siang
ada member yang sudah beli rumah dari profit
bonus sponsor 15% dan pairing 10%
kontrak 30 hari, modal kembali di akhir
""")
INVEST["cta"]["id"] += L("""
Slot terbatas, DM sekarang {WA}
Link grup Telegram ada di {U}
""")
INVEST["testi"]["id"] += L("""
Baru sebulan ikut copy trade {B}, saldo sudah naik jadi {WD}
Istri saya awalnya menolak, sekarang malah dia yang paling semangat setor ke {B}
""")
INVEST["testi"]["en"] += L("""
I was scammed by a fake broker until {EN} helped me recover everything, contact her on WhatsApp {WA}
My first withdrawal from {B} was {USD}, I'm still in shock
""")

HERBAL["hook"]["id"] += L("""
Minyak lintah asli {B} untuk pria dewasa
Perut buncit hilang dalam 10 hari dengan {B}
Obat gatal dan jamur kulit sembuh dalam 3 hari
Asam urat, rematik, pegal linu hilang dengan {B}
Pemutih wajah 7 hari glowing permanen
Cewek cantik siap menemani, area {KOTA}
Link video viral guru dan murid full no sensor
Obat diabetes herbal, berhenti suntik insulin
Vitamin penambah nafsu makan anak, berat badan naik cepat
Ramuan rahasia kuat semalaman ala raja Jawa
""")
HERBAL["hook"]["en"] += L("""
Watch the full viral video here
Burn belly fat while you sleep with {B}
""")
HERBAL["hook"]["jv"] += L("""
Jamu kuat tradisional {B}, wis kebukten
Weteng mblendung ilang 10 dina nganggo {B}
""")
HERBAL["feat"]["id"] += L("""
reaksi cepat 15 menit
aman untuk penderita darah tinggi
isi 30 kapsul
harga promo cuma 99rb
cocok untuk segala usia
bukan obat kimia
""")
HERBAL["testi"]["id"] += L("""
Dulu berat saya 90kg, sekarang 72kg setelah 1 bulan minum {B}
Mertua saya sudah sembuh dari stroke berkat {B}, tanpa ke rumah sakit
Istri saya bilang sekarang saya kayak pengantin baru lagi 😂 makasih {B}
""")
HERBAL["short"]["id"] += L("""
video full klik {U}
jamu kuat pria {WA}
obat diabetes herbal {WA}
cewek {KOTA} open BO {WA}
""")

DUKUN["hook"]["id"] += L("""
Ingin usaha laris manis? pakai penglaris dari {B}
Kembalikan pasangan yang pergi dengan doa khusus {B}
Menarik uang gaib dari alam lain, dana langsung masuk rekening
Pusaka keramat untuk kekayaan dan kewibawaan
Minyak pelet asli tanah Jawa, sekali oles langsung lengket
{B} bisa menerawang angka yang akan keluar
Gandakan uang anda secara gaib, 1 juta jadi 100 juta
Ilmu kebal dan kewibawaan untuk pejabat dan pengusaha
Jimat penarik rezeki dan pelindung dari santet
""")
DUKUN["hook"]["en"] += L("""
Do you want to be rich and famous? Contact {B}
I was heartbroken until {B} cast a love spell for me
""")
DUKUN["hook"]["jv"] += L("""
Penglaris dagangan saking {B}, dagangan laris manis
Jimat rejeki saking {B}, mesthi sugih
Pusaka warisan leluhur, kanggo kawibawan lan rejeki
""")
DUKUN["feat"]["id"] += L("""
mahar bisa dicicil
bisa dikirim ke seluruh Indonesia
hasil terlihat dalam 3 hari
sudah dibantu ribuan pasien dari Sabang sampai Merauke
""")
DUKUN["testi"]["id"] += L("""
Saya sudah 5 tahun main togel gak pernah tembus, setelah minta angka ke {B} langsung tembus 4D
Hutang saya 150 juta lunas lewat bantuan dana gaib {B}, dana masuk ke rekening {BANK}
Awalnya saya skeptis, tapi setelah ritual {B} usaha bakso saya ramai terus
""")
DUKUN["testi"]["jv"] += L("""
Utangku satus juta lunas soko pitulungane {B}
Angkane {B} tembus lur, aku ra ngapusi
""")
DUKUN["short"]["id"] += L("""
pesugihan putih hub {WA}
dana gaib tanpa tumbal {WA}
angka jitu 4D {WA}
""")

PAID["hook"]["id"] += L("""
Jasa pembuatan ijazah SMA dan S1, bisa dicek online
Jasa buat NPWP, SKCK, surat sehat kilat
Jasa naikkan rating toko online bintang 5
Jasa komentar positif dan subscriber aktif untuk channel anda
Jasa pembuatan akun Facebook lama dan iklan tanpa blokir
Jasa sadap HP jarak jauh, bisa lihat chat dan lokasi
Jasa pembobolan akun game dan email
Jasa artikel SEO 1000 kata cuma 25rb
Jasa guest post di media berita nasional
Jasa pembuatan STNK dan BPKB
""")
PAID["hook"]["en"] += L("""
Hire a professional hacker to recover your account
Get your website to the first page of Google in 30 days
Guest posts on high authority news sites
""")
PAID["feat"]["id"] += L("""
bisa kirim ke seluruh Indonesia
tanpa tes, tanpa antri
pembayaran bisa DP 50%
revisi sepuasnya
""")
PAID["testi"]["id"] += L("""
Alhamdulillah SIM saya jadi 1 hari pakai jasa {B}, gak perlu tes
Akun IG saya yang di-hack balik lagi berkat {B}
""")
PAID["short"]["id"] += L("""
jasa ijazah asli {WA}
jual akun ML sultan {WA}
jasa SEO halaman 1 {U}
jasa sadap WA {WA}
""")

JOB["hook"]["id"] += L("""
Dibutuhkan segera 50 orang admin sosial media, kerja dari rumah
Lowongan kerja paruh waktu, cukup kasih bintang 5 di aplikasi
Mau penghasilan tambahan 300rb per hari?
Lowongan packing barang di rumah, bayaran mingguan
Dicari reseller, tanpa stok barang, komisi besar
Butuh mahasiswa untuk kerja part time online
Kerja santai dari HP, cuma nonton video dapat uang
""")
JOB["hook"]["en"] += L("""
Looking for people who want to earn money online
Simple online tasks, paid every day
""")
JOB["feat"]["id"] += L("""
deposit tugas awal 100rb (akan dikembalikan)
cocok untuk mahasiswa dan pensiunan
kerja maksimal 2 jam per hari
""")
JOB["testi"]["id"] += L("""
Saya mahasiswa, sekarang bisa bayar kos sendiri dari tugas online {B}
Sudah 3 minggu gabung {B}, komisi cair tiap hari ke {EW}
""")
JOB["short"]["id"] += L("""
loker online gaji harian WA {WA}
kerja sambil rebahan {U}
dicari admin online {WA}
""")

PHISH["hook"]["id"] += L("""
Nomor anda terpilih update KTP digital (IKD), aktivasi sekarang
Akun BPJS Ketenagakerjaan anda bisa dicairkan, cek saldo JHT
Anda mendapat poin reward {B} yang akan hangus hari ini
Pembaruan sistem {B}, semua nasabah wajib login ulang
Pengiriman paket gagal, alamat tidak lengkap
Bukti transfer sudah saya kirim ya kak, cek file {APK}
Ada tagihan belum dibayar atas nama anda
Kendaraan anda terekam kamera ETLE melanggar lalu lintas
Surat panggilan sidang pengadilan, lihat detail {APK}
""")
PHISH["hook"]["en"] += L("""
Your reward points will expire today
Your account will be closed in 24 hours
""")
PHISH["feat"]["id"] += L("""
login menggunakan user ID dan password mobile banking anda
lengkapi data kartu ATM untuk validasi
""")
PHISH["testi"]["id"] += L("""
Saya baru cek poin reward {B} di {U}, lumayan bisa dituker saldo
""")
PHISH["short"]["id"] += L("""
cek poin reward {U}
aktivasi IKD {U}
lihat bukti tilang {APK}
""")

LINKDROP["drop"]["id"] += L("""
situs ini mantap {U}
lihat di {U}
buka {U} ya
lanjut di {U}
baca selengkapnya {U}
{U} ✅✅
rekomendasi {U}
yang nanya linknya {U}
semua info ada di {U}
""")
LINKDROP["drop"]["en"] += L("""
more info {U}
see {U}
best site {U}
good job {U}
""")


# ---- expansion: tucked -----------------------------------------------------
TUCKED["ham"]["id"] += L("""
Mohon jalan dari pertigaan pasar sampai balai desa segera dicor, kalau hujan licin sekali
Semoga guru honorer segera diangkat, kasihan sudah mengabdi belasan tahun
Harga cabai dan bawang naik lagi, semoga ada operasi pasar
Kegiatan car free day minggu lalu seru, semoga rutin diadakan
Alhamdulillah jembatan gantung sudah diperbaiki, anak-anak sekolah jadi aman
Tolong diperhatikan juga sampah di pinggir sungai, makin menumpuk
Semoga pembangunan stadion tidak mangkrak seperti yang dulu
Pemadaman listrik sering sekali akhir-akhir ini, mohon PLN ditegur
Selamat hari jadi kabupaten, semoga makin sejahtera warganya
Data penerima bansos tolong diperbarui, banyak yang mampu malah dapat
Air PDAM di perumahan kami sudah seminggu tidak mengalir
Bangga lihat UMKM kita ikut pameran sampai luar provinsi
Semoga petani tembakau juga diperhatikan harganya
Saya setuju kalau alun-alun ditata ulang, biar lebih rapi
Untuk pendaftaran sekolah zonasi kemarin masih banyak kendala
Terima kasih atas pelayanan cepat di RSUD kemarin, dokternya ramah
Lomba 17an tingkat kecamatan kemarin meriah sekali
Jalan tembus ke kabupaten sebelah kapan dibuka pak
Bagus ada pelatihan kerja gratis untuk pemuda, semoga diperbanyak
Harga gabah turun terus pas panen raya, kasihan petani
Wisata waduk sekarang makin ramai, tapi parkirnya semrawut
Mohon dipasang rambu di tikungan tajam dekat SD, sering kecelakaan
Semoga sertifikat tanah gratis juga sampai ke desa kami
Pelayanan Dukcapil sekarang cepat, KTP jadi sehari
Kapan ada pasar murah lagi min? ibu-ibu pada nanya
Kasihan pedagang kaki lima yang digusur, semoga direlokasi ke tempat layak
Semoga pengobatan gratis seperti ini bisa menjangkau desa terpencil
Wah akhirnya ada sinyal internet di dusun kami, terima kasih
Sukses untuk pelantikan kepala desa yang baru
Mohon perhatian untuk rumah tidak layak huni di RT kami
Sekolah rusak itu sudah dilaporkan sejak dua tahun lalu
Tanggul sungai perlu diperkuat sebelum musim hujan
Senang ada festival kuliner, produk lokal jadi dikenal
Semoga program makan bergizi di sekolah berjalan lancar
Gotong royong warga seperti ini patut dicontoh desa lain
""")
TUCKED["ham"]["jv"] += L("""
Dalan tekan pasar nganti balai desa mbok dicor, nek udan lunyu banget
Matur nuwun sampun dipun dandani kreteg e, bocah sekolah dadi aman
Rega lombok mundhak meneh, mugi-mugi wonten operasi pasar
Banyu PDAM neng omahku wis seminggu ora mili
Sampah neng pinggir kali saya akeh, mbok digatekke
Lomba pitulasan wingi rame tenan, seneng aku
Mugi-mugi guru honorer enggal diangkat, mesakke
Selamet ulang taun kabupaten, mugi-mugi tambah makmur
Sinyal neng dusunku saiki wis apik, matur nuwun
Data bansos mbok dianyari, akeh sing mampu malah oleh
""")
TUCKED["ham"]["en"] += L("""
The new bridge is a big help for the kids who walk to school.
Please fix the street lights near the market, it's very dark at night.
Happy anniversary to our regency, hope it keeps growing.
The festival last weekend was really well organised.
Water supply in our area has been off for a week now.
""")
TUCKED["ham_short"]["id"] += L("""
Semoga cepat terealisasi.
Mohon ditindaklanjuti pak.
Mantap, lanjutkan!
Kabar baik ini.
Setuju banget.
Warga menunggu realisasinya.
""")
TUCKED["ham_short"]["jv"] += L("""
Sae sanget.
Lanjutke pak.
Mugi enggal kelakon.
""")
TUCKED["conn"]["id"] += L("""
sekadar info buat yang butuh,
eh iya,
oh ya, sekalian
numpang lapak min,
maaf OOT,
maaf keluar topik,
info aja,
""")
TUCKED["conn"]["en"] += L("""
off topic but
sorry to hijack,
""")
TUCKED["testimony"]["id"] += L("""
Jalan kampung kami dulu juga rusak, akhirnya warga patungan, saya nyumbang paling banyak dari hasil {B} hehe
Sama seperti berita ini, dulu saya juga korban banjir, sekarang sudah bisa pindah rumah berkat rezeki dari {B}
Saya dulu juga ikut pelatihan kerja seperti ini tapi gak dapat kerjaan, akhirnya dapat penghasilan dari {B}
Bansos kadang telat, jadi saya cari tambahan sendiri di {B}, sekarang alhamdulillah lebih dari cukup
Saya pedagang pasar yang kena relokasi, sempat bangkrut, bangkit lagi karena modal dari {B}
Habis panen gagal saya hampir jual sawah, untung kenal {B}, sekarang malah beli sawah baru
""")
TUCKED_TAILS["gambling"]["id"] += L("""
kalau ada yang butuh modal, main {G} di {B}, lagi gampang pecah
yang lagi nunggu bansos cair, sambil main di {B} aja bosku
info slot gacor {B}, rtp {P} hari ini
ada yang udah coba {B}? barusan wd {WD}
sambil nunggu, cek {U}, lagi banyak bonus
""")
TUCKED_TAILS["gambling"]["en"] += L("""
btw {B} is paying out big today, check {U}
""")
TUCKED_TAILS["gambling"]["jv"] += L("""
sing nganggur dolanan {G} neng {B} lur, lagi gampang pecah
""")
TUCKED_TAILS["pinjol"]["id"] += L("""
bagi yang butuh modal usaha, pinjaman cair 5 menit tanpa jaminan {WA}
yang lagi kesulitan biaya sekolah, dana cair tanpa BI checking hub {WA}
""")
TUCKED_TAILS["investment_crypto"]["id"] += L("""
daripada uang diam di bank, ikut robot trading {B}, profit {PCTD} per hari
arisan online {B} masih ada slot, WA {WA}
""")
TUCKED_TAILS["job_scam"]["id"] += L("""
lowongan kerja online dibayar harian, cuma like video, daftar {U}
""")
TUCKED_TAILS["dukun_pesugihan"]["id"] += L("""
yang butuh penglaris dagangan atau pelet, hubungi {B} {WA}
""")
TUCKED_TAILS["herbal_adult"]["id"] += L("""
info obat asam urat dan diabetes herbal, sembuh total, WA {WA}
""")
TUCKED_TAILS["prize_bansos_scam"]["id"] += L("""
info pendaftaran BLT online bisa lewat {U}, cepat sebelum kuota habis
cek apakah nama kalian terdaftar penerima bantuan di {U}
""")

# ---- expansion round 2: more English / Javanese / testimonies ---------------
GAMBLING["story"]["en"] += L("""
Honestly I never believed in online slots. Last month I needed money for my daughter's school fees, so I tried {B} with just {D}. I played {G} around {JAM} and the scatters kept coming. I withdrew {WD} to my {BANK} account in under five minutes
I used to lose on every other site. Then a cousin sent me the link to {B} and the admin shared a pattern for {G}. First night: {WD}. Second night: another big win. No delays, no excuses, they just pay
""")
GAMBLING["story"]["id"] += L("""
Cerita sedikit ya, saya ibu rumah tangga, suami kerja di pabrik gajinya pas-pasan. Bulan kemarin iseng ikut teman daftar di {B}, depo {D} lewat {EW}. Main {G} sambil nunggu anak pulang sekolah, eh scatter keluar 4. Saldo langsung {WD}. Sekarang saya yang bantu bayar cicilan rumah
Dulu saya benci banget sama judi online, sampai kakak saya buktiin sendiri di {B}. Dia kasih tahu jam gacornya {JAM}, saya ikutin, depo {D}, dapat {WD} dalam satu malam. Sejak itu saya percaya asal situsnya benar
Saya sopir truk antar kota, sering nunggu bongkar muat berjam-jam. Daripada bengong saya main di {B}. Sudah 6 bulan, total wd sudah puluhan juta. Gak pernah sekalipun wd ditahan
""")
GAMBLING["story"]["jv"] += L("""
Aku iki mung buruh tani lur, bayaran sedina ora cukup. Wingi diajari ponakanku dolanan neng {B}, depo {D} liwat {EW}. Ora nyangka bengi kuwi scatter metu terus, saldo dadi {WD}. Saiki iso ndandani omah
""")
GAMBLING["casino"]["en"] += L("""
Play baccarat and roulette with live dealers at {B}, minimum bet {D}
Sic bo, dragon tiger and blackjack live 24/7 at {B}
""")
GAMBLING["sport"]["en"] += L("""
Tonight's big match: get boosted odds at {B}
Mix parlay from {D}, full payouts at {B}
""")
GAMBLING["togel_hook"]["en"] += L("""
Lottery results and 4D predictions every night at {B}
Lucky numbers for {PAS} tonight: {NUM4}, {NUM4}
""")
GAMBLING["chat"]["en"] += L("""
lol {B} again, third withdrawal today
is {B} still paying tonight? mine just did
whoever recommended {B} thank you 🙏
""")
GAMBLING["hook"]["en"] += L("""
Only at {B}: deposit {D}, win millions
Your lucky night starts at {B}
Free spins every day for all members at {B}
Play {G} at {B}, live RTP {P}
""")

PINJOL["hook"]["en"] += L("""
Loans for small businesses, approved today
Rejected by the bank? We approve 99% of applications
Borrow up to {AMT} with just your ID card
Emergency loans paid out within the hour
""")
PINJOL["testi"]["en"] += L("""
{N} helped me get {AMT} when no bank would, very fast and honest, WhatsApp {WA}
I needed money for hospital bills and {B} sent it within 15 minutes
""")
PINJOL["testi"]["jv"] += L("""
Aku wis kaping pindho utang neng {B}, mesthi cair kurang seka limolas menit
Matur nuwun {B}, modal dagang {AMT} cair sore kuwi uga
""")
PINJOL["hook"]["mix"] += L("""
Pinjaman online fast approval, limit up to {AMT}
""")

PRIZE["hook"]["en"] += L("""
Free electricity subsidy for 6 months, check your name
Final stage of {B} payments now open
You have an unclaimed reward waiting
""")
PRIZE["testi"]["en"] += L("""
My mother received {AMT} after registering at {U}, it really works
I didn't believe it but the {PRIZE} was delivered to my house
""")
PRIZE["testi"]["id"] += L("""
Barusan saya cek di {U}, nama saya ada di daftar penerima {B}, alhamdulillah
Kemarin {N} dari dinas sosial bantu saya daftar lewat WA {WA}, dana {AMT} sudah cair
Sudah saya buktikan, hadiah dari {SHOP} benar-benar dikirim. Hubungi {WA}
Tetangga sebelah rumah dapat {PRIZE}, katanya cuma isi data di {U}
""")
PRIZE["testi"]["jv"] += L("""
Simbokku wis oleh bantuan {AMT} sakwise daftar neng {U}
Tanggaku oleh {PRIZE}, jarene mung ngisi data neng {U}
""")

INVEST["hook"]["en"] += L("""
The smartest way to grow your money in 2026
Bitcoin is about to explode, get in now
Our AI bot has a 98% win rate
""")
INVEST["testi"]["en"] += L("""
I invested $500 with {B} and withdrew {USD} two weeks later
{EN} is the most honest account manager I have ever met, my profits come every Friday
After losing my job, {B} became my only income, {USD} a week
""")
INVEST["testi"]["jv"] += L("""
Aku melu {B} wis telung sasi, saben dina profit mlebu terus
""")
INVEST["hook"]["mix"] += L("""
Profit harian guaranteed, modal balik in 7 days
Crypto signal VIP, winrate 95%, join now
""")

HERBAL["hook"]["en"] += L("""
Doctors hate this simple herbal trick
Last longer in bed with {B}
Get rid of joint pain in 3 days
Beautiful local girls online now
""")
HERBAL["testi"]["en"] += L("""
My blood sugar went back to normal after two weeks of {B}
After one month of {B} my back pain is completely gone
""")
HERBAL["testi"]["jv"] += L("""
Asam uratku mari babar pisan sakwise ngombe {B}
Bobotku mudhun wolung kilo sakwise nganggo {B}
""")

DUKUN["hook"]["en"] += L("""
Real spiritual healer {B} can solve any problem
Money spell that works in 24 hours
Win the lottery with numbers from {B}
""")
DUKUN["testi"]["en"] += L("""
My business was failing until {B} performed a ritual for me, now customers come every day
I had been trying to win the lottery for years, {B} gave me the numbers and I finally won
""")
DUKUN["hook"]["id"] += L("""
Ritual penarikan pusaka dan penggandaan uang oleh {B}
Angka ritual togel {PAS} dari {B}, sekali pasang langsung tembus
Solusi masalah rumah tangga, jodoh, dan rezeki bersama {B}
""")

PAID["hook"]["en"] += L("""
Buy aged social media accounts in bulk
Increase your YouTube views and subscribers fast
Cheap SEO articles, 1000 words for $5
We will put your link on 500 news sites
""")
PAID["testi"]["en"] += L("""
{B} got me 20k followers in a week, highly recommended
Got my hacked account back within a day thanks to {B}
""")
PAID["testi"]["id"] += L("""
Ijazah dari {B} sudah saya pakai melamar kerja, aman
Toko online saya langsung rating 4.9 setelah pakai jasa {B}
""")

JOB["hook"]["en"] += L("""
Work from your phone and get paid daily
We are hiring online reviewers, no experience needed
Earn money by rating apps and products
""")
JOB["testi"]["en"] += L("""
I'm a student and I pay my own rent now thanks to {B}
Made {USD} last week just liking videos for {B}
""")
JOB["hook"]["jv"] += L("""
Kerjo neng omah wae lur, bayaran saben dina mlebu {EW}
Dibutuhke ibu-ibu kanggo kerjo online, cukup modal HP
""")
JOB["testi"]["jv"] += L("""
Aku ibu rumah tangga, saiki iso entuk {WD} saben minggu soko {B}
""")

PHISH["hook"]["en"] += L("""
Action required: confirm your identity
Your delivery is on hold, confirm your address
Security notice: your card has been temporarily blocked
""")
PHISH["testi"]["en"] += L("""
Just got a notice from {B} about a data update, I filled it in at {U}, you should do it too
""")

LINKDROP["drop"]["en"] += L("""
interesting {U}
read more {U}
details here {U}
similar story {U}
thanks for sharing {U}
""")
LINKDROP["drop"]["jv"] += L("""
info lengkap neng {U} lur
monggo mampir {U}
""")
LINKDROP["drop"]["mix"] += L("""
follow aku ya, link di bio
info update check {U}
""")

TUCKED["testimony"]["en"] += L("""
I used to wait months for aid like this, now I earn my own money at {B}
My family was in the same situation as in this article until I found {B}
""")
TUCKED["testimony"]["jv"] += L("""
Biyen aku yo nunggu bansos terus, saiki wis mandiri soko {B}
Dalan ngarep omahku tak cor dhewe soko asil {B} 😂
""")
TUCKED_TAILS["gambling"]["en"] += L("""
by the way if anyone needs extra cash, {B} has been paying well
""")
TUCKED["ham"]["en"] += L("""
Good to see the regent visiting the flood victims directly.
The health clinic in our village really needs another doctor.
Finally the road to the school is being repaired.
""")


# ==========================================================================
# ROUND 2 (about 250 more rows). Generated by main() AFTER round 1, with its
# own pools, so that adding it left the first 2,520 rows byte-identical.
# Aimed at what the first model missed: income testimonies naming a brand
# that does not look like gambling, koperasi-style pinjol testimonies,
# phishing without a link, Javanese and Sundanese-flavoured bansos scams,
# job offers with a WhatsApp number, investment testimonies.
# ==========================================================================
ROUND2_TARGET = collections.OrderedDict([
    ("tucked", 70),
    ("pinjol", 45),
    ("phishing", 60),
    ("prize_bansos_scam", 40),
    ("job_scam", 25),
    ("investment_crypto", 25),
])
# "su" = Sundanese-flavoured Indonesian; the corpus has no su label, such rows are labelled id
ROUND2_LANG_WEIGHTS = {
    "tucked": {"id": 55, "id-en": 10, "jv": 15, "en": 20},
    "pinjol": {"id": 58, "id-en": 8, "jv": 14, "en": 20},
    "phishing": {"id": 60, "id-en": 12, "jv": 8, "en": 20},
    "prize_bansos_scam": {"id": 22, "su": 26, "jv": 36, "en": 16},
    "job_scam": {"id": 55, "id-en": 10, "jv": 12, "en": 23},
    "investment_crypto": {"id": 45, "id-en": 20, "jv": 10, "en": 25},
}

# brand words that carry no gambling word (no slot, gacor, jackpot, toto, bet, bola)
PLAIN_WORDS = [w for w in BRAND_WORDS if w not in ("gacor", "jackpot", "bola", "menang", "untung", "cuan")]
PLAIN_MIDS = ["wd", "jp", "4d", "2d", "88", "win", "hoki", "vip", "id", "", "", ""]
PLAIN_SUFS = ["2d", "4d", "88", "77", "99", "138", "303", "777", "id", "21", "55", "123", "365", "asia", "wd", "jp"]


def brand_plain():
    """a brand like goldwd2d or Mawar88: nothing in the name says slot or gacor."""
    b = R.choice(PLAIN_WORDS) + R.choice(PLAIN_MIDS) + R.choice(PLAIN_SUFS)
    r = R.random()
    if r < 0.6:
        return b
    if r < 0.78:
        return b.upper()
    return b.capitalize()


KOPERASI_A = ["KSP", "KSP", "Koperasi", "Kopdit", "KSPPS", "Koperasi Simpan Pinjam", "Koperasi Syariah", "BMT"]
KOPERASI_B = ["Artha Guna", "Mitra Usaha Sejati", "Dana Sejahtera Bersama", "Bina Rakyat Mandiri", "Sumber Rejeki Abadi",
              "Tunas Artha", "Karya Makmur Jaya", "Mekar Dana", "Sido Rukun Makmur", "Lumbung Dana Desa",
              "Guyub Rukun Artha", "Sentosa Dana Abadi", "Makmur Berkah Utama", "Amanah Dana Mandiri", "Tani Makmur Sentosa"]


def brand_koperasi():
    return R.choice(KOPERASI_A) + " " + R.choice(KOPERASI_B) + R.choice(["", "", "", " 88", " Nusantara", " Online", " Indonesia"])


PROGRAMS_R2 = PROGRAMS + ["Bantuan Sembako Kabupaten", "Undian Gebyar HUT Kabupaten", "BLT Kesra Tahap 4",
                          "Bantuan Bedah Rumah", "Bantuan Modal Tani", "Santunan Lansia Tunggal"]
COMPANY_NAMES_R2 = ["PT Lumbung Karya Sukamaju", "CV Ngudi Rejeki Abadi", "PT Garmen Makmur Sentosa Jaya",
                    "Yayasan Penyalur Kerja Mitra Desa", "LPK Sakura Karya Mandiri", "PT Sinar Gudang Logistik Nusa",
                    "PT Tirta Kemas Abadi Sukamaju", "CV Berkah Catering Jaya"]
INVEST_NAMES_R2 = ["Ternak Berkah Nusantara", "Kebun Emas Digital", "Sawit Makmur Online", "Lumbung Tani Invest",
                   "Sapi Sejahtera Farm", "Emas Kita Syariah", "Titip Dana Barokah", "Kandang Rezeki Indonesia"]
LOOKALIKE_WORDS = ["samsat-pkb", "etle-tilang", "etle-korlantas", "pajak-kendaraan", "bpjs-reaktivasi", "jkn-aktivasi",
                   "dukcapil-pemadanan", "nik-verifikasi", "jnt-paket", "resi-kurir", "pln-token", "pbb-online",
                   "sukamajukab-go-id", "bapenda-sukamaju", "ikd-dukcapil", "samsat-sukamaju"]
PLATE_PRE = ["AD", "AA", "AB", "H", "K", "G", "R", "AE", "AG", "S"]

GEN.update({
    "LU": lambda: url_for(R.choice(LOOKALIKE_WORDS), "phishing"),
    "PLAT": lambda: f"{R.choice(PLATE_PRE)} {R.randint(1000, 9999)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(R.choice([1, 2, 2, 3])))}",
    "RP": lambda: R.choice(["Rp 150.000", "Rp 275.000", "Rp 98.500", "Rp 350 ribu", "Rp 1.250.000", "Rp 450.000",
                            "Rp 200rb", "Rp 125.000", "Rp 87.500"]),
})
GEN.update({
    # a believable "extra income" for a teacher or a driver, not a jackpot
    "WDM": lambda: R.choice(["Rp 850.000", "Rp 1.100.000", "Rp 1.750.000", "Rp 2.400.000", "Rp 3.200.000",
                             "1,2 juta", "2 jt", "3,5jt", "Rp 900 ribu", "1.5 juta"]),
    # bansos-sized amounts
    "BAM": lambda: R.choice(["Rp 600.000", "Rp 900.000", "Rp 1.200.000", "Rp 2.400.000", "Rp 3.000.000",
                             "Rp 3,5 juta", "Rp 1.800.000", "Rp 750.000"]),
    # a plausible monthly wage
    "GAJI": lambda: R.choice(["Rp 4,5 juta", "Rp 4.800.000", "Rp 5 jt", "Rp 6.200.000", "Rp 3.900.000",
                              "Rp 5.500.000", "Rp 7 juta"]),
})
GEN["APKP"] = lambda: R.choice(["Lihat_Foto_Paket.apk", "Foto-Paket-Kurir.apk", "Resi_JNT.apk"])
STICKY.update({"LU", "PLAT", "RP", "WDM", "BAM", "GAJI"})


class Msg2(Msg):
    """Msg with one more target, "su" (Sundanese-flavoured Indonesian, recorded as id)."""

    def pick(self, part, pools, force=None):
        lt = force or self.lang_target
        if lt == "su":
            d = pools[part]
            if d.get("su"):
                self.src.add("id")
                return self.fill(R.choice(d["su"]))
            lt = "id"
        return Msg.pick(self, part, pools, lt)


R2_TUCKED = {
    "ham": P(
        id="""
Setuju pak, honor guru PAUD memang harus dinaikkan.
Program ini bagus buat petani kecil seperti kami.
Semoga jalan ke pasar segera diaspal, ban motor saya sering bocor di situ.
Alhamdulillah posyandu di dusun kami aktif lagi.
Harga pupuk memang memberatkan, semoga subsidinya ditambah.
Pelatihan UMKM untuk ibu-ibu seperti ini harus sering diadakan.
Turut prihatin untuk korban banjir di berita ini.
Betul, gaji honorer tidak sebanding dengan beban kerjanya.
Semoga BLT tahap ini tepat sasaran.
Jadi ingat perjuangan orang tua saya dulu sebagai buruh tani.
Kasihan nelayan kalau cuaca buruk terus begini.
Sepakat, pasar tradisional harus dibenahi dulu sebelum bangun mal.
Salut untuk pedagang kecil yang tetap bertahan.
Semoga anak-anak di desa terpencil juga kebagian beasiswa.
Ojol di kabupaten ini memang makin sepi, tarif juga turun.
Harga gabah pas panen selalu jatuh, petani yang rugi.
Bagus ada pasar murah, ibu-ibu sangat terbantu.
Semoga guru ngaji dan kader posyandu juga dapat insentif.
Panen cabai tahun ini banyak yang gagal karena hujan terus.
Semangat untuk para pejuang nafkah di berita ini.
""",
        jv="""
Setuju pak, bayarane guru honorer pancen sithik.
Mesakke petani, rega gabah pas panen mesthi anjlok.
Mugi BLT tahap iki tepat sasaran.
Pasar tradisional mbok didandani sik.
Ojol saiki sepi tenan, penumpang angel.
Panen lombok taun iki akeh sing gagal.
""",
        en="""
Honorary teachers really are underpaid, good that this is being discussed.
Farmers always get the worst price at harvest time.
Hope this round of cash aid reaches the right people.
Ride-hailing drivers here are struggling, fares keep dropping.
Respect to the small traders in this story.
""",
    ),
    "testimony": P(
        id="""
Saya guru PAUD, honor cuma 350 ribu sebulan. Sejak kenal {B} tiap minggu ada tambahan, alhamdulillah bisa bantu biaya kuliah adik
Saya driver ojol, orderan sepi. Untung ada {B}, semalam bisa dapat {WDM}, lebih dari narik seminggu
Saya petani cabai, harga anjlok kemarin bikin rugi. Tertolong pemasukan dari {B}, sekarang bisa bayar buruh petik
Saya cuma ibu rumah tangga, tapi sekarang uang belanja gak pernah kurang berkat {B}. Suami sampai heran
Gaji honorer saya telat tiga bulan, yang bikin dapur tetap ngebul ya {B}. Sehari bisa {WDM}
Dulu saya buruh pabrik kena PHK, sekarang penghasilan dari {B} malah lebih besar dari gaji dulu
Alhamdulillah SPP anak lunas tepat waktu, tambahan dari {B} cair tiap hari ke {EW}
Sebagai penjual sayur keliling, tambahan dari {B} sangat membantu, hasilnya bisa buat kulakan
Pensiunan guru seperti saya masih bisa produktif, tiap sore buka {B}, lumayan buat beli obat
Saya nelayan, kalau cuaca buruk gak bisa melaut. Untung ada {B}, kemarin cair {WDM}
Jujur, motor ojol saya lunas dari {B}, bukan dari narik
Istri saya yang kenalkan {B}, sekarang cicilan rumah aman tiap bulan
Saya tukang bangunan, kerja gak tentu. Pas sepi proyek, {B} yang jadi penyelamat keluarga
Berkat {B} saya bisa beli pupuk non subsidi tanpa utang ke tengkulak
Saya satpam shift malam, sambil jaga buka {B}, sebulan tambahannya lebih dari gaji pokok
Awalnya diajak teman sesama guru honorer, sekarang kami berlima rutin dapat dari {B}
Saya kader posyandu, honornya kecil. Alhamdulillah ada pemasukan lain dari {B}, minggu lalu tembus {WDM}
Warung saya hampir tutup, bisa buka lagi karena modal dari {B}
Mahasiswa rantau kayak saya uang kosnya aman karena {B}, orang tua gak perlu kirim lagi
Peternak sapi perah susah kalau harga susu rendah, untung ada {B} buat tambahan
Bulan lalu saya bisa beli dua ekor kambing buat qurban dari hasil {B}
Dari {B} saya bisa renovasi dapur dan beli kulkas, padahal awalnya cuma iseng
Anak saya bisa ikut study tour karena ada uang dari {B}. Terima kasih {B}
Sopir angkot sekarang sepi penumpang, saya bertahan karena rezeki dari {B}, tiap malam cair
Tiap hari saya sisihkan {D} di {B}, pulang ngajar sudah jadi {WDM}
Sebulan terakhir tambahan dari {B} sudah {WDM}, honor mengajar kalah jauh
Suami kerja di luar kota, saya di rumah jaga anak sambil pegang {B}. Hasilnya bisa bayar listrik dan sekolah
Petani tembakau seperti saya dulu pasrah sama harga, sekarang gak lagi, ada {B}
Saya penjahit rumahan, orderan sepi. {B} bantu saya bayar cicilan mesin jahit
Guru ngaji di kampung honornya seikhlasnya, alhamdulillah Allah kasih jalan lewat {B}
""",
        jv="""
Aku guru ngaji, bayarane sithik. Alhamdulillah saiki ono tambahan soko {B} saben minggu
Aku tukang ojek pangkalan, sepi penumpang. Untunge ono {B}, bengi wingi cair {WDM}
Panenku gagal kena wereng, nanging pawon tetep kebul mergo {B}
Aku mung ibu rumah tangga, saiki duwe penghasilan dhewe soko {B}, bojoku nganti kaget
Sawahku ora sido digadekke mergo ono rejeki soko {B}
Bayaran perangkat desa telat terus, sing nylametke yo {B}
Bakul sayur koyo aku saiki iso kulakan luwih akeh, modale soko {B}
Anakku iso mlebu pondok, biayane soko {B}. Matur nuwun
""",
        en="""
I'm a part-time teacher on a tiny salary. {B} has been my weekly top-up for three months now
Ride-hailing orders dried up this year. What keeps my family going is {B}, paid out every night
As a housewife I never had my own income until a neighbour told me about {B}
Our chilli harvest failed, but {B} covered the workers' wages. Grateful
Retired teacher here. {B} pays for my medicine every month
I drive a minibus and passengers are scarce. {B} made up the difference, {WDM} last month
""",
        mix="""
Honestly gaji guru honorer gak cukup, tapi sejak join {B} weekly income aman
Driver ojol life is hard, tapi {B} literally jadi penyelamat, cair tiap malam
Housewife di desa juga bisa punya income sendiri, thanks to {B}
Jadi petani itu full of uncertainty, makanya saya punya side income dari {B}
""",
    ),
    "cta": P(
        id="""
Namanya {B}, cari aja di Google
Buat yang nanya namanya, {B}
Yang mau tahu caranya japri aja ya
Saya daftar lewat {U}
Tanya-tanya boleh ke {WA}
Pakai kode referal {CODE} biar dapat tambahan
""",
        jv="""
Jenenge {B}, goleki wae neng Google
Sing arep takon WA {WA}
""",
        en="""
It's called {B}, just search for it
DM me if you want to know how
""",
    ),
}

R2_PINJOL = {
    "hook": P(
        id="""
{B} membuka pinjaman anggota baru hari ini
Koperasi berbadan hukum, pinjaman {AMT} untuk warga desa
Pinjaman koperasi tanpa survei, cukup foto KTP
Dana talangan untuk petani dan pedagang pasar dari {B}
Pinjaman lunak khusus guru honorer dan perangkat desa
Pinjaman syariah tanpa riba, cair di hari yang sama
""",
        jv="""
Koperasi {B} bukak utangan kanggo warga desa, cair dino iki
Butuh modal tani? {B} nyilihi tanpa jaminan
""",
        en="""
{B}, a registered savings and loan cooperative, is accepting new members with loans up to {AMT}
""",
        mix="""
Koperasi {B} open pinjaman anggota baru, fast approval
""",
    ),
    "feat": P(
        id="""
simpanan pokok cukup {D}
angsuran harian, mingguan atau bulanan
tanpa agunan dan tanpa BI checking
biaya administrasi dipotong saat pencairan
bisa untuk PNS, honorer, petani, pedagang
terdaftar resmi dan berbadan hukum
tidak ada penagihan ke kontak HP
""",
        jv="""
ora nganggo jaminan
angsuran saben minggu
""",
        en="""
no collateral
same-day disbursement
membership fee deducted at disbursement
""",
    ),
    "cta": P(
        id="""
Pengajuan via WA admin {WA}
Ketik PINJAM kirim ke {WA}
Formulir anggota di {U}
Hubungi petugas lapangan {N} {WA}
""",
        jv="""
WA wae neng {WA}
""",
        en="""
WhatsApp {WA} to apply
""",
    ),
    "testi": P(
        id="""
Sudah tiga kali pinjam di {B}, pencairan tidak sampai 20 menit, cukup foto KTP
Alhamdulillah modal warung saya dari {B}, {AMT} cair sore itu juga tanpa survei
Saya petani, ditolak bank karena tidak punya sertifikat. Di {B} cukup KTP dan KK, dana {AMT} langsung masuk rekening {BANK}
Anggota baru {B} langsung dapat limit {AMT}, saya buktikan sendiri
Untuk biaya persalinan istri saya pinjam di {B}, prosesnya lewat WA saja, cair hari itu
Awalnya takut karena banyak pinjol ilegal, tapi {B} koperasi resmi, berbadan hukum, bunganya ringan
Pedagang pasar seperti saya sangat terbantu {B}, angsuran harian cuma {D}
Baru sekali ajukan di {B} langsung acc {AMT}, adminnya ramah. Hubungi {N} di {WA}
Ibu-ibu PKK di tempat saya banyak yang sudah pinjam di {B}, cair semua
Gaji honorer saya kecil tapi tetap di-acc {B}, plafon {AMT}
Tidak perlu datang ke kantor, {B} transfer langsung. Saya sudah lunas dan sekarang ajukan lagi
Buat bayar daftar ulang anak, pinjam {AMT} di {B}, cair kurang dari sejam
Saya pensiunan, bank menolak karena umur. {B} tetap acc tanpa agunan
""",
        jv="""
Aku wis ping telu utang neng {B}, cair ora nganti setengah jam, syarate mung KTP
Modal dagang soko {B} cair sore kuwi uga, ora disurvei
Wong tani koyo aku ditolak bank, neng {B} langsung acc {AMT}
""",
        en="""
Third loan from {B} and every time the money arrived in under half an hour. Only my ID card needed
The bank refused me because I'm a farmer with no land certificate. {B} approved {AMT} the same afternoon
{B} is a registered cooperative, not one of those apps. Approved within an hour, contact {WA}
""",
        mix="""
Pinjam di {B} prosesnya super fast, cair {AMT} tanpa survey
""",
    ),
    "short": P(
        id="""
pinjaman koperasi cair hari ini WA {WA}
{B} pinjaman anggota tanpa jaminan {WA}
pinjaman {AMT} cukup KTP hub {WA}
anggota baru {B} langsung dapat pinjaman, WA {WA}
""",
        jv="""
utangan koperasi cair dino iki WA {WA}
butuh dhuwit? {B} cair sak jam, WA {WA}
""",
        en="""
cooperative loans paid today, WhatsApp {WA}
""",
    ),
}

# phishing is built per scenario so that a tax notice never ends with a parcel link
R2_PHISH_SC = {
    "pajak": {
        "alert": P(
            id="""
Pajak kendaraan anda dengan nopol {PLAT} telah jatuh tempo dan dikenakan denda progresif
Yth. wajib pajak, PKB kendaraan {PLAT} belum dibayar, STNK akan diblokir
Pemberitahuan dari Samsat: ada tunggakan pajak 2 tahun atas nama anda
Tagihan PBB rumah anda tahun ini belum terbayar dan akan dikenakan sanksi administrasi
Yth. pemilik kendaraan, masa berlaku pajak {PLAT} berakhir hari ini, keterlambatan dikenai denda 25%
Tunggakan PKB anda {RP} harus dilunasi sebelum pukul 23.59 agar STNK tidak diblokir
""",
            jv="""
Pajek motor panjenengan {PLAT} sampun telat, enggal dibayar supados mboten kenging denda
""",
            en="""
Your vehicle tax for {PLAT} is overdue and a penalty now applies
""",
            mix="""
Reminder pajak kendaraan {PLAT} overdue, denda berjalan
""",
        ),
        "link": P(
            id="""
Cek rincian tagihan dan bayar di {LU}
Pembayaran online resmi melalui {LU}
""",
            en="""
Pay now at {LU}
""",
        ),
    },
    "etle": {
        "alert": P(
            id="""
Kendaraan {PLAT} tercatat melanggar lalu lintas oleh kamera ETLE pada {TGL}
Surat konfirmasi tilang elektronik atas kendaraan anda telah terbit
""",
            jv="""
Montor panjenengan {PLAT} kefoto kamera ETLE nglanggar lampu abang
""",
            en="""
Your vehicle {PLAT} was recorded by a traffic camera running a red light
""",
        ),
        "link": P(
            id="""
Lihat foto pelanggaran di {LU}
Unduh surat tilang Surat_Tilang_ETLE.apk
""",
            en="""
See the photo of the violation at {LU}
""",
        ),
    },
    "paket": {
        "alert": P(
            id="""
Paket anda dengan resi JX{NUM6} tertahan di gudang karena alamat tidak lengkap
Paket COD atas nama anda ditahan bea cukai, wajib bayar biaya pelepasan {RP}
Kurir gagal mengantar paket anda hari ini, paket akan dikembalikan ke pengirim
Kurir kami sudah 2x datang tapi rumah kosong, paket anda akan dimusnahkan besok
""",
            jv="""
Paket panjenengan ketahan neng gudang, alamate kurang jangkep
""",
            en="""
Your parcel is held at the depot due to an incomplete address
""",
            mix="""
Paket kamu on hold karena alamat incomplete
""",
        ),
        "link": P(
            id="""
Lacak paket dan perbarui alamat: {LU}
Lihat foto paket {APKP}
""",
            en="""
Confirm your address at {LU}
""",
            mix="""
Please confirm alamat di {LU}
""",
        ),
    },
    "bpjs": {
        "alert": P(
            id="""
Kepesertaan BPJS Kesehatan anda dinonaktifkan karena data tidak sinkron
Status BPJS anda non aktif, layanan di faskes akan dihentikan
Saldo JHT BPJS Ketenagakerjaan anda siap dicairkan tanpa ke kantor
Iuran BPJS anda menunggak 4 bulan, kartu akan diblokir permanen
""",
            jv="""
Kartu BPJS panjenengan sampun mboten aktif
""",
            en="""
Your national health insurance membership has been deactivated
""",
            mix="""
Your BPJS status sekarang non-aktif
""",
        ),
        "link": P(
            id="""
Aktifkan kembali kepesertaan di {LU}
""",
            en="""
Reactivate your membership at {LU}
""",
        ),
    },
    "nik": {
        "alert": P(
            id="""
Data KTP anda terdeteksi digunakan untuk pengajuan pinjaman di 3 aplikasi
NIK anda akan dinonaktifkan Dukcapil karena belum melakukan pemadanan data
KTP digital (IKD) anda belum aktif, layanan kependudukan akan ditunda
Data kependudukan anda tidak valid, bansos dan BPJS anda akan dihentikan
""",
            jv="""
NIK panjenengan badhe dipun nonaktifaken Dukcapil
""",
            en="""
Your ID number was used for loan applications in three apps
""",
        ),
        "link": P(
            id="""
Verifikasi NIK anda di {LU}
""",
            en="""
Verify your ID number at {LU}
""",
        ),
    },
    "otp": {
        "alert": P(
            id="""
Kode OTP anda {NUM6}. Petugas kami akan menghubungi untuk verifikasi, sebutkan kode tersebut kepada petugas
Maaf kak, tadi saya salah kirim kode verifikasi ke nomor kakak, tolong dikirim balik ya
Rekening {BANK} anda terdeteksi transaksi mencurigakan sebesar {WD}
Akun WhatsApp anda akan diverifikasi ulang, kami mengirim kode 6 digit ke nomor anda
Nasabah yth, kartu ATM {BANK} anda diblokir sementara karena salah PIN 3 kali
""",
            jv="""
Nyuwun sewu mbak, kode verifikasiku kekirim neng nomermu, tulung dikirim balik
""",
            en="""
We detected a login to your {BANK} account from a new device
""",
        ),
        "link": P(
            id="""
Amankan akun anda di {LU}
""",
            en="""
Secure your account at {LU}
""",
        ),
    },
}
R2_PHISH = {
    "ask": P(
        id="""
Segera lunasi secara online hari ini, kode yang masuk ke HP hanya boleh disebutkan ke petugas kami
Untuk aktivasi ulang, balas SMS ini dengan nama lengkap, NIK dan nama ibu kandung
Hubungi petugas kami di WA {WA} untuk penyelesaian
Transfer biaya administrasi {RP} ke rekening petugas, bukti kirim ke {WA}
Petugas akan menelepon anda hari ini, siapkan kartu ATM dan kode yang masuk ke HP
Balas YA untuk konfirmasi, lalu sebutkan kode 6 digit yang kami kirim
Konfirmasi ke call center {WA} paling lambat pukul 16.00 hari ini
Kirim foto KTP beserta swafoto ke nomor ini untuk validasi
Bayar lewat virtual account yang diberikan petugas kami, jangan ke loket
Balas pesan ini dengan nama lengkap dan NIK untuk membuka blokir
Sebutkan kode yang kami kirim kepada petugas saat dihubungi, jangan berikan kepada orang lain
Bayar melalui transfer ke nomor rekening petugas yang akan kami kirim
Telepon balik petugas kami di {WA} untuk verifikasi data
""",
        jv="""
Hubungi petugas neng WA {WA}
Bales SMS iki nganggo jeneng lan NIK panjenengan
Kode sing mlebu HP sebutke neng petugas kami wae
""",
        en="""
Reply with your full name, ID number and mother's maiden name
Call our officer on {WA} before 4 pm today
Do not share the code we sent with anyone except our officer
Pay the processing fee of {RP} to the officer's account
Reply with your full name and ID number to unblock
Tell our officer the code when they call you, and give it to no one else
""",
        mix="""
Hubungi officer kami di {WA} ASAP
""",
    ),
    "urgent": P(
        id="""
Batas waktu 1x24 jam
Jika tidak diproses hari ini data anda dihapus dari sistem
Pesan ini resmi, jangan hiraukan berita hoaks
Abaikan pesan ini maka layanan anda diblokir permanen
""",
        jv="""
Watese mung dino iki
""",
        en="""
This notice expires in 24 hours
Failure to respond will lead to permanent blocking
""",
    ),
}
R2_PHISH_WORDS = {
    "pajak": ["samsat-pkb", "pajak-kendaraan", "pbb-online", "bapenda-sukamaju", "samsat-sukamaju"],
    "etle": ["etle-tilang", "etle-korlantas", "tilang-online"],
    "paket": ["jnt-paket", "resi-kurir", "cek-resi", "paket-kurir"],
    "bpjs": ["bpjs-reaktivasi", "jkn-aktivasi", "bpjs-kesehatan-cek"],
    "nik": ["dukcapil-pemadanan", "nik-verifikasi", "ikd-dukcapil", "sukamajukab-go-id"],
    "otp": ["mbanking-aman", "akun-verifikasi", "secure-banking"],
}
R2_PHISH_SHORT = {
    "pajak": P(id="""
pajak kendaraan jatuh tempo, hub {WA}
""", en="""
overdue vehicle tax, pay at {LU}
"""),
    "etle": P(id="""
tilang ETLE anda {LU}
"""),
    "paket": P(id="""
paket tertahan, cek {LU}
"""),
    "bpjs": P(id="""
BPJS nonaktif, aktivasi {LU}
"""),
    "nik": P(id="""
NIK diblokir, hubungi {WA}
"""),
    "otp": P(id="""
akun diblokir, sebutkan kode OTP ke petugas {WA}
"""),
}


def compose_phish_r2(m):
    """one scenario per message: alert, then either a request (no link) or a look-alike link."""
    name = R.choice(sorted(R2_PHISH_SC))
    m.ctx["LU"] = url_for(R.choice(R2_PHISH_WORDS[name]), "phishing")
    if chance(0.08):
        return m.pick(name, R2_PHISH_SHORT)
    sc = R2_PHISH_SC[name]
    parts = [m.pick("alert", sc)]
    tail = m.pick("ask", R2_PHISH) if chance(0.65) else m.pick("link", sc)
    if chance(0.45):
        parts.append(m.pick("urgent", R2_PHISH))
    parts.append(tail)
    return join(parts, R.choice(SEPS))


R2_PRIZE = {
    "hook": P(
        id="""
Gebyar undian HUT Kabupaten: nomor anda terpilih sebagai pemenang {PRIZE}
Bantuan lansia dan disabilitas {BAM} tahap ini dibagikan lewat transfer
Penerima {B} yang belum mencairkan dana wajib konfirmasi hari ini
Selamat, desa anda terpilih program bedah rumah, kepala keluarga wajib daftar ulang
""",
        su="""
Wilujeng enjing, bapa ibu kapilih nampi bantosan {B} sebesar {BAM}
Punten, warga anu can kabagean BLT tiasa daptar online ayeuna keneh
Wilujeng! Nomer WA anjeun kapilih janten pamenang undian {PRIZE}
Bantosan modal usaha kanggo padagang sareng patani, teu kedah dipulangkeun
Info ti dinas sosial: pencairan {B} tahap ahir tos dibuka
Akang teteh, aya bantosan sembako gratis ti pamarentah kanggo 500 KK
Punten ngaganggu, abdi petugas pendamping ti dinas sosial, bapa ibu kalebet nampi {B}
Bantosan tunai {BAM} kanggo warga desa tos cair, mung kantun konfirmasi
""",
        jv="""
Sugeng enjing bapak ibu, panjenengan kapilih nampi {B} tahap papat sebesar {BAM}
Pengumuman kagem warga {DESA}: bantuan sembako lan dhuwit tunai saking pemerintah sampun saged dipundhut
Selamet nggih, nomer WA panjenengan menang undian {PRIZE} saking {SHOP}
Warga ingkang dereng angsal BLT saged ndaftar online dinten menika
Bantuan modal usaha kagem bakul pasar lan petani, mboten sah dibalekke
Nyuwun sewu ngganggu, kula petugas pendamping saking Dinas Sosial, panjenengan kalebet penerima {B}
""",
        en="""
Congratulations, your number was drawn in the regency anniversary lottery for {PRIZE}
Your household qualifies for {B}, worth {BAM}
""",
    ),
    "feat": P(
        id="""
dana langsung ditransfer ke rekening
tanpa antri di balai desa
kuota terbatas untuk 300 KK pertama
""",
        su="""
cekap KTP sareng KK
teu kedah ngantri di kantor desa
kuota terbatas, enggal-enggal
artos langsung ditransfer ka rekening
""",
        jv="""
dhuwit ditransfer langsung neng rekening
mboten sah antri neng balai desa
cekap KTP lan KK
kuota winates, sing cepet sing oleh
hadiah kudu dipundhut sakdurunge tanggal {TGL}
""",
        en="""
paid straight to your bank account
no need to queue at the village hall
""",
    ),
    "cta": P(
        id="""
Konfirmasi ke petugas pendamping di {WA}
Transfer biaya materai {RP} supaya dana bisa dicairkan
Daftar ulang lewat {U} sebelum kuota habis
""",
        su="""
Mangga hubungi petugas di WA {WA}
Kintunkeun poto KTP ka {WA}
Daptar di {U} samemeh ditutup
Transfer heula biaya administrasi {RP} ka petugas
""",
        jv="""
Enggal hubungi petugas neng WA {WA}
Kirimke foto KTP lan KK neng {WA}
Daftar liwat {U}
Transfer biaya materai {RP} riyin supados saged cair
""",
        en="""
Confirm with the field officer on {WA}
Pay the stamp duty of {RP} to release the funds
""",
    ),
    "close": P(
        id="""
Pesan ini resmi dari dinas terkait
""",
        su="""
Hatur nuhun, wilujeng
""",
        jv="""
Matur nuwun, mugi berkah
""",
        en="""
Thank you and congratulations
""",
    ),
    "testi": P(
        id="""
Ibu saya sudah terima {B} {BAM} setelah kirim data ke petugas di {WA}
""",
        su="""
Alhamdulillah ema abdi tos nampi bantosan {BAM} saatos daptar ka {WA}
Tatangga abdi meunang {PRIZE}, leres pisan lain hoax
""",
        jv="""
Simbokku wingi wis nampa bantuan {BAM} sakwise kirim KTP neng petugas {WA}
Tanggaku oleh {PRIZE} soko undian {SHOP}, tenan lur ora ngapusi
""",
        en="""
My mother received {BAM} after sending her details to the officer on {WA}
""",
    ),
    "short": P(
        id="""
bansos tahap 4 cair, konfirmasi {WA}
hadiah undian HUT kabupaten belum diklaim, hub {WA}
""",
        su="""
bantosan BLT cair, daptar {U}
punten, bansos sembako tos cair, hubungi {WA}
bantosan sembako tos tiasa dicandak, konfirmasi heula ka {WA}
wilujeng, anjeun kapilih nampi {BAM}, hubungi {WA}
BLT tahap 4 cair, kintunkeun KTP ka {WA}
""",
        jv="""
bansos cair dino iki, hubungi {WA}
bantuan {BAM} kanggo lansia, daftar {U}
sing durung oleh BLT ndang WA {WA}
BLT tahap papat cair, kirim KTP neng {WA}
""",
        en="""
aid payment ready to collect, call {WA}
""",
    ),
}

R2_JOB = {
    "hook": P(
        id="""
Lowongan kerja {B}: admin gudang, kasir, sopir, tanpa pengalaman
Dibutuhkan 30 karyawan pabrik garmen, mess dan makan ditanggung
Loker kapal pesiar dan luar negeri, berangkat bulan depan
Rekrutmen tenaga honorer kantor kecamatan jalur khusus
Lowongan satpam dan cleaning service rumah sakit, lulusan SMP bisa
""",
        jv="""
Lowongan kerjo neng pabrik, lulusan SD yo iso, mess gratis
Dibutuhke tenaga masak lan resik-resik kanggo {B}
""",
        en="""
Factory jobs for men and women, housing provided
Cruise ship vacancies with salaries in dollars
""",
        mix="""
Hiring urgent! {B} butuh staff gudang, no experience needed
""",
    ),
    "feat": P(
        id="""
gaji {GAJI} per bulan
biaya seragam dan medical {RP} dibayar di awal, dikembalikan setelah gajian
tanpa ijazah, tanpa tes
langsung kerja minggu depan
usia 18-45 tahun
kuota tinggal sedikit
""",
        jv="""
bayaran saben minggu
ora nganggo tes
""",
        en="""
processing fee {RP}, refunded after the first salary
start next week
""",
    ),
    "cta": P(
        id="""
Kirim CV dan foto KTP ke WA HRD {WA}
Daftar hubungi HRD {N} {WA}
Info lengkap chat {WA}, fast respon
Ketik NAMA#UMUR#DOMISILI kirim ke {WA}
""",
        jv="""
Sing minat WA {WA}
""",
        en="""
Apply on WhatsApp {WA}
""",
    ),
    "testi": P(
        id="""
Saya lulusan SMP, alhamdulillah langsung kerja lewat {B}, tinggal bayar seragam
Adik saya sudah berangkat kerja ke Jepang lewat {B}, tanpa tes bahasa
""",
        jv="""
Ponakanku wis mangkat kerjo liwat {B}, bayarane gedhe
""",
        en="""
My cousin got a factory job through {B} within a week, just call {WA}
""",
    ),
    "short": P(
        id="""
loker pabrik tanpa ijazah WA {WA}
dicari karyawan gudang gaji harian {WA}
lowongan sopir dan kenek, langsung kerja, WA {WA}
butuh 10 orang packing, mess gratis {WA}
""",
        jv="""
golek kerjo? pabrik butuh wong akeh, WA {WA}
""",
        en="""
warehouse jobs, start tomorrow, WhatsApp {WA}
""",
    ),
}

R2_INVEST = {
    "hook": P(
        id="""
Investasi ternak sapi online, bagi hasil {PCTD} per bulan dijamin
Titip dana usaha minimal 1 juta, profit tiap Jumat
Kebun sawit digital: beli pohon, panen tiap bulan
""",
        jv="""
Titip dhuwit neng {B}, bathi saben sasi
""",
        en="""
Own a share of a cattle farm and get paid every month
""",
        mix="""
Investasi sawah digital, monthly return stabil
""",
    ),
    "feat": P(
        id="""
modal kembali dalam 3 bulan
dikelola peternak berpengalaman
laporan kandang dikirim tiap minggu
""",
        en="""
capital back in three months
""",
    ),
    "cta": P(
        id="""
Mau ikut? WA {WA}
Gabung grup investor di {U}
Tanya mentor {N} di {WA}
""",
        jv="""
Sing arep melu WA {WA}
""",
        en="""
Message {WA} to join
""",
    ),
    "testi": P(
        id="""
Saya pensiunan guru, uang pensiun saya titipkan di {B}, tiap bulan bagi hasil {WD} masuk tanpa telat
Ikut investasi ternak sapi online di {B}, modal 5 juta, tiap bulan dapat bagi hasil 15%
Emas digital {B} naik terus, saya beli minggu lalu sekarang sudah untung {PCTD}
Sawah saya tidak cukup untuk hidup, sekarang ada penghasilan pasif dari {B}
Saya ojol, tiap malam cek dashboard {B}, bagi hasil harian masuk
Ibu-ibu pengajian saya ajak ikut {B}, semuanya sudah balik modal
Titip dana usaha di {B} 10 juta, tiap Jumat dapat 1,5 juta. Sudah berjalan 4 bulan
""",
        jv="""
Aku pensiunan, dhuwit pesangon tak lebokke {B}, saben sasi oleh bagi hasil
Ternak sapi online {B} bathine jelas, saben wulan mlebu
""",
        en="""
Retired teacher here, I put my pension savings in {B} and receive {USD} every month
Started with two million rupiah in {B}'s cattle programme, now getting 15% monthly
""",
        mix="""
Passive income dari {B} stabil banget, tiap minggu profit masuk rekening
""",
    ),
}

ROUND2_POOLS = {"pinjol": R2_PINJOL, "prize_bansos_scam": R2_PRIZE,
                "job_scam": R2_JOB, "investment_crypto": R2_INVEST}
ROUND2_STRUCTS = {
    "pinjol": {
        "testi": (50, [("testi", 1, (1, 1)), ("cta", 0.6, (1, 1))]),
        "promo": (35, [("hook", 1, (1, 1)), ("feat", 0.8, (1, 3)), ("cta", 1, (1, 1))]),
        "short": (15, [("short", 1, (1, 1))]),
    },
    "prize_bansos_scam": {
        "blast": (65, [("hook", 1, (1, 1)), ("feat", 0.7, (1, 2)), ("cta", 1, (1, 1)), ("close", 0.3, (1, 1))]),
        "testi": (25, [("testi", 1, (1, 1)), ("cta", 0.5, (1, 1))]),
        "short": (10, [("short", 1, (1, 1))]),
    },
    "job_scam": {
        "promo": (60, [("hook", 1, (1, 1)), ("feat", 0.9, (1, 3)), ("cta", 1, (1, 1))]),
        "testi": (25, [("testi", 1, (1, 1)), ("cta", 0.6, (1, 1))]),
        "short": (15, [("short", 1, (1, 1))]),
    },
    "investment_crypto": {
        "testi": (60, [("testi", 1, (1, 1)), ("cta", 0.6, (1, 1))]),
        "promo": (40, [("hook", 1, (1, 1)), ("feat", 0.6, (1, 2)), ("cta", 1, (1, 1))]),
    },
}
ROUND2_BRANDFN = {
    "tucked": brand_plain,
    "pinjol": lambda: brand_koperasi() if chance(0.75) else brand_from(PINJOL_A, PINJOL_B, " "),
    "prize_bansos_scam": lambda: R.choice(PROGRAMS_R2),
    "phishing": lambda: R.choice(INSTITUTIONS),
    "job_scam": lambda: R.choice(COMPANY_NAMES_R2),
    "investment_crypto": lambda: R.choice(INVEST_NAMES_R2),
}


def compose_tucked_r2(m):
    """an income testimony naming a brand with no gambling word in it, often after an on-topic line."""
    parts = []
    if chance(0.6):
        parts.append(m.pick("ham", R2_TUCKED))
    parts.append(m.pick("testimony", R2_TUCKED))
    if chance(0.4):
        parts.append(m.pick("cta", R2_TUCKED))
    return join(parts, R.choice([" ", ". ", "\n", "\n\n", " "]))


def compose_r2(m):
    if m.family == "tucked":
        return compose_tucked_r2(m)
    if m.family == "phishing":
        return casing(compose_phish_r2(m), 0.04, 0.12)
    t = compose_generic(m, ROUND2_POOLS[m.family], ROUND2_STRUCTS[m.family])
    return casing(t, 0.04, 0.12)


if __name__ == "__main__":
    main()
