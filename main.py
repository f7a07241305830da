"""Jianbao 简报 — entry point.

python main.py                      open the app on the bundled sample edition
python main.py FILE.jianbao         open a project
python main.py import|export|preflight ...   headless work (see --help)
"""

from __future__ import annotations

import sys

from digest.cli import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
