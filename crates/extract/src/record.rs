//! Turns [`Event`]s into DESIGN.md section 3 records: English names from the
//! gazetteer, generic actors filled with the event's country, evidence spans
//! mapped back to code points of the original text, and a notes sentence.

use rasid_core::{ByteSpan, CharIndex, EventRecord, Evidence, SubEventType};

use crate::doc::Doc;
use crate::events::Event;
use crate::roles::Role;

pub(crate) fn build(doc: &Doc, events: &[Event]) -> Vec<EventRecord> {
    let chars = CharIndex::new(&doc.article.text);
    events
        .iter()
        .enumerate()
        .map(|(i, e)| record(doc, &chars, e, i + 1))
        .collect()
}

/// The default actor1 when the text names none, by ACLED's conventions.
fn default_actor1(sub: SubEventType) -> Option<&'static str> {
    use SubEventType::*;
    Some(match sub {
        AirDroneStrike => "Unidentified Military Forces",
        PeacefulProtest | ProtestWithIntervention | ExcessiveForceAgainstProtesters => {
            "Protesters ({country})"
        }
        ViolentDemonstration => "Rioters ({country})",
        MobViolence => "Rioters ({country})",
        Arrests => "Police Forces of {country}",
        ArmedClash | Shelling | RemoteExplosive | SuicideBomb | Grenade | Attack | Abduction
        | SexualViolence | ChemicalWeapon => "Unidentified Armed Group ({country})",
        _ => return None,
    })
}

fn record(doc: &Doc, chars: &CharIndex, e: &Event, n: usize) -> EventRecord {
    let gaz = doc.gaz;
    // A governorate or region is coded to its representative town, as
    // ACLED does ("ريف دير الزور الشرقي" → Deir ez-Zor, precision 3).
    let place = e.place.as_ref().and_then(|p| {
        doc.places[p.hit].resolution.as_ref().map(|r| {
            let area = gaz.place(r.place);
            let coded = if area.feature_class == 'A' || area.is_region() {
                gaz.seat_of(r.place).map_or(area, |s| gaz.place(s))
            } else {
                area
            };
            (p, coded)
        })
    });
    let country_code = place
        .map(|(_, p)| p.country_code.clone())
        .or_else(|| doc.main_country.clone());
    let country = country_code
        .as_deref()
        .map(|c| gaz.country_name(c).to_string());
    let fill = |r: &Role| r.name(country.as_deref());
    let actor1 = e.roles.actor1.as_ref().map(fill).or_else(|| {
        default_actor1(e.sub).map(|t| crate::roles::fill_country(t, country.as_deref()))
    });
    let actor2 = e
        .roles
        .actor2
        .as_ref()
        .map(fill)
        .filter(|a2| Some(a2) != actor1.as_ref());
    // Civilians read as the target of a violent event (the struck school,
    // the pilgrims' bus) were targeted; civilians merely hurt nearby are not
    // read as actor2 in the first place.
    let civilian_targeting = e.roles.actor2.as_ref().is_some_and(Role::is_civilian)
        && matches!(
            e.sub.event_type(),
            rasid_core::EventType::ViolenceAgainstCivilians
                | rasid_core::EventType::ExplosionsRemoteViolence
                | rasid_core::EventType::Battles
        );

    let mut evidence = Vec::new();
    let mut push = |field: &str, span: ByteSpan| {
        let (o, text) = doc.original(span);
        evidence.push(Evidence {
            field: field.to_string(),
            start: chars.char_offset(o.start()),
            end: chars.char_offset(o.end()),
            text: text.to_string(),
        });
    };
    push("trigger", e.trigger);
    for s in &e.also {
        push("trigger", *s);
    }
    if let Some(span) = e.roles.actor1.as_ref().and_then(|r| r.span) {
        push("actor1", span);
    }
    if let Some(span) = e.roles.actor2.as_ref().and_then(|r| r.span) {
        push("actor2", span);
    }
    if let Some(p) = &e.place {
        push("place", p.evidence);
    }
    if let Some(span) = e.date_span {
        push("date", span);
    }
    if let Some(span) = e.fatality_span {
        push("fatalities", span);
    }
    if let Some(span) = e.roles.hedge.filter(|_| e.roles.suspected) {
        push("hedge", span);
    }
    if let Some((_, span)) = e.source {
        push("source", span);
    }

    let (location, latitude, longitude, geonameid, admin1, admin2, geo_precision) = match place {
        Some((ep, p)) => (
            Some(ascii_name(p).to_string()),
            Some(round4(p.lat)),
            Some(round4(p.lon)),
            Some(p.geonameid).filter(|&g| g != 0),
            gaz.admin1_name(p).map(str::to_string),
            gaz.admin2_name(p).map(str::to_string),
            Some(ep.precision),
        ),
        None => {
            // A place the gazetteer does not know keeps its Arabic name (no
            // coordinates); a missing place leaves the fields empty.
            let unknown = e
                .place
                .as_ref()
                .map(|p| doc.original(doc.places[p.hit].core).1.to_string());
            (unknown, None, None, None, None, None, None)
        }
    };
    let event_date = e.date.map(|d| d.to_string());
    let notes = notes(
        e,
        actor1.as_deref(),
        actor2.as_deref(),
        location.as_deref(),
        admin1.as_deref(),
        country.as_deref(),
        event_date.as_deref(),
    );
    EventRecord {
        article_id: doc.article.id.clone(),
        event_id: format!("{}#{}", doc.article.id, n),
        event_date,
        time_precision: e.date.and(e.time_precision),
        event_type: e.sub.event_type().label().to_string(),
        sub_event_type: e.sub.label().to_string(),
        actor1,
        assoc_actor_1: e.roles.assoc1.as_ref().map(fill),
        actor2,
        assoc_actor_2: None,
        civilian_targeting,
        country,
        admin1,
        admin2,
        location,
        latitude,
        longitude,
        geo_precision,
        geonameid,
        fatalities: e.fatalities,
        suspected: e.roles.suspected,
        source_attribution: e.source.map(|(s, _)| s.label().to_string()),
        notes,
        evidence,
    }
}

/// The name ACLED would write: GeoNames' ASCII name ("Dara", "Deir ez-Zor"),
/// else its name.
pub(crate) fn ascii_name(p: &rasid_gazetteer::Place) -> &str {
    if p.asciiname.is_empty() {
        &p.name
    } else {
        &p.asciiname
    }
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

fn notes(
    e: &Event,
    actor1: Option<&str>,
    actor2: Option<&str>,
    location: Option<&str>,
    admin1: Option<&str>,
    country: Option<&str>,
    date: Option<&str>,
) -> String {
    let mut s = String::new();
    if let Some(d) = date {
        s.push_str(&format!("On {d}, "));
    }
    s.push_str(actor1.unwrap_or("an unidentified actor"));
    if e.roles.suspected {
        s.push_str(" (suspected)");
    }
    s.push_str(&format!(": {}", e.sub.label().to_lowercase()));
    if let Some(a2) = actor2 {
        s.push_str(&format!(" against {a2}"));
    }
    let place: Vec<&str> = [location, admin1, country].into_iter().flatten().collect();
    if !place.is_empty() {
        let mut dedup: Vec<&str> = Vec::new();
        for p in place {
            if !dedup.contains(&p) {
                dedup.push(p);
            }
        }
        s.push_str(&format!(" in {}", dedup.join(", ")));
    }
    s.push_str(&format!(". {} reported fatalities.", e.fatalities));
    if let Some(source) = e.source.map(|(k, _)| k.label()) {
        s.push_str(&format!(" Source: {source}."));
    }
    s
}
