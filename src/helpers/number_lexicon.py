"""The words and pattern fragments numeric expressions are made of (data read by `number_rules`).

Everything language- or unit-specific the rules need lives here as named tables: number words, scales,
currencies (symbols, prefixes, codes and names, each with its ISO code), units of measure (with the
canonical unit), hedges, change verbs, time units. Adding a currency or a unit is a row here plus a test row
in tests/number_rules.csv; the rules and the engine never name one.
"""
from __future__ import annotations

import math
import re
import unicodedata

_UNITS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000, "m": 1_000_000, "k": 1_000,
          "mln": 1_000_000, "mn": 1_000_000, "tn": 1_000_000_000_000, "bln": 1_000_000_000, "trln": 1_000_000_000_000, "dozen": 12, "lakh": 100_000, "crore": 10_000_000}
ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
            "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
            "twentieth": 20, "thirtieth": 30, "hundredth": 100}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], start=1)}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
# Hours in each time unit: every duration is expressed in hours.
HOURS = {"microsecond": 1 / 3.6e9, "millisecond": 1 / 3.6e6, "second": 1 / 3600, "minute": 1 / 60, "hour": 1.0, "day": 24.0, "night": 24.0, "week": 168.0,
         "fortnight": 336.0, "month": 730.5, "year": 8766.0, "decade": 87660.0, "century": 876600.0}
# Nights are counted, not a span of hours ("spent two nights in a shelter": 2 nights; "two night nurses": 2 nurses); an
# adjectival "three-night stay" is still a duration (HOURS keeps "night").
TIME_UNIT = r"(?:microseconds?|milliseconds?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies))"
# Vague quantities as intervals (low, high). "several" = 3..9, "a few" = 2..5, plural scales = 2..9.99 of the scale.
VAGUE = {"dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
         "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
         "millions": (2_000_000, 999_999_999), "tens of millions": (20_000_000, 99_999_999),
         "hundreds of millions": (200_000_000, 999_999_999), "billions": (2_000_000_000, 999_999_999_999)}
SEVERAL = {"several": (3, 9), "a few": (2, 5), "a couple of": (2, 2), "many": (3, 99), "few": (2, 5)}
# "one or two" is a vague amount ("a few"), never a range a source states (session 17, nunumbers17); "two or three"
# stays a range.
VAGUE_PAIRS = {"one or two": (1, 2)}
# Idioms that state no figure (session 17, nunumbers17): (name, pattern, example). A sum told by its number of digits
# ("nine figures", "a six-figure sum", "double figures") names no currency and no value a source can be held to, and
# "a hundred and one things" is a manner of speaking; each is left out, as a label is.
IDIOMS = (
    ("digit_count_adjective", r"(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|double|triple|"
     r"single|\d{1,2})-figures?\b(?:\s+(?:sum|sums|salary|salaries|deal|deals|contract|contracts|fee|fees|payout|payouts|"
     r"settlement|bonus|offer|transfer|price|amount|donation|budget|loss|losses|income|bill|figure)\b)?",
     "Each family was offered a six-figure sum."),
    ("digit_count_figures", r"(?:(?<=\binto\s)|(?<=\bworth\s)|(?<=\bin\s)|(?<=\bto\s)|(?<=\bhit\s)|(?<=\breach\s)|"
     r"(?<=\breached\s)|(?<=\bhits\s)|(?<=\breaches\s)|(?<=\blow\s)|(?<=\bhigh\s))(?:two|three|four|five|six|"
     r"seven|eight|nine|ten|eleven|twelve|double|triple|single)\s+figures\b",
     "Her salary runs into seven figures."),
    ("and_one_things", r"\b[Aa]n?\s+(?:hundred|thousand|million)\s+and\s+one\b",
     "There are a hundred and one things to fix."),
)
IDIOM_RE = "|".join(f"(?P<{name}>{pattern})" for name, pattern, _ in IDIOMS)
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
             "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10}
VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
SMALL_NUMERATORS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "nine": 9}

# Currencies: every surface form (lower case) → ISO 4217 code. Prefixes stand before the figure, names after.
CURRENCY_PREFIX = {"us$": "USD", "$": "USD", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "$us": "USD", "$a": "AUD", "y=": "JPY", "ps": "GBP",
                   "nz$": "NZD", "s$": "SGD", "r$": "BRL", "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₴": "UAH",
                   "₽": "RUB", "₩": "KRW", "₺": "TRY", "₦": "NGN", "₱": "PHP", "rm": "MYR", "rs": "INR", "rs.": "INR", "chf": "CHF",
                   "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "aud": "AUD", "cad": "CAD", "hkd": "HKD",
                   "inr": "INR", "myr": "MYR", "cny": "CNY", "rmb": "CNY", "sek": "SEK", "nok": "NOK", "zar": "ZAR",
                   "dkk": "DKK", "pln": "PLN", "czk": "CZK", "huf": "HUF", "isk": "ISK", "nzd": "NZD", "sgd": "SGD",
                   "krw": "KRW", "mxn": "MXN", "brl": "BRL"}
