"""Plan › Frame: the general objective, specific objectives, ejes de acción, priority
nuclei and the committees' nine operating guidelines, as the source words them."""

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from cisdesk.activity.plan_frame import plan_frame
from cisdesk.ui.catalog_text import ui_text
from cisdesk.ui.context import AppContext


class PlanFrameView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.browser = QTextBrowser()
        self.browser.setObjectName("planFrame")
        self.browser.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)

    def refresh(self) -> None:
        frame = plan_frame(self.ctx.record)

        def numbered(items: list[tuple[int, str]]) -> str:
            return "".join(f"<p>{n}) {escape(text)}</p>" for n, text in items)

        parts = [
            f"<h3>{escape(ui_text('report.general_objective'))}</h3>",
            f"<p>{escape(frame.general_objective)}</p>",
            f"<h3>{escape(ui_text('report.specific_objectives'))}</h3>",
            numbered(frame.specific_objectives),
            f"<h3>{escape(ui_text('report.action_lines'))}</h3>",
            numbered(frame.action_lines),
            f"<h3>{escape(ui_text('report.nuclei'))}</h3>",
            numbered(frame.nuclei),
            f"<p><i>{escape(ui_text('report.tags_note'))}</i></p>",
            f"<h3>{escape(ui_text('report.guidelines'))}</h3>",
            "".join(
                f"<p>{i}. {escape(rule)}</p>" for i, rule in enumerate(frame.guidelines, start=1)
            ),
        ]
        self.browser.setHtml("".join(parts))

    def text(self) -> str:
        return self.browser.toPlainText()
