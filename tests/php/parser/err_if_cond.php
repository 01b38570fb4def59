<?php
if (1 2) {}
