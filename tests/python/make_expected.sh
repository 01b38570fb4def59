#!/usr/bin/env bash
# Regenerates the expected outputs of the weft-python differential tests with the reference
# python3 (3.11). Run from anywhere; commit the results together with the test programs.
#   programs/X.py -> programs/X.out (stdout), X.err (stderr), X.rc (exit status); X.flags, if
#                    present, holds interpreter options to run X.py with
#   syntax/X.py   -> syntax/X.err (python3's SyntaxError report), X.rc
#   tokens/X.py   -> tokens/X.tokens (tokenize module, via tokens/dump_tokens.py)
#   repl/X.in     -> repl/X.out, X.err, X.rc: `python3 -i -q [X.py] < X.in`
#   signals/X.py  -> signals/X.out, X.err, X.rc: SIGINT sent at each `ready` line (run_signals.py)
# With arguments (programs/X.py, syntax/X.py or repl/X.in paths relative to this folder), only
# those.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
py="${PYTHON3:-python3}"
"$py" -c 'import sys; assert sys.version_info[:2] == (3, 11), sys.version' || {
  echo "make_expected.sh needs python 3.11" >&2; exit 1; }
export PYTHONHASHSEED=0
only=("$@")
for dir in programs syntax; do
  cd "$here/$dir"
  for f in *.py; do
    if [ ${#only[@]} -gt 0 ]; then
      keep=0
      for o in "${only[@]}"; do [ "$o" = "$dir/$f" ] && keep=1; done
      [ $keep = 1 ] || continue
    fi
    base="${f%.py}"
    flags=()  # X.flags: interpreter options for X.py (programs only)
    [ -f "$base.flags" ] && read -r -a flags < "$base.flags"
    set +e
    if [ -f "$base.in" ]; then
      "$py" "${flags[@]}" "$f" < "$base.in" > "$base.out" 2> "$base.err"
    else
      "$py" "${flags[@]}" "$f" < /dev/null > "$base.out" 2> "$base.err"
    fi
    echo $? > "$base.rc"
    set -e
    # python3 reports the script by its absolute path; the tests compare it without the folder
    sed -i "s#$here/$dir/##g" "$base.err"
    [ "$dir" = syntax ] && rm -f "$base.out"
    [ -s "$base.err" ] || rm -f "$base.err"
  done
done
# repl/X.in -> python3 -i -q [X.py] < X.in: the REPL reading piped input (prompts on stderr)
cd "$here/repl"
for f in *.in; do
  base="${f%.in}"
  if [ ${#only[@]} -gt 0 ]; then
    keep=0
    for o in "${only[@]}"; do [ "$o" = "repl/$f" ] && keep=1; done
    [ $keep = 1 ] || continue
  fi
  script=()
  [ -f "$base.py" ] && script=("$base.py")
  set +e
  "$py" -i -q "${script[@]}" < "$f" > "$base.out" 2> "$base.err"
  echo $? > "$base.rc"
  set -e
  sed -i "s#$here/repl/##g" "$base.err"
done
[ ${#only[@]} -gt 0 ] && exit 0
cd "$here/tokens"
for f in *.py; do
  [ "$f" = dump_tokens.py ] && continue
  "$py" dump_tokens.py "$f" > "${f%.py}.tokens"
done
# signals/X.py -> X.out, X.err, X.rc: the program interrupted by SIGINT where it prints `ready`
"$py" "$here/run_signals.py" generate "$py"
