<?php
class T {
  public int $a;
  public ?string $b = null;
  public int|float $c = 0;
  public A&B $d;
  public (A&B)|null $e;
  public static array $f = [];
  public \Foo\Bar $g;
  public iterable $h;
  public mixed $i;
  public false|null $j;
}
