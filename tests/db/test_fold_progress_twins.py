"""Migration 0003 folds progress twins into the one row with the derived id."""

import json
from pathlib import Path

from sqlalchemy import select, text

from cisdesk.activity import progress
from cisdesk.db import migrate
from cisdesk.db.base import new_id
from cisdesk.db.capture import Capture
from cisdesk.db.engine import make_engine
from cisdesk.db.local import Conflict, FieldVersion
from cisdesk.db.models import Evidence, ProgressReport, Result
from cisdesk.db.natural_keys import progress_report_id
from cisdesk.db.record import Record, open_record
from cisdesk.sync.provision import create_install

LAPTOP_A = "aaaaaaaa-0000-4000-8000-00000000000a"
LAPTOP_B = "bbbbbbbb-0000-4000-8000-00000000000b"


def _before_0003() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    down = script.get_revision("0003").down_revision
    assert isinstance(down, str)
    return down


def _twin(record: Record, site: str, **values) -> str:
    """A report as a cisdesk before derived ids wrote it: a random id."""
    with record.edit(Capture(site_id=site, owner="GT")) as session:
        row = ProgressReport(id=new_id(), **values)
        session.add(row)
    return row.id


def _edit(record: Record, site: str, row_id: str, **values) -> None:
    with record.edit(Capture(site_id=site, owner="GT")) as session:
        row = session.get(ProgressReport, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def test_upgrade_folds_twins_newest_field_wins_and_losers_become_conflicts(
    tmp_path: Path,
) -> None:
    db = tmp_path / "gt.db"
    with create_install(str(db), country="GT") as record:
        with record.reader() as session:
            result_id = session.scalars(
                select(Result.id).where(Result.start_semester == "2018-I")
            ).first()
        key = {"result_id": result_id, "semester": "2018-II"}
        a = _twin(record, LAPTOP_A, status="in_progress", percent=30, note="Borrador", **key)
        b = _twin(record, LAPTOP_B, status="completed", percent=100, note=None, **key)
        _edit(record, LAPTOP_A, a, note="Acta firmada")  # A's note is the newest
        progress.attach_evidence(record, a, "acta.pdf", b"%PDF-1.4 acta")
        # A report alone on its pair is re-keyed too.
        alone = _twin(
            record, LAPTOP_A, status="delayed", percent=5, result_id=result_id, semester="2018-I"
        )
    engine = make_engine(str(db))
    with engine.begin() as conn:
        # The database as it was before migration 0003.
        conn.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": _before_0003()})
    engine.dispose()

    with open_record(str(db)) as record:
        assert migrate.current_revision(record.engine) == migrate.HEAD_REVISION
        one = progress_report_id("GT", result_id, "2018-II")
        with record.reader() as session:
            rows = session.scalars(select(ProgressReport).order_by(ProgressReport.semester)).all()
            assert [r.id for r in rows] == [progress_report_id("GT", result_id, "2018-I"), one]
            row = rows[1]
            assert (row.status, row.percent, row.note) == ("completed", 100, "Acta firmada")
            versions = {
                v.field: v.site
                for v in session.scalars(select(FieldVersion).where(FieldVersion.row_id == one))
            }
            assert versions["percent"] == LAPTOP_B and versions["note"] == LAPTOP_A
            assert not session.scalars(
                select(FieldVersion).where(FieldVersion.row_id.in_([a, b, alone]))
            ).all()
            evidence = session.scalars(select(Evidence)).one()
            assert evidence.progress_report_id == one
            lost = {
                (c.field, json.loads(c.lost_value), c.lost_site)
                for c in session.scalars(select(Conflict).where(Conflict.row_id == one))
            }
            # Each laptop wrote without seeing the other: what lost is kept for a person.
        assert lost == {
            ("status", "in_progress", LAPTOP_A),
            ("percent", 30, LAPTOP_A),
            ("note", None, LAPTOP_B),
        }
        # The folded report is the one every edit now writes.
        changes = progress.save_progress(
            record,
            result_id=result_id,
            semester="2018-II",
            status="completed",
            percent=100,
            note="Cerrado",
        )
        assert changes.row_id == one
