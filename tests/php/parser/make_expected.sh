#!/bin/sh
# Regenerates the expected outputs of the parser tests with php itself (8.2): for each X.php,
# X.expected is what `php -l` prints with display_errors on stdout and log_errors off, run from
# this folder so the file name in messages is the bare one. Usage: sh make_expected.sh [FILE.php...]
cd "$(dirname "$0")" || exit 1
[ $# -eq 0 ] && set -- *.php
for f in "$@"; do
  php -d short_open_tag=0 -d display_errors=stdout -d log_errors=0 -l "$f" > "${f%.php}.expected"
done
