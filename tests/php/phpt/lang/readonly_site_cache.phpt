--TEST--
readonly properties initialized through a call site's cache (a second write still throws), sprintf's %f and number_format digits, crc32
--FILE--
<?php
final class Money { public function __construct(public readonly int $cents) {} }
$a = [];
for ($i = 0; $i < 3; $i++) $a[] = new Money($i);
echo $a[2]->cents, "\n";
class R { public readonly int $x; public function init($v) { $this->x = $v; } }
$r = new R;
for ($i = 0; $i < 3; $i++) {
  try { $r->init($i); echo "set $i\n"; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
}
$r2 = new R;
$r2->init(5);
echo $r2->x, "\n";
try { $r2->x = 7; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$c = clone $r2;
try { $c->init(9); } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo sprintf("%.2f|%f|%.0f|%5.1f|%-8.3f|%+.1f|%.3F", 1.005, 2.5, 0.5, 3.14159, -2.0, 1.25, 1e20), "\n";
echo number_format(1234567.891, 2), " ", number_format(0.5), " ", number_format(-1234.567, 1, ',', '.'), " ", number_format(1e15, 3), "\n";
echo crc32("The quick brown fox jumped over the lazy dog."), " ", crc32(""), " ", crc32(123), "\n";
--EXPECT--
2
set 0
Error: Cannot modify readonly property R::$x
Error: Cannot modify readonly property R::$x
5
Cannot modify readonly property R::$x
Cannot modify readonly property R::$x
1.00|2.500000|0|  3.1|-2.000  |+1.2|100000000000000000000.000
1,234,567.89 1 -1.234,6 1,000,000,000,000,000.000
2191738434 0 2286445522
