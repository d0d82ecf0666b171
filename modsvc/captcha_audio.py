"""The spoken captcha: each character's Indonesian name, varied afresh for every challenge.

A clip is built from our own voice library (``captcha_voices/voices.npz``, made by
``captcha_voices/build.py``): for each character a random voice and take, stretched by a
random, slowly wavering factor, through a random filter that also scrambles its phase, with a
little random room echo, laid over babble made of other takes and broadband noise.

Why each step: an attacker holds this library too. The stock ``captcha`` audio was read by
matching its few recordings, at each of its 31 speeds, against the clip; here no copy of a
take, at any single speed, lines up with what is heard. The wavering stretch drifts out of
step with any fixed speed, the scrambled phase leaves the ear the same spectrum but the
waveform a different shape, and the babble offers the matcher other takes to find instead.
A person hears a voice speaking five names, each clearly louder than the noise behind it
(``SNR_DB``), with pauses between them. tests/portal/test_audio_captcha.py holds the attack.
"""

from __future__ import annotations

import io
import os
import wave
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

LIBRARY = Path(__file__).with_name("captcha_voices") / "voices.npz"
# Speech over noise (babble plus hiss) within each character, in dB: a person follows speech
# at these levels, while the babble still puts other takes in a matcher's way.
SNR_DB = (7.0, 10.0)
STRETCH = (0.85, 1.18)  # each character's length (and, inversely, its pitch) factor
WAVER = (0.015, 0.035)  # depth of the slow swing of that factor within a character
WAVER_SECONDS = (0.12, 0.3)  # the swing's period
GAP_SECONDS = (0.3, 0.6)  # pause between characters (the noise goes on)
EDGE_SECONDS = (0.35, 0.6)  # noise before the first and after the last character
MAX_SECONDS = 7.0  # pauses shrink when long names would make the clip longer...
MIN_GAP_SECONDS = 0.25  # ...but never below this
# Scrambled phase: the filter's group delay wanders by about this many milliseconds across
# frequency (a new value every KNOT_HZ), less than a small room's early reflections smear.
DISPERSION_MS = (1.5, 3.0)
KNOT_HZ = 100.0
REVERB_SECONDS = (0.12, 0.3)  # decay to -60 dB of the light room echo
REVERB_DB = (-18.0, -11.0)  # its level against the direct sound
HISS_DB = (-9.0, -5.0)  # broadband noise against the babble
PEAK = 0.89  # of full scale, for the finished clip


@dataclass(frozen=True)
class VoiceLibrary:
    """Every recorded take, by character, as float32 samples at ``rate``."""

    rate: int
    takes: dict[str, list[np.ndarray]]

    @classmethod
    def load(cls, path: Path = LIBRARY) -> VoiceLibrary:
        """Read and decode a library written by ``captcha_voices/build.py``."""
        with np.load(path, allow_pickle=False) as data:
            codes = data["samples"].astype(np.float32) / 127
            mu = float(data["mu"])
            samples = np.sign(codes) * np.expm1(np.abs(codes) * np.log1p(mu)) / mu
            starts, symbols, rate = data["starts"], data["symbols"], int(data["rate"])
        takes: dict[str, list[np.ndarray]] = {}
        for n, symbol in enumerate(symbols):
            takes.setdefault(str(symbol), []).append(samples[starts[n] : starts[n + 1]])
        return cls(rate=rate, takes=takes)

    @property
    def all_takes(self) -> list[np.ndarray]:
        """Every take of every character: the babble's source."""
        return [take for takes in self.takes.values() for take in takes]


@cache
def default_library() -> VoiceLibrary:
    """The packaged library, decoded once per process (about 0.1 s of CPU, 10 MB)."""
    return VoiceLibrary.load()


