//! Distances and dates: the two measures clustering and queries need.

use rasid_core::dates::{parse_published, Day};

/// Great-circle distance in kilometres between two points given in degrees.
pub fn haversine_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    const EARTH_RADIUS_KM: f64 = 6371.0088;
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
}

/// A latitude/longitude box that contains every point within `km` of a centre.
/// Returns `(min_lat, max_lat, min_lon, max_lon)`.
pub(crate) fn bounding_box(lat: f64, lon: f64, km: f64) -> (f64, f64, f64, f64) {
    let dlat = km / 111.0;
    let cos = lat.to_radians().cos().abs().max(1e-6);
    let dlon = (km / (111.0 * cos)).min(360.0);
    (lat - dlat, lat + dlat, lon - dlon, lon + dlon)
}

/// Day number (days since 1970-01-01) of a `YYYY-MM-DD` date, or of the date
/// part of an RFC 3339 timestamp. `None` for anything else.
pub fn day_number(date: &str) -> Option<i64> {
    parse_published(date).map(Day::number)
}

/// The `YYYY-MM-DD` date of a day number (inverse of [`day_number`]).
pub fn date_of_day(day: i64) -> String {
    Day::from_number(day).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2024-03-01"), Some(19_783));
        assert_eq!(day_number("2024-02-29T10:00:00+03:00"), Some(19_782));
        for day in [-1000, 0, 59, 19_000, 20_000, 40_000] {
            assert_eq!(day_number(&date_of_day(day)), Some(day));
        }
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "12-04-2023",
            "2024-01-0x",
            "2024-01-01x",
        ] {
            assert_eq!(day_number(bad), None, "{bad}");
        }
    }

    #[test]
    fn haversine_is_plausible() {
        // Homs to Al-Qusayr is about 25 km.
        let d = haversine_km(34.7308, 36.7094, 34.5089, 36.5797);
        assert!((24.0..30.0).contains(&d), "{d}");
        assert_eq!(haversine_km(33.5, 36.3, 33.5, 36.3), 0.0);
    }
}
