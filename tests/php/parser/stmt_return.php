<?php
function f() { return; }
function g() { return 1 + 2; }
