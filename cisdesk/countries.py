"""The eight SICA member countries and the pro tempore presidency (PPT) rotation."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Country:
    code: str
    name_es: str
    name_en: str


# In PPT rotation order (docs/ARCHITECTURE.md §3).
COUNTRIES: tuple[Country, ...] = (
    Country("BZ", "Belice", "Belize"),
    Country("GT", "Guatemala", "Guatemala"),
    Country("SV", "El Salvador", "El Salvador"),
    Country("HN", "Honduras", "Honduras"),
    Country("NI", "Nicaragua", "Nicaragua"),
    Country("CR", "Costa Rica", "Costa Rica"),
    Country("PA", "Panamá", "Panama"),
    Country("DO", "República Dominicana", "Dominican Republic"),
)
COUNTRY_CODES: tuple[str, ...] = tuple(c.code for c in COUNTRIES)
BY_CODE: dict[str, Country] = {c.code: c for c in COUNTRIES}

#: Owner value of rows written only at SISCA (the plan, the PPT calendar).
REGIONAL = "REG"

# 2018-I fell to República Dominicana.
_PPT_ANCHOR_YEAR, _PPT_ANCHOR_HALF, _PPT_ANCHOR_INDEX = 2018, 1, COUNTRY_CODES.index("DO")


def is_country(code: str) -> bool:
    return code in BY_CODE


def ppt_country(year: int, half: int) -> str:
    """Country code holding the PPT in semester ``half`` (1 or 2) of ``year``."""
    steps = (year - _PPT_ANCHOR_YEAR) * 2 + (half - _PPT_ANCHOR_HALF)
    return COUNTRY_CODES[(_PPT_ANCHOR_INDEX + steps) % len(COUNTRY_CODES)]


def rotation_after(code: str) -> str:
    """The country that follows ``code`` in the PPT rotation order."""
    return COUNTRY_CODES[(COUNTRY_CODES.index(code) + 1) % len(COUNTRY_CODES)]


def next_semester(label: str) -> str:
    year, half = parse_semester(label)
    return semester_label(year, 2) if half == 1 else semester_label(year + 1, 1)


def semester_label(year: int, half: int) -> str:
    return f"{year}-{'I' if half == 1 else 'II'}"


def parse_semester(label: str) -> tuple[int, int]:
    """``"2018-II"`` → ``(2018, 2)``; raises ValueError on anything else."""
    year_text, _, half_text = label.partition("-")
    if half_text not in ("I", "II") or not year_text.isdigit() or len(year_text) != 4:
        raise ValueError(f"not a semester: {label!r}")
    return int(year_text), 1 if half_text == "I" else 2


def semester_of(month: int, year: int) -> str:
    return semester_label(year, 1 if month <= 6 else 2)
