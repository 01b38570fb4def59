#!/bin/sh
# Regenerates the expected outputs of the weft-php program tests with php itself (8.2, no ini
# file: display_errors on stdout as php-cli's defaults). For each X.php, X.expected is what
# `php -n X.php` prints on stdout, with this folder's absolute path replaced by %DIR%; when
# the exit status is not 0 it is written to X.exit. Usage: sh make_expected.sh [FILE.php...]
cd "$(dirname "$0")" || exit 1
dir=$(pwd)
[ $# -eq 0 ] && set -- *.php
for f in "$@"; do
  base="${f%.php}"
  php -n "$f" arg1 arg2 < /dev/null 2>/dev/null | sed "s|$dir|%DIR%|g" > "$base.expected"
  status=$(php -n "$f" arg1 arg2 < /dev/null > /dev/null 2>&1; echo $?)
  if [ "$status" != 0 ]; then echo "$status" > "$base.exit"; else rm -f "$base.exit"; fi
done
