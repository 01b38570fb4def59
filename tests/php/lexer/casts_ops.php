<?php
(int)(integer)( bool )(boolean)(float)(double)(real)(string)(binary)(array)(object)(unset)(INT)(	int	)(int x)(foo)
+ - * / % ** . = += -= *= /= .= %= **= &= |= ^= <<= >>= ??= == != <> === !== < > <= >= <=> << >> && || ! ~ ++ -- -> ?-> :: => ... ?? ? : ; , @ $ & | ^ [ ] ( ) { }
