"""Home's cached figures: read back equal, and ignored once the record has changed."""

import datetime as dt
import json

from cisdesk.activity import home_cache, meetings
from cisdesk.activity.dashboard import build_dashboard
from cisdesk.db.record import Record


def test_the_figures_come_back_equal(gt: Record, make) -> None:
    make.progress(semester="2018-II", status="delayed", percent=30)
    make.agreement(due_date=dt.date(2019, 3, 1))
    make.meeting(date=dt.date(2019, 2, 11), title="Reunión técnica")
    first, cached = home_cache.dashboard(gt, "2019-I")
    assert not cached
    again, cached = home_cache.dashboard(gt, "2019-I")
    assert cached
    assert again == first == build_dashboard(gt, "2019-I")


def test_regional_figures_with_their_matrix(sisca: Record, make_sisca) -> None:
    home_cache.dashboard(sisca, "2018-II")
    again, cached = home_cache.dashboard(sisca, "2018-II")
    assert cached and again.matrix is not None
    assert again == build_dashboard(sisca, "2018-II")


def test_a_change_invalidates_them(gt: Record, make) -> None:
    meeting = make.meeting(date=dt.date(2019, 2, 11), title="Reunión técnica")
    home_cache.dashboard(gt, "2019-I")
    meetings.update_meeting(gt, meeting, title="Reunión técnica regional")
    board, cached = home_cache.dashboard(gt, "2019-I")
    assert not cached
    assert [m.title for m in board.meetings_this_semester] == ["Reunión técnica regional"]


def test_another_semester_or_day_is_computed(gt: Record, make) -> None:
    home_cache.dashboard(gt, "2019-I")
    assert not home_cache.dashboard(gt, "2018-II")[1]
    gt.today = lambda: dt.date(2019, 3, 16)  # type: ignore[method-assign]
    assert not home_cache.dashboard(gt, "2018-II")[1]


def test_a_damaged_file_is_recomputed(gt: Record, make) -> None:
    home_cache.dashboard(gt, "2019-I")
    home_cache.cache_file(gt).write_text('{"format": 1, "counter": "x", "board": [')
    board, cached = home_cache.dashboard(gt, "2019-I")
    assert not cached and board == build_dashboard(gt, "2019-I")
    assert home_cache.dashboard(gt, "2019-I")[1]


def test_first_steps_of_the_wrong_shape_are_recomputed(gt: Record, make) -> None:
    home_cache.dashboard(gt, "2019-I")
    target = home_cache.cache_file(gt)
    data = json.loads(target.read_text(encoding="utf-8"))
    for wrong in (["yes"], {"key_saved": True}, 7):
        data["steps"] = wrong
        target.write_text(json.dumps(data), encoding="utf-8")
        board, cached = home_cache.dashboard(gt, "2019-I")
        assert not cached and board == build_dashboard(gt, "2019-I")
    assert home_cache.dashboard(gt, "2019-I")[1]  # written again, whole
