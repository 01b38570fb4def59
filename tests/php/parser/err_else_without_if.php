<?php
else {}
