<?php
$a "b";
