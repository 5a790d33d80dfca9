"""The bundle's schema version follows the shape of the replicated tables.

A payload line names a table and a field. A reader that does not know one refuses
the whole bundle, line by line ("unknown table"), which reads like damage; the
manifest's ``schema_version`` lets it say instead "made by a newer cisdesk; update".
That only works if the version moves whenever a replicated table or field is added,
removed or retyped, so the shape is pinned here to the version.
"""

import hashlib
import json

import pytest

from cisdesk.messages import text
from cisdesk.sync import container
from cisdesk.sync.payload import FIELD_SPECS

#: schema version → fingerprint of the replicated tables' shape it stands for.
#: 1: the first record (release of issue 2/3); 2: the plan's processes (strategy
#: versions, coordinators, committee leads, evaluations, proposal steps), regional
#: and retired results, and progress ids derived from (country, result, semester).
SHAPES = {2: "592173d6fc204e87"}


def shape_fingerprint() -> str:
    """Tables, fields, value kinds, length limits and nullability, hashed."""
    shape = {
        table: {
            name: [spec.check.__name__, spec.length, spec.nullable]
            for name, spec in sorted(fields.items())
        }
        for table, fields in sorted(FIELD_SPECS.items())
    }
    return hashlib.sha256(json.dumps(shape, sort_keys=True).encode()).hexdigest()[:16]


def test_the_schema_version_was_raised_with_the_plan_processes_tables() -> None:
    assert container.SCHEMA_VERSION == 2
    assert {"strategy_version", "evaluation", "proposal_step"} <= set(FIELD_SPECS)


def test_the_replicated_shape_is_the_one_its_schema_version_names() -> None:
    fingerprint = shape_fingerprint()
    assert SHAPES.get(container.SCHEMA_VERSION) == fingerprint, (
        f"The replicated tables changed shape (now {fingerprint}). Raise "
        "cisdesk.sync.container.SCHEMA_VERSION and record the new fingerprint in SHAPES, "
        "so an older cisdesk refuses the new bundles with 'update cisdesk' instead of "
        "'unknown table'."
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_a_bundle_of_a_newer_schema_asks_to_update(lang: str) -> None:
    manifest = {"format": container.FORMAT, "format_version": container.FORMAT_VERSION}
    manifest["schema_version"] = container.SCHEMA_VERSION + 1
    with pytest.raises(container.BundleRejected) as caught:
        container._check_versions(manifest)
    assert caught.value.code == "bundle.newer_version"
    shown = caught.value.render(lang)
    assert shown == text(
        "bundle.newer_version",
        lang,
        label=text("bundle.label.schema", lang),
        value=container.SCHEMA_VERSION + 1,
        known=container.SCHEMA_VERSION,
    )
    assert ("actualice cisdesk" if lang == "es" else "update cisdesk") in shown
