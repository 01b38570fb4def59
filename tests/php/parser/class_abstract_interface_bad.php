<?php
abstract interface I {}
