<?php
match ($a) { 1 2 };