CURRENCY_NAME = {"dollars": "USD", "dollar": "USD", "us dollars": "USD", "euros": "EUR", "euro": "EUR",
                 "pounds": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
                 "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "francs": "CHF",
                 "swiss francs": "CHF", "rupees": "INR", "rupee": "INR", "ringgit": "MYR", "pesos": "MXN",
                 "australian dollars": "AUD", "canadian dollars": "CAD", "hong kong dollars": "HKD", "won": "KRW",
                 "lira": "TRY", "naira": "NGN", "rand": "ZAR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "chf": "CHF",
                 "jpy": "JPY", "aud": "AUD", "cad": "CAD", "hkd": "HKD", "inr": "INR", "myr": "MYR", "cny": "CNY",
                 # currencies named after the figure, singular and plural (a name shared by several countries takes
                 # the most common one's code; a corpus compares amounts in one currency by its name, never converts)
                 "peso": "MXN", "franc": "CHF", "pound": "GBP", "krona": "SEK", "kronor": "SEK", "krone": "DKK",
                 "kroner": "DKK", "króna": "ISK", "krónur": "ISK", "zloty": "PLN", "zlotys": "PLN", "złoty": "PLN",
                 "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "koruna": "CZK", "korunas": "CZK", "crowns": "CZK",
                 "lev": "BGN", "leva": "BGN", "lei": "RON", "kuna": "HRK", "hryvnia": "UAH", "hryvnias": "UAH",
                 "hryvnas": "UAH", "lari": "GEL", "tenge": "KZT", "shekel": "ILS", "shekels": "ILS", "dirham": "AED",
                 "dirhams": "AED", "riyal": "SAR", "riyals": "SAR", "rial": "IRR", "rials": "IRR", "dinar": "DIN",
                 "dinars": "DIN", "baht": "THB", "rupiah": "IDR", "reais": "BRL", "kwacha": "ZMW", "cedi": "GHS",
                 "cedis": "GHS", "shilling": "KES", "shillings": "KES", "birr": "ETB", "taka": "BDT", "kyat": "MMK",
                 "afghanis": "AFN", "rands": "ZAR", "nairas": "NGN", "liras": "TRY", "lire": "TRY", "cfa francs": "XOF",
                 "quetzales": "GTQ", "quetzals": "GTQ", "soles": "PEN", "bolivars": "VES", "bolivares": "VES",
                 "ringgits": "MYR", "renminbi yuan": "CNY", "kwanza": "AOA", "manat": "AZN", "manats": "AZN",
                 "somoni": "TJS", "dram": "AMD", "drams": "AMD",
                 # a crown named with its country ("7.5 million Danish crowns")
                 "swedish crowns": "SEK", "danish crowns": "DKK", "norwegian crowns": "NOK", "czech crowns": "CZK",
                 "icelandic crowns": "ISK",
                 # a cryptocurrency named after the figure ("150 bitcoin", a ransom or a fund's holding)
                 "bitcoin": "BTC", "bitcoins": "BTC"}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Symbol prefixes may touch the figure ("US$12"); letter prefixes need a word boundary before them ("RM 5m").
CURRENCY_PREFIX_RE = (r"(?:(?<![A-Za-z])(?:" + _alternation(k for k in CURRENCY_PREFIX if not k.isalpha() and k != "rs.")
                      + r")|\b(?:" + _alternation(k for k in CURRENCY_PREFIX if k.isalpha() or k == "rs.") + r")(?![a-z]))")
CURRENCY_NAME_RE = r"(?:" + _alternation(CURRENCY_NAME) + r")\b"

# Units of measure: surface (lower case, singular) → canonical unit. Temperatures keep their scale.
MEASURES = {"km": "kilometre", "kilometre": "kilometre", "kilometer": "kilometre", "mile": "mile", "mi": "mile",
            "nautical mile": "nautical_mile", "metre": "metre", "meter": "metre", "m": "metre",
            "centimetre": "centimetre", "centimeter": "centimetre", "cm": "centimetre", "mm": "millimetre",
            "millimetre": "millimetre", "millimeter": "millimetre", "ft": "foot", "foot": "foot", "feet": "foot",
            "in": "inch", "inch": "inch", "inches": "inch", "kg": "kilogram", "kilogram": "kilogram", "kilo": "kilogram",
            "g": "gram", "gram": "gram", "mg": "milligram", "milligram": "milligram", "lb": "pound", "lbs": "pound",
            "tonne": "tonne", "ton": "tonne", "litre": "litre", "liter": "litre", "barrel": "barrel",
            "degree": "celsius", "°": "celsius", "°c": "celsius", "c": "celsius", "celsius": "celsius",
            "degrees celsius": "celsius", "degree celsius": "celsius", "degrees c": "celsius", "degree c": "celsius",
            "°f": "fahrenheit", "f": "fahrenheit", "fahrenheit": "fahrenheit", "degrees fahrenheit": "fahrenheit",
            "degree fahrenheit": "fahrenheit", "degrees f": "fahrenheit", "degree f": "fahrenheit",
            "mph": "mph", "km/h": "kmh", "kph": "kmh", "kmh": "kmh", "knot": "knot", "acre": "acre",
            "hectare": "hectare", "ha": "hectare", "square kilometre": "square_kilometre",
            "square kilometer": "square_kilometre", "sq km": "square_kilometre", "km2": "square_kilometre",
            "km²": "square_kilometre", "square mile": "square_mile", "sq mile": "square_mile",
            "square metre": "square_metre", "square meter": "square_metre", "m2": "square_metre", "m²": "square_metre",
            "w": "watt", "watt": "watt", "kw": "kilowatt", "kilowatt": "kilowatt", "mw": "megawatt",
            "megawatt": "megawatt", "gw": "gigawatt", "gigawatt": "gigawatt", "kwh": "kilowatt_hour",
            "kilowatt-hour": "kilowatt_hour", "mwh": "megawatt_hour", "megawatt-hour": "megawatt_hour",
            "gwh": "gigawatt_hour", "gigawatt-hour": "gigawatt_hour", "twh": "terawatt_hour",
            "terawatt-hour": "terawatt_hour", "kb": "kilobyte", "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte",
            "megabyte": "megabyte", "gigabyte": "gigabyte", "terabyte": "terabyte", "ghz": "gigahertz",
            "mhz": "megahertz", "hpa": "hectopascal", "mbps": "megabit_per_second", "gbps": "gigabit_per_second",
            "cc": "cc", "ml": "millilitre", "cup": "cup", "tablespoon": "tablespoon", "teaspoon": "teaspoon",
            "calorie": "calorie", "kcal": "kilocalorie", "gallon": "gallon", "bpm": "bpm", "mah": "milliamp_hour",
            "volt": "volt", "v": "volt", "kv": "kilovolt", "mp": "megapixel", "megapixel": "megapixel",
            "zettajoule": "zettajoule", "astronomical unit": "astronomical_unit", "au": "astronomical_unit",
            "hz": "hertz", "hertz": "hertz", "khz": "kilohertz", "kilohertz": "kilohertz", "gigahertz": "gigahertz",
            "megahertz": "megahertz", "hp": "horsepower", "bhp": "horsepower", "horsepower": "horsepower",
            "mpg": "mile_per_gallon", "km/hr": "kmh", "nanometre": "nanometre", "nanometer": "nanometre",
            "gpa": "gigapascal", "gigapascal": "gigapascal", "mpa": "megapascal", "megapascal": "megapascal",
            "ksi": "ksi", "decibel": "decibel", "sq m": "square_metre", "sq ft": "square_foot",
            "square foot": "square_foot", "square feet": "square_foot",
            "l": "litre", "ppm": "ppm", "ppb": "ppb", "part per million": "ppm", "parts per million": "ppm",
            "part per billion": "ppb", "parts per billion": "ppb", "µg": "microgram", "microgram": "microgram",
            "m3": "cubic_metre", "m³": "cubic_metre", "cubic metre": "cubic_metre", "cubic meter": "cubic_metre",
            "nm": "nanometre", "ng": "nanogram", "nanogram": "nanogram", "mcg": "microgram", "μg": "microgram",
            "mmol": "millimole", "millimole": "millimole", "dl": "decilitre", "decilitre": "decilitre", "oz": "ounce",
            "ounce": "ounce", "millilitre": "millilitre", "milliliter": "millilitre", "pound-feet": "pound_foot", "pound-foot": "pound_foot", "lb-ft": "pound_foot"}  # torque
