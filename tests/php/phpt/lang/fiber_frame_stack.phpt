--TEST--
Fiber: an exception unwinding frames a fiber made before it last suspended leaves the resumer's frames intact
--FILE--
<?php
function deep2($n) { if ($n == 0) { Fiber::suspend(); throw new Exception("x"); } deep2($n - 1); }
function helper($p, $q) { $a = "helper-a"; $b = "helper-b"; $c = [$p, $q]; return count($c); }
function resumer2(Fiber $t) {
    $local = "intact";
    $other = [1, 2, 3];
    try { $t->resume(); } catch (Exception $e) { echo "caught\n"; }
    helper("p", "q");
    echo $local, " ", implode(",", $other), "\n";
}
$t = new Fiber(fn() => deep2(2));
$t->start();
resumer2($t);
echo "end\n";
--EXPECT--
caught
intact 1,2,3
end
