--TEST--
a class may not implement Traversable alone
--FILE--
<?php

class Plain implements Traversable {}
--EXPECT--
Fatal error: Class Plain must implement interface Traversable as part of either Iterator or IteratorAggregate in Unknown on line 0
