<?php
goto end;
echo 1;
end:
echo 2;
loop: goto loop;
