"""A stolen, revoked key cannot rewrite old history; a key file cannot squat a site id.

Runs on both backends, like the other import refusals.
"""

import dataclasses
import datetime as dt
import uuid

import pytest
from factories import (
    World,
    database_state,
    digest_of,
    key_file_of,
    meeting_lines,
)
from sqlalchemy import select

from cisdesk.cli import main
from cisdesk.db.capture import REFERENCE_SITE
from cisdesk.db.local import KeyringEntry
from cisdesk.db.models import Meeting
from cisdesk.db.record import Record
from cisdesk.errors import ValidationError
from cisdesk.sync import keyring
from cisdesk.sync.importer import import_bundles
from cisdesk.sync.keys import PublicKeyFile


def _revoke(world: World, key_id: str, after: int | None) -> None:
    with world.sisca.local() as session:
        keyring.revoke(session, key_id, after)
        session.commit()


def _titles(record) -> set[str]:
    with record.reader() as session:
        return set(session.scalars(select(Meeting.title).where(Meeting.owner != "REG")))


def _enroll(world: World, key_file: PublicKeyFile, country: str) -> None:
    with world.sisca.local() as session:
        keyring.enroll(session, key_file, country)
        session.commit()


# --- 1. a revoked key forging old history ---------------------------------------------------


def test_a_revoked_key_cannot_forge_a_bundle_at_or_below_its_cut_off(world: World, capsys) -> None:
    with world.gt.edit() as session:
        session.add(Meeting(title="Acta auténtica", date=dt.date(2018, 3, 1)))
    genuine = world.export(world.gt, world.path("gt-1.cisb")).path
    assert import_bundles(world.sisca, [genuine])[0].outcome == "imported"
    _revoke(world, key_file_of(world.gt).key_id, 1)
    # The thief holds GT's private key and numbers a new bundle 1.
    forged = world.forge(world.gt, world.path("forged.cisb"), meeting_lines(world.gt, "Nota falsa"))
    before, digest = database_state(world.sisca), digest_of(world.sisca)
    assert main(["bundle", "import", "--db", world.sisca.target, str(forged)]) == 1
    err = capsys.readouterr().err
    assert "revoked after bundle 1" in err and "not the one imported before" in err
    assert "Nota falsa" not in _titles(world.sisca)
    assert digest_of(world.sisca) == digest and database_state(world.sisca) == before
    # The genuine bundle is still known: importing it again is a harmless duplicate.
    assert import_bundles(world.sisca, [genuine])[0].outcome == "duplicate"


def test_a_revoked_key_cannot_bring_an_old_number_never_seen(world: World) -> None:
    _revoke(world, key_file_of(world.gt).key_id, 3)
    forged = world.forge(
        world.gt, world.path("old.cisb"), meeting_lines(world.gt, "Nunca visto"), seq=2
    )
    [outcome] = import_bundles(world.sisca, [forged])
    assert outcome.outcome == "rejected" and "revoked after bundle 3" in (outcome.reason or "")
    assert "Nunca visto" not in _titles(world.sisca)


# --- 2. site ids at enrolment --------------------------------------------------------------


def _stranger_key(world: World, name: str, **changes: str) -> PublicKeyFile:
    return _stranger(world, name, **changes)[1]


def _stranger(world: World, name: str, **changes: str) -> tuple[Record, PublicKeyFile]:
    stranger = world.new_install(name, country="GT")
    return stranger, dataclasses.replace(key_file_of(stranger), **changes)


def test_a_key_file_claiming_the_reference_plan_site_is_refused(world: World) -> None:
    claim = _stranger_key(world, "squatter", site_id=REFERENCE_SITE)
    with pytest.raises(ValidationError, match="reserved"):
        _enroll(world, claim, "GT")
    with world.sisca.reader() as session:
        assert session.get(KeyringEntry, claim.key_id) is None


def test_a_bundle_from_the_reference_plan_site_is_refused_even_if_enrolled(world: World) -> None:
    """An older cisdesk enrolled such keys: their bundles must not poison the region."""
    signer, claim = _stranger(world, "poison", site_id=REFERENCE_SITE)
    with world.sisca.local() as session:  # as an older version did, unchecked
        session.add(
            KeyringEntry(
                key_id=claim.key_id,
                public_key=claim.public_key,
                country="GT",
                site_id=REFERENCE_SITE,
                site_name="x",
                enrolled_at=dt.datetime.now(dt.UTC),
            )
        )
        session.commit()
    bundle = world.forge(
        signer,
        world.path("poison.cisb"),
        meeting_lines(world.gt, "Veneno", site=REFERENCE_SITE),
        origin_site=REFERENCE_SITE,
    )
    digest = digest_of(world.sisca)
    [outcome] = import_bundles(world.sisca, [bundle])
    assert outcome.outcome == "rejected" and "reference plan" in (outcome.reason or "")
    assert digest_of(world.sisca) == digest


def test_a_squatted_site_is_recovered_by_withdrawing_the_mistaken_key(world: World, capsys) -> None:
    real = world.new_install("gt-real", country="GT")
    real_file = key_file_of(real)
    squat = _stranger_key(world, "gt-squat", site_id=real_file.site_id)
    _enroll(world, squat, "GT")
    with pytest.raises(ValidationError, match="already enrolled for the site") as refused:
        _enroll(world, real_file, "GT")
    assert "keys withdraw" in str(refused.value)
    # Revoking the squatter frees nothing.
    _revoke(world, squat.key_id, None)
    with pytest.raises(ValidationError, match="already enrolled for the site"):
        _enroll(world, real_file, "GT")
    # It never signed anything imported, so it can be withdrawn; the real key then enrols.
    assert main(["keys", "withdraw", "--db", world.sisca.target, squat.key_id]) == 0
    assert "Withdrew the key" in capsys.readouterr().out
    _enroll(world, real_file, "GT")
    with world.sisca.reader() as session:
        entry = session.get(KeyringEntry, real_file.key_id)
        assert entry is not None and entry.site_id == real_file.site_id
        assert session.get(KeyringEntry, squat.key_id) is None


def test_a_key_that_signed_an_imported_bundle_cannot_be_withdrawn(world: World, capsys) -> None:
    with world.gt.edit() as session:
        session.add(Meeting(title="Firmado"))
    bundle = world.export(world.gt, world.path("gt.cisb")).path
    assert import_bundles(world.sisca, [bundle])[0].outcome == "imported"
    key_id = key_file_of(world.gt).key_id
    _revoke(world, key_id, None)
    assert main(["keys", "withdraw", "--db", world.sisca.target, key_id]) == 1
    assert "cannot be withdrawn" in capsys.readouterr().err
    # Nor may any other key take the site, revoked or not.
    claim = _stranger_key(world, "gt-thief", site_id=world.gt.install.site_id)
    with pytest.raises(ValidationError, match="already enrolled for the site"):
        _enroll(world, claim, "GT")


def test_a_site_with_recorded_changes_cannot_be_claimed(world: World) -> None:
    from cisdesk.sync import sites

    with world.gt.edit() as session:
        session.add(Meeting(title="Historia"))
    bundle = world.export(world.gt, world.path("gt.cisb")).path
    assert import_bundles(world.sisca, [bundle])[0].outcome == "imported"
    with world.sisca.reader() as session:
        assert sites.has_history(session, world.gt.install.site_id)
        assert not sites.has_history(session, str(uuid.uuid4()))
