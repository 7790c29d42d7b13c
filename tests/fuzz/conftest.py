"""What every fuzz test shares: settings, the hang guard, the property check, byte mutations,
fresh databases, and the count of cases run (printed at the end of the session).

The property, for every importer: given any bytes, the reader returns its result type or
raises its documented user error with a one-line message, within a time limit; and an import
into the database that fails leaves the database exactly as it was.

Cases per test: each test names its default (small enough that the whole fuzz suite adds
about a minute to `pytest`); DN_FUZZ_EXAMPLES=N runs N per test instead, and DN_FUZZ_SCALE=K
runs K times each test's default (a longer round in the same proportions). With CI=true the
cases are derandomised, so a CI run is reproducible. See docs/fuzzing.md.
"""

from __future__ import annotations

import faulthandler
import functools
import hashlib
import itertools
import json
import os
import re
import shutil
import signal
import sqlite3
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.conftest import REALDATA, sqlite_url

T = TypeVar("T")

EXAMPLES_ENV = "DN_FUZZ_EXAMPLES"
SCALE_ENV = "DN_FUZZ_SCALE"
#: As .ci/run decides: CI set to anything but "", "0", "false" or "no".
CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")
#: Per example: hypothesis' deadline (a slow example fails the test) …
DEADLINE_MS = int(os.environ.get("DN_FUZZ_DEADLINE_MS", "2000"))
#: … and the hard stop for a hang (SIGALRM interrupts Python code, regexes included) …
HANG_SECONDS = float(os.environ.get("DN_FUZZ_HANG_SECONDS", "10"))
#: … and, for a hang inside C code that no signal interrupts, a traceback dump and exit.
ABORT_SECONDS = 6 * HANG_SECONDS
#: Generated files are kept below this size (a mutation may duplicate blocks).
MAX_CASE_BYTES = 4 * 1024 * 1024


def examples(default: int) -> int:
    """The cases per test: DN_FUZZ_EXAMPLES if set, else the test's default times
    DN_FUZZ_SCALE (1 when unset)."""
    value = os.environ.get(EXAMPLES_ENV, "").strip()
    if value:
        return int(value)
    scale = os.environ.get(SCALE_ENV, "").strip()
    return default * int(scale) if scale else default


def fuzz_settings(default: int, **overrides: Any) -> settings:
    """Hypothesis settings for one fuzz test, with `default` cases unless overridden."""
    options: dict[str, Any] = {
        "max_examples": examples(default),
        "deadline": timedelta(milliseconds=DEADLINE_MS),
        "derandomize": CI,
        "database": None,  # no .hypothesis/ folder in the checkout; failures print their case
        "print_blob": True,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large,
                                  HealthCheck.large_base_example, HealthCheck.filter_too_much,
                                  HealthCheck.function_scoped_fixture],
    }
    options.update(overrides)
    return settings(**options)


# ----------------------------------------------------------------------------------------
# Counting cases, for the closing note of a run


@dataclass
class _Tally:
    cases: int = 0
    read: int = 0
    refused: int = 0
    seconds: float = 0.0


TALLY: dict[str, _Tally] = defaultdict(_Tally)


def _tally() -> dict[str, _Tally]:
    """The counts the tests recorded. Pytest imports this file as `fuzz.conftest` (tests/ is
    no package), the tests import it as `tests.fuzz.conftest`: two modules, so ask theirs."""
    import importlib

    return importlib.import_module("tests.fuzz.conftest").TALLY


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: Any) -> None:
    tally = _tally()
    if not tally:
        return
    total = sum(t.cases for t in tally.values())
    seconds = sum(t.seconds for t in tally.values())
    mode = "derandomised (CI)" if CI else "random"
    terminalreporter.write_sep("-", f"fuzzing: {total:,} cases, {mode}")
    width = max(len(name) for name in tally)
    for name in sorted(tally):
        t = tally[name]
        terminalreporter.write_line(
            f"  {name:<{width}}  {t.cases:>7,} cases: {t.read:>6,} read, "
            f"{t.refused:>6,} refused with the importer's error  ({t.seconds:.1f} s in the "
            "importer)")
    terminalreporter.write_line(f"  {'total':<{width}}  {total:>7,} cases ({seconds:.1f} s in "
                                "the importers)")
    if not REALDATA.is_dir():
        terminalreporter.write_line(f"  (no seeds from {REALDATA}: it is absent)")
    report = os.environ.get("DN_FUZZ_REPORT")
    if report:
        Path(report).write_text(json.dumps(
            {"total": total, "ci": CI, "importers": {k: vars(v) for k, v in tally.items()}},
            indent=2), encoding="utf-8")


