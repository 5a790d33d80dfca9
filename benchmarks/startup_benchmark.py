"""Time to a shown main window on a regional database, against a bare PySide6 window.

Both are measured the same way, in fresh subprocesses: from starting the process
to the window having been shown and the event loop having turned once. The
regional database is a SISCA install with demo activity that has imported three
countries' bundles (each country with its own demo activity).

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 5] [--scale 1] [--platform offscreen]

Prints both medians and their ratio (the aim is to stay within 2×).
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "window-shown"
COUNTRIES = ("GT", "HN", "CR")


# --- child processes ----------------------------------------------------------------------


def child_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("cisdesk"))
    window.resize(1000, 700)
    window.show()
    QTimer.singleShot(0, lambda: _ready(app))
    return app.exec()


def child_app(db: str) -> int:
    """``run_app``'s own path: what the application costs, without the command line."""
    from cisdesk.ui.app import create_application, launch  # first, as run_app is reached

    # isort: split
    from PySide6.QtCore import QTimer

    app = create_application()
    shell = launch(db, app)
    if shell is None or shell.window is None:
        print("no window", flush=True)
        return 1
    QTimer.singleShot(0, lambda: _ready(app))
    code = app.exec()
    shell.shutdown()
    return code


def child_command(db: str) -> int:
    """The ``cisdesk --db FILE`` command as a person starts it (command line included)."""
    import cisdesk.cli as cli
    import cisdesk.ui.app as app_module

    launch = app_module.launch

    def launch_and_report(target: str | None, app: object = None) -> object:
        shell = launch(target, app)  # type: ignore[arg-type]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        QTimer.singleShot(0, lambda: _ready(QApplication.instance()))
        return shell

    app_module.launch = launch_and_report  # type: ignore[assignment]
    return cli.main(["--db", db])


def _ready(app: object) -> None:
    print(READY, flush=True)
    app.quit()  # type: ignore[attr-defined]


# --- the regional database ------------------------------------------------------------------


def build_regional_database(folder: Path, scale: int) -> Path:
    """A SISCA install with demo activity and three countries' bundles imported."""
    from cisdesk.db.demo import run_demo
    from cisdesk.db.install import create_install
    from cisdesk.sync import keyring, keys
    from cisdesk.sync.export import export_bundle
    from cisdesk.sync.importer import import_bundles

    regional_path = folder / "sisca.db"
    bundles = []
    with create_install(str(regional_path), regional=True) as sisca:
        run_demo(sisca, scale=scale)
        for code in COUNTRIES:
            with create_install(str(folder / f"{code}.db"), country=code) as country:
                run_demo(country, scale=scale)
                with country.reader() as session:
                    key_file = keys.read_public_key_file(keys.export_public_key(session))
                with sisca.reader() as session, session.begin():
                    keyring.enroll(session, key_file, code)
                bundles.append(export_bundle(country, folder / f"{code}-1.cisb").path)
        outcomes = import_bundles(sisca, bundles)
        refused = [o.summary() for o in outcomes if not o.ok]
        if refused:
            raise SystemExit("bundles refused: " + " ".join(refused))
    return regional_path


# --- measuring ---------------------------------------------------------------------------


def time_child(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == READY:
            elapsed = time.perf_counter() - start
            break
    else:
        process.wait()
        raise SystemExit(f"child {args} never showed its window: {process.stderr.read()}")
    process.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    parser.add_argument("--child", choices=["bare", "app", "command"], help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "app":
        return child_app(args.db)
    if args.child == "command":
        return child_command(args.db)

    with tempfile.TemporaryDirectory(prefix="cisdesk-bench-") as scratch:
        folder = Path(scratch)
        env = dict(os.environ, QT_QPA_PLATFORM=args.platform, CISDESK_HOME=str(folder / "home"))
        os.environ["CISDESK_HOME"] = env["CISDESK_HOME"]
        started = time.perf_counter()
        db = build_regional_database(folder, args.scale)
        print(
            f"regional database: SISCA + {', '.join(COUNTRIES)} imported "
            f"(built in {time.perf_counter() - started:.1f} s, {db.stat().st_size // 1024} KiB)"
        )
        # One untimed run each warms the file cache, as a second start of the day would be.
        kinds = {
            "bare": ["--child", "bare"],
            "app": ["--child", "app", "--db", str(db)],
            "command": ["--child", "command", "--db", str(db)],
        }
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        for child in kinds.values():
            time_child(child, env)
        for _run in range(args.runs):
            for kind, child in kinds.items():
                times[kind].append(time_child(child, env))
    medians = {kind: statistics.median(values) for kind, values in times.items()}
    bare = medians["bare"]
    print(f"platform: {args.platform}, runs: {args.runs} (medians)")
    print(f"bare PySide6 QMainWindow shown:          {bare * 1000:5.0f} ms")
    print(
        f"cisdesk main window shown (run_app):     {medians['app'] * 1000:5.0f} ms"
        f"   ratio {medians['app'] / bare:.2f}x (aim: within 2x)"
    )
    print(
        f"cisdesk --db FILE, command line included: {medians['command'] * 1000:5.0f} ms"
        f"   ratio {medians['command'] / bare:.2f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
