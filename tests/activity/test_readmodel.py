"""The rules every view shares: which report counts, semesters, committees, labels, codes."""

from cisdesk.activity import readmodel
from cisdesk.activity.readmodel import CountedReport
from cisdesk.messages.catalog import CATALOGUE


def _report(row_id: str, semester: str, hlc: int, percent: int, country: str = "GT"):
    return CountedReport(
        row_id,
        country,
        "r1",
        semester,
        "in_progress",
        percent,
        None,
        hlc,
        readmodel.semester_sort_key(semester),
    )


def test_the_latest_semester_counts_then_the_last_written_then_the_larger_id() -> None:
    reports = [
        _report("a", "2018-I", 900, 10),
        _report("b", "2018-II", 100, 20),
        _report("c", "2018-II", 200, 30),  # written later than b in the same semester
        _report("d", "2019-I", 50, 40),
        _report("e", "2018-II", 200, 35),  # same clock as c: the larger id
    ]
    assert readmodel.counting(reports, as_of="2018-II")[("GT", "r1")].id == "e"
    assert readmodel.counting(reports, as_of="2018-I")[("GT", "r1")].id == "a"
    assert readmodel.counting(reports, year=2019)[("GT", "r1")].id == "d"
    assert readmodel.counting(reports, up_to_year=2018)[("GT", "r1")].id == "e"
    per_semester = readmodel.counting_per_semester(reports)
    assert per_semester[("GT", "r1", "2018-II")].id == "e"
    # The order of the input does not matter.
    assert readmodel.counting(reversed(reports), as_of="2018-II")[("GT", "r1")].id == "e"


def test_semesters_in_order() -> None:
    assert readmodel.semesters_between("2018-II", "2019-II") == ["2018-II", "2019-I", "2019-II"]
    assert readmodel.semesters_between("2019-I", "2018-II") == []
    assert readmodel.semester_key("2018-III") is None
    assert readmodel.semester_sort_key("?") < readmodel.semester_sort_key("2017-I")
    assert readmodel.semester_number("2018-II") == 20182
    assert readmodel.next_semester("2018-II") == "2019-I"


def test_committees_and_result_labels() -> None:
    codes = sorted(["CI", "XYZ", "MEI", "PPS"], key=readmodel.committee_sort_key)
    assert codes == ["PPS", "MEI", "CI", "XYZ"]
    assert readmodel.result_label("MEI", 3, 2) == "MEI 3.2"


def test_every_status_has_a_code_in_the_catalogue() -> None:
    codes = [readmodel.status_code("progress", s) for s in readmodel.STATUS_ORDER]
    assert codes[-1] == "status.progress.none"
    # The words are the catalogue's (its status area); the read model names them.
    assert [code for code in codes if code not in CATALOGUE] == []
