<?php
$a `x`;
