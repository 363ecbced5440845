"""Benchmark: the whole extraction against a bare baseline pass over the same corpus.

    uv run python benchmarks/run.py ../shared/corpora/saudinewsnet --preset saudinewsnet --jobs 2

Each pass runs in a fresh subprocess, so its peak memory (max RSS, including worker
processes) is its own. The baseline reads, decodes and tokenises (framing.tokenize, identical
to CAMeL Tools' simple_word_tokenize); the full pass reads, splits into parts, normalises and
extracts attributions, statements, stance hits and scare quotes (framing.Analyzer.analyse),
without writing tables. Figures: articles/s, words/s, MB/s (of UTF-8 text), peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time


def _pass(kind: str, corpus: str, preset: str | None, jobs: int) -> dict:
    from framing.corpus import read_corpus
    from framing.pipeline import analyse_corpus
    from framing.text import tokenize

    articles = read_corpus(corpus, preset=preset, on_error=lambda e: None)
    n = words = size = 0
    start = time.perf_counter()
    if kind == "baseline":
        for a in articles:
            n += 1
            size += len(a.text.encode("utf-8"))
            words += sum(1 for t in tokenize(a.text) if any(c.isalpha() for c in t))
    else:
        def counted():
            nonlocal size
            for a in articles:
                size += len(a.text.encode("utf-8"))
                yield a
        for r in analyse_corpus(counted(), jobs=jobs, progress=False):
            n += 1
            words += int(r.article["words"])
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss + resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"pass": kind, "jobs": jobs if kind == "full" else 1, "articles": n, "words": words, "mb": round(size / 1e6, 2),
            "seconds": round(seconds, 2), "articles_per_s": round(n / seconds, 1), "words_per_s": round(words / seconds),
            "mb_per_s": round(size / 1e6 / seconds, 2), "peak_rss_mb": round(peak / 1024, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus")
    parser.add_argument("--preset")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--_pass", choices=["baseline", "full"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args._pass:
        print(json.dumps(_pass(args._pass, args.corpus, args.preset, args.jobs)))
        return
    rows = []
    for kind, jobs in (("baseline", 1), ("full", 1), ("full", args.jobs)):
        if kind == "full" and jobs == 1 and args.jobs == 1 and rows and rows[-1]["pass"] == "full":
            continue
        cmd = [sys.executable, __file__, args.corpus, "--jobs", str(jobs), "--_pass", kind]
        if args.preset:
            cmd += ["--preset", args.preset]
        rows.append(json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout))
    cols = ["pass", "jobs", "articles", "words", "mb", "seconds", "articles_per_s", "words_per_s", "mb_per_s", "peak_rss_mb"]
    print(" | ".join(cols))
    for r in rows:
        print(" | ".join(str(r[c]) for c in cols))
    base = rows[0]["seconds"]
    one = next(r for r in rows if r["pass"] == "full" and r["jobs"] == 1)
    print(f"\nfull pipeline on one core / baseline: {one['seconds'] / base:.2f}x")


if __name__ == "__main__":
    main()
