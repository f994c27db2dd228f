"""A wall-clock guard for one record, where no cheap bound on the work exists.

Cheap bounds come first (text length, atoms, sites times symmetry operations: see each function's
``max_*`` arguments); :func:`time_limit` is the backstop for what they cannot foresee. It interrupts
Python code (pymatgen's and RDKit's Python layers, numpy loops); a single long C call is interrupted when
it returns. The outcome of a record cut by the clock depends on the machine, so limits are set far above
what real records need: a record that hits one is a bug report waiting to be written, not a normal case.

Example:
    >>> with time_limit(5.0):
    ...     sum(range(10))
    45
"""

from __future__ import annotations

import contextlib
import signal
import threading
import time
from collections.abc import Iterator

TIMEOUT_REASON = "timeout"
"""The reason code of a record cut by :func:`time_limit`."""


class RecordTimeout(Exception):  # noqa: N818 - reads as what happened
    """The per-record time limit was reached."""


_deadlines: list[float] = []


def _arm() -> None:
    if _deadlines:
        signal.setitimer(signal.ITIMER_REAL, max(1e-4, min(_deadlines) - time.monotonic()))
    else:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _on_alarm(signum, frame) -> None:  # noqa: ARG001 - signal handler signature
    if _deadlines and time.monotonic() >= min(_deadlines) - 1e-3:
        raise RecordTimeout("time limit reached")
    _arm()  # a late or early signal: wait for the nearest deadline again


def guard_available() -> bool:
    """True where :func:`time_limit` can interrupt: the main thread of a process with ``SIGALRM`` (Unix)."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`RecordTimeout` inside the block once ``seconds`` have passed.

    Guards nest (the nearest deadline wins) and restore any ``SIGALRM`` handler and timer set before.
    Where no guard is possible (not the main thread, no ``SIGALRM``) or ``seconds`` is ``None`` or not
    positive, the block runs unguarded.

    Args:
        seconds: Wall-clock limit for the block.
    """
    if seconds is None or seconds <= 0 or not guard_available():
        yield
        return
    outer = not _deadlines
    previous_handler = signal.getsignal(signal.SIGALRM) if outer else None
    previous_timer = signal.getitimer(signal.ITIMER_REAL) if outer else (0.0, 0.0)
    if outer:
        signal.signal(signal.SIGALRM, _on_alarm)
    deadline = time.monotonic() + seconds
    _deadlines.append(deadline)
    try:
        _arm()
        yield
    finally:
        _deadlines.remove(deadline)
        if outer:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, signal.SIG_DFL if previous_handler is None else previous_handler)
            if previous_timer[0] > 0:
                signal.setitimer(signal.ITIMER_REAL, *previous_timer)
        else:
            _arm()


__all__ = ["TIMEOUT_REASON", "RecordTimeout", "guard_available", "time_limit"]
