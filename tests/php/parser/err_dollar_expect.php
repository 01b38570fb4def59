<?php
$$;
