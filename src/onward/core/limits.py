"""Reading uploaded files within limits, so a hostile or broken file costs a bounded amount of memory and time.

Two layers, used by every place that parses an uploaded file (resume and posting uploads, the importers,
the mail upload):

- `check_zip` reads every member of a zip archive and counts the bytes that actually come out, not the sizes
  the archive declares, stopping as soon as the total passes the limit.
- `bounded` runs a parsing function in a child process with a memory and CPU-time cap (resource.setrlimit),
  for the libraries (pypdf, python-docx, openpyxl, json) whose own work cannot be limited from outside. The
  child only parses; it never touches the database, so nothing can be stored half-way.

Every refusal is raised as the caller's own error class with a message that names the limit.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import signal
import sys
import zipfile
from collections.abc import Callable
from typing import Any, TypeVar

MB = 1024 * 1024
# What one parse may use on top of what the process already holds, and how long it may compute.
PARSE_MEMORY = 512 * MB
PARSE_CPU_SECONDS = 20
# Wall-clock grace on top of the CPU limit: the machine may be busy with other work.
WALL_GRACE_SECONDS = 60

T = TypeVar("T")


def megabytes(n: int) -> str:
    return f"{n // MB} MB"


def check_zip(data: bytes, *, max_unpacked: int, max_members: int = 10_000, what: str = "This file",
              error: type[Exception] = ValueError) -> None:
    """Refuse a zip archive whose members unpack to more than `max_unpacked` bytes, counted while reading.

    A zip bomb may declare tiny sizes in its directory; this reads the real stream (in blocks, so the check
    itself stays small) and stops at the limit.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return  # not a zip archive at all; the parser says so in its own words
    with archive:
        infos = archive.infolist()
        if len(infos) > max_members:
            raise error(f"{what} holds more than {max_members:,} files inside, so it was not opened.")
        total = 0
        for info in infos:
            try:
                with archive.open(info) as member:
                    while total <= max_unpacked and (block := member.read(MB)):
                        total += len(block)
            except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, RuntimeError, ValueError):
                return  # a damaged or encrypted member: left to the parser, which reports it
            if total > max_unpacked:
                raise error(f"{what} unpacks to more than {megabytes(max_unpacked)} (the limit), so it was not "
                            "opened.")


def _vm_bytes() -> int:
    """The address space this process holds now (Linux); 0 when unknown."""
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _child(conn, func, args, kwargs, memory: int, cpu_seconds: int) -> None:
    import resource

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    base = _vm_bytes()
    if base:
        resource.setrlimit(resource.RLIMIT_AS, (base + memory, base + memory))
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 5))
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 1000))
    try:
        result: tuple[str, Any] = ("ok", func(*args, **kwargs))
    except MemoryError:
        result = ("memory", None)
    except RecursionError:
        result = ("recursion", None)
    except Exception as exc:  # noqa: BLE001 - handed back to the parent, which re-raises it as it was
        result = ("error", exc)
    try:
        conn.send(result)
    except MemoryError:
        conn.send(("memory", None))
    except Exception:  # noqa: BLE001 - an exception that cannot be pickled: keep its message
        conn.send(("error", ValueError(str(result[1]))))
    conn.close()


def _can_fork() -> bool:
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def bounded(func: Callable[..., T], *args: Any, error: type[Exception], what: str = "This file",
            memory: int = PARSE_MEMORY, cpu_seconds: int = PARSE_CPU_SECONDS, **kwargs: Any) -> T:
    """`func(*args, **kwargs)` run in a child process with a memory and CPU cap; its result, or its exception
    re-raised here. A file that needs more than the caps raises `error` with a message naming the limit.

    Where a child process cannot be forked (not Linux), the function runs here; the streaming limits that
    every reader applies on its own still hold.
    """
    if not _can_fork():
        return func(*args, **kwargs)
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(send, func, args, kwargs, memory, cpu_seconds))
    process.start()
    send.close()
    try:
        if not receive.poll(cpu_seconds + WALL_GRACE_SECONDS):
            outcome: tuple[str, Any] = ("time", None)
        else:
            try:
                outcome = receive.recv()
            except (EOFError, OSError):
                outcome = ("died", None)
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join()
    kind, value = outcome
    if kind == "ok":
        return value
    if kind == "error":
        raise value
    if kind == "memory":
        raise error(f"{what} needs more than {megabytes(memory)} of memory to read (the limit), so it was not "
                    "read. Nothing was saved.")
    if kind == "recursion":
        raise error(f"{what} is nested too deeply to read, so it was not read. Nothing was saved.")
    if kind == "died" and process.exitcode not in (-signal.SIGXCPU, -signal.SIGKILL):
        raise error(f"{what} could not be read; it may be damaged or too large. Nothing was saved.")
    # Killed for CPU time (SIGXCPU), or still running at the wall-clock limit.
    raise error(f"{what} takes more than {cpu_seconds} seconds to read (the limit), so reading it was stopped. "
                "Nothing was saved.")
