<?php
// weft-php's date classes, written in PHP over date()/gmmktime()/strtotime(), compiled the
// first time a script names one of them or of the date_* functions below (VM::find_class,
// VM::find_function; src/prelude.cpp embeds this file). UTC is the only time zone, as in
// the date functions. The public properties are the ones php's var_dump shows; the moment is
// kept in `date` ("Y-m-d H:i:s.uuuuuu") and read back from it.

interface DateTimeInterface {
    const ATOM = "Y-m-d\\TH:i:sP";
    const COOKIE = "l, d-M-Y H:i:s T";
    const ISO8601 = "Y-m-d\\TH:i:sO";
    const RFC822 = "D, d M y H:i:s O";
    const RFC850 = "l, d-M-y H:i:s T";
    const RFC1036 = "D, d M y H:i:s O";
    const RFC1123 = "D, d M Y H:i:s O";
    const RFC7231 = "D, d M Y H:i:s \\G\\M\\T";
    const RFC2822 = "D, d M Y H:i:s O";
    const RFC3339 = "Y-m-d\\TH:i:sP";
    const RFC3339_EXTENDED = "Y-m-d\\TH:i:s.vP";
    const RSS = "D, d M Y H:i:s O";
    const W3C = "Y-m-d\\TH:i:sP";
    public function format(string $format): string;
    public function getTimestamp(): int;
    public function getTimezone(): DateTimeZone|false;
    public function getOffset(): int;
    public function diff(DateTimeInterface $targetObject, bool $absolute = false): DateInterval;
}


class DateTimeZone {
    const UTC = 1024;
    public $timezone_type = 3;
    public $timezone = 'UTC';
    public function __construct(string $timezone) {
        if (!in_array(strtoupper($timezone), ['UTC', 'Z', 'GMT', '+00:00', 'ETC/UTC'], true))
            throw new Exception("DateTimeZone::__construct(): Unknown or bad timezone ($timezone)");
    }
    public function getName(): string { return 'UTC'; }
    public function getOffset(DateTimeInterface $datetime): int { return 0; }
}

// What DateTime and DateTimeImmutable share; __weft_target() is the object a change applies
// to ($this, or a copy for the immutable class).
trait __WeftDateTimeCore {
    public $date = '';
    public $timezone_type = 3;
    public $timezone = 'UTC';

