<?php
declare(1);
