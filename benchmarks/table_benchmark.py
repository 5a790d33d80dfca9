"""How long the record tables take on a large regional record.

Builds a SISCA install holding N progress reports (inserted in bulk with
SQLAlchemy Core, spread over the eight countries, the plan's results and
sixteen semesters), then times what a person waits for on the Avances page:
the first page of the lazy model, the next page, a page deep in the list, a
re-sort, a filtered list, the grid of one country's semester, and the whole
page widget opening.

    .venv/bin/python benchmarks/table_benchmark.py [--rows 100000] [--runs 5]

Prints the median and worst of each in milliseconds.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEMESTERS = [f"{year}-{half}" for year in range(2018, 2026) for half in ("I", "II")]
STATUSES = ["not_started", "in_progress", "delayed", "completed"]


def build(path: Path, rows: int):
    from sqlalchemy import insert, select

    from cisdesk.countries import COUNTRY_CODES
    from cisdesk.db.models import ProgressReport, Result
    from cisdesk.sync.provision import create_install

    record = create_install(str(path), regional=True)
    with record.reader() as session:
        results = list(session.scalars(select(Result.id).order_by(Result.id)))
    batch = []
    for i in range(rows):
        status = STATUSES[i % 4]
        batch.append(
            {
                "id": str(uuid.UUID(int=i + 1)),
                "owner": COUNTRY_CODES[i % 8],
                "deleted": False,
                "result_id": results[i % len(results)],
                "semester": SEMESTERS[(i // 8) % len(SEMESTERS)],
                "status": status,
                "percent": {"not_started": 0, "completed": 100}.get(status, i % 99 + 1),
                "note": f"nota {i}",
            }
        )
    with record.engine.begin() as conn:
        conn.execute(insert(ProgressReport), batch)
    return record


def timed(runs: int, action: Callable[[], object]) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from cisdesk.activity import queries
    from cisdesk.ui.context import AppContext
    from cisdesk.ui.table_model import Column, LazyTableModel
    from cisdesk.ui.views.progress import ProgressPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        start = time.perf_counter()
        record = build(Path(folder) / "sisca.db", args.rows)
        print(f"built {args.rows} reports in {time.perf_counter() - start:.1f} s")
        columns = [
            Column("semester", "Semester", "semester"),
            Column("owner", "Country", "owner"),
            Column("percent", "Progress", "percent"),
        ]
        every = queries.progress_list()

        def first_page() -> LazyTableModel:
            return LazyTableModel(columns, partial(every.page, record))

        def next_page() -> None:
            first_page().fetchMore()

        def resort() -> None:
            first_page().sort(2, Qt.SortOrder.DescendingOrder)

        end = every.cursor_at(record, args.rows - 201)

        def deep_page() -> None:
            every.page(record, end, 200)

        def deep_offset() -> None:
            every.fetch(record, args.rows - 200, 200)

        def typed() -> None:
            every.page(record, None, 200, text="nota 9999")

        def one_country() -> None:
            LazyTableModel(columns, partial(queries.progress_list(owner="HN").page, record))

        def grid() -> None:
            queries.progress_grid("HN", "2019-I").fetch(record, 0, 200)

        def page() -> None:
            widget = ProgressPage(AppContext(record))
            widget.show()
            app.processEvents()
            widget.close()
            widget.deleteLater()

        measures = {
            "first page (model built)": first_page,
            "first + next page": next_page,
            "re-sort by percent": resort,
            "last page (keyset)": deep_page,
            "last page (OFFSET, before)": deep_offset,
            "filter 'nota 9999'": typed,
            "one country's list": one_country,
            "one country's semester grid": grid,
            "Avances page opened": page,
        }
        for name, action in measures.items():
            times = timed(args.runs, action)
            print(
                f"{name:30s} median {statistics.median(times):8.1f} ms   worst {max(times):8.1f} ms"
            )
        record.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
