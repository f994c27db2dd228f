#!/usr/bin/env bash
# Start a real one-node Slurm cluster on this machine (Debian/Ubuntu, run as root, no systemd needed).
#
# Idempotent: if the node already answers idle, exits 0 at once. Otherwise installs the packages if
# missing, creates a munge key, writes /etc/slurm/slurm.conf, starts munged, slurmctld and slurmd as
# background daemons and waits (bounded) until the node is idle.
#
# On success prints "SLURM_PARTITION=debug" (and the node name) and exits 0.
# On failure prints one line starting with "slurm_start: " saying why, and exits non-zero, so a test
# can skip with that message.
#
# Environment (optional):
#   SLURM_START_TIMEOUT  seconds to wait for the node to become idle (default 60)
#   SLURM_NO_INSTALL=1   never run apt-get (fail if the packages are missing)
set -u

PARTITION=debug
TIMEOUT="${SLURM_START_TIMEOUT:-60}"
CONF_DIR=/etc/slurm
CONF="$CONF_DIR/slurm.conf"
LOG_DIR=/var/log/slurm
STATE_DIR=/var/spool/slurmctld
SPOOL_DIR=/var/spool/slurmd
RUN_DIR=/run/slurm
NODE="$(hostname -s)"

fail() {
    echo "slurm_start: FAILED: $*"
    exit 1
}

node_state() {
    # state of our node, e.g. "idle", "down*", "drained", "" if no answer. `scontrol ping` answers at
    # once; sinfo against a dead controller retries for ~9 s, so ask it only when the controller is up.
    timeout 5 scontrol ping 2>/dev/null | grep -q UP || return 0
    timeout 10 sinfo -h -n "$NODE" -o %T 2>/dev/null | head -n1 | tr -d '[:space:]'
}

ready() {
    echo "slurm_start: cluster is up (node $NODE idle)"
    echo "SLURM_NODE=$NODE"
    echo "SLURM_PARTITION=$PARTITION"
    exit 0
}

# 1. Already up? -------------------------------------------------------------------------------
if command -v sinfo >/dev/null 2>&1; then
    case "$(node_state)" in
        idle|mixed|allocated|completing) ready ;;
    esac
fi

[ "$(id -u)" -eq 0 ] || fail "must run as root to start slurm daemons (uid $(id -u))"

# 2. Packages ----------------------------------------------------------------------------------
need_install=0
for b in slurmctld slurmd sinfo sbatch munged; do
    command -v "$b" >/dev/null 2>&1 || [ -x "/usr/sbin/$b" ] || need_install=1
done
if [ "$need_install" -eq 1 ]; then
    [ "${SLURM_NO_INSTALL:-0}" = "1" ] && fail "slurm packages missing and SLURM_NO_INSTALL=1"
    command -v apt-get >/dev/null 2>&1 || fail "slurm not installed and apt-get not available"
    echo "slurm_start: installing slurmctld slurmd slurm-client munge ..."
    mkdir -p "$LOG_DIR"
    apt_log="$LOG_DIR/slurm_start_apt.log"
    export DEBIAN_FRONTEND=noninteractive
    if ! apt-get install -y -q --no-install-recommends slurmctld slurmd slurm-client munge \
            >"$apt_log" 2>&1; then
        apt-get update -q >>"$apt_log" 2>&1 || true
        apt-get install -y -q --no-install-recommends slurmctld slurmd slurm-client munge \
            >>"$apt_log" 2>&1 \
            || fail "apt-get install failed (see $apt_log): $(tail -n 3 "$apt_log" | tr '\n' ' ')"
    fi
fi
export PATH="$PATH:/usr/sbin:/sbin"

# 3. Munge ------------------------------------------------------------------------------------
id munge >/dev/null 2>&1 || fail "user munge does not exist (munge package broken?)"
mkdir -p /etc/munge /run/munge /var/lib/munge /var/log/munge
if [ ! -s /etc/munge/munge.key ]; then
    if command -v mungekey >/dev/null 2>&1; then
        mungekey --create --force --keyfile=/etc/munge/munge.key >/dev/null 2>&1
    fi
    [ -s /etc/munge/munge.key ] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
fi
chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge
chmod 0700 /etc/munge /var/lib/munge /var/log/munge
chmod 0755 /run/munge
chmod 0400 /etc/munge/munge.key

if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    pid="$(cat /run/munge/munged.pid 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null; sleep 1
    fi
    rm -f /run/munge/munge.socket.2 /run/munge/munge.socket.2.lock /run/munge/munged.pid
    mkdir -p "$LOG_DIR"
    su -s /bin/sh munge -c "/usr/sbin/munged --force" >"$LOG_DIR/slurm_start_munged.log" 2>&1 \
        || fail "munged did not start: $(tr '\n' ' ' <"$LOG_DIR/slurm_start_munged.log")"
    for _ in $(seq 1 20); do
        munge -n 2>/dev/null | unmunge >/dev/null 2>&1 && break
        sleep 0.25
    done
    munge -n 2>/dev/null | unmunge >/dev/null 2>&1 || fail "munge credential round trip fails after starting munged"
