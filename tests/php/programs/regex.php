<?php
var_dump(preg_match('/(\d+)-(\d+)/', 'call 555-1234 now', $m)); print_r($m);
preg_match('/(?<year>\d{4})-(?<month>\d{2})/', 'date: 2024-03-15', $m); print_r($m);
echo preg_match_all('/\b(\w)(\w*)\b/', 'hello big world', $mm), "\n"; print_r($mm);
preg_match_all('/(\d)(\w)/', 'a1b2c3d', $sets, PREG_SET_ORDER); print_r($sets);
echo preg_replace('/\s+/', ' ', "a   b \t\n c"), "|", preg_replace('/(\w+) (\w+)/', '$2 ${1}!', 'hello world'), "|", preg_replace('/a/i', 'x', 'AaBa', 2), "\n";
echo preg_replace(['/a/', '/b/'], ['b', 'c'], 'ab'), "\n";
echo preg_replace_callback('/\d+/', fn($m) => $m[0] * 2, 'a1 b22 c333'), "\n";
print_r(preg_split('/[\s,]+/', "a, b  c,d"));
print_r(preg_split('//', 'abc', -1, PREG_SPLIT_NO_EMPTY));
print_r(preg_split('/(-)/', 'a-b-c', -1, PREG_SPLIT_DELIM_CAPTURE));
print_r(preg_split('/,/', 'a,b,c,d', 2));
echo preg_quote("Hello.World?(x)"), " ", preg_quote("a/b#c", "#"), "\n";
print_r(preg_grep('/^\d+$/', ['1', 'a', '22', 'b3']));
var_dump(preg_match('/^\p{Lu}/u', 'Élan'), preg_match('/colou?r/', 'The color'), preg_match('/x/', 'abc'));
echo preg_replace('/(?<=\d)(?=(\d{3})+$)/', ',', '1234567'), "\n";
echo implode('|', preg_split('/(?=[A-Z])/', 'helloWorldFooBar')), "\n";
echo preg_match('/^[\w.+-]+@\w+\.\w{2,}$/', 'user.name+tag@example.com'), "\n";
$count = 0; preg_replace('/o/', '0', 'foo boo', -1, $count); echo $count, "\n";
