<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>App</name>
        <message>
            <source>Cannot open project</source>
            <translation>无法打开项目</translation>
        </message>
        <message>
            <source>The project could not be opened:</source>
            <translation>无法打开该项目：</translation>
        </message>
        <message>
            <source>Jianbao</source>
            <translation>简报</translation>
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <source>Edit Chinese headline</source>
            <translation>修改中文标题</translation>
        </message>
        <message>
            <source>Edit English headline</source>
            <translation>修改英文标题</translation>
        </message>
        <message>
            <source>Edit Chinese summary</source>
            <translation>修改中文摘要</translation>
        </message>
        <message>
            <source>Edit English summary</source>
            <translation>修改英文摘要</translation>
        </message>
        <message>
            <source>Add Entry</source>
            <translation>添加条目</translation>
        </message>
        <message>
            <source>Remove Entry</source>
            <translation>移除条目</translation>
        </message>
        <message>
            <source>Move Entry</source>
            <translation>移动条目</translation>
        </message>
        <message>
            <source>Add Section</source>
            <translation>添加栏目</translation>
        </message>
        <message>
            <source>Remove Section</source>
            <translation>删除栏目</translation>
        </message>
        <message>
            <source>Move Section</source>
            <translation>移动栏目</translation>
        </message>
        <message>
            <source>Rename Section</source>
            <translation>重命名栏目</translation>
        </message>
        <message>
            <source>Typing</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Issue Properties</source>
            <translation>本期属性</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Bilingual, side by side</source>
            <translation>双语并排</translation>
        </message>
        <message>
            <source>Bilingual, stacked</source>
            <translation>双语上下排</translation>
        </message>
        <message>
            <source>Chinese only</source>
            <translation>仅中文</translation>
        </message>
        <message>
            <source>English only</source>
            <translation>仅英文</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>美国信纸</translation>
        </message>
        <message>
            <source>Chinese (Simplified, China)</source>
            <translation>中文（简体，中国）</translation>
        </message>
        <message>
            <source>English (United Kingdom)</source>
            <translation>英语（英国）</translation>
        </message>
        <message>
            <source>English (United States)</source>
            <translation>英语（美国）</translation>
        </message>
        <message>
            <source>Chinese (Traditional, Taiwan)</source>
            <translation>中文（繁体，台湾）</translation>
        </message>
        <message>
            <source>Chinese (Traditional, Hong Kong)</source>
            <translation>中文（繁体，香港）</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>the project file is read-only; changes are not saved</source>
            <translation>项目文件为只读，改动不会保存</translation>
        </message>
    </context>
    <context>
        <name>EntryEditor</name>
        <message>
            <source>Select an entry in the lineup to edit its headlines and summaries.</source>
            <translation>在本期目录中选择一个条目，即可编辑其标题和摘要。</translation>
        </message>
        <message>
            <source>Chinese &amp;headline</source>
            <translation>中文标题(&amp;H)</translation>
        </message>
        <message>
            <source>E&amp;nglish headline</source>
            <translation>英文标题(&amp;N)</translation>
        </message>
        <message>
            <source>Chinese &amp;summary</source>
            <translation>中文摘要(&amp;S)</translation>
        </message>
        <message>
            <source>English s&amp;ummary</source>
            <translation>英文摘要(&amp;U)</translation>
        </message>
        <message>
            <source>Chinese headline</source>
            <translation>中文标题</translation>
        </message>
        <message>
            <source>English headline</source>
            <translation>英文标题</translation>
        </message>
        <message>
            <source>Chinese summary, 100–200 characters</source>
            <translation>中文摘要，100–200 字</translation>
        </message>
        <message>
            <source>English summary, 60–120 words</source>
            <translation>英文摘要，60–120 词</translation>
        </message>
        <message>
            <source>Names:</source>
            <translation>人名：</translation>
        </message>
        <message>
            <source>Names in English: click one to insert it at the cursor</source>
            <translation>人名的英文写法：点击即插入光标处</translation>
        </message>
        <message>
            <source>Key figures:</source>
            <translation>关键数字：</translation>
        </message>
        <message>
            <source>Key figures in English: click one to insert it at the cursor</source>
            <translation>关键数字的英文写法：点击即插入光标处</translation>
        </message>
        <message>
            <source>%1 汉字 (%2–%3) · %4 incl. punct.</source>
            <translation>%1 汉字（%2–%3）· 含标点 %4 字</translation>
        </message>
        <message>
            <source>%1 words (target %2–%3)</source>
            <translation>%1 词（目标 %2–%3）</translation>
        </message>
        <message>
            <source>%1 Han characters (汉字), target %2–%3: punctuation, digits and Latin letters do not count (as in preflight). %4 characters with punctuation.</source>
            <translation>%1 个汉字，目标 %2–%3：标点、数字和拉丁字母不计（与印前检查相同）。含标点共 %4 字。</translation>
        </message>
        <message>
            <source>The Chinese summary is over its target length.</source>
            <translation>中文摘要超出目标长度。</translation>
        </message>
        <message>
            <source>The English summary is over its target length.</source>
            <translation>英文摘要超出目标长度。</translation>
        </message>
        <message>
            <source>The English headline is missing.</source>
            <translation>缺少英文标题。</translation>
        </message>
        <message>
            <source>The Chinese headline is missing.</source>
            <translation>缺少中文标题。</translation>
        </message>
        <message>
            <source>The English translation of the summary is missing.</source>
            <translation>缺少摘要的英文译文。</translation>
        </message>
        <message>
            <source>The Chinese summary is missing.</source>
            <translation>缺少中文摘要。</translation>
        </message>
        <message>
            <source>No headline yet.</source>
            <translation>尚无标题。</translation>
        </message>
        <message>
            <source>No summary yet.</source>
            <translation>尚无摘要。</translation>
        </message>
        <message>
            <source>Insert “%1” at the cursor</source>
            <translation>在光标处插入“%1”</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>Print file</source>
            <translation>印刷文件</translation>
        </message>
        <message>
            <source>Preflight runs before the export; errors are listed with an option to export anyway.</source>
            <translation>导出前会先进行印前检查；如有错误会列出，并可选择仍然导出。</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
    </context>
    <context>
        <name>Findings</name>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>%1 headline is empty</source>
            <translation>%1标题为空</translation>
        </message>
        <message>
            <source>%1 summary is empty</source>
            <translation>%1摘要为空</translation>
        </message>
        <message>
            <source>%1 section title is empty</source>
            <translation>%1栏目名为空</translation>
        </message>
        <message>
            <source>character «%1» (U+%2) is in no bundled font</source>
            <translation>字符「%1」（U+%2）不在任何内置字体中</translation>
        </message>
        <message>
            <source>the issue has no entries</source>
            <translation>本期没有条目</translation>
        </message>
        <message>
            <source>article %1 is not in the library</source>
            <translation>稿件 %1 不在稿库中</translation>
        </message>
        <message>
            <source>%1 summary is long: %2 %3 (target %4–%5)</source>
            <translation>%1摘要过长：%2 %3（目标 %4–%5）</translation>
        </message>
        <message>
            <source>%1 summary is short: %2 %3 (target %4–%5)</source>
            <translation>%1摘要过短：%2 %3（目标 %4–%5）</translation>
        </message>
        <message>
            <source>a line is %1 pt too wide for its column: «%2»</source>
            <translation>有一行超出栏宽 %1 磅：「%2」</translation>
        </message>
        <message>
            <source>font %1 is not embedded as a subset (not print-ready)</source>
            <translation>字体 %1 未以子集形式嵌入（不可付印）</translation>
        </message>
        <message>
            <source>invisible character %1 (U+%2) is left out of print</source>
            <translation>不可见字符 %1（U+%2）不会印出</translation>
        </message>
        <message>
            <source>English text has %1 straight quote(s) (' or ")</source>
            <translation>英文中有 %1 个直引号（' 或 "）</translation>
        </message>
        <message>
            <source>%1 does not fit on one line: «%2»</source>
            <translation>%1超出一行：「%2」</translation>
        </message>
        <message>
            <source>«%1» is in the Chinese but its glossary English «%2» is not in the English</source>
            <translation>中文含术语「%1」，英文中却没有术语表译法「%2」</translation>
        </message>
        <message>
            <source>«%1» is rendered «%2» here but «%3» in entry %4</source>
            <translation>「%1」此处译作「%2」，第 %4 条却译作「%3」</translation>
        </message>
        <message>
            <source>the print file breaks a %1 rule: %2</source>
            <translation>印刷文件不符合 %1 的规则：%2</translation>
        </message>
        <message>
            <source>no bleed: colour running to the page edge may show white after trimming (3 mm is usual)</source>
            <translation>无出血：延伸到页边的颜色裁切后可能露白（通常留 3 毫米）</translation>
        </message>
        <message>
            <source>bleed without crop marks: the print shop must find the trim from the TrimBox</source>
            <translation>有出血但无裁切标记：印刷厂须按文件的成品框（裁切框）确定裁切位置</translation>
        </message>
        <message>
            <source>no room for trim and fold marks on the %1 sheet; choose a larger sheet for marks</source>
            <translation>%1 纸上没有放裁切线和折线的空间；如需标记请选更大的纸</translation>
        </message>
        <message>
            <source>%1 pages: the booklet gets %2 blank page(s) %3</source>
            <translation>%1 页：小册子加 %2 个空白页，%3</translation>
        </message>
        <message>
            <source>saddle stitch of %1 sheets is thick (over %2); consider fewer pages</source>
            <translation>骑马钉 %1 张纸过厚（超过 %2 张）；请考虑减少页数</translation>
        </message>
        <message>
            <source>words</source>
            <translation>词</translation>
        </message>
        <message>
            <source>issue title</source>
            <translation>本期标题</translation>
        </message>
        <message>
            <source>section title</source>
            <translation>栏目名</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>条目</translation>
        </message>
        <message>
            <source>the masthead title</source>
            <translation>报头标题</translation>
        </message>
        <message>
            <source>the running head</source>
            <translation>页眉</translation>
        </message>
        <message>
            <source>the source line</source>
            <translation>来源行</translation>
        </message>
        <message>
            <source>at the end</source>
            <translation>放在末尾</translation>
        </message>
        <message>
            <source>before the back cover</source>
            <translation>放在封底之前</translation>
        </message>
        <message>
            <source>error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>entry %1</source>
            <translation>第 %1 条</translation>
        </message>
        <message>
            <source>Han characters</source>
            <translation>汉字</translation>
        </message>
        <message>
            <source>section %1</source>
            <translation>第 %1 栏</translation>
        </message>
        <message>
            <source>%1: %2: %3</source>
            <translation>%1：%2：%3</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
    </context>
    <context>
        <name>Glossary</name>
        <message>
            <source>Edit Glossary</source>
            <translation>编辑术语表</translation>
        </message>
        <message>
            <source>Add “%1” to Glossary</source>
            <translation>将“%1”加入术语表</translation>
        </message>
        <message>
            <source>Import Glossary</source>
            <translation>导入术语表</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export Glossary</source>
            <translation>导出术语表</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>GlossaryChips</name>
        <message>
            <source>Glossary:</source>
            <translation>术语：</translation>
        </message>
        <message>
            <source>Glossary terms of this article: click one to put its house English in the English field</source>
            <translation>本文中的术语表术语：单击一个，将其规范英文译法填入英文栏</translation>
        </message>
        <message>
            <source>Insert “%1” into the English field (replacing its selection)</source>
            <translation>将“%1”填入英文栏（替换所选文字）</translation>
        </message>
        <message>
            <source>Select a Chinese term and its English first.</source>
            <translation>请先选中中文术语及其英文译法。</translation>
        </message>
        <message>
            <source>Select the Chinese term too (in the source article or a Chinese field).</source>
            <translation>还需选中中文术语（在原文或中文栏中）。</translation>
        </message>
        <message>
            <source>Select its English too (in an English field).</source>
            <translation>还需在英文栏中选中它的英文译法。</translation>
        </message>
        <message>
            <source>«%1» → «%2» cannot be a glossary pair.</source>
            <translation>「%1」→「%2」不能作为术语对。</translation>
        </message>
        <message>
            <source>Open an entry and select a Chinese term and its English first.</source>
            <translation>请先打开一个条目，再选中中文术语及其英文译法。</translation>
        </message>
        <message>
            <source>«%1» → «%2» is in the glossary already.</source>
            <translation>「%1」→「%2」已在术语表中。</translation>
        </message>
        <message>
            <source>Glossary: «%1» is now «%2».</source>
            <translation>术语表：「%1」现译作「%2」。</translation>
        </message>
        <message>
            <source>Added to the glossary: «%1» → «%2».</source>
            <translation>已加入术语表：「%1」→「%2」。</translation>
        </message>
    </context>
    <context>
        <name>GlossaryDialog</name>
        <message>
            <source>Glossary</source>
            <translation>术语表</translation>
        </message>
        <message>
            <source>Filter: Chinese or English</source>
            <translation>筛选：中文或英文</translation>
        </message>
        <message>
            <source>Chinese term</source>
            <translation>中文术语</translation>
        </message>
        <message>
            <source>House English (alternatives after |)</source>
            <translation>规范英文译法（备选译法用 | 隔开）</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>&amp;Add Pair</source>
            <translation>添加术语(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>导出 CSV(&amp;X)…</translation>
        </message>
        <message>
            <source>Row %1: %2</source>
            <translation>第 %1 行：%2</translation>
        </message>
        <message>
            <source>Row %1: «%2» is already on row %3</source>
            <translation>第 %1 行：「%2」已在第 %3 行</translation>
        </message>
        <message>
            <source>%1 pairs</source>
            <translation>%1 组术语</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <source>Imported %1 new pairs, %2 changed.</source>
            <translation>已导入：新增 %1 组，修改 %2 组。</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>未导出：%1</translation>
        </message>
        <message>
            <source>Exported to %1.</source>
            <translation>已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>GlossaryMenu</name>
        <message>
            <source>&amp;Glossary</source>
            <translation>术语表(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Add Selected Term</source>
            <translation>添加所选术语(&amp;A)</translation>
        </message>
        <message>
            <source>Add the selected Chinese term and the selected English to the project's glossary</source>
            <translation>将所选中文术语和所选英文译法加入本项目的术语表</translation>
        </message>
        <message>
            <source>&amp;Edit Glossary…</source>
            <translation>编辑术语表(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Import CSV…</source>
            <translation>导入 CSV(&amp;I)…</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>导出 CSV(&amp;E)…</translation>
        </message>
        <message>
            <source>The project is open read-only here: the glossary was not changed.</source>
            <translation>此项目在这里以只读方式打开：术语表未改动。</translation>
        </message>
        <message>
            <source>Nothing imported: %1</source>
            <translation>未导入任何内容：%1</translation>
        </message>
        <message>
            <source>Import Glossary</source>
            <translation>导入术语表</translation>
        </message>
        <message>
            <source>Glossary: %1 new pairs, %2 changed, from %3.</source>
            <translation>术语表：从 %3 新增 %1 组，修改 %2 组。</translation>
        </message>
        <message>
            <source>Not exported: %1</source>
            <translation>未导出：%1</translation>
        </message>
        <message>
            <source>Glossary exported to %1.</source>
            <translation>术语表已导出到 %1。</translation>
        </message>
    </context>
    <context>
        <name>IssuePropertiesDialog</name>
        <message>
            <source>Issue Properties</source>
            <translation>本期属性</translation>
        </message>
        <message>
            <source>Chinese title:</source>
            <translation>中文标题：</translation>
        </message>
        <message>
            <source>English title:</source>
            <translation>英文标题：</translation>
        </message>
        <message>
            <source>Number:</source>
            <translation>期号：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>Publisher:</source>
            <translation>出版者：</translation>
        </message>
        <message>
            <source>Edition locales:</source>
            <translation>版本语言区域：</translation>
        </message>
        <message>
            <source>Chinese summary:</source>
            <translation>中文摘要：</translation>
        </message>
        <message>
            <source>English summary:</source>
            <translation>英文摘要：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source> characters</source>
            <translation> 字</translation>
        </message>
        <message>
            <source> words</source>
            <translation> 词</translation>
        </message>
        <message>
            <source>Layout</source>
            <translation>版式</translation>
        </message>
        <message>
            <source>Print job (for the job sheet)</source>
            <translation>印刷工单</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>印数：</translation>
        </message>
        <message>
            <source>Paper stock:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <source>Colours:</source>
            <translation>印色：</translation>
        </message>
        <message>
            <source>Finishing:</source>
            <translation>装订：</translation>
        </message>
        <message>
            <source>Contact:</source>
            <translation>联系人：</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>备注：</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未填</translation>
        </message>
        <message>
            <source>e.g. 115 g/m² gloss coated</source>
            <translation>例如 115 克铜版纸</translation>
        </message>
        <message>
            <source>empty: from the imposition</source>
            <translation>留空：按拼版方式</translation>
        </message>
    </context>
    <context>
        <name>KeySentenceChips</name>
        <message>
            <source>Key sentences:</source>
            <translation>关键句：</translation>
        </message>
        <message>
            <source>The sentences that carry most of the article: click one to insert it into the Chinese summary</source>
            <translation>最能概括本文内容的句子：单击一句，插入中文摘要</translation>
        </message>
        <message>
            <source>Finding the key sentences…</source>
            <translation>正在找出关键句…</translation>
        </message>
        <message>
            <source>Click to insert into the Chinese summary at the cursor</source>
            <translation>单击插入中文摘要的光标处</translation>
        </message>
    </context>
    <context>
        <name>LayoutFields</name>
        <message>
            <source>Layout:</source>
            <translation>版式：</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <source>Bleed:</source>
            <translation>出血：</translation>
        </message>
        <message>
            <source> mm</source>
            <translation> 毫米</translation>
        </message>
        <message>
            <source>Crop marks</source>
            <translation>裁切标记</translation>
        </message>
        <message>
            <source>Extra image area beyond the trim for the print shop (usually 3 mm)</source>
            <translation>超出成品尺寸、供印厂裁切的额外区域（通常为 3 毫米）</translation>
        </message>
    </context>
    <context>
        <name>Library</name>
        <message>
            <source>Article</source>
            <translation>文章</translation>
        </message>
        <message>
            <source>Brief</source>
            <translation>简讯</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>栏目</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>版面</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message>
            <source>Library</source>
            <translation>稿库</translation>
        </message>
        <message>
            <source>Filter (Ctrl+F)</source>
            <translation>筛选（Ctrl+F）</translation>
        </message>
        <message>
            <source>Shows articles whose headline or text (or your headlines and summaries) contains these words</source>
            <translation>显示标题或正文（或你写的标题和摘要）含有这些词的文章</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>全部类型</translation>
        </message>
        <message>
            <source>Show one kind of item</source>
            <translation>只显示一种类型</translation>
        </message>
        <message>
            <source>Show the items of one page</source>
            <translation>只显示一个版面的稿件</translation>
        </message>
        <message>
            <source>Add to Issue</source>
            <translation>加入本期</translation>
        </message>
        <message>
            <source>Add the selected articles to the issue (Ctrl+Return)</source>
            <translation>将选中的稿件加入本期（Ctrl+Return）</translation>
        </message>
        <message>
            <source>All pages</source>
            <translation>全部版面</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在查找…</translation>
        </message>
        <message>
            <source>%1 of %2 items</source>
            <translation>%1 / %2 篇</translation>
        </message>
    </context>
    <context>
        <name>LineupModel</name>
        <message>
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>汉字 · words</source>
            <translation>汉字 · 词</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>未命名栏目</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 汉字 (Han characters) in the Chinese summary, %2 words in the English</source>
            <translation>中文摘要 %1 个汉字，英文摘要 %2 词</translation>
        </message>
        <message>
            <source>No English headline yet</source>
            <translation>尚无英文标题</translation>
        </message>
    </context>
    <context>
        <name>LineupPanel</name>
        <message>
            <source>Issue lineup</source>
            <translation>本期目录</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Untitled</source>
            <translation>未命名</translation>
        </message>
        <message>
            <source>Jianbao</source>
            <translation>简报</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>重做</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>Start a new, empty project</source>
            <translation>新建一个空项目</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a project file</source>
            <translation>打开项目文件</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>The project is always saved; this names an untitled one or retries a failed write</source>
            <translation>项目随时自动保存；此命令为未命名项目命名，或重试失败的写入</translation>
        </message>
        <message>
            <source>Read-only: open in another Jianbao window</source>
            <translation>只读：已在另一个简报窗口中打开</translation>
        </message>
        <message>
            <source>Another Jianbao window is editing this project; close it there to edit it here.</source>
            <translation>另一个简报窗口正在编辑此项目；在那里关闭后才能在这里编辑。</translation>
        </message>
        <message>
            <source>%1 (read-only)</source>
            <translation>%1（只读）</translation>
        </message>
        <message>
            <source>Copy the project to a new file and go on there</source>
            <translation>将项目复制为新文件并在新文件中继续编辑</translation>
        </message>
        <message>
            <source>Export a &amp;Copy…</source>
            <translation>导出副本(&amp;C)…</translation>
        </message>
        <message>
            <source>Write a copy of the project and go on editing this one</source>
            <translation>写出项目副本，继续编辑当前项目</translation>
        </message>
        <message>
            <source>&amp;Import Pages…</source>
            <translation>导入版面(&amp;I)…</translation>
        </message>
        <message>
            <source>Import newspaper page text files (Ctrl+I)</source>
            <translation>导入报纸版面文本文件（Ctrl+I）</translation>
        </message>
        <message>
            <source>&amp;Paste Page from Clipboard</source>
            <translation>从剪贴板粘贴版面(&amp;P)</translation>
        </message>
        <message>
            <source>Import the text on the clipboard as a page</source>
            <translation>把剪贴板中的文字作为一个版面导入</translation>
        </message>
        <message>
            <source>Re&amp;view Page Import…</source>
            <translation>审阅版面导入(&amp;V)…</translation>
        </message>
        <message>
            <source>Show the page of the selected article, line by line, to correct its import (Ctrl+Shift+I)</source>
            <translation>逐行显示所选文章所在的版面，以便更正导入结果（Ctrl+Shift+I）</translation>
        </message>
        <message>
            <source>&amp;Export PDF…</source>
            <translation>导出 PDF(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the issue (Ctrl+P)</source>
            <translation>打印本期（Ctrl+P）</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>Quit Jianbao</source>
            <translation>退出简报</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Add to Issue</source>
            <translation>加入本期(&amp;A)</translation>
        </message>
        <message>
            <source>Add the selected library articles to the issue</source>
            <translation>将稿库中选中的稿件加入本期</translation>
        </message>
        <message>
            <source>&amp;Remove from Issue</source>
            <translation>从本期移除(&amp;R)</translation>
        </message>
        <message>
            <source>Remove the selected entry or section (Delete)</source>
            <translation>移除选中的条目或栏目（Delete）</translation>
        </message>
        <message>
            <source>Move &amp;Up</source>
            <translation>上移(&amp;U)</translation>
        </message>
        <message>
            <source>Move the selected entry up (Alt+Up)</source>
            <translation>上移选中的条目（Alt+Up）</translation>
        </message>
        <message>
            <source>Move &amp;Down</source>
            <translation>下移(&amp;D)</translation>
        </message>
        <message>
            <source>Move the selected entry down (Alt+Down)</source>
            <translation>下移选中的条目（Alt+Down）</translation>
        </message>
        <message>
            <source>Add &amp;Section…</source>
            <translation>添加栏目(&amp;S)…</translation>
        </message>
        <message>
            <source>Add a section to the issue</source>
            <translation>为本期添加栏目</translation>
        </message>
        <message>
            <source>Re&amp;name Section…</source>
            <translation>重命名栏目(&amp;N)…</translation>
        </message>
        <message>
            <source>Rename the selected section (F2)</source>
            <translation>重命名选中的栏目（F2）</translation>
        </message>
        <message>
            <source>Issue &amp;Properties…</source>
            <translation>本期属性(&amp;P)…</translation>
        </message>
        <message>
            <source>Title, number, date, locales, length targets and layout</source>
            <translation>标题、期号、日期、语言区域、长度目标和版式</translation>
        </message>
        <message>
            <source>&amp;Filter Library</source>
            <translation>筛选稿库(&amp;F)</translation>
        </message>
        <message>
            <source>Search the library (Ctrl+F)</source>
            <translation>搜索稿库（Ctrl+F）</translation>
        </message>
        <message>
            <source>Pre&amp;ferences…</source>
            <translation>首选项(&amp;F)…</translation>
        </message>
        <message>
            <source>Pre&amp;flight</source>
            <translation>印前检查(&amp;L)</translation>
        </message>
        <message>
            <source>Check the issue for problems before export (F7)</source>
            <translation>导出前检查本期的问题（F7）</translation>
        </message>
        <message>
            <source>&amp;Refresh Preview</source>
            <translation>刷新预览(&amp;R)</translation>
        </message>
        <message>
            <source>Render the preview again now (F5)</source>
            <translation>立即重新生成预览（F5）</translation>
        </message>
        <message>
            <source>&amp;About Jianbao</source>
            <translation>关于简报(&amp;A)</translation>
        </message>
        <message>
            <source>About Jianbao</source>
            <translation>关于简报</translation>
        </message>
        <message>
            <source>&amp;Clear Recent Files</source>
            <translation>清除最近文件(&amp;C)</translation>
        </message>
        <message>
            <source>Forget the recent files</source>
            <translation>清除最近打开的文件列表</translation>
        </message>
        <message>
            <source>Import Re&amp;view Desk</source>
            <translation>导入审阅台(&amp;V)</translation>
        </message>
        <message>
            <source>Import Review</source>
            <translation>导入审阅</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>本期(&amp;I)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Preflight</source>
            <translation>印前检查</translation>
        </message>
        <message>
            <source>Issue lineup</source>
            <translation>本期目录</translation>
        </message>
        <message numerus="yes">
            <source>Add %n Entries</source>
            <translation>
                <numerusform>添加 %n 个条目</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n entries to the issue.</source>
            <translation>
                <numerusform>已将 %n 个条目加入本期。</numerusform>
            </translation>
        </message>
        <message>
            <source>Save the changes to “%1” before closing?</source>
            <translation>关闭前是否保存对“%1”的更改？</translation>
        </message>
        <message>
            <source>Cannot open project</source>
            <translation>无法打开项目</translation>
        </message>
        <message>
            <source>The project could not be opened:</source>
            <translation>无法打开该项目：</translation>
        </message>
        <message>
            <source>Every change is saved as you make it.</source>
            <translation>每处改动都会即时保存。</translation>
        </message>
        <message>
            <source>The project was not saved; your work is still open:</source>
            <translation>项目未保存；您的工作仍在编辑器中：</translation>
        </message>
        <message>
            <source>The copy cannot be opened:</source>
            <translation>无法打开副本：</translation>
        </message>
        <message>
            <source>Wrote a copy to %1</source>
            <translation>已写出副本 %1</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>未保存：%1</translation>
        </message>
        <message>
            <source>Saved again.</source>
            <translation>已恢复保存。</translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) were added to the library by another program.</source>
            <translation>
                <numerusform>另一程序向资料库添加了 %n 篇稿件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not import %n page(s); nothing else was changed:</source>
            <translation>
                <numerusform>无法导入 %n 个版面；其他内容均未改动：</numerusform>
            </translation>
        </message>
        <message>
            <source>Select an article to review its page.</source>
            <translation>请先选择一篇文章，再审阅其版面。</translation>
        </message>
        <message>
            <source>This article was imported before pages were kept; import its page again to review it.</source>
            <translation>这篇文章导入时尚未保存版面；请重新导入其版面后再审阅。</translation>
        </message>
        <message>
            <source>The PDF was not written; your project is unchanged:</source>
            <translation>PDF 未写入；您的项目没有改动：</translation>
        </message>
        <message>
            <source>Opened %1</source>
            <translation>已打开 %1</translation>
        </message>
        <message>
            <source>&amp;Undo “%1”</source>
            <translation>撤销“%1”(&amp;U)</translation>
        </message>
        <message>
            <source>Undo “%1”</source>
            <translation>撤销“%1”</translation>
        </message>
        <message>
            <source>&amp;Redo “%1”</source>
            <translation>重做“%1”(&amp;R)</translation>
        </message>
        <message>
            <source>Redo “%1”</source>
            <translation>重做“%1”</translation>
        </message>
        <message>
            <source>Export the issue as a print-ready PDF (Ctrl+Shift+E)</source>
            <translation>将本期导出为可付印的 PDF（Ctrl+Shift+E）</translation>
        </message>
        <message>
            <source>Interface language and other settings (Ctrl+,)</source>
            <translation>界面语言及其他设置（Ctrl+,）</translation>
        </message>
        <message>
            <source>&amp;Focus Mode</source>
            <translation>专注模式(&amp;F)</translation>
        </message>
        <message>
            <source>Hide the library and narrow the preview, for room to write (F11)</source>
            <translation>隐藏稿库、收窄预览，留出写作空间（F11）</translation>
        </message>
        <message>
            <source>Preflight &amp;Findings</source>
            <translation>印前检查结果(&amp;F)</translation>
        </message>
        <message>
            <source>Show the preflight findings beside the lineup (F8)</source>
            <translation>在本期目录旁显示印前检查结果（F8）</translation>
        </message>
        <message numerus="yes">
            <source>%n of them came back with the headlines and summaries written before.</source>
            <translation>
                <numerusform>其中 %n 条恢复了之前写的标题和摘要。</numerusform>
            </translation>
        </message>
        <message>
            <source>Removed “%1” from the issue. Its headlines and summaries stay with the article and come back when you add it again; Undo (Ctrl+Z) puts the entry back.</source>
            <translation>已将“%1”移出本期。其标题和摘要随文章保留，再次加入时即恢复；撤销（Ctrl+Z）可放回该条目。</translation>
        </message>
        <message>
            <source>Removed “%1” from the issue; Undo (Ctrl+Z) puts it back.</source>
            <translation>已将“%1”移出本期；撤销（Ctrl+Z）可放回。</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
        <message>
            <source>Nothing to paste</source>
            <translation>没有可粘贴的内容</translation>
        </message>
        <message>
            <source>The clipboard holds no text.</source>
            <translation>剪贴板中没有文字。</translation>
        </message>
        <message>
            <source>Clipboard %1</source>
            <translation>剪贴板 %1</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <source>Imported %1 item(s); %2 already in the library.</source>
            <translation>已导入 %1 篇；%2 篇已在稿库中。</translation>
        </message>
        <message>
            <source>Some pages were not imported</source>
            <translation>部分版面未能导入</translation>
        </message>
        <message>
            <source>Preview failed: %1</source>
            <translation>预览失败：%1</translation>
        </message>
        <message>
            <source>Preflight: not run yet</source>
            <translation>印前检查：尚未运行</translation>
        </message>
        <message>
            <source>Errors: %1  Warnings: %2</source>
            <translation>错误：%1  警告：%2</translation>
        </message>
        <message>
            <source>Show the preflight panel</source>
            <translation>显示印前检查面板</translation>
        </message>
        <message>
            <source>Checking the issue…</source>
            <translation>正在检查本期…</translation>
        </message>
        <message>
            <source>Preflight found errors</source>
            <translation>印前检查发现错误</translation>
        </message>
        <message>
            <source>Preflight found %1 error(s):</source>
            <translation>印前检查发现 %1 个错误：</translation>
        </message>
        <message>
            <source>Export anyway?</source>
            <translation>仍然导出吗？</translation>
        </message>
        <message>
            <source>Export cancelled.</source>
            <translation>已取消导出。</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 (%n page(s))</source>
            <translation>
                <numerusform>已导出 %1（%n 页）</numerusform>
            </translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>The preview is not ready yet; try again in a moment.</source>
            <translation>预览尚未就绪，请稍后再试。</translation>
        </message>
        <message>
            <source>The printer could not be started.</source>
            <translation>无法启动打印机。</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>已将 %n 页发送到打印机。</numerusform>
            </translation>
        </message>
        <message>
            <source>Jianbao %1 — a bilingual news digest studio.</source>
            <translation>简报 %1 —— 双语新闻摘要编辑工具。</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>Open Project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <source>Jianbao projects (*.jianbao);;All files (*)</source>
            <translation>简报项目 (*.jianbao);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Save Project As</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <source>Jianbao projects (*.jianbao)</source>
            <translation>简报项目 (*.jianbao)</translation>
        </message>
        <message>
            <source>Import Pages</source>
            <translation>导入版面</translation>
        </message>
        <message>
            <source>Page text (*.txt);;All files (*)</source>
            <translation>版面文本 (*.txt);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Export PDF</source>
            <translation>导出 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>首选项</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>界面语言：</translation>
        </message>
    </context>
    <context>
        <name>PreflightPanel</name>
        <message>
            <source>Preflight runs with every preview.</source>
            <translation>每次生成预览时都会进行印前检查。</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>未发现问题。</translation>
        </message>
        <message>
            <source>%1 error(s), %2 warning(s). Click one to open its entry.</source>
            <translation>%1 个错误，%2 个警告。点击可打开对应条目。</translation>
        </message>
        <message>
            <source>Open the entry</source>
            <translation>打开该条目</translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message>
            <source>Previous page (Page Up)</source>
            <translation>上一页（Page Up）</translation>
        </message>
        <message>
            <source>Next page (Page Down)</source>
            <translation>下一页（Page Down）</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Current page</source>
            <translation>当前页</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>适合页面</translation>
        </message>
        <message>
            <source>Zoom</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>Waiting for the first preview…</source>
            <translation>正在等待首次预览…</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>共 %1 页</translation>
        </message>
        <message>
            <source>Updating preview…</source>
            <translation>正在更新预览…</translation>
        </message>
        <message>
            <source>The preview could not be read.</source>
            <translation>无法读取预览。</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n 页</numerusform>
            </translation>
        </message>
        <message>
            <source>Preview failed</source>
            <translation>预览失败</translation>
        </message>
        <message>
            <source>The preview could not be built:</source>
            <translation>无法生成预览：</translation>
        </message>
    </context>
    <context>
        <name>PrintFields</name>
        <message>
            <source>PDF/X-4 (recommended)</source>
            <translation>PDF/X-4（推荐）</translation>
        </message>
        <message>
            <source>PDF/X-1a</source>
            <translation>PDF/X-1a</translation>
        </message>
        <message>
            <source>Plain PDF</source>
            <translation>普通 PDF</translation>
        </message>
        <message>
            <source>None (single pages)</source>
            <translation>不拼版（单页）</translation>
        </message>
        <message>
            <source>Booklet, saddle stitch</source>
            <translation>小册子，骑马钉</translation>
        </message>
        <message>
            <source>2-up, cut and stack</source>
            <translation>一纸两版，裁切叠放</translation>
        </message>
        <message>
            <source>Smallest that fits</source>
            <translation>能放下的最小纸张</translation>
        </message>
        <message>
            <source>PDF standard:</source>
            <translation>PDF 标准：</translation>
        </message>
        <message>
            <source>Imposition:</source>
            <translation>拼版：</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>印张：</translation>
        </message>
        <message>
            <source>Creep:</source>
            <translation>爬移补偿：</translation>
        </message>
        <message>
            <source> mm per sheet</source>
            <translation> 毫米/张</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>ReportersDialog</name>
        <message>
            <source>Reporters</source>
            <translation>记者</translation>
        </message>
        <message>
            <source>Reporters:</source>
            <translation>记者：</translation>
        </message>
        <message>
            <source>Names separated by 、 or spaces; leave empty for none.</source>
            <translation>姓名之间用“、”或空格分隔；留空表示没有。</translation>
        </message>
    </context>
    <context>
        <name>ReviewCommands</name>
        <message>
            <source>Import Pages</source>
            <translation>导入版面</translation>
        </message>
    </context>
    <context>
        <name>ReviewDesk</name>
        <message>
            <source>Section label</source>
            <translation>版面标签</translation>
        </message>
        <message>
            <source>Kicker</source>
            <translation>引题</translation>
        </message>
        <message>
            <source>Headline</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Subtitle</source>
            <translation>副题</translation>
        </message>
        <message>
            <source>Byline</source>
            <translation>署名</translation>
        </message>
        <message>
            <source>Dateline</source>
            <translation>电头</translation>
        </message>
        <message>
            <source>Subheading</source>
            <translation>小标题</translation>
        </message>
        <message>
            <source>Paragraph</source>
            <translation>正文段落</translation>
        </message>
        <message>
            <source>Caption</source>
            <translation>图片说明</translation>
        </message>
        <message>
            <source>Photo credit</source>
            <translation>摄影署名</translation>
        </message>
        <message>
            <source>Closing credit</source>
            <translation>文末署名</translation>
        </message>
        <message>
            <source>Jump line</source>
            <translation>转版提示</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>舍弃</translation>
        </message>
        <message>
            <source>Split Item Here</source>
            <translation>从此行拆分稿件</translation>
        </message>
        <message>
            <source>Merge into Item Above</source>
            <translation>并入上一篇稿件</translation>
        </message>
        <message>
            <source>Join with Paragraph Above</source>
            <translation>与上一段合并</translation>
        </message>
        <message>
            <source>Start New Paragraph</source>
            <translation>从此行另起一段</translation>
        </message>
        <message>
            <source>Edit Reporters…</source>
            <translation>编辑记者…</translation>
        </message>
        <message>
            <source>Mark as %1</source>
            <translation>标为%1</translation>
        </message>
        <message>
            <source>Newspaper:</source>
            <translation>报纸：</translation>
        </message>
        <message>
            <source>Page:</source>
            <translation>版次：</translation>
        </message>
        <message>
            <source>Date:</source>
            <translation>日期：</translation>
        </message>
        <message>
            <source>paper's name</source>
            <translation>报纸名称</translation>
        </message>
        <message>
            <source>e.g. A2 要闻</source>
            <translation>如 A2 要闻</translation>
        </message>
        <message>
            <source>YYYY-MM-DD</source>
            <translation>年-月-日</translation>
        </message>
        <message>
            <source>The paper's name: names the profile its pages teach and the print source line</source>
            <translation>报纸名称：用于命名其版面所训练的档案，并写入印刷版的出处行</translation>
        </message>
        <message>
            <source>Reporters… (R)</source>
            <translation>记者…（R）</translation>
        </message>
        <message>
            <source>Keys: H headline · K kicker · S subtitle · B byline · P paragraph · C caption · L section label · D drop · X split item · M merge into item above · J join paragraph · N new paragraph · R reporters. Dashed labels: the importer is unsure.</source>
            <translation>按键：H 主标题 · K 引题 · S 副题 · B 署名 · P 正文 · C 图片说明 · L 版面标签 · D 舍弃 · X 拆分稿件 · M 并入上一篇 · J 与上段合并 · N 另起一段 · R 记者。虚线标签：导入时把握不大。</translation>
        </message>
        <message>
            <source>Select an imported article and choose Review Page Import (Ctrl+Shift+I).</source>
            <translation>选择一篇导入的文章，再选择“审阅版面导入”（Ctrl+Shift+I）。</translation>
        </message>
        <message>
            <source>Import review</source>
            <translation>导入审阅</translation>
        </message>
        <message numerus="yes">
            <source>Page %1 · %n line(s)</source>
            <translation>
                <numerusform>版面 %1 · %n 行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Profile: %1 — %n line form(s) taught by the paper's other pages</source>
            <translation>
                <numerusform>档案：%1——该报其他版面训练的 %n 种行式</numerusform>
            </translation>
        </message>
        <message>
            <source>Profile: none yet for %1 — corrections here teach it</source>
            <translation>档案：%1 暂无——此处的更正会训练它</translation>
        </message>
        <message>
            <source>Profile: none — set the paper's name to teach one</source>
            <translation>档案：无——填写报纸名称即可训练档案</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message numerus="yes">
            <source>Item %1 of %2 · %n paragraph(s) · reporters: %3</source>
            <translation>
                <numerusform>第 %1 篇，共 %2 篇 · %n 段 · 记者：%3</numerusform>
            </translation>
        </message>
        <message>
            <source>this line is uncertain</source>
            <translation>此行把握不大</translation>
        </message>
        <message>
            <source>That does not apply to this line.</source>
            <translation>此操作不适用于这一行。</translation>
        </message>
        <message>
            <source>Split Item</source>
            <translation>拆分稿件</translation>
        </message>
        <message>
            <source>Merge Items</source>
            <translation>合并稿件</translation>
        </message>
        <message>
            <source>Join Paragraphs</source>
            <translation>合并段落</translation>
        </message>
        <message>
            <source>Separate Paragraphs</source>
            <translation>拆分段落</translation>
        </message>
        <message>
            <source>Edit Reporters</source>
            <translation>编辑记者</translation>
        </message>
        <message>
            <source>Set Page Source</source>
            <translation>设置版面出处</translation>
        </message>
        <message>
            <source>Other Roles</source>
            <translation>其他角色</translation>
        </message>
    </context>
    <context>
        <name>ReviewLinesModel</name>
        <message>
            <source>Line</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>%1, %2% sure</source>
            <translation>%1，把握 %2%</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>已更正</translation>
        </message>
    </context>
    <context>
        <name>SectionDialog</name>
        <message>
            <source>Section</source>
            <translation>栏目</translation>
        </message>
        <message>
            <source>Chinese title:</source>
            <translation>中文标题：</translation>
        </message>
        <message>
            <source>English title:</source>
            <translation>英文标题：</translation>
        </message>
    </context>
    <context>
        <name>SourcePane</name>
        <message>
            <source>Source article</source>
            <translation>原文</translation>
        </message>
        <message>
            <source>The imported article (read-only)</source>
            <translation>导入的原文（只读）</translation>
        </message>
    </context>
</TS>
