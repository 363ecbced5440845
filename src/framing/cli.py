"""framing.cli: the ``framing`` command.

    framing extract CORPUS --out DIR [--jobs N] [--skip-bad] [--lexicons DIR] [--preset NAME]
                                     [--column FIELD=NAME ...] [--metadata CSV] [--no-reuse]
    framing report  CORPUS --root DIR     the bundled analysis: tables/ and figures/ under DIR
    framing evaluate GOLD (--pred DIR | --corpus NAME=PATH [--preset NAME=PRESET])
                                          precision, recall and F1 against hand annotations
"""

from __future__ import annotations

import argparse
import os
import sys

from .errors import FramingError

__all__ = ["main"]


def _columns(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        if "=" not in pair:
            raise FramingError(f"--column takes FIELD=NAME, not {pair!r}")
        key, value = pair.split("=", 1)
        out[key.strip()] = value.strip()
    return out


def _jobs(value: str) -> int:
    n = int(value)
    return os.cpu_count() or 1 if n <= 0 else n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="framing", description="Media-framing analysis of Arabic news.")
    sub = parser.add_subparsers(dest="command", required=True)

    def corpus_options(p):
        p.add_argument("corpus", help="folder of .txt files, or a .csv / .json / .jsonl / .zip file (or a folder of them)")
        p.add_argument("--lexicons", help="folder with your own lexicon TSVs (missing files fall back to the bundled ones)")
        p.add_argument("--preset", help="column names of a known corpus, e.g. saudinewsnet")
        p.add_argument("--column", action="append", default=[], metavar="FIELD=NAME",
                       help="map an article field (id, text, outlet, date, title, byline, url) to your column name")
        p.add_argument("--metadata", help="metadata CSV for a folder of .txt files (column 'file' names the file)")

    ext = sub.add_parser("extract", help="extract attributions, statements, stance terms, keyness and reuse")
    corpus_options(ext)
    ext.add_argument("--out", required=True, help="output folder for the CSV tables")
    ext.add_argument("--jobs", type=_jobs, default=1, help="processes to use (0 = all cores); output is identical")
    ext.add_argument("--skip-bad", action="store_true", help="skip bad records and list them in skipped.csv")
    ext.add_argument("--no-reuse", action="store_true", help="skip sentence reuse (quadratic in corpus size)")

    rep = sub.add_parser("report", help="the comparative report: tables/ and figures/ (what the notebooks show)")
    corpus_options(rep)
    rep.add_argument("--root", default=".", help="folder that receives data/articles.csv, tables/ and figures/")

    ev = sub.add_parser("evaluate", help="score extraction against a gold annotation file")
    ev.add_argument("gold", help="gold TSV, or a folder of them (data/gold/annotations; see data/gold/README.md)")
    ev.add_argument("--pred", help="folder written by framing extract (scores its tables)")
    ev.add_argument("--corpus", action="append", default=[], metavar="NAME=PATH",
                    help="extract the gold articles of corpus NAME from PATH (e.g. seeds=data/raw)")
    ev.add_argument("--preset", action="append", default=[], metavar="NAME=PRESET",
                    help="column preset for corpus NAME (e.g. saudinewsnet=saudinewsnet)")
    ev.add_argument("--lexicons", help="folder with your own lexicon TSVs")
    ev.add_argument("--per-article", action="store_true", help="also print the per-article scores")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "extract":
            from .pipeline import extract_corpus

            counts = extract_corpus(args.corpus, args.out, lexicons=args.lexicons, jobs=args.jobs, skip_bad=args.skip_bad,
                                    columns=_columns(args.column), preset=args.preset, metadata=args.metadata,
                                    reuse=False if args.no_reuse else None)
            print(f"framing: {counts.get('articles', 0)} articles extracted to {args.out}"
                  + (f"; {counts['skipped']} bad records skipped (skipped.csv)" if args.skip_bad else ""))
        elif args.command == "report":
            from .report import build_report

            written = build_report(args.corpus, args.root, lexicons=args.lexicons, columns=_columns(args.column),
                                   preset=args.preset, metadata=args.metadata)
            print(f"framing: wrote {len(written)} files under {args.root}")
        elif args.command == "evaluate":
            from .evaluate import evaluate_corpora, evaluate_folder

            if args.pred:
                report = evaluate_folder(args.gold, args.pred)
            elif args.corpus:
                presets = _columns(args.preset)
                corpora = [(name, path, presets.get(name)) for name, path in _columns(args.corpus).items()]
                report = evaluate_corpora(args.gold, corpora, lexicons=args.lexicons)
            else:
                raise FramingError("evaluate needs --pred DIR or --corpus NAME=PATH")
            print(report.to_text(per_article=args.per_article))
    except FramingError as exc:
        print(f"framing: error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
