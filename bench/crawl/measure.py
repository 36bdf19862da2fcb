"""Run one command as a child process and measure its wall time, CPU time and peak RSS.

``os.wait4`` returns the rusage of exactly that child (and of any children it
waited for), so figures of earlier runs never leak into later ones, which
``RUSAGE_CHILDREN`` maxima would. The child gets its own process group: a
timeout or Ctrl-C ends it and anything it started, and only that.

Peak RSS is that of the whole process group: a crawler with helper processes
(campusnews' parse workers) is charged for all of them. Every 0.1 s the RSS
of each process in the group is read from /proc and summed; the peak of that
sum is compared with the child's own ``ru_maxrss`` (exact, but per process)
and the larger is reported. A sum of RSS counts pages the processes share
(the Python binary, libraries) once per process, so the peak of the summed
PSS (each shared page split between its users) is reported beside it, and
the most processes seen at once. CPU time covers the children too (wait4).
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

POLL_SECONDS = 0.1
KILL_GRACE = 10.0


@dataclass(frozen=True)
class Measured:
    """What one process cost: seconds, CPU seconds (user + system), peak RSS in MB."""

    returncode: int
    wall: float
    cpu: float
    peak_rss_mb: float
    timed_out: bool
    peak_pss_mb: float = 0.0
    processes: int = 1
    # Peak RSS (MB) of each process of the group, largest first: where the group's RSS goes.
    process_peaks_mb: tuple[float, ...] = ()
    # CPU seconds of each process of the group (the last reading, every POLL_SECONDS, before
    # it ended), in the order they started: the crawl process's own share beside its workers'.
    process_cpu: tuple[float, ...] = ()


def run_measured(
    cmd: Sequence[str],
    *,
    log: Path,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Measured:
    """Run ``cmd`` (output to ``log``) until it exits or ``timeout`` seconds pass."""
    started = time.monotonic()
    timed_out = False
    tree_peak_kib = pss_peak_kib = processes = 0
    per_process: dict[int, int] = {}
    cpu_ticks: dict[int, int] = {}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            list(cmd),
            stdout=out,
            stderr=subprocess.STDOUT,
            env=dict(env) if env else None,
            cwd=cwd,
            start_new_session=True,
        )
        try:
            while True:
                rss_kib, pss_kib, count = _group_memory_kib(proc.pid, per_process, cpu_ticks)
                tree_peak_kib = max(tree_peak_kib, rss_kib)
                pss_peak_kib = max(pss_peak_kib, pss_kib)
                processes = max(processes, count)
                pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
                if pid:
                    break
                if not timed_out and time.monotonic() - started > timeout:
                    timed_out = True
                    _signal_group(proc.pid, signal.SIGTERM)
                    kill_at = time.monotonic() + KILL_GRACE
                elif timed_out and time.monotonic() > kill_at:
                    _signal_group(proc.pid, signal.SIGKILL)
                time.sleep(POLL_SECONDS)
        except BaseException:
            _signal_group(proc.pid, signal.SIGKILL)
            os.waitpid(proc.pid, 0)
            proc.returncode = -9
            raise
    wall = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return Measured(
        returncode=proc.returncode,
        wall=wall,
        cpu=usage.ru_utime + usage.ru_stime,
        # Linux reports ru_maxrss in KiB.
        peak_rss_mb=max(usage.ru_maxrss, tree_peak_kib) / 1024,
        timed_out=timed_out,
        peak_pss_mb=pss_peak_kib / 1024,
        processes=max(processes, 1),
        process_peaks_mb=tuple(kib / 1024 for kib in sorted(per_process.values(), reverse=True)),
        process_cpu=tuple(cpu_ticks[pid] / _TICKS for pid in sorted(cpu_ticks)),
    )


_TICKS = os.sysconf("SC_CLK_TCK")


def _group_memory_kib(
    group: int, peaks: dict[int, int], cpu: dict[int, int]
) -> tuple[int, int, int]:
    """Summed RSS and PSS (KiB) of the processes in process group ``group``, and their count.

    ``peaks`` (pid -> peak RSS in KiB) is updated with each process's RSS, ``cpu``
    (pid -> user + system clock ticks) with its CPU time so far.
    """
    rss = pss = count = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            # Fields after the command name, which is in parentheses and may hold spaces.
            fields = stat[stat.rindex(")") + 2 :].split()
            if int(fields[2]) != group:
                continue
            cpu[int(entry.name)] = int(fields[11]) + int(fields[12])
            for line in (entry / "smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    kib = int(line.split()[1])
                    rss += kib
                    pid = int(entry.name)
                    peaks[pid] = max(peaks.get(pid, 0), kib)
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1])
            count += 1
        except (OSError, ValueError, IndexError):
            continue
    return rss, pss, count


def _signal_group(pid: int, sig: signal.Signals) -> None:
    try:
        os.killpg(pid, sig)
    except ProcessLookupError:
        pass
