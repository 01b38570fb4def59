<?php
/**
 * Doc.
 */
abstract class A extends B implements C, D {
  const X = 1;
  public const Y = 2, Z = 3;
  final protected const W = 4;
  public $a;
  protected static $b = 1;
  private ?int $c = null;
  var $d;
  public int|string $e;
  public readonly array $f;
  /** m doc */
  public function m() {}
  abstract protected function n(): void;
  public static function o(self $x): static { return new static; }
  final public function &p() { }
  public function list() {}
  public function __construct() { parent::__construct(); }
}
