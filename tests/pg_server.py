"""A throwaway PostgreSQL server for the test suite, started in a temporary folder.

Uses the Debian packages' ``initdb``/``pg_ctl``. As root, the server runs as the
``postgres`` system user, because PostgreSQL refuses to run as root.
"""

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def find_pg_bin() -> Path | None:
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PgServer:
    def __init__(self) -> None:
        bin_dir = find_pg_bin()
        if bin_dir is None:
            raise RuntimeError("PostgreSQL server binaries (initdb) are not installed")
        self.bin = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="cisdesk-pg-"))
        self.data = self.root / "data"
        self.port = _free_port()
        self._as_postgres = os.geteuid() == 0 if hasattr(os, "geteuid") else False

    def _run(self, *args: str) -> None:
        command = [str(a) for a in args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        if self._as_postgres:
            shutil.chown(self.root, user="postgres")
            os.chmod(self.root, 0o700)
        self._run(
            self.bin / "initdb",
            "-D",
            self.data,
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
        )
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            self.bin / "pg_ctl",
            "-D",
            self.data,
            "-o",
            options,
            "-l",
            self.root / "log",
            "-w",
            "start",
        )

    def stop(self) -> None:
        try:
            self._run(self.bin / "pg_ctl", "-D", self.data, "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, statement: str) -> None:
        import psycopg

        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as conn:
            conn.execute(statement)

    def new_database(self, *, icu_locale: str | None = None) -> str:
        """Create an empty database and return its SQLAlchemy URL.

        ``icu_locale`` (e.g. "es") gives it that language's collation, as a real
        server's databases often have, instead of the test cluster's C order.
        """
        name = f"t_{uuid.uuid4().hex[:12]}"
        if icu_locale is None:
            self._admin(f'CREATE DATABASE "{name}"')
        else:
            self._admin(
                f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                f"ICU_LOCALE '{icu_locale}' LOCALE 'C.UTF-8'"
            )
        return self.url(name)

    def clone_database(self, url: str) -> str:
        """A new database copied from the one at ``url``, to which nobody may be connected."""
        name = f"t_{uuid.uuid4().hex[:12]}"
        source = url.rsplit("/", 1)[1]
        self._admin(f'CREATE DATABASE "{name}" TEMPLATE "{source}" STRATEGY FILE_COPY')
        return self.url(name)

    def drop_database(self, url: str) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)')
