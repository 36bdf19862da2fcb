"""Docs as tests: every documented ``campusnews`` command runs, and prints the shape shown.

The examples come from README.md and docs/*.md (fenced code blocks), the
``--help`` texts (the lines after "Example(s):"), the comments of
datasette.yaml, and the comments of the TOML file ``sources new`` drafts. Each
runs in bash, in a scratch directory that holds a copy of the demo database
(``campusnews demo``, built once per session) as ``./campusnews.db``, a config
file whose one source is the fixture site served on 127.0.0.1, and the pages
the examples name (``page.html``). Documented paths (``/srv/...``,
``/tmp/...``, ``127.0.0.1:8000``) are mapped into that directory and onto the
fixture server. A pipeline runs up to its first ``|``: what follows (jq, dot)
is another program. The examples of one document share one directory and run
in order, as a reader would type them.

A test fails when the command fails, or when its output lost the shape the
doc shows: the header columns of ``--csv`` and ``--table`` output, the keys of
JSON output, an ``Error:`` line, or the first word of any other output. Added
columns are fine. A command that cannot run here is listed in
``NOT_RUNNABLE`` with the reason, never skipped silently.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.fixture_site import serve_site

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
# A sample article for the examples that name a saved page.
SAMPLE_PAGE = ROOT / "fixtures" / "sources" / "eur" / "erasmus-mc-eur-convergence-alliance.html"

# Commands that cannot run in a test, by the text that identifies them, with the reason.
NOT_RUNNABLE = {
    "sources new NAME https://news.your-uni.example": "a placeholder URL to fill in",
    "sources new my-uni https://news.my-uni.example": "fetches a site that does not exist",
    "crawl --start-url https://www.example.edu/news": "crawls a real site on the internet",
    "crawl leiden tudelft": "crawls the real Leiden and TU Delft sites",
    "postgresql+psycopg://user:pw@host/news": "placeholder PostgreSQL credentials",
    "eval --gold my-annotations/": "a placeholder directory of the reader's gold files",
    "campusnews eval": "the whole evaluation takes minutes; tests/test_eval.py runs it",
    "datasette campusnews.db": "Datasette is not a dependency, and it serves until stopped",
}
# Examples whose documented outcome is a non-zero exit.
EXPECTED_EXIT = {
    "erasmus-mc-eur-convergence-alliance.html \\\n    --url https://news.my-uni.example": 1,
    "campusnews extract /bin/ls page.html": 1,  # one unreadable file among several
}
_COMMAND_START = re.compile(r"^(?:\$ )?(?:\.venv/bin/)?campusnews(?: |$)")


@dataclass
class Example:
    """One documented command (or one shell block), and the output the doc shows after it."""

    origin: str
    line: int
    command: str
    shown: list[str] = field(default_factory=list)
    script: bool = False

    @property
    def id(self) -> str:
        """A readable test id: where it is documented."""
        return f"{self.origin}:{self.line}"

    def not_runnable(self) -> str | None:
        """Why this example cannot run in a test, or None."""
        return next((why for key, why in NOT_RUNNABLE.items() if key in self.command), None)


def _join_continuations(lines: list[str], start: int) -> tuple[str, int]:
    """The command starting at ``lines[start]``, with backslash continuations; next index."""
    parts = [lines[start]]
    index = start
    while parts[-1].rstrip().endswith("\\") and index + 1 < len(lines):
        index += 1
        parts.append(lines[index])
    return "\n".join(parts), index + 1


def markdown_examples(path: Path) -> list[Example]:
    """The campusnews commands in ``path``'s fenced code blocks.

    A block of ``$ command`` lines is a transcript: what follows a command is
    its output. A ``sh`` block runs as one script, with or without campusnews
    in it (it may write files with here-documents). In other blocks each
    ``campusnews`` line is a command.
    """
    origin = str(path.relative_to(ROOT))
    text = path.read_text(encoding="utf-8").splitlines()
    examples: list[Example] = []
    index = 0
    while index < len(text):
        fence = re.match(r"^```(\w*)\s*$", text[index])
        if not fence:
            index += 1
            continue
        lang, start = fence.group(1), index + 1
        end = next(i for i in range(start, len(text)) if text[i].startswith("```"))
        block = text[start:end]
        index = end + 1
        if lang in ("sh", "bash") and not any(line.startswith("$ ") for line in block):
            # Runs whole, campusnews or not: it may write a file a later block reads.
            examples.append(Example(origin, start + 1, "\n".join(block), script=True))
        elif not any("campusnews" in line for line in block) or lang in ("toml", "python"):
            continue
        elif any(line.startswith("$ ") for line in block):
            examples += _transcript(origin, start, block)
        else:
            examples += _plain(origin, start, block)
    return examples


def _transcript(origin: str, start: int, block: list[str]) -> list[Example]:
    examples: list[Example] = []
    i = 0
    while i < len(block):
        if not block[i].startswith("$ "):
            i += 1
            continue
        command, i = _join_continuations(block, i)
        while (command.count('"') % 2 or command.count("'") % 2) and i < len(block):
            command, i = f"{command}\n{block[i]}", i + 1  # a quoted string spans lines
        shown = []
        while i < len(block) and not block[i].startswith("$ "):
            shown.append(block[i])
            i += 1
        command = _strip_comment(command[2:])
        shown = [line for line in shown if line.strip()]
        if _COMMAND_START.match(command):
            examples.append(Example(origin, start + 1, command, shown))
        elif re.search(r"\| *campusnews ", command):
            # Something piped into campusnews: the whole pipeline runs.
            examples.append(Example(origin, start + 1, command, shown, script=True))
    return examples


def _plain(origin: str, start: int, block: list[str]) -> list[Example]:
    examples = []
    i = 0
    while i < len(block):
        line = block[i]
        if _COMMAND_START.match(line) or ("campusnews " in line and "&&" in line):
            command, next_i = _join_continuations(block, i)
            examples.append(Example(origin, start + i + 1, command))
            i = next_i
        else:
            i += 1
    return examples


def help_examples() -> list[Example]:
    """The examples in every command's ``--help`` text (the lines after "Example(s):")."""
    found: list[Example] = []

    def walk(command: click.Command, path: list[str]) -> None:
        lines = (command.help or "").splitlines()
        in_examples = False
        i = 0
        while i < len(lines):
            stripped = lines[i].strip()
            if stripped in ("Examples:", "Example:"):
                in_examples = True
            elif in_examples and stripped.startswith("campusnews"):
                command_text, i = _join_continuations([s.strip() for s in lines], i)
                name = "help:" + (" ".join(path) or "campusnews")
                found.append(Example(name, len(found) + 1, _strip_comment(command_text)))
                continue
            i += 1
        if isinstance(command, click.Group):
            # list_commands/get_command: the top-level group loads its commands lazily.
            ctx = click.Context(command)
            for sub_name in sorted(command.list_commands(ctx)):
                sub = command.get_command(ctx, sub_name)
                if sub is not None:
                    walk(sub, [*path, sub_name])

    walk(cli, [])
    return found


