<?php
/* abc
