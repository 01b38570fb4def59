<?php
// weft-php's Reflection, written in PHP over the descriptions __weft_reflect_function/_method/
// _class return (src/builtins_reflection.cpp); compiled the first time a script names one of
// these classes (src/prelude.cpp.in). Private properties named __weft* are not shown by
// var_dump/print_r/var_export (php's Reflection objects show only their public name/class).
// Not here: doc comments (false), file names, ReflectionEnum, ReflectionGenerator.

class ReflectionException extends Exception {}

interface Reflector {}

abstract class ReflectionType implements Stringable {
    private string $__weft_text = '';
    /** @internal Types are made from their declaration's text ("?int", "A|B", "A&B"). */
    public static function __weftFromText(string $text): ?ReflectionType {
        if ($text === '') return null;
        $nullable = $text[0] === '?';
        $bare = $nullable ? substr($text, 1) : $text;
        if (str_contains($bare, '&')) {
            $t = new ReflectionIntersectionType();
        } else {
            $parts = explode('|', $bare);
            $rest = array_values(array_filter($parts, fn($p) => strtolower($p) !== 'null'));
            if (count($parts) > 1 && count($rest) == 1) { $nullable = true; $bare = $rest[0]; $text = "?$bare"; }
            $t = (count($parts) > 1 && count($rest) != 1) ? new ReflectionUnionType() : new ReflectionNamedType();
        }
        $t->__weft_text = $text;
        return $t;
    }
    public function allowsNull(): bool {
        $t = strtolower($this->__weft_text);
        return $t[0] === '?' || $t === 'mixed' || $t === 'null' || in_array('null', explode('|', $t));
    }
    public function __toString(): string { return $this->__weft_text; }
}
class ReflectionNamedType extends ReflectionType {
    public function getName(): string { return ltrim((string)$this, '?'); }
    public function isBuiltin(): bool {
        return in_array(strtolower($this->getName()), ['int', 'float', 'string', 'bool', 'array', 'callable', 'iterable',
            'object', 'mixed', 'void', 'null', 'never', 'false', 'true', 'static']);
    }
}
class ReflectionUnionType extends ReflectionType {
    public function getTypes(): array { return array_map(fn($p) => ReflectionType::__weftFromText($p), explode('|', (string)$this)); }
}
class ReflectionIntersectionType extends ReflectionType {
    public function getTypes(): array { return array_map(fn($p) => ReflectionType::__weftFromText($p), explode('&', (string)$this)); }
}

abstract class ReflectionFunctionAbstract implements Reflector {
    public string $name = '';
    private array $__weft_info = [];
    private ?Closure $__weft_closure = null;
    protected function __weftSet(array $info, ?Closure $closure = null): void {
        $this->__weft_info = $info; $this->__weft_closure = $closure; $this->name = $info['name'];
    }
    /** @internal */
    public function __weftInfo(): array { return $this->__weft_info; }
    /** @internal */
    public function __weftClosure(): ?Closure { return $this->__weft_closure; }
    public function getName(): string { return $this->name; }
    public function getShortName(): string { $p = strrpos($this->name, '\\'); return $p === false ? $this->name : substr($this->name, $p + 1); }
    public function getNamespaceName(): string { $p = strrpos($this->name, '\\'); return $p === false ? '' : substr($this->name, 0, $p); }
    public function inNamespace(): bool { return str_contains($this->name, '\\'); }
    public function getAttributes(?string $name = null, int $flags = 0): array {
        return ReflectionAttribute::__weftList($this->__weft_info['attrs'], $this instanceof ReflectionMethod ? Attribute::TARGET_METHOD : Attribute::TARGET_FUNCTION,
            $this->__weft_info['class'], $name, $flags, 'ReflectionFunctionAbstract');
    }
    public function getNumberOfParameters(): int { return count($this->__weft_info['params']); }
    public function getNumberOfRequiredParameters(): int { return $this->__weft_info['required']; }
    public function getParameters(): array {
        $out = [];
        foreach ($this->__weft_info['params'] as $i => $p) $out[] = new ReflectionParameter($this, $i);
        return $out;
    }
    public function hasReturnType(): bool { return $this->__weft_info['return'] !== ''; }
    public function getReturnType(): ?ReflectionType { return ReflectionType::__weftFromText($this->__weft_info['return']); }
    public function returnsReference(): bool { return $this->__weft_info['by_ref']; }
    public function isVariadic(): bool { foreach ($this->__weft_info['params'] as $p) if ($p['variadic']) return true; return false; }
    public function isClosure(): bool { return $this->__weft_info['closure']; }
    public function isGenerator(): bool { return $this->__weft_info['generator']; }
    public function isInternal(): bool { return $this->__weft_info['internal']; }
    public function isUserDefined(): bool { return !$this->__weft_info['internal']; }
    public function isDeprecated(): bool { return false; }
    public function isStatic(): bool { return $this->__weft_info['static']; }
    public function getStartLine(): int|false { return $this->__weft_info['internal'] ? false : $this->__weft_info['line']; }
    public function getDocComment(): string|false { return false; }
}

