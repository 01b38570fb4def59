<?php
$a = new Foo()->bar();
