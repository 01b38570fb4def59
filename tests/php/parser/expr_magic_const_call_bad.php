<?php
$a = __FUNCTION__();
