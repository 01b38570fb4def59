<?php
goto 1;
