"""Words of the report and app fixes: regional results in the milestone tables."""

MESSAGES = {
    "report.regional_status": (
        "Regional (SISCA): {status}",
        "Regional (SISCA): {status}",
    ),
}
