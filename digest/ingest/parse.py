"""Splitting a page into items: articles, briefs, photo captions and section banners.

The page is read unit by unit (see units.py), as an editor reads it:
- a run of heading-shaped lines followed by a byline or body text opens a new item; its
  lines are kicker 引题, headline and subtitle 副题 (banners standing in front become
  section items); a run followed by nothing is a banner (section);
- inside an article, a single heading-shaped line between paragraphs is a sub-heading or
  the headline of the next story; clues are weighed together (`_subheading_score`: marker
  or numbering, siblings of the same shape, a closing byline ahead, against a lead that
  retells the line or opens with a date, the shape of the item's own headline);
- a heading-shaped line after an unfinished paragraph is the rest of that paragraph when the
  run-on clues outweigh the others (`_run_on_score`: …由原来的 / 两个多月压缩到 / 20个…);
- a paragraph that does not end its sentence continues in the next body unit (column
  repair), but a heading or a byline is never glued to body text;
- bylines open (本报讯…, 新华社…电) or close (本报记者 X, (张 黎 郭元辉)) an item;
  a photo credit (XXX 摄, 新华社发) makes the paragraph it ends a caption item;
- a bare name under a commentary's headline is its author; jump lines (下转第2版, 上接第1版)
  and author notes (作者为…) stay with their item as credits, never as its text;
- a paragraph led by a run-in headline (【标题】正文, 标题  正文) is a brief of its own;
- four heading lines set together are 引题 / a wrapped 主题 / 副题; two heading lines that
  no punctuation tells apart are settled by the lead, which retells the main headline.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from digest.errors import PageImportError
from digest.ingest.bylines import (
    Credit,
    author_name_line,
    byline_line,
    continues_from,
    is_author_note,
    leading_byline,
    note_line,
    photo_credit_line,
    split_jumps,
    trailing_credit,
)
from digest.ingest.decode import normalise_newlines
from digest.ingest.evidence import (
    MARKERS,
    ends_open,
    ends_with_link,
    heading_style,
    lead_overlap,
    opens_paragraph,
    opens_story,
    same_shape,
    shared_words,
    starts_with_figure,
)
from digest.ingest.hant import both_scripts
from digest.ingest.leadins import lead_in_headline, spaced_lead
from digest.ingest.units import (
    NON_STARTERS,
    Unit,
    compact,
    ends_item,
    ends_mid_clause,
    ends_sentence,
    is_label,
    looks_like_heading,
    split_units,
)
from digest.model import Article, Subheading

BYLINE, PHOTO, HEADING, BODY, NOTE = "byline", "photo", "heading", "body", "note"
SUBHEADING_MAX = 24  # a longer single line between paragraphs is body text, not a sub-head
SHORT_FRAGMENT = 16  # a column break leaves at least this much on one side, or a comma
BANNER_LINE_MAX = 8
LABEL_WORD_MAX = 4  # a bare word this short standing over a headline is a column name
FRAGMENT_MIN = 28  # a longer heading-shaped line between paragraphs, without spaces, is a fragment
_LOOKAHEAD = 80  # units looked at ahead for sibling sub-heads or a closing byline (keeps time linear)
KICKER_MAX = 30  # a longer line with commas is body text, not a kicker 引题
LIST_LINES_MIN = 5  # this many heading lines set together are a list, not one item's headings
SHORT_TAIL = 10  # a column-end piece this short may end its paragraph without a full stop
DECK_LINES_MAX = 4  # deck lines (提要) set between a headline and its lead


@dataclass(slots=True)
class _Item:
    spans: list[tuple[int, int]] = field(default_factory=list)
    kind: str = ""  # "section" / "caption" when decided, else worked out at the end
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    reporters: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    paragraphs: list[list[str]] = field(default_factory=list)  # fragments of each paragraph
    paragraph_spans: list[list[tuple[int, int]]] = field(default_factory=list)
    subheadings: list[Subheading] = field(default_factory=list)
    subheading_spans: list[tuple[int, int]] = field(default_factory=list)
    closed: bool = False
    dateline: bool = False  # the first paragraph opened with 本报讯 / …电
    no_join: bool = False  # the next body unit starts a new paragraph (after a sub-heading)
    lead_in: bool = False  # opened by a run-in headline (【标题】正文…)
    # Two heading lines whose roles no punctuation decided (told apart by their lengths, or
    # read as one headline wrapped in two): the lead may still tell (see _settle_roles).
    pair: tuple[str, str] | None = None
    decks: list[str] = field(default_factory=list)  # deck lines (提要) under the headline, in order

    @property
    def has_headings(self) -> bool:
        return bool(self.kicker or self.headline or self.subtitle)

    def cover(self, unit: Unit) -> None:
        self.spans.append((unit.start, unit.end))

    def add_subheading(self, unit: Unit, before_paragraph: int) -> None:
        self.subheadings.append(Subheading(unit.text, before_paragraph=before_paragraph))
        self.subheading_spans.append((unit.start, unit.end))
        self.cover(unit)

    def add_credit(self, text: str, names: list[str]) -> None:
        if self.byline is None:
            self.byline = text
        else:
            self.credits.append(text)
        for name in names:
            if name not in self.reporters:
                self.reporters.append(name)

    def last_paragraph_open(self) -> bool:
        if not self.paragraphs or self.no_join:
            return False
        return not ends_sentence(self.paragraphs[-1][-1])

    def add_text(self, text: str, unit: Unit, join: bool) -> None:
        if join and self.paragraphs:
            self.paragraphs[-1].append(text)
            self.paragraph_spans[-1].append((unit.start, unit.end))
        else:
            self.paragraphs.append([text])
            self.paragraph_spans.append([(unit.start, unit.end)])
        self.no_join = False


class _PageParser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.units = split_units(text)
        self.items: list[_Item] = []
        self.current: _Item | None = None
        self.classes = [self._classify(u) for u in self.units]
        # Size of the run of lines set together (no blank line between) each unit stands in.
        self.block = [1] * len(self.units)
        start = 0
        for index in range(1, len(self.units) + 1):
            if (
                index == len(self.units)
                or not self.units[index].tight
                or self.classes[index] != HEADING
                or self.classes[index - 1] != HEADING
            ):
                for i in range(start, index):
                    self.block[i] = index - start
                start = index
        # A kicker may end with a comma; a lone comma-ended line is a paragraph fragment.
        for index, unit in enumerate(self.units):
            if self.classes[index] == HEADING and ends_mid_clause(unit.text):
                following = self.classes[index + 1] if index + 1 < len(self.units) else None
                if following != HEADING or ends_mid_clause(self.units[index + 1].text):
                    self.classes[index] = BODY
        # On a page with blank lines between paragraphs, a line set right under an unfinished
        # line is the rest of its paragraph (a hard-wrapped paragraph), whatever its shape.
        for index in range(1, len(self.units)):
            unit = self.units[index]
            if (
                unit.tight
                and self.classes[index] == HEADING
                and self.classes[index - 1] == BODY
                and not ends_sentence(self.units[index - 1].text)
            ):
                self.classes[index] = BODY
        # A line followed by one that starts with a comma or closing quote runs on into it.
        for index in range(len(self.units) - 2, -1, -1):
            if self.classes[index] == HEADING and self.units[index + 1].text[:1] in NON_STARTERS:
                self.classes[index] = BODY
        # A bare name set right after the body, before the next headline or the end of the
        # page, is the author of the story above, not a headline.
        for index in range(1, len(self.units)):
            following = self.classes[index + 1] if index + 1 < len(self.units) else None
            if (
                self.classes[index] == HEADING
                and self.classes[index - 1] == BODY
                and following != BODY
                and not self.units[index].multi_line
                and not is_label(self.units[index].text)
                and author_name_line(self.units[index].text) is not None
            ):
                self.classes[index] = BYLINE
        # A bare name closing a heading stack, right before the body, is the author (评论 columns).
        for index in range(1, len(self.units) - 1):
            if (
                self.classes[index] == HEADING
                and self.classes[index - 1] == HEADING
                and self.classes[index + 1] == BODY
                and _names_again(self.units[index].text, self.units[index + 1].text)
            ):
                self.classes[index] = BYLINE

    # -- classification ------------------------------------------------------------------

    @staticmethod
    def _classify(unit: Unit) -> str:
        text = unit.text
        if len(text) <= 60:
            if note_line(text):
                return NOTE
            if photo_credit_line(text):
                return PHOTO
            if byline_line(text):
                return BYLINE
            if looks_like_heading(text) and leading_byline(text) is None:
                return HEADING
        return BODY

    def _starts_new_item(self, index: int) -> bool:
        """Unit `index` opens an item by itself: a byline line or a paragraph led by a dateline."""
        if index >= len(self.units):
            return False
        cls = self.classes[index]
        if cls == NOTE:
            return not is_author_note(self.units[index].text)  # (上接第1版) under a repeated headline
        return cls == BYLINE or (cls == BODY and leading_byline(self.units[index].text) is not None)

    def _is_caption_text(self, index: int) -> bool:
        if index >= len(self.units):
            return False
        if self.classes[index] == PHOTO:
            return True
        if self.classes[index] != BODY:
            return False
        found = trailing_credit(self.units[index].text)
        return found is not None and found[1].photo

    # -- items ----------------------------------------------------------------------------

    def _open_item(self) -> _Item:
        if self.current is not None:
            self.current.closed = True
        item = _Item()
        self.items.append(item)
        self.current = item
        return item

    def _in_article(self) -> bool:
        cur = self.current
        return cur is not None and not cur.closed and cur.kind != "section" and bool(cur.paragraphs)

    # -- the walk -----------------------------------------------------------------------

    def run(self) -> list[_Item]:
        index = 0
        count = len(self.units)
        while index < count:
            cls = self.classes[index]
            unit = self.units[index]
            if cls == BYLINE:
                self._byline(unit)
                index += 1
            elif cls == NOTE:
                self._note(unit)
                index += 1
            elif cls == PHOTO:
                credit = photo_credit_line(unit.text)
                assert credit is not None
                self._photo_credit(credit, unit)
                index += 1
            elif cls == HEADING:
                end = index
                while end < count and self.classes[end] == HEADING:
                    end += 1
                self._headings(index, end)
                index = end
            else:
                self._body(unit)
                index += 1
        for item in self.items:
            if item.pair is not None and item.paragraphs and item.kind != "caption":
                _settle_roles(item, *item.pair)
            if item.decks:
                item.subtitle = " ".join([item.subtitle, *item.decks] if item.subtitle else item.decks)
        return [item for item in self.items if item.spans]

    def _byline(self, unit: Unit) -> None:
        credit = byline_line(unit.text) or author_name_line(unit.text)
        assert credit is not None
        cur = self.current
        if cur is None or cur.closed or cur.kind == "section" or (cur.paragraphs and cur.kind == "caption"):
            cur = self._open_item()
        cur.cover(unit)
        cur.add_credit(credit.text, credit.names)
        if cur.paragraphs:
            cur.closed = True  # a byline after the body ends the item

    def _note(self, unit: Unit) -> None:
        """A jump line or an author's note: kept with the item it belongs to, not as its text.

        An author's note (作者为…) is the item's credit; a jump line goes with the credits and,
        after the body (下转第2版), ends the item's part on this page.
        """
        cur = self.current
        if cur is None or cur.kind == "section" or (continues_from(unit.text) and cur.paragraphs):
            cur = self._open_item()  # （上接第1版）opens the rest of a story from another page
        cur.cover(unit)
        if is_author_note(unit.text):
            cur.add_credit(unit.text, [])
        else:
            cur.credits.append(unit.text)
        if cur.paragraphs and not continues_from(unit.text):
            cur.closed = True

    def _photo_credit(self, credit: Credit, unit: Unit) -> None:
        """A photo credit on its own line: the paragraph(s) before it are captions."""
        cur = self.current
        if cur is None or cur.closed or cur.kind == "section":
            cur = self._open_item()
        cur.cover(unit)
        self._make_captions(cur, credit, unit)

    def _make_captions(self, cur: _Item, credit: Credit, unit: Unit | None = None) -> None:
        """Turn the last paragraph of `cur` into a caption item, or several numbered ones (图①…).

        A caption set after an article is split off it; the credit's text goes to the last
        caption of the block, its names to every caption.
        """
        count = len(cur.paragraphs)
        taken = 1 if count else 0
        while taken < count and all(_CAPTION_MARK.match(cur.paragraphs[-k][0]) for k in (taken, taken + 1)):
            taken += 1
        keep = count - taken
        captions: list[_Item] = []
        if keep == 0 and cur.kind != "caption":
            captions.append(cur)  # the item itself is the (first) caption
            keep = min(count, 1)
        moving = list(zip(cur.paragraphs[keep:], cur.paragraph_spans[keep:], strict=True))
        del cur.paragraphs[keep:], cur.paragraph_spans[keep:]
        moved = {span for _, spans in moving for span in spans}
        # A heading line standing before a caption that leaves the article is that caption's
        # headline (it must leave too, or the items would no longer follow the page order).
        caption_heads: dict[int, tuple[str, tuple[int, int]]] = {}
        staying: list[tuple[Subheading, tuple[int, int]]] = []
        for sub, span in zip(cur.subheadings, cur.subheading_spans, strict=True):
            position = sub.before_paragraph - keep
            if not 0 <= position < len(moving) or position in caption_heads:
                staying.append((sub, span))
                continue
            caption_heads[position] = (sub.text, span)
            moved.add(span)
        cur.subheadings = [sub for sub, _ in staying]
        cur.subheading_spans = [span for _, span in staying]
        credit_span = (unit.start, unit.end) if unit is not None else None
        if credit_span is not None:
            moved.add(credit_span)
        cur.spans = [span for span in cur.spans if span not in moved]
        cur.closed = True
        for position, (fragments, spans) in enumerate(moving):
            item = self._open_item()
            head = caption_heads.get(position)
            if head is not None:
                item.headline = head[0]
                item.spans.append(head[1])
            item.paragraphs.append(fragments)
            item.paragraph_spans.append(spans)
            item.spans.extend(spans)
            captions.append(item)
        if not captions:
            captions.append(cur)
        for item in captions:
            item.kind = "caption"
            item.closed = True
            for name in credit.names:
                if name not in item.reporters:
                    item.reporters.append(name)
        last = captions[-1]
        last.add_credit(credit.text, credit.names)
        if credit_span is not None:
            last.spans.append(credit_span)
        self.current = last

    def _headings(self, start: int, end: int) -> None:
        after = end if end < len(self.units) else None
        # A heading-shaped line that the previous paragraph runs into is body text.
        while start < end and self._in_article() and self._continues_paragraph(start, end, after):
            self._body(self.units[start])
            start += 1
        if start >= end:
            return
        run = list(range(start, end))
        first = self.units[start]
        cur = self.current

        if after is None:
            if self._in_article() and len(run) == 1 and self._fragment(first):
                self._body(first)
                return
            if len(run) > 1 and ends_sentence(self.units[run[-1]].text):
                # A last line that asks or exclaims is the body of the headed item before it.
                self._new_item_headings(run[:-1])
                self._body(self.units[run[-1]])
                return
            for i in run:
                self._section([i])
            return

        next_opens = self._starts_new_item(after) or self._decks_then_lead(after)
        if len(run) == 1 and is_label(first.text):
            self._section(run)
            return
        if (
            len(run) == 1
            and not next_opens
            and cur is not None
            and not cur.closed
            and cur.kind != "section"
            and cur.has_headings
            and cur.byline is not None
            and not cur.paragraphs
            and len(compact(first.text)) <= SUBHEADING_MAX
        ):
            # Headline, byline, then a short line: a sub-head before the first paragraph.
            cur.add_subheading(first, 0)
            return
        if self._is_caption_text(after):
            if len(run) == 1 and not first.multi_line and opens_story(first.text) and ends_open(first.text):
                # 11月25日，工人在…现场 / 平整土地。X 摄: a caption cut by a column break.
                self._body(first)
                return
            self._new_item_headings(run)
            return
        if self._in_article() and len(run) == 1 and not next_opens:
            if self._fragment(first) or _rhetorical(first.text):
                self._body(first)
                return
            if (len(compact(first.text)) <= SUBHEADING_MAX or first.multi_line) and self._subheading_score(
                first, after
            ) >= 1:
                assert cur is not None
                cur.add_subheading(first, len(cur.paragraphs))
                cur.no_join = True
                return
        self._new_item_headings(run)

    def _decks_then_lead(self, after: int) -> bool:
        """Units from `after` on are a few deck lines (body text that ends no sentence) and then
        a paragraph led by its credit or dateline (本报讯…): the heading above opens an item."""
        for index in range(after, min(after + DECK_LINES_MAX + 1, len(self.units))):
            unit = self.units[index]
            if self.classes[index] != BODY:
                return False
            if leading_byline(unit.text) is not None:
                return index > after
            if ends_sentence(unit.text) or len(unit.lines) > 1:
                return False
        return False

    def _continues_paragraph(self, start: int, end: int, after: int | None) -> bool:
        """Unit `start` of a heading run is really a piece of the paragraph before it.

        - the paragraph stops at a comma, or the line is the last thing on the page;
        - the paragraph stops mid-phrase (…省级智能制造 / 示范工厂): a heading never follows an
          unfinished sentence, unless it carries a marker or a byline/dateline follows it;
        - a long line with commas heading a run of lines is a paragraph piece, not a kicker,
          when it stops on a particle (…审批时间由原来的) or is longer than any kicker, unless a
          byline or dateline follows the run.
        """
        cur = self.current
        assert cur is not None
        unit = self.units[start]
        if cur.last_paragraph_open():
            last = cur.paragraphs[-1][-1]
            if ends_mid_clause(last) or (after is None and end - start == 1):
                return True
            if (
                ends_open(last)
                and not unit.multi_line
                and not heading_style(unit.text)
                and not is_label(unit.text)
                and not (start == end - 1 and after is not None and self._starts_new_item(after))
                and self._run_on_score(last, unit.text, start + 1) >= 2
            ):
                return True
        return (
            end - start >= 2
            and not unit.multi_line
            and len(compact(unit.text)) > SUBHEADING_MAX
            and self._fragment(unit)
            and (
                ends_with_link(unit.text)
                or ends_mid_clause(unit.text)
                or len(compact(unit.text)) > KICKER_MAX
            )
            and not (after is not None and self._starts_new_item(after))
        )

    def _run_on_score(self, last: str, text: str, following: int) -> int:
        """Weigh the clues that a short heading-shaped line after an unfinished paragraph is
        the rest of that paragraph cut by a column (>= 2), not a sub-head or a headline.

        For a run-on: the paragraph or the line stops on a particle or preposition (…由原来的,
        压缩到); the line is very short; the next line goes on with a figure (8家、…).
        Against: the next line opens a paragraph with a connective (据了解，…).
        """
        score = 2 * ends_with_link(last) + 2 * ends_with_link(text)
        score += len(compact(text)) <= 6
        if following < len(self.units) and self.classes[following] == BODY:
            nxt = self.units[following].text
            score += starts_with_figure(nxt) or nxt[:1] in NON_STARTERS
            score -= opens_paragraph(nxt)
        return score

    def _subheading_score(self, unit: Unit, after: int) -> int:
        """Weigh the clues that a single heading line between paragraphs is a sub-head (> 0)
        rather than the headline of a new story (< 1). No clue decides alone.

        For a sub-head: a marker or numbering (■ 一、「」); siblings of the same shape further
        down the same story; earlier sub-heads in the article; a short line; a byline that
        closes the story further down; a feature byline set on its own line.
        For a headline: the next paragraph retells it word for word or opens like a lead (a
        date, 近日, 记者从…); the article so far is one dateline paragraph (a brief); the line
        has the shape of the item's own plain headline (a column of same-sized stories).
        """
        cur = self.current
        assert cur is not None
        text = unit.text
        size = len(compact(text))
        score = 0
        if heading_style(text):
            score += 3
        if cur.subheadings:
            score += 1 + same_shape(cur.subheadings[-1].text, text)
        elif cur.headline and not (cur.kicker or cur.subtitle) and same_shape(cur.headline, text):
            score -= 2  # shaped like the item's own plain headline: the next story's headline
        if any(same_shape(text, other) for other in self._later_candidates(after)):
            score += 2
        if size <= 10:
            score += 1
        elif size > 16:
            score -= 1
        following = self.units[after].text if self.classes[after] == BODY else ""
        if following and shared_words(_theme(text), following):
            score -= 3
        if following and opens_story(following):
            score -= 1
        if cur.byline is not None and not cur.dateline:
            score += 1
        credited_ahead = self._closing_byline_ahead(after)
        if credited_ahead:
            score += 2
        elif cur.byline is not None and self.classes[after] == BODY:
            # A new story needs a credit of its own (a byline, a dateline, a closing credit):
            # the text under this line has none, so it goes on the credited story above.
            score += 1
        elif self._brief_ends(after):
            score -= 2 if cur.dateline else 1
        return score

    def _later_candidates(self, after: int) -> list[str]:
        """Single heading lines set between body units further down the same story."""
        found: list[str] = []
        index = after
        limit = min(len(self.units), after + _LOOKAHEAD)
        while index < limit:
            cls = self.classes[index]
            if cls == BODY:
                if index > after and leading_byline(self.units[index].text) is not None:
                    break
                index += 1
                continue
            if cls != HEADING:
                break
            nxt = index + 1
            if nxt >= len(self.units) or self.classes[nxt] != BODY or self._starts_new_item(nxt):
                break
            found.append(self.units[index].text)
            index = nxt
        return found

    def _closing_byline_ahead(self, after: int) -> bool:
        """The story runs on to a byline or credit set after its body (本报记者 X, (张 黎))."""
        index = after
        limit = min(len(self.units), after + _LOOKAHEAD)
        while index < limit:
            cls = self.classes[index]
            unit = self.units[index]
            if cls == BYLINE:
                return index > after and self.classes[index - 1] == BODY
            if cls == BODY:
                if leading_byline(unit.text) is not None:
                    return False
                found = trailing_credit(unit.text)
                if found is not None:
                    return not found[1].photo
                index += 1
                continue
            if cls == HEADING and index + 1 < len(self.units) and self.classes[index + 1] == BODY:
                if self._starts_new_item(index + 1):
                    return False
                index += 1
                continue
            return False
        return False

    def _brief_ends(self, after: int) -> bool:
        """Between one-paragraph items, a heading line starts the next brief, not a sub-head.

        True when the current item has a single paragraph and either opened with a dateline
        (本报讯, …电: a news story, not a feature with sub-heads) or is followed by a single
        paragraph too.
        """
        cur = self.current
        if cur is None or len(cur.paragraphs) != 1:
            return False
        if cur.dateline:
            return True
        sentences = 0
        index = after
        while index < len(self.units) and self.classes[index] == BODY:
            sentences += ends_sentence(self.units[index].text)
            if sentences > 1:
                return False
            index += 1
        return True

    def _fragment(self, unit: Unit) -> bool:
        """A heading-shaped unit between paragraphs that is really a piece of a paragraph."""
        if unit.multi_line:
            return False
        flat = compact(unit.text)
        if ends_mid_clause(flat):
            return True
        spaced = len(unit.text.split()) > 1
        commas = sum(flat.count(c) for c in "，,、")
        if len(flat) > SUBHEADING_MAX and not spaced and commas >= 1:
            return True
        return len(flat) > FRAGMENT_MIN and not spaced

    def _section(self, indexes: list[int]) -> None:
        item = self._open_item()
        item.kind = "section"
        item.headline = " ".join(self.units[i].text for i in indexes)
        for i in indexes:
            item.cover(self.units[i])
        item.closed = True

    def _banner(self, index: int) -> bool:
        """A page banner or column label: a column label word, or a stack of very short lines."""
        unit = self.units[index]
        if is_label(unit.text):
            return True
        if self.block[index] >= LIST_LINES_MIN:
            return True  # a list of headlines set together (the page's contents), not a heading stack
        flat = compact(unit.text).lstrip(MARKERS)  # ■ 今日谈: a marked column name
        if len(flat) <= LABEL_WORD_MAX and flat.isalnum():
            return True  # 县域经济 over a headline: a column name, too short to be a kicker
        if not unit.multi_line or any(c in compact(unit.text) for c in "，,。：:；;？?！!“”"):
            return False
        return all(len(compact(line)) <= BANNER_LINE_MAX for line in unit.lines)

    def _new_item_headings(self, run: list[int]) -> None:
        """Open an item headed by the run; banners in front of it become section items."""
        cur = self.current
        reuse = (
            cur is not None
            and not cur.closed
            and cur.kind != "section"
            and not cur.paragraphs
            and not cur.has_headings
            and cur.byline is not None
        )
        # Everything up to the last banner stands apart; at most three lines head the item.
        skip = 0
        for position in range(len(run) - 1):
            if self._banner(run[position]):
                skip = position + 1
        wrapped = self._wrapped_stack(run[skip:])
        skip = max(skip, len(run) - (4 if wrapped else 3))
        for i in run[:skip]:
            self._section([i])
            reuse = False
        run = run[skip:]
        item = cur if reuse and cur is not None else self._open_item()
        lines = self._heading_lines(run)
        if wrapped:
            # 引题 / 主题 wrapped on two lines / 副题: the middle two lines are one headline.
            lines = [lines[0], f"{lines[1]} {lines[2]}", lines[3]]
        for i in run:
            item.cover(self.units[i])
        if len(lines) == 1:
            item.headline = lines[0]
            stacked = self.units[run[0]].lines if len(run) == 1 else []
            if len(stacked) == 2:
                item.pair = (stacked[0], stacked[1])  # read as one headline wrapped in two
        elif len(lines) == 3:
            item.kicker, item.headline, item.subtitle = lines
        else:
            first, second = lines
            if _is_kicker(first, second):
                item.kicker, item.headline = first, second
            else:
                item.headline, item.subtitle = first, second
            # Without punctuation, a dash or a speech verb, only the lengths decided; the lead
            # may still tell (see _settle_roles).
            if not _plainly_two_headings(first, second):
                item.pair = (first, second)

    def _wrapped_stack(self, run: list[int]) -> bool:
        """Four single heading lines set together with no blank line: a kicker, a headline the
        column width wrapped onto two lines, and a subtitle (a taller stack holds a banner)."""
        if len(run) != 4:
            return False
        units = [self.units[i] for i in run]
        return (
            all(not u.multi_line and not is_label(u.text) for u in units)
            and all(u.tight for u in units[1:])
            and not units[0].tight
        )

    def _heading_lines(self, run: list[int]) -> list[str]:
        """The heading lines of a run of units. A stack set on consecutive lines is read line by
        line when it has three lines (引题 / 主题 / 副题) or when its two lines are plainly a kicker
        and a headline or a headline and a subtitle; two plain lines are one headline broken in two.
        """
        lines = [self.units[i].text for i in run]
        if len(run) == 1 and self.units[run[0]].multi_line:
            stacked = self.units[run[0]].lines
            if len(stacked) == 3 or (len(stacked) == 2 and _plainly_two_headings(*stacked)):
                return list(stacked)
        return lines

    def _body(self, unit: Unit) -> None:
        jump_before, text, jump_after = split_jumps(unit.text)
        if jump_before:
            # （上接第1版）glued to the first paragraph of a continued story.
            cur = self.current
            if cur is None or cur.closed or cur.kind == "section" or cur.paragraphs:
                cur = self._open_item()
            cur.cover(unit)
            cur.credits.append(jump_before)
            cur.no_join = True
        self._body_text(unit, text)
        if jump_after and self.current is not None:
            self.current.credits.append(jump_after)
            self.current.closed = True

    def _body_text(self, unit: Unit, text: str) -> None:
        lead = leading_byline(text)
        cur = self.current
        headed = None
        waiting = cur is not None and not cur.closed and cur.has_headings and not cur.paragraphs
        if lead is None and not waiting:  # a headline's own first paragraph is never a new brief
            # The spaced form only where a new item may start anyway (not inside a story).
            fresh = cur is None or cur.closed or cur.kind == "section" or cur.lead_in
            headed = lead_in_headline(text, spaced=fresh)
            if headed is None:
                # 标题   本报讯（记者 X）…: a dateline after the gap opens a new item anywhere.
                spaced = spaced_lead(text)
                if spaced is not None and (fresh or leading_byline(spaced[1]) is not None):
                    headed = spaced
        elif lead is None and waiting and cur is not None:
            # 非遗传承 / 来到身边   6月9日，…: the rest of the headline set before the lead.
            found = spaced_lead(text, after_headline=True)
            if found is not None and cur.byline is not None and leading_byline(found[1]) is not None:
                headed, found = found, None  # a byline already, and a dateline after the gap: a new story
            if found is not None:
                cur.headline = f"{cur.headline} {found[0]}" if cur.headline else found[0]
                cur.lead_in = True
                text = found[1]
                lead = leading_byline(text)
        if headed is not None:
            # 【标题】正文 / 标题  正文: a news-in-brief item with its headline run into its text.
            cur = self._open_item()
            cur.lead_in = True
            cur.cover(unit)
            cur.headline, text = headed
            cur.dateline = True
            lead = leading_byline(text)
            if lead is not None:
                cur.add_credit(lead.byline, lead.names)
                text = lead.rest
                lead = None
            if not text:
                return
        if headed is not None:
            join = False
        elif lead is not None:
            if cur is not None and _decks_before_lead(cur):
                # 标题 / 提要 lines / 本报讯…: the lines between the headline and the lead are its
                # deck (subtitle), not a story of their own.
                cur.decks = [fragment for fragments in cur.paragraphs for fragment in fragments]
                cur.paragraphs.clear()
                cur.paragraph_spans.clear()
            if cur is None or cur.closed or cur.kind == "section" or cur.paragraphs:
                cur = self._open_item()
            cur.cover(unit)
            cur.add_credit(lead.byline, lead.names)
            cur.dateline = True
            text = lead.rest
            if not text:
                return
            join = False
        else:
            if cur is None or cur.closed or cur.kind == "section" or _next_marked_brief(cur, text):
                cur = self._open_item()
            cur.cover(unit)
            join = self._should_join(cur, text)
        assert cur is not None  # each branch above opened an item or kept the open one
        trailing = trailing_credit(text)
        if (
            not join
            and headed is None
            and lead is None
            and trailing is not None
            and trailing[0]
            and not trailing[1].photo
            and trailing[1].names
            and cur.paragraphs
            and cur.reporters
            and not set(trailing[1].names) & set(cur.reporters)
        ):
            # …受益群众3000余人。（韩东 吕静）after a story credited to others: a headless brief.
            cur.spans.pop()
            cur = self._open_item()
            cur.cover(unit)
        if (
            join
            and trailing is not None
            and trailing[1].photo
            and not ends_mid_clause(cur.paragraphs[-1][-1])
            and not _caption_start(cur.paragraphs[-1])
        ):
            join = False  # a caption set after an article is not the article's last sentence
        if trailing is not None:
            before, credit = trailing
            if before:
                cur.add_text(before, unit, join)
            if credit.photo:
                self._make_captions(cur, credit)
            else:
                cur.add_credit(credit.text, credit.names)
                cur.closed = True  # credits at the end close a brief or an article
            return
        cur.add_text(text, unit, join)
        if ends_item(text):
            cur.closed = True

    @staticmethod
    def _should_join(cur: _Item, text: str) -> bool:
        if not cur.last_paragraph_open():
            return False
        last = cur.paragraphs[-1][-1]
        if last.rstrip()[-1:] in "：:" and heading_style(text) == "numbered":
            return False  # …具体如下： / 一、…: a numbered list starts a paragraph
        if ends_mid_clause(last):
            return True
        if len(compact(last)) <= SHORT_TAIL and len(cur.paragraphs[-1]) > 1 and opens_paragraph(text):
            return False  # …提高了 / 四成以上 / 下一步，…: the short tail ended the paragraph
        if len(cur.paragraphs[-1]) > 1:
            return True  # already joined once: a long paragraph running on
        return len(compact(last)) >= SHORT_FRAGMENT or len(compact(text)) >= SHORT_FRAGMENT


# Numbered captions of a block of photos: 图①, 图1, 图一, 上图, 左图…
_CAPTION_MARK = re.compile(
    r"[（(]?(?:图[①-⑳\d一二三四五六七八九十]|[上下左右中]图|圖[①-⑳\d一二三四五六七八九十]|[上下左右中]圖)"
)

# "习近平在湖南考察时强调" above the headline that says what was stressed.
_SPEECH_VERBS = tuple(
    both_scripts(("强调", "指出", "表示", "要求", "寄语", "致信", "致辞", "宣布", "提出", "希望", "称", "说"))
)


def _is_kicker(first: str, second: str) -> bool:
    """Of two heading lines, is the first a kicker 引题 (else the second is a subtitle 副题)?

    The main headline is set large and kept short; a subtitle often opens with a dash or
    explains at length, a kicker often ends with a question mark or comma.

    >>> _is_kicker("成人感染被转运，孩子谁来照顾？", "“儿童督导员”“儿童主任”上线了")
    True
    >>> _is_kicker("下楼做核酸，129人忘带钥匙", "友情提醒：出门前除了戴口罩，千万别忘了带钥匙")
    False
    >>> _is_kicker("奋斗者之歌", "——记全国劳动模范张三")
    False
    >>> _is_kicker("习近平在湖南考察时强调", "坚持改革创新求真务实 奋力谱写中国式现代化湖南篇章")
    True
    """
    if _opens_as_subtitle(second):
        return False
    if _ends_as_kicker(first):
        return True
    return len(compact(first)) > len(compact(second))


def _opens_as_subtitle(line: str) -> bool:
    """A 副题 line opens with a dash (——记…)."""
    return compact(line).startswith(("—", "－", "--"))


def _ends_as_kicker(line: str) -> bool:
    """A 引题 line asks, exclaims or pauses, or reports speech (…时强调)."""
    text = compact(line)
    return text[-1:] in ("？", "?", "！", "!", "，", ",", "：", ":", "…") or text.endswith(_SPEECH_VERBS)


LEAD_SHARES = 0.5  # a heading line the lead retells: half its character pairs recur there
LEAD_IGNORES = 0.1  # a heading line the lead leaves aside


def _settle_roles(item: _Item, first: str, second: str) -> None:
    """Two heading lines that no punctuation told apart: when the lead retells one line and
    leaves the other aside, the retold line is the main headline (the other a kicker above it
    or a subtitle below it); otherwise the first reading stands.
    """
    lead = item.paragraphs[0][0]
    one, two = lead_overlap(first, lead), lead_overlap(second, lead)
    if one <= LEAD_IGNORES and two >= LEAD_SHARES:
        item.kicker, item.headline, item.subtitle = first, second, None
    elif two <= LEAD_IGNORES and one >= LEAD_SHARES:
        item.kicker, item.headline, item.subtitle = None, first, second


def _names_again(line: str, following: str) -> bool:
    """A bare name line over the body: the body opens without a credit, or its credit names
    the same person (贾正威 / 晨报讯（记者 贾正威）…)."""
    credit = author_name_line(line)
    if credit is None:
        return False
    lead = leading_byline(following)
    return lead is None or bool(set(credit.names) & set(lead.names))


def _decks_before_lead(item: _Item) -> bool:
    """The item's body so far is deck lines under its headings: a few lines, none ending a
    sentence, no credit yet (a lead credit found next makes them the deck, not a story)."""
    fragments = [fragment for fragments in item.paragraphs for fragment in fragments]
    return (
        not item.closed
        and item.kind not in ("section", "caption")
        and bool(item.headline)
        and item.byline is None
        and not item.subheadings
        and 0 < len(fragments) <= DECK_LINES_MAX
        and not any(ends_sentence(fragment) for fragment in fragments)
    )


def _caption_start(fragments: list[str]) -> bool:
    """A paragraph that is one cut piece opening like a caption (11月25日，工人在…现场)."""
    return len(fragments) == 1 and opens_story(fragments[0]) and ends_open(fragments[0])


def _theme(line: str) -> str:
    """A heading line without a short topic before its colon (江南造船：提前布局按期交付).

    A sub-head in that form names the topic the paragraph under it then names too; only the
    part after the colon can retell a lead the way a news headline does.

    >>> _theme("江南造船：提前布局按期交付"), _theme("人才公寓二期交付使用")
    ('提前布局按期交付', '人才公寓二期交付使用')
    """
    topic, colon, rest = line.partition("：")
    if colon and 2 <= len(compact(topic)) <= 6 and len(compact(rest)) >= 4:
        return rest
    return line


def _rhetorical(text: str) -> bool:
    """A short question or exclamation with a comma inside, between paragraphs, is a paragraph
    of the story (这座古城，凭什么留住游客？), not a sub-head."""
    flat = compact(text)
    return flat[-1:] in ("？", "?", "！", "!") and any(c in flat for c in "，,")


def _next_marked_brief(cur: _Item, text: str) -> bool:
    """In a headless run of marked paragraphs (■ 11月26日，… / ■ 11月25日，…, a column of
    one-sentence news), each marked paragraph is a brief of its own.
    """
    marker = text[:1]
    return (
        marker in MARKERS
        and not cur.has_headings
        and cur.byline is None
        and bool(cur.paragraphs)
        and cur.paragraphs[0][0][:1] == marker
        and not cur.last_paragraph_open()
    )


def _plainly_two_headings(first: str, second: str) -> bool:
    """Two stacked lines that cannot be one headline: the first asks, exclaims, pauses or
    reports speech (a kicker), or the second opens with a dash (a subtitle).

    >>> _plainly_two_headings("习近平在湖南考察时强调", "坚持改革创新 奋力谱写新篇章")
    True
    >>> _plainly_two_headings("区政协“问诊”营商环境", "助企服务体系再提升")
    False
    """
    return _opens_as_subtitle(second) or _ends_as_kicker(first)


def _kind(item: _Item) -> str:
    if item.kind:
        return item.kind
    if not item.paragraphs:
        return "section" if item.byline is None and not item.subheadings else "article"
    return "brief" if len(item.paragraphs) == 1 else "article"


def _to_article(item: _Item, text: str, source: str, order: int) -> Article:
    start = min(s for s, _ in item.spans)
    end = max(e for _, e in item.spans)
    return Article(
        source=source,
        page_order=order,
        kind=_kind(item),
        headline=item.headline,
        kicker=item.kicker,
        subtitle=item.subtitle,
        byline=item.byline,
        reporters=list(item.reporters),
        paragraphs=["".join(fragments) for fragments in item.paragraphs],
        subheadings=list(item.subheadings),
        credits=list(item.credits),
        original=text[start:end],
    )


def split_page(text: str, source: str = "") -> list[Article]:
    """parse_page without the safety net: raises whatever goes wrong (for tests)."""
    text = normalise_newlines(text).lstrip("\ufeff")
    items = _PageParser(text).run()
    return [_to_article(item, text, source, order) for order, item in enumerate(items)]


def parse_page(text: str, source: str = "") -> list[Article]:
    """Split a page's text into Articles in page order. Raises only PageImportError."""
    if not isinstance(text, str):
        raise PageImportError(f"{source or 'page'}: expected text, got {type(text).__name__}.")
    try:
        return split_page(text, source)
    except RecursionError:
        raise PageImportError(f"{source or 'page'}: the page is too deeply structured to split.") from None
    except Exception as exc:  # a bug must not crash the app; the message says what failed
        raise PageImportError(
            f"{source or 'page'}: the page could not be split into articles ({type(exc).__name__}: {exc})."
        ) from exc
