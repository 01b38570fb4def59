<?php
echo "before\n";
function f() { exit(3); }
try { f(); } finally { echo "finally does not run on exit\n"; }
echo "after\n";
