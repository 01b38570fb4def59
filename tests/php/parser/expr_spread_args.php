<?php
foo(...$a);
foo(1, ...$b, ...$c);
