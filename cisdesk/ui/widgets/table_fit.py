"""Tables that fit a 1366×705 screen: headers never cut, long text takes the room left,
and an empty table says what to do instead of showing a blank grid.
"""

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView

#: Widest a short column grows to fit its content.
MAX_SHORT_WIDTH = 260
#: Narrowest a long-text column is squeezed to before the table scrolls sideways.
MIN_LONG_WIDTH = 120


def header_width(view: QTableView, section: int) -> int:
    """The width a column needs for its whole header (text, sort arrow, margins)."""
    return view.horizontalHeader().sectionSizeHint(section)


def elided_headers(view: QTableView) -> list[str]:
    """Titles of the visible columns whose header is cut (what the geometry tests check)."""
    header = view.horizontalHeader()
    model = view.model()
    out = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        if header.sectionSize(section) < header_width(view, section):
            out.append(str(model.headerData(section, Qt.Orientation.Horizontal)))
    return out


def fit_columns(view: QTableView, long_columns: dict[int, int]) -> None:
    """Short columns fit content and header; long-text columns share what is left.

    Long texts elide (their tooltip holds them whole) instead of pushing the table
    sideways; a header is never narrower than its title.
    """
    header = view.horizontalHeader()
    count = header.count()
    for section in range(count):
        if section in long_columns:
            continue
        view.resizeColumnToContents(section)
        width = min(view.columnWidth(section), MAX_SHORT_WIDTH)
        view.setColumnWidth(section, max(width, header_width(view, section)))
    share_long_columns(view, long_columns)


def share_long_columns(view: QTableView, long_columns: dict[int, int]) -> None:
    """Give the long-text columns (section → weight) the room the others leave, in
    proportion to their weights (after a resize too)."""
    header = view.horizontalHeader()
    count = header.count()
    long_visible = [s for s in sorted(long_columns) if s < count and not header.isSectionHidden(s)]
    if not long_visible:
        header.setStretchLastSection(True)
        return
    header.setStretchLastSection(False)
    used = sum(header.sectionSize(s) for s in range(count) if s not in long_columns)
    # Before the view is laid out its viewport has no size yet: estimate from the view.
    width = view.viewport().width() if view.isVisible() else view.width() - 24
    room = width - used
    total = sum(long_columns[s] for s in long_visible) or 1
    left = room
    for position, section in enumerate(long_visible):
        share = room * long_columns[section] // total
        if position == len(long_visible) - 1:
            share = left  # the last takes what rounding leaves
        width = max(share, MIN_LONG_WIDTH, header_width(view, section))
        view.setColumnWidth(section, width)
        left -= width


class LongColumns(QObject):
    """Keeps the long-text columns sharing the table's width as it changes size."""

    def __init__(self, view: QTableView, weights: dict[int, int]) -> None:
        super().__init__(view)
        self.view = view
        self.weights = weights
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.weights:
            share_long_columns(self.view, self.weights)
        return False


class EmptyHint(QObject):
    """A sentence over an empty table ("No agreements yet: use New… to add one.")."""

    def __init__(self, view: QAbstractItemView, text: str = "") -> None:
        super().__init__(view)
        self.view = view
        self.label = QLabel(text, view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: palette(placeholder-text); padding: 12px;")
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        view.viewport().installEventFilter(self)
        self._model: QAbstractItemModel | None = None
        self.watch(view.model())

    def watch(self, model: QAbstractItemModel | None) -> None:
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.update)
        self.update()

    def set_text(self, text: str) -> None:
        self.label.setText(text)
        self.update()

    def text(self) -> str:
        return self.label.text() if self.showing() else ""

    def showing(self) -> bool:
        return not self.label.isHidden()

    def update(self, *_args: object) -> None:
        model = self.view.model()
        empty = model is None or model.rowCount() == 0
        self.label.setVisible(empty and bool(self.label.text()))
        self._place()

    def _place(self) -> None:
        viewport = self.view.viewport()
        self.label.setGeometry(0, 0, viewport.width(), max(viewport.height(), 60))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