class ReflectionFunction extends ReflectionFunctionAbstract {
    public function __construct(Closure|string $function) {
        $info = __weft_reflect_function($function);
        if ($info === false) throw new ReflectionException("Function $function() does not exist");
        $this->__weftSet($info, $function instanceof Closure ? $function : null);
    }
    public function isAnonymous(): bool { return $this->__weftInfo()['closure']; }
    public function isDisabled(): bool { return false; }
    public function invoke(mixed ...$args): mixed { return call_user_func_array($this->__weftClosure() ?? $this->name, $args); }
    public function invokeArgs(array $args = []): mixed { return call_user_func_array($this->__weftClosure() ?? $this->name, $args); }
    public function getClosure(): Closure { return $this->__weftClosure() ?? Closure::fromCallable($this->name); }
    public function __toString(): string { return "Function [ <user> function {$this->name} ] {\n}\n"; }
}

class ReflectionMethod extends ReflectionFunctionAbstract {
    const IS_STATIC = 16; const IS_PUBLIC = 1; const IS_PROTECTED = 2; const IS_PRIVATE = 4;
    const IS_ABSTRACT = 64; const IS_FINAL = 32;
    public string $class = '';
    public function __construct(object|string $objectOrMethod, ?string $method = null) {
        if ($method === null) {
            $p = is_string($objectOrMethod) ? strpos($objectOrMethod, '::') : false;
            if ($p === false) throw new ReflectionException("ReflectionMethod::__construct(): Argument #1 (\$objectOrMethod) must be a valid method name");
            $method = substr($objectOrMethod, $p + 2);
            $objectOrMethod = substr($objectOrMethod, 0, $p);
        }
        $c = is_object($objectOrMethod) ? get_class($objectOrMethod) : $objectOrMethod;
        if (!is_object($objectOrMethod) && !class_exists($c) && !interface_exists($c, false) && !trait_exists($c, false) && !enum_exists($c, false))
            throw new ReflectionException("Class \"$c\" does not exist");
        $c = __weft_class_name($c);
        $info = __weft_reflect_method($c, $method);
        if ($info === false) throw new ReflectionException("Method $c::$method() does not exist");
        $this->__weftSet($info);
        $this->class = $info['class'] ?? $c;
    }
    public function isPublic(): bool { $i = $this->__weftInfo(); return !$i['private'] && !$i['protected']; }
    public function isPrivate(): bool { return $this->__weftInfo()['private']; }
    public function isProtected(): bool { return $this->__weftInfo()['protected']; }
    public function isAbstract(): bool { return $this->__weftInfo()['abstract']; }
    public function isFinal(): bool { return $this->__weftInfo()['final']; }
    public function isConstructor(): bool { return strcasecmp($this->name, '__construct') == 0; }
    public function isDestructor(): bool { return strcasecmp($this->name, '__destruct') == 0; }
    public function getModifiers(): int {
        $i = $this->__weftInfo();
        return ($i['private'] ? 4 : ($i['protected'] ? 2 : 1)) | ($i['static'] ? 16 : 0) | ($i['final'] ? 32 : 0) | ($i['abstract'] ? 64 : 0);
    }
    public function getDeclaringClass(): ReflectionClass { return new ReflectionClass($this->class); }
    public function setAccessible(bool $accessible): void {}
    public function invoke(?object $object = null, mixed ...$args): mixed { return $this->invokeArgs($object, $args); }
    public function invokeArgs(?object $object = null, array $args = []): mixed {
        if ($this->isAbstract()) throw new ReflectionException("Trying to invoke abstract method {$this->class}::{$this->name}()");
        // as a callback (php's by-reference warnings), from the class's scope
        $m = $this->name;
        if ($this->isStatic()) return Closure::bind(fn($a) => call_user_func_array([static::class, $m], $a), null, $this->class)($args);
        $this->__weftCheckObject($object, 'getClosure');
        return Closure::bind(fn($a) => call_user_func_array([$this, $m], $a), $object, $this->class)($args);
    }
    public function getClosure(?object $object = null): Closure {
        $m = $this->name;
        if ($this->isStatic()) return Closure::bind(fn(...$a) => static::$m(...$a), null, $this->class);
        $this->__weftCheckObject($object, 'getClosure');
        return Closure::bind(fn(...$a) => $this->$m(...$a), $object, $this->class);
    }
    private function __weftCheckObject(?object $object, string $method): void {
        if ($object === null) throw new TypeError("ReflectionMethod::$method(): Argument #1 (\$object) must be provided for non-static methods");
        if (!$object instanceof $this->class) throw new ReflectionException("Given object is not an instance of the class this method was declared in");
    }
}

