<?php
$enum = 1;
function enum() {}
enum(1);
class Enum {}
