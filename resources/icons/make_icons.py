"""Writes the UI's SVG icons (simple 24 px line drawings in one ink colour). Run once; outputs are committed."""

from __future__ import annotations

from pathlib import Path

INK = "#2b3a55"
ACCENT = "#b3261e"
OK = "#2e7d32"
WARN = "#c77700"

ICONS: dict[str, str] = {
    "document-new": '<path d="M6 3h8l4 4v14H6z M14 3v4h4" {s}/><path d="M12 11v6 M9 14h6" {s}/>',
    "document-open": '<path d="M3 7h6l2 2h10v10H3z" {s}/><path d="M3 11h18" {s}/>',
    "document-save": '<path d="M4 4h13l3 3v13H4z" {s}/><path d="M8 4v5h8V4 M7 20v-6h10v6" {s}/>',
    "document-save-as": '<path d="M4 4h13l3 3v6 M4 4v16h8" {s}/><path d="M8 4v5h8V4" {s}/><path d="M14 21l1-3 5-5 2 2-5 5z" {s}/>',
    "import": '<path d="M12 3v11 M8 10l4 4 4-4" {s}/><path d="M4 15v5h16v-5" {s}/>',
    "export": '<path d="M6 3h8l4 4v6 M6 3v18h7" {s}/><path d="M16 15v6 M13 18l3 3 3-3" stroke="{a}" fill="none" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/>',
    "print": '<path d="M7 9V3h10v6 M7 17H4v-8h16v8h-3" {s}/><path d="M7 14h10v7H7z" {s}/>',
    "preflight": '<path d="M4 12l5 5L20 6" {s}/><circle cx="12" cy="12" r="10" {s}/>',
    "undo": '<path d="M9 7L4 12l5 5" {s}/><path d="M4 12h11a5 5 0 0 1 0 10h-3" {s}/>',
    "redo": '<path d="M15 7l5 5-5 5" {s}/><path d="M20 12H9a5 5 0 0 0 0 10h3" {s}/>',
    "add": '<path d="M12 5v14 M5 12h14" {s}/>',
    "remove": '<path d="M5 7h14 M9 7V4h6v3 M7 7l1 13h8l1-13" {s}/>',
    "up": '<path d="M12 19V5 M6 11l6-6 6 6" {s}/>',
    "down": '<path d="M12 5v14 M6 13l6 6 6-6" {s}/>',
    "section-add": '<path d="M4 6h10 M4 11h10 M4 16h6" {s}/><path d="M17 13v8 M13 17h8" {s}/>',
    "rename": '<path d="M4 20h4L19 9l-4-4L4 16z" {s}/><path d="M13 7l4 4" {s}/>',
    "properties": '<path d="M4 6h16 M4 12h16 M4 18h16" {s}/><circle cx="9" cy="6" r="2" fill="white" stroke="#2b3a55" stroke-width="1.8"/><circle cx="15" cy="12" r="2" fill="white" stroke="#2b3a55" stroke-width="1.8"/><circle cx="7" cy="18" r="2" fill="white" stroke="#2b3a55" stroke-width="1.8"/>',
    "section": '<path d="M4 5h16v4H4z" fill="{a}" stroke="{a}"/><path d="M4 13h16 M4 18h10" {s}/>',
    "warning": '<path d="M12 3l10 18H2z" fill="#fff4dd" stroke="{w}" stroke-width="1.8" stroke-linejoin="round"/><path d="M12 10v5" stroke="{w}" stroke-width="2" stroke-linecap="round"/><circle cx="12" cy="18" r="1.2" fill="{w}"/>',
    "ok": '<circle cx="12" cy="12" r="9" fill="#e8f5e9" stroke="{o}" stroke-width="1.8"/><path d="M8 12l3 3 5-6" stroke="{o}" fill="none" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
    "error": '<circle cx="12" cy="12" r="9" fill="#fdecea" stroke="{a}" stroke-width="1.8"/><path d="M9 9l6 6 M15 9l-6 6" stroke="{a}" stroke-width="2" stroke-linecap="round"/>',
    "kind-article": '<path d="M5 3h14v18H5z" {s}/><path d="M8 7h8 M8 11h8 M8 15h5" {s}/>',
    "kind-brief": '<path d="M5 7h14v10H5z" {s}/><path d="M8 11h8 M8 14h5" {s}/>',
    "kind-caption": '<path d="M3 6h18v12H3z" {s}/><circle cx="12" cy="12" r="3.5" {s}/><path d="M7 6l1.5-2h7L17 6" {s}/>',
    "kind-section": '<path d="M4 5h16v5H4z" fill="{a}" stroke="{a}"/><path d="M4 14h16 M4 18h12" {s}/>',
    "go-previous": '<path d="M15 5l-7 7 7 7" {s}/>',
    "go-next": '<path d="M9 5l7 7-7 7" {s}/>',
    "zoom-in": '<circle cx="10" cy="10" r="6" {s}/><path d="M15 15l5 5 M7 10h6 M10 7v6" {s}/>',
    "zoom-out": '<circle cx="10" cy="10" r="6" {s}/><path d="M15 15l5 5 M7 10h6" {s}/>',
    "app": '<rect x="2" y="2" width="20" height="20" rx="3" fill="{a}"/><path d="M6 8h12 M6 12h12 M6 16h8" stroke="white" stroke-width="2" stroke-linecap="round"/>',
}


def main() -> None:
    stroke = f'stroke="{INK}" fill="none" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"'
    folder = Path(__file__).resolve().parent
    for name, body in ICONS.items():
        body = body.replace("{s}", stroke).replace("{a}", ACCENT).replace("{w}", WARN).replace("{o}", OK)
        svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24">{body}</svg>\n'
        (folder / f"{name}.svg").write_text(svg, encoding="utf-8")


if __name__ == "__main__":
    main()
