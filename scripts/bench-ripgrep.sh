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
for kind in dated prose forms; do
  ./target/release/examples/corpus "$kind" "$size" > "$dir/$kind.txt"
done

# The regex for the main pair forms is scripts/main-forms.re, one
# alternative to a line, tuned for ripgrep's fastest engine: ASCII digits,
# no \b, and every alternative starting with a day's digits. Its lines:
# "26 October (8 November)", "8 [21] November", "7 November [O.S. 25
# October]", "20 January [2 February N.S.]"; "13/26 October", "1./14.
# Februar", "October 13/26, 1917"; "31 January/13 February"; "October 26
# (November 8)"; "(26 October) [8 November]"; "26.X/8.XI", "26.10 (8.11)";
# "5(17).III"; "15 November 1917 (2 November in Julian calendar)".
# The same regex as one would naturally write it, with Unicode digits and
# word boundaries, is derived from it.
main_forms=scripts/main-forms.re
natural="$dir/natural.re"
sed 's/\[0-9\]/\\d/g; s/^/\\b/' "$main_forms" > "$natural"
# The regex the comparisons used up to 2026-12-07: only "26 October (8
# November)", "8 [21] November" and "13/26 October", 3 of the corpus's 8
# forms. Kept to compare with earlier figures.
two_forms='[0-9]{1,2}\s*(\p{L}+\.?\s*)?[(\[]\s*[0-9]{1,2}(\s+\p{L}+\.?)?\s*[)\]]|[0-9]{1,2}\s*/\s*[0-9]{1,2}\s+\p{L}+'

# The regex must find every form the corpus writes, in every language.
forms="$dir/forms.txt"
lines=$(wc -l < "$forms")
found=$(rg --threads 1 -c -f "$main_forms" "$forms" || echo 0)
if [ "$found" != "$lines" ]; then
  echo "scripts/main-forms.re finds $found of the $lines written forms; it misses:" >&2
  rg --threads 1 -v -f "$main_forms" "$forms" | head >&2
  exit 1
fi
echo "the main-forms regex finds all $lines written forms of the corpus; the two-form regex finds $(rg --threads 1 -c "$two_forms" "$forms" || echo 0)"

echo "ripgrep $(rg --version | head -1 | cut -d' ' -f2), $(rustc --version)"
for kind in dated prose; do
  file="$dir/$kind.txt"
  echo
  echo "== $kind corpus, $size MB =="
  echo "lines ripgrep finds (main forms, natural, two forms): $(rg --threads 1 -c -f "$main_forms" "$file" || echo 0), $(rg --threads 1 -c -f "$natural" "$file" || echo 0), $(rg --threads 1 -c "$two_forms" "$file" || echo 0)"
  ./target/release/examples/extract_file "$file" 2>/dev/null
  hyperfine --warmup 2 --runs 10 --style basic --ignore-failure \
    -n "ripgrep, main forms" "rg --threads 1 -c -f $main_forms $file" \
    -n "ripgrep, main forms, natural regex" "rg --threads 1 -c -f $natural $file" \
    -n "ripgrep, main forms, --no-mmap (reads as dualdate does)" "rg --threads 1 --no-mmap -c -f $main_forms $file" \
    -n "ripgrep, main forms, every match (--count-matches)" "rg --threads 1 --count-matches -f $main_forms $file" \
    -n "ripgrep, main forms, printing the lines (default)" "rg --threads 1 -f $main_forms $file > /dev/null" \
    -n "ripgrep, main forms, printing every match (-o)" "rg --threads 1 -o -f $main_forms $file > /dev/null" \
    -n "ripgrep, two forms (the earlier regex)" "rg --threads 1 -c '$two_forms' $file" \
    -n "dualdate extract (reads every mention)" "./target/release/examples/extract_file $file"
done
