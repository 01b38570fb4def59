<?php
$a 'b';
