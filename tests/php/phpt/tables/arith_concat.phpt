--TEST--
operator . over ints, floats, numeric and leading-numeric strings (warnings, TypeErrors)
--FILE--
<?php
try { var_dump(5 . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(5 . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(-3 . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(2.5 . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('4' . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('1.5' . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('7 apples' . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(true . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(null . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump('0x1A' . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(' 3' . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . 5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . -3); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . 2.5); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . '4'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . '1.5'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . '7 apples'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . true); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . null); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . '0x1A'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . ' 3'); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { var_dump(PHP_INT_MAX . PHP_INT_MAX); } catch (\Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
--EXPECT--
string(2) "55"
string(3) "5-3"
string(4) "52.5"
string(2) "54"
string(4) "51.5"
string(9) "57 apples"
string(2) "51"
string(1) "5"
string(5) "50x1A"
string(3) "5 3"
string(20) "59223372036854775807"
string(3) "-35"
string(4) "-3-3"
string(5) "-32.5"
string(3) "-34"
string(5) "-31.5"
string(10) "-37 apples"
string(3) "-31"
string(2) "-3"
string(6) "-30x1A"
string(4) "-3 3"
string(21) "-39223372036854775807"
string(4) "2.55"
string(5) "2.5-3"
string(6) "2.52.5"
string(4) "2.54"
string(6) "2.51.5"
string(11) "2.57 apples"
string(4) "2.51"
string(3) "2.5"
string(7) "2.50x1A"
string(5) "2.5 3"
string(22) "2.59223372036854775807"
string(2) "45"
string(3) "4-3"
string(4) "42.5"
string(2) "44"
string(4) "41.5"
string(9) "47 apples"
string(2) "41"
string(1) "4"
string(5) "40x1A"
string(3) "4 3"
string(20) "49223372036854775807"
string(4) "1.55"
string(5) "1.5-3"
string(6) "1.52.5"
string(4) "1.54"
string(6) "1.51.5"
string(11) "1.57 apples"
string(4) "1.51"
string(3) "1.5"
string(7) "1.50x1A"
string(5) "1.5 3"
string(22) "1.59223372036854775807"
string(9) "7 apples5"
string(10) "7 apples-3"
string(11) "7 apples2.5"
string(9) "7 apples4"
string(11) "7 apples1.5"
string(16) "7 apples7 apples"
string(9) "7 apples1"
string(8) "7 apples"
string(12) "7 apples0x1A"
string(10) "7 apples 3"
string(27) "7 apples9223372036854775807"
string(2) "15"
string(3) "1-3"
string(4) "12.5"
string(2) "14"
string(4) "11.5"
string(9) "17 apples"
string(2) "11"
string(1) "1"
string(5) "10x1A"
string(3) "1 3"
string(20) "19223372036854775807"
string(1) "5"
string(2) "-3"
string(3) "2.5"
string(1) "4"
string(3) "1.5"
string(8) "7 apples"
string(1) "1"
string(0) ""
string(4) "0x1A"
string(2) " 3"
string(19) "9223372036854775807"
string(5) "0x1A5"
string(6) "0x1A-3"
string(7) "0x1A2.5"
string(5) "0x1A4"
string(7) "0x1A1.5"
string(12) "0x1A7 apples"
string(5) "0x1A1"
string(4) "0x1A"
string(8) "0x1A0x1A"
string(6) "0x1A 3"
string(23) "0x1A9223372036854775807"
string(3) " 35"
string(4) " 3-3"
string(5) " 32.5"
string(3) " 34"
string(5) " 31.5"
string(10) " 37 apples"
string(3) " 31"
string(2) " 3"
string(6) " 30x1A"
string(4) " 3 3"
string(21) " 39223372036854775807"
string(20) "92233720368547758075"
string(21) "9223372036854775807-3"
string(22) "92233720368547758072.5"
string(20) "92233720368547758074"
string(22) "92233720368547758071.5"
string(27) "92233720368547758077 apples"
string(20) "92233720368547758071"
string(19) "9223372036854775807"
string(23) "92233720368547758070x1A"
string(21) "9223372036854775807 3"
string(38) "92233720368547758079223372036854775807"
