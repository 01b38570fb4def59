<?php
abstract class A {}
final class B {}
readonly class C {}
final readonly class D {}
abstract readonly class E {}
