#!/usr/bin/env bash
# Builds krait and runs the whole test suite; the last line of output is
# "N passed, N failed".
set -eu
cd "$(dirname "$0")/.."
bash scripts/deps.sh
make -s -j"$(nproc)" all
exec make -s test
