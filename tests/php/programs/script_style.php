<?php
// typical "script" style code
$inventory = [
    ['name' => 'apple', 'qty' => 3, 'price' => 0.5],
    ['name' => 'pear', 'qty' => 0, 'price' => 0.75],
    ['name' => 'kiwi', 'qty' => 12, 'price' => 0.2],
];
$total = 0;
foreach ($inventory as $i => $item) {
    extract($item);
    $line = $qty * $price;
    $total += $line;
    printf("%-6s x%2d @ %.2f = %6.2f\n", $name, $qty, $price, $line);
}
echo "Total: " . number_format($total, 2) . PHP_EOL;
$inStock = array_filter($inventory, fn($it) => $it['qty'] > 0);
echo "In stock: ", implode(', ', array_column($inStock, 'name')), "\n";
$byName = array_column($inventory, null, 'name'); echo $byName['kiwi']['qty'], "\n";
usort($inventory, fn($a, $b) => $b['price'] <=> $a['price']);
echo $inventory[0]['name'], "\n";
$grouped = [];
foreach (['a1', 'b2', 'a3', 'c4', 'b5'] as $code) { $grouped[$code[0]][] = (int)substr($code, 1); }
ksort($grouped); foreach ($grouped as $k => $vals) echo "$k: ", array_sum($vals), " (", count($vals), ")\n";
$text = "the rain in spain falls mainly on the plain";
$counts = array_count_values(str_word_count($text, 1) ?: explode(' ', $text));
arsort($counts); print_r(array_slice($counts, 0, 2, true));
$matrix = []; for ($r = 0; $r < 3; $r++) for ($c = 0; $c < 3; $c++) $matrix[$r][$c] = $r * 3 + $c;
foreach ($matrix as $row) echo implode("\t", $row), "\n";
$transposed = []; foreach ($matrix as $r => $row) foreach ($row as $c => $v) $transposed[$c][$r] = $v; echo json_encode($transposed), "\n";
function fizz($n) { return match(true) { $n % 15 == 0 => 'FizzBuzz', $n % 3 == 0 => 'Fizz', $n % 5 == 0 => 'Buzz', default => (string)$n }; }
echo implode(' ', array_map('fizz', range(1, 15))), "\n";
$stack = []; foreach (str_split('(()[]{})') as $ch) { if (strpos('([{', $ch) !== false) $stack[] = $ch; else array_pop($stack); } var_dump(empty($stack));
$date = sprintf('%04d-%02d-%02d', 2024, 3, 7); [$y, $m, $d] = explode('-', $date); echo (int)$m + (int)$d, "\n";
$s = serialize_stub([1, 'a' => true]); echo $s, "\n";
function serialize_stub($v) { return json_encode($v); }
$memo = []; $fibm = function($n) use (&$fibm, &$memo) { if ($n < 2) return $n; return $memo[$n] ??= $fibm($n - 1) + $fibm($n - 2); }; echo $fibm(50), "\n";
echo str_pad('', 3, '-'), '|', sprintf('%6.2f%%', 45.678), '|', strtoupper(dechex(48879)), "\n";
$people = ['bob' => 25, 'alice' => 30, 'carol' => 25]; uksort($people, fn($a, $b) => $people[$a] <=> $people[$b] ?: strcmp($a, $b)); echo implode(',', array_keys($people)), "\n";
echo array_key_exists('x', ['x' => null]) ? 'yes' : 'no', isset(['x' => null]['x']) ? 'yes' : 'no', "\n";
$str = ''; foreach ([1, 2, 3] as $n) { $str .= $n . ($n < 3 ? ',' : ''); } echo $str, "\n";
echo 'Memory ok: ', memory_get_usage() > 0 ? 'yes' : 'no', "\n";
