--TEST--
pure and backed enums: cases, from, tryFrom, methods, constants
--FILE--
<?php
enum Suit: string {
    case Hearts = 'H'; case Spades = 'S';
    const Wild = self::Spades;
    public function color(): string { return match($this) { self::Hearts => 'Red', self::Spades => 'Black' }; }
    public static function fromChar(string $c): self { return self::from($c); }
}
enum Status { case Active; case Inactive; }
echo Suit::Hearts->value, ' ', Suit::Hearts->name, ' ', Suit::fromChar('S')->color(), "\n";
var_dump(Suit::tryFrom('X'), Suit::Wild === Suit::Spades, Status::Active instanceof UnitEnum);
var_dump(Suit::cases(), Status::Active);
try { Suit::from('Q'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
H Hearts Black
NULL
bool(true)
bool(true)
array(2) {
  [0]=>
  enum(Suit::Hearts)
  [1]=>
  enum(Suit::Spades)
}
enum(Status::Active)
"Q" is not a valid backing value for enum Suit
