# CPython's own datetime (pure-Python _pydatetime path) and calendar under weft
import datetime as dt, calendar
d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.isoformat(), d.weekday(), tuple(d.isocalendar()))
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t, repr(t), t + dt.timedelta(seconds=45), t.strftime("%Y-%m-%d %H:%M:%S %A %B"))
print(dt.datetime.fromisoformat("2020-05-17T10:20:30"), dt.date.fromordinal(738000))
delta = dt.datetime(2024, 3, 1) - dt.datetime(2023, 3, 1, 12)
print(delta, delta.days, delta.total_seconds(), repr(delta))
print(dt.timedelta(hours=-5, minutes=3), abs(dt.timedelta(days=-1, seconds=5)))
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
aware = dt.datetime(2024, 1, 1, 12, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(dt.timezone.utc))
print(dt.time(13, 5, 7).isoformat(), dt.date(2024, 1, 1) < dt.date(2024, 1, 2))
print(sorted([dt.date(2020, 1, 3), dt.date(2019, 5, 1)]), dt.date.max, dt.timedelta.resolution)
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2))
print(calendar.month(2024, 2))
print(calendar.weekday(2024, 7, 4), list(calendar.day_abbr)[:3], calendar.month_name[3])
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 11))
try:
    dt.date(2023, 2, 29)
except ValueError:
    print("ValueError")  # the message differs between CPython's C and Python datetime
