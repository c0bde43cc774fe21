//! Calendar arithmetic for event dates: parsing `published`, day offsets,
//! weekdays and explicit day–month dates.
//!
//! Dates are plain proleptic Gregorian days; a tiny day-number conversion is
//! all the pipeline needs, so there is no date library here.

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Year.
    pub year: i32,
    /// Month 1–12.
    pub month: u8,
    /// Day of month 1–31.
    pub day: u8,
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Day {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Day> {
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Day { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days inverse).
    pub fn number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day with the given day number.
    pub fn from_number(z: i64) -> Day {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Day { year, month, day }
    }

    /// The day of a Hijri date, by the tabular (arithmetic) Islamic
    /// calendar; observed calendars (Umm al-Qura, sighting) differ from it by
    /// a day or two at most. `None` for an impossible month or day.
    pub fn from_hijri(year: i32, month: u8, day: u8) -> Option<Day> {
        if !(1..=12).contains(&month) || !(1..=30).contains(&day) || year < 1 {
            return None;
        }
        let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
        // Months alternate 30 and 29 days (ceil(29.5 (m-1)) days before
        // month m); 11 leap days in each 30-year cycle.
        let before_month = (59 * (m - 1) + 1) / 2;
        let days = d + before_month + (y - 1) * 354 + (3 + 11 * y).div_euclid(30);
        // Day 1 of the epoch (1 Muharram 1 AH) is 16 July 622 (Julian).
        Some(Day::from_number(days - HIJRI_EPOCH_OFFSET))
    }

    /// This day shifted by `days`.
    pub fn add_days(self, days: i64) -> Day {
        Day::from_number(self.number() + days)
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.number() + 3).rem_euclid(7)) as u8
    }

    /// The most recent day on or before `self` that falls on `weekday`.
    pub fn last_weekday(self, weekday: u8) -> Day {
        let back = (i64::from(self.weekday()) - i64::from(weekday)).rem_euclid(7);
        self.add_days(-back)
    }

    /// The most recent date on or before `self` with this month and day
    /// (a report in January about "28 December" means last year).
    pub fn last_month_day(self, month: u8, day: u8) -> Option<Day> {
        let this_year = Day::new(self.year, month, day)?;
        if this_year <= self {
            Some(this_year)
        } else {
            Day::new(self.year - 1, month, day)
        }
    }
}

/// Day-number offset of the tabular Hijri count (see [`Day::from_hijri`]).
const HIJRI_EPOCH_OFFSET: i64 = 492_149;

/// Parses `published`: `YYYY-MM-DD` or an RFC 3339 timestamp (its date part).
pub fn parse_published(s: &str) -> Option<Day> {
    let s = s.trim();
    let date = s.get(..10)?;
    let rest = &s[10..];
    if !(rest.is_empty() || rest.starts_with('T') || rest.starts_with(' ')) {
        return None;
    }
    let b = date.as_bytes();
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    Day::new(
        date[..4].parse().ok()?,
        date[5..7].parse().ok()?,
        date[8..10].parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_day_numbers() {
        for (y, m, d) in [(1970, 1, 1), (2000, 2, 29), (2023, 10, 25), (1969, 12, 31)] {
            let day = Day::new(y, m, d).unwrap();
            assert_eq!(Day::from_number(day.number()), day);
        }
        assert_eq!(Day::new(1970, 1, 1).unwrap().number(), 0);
    }

    #[test]
    fn hijri_dates_fall_within_a_day_of_the_observed_calendar() {
        // Observed (Umm al-Qura) dates: 1 Muharram 1445, 1 Ramadan 1445,
        // 10 Muharram 1445, 1 Shawwal 1444.
        for ((hy, hm, hd), (y, m, d)) in [
            ((1445, 1, 1), (2023, 7, 19)),
            ((1445, 9, 1), (2024, 3, 11)),
            ((1445, 1, 10), (2023, 7, 28)),
            ((1444, 10, 1), (2023, 4, 21)),
        ] {
            let got = Day::from_hijri(hy, hm, hd).unwrap();
            let want = Day::new(y, m, d).unwrap();
            assert!(
                (got.number() - want.number()).abs() <= 1,
                "{hy}-{hm}-{hd}: {got} vs {want}"
            );
        }
        assert_eq!(Day::from_hijri(1445, 13, 1), None);
    }

    #[test]
    fn weekdays_and_offsets() {
        let published = Day::new(2015, 12, 10).unwrap(); // a Thursday
        assert_eq!(published.weekday(), 3);
        assert_eq!(published.last_weekday(2).to_string(), "2015-12-09");
        assert_eq!(published.last_weekday(3), published);
        assert_eq!(published.add_days(-1).to_string(), "2015-12-09");
        assert_eq!(
            Day::new(2024, 3, 1).unwrap().add_days(-1).to_string(),
            "2024-02-29"
        );
        let january = Day::new(2024, 1, 3).unwrap();
        assert_eq!(
            january.last_month_day(12, 28).unwrap().to_string(),
            "2023-12-28"
        );
    }

    #[test]
    fn parses_published_forms() {
        assert_eq!(
            parse_published("2023-04-12").unwrap().to_string(),
            "2023-04-12"
        );
        assert_eq!(
            parse_published("2023-04-12T08:00:00+03:00")
                .unwrap()
                .to_string(),
            "2023-04-12"
        );
        assert!(parse_published("12/04/2023").is_none());
        assert!(parse_published("2023-02-30").is_none());
        assert!(parse_published("yesterday").is_none());
    }
}