fi

# 4. Config -----------------------------------------------------------------------------------
mkdir -p "$CONF_DIR" "$LOG_DIR" "$STATE_DIR" "$SPOOL_DIR" "$RUN_DIR"
CPUS="$(nproc)"
# RealMemory: leave it to slurmd's detection but declare a conservative value so the node is not
# drained for "Low RealMemory"; mem-per-cpu requests are checked against it.
MEM_MB="$(awk '/MemTotal/ {print int($2/1024*0.9)}' /proc/meminfo)"
NEW_CONF="$(cat <<EOF
# Written by scripts/slurm_start.sh: one-node test cluster.
ClusterName=chemtrove
SlurmctldHost=$NODE(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
MpiDefault=none
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/backfill
SchedulerParameters=batch_sched_delay=0
DependencyParameters=kill_invalid_depend
ReturnToService=2
StateSaveLocation=$STATE_DIR
SlurmdSpoolDir=$SPOOL_DIR
SlurmctldPidFile=$RUN_DIR/slurmctld.pid
SlurmdPidFile=$RUN_DIR/slurmd.pid
SlurmctldLogFile=$LOG_DIR/slurmctld.log
SlurmdLogFile=$LOG_DIR/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
MailProg=/bin/true
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
JobAcctGatherType=jobacct_gather/none
MaxArraySize=10001
MinJobAge=300
KillWait=5
InactiveLimit=0
Waittime=0
NodeName=$NODE NodeAddr=127.0.0.1 CPUs=$CPUS RealMemory=$MEM_MB State=UNKNOWN
PartitionName=$PARTITION Nodes=$NODE Default=YES MaxTime=INFINITE State=UP
EOF
)"
conf_changed=0
if [ ! -f "$CONF" ] || [ "$(cat "$CONF")" != "$NEW_CONF" ]; then
    printf '%s\n' "$NEW_CONF" >"$CONF"
    conf_changed=1
fi
# task/none and proctrack/linuxproc need no cgroup.conf, but some builds read it anyway.
[ -f "$CONF_DIR/cgroup.conf" ] || printf 'CgroupPlugin=autodetect\nIgnoreSystemd=yes\n' >"$CONF_DIR/cgroup.conf"

# 5. Daemons ----------------------------------------------------------------------------------
running() {  # running NAME PIDFILE
    local pid
    pid="$(cat "$2" 2>/dev/null || true)"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && grep -q "$1" "/proc/$pid/comm" 2>/dev/null
}
stop_pidfile() {
    local pid
    pid="$(cat "$1" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill "$pid" 2>/dev/null
        for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    fi
    rm -f "$1"
}
if [ "$conf_changed" -eq 1 ]; then
    stop_pidfile "$RUN_DIR/slurmd.pid"
    stop_pidfile "$RUN_DIR/slurmctld.pid"
fi
if ! running slurmctld "$RUN_DIR/slurmctld.pid"; then
    /usr/sbin/slurmctld -f "$CONF" >>"$LOG_DIR/slurmctld.start.log" 2>&1 \
        || fail "slurmctld failed to start: $(tail -n 5 "$LOG_DIR/slurmctld.log" "$LOG_DIR/slurmctld.start.log" 2>/dev/null | tr '\n' ' ')"
fi
# slurmd registers with slurmctld; give the controller a moment to listen
for _ in $(seq 1 20); do timeout 5 scontrol ping 2>/dev/null | grep -q UP && break; sleep 0.25; done
if ! running slurmd "$RUN_DIR/slurmd.pid"; then
    /usr/sbin/slurmd -f "$CONF" >>"$LOG_DIR/slurmd.start.log" 2>&1 \
        || fail "slurmd failed to start: $(tail -n 5 "$LOG_DIR/slurmd.log" "$LOG_DIR/slurmd.start.log" 2>/dev/null | tr '\n' ' ')"
fi

# 6. Wait for idle ----------------------------------------------------------------------------
deadline=$(( $(date +%s) + TIMEOUT ))
resumed=0
state=""
while [ "$(date +%s)" -lt "$deadline" ]; do
    state="$(node_state)"
    case "$state" in
        idle|mixed|allocated|completing) ready ;;
        down*|drain*|fail*)
            if [ "$resumed" -lt 3 ]; then
                timeout 5 scontrol update nodename="$NODE" state=resume >/dev/null 2>&1 || true
                resumed=$((resumed + 1))
            fi ;;
    esac
    sleep 0.5
done
reason="$(timeout 5 sinfo -h -R -n "$NODE" 2>/dev/null | tr '\n' ' ')"
fail "node $NODE not idle after ${TIMEOUT}s (state '${state:-no answer}'${reason:+, reason: $reason}); logs: $LOG_DIR/slurmctld.log $LOG_DIR/slurmd.log; tail: $(tail -n 3 "$LOG_DIR/slurmctld.log" "$LOG_DIR/slurmd.log" 2>/dev/null | tr '\n' ' ')"
