<?php
'single \' \\ $a' "dq \" $ {$ no" "a $b[0] $c[k] $d->e $d?->f {$f} ${g} ${h[1]} ${i . 1} $j[-1] $k[$l] $m[0x1] $n[ 1] $o->1 \$p {$q->r["s"]}" b"bin $x" b'y' `ls $a -l` "\u{1F600}\x41\101";
"unterminated $a