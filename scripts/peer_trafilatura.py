#!/usr/bin/env python3
"""Peer for score_pages.py (measurement only): trafilatura on the page on stdin, as JSON with in-process time."""
import json, sys, time
import trafilatura

html = sys.stdin.read()
start = time.perf_counter()
text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False)
meta = trafilatura.extract_metadata(html)
elapsed = time.perf_counter() - start
print(json.dumps({
    "text": text,
    "title": meta.title if meta else None,
    "byline": meta.author if meta else None,
    "publishedTime": meta.date if meta else None,
    "extract_seconds": elapsed,
}))
