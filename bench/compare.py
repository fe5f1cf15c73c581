"""Side by side: two `bench/run.py --json` results (before and after a change), as Markdown tables.

.venv/bin/python bench/compare.py before.json after.json
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def _rows(result: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {row["name"]: row for part in ("http", "decode", "imports") for row in result[part]}


def _time(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    micro = seconds * 1e6
    if micro >= 100_000:
        return f"{micro / 1000:,.0f} ms"
    return f"{micro / 1000:,.2f} ms" if micro >= 10_000 else f"{micro:,.0f} µs"


def compare(before: dict[str, Any], after: dict[str, Any]) -> str:
    lines = [
        "| row | before | after | after/before | CPU before | CPU after |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    old, new = _rows(before), _rows(after)
    for name, row in new.items():
        if name not in old:
            continue
        was, now = old[name], row
        change = now["median_seconds"] / was["median_seconds"]
        lines.append(
            f"| {name} | {_time(was['median_seconds'])} | {_time(now['median_seconds'])} | {change:.2f} "
            f"| {_time(was.get('cpu_median_seconds'))} | {_time(now.get('cpu_median_seconds'))} |"
        )
    lines += ["", "| ratio | before | after | CPU before | CPU after |", "| --- | ---: | ---: | ---: | ---: |"]
    for name, value in after["ratios"].items():
        if name not in before["ratios"]:
            continue
        cpu_before = before.get("cpu_ratios", {}).get(name)
        cpu_after = after.get("cpu_ratios", {}).get(name)
        cells = [f"{x:.2f}" if x is not None else "–" for x in (before["ratios"][name], value, cpu_before, cpu_after)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines += ["", "| goal | before | after | target | met after |", "| --- | ---: | ---: | ---: | --- |"]
    goals_before = {goal["goal"]: goal for goal in before["goals"]}
    for goal in after["goals"]:
        was = goals_before.get(goal["goal"])
        lines.append(
            f"| {goal['goal']} | {was['value']:.2f} | {goal['value']:.2f} | {goal['op']} {goal['target']:g} "
            f"| {'yes' if goal['met'] else 'NO'} |"
            if was
            else f"| {goal['goal']} | – | {goal['value']:.2f} | {goal['op']} {goal['target']:g} "
            f"| {'yes' if goal['met'] else 'NO'} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args()
    print(compare(json.loads(args.before.read_text()), json.loads(args.after.read_text())))


if __name__ == "__main__":
    main()
