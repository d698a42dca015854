#!/usr/bin/env python3
"""Generates changed-figures.jsonl, the claim pairs the matcher's figure comparison is measured on.

Deterministic: the same Wikinews articles (../shared/corpus/wikinews, CC-BY 2.5) give the same file.
From every sentence of 8 words or more that holds a figure it makes, in a fixed rotation:
  same       the sentence rewritten without changing a figure: 73% / 73 percent / 73 per cent, 1,000 / 1000,
             reported speech ("According to the report, ...", "..., officials said.")
  changed    one figure changed: its value, its scale (million / billion), or a year
  different  another sentence of the same article with the same number (a hard negative), else with a figure
Reviewed by hand: see LICENSE.txt for what the review changed; UNLABELLABLE lists the pairs left out and why.
Run from the repository root: python3 Tests/FactCheckKitTests/Matching/Fixtures/make_changed_figures.py ../shared/corpus/wikinews
"""
import json, os, re, sys

folder = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/wikinews"
out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "changed-figures.jsonl")
manifest = json.load(open(os.path.join(folder, "MANIFEST.json")))

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# A number that names a thing rather than measures it: "STS-133", "RATAN-600", "Internet Explorer 9", "HTML 5",
# "Article 298" (glued by a hyphen to letters, or after a capitalised word inside the sentence that is not a month).
NAMED = re.compile(r"(?:[A-Za-z]-|(?<=\s)(?!" + MONTH + r"\b|The\b|A\b|An\b)[A-Z][A-Za-z]*\s)$")
DAY = re.compile(r"\b" + MONTH + r"\s$")
NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\w,.]*\w)")
YEAR = re.compile(r"^(19|20)\d\d$")

def sentences(text):
    body = "\n".join(text.split("\n")[3:])  # title and date lines first
    for paragraph in body.split("\n"):
        for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph.strip()):
            s = s.strip()
            if len(s.split()) >= 8 and s[-1:] in ".!?" and NUMBER.search(s) and '"' not in s and "“" not in s:
                yield s

def same_variants(s):
    out = []
    m = re.search(r"(\d+(?:\.\d+)?)\s?(%|percent|per cent)", s)
    if m:
        forms = ["%", " percent", " per cent"]
        current = {"%": 0, "percent": 1, "per cent": 2}[m.group(2)]
        new = forms[(current + 1) % 3]
        out.append(("percent written another way", s[:m.start()] + m.group(1) + new + s[m.end():]))
    m = re.search(r"\b\d{1,3}(,\d{3})+\b", s)
    if m:
        out.append(("thousands without commas", s[:m.start()] + m.group(0).replace(",", "") + s[m.end():]))
    lowered = s[0].lower() + s[1:] if not re.match(r"^[A-Z][a-z]+ [A-Z]|^[A-Z]{2}", s) else s
    out.append(("reported speech", "According to the report, " + lowered))
    out.append(("reported speech", s[:-1] + ", officials said."))
    return out

def changed_value(n, s, m):
    """A different value for the number n at match m of s that still reads as a real figure: a day of a month
    stays a day (1 to 28), an hour before ":30" stays an hour, and the new value is not another figure of s."""
    changed = n + 1 if n < 10 else n + max(2, n // 7)
    if DAY.search(s[:m.start()]) and changed > 28:
        changed = n - 2
    if s[m.end():m.end() + 1] == ":" and changed > 23:
        changed = n - 2
    if str(changed) in NUMBER.findall(s):
        changed = n - 1
    return changed

def changed_variants(s):
    out = []
    m = re.search(r"\b(million|billion)\b", s)
    if m:
        other = "billion" if m.group(1) == "million" else "million"
        out.append(("scale", s[:m.start()] + other + s[m.end():]))
    for m in NUMBER.finditer(s):
        raw = m.group(1)
        if YEAR.match(raw):
            out.append(("year", s[:m.start()] + str(int(raw) - 1) + s[m.end():]))
            break
        value = float(raw.replace(",", ""))
        if value == 0 or NAMED.search(s[:m.start()]):
            continue
        if "." in raw:
            new = f"{value + 1.5:.{len(raw.split('.')[1])}f}"
        else:
            changed = changed_value(int(value), s, m)
            new = f"{changed:,}" if "," in raw else str(changed)
        out.append(("value", s[:m.start()] + new + s[m.end():]))
        break
    return out

pairs = []
for entry in manifest:
    text = open(os.path.join(folder, entry["file"]), encoding="utf-8").read()
    found = list(dict.fromkeys(sentences(text)))
    for i, s in enumerate(found):
        same = same_variants(s)
        kind, variant = same[i % len(same)]
        pairs.append({"label": "same", "variant": kind, "earlier": s, "later": variant, "source": entry["file"]})
        changed = changed_variants(s)
        if changed:
            kind, variant = changed[i % len(changed)]
            pairs.append({"label": "changed", "variant": kind, "earlier": s, "later": variant, "source": entry["file"]})
        numbers = set(NUMBER.findall(s))
        others = [t for t in found if t != s and numbers & set(NUMBER.findall(t))] or [t for t in found if t != s]
        if others:
            pairs.append({"label": "different", "variant": "same number" if numbers & set(NUMBER.findall(others[0])) else "another figure",
                          "earlier": s, "later": others[i % len(others)], "source": entry["file"]})

# Reviewed by hand (every pair read): pairs whose label no rule can get right are left out, each with why.
UNLABELLABLE = [
    ("changed", "As the home of modern day air travel and the 747", "the 747 is an aircraft's name, not a figure"),
    ("changed", "Virgin West Coast Class 390", "a photo caption: its numbers name a train and a platform"),
    ("different", "The Hong Kong legislative election was held on Sunday", "the other sentence states the same turnout: the same claim"),
    ("different", "The first half ended with 0", "the other sentence says the same of a first half, perhaps of another match"),
    ("different", "The match came to end with England winning 2", "the other sentence lists this result among others"),
    ("different", "Today, about 100,000 Greeks worship", "the other sentence gives another estimate of the same number"),
    ("different", "The Greek Orthodox Church estimates that number", "the other sentence gives another estimate of the same number"),
    ("different", "Haddox told us that the size of the hole", "both sentences say the hole is smaller than the 330 feet reported"),
    ("different", "On February 23, the roof of this cavern collapsed", "both sentences say the hole is smaller than the 330 feet reported"),
]
pairs = [p for p in pairs if not any(p["label"] == label and p["earlier"].startswith(start) for label, start, _ in UNLABELLABLE)]

with open(out_path, "w", encoding="utf-8") as f:
    for p in pairs:
        f.write(json.dumps(p, ensure_ascii=False, sort_keys=True) + "\n")
counts = {}
for p in pairs:
    counts[p["label"]] = counts.get(p["label"], 0) + 1
print(out_path, len(pairs), counts)
