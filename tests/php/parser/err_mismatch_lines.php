<?php
foo(
];
