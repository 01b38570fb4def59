--TEST--
match: strict comparison, no match error
--FILE--
<?php
function kind($v) {
    return match(true) {
        is_int($v) => 'int',
        is_string($v) && $v !== '' => 'string',
        default => 'other',
    };
}
echo kind(1), kind('x'), kind(''), "\n";
echo match(3) { 1, 2 => 'low', 3, 4 => 'mid' }, "\n";
try { echo match('3') { 3 => 'int' }; } catch (\UnhandledMatchError $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECT--
intstringother
mid
UnhandledMatchError: Unhandled match case '3'
