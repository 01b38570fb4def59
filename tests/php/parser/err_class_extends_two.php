<?php
class A extends B, C {}
