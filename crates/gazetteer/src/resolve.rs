//! Ranking the candidates of a mention by context.
//!
//! Each candidate gets a score that is the sum of these parts (all shown in
//! [`Resolution::reason`]):
//!
//! | part | points |
//! | --- | --- |
//! | country weight `w` from [`GeoContext::country_weights`] | `3 × w` |
//! | admin1 hint: same governorate / same country, other governorate | `+4` / `−1` |
//! | distance `d` km to the nearest [`GeoContext::nearby`] place | `3 × e^(−d/60)` |
//! | kind: populated place (`P`) for a bare name | `+1` |
//! | kind: a section of a city (`PPLX`, the curated neighbourhoods) | `+0.5` |
//! | kind: ADM1 for a bare name | `+1.5` |
//! | kind: region (class `L`, `data/regions.tsv`) for a bare name | `+1.5` |
//! | kind: ADM1 / ADM2 when [`GeoContext::wants_admin_area`] | `+3` / `+2.5` |
//! | kind: region when an area is wanted | `+2` |
//! | kind: other admin area, or a populated place when an area is wanted | `0` |
//! | kind: anything else (hotel, hill, …) | `−1` |
//! | country outside the six Rasid covers (SY IQ LB YE LY PS) | `−1` |
//! | feature code: PPLC, PPLA, PPLA2, PPLA3/4 | `+1`, `+0.8`, `+0.5`, `+0.2` |
//! | feature code: PPLQ, PPLH, PPLW (abandoned, historical, destroyed) | `−2` |
//! | population `p` (not for admin areas and countries) | `0.4 × log10(1 + p)` |
//! | the mention spells the place's main name, not an alternate one | `+1` |
//!
//! A bare governorate name outranks the hamlets called like it (`الجوف`,
//! `أبين` are the Yemeni governorates, not villages of Sa'dah) but not a
//! town of some size (`حمص`, `إدلب` are the cities). Jordan and Turkey are
//! imported as neighbours: without a country in the context, a name shared
//! with a place of the covered countries is that place (`البيرة` is al-Bireh,
//! not Birecik).
//!
//! Populations matter: in the shared GeoNames data many major cities are
//! partial rows with a blank feature code, so population is what lifts
//! Damascus or Deir ez-Zor over the villages that share their name, and the
//! city over its governorate (ADM1 rows have population 0) for a bare name.
//! Ties are broken by the smaller geonameid, then the smaller [`PlaceId`], so
//! the result never depends on hash order.

use crate::{Gazetteer, PlaceId};
use crate::{Place, PlaceMention};

/// What the extractor knows around a mention.
#[derive(Clone, Debug, Default)]
pub struct GeoContext {
    /// Countries the article is about, with weights in 0..=1 (from other,
    /// unambiguous places and from actors).
    pub country_weights: Vec<(String, f32)>,
    /// Coordinates of other places already resolved for the article or event.
    pub nearby: Vec<(f64, f64)>,
    /// `(country code, admin1 code)` of an enclosing place named nearby
    /// (`قرية X في ريف حلب` → `("SY", "09")`).
    pub admin1_hint: Option<(String, String)>,
    /// The text said محافظة / ريف (or similar) before the name, so an admin
    /// area is meant rather than the town.
    pub wants_admin_area: bool,
}

/// The chosen candidate of a mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Resolution {
    /// The best candidate.
    pub place: PlaceId,
    /// Its score (see the module doc).
    pub score: f32,
    /// Why, in words: every part of the score.
    pub reason: String,
    /// The other candidates with their scores, best first (at most 10).
    pub alternatives: Vec<(PlaceId, f32)>,
}

/// The countries Rasid covers; others (Jordan, Turkey) are imported as
/// neighbours and lose ties against them.
pub const CORE_COUNTRIES: [&str; 6] = ["SY", "IQ", "LB", "YE", "LY", "PS"];

/// Alternatives kept in a [`Resolution`].
const MAX_ALTERNATIVES: usize = 10;

