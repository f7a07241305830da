"""Run every benchmark in bench/, one after another, each in its own process.

    .venv/bin/python bench/run_all.py            # all of them
    .venv/bin/python bench/run_all.py import ui  # only bench_import.py and bench_ui.py

Each script prints its own figures and targets; this only runs them in turn and says
which failed to run (a benchmark never fails a build: speed is not asserted).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main(names: list[str]) -> int:
    scripts = sorted(BENCH.glob("bench_*.py"))
    if names:
        scripts = [s for s in scripts if s.stem.removeprefix("bench_") in names]
    failed = []
    for script in scripts:
        print(f"== {script.stem.removeprefix('bench_')} ==", flush=True)
        done = subprocess.run([sys.executable, str(script)], cwd=BENCH.parent)
        if done.returncode:
            failed.append(script.name)
        print(flush=True)
    if failed:
        print(f"did not finish: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
