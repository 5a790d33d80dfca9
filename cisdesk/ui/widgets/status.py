"""Names and colours of progress statuses, and country names, in the interface language."""

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor

from cisdesk.activity.home_figures import NO_REPORT, STATUS_ORDER
from cisdesk.countries import BY_CODE, REGIONAL
from cisdesk.messages import is_code, text

STATUS_COLORS: dict[str, str] = {
    "completed": "#2e7d32",
    "in_progress": "#1e88e5",
    "delayed": "#f57c00",
    "not_started": "#b0bec5",
    "cancelled": "#616161",
    NO_REPORT: "#eceff1",
}


def status_color(status: str) -> QColor:
    return QColor(STATUS_COLORS.get(status, "#eceff1"))


def status_label(status: str) -> str:
    """The status in the one vocabulary of the catalogue (``status.progress.*``)."""
    code = "status.progress.none" if status == NO_REPORT else f"status.progress.{status}"
    return text(code) if is_code(code) else status


def status_legend() -> list[tuple[str, str]]:
    """(status, label) in the order statuses are stacked."""
    return [(s, status_label(s)) for s in STATUS_ORDER]


def english() -> bool:
    return QLocale().language() == QLocale.Language.English


def country_name(code: str | None) -> str:
    if not code:
        return ""
    if code == REGIONAL:
        return "SISCA"
    country = BY_CODE.get(code)
    if country is None:
        return code
    return country.name_en if english() else country.name_es


def home_title(country: str, site_name: str | None) -> str:
    """ "Guatemala", or "Guatemala — Laptop 2" when the site has a name of its own."""
    site = (site_name or "").strip()
    if not site or site.casefold() == country.casefold():
        return country
    return f"{country} — {site}"
