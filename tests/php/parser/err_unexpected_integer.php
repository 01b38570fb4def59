<?php
5 5;
