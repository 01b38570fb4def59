--TEST--
htmlspecialchars() on edge cases
--FILE--
<?php
var_dump(htmlspecialchars('<a href="x">T&amp;C\'s</a>'));
var_dump(htmlspecialchars('<b>', ENT_NOQUOTES));
--EXPECT--
string(56) "&lt;a href=&quot;x&quot;&gt;T&amp;amp;C&#039;s&lt;/a&gt;"
string(9) "&lt;b&gt;"
