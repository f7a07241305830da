"""Two UI languages: the catalogue is complete and compiled, switching applies at once, and the
Chinese UI shows no untranslated English."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTreeView,
    QWidget,
)

from ui import i18n
from ui.dialogs import ExportDialog, IssuePropertiesDialog, PreferencesDialog, SectionDialog

TS = i18n.TRANSLATIONS_DIR / "jianbao_zh_CN.ts"
# Words that stay in Latin letters in the Chinese UI: names of things, formats and keys.
ALLOWED = {
    "PDF",
    "CSV",  # a file format, like PDF
    "Jianbao",
    "English",
    "Ctrl",
    "Alt",
    "Shift",
    "Return",
    "Delete",
    "Page",
    "Up",
    "Down",
    "Wujin",
    "Digest",
    "SRA",  # SRA3, a press sheet size (like A4)
}
_FILE_NAME = re.compile(r"\S*[\w)][-_./\\][\w(]\S*")  # wujin-page, x.jianbao, *.pdf
_WORD = re.compile(r"[A-Za-z]{2,}")


def untranslated_words(text: str) -> list[str]:
    text = re.sub(r"<[^>]+>", " ", text).replace("&", "")
    text = _FILE_NAME.sub(" ", text)
    return [w for w in _WORD.findall(text) if w not in ALLOWED and not re.fullmatch(r"[A-Z]\d*", w)]


def _is_content(widget: QWidget) -> bool:
    """Widgets marked as showing data (helper chips, the source article) are not UI text."""
    while widget is not None:
        if widget.property("content"):
            return True
        widget = widget.parentWidget()
    return False


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every user-visible string in a window or dialog, data views excluded."""
    found: list[tuple[str, str]] = [("title", root.windowTitle())]
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if _is_content(widget) or (not widget.isVisibleTo(root) and not isinstance(widget, QDockWidget)):
            continue
        if widget.toolTip():
            found.append((f"tooltip of {widget.objectName() or type(widget).__name__}", widget.toolTip()))
        if isinstance(widget, QLabel):
            found.append(("label", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, QDockWidget):
            found.append(("dock", widget.windowTitle()))
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            found.append(("placeholder", widget.placeholderText()))
            if isinstance(widget, QLineEdit) and widget.parent() and isinstance(widget.parent(), QComboBox):
                continue
        elif isinstance(widget, QComboBox) and widget.objectName() != "pageFilter":
            found.extend(("combo item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QTreeView) and widget.model() is not None and not widget.isHeaderHidden():
            model = widget.model()
            found.extend(
                ("header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(model.columnCount(QModelIndex()))
            )
    menus = [m for m in root.findChildren(QMenu)]
    for menu in menus:
        found.append(("menu", menu.title()))
        for action in menu.actions():
            if not action.isSeparator() and action.data() is None:  # recent files are file names
                found.append(("menu item", action.text()))
    for action in root.actions():
        found.append(("action", action.text()))
        found.append(("action tooltip", action.toolTip()))
    return [(where, text) for where, text in found if text]


def test_catalogue_is_complete():
    tree = ET.parse(TS)
    messages = list(tree.getroot().iter("message"))
    assert len(messages) > 150
    for message in messages:
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, message.findtext("source")
        text = (translation.text or "").strip() or "".join(
            f.text or "" for f in translation.findall("numerusform")
        )
        assert text.strip(), message.findtext("source")


@pytest.mark.parametrize("name", ["jianbao_zh_CN", "jianbao_en"])
def test_qm_is_up_to_date_with_ts(tmp_path, name):
    tool = i18n.lrelease()
    if tool is None:
        pytest.skip("no lrelease: the app compiles the .ts at run time")
    out = tmp_path / f"{name}.qm"
    subprocess.run([tool, "-silent", str(i18n.TRANSLATIONS_DIR / f"{name}.ts"), "-qm", str(out)], check=True)
    assert out.read_bytes() == (i18n.TRANSLATIONS_DIR / f"{name}.qm").read_bytes(), (
        "run resources/translations/update_translations.py"
    )


def test_chinese_ui_has_no_untranslated_strings(qtbot, window):
    window.show_preflight_panel()
    # The walk sees the UI: in English it finds plenty of English words.
    assert len([t for _, t in visible_texts(window) if untranslated_words(t)]) > 60
    i18n.install_language(i18n.CHINESE)
    qtbot.wait(10)
    assert window.file_menu.title() == "文件(&F)"
    problems = [(where, text) for where, text in visible_texts(window) if untranslated_words(text)]
    for dialog in (
        IssuePropertiesDialog(window.doc.issue, window),
        ExportDialog(window.doc.issue, window),
        PreferencesDialog(i18n.CHINESE, window),
        SectionDialog("经济", "Economy", window),
    ):
        dialog.show()
        problems += [
            (f"{type(dialog).__name__}: {w}", t) for w, t in visible_texts(dialog) if untranslated_words(t)
        ]
        dialog.close()
    assert problems == [], problems


def test_switching_applies_at_once_and_is_remembered(qtbot, window, modal_dialogs):
    assert window.file_menu.title() == "&File"
    english_label = window.library_panel.add_button.text()

    def choose_chinese(dialog: QDialog) -> None:
        if isinstance(dialog, PreferencesDialog):
            dialog.language.setCurrentIndex(dialog.language.findData(i18n.CHINESE))

    modal_dialogs["prepare"] = choose_chinese
    window.preferences()
    qtbot.wait(10)
    assert window.library_panel.add_button.text() == "加入本期"
    assert window.lineup_tabs.tabText(1).startswith("印前检查")
    assert window.doc.lineup.headerData(0, Qt.Orientation.Horizontal) == "标题"
    assert i18n.saved_language() == i18n.CHINESE
    # Qt's own strings (standard buttons of the Save/Discard/Cancel question) come from qtbase_zh_CN.
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QPlatformTheme", "Discard") != "Discard"
    i18n.install_language(i18n.ENGLISH, remember=True)
    qtbot.wait(10)
    assert window.library_panel.add_button.text() == english_label
    assert i18n.saved_language() == i18n.ENGLISH


def test_english_plurals_come_from_the_catalogue(qtbot, window):
    section = window.doc.lineup.index(0, 1)
    assert window.doc.lineup.data(section) in ("1 entry", "2 entries")
    assert (
        "entries" not in window.doc.lineup.data(section)
        or window.doc.lineup.rowCount(window.doc.lineup.index(0, 0)) != 1
    )


def test_untranslated_detector_catches_english():
    assert untranslated_words("Open Project") == ["Open", "Project"]
    assert untranslated_words("打开项目(&O)") == []
    assert untranslated_words("导出 PDF（Ctrl+E）") == []
    assert untranslated_words("wujin-page · 3") == []


@pytest.fixture
def ui_language(qapp):
    """Switch the UI language inside a test; English again afterwards."""
    yield i18n.install_language
    i18n.install_language(i18n.ENGLISH)


def test_preflight_findings_are_worded_in_the_ui_language(ui_language):
    from digest.export import Finding
    from ui.finding_text import describe
    from ui.render_service import finding_dict

    params = {"lang": "en", "count": 12, "unit": "words", "min": 60, "max": 120}
    core = Finding("warning", "summary-short", params, "a1", 0, 2, "区政协“问诊”营商环境助企服务体系再提升")
    finding = finding_dict(core)  # as the render worker sends it
    ui_language(i18n.ENGLISH)
    assert describe(finding) == core.describe()  # in English, as the command line says it
    ui_language(i18n.CHINESE)
    text = describe(finding)
    assert text.startswith("警告：第 2 条")
    assert "英文摘要过短：12 词（目标 60–120）" in text
    assert untranslated_words(text) == []
    # The words come from code and params: rewording the core's English changes nothing here.
    assert describe({**finding, "message": "reworded in the core"}) == text
    unknown = {"severity": "error", "code": "something-new", "message": "something new from the exporter"}
    assert describe(unknown) == "错误：something new from the exporter"
    assert describe({"severity": "error", "message": "an old worker without codes"}).endswith("without codes")


def _sample_findings() -> list:
    """One finding per code of the core's template table and per value of each fixed-set param
    it uses, filled with values that are not English words (digits), located nowhere, in an
    entry and in a section."""
    import itertools
    import string

    from digest.export import MESSAGES, PARAM_WORDS, Finding

    findings = []
    for code, template in MESSAGES.items():
        names = sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})
        choices = [list(PARAM_WORDS[name]) if name in PARAM_WORDS else [7] for name in names]
        for values in itertools.product(*choices):
            params = dict(zip(names, values, strict=True))
            findings.append(Finding("error", code, params))
            findings.append(Finding("warning", code, params, "a1", 0, 3, "标题"))
            findings.append(Finding("warning", code, params, section=1, label="要闻"))
        for where in PARAM_WORDS["where"]:  # where a finding with no entry or section is
            findings.append(Finding("error", code, {**params, "where": where}))
    return findings


def test_every_finding_code_is_worded_in_chinese(ui_language):
    from digest.export import MESSAGES
    from ui.finding_text import TEMPLATES, describe
    from ui.render_service import finding_dict

    assert set(TEMPLATES) == set(MESSAGES), "ui/finding_text.py TEMPLATES must word every core code"
    samples = _sample_findings()
    assert {f.code for f in samples} == set(MESSAGES)
    ui_language(i18n.CHINESE)
    problems = []
    for finding in samples:
        text = describe(finding_dict(finding))
        values_shown = all("7" in text for value in finding.params.values() if value == 7)
        if untranslated_words(text) or not values_shown or "%" in text:
            problems.append((finding.code, finding.params, text))
    assert problems == [], problems


def test_every_finding_code_reads_in_english_as_on_the_command_line(ui_language):
    from ui.finding_text import describe
    from ui.render_service import finding_dict

    ui_language(i18n.ENGLISH)
    samples = _sample_findings()
    assert [describe(finding_dict(f)) for f in samples] == [f.describe() for f in samples]


def test_chinese_wording_keeps_font_names_and_odd_values(ui_language):
    from digest.export import Finding
    from ui.finding_text import describe
    from ui.render_service import finding_dict

    ui_language(i18n.CHINESE)
    font = describe(finding_dict(Finding("error", "font-not-embedded", {"font": "Helvetica"})))
    assert font == "错误：字体 Helvetica 未以子集形式嵌入（不可付印）"
    assert untranslated_words(font) == ["Helvetica"]  # the value, not the sentence
    over = Finding("warning", "overfull", {"excess": 438.9, "line": "100%2 of «x»"}, entry=6, label="下楼")
    assert describe(finding_dict(over)) == "警告：第 6 条 «下楼»：有一行超出栏宽 438.9 磅：「100%2 of «x»」"
    glyph = Finding("error", "missing-glyph", {"char": "𝄞", "codepoint": "1D11E", "where": "issue-title"})
    assert describe(finding_dict(glyph)) == "错误：本期标题：字符「𝄞」（U+1D11E）不在任何内置字体中"
