#!/usr/bin/env bash
# Installs what building and testing krait needs on a Debian machine, if it
# is missing: a C compiler (with the static C library) and make.  Nothing else: the build and the tests
# use only bash and coreutils beyond these.
set -eu
missing=()
command -v cc >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || missing+=(gcc libc6-dev)
command -v make >/dev/null 2>&1 || missing+=(make)
# the static C library: build/krait links statically
if command -v cc >/dev/null 2>&1 && [ "$(cc -print-file-name=libc.a)" = libc.a ]; then
    missing+=(libc6-dev)
fi
command -v cmp >/dev/null 2>&1 || missing+=(diffutils)
command -v timeout >/dev/null 2>&1 || missing+=(coreutils)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}" >&2
    sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi
