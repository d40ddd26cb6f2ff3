#!/usr/bin/python3
"""Speed benchmark peer: readability-lxml (Debian package python3-readability).

Usage: readability-lxml.py LISTFILE WARMUP_PASSES PASSES
LISTFILE has one path per line to a gzip-compressed UTF-8 HTML file.
Prints one JSON line with the timing of the PASSES timed passes.
"""
import gzip
import json
import logging
import sys
import time

from readability import Document


def usage(msg=None):
    if msg:
        print(msg, file=sys.stderr)
    print("usage: readability-lxml.py LISTFILE WARMUP_PASSES PASSES", file=sys.stderr)
    sys.exit(2)


def run_pass(pages):
    """Extracts every page once; returns how many raised."""
    failed = 0
    for html in pages:
        try:
            Document(html).summary()
        except Exception:
            failed += 1
    return failed


def main(argv):
    if len(argv) != 4:
        usage()
    try:
        warmup, passes = int(argv[2]), int(argv[3])
    except ValueError:
        usage("WARMUP_PASSES and PASSES must be integers")
    if warmup < 0 or passes < 1:
        usage("need WARMUP_PASSES >= 0 and PASSES >= 1")

    # readability-lxml logs at warning level for some pages; keep stdout clean.
    logging.disable(logging.CRITICAL)

    # Load everything up front (not timed).
    with open(argv[1], encoding="utf-8") as f:
        paths = [line.strip() for line in f if line.strip()]
    pages = []
    total_bytes = 0
    for path in paths:
        with gzip.open(path, "rb") as f:
            raw = f.read()
        total_bytes += len(raw)
        pages.append(raw.decode("utf-8", errors="replace"))

    for _ in range(warmup):
        run_pass(pages)

    failures = 0
    start = time.perf_counter_ns()
    for _ in range(passes):
        failures += run_pass(pages)
    seconds = (time.perf_counter_ns() - start) / 1e9

    print(json.dumps({
        "peer": "readability-lxml",
        "pages": len(pages),
        "bytes": total_bytes,
        "passes": passes,
        "seconds": seconds,
        "pagesPerSecond": len(pages) * passes / seconds,
        "megabytesPerSecond": total_bytes * passes / 1e6 / seconds,
        "failures": failures,
    }), flush=True)


if __name__ == "__main__":
    main(sys.argv)
