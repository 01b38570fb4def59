<?php
function outer() {
  function inner() {}
  class C {}
}
