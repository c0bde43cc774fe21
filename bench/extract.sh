#!/usr/bin/env bash
# Extraction throughput on one core, with the full gazetteer loaded, and peak
# memory. Input: ../shared/data/news-unlabeled (2,000 real articles), repeated
# to make the run long enough to time.
#   bench/extract.sh [REPEAT]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
repeat=${1:-5}
shared=../shared/data
[ -d "$shared" ] || { echo "skipped: $shared not present" >&2; exit 0; }
cargo build --release -q
bin=${CARGO_TARGET_DIR:-target}/release/rasid
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export RASID_HOME=$work/home
g=$shared/geonames
/usr/bin/time -f "import: %e s, peak RSS %M KiB" "$bin" gazetteer import -q \
  "$g"/{SY,IQ,LB,YE,LY,PS,JO,TR}.txt "$g"/admin1CodesASCII.txt "$g"/admin2Codes.txt
for i in $(seq "$repeat"); do cat "$shared/news-unlabeled/articles.jsonl"; done > "$work/in.jsonl"
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$work/in.jsonl")
articles=$(wc -l < "$work/in.jsonl")
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" "$bin" extract --quiet -j 1 --input "$work/in.jsonl" > "$work/out.jsonl"
end=$(date +%s.%N)
python3 - "$bytes" "$articles" "$start" "$end" "$(cat "$work/rss")" "$(wc -l < "$work/out.jsonl")" <<'PY'
import sys
b, n, s, e, rss, ev = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
t = e - s
print(f"extract (1 thread): {n} articles, {b/1e6:.1f} MB of text in {t:.2f} s "
      f"= {b/1e6/t:.1f} MB/s, {n/t:.0f} articles/s (incl. gazetteer and lexicon load); "
      f"{ev} events; peak RSS {rss/1024:.0f} MiB")
PY
