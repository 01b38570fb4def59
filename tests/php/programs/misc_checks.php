<?php
$a = ['b' => 1, 'a' => 2, 'c' => 0];
uasort($a, fn($x, $y) => $x - $y);
foreach ($a as $k => $v) echo "$k:$v ";
echo "\n";
$str = "abc";
echo "{$str}def", ' ', "${str}", "\n";
var_dump((string)1e25, (int)"1e3", "1e3" + 0, 0.1 + 0.2 === 0.3, 1 <=> [], "abc" == "ABC");
$arr = [3 => 'a', 1 => 'b']; ksort($arr); var_dump($arr);
echo implode(",", array_keys(['x' => 1, 5 => 2, '7' => 3])), "\n";
$x = 5; $y = &$x; unset($y); $y = 6; echo $x, "\n";
function f(int ...$nums) { return array_sum($nums); } echo f(1, 2, 3), "\n";
echo strtr("Hi all", "ai", "eo"), " ", strtr("Hi all", ["Hi" => "Hello", "all" => "world"]), "\n";
echo sprintf("%'.10d|%-'x10d|%+.1e", 42, 42, 1234.5), "\n";
echo array_key_last([1,2,3]), PHP_EOL;
$o = (object)['a' => 1, 'b' => [1,2]]; echo $o->a, count($o->b), "\n"; var_dump($o);
echo json_encode(['a' => 1.0, 'b' => 0.1, 'c' => 1e100, 'd' => -0.0]), "\n";
var_dump(array_search('1', [0, 1, '1'], true));
echo ucwords('hello world-foo'), ' ', wordwrap('A very long woooooooooooord.', 8, "\n", true), "\n";
echo date_default_timezone_get_stub(), "\n";
function date_default_timezone_get_stub() { return 'UTC'; }
$s = sprintf('%s', true) . sprintf('%d', '12abc') . sprintf('%.3s', 'abcdef'); echo $s, "\n";
echo str_word_count("Hello fri3nd, you're looking good today!"), "\n";
var_dump(round(-0.4), round(3.14159, 3), floor(5), 10 % 3.5);
echo 10/3, " ", 2/3, " ", 1e-10, " ", -1.5e-7, " ", 1.0E+25, " ", 123456789.12345678, "\n";
var_dump(1e-10, 123456789.12345678, 0.1 * 3, 1/7);
