"""Key sentences in the entry editor: the three sentences of the current article that carry most
of its content (digest/key_sentences.py), as chips; a click puts one into the Chinese summary at
its cursor (replacing a selection). Nothing is written without a click.

The ranking runs on a worker thread (a long article takes up to ~0.1 s) and the UI thread polls
for the result, touching no Qt object off the UI thread. Results are kept per article.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QToolButton, QVBoxLayout, QWidget

from digest.key_sentences import key_sentences
from digest.model import Article
from ui.chips import ChipGroup
from ui.i18n import Retranslating

COUNT = 3
CHIP_CHARS = 12  # a chip shows the start of its sentence (the whole one is its tooltip)
NUMBERS = "①②③④⑤⑥⑦⑧⑨"
# One worker thread: rankings queue up behind each other; results come back by polling.
_executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="key-sentences")
POLL_MS = 40


def chip_text(sentence: str, number: int, limit: int = CHIP_CHARS) -> str:
    """A sentence shortened for a small chip, numbered in article order (the whole sentence is
    the chip's tooltip): three fit on one line beside the other chips."""
    start = sentence if len(sentence) <= limit else sentence[: limit - 1] + "…"
    return (NUMBERS[number] if number < len(NUMBERS) else f"{number + 1}.") + start


def _rank(paragraphs: list[str]) -> list[str]:
    try:
        return [k.text for k in key_sentences(paragraphs, COUNT)]
    except Exception:  # no word list, or a text it cannot take: no key sentences, no crash
        return []


class KeySentenceChips(Retranslating, QWidget):
    def __init__(self, editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keySentenceChips")
        self.editor = editor
        self.article_id: str | None = None
        self._cache: dict[str, list[str]] = {}
        self._pending: dict[str, Future[list[str]]] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._collect)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.status = QLabel(self)
        self.status.setStyleSheet("color: #777777;")
        self.group = ChipGroup(
            "key_sentences", self
        )  # the chip area's look; clicks go to the Chinese summary
        self.group.insertRequested.connect(self.insert)
        self.label = self.group.title
        layout.addWidget(self.status)
        layout.addWidget(self.group)
        self.retranslate_ui()
        self.setVisible(False)

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Key sentences:"))
        self.label.setToolTip(
            self.tr(
                "The sentences that carry most of the article: click one to insert it into the Chinese summary"
            )
        )
        self.status.setText(self.tr("Finding the key sentences…"))
        for chip in self.chips():
            chip.setToolTip(
                chip.property("insertText")
                + "\n\n"
                + self.tr("Click to insert into the Chinese summary at the cursor")
            )

    def show_article(self, article: Article | None) -> None:
        self.article_id = article.id if article else None
        self._clear()
        if article is None or not article.paragraphs:
            self.setVisible(False)
            return
        self.setVisible(True)
        if article.id in self._cache:
            self._fill(self._cache[article.id])
            return
        self.status.setVisible(True)
        if article.id not in self._pending:
            self._pending[article.id] = _executor.submit(_rank, list(article.paragraphs))
        self._poll.start()

    def _collect(self) -> None:
        for article_id, future in list(self._pending.items()):
            if future.done():
                del self._pending[article_id]
                self._ranked(article_id, future.result())
        if not self._pending:
            self._poll.stop()

    def _ranked(self, article_id: str, sentences: list[str]) -> None:
        self._cache[article_id] = sentences
        if article_id == self.article_id:
            self._clear()
            self._fill(sentences)
            self.editor.fit_chips()

    def _clear(self) -> None:
        self.group.clear()
        self.status.setVisible(False)

    def _fill(self, sentences: list[str]) -> None:
        for number, sentence in enumerate(sentences):
            self.group.add_chip(chip_text(sentence, number), sentence, "key-sentence")
        self.setVisible(bool(sentences))
        self.retranslate_ui()

    def chips(self) -> list[QToolButton]:
        return self.group.chips()

    def insert(self, sentence: str) -> None:
        self.editor.insert_helper(sentence, "summary_zh")