@dataclass(frozen=True)
class Rendering:
    """A challenge's clip before mixing, kept apart so tests can measure what people hear."""

    rate: int
    speech: np.ndarray
    noise: np.ndarray
    # Where each character's direct sound starts and ends (its echo runs on into the pause).
    spans: list[tuple[int, int]]

    def snr_db(self) -> list[float]:
        """Speech over noise within each character's span, in dB."""
        return [
            10 * float(np.log10(np.sum(self.speech[a:b] ** 2) / np.sum(self.noise[a:b] ** 2)))
            for a, b in self.spans
        ]

    def wav(self) -> bytes:
        """The mix as a 16-bit mono WAV."""
        mix = self.speech + self.noise
        mix *= PEAK / np.abs(mix).max()
        out = io.BytesIO()
        with wave.open(out, "wb") as clip:
            clip.setnchannels(1)
            clip.setsampwidth(2)
            clip.setframerate(self.rate)
            clip.writeframes(np.round(mix * 32767).astype("<i2").tobytes())
        return out.getvalue()


def new_rng() -> np.random.Generator:
    """Fresh randomness from the OS: never derived from the answer or the challenge id."""
    return np.random.default_rng(int.from_bytes(os.urandom(32), "big"))


class SpokenCaptcha:
    """Speaks answers drawn from the library's characters, each time differently."""

    def __init__(self, library: VoiceLibrary | None = None) -> None:
        self.library = library if library is not None else default_library()

    def generate(self, answer: str) -> bytes:
        """A WAV of ``answer`` spoken in Indonesian over noise."""
        return self.render(answer).wav()

    def render(self, answer: str, rng: np.random.Generator | None = None) -> Rendering:
        """Speech and noise of ``answer``, unmixed; ``rng`` is for tests only."""
        rng = rng if rng is not None else new_rng()
        rate = self.library.rate
        room = _room(rng, rate)
        voices = [self._voice(self.library.takes[char], rng, rate) for char in answer.upper()]
        # Gaps are counted from the end of one name to the start of the next; the echo of a
        # name fades out within the gap after it.
        gaps = rng.uniform(*GAP_SECONDS, len(voices) + 1) * rate
        gaps[[0, -1]] = rng.uniform(*EDGE_SECONDS, 2) * rate
        spare = MAX_SECONDS * rate - sum(len(v) for v in voices)
        if gaps.sum() > spare:
            gaps = np.maximum(gaps * max(spare, 0.0) / gaps.sum(), MIN_GAP_SECONDS * rate)
        starts = (np.cumsum(gaps[:-1]) + np.cumsum([0, *(len(v) for v in voices[:-1])]))
        starts = starts.astype(int)
        length = int(starts[-1] + len(voices[-1]) + max(gaps[-1], len(room)))
        noise = self._noise(rng, rate, length)
        speech = np.zeros(length)
        spans = []
        for start, voice in zip(starts, voices, strict=True):
            end = start + len(voice)
            # Scaled against the noise it is heard over, so every name gets a fair SNR.
            heard = _convolve(voice, room)
            wanted = np.sum(noise[start:end] ** 2) * 10 ** (rng.uniform(*SNR_DB) / 10)
            speech[start : start + len(heard)] += heard * np.sqrt(
                wanted / np.sum(heard[: end - start] ** 2)
            )
            spans.append((int(start), int(end)))
        return Rendering(rate=rate, speech=speech, noise=noise, spans=spans)

    def _voice(self, takes: list[np.ndarray], rng: np.random.Generator, rate: int) -> np.ndarray:
        """One character: a random take, stretched with a waver, through a random filter."""
        take = takes[rng.integers(len(takes))]
        return _filter(_stretch(take, rng, rate, waver=True), rng, rate)

    def _noise(self, rng: np.random.Generator, rate: int, length: int) -> np.ndarray:
        """Two streams of quieter takes back to back, plus hiss, over the whole clip."""
        pool = self.library.all_takes
        babble = np.zeros(length)
        for _ in range(2):
            at = -int(rng.uniform(0, 0.4) * rate)
            while at < length:
                take = _stretch(pool[rng.integers(len(pool))], rng, rate, waver=False)
                take *= 10 ** (rng.uniform(-4.0, 0.0) / 20)
                a, b = max(at, 0), min(at + len(take), length)
                if a < b:
                    babble[a:b] += take[a - at : b - at]
                at += len(take) + int(rng.uniform(0.0, 0.12) * rate)
        babble = _filter(babble, rng, rate)
        hiss = _filter(rng.standard_normal(length), rng, rate, dispersion=False)
        hiss *= np.sqrt(np.mean(babble**2) / np.mean(hiss**2)) * 10 ** (rng.uniform(*HISS_DB) / 20)
        return babble + hiss


