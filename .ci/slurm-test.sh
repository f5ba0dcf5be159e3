#!/usr/bin/env bash
# The cluster test of docs/cluster.md, for real: start munge and a one-node SLURM cluster on this
# machine (as root; Debian's slurm-wlm and munge, installed by system-packages.sh), submit a sweep
# as a 3-task job array with slurm/sweep-array.sbatch, wait, merge the shards, and check the
# merged tables equal a single-machine run of the same sweep byte for byte; then run a quick
# calibration with slurm/calibrate.sbatch on 2 tasks and check its posterior and fit equal a
# single-machine calibration's.
# Needs the built CLI (npm test builds dist/). Prints "slurm: passed" or "slurm: FAILED: why".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d /tmp/ipasim-slurm.XXXXXX)
fail() { echo "slurm: FAILED: $*"; for f in "$work"/log/*.log "$work"/jobs/*.log; do [ -f "$f" ] && { echo "--- $f"; tail -n 20 "$f"; }; done; exit 1; }

cleanup() {
  # Stop the daemons and wait for them: a controller still shutting down holds its port.
  for pidfile in "$work/run/slurmd.pid" "$work/run/slurmctld.pid"; do
    [ -f "$pidfile" ] || continue
    pid=$(cat "$pidfile")
    kill "$pid" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  done
  [ -n "${munge_started:-}" ] && pkill -x munged 2>/dev/null
  return 0
}
trap cleanup EXIT

for cmd in munged slurmctld slurmd sbatch sinfo; do command -v "$cmd" >/dev/null || fail "$cmd is not installed (run .ci/system-packages.sh as root)"; done
[ "$(id -u)" -eq 0 ] || fail "must run as root to start munge and SLURM daemons"

# munge: a key (1,024 random bytes, owned by munge, mode 400) and the daemon.
if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
  mkdir -p /etc/munge /run/munge /var/lib/munge /var/log/munge
  [ -s /etc/munge/munge.key ] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
  chown -R munge:munge /etc/munge /run/munge /var/lib/munge /var/log/munge
  chmod 400 /etc/munge/munge.key
  runuser -u munge -- munged --force 2>/dev/null || munged --force || fail "munged did not start"
  munge_started=1
  munge -n | unmunge >/dev/null || fail "munge does not authenticate"
fi

# A one-node cluster whose files all live under $work; SLURM_CONF points every tool at it.
host=$(hostname -s)
mkdir -p "$work"/{state,spool,log,run,jobs}
export SLURM_CONF="$work/slurm.conf"
cat > "$SLURM_CONF" <<CONF
ClusterName=ipasim-ci
SlurmctldHost=$host
AuthType=auth/munge
CryptoType=crypto/munge
SlurmUser=root
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
StateSaveLocation=$work/state
SlurmdSpoolDir=$work/spool
SlurmctldPidFile=$work/run/slurmctld.pid
SlurmdPidFile=$work/run/slurmd.pid
SlurmctldLogFile=$work/log/slurmctld.log
SlurmdLogFile=$work/log/slurmd.log
SlurmctldPort=6817
SlurmdPort=6818
NodeName=$host CPUs=$(nproc) RealMemory=1000 State=UNKNOWN
PartitionName=ci Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
slurmctld -f "$SLURM_CONF" || fail "slurmctld did not start"
slurmd -f "$SLURM_CONF" || fail "slurmd did not start"
for _ in $(seq 60); do sinfo -h -o %t 2>/dev/null | grep -q idle && break; sleep 1; done
sinfo -h -o %t | grep -q idle || fail "the node did not come up idle: $(sinfo 2>&1)"

sweep=.ci/cluster-sweep.yaml
single="$work/single" sharded="$work/sharded"
node dist/src/cli/main.js sweep "$sweep" --out "$single" >/dev/null 2>&1 || fail "single-machine sweep failed"

started=$(date +%s)
IPASIM_CLI="$root/dist/src/cli/main.js" sbatch --wait --array=1-3 --cpus-per-task=1 --chdir="$root" \
  --output="$work/jobs/task-%a.log" "$root/slurm/sweep-array.sbatch" "$sweep" "$sharded" >/dev/null \
  || fail "the job array failed"
echo "slurm: 3-task array finished in $(( $(date +%s) - started )) s"

node dist/src/cli/main.js merge "$sharded" >/dev/null || fail "merge failed"
for f in manifest.json points.csv runs.csv runs.arrow; do
  cmp -s "$single/$f" "$sharded/$f" || fail "merged $f differs from the single-machine run"
done
echo "slurm: sweep passed (merged shards equal the single-machine run byte for byte)"

# The calibration of docs/cluster.md: slurm/calibrate.sbatch with 2 tasks (one job step of 2
# shards per generation), on the targets file's quick budget, against one machine.
cal=calibration/p-village.yaml
node dist/src/cli/main.js calibrate "$cal" --quick --no-write-scenario --workers 1 --out "$work/cal-single" >/dev/null 2>&1 \
  || fail "single-machine calibration failed"
started=$(date +%s)
IPASIM_CLI="$root/dist/src/cli/main.js" sbatch --wait --ntasks=2 --cpus-per-task=1 --chdir="$root" \
  --output="$work/jobs/calibrate.log" "$root/slurm/calibrate.sbatch" "$cal" "$work/cal-slurm" --quick --no-write-scenario >/dev/null \
  || fail "the calibration job failed"
echo "slurm: 2-task calibration finished in $(( $(date +%s) - started )) s"
for f in posterior.csv parameters.csv fit.csv generations.csv; do
  cmp -s "$work/cal-single/$f" "$work/cal-slurm/$f" || fail "calibration $f from the cluster differs from the single-machine run"
done
echo "slurm: passed (merged sweep shards and the sharded calibration equal single-machine runs byte for byte)"
