#!/bin/sh
# Worker container entrypoint. `worker` (default) starts a pinned prefork worker: the cpuset the
# container was given (docker-compose `cpuset`) is split into EDGEBATCH_WORKER_PROCS disjoint
# core sets, one per child. Anything else runs as an edgebatch subcommand.
set -eu
if [ "${1:-worker}" = "worker" ]; then
  shift || true
  exec edgebatch worker --procs "${EDGEBATCH_WORKER_PROCS:-1}" ${EDGEBATCH_WORKER_CPUS:+--cpus "$EDGEBATCH_WORKER_CPUS"} "$@"
fi
exec edgebatch "$@"
