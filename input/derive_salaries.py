#!/usr/bin/env python3
"""Derives input/salaries.csv from the ai-jobs.net CC0 export.

Usage: python3 input/derive_salaries.py input/ai-jobs-export/ai-jobs-salaries-2024-07-28.csv > input/salaries.csv

What it does, and why (see input/README.md):
- keeps three role families (titles listed in FAMILIES);
- drops exact duplicate rows (every column equal), keeping the first;
- maps the export's codes to the project's words (EN -> Entry, S -> Small, ...);
- base_salary is the export's own salary_in_usd; the local amount and currency are kept
  beside it for traceability;
- sorts rows so that the file is stable from one derivation to the next.
"""
import csv
import sys

FAMILIES = {
    "SRE & ML Infrastructure": [
        "Site Reliability Engineer", "MLOps Engineer", "Machine Learning Infrastructure Engineer",
        "ML Infrastructure Engineer", "Machine Learning Platform Engineer",
    ],
    "Platform & DevOps": ["DevOps Engineer", "Platform Engineer", "Data Infrastructure Engineer"],
    "Machine Learning Engineering": ["Machine Learning Engineer"],
}
LEVELS = {"EN": "Entry", "MI": "Mid", "SE": "Senior", "EX": "Executive"}
SIZES = {"S": "Small", "M": "Medium", "L": "Large"}
EMPLOYMENT = {"FT": "Full-time", "PT": "Part-time", "CT": "Contract", "FL": "Freelance"}
REGIONS = {
    "North America": "US CA",
    "Europe": "GB DE FR ES PT NL IE IT PL AT BE CH SE DK NO FI CZ GR HU RO UA LT LV EE SI HR RS BG SK LU MT CY BA AD GI JE",
    "Asia-Pacific": "IN JP SG AU NZ CN HK KR TW PH TH VN MY ID PK BD LK",
    "Latin America": "BR MX AR CO CL PE CR UY EC PR DO BO HN SV GT PA",
    "Middle East & Africa": "AE SA IL TR EG ZA NG KE GH MA TN DZ QA IQ IR KW OM LB UG MU AM",
}
REGION_OF = {c: r for r, cs in REGIONS.items() for c in cs.split()}
FAMILY_OF = {t: f for f, ts in FAMILIES.items() for t in ts}

def main(path):
    seen, out = set(), []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = tuple(row.values())
            if key in seen:
                continue
            seen.add(key)
            family = FAMILY_OF.get(row["job_title"])
            if family is None:
                continue
            country = row["employee_residence"]
            out.append([
                family, row["job_title"], LEVELS[row["experience_level"]], country,
                REGION_OF.get(country, "Other"), SIZES[row["company_size"]],
                EMPLOYMENT[row["employment_type"]], row["remote_ratio"],
                row["salary_in_usd"], "USD", row["salary"], row["salary_currency"], row["work_year"],
            ])
    missing = sorted({r[3] for r in out if r[4] == "Other"})
    if missing:
        sys.exit(f"no region for countries {missing}: add them to REGIONS")
    out.sort(key=lambda r: (r[0], r[1], r[12], r[2], r[3], int(r[8])))
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["role_family", "job_title", "level", "country", "region", "company_size",
                "employment_type", "remote_ratio", "base_salary", "currency",
                "local_salary", "local_currency", "year"])
    w.writerows(out)

if __name__ == "__main__":
    main(sys.argv[1])
