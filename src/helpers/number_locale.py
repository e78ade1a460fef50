"""Digit grouping and decimal marks by language: '40.000' is forty thousand in Spanish or German, '3,5' three and a half.

The number grammar (`helpers.numbers`) reads English conventions (comma groups thousands, point marks decimals).
`english_separators(text, lang)` rewrites the separators of a decimal-comma language into English ones without
changing the text's length, so every offset the grammar returns still points into the original text. The table
of conventions is data: a language is added by a row.
"""
from __future__ import annotations

import re

import pandas as pd

# language (ISO 639-1) -> (thousands separator, decimal mark); English and languages written like it need no row
SEPARATORS = {
    "es": (".", ","), "de": (".", ","), "it": (".", ","), "pt": (".", ","), "nl": (".", ","), "da": (".", ","),
    "tr": (".", ","), "id": (".", ","), "ro": (".", ","), "el": (".", ","), "sr": (".", ","), "hr": (".", ","),
    "sl": (".", ","), "fr": (" ", ","), "ru": (" ", ","), "uk": (" ", ","), "pl": (" ", ","), "cs": (" ", ","),
    "sk": (" ", ","), "fi": (" ", ","), "sv": (" ", ","), "no": (" ", ","), "nb": (" ", ","), "hu": (" ", ","),
    "bg": (" ", ","),
}
_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?(?![\w]|[.,]\d)|(?<![\w.,])\d+,\d+(?![\w]|[.,]\d)")


def uses_decimal_comma(lang: str | None) -> bool:
    """True when `lang` writes a comma as its decimal mark (see SEPARATORS)."""
    return lang in SEPARATORS


_SPACES = re.compile(r"[ \u00a0\u202f]")


def _swap(number: str, thousands: str) -> str:
    """One number of a decimal-comma language written the English way, same length ('' when it is not ours)."""
    if thousands == ".":
        if _SPACES.search(number):
            return number
        return number.replace(".", "\0").replace(",", ".").replace("\0", ",")
    if "." in number:
        return number  # a point in a space-grouping language is not one of its separators: left as written
    return _SPACES.sub(",", number.replace(",", "."))


def english_separators(text: str, lang: str | None) -> str:
    """`text` with the numbers of a decimal-comma language written the English way, same length ('40.000' ->
    '40,000', '3,5' -> '3.5', '1.234,5' -> '1,234.5', French '40 000' -> '40,000'); text in any other language is
    returned unchanged."""
    if not uses_decimal_comma(lang):
        return text
    thousands = SEPARATORS[lang][0]
    return _NUMBER.sub(lambda m: _swap(m.group(), thousands), text)


def extract_numbers_in(text: str, lang: str | None = "en", units: dict[str, str] | None = None) -> pd.DataFrame:
    """`helpers.numbers.extract_numbers` for text in language `lang`: separators read as that language writes
    them; `text` and offsets refer to the original text."""
    from .numbers import extract_numbers

    found = extract_numbers(english_separators(text, lang), units)
    if len(found):
        found["text"] = [text[a:b] for a, b in zip(found["start"], found["end"])]
    return found
