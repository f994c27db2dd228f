#!/usr/bin/env bash
# Start a one-node Ray cluster on loopback for tests and local runs: `ray start --head --block` in the
# background, its pid in $RAY_RUN_DIR/ray.pid, so scripts/ray_stop.sh stops exactly this cluster (ray's
# blocking head stops every process it started when it gets SIGTERM). Prints RAY_ADDRESS=host:port.
# Settings: RAY_PORT (default 6390), RAY_NUM_CPUS (default: all cores), RAY_RUN_DIR (default
# ${TMPDIR:-/tmp}/chemtrove-ray-$PORT). Exits 1 with a "ray_start:" line when it cannot start.
set -u
PORT="${RAY_PORT:-6390}"
RUN_DIR="${RAY_RUN_DIR:-${TMPDIR:-/tmp}/chemtrove-ray-$PORT}"
CPUS="${RAY_NUM_CPUS:-$(nproc)}"
mkdir -p "$RUN_DIR"

if ! command -v ray >/dev/null 2>&1; then
    echo "ray_start: the 'ray' command is not installed (pip install 'chemtrove[ray]')"
    exit 1
fi
pid="$(cat "$RUN_DIR/ray.pid" 2>/dev/null || true)"
if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    echo "ray_start: already running (pid $pid)"
    echo "RAY_ADDRESS=127.0.0.1:$PORT"
    exit 0
fi

export RAY_USAGE_STATS_ENABLED=0
setsid ray start --head --block \
    --node-ip-address=127.0.0.1 --port="$PORT" --num-cpus="$CPUS" \
    --include-dashboard=false --disable-usage-stats \
    --object-store-memory=200000000 --temp-dir="$RUN_DIR/tmp" \
    >"$RUN_DIR/ray.log" 2>&1 </dev/null &
echo $! >"$RUN_DIR/ray.pid"

for _ in $(seq 1 120); do
    if ! kill -0 "$(cat "$RUN_DIR/ray.pid")" 2>/dev/null; then
        echo "ray_start: ray exited while starting; last lines of $RUN_DIR/ray.log:"
        tail -5 "$RUN_DIR/ray.log"
        rm -f "$RUN_DIR/ray.pid"
        exit 1
    fi
    if grep -q "Ray runtime started" "$RUN_DIR/ray.log" 2>/dev/null; then
        echo "ray_start: head node up on 127.0.0.1:$PORT (log $RUN_DIR/ray.log)"
        echo "RAY_ADDRESS=127.0.0.1:$PORT"
        exit 0
    fi
    sleep 0.5
done
echo "ray_start: no 'Ray runtime started' in $RUN_DIR/ray.log after 60 s"
exit 1
