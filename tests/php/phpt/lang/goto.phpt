--TEST--
goto: backward and forward jumps, out of nested loops
--FILE--
<?php
$i = 0;
start:
$i++;
if ($i < 3) goto start;
echo "i=$i\n";
function find($grid, $want) {
    foreach ($grid as $r => $row)
        foreach ($row as $c => $v)
            if ($v === $want) goto found;
    return "missing";
    found:
    return "found at $r,$c";
}
echo find([[1, 2], [3, 4]], 3), "\n", find([[1]], 9), "\n";
goto end;
echo "skipped\n";
end:
echo "done\n";
--EXPECT--
i=3
found at 1,0
missing
done
