<?php
foo());
