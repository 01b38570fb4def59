<?php
endif;
