<?php
namespace A\B {
  function f() {}
}
namespace {
  echo 1;
}
