<?php
class Foo { function bar($x) { return $x->baz(); } }
echo "start\n";
(new Foo)->bar(null);
