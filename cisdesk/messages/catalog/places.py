"""Names of places in messages: the member countries and SISCA."""

from cisdesk.countries import COUNTRIES, REGIONAL

MESSAGES: dict[str, tuple[str, str]] = {
    f"place.{country.code}": (country.name_es, country.name_en) for country in COUNTRIES
}
MESSAGES[f"place.{REGIONAL}"] = ("la SISCA", "SISCA")
MESSAGES["place.unknown"] = ("el lugar desconocido {code}", "{code}")
