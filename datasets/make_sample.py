#!/usr/bin/env python3
"""Rebuilds datasets/allsides-international-sample.jsonl.gz from the AllSides corpus.

Usage: python3 datasets/make_sample.py /path/to/allsides  (the folder with allsides-0[0-7].jsonl.gz)

Deterministic: articles on international affairs (by topic and by mentions of the countries below),
at most 40 per outlet, ordered by a hash of the article ID, 320 in all. Records are copied as they
are (fields unchanged), including their real-world mess (bad dates, mojibake).
"""
import gzip, hashlib, json, os, sys, collections

TOPICS = {"middle_east", "world", "foreign_policy", "russia", "north_korea", "china", "isis", "europe",
          "great_britain", "national_security", "terrorism", "us_military", "defense", "national_defense",
          "state_department"}
COUNTRIES = ("Syria", "Russia", "Iran", "North Korea", "Ukraine", "China", "Israel", "Iraq", "Afghanistan")
N, PER_OUTLET = 320, 40

def main(src):
    cands = []
    for name in sorted(os.listdir(src)):
        if not name.endswith(".jsonl.gz"):
            continue
        with gzip.open(os.path.join(src, name), "rt", encoding="utf-8") as f:
            for line in f:
                o = json.loads(line)
                text = o.get("content_original") or ""
                if o.get("topic") in TOPICS and sum(text.count(c) for c in COUNTRIES) >= 3:
                    key = hashlib.sha256(o["ID"].encode()).hexdigest()
                    cands.append((key, o))
    cands.sort(key=lambda t: t[0])
    per = collections.Counter()
    out = []
    for _, o in cands:
        if per[o["source"]] >= PER_OUTLET:
            continue
        per[o["source"]] += 1
        out.append(o)
        if len(out) == N:
            break
    dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "allsides-international-sample.jsonl.gz")
    with gzip.GzipFile(dest, "wb", mtime=0) as g:
        for o in out:
            g.write((json.dumps(o, ensure_ascii=False) + "\n").encode("utf-8"))
    print(f"{len(out)} articles from {len(per)} outlets -> {dest}")

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/allsides")
