"""Container flowables: a heading kept with its first lines, and paired zh | en columns.

reportlab's keepWithNext keeps a heading with the *whole* next flowable; we want it kept with three
lines of the summary, and the two languages of an entry level at the top and split together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from weakref import WeakSet

from reportlab.platypus import Flowable

from digest.layout.flowables import TextBlock
from digest.layout.pages import ACCENT, RULE_WIDTH

_EPS = 1e-6
# Flowables fit() is placing at the top of a fresh column (see at_frame_top).
_at_column_top: WeakSet[Flowable] = WeakSet()


def _space_before(f: Flowable) -> float:
    return float(f.getSpaceBefore() or 0)


def _space_after(f: Flowable) -> float:
    return float(f.getSpaceAfter() or 0)


def fit(
    flowables: Sequence[Flowable], width: float, height: float, at_top: bool = False
) -> tuple[list[Flowable], list[Flowable]]:
    """Fill `height` like a frame would: what fits (splitting one flowable if it can) and the rest.

    Space before the first flowable in a column is dropped, like a frame does at its top; a
    flowable that wants to keep with the next one is not left last in the column. `at_top` says the
    column is a fresh one (a heading too tall for any column may then be split anywhere).
    """
    queue = list(flowables)
    fitted: list[Flowable] = []
    used = 0.0
    n = 0
    while n < len(queue):
        f = queue[n]
        if at_top and not fitted:
            _at_column_top.add(f)
        else:
            _at_column_top.discard(f)
        before = _space_before(f) if fitted else 0.0
        room = height - used - before
        _, h = f.wrap(width, max(room, 0))
        if h <= room + _EPS:
            fitted.append(f)
            n += 1
            used += before + h + _space_after(f)
            continue
        parts = f.split(width, room) if room > 0 else []
        if parts and parts[0] is not f and parts[0].wrap(width, room)[1] <= room + _EPS:
            fitted.append(parts[0])
            queue[n : n + 1] = parts[1:]
        break
    rest = queue[n:]
    while len(fitted) > 1 and rest and fitted[-1].getKeepWithNext():  # type: ignore[no-untyped-call]
        rest.insert(0, fitted.pop())
    return fitted, rest


def at_frame_top(f: Flowable) -> bool:
    """Whether `f` is being placed at the top of an empty frame (directly, or inside a Pair)."""
    frame = getattr(f, "_frame", None)
    return bool(getattr(frame, "_atTop", False)) or f in _at_column_top


class Stack(Flowable):
    """Flowables drawn one under another as one unit (no split)."""

    def __init__(self, items: Sequence[Flowable]) -> None:
        super().__init__()
        self.items = list(items)
        self.spaceBefore = _space_before(self.items[0]) if self.items else 0
        self.spaceAfter = _space_after(self.items[-1]) if self.items else 0
        self._heights: list[float] = []

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._heights = []
        total = 0.0
        for n, f in enumerate(self.items):
            _, h = f.wrap(aW, aH)
            gap = _space_before(f) if n else 0.0
            if n:
                gap += _space_after(self.items[n - 1])
            self._heights.append(h)
            total += gap + h
        self.width, self.height = aW, total
        return aW, total

    def draw(self) -> None:
        y = self.height
        for n, (f, h) in enumerate(zip(self.items, self._heights, strict=True)):
            if n:
                y -= _space_before(f) + _space_after(self.items[n - 1])
            y -= h
            f.drawOn(self.canv, 0, y)


class Anchor(Flowable):
    """Zero-size mark: a PDF bookmark with an outline entry, and a callback with where it was drawn
    (page number, x and y on the page)."""

    def __init__(
        self, key: str, title: str, level: int, on_draw: Callable[[int, float, float], None] | None = None
    ) -> None:
        super().__init__()
        self.key, self.title, self.level, self.on_draw = key, title, level, on_draw
        self.width = self.height = 0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canv = self.canv
        canv.bookmarkHorizontal(self.key, 0, 0)
        canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level == 0 and None)
        if self.on_draw:
            x, y = canv.absolutePosition(0, 0)
            self.on_draw(canv.getPageNumber(), x, y)


class HRule(Flowable):
    """A full-width rule in the accent colour."""

    def __init__(
        self, thickness: float = RULE_WIDTH, space_before: float = 0, space_after: float = 0
    ) -> None:
        super().__init__()
        self.thickness = thickness
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = aW, self.thickness
        return aW, self.thickness

    def draw(self) -> None:
        self.canv.setStrokeColorCMYK(*ACCENT)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


class HeadGroup(Flowable):
    """Headings kept together with at least `min_lines` lines of the first body paragraph.

    Never split between the headings; split inside the body only when the headings and the
    minimum fit, so a heading is never left at the foot of a column.
    """

    def __init__(self, heads: Sequence[Flowable], body: Flowable | None, min_lines: int = 3) -> None:
        super().__init__()
        self.heads = list(heads)
        self.body = body
        self.min_lines = min_lines
        self._stack = Stack([*self.heads, *([body] if body is not None else [])])
        self.spaceBefore = self._stack.spaceBefore
        self.spaceAfter = self._stack.spaceAfter
        self.keepWithNext = False

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = self._stack.wrap(aW, aH)
        return self.width, self.height

    def _heads_height(self, aW: float) -> float:
        return Stack(self.heads).wrap(aW, 1e9)[1] if self.heads else 0.0

    def split(self, aW: float, aH: float) -> list[Flowable]:
        if at_frame_top(self) and self.wrap(aW, aH)[1] > aH:
            # An empty frame cannot hold it (a whole article pasted as a headline): split anywhere
            # rather than fail the layout.
            fitted, rest = fit(self._stack.items, aW, aH)
            return [Stack(fitted), *rest] if fitted else []
        if self.body is None:
            return []
        heads_h = self._heads_height(aW)
        gap = _space_after(self.heads[-1]) + _space_before(self.body) if self.heads else 0.0
        room = aH - heads_h - gap
        _, body_h = self.body.wrap(aW, 1e9)
        leading = float(getattr(getattr(self.body, "style", None), "leading", 14.0))
        need = min(body_h, self.min_lines * leading)
        if room + _EPS < need:
            return []
        parts = self.body.split(aW, room)
        if not parts:
            return []
        if len(parts) == 1:  # the body fits after all (rounding): keep the group whole
            return [Stack([*self.heads, *parts])]
        first = Stack([*self.heads, parts[0]])
        first.spaceBefore = self.spaceBefore
        return [first, *parts[1:]]

    def draw(self) -> None:
        self._stack.drawOn(self.canv, 0, 0)


class Pair(Flowable):
    """Two columns (Chinese left, English right) that start level and break together.

    A 0.3 pt rule in the gutter runs beside the pair. Each side is a list of flowables; when the
    pair does not fit, both sides are filled to the same height and the rest continues as a pair
    in the next frame. If either side cannot place its first flowable (an entry head with its
    minimum lines), the whole pair moves on.
    """

    def __init__(
        self,
        left: Sequence[Flowable],
        right: Sequence[Flowable],
        gutter: float,
        rule: bool = True,
        space_before: float = 0.0,
    ) -> None:
        super().__init__()
        self.left, self.right = list(left), list(right)
        self.gutter = gutter
        self.rule = rule
        self.spaceBefore = space_before
        self._lh = self._rh = 0.0

    def _col(self, aW: float) -> float:
        return (aW - self.gutter) / 2

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        col = self._col(aW)
        self._lh = Stack(self.left).wrap(col, aH)[1] if self.left else 0.0
        self._rh = Stack(self.right).wrap(col, aH)[1] if self.right else 0.0
        self.width, self.height = aW, max(self._lh, self._rh)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        col = self._col(aW)
        top = at_frame_top(self)
        lf, lr = fit(self.left, col, aH, top)
        rf, rr = fit(self.right, col, aH, top)
        if (self.left and not lf) or (self.right and not rf):
            return []
        if not lr and not rr:
            return []  # fits whole (wrap said otherwise only by rounding): let the frame decide
        first = Pair(lf, rf, self.gutter, self.rule, self.spaceBefore)
        rest = Pair(lr, rr, self.gutter, self.rule, 0.0)
        return [first, rest]

    def draw(self) -> None:
        col = self._col(self.width)
        if self.left:
            s = Stack(self.left)
            s.wrap(col, 1e9)
            s.drawOn(self.canv, 0, self.height - s.height)
        if self.right:
            s = Stack(self.right)
            s.wrap(col, 1e9)
            s.drawOn(self.canv, col + self.gutter, self.height - s.height)
        if self.rule and self.height > 0:
            canv = self.canv
            canv.saveState()
            canv.setStrokeColorCMYK(*ACCENT)
            canv.setLineWidth(RULE_WIDTH)
            x = col + self.gutter / 2
            canv.line(x, 0, x, self.height)
            canv.restoreState()


class Balanced(Flowable):
    """A heading set as narrow as its line count allows, so its lines come out even.

    "海晨新能源汽车供应链基地加快建设" in a 60 mm column would leave "设" alone on line two; set at
    the narrowest width that still needs two lines it breaks in the middle instead.
    """

    def __init__(self, block: TextBlock) -> None:
        super().__init__()
        self.block = block
        self.keepWithNext = getattr(block, "keepWithNext", False)

    def getSpaceBefore(self) -> float:
        return self.block.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.block.getSpaceAfter()

    def _count(self, width: float) -> int:
        _, h = self.block.wrap(width, 1e9)
        return round(h / self.block.style.leading)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        lines = self._count(aW)
        if lines > 1:
            lo, hi = aW * 0.5, aW
            for _ in range(7):
                mid = (lo + hi) / 2
                if self._count(mid) > lines:
                    lo = mid
                else:
                    hi = mid
            self.block.wrap(hi, aH)
        self.width, self.height = aW, self.block.height
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        """Only for a heading taller than a frame (see HeadGroup.split): plain lines."""
        return self.block.split(aW, aH)

    def draw(self) -> None:
        self.block.drawOn(self.canv, 0, 0)


ZH_CUT_AFTER = frozenset("”’」』）》〉】，、：；！？")


class Headline(Balanced):
    """A heading that breaks well.

    English: balanced lines (see Balanced). Chinese has no spaces to balance on, and a break inside
    a word ("挂|牌") reads badly in a headline, so a two-line Chinese headline is cut where a
    newspaper would cut it: at its space ("营商环境 助企服务体系再提升") or after a closing mark
    ("“公路医生进乡村”|挂牌督办点段通过验收"), each part on its own line. Failing that, it is set
    naturally, and balanced only to avoid a last line of one or two characters.
    """

    def __init__(self, block: TextBlock) -> None:
        super().__init__(block)
        self._halves: Stack | None = None

    def _cuts(self) -> list[tuple[str, str]]:
        text = self.block.text.strip()
        cuts: list[tuple[str, str]] = []
        parts = text.split()
        if len(parts) == 2:
            cuts.append((parts[0], parts[1]))
        for i, ch in enumerate(text[:-1]):
            if ch in ZH_CUT_AFTER and " " not in text:
                cuts.append((text[: i + 1], text[i + 1 :]))
        # Most even first; the space cut wins ties because it came first.
        return sorted(cuts, key=lambda c: abs(len(c[0]) - len(c[1])))

    def _halves_for(self, first: str, second: str) -> Stack:
        from digest.layout.kit import TextBlock

        style = self.block.style
        return Stack(
            [
                TextBlock(first, replace(style, space_before=0, space_after=0)),
                TextBlock(second, replace(style, space_before=0)),
            ]
        )

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self._halves = None
        style = self.block.style
        if style.lang != "zh":
            return super().wrap(aW, aH)
        lines = self._count(aW)
        if lines == 2:
            for first, second in self._cuts():
                halves = self._halves_for(first, second)
                if all(part.wrap(aW, 1e9)[1] <= style.leading + 0.01 for part in halves.items):
                    self._halves = halves
                    self.width, self.height = aW, halves.wrap(aW, aH)[1]
                    return self.width, self.height
        self.block.wrap(aW, aH)
        last = self.block.lines_for(aW)[-1].text if lines > 1 else ""
        if lines > 1 and len(last.strip()) <= 2:
            return super().wrap(aW, aH)
        self.width, self.height = aW, self.block.height
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        return [] if self._halves is not None else super().split(aW, aH)

    def draw(self) -> None:
        if self._halves is not None:
            self._halves.drawOn(self.canv, 0, 0)
        else:
            super().draw()


class ColumnFlow(Flowable):
    """The story set in two columns per frame, the last frame's columns balanced.

    Full frames fill the left column, then the right (like two frames would); when the rest fits in
    one frame, the height is searched at which both columns hold it, so the last page does not end
    with a full left column beside an empty right one. Each frame's share is drawn as a Pair, whose
    rule runs down the gutter as far as the text goes.
    """

    def __init__(self, items: Sequence[Flowable], gutter: float, rule: bool = True) -> None:
        super().__init__()
        self.items = list(items)
        self.gutter = gutter
        self.rule = rule
        self._balanced: Pair | None = None

    def _col(self, aW: float) -> float:
        return (aW - self.gutter) / 2

    def _fill(
        self, col: float, height: float, full: bool = False
    ) -> tuple[list[Flowable], list[Flowable], list[Flowable]]:
        """Left column, right column, rest. `full`: the columns are a whole fresh frame (only then
        may an over-tall heading be split anywhere; trial heights while balancing never do)."""
        left, rest = fit(self.items, col, height, full)
        right, rest = fit(rest, col, height, full)
        return left, right, rest

    def _total_exceeds(self, col: float, limit: float) -> bool:
        total = 0.0
        for n, f in enumerate(self.items):
            total += f.wrap(col, 1e9)[1] + (_space_before(f) if n else 0.0) + _space_after(f)
            if total > limit:
                return True
        return False

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        col = self._col(aW)
        self.width = aW
        self._balanced = None
        if not self.items:
            self.height = 0.0
            return aW, 0.0
        if self._total_exceeds(col, 2.2 * aH):  # clearly more than this frame: split it
            self.height = aH + 1.0
            return aW, self.height
        left, right, rest = self._fill(col, aH, at_frame_top(self))
        if rest or not left:
            self.height = aH + 1.0
            return aW, self.height
        lo, hi = 0.0, aH
        for _ in range(10):  # the lowest height at which two columns hold everything
            mid = (lo + hi) / 2
            if self._fill(col, mid)[2]:
                lo = mid
            else:
                hi = mid
        balanced = self._fill(col, hi)
        if not balanced[2]:  # else only the whole-frame fill (an over-tall heading split) holds it
            left, right = balanced[0], balanced[1]
        self._balanced = Pair(left, right, self.gutter, self.rule)
        self.height = self._balanced.wrap(aW, aH)[1]
        return aW, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        left, right, rest = self._fill(self._col(aW), aH, at_frame_top(self))
        if not left:
            return []
        done = Pair(left, right, self.gutter, self.rule)
        return [done, ColumnFlow(rest, self.gutter, self.rule)] if rest else [done]

    def draw(self) -> None:
        if self._balanced is not None:
            self._balanced.drawOn(self.canv, 0, 0)


class TailGroup(Flowable):
    """A paragraph with the short line that ends an entry (its source line) kept beside its end.

    Splits inside the paragraph only; the tail goes with the last part, so a source line never
    stands alone at the top of a column.
    """

    def __init__(self, body: Flowable, tail: Flowable) -> None:
        super().__init__()
        self.body, self.tail = body, tail
        self.style = getattr(body, "style", None)  # HeadGroup reads the leading
        self._stack = Stack([body, tail])
        self.spaceBefore = _space_before(body)
        self.spaceAfter = _space_after(tail)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        self.width, self.height = self._stack.wrap(aW, aH)
        return self.width, self.height

    def split(self, aW: float, aH: float) -> list[Flowable]:
        _, body_h = self.body.wrap(aW, 1e9)
        room = min(aH, body_h - 0.5)  # the body alone may fit: then some of its lines go too
        parts = self.body.split(aW, room)
        if len(parts) < 2:
            return []
        return [parts[0], TailGroup(parts[1], self.tail)]

    def draw(self) -> None:
        self._stack.drawOn(self.canv, 0, 0)
