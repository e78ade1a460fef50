"""Render extracted values as people write them: 1.2 million, 16:30, -4 °C, $3.1 billion, 5%, 16 hours 30 minutes.

`format_value(value, unit, kind)` renders one value in the units of `helpers.numbers` (durations in hours,
clock times HHMM, dates YYYYMMDD, money by ISO code); `format_mention(low, high, unit, hedge, kind, direction)`
adds the hedge, range or direction. Tables and chart axes use these, never 1.2e+06 or 16.5 hours.
"""
from __future__ import annotations

import math

CURRENCY_SYMBOL = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "INR": "₹", "AUD": "A$", "CAD": "C$", "HKD": "HK$",
                   "NZD": "NZ$", "SGD": "S$", "MYR": "RM", "UAH": "₴", "RUB": "₽", "KRW": "₩"}
UNIT_SYMBOL = {"celsius": "°C", "fahrenheit": "°F", "percent": "%", "kilometre": "km", "metre": "m", "centimetre": "cm",
               "millimetre": "mm", "kilogram": "kg", "square_kilometre": "km²", "square_metre": "m²", "kmh": "km/h",
               "mph": "mph", "kilowatt": "kW", "megawatt": "MW", "gigawatt": "GW", "gigabyte": "GB", "terabyte": "TB",
               "percentage_point": "percentage points", "times": "times"}
_SCALE_WORDS = [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")]
_DURATIONS = [("year", 8766.0), ("month", 730.5), ("week", 168.0), ("day", 24.0), ("hour", 1.0), ("minute", 1 / 60),
              ("second", 1 / 3600)]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def format_number(value: float) -> str:
    """'1.2 million', '12,500', '0.25', '-4': scale words from a million up, thousands separators below."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    sign = "-" if value < 0 else ""
    v = abs(value)
    for scale, word in _SCALE_WORDS:
        if v >= scale:
            return f"{sign}{_trim(v / scale, 2)} {word}"
    if v >= 1000 or float(v).is_integer():
        return sign + (f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}".rstrip("0").rstrip("."))
    return sign + _trim(v, 4)


def _trim(v: float, digits: int) -> str:
    return f"{v:.{digits}f}".rstrip("0").rstrip(".")


def format_duration(hours: float) -> str:
    """Hours as people write a duration: '3 days', '30 days', '90 minutes', '16 hours 30 minutes', '2.1 hours'."""
    if hours is None or math.isnan(hours):
        return ""
    for name, size in _DURATIONS:  # the largest unit in which it is a whole number (up to 100 of them)
        n = hours / size
        if 1 <= n <= (math.inf if name == "year" else 100) and abs(n - round(n)) < 1e-6:
            return _units(round(n), name)
    for (name, size), (small, ssize) in zip(_DURATIONS, _DURATIONS[1:]):  # or two units: '16 hours 30 minutes'
        whole = math.floor(hours / size + 1e-9)
        rest = (hours - whole * size) / ssize
        if whole >= 1 and abs(rest - round(rest)) < 1e-6 and round(rest) >= 1:
            return f"{_units(whole, name)} {_units(round(rest), small)}"
    name, size = next(((n, s) for n, s in _DURATIONS if hours >= s), _DURATIONS[-1])
    return f"{_trim(hours / size, 1)} {name}s"


def _units(n: int, name: str) -> str:
    return f"{format_number(n)} {name}{'' if n == 1 else 's'}"


def format_date(value: float) -> str:
    """YYYYMMDD (0 for a missing part) as '11 June 2024', 'June 2024', '11 June'."""
    year, rest = divmod(int(value), 10000)
    month, day = divmod(rest, 100)
    parts = [str(day) if day else "", _MONTHS[month - 1] if 1 <= month <= 12 else "", str(year) if year else ""]
    return " ".join(p for p in parts if p)


def format_value(value: float, unit: str = "", kind: str = "count") -> str:
    """One value as people write it, in the conventions of `helpers.numbers`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if kind == "time" or unit == "time" and kind != "count":
        hour, minute = divmod(int(round(value)), 100)
        return f"{hour:02d}:{minute:02d}"
    if kind == "date":
        return format_date(value)
    if kind == "year":
        return str(int(value))
    if kind == "duration" or (unit == "hour" and kind in ("change", "measure")):
        return format_duration(value)
    if kind == "money" or (kind == "change" and len(unit) == 3 and unit.isupper()):
        symbol = CURRENCY_SYMBOL.get(unit)
        number = format_number(value)
        if symbol:
            return f"-{symbol}{number[1:]}" if number.startswith("-") else f"{symbol}{number}"
        return f"{unit} {number}".strip()
    if unit == "percent":
        return f"{format_number(value)}%"
    if unit in ("celsius", "fahrenheit"):
        return f"{format_number(value)} {UNIT_SYMBOL[unit]}"
    shown = UNIT_SYMBOL.get(unit, _plural(unit.replace("_", " "), value) if unit else "")
    return f"{format_number(value)} {shown}".strip()


def _plural(noun: str, value: float) -> str:
    if value == 1 or not noun or noun.endswith("s"):
        return noun
    if noun == "person":
        return "people"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("ch", "sh", "x", "z")) else "s")


def format_mention(low: float, high: float, unit: str = "", hedge: str = "exact", kind: str = "count",
                   direction: str = "") -> str:
    """A mention as a reader would say it: 'at least 1,000 prisoners', '2–3 days', 'about 20%', 'down 5%', '3–1'."""
    def f(v):
        return format_value(v, unit, kind)

    if kind == "score":
        return f"{format_number(low)}–{format_number(high)}"
    if hedge in ("at_least", "more_than"):
        core = ("at least " if hedge == "at_least" else "more than ") + f(low)
    elif hedge in ("at_most", "less_than"):
        core = ("up to " if hedge == "at_most" else "under ") + f(high)
    elif low == high or (isinstance(high, float) and math.isnan(high)):
        core = ("about " if hedge == "about" else "") + f(low)
    else:
        core = f"{_bare(f(low), f(high))}–{f(high)}" + (" (vague)" if hedge == "vague" else "")
    return (f"{direction} " if direction else "") + core


def _bare(low_text: str, high_text: str) -> str:
    """'2 days–3 days' reads '2–3 days': drop the low side's unit when both sides share it."""
    low_parts, high_parts = low_text.split(" ", 1), high_text.split(" ", 1)
    if len(low_parts) == 2 and len(high_parts) == 2 and low_parts[1].rstrip("s") == high_parts[1].rstrip("s"):
        return low_parts[0]
    return low_text