# Units whose case tells them apart: "450 Nm" of torque is newton-metres, "a 5nm chip" nanometres.
CASED_UNITS = {"Nm": "newton_metre"}
# Units that may be glued to the figure ("5kW", "47.3C") or spaced ("5 kW"); words need a space or hyphen.
_GLUED_UNITS = [k for k in MEASURES if (not k.isalpha() or len(k) <= 3) and " " not in k and k != "au"]
GLUED_ONLY = {"in", "mp"}  # "3.2in" is inches, "5 in the" is not; "a 50MP camera" is megapixels, "50 MPs" are not
_MEASURE_WORDS = (r"(?:(?:square|sq)\s+(?:kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|m\b|ft\b|feet|foot)|degrees?\s+(?:celsius|fahrenheit|c|f)\b|"
              r"parts?\s+per\s+(?:million|billion)|cubic\s+met(?:re|er)s?|micrograms?|milligrams?|nanograms?|mmol|millimoles?|ounces?|millilit(?:re|er)s?|nautical\s+miles?|astronomical\s+units?|(?:kilo|mega|giga|tera)watt[\s-]hours?|megapixels?|zettajoules?|"
              r"kilomet(?:re|er)s?|miles?|met(?:re|er)s?|centimet(?:re|er)s?|millimet(?:re|er)s?|feet|foot|inch(?:es)?|"
              r"kilograms?|kilos|grams?|tonnes?|tons?|lit(?:re|er)s?|barrels?|celsius|fahrenheit|degrees?|knots?|"
              r"acres?|hectares?|(?:kilo|mega|giga)?watts?|(?:giga|tera|mega)bytes?|cups?|tablespoons?|teaspoons?|"
              r"gallons?|calories|volts?|horsepower|(?:kilo|mega|giga)?hertz|nanomet(?:re|er)s?|(?:giga|mega)pascals?|decibels?|")
MEASURE_RE = _MEASURE_WORDS + _alternation(_GLUED_UNITS) + ")"
# The same units without those a space must not come before ("5 in the"): what a figure spaced from its unit can be.
MEASURE_SPACED_RE = _MEASURE_WORDS + _alternation(k for k in _GLUED_UNITS if k not in GLUED_ONLY) + ")"


