<?php
$a include;
