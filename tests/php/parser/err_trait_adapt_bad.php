<?php
class A { use T { f insteadof B; } }
