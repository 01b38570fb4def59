<?php
$a = new class {};
$b = new class(1, 2) extends Base implements I, J {
  public function __construct(public int $x, $y) {}
};
$c = new #[Attr] class {};
$d = new readonly class {};
