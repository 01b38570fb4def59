<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; const Wild = self::Spades; public function color(): string { return match($this) { Suit::Hearts => 'Red', Suit::Spades => 'Black' }; } public static function fromChar($c) { return self::from($c); } }
enum Status { case Active; case Inactive; }
var_dump(Suit::Hearts); print_r(Suit::Hearts); echo "\n"; var_dump(Status::Active);
echo Suit::Hearts->value, Suit::Hearts->name, Suit::from('S')->name, var_export(Suit::tryFrom('X'), true), count(Suit::cases()), Suit::Hearts->color(), "\n";
var_dump(Suit::Hearts === Suit::from('H'), Suit::Hearts instanceof UnitEnum, Suit::Hearts instanceof BackedEnum, Status::Active == Status::Inactive);
var_export(Suit::Spades); echo "\n"; echo json_encode(Suit::Hearts), json_encode(['s' => Suit::Spades]), "\n";
print_r(Status::cases());
try { Suit::from('Z'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$f = strlen(...); echo $f("abc"), "\n";
class K { function m($x) { return $x * 2; } static function s($x) { return $x + 1; } }
$k = new K; $m = $k->m(...); $s = K::s(...); echo $m(4), $s(4), "\n";
echo Suit::Wild->name, "\n";
