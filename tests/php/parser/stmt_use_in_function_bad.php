<?php
function f() { use A; }
