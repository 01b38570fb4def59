<?php
function g() {
  yield;
  yield 1;
  yield $k => $v;
  $x = yield;
  $y = yield 2;
  $z = (yield $a => $b);
  yield from g();
  $w = yield from [1, 2];
  foo(yield 1);
  return yield;
}
