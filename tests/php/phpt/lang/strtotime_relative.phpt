--TEST--
strtotime's relative formats: keywords, weekdays (this/next/last), next/last/this week, first/last day of, month names, numeric date orders, times with am/pm, ago, glued units; DateTime::modify keeps the time of day for a date without one
--FILE--
<?php
foreach ([gmmktime(15, 30, 45, 1, 31, 2024), gmmktime(0, 0, 0, 3, 3, 2024), gmmktime(23, 59, 59, 12, 31, 2023)] as $base) {
echo gmdate("D Y-m-d H:i:s", $base), "\n";
$cases = ["now", "today", "midnight", "noon", "tomorrow", "yesterday", "+1 day", "-2 weeks", "+1 week 2 days", "1 year ago", "3 days ago", "next month", "last year", "next monday", "last friday", "monday", "wednesday", "this wednesday", "next wednesday", "last wednesday", "saturday next week", "this week", "last week", "monday this week", "sunday last week",
 "first day of next month", "last day of next month", "first day of this month", "last day of last month", "first day of january 2025", "last day of february",
 "2024-02-29", "2024-02-29 10:00", "2024-02-29T10:00:05", "2024/03/05", "03/05/2024", "05-03-2024", "05.03.2024", "2024-03",
 "10:00", "10:00:30", "10am", "3pm", "3:15 pm", "tomorrow 10:00", "today noon", "monday 09:00", "+1 month", "+1 month -1 day", "+1 day +2 hours", "+90 minutes", "+30 sec",
 "january 15", "jan 15 2025", "15 january 2025", "15 jan", "march 2023", "dec 25, 2023", "December 25th 2023", "next week", "+1day", "@1700000000", "garbage", "", "tomorrow noon", "yesterday 14:00", "2024-01-15 +1 week"];
foreach ($cases as $c) { $t = strtotime($c, $base); echo str_pad(json_encode($c), 30), $t === false ? "false" : gmdate("Y-m-d H:i:s D", $t), "\n"; }
}
$d = new DateTimeImmutable("2024-01-31 08:15:00");
foreach (["first day of next month", "last day of this month", "next friday", "monday next week", "tomorrow noon", "+1 month", "last day of february 2023", "2024-05-01", "jan 15", "midnight", "2024-05-01 10:00"] as $m) echo $m, ": ", $d->modify($m)->format("Y-m-d H:i:s"), "\n";
--EXPECT--
Wed 2024-01-31 15:30:45
"now"                         2024-01-31 15:30:45 Wed
"today"                       2024-01-31 00:00:00 Wed
"midnight"                    2024-01-31 00:00:00 Wed
"noon"                        2024-01-31 12:00:00 Wed
"tomorrow"                    2024-02-01 00:00:00 Thu
"yesterday"                   2024-01-30 00:00:00 Tue
"+1 day"                      2024-02-01 15:30:45 Thu
"-2 weeks"                    2024-01-17 15:30:45 Wed
"+1 week 2 days"              2024-02-09 15:30:45 Fri
"1 year ago"                  2023-01-31 15:30:45 Tue
"3 days ago"                  2024-01-28 15:30:45 Sun
"next month"                  2024-03-02 15:30:45 Sat
"last year"                   2023-01-31 15:30:45 Tue
"next monday"                 2024-02-05 00:00:00 Mon
"last friday"                 2024-01-26 00:00:00 Fri
"monday"                      2024-02-05 00:00:00 Mon
"wednesday"                   2024-01-31 00:00:00 Wed
"this wednesday"              2024-01-31 00:00:00 Wed
"next wednesday"              2024-02-07 00:00:00 Wed
"last wednesday"              2024-01-24 00:00:00 Wed
"saturday next week"          2024-02-10 00:00:00 Sat
"this week"                   2024-01-29 15:30:45 Mon
"last week"                   2024-01-22 15:30:45 Mon
"monday this week"            2024-01-29 00:00:00 Mon
"sunday last week"            2024-01-28 00:00:00 Sun
"first day of next month"     2024-02-01 15:30:45 Thu
"last day of next month"      2024-02-29 15:30:45 Thu
"first day of this month"     2024-01-01 15:30:45 Mon
"last day of last month"      2023-12-31 15:30:45 Sun
"first day of january 2025"   2025-01-01 00:00:00 Wed
"last day of february"        2024-02-29 00:00:00 Thu
"2024-02-29"                  2024-02-29 00:00:00 Thu
"2024-02-29 10:00"            2024-02-29 10:00:00 Thu
"2024-02-29T10:00:05"         2024-02-29 10:00:05 Thu
"2024\/03\/05"                2024-03-05 00:00:00 Tue
"03\/05\/2024"                2024-03-05 00:00:00 Tue
"05-03-2024"                  2024-03-05 00:00:00 Tue
"05.03.2024"                  2024-03-05 00:00:00 Tue
"2024-03"                     2024-03-01 00:00:00 Fri
"10:00"                       2024-01-31 10:00:00 Wed
"10:00:30"                    2024-01-31 10:00:30 Wed
"10am"                        2024-01-31 10:00:00 Wed
"3pm"                         2024-01-31 15:00:00 Wed
"3:15 pm"                     2024-01-31 15:15:00 Wed
"tomorrow 10:00"              2024-02-01 10:00:00 Thu
"today noon"                  2024-01-31 12:00:00 Wed
"monday 09:00"                2024-02-05 09:00:00 Mon
"+1 month"                    2024-03-02 15:30:45 Sat
"+1 month -1 day"             2024-03-01 15:30:45 Fri
"+1 day +2 hours"             2024-02-01 17:30:45 Thu
"+90 minutes"                 2024-01-31 17:00:45 Wed
"+30 sec"                     2024-01-31 15:31:15 Wed
"january 15"                  2024-01-15 00:00:00 Mon
"jan 15 2025"                 2025-01-15 00:00:00 Wed
"15 january 2025"             2025-01-15 00:00:00 Wed
"15 jan"                      2024-01-15 00:00:00 Mon
"march 2023"                  2023-03-01 00:00:00 Wed
"dec 25, 2023"                2023-12-25 00:00:00 Mon
"December 25th 2023"          2023-12-25 00:00:00 Mon
"next week"                   2024-02-05 15:30:45 Mon
"+1day"                       2024-02-01 15:30:45 Thu
"@1700000000"                 2023-11-14 22:13:20 Tue
"garbage"                     false
""                            false
"tomorrow noon"               2024-02-01 12:00:00 Thu
"yesterday 14:00"             2024-01-30 14:00:00 Tue
"2024-01-15 +1 week"          2024-01-22 00:00:00 Mon
Sun 2024-03-03 00:00:00
"now"                         2024-03-03 00:00:00 Sun
"today"                       2024-03-03 00:00:00 Sun
"midnight"                    2024-03-03 00:00:00 Sun
"noon"                        2024-03-03 12:00:00 Sun
"tomorrow"                    2024-03-04 00:00:00 Mon
"yesterday"                   2024-03-02 00:00:00 Sat
"+1 day"                      2024-03-04 00:00:00 Mon
"-2 weeks"                    2024-02-18 00:00:00 Sun
"+1 week 2 days"              2024-03-12 00:00:00 Tue
"1 year ago"                  2023-03-03 00:00:00 Fri
"3 days ago"                  2024-02-29 00:00:00 Thu
"next month"                  2024-04-03 00:00:00 Wed
"last year"                   2023-03-03 00:00:00 Fri
"next monday"                 2024-03-04 00:00:00 Mon
"last friday"                 2024-03-01 00:00:00 Fri
"monday"                      2024-03-04 00:00:00 Mon
"wednesday"                   2024-03-06 00:00:00 Wed
"this wednesday"              2024-03-06 00:00:00 Wed
"next wednesday"              2024-03-06 00:00:00 Wed
"last wednesday"              2024-02-28 00:00:00 Wed
"saturday next week"          2024-03-09 00:00:00 Sat
"this week"                   2024-02-26 00:00:00 Mon
"last week"                   2024-02-19 00:00:00 Mon
"monday this week"            2024-02-26 00:00:00 Mon
"sunday last week"            2024-02-25 00:00:00 Sun
"first day of next month"     2024-04-01 00:00:00 Mon
"last day of next month"      2024-04-30 00:00:00 Tue
"first day of this month"     2024-03-01 00:00:00 Fri
"last day of last month"      2024-02-29 00:00:00 Thu
"first day of january 2025"   2025-01-01 00:00:00 Wed
"last day of february"        2024-02-29 00:00:00 Thu
"2024-02-29"                  2024-02-29 00:00:00 Thu
"2024-02-29 10:00"            2024-02-29 10:00:00 Thu
"2024-02-29T10:00:05"         2024-02-29 10:00:05 Thu
"2024\/03\/05"                2024-03-05 00:00:00 Tue
"03\/05\/2024"                2024-03-05 00:00:00 Tue
"05-03-2024"                  2024-03-05 00:00:00 Tue
"05.03.2024"                  2024-03-05 00:00:00 Tue
"2024-03"                     2024-03-01 00:00:00 Fri
"10:00"                       2024-03-03 10:00:00 Sun
"10:00:30"                    2024-03-03 10:00:30 Sun
"10am"                        2024-03-03 10:00:00 Sun
"3pm"                         2024-03-03 15:00:00 Sun
"3:15 pm"                     2024-03-03 15:15:00 Sun
"tomorrow 10:00"              2024-03-04 10:00:00 Mon
"today noon"                  2024-03-03 12:00:00 Sun
"monday 09:00"                2024-03-04 09:00:00 Mon
"+1 month"                    2024-04-03 00:00:00 Wed
"+1 month -1 day"             2024-04-02 00:00:00 Tue
"+1 day +2 hours"             2024-03-04 02:00:00 Mon
"+90 minutes"                 2024-03-03 01:30:00 Sun
"+30 sec"                     2024-03-03 00:00:30 Sun
"january 15"                  2024-01-15 00:00:00 Mon
"jan 15 2025"                 2025-01-15 00:00:00 Wed
"15 january 2025"             2025-01-15 00:00:00 Wed
"15 jan"                      2024-01-15 00:00:00 Mon
"march 2023"                  2023-03-01 00:00:00 Wed
"dec 25, 2023"                2023-12-25 00:00:00 Mon
"December 25th 2023"          2023-12-25 00:00:00 Mon
"next week"                   2024-03-04 00:00:00 Mon
"+1day"                       2024-03-04 00:00:00 Mon
"@1700000000"                 2023-11-14 22:13:20 Tue
"garbage"                     false
""                            false
"tomorrow noon"               2024-03-04 12:00:00 Mon
"yesterday 14:00"             2024-03-02 14:00:00 Sat
"2024-01-15 +1 week"          2024-01-22 00:00:00 Mon
Sun 2023-12-31 23:59:59
"now"                         2023-12-31 23:59:59 Sun
"today"                       2023-12-31 00:00:00 Sun
"midnight"                    2023-12-31 00:00:00 Sun
"noon"                        2023-12-31 12:00:00 Sun
"tomorrow"                    2024-01-01 00:00:00 Mon
"yesterday"                   2023-12-30 00:00:00 Sat
"+1 day"                      2024-01-01 23:59:59 Mon
"-2 weeks"                    2023-12-17 23:59:59 Sun
"+1 week 2 days"              2024-01-09 23:59:59 Tue
"1 year ago"                  2022-12-31 23:59:59 Sat
"3 days ago"                  2023-12-28 23:59:59 Thu
"next month"                  2024-01-31 23:59:59 Wed
"last year"                   2022-12-31 23:59:59 Sat
"next monday"                 2024-01-01 00:00:00 Mon
"last friday"                 2023-12-29 00:00:00 Fri
"monday"                      2024-01-01 00:00:00 Mon
"wednesday"                   2024-01-03 00:00:00 Wed
"this wednesday"              2024-01-03 00:00:00 Wed
"next wednesday"              2024-01-03 00:00:00 Wed
"last wednesday"              2023-12-27 00:00:00 Wed
"saturday next week"          2024-01-06 00:00:00 Sat
"this week"                   2023-12-25 23:59:59 Mon
"last week"                   2023-12-18 23:59:59 Mon
"monday this week"            2023-12-25 00:00:00 Mon
"sunday last week"            2023-12-24 00:00:00 Sun
"first day of next month"     2024-01-01 23:59:59 Mon
"last day of next month"      2024-01-31 23:59:59 Wed
"first day of this month"     2023-12-01 23:59:59 Fri
"last day of last month"      2023-11-30 23:59:59 Thu
"first day of january 2025"   2025-01-01 00:00:00 Wed
"last day of february"        2023-02-28 00:00:00 Tue
"2024-02-29"                  2024-02-29 00:00:00 Thu
"2024-02-29 10:00"            2024-02-29 10:00:00 Thu
"2024-02-29T10:00:05"         2024-02-29 10:00:05 Thu
"2024\/03\/05"                2024-03-05 00:00:00 Tue
"03\/05\/2024"                2024-03-05 00:00:00 Tue
"05-03-2024"                  2024-03-05 00:00:00 Tue
"05.03.2024"                  2024-03-05 00:00:00 Tue
"2024-03"                     2024-03-01 00:00:00 Fri
"10:00"                       2023-12-31 10:00:00 Sun
"10:00:30"                    2023-12-31 10:00:30 Sun
"10am"                        2023-12-31 10:00:00 Sun
"3pm"                         2023-12-31 15:00:00 Sun
"3:15 pm"                     2023-12-31 15:15:00 Sun
"tomorrow 10:00"              2024-01-01 10:00:00 Mon
"today noon"                  2023-12-31 12:00:00 Sun
"monday 09:00"                2024-01-01 09:00:00 Mon
"+1 month"                    2024-01-31 23:59:59 Wed
"+1 month -1 day"             2024-01-30 23:59:59 Tue
"+1 day +2 hours"             2024-01-02 01:59:59 Tue
"+90 minutes"                 2024-01-01 01:29:59 Mon
"+30 sec"                     2024-01-01 00:00:29 Mon
"january 15"                  2023-01-15 00:00:00 Sun
"jan 15 2025"                 2025-01-15 00:00:00 Wed
"15 january 2025"             2025-01-15 00:00:00 Wed
"15 jan"                      2023-01-15 00:00:00 Sun
"march 2023"                  2023-03-01 00:00:00 Wed
"dec 25, 2023"                2023-12-25 00:00:00 Mon
"December 25th 2023"          2023-12-25 00:00:00 Mon
"next week"                   2024-01-01 23:59:59 Mon
"+1day"                       2024-01-01 23:59:59 Mon
"@1700000000"                 2023-11-14 22:13:20 Tue
"garbage"                     false
""                            false
"tomorrow noon"               2024-01-01 12:00:00 Mon
"yesterday 14:00"             2023-12-30 14:00:00 Sat
"2024-01-15 +1 week"          2024-01-22 00:00:00 Mon
first day of next month: 2024-02-01 08:15:00
last day of this month: 2024-01-31 08:15:00
next friday: 2024-02-02 00:00:00
monday next week: 2024-02-05 00:00:00
tomorrow noon: 2024-02-01 12:00:00
+1 month: 2024-03-02 08:15:00
last day of february 2023: 2023-02-28 08:15:00
2024-05-01: 2024-05-01 08:15:00
jan 15: 2024-01-15 08:15:00
midnight: 2024-01-31 00:00:00
2024-05-01 10:00: 2024-05-01 10:00:00
