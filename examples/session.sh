#!/usr/bin/env bash
# A whole fact-checking session on the bundled examples, start to finish: from the worklist to a verdict,
# a second editor's review, publication, the public report and a correction.
# Run from the repository root: bash examples/session.sh
# FACTCHECK_BIN=path/to/factcheck runs a built binary instead of `swift run`.
set -euo pipefail

export FACTCHECK_DB="${FACTCHECK_DB:-$(mktemp -d)/session.db}"
export FACTCHECK_EDITOR="${FACTCHECK_EDITOR:-ann}"
out="$(dirname "$FACTCHECK_DB")"
if [ -n "${FACTCHECK_BIN:-}" ]; then
  factcheck() { "$FACTCHECK_BIN" "$@"; }
else
  factcheck() { swift run --quiet factcheck "$@"; }
fi

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

echo "== cite evidence and give a verdict (as $FACTCHECK_EDITOR)"
factcheck cite "$id" --url https://example.org/audits/harbor-bridge-2024 \
  --title "Audit of the Harbor Street Bridge repair contract" --publisher "State Auditor" \
  --quote "Total projected cost: \$212.4 million" --stance supports
factcheck mark "$id" in-review --note "Audit figure matches; checking the 2021 approval"
factcheck mark "$id" verified --note "Audit p. 4 gives \$212.4M; council minutes of 2021 approved \$164M"

# The ferry claim gets a verdict too, which will need a correction after it is published.
ferry=$(factcheck claims --search "1.2 million trips" --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck cite "$ferry" --url https://example.org/transit-board/q1-2024 \
  --title "Lakeshore Transit Board: first-quarter ridership" --publisher "Lakeshore Transit Board" \
  --quote "Ferry trips, January to March: 1.1 million" --stance refutes
factcheck mark "$ferry" false --note "The board's own count is 1.1 million trips, up 80 %, not double"

# And a clinic claim, whose verdict bob gives and ann reviews.
clinic=$(factcheck claims --search "41 days" --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck cite "$clinic" --url https://example.org/health-authority/annual-report-2023 \
  --title "Regional Health Authority annual report 2023" --publisher "Regional Health Authority" \
  --quote "Average wait for a first appointment, rural clinics: 41 days (2013: 43 days)" --stance supports
FACTCHECK_EDITOR=bob factcheck mark "$clinic" verified --note "Table 6 of the authority's report: 41 days, the longest since 2013"

echo "== verdicts waiting for a second pair of eyes"
factcheck claims --review pending

echo "== review: the editor who gave a verdict cannot approve it"
if factcheck review "$id" --approve; then
  echo "unexpected: a verdict was approved by its own editor" >&2
  exit 1
fi
FACTCHECK_EDITOR=bob factcheck review "$id" --approve --note "Checked the audit table and the minutes"
FACTCHECK_EDITOR=bob factcheck review "$ferry" --approve --note "Matches the board's quarterly table"
factcheck review "$clinic" --approve --note "Checked table 6"

echo "== publish: approved verdicts become public, with a date"
factcheck publish "$id"
factcheck publish --article 3
factcheck publish --article 1
factcheck show "$id"

echo "== the public report: what readers see"
factcheck config set org.name "Example Fact Check"
factcheck config set org.url https://factcheck.example.org
factcheck config set review.url "https://factcheck.example.org/checks/{id}"
factcheck report --public --format markdown

echo "== a published verdict changes only with a correction"
if factcheck mark "$ferry" misleading; then
  echo "unexpected: a published verdict changed without a correction" >&2
  exit 1
fi
factcheck mark "$ferry" misleading --note "The board's revised count is 1.2 million trips, up 95 %: close to, but not, double" \
  --correction "The board revised its count to 1.2 million trips, up 95 %; the claim is misleading, not false"

echo "== the public corrections log"
factcheck corrections

echo "== ClaimReview for search engines: published verdicts, dated by publication and correction"
factcheck report --format claimreview

echo "== the public HTML report"
factcheck report --public --format html -o "$out/check.html"

echo "== articles and their progress"
factcheck articles

echo "== a saved web page: the article, its headline, byline and date, without the page around it"
factcheck ingest examples/pages/harbor-ferry-fares.html
page=$(factcheck articles --format json | sed -n 's/.*"id" : \([0-9]*\).*/\1/p' | tail -1)
factcheck article "$page"

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
repeated=$(factcheck claims --checked-before --search "change orders" --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck mark "$repeated" --same-as "$orders" --note "Same audit finding as claim $orders"
changed=$(factcheck claims --changed --limit 1 --format csv | sed -n 2p | cut -d, -f1)
factcheck mark "$changed" --same-as "$id" || echo "(refused, as it should be: the cost changed)"
factcheck show "$repeated"

echo "== published fact-checks: our own ClaimReview export, imported back and searched"
reviews="$out/reviews.jsonld"
factcheck report --format claimreview -o "$reviews"
factcheck import-reviews "$reviews"
factcheck reviews --search "ferry"
