#!/bin/sh
# Regenerates expected/ from the reference interpreter (with pypy3 if there is one: the
# programs run tens of millions of instructions).
cd "$(dirname "$0")" || exit 1
python=$(command -v pypy3 || command -v python3)
for p in ../../examples/tutorial/programs/*.tally; do
  name=$(basename "$p" .tally)
  "$python" reference_tally.py "$p" > "expected/$name.out" 2> /dev/null
done
