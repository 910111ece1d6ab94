#!/usr/bin/env python3
"""heldout23: check gold.jsonl (copied from heldout12/verify_gold.py; changes besides this note: the word-number parser
also knows the tens ("sixty thousand"), queue lengths in metres ("about 400 metres" -> 0.4 km), the bound word
"exceeded", and a leading "from" in ranges ("from 500,000 to 1m"); paths are relative to this folder, documents are
named h23_*).

Check gold.jsonl against docs/ and docs.jsonl.

- every quote occurs verbatim in its document (and prints its character offset)
- every `text` occurs inside its quote
- field names, enums, date formats, bounds vs qualifier are consistent
- `low`/`high` agree with the figure written in `text` (numeric figures only)
- optional: --uncovered lists number tokens in each doc's visible text that no gold text covers
"""
import json, re, sys, os, html

HERE = os.path.dirname(os.path.abspath(__file__))
FIELDS = ["doc", "text", "quote", "measure", "unit", "per", "low", "high", "qualifier", "origin",
          "destination", "place", "population", "from", "to", "source"]
MEASURES = {"departures", "arrivals", "residents", "asylum", "returns", "mobilized", "queue"}
UNITS = {"people", "vehicles", "km", "hours"}
PERS = {None, "day", "week", "month", "year"}
QUALS = {"exact", "approx", "at_least", "at_most", "nearly", "range", "order"}
POPS = {"general", "men", "it_workers", "journalists", "millionaires", "pregnant_women", "reservists", "other"}
GROUPS = {"EU", "SCHENGEN", "BALTICS", "CENTRAL_ASIA", "CAUCASUS", "LATIN_AMERICA", "NORTH_AMERICA"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ORDERS = {"thousands": (1000, 9999), "tens of thousands": (10000, 99999),
          "hundreds of thousands": (100000, 999999), "millions": (1000000, 9999999),
          "tens of kilometres": (10, 99), "tens of kilometers": (10, 99), "tens of hours": (10, 99),
          "hundreds of kilometres": (100, 999)}
WORDNUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "a": 1, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
           "seventy": 70, "eighty": 80, "ninety": 90}
SCALE = {"million": 1e6, "m": 1e6, "k": 1e3, "thousand": 1e3, "lakh": 1e5, "hundred": 1e2}


def parse_num(tok):
    """'12 500' / '1,17 million' / '90k' / '4.5m' / 'two' -> float, or None."""
    tok = tok.strip().lower()
    if tok in ("half a million",):
        return 500000.0
    if tok in ("a quarter of a million",):
        return 250000.0
    if tok in ("three-quarters of a million", "three quarters of a million"):
        return 750000.0
    m = re.match(r"^(\d[\d,. ]*?)\s*(million|m|k|thousand|lakh)?$", tok)
    if m:
        num, scale = m.group(1).strip(), m.group(2)
        if scale:
            num = num.replace(" ", "")
            if re.match(r"^\d+,\d{1,2}$", num):      # decimal comma before a scale word
                num = num.replace(",", ".")
            num = num.replace(",", "")
            return float(num) * SCALE[scale]
        num = num.replace(" ", "").replace(",", "")
        if re.match(r"^\d{1,3}(\.\d{3})+$", num):     # dot(s) as thousands separator
            num = num.replace(".", "")
        return float(num)
    m = re.match(r"^(one|two|three|four|five|six|seven|eight|nine|ten|a|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(million|thousand|hundred)$", tok)
    if m:
        return WORDNUM[m.group(1)] * SCALE[m.group(2)]
    if tok in WORDNUM and tok != "a":
        return float(WORDNUM[tok])
    return None


QWORDS = r"(?:exceeded|no fewer than|an estimated|close to|as many as|as long as|just under|no more than|more than|just over|well over|over|at least|up to|as many as|nearly|almost|close to|about|around|roughly|approximately|some|an estimated|fewer than|less than|top)"


def expected_bounds(g):
    t = g["text"].lower()
    t = re.sub(r"^(between\s+|from\s+)", "", t)
    for k, (lo, hi) in ORDERS.items():
        if t == k:
            return (lo, hi)
    core = re.sub(r"^" + QWORDS + r"\s+", "", t)
    miles = bool(re.search(r"\s+miles?$", core))
    metres = bool(re.search(r"\s+(metres|meters|m)$", core)) and g["unit"] == "km"
    core = re.sub(r"\s*(kilometres|km|hours|miles?|metres|meters)$", "", core)
    rng = re.split(r"\s*(?:-|\bto\b|\band\b)\s*", core)
    if len(rng) == 2 and g["qualifier"] == "range":
        a, b = parse_num(rng[0]), parse_num(rng[1])
        return (a, b)
    v = parse_num(core)
    if v is None:
        return None
    if miles:
        v = round(v * 1.609, 1)
    if metres:
        v = v / 1000
    q = g["qualifier"]
    if q in ("exact", "approx"):
        return (v, v)
    if q == "at_least":
        return (v, None)
    if q in ("at_most", "nearly"):
        return (None, v)
    return None


