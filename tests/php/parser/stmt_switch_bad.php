<?php
switch ($a) { echo 1; }
