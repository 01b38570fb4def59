<?php
namespace Foo;
use Bar\Baz;
use Bar\Qux as Q, \Other;
use function Bar\f;
use function Bar\g as h;
use const Bar\C;
use const Bar\D as E;
use Bar\{A, B as BB, C\D};
use function Bar\{f1, f2};
use Bar\{function ff, const CC, Cls};
namespace\f();
namespace Other;
