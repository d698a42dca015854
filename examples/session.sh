#!/usr/bin/env bash
# A whole fact-checking session on the bundled examples, start to finish.
# Run from the repository root: bash examples/session.sh
set -euo pipefail

export FACTCHECK_DB="${FACTCHECK_DB:-$(mktemp -d)/session.db}"
export FACTCHECK_EDITOR="${FACTCHECK_EDITOR:-desk-editor}"
factcheck() { swift run --quiet factcheck "$@"; }

echo "== ingest the examples"
factcheck ingest examples/articles/

echo "== a saved web page: the article, its headline, byline and date, without the page around it"
factcheck ingest examples/pages/harbor-ferry-fares.html
page=$(factcheck articles --format json | sed -n 's/.*"id" : \([0-9]*\).*/\1/p' | tail -1)
factcheck article "$page"

echo "== the worklist: unverified claims, most check-worthy first"
factcheck claims --status unverified --limit 10

echo "== search the claims"
factcheck claims --search "steel prices"

# Pick the bridge-cost claim to work on: the first match of a full-text search.
id=$(factcheck claims --search "212 million" --limit 1 --format csv | sed -n 2p | cut -d, -f1)

echo "== look at claim $id in context"
factcheck show "$id"

echo "== cite evidence and give a verdict"
factcheck cite "$id" --url https://example.org/audits/harbor-bridge-2024 \
  --title "Audit of the Harbor Street Bridge repair contract" --publisher "State Auditor" \
  --quote "Total projected cost: \$212.4 million" --stance supports
factcheck mark "$id" in-review --note "Audit figure matches; checking the 2021 approval"
factcheck mark "$id" verified --note "Audit p. 4 gives \$212.4M; council minutes of 2021 approved \$164M"

echo "== claim $id now"
factcheck show "$id"

echo "== articles and their progress"
factcheck articles

echo "== a report"
factcheck report --format markdown --status verified
