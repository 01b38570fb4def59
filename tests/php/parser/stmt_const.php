<?php
const A = 1;
const B = 2, C = B * 2;
const D = [1, 2];
