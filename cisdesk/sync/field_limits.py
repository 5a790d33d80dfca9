"""The longest text each replicated field may hold: the limits the forms apply.

A bundle is checked against the same limits as a person typing in the forms,
so a validly signed bundle cannot bring a 10 MB title that then breaks every
report. Text columns the forms do not name get the general text limit.
"""

from cisdesk.activity.validation import TEXT_LIMIT, TITLE_LIMIT

#: (table, field) → most characters, as cisdesk/activity's forms check them.
FIELD_LIMITS: dict[tuple[str, str], int] = {
    ("delegate", "name"): 200,
    ("delegate", "institution"): TITLE_LIMIT,
    ("delegate", "position"): 200,
    ("delegate", "email"): 254,
    ("delegate", "phone"): 40,
    ("meeting", "title"): TITLE_LIMIT,
    ("meeting", "place"): TITLE_LIMIT,
    ("evidence", "file_name"): 255,
    ("proposal", "title"): TITLE_LIMIT,
    ("capacity_activity", "title"): TITLE_LIMIT,
}


def text_limit(table: str, field: str, column_length: int | None) -> int:
    """The limit for one text field: the form's, else the column's, else the general one."""
    limit = FIELD_LIMITS.get((table, field), TEXT_LIMIT)
    return min(limit, column_length) if column_length is not None else limit
