#!/usr/bin/env python3
"""Times programs in turns on one file: ripgrep with the regex for the main
pair forms of scripts/main-forms.re (see scripts/bench-ripgrep.sh),
counting the lines that match (`-c`, which stops reading a line at its
first match) and counting every match (`--count-matches`, which finds each
pair as dualdate finds each mention), printing the matching lines
(ripgrep's default) and every match (`-o`), both to /dev/null, and
counting lines reading the file as dualdate does (`--no-mmap`); ripgrep
counting lines with the two-form regex of the earlier comparisons; then
each given program, round after round, so that a noisy machine's slow and
fast minutes fall on all of them alike. Prints the median wall time of the
rounds and the ratio to ripgrep counting lines with the main forms.

Usage: scripts/bench-turns.py ROUNDS FILE PROGRAM...
(each PROGRAM is run as `PROGRAM FILE`, e.g. target/release/examples/extract_file)
"""
import os
import statistics
import subprocess
import sys
import time

MAIN_FORMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "main-forms.re")
# The regex of the comparisons up to 2026-12-07: 3 of the corpus's 8 forms.
TWO_FORMS = (r"[0-9]{1,2}\s*(\p{L}+\.?\s*)?[(\[]\s*[0-9]{1,2}(\s+\p{L}+\.?)?\s*[)\]]"
             r"|[0-9]{1,2}\s*/\s*[0-9]{1,2}\s+\p{L}+")
BASE = "ripgrep, main forms"


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, path, programs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    rg = ["rg", "--threads", "1"]
    commands = {
        BASE: rg + ["-c", "-f", MAIN_FORMS, path],
        "ripgrep, main forms, every match": rg + ["--count-matches", "-f", MAIN_FORMS, path],
        "ripgrep, main forms, printing the lines": rg + ["-f", MAIN_FORMS, path],
        "ripgrep, main forms, printing every match": rg + ["-o", "-f", MAIN_FORMS, path],
        "ripgrep, main forms, --no-mmap": rg + ["--no-mmap", "-c", "-f", MAIN_FORMS, path],
        "ripgrep, two forms (earlier regex)": rg + ["-c", TWO_FORMS, path],
    }
    for program in programs:
        commands[program] = [program, path]
    times = {name: [] for name in commands}
    # One warm-up round, not counted.
    for turn in range(rounds + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
            if turn:
                times[name].append(time.perf_counter() - start)
    base = statistics.median(times[BASE])
    for name, t in times.items():
        median = statistics.median(t)
        print(f"{name}: median {median * 1000:.1f} ms, min {min(t) * 1000:.1f} ms, {median / base:.2f}× ripgrep main forms -c")


if __name__ == "__main__":
    main()
