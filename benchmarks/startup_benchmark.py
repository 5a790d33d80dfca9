"""Time to the main window on a SISCA database, against a bare PySide6 window.

Every figure is measured the same way, in fresh subprocesses, from starting the
process to a window having been painted (the event-loop turn after its first
paint; a zero timer alone fires before the first paint, so "shown" would flatter).

- bare: a PySide6 QMainWindow with a label; the floor any Qt window pays.
- phase 1, main window painted: the frame a person sees first (title, sidebar
  with the page names, menus, "Opening the record…"); no database code has been
  imported yet when it is started through ``run_app``.
- phase 1, Home filled from its cached figures: when the record has not changed since
  Home's figures were cached, phase one shows them (read with sqlite3 alone, see
  ``cisdesk/activity/home_snapshot.py``) before any database code is imported.
- phase 2, Home filled: the record is open (instance lock taken, integrity and
  schema checks passed), the status bar is filled and the Home page shows its
  dashboard (computed off the UI thread) painted: when the person can work.

Each is given for ``run_app`` (what the application costs) and for the
``cisdesk --db FILE`` command as a person starts it (command line included; it
imports every verb's module, and so the database layer, before Qt starts). The
database is a SISCA install with demo activity that has imported three countries'
bundles (each country with its own demo activity).

    .venv/bin/python benchmarks/startup_benchmark.py [--runs 5] [--scale 1] [--platform offscreen]
    .venv/bin/python benchmarks/startup_benchmark.py --world 50   # the full-scale world

With ``--world N`` the database is the benchmark world's SISCA (eight countries at
``demo --scale N``, see ``benchmarks/world.py``). Home filled is given three times:
with Home's figures in the local cache (every start after the first while the record
has not changed), without (the cache emptied before each run), and with the record's
integrity check made before opening it (the note of its last clean close removed, as
after a crash or a change by another program; otherwise the check runs beside the
window, see ``cisdesk/db/integrity.py``).

Prints the medians and each one's ratio to the bare window (the aim for the
window a person sees first is to stay within 2x).
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Lines a child prints when it reaches a milestone.
PAINTED = "window-painted"
HOME_SHOWN = "home-shown"
HOME_FILLED = "home-filled"
COUNTRIES = ("GT", "HN", "CR")


# --- child processes ----------------------------------------------------------------------


def watch_paints(app: Any, window: Any, milestones: list[tuple[str, Callable[[], bool]]]) -> Any:
    """Print each milestone at the loop turn after the first paint of ``window`` that meets it.

    The milestones are met in order; the application quits after the last one.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    pending = list(milestones)

    def report(marker: str) -> None:
        print(marker, flush=True)
        if not pending:
            app.quit()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if (
                pending
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget)
                and watched.window() is window
                and pending[0][1]()
            ):
                marker, _met = pending.pop(0)
                QTimer.singleShot(0, lambda: report(marker))
            return False

    watch = PaintWatch(app)
    app.installEventFilter(watch)
    return watch


def home_filled(window: Any) -> bool:
    home = window.pages.get("home")
    return home is not None and getattr(home, "dashboard", None) is not None


def home_shown(window: Any) -> bool:
    """Home shows figures: its cached ones in phase one, or the record's own."""
    return getattr(window, "cached_home", None) is not None or home_filled(window)


def cisdesk_milestones(window: Any) -> list[tuple[str, Callable[[], bool]]]:
    return [
        (PAINTED, lambda: True),
        (HOME_SHOWN, lambda: home_shown(window)),
        (HOME_FILLED, lambda: home_filled(window)),
    ]


def child_bare() -> int:
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("cisdesk"))
    window.resize(1000, 700)
    window.show()
    _watch = watch_paints(app, window, [(PAINTED, lambda: True)])
    return app.exec()


def child_app(db: str) -> int:
    """``run_app``'s own path: what the application costs, without the command line."""
    from cisdesk.ui.app import create_application, launch

    app = create_application()
    shell = launch(db, app)
    if shell is None or shell.window is None:
        print("no window", flush=True)
        return 1
    _watch = watch_paints(app, shell.window, cisdesk_milestones(shell.window))
    code = app.exec()
    shell.shutdown()
    return code


def child_command(db: str) -> int:
    """The ``cisdesk --db FILE`` command as a person starts it (command line included)."""
    import cisdesk.cli as cli
    import cisdesk.ui.app as app_module

    launch = app_module.launch
    watches = []

    def launch_and_watch(target: str | None, app: Any = None) -> Any:
        shell = launch(target, app)
        if shell is not None and shell.window is not None:
            watches.append(watch_paints(app, shell.window, cisdesk_milestones(shell.window)))
        return shell

    app_module.launch = launch_and_watch  # type: ignore[assignment]
    return cli.main(["--db", db])


