--TEST--
similar_text() on edge cases
--FILE--
<?php
var_dump(similar_text('World', 'Word'));
--EXPECT--
int(4)
