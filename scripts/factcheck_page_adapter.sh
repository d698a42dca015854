#!/bin/sh
# Scoring adapter for ../shared/eval/webpages/score_pages.py (measurement only, not part of the product):
# ingests the page on standard input into a fresh database and prints the stored article as
# {"text", "title", "byline", "publishedTime"}.
# Usage: score_pages.py score --json-peer factcheck 'scripts/factcheck_page_adapter.sh BINARY'
set -eu
binary=${1:-.build/release/factcheck}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/page.html"
FACTCHECK_EDITOR=score "$binary" ingest --db "$work/f.db" --type html "$work/page.html" > /dev/null 2>&1 || { echo '{"text": null}'; exit 0; }
"$binary" article 1 --db "$work/f.db" --format json | python3 -c '
import json, sys
a = json.load(sys.stdin)
print(json.dumps({"text": a["body"], "title": a["title"], "byline": a["author"], "publishedTime": a["published"]}))'
