<?php
($a) = 1;
