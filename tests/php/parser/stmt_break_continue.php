<?php
while (1) { while (2) { break; continue; break 2; continue 2; } }
