<?php
class A { $x; }
