<?php
enum Suit {
  case Hearts;
  case Spades;
}
enum Status: string implements HasLabel {
  case Active = 'active';
  case Inactive = 'inactive';
  const DEFAULT = self::Active;
  public function label(): string { return ucfirst($this->value); }
  public static function fromLabel(string $l): self { return self::from($l); }
}
enum E: int { case A = 1 << 0; case B = 1 << 1; }
