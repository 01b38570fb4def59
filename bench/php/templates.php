<?php
// String-heavy: a small template engine rendering an HTML report many times: placeholder
// substitution with preg_replace_callback, filters (escape, upper, money, pad), loops expanded
// by hand-written parsing with strpos/substr, and the result checked with md5/crc32.
final class Template {
    private array $parts = [];
    public function __construct(string $src) {
        $pos = 0;
        while (($open = strpos($src, '{%', $pos)) !== false) {
            $close = strpos($src, '%}', $open);
            $this->parts[] = ['text', substr($src, $pos, $open - $pos)];
            $this->parts[] = ['tag', trim(substr($src, $open + 2, $close - $open - 2))];
            $pos = $close + 2;
        }
        $this->parts[] = ['text', substr($src, $pos)];
    }
    public function render(array $vars): string {
        $out = '';
        $n = count($this->parts);
        for ($i = 0; $i < $n; $i++) {
            [$kind, $body] = $this->parts[$i];
            if ($kind === 'text') {
                $out .= self::substitute($body, $vars);
                continue;
            }
            if (str_starts_with($body, 'for ')) {
                [, $item, , $list] = explode(' ', $body);
                $inner = [];
                for ($depth = 1, $i++; $i < $n; $i++) {
                    if ($this->parts[$i][0] === 'tag') {
                        if (str_starts_with($this->parts[$i][1], 'for ')) $depth++;
                        if ($this->parts[$i][1] === 'endfor' && --$depth === 0) break;
                    }
                    $inner[] = $this->parts[$i];
                }
                $sub = new Template('');
                $sub->parts = $inner;
                foreach ($vars[$list] as $k => $row) {
                    $out .= $sub->render($vars + [$item => $row, 'loop' => $k + 1]);
                }
            }
        }
        return $out;
    }
    private static function substitute(string $text, array $vars): string {
        return preg_replace_callback('/\{\{\s*([a-z_.]+)((?:\|[a-z0-9:]+)*)\s*\}\}/', function ($m) use ($vars) {
            $value = $vars;
            foreach (explode('.', $m[1]) as $key) $value = is_array($value) ? ($value[$key] ?? '') : '';
            foreach (array_filter(explode('|', $m[2])) as $filter) {
                [$name, $arg] = array_pad(explode(':', $filter, 2), 2, null);
                $value = match ($name) {
                    'e' => htmlspecialchars((string)$value, ENT_QUOTES),
                    'upper' => strtoupper((string)$value),
                    'title' => ucwords(strtolower((string)$value)),
                    'money' => number_format((float)$value, 2, '.', ','),
                    'pad' => str_pad((string)$value, (int)$arg, ' ', STR_PAD_LEFT),
                    'trunc' => strlen((string)$value) > (int)$arg ? substr((string)$value, 0, (int)$arg) . '...' : (string)$value,
                    default => $value,
                };
            }
            return (string)$value;
        }, $text);
    }
}

$tpl = new Template(<<<'TPL'
<h1>{{ title|e }}</h1>
<p>Customer: {{ customer.name|title }} &lt;{{ customer.email|e }}&gt;</p>
<table>
{% for line in lines %}  <tr><td>{{ loop|pad:3 }}</td><td>{{ line.sku|upper }}</td><td>{{ line.desc|trunc:24|e }}</td><td>{{ line.total|money|pad:12 }}</td></tr>
{% endfor %}</table>
<p>Total: {{ total|money }}</p>
TPL);

mt_srand(7);
$words = ['widget', 'gadget', '"deluxe"', 'sprocket', 'flange', '<b>bold</b>', 'gizmo', 'doohickey', 'thingamajig', 'o\'reilly'];
$rounds = (int)($argv[1] ?? 1500);
$hash = 0;
$bytes = 0;
for ($r = 0; $r < $rounds; $r++) {
    $lines = [];
    $total = 0.0;
    $nlines = 5 + $r % 11;
    for ($i = 0; $i < $nlines; $i++) {
        $desc = $words[mt_rand(0, 9)] . ' ' . $words[mt_rand(0, 9)] . ' ' . $words[mt_rand(0, 9)];
        $qty = mt_rand(1, 20);
        $price = mt_rand(99, 99999) / 100;
        $lines[] = ['sku' => sprintf('sk-%05d-%s', mt_rand(0, 99999), substr(md5($desc), 0, 4)), 'desc' => $desc, 'total' => $qty * $price];
        $total += $qty * $price;
    }
    $html = $tpl->render([
        'title' => "Invoice #$r <draft>",
        'customer' => ['name' => 'jANE q. ' . strrev('reilpmaxe'), 'email' => "jane.$r@example.com"],
        'lines' => $lines,
        'total' => $total,
    ]);
    $bytes += strlen($html);
    $hash = crc32($hash . $html);
}
echo $bytes, " ", $hash, "\n";
echo $html;