def datasette_examples() -> list[Example]:
    """The commands in datasette.yaml's header comments."""
    lines = (ROOT / "datasette.yaml").read_text(encoding="utf-8").splitlines()
    return [
        Example("datasette.yaml", number, _strip_comment(line.lstrip("# ").strip()))
        for number, line in enumerate(lines, 1)
        if line.lstrip("# ").startswith("datasette ")
    ]


def draft_examples(toml_text: str) -> list[Example]:
    """The campusnews commands in the comments of a drafted source."""
    return [
        Example("sources-new-draft", number, line.lstrip("# ").strip())
        for number, line in enumerate(toml_text.splitlines(), 1)
        if line.startswith("#") and line.lstrip("# ").startswith("campusnews ")
    ]


def _strip_comment(command: str) -> str:
    """``cmd   # comment`` -> ``cmd`` (a ``#`` inside quotes is kept)."""
    match = re.search(r"\s{2,}#.*$", command)
    return command[: match.start()] if match else command


def _before_pipe(command: str) -> str:
    """The campusnews part of a pipeline (up to the first unquoted ``|``)."""
    quote = None
    for i, char in enumerate(command):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char == "|":
            return command[:i].rstrip()
    return command


# -- the environment ------------------------------------------------------------------


@pytest.fixture(scope="session")
def fixture_site() -> Iterator[str]:
    """The bundled fixture site, served on 127.0.0.1; yields its base URL."""
    with serve_site() as (base, _log):
        yield base


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo database (``campusnews demo``), built once; and what demo printed."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    done = subprocess.run(
        [str(BIN / "campusnews"), "--db", str(path), "demo"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env=_clean_env(),
    )
    assert done.returncode == 0, done.stderr
    return path, done.stdout + done.stderr


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CAMPUSNEWS_")}
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"
    return env


