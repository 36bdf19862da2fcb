"""The reparse's own work outside extraction, timed by step in one process.

    .venv/bin/python bench/reparse_store.py                       # 2,000 pages
    .venv/bin/python bench/reparse_store.py --code /tmp/old       # another source tree
    .venv/bin/python bench/reparse_store.py --dump /tmp/new       # and the tables, for a diff

Runs on a copy of the database bench/reparse.py builds (``--pages N``: its
bench/.work/reparse-N/base.db, N realistic articles stored unparsed). Every
page is extracted once and kept, as the worker's answer (``extraction_to_wire``),
in bench/.work/reparse-N/wires.pickle (made on the first run; delete it when
extraction changes), so the timed part is what ``campusnews reparse`` does
besides extracting: load and decompress the stored bodies, unpickle the
worker's answer, store each page (``_store_reparsed``, ``REPARSE_BATCH`` pages
a transaction), commit, rebuild the records. It runs twice: ``first`` (pages
never extracted, as bench/reparse.py times) and ``again`` (the same
extractions stored a second time: the usual reparse, which should write
almost nothing). CPU ms a page by step, ``time.process_time``.

``--dump PREFIX`` writes PREFIX-first.sql and PREFIX-again.sql, every table
(``iterdump``) with timestamps replaced by ``TS``: two source trees' dumps
must be identical.
"""

from __future__ import annotations

import argparse
import pickle
import re
import shutil
import sqlite3
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / "bench" / ".work"
STAMP = re.compile(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(\.\d+)?(\+00:00)?")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--code", type=Path, help="run campusnews from this source tree")
    parser.add_argument("--dump", type=Path, help="write the tables to PREFIX-first/again.sql")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(args.code or REPO))
    from sqlalchemy.orm import Session

    from db.engine import make_engine
    from db.queries import stored_pages
    from pipeline import reparse
    from pipeline.extraction import extract_page
    from pipeline.parse_worker import extraction_from_wire, extraction_to_wire, frame
    from pipeline.records_store import update_records
    from pipeline.report import CrawlReport
    from scraper.generic import GenericSource

    work = WORK / f"reparse-{args.pages}"
    base, db = work / "base.db", work / "store.db"
    if not base.is_file():
        print(f"no {base}: run bench/reparse.py --pages {args.pages} first", file=sys.stderr)
        return 2
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        path.unlink(missing_ok=True)
    shutil.copyfile(base, db)
    engine = make_engine(str(db))
    with engine.connect() as conn:
        todo = [(page_id, name, GenericSource()) for page_id, name, _, _ in stored_pages(conn)]
    wires_file = work / "wires.pickle"
    if not wires_file.is_file():
        print(f"  extracting {len(todo)} pages once into {wires_file}", flush=True)
        wires = {}
        for start in range(0, len(todo), reparse.REPARSE_BATCH):
            for page_id, _, source, page in reparse._load(
                engine, todo[start : start + reparse.REPARSE_BATCH]
            ):
                assert page is not None
                wires[page_id] = extraction_to_wire(extract_page(page, source))
        wires_file.write_bytes(pickle.dumps(wires, protocol=pickle.HIGHEST_PROTOCOL))
    wires = pickle.loads(wires_file.read_bytes())
    # The worker's answers as they arrive on the pipe (the length in front left off).
    answers = {page_id: frame((page_id, "ok", wire))[4:] for page_id, wire in wires.items()}

    for label in ("first", "again"):
        steps = dict.fromkeys(("load", "answers", "store", "commit", "records"), 0.0)
        report = CrawlReport()
        for start in range(0, len(todo), reparse.REPARSE_BATCH):
            t0 = time.process_time()
            loaded = reparse._load(engine, todo[start : start + reparse.REPARSE_BATCH])
            t1 = time.process_time()
            parsed = [
                (item, extraction_from_wire(pickle.loads(answers[item[0]])[2])) for item in loaded
            ]
            t2 = time.process_time()
            with Session(engine) as session:
                session.begin()
                for (page_id, name, source, page), extraction in parsed:
                    assert page is not None
                    reparse._store_reparsed(
                        session, report, page_id, name, page, source, extraction
                    )
                t3 = time.process_time()
                session.commit()
            t4 = time.process_time()
            for step, spent in zip(steps, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=False):
                steps[step] += spent
        t5 = time.process_time()
        update_records(engine, None)
        steps["records"] = time.process_time() - t5
        per_page = "  ".join(f"{k} {1000 * v / len(todo):.2f}" for k, v in steps.items())
        total = 1000 * sum(steps.values()) / len(todo)
        print(
            f"{label:>6}: {per_page}  total {total:.2f} CPU ms a page ({report.articles} articles)"
        )
        if args.dump is not None:
            out = args.dump.with_name(f"{args.dump.name}-{label}.sql")
            with sqlite3.connect(db) as conn, out.open("w") as dump:
                for line in conn.iterdump():
                    dump.write(STAMP.sub("TS", line) + "\n")
    engine.dispose()
    if args.code is not None:
        print(f"\ncampusnews code: {args.code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
