<?php
interface I { function m(); }
abstract class Base implements I { abstract protected function helper(int $x): string; public function m() { return $this->helper(2); } }
final class Impl extends Base { protected function helper(int $x): string { return str_repeat("ab", $x); } }
echo (new Impl)->m(), "\n";
class Temp { public function __construct(private float $c) {} public function toF(): float { return $this->c * 9 / 5 + 32; } }
var_dump((new Temp(100))->toF(), (new Temp(37.5))->toF());
function f(?array $a = null, string|int $b = 5, mixed ...$rest) { return gettype($a) . $b . count($rest); } echo f(), f([1], "x", 1, 2), "\n";
echo str_repeat('ab', 0), '|', implode(',', []), '|', join('-', [1]), "\n";
$a = ['x' => 1]; echo $a['y'] ?? $a['x'] ?? 0, "\n";
echo PHP_VERSION >= "8.0" ? "modern\n" : "old\n";
echo 07 + 0x10 + 0b11, "\n";
$items = ['apple' => 1.25, 'banana' => 0.5]; foreach ($items as $name => $price) { printf("%-10s $%5.2f\n", ucfirst($name), $price); }
echo sprintf("%'010.3f|%-8.2e|%5s|%-5s|", 3.14159, 1234.5, 'ab', 'cd'), "\n";
$s = 'a,b;c d'; print_r(preg_split('/[,; ]/', $s));
echo ucfirst(trim("  hello world  ")), "|", rtrim("1.500", "0"), "|", trim("xxhixx", "x"), "\n";
echo array_sum(array_map(fn($x) => $x ** 2, range(1, 10))), "\n";
class Node2 { public ?Node2 $next = null; public function __construct(public int $val) {} }
$head = new Node2(1); $head->next = new Node2(2); $head->next->next = new Node2(3);
for ($n = $head, $sum = 0; $n !== null; $n = $n->next) $sum += $n->val; echo $sum, "\n";
$x = 5; $res = match(true) { $x < 3 => 'small', $x < 10 => 'medium', default => 'large' }; echo $res, "\n";
echo json_encode(['name' => 'A', 'tags' => ['x', 'y'], 'meta' => new stdClass, 'n' => null], JSON_PRETTY_PRINT), "\n";
var_dump(json_encode([1 => 1, 2 => 2]), json_encode([0 => 'a', 1 => 'b']));
throw new DomainException("final uncaught", 5);
