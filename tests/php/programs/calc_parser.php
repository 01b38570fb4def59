<?php
declare(strict_types=0);
namespace Calc;

use InvalidArgumentException as IAE;

final class Token { public function __construct(public readonly string $type, public readonly string $text) {} public function __toString(): string { return "{$this->type}({$this->text})"; } }

function tokenize(string $src): array {
    $tokens = [];
    $n = strlen($src);
    for ($i = 0; $i < $n;) {
        $c = $src[$i];
        if (ctype_space_stub($c)) { $i++; continue; }
        if (is_numeric($c) || $c === '.') {
            $j = $i; while ($j < $n && (is_numeric($src[$j]) || $src[$j] === '.')) $j++;
            $tokens[] = new Token('num', substr($src, $i, $j - $i)); $i = $j; continue;
        }
        if (preg_match('/[a-z_]/i', $c)) { preg_match('/[a-z_][a-z0-9_]*/Ai', $src, $m, 0, $i); $tokens[] = new Token('id', $m[0]); $i += strlen($m[0]); continue; }
        if (str_contains('+-*/^(),', $c)) { $tokens[] = new Token('op', $c); $i++; continue; }
        throw new IAE("Unexpected '$c' at $i");
    }
    return $tokens;
}
function ctype_space_stub(string $c): bool { return $c === ' ' || $c === "\t" || $c === "\n"; }

class Parser {
    private int $pos = 0;
    private const PREC = ['+' => [1, 'L'], '-' => [1, 'L'], '*' => [2, 'L'], '/' => [2, 'L'], '^' => [3, 'R']];
    public function __construct(private array $tokens, private array $vars = []) {}
    private function peek(): ?Token { return $this->tokens[$this->pos] ?? null; }
    private function next(): Token { return $this->tokens[$this->pos++] ?? throw new IAE("Unexpected end"); }
    public function parse(int $minPrec = 1): float|int {
        $lhs = $this->atom();
        while (($t = $this->peek()) && $t->type === 'op' && isset(self::PREC[$t->text]) && self::PREC[$t->text][0] >= $minPrec) {
            [$prec, $assoc] = self::PREC[$t->text];
            $this->next();
            $rhs = $this->parse($assoc === 'L' ? $prec + 1 : $prec);
            $lhs = match ($t->text) { '+' => $lhs + $rhs, '-' => $lhs - $rhs, '*' => $lhs * $rhs, '/' => $rhs == 0 ? throw new \DivisionByZeroError("div0") : $lhs / $rhs, '^' => $lhs ** $rhs };
        }
        return $lhs;
    }
    private function atom(): float|int {
        $t = $this->next();
        if ($t->type === 'num') return str_contains($t->text, '.') ? (float)$t->text : (int)$t->text;
        if ($t->type === 'op' && $t->text === '-') return -$this->atom();
        if ($t->type === 'op' && $t->text === '(') { $v = $this->parse(); $this->next(); return $v; }
        if ($t->type === 'id') {
            if ($this->peek()?->text === '(') { $this->next(); $args = [];
                if ($this->peek()?->text !== ')') { do { $args[] = $this->parse(); } while ($this->peek()?->text === ',' && $this->next()); }
                $this->next();
                return match ($t->text) { 'max' => max(...$args), 'min' => min(...$args), 'sqrt' => sqrt($args[0]), 'abs' => abs($args[0]), default => throw new IAE("Unknown function {$t->text}") };
            }
            return $this->vars[$t->text] ?? throw new IAE("Unknown variable {$t->text}");
        }
        throw new IAE("Unexpected token $t");
    }
}

$exprs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '10 / 4', '-3 + x * 2', 'max(1, 5, 3) + min(4, 2)', 'sqrt(16) + abs(-2.5)', '1 / 0', '2 $ 3', 'foo(1)', '1 +'];
foreach ($exprs as $e) {
    try {
        $v = (new Parser(tokenize($e), ['x' => 4]))->parse();
        printf("%-26s = %s\n", $e, var_export($v, true));
    } catch (IAE $ex) {
        echo "$e: error: ", $ex->getMessage(), "\n";
    } catch (\Throwable $ex) {
        echo "$e: ", get_class($ex), ": ", $ex->getMessage(), "\n";
    }
}
echo implode(' ', array_map('strval', tokenize('a+1'))), "\n";
echo __NAMESPACE__, " ", Parser::class, " ", namespace\ctype_space_stub(' ') ? 'y' : 'n', "\n";
