"""Jianbao 简报 — entry point: the editor or the command line.

python main.py                      open the editor on the bundled sample edition
python main.py FILE.jianbao         open a project in the editor
python main.py --screenshot OUT.png [FILE.jianbao]   render the editor offscreen, save it, exit
python main.py import|export|preflight|search|dump ...   headless work (see --help)

This file is the only place that chooses between the two: `digest/` (the core) offers the
commands and never imports the editor (`ui/`, PySide6).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def _run_editor(argv: Sequence[str]) -> int:
    from digest import __version__, cli
    from digest.cli import PROG, Parser

    parser = Parser(
        prog=PROG,
        description="Open the Jianbao editor, or run a command: "
        f"{', '.join(cli.COMMANDS)} (see {PROG} COMMAND --help).",
    )
    parser.add_argument("file", nargs="?", metavar="FILE.jianbao")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the window offscreen, save it, exit")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    scripted = parser.add_argument_group("scripted runs (tests, benchmarks)")
    scripted.add_argument("--dump-project", metavar="OUT.json", help="write the opened project's JSON, exit")
    scripted.add_argument(
        "--first-paint",
        type=float,
        metavar="T0",
        help='print "first-paint-ms N" since time T0 (epoch s), exit',
    )
    scripted.add_argument("--no-dialogs", action="store_true", help="messages to stderr, default answers")
    args = parser.parse_args(list(argv))
    from ui.app import RunOptions, run

    options = RunOptions(
        screenshot=args.screenshot,
        dump_project=args.dump_project,
        first_paint_since=args.first_paint,
        no_dialogs=args.no_dialogs,
    )
    return run(args.file, options)


def main(argv: Sequence[str] | None = None) -> int:
    """A sub-command goes to the command line; anything else (a file, --screenshot, -h) to the editor."""
    from digest import cli

    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in cli.COMMANDS:
        return cli.main(args)
    return _run_editor(args)


if __name__ == "__main__":
    sys.exit(main())
