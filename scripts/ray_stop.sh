#!/usr/bin/env bash
# Stop the Ray cluster started by scripts/ray_start.sh (same RAY_PORT / RAY_RUN_DIR): SIGTERM to the
# blocking `ray start` process, which stops the processes it started; SIGKILL to its process group
# after 30 s. Safe to run when nothing is running. Never touches other Ray clusters on the machine.
set -u
PORT="${RAY_PORT:-6390}"
RUN_DIR="${RAY_RUN_DIR:-${TMPDIR:-/tmp}/chemtrove-ray-$PORT}"
pid="$(cat "$RUN_DIR/ray.pid" 2>/dev/null || true)"
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL -- "-$pid" 2>/dev/null  # its own session (setsid): only this cluster's processes
    fi
    echo "ray_stop: stopped the ray head (pid $pid)"
fi
rm -f "$RUN_DIR/ray.pid"
