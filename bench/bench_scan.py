"""Scan first (issue #15): bar code decode time and accuracy, OCR time and field accuracy per condition.

    python bench/bench_scan.py                 # 300 bar code frames, 30 licences and 30 ID cards per condition
    python bench/bench_scan.py --quick         # 60 frames, 5 cards per condition (~1.5 min)
    python bench/bench_scan.py --frames 600 --cards 0

Every picture is rendered by tests/scan_samples.py (synthetic, deterministic; see there for the three
conditions: scan, photo, low). Decode time is ``desktop.services.scan.vins_in_image`` on a 1600 x 1200 Pillow
frame already in memory (retries included); OCR time is ``read_driving_licence`` / ``read_id_card`` on a card in
memory, after one warm-up card (the first call loads the models, ~1 s). Field accuracy counts a field right when
its value equals the rendered one exactly. Prints Markdown tables; JSON in bench/out/scan.json.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))

from desktop.services import scan  # noqa: E402
from tests.scan_samples import (  # noqa: E402
    BARCODE_KINDS,
    CONDITIONS,
    ID_CARD_FIELDS,
    LICENCE_FIELDS,
    barcode_samples,
    id_card_sample,
    licence_sample,
)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def bench_barcodes(frames: int, seed: int) -> dict[str, Any]:
    samples = barcode_samples(frames, seed=seed)
    times: list[float] = []
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    tilted: list[int] = [0, 0]
    wrong = 0
    for sample in samples:
        started = time.perf_counter()
        found = scan.vins_in_image(sample.image)
        times.append((time.perf_counter() - started) * 1000)
        ok = found == [sample.vin]
        wrong += any(v != sample.vin for v in found)
        by_kind[sample.kind][0] += ok
        by_kind[sample.kind][1] += 1
        off_axis = min(abs(sample.angle - a) for a in (-180, -90, 0, 90, 180, 270))
        if off_axis > 10:
            tilted[0] += ok
            tilted[1] += 1
    right = sum(v[0] for v in by_kind.values())
    return {
        "frames": len(samples), "right": right, "wrong_vins": wrong,
        "ms_median": statistics.median(times), "ms_p95": pct(times, 0.95), "ms_max": max(times),
        "by_kind": {k: by_kind[k] for k in BARCODE_KINDS if k in by_kind},
        "tilted_over_10_degrees": tilted,
    }


def bench_cards(kind: str, cards: int) -> dict[str, Any]:
    make, read, fields = ((licence_sample, scan.read_driving_licence, LICENCE_FIELDS) if kind == "licence"
                          else (id_card_sample, scan.read_id_card, ID_CARD_FIELDS))
    key = "vin" if kind == "licence" else "id_number"
    read(make(10_000, "scan").image)  # warm-up: the models load on the first call
    out: dict[str, Any] = {}
    for condition in CONDITIONS:
        times: list[float] = []
        right = total = key_right = flagged_wrong = unflagged_wrong = 0
        per_field: dict[str, int] = defaultdict(int)
        for seed in range(cards):
            sample = make(seed, condition)
            started = time.perf_counter()
            result = read(sample.image)
            times.append(time.perf_counter() - started)
            for name in fields:
                total += 1
                if result[name]["value"] == sample.fields[name]:
                    right += 1
                    per_field[name] += 1
                elif result[name]["check"]:
                    flagged_wrong += 1
                else:
                    unflagged_wrong += 1
            key_right += result[key]["value"] == sample.fields[key]
        out[condition] = {
            "cards": cards, "fields_right": right, "fields": total, "key_right": key_right,
            "wrong_but_flagged": flagged_wrong, "wrong_not_flagged": unflagged_wrong,
            "s_median": statistics.median(times) if times else 0.0, "s_p95": pct(times, 0.95) if times else 0.0,
            "per_field": dict(per_field),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--cards", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--quick", action="store_true", help="60 frames, 5 cards per condition")
    args = parser.parse_args(argv)
    if args.quick:
        args.frames, args.cards = 60, 5
    report: dict[str, Any] = {}
    if args.frames:
        bc = report["barcodes"] = bench_barcodes(args.frames, args.seed)
        print("## Bar codes (1600 x 1200 frames)\n")
        print(f"{bc['right']}/{bc['frames']} decoded to the right VIN ({100 * bc['right'] / bc['frames']:.1f} %), "
              f"{bc['wrong_vins']} wrong VINs; tilted > 10°: {bc['tilted_over_10_degrees'][0]}/"
              f"{bc['tilted_over_10_degrees'][1]}\n")
        print("| decode ms | median | p95 | max |\n|---|---|---|---|")
        print(f"| vins_in_image | {bc['ms_median']:.1f} | {bc['ms_p95']:.1f} | {bc['ms_max']:.1f} |\n")
        print("| symbology | right |\n|---|---|")
        for kind, (ok, n) in bc["by_kind"].items():
            print(f"| {kind} | {ok}/{n} |")
        print()
    if args.cards:
        if not scan.ocr_available():
            print('OCR not installed: pip install -e ".[ocr]" (cards skipped)')
        else:
            for kind, key in (("licence", "VIN"), ("id_card", "ID number")):
                res = report[kind] = bench_cards(kind, args.cards)
                print(f"## {kind}: {args.cards} cards per condition\n")
                print(f"| condition | fields right | {key} right | wrong, flagged / not | s per card median | p95 |")
                print("|---|---|---|---|---|---|")
                for condition, r in res.items():
                    print(f"| {condition} | {r['fields_right']}/{r['fields']} "
                          f"({100 * r['fields_right'] / max(1, r['fields']):.1f} %) | {r['key_right']}/{r['cards']} | "
                          f"{r['wrong_but_flagged']} / {r['wrong_not_flagged']} | {r['s_median']:.2f} | "
                          f"{r['s_p95']:.2f} |")
                print()
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    (out / "scan.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
