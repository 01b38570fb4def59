<?php
unset($a);
unset($a, $b['c'], $d->e,);
