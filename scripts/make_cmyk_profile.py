"""Rebuild resources/icc/JianbaoCoatedFOGRA39.icc, the CMYK output profile PDF/X exports embed.

No freely licensed CMYK *output* profile is packaged by Debian or PyPI (Ghostscript's
default_cmyk.icc is AGPL-3; colord-data and icc-profiles-free hold only RGB/grey/Lab profiles).
So the profile is made here: a printer model of offset on coated paper, aimed at the ISO 12647-2
(FOGRA39) print condition, is sampled on a CMYK grid, and ArgyllCMS's `colprof` fits an ICC
profile to those samples. The samples are ours (CC0); Argyll's licence does not reach the
profiles it makes.

The model: the nine solid colours (paper, C, M, Y, K, the overprints R, G, B and CMY) at the
ISO 12647-2 colorimetric aims, the other seven Neugebauer primaries (anything with K) as the
colour primary darkened by black, a tone value increase curve per ink (about 14 % at 50 % for
CMY, 17 % for K, as in the standard's curves A/B), Demichel weights and a Yule-Nielsen factor
of 2. It is an approximation of FOGRA39, good enough for the profile's job in a PDF/X file (the
print condition the CMYK values are meant for); it is not FOGRA's characterisation data.

Needs `apt-get install argyll`. Run: .venv/bin/python scripts/make_cmyk_profile.py
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "icc" / "JianbaoCoatedFOGRA39.icc"
DESCRIPTION = "Jianbao Coated FOGRA39 approximation (ISO 12647-2)"
COPYRIGHT = "No copyright, use freely (CC0 1.0). Made by Jianbao scripts/make_cmyk_profile.py"

# ISO 12647-2:2004/Amd 1:2007 paper type 1/2 aims (CIELAB, D50, 2 deg, black backing), rounded.
SOLIDS_LAB: dict[str, tuple[float, float, float]] = {
    "": (95.0, 0.0, -2.0),
    "C": (55.0, -37.0, -50.0),
    "M": (48.0, 74.0, -3.0),
    "Y": (89.0, -5.0, 93.0),
    "K": (16.0, 0.0, 0.0),
    "MY": (47.0, 68.0, 48.0),
    "CY": (50.0, -65.0, 27.0),
    "CM": (24.0, 22.0, -46.0),
    "CMY": (23.0, 0.0, 0.0),
}
TVI_50 = {"C": 0.14, "M": 0.14, "Y": 0.14, "K": 0.17}
YULE_NIELSEN = 2.0
K_OVERPRINT = 0.3  # how much of the colour under black still shows (reflectance exponent)
WHITE_D50 = (0.9642, 1.0, 0.8249)


def lab_to_xyz(lab: tuple[float, float, float]) -> tuple[float, float, float]:
    L, a, b = lab
    fy = (L + 16) / 116
    fx, fz = fy + a / 500, fy - b / 200

    def f_inv(t: float) -> float:
        return t**3 if t > 6 / 29 else 3 * (6 / 29) ** 2 * (t - 4 / 29)

    return tuple(w * f_inv(t) for w, t in zip(WHITE_D50, (fx, fy, fz), strict=True))  # type: ignore[return-value]


def xyz_to_lab(xyz: tuple[float, float, float]) -> tuple[float, float, float]:
    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = (f(v / w) for v, w in zip(xyz, WHITE_D50, strict=True))
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def primaries() -> dict[str, tuple[float, float, float]]:
    """XYZ of the 16 Neugebauer primaries, keyed by the inks present ("" = paper)."""
    xyz = {key: lab_to_xyz(lab) for key, lab in SOLIDS_LAB.items()}
    paper, black = xyz[""], xyz["K"]
    for key in ("C", "M", "Y", "MY", "CY", "CM", "CMY"):
        xyz[key + "K"] = tuple(
            k * (v / p) ** K_OVERPRINT for k, v, p in zip(black, xyz[key], paper, strict=True)
        )  # type: ignore[assignment]
    return xyz


def effective(ink: str, value: float) -> float:
    """Printed coverage for a nominal one: a parabolic tone value increase peaking at 50 %."""
    return min(1.0, value + TVI_50[ink] * 4 * value * (1 - value))


def sample_xyz(cmyk: tuple[float, float, float, float], prim: dict[str, tuple[float, float, float]]):
    cover = [effective(ink, v) for ink, v in zip("CMYK", cmyk, strict=True)]
    total = [0.0, 0.0, 0.0]
    for present in itertools.product((0, 1), repeat=4):
        weight = 1.0
        for on, a in zip(present, cover, strict=True):
            weight *= a if on else 1 - a
        key = "".join(ink for ink, on in zip("CMYK", present, strict=True) if on)
        for i in range(3):
            total[i] += weight * prim[key][i] ** (1 / YULE_NIELSEN)
    return tuple(t**YULE_NIELSEN for t in total)


def ti3_text() -> str:
    prim = primaries()
    levels = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0]
    k_levels = [0, 0.2, 0.4, 0.6, 0.8, 1.0]
    cm_levels = [*levels[::2], 0.1, 0.3]
    rows = list(itertools.product(cm_levels, cm_levels, levels[::2], k_levels))
    for v in levels:  # single-ink ramps for the tone curves
        for ink in range(4):
            cmyk = [0.0] * 4
            cmyk[ink] = v
            rows.append(tuple(cmyk))
        rows.append((v, v, v, 0.0))
    rows = sorted(set(rows))
    lines = [
        "CTI3",
        "",
        'DESCRIPTOR "Jianbao model of offset on coated paper (FOGRA39 aims)"',
        'ORIGINATOR "scripts/make_cmyk_profile.py"',
        'KEYWORD "DEVICE_CLASS"',
        'DEVICE_CLASS "OUTPUT"',
        'KEYWORD "COLOR_REP"',
        'COLOR_REP "CMYK_LAB"',
        'KEYWORD "TOTAL_INK_LIMIT"',
        'TOTAL_INK_LIMIT "330.0"',
        "",
        "NUMBER_OF_FIELDS 8",
        "BEGIN_DATA_FORMAT",
        "SAMPLE_ID CMYK_C CMYK_M CMYK_Y CMYK_K LAB_L LAB_A LAB_B",
        "END_DATA_FORMAT",
        "",
        f"NUMBER_OF_SETS {len(rows)}",
        "BEGIN_DATA",
    ]
    for n, cmyk in enumerate(rows, 1):
        L, a, b = xyz_to_lab(sample_xyz(cmyk, prim))
        values = " ".join(f"{100 * v:.2f}" for v in cmyk)
        lines.append(f"{n} {values} {L:.3f} {a:.3f} {b:.3f}")
    lines.append("END_DATA")
    return "\n".join(lines) + "\n"


def main() -> int:
    colprof = shutil.which("colprof")
    if colprof is None:
        print("make_cmyk_profile: needs ArgyllCMS's colprof (apt-get install argyll)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "jianbao_cmyk"
        base.with_suffix(".ti3").write_text(ti3_text(), encoding="ascii")
        subprocess.run(
            [
                colprof, "-qm", "-nc", "-kr", "-l", "330", "-L", "100",
                "-A", "Jianbao", "-M", "Offset, coated paper", "-D", DESCRIPTION, "-C", COPYRIGHT,
                str(base),
            ],
            check=True,
        )  # fmt: skip
        TARGET.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(base.with_suffix(".icc"), TARGET)
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