/// Great-circle distance in km.
pub fn distance_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lon1) = (a.0.to_radians(), a.1.to_radians());
    let (lat2, lon2) = (b.0.to_radians(), b.1.to_radians());
    let h = ((lat2 - lat1) / 2.0).sin().powi(2)
        + lat1.cos() * lat2.cos() * ((lon2 - lon1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().min(1.0).asin()
}

impl Gazetteer {
    /// Scores one place in a context; `main_name` says the mention spelled
    /// the place's main name; `reason` (if given) receives the parts.
    pub fn score_place(
        &self,
        place: &Place,
        main_name: bool,
        ctx: &GeoContext,
        mut reason: Option<&mut String>,
    ) -> f32 {
        use std::fmt::Write;
        let mut score = 0.0f32;
        let mut note = |part: f32, text: std::fmt::Arguments| {
            score += part;
            if let Some(r) = reason.as_deref_mut() {
                if !r.is_empty() {
                    r.push_str("; ");
                }
                let _ = write!(r, "{text} ({part:+.2})");
            }
        };
        if !ctx.country_weights.is_empty() {
            let w = ctx
                .country_weights
                .iter()
                .filter(|(c, _)| *c == place.country_code)
                .map(|(_, w)| *w)
                .fold(0.0f32, f32::max);
            note(
                3.0 * w,
                format_args!("country {} weight {w:.2}", place.country_code),
            );
        }
        if let Some((cc, a1)) = &ctx.admin1_hint {
            if *cc == place.country_code && *a1 == place.admin1_code {
                note(4.0, format_args!("admin1 hint matched ({cc}.{a1})"));
            } else if *cc == place.country_code {
                note(
                    -1.0,
                    format_args!(
                        "admin1 {}.{} is not the hinted {cc}.{a1}",
                        place.country_code, place.admin1_code
                    ),
                );
            }
        }
        if let Some(d) = ctx
            .nearby
            .iter()
            .map(|&c| distance_km((place.lat, place.lon), c))
            .min_by(f64::total_cmp)
        {
            note(
                3.0 * (-d / 60.0).exp() as f32,
                format_args!("{d:.0} km from a nearby place"),
            );
        }
        if main_name {
            note(1.0, format_args!("main name"));
        }
        let code = place.feature_code.as_str();
        let class = place.feature_class;
        // "محافظة السليمانية": the governorate, even though its capital is
        // a large city of the same name.
        let kind = if ctx.wants_admin_area {
            match code {
                "ADM1" => 4.5,
                "ADM2" => 2.5,
                _ if place.is_admin_area() => 1.5,
                _ if place.is_region() => 2.0,
                _ => 0.0,
            }
        } else if class == 'P' && code == "PPLX" {
            0.5
        } else if class == 'P' {
            1.0
        } else if code == "ADM1" || place.is_region() {
            1.5
        } else if class == 'A' {
            0.0
        } else {
            -1.0
        };
        note(
            kind,
            format_args!(
                "feature {}/{}{}",
                class,
                if code.is_empty() { "-" } else { code },
                if ctx.wants_admin_area {
                    ", admin area wanted"
                } else {
                    ""
                }
            ),
        );
        if !CORE_COUNTRIES.contains(&place.country_code.as_str()) {
            note(
                -1.0,
                format_args!("{} is a neighbouring country", place.country_code),
            );
        }
        let rank = match code {
            "PPLC" => 1.0,
            "PPLA" => 0.8,
            "PPLA2" => 0.5,
            "PPLA3" | "PPLA4" => 0.2,
            "PPLQ" | "PPLH" | "PPLW" => -2.0,
            _ => 0.0,
        };
        if rank != 0.0 {
            note(rank, format_args!("feature code {code}"));
        }
        // An admin area's population is not comparable with a town's.
        if place.population > 0 && place.feature_class != 'A' {
            note(
                0.4 * ((1 + place.population) as f32).log10(),
                format_args!("population {}", place.population),
            );
        }
        score
    }

    /// The best candidate of a mention in a context, with its score, the
    /// reason and the runners-up; `None` when the mention has no candidates.
    pub fn resolve(&self, mention: &PlaceMention, ctx: &GeoContext) -> Option<Resolution> {
        self.resolve_candidates(&mention.candidates, mention.primary, ctx)
    }

    /// [`Gazetteer::resolve`] over an explicit candidate list whose first
    /// `primary` places have the name as their main name (for example from
    /// [`Gazetteer::lookup_entry`]).
    pub fn resolve_candidates(
        &self,
        candidates: &[PlaceId],
        primary: usize,
        ctx: &GeoContext,
    ) -> Option<Resolution> {
        let mut scored: Vec<(PlaceId, f32, bool)> = candidates
            .iter()
            .enumerate()
            .map(|(k, &id)| {
                let main = k < primary;
                (id, self.score_place(self.place(id), main, ctx, None), main)
            })
            .collect();
        scored.sort_by(|a, b| {
            b.1.total_cmp(&a.1)
                .then_with(|| self.place(a.0).geonameid.cmp(&self.place(b.0).geonameid))
                .then_with(|| a.0.cmp(&b.0))
        });
        scored.dedup_by_key(|s| s.0);
        let (best, score, main) = *scored.first()?;
        let place = self.place(best);
        let mut parts = String::new();
        self.score_place(place, main, ctx, Some(&mut parts));
        let reason = format!(
            "{} ({}, {}) geonameid {}: {parts}; best of {} candidates",
            place.name,
            self.admin1_name(place).unwrap_or("?"),
            place.country_code,
            place.geonameid,
            scored.len()
        );
        Some(Resolution {
            place: best,
            score,
            reason,
            alternatives: scored
                .into_iter()
                .skip(1)
                .take(MAX_ALTERNATIVES)
                .map(|(id, s, _)| (id, s))
                .collect(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_plausible() {
        let damascus = (33.5102, 36.29128);
        let aleppo = (36.20124, 37.16117);
        let d = distance_km(damascus, aleppo);
        assert!((300.0..320.0).contains(&d), "{d}");
        assert_eq!(distance_km(aleppo, aleppo), 0.0);
    }
}
