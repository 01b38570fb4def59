<?php
$a = new class { public function f() { return new class {}; } };