# --- the regional database ------------------------------------------------------------------


def build_regional_database(folder: Path, scale: int) -> Path:
    """A SISCA install with demo activity and three countries' bundles imported."""
    from cisdesk.db.demo import run_demo
    from cisdesk.sync import keyring, keys
    from cisdesk.sync.export import export_bundle
    from cisdesk.sync.importer import import_bundles
    from cisdesk.sync.provision import create_install

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
                bundles.extend(export_bundle(country, folder / f"{code}-1.cisb").paths)
        outcomes = import_bundles(sisca, bundles)
        refused = [o.summary() for o in outcomes if not o.ok]
        if refused:
            raise SystemExit("bundles refused: " + " ".join(refused))
    return regional_path


# --- measuring ---------------------------------------------------------------------------


def time_child(args: list[str], env: dict[str, str], markers: tuple[str, ...]) -> dict[str, float]:
    """Seconds from starting the child to each of ``markers`` (in the order printed)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, __file__, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    reached: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() in markers:
            reached[line.strip()] = time.perf_counter() - start
            if len(reached) == len(markers):
                break
    if len(reached) != len(markers):
        process.wait()
        assert process.stderr is not None
        raise SystemExit(f"child {args} reached only {sorted(reached)}: {process.stderr.read()}")
    process.wait(timeout=60)
    return reached


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--world", type=int, metavar="SCALE", help="use the benchmark world")
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
        if args.world:
            sys.path.insert(0, str(Path(__file__).resolve().parent))
            import world

            place = world.world(args.world)
            db = world.sisca_copy(place, folder / "sisca.db")
            print(f"SISCA database: {world.describe(place)} ({db.stat().st_size // 1024} KiB)")
        else:
            db = build_regional_database(folder, args.scale)
            print(
                f"SISCA database: demo activity + {', '.join(COUNTRIES)} imported (built in "
                f"{time.perf_counter() - started:.1f} s, {db.stat().st_size // 1024} KiB)"
            )
        cache = folder / "home" / "cache"
        both = (PAINTED, HOME_SHOWN, HOME_FILLED)
        kinds: dict[str, tuple[list[str], tuple[str, ...]]] = {
            "bare": (["--child", "bare"], (PAINTED,)),
            "app": (["--child", "app", "--db", str(db)], both),
            "command": (["--child", "command", "--db", str(db)], both),
            "cold": (["--child", "app", "--db", str(db)], both),
            "checked": (["--child", "app", "--db", str(db)], both),
        }
        times: dict[tuple[str, str], list[float]] = {}
        # One untimed run each warms the file cache, as a second start of the day would be.
        for child, markers in kinds.values():
            time_child(child, env, markers)
        for _run in range(args.runs):
            for kind, (child, markers) in kinds.items():
                if kind == "cold":
                    shutil.rmtree(cache, ignore_errors=True)
                if kind == "checked":
                    (folder / "home" / "clean-closes.json").unlink(missing_ok=True)
                for marker, elapsed in time_child(child, env, markers).items():
                    times.setdefault((kind, marker), []).append(elapsed)
    medians = {key: statistics.median(values) for key, values in times.items()}
    bare = medians[("bare", PAINTED)]
    rows = [
        ("cisdesk (run_app)  phase 1, main window painted", ("app", PAINTED), " (aim: within 2x)"),
        (
            "cisdesk (run_app)  phase 1, Home filled from its cached figures",
            ("app", HOME_SHOWN),
            " (aim: within 2x)",
        ),
        ("  phase 1 with no cached figures: the frame only", ("cold", PAINTED), ""),
        (
            "cisdesk (run_app)  phase 2, record open, Home filled",
            ("app", HOME_FILLED),
            " (aim: within 2x)",
        ),
        ("  the same, Home's figures not cached", ("cold", HOME_FILLED), ""),
        ("  the same, integrity checked before opening", ("checked", HOME_FILLED), ""),
        ("cisdesk --db FILE  phase 1, main window painted", ("command", PAINTED), ""),
        ("cisdesk --db FILE  phase 2, record open, Home filled", ("command", HOME_FILLED), ""),
    ]
    width = max(len(label) for label, _key, _aim in rows) + 1
    print(f"platform: {args.platform}, runs: {args.runs} (medians, from process start)")
    if sys.flags.dont_write_bytecode:
        # An installed cisdesk has its bytecode: here every child compiles the sources.
        print("PYTHONDONTWRITEBYTECODE is set: every start compiles cisdesk's sources")
    print(f"{'bare PySide6 QMainWindow painted':{width}} {bare * 1000:5.0f} ms")
    for label, key, aim in rows:
        value = medians[key]
        print(f"{label:{width}} {value * 1000:5.0f} ms   ratio {value / bare:.2f}x{aim}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
