#!/usr/bin/env bash
# Debian packages CI installs (run as root): Chromium for the browser tests of the report and
# the classroom demo (optional for them: without it they launch @sparticuz/chromium from npm,
# and .ci/run proves that path too), SLURM and munge for the real job-array test.
# Skips apt entirely when everything is already there.
set -euo pipefail
needed=()
command -v chromium >/dev/null || needed+=(chromium chromium-driver)
command -v sbatch >/dev/null || needed+=(slurm-wlm)
command -v munged >/dev/null || needed+=(munge)
if [ ${#needed[@]} -gt 0 ]; then
  echo "installing Debian packages: ${needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${needed[@]}" >/dev/null
fi
