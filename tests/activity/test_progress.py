"""Progress reports and evidence: the rules, one report per result and semester, tombstones."""

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from cisdesk.activity import progress
from cisdesk.db.local import Blob
from cisdesk.db.models import Evidence, ProgressReport, Result
from cisdesk.db.versions import versions_of
from cisdesk.errors import ValidationError


def live_reports(record) -> list[ProgressReport]:
    with record.reader() as session:
        return list(
            session.scalars(select(ProgressReport).where(ProgressReport.deleted.is_not(True)))
        )


def test_save_creates_a_captured_report(gt, make):
    report_id = make.progress(percent=40, note="  Insumos enviados  ")
    (row,) = live_reports(gt)
    assert row.id == report_id
    assert (row.owner, row.status, row.percent, row.note) == (
        "GT",
        "in_progress",
        40,
        "Insumos enviados",
    )
    with gt.reader() as session:
        fields = {field for _row, field in versions_of(session.connection(), [report_id])}
    assert {"status", "percent", "semester", "result_id", "note", "deleted", "owner"} <= fields


def test_saving_the_same_result_and_semester_edits_the_existing_report(gt, make):
    first = make.progress(percent=40)
    changes = progress.save_progress(
        gt, result_id=make.result(), semester="2018-II", status="completed", percent=100
    )
    assert changes.row_id == first
    assert not changes.created
    (row,) = live_reports(gt)
    assert (row.status, row.percent) == ("completed", 100)
    assert dict(changes.changes[0].before) == {
        "status": "in_progress",
        "percent": 40,
        "note": "Avance según lo previsto",
    }


def test_saving_after_a_delete_brings_the_same_row_back(gt, make):
    first = make.progress()
    progress.delete_progress(gt, first)
    assert live_reports(gt) == []
    changes = progress.save_progress(
        gt, result_id=make.result(), semester="2018-II", status="delayed", percent=10
    )
    assert changes.row_id == first
    assert changes.created
    with gt.reader() as session:
        assert session.scalar(select(func.count()).select_from(ProgressReport)) == 1


def test_other_semesters_are_separate_reports(gt, make):
    a = make.progress(semester="2018-I")
    b = make.progress(semester="2018-II")
    assert a != b
    assert len(live_reports(gt)) == 2


def test_update_changes_only_given_fields(gt, make):
    report_id = make.progress(percent=40)
    changes = progress.update_progress(gt, report_id, percent=60)
    assert dict(changes.changes[0].after) == {"percent": 60}
    (row,) = live_reports(gt)
    assert (row.status, row.percent) == ("in_progress", 60)


def test_update_with_no_difference_records_nothing(gt, make):
    report_id = make.progress(percent=40)
    assert not progress.update_progress(gt, report_id, percent=40)


def test_moving_a_report_onto_another_refuses(gt, make, refuses):
    make.progress(semester="2018-I")
    other = make.progress(semester="2018-II")
    with refuses(gt, "semester", "duplicate_report"):
        progress.update_progress(gt, other, semester="2018-I")


def test_delete_tombstones_the_report_and_its_evidence(gt, make):
    report_id = make.progress()
    progress.attach_evidence(gt, report_id, "acta.pdf", b"%PDF-1.4 acta")
    changes = progress.delete_progress(gt, report_id)
    assert changes.tables == {"progress_report", "evidence"}
    with gt.reader() as session:
        assert session.get(ProgressReport, report_id).deleted is True
        assert all(e.deleted for e in session.scalars(select(Evidence)))


@pytest.mark.parametrize(
    ("values", "field", "code"),
    [
        ({"percent": 101}, "percent", "percent_range"),
        ({"percent": -1}, "percent", "percent_range"),
        ({"percent": 40.5}, "percent", "percent_range"),
        ({"percent": True}, "percent", "percent_range"),
        ({"percent": "cuarenta"}, "percent", "percent_range"),
        ({"percent": None}, "percent", "percent_range"),
        ({"status": "finished"}, "status", "status_invalid"),
        ({"status": None}, "status", "status_invalid"),
        ({"status": "completed", "percent": 90}, "percent", "completed_not_100"),
        ({"status": "not_started", "percent": 5}, "percent", "not_started_not_0"),
        ({"semester": "2018-3"}, "semester", "semester_invalid"),
        ({"semester": "II-2018"}, "semester", "semester_invalid"),
        ({"semester": "2017-II"}, "semester", "semester_before_start"),
        ({"semester": "2019-II"}, "semester", "semester_future"),
        ({"result_id": "no-such-result"}, "result_id", "result_unknown"),
        ({"result_id": None}, "result_id", "result_unknown"),
    ],
)
def test_save_refusals(gt, make, refuses, values, field, code):
    with refuses(gt, field, code):
        make.progress(**values)


