<?php
$a \foo;
