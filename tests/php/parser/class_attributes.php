<?php
#[Attr]
class A {
  #[Prop(1)]
  public $p;
  #[M1, M2('x', name: 1)]
  #[M3]
  public function m(#[SensitiveParameter] $x) {}
  #[C]
  const K = 1;
}
#[F(A::B)]
function f() {}
#[\Ns\Attr(), Other,]
enum E { #[Cs] case X; }
$f = #[A] function () {};