def test_integral_numbers_are_accepted(gt, make):
    make.progress(percent=50.0)
    make.progress(semester="2018-I", percent="25")
    assert sorted(r.percent for r in live_reports(gt)) == [25, 50]


def test_a_result_starting_later_cannot_be_reported_earlier(gt, make, refuses):
    later = make.result("2019-I")
    with refuses(gt, "semester", "semester_before_start"):
        make.progress(result_id=later, semester="2018-II")
    make.progress(result_id=later, semester="2019-I")


def test_a_deleted_result_cannot_be_reported(gt, make, refuses):
    result_id = make.result()
    with gt.engine.begin() as conn:
        conn.execute(Result.__table__.update().where(Result.id == result_id).values(deleted=True))
    with refuses(gt, "result_id", "result_unknown"):
        make.progress(result_id=result_id)


def test_sisca_does_not_record_progress(sisca, make_sisca, refuses):
    with refuses(sisca, None, "country_only"):
        make_sisca.progress()


def test_another_countrys_report_is_read_only(gt, make, refuses, foreign):
    result_id = make.result()
    with gt.edit(foreign("HN")) as session:
        row = ProgressReport(result_id=result_id, semester="2018-II", status="delayed", percent=5)
        session.add(row)
    with refuses(gt, None, "read_only") as info:
        progress.update_progress(gt, row.id, percent=10)
    assert "Honduras" in str(info.value)
    with refuses(gt, None, "read_only"):
        progress.delete_progress(gt, row.id)
    # Saving for the same result and semester makes Guatemala's own report.
    own = make.progress(result_id=result_id)
    assert own != row.id


def test_a_deleted_report_cannot_be_edited(gt, make, refuses):
    report_id = make.progress()
    progress.delete_progress(gt, report_id)
    with refuses(gt, None, "not_found"):
        progress.update_progress(gt, report_id, percent=10)
    with refuses(gt, None, "not_found"):
        progress.delete_progress(gt, report_id)


def test_unknown_fields_are_a_programming_error(gt, make):
    report_id = make.progress()
    with pytest.raises(TypeError):
        progress.update_progress(gt, report_id, pecrent=10)


def test_implied_values():
    assert progress.implied_percent("completed") == 100
    assert progress.implied_percent("not_started") == 0
    assert progress.implied_percent("delayed") is None
    assert progress.implied_status(0) == "not_started"
    assert progress.implied_status(100) == "completed"
    assert progress.implied_status(35) == "in_progress"


def test_semesters_until_now_run_from_the_earliest_result(gt):
    assert progress.semesters_until_now(gt) == ["2017-II", "2018-I", "2018-II", "2019-I"]
    assert progress.today_semester(gt) == "2019-I"


# --- evidence ----------------------------------------------------------------------------


def test_attach_stores_the_file_once_by_content(gt, make):
    report_id = make.progress()
    data = b"Acta de la reunion de seguimiento"
    first = progress.attach_evidence(gt, report_id, "/tmp/x/acta.txt", data, "Acta")
    progress.attach_evidence(gt, report_id, "copia.txt", data)
    sha = hashlib.sha256(data).hexdigest()
    with gt.reader() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        row = session.get(Evidence, first.row_id)
        assert (row.file_name, row.sha256, row.size, row.description) == (
            "acta.txt",
            sha,
            len(data),
            "Acta",
        )
    listed = progress.evidence_of(gt, report_id)
    assert [e["file_name"] for e in listed] == ["acta.txt", "copia.txt"]
    assert all(e["available"] for e in listed)
    assert progress.evidence_bytes(gt, sha) == data
    progress.delete_evidence(gt, first.row_id)
    assert [e["file_name"] for e in progress.evidence_of(gt, report_id)] == ["copia.txt"]


def test_attach_refusals(gt, make, refuses, monkeypatch):
    report_id = make.progress()
    with refuses(gt, "file", "evidence_empty"):
        progress.attach_evidence(gt, report_id, "vacio.txt", b"")
    monkeypatch.setattr(progress, "MAX_EVIDENCE_BYTES", 10)
    with refuses(gt, "file", "evidence_too_large"):
        progress.attach_evidence(gt, report_id, "grande.txt", b"x" * 11)
    with refuses(gt, None, "not_found"):
        progress.attach_evidence(gt, "missing", "a.txt", b"abc")


def test_read_evidence_file(tmp_path: Path, monkeypatch):
    good = tmp_path / "acta.txt"
    good.write_bytes(b"contenido")
    assert progress.read_evidence_file(good) == b"contenido"
    with pytest.raises(ValidationError) as info:
        progress.read_evidence_file(tmp_path / "missing.txt")
    assert info.value.code == "evidence_unreadable"
    monkeypatch.setattr(progress, "MAX_EVIDENCE_BYTES", 3)
    with pytest.raises(ValidationError) as info:
        progress.read_evidence_file(good)
    assert info.value.code == "evidence_too_large"
    assert info.value.field == "file"
