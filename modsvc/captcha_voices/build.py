"""Build ``voices.npz``, the spoken-captcha voice library, with espeak-ng.

Run by hand after changing the voices, the names or the takes (never at service start; the
service only reads the committed ``voices.npz`` and needs no espeak-ng)::

    apt-get install -y espeak-ng     # 1.51 made the committed file
    .venv/bin/python -m modsvc.captcha_voices.build

Every character of the captcha alphabet is spoken by its Indonesian name, by each voice in
``VOICES``, in ``TAKES`` takes that differ in pitch and speed. The names are given to espeak-ng
as phonemes, not text, so that "empat" and "enam" get their schwa and the letter names their
Indonesian vowels. Each take is trimmed to its speech, scaled to a full-scale peak and stored
mono at ``RATE`` Hz as 8-bit mu-law (telephone quality, under the noise the captcha adds
anyway, and half the size of 16-bit: zip barely shrinks speech), all takes end to end in one
array.

The output is deterministic: the takes' pitches and speeds come from a fixed seed, espeak-ng
renders the same input the same way, and the zip entries carry a fixed date.
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
import wave
import zipfile
from pathlib import Path

import numpy as np
from scipy.signal import resample_poly

from modsvc.captcha import ALPHABET

OUTPUT = Path(__file__).with_name("voices.npz")
RATE = 11025
ESPEAK_RATE = 22050
SEED = 20260214
TAKES = 2
# The Indonesian voice and its stock variants: seven men's, four women's voices.
VOICES = ("id", *(f"id+m{n}" for n in range(1, 8)), *(f"id+f{n}" for n in range(1, 5)))
# espeak-ng phonemes of each character's Indonesian name; ' marks the stressed syllable.
NAMES = {
    "A": "'a", "C": "tS'e", "E": "'e", "F": "'Ef", "G": "g'e", "H": "h'a", "J": "dZ'e",
    "K": "k'a", "M": "'Em", "N": "'En", "P": "p'e", "R": "'ER", "T": "t'e", "W": "w'e",
    "X": "'Eks", "Y": "j'e", "3": "t'iga", "4": "'@mpat", "6": "@n'am", "7": "t'udZuh",
    "9": "s@mb'ilan",
}
PITCHES = (32, 68)  # espeak-ng -p range (0-99, default 50)
SPEEDS = (120, 155)  # espeak-ng -s range, words per minute (default 175)
MU = 255.0  # mu-law companding, as in G.711; the generator decodes with the same constant
FRAME = RATE // 100  # 10 ms


def speak(voice: str, phonemes: str, pitch: int, speed: int) -> np.ndarray:
    """One take from espeak-ng, as float samples at ``RATE``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "take.wav"
        subprocess.run(
            ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(speed), "-w", str(path),
             f"[[{phonemes}]]"],
            check=True,
        )
        with wave.open(str(path)) as clip:
            if clip.getframerate() != ESPEAK_RATE or clip.getsampwidth() != 2:
                raise RuntimeError(f"unexpected espeak-ng output format in {voice}")
            raw = np.frombuffer(clip.readframes(clip.getnframes()), dtype="<i2")
    return np.asarray(resample_poly(raw / 32768.0, RATE, ESPEAK_RATE), dtype=np.float64)


def trim(samples: np.ndarray) -> np.ndarray:
    """The take without the silence espeak-ng leaves around it (40 dB below its peak)."""
    frames = len(samples) // FRAME
    rms = np.sqrt(np.mean(samples[: frames * FRAME].reshape(frames, FRAME) ** 2, axis=1))
    loud = np.flatnonzero(rms > rms.max() * 0.01)
    start, end = max(loud[0] - 1, 0) * FRAME, min(loud[-1] + 2, frames) * FRAME
    edge = np.ones(end - start)
    fade = np.linspace(0.0, 1.0, FRAME)
    edge[:FRAME], edge[-FRAME:] = fade, fade[::-1]
    return samples[start:end] * edge


def mu_law(samples: np.ndarray) -> np.ndarray:
    """Samples in [-1, 1] as 8-bit mu-law codes (signed, -127..127)."""
    codes = np.sign(samples) * np.log1p(MU * np.abs(samples)) / np.log1p(MU)
    return np.round(codes * 127).astype(np.int8)


def build() -> dict[str, np.ndarray]:
    """Every take of every character, as the arrays ``voices.npz`` holds."""
    choose = random.Random(SEED)
    takes: list[np.ndarray] = []
    symbols: list[str] = []
    voices: list[str] = []
    for char in ALPHABET:
        for voice in VOICES:
            for _ in range(TAKES):
                pitch, speed = choose.randint(*PITCHES), choose.randint(*SPEEDS)
                take = trim(speak(voice, NAMES[char], pitch, speed))
                takes.append(mu_law(take / np.abs(take).max()))
                symbols.append(char)
                voices.append(voice)
    lengths = np.array([len(t) for t in takes], dtype=np.int64)
    return {
        "samples": np.concatenate(takes),
        "starts": np.concatenate([[0], np.cumsum(lengths)]).astype("<i8"),
        "symbols": np.array(symbols, dtype="<U1"),
        "voices": np.array(voices, dtype="<U8"),
        "rate": np.array(RATE, dtype="<i8"),
        "mu": np.array(MU),
    }


def write_npz(arrays: dict[str, np.ndarray], path: Path) -> None:
    """Like ``np.savez_compressed``, but byte-for-byte reproducible (fixed zip dates)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as npz:
        for name, array in arrays.items():
            buffer = io.BytesIO()
            np.lib.format.write_array(buffer, array, allow_pickle=False)
            entry = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            entry.compress_type = zipfile.ZIP_DEFLATED
            npz.writestr(entry, buffer.getvalue())


def main() -> None:
    arrays = build()
    write_npz(arrays, OUTPUT)
    seconds = len(arrays["samples"]) / RATE
    print(f"{OUTPUT}: {len(arrays['symbols'])} takes, {seconds:.0f} s of speech, "
          f"{OUTPUT.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