class ReflectionParameter implements Reflector {
    public string $name = '';
    private ?ReflectionFunctionAbstract $__weft_function = null;
    private int $__weft_position = 0;
    private array $__weft_info = [];
    public function __construct($function, int|string $param) {
        if ($function instanceof ReflectionFunctionAbstract) $f = $function;
        elseif (is_array($function)) $f = new ReflectionMethod($function[0], $function[1]);
        elseif (is_string($function) && str_contains($function, '::')) $f = new ReflectionMethod($function);
        else $f = new ReflectionFunction($function);
        $params = $f->__weftInfo()['params'];
        if (is_string($param)) {
            foreach ($params as $i => $p) if ($p['name'] === $param) { $param = $i; break; }
            if (is_string($param)) throw new ReflectionException("The parameter specified by its name could not be found");
        }
        if (!isset($params[$param])) throw new ReflectionException("The parameter specified by its offset could not be found");
        $this->__weft_function = $f; $this->__weft_position = $param; $this->__weft_info = $params[$param];
        $this->name = $params[$param]['name'];
    }
    public function getName(): string { return $this->name; }
    public function getPosition(): int { return $this->__weft_position; }
    public function getDeclaringFunction(): ReflectionFunctionAbstract { return $this->__weft_function; }
    public function getDeclaringClass(): ?ReflectionClass {
        $c = $this->__weft_function->__weftInfo()['class'];
        return $c === null ? null : new ReflectionClass($c);
    }
    public function getAttributes(?string $name = null, int $flags = 0): array {
        return ReflectionAttribute::__weftList($this->__weft_info['attrs'], Attribute::TARGET_PARAMETER,
            $this->__weft_function->__weftInfo()['class'], $name, $flags, 'ReflectionParameter');
    }
    public function isOptional(): bool { return $this->__weft_info['optional']; }
    public function isDefaultValueAvailable(): bool { return $this->__weft_info['has_default']; }
    public function getDefaultValue(): mixed {
        if (!$this->__weft_info['has_default']) throw new ReflectionException('Internal error: Failed to retrieve the default value');
        $code = $this->__weft_info['source'];
        if ($code === '') throw new ReflectionException('weft-php: this default value is not available to Reflection');
        $c = $this->__weft_function->__weftInfo()['class'];
        if ($c === null) return eval("return $code;");
        $code = preg_replace('/\b(self|static)::/i', '\\' . $c . '::', $code);
        return Closure::bind(fn() => eval("return $code;"), null, $c)();
    }
    public function isPassedByReference(): bool { return $this->__weft_info['by_ref']; }
    public function canBePassedByValue(): bool { return !$this->__weft_info['by_ref']; }
    public function isVariadic(): bool { return $this->__weft_info['variadic']; }
    public function isPromoted(): bool { return $this->__weft_info['promoted']; }
    public function hasType(): bool { return $this->__weft_info['type'] !== ''; }
    public function getType(): ?ReflectionType { return ReflectionType::__weftFromText($this->__weft_info['type']); }
    public function allowsNull(): bool { $t = $this->getType(); return $t === null || $t->allowsNull(); }
    public function __toString(): string {
        $i = $this->__weft_info;
        $s = "Parameter #{$this->__weft_position} [ <" . ($i['optional'] ? 'optional' : 'required') . '> ';
        if ($i['type'] !== '') $s .= $i['type'] . ' ';
        $s .= ($i['by_ref'] ? '&' : '') . ($i['variadic'] ? '...' : '') . '$' . $i['name'];
        if ($i['has_default']) $s .= ' = ' . (strtolower($i['default']) === 'null' ? 'NULL' : $i['default']);
        return $s . ' ]';
    }
}

