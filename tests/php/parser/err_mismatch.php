<?php
foo(];
