<?php
interface I extends J, K {
  const C = 1;
  public function f(int $a): string;
  public static function g();
}
