<?php
// WeakReference and WeakMap, compiled the first time a script names one of them. The target of
// a WeakReference and the keys of a WeakMap are held in the first private property, which the
// destructor machinery (drops.cpp) does not count as a holder: when the last real holder of an
// object goes, its WeakReference is cleared and its entries leave every WeakMap (weak_refs.cpp).

final class WeakReference {
    private $__weftt = null;
    public function __construct() { throw new Error("Direct instantiation of WeakReference is not allowed, use WeakReference::create instead"); }
    public static function create(object $object): WeakReference { return __weft_weakref_create($object); }
    public function get(): ?object { return $this->__weftt; }
}

final class WeakMap implements ArrayAccess, Countable, IteratorAggregate {
    private $__weftk = []; private $__weftv = [];
    private static function __weftKey($object, bool $append = false): int {
        if ($object === null && $append) throw new Error("Cannot append to WeakMap");
        if (!is_object($object)) throw new TypeError("WeakMap key must be an object");
        return spl_object_id($object);
    }
    public function &offsetGet($object): mixed {
        $h = self::__weftKey($object, true);
        if (!array_key_exists($h, $this->__weftk)) throw new Error("Object " . get_class($object) . "#$h not contained in WeakMap");
        return $this->__weftv[$h];
    }
    public function offsetSet($object, mixed $value): void {
        $h = self::__weftKey($object, true);
        $old = array_key_exists($h, $this->__weftv) ? $this->__weftv[$h] : null;
        $this->__weftk[$h] = $object;
        $this->__weftv[$h] = $value;
        __weft_weakmap_hold($object, $this);
        unset($old);
    }
    public function offsetExists($object): bool {
        $h = self::__weftKey($object);
        return isset($this->__weftv[$h]);
    }
    public function offsetUnset($object): void {
        $h = self::__weftKey($object);
        unset($this->__weftk[$h], $this->__weftv[$h]);
    }
    public function count(): int { return count($this->__weftk); }
    public function __clone() { foreach ($this->__weftk as $k) __weft_weakmap_hold($k, $this); }
    public function getIterator(): Iterator {
        foreach ($this->__weftk as $h => $k) {
            if (array_key_exists($h, $this->__weftk)) yield $k => $this->__weftv[$h];
        }
    }
}