def _top_level(alternation: str) -> list[str]:
    """The alternatives of a regex alternation at its top level (escapes and groups kept whole)."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(alternation):
        ch = alternation[i]
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            parts.append(alternation[start:i])
            start = i + 1
        i += 2 if ch == "\\" else 1
    return parts + [alternation[start:]]


def _spelled_out(part: str) -> list[str]:
    """An alternative whose leading group is spelled out: '(?:kilo|mega)?watts?' → kilowatts?, megawatts?, watts?."""
    if not part.startswith("(?:"):
        return [part]
    depth, i = 0, 0
    while True:
        depth += (part[i] == "(") - (part[i] == ")")
        if depth == 0 and part[i] == ")":
            break
        i += 2 if part[i] == "\\" else 1
    rest = part[i + 1:]
    heads = _top_level(part[3:i])
    return [h + rest[1:] for h in heads] + [rest[1:]] if rest.startswith("?") else [h + rest for h in heads]


def by_first_character(group: str) -> str:
    """A group of alternatives '(?:a|b|…)' rewritten with the alternatives that share a first character under one
    branch: the same strings match (for a gate, which only asks whether anything matches), but at each position only
    the branch of the character there is tried, not every alternative."""
    branches: dict[str, list[str]] = {}
    for part in (p for alternative in _top_level(group[3:-1]) for p in _spelled_out(alternative)):
        first = part[:2] if part[:1] == "\\" and not part[1:2].isalnum() else part[:1]  # a character or an escaped one
        if not first or first in "\\([.?*+|)^$":
            raise ValueError(f"an alternative that does not start with a plain character: {part!r}")
        branches.setdefault(first, []).append(part[len(first):])
    return "(?:" + "|".join((ch if len(ch) == 2 else re.escape(ch)) + (f"(?:{'|'.join(rest)})" if rest != [""] else "")
                            for ch, rest in branches.items()) + ")"



# Denominators of fractions written in digits ("3/4", "1/16", "1/100"); "9/11" or "24/7" is not a fraction.
COMMON_DENOMINATORS = {2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 25, 32, 50, 64, 100, 128}
# Words that make the small number after them a label, not a figure: "a category 4 hurricane", "stage 3", "type 2";
# and names of lines, flights and roads ("tram lines 3 and 7", "Flight 302", "Highway 1": an identifier, not a count).
LABEL_WORDS = ("category", "cat", "level", "stage", "phase", "tier", "grade", "type", "class", "division", "chapter",
               "section", "article", "zone", "gate", "terminal", "platform", "route", "episode", "season", "version",
               "line", "lines", "flight", "highway", "motorway", "interstate", "ward", "runway", "pier", "berth",
               # house numbers ("Residents of Nos 14 and 16 were moved out"): never a count (session 19, new user 18)
               "no", "nos")
# Capitalised words that make the number before them a model name: "the 737 Max", "11 Pro", "787 Dreamliner".
MODEL_SUFFIXES = ("Pro", "Max", "MAX", "Plus", "Mini", "Ultra", "Lite", "Dreamliner", "XL", "SE", "Neo", "Fold", "Flip")
# Stock indexes named with a number, written in any case ("the sp 500", "ftse 100", "Nikkei 225").
STOCK_INDEXES = ("s&p", "sp", "nasdaq", "ftse", "russell", "nikkei", "dax", "cac", "stoxx", "asx", "dow", "hang seng",
                 "sensex", "nifty", "kospi", "topix", "ibex", "aex", "smi", "omx")
# Nouns a year comes before as a modifier ("its 2018 sales", "the 2022 season"), so "2018" there is a year, not a count.
YEAR_NOUNS = ("sales", "season", "seasons", "election", "elections", "budget", "budgets", "revenue", "revenues", "earnings",
              "results", "edition", "census", "campaign", "report", "survey", "figures", "final", "finals", "olympics",
              "games", "championship", "championships", "tournament", "tour", "vintage", "model", "models", "class",
              "draft", "midterms", "midterm", "accounts", "profits", "profit", "losses", "forecast", "forecasts", "levels",
              "harvest", "crop", "fiscal", "financial", "summer", "winter", "spring", "autumn", "fall",
              # an earlier event named by its year ("the 2009 flood cost insurers", "the 2016 floods"): a year, never a
              # count of the event noun (session 12)
              "flood", "floods", "flooding", "storm", "storms", "quake", "earthquake", "fire", "fires", "wildfire",
              "wildfires", "blaze", "eruption", "hurricane", "typhoon", "cyclone", "tornado", "tsunami", "drought",
              "heatwave", "landslide", "avalanche", "disaster", "crisis", "crash", "outbreak", "epidemic", "pandemic",
              "blackout", "riots", "recession",
              # session 17 (nunumbers17): more events named by their year ("the 2019 Harlow hailstorm", "the 2011 Carrow
              # robbery"); a name of up to three capitalised words may stand between (number_rules._YEAR_NOUN_AFTER)
              "hailstorm", "hailstorms", "hail", "snowstorm", "blizzard", "gale", "gales", "strike", "strikes", "walkout",
              "referendum", "robbery", "heist", "attack", "bombing", "shooting", "massacre", "collapse", "derailment",
              "sinking", "spill", "explosion", "blast", "scandal", "bailout", "coup", "uprising", "protests", "cup",
              "derby", "marathon", "race", "rally")

HEDGES = [
    ("at_least", r"as\s+low\s+as|at\s+least|no\s+(?:fewer|less)\s+than|a\s+minimum\s+of|minimum\s+of"),
    ("more_than", r"shortly\s+after|just\s+after|a\s+little\s+after|(?:just|well|slightly|a\s+little)\s+(?:over|past)|past|more\s+than|over|upwards\s+of|in\s+excess\s+of|above|exceeding|exceeded|exceeds|exceed|north\s+of"),
    ("at_most", r"within|up\s+to|as\s+many\s+as|as\s+much\s+as|no\s+more\s+than|at\s+most|a\s+maximum\s+of|maximum\s+of"),
    ("less_than", r"shortly\s+before|just\s+before|a\s+little\s+before|(?:just\s+)?(?:fewer|less)\s+than|(?:just\s+)?under|below|nearly\s+under|sub"),
    ("about", r"barely|scarcely|hardly|closer\s+to|nearer\s+to|nearer|maybe|possibly|perhaps|around|about|some|roughly|approximately|approx\.|nearly|almost|close\s+to|an\s+estimated|estimated|circa|c\.|an?\s+approximate|upward\s+of|~"),
]
# "before" right before a clock time or a date bounds it ("left before 7 a.m.", "before June 1": less than); not after a
# word naming another day or time ("the day before June 1", "the night before", "hours before 6 p.m.") or after
# "shortly", "just", which the hedge table reads (session 16).
TIME_BEFORE = re.compile(r"(?i)(?<![\w-])(?<!day )(?<!days )(?<!night )(?<!week )(?<!weeks )(?<!hours )(?<!hour )(?<!minutes )"
                         r"(?<!shortly )(?<!just )(?<!little )before\s+[\"“‘']?$")
NEGATED_BEFORE_TIME = re.compile(r"(?i)\b(?:not|never|n['’]t)\b[^,.;:]*$")
# A hedge of comparison under a negation turns round: "never dropped below 31C" is at least 31, "not more than 98%" at
# most 98 (one word may stand between: "did not fall below").
NEGATED_HEDGES = {"less_than": "at_least", "more_than": "at_most"}
NEGATION_BEFORE = re.compile(r"(?i)\b(?:never|not|n['’]t)\s+(?:[a-z]+\s+)?$")
# A verb of change right before "below", "above" or "under" crosses a level ("fell below 3%", "rose above 40C"): the
# figure is that level, not the size of a change.
LEVEL_CROSSING = re.compile(r"(?i)(?:below|above|under)\b")
# Hedges written after the figure: "40 or so", "magnitude 7 or greater", "5% or more".
# Session 15: "20 years or longer", "three weeks, maybe more" (at least), "150 points at most" (at most).
HEDGES_AFTER = [("about", r"or\s+so"),
                ("at_least", r"or\s+(?:greater|more|higher|above|over|longer)|(?<=,\s)(?:maybe|perhaps|possibly|probably)\s+(?:more|longer)|at\s+least(?=\s*(?:$|[,.;:)]))"),
                ("at_most", r"or\s+(?:less|fewer|lower|below|under|shorter)|at\s+(?:the\s+)?most(?=\s*(?:$|[,.;:)]))")]
HEDGE_AFTER_RE = re.compile(r"(?i)^(?:\s+|,\s+(?=(?:maybe|perhaps|possibly|probably)\b))(?:" + "|".join(f"(?P<{k}>{p})" for k, p in HEDGES_AFTER) + r")\b")
HEDGE_RE = re.compile(r"(?i)(?:^|(?<=[\s\"“‘'(]))(" + "|".join(f"(?P<{k}>{p})" for k, p in HEDGES) + r")(?:\s+|(?<=sub)-)$")
# "over five years" is a span of time, not "more than", unless a verb of lasting comes before it.
DURATION_OVER_IS_HEDGE = re.compile(r"(?i)\b(?:for|lasted|lasting|lasts|took|taken|takes|spent|spend|waited|jailed|"
                                    r"sentenced\s+to|of|after|within|aged|age)\s+$")

# Verbs and adverbs of change, with the direction they give ("fell 5%", "grew by $2 billion", "up 3.2%").
CHANGE_UP = r"rose|rise|rises|risen|rising|grew|grow|grows|grown|growing|increased?|increases|increasing|jumped?|jumps|" \
            r"climbed?|climbs|surged?|surges|soared?|soars|gained?|gains|added|adds|up|higher|raised?|boosted?|" \
            r"rebounded|advanced|spiked?|doubled|widened"
# Counted nouns whose loss is a toll, never a change ("with the loss of 67 lives", "lost 300 lives").
TOLL_UNITS = {"life"}
CHANGE_DOWN = r"fell|fall|falls|fallen|falling|dropped|drop|drops|declined?|declines|declining|decreased?|decreases|" \
              r"slumped?|slumps|plunged?|plunges|plummeted|slid|slides|sank|sink|shrank|shrunk|shrinks|lost|loses|" \
              r"down|lower|cut|cuts|reduced?|tumbled?|tumbles|dipped|dips|eased|slipped|slips|retreated|narrowed"
# Money raised from investors or donors is an amount, not a rise: "raised $250m in a funding round", "has only raised
# 280 million of the 1.5 billion shekels", "hopes to raise €1bn" (a verb of raising right before the amount, no "by";
# a passive "fares were raised 20p" stays a rise).
FUNDS_RAISED = re.compile(r"(?i)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)\brais(?:e|es|ed|ing)\s+(?:(?:only|just|another|a\s+further|an\s+extra|some|about|around|"
                          r"nearly|almost|more\s+than|over|at\s+least)\s+)?$")
CHANGE_BEFORE = re.compile(rf"(?i)\b(?:(?P<up>{CHANGE_UP})|(?P<down>{CHANGE_DOWN}))(?:\s+(?:by|of)|(?:\s+[\w'’]+){{1,3}}\s+by)?\s+$")
CHANGE_NOUN_BEFORE = re.compile(r"(?i)\b(?:an?\s+)?(?:(?P<up>increase|rise|gain|jump|growth|surge|hike)|"
                                r"(?P<down>decrease|fall|drop|decline|cut|loss|reduction|slump))\s+of\s+$")
def _alternatives(words: str) -> frozenset:
    """The words of an alternation of plain words, an optional last letter spelled out ("increased?": increase, increased)."""
    out = set()
    for w in words.replace("(?:", "").replace(")", "").split("|"):
        out |= {w[:-2], w[:-1]} if w.endswith("?") else {w}
    if not all(w.isalpha() and w.islower() for w in out):
        raise ValueError(f"not an alternation of plain words: {words}")
    return frozenset(out)


def first_words(*patterns: str) -> frozenset:
    """Every word written in `patterns` (lower case; a word with an optional last letter both ways): a superset of the
    words a match of an alternation of word phrases can start with."""
    if any("[" in p or re.search(r"[a-z]\(", p) for p in patterns):
        raise ValueError("a character class or a group may continue a word that is not written out")
    out = set()
    for w in re.findall(r"[a-z]+\??", "|".join(patterns).lower()):
        out |= {w[:-2], w[:-1]} if w.endswith("?") else {w}
    return frozenset(out - {""})


CHANGE_WORDS = _alternatives(f"{CHANGE_UP}|{CHANGE_DOWN}")
CHANGE_NOUN_WORDS = _alternatives("a|an|increase|rise|gain|jump|growth|surge|hike|decrease|fall|drop|decline|cut|loss|"
                                  "reduction|slump")
HEDGE_WORDS = first_words(*(p for _, p in HEDGES)) | {"~"}
_WORD_RUN = re.compile(r"\w+|~")  # a word, or the tilde of "~40"


def search_from_word(pattern: re.Pattern, text: str, words: frozenset) -> re.Match | None:
    """`pattern.search(text)` for a pattern whose match always starts with a whole word of `words` (lower case; the
    text in any case): tried only where such a word starts, leftmost first, so the match is the same without trying
    every position (a search that tries a long alternation of verbs at every position costs more than the rest of a
    short sentence). An ASCII text none of whose words is in `words` is answered from its set of words at once
    (lower-casing ASCII changes no word)."""
    if text.isascii() and words.isdisjoint(_WORD_RUN.findall(text.lower())):
        return None
    for m in _WORD_RUN.finditer(text):
        if m.group().casefold() in words:
            hit = pattern.match(text, m.start())
            if hit:
                return hit
    return None


# Verbs whose "up" is a particle, not a rise: "city sets up 2 million euro fund", "they put up 40 tents".
PHRASAL_UP = frozenset({"set", "sets", "setting", "put", "puts", "putting", "draw", "draws", "drew", "drawn", "sign",
                        "signs", "signed", "make", "makes", "made", "pick", "picks", "picked", "open", "opens", "opened",
                        "take", "takes", "took", "taken", "come", "comes", "came", "line", "lines", "lined", "show",
                        "shows", "showed", "turn", "turns", "turned", "team", "teamed", "give",
                        "gives", "gave", "given", "give", "use", "used", "uses", "sum", "sums", "summed", "round",
                        "rounded", "rounds", "bring", "brings", "brought", "build", "builds", "built", "ramp", "ramped",
                        "ramps", "step", "stepped", "steps", "shore", "shored", "free", "freed", "frees"})
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")


def particle_up(match: re.Match | None, text: str) -> bool:
    """Whether a change match is the particle of a phrasal verb ("sets up 2 million"): its word is "up" and the word
    before it is in PHRASAL_UP."""
    if match is None or (match.groupdict().get("up") or "").lower() != "up":
        return False
    word = _WORD_BEFORE.search(text, 0, match.start("up"))
    return bool(word and word.group(1).lower() in PHRASAL_UP)


def change_before(before: str) -> re.Match | None:
    """A verb or noun of change ending right before a figure ("rose by ", "an increase of "), or None; never the
    particle "up" of a phrasal verb ("sets up 2 million euro fund")."""
    verb = search_from_word(CHANGE_BEFORE, before, CHANGE_WORDS)
    if particle_up(verb, before):
        verb = None
    return verb or search_from_word(CHANGE_NOUN_BEFORE, before, CHANGE_NOUN_WORDS)


TO_LEVEL_BEFORE = re.compile(r"(?i)(?:^|[^\w])(?P<word>to|from|at)\s+$")
# "the clean-up", "a shake-up", "the crack-down": the particle of a hyphenated noun is no verb of change (session 15).
CLAUSE_VERB = re.compile(rf"(?i)\b(?<!-)(?:(?P<up>{CHANGE_UP})|(?P<down>{CHANGE_DOWN}))\b(?![^,;:.]*\b(?:and|but)\s+\w+ed\b)[^;:!?]*$")

COUNT_STOP = {
    "of", "to", "in", "on", "at", "from", "for", "with", "by", "and", "or", "but", "that", "which", "who", "whom",
    "were", "was", "have", "has", "had", "are", "is", "be", "been", "will", "would", "could", "should", "may",
    "might", "can", "each", "per", "a", "an", "the", "than", "as", "it", "its", "their", "his", "her", "they",
    "he", "she", "we", "this", "these", "those", "into", "over", "under", "between", "across", "after", "before",
    "during", "since", "until", "while", "when", "where", "if", "so", "not", "no", "more", "less", "also", "all",
    "both", "only", "just", "about", "around", "said", "says", "say", "told", "ago", "later", "earlier", "percent",
    "per", "cent", "times", "out", "up", "down", "off", "there", "here", "then", "now", "again", "local",
    "gmt", "utc",
    # adverbs and prepositions ending in -s, which look plural ("drifted 2 kilometres towards the shore")
    "towards", "toward", "afterwards", "backwards", "forwards", "upwards", "downwards", "onwards", "whereas", "perhaps",
}
IRREGULAR_PLURALS = {"people", "children", "men", "women", "police", "personnel", "data", "media",
                     "criteria", "feet", "teeth", "mice", "geese", "cattle", "sheep", "fish", "aircraft", "troops",
                     "remains", "staff", "crew", "civilians"}
# Words that make a four-digit year before them a year, never a count ("a 1987-built ferry", "a 1970-era law").
YEAR_COMPOUND_WORDS = {"built", "era", "vintage", "made", "registered", "model", "style", "founded", "designed"}
# Words that make a number an adjective rather than name what it counts ("a 2,000-strong force").
ADJECTIVAL = {"strong", "odd", "plus", "fold", "something", "ish", "long", "wide", "high", "deep", "tall", "old"}
# a compound naming how many a place holds ("a 24,000-seat arena", "a 60,000-seater", "the 2,000-capacity hall"): its
# capacity, one count whichever word says it (never seats won in a parliament)
CAPACITY_WORDS = {"seat": "capacity", "seater": "capacity", "capacity": "capacity"}
# … except the seats of a legislature ("the 151-seat Assembly", "a 450-seat parliament": seats)
LEGISLATURE_WORDS = {"assembly", "parliament", "chamber", "house", "senate", "congress", "legislature", "council", "diet",
                     "majority", "body", "lower", "upper", "national", "state", "regional", "federal"}
NUMBER_WORDS = set(_UNITS) | set(_TENS) | set(SCALES)

MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
ORD_SUFFIX = r"(?:st|nd|rd|th)?"
TIMEZONE_RE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|IST|JST|AEST|MSK|local\s+time|hrs|h\b)"

WORDNUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?"
           r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
           r"|seventeen|eighteen|nineteen)(?:\s+(?:hundred|thousand|million|billion)(?:\s+(?:and\s+)?(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)*")
# Atomic (?>…): a digit run is never re-split by backtracking, which keeps long digit strings linear.
DIGITS = r"(?>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?[½¼¾⅓⅔]?|(?<![\d.])\.\d+)"
# A sign stands right before the digits ("-1.3%", "−20") or as a word ("minus 20"); never after a letter or digit.
SIGN = r"(?:(?<![\w.,])[-−](?=\d)|\b(?<!plus or )(?<!plus/)minus[\s-]+)?"  # "plus or minus 3 points" is a margin
# Scale words after digits: spaced words ("3 hundred million") or a glued abbreviation ("12m", "3.1bn").
# A scale word may be glued or hyphenated to the digits: "£80million" (UK press), "$1.5-million" (Canadian press);
# "bln", "trln" are wire abbreviations ("US$12.3 bln").
SCALE = (r"(?:(?:(?:\s+|(?<=\d)-?)(?:million|billion|trillion)|\s+(?:hundred|thousand|lakh|crore))"
         r"(?:\s+(?:hundred|thousand|million|billion|trillion|lakh|crore))*(?:\s+(?:bn|bln|mln|mn|tn|trln)\b)?\b"
         r"|\s*(?:bn|bln|mln|mn|tn|trln)\b|(?:m|k|bn)\b)")
# Not glued to a word by a hyphen (F-16, COVID-19), except after the prefix "sub-" ("sub-7 nanometre": less than 7)
# and after "then-"/"now-" before an age ("the then-38-year-old pilot", "her now-18 month-old daughter").
NOT_GLUED = r"(?:(?<![A-Za-z]-)|(?<=\b[Ss]ub-)|(?<=\b[Tt]hen-)|(?<=\b[Nn]ow-))"
# A number core: digits (with an optional scale) or number words; not part of a word, code or model name (F-16, G7).
NUM = (rf"(?:(?:(?<![\w.,$€£])|(?<=,)(?=minus\s)){NOT_GLUED}{SIGN}{DIGITS}(?:{SCALE})?(?![\w]*\d)(?!,\d)(?!(?!pct?\b|mins?\b|hrs?\b)[A-Za-z])(?:\s+and\s+a\s+half\b)?"
       rf"|(?<![\w-])(?:minus\s+)?{WORDNUM}(?:[\s-]+and[\s-]+a[\s-]+half)?(?![\w]))")
# The second number of an 'X-for-X' compound (follows 'for-', which the guard above would refuse).
NUM_AFTER_FOR = rf"(?:{DIGITS}(?:{SCALE})?(?![\w]*\d)(?!,\d)|{WORDNUM}(?![\w]))"


# Thousands separators other than the comma, between digit groups of three: the apostrophe of Swiss usage ("1'250"),
# the thin, narrow no-break and no-break spaces of typeset and French/SI usage ("1 250 000"). Each reads as a comma
# (same length, so offsets are kept); a plain space never does ("in 2024 300 people" is two figures).
GROUP_SEPARATORS = "'’\u2009\u202f\u00a0"
_GROUPED = re.compile(r"(?<![\d.,'’\u2009\u202f\u00a0])\d{1,3}(?:([" + GROUP_SEPARATORS + r"])\d{3})(?:\1\d{3})*(?![\d'’]|[.,]\d)")


_DIGIT_QUOTE_DIGIT = re.compile(r"\d'\d").search


def _group_separators_as_commas(text: str) -> str:
    """'1'250' -> '1,250', '1\u2009250\u2009000' -> '1,250,000' (one separator throughout the figure)."""
    return _GROUPED.sub(lambda m: m.group(0).replace(m.group(1), ","), text)


