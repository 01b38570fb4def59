<?php
;;
{ { } }
{ echo 1; ; }
