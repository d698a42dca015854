#!/usr/bin/env python3
"""Measurement only: trafilatura extract + extract_metadata over /tmp/pages113/*.html in one process."""
import glob, time, trafilatura
files = sorted(glob.glob('/tmp/pages113/*.html'))
pages = [open(f, encoding='utf-8').read() for f in files]
start = time.perf_counter()
for html in pages:
    trafilatura.extract(html, include_comments=False, include_tables=True)
    trafilatura.extract_metadata(html)
print('%d pages %.2f s' % (len(pages), time.perf_counter() - start))