def to_ascii_digits(text: str) -> str:
    """Replace non-ASCII decimal digits (Arabic-Indic, Devanagari, full-width…) by ASCII ones, same length, and the
    thousands separators of GROUP_SEPARATORS by commas."""
    if text.isascii():
        return _group_separators_as_commas(text) if "'" in text and _DIGIT_QUOTE_DIGIT(text) else text
    text = _group_separators_as_commas(text)
    text = text.replace("⁄", "/")  # the fraction slash of "1⁄32" reads as "/" (same length, offsets kept)
    return "".join(str(unicodedata.digit(ch)) if ch.isdigit() and not ch.isascii() and unicodedata.digit(ch, None) is not None else ch
                   for ch in text)


_NUMBER_PARTS = re.compile(r"\d+(?:\.\d+)?|\.\d+|[a-z]+|[½¼¾⅓⅔]")


def parse_number(token: str) -> float | None:
    """The value of a number core: '6,000', '-1.3', 'minus 20', '7.5 billion', '12m', 'twenty-five', '3 hundred million'."""
    t = token.strip().lower().replace(",", "").replace("−", "-")
    sign = 1.0
    if t.startswith("-") or t.startswith("minus"):
        sign, t = -1.0, t[1:] if t.startswith("-") else t[5:].lstrip(" -")
    total, current, seen, last = 0.0, 0.0, False, 0.0
    for word in _NUMBER_PARTS.findall(t):
        if word in VULGAR:
            current += VULGAR[word]
        elif word[0].isdigit() or word[0] == ".":
            current += float(word)
        elif word in _UNITS or word in _TENS:
            current += _UNITS.get(word, 0) + _TENS.get(word, 0)
        elif word == "half" and seen:
            current += 0.5
        elif word in ("and", "a"):
            continue
        elif word in ("hundred", "dozen"):
            current = (current or 1) * SCALES[word]
        elif word in SCALES and not current and last:
            total += last * (SCALES[word] - 1)  # "lakh crore", "thousand million": the scales multiply
            last *= SCALES[word]
        elif word in SCALES:
            last = (current or 1) * SCALES[word]
            total, current = total + last, 0
        else:
            return None
        seen = True
    return sign * (total + current) if seen else None


