<?php
// Object-heavy: a bank simulation: interfaces, abstract classes, inheritance with overridden
// methods, static factories and counters, closures as event listeners, exceptions for
// rejected transactions, immutable value objects (readonly, with-ers) and __toString.
interface Listener { public function notify(Event $e): void; }
final class Event {
    public function __construct(public readonly string $type, public readonly Account $account, public readonly Money $amount) {}
}
final class Money {
    public function __construct(public readonly int $cents) {}
    public function plus(Money $o): Money { return new Money($this->cents + $o->cents); }
    public function minus(Money $o): Money { return new Money($this->cents - $o->cents); }
    public function times(float $f): Money { return new Money((int)round($this->cents * $f)); }
    public function isNegative(): bool { return $this->cents < 0; }
    public function __toString(): string { return sprintf('%s%d.%02d', $this->cents < 0 ? '-' : '', intdiv(abs($this->cents), 100), abs($this->cents) % 100); }
}
class InsufficientFunds extends RuntimeException {}
abstract class Account {
    private static int $next = 1;
    public readonly int $id;
    protected Money $balance;
    private array $listeners = [];
    public function __construct(public readonly string $owner) { $this->id = self::$next++; $this->balance = new Money(0); }
    public function on(Listener|Closure $l): static { $this->listeners[] = $l; return $this; }
    protected function emit(string $type, Money $m): void {
        $e = new Event($type, $this, $m);
        foreach ($this->listeners as $l) $l instanceof Listener ? $l->notify($e) : $l($e);
    }
    public function balance(): Money { return $this->balance; }
    public function deposit(Money $m): void { $this->balance = $this->balance->plus($m); $this->emit('deposit', $m); }
    public function withdraw(Money $m): void {
        if (!$this->canWithdraw($m)) throw new InsufficientFunds("account {$this->id}: cannot withdraw $m");
        $this->balance = $this->balance->minus($m);
        $this->emit('withdraw', $m);
    }
    abstract protected function canWithdraw(Money $m): bool;
    abstract public function monthEnd(): void;
    public static function open(string $kind, string $owner): Account {
        return match ($kind) { 'checking' => new Checking($owner), 'savings' => new Savings($owner), 'credit' => new Credit($owner) };
    }
}
class Checking extends Account {
    protected function canWithdraw(Money $m): bool { return !$this->balance->minus($m)->isNegative(); }
    public function monthEnd(): void { if ($this->balance->cents < 10000) $this->withdrawFee(new Money(250)); }
    protected function withdrawFee(Money $fee): void { $this->balance = $this->balance->minus($fee); $this->emit('fee', $fee); }
}
class Savings extends Account {
    private int $withdrawals = 0;
    protected function canWithdraw(Money $m): bool { return $this->withdrawals < 3 && !$this->balance->minus($m)->isNegative(); }
    public function withdraw(Money $m): void { parent::withdraw($m); $this->withdrawals++; }
    public function monthEnd(): void { $this->withdrawals = 0; $i = $this->balance->times(0.004); if ($i->cents > 0) $this->deposit($i); }
}
class Credit extends Account {
    protected function canWithdraw(Money $m): bool { return $this->balance->minus($m)->cents >= -500000; }
    public function monthEnd(): void { if ($this->balance->isNegative()) { $this->balance = $this->balance->times(1.015); $this->emit('interest', new Money(0)); } }
}
final class Ledger implements Listener {
    public array $counts = [];
    public int $volume = 0;
    public function notify(Event $e): void { $this->counts[$e->type] = ($this->counts[$e->type] ?? 0) + 1; $this->volume += $e->amount->cents; }
}

mt_srand(99);
$ledger = new Ledger;
$large = 0;
$watch = function (Event $e) use (&$large) { if ($e->amount->cents > 400000) $large++; };
$kinds = ['checking', 'savings', 'credit'];
$accounts = [];
for ($i = 0; $i < 300; $i++) $accounts[] = Account::open($kinds[$i % 3], "owner$i")->on($ledger)->on($watch);
$rejected = 0;
$months = (int)($argv[1] ?? 24);
for ($month = 0; $month < $months; $month++) {
    for ($t = 0; $t < 3000; $t++) {
        $a = $accounts[mt_rand(0, 299)];
        $m = new Money(mt_rand(100, 500000));
        try {
            if (mt_rand(0, 2) > 0) $a->deposit($m); else $a->withdraw($m);
        } catch (InsufficientFunds $e) {
            $rejected++;
        }
    }
    foreach ($accounts as $a) $a->monthEnd();
}
$sum = array_reduce($accounts, fn($c, $a) => $c->plus($a->balance()), new Money(0));
usort($accounts, fn($x, $y) => $y->balance()->cents <=> $x->balance()->cents ?: $x->id <=> $y->id);
ksort($ledger->counts);
echo "total: $sum, rejected: $rejected, large: $large, volume: {$ledger->volume}\n";
print_r($ledger->counts);
foreach (array_slice($accounts, 0, 5) as $a) echo get_class($a), " #{$a->id} {$a->owner}: {$a->balance()}\n";
echo "last: ", get_class(end($accounts)), " #", end($accounts)->id, ": ", end($accounts)->balance(), "\n";