def _stretch(take: np.ndarray, rng: np.random.Generator, rate: int, *, waver: bool) -> np.ndarray:
    """Resample by a random factor that, with ``waver``, swings slowly as the take goes on."""
    factor = np.exp(rng.uniform(*np.log(STRETCH)))
    length = int(len(take) * factor)
    step = np.full(length, 1 / factor)
    if waver:
        period = rng.uniform(*WAVER_SECONDS) * rate
        phase = rng.uniform(0, 2 * np.pi)
        step *= 1 + rng.uniform(*WAVER) * np.sin(2 * np.pi * np.arange(length) / period + phase)
    where = np.cumsum(step) - step[0]
    return np.interp(where, np.arange(len(take)), take, right=0.0)


def _room(rng: np.random.Generator, rate: int) -> np.ndarray:
    """A light echo: decaying noise after the direct sound, one room per challenge."""
    decay = rng.uniform(*REVERB_SECONDS)
    t = np.arange(int(decay * rate)) / rate
    tail = rng.standard_normal(len(t)) * 10 ** (-3 * t / decay)
    tail *= 10 ** (rng.uniform(*REVERB_DB) / 20) / np.sqrt(np.sum(tail**2))
    tail[0] = 1.0
    return tail


def _filter(
    signal: np.ndarray, rng: np.random.Generator, rate: int, *, dispersion: bool = True
) -> np.ndarray:
    """A random gentle EQ and, with ``dispersion``, a random phase: one FFT, same length."""
    pad = int(0.03 * rate) if dispersion else 0
    size = _fft_size(len(signal) + 2 * pad)
    freqs = np.fft.rfftfreq(size, 1 / rate)
    response = _eq(rng, freqs).astype(complex)
    if dispersion:
        # Group delay as a smooth random curve over frequency (knots every KNOT_HZ); the phase
        # is its integral, from a random start so that low notes turn too. The constant
        # ``pad`` of delay keeps the result causal.
        knots = np.arange(0, rate / 2 + 2 * KNOT_HZ, KNOT_HZ)
        spread = rng.uniform(*DISPERSION_MS) / 1000
        delay = np.interp(freqs, knots, rng.standard_normal(len(knots)) * spread)
        delay = np.clip(delay, -0.8 * pad / rate, 0.8 * pad / rate) + pad / rate
        phase = rng.uniform(0, 2 * np.pi) + 2 * np.pi * np.cumsum(delay) * (freqs[1] - freqs[0])
        response *= np.exp(-1j * phase)
    out = np.fft.irfft(np.fft.rfft(signal, size) * response, size)
    return out[pad : pad + len(signal)]


def _convolve(signal: np.ndarray, response: np.ndarray) -> np.ndarray:
    """``signal`` through ``response``, the full length (longer by the response's tail)."""
    length = len(signal) + len(response) - 1
    size = _fft_size(length)
    return np.fft.irfft(np.fft.rfft(signal, size) * np.fft.rfft(response, size), size)[:length]


def _eq(rng: np.random.Generator, freqs: np.ndarray) -> np.ndarray:
    """Gain per frequency: a random tilt of +-5 dB at five points, a random high-pass below
    80-250 Hz and a random low-pass above 3-5 kHz, all gentle (second order)."""
    points = np.geomspace(150.0, 4500.0, 5)
    level = np.interp(np.log(np.maximum(freqs, 1.0)), np.log(points), rng.uniform(-5, 5, 5))
    low, high = rng.uniform(80.0, 250.0), rng.uniform(3000.0, 5000.0)
    highpass = (freqs / low) ** 2 / np.sqrt(1 + (freqs / low) ** 4)
    lowpass = 1 / np.sqrt(1 + (freqs / high) ** 4)
    return 10 ** (level / 20) * highpass * lowpass


def _fft_size(n: int) -> int:
    """The power of two at or above ``n``."""
    return 1 << (n - 1).bit_length()
