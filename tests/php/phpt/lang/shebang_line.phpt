--TEST--
a #! first line of the main script is skipped and still counted
--FILE--
#!/usr/bin/env php
<?php
echo "line ", __LINE__, "\n";
echo $undefined;
--EXPECTF--
line 3

Warning: Undefined variable $undefined in %s on line 4