def measure_unit(surface: str) -> str:
    """The canonical unit of a unit of measure as written ('km', 'Kilometres', '°C', 'degrees Celsius')."""
    word = re.sub(r"\s+", " ", surface.lower()).replace("watt hour", "watt-hour")
    if word in MEASURES:
        return MEASURES[word]
    if word.endswith("s") and word[:-1] in MEASURES:
        return MEASURES[word[:-1]]
    return MEASURES.get(word.replace("degrees", "degree"), word)


def time_unit(word: str) -> str | None:
    """The base time unit of a word ('mins' → minute, 'centuries' → century) or None."""
    w = word.lower()
    if w in ("min", "mins"):
        return "minute"
    if w in ("hr", "hrs"):
        return "hour"
    if w == "centuries":
        return "century"
    w = w[:-1] if w.endswith("s") else w
    return w if w in HOURS else None


IRREGULAR_SINGULARS = {"mice": "mouse", "knives": "knife", "lives": "life", "wives": "wife", "wolves": "wolf",
                       "shelves": "shelf", "leaves": "leaf", "thieves": "thief", "calves": "calf", "halves": "half",
                       "geese": "goose", "teeth": "tooth", "feet": "foot", "men": "man", "women": "woman",
                       "children": "child", "people": "person", "loaves": "loaf", "series": "series", "species": "species"}


