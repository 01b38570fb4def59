--TEST--
similar_text() on edge cases
--FILE--
<?php
var_dump(similar_text('Hello', 'World'));
--EXPECT--
int(1)