def load_docs():
    meta = [json.loads(l) for l in open(os.path.join(HERE, "docs.jsonl"), encoding="utf-8")]
    texts = {}
    for m in meta:
        with open(os.path.join(HERE, "docs", m["doc"]), encoding="utf-8") as f:
            texts[m["doc"]] = f.read()
    return meta, texts


def visible(raw, name):
    if not name.endswith(".html"):
        return raw
    s = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def main():
    meta, texts = load_docs()
    errors = 0
    gold = [json.loads(l) for l in open(os.path.join(HERE, "gold.jsonl"), encoding="utf-8")]
    seen = set()
    for i, g in enumerate(gold, 1):
        def err(msg):
            nonlocal errors
            errors += 1
            print(f"line {i} [{g.get('doc')} | {g.get('text')}]: {msg}")
        if list(g.keys()) != FIELDS:
            err(f"fields {list(g.keys())}")
            continue
        doc = texts.get(g["doc"])
        if doc is None:
            err("doc not in docs.jsonl")
            continue
        pos = doc.find(g["quote"])
        if pos < 0:
            err("quote not found verbatim")
        elif g["doc"].endswith(".html") and ("<" in g["quote"] or "&" in g["quote"]):
            err("quote contains markup")
        if g["text"] not in g["quote"]:
            err("text not inside quote")
        if g["doc"].endswith(".html") and pos >= 0 and g["quote"] not in visible(doc, g["doc"]):
            err("quote not in visible text")
        key = (g["doc"], g["text"], g["quote"], g["measure"], g["origin"], g["destination"])
        if key in seen:
            err("duplicate claim")
        seen.add(key)
        if g["measure"] not in MEASURES: err("measure")
        if g["unit"] not in UNITS: err("unit")
        if g["per"] not in PERS: err("per")
        if g["qualifier"] not in QUALS: err("qualifier")
        if g["population"] not in POPS: err("population")
        if not re.match(r"^[A-Z]{2}$", g["origin"] or ""): err("origin")
        d = g["destination"]
        if d is not None and not (re.match(r"^[A-Z]{2}$", d) or d in GROUPS): err("destination")
        if d is not None and g["measure"] == "departures": err("departures with destination")
        if d is None and g["measure"] in ("arrivals", "residents", "asylum", "queue"): err("needs destination")
        if (g["unit"] == "people") == (g["measure"] == "queue" and g["unit"] != "people"): pass
        if g["measure"] != "queue" and g["unit"] != "people": err("non-people unit outside queue")
        for k in ("from", "to"):
            if g[k] is not None and not DATE.match(g[k]): err(f"{k} date format")
        if g["from"] and g["to"] and g["from"][:len(g["to"])] > g["to"][:len(g["from"])]: err("from after to")
        if g["measure"] == "queue" and g["from"] is not None: err("queue with from")
        lo, hi, q = g["low"], g["high"], g["qualifier"]
        if q in ("exact", "approx") and (lo is None or lo != hi): err("exact/approx needs low==high")
        if q == "at_least" and (lo is None or hi is not None): err("at_least bounds")
        if q in ("at_most", "nearly") and (lo is not None or hi is None): err("at_most/nearly bounds")
        if q in ("range", "order") and (lo is None or hi is None or lo >= hi): err("range/order bounds")
        exp = expected_bounds(g)
        if exp is None:
            err("could not parse text to check bounds (check by hand)")
        elif g["unit"] == "hours" and "day" in g["text"]:
            pass
        else:
            def close(a, b):
                return (a is None and b is None) or (a is not None and b is not None and abs(a - b) <= 0.005 * max(abs(b), 1e-9))
            if not (close(lo, exp[0]) and close(hi, exp[1])):
                err(f"bounds {lo},{hi} != parsed {exp}")
    pubs = {m["doc"]: m["published"] for m in meta}
    for g in gold:
        p = pubs[g["doc"]]
        for k in ("from", "to"):
            if g[k] and p and g[k][:len(p)] > p: print(f"warning: {g['doc']} {g['text']} {k}={g[k]} after publication {p}")
    counts = {}
    for g in gold:
        counts[g["doc"]] = counts.get(g["doc"], 0) + 1
    for m in meta:
        print(f"{counts.get(m['doc'], 0):3d}  {m['doc']}")
        if not counts.get(m["doc"]):
            errors += 1
            print(f"   error: no claims for {m['doc']}")
    for m in meta:
        n = len(re.sub(r"\s+", " ", visible(texts[m["doc"]], m["doc"])).strip())
        print(f"     {m['doc']}: {n} visible characters (whitespace collapsed)")
        if not 1800 <= n <= 4000:
            print(f"warning: {m['doc']} has {n} visible characters")
    print(f"{len(gold)} claims in {len(meta)} docs; {errors} errors")

    if "--uncovered" in sys.argv:
        for m in meta:
            vis = visible(texts[m["doc"]], m["doc"])
            texts_in = [g["text"] for g in gold if g["doc"] == m["doc"]]
            print("\n==", m["doc"])
            for mm in re.finditer(r"\d[\d,.]*(?: \d{3})*", vis):
                tok = mm.group(0).rstrip(".,")
                if not any(tok in t for t in texts_in):
                    ctx = vis[max(0, mm.start() - 40): mm.end() + 30].replace("\n", " ")
                    print(f"   {tok:>12}  ...{ctx}...")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
