#!/usr/bin/env bash
# Regenerates the expected outputs of the parser tests with CPython 3.14 (the
# cpython314 oracle).  Needed only when adding or changing test files, never
# to run the tests (that is run.sh).
#
#   tests/parse/gen_expected.sh [-k PATTERN]
#
#   ok/NAME.py           -> ok/NAME.py.out           print(ast.dump(ast.parse(open(NAME,'rb').read())))
#   err/NAME.py          -> err/NAME.py.err          stderr of `python3.14 NAME.py` (cwd = err/)
#   compile_err/NAME.py  -> compile_err/NAME.py.out  the AST dump (ast.parse accepts these)
#                           compile_err/NAME.py.err  stderr of `python3.14 NAME.py` (compile() rejects them)
#
# -k PATTERN regenerates only the files whose "DIR/NAME.py" matches the glob
# *PATTERN*.  Checks as it goes that every ok/ file parses, every err/ file is
# rejected by ast.parse itself, and every compile_err/ file is accepted by
# ast.parse but rejected by compile(); it reports violations and exits 1.
#
# The oracle is $CPYTHON314, else ../shared/tools/cpython314 beside the repo.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
oracle=${CPYTHON314:-$root/../shared/tools/cpython314}
[ -x "$oracle" ] || oracle=/work/shared/tools/cpython314
[ -x "$oracle" ] || { echo "gen_expected: cannot find the cpython314 oracle (set CPYTHON314=path/to/cpython314)" >&2; exit 2; }
pattern=""
while [ $# -gt 0 ]; do
  case $1 in
    -k) pattern=$2; shift ;;
    -k*) pattern=${1#-k} ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "usage: $0 [-k PATTERN]" >&2; exit 2 ;;
  esac
  shift
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
drivers=()
for d in ok err compile_err; do
  [ -d "$here/$d" ] || continue
  mkdir -p "$tmp/$d"
  n=0
  for f in "$here/$d"/*.py; do
    [ -e "$f" ] || continue
    [[ "$d/${f##*/}" == *$pattern* ]] || continue
    cp "$f" "$tmp/$d/"
    n=$((n + 1))
  done
  [ $n -gt 0 ] || continue
  cp "$here/gen_driver.py" "$tmp/$d/_krait_gen_$d.py"
  drivers+=("$tmp/$d/_krait_gen_$d.py")
done
if [ ${#drivers[@]} -eq 0 ]; then echo "no test files match" >&2; exit 1; fi

"$oracle" --out "$tmp/res" "${drivers[@]}"

# Write the expected files (node is there whenever the oracle is).
node --input-type=module - "$tmp/res" "$here" "$pattern" <<'EOF'
import fs from "node:fs";
import path from "node:path";
const [resDir, here, pattern] = process.argv.slice(2);
let problems = 0, written = 0;
const complain = (m) => { problems++; console.error("gen_expected: " + m); };
for (const d of ["ok", "err", "compile_err"]) {
  const base = path.join(resDir, `_krait_gen_${d}.py`);
  if (!fs.existsSync(base + ".out")) continue;
  const drvErr = fs.readFileSync(base + ".err", "utf8");
  if (drvErr.trim()) complain(`${d}: driver stderr:\n${drvErr}`);
  const { records } = JSON.parse(fs.readFileSync(base + ".out", "utf8"));
  const names = new Set();
  for (const r of records) {
    names.add(r.name);
    const rel = `${d}/${r.name}`, target = path.join(here, d, r.name);
    const put = (ext, text) => { fs.writeFileSync(target + ext, text, "utf8"); written++; };
    const drop = (ext) => { if (fs.existsSync(target + ext)) fs.unlinkSync(target + ext); };
    if (d === "ok") {
      if (r.parse_error) { complain(`${rel}: ast.parse fails: ${r.parse_error}`); drop(".out"); continue; }
      put(".out", r.dump);
    } else if (d === "err") {
      drop(".out");
      if (!r.parse_error) {
        complain(r.compile_error ? `${rel}: ast.parse accepts it (compile-only error, move it to compile_err/): ${r.compile_error}`
                                 : `${rel}: is valid Python`);
        drop(".err"); continue;
      }
      if (r.rc !== -1 || !/^(\w+Error): /m.test(r.stderr)) complain(`${rel}: unexpected result of running it (rc ${r.rc}):\n${r.stderr}`);
      put(".err", r.stderr);
    } else {
      if (r.parse_error) { complain(`${rel}: ast.parse rejects it (belongs in err/): ${r.parse_error}`); drop(".out"); drop(".err"); continue; }
      if (!r.compile_error) { complain(`${rel}: compiles fine`); drop(".err"); continue; }
      put(".out", r.dump);
      put(".err", r.stderr);
    }
  }
  if (!pattern) {  // full run: drop expected files whose source is gone
    for (const f of fs.readdirSync(path.join(here, d))) {
      const m = /^(.*\.py)\.(out|err)$/.exec(f);
      if (m && !names.has(m[1])) { fs.unlinkSync(path.join(here, d, f)); console.error(`gen_expected: removed stale ${d}/${f}`); }
    }
  }
}
console.error(`gen_expected: wrote ${written} expected files` + (problems ? `, ${problems} problem(s)` : ""));
process.exitCode = problems ? 1 : 0;
EOF
