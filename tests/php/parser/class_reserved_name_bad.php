<?php
class list { }
