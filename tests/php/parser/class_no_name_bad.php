<?php
class { }
