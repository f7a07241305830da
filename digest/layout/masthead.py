"""Page furniture: the first-page masthead, running heads, folios and the table of contents."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from digest.layout.columns import Pair
from digest.layout.entries import EntryRef
from digest.layout.flowables import baseline_offset
from digest.layout.kit import TextBlock, TextStyle, issue_label, masthead_date, page_label
from digest.layout.pages import ACCENT, GUTTER, MM, RULE_WIDTH, FlowState, Geometry
from digest.layout.styles import Styles
from digest.model import Issue

BAND_DEPTH = 30 * MM  # accent band below the trim top (A4; scaled with the page height)
TOC_MIN_ENTRIES = 7  # a table of contents when there are more than six entries
_NUMBER_WIDTH = 22.0


@dataclass
class Furniture:
    issue: Issue
    layout: str
    locales: list[str]  # edition locales shown on this layout
    styles: Styles
    geometry: Geometry
    state: FlowState
    teasers: list[str]  # short headlines for the "In this issue" line
    # (part, text) of furniture that does not fit its one line: "masthead", "running-head"
    overflows: list[tuple[str, str]] = field(default_factory=list)

    def _overflow(self, part: str, text: str, block: TextBlock) -> None:
        """Record `text` when its block takes more than one line (or a line wider than its box)."""
        if (block.height > block.style.leading + 0.1 or block.overfull) and (part, text) not in self.overflows:
            self.overflows.append((part, text))

    # -- helpers -------------------------------------------------------------------------------
    def _block(self, text: str, style: TextStyle, width: float) -> tuple[TextBlock, float]:
        block = TextBlock(text, style)
        _, h = block.wrap(width, 1e6)
        return block, h

    def _zh_locales(self) -> list[str]:
        return [loc for loc in self.locales if loc.startswith("zh")]

    def _en_locales(self) -> list[str]:
        return [loc for loc in self.locales if loc.startswith("en")]

    def _titles(self) -> tuple[str, str]:
        i = self.issue
        zh = i.title_zh if self._zh_locales() else ""
        en = i.title_en if self._en_locales() else ""
        return zh, en

    # -- masthead --------------------------------------------------------------------------------
    @property
    def band_depth(self) -> float:
        return BAND_DEPTH * self.geometry.trim_h / (297 * MM)

    def masthead_height(self) -> float:
        """From the trim top to where the first page's frames begin."""
        s = self.styles
        return self.band_depth + 5 * MM + s.mast_info_zh.leading + 3 + s.mast_list.leading + 4 * MM

    def draw_masthead(self, canv: Canvas) -> None:
        g, s = self.geometry, self.styles
        x0, _, x1, trim_top = g.trim_box
        band_bottom = trim_top - self.band_depth
        canv.saveState()
        canv.setFillColorCMYK(*ACCENT)
        canv.rect(
            x0 - g.bleed, band_bottom, (x1 - x0) + 2 * g.bleed, self.band_depth + g.bleed, stroke=0, fill=1
        )
        canv.restoreState()

        left, width = g.text_left, g.text_width
        zh_title, en_title = self._titles()
        # Titles scale with the page width and shrink further until each sits on one line; both
        # share one baseline in the lower part of the band.
        scale = min(1.0, g.trim_w / (210 * MM))
        baseline = band_bottom + self.band_depth * 0.3
        zh_width = width * (0.55 if en_title else 1.0)
        if zh_title:
            style = _one_line(zh_title, replace(s.mast_zh, size=30 * scale, leading=34 * scale), zh_width)
            block = TextBlock(zh_title, style)
            _draw_on_baseline(canv, block, left, baseline, zh_width)
            self._overflow("masthead", zh_title, block)
        if en_title:
            en_width = width - zh_width if zh_title else width
            style = replace(
                s.mast_en, size=24 * scale, leading=28 * scale, align="right" if zh_title else "left"
            )
            style = _one_line(en_title, style, en_width)
            block = TextBlock(en_title, style)
            _draw_on_baseline(canv, block, left + width - en_width, baseline, en_width)
            self._overflow("masthead", en_title, block)

        # Issue number (left) and dates (right), then the "In this issue" line and a rule.
        y = band_bottom - 5 * MM
        number = "　".join(dict.fromkeys(issue_label(self.issue.number, loc) for loc in self.locales))
        dates = "　".join(dict.fromkeys(masthead_date(self.issue.date, loc) for loc in self.locales))
        style_zh = s.mast_info_zh if self._zh_locales() else s.mast_info_en
        block, h = self._block(number, style_zh, width * 0.3)
        block.drawOn(canv, left, y - h)
        right_style = replace(style_zh, align="right")
        block, h = self._block(dates, right_style, width * 0.7)
        block.drawOn(canv, left + width * 0.3, y - h)
        y -= s.mast_info_zh.leading + 3
        canv.saveState()
        canv.setStrokeColorCMYK(*ACCENT)
        canv.setLineWidth(RULE_WIDTH)
        canv.line(left, y + 1, left + width, y + 1)
        canv.restoreState()
        line = self.teaser_line(width)
        block, h = self._block(line, self._teaser_style(), width)
        block.drawOn(canv, left, y - h)
        y -= s.mast_list.leading + 2
        canv.saveState()
        canv.setStrokeColorCMYK(*ACCENT)
        canv.setLineWidth(0.8)
        canv.line(left, y, left + width, y)
        canv.restoreState()

    def teaser_line(self, width: float) -> str:
        """'本期要目｜In this issue：a · b · c' cut to whole items that fit one line.

        Widths are estimated from the font metrics (cheap), then the chosen line is composed once
        and shortened only if the composer disagrees.
        """
        labels = []
        if self._zh_locales():
            labels.append("本期要目")
        if self._en_locales():
            labels.append("In this issue")
        head = "｜".join(labels) + ("：" if self._zh_locales() else ": ")
        items = [t for t in self.teasers if t]
        style = self._teaser_style()
        count = 0
        while count < len(items) and _estimate(self._teaser(head, items, count + 1), style) <= width:
            count += 1
        while count > 0:
            block = TextBlock(self._teaser(head, items, count), style)
            _, h = block.wrap(width, 1e6)
            if h <= style.leading + 0.1:
                return self._teaser(head, items, count)
            count -= 1
        return head.rstrip("：: ")

    def _teaser_style(self) -> TextStyle:
        """English-only digests set the line as English (its quotes, its ellipsis)."""
        return self.styles.mast_list if self._zh_locales() else self.styles.mast_list_en

    @staticmethod
    def _teaser(head: str, items: list[str], count: int) -> str:
        more = ("……" if head.endswith("：") else " …") if count < len(items) else ""  # Chinese: two-em
        return head + " · ".join(items[:count]) + more

    # -- later pages ---------------------------------------------------------------------------
    def draw_running_head(self, canv: Canvas, page: int) -> None:
        g, s = self.geometry, self.styles
        left, width, top = g.text_left, g.text_width, g.text_top
        zh_title, en_title = self._titles()
        title = "　".join(t for t in (zh_title, en_title) if t)
        number = "　".join(dict.fromkeys(issue_label(self.issue.number, loc) for loc in self.locales))
        y = top + 5 * MM
        style = s.zh_small if self._zh_locales() else s.en_small
        block, _ = self._block(f"{title}　{number}", style, width * 0.5)
        block.drawOn(canv, left, y)
        self._overflow("running-head", f"{title}　{number}", block)
        found = self.state.section_at_top(page, top, left)
        if found is not None and found[0] < len(self.issue.sections):
            section, continued = self.issue.sections[found[0]], found[1]
            parts = []
            if self._zh_locales() and section.title_zh:
                parts.append(section.title_zh + ("（续）" if continued else ""))
            if self._en_locales() and section.title_en:
                parts.append(section.title_en + (" (continued)" if continued else ""))
            right = replace(style, align="right")
            block, _h = self._block("　".join(parts), right, width * 0.5)
            block.drawOn(canv, left + width * 0.5, y)
            self._overflow("running-head", "　".join(parts), block)
        canv.saveState()
        canv.setStrokeColorCMYK(*ACCENT)
        canv.setLineWidth(RULE_WIDTH)
        canv.line(left, top + 3.5 * MM, left + width, top + 3.5 * MM)
        canv.restoreState()

    def draw_folio(self, canv: Canvas, page: int) -> None:
        """Localized page number at the outside bottom corner (recto right, verso left)."""
        g, s = self.geometry, self.styles
        text = "　".join(dict.fromkeys(page_label(page, loc) for loc in self.locales))
        recto = page % 2 == 1
        base = s.zh_small if self._zh_locales() else s.en_small
        style = replace(base, align="right" if recto else "left")
        block, _h = self._block(text, style, g.text_width / 2)
        x = g.text_left + g.text_width / 2 if recto else g.text_left
        y = g.offset + g.bottom * 0.45
        block.drawOn(canv, x, y)


