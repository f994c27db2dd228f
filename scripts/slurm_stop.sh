#!/usr/bin/env bash
# Stop the one-node Slurm cluster started by scripts/slurm_start.sh: cancel all jobs, then stop
# slurmd, slurmctld and munged (by their pid files). Safe to run when nothing is running.
# Pass --purge to also delete the controller state (jobs, node state) so the next start is clean.
set -u
RUN_DIR=/run/slurm
export PATH="$PATH:/usr/sbin:/sbin"

if command -v scancel >/dev/null 2>&1 && timeout 5 scontrol ping 2>/dev/null | grep -q UP; then
    timeout 10 scancel --full --quiet --user=root 2>/dev/null || true
    timeout 10 scancel --quiet --state=PENDING 2>/dev/null || true
    timeout 10 scancel --quiet --state=RUNNING 2>/dev/null || true
    for _ in $(seq 1 20); do  # let slurmd kill job steps (KillWait=5)
        [ -z "$(timeout 5 squeue -h -o %i 2>/dev/null)" ] && break
        sleep 0.5
    done
fi

stop_pidfile() {  # stop_pidfile NAME PIDFILE
    local pid
    pid="$(cat "$2" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q "$1" "/proc/$pid/comm" 2>/dev/null; then
        kill "$pid" 2>/dev/null
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null
        echo "slurm_stop: stopped $1 (pid $pid)"
    fi
    rm -f "$2"
}
stop_pidfile slurmd "$RUN_DIR/slurmd.pid"
stop_pidfile slurmctld "$RUN_DIR/slurmctld.pid"
stop_pidfile munged /run/munge/munged.pid

if [ "${1:-}" = "--purge" ]; then
    rm -rf /var/spool/slurmctld/* /var/spool/slurmd/*
    echo "slurm_stop: purged controller and node state"
fi
exit 0
