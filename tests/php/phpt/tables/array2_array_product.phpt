--TEST--
array_product() on edge cases
--FILE--
<?php
var_dump(array_product(['2', 2.5]));
--EXPECT--
float(5)
