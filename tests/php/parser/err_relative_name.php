<?php
$a namespace\foo;