    public function __construct(string $datetime = "now", ?DateTimeZone $timezone = null) {
        $p = __weft_date_parse($datetime, null, 0);
        if ($p === false)
            throw new Exception("Failed to parse time string ($datetime) at position 0 (" . substr($datetime, 0, 1) . "): The timezone could not be found in the database");
        $this->__weft_set($p[0], $p[1]);
    }
    public function __weft_set(int $ts, int $us): static {
        $this->date = gmdate("Y-m-d H:i:s", $ts) . sprintf(".%06d", $us);
        return $this;
    }
    public function __weft_us(): int { return (int)substr($this->date, -6); }
    public function getTimestamp(): int {
        $d = $this->date;
        $neg = $d[0] === '-';
        [$ymd, $his] = explode(' ', $neg ? substr($d, 1) : $d);
        [$y, $m, $dd] = explode('-', $ymd);
        return gmmktime((int)substr($his, 0, 2), (int)substr($his, 3, 2), (int)substr($his, 6, 2), (int)$m, (int)$dd, $neg ? -(int)$y : (int)$y);
    }
    public function getMicrosecond(): int { return $this->__weft_us(); }
    public function getTimezone(): DateTimeZone|false { return new DateTimeZone('UTC'); }
    public function getOffset(): int { return 0; }
    public function format(string $format): string {
        $us = $this->__weft_us();
        $f = '';
        for ($i = 0, $n = strlen($format); $i < $n; $i++) {
            $c = $format[$i];
            if ($c === '\\') { $f .= $c . ($format[++$i] ?? ''); continue; }
            if ($c === 'u') $c = sprintf("%06d", $us);
            elseif ($c === 'v') $c = sprintf("%03d", intdiv($us, 1000));
            elseif ($c === 'T') $c = 'UTC';
            else { $f .= $c; continue; }
            $f .= '\\' . implode('\\', str_split($c));
        }
        return gmdate($f, $this->getTimestamp());
    }
    public function modify(string $modifier): static|false {
        $p = __weft_date_parse($modifier, $this->getTimestamp(), $this->__weft_us());
        if ($p === false) {
            trigger_error(static::class . "::modify(): Failed to parse time string ($modifier) at position 0 (" . substr($modifier, 0, 1) . "): The timezone could not be found in the database", E_USER_WARNING);
            return false;
        }
        return $this->__weft_target()->__weft_set($p[0], $p[1]);
    }
    public function setTimestamp(int $timestamp): static { return $this->__weft_target()->__weft_set($timestamp, 0); }
    public function setDate(int $year, int $month, int $day): static {
        $t = $this->getTimestamp();
        return $this->__weft_target()->__weft_set(gmmktime((int)gmdate('G', $t), (int)gmdate('i', $t), (int)gmdate('s', $t), $month, $day, $year), $this->__weft_us());
    }
    public function setTime(int $hour, int $minute, int $second = 0, int $microsecond = 0): static {
        $t = $this->getTimestamp();
        return $this->__weft_target()->__weft_set(gmmktime($hour, $minute, $second, (int)gmdate('n', $t), (int)gmdate('j', $t), (int)gmdate('Y', $t)), $microsecond);
    }
    public function setTimezone(DateTimeZone $timezone): static { return $this->__weft_target(); }
    public function add(DateInterval $interval): static { return $this->__weft_target()->__weft_shift($interval, 1); }
    public function sub(DateInterval $interval): static { return $this->__weft_target()->__weft_shift($interval, -1); }
    public function __weft_shift(DateInterval $iv, int $sign): static {
        $s = $iv->invert ? -$sign : $sign;
        $t = $this->getTimestamp();
        $us = $this->__weft_us() + $s * (int)round($iv->f * 1000000);
        $carry = intdiv($us - ($us < 0 ? 999999 : 0), 1000000);
        $ts = gmmktime((int)gmdate('G', $t) + $s * $iv->h, (int)gmdate('i', $t) + $s * $iv->i, (int)gmdate('s', $t) + $s * $iv->s + $carry,
                       (int)gmdate('n', $t) + $s * $iv->m, (int)gmdate('j', $t) + $s * $iv->d, (int)gmdate('Y', $t) + $s * $iv->y);
        return $this->__weft_set($ts, $us - $carry * 1000000);
    }
    public function diff(DateTimeInterface $targetObject, bool $absolute = false): DateInterval {
        $a = $this->getTimestamp(); $b = $targetObject->getTimestamp();
        $ua = (int)$this->format('u'); $ub = (int)$targetObject->format('u');
        $invert = $a > $b || ($a == $b && $ua > $ub);
        if ($invert) { [$a, $b, $ua, $ub] = [$b, $a, $ub, $ua]; }
        $x = explode(' ', gmdate('Y n j G i s', $a)); $y = explode(' ', gmdate('Y n j G i s', $b));
        $f = $ub - $ua; $s = $y[5] - $x[5]; $i = $y[4] - $x[4]; $h = $y[3] - $x[3];
        $d = $y[2] - $x[2]; $m = $y[1] - $x[1]; $yy = $y[0] - $x[0];
        if ($f < 0) { $f += 1000000; $s--; }
        if ($s < 0) { $s += 60; $i--; }
        if ($i < 0) { $i += 60; $h--; }
        if ($h < 0) { $h += 24; $d--; }
        // days are borrowed from the month before the later date's month, then the one before
        // (php's timelib); when the order was inverted, from the earlier date's month onwards
        [$by, $bm, $step] = $invert ? [(int)$x[0], (int)$x[1], 1] : [(int)$y[0], (int)$y[1] - 1, -1];
        while ($d < 0) {
            if ($bm < 1) { $bm += 12; $by--; } elseif ($bm > 12) { $bm -= 12; $by++; }
            $d += (int)gmdate('t', gmmktime(0, 0, 0, $bm, 1, $by));
            $bm += $step;
            $m--;
        }
        if ($m < 0) { $m += 12; $yy--; }
        $r = new DateInterval('PT0S');
        $r->y = $yy; $r->m = $m; $r->d = $d; $r->h = $h; $r->i = $i; $r->s = $s; $r->f = $f / 1000000.0;
        $r->invert = $invert && !$absolute ? 1 : 0;
        $r->days = intdiv($b - $a - ($ub < $ua ? 1 : 0), 86400);
        return $r;
    }
    public static function createFromFormat(string $format, string $datetime, ?DateTimeZone $timezone = null): static|false {
        $p = __weft_date_from_format($format, $datetime);
        return $p === false ? false : (new static())->__weft_set($p[0], $p[1]);
    }
    public static function createFromInterface(DateTimeInterface $object): static { return new static($object->format('Y-m-d H:i:s.u')); }
    public static function __set_state(array $array): static { return new static($array['date']); }
}

