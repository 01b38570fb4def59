<?php
$a->;