def _one_line(text: str, style: TextStyle, width: float) -> TextStyle:
    """`style`, made smaller (down to 60 %) until `text` sets on one line in `width`."""
    for _ in range(8):
        _, h = TextBlock(text, style).wrap(width, 1e6)
        if h <= style.leading + 0.1 or style.size < 0.6 * 30:
            return style
        style = replace(style, size=style.size * 0.92, leading=style.leading * 0.92)
    return style


def _draw_on_baseline(canv: Canvas, block: TextBlock, x: float, baseline: float, width: float) -> None:
    """Draw a one-line block so that its first baseline sits at `baseline`."""
    block.wrap(width, 1e6)
    block.drawOn(canv, x, baseline - (block.height - baseline_offset(block.style)))


def _estimate(text: str, style: TextStyle) -> float:
    """Natural width of one line of `text` (no spacing adjustments), from the font metrics."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from digest.text import is_cjk

    return float(
        sum(
            stringWidth(ch, style.cjk_font if is_cjk(ch) else style.latin_font, style.size)
            for ch in text
        )
        + 0.25 * style.size * 2
    )


class TocRow(Flowable):
    """Headline text on the left, its page number flush right, top-aligned."""

    def __init__(self, block: TextBlock, form: str | None, number_height: float) -> None:
        super().__init__()
        self.block, self.form, self.number_height = block, form, number_height

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        _, h = self.block.wrap(aW - (_NUMBER_WIDTH + 4 if self.form else 0), aH)
        self.width, self.height = aW, max(h, self.number_height if self.form else 0)
        return self.width, self.height

    def draw(self) -> None:
        self.block.drawOn(self.canv, 0, self.height - self.block.height)
        if self.form:
            self.canv.saveState()
            self.canv.translate(self.width, self.height)
            self.canv.doForm(self.form)
            self.canv.restoreState()


def toc_story(f: Furniture, refs: list[EntryRef]) -> tuple[list[Flowable], list[str]]:
    """The table of contents flowables and the page-number forms they use."""
    s = f.styles
    story: list[Flowable] = []
    forms: list[str] = []
    number_h = s.toc_number.leading
    paired = f.layout == "side-by-side"

    def title_row() -> Flowable:
        zh = TextBlock("目录", s.zh_toc_title)
        en = TextBlock("Contents", s.en_toc_title)
        if paired:
            return Pair([zh], [en], GUTTER, rule=False)
        if f.layout == "en":
            return en
        if f.layout == "zh":
            return zh
        return TextBlock("目录　Contents", s.zh_toc_title)

    story.append(title_row())
    story[-1].keepWithNext = True
    last_section = -1
    for ref in refs:
        if ref.section != last_section:
            last_section = ref.section
            sec = f.issue.sections[ref.section]
            zh = TextBlock(sec.title_zh or " ", replace(s.zh_section, space_before=4))
            en = TextBlock(sec.title_en or " ", replace(s.en_section, space_before=4))
            if paired:
                story.append(Pair([zh], [en], GUTTER, rule=False, space_before=4))
            elif f.layout == "zh":
                story.append(zh)
            elif f.layout == "en":
                story.append(en)
            else:
                both = TextBlock(
                    "　".join(t for t in (sec.title_zh, sec.title_en) if t) or " ",
                    replace(s.zh_section, space_before=4),
                )
                story.append(both)
            story[-1].keepWithNext = True  # a section title never ends a column
        form = f"toc{ref.number}"
        forms.append(form)
        e = ref.entry
        if paired:
            story.append(
                Pair(
                    [TocRow(TextBlock(e.headline_zh or "—", s.zh_toc), None, number_h)],
                    [TocRow(TextBlock(e.headline_en or "—", s.en_toc), form, number_h)],
                    GUTTER,
                    rule=False,
                    space_before=2,
                )
            )
        else:
            if f.layout == "en":
                text = e.headline_en or "—"
                style = s.en_toc
            elif f.layout == "zh":
                text = e.headline_zh or "—"
                style = s.zh_toc
            else:
                text = "　".join(t for t in (e.headline_zh, e.headline_en) if t) or "—"
                style = s.zh_toc
            row = TocRow(TextBlock(text, style), form, number_h)
            row.spaceBefore = 2
            story.append(row)
    return story, forms


def define_toc_forms(canv: Canvas, f: Furniture, forms: list[str]) -> None:
    """Draw each TOC page number into its form (called after the last page)."""
    s = f.styles
    for form in forms:
        number = f.state.entry_pages.get(int(form[3:]))
        # reportlab takes any number for the bounding box; its stubs say int
        canv.beginForm(form, -_NUMBER_WIDTH - 2, -s.toc_number.leading - 2, 2, 2)  # type: ignore[arg-type]
        if number is not None:
            block = TextBlock(str(number), s.toc_number)
            _, h = block.wrap(_NUMBER_WIDTH, 1e6)
            block.drawOn(canv, -_NUMBER_WIDTH, -h)
        canv.endForm()
