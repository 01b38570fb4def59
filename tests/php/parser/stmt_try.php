<?php
try { f(); } catch (Exception $e) { } finally { }
try { } catch (A | B $e) { } catch (\C\D) { }
try { } finally { }
