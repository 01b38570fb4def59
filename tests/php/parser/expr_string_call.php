<?php
'strlen'('x');
"strlen"('y');
[$obj, 'm']();
