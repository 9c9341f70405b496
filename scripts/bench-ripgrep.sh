#!/usr/bin/env bash
# Compares extraction with ripgrep on the same generated file, single
# thread, same machine, same run. ripgrep only finds the main pair forms
# with a regex (counting the lines that match, which stops at a line's
# first match, and counting every match; printing the lines, as ripgrep
# does by default, and printing every match); dualdate reads every mention
# fully (both calendars, years, labels). Needs ripgrep and hyperfine
# (apt-get install ripgrep hyperfine).
#
# Usage: scripts/bench-ripgrep.sh [SIZE_MB]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is not installed" >&2; exit 2; }

cargo build --release --examples --quiet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for kind in dated prose; do
  ./target/release/examples/corpus "$kind" "$size" > "$dir/$kind.txt"
done

# The main pair forms ("26 October (8 November)", "8 [21] November",
# "13/26 October"), written two ways: as one would naturally write it, with
# Unicode word boundaries and digits, and tuned for ripgrep's fastest
# engine (ASCII digits, no \b). Both find the same places in this corpus.
natural='\b\d{1,2}\s*(\p{L}+\.?\s*)?[(\[]\s*\d{1,2}(\s+\p{L}+\.?)?\s*[)\]]|\b\d{1,2}\s*/\s*\d{1,2}\s+\p{L}+'
tuned='[0-9]{1,2}\s*(\p{L}+\.?\s*)?[(\[]\s*[0-9]{1,2}(\s+\p{L}+\.?)?\s*[)\]]|[0-9]{1,2}\s*/\s*[0-9]{1,2}\s+\p{L}+'

echo "ripgrep $(rg --version | head -1 | cut -d' ' -f2), $(rustc --version)"
for kind in dated prose; do
  file="$dir/$kind.txt"
  echo
  echo "== $kind corpus, $size MB =="
  echo "ripgrep matches (natural, tuned): $(rg --threads 1 -c "$natural" "$file" || echo 0), $(rg --threads 1 -c "$tuned" "$file" || echo 0)"
  ./target/release/examples/extract_file "$file" 2>/dev/null
  hyperfine --warmup 2 --runs 10 --style basic --ignore-failure \
    -n "ripgrep, natural regex" "rg --threads 1 -c '$natural' $file" \
    -n "ripgrep, tuned regex" "rg --threads 1 -c '$tuned' $file" \
    -n "ripgrep, tuned regex, --no-mmap (reads as dualdate does)" "rg --threads 1 --no-mmap -c '$tuned' $file" \
    -n "ripgrep, tuned regex, every match (--count-matches)" "rg --threads 1 --count-matches '$tuned' $file" \
    -n "ripgrep, tuned regex, printing the lines (default)" "rg --threads 1 '$tuned' $file > /dev/null" \
    -n "ripgrep, tuned regex, printing every match (-o)" "rg --threads 1 -o '$tuned' $file > /dev/null" \
    -n "dualdate extract (reads every mention)" "./target/release/examples/extract_file $file"
done
