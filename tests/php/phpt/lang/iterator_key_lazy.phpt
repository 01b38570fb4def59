--TEST--
foreach over an Iterator calls key() only when the loop names a key; iterator_to_array
--FILE--
<?php
class It implements Iterator {
    private $i = 0;
    function rewind(): void { echo "rewind\n"; $this->i = 0; }
    function valid(): bool { echo "valid\n"; return $this->i < 2; }
    function current(): mixed { echo "current\n"; return $this->i * 10; }
    function key(): mixed { echo "key\n"; return "k" . $this->i; }
    function next(): void { echo "next\n"; $this->i++; }
}
foreach (new It as $v) echo "v=$v\n";
foreach (new It as $k => $v) echo "$k=$v\n";
var_dump(iterator_to_array(new It, false));
var_dump(iterator_to_array(new It));
function g() { yield 'a' => 1; yield 'b' => 2; }
foreach (g() as $v) echo $v;
foreach (g() as $k => $v) echo $k, $v;
echo "\n";
--EXPECT--
rewind
valid
current
v=0
next
valid
current
v=10
next
valid
rewind
valid
current
key
k0=0
next
valid
current
key
k1=10
next
valid
rewind
valid
current
next
valid
current
next
valid
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(10)
}
rewind
valid
current
key
next
valid
current
key
next
valid
array(2) {
  ["k0"]=>
  int(0)
  ["k1"]=>
  int(10)
}
12a1b2
