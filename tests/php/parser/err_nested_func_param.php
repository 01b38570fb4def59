<?php
function f(int) {}
