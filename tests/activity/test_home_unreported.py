"""Home's averages follow the read model: a result nobody reported is not 0 %.

The PDFs leave unreported (country, result) pairs out of a mean and say how many
reported (``reports.data.progress_coverage``); Home counted each of them as 0 %,
so SISCA's Home showed a region at a fraction of the progress its PDF printed.
Here Guatemala reports through a real signed bundle and Honduras sends one with
no progress at all.
"""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from cisdesk.activity import meetings, progress
from cisdesk.activity.dashboard import NO_REPORT, build_dashboard
from cisdesk.db.models import Result
from cisdesk.db.record import Record
from cisdesk.reports import data
from cisdesk.sync import keyring, keys
from cisdesk.sync.export import export_bundle
from cisdesk.sync.importer import import_bundles
from cisdesk.sync.provision import create_install

SEMESTER = "2019-I"


def _key_file(record: Record) -> keys.PublicKeyFile:
    with record.reader() as session:
        return keys.read_public_key_file(keys.export_public_key(session))


@pytest.fixture
def region(tmp_path: Path):
    sisca = create_install(str(tmp_path / "sisca.db"), regional=True)
    gt = create_install(str(tmp_path / "gt.db"), country="GT")
    hn = create_install(str(tmp_path / "hn.db"), country="HN")
    root = _key_file(sisca)
    for country in (gt, hn):
        with country.local_edit() as session:
            keyring.trust_root(session, root)
        country.refresh_install()
        country_file = _key_file(country)
        with sisca.local_edit() as session:
            keyring.enroll(session, country_file, country_file.country)
    yield sisca, gt, hn
    for record in (sisca, gt, hn):
        record.close()


def test_sisca_home_averages_only_what_was_reported(region, tmp_path: Path) -> None:
    sisca, gt, hn = region
    with gt.reader() as session:
        started = set(
            session.scalars(
                select(Result.id).where(
                    Result.regional.is_not(True), Result.start_semester == "2018-I"
                )
            )
        )
    board = build_dashboard(sisca, SEMESTER, today=dt.date(2019, 3, 15))
    first_committee = board.by_committee[0]
    in_first = {r.id for r in board.basis.results if r.committee_code == first_committee.key}
    reported = [r.id for r in board.basis.results if r.id in in_first & started][:2]
    progress.save_progress(
        gt, result_id=reported[0], semester=SEMESTER, status="completed", percent=100
    )
    progress.save_progress(
        gt, result_id=reported[1], semester=SEMESTER, status="in_progress", percent=60
    )
    meetings.create_meeting(
        hn,
        date=dt.date(2019, 2, 1),
        kind="joint",
        title="Sesión sin avances",
        virtual=False,
        duration_minutes=90,
    )
    export_bundle(gt, tmp_path / "gt.cisb")
    export_bundle(hn, tmp_path / "hn.cisb")
    outcomes = import_bundles(sisca, [tmp_path / "gt.cisb", tmp_path / "hn.cisb"])
    assert [o.outcome for o in outcomes] == ["imported", "imported"]

    board = build_dashboard(sisca, SEMESTER, today=dt.date(2019, 3, 15))
    group = next(g for g in board.by_committee if g.key == first_committee.key)
    # Honduras (and every country that sent nothing) is unreported, not 0 %.
    assert group.counts[NO_REPORT] == group.total - 2
    assert group.reported == 2
    assert group.average_percent == pytest.approx(80.0)
    assert board.matrix is not None
    assert board.matrix.status("HN", reported[0]) == NO_REPORT
    others = [g for g in board.by_committee if g.key != first_committee.key]
    assert others and all(g.average_percent is None and g.reported == 0 for g in others)

    # The PDFs' figure for the same scope is the same one.
    snapshot = data.load_record(sisca)[1]
    latest = data.latest_reports(snapshot.reports, year=2019)
    results = [r for r in data.results_in_scope(snapshot.committees, 2019) if r.id in in_first]
    coverage = data.progress_coverage(results, latest, board.countries)
    assert coverage.mean == pytest.approx(group.average_percent)
    assert coverage.reported == group.reported
