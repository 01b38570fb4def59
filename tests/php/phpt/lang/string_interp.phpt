--TEST--
string interpolation forms
--FILE--
<?php
$a = ['k' => 'v', 2 => 'two', 'n' => ['m' => 'deep']];
$o = new stdClass; $o->p = 'prop'; $o->q = $o;
$name = 'k';
echo "simple $a[k] $a[2] {$a['n']['m']} $o->p {$o->q->p} ${name}\n";
$h = <<<EOT
  heredoc $a[k]
    indented {$o->p}
  EOT;
echo $h, "\n";
echo <<<'NOW'
nowdoc $a[k]
NOW;
echo "\n\x41\101\u{1F600}\$x\n";
--EXPECTF--
Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 5
simple v two deep prop prop k
heredoc v
  indented prop
nowdoc $a[k]
AA😀$x
