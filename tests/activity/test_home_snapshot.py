"""Home's cached figures read with sqlite3 alone: the same counter, the same figures."""

import datetime as dt
import subprocess
import sys

from cisdesk.activity import home_cache, home_snapshot, meetings
from cisdesk.db.local import ExportLog, ImportLog
from cisdesk.db.record import Record


def _both(record: Record) -> tuple[str, str | None]:
    assert record.path is not None
    return home_cache.change_counter(record), home_snapshot.sqlite_counter(record.path)


def test_the_counter_read_with_sqlite3_is_the_records(gt: Record, make) -> None:
    seen = []
    through_models, plain = _both(gt)
    assert plain == through_models
    seen.append(plain)

    meeting = make.meeting(date=dt.date(2019, 2, 11), title="Reunión técnica")  # an edit
    meetings.update_meeting(gt, meeting, title="Reunión técnica regional")
    through_models, plain = _both(gt)
    assert plain == through_models
    seen.append(plain)

    now = dt.datetime(2019, 3, 1, tzinfo=dt.UTC)
    with gt.local_edit() as session:  # an export logged
        session.add(ExportLog(bundle_id="b1", created_at=now, highest_hlc=1, changes=1))
    through_models, plain = _both(gt)
    assert plain == through_models
    seen.append(plain)

    with gt.local_edit() as session:  # a bundle offered
        session.add(
            ImportLog(file_name="x", file_sha256="0" * 64, outcome="rejected", imported_at=now)
        )
    through_models, plain = _both(gt)
    assert plain == through_models
    seen.append(plain)
    assert len(set(seen)) == len(seen)  # every change moved it


def test_the_cached_figures_come_back_without_the_record_open(gt: Record, make) -> None:
    make.progress(semester="2018-II", status="delayed", percent=30)
    make.meeting(date=dt.date(2019, 2, 11), title="Reunión técnica")
    board, _cached = home_cache.dashboard(gt, "2019-I")
    snapshot = home_snapshot.cached_home(str(gt.path), today=gt.today())
    assert snapshot is not None
    assert snapshot.board == board
    assert (snapshot.country, snapshot.site_name) == (gt.install.country, gt.install.site_name)

    make.meeting(date=dt.date(2019, 2, 12), title="Otra reunión")  # the record moves on
    assert home_snapshot.cached_home(str(gt.path), today=gt.today()) is None
    assert home_snapshot.cached_home(str(gt.path), today=dt.date(2019, 3, 16)) is None


def test_nothing_is_shown_for_what_is_not_a_record(tmp_path) -> None:
    missing = tmp_path / "missing.db"
    assert home_snapshot.cached_home(str(missing)) is None
    assert not missing.exists()  # read-only: nothing created
    other = tmp_path / "other.db"
    other.write_bytes(b"not a database at all" * 100)
    assert home_snapshot.cached_home(str(other)) is None
    assert home_snapshot.cached_home("postgresql://u:p@host/db") is None


def test_reading_them_loads_no_sqlalchemy(gt: Record) -> None:
    home_cache.dashboard(gt)
    script = (
        "import datetime, sys\n"
        "from cisdesk.activity.home_snapshot import cached_home\n"
        f"today = datetime.date.fromisoformat({gt.today().isoformat()!r})\n"
        f"assert cached_home({str(gt.path)!r}, today) is not None\n"
        "print('sqlalchemy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
