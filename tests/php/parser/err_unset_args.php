<?php
unset($a $b);
