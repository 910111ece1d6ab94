#!/usr/bin/env python3
"""Regenerate gold.jsonl from gold_src.py (the compact hand-written source)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ns = {}
exec(open(os.path.join(HERE, "gold_src.py"), encoding="utf-8").read(), ns)
with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in ns["OUT"]:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(ns["OUT"]), "claims written")
