<?php
interface I implements J {}