# number words that are also surname particles ("Corrie ten Boom", "Jacoba ten Hove"): read as a name between a
# capitalised given name and surname (number_rules.number; session 19)
NAME_PARTICLE_NUMBERS = {"ten"}
# singular nouns that end in a plain -s ("a 1641 canvas", "the gas", "an atlas"): never a plural, never cut to "canva"
# (session 19: a new user's "a 1641 canvas" was read as 1,641 canvases of unit "canva")
SINGULARS_IN_S = {"canvas", "gas", "atlas", "bias", "alias", "lens", "chaos", "christmas", "news", "pancreas", "iris",
                  "canvass", "bonus", "census", "campus", "virus", "status", "bus", "chassis"}


def singular_in_s(w: str) -> str | None:
    """The singular of a lower-case noun of SINGULARS_IN_S or of its plural ("canvas", "canvases" → "canvas"), else None."""
    if w in SINGULARS_IN_S:
        return w
    return w[:-2] if w.endswith("es") and w[:-2] in SINGULARS_IN_S else None


_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


def singular(word: str) -> str:
    """The singular of an English plural noun (rule-based, a few irregulars; the units codebook wins over both)."""
    bare = word.strip("'’")
    if _ACRONYM_PLURAL.fullmatch(bare):
        return bare[:-1]  # "MPs", "NGOs": an acronym keeps its case
    w = bare.lower()
    if w in IRREGULAR_SINGULARS:
        return IRREGULAR_SINGULARS[w]
    if singular_in_s(w):
        return singular_in_s(w)  # "canvas", "canvases", "buses"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def looks_plural(word: str) -> bool:
    w = word.lower().strip("'’")
    return w in IRREGULAR_PLURALS or w in IRREGULAR_SINGULARS or (len(w) > 2 and w.endswith("s") and w not in SINGULARS_IN_S
                                                                  and not w.endswith(("ss", "us", "is", "'s", "’s")))