class ReflectionClass implements Reflector {
    const IS_IMPLICIT_ABSTRACT = 16; const IS_EXPLICIT_ABSTRACT = 64; const IS_FINAL = 32;
    public string $name = '';
    private array $__weft_info = [];
    public function __construct(object|string $objectOrClass) {
        if (is_object($objectOrClass)) {
            $this->name = get_class($objectOrClass);
        } else {
            if (!class_exists($objectOrClass) && !interface_exists($objectOrClass, false) && !trait_exists($objectOrClass, false) && !enum_exists($objectOrClass, false))
                throw new ReflectionException("Class \"$objectOrClass\" does not exist");
            $this->name = __weft_class_name($objectOrClass);
        }
        $this->__weft_info = __weft_reflect_class($this->name);
    }
    public function getAttributes(?string $name = null, int $flags = 0): array {
        return ReflectionAttribute::__weftList($this->__weft_info['attrs'], Attribute::TARGET_CLASS, $this->name, $name, $flags, 'ReflectionClass');
    }
    public function getName(): string { return $this->name; }
    public function getShortName(): string { $p = strrpos($this->name, '\\'); return $p === false ? $this->name : substr($this->name, $p + 1); }
    public function getNamespaceName(): string { $p = strrpos($this->name, '\\'); return $p === false ? '' : substr($this->name, 0, $p); }
    public function inNamespace(): bool { return str_contains($this->name, '\\'); }
    public function isInterface(): bool { return $this->__weft_info['interface']; }
    public function isTrait(): bool { return $this->__weft_info['trait']; }
    public function isEnum(): bool { return $this->__weft_info['enum']; }
    public function isAbstract(): bool {
        if ($this->__weft_info['abstract']) return true;
        foreach ($this->getMethods() as $m) if ($m->isAbstract()) return true;
        return false;
    }
    public function isFinal(): bool { return $this->__weft_info['final']; }
    public function isInternal(): bool { return $this->__weft_info['internal']; }
    public function isUserDefined(): bool { return !$this->__weft_info['internal']; }
    public function isAnonymous(): bool { return str_contains($this->name, '@anonymous'); }
    public function isCloneable(): bool { return $this->isInstantiable(); }
    public function isIterable(): bool { return !$this->isInterface() && $this->implementsInterface('Traversable'); }
    public function isIterateable(): bool { return $this->isIterable(); }
    public function isInstantiable(): bool {
        if ($this->isInterface() || $this->isTrait() || $this->isEnum() || $this->isAbstract()) return false;
        $c = $this->getConstructor();
        return $c === null || $c->isPublic();
    }
    public function isInstance(object $object): bool { return $object instanceof $this->name; }
    public function getStartLine(): int|false { return $this->__weft_info['internal'] ? false : $this->__weft_info['line']; }
    public function getDocComment(): string|false { return false; }
    public function getModifiers(): int { return ($this->__weft_info['abstract'] ? 64 : 0) | ($this->__weft_info['final'] ? 32 : 0); }
    public function getParentClass(): ReflectionClass|false { $p = $this->__weft_info['parent']; return $p === null ? false : new ReflectionClass($p); }
    public function isSubclassOf(ReflectionClass|string $class): bool {
        $c = $class instanceof ReflectionClass ? $class->name : $class;
        if (!class_exists($c) && !interface_exists($c, false)) throw new ReflectionException("Class \"$c\" does not exist");
        return is_subclass_of($this->name, $c);
    }
    public function implementsInterface(ReflectionClass|string $interface): bool {
        $i = $interface instanceof ReflectionClass ? $interface->name : $interface;
        if (!interface_exists($i)) {
            if (class_exists($i, false) || trait_exists($i, false) || enum_exists($i, false)) throw new ReflectionException(__weft_class_name($i) . " is not an interface");
            throw new ReflectionException("Interface \"$i\" does not exist");
        }
        return is_subclass_of($this->name, $i) || strcasecmp($this->name, $i) == 0;
    }
    public function getInterfaceNames(): array { return $this->__weft_info['interfaces']; }
    public function getInterfaces(): array {
        $out = [];
        foreach ($this->__weft_info['interfaces'] as $i) $out[$i] = new ReflectionClass($i);
        return $out;
    }
    public function getTraitNames(): array { return array_map('__weft_class_name', $this->__weft_info['traits']); }
    public function getTraits(): array {
        $out = [];
        foreach ($this->getTraitNames() as $t) $out[$t] = new ReflectionClass($t);
        return $out;
    }
    public function newInstance(mixed ...$args): object { return new ($this->name)(...$args); }
    public function newInstanceArgs(array $args = []): ?object { return new ($this->name)(...$args); }
    public function getConstructor(): ?ReflectionMethod { return $this->hasMethod('__construct') ? new ReflectionMethod($this->name, '__construct') : null; }
    public function hasMethod(string $name): bool { return method_exists($this->name, $name); }
    public function getMethod(string $name): ReflectionMethod { return new ReflectionMethod($this->name, $name); }
    public function getMethods(?int $filter = null): array {
        $out = [];
        foreach ($this->__weft_info['methods'] as $m) {
            $r = new ReflectionMethod($this->name, $m);
            if ($filter === null || ($r->getModifiers() & $filter)) $out[] = $r;
        }
        return $out;
    }
    public function hasProperty(string $name): bool { return property_exists($this->name, $name); }
    public function getProperty(string $name): ReflectionProperty {
        $p = strpos($name, '::');
        if ($p !== false) {
            $c = strtolower(substr($name, 0, $p));
            if (!class_exists($c)) throw new ReflectionException("Class \"$c\" does not exist");
            return new ReflectionProperty($c, substr($name, $p + 2));
        }
        return new ReflectionProperty($this->name, $name);
    }
    public function getProperties(?int $filter = null): array {
        $out = [];
        foreach ($this->__weft_info['props'] as $p) {
            if ($p['private'] && strcasecmp($p['class'], $this->name) != 0) continue;  // a parent's private one
            $r = new ReflectionProperty($p['class'], $p['name']);
            if ($filter === null || ($r->getModifiers() & $filter)) $out[] = $r;
        }
        return $out;
    }
    public function hasConstant(string $name): bool { return in_array($name, $this->__weft_info['consts'], true); }
    public function getConstant(string $name): mixed { return $this->hasConstant($name) ? constant($this->name . '::' . $name) : false; }
    public function getConstants(?int $filter = null): array {
        $out = [];
        $n = $this->name;
        foreach ($this->__weft_info['consts'] as $c) $out[$c] = Closure::bind(fn() => constant("$n::$c"), null, $n)();
        return $out;
    }
    public function getStaticPropertyValue(string $name, mixed $default = null): mixed {
        $n = $this->name;
        foreach ($this->__weft_info['props'] as $p)
            if ($p['static'] && $p['name'] === $name) return Closure::bind(fn() => $n::$$name, null, $p['class'])();
        if (func_num_args() > 1) return $default;
        throw new ReflectionException("Property {$this->name}::\$$name does not exist");
    }
    public function setStaticPropertyValue(string $name, mixed $value): void {
        $n = $this->name;
        foreach ($this->__weft_info['props'] as $p)
            if ($p['static'] && $p['name'] === $name) { Closure::bind(function() use ($n, $name, $value) { $n::$$name = $value; }, null, $p['class'])(); return; }
        throw new ReflectionException("Class {$this->name} does not have a property named $name");
    }
    public function getStaticProperties(): array {
        $out = [];
        foreach ($this->__weft_info['props'] as $p) if ($p['static']) $out[$p['name']] = $this->getStaticPropertyValue($p['name']);
        return $out;
    }
}
class ReflectionObject extends ReflectionClass {
    public function __construct(object $object) { parent::__construct($object); }
}

