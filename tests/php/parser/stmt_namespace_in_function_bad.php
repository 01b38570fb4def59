<?php
function f() { namespace A; }
