<?php
$f = foo(..., 1);
