--TEST--
DateTime, DateTimeImmutable, DateInterval, DateTimeZone (UTC): format, modify, setDate/setTime, add/sub, createFromFormat, comparisons, output, errors
--FILE--
<?php
$d = new DateTime("2024-01-31 10:00:00");
var_dump($d);
echo $d->format("Y-m-d H:i:s u v D, d M Y N jS z t L"), "\n";
echo $d->format(DATE_ATOM), " ", $d->format(DateTime::RFC2822), " ", $d->format(DateTimeInterface::RFC3339_EXTENDED), " ", $d->format('\Y\-m \u T e'), "\n";
echo $d->getTimestamp(), "\n";
$d->modify("+1 day"); echo $d->format("Y-m-d H:i"), "\n";
$d->modify("+1 month"); echo $d->format("Y-m-d H:i"), "\n";
$d->setDate(2023, 2, 29)->setTime(25, 61, 5); echo $d->format("c"), "\n";
$i = new DateTimeImmutable("2024-02-29 12:00:00");
$j = $i->add(new DateInterval("P1Y2M3DT4H5M6S"));
echo $i->format("c"), " ", $j->format("c"), "\n";
echo $j->sub(new DateInterval("P1W"))->format("c"), "\n";
print_r((new DateTime("2024-01-01"))->diff(new DateTime("2024-02-15 10:30")));
$iv = new DateInterval("P2W3D"); var_dump($iv->d, $iv->days, $iv->format("%a %d"));
try { new DateInterval("X"); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { new DateTime("garbage"); } catch (Exception $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$c = DateTime::createFromFormat("d/m/Y H:i", "15/08/2023 14:30"); echo $c->format("Y-m-d H:i"), "\n";
$c = DateTimeImmutable::createFromFormat("!Y-m-d", "2023-08-15"); echo $c->format("Y-m-d H:i:s.u"), " ", get_class($c), "\n";
var_dump(DateTime::createFromFormat("Y-m-d", "nope"), DateTime::createFromFormat("U", "1700000000")->format("c"));
var_dump(date_create("2024-06-01")->format("l"), date_create("bad"), date_diff(date_create("2024-01-01"), date_create("2024-12-25"))->days);
$a = new DateTime("2024-01-01"); $b = new DateTime("2024-01-02");
var_dump($a < $b, $a == $b, $a > $b, max($a, $b)->format("d"));
print_r(new DateTime("2024-01-01 00:00:00")); echo "\n";
echo json_encode(new DateTimeImmutable("2024-01-01")), "\n";
print_r(new DateTimeZone("UTC")); var_dump((new DateTime("2024-01-01"))->getTimezone()->getName());
$m = new DateTime("2024-01-31"); var_dump($m->modify("xyz"));
$x = new DateTimeImmutable("2024-03-15 10:00"); $y = $x->modify("+2 hours"); echo $x->format("H"), $y->format("H"), "\n";
var_dump($x instanceof DateTimeInterface, $d instanceof DateTimeImmutable);
echo (new DateTime("@86400"))->format("Y-m-d"), " ", (new DateTime("2024-01-01"))->setTimestamp(0)->format("Y"), "\n";
class Day extends DateTimeImmutable { function ymd() { return $this->format("Ymd"); } }
$m = new Day("2020-05-06"); echo $m->ymd(), " ", get_class($m->modify("+1 day")), " ", $m->modify("+1 day")->ymd(), "\n";
function year(DateTimeInterface $d) { return $d->format("Y"); }
echo year(new DateTime("1999-01-01")), year(new DateTimeImmutable("2001-02-03")), "\n";
try { year(5); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(class_exists("DateInterval"), DATE_RFC3339 === DateTimeInterface::RFC3339);
$p = DateTime::createFromFormat("!d M Y g:i A", "05 Mar 2021 3:07 PM"); echo $p->format(DATE_ATOM), "\n";
$p = DateTime::createFromFormat("Y-m-d H:i:s.u", "2021-03-05 10:11:12.345678"); echo $p->format("Y-m-d\TH:i:s.u v"), "\n";
$i = new DateTimeImmutable("2024-01-31"); echo $i->add(new DateInterval("P1M"))->format("Y-m-d"), " ", $i->sub(new DateInterval("P1D"))->format("Y-m-d"), "\n";
$iv = (new DateTime("2024-05-01"))->diff(new DateTime("2024-03-01")); $back = (new DateTime("2024-05-01"))->add($iv); echo $back->format("Y-m-d"), "\n";
--EXPECTF--
object(DateTime)#1 (3) {
  ["date"]=>
  string(26) "2024-01-31 10:00:00.000000"
  ["timezone_type"]=>
  int(3)
  ["timezone"]=>
  string(3) "UTC"
}
2024-01-31 10:00:00 000000 000 Wed, 31 Jan 2024 3 31st 30 31 1
2024-01-31T10:00:00+00:00 Wed, 31 Jan 2024 10:00:00 +0000 2024-01-31T10:00:00.000+00:00 Y-01 u UTC UTC
1706695200
2024-02-01 10:00
2024-03-01 10:00
2023-03-02T02:01:05+00:00
2024-02-29T12:00:00+00:00 2025-05-02T16:05:06+00:00
2025-04-25T16:05:06+00:00
DateInterval Object
(
    [y] => 0
    [m] => 1
    [d] => 14
    [h] => 10
    [i] => 30
    [s] => 0
    [f] => 0
    [invert] => 0
    [days] => 45
    [from_string] => 
)
int(17)
bool(false)
string(12) "(unknown) 17"
Exception: Unknown or bad format (X)
Exception: Failed to parse time string (garbage) at position 0 (g): The timezone could not be found in the database
2023-08-15 14:30
2023-08-15 00:00:00.000000 DateTimeImmutable
bool(false)
string(25) "2023-11-14T22:13:20+00:00"
string(8) "Saturday"
bool(false)
int(359)
bool(true)
bool(false)
bool(false)
string(2) "02"
DateTime Object
(
    [date] => 2024-01-01 00:00:00.000000
    [timezone_type] => 3
    [timezone] => UTC
)

{"date":"2024-01-01 00:00:00.000000","timezone_type":3,"timezone":"UTC"}
DateTimeZone Object
(
    [timezone_type] => 3
    [timezone] => UTC
)
string(3) "UTC"

Warning: DateTime::modify(): Failed to parse time string (xyz) at position 0 (x): The timezone could not be found in the database in %s on line 27
bool(false)
1012
bool(true)
bool(false)
1970-01-02 1970
20200506 Day 20200507
19992001
year(): Argument #1 ($d) must be of type DateTimeInterface, int given, called in %s on line 35
bool(true)
bool(true)
2021-03-05T15:07:00+00:00
2021-03-05T10:11:12.345678 345
2024-03-02 2024-01-30
2024-03-01
