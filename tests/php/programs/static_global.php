<?php
$counter = 0;
function incGlobal() { global $counter; $counter++; }
incGlobal(); incGlobal(); echo $counter, "\n";
function newGlobal() { global $created; $created = "made in function"; }
newGlobal(); echo $created, "\n";
function memo($n) { static $cache = []; if (isset($cache[$n])) return "cached $n"; $cache[$n] = true; return "computed $n"; }
echo memo(1), " ", memo(2), " ", memo(1), "\n";
class Registry { private static $items = []; public static function add($x) { static::$items[] = $x; return count(self::$items); } }
Registry::add('a'); echo Registry::add('b'), "\n";
define('MY_CONST', 42); const OTHER = MY_CONST + 1; echo MY_CONST, OTHER, defined('MY_CONST') ? 'y' : 'n', constant('OTHER'), "\n";
echo __LINE__, " ", basename_stub(__FILE__), " ", __FUNCTION__, "|\n";
function basename_stub($f) { return substr($f, strrpos($f, '/') + 1); }
class MC { function m() { return __METHOD__ . " " . __CLASS__ . " " . __FUNCTION__; } } echo (new MC)->m(), "\n";
echo count($argv), " ", $argc, " ", $argv[1], "\n";
