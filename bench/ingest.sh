#!/usr/bin/env bash
# Ingest throughput (extraction + storage + clustering) and database size.
# Input: the dev set (../shared/data/news-dev, 30 articles) repeated to N
# articles (default 100,000), each copy with its own id, its dates shifted by
# 3 days per copy and a marker line so that no copy is a duplicate of another.
#   bench/ingest.sh [N] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
threads=${2:-}
shared=../shared/data
dev=$shared/news-dev/articles.jsonl
[ -f "$dev" ] || { echo "skipped: $dev not present" >&2; exit 0; }
cargo build --release -q -p rasid
bin=${CARGO_TARGET_DIR:-target}/release/rasid
work=$(mktemp -d "${TMPDIR:-/tmp}/rasid-bench.XXXXXX"); trap 'rm -rf "$work"' EXIT
export RASID_HOME=$work/home
g=$shared/geonames
"$bin" gazetteer import --quiet \
  "$g"/{SY,IQ,LB,YE,LY,PS,JO,TR}.txt "$g"/admin1CodesASCII.txt "$g"/admin2Codes.txt
python3 - "$dev" "$n" > "$work/in.jsonl" <<'PY'
import datetime, json, sys
src = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
n = int(sys.argv[2])
def shift(d, days):
    if not d:
        return d
    day = datetime.date.fromisoformat(d[:10]) + datetime.timedelta(days=days)
    return day.isoformat() + d[10:]
out = sys.stdout
for i in range(n):
    copy, a = divmod(i, len(src))
    a = dict(src[a])
    a["id"] = f"bench{copy:05d}-{a['id']}"
    a["published"] = shift(a.get("published"), 3 * copy)
    a["text"] = a["text"] + f"\n(bench copy {copy})"
    out.write(json.dumps(a, ensure_ascii=False) + "\n")
PY
echo "input: $(wc -l < "$work/in.jsonl") articles, $(du -h "$work/in.jsonl" | cut -f1)"
args=(ingest --quiet "$work/in.jsonl")
[ -n "$threads" ] && args+=(-j "$threads")
start=$(date +%s.%N)
/usr/bin/time -f "%M" -o "$work/rss" "$bin" "${args[@]}" || true
end=$(date +%s.%N)
db=$RASID_HOME/rasid.db
"$bin" query --quiet --clustered --format jsonl > "$work/clusters.jsonl"
python3 - "$n" "$start" "$end" "$(cat "$work/rss")" "$db" "$work/clusters.jsonl" <<'PY'
import os, sqlite3, sys
n, s, e, rss, db, clusters = int(sys.argv[1]), float(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
t = e - s
size = sum(os.path.getsize(p) for p in (db, db + "-wal") if os.path.exists(p))
c = sqlite3.connect(db)
arts, = c.execute("select count(*) from articles").fetchone()
evs, = c.execute("select count(*) from events").fetchone()
cl, multi = c.execute("select count(*), sum(source_count > 1) from clusters").fetchone()
print(f"ingest: {arts} articles in {t:.1f} s = {arts/t:.0f} articles/s "
      f"(extraction, storage, full-text index, clustering); {evs} events, {cl} clusters "
      f"({multi or 0} multi-source); database {size/2**20:.0f} MiB "
      f"({size/max(arts,1)/1024:.1f} KiB/article); peak RSS {rss/1024:.0f} MiB")
PY
