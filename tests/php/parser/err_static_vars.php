<?php
function f() { static $a $b; }
