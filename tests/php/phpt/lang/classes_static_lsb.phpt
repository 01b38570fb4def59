--TEST--
static members and late static binding
--FILE--
<?php
class Model {
    protected static $count = 0;
    public static function create() { static::$count++; return new static(); }
    public static function name() { return static::class . '/' . self::class . '/' . get_called_class(); }
    public static function count() { return static::$count; }
}
class User extends Model { protected static $count = 100; }
User::create(); User::create(); Model::create();
echo Model::count(), ' ', User::count(), "\n";
echo User::name(), "\n", get_class(User::create()), "\n";
--EXPECT--
1 102
User/Model/User
User
