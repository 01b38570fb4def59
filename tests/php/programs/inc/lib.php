<?php
function helper($x) { return $x * 2; }
class IncClass { const V = 7; }
$shared = "from include";
$counter++;
return "retval";
