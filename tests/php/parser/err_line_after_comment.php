<?php
$a
/** doc
*/ 1;
