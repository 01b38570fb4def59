<?php
use A B;
