#!/usr/bin/env bash
# End-to-end speed and memory of `dualdate check` over a generated corpus of
# many files (default 1024 MB of 100 KB files), on 1 and 2 threads, with
# peak memory from /usr/bin/time -v. Also one large single file.
#
# Usage: scripts/bench-check.sh [TOTAL_MB] [FILE_KB] [BIG_FILE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-1024}
kb=${2:-100}
big=${3:-1024}
work=${BENCH_DIR:-$(mktemp -d)}
trap '[ -z "${BENCH_DIR:-}" ] && rm -rf "$work"' EXIT

need=$(( (total + big) * 1100 / 1000 ))
free=$(df -Pm "$work" | awk 'NR==2 {print $4}')
if [ "$free" -lt "$need" ]; then
  echo "skipping: $work has $free MB free, the corpus needs about $need MB" >&2
  exit 0
fi

cargo build --release --quiet --bin dualdate --example corpus
./target/release/examples/corpus dir "$work/corpus" "$total" "$kb"
./target/release/examples/corpus dated "$big" > "$work/big.txt"
files=$(find "$work/corpus" -type f | wc -l)
bytes=$(du -sb "$work/corpus" | cut -f1)
echo "corpus: $files files, $bytes bytes; big file: $(stat -c %s "$work/big.txt") bytes"

run() {
  local label=$1 threads=$2 path=$3
  # Warm the page cache so that the disk is not what is measured.
  find "$path" -type f -exec cat {} + > /dev/null
  /usr/bin/time -v ./target/release/dualdate check --format concise --fail-on never \
    --threads "$threads" "$path" > /dev/null 2> "$work/time.txt" || true
  local secs rss size
  secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$work/time.txt" \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
  size=$(du -sb "$path" | cut -f1)
  awk -v l="$label" -v s="$secs" -v r="$rss" -v b="$size" \
    'BEGIN { printf "%-32s %8.2f s %8.0f MB/s %8.1f MB peak\n", l, s, b/1e6/s, r/1024 }'
}

run "many files, 1 thread" 1 "$work/corpus"
run "many files, 2 threads" 2 "$work/corpus"
run "one ${big} MB file" 1 "$work/big.txt"
