"""Refresh the UI translations: lupdate the sources, fill in the Chinese (and English plural) texts
kept below, then compile .qm files with the lrelease that ships with PySide6.

    .venv/bin/python resources/translations/update_translations.py

The .ts files are the record translators edit; this table is how they were first written. Any
source text without a translation is reported and the script exits 1.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BIN = Path(sys.executable).parent

ZH: dict[str, str] = {
    # Always saved (the project database)
    "The project is always saved; this names an untitled one or retries a failed write": "项目随时自动保存；此命令为未命名项目命名，或重试失败的写入",
    "Copy the project to a new file and go on there": "将项目复制为新文件并在新文件中继续编辑",
    "Export a &Copy…": "导出副本(&C)…",
    "Write a copy of the project and go on editing this one": "写出项目副本，继续编辑当前项目",
    "Every change is saved as you make it.": "每处改动都会即时保存。",
    "The copy cannot be opened:": "无法打开副本：",
    "Wrote a copy to %1": "已写出副本 %1",
    "Not saved: %1": "未保存：%1",
    "Saved again.": "已恢复保存。",
    "the project file is read-only; changes are not saved": "项目文件为只读，改动不会保存",
    # The writing desk (issue 12)
    "Edit Chinese headline": "修改中文标题",
    "Edit English headline": "修改英文标题",
    "Edit Chinese summary": "修改中文摘要",
    "Edit English summary": "修改英文摘要",
    "Names:": "人名：",
    "Names in English: click one to insert it at the cursor": "人名的英文写法：点击即插入光标处",
    "Key figures:": "关键数字：",
    "Key figures in English: click one to insert it at the cursor": "关键数字的英文写法：点击即插入光标处",
    "%1 汉字 (%2–%3) · %4 incl. punct.": "%1 汉字（%2–%3）· 含标点 %4 字",
    "%1 Han characters (汉字), target %2–%3: punctuation, digits and Latin letters do not count (as in preflight). %4 characters with punctuation.": "%1 个汉字，目标 %2–%3：标点、数字和拉丁字母不计（与印前检查相同）。含标点共 %4 字。",
    "Han characters": "汉字",
    "汉字 · words": "汉字 · 词",
    "%1 汉字 (Han characters) in the Chinese summary, %2 words in the English": "中文摘要 %1 个汉字，英文摘要 %2 词",
    "&Undo “%1”": "撤销“%1”(&U)",
    "Undo “%1”": "撤销“%1”",
    "&Redo “%1”": "重做“%1”(&R)",
    "Redo “%1”": "重做“%1”",
    "Export the issue as a print-ready PDF (Ctrl+Shift+E)": "将本期导出为可付印的 PDF（Ctrl+Shift+E）",
    "Interface language and other settings (Ctrl+,)": "界面语言及其他设置（Ctrl+,）",
    "&Focus Mode": "专注模式(&F)",
    "Hide the library and narrow the preview, for room to write (F11)": "隐藏稿库、收窄预览，留出写作空间（F11）",
    "Preflight &Findings": "印前检查结果(&F)",
    "Show the preflight findings beside the lineup (F8)": "在本期目录旁显示印前检查结果（F8）",
    "Removed “%1” from the issue. Its headlines and summaries stay with the article and come back when you add it again; Undo (Ctrl+Z) puts the entry back.": "已将“%1”移出本期。其标题和摘要随文章保留，再次加入时即恢复；撤销（Ctrl+Z）可放回该条目。",
    "Removed “%1” from the issue; Undo (Ctrl+Z) puts it back.": "已将“%1”移出本期；撤销（Ctrl+Z）可放回。",
    "Filter (Ctrl+F)": "筛选（Ctrl+F）",
    "Shows articles whose headline or text (or your headlines and summaries) contains these words": "显示标题或正文（或你写的标题和摘要）含有这些词的文章",
    # Qt's own catalogue (qtbase_zh_CN) lacks these file-dialog labels: ours carries them.
    "&Look in:": "查找范围(&L)：",
    "Files of &type:": "文件类型(&T)：",
    # App / Messages
    "Cannot open project": "无法打开项目",
    "The project could not be opened:": "无法打开该项目：",
    "Unsaved changes": "未保存的更改",
    "Open Project": "打开项目",
    "Jianbao projects (*.jianbao);;All files (*)": "简报项目 (*.jianbao);;所有文件 (*)",
    "Save Project As": "项目另存为",
    "Jianbao projects (*.jianbao)": "简报项目 (*.jianbao)",
    "Import Pages": "导入版面",
    "Page text (*.txt);;All files (*)": "版面文本 (*.txt);;所有文件 (*)",
    "Export PDF": "导出 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    # Commands
    "Add Entry": "添加条目",
    "Remove Entry": "移除条目",
    "Move Entry": "移动条目",
    "Add Section": "添加栏目",
    "Remove Section": "删除栏目",
    "Move Section": "移动栏目",
    "Rename Section": "重命名栏目",
    "Typing": "输入",
    "Insert Text": "插入文字",
    "Issue Properties": "本期属性",
    # Dialogs
    "Bilingual, side by side": "双语并排",
    "Bilingual, stacked": "双语上下排",
    "Chinese only": "仅中文",
    "English only": "仅英文",
    "US Letter": "美国信纸",
    "Chinese (Simplified, China)": "中文（简体，中国）",
    "English (United Kingdom)": "英语（英国）",
    "English (United States)": "英语（美国）",
    "Chinese (Traditional, Taiwan)": "中文（繁体，台湾）",
    "Chinese (Traditional, Hong Kong)": "中文（繁体，香港）",
    "Export…": "导出…",
    "Preflight runs before the export; errors are listed with an option to export anyway.": "导出前会先进行印前检查；如有错误会列出，并可选择仍然导出。",
    "Chinese title:": "中文标题：",
    "English title:": "英文标题：",
    "Number:": "期号：",
    "Date:": "日期：",
    "Publisher:": "出版者：",
    "Edition locales:": "版本语言区域：",
    "Chinese summary:": "中文摘要：",
    "English summary:": "英文摘要：",
    "to": "至",
    " characters": " 字",
    " words": " 词",
    "Layout": "版式",
    "Layout:": "版式：",
    "Paper:": "纸张：",
    "Bleed:": "出血：",
    " mm": " 毫米",
    "Crop marks": "裁切标记",
    "Extra image area beyond the trim for the print shop (usually 3 mm)": "超出成品尺寸、供印厂裁切的额外区域（通常为 3 毫米）",
    "Preferences": "首选项",
    "Interface language:": "界面语言：",
    "Section": "栏目",
    # EntryEditor
    "Select an entry in the lineup to edit its headlines and summaries.": "在本期目录中选择一个条目，即可编辑其标题和摘要。",
    "Source article": "原文",
    "Chinese &headline": "中文标题(&H)",
    "E&nglish headline": "英文标题(&N)",
    "Chinese &summary": "中文摘要(&S)",
    "English s&ummary": "英文摘要(&U)",
    "Chinese headline": "中文标题",
    "English headline": "英文标题",
    "Chinese summary, 100–200 characters": "中文摘要，100–200 字",
    "English summary, 60–120 words": "英文摘要，60–120 词",
    "The imported article (read-only)": "导入的原文（只读）",
    "Names in English (click to insert at the cursor):": "人名英文拼写（点击即插入到光标处）：",
    "Key figures (click to insert at the cursor):": "关键数字（点击即插入到光标处）：",
    "%1 characters (target %2–%3)": "%1 字（目标 %2–%3）",
    "%1 words (target %2–%3)": "%1 词（目标 %2–%3）",
    "The Chinese summary is over its target length.": "中文摘要超出目标长度。",
    "The English summary is over its target length.": "英文摘要超出目标长度。",
    "The English headline is missing.": "缺少英文标题。",
    "The Chinese headline is missing.": "缺少中文标题。",
    "The English translation of the summary is missing.": "缺少摘要的英文译文。",
    "The Chinese summary is missing.": "缺少中文摘要。",
    "No headline yet.": "尚无标题。",
    "No summary yet.": "尚无摘要。",
    "Insert “%1” at the cursor": "在光标处插入“%1”",
    # Library
    "Article": "文章",
    "Brief": "简讯",
    "Caption": "图片说明",
    "Headline": "标题",
    "Page": "版面",
    "Kind": "类型",
    "Library": "稿库",
    "Filter headlines and text (Ctrl+F)": "筛选标题和正文（Ctrl+F）",
    "Shows articles whose headline or text contains these words": "显示标题或正文包含这些文字的稿件",
    "All kinds": "全部类型",
    "Show one kind of item": "只显示一种类型",
    "Show the items of one page": "只显示一个版面的稿件",
    "Add to Issue": "加入本期",
    "Add the selected articles to the issue (Ctrl+Return)": "将选中的稿件加入本期（Ctrl+Return）",
    "All pages": "全部版面",
    "%1 of %2 items": "%1 / %2 篇",
    "Searching…": "正在查找…",
    "%1 (read-only)": "%1（只读）",
    "Read-only: open in another Jianbao window": "只读：已在另一个简报窗口中打开",
    "Another Jianbao window is editing this project; close it there to edit it here.": "另一个简报窗口正在编辑此项目；在那里关闭后才能在这里编辑。",
    # Lineup
    "Length": "长度",
    "Untitled section": "未命名栏目",
    "%1 chars · %2 words": "%1 字 · %2 词",
    "No English headline yet": "尚无英文标题",
    "Issue lineup": "本期目录",
    # MainWindow
    "Untitled": "未命名",
    "Jianbao": "简报",
    "Undo %1": "撤销%1",
    "Undo": "撤销",
    "Redo %1": "重做%1",
    "Redo": "重做",
    "&New": "新建(&N)",
    "Start a new, empty project": "新建一个空项目",
    "&Open…": "打开(&O)…",
    "Open a project file": "打开项目文件",
    "&Save": "保存(&S)",
    "Save the project": "保存项目",
    "Save &As…": "另存为(&A)…",
    "Save the project under a new name": "以新名称保存项目",
    "&Import Pages…": "导入版面(&I)…",
    "Import newspaper page text files (Ctrl+I)": "导入报纸版面文本文件（Ctrl+I）",
    "&Paste Page from Clipboard": "从剪贴板粘贴版面(&P)",
    "Import the text on the clipboard as a page": "把剪贴板中的文字作为一个版面导入",
    "&Export PDF…": "导出 PDF(&E)…",
    "Export the issue as a print-ready PDF (Ctrl+E)": "将本期导出为可付印的 PDF（Ctrl+E）",
    "&Print…": "打印(&P)…",
    "Print the issue (Ctrl+P)": "打印本期（Ctrl+P）",
    "&Quit": "退出(&Q)",
    "Quit Jianbao": "退出简报",
    "&Undo": "撤销(&U)",
    "&Redo": "重做(&R)",
    "&Add to Issue": "加入本期(&A)",
    "Add the selected library articles to the issue": "将稿库中选中的稿件加入本期",
    "&Remove from Issue": "从本期移除(&R)",
    "Remove the selected entry or section (Delete)": "移除选中的条目或栏目（Delete）",
    "Move &Up": "上移(&U)",
    "Move the selected entry up (Alt+Up)": "上移选中的条目（Alt+Up）",
    "Move &Down": "下移(&D)",
    "Move the selected entry down (Alt+Down)": "下移选中的条目（Alt+Down）",
    "Add &Section…": "添加栏目(&S)…",
    "Add a section to the issue": "为本期添加栏目",
    "Re&name Section…": "重命名栏目(&N)…",
    "Rename the selected section (F2)": "重命名选中的栏目（F2）",
    "Issue &Properties…": "本期属性(&P)…",
    "Title, number, date, locales, length targets and layout": "标题、期号、日期、语言区域、长度目标和版式",
    "&Filter Library": "筛选稿库(&F)",
    "Search the library (Ctrl+F)": "搜索稿库（Ctrl+F）",
    "Pre&ferences…": "首选项(&F)…",
    "Interface language and other settings": "界面语言及其他设置",
    "Pre&flight": "印前检查(&L)",
    "Check the issue for problems before export (F7)": "导出前检查本期的问题（F7）",
    "&Refresh Preview": "刷新预览(&R)",
    "Render the preview again now (F5)": "立即重新生成预览（F5）",
    "&About Jianbao": "关于简报(&A)",
    "About Jianbao": "关于简报",
    "&Clear Recent Files": "清除最近文件(&C)",
    "Forget the recent files": "清除最近打开的文件列表",
    "Preflight &Panel": "印前检查面板(&P)",
    "&File": "文件(&F)",
    "Open &Recent": "最近打开(&R)",
    "&Edit": "编辑(&E)",
    "&Issue": "本期(&I)",
    "&View": "视图(&V)",
    "&Help": "帮助(&H)",
    "Main toolbar": "主工具栏",
    "Preflight": "印前检查",
    "Save the changes to “%1” before closing?": "关闭前是否保存对“%1”的更改？",
    "Opened %1": "已打开 %1",
    "Recover unsaved changes?": "恢复未保存的更改？",
    "Jianbao found unsaved changes from %1 that were not saved (the app may have crashed). Recover them?": "简报发现了 %1 时未保存的更改（程序可能曾意外退出）。是否恢复？",
    "Cannot recover": "无法恢复",
    "Recovered unsaved changes; save to keep them.": "已恢复未保存的更改；请保存以保留。",
    "Cannot save": "无法保存",
    "The project was not saved; your work is still open:": "项目未保存；您的工作仍在编辑器中：",
    "The recovery copy could not be read; the project stays as it was saved:": "无法读取恢复副本；项目保持上次保存时的状态：",
    "Saved %1": "已保存 %1",
    "Nothing to paste": "没有可粘贴的内容",
    "The clipboard holds no text.": "剪贴板中没有文字。",
    "Clipboard %1": "剪贴板 %1",
    "Importing…": "正在导入…",
    "Imported %1 item(s); %2 already in the library.": "已导入 %1 篇；%2 篇已在稿库中。",
    "Some pages were not imported": "部分版面未能导入",
    "Preview failed: %1": "预览失败：%1",
    "Preflight: not run yet": "印前检查：尚未运行",
    "Errors: %1  Warnings: %2": "错误：%1  警告：%2",
    "Show the preflight panel": "显示印前检查面板",
    "Checking the issue…": "正在检查本期…",
    "Preflight found errors": "印前检查发现错误",
    "Preflight found %1 error(s):": "印前检查发现 %1 个错误：",
    "Export anyway?": "仍然导出吗？",
    "Export cancelled.": "已取消导出。",
    "Exporting…": "正在导出…",
    "Export failed": "导出失败",
    "The PDF was not written; your project is unchanged:": "PDF 未写入；您的项目没有改动：",
    "Print": "打印",
    "The preview is not ready yet; try again in a moment.": "预览尚未就绪，请稍后再试。",
    "The printer could not be started.": "无法启动打印机。",
    "Jianbao %1 — a bilingual news digest studio.": "简报 %1 —— 双语新闻摘要编辑工具。",
    # Findings (preflight findings from digest.export, worded from their code and params)
    "%1 headline is empty": "%1标题为空",
    "%1 summary is empty": "%1摘要为空",
    "%1 summary is long: %2 %3 (target %4–%5)": "%1摘要过长：%2 %3（目标 %4–%5）",
    "%1 summary is short: %2 %3 (target %4–%5)": "%1摘要过短：%2 %3（目标 %4–%5）",
    "%1 section title is empty": "%1栏目名为空",
    "character «%1» (U+%2) is in no bundled font": "字符「%1」（U+%2）不在任何内置字体中",
    "the issue has no entries": "本期没有条目",
    "article %1 is not in the library": "稿件 %1 不在稿库中",
    "a line is %1 pt too wide for its column: «%2»": "有一行超出栏宽 %1 磅：「%2」",
    "font %1 is not embedded as a subset (not print-ready)": "字体 %1 未以子集形式嵌入（不可付印）",
    "the print file breaks a %1 rule: %2": "印刷文件不符合 %1 的规则：%2",
    "no bleed: colour running to the page edge may show white after trimming (3 mm is usual)": (
        "无出血：延伸到页边的颜色裁切后可能露白（通常留 3 毫米）"
    ),
    "bleed without crop marks: the print shop must find the trim from the TrimBox": (
        "有出血但无裁切标记：印刷厂须按文件的成品框（裁切框）确定裁切位置"
    ),
    "no room for trim and fold marks on the %1 sheet; choose a larger sheet for marks": (
        "%1 纸上没有放裁切线和折线的空间；如需标记请选更大的纸"
    ),
    "%1 pages: the booklet gets %2 blank page(s) %3": "%1 页：小册子加 %2 个空白页，%3",
    "at the end": "放在末尾",
    "before the back cover": "放在封底之前",
    "saddle stitch of %1 sheets is thick (over %2); consider fewer pages": (
        "骑马钉 %1 张纸过厚（超过 %2 张）；请考虑减少页数"
    ),
    "characters": "字",
    "words": "词",
    "issue title": "本期标题",
    "invisible character %1 (U+%2) is left out of print": "不可见字符 %1（U+%2）不会印出",
    "English text has %1 straight quote(s) (' or \")": "英文中有 %1 个直引号（' 或 \"）",
    "%1 does not fit on one line: «%2»": "%1超出一行：「%2」",
    "the masthead title": "报头标题",
    "the running head": "页眉",
    "the source line": "来源行",
    "section title": "栏目名",
    "entry": "条目",
    "error": "错误",
    "warning": "警告",
    "entry %1": "第 %1 条",
    "section %1": "第 %1 栏",
    "%1: %2: %3": "%1：%2：%3",
    "%1: %2": "%1：%2",
    "Chinese": "中文",
    "English": "英文",
    # Export dialog: the print file; issue properties: the print job
    "Print file": "印刷文件",
    "PDF standard:": "PDF 标准：",
    "PDF/X-4 (recommended)": "PDF/X-4（推荐）",
    "PDF/X-1a": "PDF/X-1a",
    "Plain PDF": "普通 PDF",
    "Imposition:": "拼版：",
    "None (single pages)": "不拼版（单页）",
    "Booklet, saddle stitch": "小册子，骑马钉",
    "2-up, cut and stack": "一纸两版，裁切叠放",
    "Sheet:": "印张：",
    "Smallest that fits": "能放下的最小纸张",
    "Creep:": "爬移补偿：",
    " mm per sheet": " 毫米/张",
    "Print job (for the job sheet)": "印刷工单",
    "Copies:": "印数：",
    "Paper stock:": "纸张：",
    "Colours:": "印色：",
    "Finishing:": "装订：",
    "Contact:": "联系人：",
    "Notes:": "备注：",
    "not set": "未填",
    "e.g. 115 g/m² gloss coated": "例如 115 克铜版纸",
    "empty: from the imposition": "留空：按拼版方式",
    # Preflight panel
    "Preflight runs with every preview.": "每次生成预览时都会进行印前检查。",
    "No problems found.": "未发现问题。",
    "%1 error(s), %2 warning(s). Click one to open its entry.": "%1 个错误，%2 个警告。点击可打开对应条目。",
    "Open the entry": "打开该条目",
    # Preview
    "Previous page (Page Up)": "上一页（Page Up）",
    "Next page (Page Down)": "下一页（Page Down）",
    "Zoom in": "放大",
    "Zoom out": "缩小",
    "Current page": "当前页",
    "Fit width": "适合宽度",
    "Fit page": "适合页面",
    "Zoom": "缩放",
    "Waiting for the first preview…": "正在等待首次预览…",
    "of %1": "共 %1 页",
    "Updating preview…": "正在更新预览…",
    "The preview could not be read.": "无法读取预览。",
    "Preview failed": "预览失败",
    "The preview could not be built:": "无法生成预览：",
    # Terminology memory and key sentences (ui/glossary_*.py, ui/key_sentence_chips.py)
    "«%1» is in the Chinese but its glossary English «%2» is not in the English": (
        "中文含术语「%1」，英文中却没有术语表译法「%2」"
    ),
    "«%1» is rendered «%2» here but «%3» in entry %4": "「%1」此处译作「%2」，第 %4 条却译作「%3」",
    "%1 pairs": "%1 组术语",
    "&Add Pair": "添加术语(&A)",
    "&Add Selected Term": "添加所选术语(&A)",
    "&Delete": "删除(&D)",
    "&Export CSV…": "导出 CSV(&E)…",
    "E&xport CSV…": "导出 CSV(&X)…",
    "&Import CSV…": "导入 CSV(&I)…",
    "&Glossary": "术语表(&G)",
    "&Edit Glossary…": "编辑术语表(&E)…",
    "Add the selected Chinese term and the selected English to the project's glossary": (
        "将所选中文术语和所选英文译法加入本项目的术语表"
    ),
    "Added to the glossary: «%1» → «%2».": "已加入术语表：「%1」→「%2」。",
    "Chinese term": "中文术语",
    "House English (alternatives after |)": "规范英文译法（备选译法用 | 隔开）",
    "Note": "备注",
    "Click to insert into the Chinese summary at the cursor": "单击插入中文摘要的光标处",
    "Exported to %1.": "已导出到 %1。",
    "Filter: Chinese or English": "筛选：中文或英文",
    "Finding the key sentences…": "正在找出关键句…",
    "Glossary (click to put the house English in the English field):": "术语表（单击将规范译法填入英文栏）：",
    "Glossary exported to %1.": "术语表已导出到 %1。",
    "Glossary": "术语表",
    "Glossary:": "术语：",
    "Glossary terms of this article: click one to put its house English in the English field": (
        "本文中的术语表术语：单击一个，将其规范英文译法填入英文栏"
    ),
    "Key sentences:": "关键句：",
    "The sentences that carry most of the article: click one to insert it into the Chinese summary": (
        "最能概括本文内容的句子：单击一句，插入中文摘要"
    ),
    "Glossary: %1 new pairs, %2 changed, from %3.": "术语表：从 %3 新增 %1 组，修改 %2 组。",
    "Glossary: «%1» is now «%2».": "术语表：「%1」现译作「%2」。",
    "Import Glossary": "导入术语表",
    "Export Glossary": "导出术语表",
    "Edit Glossary": "编辑术语表",
    "Add “%1” to Glossary": "将“%1”加入术语表",
    "CSV files (*.csv)": "CSV 文件 (*.csv)",
    "CSV files (*.csv);;All files (*)": "CSV 文件 (*.csv);;所有文件 (*)",
    "Imported %1 new pairs, %2 changed.": "已导入：新增 %1 组，修改 %2 组。",
    "Insert “%1” into the English field (replacing its selection)": "将“%1”填入英文栏（替换所选文字）",
    "Key sentences (click to insert into the Chinese summary):": "关键句（单击插入中文摘要）：",
    "Open an entry and select a Chinese term and its English first.": "请先打开一个条目，再选中中文术语及其英文译法。",
    "Row %1: %2": "第 %1 行：%2",
    "Row %1: «%2» is already on row %3": "第 %1 行：「%2」已在第 %3 行",
    "Select a Chinese term and its English first.": "请先选中中文术语及其英文译法。",
    "Select its English too (in an English field).": "还需在英文栏中选中它的英文译法。",
    "Select the Chinese term too (in the source article or a Chinese field).": "还需选中中文术语（在原文或中文栏中）。",
    "«%1» → «%2» cannot be a glossary pair.": "「%1」→「%2」不能作为术语对。",
    "«%1» → «%2» is in the glossary already.": "「%1」→「%2」已在术语表中。",
    "Nothing imported: %1": "未导入任何内容：%1",
    "The project is open read-only here: the glossary was not changed.": "此项目在这里以只读方式打开：术语表未改动。",
    "Not exported: %1": "未导出：%1",
}

# Numerus texts: Chinese has one form; English needs singular and plural.
ZH_PLURAL: dict[str, str] = {
    "%n article(s) were added to the library by another program.": "另一程序向资料库添加了 %n 篇稿件。",
    "%n entries": "%n 条",
    "Add %n Entries": "添加 %n 个条目",
    "Added %n entries to the issue.": "已将 %n 个条目加入本期。",
    "Exported %1 (%n page(s))": "已导出 %1（%n 页）",
    "Sent %n page(s) to the printer.": "已将 %n 页发送到打印机。",
    "%n page(s)": "%n 页",
    "Could not import %n page(s); nothing else was changed:": "无法导入 %n 个版面；其他内容均未改动：",
}
EN_PLURAL: dict[str, tuple[str, str]] = {
    "%n article(s) were added to the library by another program.": (
        "%n article was added to the library by another program.",
        "%n articles were added to the library by another program.",
    ),
    "%n entries": ("%n entry", "%n entries"),
    "Add %n Entries": ("Add %n Entry", "Add %n Entries"),
    "Added %n entries to the issue.": ("Added %n entry to the issue.", "Added %n entries to the issue."),
    "Exported %1 (%n page(s))": ("Exported %1 (%n page)", "Exported %1 (%n pages)"),
    "Sent %n page(s) to the printer.": ("Sent %n page to the printer.", "Sent %n pages to the printer."),
    "%n page(s)": ("%n page", "%n pages"),
    "Could not import %n page(s); nothing else was changed:": (
        "Could not import the page; nothing else was changed:",
        "Could not import %n pages; nothing else was changed:",
    ),
}


# The import review desk (ui/review_*.py) and its menu actions.
ZH.update(
    {
        "Re&view Page Import…": "审阅版面导入(&V)…",
        "Show the page of the selected article, line by line, to correct its import (Ctrl+Shift+I)": (
            "逐行显示所选文章所在的版面，以便更正导入结果（Ctrl+Shift+I）"
        ),
        "Import Re&view Desk": "导入审阅台(&V)",
        "Import Review": "导入审阅",
        "Select an article to review its page.": "请先选择一篇文章，再审阅其版面。",
        "This article was imported before pages were kept; import its page again to review it.": (
            "这篇文章导入时尚未保存版面；请重新导入其版面后再审阅。"
        ),
        "Reporters": "记者",
        "Reporters:": "记者：",
        "Names separated by 、 or spaces; leave empty for none.": "姓名之间用“、”或空格分隔；留空表示没有。",
        "Section label": "版面标签",
        "Kicker": "引题",
        "Subtitle": "副题",
        "Byline": "署名",
        "Dateline": "电头",
        "Subheading": "小标题",
        "Paragraph": "正文段落",
        "Photo credit": "摄影署名",
        "Closing credit": "文末署名",
        "Jump line": "转版提示",
        "Dropped": "舍弃",
        "Split Item Here": "从此行拆分稿件",
        "Merge into Item Above": "并入上一篇稿件",
        "Join with Paragraph Above": "与上一段合并",
        "Start New Paragraph": "从此行另起一段",
        "Edit Reporters…": "编辑记者…",
        "Mark as %1": "标为%1",
        "Newspaper:": "报纸：",
        "Page:": "版次：",
        "paper's name": "报纸名称",
        "e.g. A2 要闻": "如 A2 要闻",
        "YYYY-MM-DD": "年-月-日",
        "The paper's name: names the profile its pages teach and the print source line": (
            "报纸名称：用于命名其版面所训练的档案，并写入印刷版的出处行"
        ),
        "Reporters… (R)": "记者…（R）",
        "Keys: H headline · K kicker · S subtitle · B byline · P paragraph · C caption · "
        "L section label · D drop · X split item · M merge into item above · "
        "J join paragraph · N new paragraph · R reporters. Dashed labels: the importer is unsure.": (
            "按键：H 主标题 · K 引题 · S 副题 · B 署名 · P 正文 · C 图片说明 · L 版面标签 · D 舍弃 · "
            "X 拆分稿件 · M 并入上一篇 · J 与上段合并 · N 另起一段 · R 记者。虚线标签：导入时把握不大。"
        ),
        "Select an imported article and choose Review Page Import (Ctrl+Shift+I).": (
            "选择一篇导入的文章，再选择“审阅版面导入”（Ctrl+Shift+I）。"
        ),
        "Import review": "导入审阅",
        "Profile: none yet for %1 — corrections here teach it": "档案：%1 暂无——此处的更正会训练它",
        "Profile: none — set the paper's name to teach one": "档案：无——填写报纸名称即可训练档案",
        "none": "无",
        "this line is uncertain": "此行把握不大",
        "That does not apply to this line.": "此操作不适用于这一行。",
        "Split Item": "拆分稿件",
        "Merge Items": "合并稿件",
        "Join Paragraphs": "合并段落",
        "Separate Paragraphs": "拆分段落",
        "Edit Reporters": "编辑记者",
        "Set Page Source": "设置版面出处",
        "Other Roles": "其他角色",
        "Line": "行",
        "Role": "角色",
        "Text": "文字",
        "%1, %2% sure": "%1，把握 %2%",
        "corrected": "已更正",
    }
)
ZH_PLURAL.update(
    {
        "%n of them came back with the headlines and summaries written before.": "其中 %n 条恢复了之前写的标题和摘要。",
        "Page %1 · %n line(s)": "版面 %1 · %n 行",
        "Profile: %1 — %n line form(s) taught by the paper's other pages": "档案：%1——该报其他版面训练的 %n 种行式",
        "Item %1 of %2 · %n paragraph(s) · reporters: %3": "第 %1 篇，共 %2 篇 · %n 段 · 记者：%3",
    }
)
EN_PLURAL.update(
    {
        "%n of them came back with the headlines and summaries written before.": (
            "It came back with the headlines and summaries written before.",
            "%n of them came back with the headlines and summaries written before.",
        ),
        "Page %1 · %n line(s)": ("Page %1 · %n line", "Page %1 · %n lines"),
        "Profile: %1 — %n line form(s) taught by the paper's other pages": (
            "Profile: %1 — %n line form taught by the paper's other pages",
            "Profile: %1 — %n line forms taught by the paper's other pages",
        ),
        "Item %1 of %2 · %n paragraph(s) · reporters: %3": (
            "Item %1 of %2 · %n paragraph · reporters: %3",
            "Item %1 of %2 · %n paragraphs · reporters: %3",
        ),
    }
)

def _fill(ts: Path, language: str) -> list[str]:
    tree = ET.parse(ts)
    missing: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") in ("obsolete", "vanished"):
            continue
        numerus = message.get("numerus") == "yes"
        if language == "zh_CN":
            if numerus:
                text = ZH_PLURAL.get(source)
                forms = [text] if text else None
            else:
                text = ZH.get(source)
                forms = None
        else:
            pair = EN_PLURAL.get(source)
            forms = list(pair) if pair else None
            text = None
        if numerus:
            if not forms:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            if text is None:
                missing.append(source)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.py"))
    lupdate = str(BIN / "pyside6-lupdate")
    lrelease = str(BIN / "pyside6-lrelease")
    zh_ts = HERE / "jianbao_zh_CN.ts"
    en_ts = HERE / "jianbao_en.ts"
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *sources, "-ts", str(zh_ts)], cwd=ROOT, check=True
    )
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", "-pluralonly", *sources, "-ts", str(en_ts)],
        cwd=ROOT,
        check=True,
    )
    missing = _fill(zh_ts, "zh_CN") + _fill(en_ts, "en")
    for ts in (zh_ts, en_ts):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    if missing:
        print("untranslated:", *missing, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
