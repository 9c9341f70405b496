#!/usr/bin/env bash
# Linear work, counted rather than timed: the instructions that
# `examples/extract_file` (which reads a file in 64 KB blocks as `dualdate
# check` does) executes on every benchmark input at 1, 2, 4, 8 and 16 MB,
# from valgrind's callgrind. The count does not depend on what else the
# machine is doing or on caches, so the doubling ratios show the algorithm
# alone (2.00 is linear; a quadratic path would approach 4).
#
# Usage: scripts/bench-linear.sh          (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind > /dev/null || { echo "skipping: valgrind is not installed" >&2; exit 0; }
cargo build --release --quiet --example corpus --example extract_file
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
inputs=(dated prose_no_dates adversarial_open_parens adversarial_date_then_paren
  adversarial_month_names adversarial_digits adversarial_combining
  adversarial_one_line adversarial_crlf)
printf '| input | instructions per byte at 1, 2, 4, 8, 16 MB | worst doubling |\n|---|---|---:|\n'
for input in "${inputs[@]}"; do
  per_byte=() counts=()
  for mb in 1 2 4 8 16; do
    ./target/release/examples/corpus "$input" "$mb" > "$work/in.txt"
    bytes=$(stat -c %s "$work/in.txt")
    n=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null \
      ./target/release/examples/extract_file "$work/in.txt" 2>&1 \
      | sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    counts+=("$n")
    per_byte+=("$(awk -v n="$n" -v b="$bytes" 'BEGIN { printf "%.2f", n / b }')")
  done
  worst=$(printf '%s\n' "${counts[@]}" | awk 'NR > 1 { r = $1 / prev; if (r > w) w = r } { prev = $1 } END { printf "%.2f", w }')
  echo "| $input | ${per_byte[*]} | $worst |"
done
