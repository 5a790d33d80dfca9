"""Report files appear whole or not at all; progress is reported and can cancel."""

from pathlib import Path

import pytest
from report_support import page_texts

from cisdesk.db.record import Record
from cisdesk.errors import CisdeskError
from cisdesk.progress import Cancelled
from cisdesk.reports import pdf_common
from cisdesk.reports.excel_template import write_template
from cisdesk.reports.pdf import ReportRequest, write_report


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.is_file())


def test_pdf_into_a_missing_folder_is_refused(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.pdf"
    with pytest.raises(CisdeskError, match=r"the folder .* does not exist"):
        write_report(country_demo, out, ReportRequest(year=2019))
    assert not out.parent.exists()


def test_pdf_onto_a_folder_is_refused(country_demo: Record, tmp_path: Path) -> None:
    with pytest.raises(CisdeskError, match="it is a folder"):
        write_report(country_demo, tmp_path, ReportRequest(year=2019))


def test_a_failure_while_writing_leaves_no_file_and_keeps_the_old_one(
    country_demo: Record, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "report.pdf"
    out.write_bytes(b"the previous report")

    real_build = pdf_common.ReportDocument.build

    def failing_build(self, story, **kwargs):
        real_build(self, story, **kwargs)  # the whole temporary file is written...
        raise OSError(28, "No space left on device")  # ...then the disk fills up

    monkeypatch.setattr(pdf_common.ReportDocument, "build", failing_build)
    with pytest.raises(CisdeskError, match=r"Not enough space to write .*report\.pdf") as caught:
        write_report(country_demo, out, ReportRequest(year=2019))
    assert "\n" not in str(caught.value)
    assert out.read_bytes() == b"the previous report"
    assert _leftovers(out_dir) == ["report.pdf"]


def test_progress_is_reported_and_ends_at_100(country_demo: Record, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_report(
        country_demo,
        tmp_path / "r.pdf",
        ReportRequest(kind="country"),
        progress=lambda done, total, _msg="": seen.append((done, total)),
    )
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    fractions = [done / total for done, total in seen]
    assert fractions == sorted(fractions)
    assert len(seen) > 5  # the layout reports as it goes, not only at the ends


def test_cancel_during_layout_leaves_no_file(country_demo: Record, tmp_path: Path) -> None:
    def cancel_midway(done: int, total: int, _message: str = "") -> None:
        if done >= 50:
            raise Cancelled()

    with pytest.raises(Cancelled):
        write_report(country_demo, tmp_path / "r.pdf", ReportRequest(), progress=cancel_midway)
    assert _leftovers(tmp_path) == []


def test_a_report_replaces_an_older_one(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    out.write_bytes(b"old")
    write_report(country_demo, out, ReportRequest(year=2019))
    assert page_texts(out)[0].startswith("SICA")
    assert _leftovers(tmp_path) == ["r.pdf"]


def test_template_into_a_missing_folder_is_refused(country_demo: Record, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "t.xlsx"
    with pytest.raises(CisdeskError, match="does not exist"):
        write_template(country_demo, out)
