<?php
A::{'x'};
