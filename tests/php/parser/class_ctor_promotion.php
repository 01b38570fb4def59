<?php
class P {
  public function __construct(
    public int $x = 0,
    protected readonly string $y = '',
    private ?array $z = null,
    readonly int $w = 1,
    $plain = 2,
  ) {}
}