# ----------------------------------------------------------------------------------------
# The property


class _Hang(BaseException):  # not an Exception: no `except Exception` in an importer eats it
    pass


class _Watchdog:
    """One thread for the whole session that, when a case runs past its abort time (a hang in
    C code, where no signal gets through), dumps every thread's stack and ends the process,
    so that CI fails instead of hanging. Arming it costs an assignment, not a thread."""

    def __init__(self) -> None:
        self.abort_at: float | None = None
        self.started = False

    def arm(self, seconds: float) -> None:
        if not self.started:
            self.started = True
            threading.Thread(target=self._watch, name="fuzz-watchdog", daemon=True).start()
        self.abort_at = time.monotonic() + seconds

    def disarm(self) -> None:
        self.abort_at = None

    def _watch(self) -> None:
        while True:
            time.sleep(1.0)
            abort_at = self.abort_at
            if abort_at is not None and time.monotonic() > abort_at:
                os.write(2, b"\nfuzz: a case hung past the abort time; the stacks:\n")
                faulthandler.dump_traceback(all_threads=True)
                os._exit(70)


WATCHDOG = _Watchdog()


@contextmanager
def hang_guard(seconds: float = HANG_SECONDS) -> Iterator[None]:
    """Fail (AssertionError) when the body runs longer than `seconds`; end the process when
    it is stuck where SIGALRM cannot interrupt it."""
    WATCHDOG.arm(max(ABORT_SECONDS, seconds * 2))
    if threading.current_thread() is not threading.main_thread() or \
            not hasattr(signal, "setitimer"):
        try:
            yield
        finally:
            WATCHDOG.disarm()
        return

    def on_alarm(_signum: int, _frame: Any) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    except _Hang:
        raise AssertionError(f"hang: the importer ran for more than {seconds:g} s") from None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        WATCHDOG.disarm()


#: Words that betray a library's message or a traceback in what the user reads.
JARGON = ("Traceback", "GDAL", "OGR", "sqlite3.", "ExpatError", "<DRIVER>", "NoneType",
          "object has no attribute", "unexpected problem")


def check_message(error: BaseException, *, one_line: bool = True) -> str:
    """The refusal's message is a plain sentence: not empty, no traceback or library jargon,
    and (unless one_line is False) on one line. The importers' "unexpected problem" last
    guards count as crashes: they hide a bug, and the tests say they never fire."""
    message = str(error)
    cause = error.__cause__ or error.__context__
    assert message.strip(), f"empty message from {type(error).__name__}"
    for word in JARGON:
        assert word not in message, f"{word!r} in the message {message!r} (cause: {cause!r})"
    if one_line:
        assert "\n" not in message and "\r" not in message, f"multi-line message {message!r}"
    return message


def attempt(importer: str, call: Callable[[], T], errors: tuple[type[BaseException], ...],
            *, one_line: bool = True, counted: bool = True) -> T | BaseException:
    """Run one import: its result, or the documented error it raised (message checked).
    Any other exception propagates and fails the test; so does a hang. `counted` False: a
    second call on the same case (list_layers beside read_layer) is checked and timed but
    not counted as a case."""
    tally = TALLY[importer]
    step = 1 if counted else 0
    tally.cases += step
    start = time.perf_counter()
    try:
        with hang_guard():
            try:
                result = call()
            except errors as exc:
                check_message(exc, one_line=one_line)
                tally.refused += step
                return exc
    finally:
        tally.seconds += time.perf_counter() - start
    tally.read += step
    return result


# ----------------------------------------------------------------------------------------
# Seeds


def realdata_seeds(*patterns: str, max_bytes: int = 256 * 1024,
                   head_lines: int | None = None) -> list[bytes]:
    """The real files matching `patterns` (globs under ../shared/realdata), [] when that folder
    is absent. Files over `max_bytes` are left out, or cut to `head_lines` lines if given."""
    if not REALDATA.is_dir():
        return []
    found = []
    for pattern in patterns:
        for path in sorted(REALDATA.glob(pattern)):
            data = path.read_bytes()
            if len(data) > max_bytes:
                if head_lines is None:
                    continue
                data = b"".join(data.splitlines(keepends=True)[:head_lines])
            found.append(data)
    return found


# ----------------------------------------------------------------------------------------
# Byte-level strategies shared by the formats