class DateTime implements DateTimeInterface {
    use __WeftDateTimeCore;
    public function __weft_target(): static { return $this; }
    public static function createFromImmutable(DateTimeImmutable $object): static { return new static($object->format('Y-m-d H:i:s.u')); }
}

class DateTimeImmutable implements DateTimeInterface {
    use __WeftDateTimeCore;
    public function __weft_target(): static { return clone $this; }
    public static function createFromMutable(DateTime $object): static { return new static($object->format('Y-m-d H:i:s.u')); }
}

class DateInterval {
    public $y = 0; public $m = 0; public $d = 0; public $h = 0; public $i = 0; public $s = 0;
    public $f = 0.0; public $invert = 0; public $days = false; public $from_string = false;
    public function __construct(string $duration) {
        if (!preg_match('/^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/', $duration, $g)
            || $duration === 'P' || $duration === 'PT' || str_ends_with($duration, 'T'))
            throw new Exception("Unknown or bad format ($duration)");
        $this->y = (int)($g[1] ?? 0); $this->m = (int)($g[2] ?? 0);
        $this->d = (int)($g[4] ?? 0) + 7 * (int)($g[3] ?? 0);
        $this->h = (int)($g[5] ?? 0); $this->i = (int)($g[6] ?? 0); $this->s = (int)($g[7] ?? 0);
    }
    public function format(string $format): string {
        $out = '';
        for ($k = 0, $n = strlen($format); $k < $n; $k++) {
            $c = $format[$k];
            if ($c !== '%' || $k + 1 >= $n) { $out .= $c; continue; }
            $c = $format[++$k];
            $out .= match ($c) {
                'Y' => sprintf('%02d', $this->y), 'y' => $this->y,
                'M' => sprintf('%02d', $this->m), 'm' => $this->m,
                'D' => sprintf('%02d', $this->d), 'd' => $this->d,
                'H' => sprintf('%02d', $this->h), 'h' => $this->h,
                'I' => sprintf('%02d', $this->i), 'i' => $this->i,
                'S' => sprintf('%02d', $this->s), 's' => $this->s,
                'F' => sprintf('%06d', (int)round($this->f * 1000000)), 'f' => (int)round($this->f * 1000000),
                'R' => $this->invert ? '-' : '+', 'r' => $this->invert ? '-' : '',
                'a' => $this->days === false ? '(unknown)' : $this->days,
                '%' => '%',
                default => '%' . $c,
            };
        }
        return $out;
    }
}

function date_create(string $datetime = "now", ?DateTimeZone $timezone = null): DateTime|false {
    try { return new DateTime($datetime); } catch (Exception $e) { return false; }
}
function date_create_immutable(string $datetime = "now", ?DateTimeZone $timezone = null): DateTimeImmutable|false {
    try { return new DateTimeImmutable($datetime); } catch (Exception $e) { return false; }
}
function date_diff(DateTimeInterface $baseObject, DateTimeInterface $targetObject, bool $absolute = false): DateInterval {
    return $baseObject->diff($targetObject, $absolute);
}
function date_format(DateTimeInterface $object, string $format): string { return $object->format($format); }

// [timestamp, microseconds] of a date string, or false: for the constructor ($base null:
// now), or for modify() (from $base; a date without a time of day keeps $base's).
function __weft_date_parse(string $s, ?int $base, int $us): array|false {
    $modify = $base !== null;
    $t = strtolower(trim($s));
    if ($base === null) {
        $now = microtime(true);
        $base = (int)floor($now);
        $us = (int)(($now - $base) * 1000000);
    }
    if ($t === '' || $t === 'now') return [$base, $us];
    // an absolute date or time of day starts at a whole second; offsets keep the fraction
    if (!preg_match('/^[+-]?\d+\s*[a-z]+(\s+[+-]?\d+\s*[a-z]+)*$/', $t)) $us = 0;
    if (preg_match('/(\d:\d\d)\.(\d{1,6})\b/', $s, $g)) {
        $us = (int)str_pad($g[2], 6, '0');
        $s = str_replace($g[0], $g[1], $s);
    }
    $ts = $modify ? __weft_modify_time($s, $base) : strtotime($s, $base);
    return $ts === false ? false : [$ts, $us];
}

