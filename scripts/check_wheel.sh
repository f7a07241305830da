#!/bin/sh
# Check the package as a user gets it: build the sdist and, from it, the wheel; install the wheel
# with its dependencies into a fresh virtualenv in a temporary folder; then, from outside the
# checkout and with empty per-user folders, export the sample edition (every font embedded) and
# screenshot the editor. Run after scripts/setup.sh. Prints one line; on failure, the log, exit 1.
set -eu
cd "$(dirname "$0")/.."
ROOT=$(pwd)
PYTHON="${PYTHON:-python3}"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/jianbao-wheel.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
LOG="$WORK/log"

fail() {
    cat "$LOG" >&2
    echo "wheel: FAILED: $1" >&2
    exit 1
}

# The wheel is built from the sdist, so both must hold every file the app opens.
"$ROOT/.venv/bin/python" -m build --outdir "$WORK/dist" "$ROOT" >"$LOG" 2>&1 || fail "python -m build"
WHEEL=$(ls "$WORK"/dist/*.whl)
"$PYTHON" -m venv "$WORK/venv" >"$LOG" 2>&1 || fail "python -m venv"
"$WORK/venv/bin/python" -m pip install -q --disable-pip-version-check "$WHEEL" >"$LOG" 2>&1 \
    || fail "pip install $(basename "$WHEEL")"

mkdir -p "$WORK/run" "$WORK/home"
cd "$WORK/run"
# A user's machine: no checkout on the path, nothing in the per-user folders yet.
run() {
    env -u PYTHONPATH HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/config" \
        XDG_CACHE_HOME="$WORK/home/cache" XDG_DATA_HOME="$WORK/home/data" \
        XDG_STATE_HOME="$WORK/home/state" "$@" >"$LOG" 2>&1
}

run "$WORK/venv/bin/python" -c "
import sys, digest, resources
for module in (digest, resources):
    assert module.__file__.startswith(sys.prefix), module.__file__
" || fail "the installed packages are not the ones imported"

run "$WORK/venv/bin/jianbao" export --sample -o x.pdf || fail "jianbao export --sample -o x.pdf"
[ -s x.pdf ] || fail "jianbao export wrote no x.pdf"
pdffonts x.pdf >"$LOG" 2>&1 || fail "pdffonts x.pdf"
# pdffonts: two header lines, then one row per font; "emb" is the fifth column from the end.
FONTS=$(awk 'NR > 2 { n++; if ($(NF - 4) != "yes") bad++ } END { print (bad ? -1 : n + 0) }' "$LOG")
[ "$FONTS" -gt 0 ] || fail "x.pdf has fonts that are not embedded, or none"
PAGES=$(pdfinfo x.pdf | awk '/^Pages:/ { print $2 }')

# Import uses data files of its own (the labeller's calibration table): a page must split.
cp "$ROOT/tests/fixtures/pages/wujin-page.txt" page.txt
run "$WORK/venv/bin/jianbao" import page.txt --json || fail "jianbao import page.txt --json"
ITEMS=$("$WORK/venv/bin/python" -c "import json; print(len(json.load(open('$LOG'))))" 2>/dev/null || echo 0)
[ "$ITEMS" -gt 0 ] || fail "jianbao import found no items in the sample page"
# The learned labeller's model (digest/ingest/data/labeller.crfsuite) ships and labels the page.
run "$WORK/venv/bin/python" -c "
from digest.ingest.crf import crf_labels
assert any(line.role == 'headline' for line in crf_labels(open('page.txt', encoding='utf-8').read()))
" || fail "the shipped CRF labeller model is missing or does not label the sample page"

run env QT_QPA_PLATFORM=offscreen "$WORK/venv/bin/jianbao" --screenshot x.png \
    || fail "jianbao --screenshot x.png"
# A rendered window is hundreds of KB; an empty or failed grab is a few KB.
SIZE=$(wc -c <x.png 2>/dev/null || echo 0)
[ "$SIZE" -gt 50000 ] || fail "x.png is missing or only $SIZE bytes"
SHAPE=$("$WORK/venv/bin/python" -c "
import struct
head = open('x.png', 'rb').read(24)
assert head[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
print('%dx%d' % struct.unpack('>II', head[16:24]))
") || fail "x.png is not a PNG"

echo "wheel: ok: $(basename "$WHEEL") installed in a fresh venv; outside the checkout" \
    "\`jianbao export --sample\` wrote $PAGES page(s) with $FONTS embedded font(s), \`jianbao import\` $ITEMS item(s)," \
    "\`jianbao --screenshot\` a $SHAPE PNG ($((SIZE / 1024)) KB)"
