"""The per-record wall-clock guard: interrupts Python work, nests, and leaves other SIGALRM users alone."""

import signal
import threading
import time

import pytest

from chemtrove.chem.limits import RecordTimeout, guard_available, time_limit

pytestmark = pytest.mark.skipif(not guard_available(), reason="needs SIGALRM in the main thread (Unix)")


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_interrupts_a_long_loop():
    t0 = time.monotonic()
    with pytest.raises(RecordTimeout):
        with time_limit(0.2):
            _spin(5)
    assert time.monotonic() - t0 < 1.5


def test_nested_nearest_deadline_wins_and_outer_still_fires():
    with pytest.raises(RecordTimeout):
        with time_limit(0.3):
            with pytest.raises(RecordTimeout):
                with time_limit(0.1):
                    _spin(5)
            _spin(5)  # the outer guard is re-armed after the inner one


def test_no_limit_and_restores_previous_handler():
    fired = []
    old = signal.signal(signal.SIGALRM, lambda *a: fired.append(1))
    try:
        with time_limit(None):
            _spin(0.01)
        with time_limit(1.0):
            _spin(0.01)
        assert signal.getsignal(signal.SIGALRM) is not None and not fired
        assert signal.getitimer(signal.ITIMER_REAL)[0] == 0
    finally:
        signal.signal(signal.SIGALRM, old)


def test_other_threads_run_unguarded():
    out = []

    def work():
        with time_limit(0.01):
            _spin(0.05)
        out.append("done")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert out == ["done"]
