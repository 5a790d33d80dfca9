"""The record: models, engine and session, migrations, reference plan."""
