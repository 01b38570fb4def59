--TEST--
date/gmdate formats, mktime overflow, checkdate, strtotime (absolute dates, keywords, relative offsets) in UTC
--FILE--
<?php
foreach ([0, 86399, 951782400, 1700000000, -1, 1230768000, 1262304000, 1609459200, 1704067199, 4102444800, -86400 * 365 * 80] as $ts) {
    echo date('Y-m-d H:i:s D l N j n S w z W o F M t L y a A g G h U c r', $ts), "\n";
}
var_dump(mktime(0, 0, 0, 1, 1, 2000), mktime(12, 30, 0, 14, 35, 2023), mktime(0, 0, 0, 2, 29, 2024), gmmktime(1, 2, 3, 4, 5, 2006));
var_dump(checkdate(2, 29, 2023), checkdate(2, 29, 2024), checkdate(13, 1, 2020));
$b = 1700000000;
foreach (['now', 'today', 'tomorrow', 'yesterday', '@12345', '2024-02-29', '2024-02-29 13:45', '2024-02-29T13:45:10Z', '+1 day', '-2 weeks', '+1 month', '+1 year 2 days', 'garbage'] as $s) {
    var_dump(strtotime($s, $b));
}
echo date_default_timezone_get(), "\n";
var_dump(date_default_timezone_set('UTC'));
echo date("\\Y\\e\\a\\r: Y", 0), "\n";
--EXPECT--
1970-01-01 00:00:00 Thu Thursday 4 1 1 st 4 0 01 1970 January Jan 31 0 70 am AM 12 0 12 0 1970-01-01T00:00:00+00:00 Thu, 01 Jan 1970 00:00:00 +0000
1970-01-01 23:59:59 Thu Thursday 4 1 1 st 4 0 01 1970 January Jan 31 0 70 pm PM 11 23 11 86399 1970-01-01T23:59:59+00:00 Thu, 01 Jan 1970 23:59:59 +0000
2000-02-29 00:00:00 Tue Tuesday 2 29 2 th 2 59 09 2000 February Feb 29 1 00 am AM 12 0 12 951782400 2000-02-29T00:00:00+00:00 Tue, 29 Feb 2000 00:00:00 +0000
2023-11-14 22:13:20 Tue Tuesday 2 14 11 th 2 317 46 2023 November Nov 30 0 23 pm PM 10 22 10 1700000000 2023-11-14T22:13:20+00:00 Tue, 14 Nov 2023 22:13:20 +0000
1969-12-31 23:59:59 Wed Wednesday 3 31 12 st 3 364 01 1970 December Dec 31 0 69 pm PM 11 23 11 -1 1969-12-31T23:59:59+00:00 Wed, 31 Dec 1969 23:59:59 +0000
2009-01-01 00:00:00 Thu Thursday 4 1 1 st 4 0 01 2009 January Jan 31 0 09 am AM 12 0 12 1230768000 2009-01-01T00:00:00+00:00 Thu, 01 Jan 2009 00:00:00 +0000
2010-01-01 00:00:00 Fri Friday 5 1 1 st 5 0 53 2009 January Jan 31 0 10 am AM 12 0 12 1262304000 2010-01-01T00:00:00+00:00 Fri, 01 Jan 2010 00:00:00 +0000
2021-01-01 00:00:00 Fri Friday 5 1 1 st 5 0 53 2020 January Jan 31 0 21 am AM 12 0 12 1609459200 2021-01-01T00:00:00+00:00 Fri, 01 Jan 2021 00:00:00 +0000
2023-12-31 23:59:59 Sun Sunday 7 31 12 st 0 364 52 2023 December Dec 31 0 23 pm PM 11 23 11 1704067199 2023-12-31T23:59:59+00:00 Sun, 31 Dec 2023 23:59:59 +0000
2100-01-01 00:00:00 Fri Friday 5 1 1 st 5 0 53 2099 January Jan 31 0 00 am AM 12 0 12 4102444800 2100-01-01T00:00:00+00:00 Fri, 01 Jan 2100 00:00:00 +0000
1890-01-20 00:00:00 Mon Monday 1 20 1 th 1 19 04 1890 January Jan 31 0 90 am AM 12 0 12 -2522880000 1890-01-20T00:00:00+00:00 Mon, 20 Jan 1890 00:00:00 +0000
int(946684800)
int(1709728200)
int(1709164800)
int(1144198923)
bool(false)
bool(true)
bool(false)
int(1700000000)
int(1699920000)
int(1700006400)
int(1699833600)
int(12345)
int(1709164800)
int(1709214300)
int(1709214310)
int(1700086400)
int(1698790400)
int(1702592000)
int(1731795200)
bool(false)
UTC
bool(true)
Year: 1970