_NOUN_WORDS = re.compile(r"\s*([A-Za-z][A-Za-z'’\-]*)")


def counted_noun(text: str, pos: int, units: dict[str, str], singular_value: bool) -> tuple[str, int]:
    """The noun a number counts, read from `pos` on: (canonical unit or '', end offset of the noun).

    Reads up to four words of the noun phrase (stopping at a function word or punctuation) and takes its
    last plural noun: "6,000 killed soldiers", "300 special forces soldiers", "6,000 soldiers' bodies".
    Nouns named in the units codebook count even when singular ("POW").
    """
    end, found, prev = pos, ("", pos), ""
    for n, m in enumerate(_NOUN_WORDS.finditer(text[pos:pos + 120])):
        if m.start() != (end - pos) or n >= 4:
            break
        word = m.group(1)
        low = word.lower().strip("'’")
        if low in COUNT_STOP or low in NUMBER_WORDS:
            break
        if found[0] and not (looks_plural(word) or low in units or word.endswith(("'", "’", "'s", "’s"))):
            break  # after the counted noun only a compound noun or a possessive may follow: "two sides discussed"
        end = pos + m.end()
        compound, prev = (f"{prev} {singular(low)}" if n else ""), low
        if word.endswith(("'", "’", "'s", "’s")):
            continue
        if compound and compound in units.values():
            found = (compound, end)  # "police officers": the codebook's unit is the two-word noun
        elif low in units:
            found = (units[low], end)
        elif looks_plural(word) or (singular_value and n == 0 and word.islower()):
            found = (units.get(low, singular(word)), end)
    return found


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|these|those|its|their)\s+$")
# "over a decade", "under an hour's drive": a preposition; "about a quarter", "over a third", "about a dozen": a hedge
# Before "a/an/one" and a unit those words are prepositions, except (named rows): "within an hour" is at most an hour
# (always); "waited over a year", "for over a decade", "took under an hour" (after a verb of lasting) are hedges.
ARTICLE_HEDGE_KEPT = {"within": "always", "over": "after_lasting", "under": "after_lasting"}
_ARTICLE_AFTER = re.compile(r"(?i)(?:an?|one(?!\s+(?:in|out\s+of)\s))\s(?!\s*(?:half|third|quarter|fifth|tenth|dozen|hundred|thousand|million|billion)\b)")


def hedge_before(text: str, start: int) -> tuple[str | None, int]:
    """A hedge phrase ending right before `start`: (hedge, its start offset) or (None, start)."""
    window = text[max(0, start - 40):start]
    m = search_from_word(HEDGE_RE, window, HEDGE_WORDS)
    if not m:
        return None, start
    hedge = next(k for k, _ in HEDGES if m.group(k))
    hstart = start - (len(window) - m.start(1))
    if m.group(1).lower() == "past" and _DETERMINER_BEFORE.search(text[max(0, hstart - 8):hstart]):
        return None, start  # "in the past five years": a span of time, not "more than"
    word = re.sub(r"\s+", " ", m.group(1).lower())
    if word in ("over", "under", "about", "within") and _ARTICLE_AFTER.match(text, start) \
            and not _article_hedge_kept(word, text, hstart):
        return None, start  # "over a decade", "under an hour's drive": a preposition, not a hedge
    return hedge, hstart


def _article_hedge_kept(word: str, text: str, hstart: int) -> bool:
    """Whether `word` before "a/an/one" and a unit stays a hedge (its row in ARTICLE_HEDGE_KEPT)."""
    when = ARTICLE_HEDGE_KEPT.get(word)
    return when == "always" or (when == "after_lasting"
                                and bool(DURATION_OVER_IS_HEDGE.search(text[max(0, hstart - 30):hstart])))


def interval(value: float, hedge: str | None) -> tuple[float, float]:
    """(low, high) of a single value under a hedge: open above for at_least/more_than, below for at_most/less_than."""
    if hedge in ("at_least", "more_than"):
        return value, math.nan
    if hedge in ("at_most", "less_than"):
        return math.nan, value
    return value, value


# A length followed by where it lies ("sank about 4 km off Ostrel", "went down 3 miles from the coast") places
# something, whatever verb comes before it: a distance, never a change.
LOCATED_AFTER = re.compile(r"(?i)^\s*(?:(?:further|farther|out|offshore|inland|away)\s+)?(?:from|off|away|offshore|"
                           r"inland|outside|short\s+of|(?:north|south|east|west|north-?east|north-?west|south-?east|"
                           r"south-?west)(?:ward)?\s+of|(?:up|down)(?:stream|river)\s+(?:of|from))\b")
LENGTH_UNITS = frozenset({"kilometre", "mile", "nautical_mile", "metre", "foot", "yard"})
