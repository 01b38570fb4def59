<?php
new;
