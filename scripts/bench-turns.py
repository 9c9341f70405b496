#!/usr/bin/env python3
"""Times programs in turns on one file: ripgrep with the tuned regex of
scripts/bench-ripgrep.sh, counting the lines that match (`-c`, which stops
reading a line at its first match) and counting every match
(`--count-matches`, which finds each pair as dualdate finds each mention),
printing the matching lines (ripgrep's default) and every match (`-o`),
both to /dev/null, and counting lines reading the file as dualdate does
(`--no-mmap`), then each given program, round after round, so that a
noisy machine's slow and fast minutes fall on all of them alike. Prints
the median wall time of the rounds and the ratio to ripgrep counting
lines.

Usage: scripts/bench-turns.py ROUNDS FILE PROGRAM...
(each PROGRAM is run as `PROGRAM FILE`, e.g. target/release/examples/extract_file)
"""
import statistics
import subprocess
import sys
import time

TUNED = (r"[0-9]{1,2}\s*(\p{L}+\.?\s*)?[(\[]\s*[0-9]{1,2}(\s+\p{L}+\.?)?\s*[)\]]"
         r"|[0-9]{1,2}\s*/\s*[0-9]{1,2}\s+\p{L}+")


def main() -> None:
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    rounds, path, programs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    rg = ["rg", "--threads", "1"]
    commands = {
        "ripgrep, tuned regex": rg + ["-c", TUNED, path],
        "ripgrep, tuned regex, every match": rg + ["--count-matches", TUNED, path],
        "ripgrep, tuned regex, printing the lines": rg + [TUNED, path],
        "ripgrep, tuned regex, printing every match": rg + ["-o", TUNED, path],
        "ripgrep, tuned regex, --no-mmap": rg + ["--no-mmap", "-c", TUNED, path],
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
    base = statistics.median(times["ripgrep, tuned regex"])
    for name, t in times.items():
        median = statistics.median(t)
        print(f"{name}: median {median * 1000:.1f} ms, min {min(t) * 1000:.1f} ms, {median / base:.2f}× ripgrep")


if __name__ == "__main__":
    main()
