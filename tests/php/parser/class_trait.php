<?php
trait T {
  public $x = 1;
  abstract public function a();
  public static function b() {}
}
class A {
  use T;
  use T1, T2 {
    T1::hello insteadof T2;
    T2::hello as protected hello2;
    world as private;
    T1::x as y;
    list as public array;
  }
  use T3 { }
}
