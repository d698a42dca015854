#!/usr/bin/env bash
# A whole fact-checking session on the bundled examples, start to finish.
# Run from the repository root: bash examples/session.sh
set -euo pipefail

export FACTCHECK_DB="${FACTCHECK_DB:-$(mktemp -d)/session.db}"
export FACTCHECK_EDITOR="${FACTCHECK_EDITOR:-desk-editor}"
factcheck() { swift run --quiet factcheck "$@"; }

echo "== ingest the examples"
factcheck ingest examples/articles/

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

echo "== a second verdict: the change-order finding"
orders=$(factcheck claims --search "37 change orders" --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck cite "$orders" --url https://example.org/audits/harbor-bridge-2024 \
  --title "Audit of the Harbor Street Bridge repair contract" --publisher "State Auditor" --stance supports
factcheck mark "$orders" verified --note "Audit p. 7 lists the 37 unbid change orders"

echo "== a week later, the follow-up story: repeated claims are recognised, a changed figure is flagged"
factcheck ingest examples/follow-up/harbor-bridge-update.txt
factcheck claims --checked-before
factcheck claims --changed --format json

echo "== has this been checked already? ask about any text"
factcheck match "Repairs to the Harbor Street Bridge will cost \$219 million, nearly \$55 million more than the council approved in 2021."

echo "== carry the verdict onto the repeated claim (an editor decides; a changed figure is refused)"
repeated=$(factcheck claims --checked-before --search "change orders" --article 4 --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck mark "$repeated" --same-as "$orders" --note "Same audit finding as claim $orders"
changed=$(factcheck claims --changed --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck mark "$changed" --same-as "$id" || echo "(refused, as it should be: the cost changed)"
factcheck show "$repeated"

echo "== published fact-checks: our own ClaimReview export, imported back and searched"
factcheck config set org.name "Millbrook Checks"
factcheck config set org.url https://checks.example.org
factcheck config set review.url "https://checks.example.org/claims/{id}"
reviews="$(dirname "$FACTCHECK_DB")/reviews.jsonld"
factcheck report --format claimreview -o "$reviews"
factcheck import-reviews "$reviews"
factcheck reviews --search "change orders"
