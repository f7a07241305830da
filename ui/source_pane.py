"""The source article, read-only, set like the printed body: what the editor writes from."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from digest.model import Article
from ui.fonts import text_font
from ui.i18n import Retranslating

# Rich text of the source view: Chinese body set like print (2-em indent, no gap between paragraphs,
# ~1.5 leading; ragged right, as Qt justifies a short line by spacing out its characters);
# headline and sub-heads in bold; kicker, byline and credits quieter.
SOURCE_CSS = """
h2 { font-size: 14pt; font-weight: 700; margin-top: 2px; margin-bottom: 6px; }
h4 { font-size: 11pt; font-weight: 700; margin-top: 10px; margin-bottom: 4px; }
p.deck { color: #555555; font-size: 9.5pt; margin-bottom: 2px; }
p.byline { color: #666666; font-size: 9.5pt; margin-bottom: 8px; }
"""
# Qt's rich text applies indent and leading only on the paragraph itself, and indents in px only.
_BODY = "<p style='text-indent: {indent}px; line-height: 155%; margin: 0px;'>{text}</p>"


def article_html(article: Article, indent_px: int = 28) -> str:
    """The source article as simple HTML: kicker, headline, subtitle, byline, sub-heads, body
    (paragraphs indented by `indent_px`, two characters of the view's font)."""
    esc = html.escape
    parts: list[str] = []
    if article.kicker:
        parts.append(f"<p class='deck'>{esc(article.kicker)}</p>")
    if article.headline:
        parts.append(f"<h2>{esc(article.headline)}</h2>")
    if article.subtitle:
        parts.append(f"<p class='deck'>{esc(article.subtitle)}</p>")
    if article.byline:
        parts.append(f"<p class='byline'>{esc(article.byline)}</p>")
    subheads: dict[int, list[str]] = {}
    for sub in article.subheadings:
        subheads.setdefault(sub.before_paragraph, []).append(sub.text)
    for number, paragraph in enumerate(article.paragraphs):
        for text in subheads.get(number, []):
            parts.append(f"<h4>{esc(text)}</h4>")
        parts.append(_BODY.format(indent=indent_px, text=esc(paragraph)))
    for text in subheads.get(len(article.paragraphs), []):
        parts.append(f"<h4>{esc(text)}</h4>")
    for credit in article.credits:
        parts.append(f"<p class='byline'>{esc(credit)}</p>")
    return "\n".join(parts)


class SourcePane(Retranslating, QWidget):
    """A title and the article in a read-only browser with a quiet page tint."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcePane")
        self.label = QLabel(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("sourceView")
        self.view.setProperty("content", True)
        self.view.setFont(text_font(True, 10.5))
        self.view.document().setDocumentMargin(10)
        self.view.document().setDefaultStyleSheet(SOURCE_CSS)
        self.view.setStyleSheet("QTextBrowser#sourceView { background: #fbfaf6; color: #1e1e1e; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(3, 0, 0, 3)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Source article"))
        self.view.setToolTip(self.tr("The imported article (read-only)"))

    def show_article(self, article: Article | None) -> None:
        indent = 2 * self.view.fontMetrics().horizontalAdvance("中")
        self.view.setHtml(article_html(article, indent) if article else "")