// createFromFormat: [timestamp, microseconds] or false. Fields the format does not give
// are today's (the current time's), unless the format has '!' or '|'.
function __weft_date_from_format(string $format, string $s): array|false {
    $now = time();
    $v = ['Y' => (int)gmdate('Y', $now), 'n' => (int)gmdate('n', $now), 'j' => (int)gmdate('j', $now),
          'G' => (int)gmdate('G', $now), 'i' => (int)gmdate('i', $now), 's' => (int)gmdate('s', $now), 'u' => 0];
    $set = [];
    $pm = null; $ts = null;
    $pos = 0; $len = strlen($s);
    $num = function (int $max) use ($s, &$pos, $len) {
        $start = $pos;
        if ($pos < $len && ($s[$pos] === '-' || $s[$pos] === '+')) $pos++;
        while ($pos < $len && $pos - $start < $max && ctype_digit($s[$pos])) $pos++;
        return $pos > $start ? (int)substr($s, $start, $pos - $start) : null;
    };
    $months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
    for ($k = 0, $n = strlen($format); $k < $n; $k++) {
        $c = $format[$k];
        switch ($c) {
            case 'd': case 'j': if (($x = $num(2)) === null) return false; $v['j'] = $x; $set['j'] = 1; break;
            case 'm': case 'n': if (($x = $num(2)) === null) return false; $v['n'] = $x; $set['n'] = 1; break;
            case 'Y': if (($x = $num(4)) === null) return false; $v['Y'] = $x; $set['Y'] = 1; break;
            case 'y': if (($x = $num(2)) === null) return false; $v['Y'] = $x < 70 ? 2000 + $x : 1900 + $x; $set['Y'] = 1; break;
            case 'H': case 'G': case 'h': case 'g': if (($x = $num(2)) === null) return false; $v['G'] = $x; $set['G'] = 1; break;
            case 'i': if (($x = $num(2)) === null) return false; $v['i'] = $x; $set['i'] = 1; break;
            case 's': if (($x = $num(2)) === null) return false; $v['s'] = $x; $set['s'] = 1; break;
            case 'u': case 'v':
                $start = $pos; while ($pos < $len && $pos - $start < ($c === 'u' ? 6 : 3) && ctype_digit($s[$pos])) $pos++;
                if ($pos === $start) return false;
                $v['u'] = (int)str_pad(substr($s, $start, $pos - $start), 6, '0'); $set['u'] = 1; break;
            case 'A': case 'a':
                $w = strtolower(substr($s, $pos, 2)); if ($w !== 'am' && $w !== 'pm') return false;
                $pm = $w === 'pm'; $pos += 2; break;
            case 'M': case 'F':
                $w = strtolower(substr($s, $pos, 3)); $x = array_search($w, $months, true);
                if ($x === false) return false;
                $v['n'] = $x + 1; $set['n'] = 1; $pos += 3;
                if ($c === 'F') while ($pos < $len && ctype_alpha($s[$pos])) $pos++;
                break;
            case 'D': case 'l': while ($pos < $len && ctype_alpha($s[$pos])) $pos++; break;
            case 'U': if (($x = $num(20)) === null) return false; $ts = $x; break;
            case '!': case '|':
                foreach (['Y' => 1970, 'n' => 1, 'j' => 1, 'G' => 0, 'i' => 0, 's' => 0, 'u' => 0] as $f => $z)
                    if ($c === '!' || !isset($set[$f])) $v[$f] = $z;
                break;
            case '?': if ($pos >= $len) return false; $pos++; break;
            case '*': while ($pos < $len && strpos(" ,;:/.-()", $s[$pos]) === false) $pos++; break;
            case '+': $pos = $len; break;
            case '\\': $k++; $c = $format[$k] ?? '';
            // fall through: a literal character
            default:
                if ($pos >= $len || $s[$pos] !== $c) return false;
                $pos++;
        }
    }
    if ($pos < $len) return false;
    if ($ts !== null) return [$ts, 0];
    if ($pm !== null) { $v['G'] %= 12; if ($pm) $v['G'] += 12; }
    // a format with a time field but no seconds etc. zeroes the smaller fields, as php does
    if (isset($set['G']) || isset($set['i']) || isset($set['s'])) {
        foreach (['i', 's'] as $f) if (!isset($set[$f])) $v[$f] = 0;
    }
    return [gmmktime($v['G'], $v['i'], $v['s'], $v['n'], $v['j'], $v['Y']), $v['u']];
}