INTERESTING_NUMBERS = (
    b"0", b"-0", b"-1", b"1e309", b"-1e309", b"NaN", b"nan", b"inf", b"-Infinity", b"1e-400",
    b"99999999999999999999999999999999999999", b"-99999999999999999999", b"4294967296",
    b"9223372036854775808", b"2147483648", b"0.000000000000000000001", b"1,5", b"1.2.3",
    b"00000000000000000000001", b"\xd9\xa1\xd9\xa2", b"\xef\xbc\x91", b"0x10", b"1_000", b"",
    b"+", b"-", b".", b"e5", b"31", b"32", b"24", b"60", b"13", b"00", b"99999", b"10000",
)
CONTROL = (b"\x00", b"\x1a", b"\r", b"\n", b"\x0b", b"\x0c", b"\x7f", b"\x85", b"\xef\xbb\xbf",
           b"\xff\xfe", b"\xfe\xff", b"\xc3", b"\xe2\x80\xa8", b"\xed\xa0\x80", b"\t", b"\\",
           b'"', b"'", b";", b",", b":", b"=", b"<", b">", b"&", b"]]>")
_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")
_ENCODINGS = ("utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1252", "latin-1", "utf-8-sig",
              "mojibake", "ascii")


def _reencode(data: bytes, how: str) -> bytes:
    text = data.decode("utf-8", errors="replace")
    if how == "mojibake":  # UTF-8 read as Latin-1 and saved as UTF-8 again
        return text.encode("utf-8").decode("latin-1").encode("utf-8")
    if how == "utf-8-sig":
        return b"\xef\xbb\xbf" + data
    return text.encode(how, errors="replace")


@st.composite
def mutated(draw: st.DrawFn, seeds: Sequence[bytes], tokens: Sequence[bytes] = (),
            max_ops: int = 4) -> bytes:
    """A seed changed by 1..max_ops structured mutations: byte flips, truncation, deletions,
    insertions (random bytes, control characters, format tokens), duplicated blocks and lines,
    swapped and deleted lines, numbers replaced by huge or odd ones, another encoding, other
    line ends, a splice with another seed."""
    seed_index = draw(st.integers(0, len(seeds) - 1))
    data = seeds[seed_index]
    tokens = tuple(tokens) or CONTROL
    for _ in range(draw(st.integers(1, max_ops))):
        n = len(data)
        op = draw(st.sampled_from((
            "flip", "truncate", "delete", "insert", "token", "control", "duplicate",
            "line_delete", "line_duplicate", "line_swap", "line_token", "number", "encoding",
            "newlines", "case", "splice")))
        at = draw(st.integers(0, n))
        if op == "flip" and n:
            buf = bytearray(data)
            for _ in range(draw(st.integers(1, 8))):
                buf[draw(st.integers(0, n - 1))] = draw(st.integers(0, 255))
            data = bytes(buf)
        elif op == "truncate":
            data = data[:at]
        elif op == "delete":
            data = data[:at] + data[at + draw(st.integers(1, 2048)):]
        elif op == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
        elif op == "token":
            data = data[:at] + draw(st.sampled_from(tokens)) + data[at:]
        elif op == "control":
            data = data[:at] + draw(st.sampled_from(CONTROL)) + data[at:]
        elif op == "duplicate" and n:
            start = draw(st.integers(0, n - 1))
            block = data[start:start + draw(st.integers(1, 4096))]
            data = data[:at] + block * draw(st.integers(1, 20)) + data[at:]
        elif op.startswith("line_"):
            lines = data.splitlines(keepends=True) or [b""]
            i = draw(st.integers(0, len(lines) - 1))
            if op == "line_delete":
                del lines[i:i + draw(st.integers(1, 5))]
            elif op == "line_duplicate":
                lines[i:i] = lines[i:i + draw(st.integers(1, 5))] * draw(st.integers(1, 50))
            elif op == "line_swap":
                j = draw(st.integers(0, len(lines) - 1))
                lines[i], lines[j] = lines[j], lines[i]
            else:
                lines.insert(i, draw(st.sampled_from(tokens)) + b"\r\n")
            data = b"".join(lines)
        elif op == "number":
            found = list(_NUMBER.finditer(data))
            if found:
                m = found[draw(st.integers(0, len(found) - 1))]
                data = data[:m.start()] + draw(st.sampled_from(INTERESTING_NUMBERS)) + \
                    data[m.end():]
        elif op == "encoding":
            data = _reencode(data, draw(st.sampled_from(_ENCODINGS)))
        elif op == "newlines":
            old, new = draw(st.sampled_from(((b"\r\n", b"\n"), (b"\n", b"\r\n"), (b"\n", b"\r"),
                                              (b"\r\n", b"\r"), (b"\n", b""))))
            data = data.replace(old, new)
        elif op == "case":
            end = at + draw(st.integers(1, 256))
            part = data[at:end]
            data = data[:at] + (part.upper() if draw(st.booleans()) else part.lower()) + \
                data[end:]
        elif op == "splice":
            other = seeds[draw(st.integers(0, len(seeds) - 1))]
            data = data[:at] + other[draw(st.integers(0, len(other))):]
        data = data[:MAX_CASE_BYTES]
    return data