class ReflectionProperty implements Reflector {
    const IS_STATIC = 16; const IS_READONLY = 128; const IS_PUBLIC = 1; const IS_PROTECTED = 2; const IS_PRIVATE = 4;
    public string $name = ''; public string $class = '';
    private array $__weft_info = [];
    public function getAttributes(?string $name = null, int $flags = 0): array {
        return ReflectionAttribute::__weftList($this->__weft_info['attrs'], Attribute::TARGET_PROPERTY, $this->class, $name, $flags, 'ReflectionProperty');
    }
    public function __construct(object|string $class, string $property) {
        $c = is_object($class) ? get_class($class) : $class;
        if (!is_object($class) && !class_exists($c) && !trait_exists($c, false))
            throw new ReflectionException("Class \"$c\" does not exist");
        $c = __weft_class_name($c);
        if (!property_exists(is_object($class) ? $class : $c, $property)) throw new ReflectionException("Property $c::\$$property does not exist");
        $this->__weft_info = ['name' => $property, 'class' => $c, 'private' => false, 'protected' => false, 'readonly' => false, 'static' => false, 'typed' => false, 'attrs' => []];
        foreach (__weft_reflect_class($c)['props'] as $p) if ($p['name'] === $property) { $this->__weft_info = $p; break; }
        $this->name = $property; $this->class = $this->__weft_info['class'];
    }
    public function getName(): string { return $this->name; }
    public function setAccessible(bool $accessible): void {}
    public function isPublic(): bool { return !$this->__weft_info['private'] && !$this->__weft_info['protected']; }
    public function isPrivate(): bool { return $this->__weft_info['private']; }
    public function isProtected(): bool { return $this->__weft_info['protected']; }
    public function isStatic(): bool { return $this->__weft_info['static']; }
    public function isReadOnly(): bool { return $this->__weft_info['readonly']; }
    public function isDefault(): bool { return true; }
    public function hasType(): bool { return $this->__weft_info['typed']; }
    public function getModifiers(): int {
        $i = $this->__weft_info;
        return ($i['private'] ? 4 : ($i['protected'] ? 2 : 1)) | ($i['static'] ? 16 : 0) | ($i['readonly'] ? 128 : 0);
    }
    public function getDeclaringClass(): ReflectionClass { return new ReflectionClass($this->class); }
    public function getDocComment(): string|false { return false; }
    public function getValue(?object $object = null): mixed {
        $n = $this->name;
        if ($this->isStatic()) { $c = $this->class; return Closure::bind(fn() => $c::$$n, null, $this->class)(); }
        if ($object === null) throw new TypeError("ReflectionProperty::getValue(): Argument #1 (\$object) must be provided for instance properties");
        return Closure::bind(fn() => $this->$n, $object, $this->class)();
    }
    public function setValue(mixed $objectOrValue = null, mixed $value = null): void {
        $n = $this->name;
        if ($this->isStatic()) {
            $c = $this->class; $v = func_num_args() > 1 ? $value : $objectOrValue;
            Closure::bind(function() use ($c, $n, $v) { $c::$$n = $v; }, null, $this->class)();
            return;
        }
        Closure::bind(function() use ($n, $value) { $this->$n = $value; }, $objectOrValue, $this->class)();
    }
    public function isInitialized(?object $object = null): bool {
        $n = $this->name;
        if ($this->isStatic()) return true;
        return Closure::bind(fn() => isset($this->$n) || array_key_exists($n, get_object_vars($this)), $object, $this->class)();
    }
}

