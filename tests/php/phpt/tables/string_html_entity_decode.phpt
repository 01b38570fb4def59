--TEST--
html_entity_decode() on edge cases
--FILE--
<?php
var_dump(html_entity_decode('&lt;p&gt; &amp;amp; &quot;q&quot; &#039;s&#039;'));
--EXPECT--
string(17) "<p> &amp; "q" 's'"
