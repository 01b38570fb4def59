<?php
class A {
  const LIST = 1;
  const CLASS_NAME = 2;
  const NEW = 3;
  public function new() {}
  public function print() {}
}
A::LIST;
A::new();
$a->list();
$a->class;