// Attributes: the compiler keeps each one's class name and its arguments as source
// (__weft_reflect_*'s 'attrs': [name, source, line]); they are evaluated when asked for, in the
// declaring class's scope, as php evaluates their constant expressions.
final class ReflectionAttribute implements Reflector {
    const IS_INSTANCEOF = 2;
    private array $__weft_attr = [];
    private int $__weft_target = 0;
    private bool $__weft_repeated = false;
    private ?string $__weft_scope = null;
    private function __construct() {}
    public static function __weftList(array $attrs, int $target, ?string $scope, ?string $name, int $flags, string $owner): array {
        if ($flags & ~self::IS_INSTANCEOF)
            throw new ValueError("$owner::getAttributes(): Argument #2 (\$flags) must be a valid attribute filter flag");
        if ($name !== null && ($flags & self::IS_INSTANCEOF) && !class_exists($name) && !interface_exists($name))
            throw new Error("Class \"$name\" not found");
        $counts = [];
        foreach ($attrs as $a) { $k = strtolower($a[0]); $counts[$k] = ($counts[$k] ?? 0) + 1; }
        $out = [];
        foreach ($attrs as $a) {
            if ($name !== null) {
                $want = ltrim($name, '\\');
                if ($flags & self::IS_INSTANCEOF) { if (!is_a($a[0], $want, true)) continue; }
                elseif (strcasecmp($a[0], $want) !== 0) continue;
            }
            $r = new ReflectionAttribute();
            $r->__weft_attr = $a; $r->__weft_target = $target; $r->__weft_scope = $scope;
            $r->__weft_repeated = $counts[strtolower($a[0])] > 1;
            $out[] = $r;
        }
        return $out;
    }
    public function getName(): string { return $this->__weft_attr[0]; }
    public function getTarget(): int { return $this->__weft_target; }
    public function isRepeated(): bool { return $this->__weft_repeated; }
    public function getArguments(): array {
        $code = $this->__weft_attr[1];
        if ($code === '') return [];
        $c = $this->__weft_scope;
        if ($c === null) return eval("return \\__weft_attribute_arguments$code;");
        $code = preg_replace('/\b(self|static)::/i', '\\' . $c . '::', $code);
        return Closure::bind(fn() => eval("return \\__weft_attribute_arguments$code;"), null, $c)();
    }
    public function newInstance(): object {
        $name = $this->__weft_attr[0];
        if (!class_exists($name)) throw new Error("Attribute class \"$name\" not found");
        $flags = null;
        foreach ((new ReflectionClass($name))->getAttributes() as $a)
            if (strcasecmp($a->getName(), 'Attribute') === 0) $flags = $a->getArguments()[0] ?? $a->getArguments()['flags'] ?? Attribute::TARGET_ALL;
        if ($flags === null) throw new Error("Attempting to use non-attribute class \"$name\" as attribute");
        if (!($flags & $this->__weft_target)) {
            $names = [];
            foreach ([Attribute::TARGET_CLASS => 'class', Attribute::TARGET_FUNCTION => 'function', Attribute::TARGET_METHOD => 'method',
                      Attribute::TARGET_PROPERTY => 'property', Attribute::TARGET_CLASS_CONSTANT => 'class constant',
                      Attribute::TARGET_PARAMETER => 'parameter'] as $bit => $word) {
                if ($bit === $this->__weft_target) $target = $word;
                if ($flags & $bit) $names[] = $word;
            }
            throw new Error("Attribute \"$name\" cannot target $target (allowed targets: " . implode(', ', $names) . ")");
        }
        if ($this->__weft_repeated && !($flags & Attribute::IS_REPEATABLE)) throw new Error("Attribute \"$name\" must not be repeated");
        return new $name(...$this->getArguments());
    }
    public function __toString(): string {
        $args = $this->getArguments();
        $s = "Attribute [ {$this->__weft_attr[0]} ]";
        if (!$args) return "$s\n";
        $s .= " {\n  - Arguments [" . count($args) . "] {\n";
        $i = 0;
        foreach ($args as $k => $v) {
            $s .= "    Argument #$i [ " . (is_string($k) ? "$k = " : '') . var_export($v, true) . " ]\n";
            $i++;
        }
        return $s . "  }\n}\n";
    }
}

function __weft_attribute_arguments(mixed ...$args): array { return $args; }

#[Attribute(Attribute::TARGET_CLASS)]
final class Attribute {
    const TARGET_CLASS = 1;
    const TARGET_FUNCTION = 2;
    const TARGET_METHOD = 4;
    const TARGET_PROPERTY = 8;
    const TARGET_CLASS_CONSTANT = 16;
    const TARGET_PARAMETER = 32;
    const TARGET_ALL = 63;
    const IS_REPEATABLE = 64;
    public int $flags;
    public function __construct(int $flags = Attribute::TARGET_ALL) { $this->flags = $flags; }
}

#[Attribute(Attribute::TARGET_METHOD)]
final class ReturnTypeWillChange {
    public function __construct() {}
}

#[Attribute(Attribute::TARGET_CLASS)]
final class AllowDynamicProperties {
    public function __construct() {}
}

#[Attribute(Attribute::TARGET_PARAMETER)]
final class SensitiveParameter {
    public function __construct() {}
}
