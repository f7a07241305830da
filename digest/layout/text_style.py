"""TextStyle: everything the composer and TextBlock need to set one paragraph."""

from __future__ import annotations

from dataclasses import dataclass

ALIGNMENTS: tuple[str, ...] = ("justify", "left", "center", "right")


@dataclass(frozen=True)
class TextStyle:
    """How one paragraph is set. Lengths are in points; colour is CMYK (text is 100% K).

    `align="justify"` justifies every line but the last of a paragraph (Chinese: spare space spread
    between characters; English: between words). `first_indent` is 2 × size for Chinese body text.
    """

    size: float
    leading: float
    cjk_font: str
    latin_font: str
    first_indent: float = 0
    align: str = "justify"
    color: tuple[float, float, float, float] = (0, 0, 0, 1)
    lang: str = "zh"
    hyphenate: bool = True
    space_before: float = 0
    space_after: float = 0
    keep_with_next: bool = False
    letter_spacing: float = 0
    punct_compress: bool = True
    min_last_line_chars: int = 3
    widows: int = 2
    orphans: int = 2
    line_start_compress: bool = False  # an opening mark starting a line is set half width
    desk_rules: bool = True  # English: curly quotes, dashes, no-break spaces (digest.language.typography)

    def __post_init__(self) -> None:
        if self.align not in ALIGNMENTS:
            raise ValueError(f"align must be one of {', '.join(ALIGNMENTS)}, not {self.align!r}")
        if self.lang not in ("zh", "en"):
            raise ValueError(f"lang must be 'zh' or 'en', not {self.lang!r}")
        if self.size <= 0 or self.leading <= 0:
            raise ValueError("size and leading must be positive")
