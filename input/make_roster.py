#!/usr/bin/env python3
"""Writes input/roster.csv: a SYNTHETIC roster of 180 employees for the sample.

No row describes a real person. The first nine rows are the hand-written roster the salary
benchmark's positioning was built on; the rest are drawn from a fixed seed so that the file is
the same on every run: levels and base salaries inside the published ranges of
salary-ranges.csv, a sex recorded as f or m (a few as x), a category of worker per
grade of a made-up job architecture, variable pay for some, part-time hours for some, and hours
given as FTE instead of weekly hours for others. Women are placed a little lower in their
ranges and receive variable pay a little less often, so that the pay transparency report has a
gap to show.

    python3 input/make_roster.py > input/roster.csv
"""
import csv
import random
import sys

HAND_WRITTEN = [
    # id, track, level, region, base, sex, category, variable, weekly_hours, fte
    ("E-101", "Individual contributor", "Entry", "US West Coast", 98000, "f", "Engineer I", 0, 40, ""),
    ("E-102", "Individual contributor", "Entry", "US Midwest", 86000, "m", "Engineer I", 0, 40, ""),
    ("E-201", "Individual contributor", "Mid", "US West Coast", 152000, "m", "Engineer II", 9000, 40, ""),
    ("E-202", "Individual contributor", "Mid", "US East Coast", 131000, "f", "Engineer II", 6500, 40, ""),
    ("E-203", "Individual contributor", "Mid", "Remote", 118500, "f", "Engineer II", 0, 32, ""),
    ("E-301", "Individual contributor", "Senior", "US West Coast", 205000, "m", "Senior Engineer", 20500, 40, ""),
    ("E-302", "Individual contributor", "Senior", "US East Coast", 176000, "f", "Senior Engineer", 14000, 40, ""),
    ("E-401", "Individual contributor", "Staff", "US West Coast", 238000, "m", "Staff Engineer", 35700, 40, ""),
    ("E-501", "Management", "Manager", "US East Coast", 190000, "f", "Engineering Manager", 19000, 40, ""),
]

# grade: (track, level, category, range min, range max, headcount, share of women, chance of variable pay)
GRADES = [
    ("Individual contributor", "Entry", "Engineer I", 90000, 120000, 38, 0.42, 0.10),
    ("Individual contributor", "Mid", "Engineer II", 120000, 160000, 52, 0.36, 0.35),
    ("Individual contributor", "Senior", "Senior Engineer", 150000, 200000, 43, 0.30, 0.60),
    ("Individual contributor", "Staff", "Staff Engineer", 180000, 250000, 19, 0.21, 0.75),
    ("Management", "Manager", "Engineering Manager", 160000, 240000, 19, 0.37, 0.85),
]
REGIONS = ["US West Coast", "US East Coast", "US Midwest", "Remote"]


def main():
    rnd = random.Random(2026)
    out = csv.writer(sys.stdout, lineterminator="\n")
    out.writerow(["employee_id", "track", "level", "region", "base_salary", "currency", "sex", "category",
                  "variable_pay", "weekly_hours", "fte", "period"])
    for e in HAND_WRITTEN:
        out.writerow([e[0], e[1], e[2], e[3], e[4], "USD", e[5], e[6], e[7], e[8], e[9], "2026"])
    number = 1000
    for track, level, category, low, high, count, women, variable in GRADES:
        for _ in range(count):
            number += 1
            roll = rnd.random()
            sex = "f" if roll < women else "m"
            if rnd.random() < 0.015:
                sex = "x"
            position = rnd.betavariate(2.2, 2.4) if sex == "f" else rnd.betavariate(2.6, 2.2)
            base = round((low + (high - low) * position) / 500) * 500
            chance = variable * (0.85 if sex == "f" else 1.0)
            bonus = round(base * rnd.uniform(0.05, 0.15) / 100) * 100 if rnd.random() < chance else 0
            part_time = rnd.random() < (0.12 if sex == "f" else 0.04)
            hours = rnd.choice([20, 24, 30, 32]) if part_time else 40
            if part_time:
                base = round(base * hours / 40 / 500) * 500
                bonus = round(bonus * hours / 40 / 100) * 100
            as_fte = rnd.random() < 0.2
            out.writerow([f"E-{number}", track, level, rnd.choice(REGIONS), base, "USD", sex, category,
                          bonus, "" if as_fte else hours, round(hours / 40, 2) if as_fte else "", "2026"])


if __name__ == "__main__":
    main()
