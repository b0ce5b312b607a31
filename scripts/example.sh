#!/usr/bin/env bash
# Builds krait and runs it on the example shipped in examples/.
set -eu
cd "$(dirname "$0")/.."
bash scripts/deps.sh
make -s -j"$(nproc)" build/krait
exec build/krait run examples/hello.py
