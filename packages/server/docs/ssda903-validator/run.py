"""Check an SSDA903 folder with Data to Insight's csc-validator-be-903.

Not part of the product: how the return is checked against the DfE's rules
(docs/ssda903.md). The validator is not in this repository; give its
checkout in VALIDATOR (default /tmp/dfe-validator). Its two reference
packages are replaced by the stand-ins beside this file (the demo's and the
generator's 34 postcodes with their real local authorities and approximate
grid references; the authorities they fall in). Needs pandas and numpy
(Debian: python3-pandas python3-numpy python3-brotli python3-msgpack).

  python3 run.py RULESET YEAR THIS_DIR [PREV_DIR] [--alone 359,707] [--dolo-workaround]

RULESET e.g. lac2025_26, YEAR the year the collection ends (2026), as
run-offline does: every CSV of THIS_DIR as "This year", of PREV_DIR as
"Prev year", local authority E09000027. Prints the rows each rule flags and
the children. --alone runs the given rules each on a fresh copy of the data
(rule 365 fills the blank DEC of open episodes in place, so the rules after
it in a full run see every open episode as ended). --dolo-workaround gives
2026/27's 706, 709 and 710 what they read and the validator never makes: an
Episodes PLACEMENT column (the table's column is PLACE) and an empty
DoLo_last (2025/26 returns have no DoLo table).
"""
import argparse, glob, importlib, logging, os, sys

sys.dont_write_bytecode = True  # nothing written into the repository

here = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(here, "stand-ins"), os.environ.get("VALIDATOR", "/tmp/dfe-validator")]
logging.disable(logging.CRITICAL)

import pandas as pd  # noqa: E402
from lac_validator import lac_validator  # noqa: E402
from lac_validator.datastore import copy_datastore, create_datastore  # noqa: E402
from lac_validator.ingress import read_from_text  # noqa: E402
from lac_validator.utils import process_uploaded_files  # noqa: E402

p = argparse.ArgumentParser()
p.add_argument("ruleset")
p.add_argument("year")
p.add_argument("this_dir")
p.add_argument("prev_dir", nargs="?")
p.add_argument("--alone")
p.add_argument("--dolo-workaround", action="store_true")
a = p.parse_args()

files = {"This year": sorted(glob.glob(f"{a.this_dir}/*.csv"))}
if a.prev_dir:
    files["Prev year"] = sorted(glob.glob(f"{a.prev_dir}/*.csv"))
registry = importlib.import_module(f"lac_validator.rules.{a.ruleset}").registry
metadata = {"collectionYear": a.year, "localAuthority": "E09000027"}

if a.alone or a.dolo_workaround:
    dfs, extras = read_from_text(raw_files=process_uploaded_files(files))
    metadata.update(extras)
    ds = create_datastore(dfs, metadata)
    codes = a.alone.split(",") if a.alone else ["700", "701", "702", "703", "704", "705", "706", "707", "708", "709", "710"]
    if a.dolo_workaround:
        ds["Episodes"]["PLACEMENT"] = ds["Episodes"]["PLACE"]
        ds.setdefault("DoLo_last", pd.DataFrame(columns=["CHILD", "DOB", "DOLO_START", "DOLO_END"]))
    for code in codes:
        result = registry[code].func(copy_datastore(ds))
        for table, rows in result.items():
            children = sorted(ds[table].loc[rows, "CHILD"].astype(str)) if rows else []
            print(f"{code} {table}: rows {len(rows)} {children}")
    sys.exit(0)

v = lac_validator.LacValidator(metadata=metadata, files=process_uploaded_files(files), registry=registry)
print("tables:", {t: len(df) for t, df in v.dfs.items()})
print(f"rules run {len(v.dones)}, skipped (tables absent) {len(v.skips)}, crashed {len(v.fails)}: {v.fails}")
flagged = {}
for table, df in v.ds_results.items():
    if not isinstance(df, pd.DataFrame):
        continue
    for col in [c for c in df.columns if str(c).startswith("ERR_")]:
        hit = df[df[col] == True]  # noqa: E712
        if len(hit):
            f = flagged.setdefault(col[4:], {"rows": 0, "children": set()})
            f["rows"] += len(hit)
            f["children"].update(hit["CHILD"].astype(str) if "CHILD" in hit.columns else [])
print(f"rows flagged {sum(f['rows'] for f in flagged.values())}; child-rule failures {sum(len(f['children']) for f in flagged.values())}")
for code, f in sorted(flagged.items(), key=lambda kv: -kv[1]["rows"]):
    print(f"  {code}: rows {f['rows']}, children {len(f['children'])}: {sorted(f['children'])[:10]}")
