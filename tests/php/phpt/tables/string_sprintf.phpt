--TEST--
sprintf() on edge cases
--FILE--
<?php
var_dump(sprintf('%05.2f', 3.14159));
var_dump(sprintf('%-6s|', 'ab'));
var_dump(sprintf('%+d %+d', 5, -5));
var_dump(sprintf('%x %X %o %b', 255, 255, 8, 5));
var_dump(sprintf('%e', 12345.678));
var_dump(sprintf('%10.4f|', -2.5));
var_dump(sprintf('%\'*8s', 'pad'));
var_dump(sprintf('%u', -1));
var_dump(sprintf('%c', 65));
var_dump(sprintf('%%'));
var_dump(sprintf('%2\$s %1\$s', 'a', 'b'));
var_dump(sprintf('%.3e', 0.000123));
var_dump(sprintf('%g', 0.00001234));
var_dump(sprintf('%G', 1.5e20));
var_dump(sprintf('%s', true));
var_dump(sprintf('%d', '12abc'));
var_dump(sprintf('%5.1s|', 'xyz'));
--EXPECTREGEX--
string\(5\)\ "03\.14"\
string\(7\)\ "ab\ \ \ \ \|"\
string\(5\)\ "\+5\ \-5"\
string\(12\)\ "ff\ FF\ 10\ 101"\
string\(11\)\ "1\.234568e\+4"\
string\(11\)\ "\ \ \ \-2\.5000\|"\
string\(8\)\ "\*\*\*\*\*pad"\
string\(20\)\ "18446744073709551615"\
string\(1\)\ "A"\
string\(1\)\ "%"\
\
Fatal\ error:\ Uncaught\ ValueError:\ Unknown\ format\ specifier\ "\\"\ in\ .+:12\
Stack\ trace:\
\#0\ .+\(12\):\ sprintf\('%2\\\\\$s\ %1\\\\\$s',\ 'a',\ 'b'\)\
\#1\ \{main\}\
\ \ thrown\ in\ .+\ on\ line\ 12
