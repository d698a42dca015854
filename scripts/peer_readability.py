#!/usr/bin/env python3
"""Peer for score_pages.py (measurement only): readability-lxml on the page on stdin; its article HTML is turned
into text by score_pages.py's own html_to_text, and its title is the page title it reports."""
import json, os, sys, time
sys.path.insert(0, os.environ.get("PAGES", "../shared/eval/webpages"))
from readability import Document
from score_pages import html_to_text

html = sys.stdin.read()
start = time.perf_counter()
document = Document(html)
summary = document.summary(html_partial=True)
title = document.title()
elapsed = time.perf_counter() - start
print(json.dumps({"text": html_to_text(summary), "title": title, "byline": None, "publishedTime": None, "extract_seconds": elapsed}))
