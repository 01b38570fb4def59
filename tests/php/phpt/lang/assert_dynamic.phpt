--TEST--
assert() called through a variable, assert_options() and the ASSERT_* constants
--FILE--
<?php
var_dump(assert_options(ASSERT_EXCEPTION, true), assert_options(ASSERT_ACTIVE), ASSERT_ACTIVE, ASSERT_CALLBACK, ASSERT_BAIL, ASSERT_WARNING, ASSERT_EXCEPTION);
$assert = 'assert';
var_dump($assert(true), $assert(1));
foreach ([null, 'described', new LogicException('custom')] as $d) {
    try {
        $d === null ? $assert(false) : $assert(0, $d);
    } catch (Throwable $e) {
        echo get_class($e), ": '", $e->getMessage(), "'\n";
    }
}
--EXPECT--
int(1)
int(1)
int(1)
int(2)
int(3)
int(4)
int(5)
bool(true)
bool(true)
AssertionError: ''
AssertionError: 'described'
LogicException: 'custom'
