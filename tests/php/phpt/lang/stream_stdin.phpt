--TEST--
STDIN: fgets line by line, stream_get_contents to the end, php://stdin, writes to STDERR between output
--STDIN--
l1
l2
l3
l4
--FILE--
<?php
$first = fgets(STDIN);
var_dump($first, trim(fgets(STDIN)));
$rest = stream_get_contents(STDIN);
var_dump($rest, feof(STDIN), fgets(STDIN));
$in = fopen("php://stdin", "r"); var_dump(fgets($in));
var_dump(file_get_contents("php://stdin"));
echo "x"; fwrite(STDERR, "err\n"); echo "y\n";
--EXPECT--
string(3) "l1
"
string(2) "l2"
string(6) "l3
l4
"
bool(true)
bool(false)
bool(false)
string(0) ""
xy
