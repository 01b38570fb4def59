<?php
const A = 1 2;
