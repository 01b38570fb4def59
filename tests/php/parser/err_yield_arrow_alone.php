<?php
function f() { yield => 1; }
