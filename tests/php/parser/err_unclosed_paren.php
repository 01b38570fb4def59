<?php
foo(

