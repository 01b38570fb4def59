#!/bin/sh
# Regenerates the expected token streams with php itself (8.2): X.tokens = dump_tokens.php X.php.
# Usage: sh make_expected.sh [FILE.php...]
cd "$(dirname "$0")" || exit 1
[ $# -eq 0 ] && set -- $(ls *.php | grep -v '^dump_tokens.php$')
for f in "$@"; do
  php -d short_open_tag=0 dump_tokens.php "$f" > "${f%.php}.tokens"
done
