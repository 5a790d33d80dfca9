"""The main window: a sidebar of pages, menus, shortcuts, drops of bundle files.

Pages are created the first time they are shown, so opening a large regional
record costs only the Home page. Switching language rebuilds every page in the
new language without restarting.

The window can be shown before its record is open (a frame: title, sidebar,
menus, "Opening the record…") and be given the record afterwards with
:meth:`MainWindow.attach`; on an old laptop the window then appears before the
database layer has even been imported. This module imports none of it itself.
"""

import importlib.util
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from cisdesk.errors import CisdeskError
from cisdesk.ui.context import AppContext
from cisdesk.ui.dialogs.errors import show_error
from cisdesk.ui.i18n import LANGUAGES, Translations
from cisdesk.ui.settings import Settings
from cisdesk.ui.status_bar import RecordStatusBar, opening_text
from cisdesk.ui.views import PAGES, page_index

if TYPE_CHECKING:
    from cisdesk.activity.home_snapshot import Snapshot
    from cisdesk.ui.views.home import HomePage

BUNDLE_SUFFIX = ".cisb"
#: Object name of the label shown in place of a page that failed to build.
BROKEN_PAGE = "brokenPage"
#: Object name of the message the frame shows while its record is being opened.
OPENING_MESSAGE = "openingMessage"
log = logging.getLogger(__name__)


def bundle_paths(urls: list) -> list[Path]:
    """The local ``.cisb`` files among dropped URLs."""
    found = []
    for url in urls:
        if url.isLocalFile():
            path = Path(url.toLocalFile())
            if path.suffix.lower() == BUNDLE_SUFFIX:
                found.append(path)
    return found


#: The size the first window asks for: the usual ministry laptop's whole screen.
FIRST_SIZE = QSize(1366, 768)


