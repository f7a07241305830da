<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>LineupModel</name>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n entry</numerusform>
                <numerusform>%n entries</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Add %n Entries</source>
            <translation>
                <numerusform>Add %n Entry</numerusform>
                <numerusform>Add %n Entries</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Added %n entries to the issue.</source>
            <translation>
                <numerusform>Added %n entry to the issue.</numerusform>
                <numerusform>Added %n entries to the issue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them came back with the headlines and summaries written before.</source>
            <translation>
                <numerusform>It came back with the headlines and summaries written before.</numerusform>
                <numerusform>%n of them came back with the headlines and summaries written before.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n article(s) were added to the library by another program.</source>
            <translation>
                <numerusform>%n article was added to the library by another program.</numerusform>
                <numerusform>%n articles were added to the library by another program.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Could not import %n page(s); nothing else was changed:</source>
            <translation>
                <numerusform>Could not import the page; nothing else was changed:</numerusform>
                <numerusform>Could not import %n pages; nothing else was changed:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %1 (%n page(s))</source>
            <translation>
                <numerusform>Exported %1 (%n page)</numerusform>
                <numerusform>Exported %1 (%n pages)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Sent %n page(s) to the printer.</source>
            <translation>
                <numerusform>Sent %n page to the printer.</numerusform>
                <numerusform>Sent %n pages to the printer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPanel</name>
        <message numerus="yes">
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDesk</name>
        <message numerus="yes">
            <source>Page %1 · %n line(s)</source>
            <translation>
                <numerusform>Page %1 · %n line</numerusform>
                <numerusform>Page %1 · %n lines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Profile: %1 — %n line form(s) taught by the paper's other pages</source>
            <translation>
                <numerusform>Profile: %1 — %n line form taught by the paper's other pages</numerusform>
                <numerusform>Profile: %1 — %n line forms taught by the paper's other pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Item %1 of %2 · %n paragraph(s) · reporters: %3</source>
            <translation>
                <numerusform>Item %1 of %2 · %n paragraph · reporters: %3</numerusform>
                <numerusform>Item %1 of %2 · %n paragraphs · reporters: %3</numerusform>
            </translation>
        </message>
    </context>
</TS>