class Workspace:
    """A scratch directory laid out like a checkout after ``make demo``, for one document."""

    def __init__(self, root: Path, demo: Path, site: str) -> None:
        self.root = root
        self.site = site
        self.cwd = root / "work"
        self.cwd.mkdir()
        (self.cwd / "fixtures").symlink_to(ROOT / "fixtures")
        (self.cwd / ".venv").symlink_to(ROOT / ".venv")
        for name in ("README.md", "datasette.yaml"):
            shutil.copy(ROOT / name, self.cwd / name)
        shutil.copy(demo, self.cwd / "campusnews.db")
        for name in ("page.html", "saved-page.html", "saved-article.html", "eur-page.html"):
            shutil.copy(SAMPLE_PAGE, self.cwd / name)
        # docs/configuration.md shows the error for this typo.
        (self.cwd / "config.toml").write_text("[crawl]\nconcurency = 16\n", encoding="utf-8")
        for folder in ("srv/backups", "srv/campusnews", "home/data", "tmp"):
            (root / folder).mkdir(parents=True)
        server = root / "srv" / "campusnews"
        shutil.copy(demo, server / "campusnews.db")
        (server / ".venv").symlink_to(ROOT / ".venv")
        self.config = root / "config.toml"
        self.config.write_text(
            '[crawl]\ndelay = 0\n\n[sources.site]\nparser = "generic"\n'
            f'start_urls = ["{site}/en/news/"]\nhosts = ["127.0.0.1"]\nallow_private = true\n',
            encoding="utf-8",
        )
        shutil.copy(self.config, server / "config.toml")
        self.env = _clean_env()
        self.env.update(
            HOME=str(root / "home"),
            CAMPUSNEWS_HOME=str(root / "home" / "campusnews"),
            CAMPUSNEWS_CONFIG=str(self.config),
        )

    def localise(self, command: str) -> str:
        """Map the documented paths and addresses into this workspace."""
        command = command.replace("http://127.0.0.1:8000", self.site)
        command = re.sub(r"(?<![\w.])/tmp/", f"{self.root}/tmp/", command)
        command = re.sub(r"(?<![\w.])/srv/", f"{self.root}/srv/", command)
        command = re.sub(r"(?<![\w/])\.venv/bin/campusnews", "campusnews", command)
        # A crontab line: the command after the five schedule fields.
        command = re.sub(r"^(\S+\s+){4}\*\s+", "", command)
        # The reader starts the fixture server; the test serves it already.
        return re.sub(r"^python3 -m http\.server .*&\s*$", "", command, flags=re.M)

    def run(self, example: Example, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        """Run the example in bash; returns the finished process."""
        command = self.localise(example.command)
        if not example.script:
            command = _before_pipe(command)
        # A reader's shell keeps what a block exports for the blocks after it.
        for name, value in re.findall(r"^export (\w+)=(\S+)$", command, flags=re.M):
            self.env[name] = value
        argv = shlex.split(command.replace("\\\n", " "))
        if not example.script and argv[0] == "campusnews" and not re.search(r"[$<>&;]", command):
            return self._in_process(argv[1:], cwd or self.cwd)
        return subprocess.run(
            ["bash", "-c", command],
            capture_output=True,
            text=True,
            cwd=cwd or self.cwd,
            env=self.env,
            timeout=300,
        )

    def _in_process(self, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
        """Run ``campusnews ARGS`` through click in this process: a second per start-up saved.

        The CLI configures the root logger; it is put back as it was.
        """
        root = logging.getLogger()
        handlers, level = root.handlers[:], root.level
        env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("CAMPUSNEWS_")}
        env.update(self.env)
        here = Path.cwd()
        os.chdir(cwd)
        try:
            result = CliRunner().invoke(cli, args, env=env, prog_name="campusnews")
        finally:
            os.chdir(here)
            root.handlers[:] = handlers
            root.setLevel(level)
        stderr = result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            stderr += f"internal error: {result.exception!r}"
        return subprocess.CompletedProcess(args, result.exit_code, result.stdout, stderr)


_WORKSPACES: dict[str, Workspace] = {}


@pytest.fixture
def workspace(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    demo_db: tuple[Path, str],
    fixture_site: str,
) -> Workspace:
    """The workspace of the example's document (shared by its examples, in order)."""
    origin = request.node.callspec.params["example"].origin
    if origin not in _WORKSPACES:
        _WORKSPACES[origin] = Workspace(tmp_path_factory.mktemp("docs"), demo_db[0], fixture_site)
    return _WORKSPACES[origin]


# -- the shape check -------------------------------------------------------------------


def check_shape(example: Example, done: subprocess.CompletedProcess[str]) -> None:
    """The command did what the doc says, and printed output of the shape shown."""
    output = done.stdout + done.stderr
    shown = [line for line in example.shown if line.strip() != "..."]
    if shown and shown[0].startswith("Error:"):
        assert done.returncode != 0, output
        errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
        assert errors, output
        # The error names the same thing first ("Error: config.toml: ...", "Error: read-only: ...").
        assert errors[0].split()[:2] == shown[0].split()[:2], f"{errors[0]!r} vs {shown[0]!r}"
        return
    expected_exit = next((c for k, c in EXPECTED_EXIT.items() if k in example.command), 0)
    assert done.returncode == expected_exit, f"exit {done.returncode}:\n{output}"
    assert "Traceback" not in output and "internal error" not in output, output
    if not shown:
        return
    first = shown[0]
    if "--csv" in example.command:
        header = done.stdout.splitlines()[0].split(",") if done.stdout else []
        missing = [c for c in first.split(",") if c not in header]
        assert not missing, f"columns {missing} missing from {header}"
    elif "--table" in example.command or re.search(r"(^| )-t( |$)", example.command):
        header = done.stdout.splitlines()[0].split() if done.stdout else []
        missing = [c for c in first.split() if c not in header]
        assert not missing, f"columns {missing} missing from {header}"
    elif first.lstrip().startswith(("[", "{")):
        try:
            rows = json.loads(done.stdout)
        except json.JSONDecodeError:  # JSON lines: one object per line
            rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        keys = set(re.findall(r'"(\w+)":', "\n".join(shown)))
        if isinstance(rows, list):
            actual = {key for row in rows for key in row}
        else:
            actual = set(rows)
        assert keys <= actual, f"keys {keys - actual} missing from {sorted(actual)}"
    else:
        word = first.split()[0]
        assert word in output, f"{word!r} not in:\n{output}"


# -- the tests -------------------------------------------------------------------------


DOC_EXAMPLES = [e for path in DOCS for e in markdown_examples(path)]
HELP_EXAMPLES = help_examples()
OTHER_EXAMPLES = datasette_examples()


def test_every_document_has_examples() -> None:
    """The extraction finds the examples (a broken extractor must not pass by finding none)."""
    origins = {e.origin for e in DOC_EXAMPLES}
    assert {"README.md", "docs/querying.md", "docs/adding-a-source.md"} <= origins
    assert len(HELP_EXAMPLES) > 40
    assert OTHER_EXAMPLES


def test_every_not_runnable_entry_is_used() -> None:
    """A reason that matches no example is stale: remove it."""
    commands = [e.command for e in (*DOC_EXAMPLES, *HELP_EXAMPLES, *OTHER_EXAMPLES)]
    unused = [key for key in NOT_RUNNABLE if not any(key in c for c in commands)]
    assert not unused


ALL_EXAMPLES = DOC_EXAMPLES + HELP_EXAMPLES + OTHER_EXAMPLES


@pytest.mark.parametrize("example", ALL_EXAMPLES, ids=lambda example: example.id)
def test_documented_command(example: Example, workspace: Workspace) -> None:
    """The documented command runs as written and prints what the doc shows (in shape)."""
    reason = example.not_runnable()
    if reason is not None:
        # Listed, with its reason, in NOT_RUNNABLE; nothing to run.
        assert reason
        return
    check_shape(example, workspace.run(example))


def test_drafted_source_comments_run(
    tmp_path_factory: pytest.TempPathFactory, demo_db: tuple[Path, str], fixture_site: str
) -> None:
    """The commands in the comments of a ``sources new`` draft run as written."""
    space = Workspace(tmp_path_factory.mktemp("draft"), demo_db[0], fixture_site)
    new = Example(
        "draft", 0, f"campusnews sources new site-x {fixture_site}/en/news/ --allow-private"
    )
    check_shape(new, space.run(new))
    sources = space.root / "home" / "campusnews" / "sources"
    examples = draft_examples((sources / "site-x.toml").read_text(encoding="utf-8"))
    assert {e.command.split()[1] for e in examples} == {"sources", "crawl", "reparse"}
    for example in examples:
        # The draft's own comment names the fixture file relative to the draft.
        check_shape(example, space.run(example, cwd=sources))


def test_readme_demo_figures_come_from_a_real_run(demo_db: tuple[Path, str]) -> None:
    """The figures README shows for ``make demo`` are what ``campusnews demo`` prints."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("$ make demo\n", 1)[1].split("```", 1)[0]
    printed = demo_db[1]

    def figures(text: str) -> list[str]:
        keep = [
            re.sub(r" in [\d.]+s", "", line.strip())
            for line in text.splitlines()
            if re.match(r"\s*(fetched|articles stored|\d+ articles)", line)
        ]
        return keep

    assert figures(block) == figures(printed)
    for line in block.splitlines()[5:]:
        if line.strip() and line.strip() != "...":
            assert line.strip() in printed, line


def test_shape_check_catches_a_lost_column() -> None:
    """The check itself fails when a shown column is gone (a test that cannot fail is none)."""
    example = Example("x", 1, "campusnews query organisations --csv", ["id,name,kind"])
    done = subprocess.CompletedProcess([], 0, stdout="id,name\n1,Leiden\n", stderr="")
    with pytest.raises(AssertionError, match="kind"):
        check_shape(example, done)
    failed = subprocess.CompletedProcess([], 2, stdout="", stderr="Error: no such option")
    with pytest.raises(AssertionError):
        check_shape(Example("x", 1, "campusnews status"), failed)