def first_size(window: QWidget) -> QSize:
    """The first window fills a laptop's screen (up to 1366×768), never below its minimum."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    size = FIRST_SIZE
    if screen is not None:
        size = size.boundedTo(screen.availableGeometry().size())
    return size.expandedTo(window.minimumSize())


class MainWindow(QMainWindow):
    """The window on one record; built with ``ctx`` None it is a frame awaiting :meth:`attach`."""

    #: The person asked for another database (path), a new install, or a restore.
    open_requested = Signal(str)
    new_install_requested = Signal()
    restore_requested = Signal(str)
    #: Emitted once, when the frame has painted its "Opening the record…" message.
    frame_painted = Signal()

    def __init__(
        self,
        ctx: AppContext | None,
        settings: Settings,
        translations: Translations | None = None,
        parent: QWidget | None = None,
        opening: str = "",
    ) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.settings = settings
        self.translations = translations
        #: The database the frame is opening, named in its title until the record is attached.
        self.opening = opening
        self.pages: dict[str, QWidget] = {}
        #: Home filled from its cached figures while the record opens (phase one), if shown.
        self.cached_home: HomePage | None = None
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(900, 600))

        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        self.sidebar.setStyleSheet("QListWidget::item { padding: 6px 8px; }")
        self.sidebar.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget()
        for spec in PAGES:
            self.sidebar.addItem(QListWidgetItem(spec.translated_title()))
            holder = QWidget()  # replaced by the real page when first shown
            holder.setObjectName(f"holder_{spec.key}")
            self.stack.addWidget(holder)
        # Shown in place of the pages until the record is attached.
        self.opening_label = QLabel(opening_text())
        self.opening_label.setObjectName(OPENING_MESSAGE)
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening_label.installEventFilter(self)
        #: The widget whose first paint is the frame's (``frame_painted``).
        self._first_paint: QWidget | None = self.opening_label
        self.stack.hide()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.opening_label, 1)
        self.setCentralWidget(central)
        self.status = RecordStatusBar(None, self)
        self.setStatusBar(self.status)

        self._page_shortcuts()
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.resize(first_size(self))
        self.sidebar.setCurrentRow(0)
        if ctx is None:
            self._build_menus()
            self._retitle()
        else:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """Give the frame its open record: status bar, record menus, title, the current page."""
        if self.ctx is not None:
            raise RuntimeError("this window already shows a record")
        self.ctx = ctx
        self._stop_paint_watch()
        self.status.attach(ctx)
        self._build_menus()
        self._retitle()
        self.opening_label.hide()
        self.stack.show()
        self._show_page(self.sidebar.currentRow())

    def show_cached_home(self, snapshot: "Snapshot") -> None:
        """Phase one: Home filled from its cached figures, read only, while the record opens.

        Only when Home is the page the frame shows; the record's own Home page takes
        its place (and these figures until its own arrive) once the record is open.
        """
        if self.ctx is not None or self.current_key() != "home":
            return
        from cisdesk.ui.views.home import HomePage

        page = HomePage(None, snapshot=snapshot)
        self._put_page(page_index("home"), page)
        self.cached_home = page
        self._stop_paint_watch()
        self._first_paint = page.title  # painted with the rest of the page
        page.title.installEventFilter(self)
        self.opening_label.hide()
        self.stack.show()

    def drop_cached_home(self) -> None:
        """Take Home's cached figures away (another record is being opened in this frame)."""
        if self.cached_home is None:
            return
        self.cached_home = None
        holder = QWidget()
        holder.setObjectName("holder_home")
        self._put_page(page_index("home"), holder)
        self.stack.hide()
        self.opening_label.show()

    def _stop_paint_watch(self) -> None:
        if self._first_paint is not None:
            self._first_paint.removeEventFilter(self)
            self._first_paint = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self._first_paint is not None
            and watched is self._first_paint
            and event.type() == QEvent.Type.Paint
        ):
            self._stop_paint_watch()
            self.frame_painted.emit()
        return super().eventFilter(watched, event)

    # --- pages ------------------------------------------------------------------------
    def _show_page(self, index: int) -> None:
        if index < 0 or self.ctx is None:
            if index >= 0 and self.cached_home is not None:  # Home only, until the record opens
                on_home = PAGES[index].key == "home"
                self.stack.setVisible(on_home)
                self.opening_label.setVisible(not on_home)
            return  # the frame remembers the row; the page comes with the record
        self.page(PAGES[index].key)
        self.stack.setCurrentIndex(index)

    def page(self, key: str) -> QWidget:
        """The page ``key``, created now if it was never shown."""
        if key in self.pages:
            return self.pages[key]
        if self.ctx is None:
            raise RuntimeError("pages are built once the record is open")
        index = page_index(key)
        spec = PAGES[index]
        if key == "home" and self.cached_home is not None:
            cached, self.cached_home = self.cached_home, None
            if cached.attach(self.ctx):  # Home's cached figures become the record's Home
                cached.navigate.connect(self.go_to)
                self.pages[key] = cached
                return cached
            self._put_page(index, QWidget())  # another record: its own Home is built
        try:
            page = spec.create(self.ctx)
        except Exception as exc:  # a broken page must not take the window down
            log.exception("page %s could not be built", key)
            page = QLabel(
                self.tr("This page could not be opened: %1").replace("%1", str(exc) or repr(exc))
            )
            page.setObjectName(BROKEN_PAGE)
            page.setWordWrap(True)
        navigate = getattr(page, "navigate", None)
        if navigate is not None:
            navigate.connect(self.go_to)
        self._put_page(index, page)
        self.pages[key] = page
        return page

    def _put_page(self, index: int, page: QWidget) -> None:
        """``page`` in place of what the stack holds at ``index`` (a holder, cached Home)."""
        holder = self.stack.widget(index)
        was_current = self.stack.currentWidget() is holder
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(holder)
        holder.deleteLater()
        if was_current:
            self.stack.setCurrentWidget(page)

    def go_to(self, key: str) -> QWidget:
        """Show a page by key; ``"sync/keys"`` also opens that page's tab."""
        key, _, tab = key.partition("/")
        page = self.page(key)
        self.sidebar.setCurrentRow(page_index(key))
        show_tab = getattr(page, "show_tab", None)
        if tab and show_tab is not None:
            show_tab(tab)
        return page

    def current_key(self) -> str:
        return PAGES[max(self.sidebar.currentRow(), 0)].key

    def sidebar_texts(self) -> list[str]:
        return [self.sidebar.item(i).text() for i in range(self.sidebar.count())]

    def _page_shortcuts(self) -> None:
        for index, _spec in enumerate(PAGES[:10]):
            digit = (index + 1) % 10
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{digit}"))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, i=index: self.sidebar.setCurrentRow(i))
            self.addAction(action)

    def unsaved_pages(self) -> list[str]:
        """Titles of built pages that say they hold unsaved changes."""
        titles = []
        for spec in PAGES:
            page = self.pages.get(spec.key)
            check = getattr(page, "has_unsaved_changes", None)
            if check is not None and check():
                titles.append(spec.translated_title())
        return titles

    def confirm_discard(self) -> bool:
        """True when there is nothing unsaved or the person agrees to lose it."""
        unsaved = self.unsaved_pages()
        if not unsaved:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("These pages have changes that are not saved: %1. Discard them?").replace(
                "%1", ", ".join(unsaved)
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # --- menus ------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        for action in bar.actions():
            menu = action.menu()
            if menu is not None:
                menu.deleteLater()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        new = file_menu.addAction(self.tr("&New install…"))
        new.triggered.connect(self._new_install)
        open_action = file_menu.addAction(self.tr("&Open database…"))
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._open_database)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self._fill_recent()
        file_menu.addSeparator()
        if self.ctx is not None and self.ctx.record.path is not None:
            backup = file_menu.addAction(self.tr("&Back up now"))
            backup.triggered.connect(self.back_up)
            if importlib.util.find_spec("cisdesk.db.restore") is not None:
                restore = file_menu.addAction(self.tr("R&estore a backup…"))
                restore.triggered.connect(self._restore)
            file_menu.addSeparator()
        language_menu = file_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(language_menu)
        current = self.translations.language if self.translations else None
        for code, name in LANGUAGES.items():
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.set_language(c))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        if self.ctx is not None:
            undo = self.ctx.undo_stack.createUndoAction(edit_menu, self.tr("&Undo"))
            redo = self.ctx.undo_stack.createRedoAction(edit_menu, self.tr("&Redo"))
        else:  # nothing to undo before the record is open
            undo = QAction(self.tr("&Undo"), edit_menu)
            redo = QAction(self.tr("&Redo"), edit_menu)
            undo.setEnabled(False)
            redo.setEnabled(False)
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)

        go_menu = bar.addMenu(self.tr("&Go"))
        for index, spec in enumerate(PAGES):
            action = go_menu.addAction(spec.translated_title())
            action.setShortcut(QKeySequence(f"Ctrl+{(index + 1) % 10}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown, not bound twice
            action.triggered.connect(lambda _c=False, i=index: self.sidebar.setCurrentRow(i))

        help_menu = bar.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&User guide"))
        guide.setObjectName("userGuide")
        guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        guide.triggered.connect(self.show_guide)
        about = help_menu.addAction(self.tr("&About cisdesk"))
        about.triggered.connect(self.show_about)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self._open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    def _retitle(self) -> None:
        if self.ctx is None:
            self.setWindowTitle(f"cisdesk — {self.opening}" if self.opening else "cisdesk")
            return
        from cisdesk.ui.widgets.status import country_name  # imports the database layer

        install = self.ctx.record.install
        who = self.tr("SISCA") if install.is_regional else country_name(install.country)
        where = self.ctx.record.path.name if self.ctx.record.path else self.ctx.record.target
        self.setWindowTitle(f"cisdesk — {who} · {install.site_name} ({where})")

    # --- file actions -----------------------------------------------------------------
    def _new_install(self) -> None:
        if self.confirm_discard():
            self.new_install_requested.emit()

    def _open_database(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a cisdesk database"),
            self.settings.last_folder,
            self.tr("cisdesk databases (*.db);;All files (*)"),
        )
        if path:
            self._open_path(path)

    def _open_path(self, path: str) -> None:
        if self.confirm_discard():
            self.open_requested.emit(path)

    def back_up(self) -> Path | None:
        from cisdesk.db.backup import backup_database

        assert self.ctx is not None and self.ctx.record.path is not None
        try:
            copy = backup_database(self.ctx.record.path, "manual")
        except CisdeskError as exc:
            show_error(self, exc)
            return None
        QMessageBox.information(
            self,
            self.tr("Backup"),
            self.tr("A copy of the database was saved as %1.").replace("%1", str(copy)),
        )
        return copy

    def _restore(self) -> None:
        from cisdesk import paths

        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the backup to restore"),
            str(paths.backups_dir()),
            self.tr("cisdesk databases (*.db)"),
        )
        if not path or not self.confirm_discard():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "The database will be replaced by %1 (a copy of the current one is kept in "
                "the backups folder). Continue?"
            ).replace("%1", Path(path).name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restore_requested.emit(path)

    # --- language ---------------------------------------------------------------------
    def set_language(self, language: str) -> bool:
        """Switch the interface language now; pages are rebuilt in the new language."""
        if not self.confirm_discard():
            return False
        if self.ctx is not None and self.ctx.tasks.running and not self.ctx.tasks.wait(2000):
            QMessageBox.information(
                self,
                self.tr("Work in progress"),
                self.tr("Switch the language when the running import, export or report ends."),
            )
            return False
        QCoreApplication.processEvents()  # deliver finished work to the pages about to go
        if self.translations is None:
            app = QCoreApplication.instance()
            assert app is not None
            self.translations = Translations(app)
        self.translations.apply(language)
        self.settings.language = language
        self.retranslate()
        return True

    def retranslate(self) -> None:
        for index, spec in enumerate(PAGES):
            self.sidebar.item(index).setText(spec.translated_title())
        self._build_menus()
        self._retitle()
        self.status.refresh()
        self.opening_label.setText(opening_text())
        if self.ctx is None:
            if self.cached_home is not None:  # Home's cached figures, in the new language
                cached, self.cached_home = self.cached_home, None
                self.show_cached_home(cached.snapshot)
            return  # no page is built before the record is open
        current = self.current_key()
        built = list(self.pages)
        for key in built:
            page = self.pages.pop(key)
            index = page_index(key)
            holder = QWidget()
            holder.setObjectName(f"holder_{key}")
            self.stack.insertWidget(index, holder)
            self.stack.removeWidget(page)
            page.deleteLater()
        self.stack.setCurrentIndex(page_index(current))
        self.page(current)
        self.stack.setCurrentIndex(page_index(current))

    # --- help -------------------------------------------------------------------------
    def show_guide(self) -> QWidget:
        """The user guide, shipped with the app, in the interface's language (F1)."""
        from cisdesk.ui.dialogs.guide import GuideWindow

        if getattr(self, "guide_window", None) is None:
            self.guide_window = GuideWindow(self)
        language = self.translations.language if self.translations else None
        self.guide_window.show_language(language or "es")
        self.guide_window.show()
        self.guide_window.raise_()
        return self.guide_window

    def show_about(self) -> None:
        from cisdesk import __version__

        text = self.tr(
            "<h3>cisdesk %1</h3><p>Record of the CIS specialised committees' work under the "
            "Regional Action Plan on Poverty and Social Protection.</p>"
        ).replace("%1", __version__)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About cisdesk"))
        box.setText(text)
        if self.ctx is not None:
            box.setInformativeText(self._about_details().replace("\n", "<br>"))
        box.exec()

    def _about_details(self) -> str:
        from cisdesk.sync import overview
        from cisdesk.ui.widgets.status import country_name

        assert self.ctx is not None
        install = self.ctx.record.install
        try:
            key = overview.own_key(self.ctx.record)
            key_text = f"{key.key_id}\n{key.fingerprint}"
        except CisdeskError as exc:
            key_text = str(exc)
        who = self.tr("SISCA (regional)") if install.is_regional else country_name(install.country)
        return (
            self.tr("Install: %1 · %2").replace("%1", who).replace("%2", install.site_name)
            + "\n"
            + self.tr("Database: %1").replace("%1", str(self.ctx.record.path or ""))
            + "\n"
            + self.tr("Key id and fingerprint:")
            + f"\n{key_text}"
        )

    # --- drag and drop ------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.ctx is None:  # nothing to import into before the record is open
            event.ignore()
            return
        if event.mimeData().hasUrls() and bundle_paths(event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = bundle_paths(event.mimeData().urls()) if self.ctx is not None else []
        if not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.import_bundles(paths)

    def import_bundles(self, paths: list[Path]) -> None:
        """Show the Sync page and import the files there (dropped files end up here)."""
        page = self.go_to("sync")
        importer = getattr(page, "import_files", None)
        if importer is not None:
            importer([str(p) for p in paths])

    # --- closing ----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_discard():
            event.ignore()
            return
        # Short work (the dashboard) just ends; ask only about long work still running.
        if self.ctx is not None and self.ctx.tasks.running and not self.ctx.tasks.wait(2000):
            answer = QMessageBox.question(
                self,
                self.tr("Work in progress"),
                self.tr("An import, export or report is still running. Wait for it to finish?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
            self.ctx.tasks.wait()
        self.settings.geometry = self.saveGeometry()
        event.accept()
