"""Every string a moderator sees exists in Indonesian, and the compiled catalogue is current."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "modsvc" / "translations" / "id" / "LC_MESSAGES"
METHODS = [("modsvc/**.py", "python"), ("modsvc/templates/**.html", "jinja2")]


def _po() -> dict[str, str]:
    with (CATALOG / "messages.po").open("rb") as handle:
        return {m.id: m.string for m in read_po(handle) if m.id}


def test_every_string_in_the_code_has_an_indonesian_translation() -> None:
    found = extract_from_dir(
        str(ROOT), METHODS, keywords={"_": None, "gettext": None, "_l": None}
    )
    used = {message for _, _, message, _, _ in found if isinstance(message, str)}
    translations = _po()

    assert used, "extraction found the UI strings"
    assert sorted(used - set(translations)) == [], "run `make translations`"
    assert sorted(m for m in used if not translations.get(m)) == []


def test_the_compiled_catalogue_matches_the_po_file() -> None:
    with (CATALOG / "messages.mo").open("rb") as handle:
        compiled = {m.id: m.string for m in read_mo(BytesIO(handle.read())) if m.id}

    assert compiled == _po()