def rarely(draw: st.DrawFn, n: int) -> bool:
    """True one time in n + 1. Not when 0 is drawn: inside a composite strategy hypothesis
    draws 0 far more often than 1 / (n + 1)."""
    return draw(st.integers(0, n)) == n


def random_bytes(magics: Sequence[bytes] = (), max_size: int = 2048) -> st.SearchStrategy[bytes]:
    """Random bytes, some behind a format's magic start (so they pass the first sniff)."""
    plain = st.binary(max_size=max_size)
    if not magics:
        return plain
    return st.one_of(plain, st.builds(lambda m, b: m + b, st.sampled_from(magics), plain))


@functools.cache
def texts(max_size: int = 30) -> st.SearchStrategy[str]:
    """Text for grammar-generated values: mostly printable, sometimes anything Unicode allows
    (cached: building strategies anew inside every draw costs more than the import itself)."""
    return st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=max_size),
        st.text(alphabet="abcåäöABCÅÄÖ 0123456789-_.,;:@+=\\\"'<>&/", max_size=max_size),
        st.sampled_from(("", " ", "Norberg", "Kärrgruvan", "Mimer", "\\n", "\\,", "&amp;",
                         "=C3=A5", "Ã¥", "\u202e", "\ufeff", "x" * 5000)))


@functools.cache
def numbers_text() -> st.SearchStrategy[str]:
    """A number as a file might write it: plain, huge, negative, NaN, with a comma, or junk."""
    return st.one_of(
        st.integers(-10**30, 10**30).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.floats(-1000, 1000).map(lambda f: f"{f:.6f}"),
        st.sampled_from([n.decode("utf-8", "replace") for n in INTERESTING_NUMBERS]))


# ----------------------------------------------------------------------------------------
# Files and databases per case


@pytest.fixture(scope="session")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


_CASES = itertools.count()


@contextmanager
def case_file(base: Path, name: str, data: bytes) -> Iterator[Path]:
    """`data` written as `name` (behind a case number: GDAL caches by path, so no two cases
    share one), removed afterwards."""
    path = base / f"{next(_CASES):07d}-{name}"
    path.write_bytes(data)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def digest(path: Path) -> str:
    """Every row of every table (and the schema), hashed: equal digests, equal databases."""
    con = sqlite3.connect(path)
    try:
        h = hashlib.sha256()
        for name, sql in con.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"):
            h.update(f"{name}\0{sql}\0".encode())
            for row in con.execute(f'SELECT * FROM "{name}" ORDER BY 1'):
                h.update(repr(row).encode())
    finally:
        con.close()
    return h.hexdigest()


def count_rows(path: Path, table: str) -> int:
    con = sqlite3.connect(path)
    try:
        return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    finally:
        con.close()


@dataclass(frozen=True)
class Template:
    path: Path
    digest: str


@pytest.fixture(scope="session")
def fuzz_db(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Template:
    """The demo season as a migrated database, with its digest: each case imports into a copy
    of it, so imports meet existing events, organisations, stations and trails."""
    return Template(demo_template, digest(demo_template))


@contextmanager
def database_copy(template: Template, base: Path) -> Iterator[tuple[Any, Path]]:
    """(engine, path) of a fresh copy of the template, disposed of and removed afterwards."""
    from destination_norberg.store.database import make_engine

    path = base / f"{next(_CASES):07d}-fuzz.sqlite"
    shutil.copyfile(template.path, path)
    engine = make_engine(sqlite_url(path))
    try:
        yield engine, path
    finally:
        engine.dispose()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def assert_unchanged(template: Template, path: Path, why: object) -> None:
    assert digest(path) == template.digest, f"the database changed although the import " \
        f"failed ({why!r})"


__all__ = ["CI", "Template", "assert_unchanged", "attempt", "case_file",
           "check_message", "count_rows", "database_copy", "digest", "examples",
           "fuzz_settings", "hang_guard", "mutated", "numbers_text", "random_bytes",
           "rarely", "realdata_seeds", "texts"]

