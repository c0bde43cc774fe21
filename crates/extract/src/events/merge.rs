//! One event per happening: which candidates tell the same happening, and
//! how their roles, places, days and tolls combine.

use super::*;

/// Mentions of one happening may name its weapon differently ("الغارة",
/// "القصف"); other types must agree exactly.
pub(super) fn same_kind(a: &Event, b: &Event) -> bool {
    if a.sub.event_type() == EventType::ExplosionsRemoteViolence {
        b.sub.event_type() == EventType::ExplosionsRemoteViolence
    } else if a.sentence == b.sentence
        && a.sub.event_type() == EventType::Protests
        && b.sub.event_type() == EventType::Protests
    {
        // "فتحوا النار على محتجين خرجوا احتجاجاً على …": the protest and the
        // force used against it are one event (the stronger type).
        true
    } else if a.sentence == b.sentence
        && a.sub.event_type() == EventType::Battles
        && b.sub.event_type() == EventType::Battles
    {
        // "سيطرت القوات على البلدة بعد اشتباكات": the battle that won a
        // place is the territory event (ACLED).
        a.sub == b.sub || is_territory(a.sub) || is_territory(b.sub)
    } else {
        a.sub == b.sub
    }
}

/// Can two events be one happening?
pub(super) fn same_happening(doc: &Doc, a: &Event, b: &Event) -> bool {
    // The places of one list ("حولا وكفرشوبا") are separate events.
    if a.trigger == b.trigger {
        return false;
    }
    let same_kind = same_kind(a, b);
    // ACLED priority: a strike inside a battle's sentence is part of the battle.
    let strike_in_battle = a.sentence == b.sentence
        && ((a.sub == SubEventType::ArmedClash
            && b.sub.event_type() == EventType::ExplosionsRemoteViolence)
            || (b.sub == SubEventType::ArmedClash
                && a.sub.event_type() == EventType::ExplosionsRemoteViolence));
    if !(same_kind || strike_in_battle) {
        return false;
    }
    // In one sentence, mentions of one event type are one event unless each
    // names its own place ("غارات على X، وقصف مدفعي على Y").
    let own_place = |e: &Event| {
        e.place
            .as_ref()
            .is_some_and(|p| p.source == PlaceSource::Clause)
    };
    let same_agent = match (&a.roles.actor1, &b.roles.actor1) {
        (Some(p), Some(q)) => p.template == q.template,
        _ => true,
    };
    let known_agent = a.roles.actor1.is_some() && b.roles.actor1.is_some();
    // The same name in two sentences ("قرية الشرجه بالحديدة" … "قرية
    // الشرجه بمديرية الجراحي"), whatever each was coded to.
    let same_name = match (&a.place, &b.place) {
        (Some(p), Some(q)) => {
            doc.places[p.named].core.slice(doc.text()) == doc.places[q.named].core.slice(doc.text())
        }
        _ => false,
    };
    // One happening told twice at places that are not the same: a lead and
    // its details, a region and its town, a camp and its city. Not when a
    // later sentence opens with "also" ("كما حاصر المسلحون بلدتي …"): that
    // is another happening.
    let told_again = a.sentence == b.sentence || !opens_with_also(doc, b.sentence);
    let same_place = match (a.place_id(doc), b.place_id(doc)) {
        (Some(x), Some(y)) => {
            x == y
                || same_name
                || (a.sentence == b.sentence && !(own_place(a) && own_place(b)))
                || (told_again && same_agent && nearby_retelling(doc, a, b, x, y, known_agent))
        }
        (None, None) => true,
        // A lead with no place ("غارات جوية على مدرسة شمال اليمن") and the
        // report that names it, by the same agent.
        (None, Some(_)) => a.sentence == b.sentence || (told_again && known_agent && same_agent),
        (Some(_), None) => a.sentence == b.sentence,
    };
    // A first mention that states no day (dated by default to the article's
    // day) may be told again with its day, a day or two earlier ("غارات
    // على مدرسة … . وأشار إلى أن الغارة نُفذت السبت").
    let same_day = match (a.date, b.date) {
        // In one sentence, a mention without a day of its own goes with the
        // one that has a day ("أعلنت السبت أنها سيطرت … بعد اشتباكات").
        (Some(x), Some(y))
            if (!a.own_date && b.own_date)
                || (a.sentence == b.sentence
                    && (a.own_date != b.own_date
                        || a.date_span.is_some() != b.date_span.is_some())) =>
        {
            x == y || (same_place && (x.number() - y.number()).abs() <= 2)
        }
        (Some(x), Some(y)) => x == y,
        _ => true,
    };
    // Two different agents, both read from clear positions and one of them
    // marked by the grammar ("من قبل X", "غارة إسرائيلية"), are two events;
    // weaker readings give way to the merge.
    let compatible_actors = match (&a.roles.actor1, &b.roles.actor1) {
        (Some(x), Some(y)) => {
            let (lo, hi) = (
                a.roles.confidence.min(b.roles.confidence),
                a.roles.confidence.max(b.roles.confidence),
            );
            x.template == y.template || lo < 2 || hi < 3
        }
        _ => true,
    };
    same_place && same_day && compatible_actors
}

/// Two places of one happening told again by the same agent: an agreement
/// or deployment at a camp and at its city (5 km), or, in two sentences, a
/// vague place (a road, "near X", a governorate or region) and a precise one
/// within its reach in the same country. Protests in a region and in one of its towns
/// are often two gatherings, so they are not joined by reach.
fn nearby_retelling(
    doc: &Doc,
    a: &Event,
    b: &Event,
    x: PlaceId,
    y: PlaceId,
    known_agent: bool,
) -> bool {
    if a.sub.event_type() == EventType::StrategicDevelopments
        && known_agent
        && within_km(doc, x, y, STRATEGIC_REACH_KM)
    {
        return true;
    }
    let vaguest = a
        .place
        .iter()
        .chain(b.place.iter())
        .map(|p| p.precision)
        .max()
        .unwrap_or(1);
    let reach_km = match vaguest {
        3 => REGION_REACH_KM,
        2 => 20.0,
        _ => return false,
    };
    a.sentence != b.sentence
        && a.sub.event_type() != EventType::Protests
        && doc.gaz.place(x).country_code == doc.gaz.place(y).country_code
        && within_km(doc, x, y, reach_km)
}

/// Does sentence `si` open with "also" ("كما", "كذلك", "وكذلك")?
pub(super) fn opens_with_also(doc: &Doc, si: usize) -> bool {
    let sentence = doc.sentence(si);
    let first = doc.token_index(sentence.start);
    doc.an.tokens.get(first).is_some_and(|t| {
        let w = t.text(doc.text());
        matches!(w.strip_prefix('و').unwrap_or(w), "كما" | "كذلك" | "ايضا")
    })
}

pub(super) fn merge(doc: &Doc, out: &mut Outcome) {
    let mut merged: Vec<Event> = Vec::with_capacity(out.events.len());
    for e in out.events.drain(..) {
        // No place of its own, or only one the gazetteer does not know.
        let inherited = e.place.as_ref().is_none_or(|p| {
            p.source == PlaceSource::Inherited || doc.places[p.hit].resolution.is_none()
        });
        // A mention with no place of its own ("وأسفرت الغارة عن …"), or a
        // definite one with no date of its own ("الضربة استهدفت موقعاً في
        // بلدة X"), refers back to the latest event of its type.
        let refers_back = inherited || (e.definite && !e.own_date);
        let antecedent = refers_back
            .then(|| {
                merged.iter().rposition(|k| {
                    same_kind(k, &e)
                        && k.sentence < e.sentence
                        && (inherited || e.sentence - k.sentence <= 3)
                        && (inherited || places_compatible(doc, k, &e))
                })
            })
            .flatten();
        // A noun with a possessive pronoun ("اعتداءاته", "حصارها") always
        // points at something known; with nothing to point at, it is talk
        // about a habit or a threat.
        let possessive = e.trigger.end > e.core_end;
        let regional = e.place.as_ref().is_some_and(|p| p.precision == 3);
        if antecedent.is_none() && e.definite && (inherited || possessive || regional) {
            // "الهجمات التركية" with no place and nothing to refer to: a
            // generic mention, not a report of an event.
            out.dropped.push((e.trigger, e.sub, DropReason::Generic));
            continue;
        }
        // Of several events it could be, the one at its own place ("ريفي حلب
        // وإدلب … وأسقطت": the list's events stay at their places).
        let target = antecedent
            .or_else(|| {
                let own = e.place_id(doc);
                let mut first = None;
                for (i, k) in merged.iter().enumerate() {
                    if same_happening(doc, k, &e) {
                        if own.is_some() && k.place_id(doc) == own {
                            return Some(i);
                        }
                        first.get_or_insert(i);
                    }
                }
                first
            })
            .map(|i| &mut merged[i]);
        match target {
            Some(k) => {
                out.dropped.push((e.trigger, e.sub, DropReason::Duplicate));
                absorb(doc, k, e);
            }
            None => merged.push(e),
        }
    }
    out.events = merged;
}

/// How far apart two mentions of one agreement, deployment or arrest
/// campaign by the same actor may be placed (a camp and its city).
pub(super) const STRATEGIC_REACH_KM: f64 = 5.0;

/// How far a mention coded to a governorate or region ("في محافظة أربيل",
/// "على إقليم كردستان") may be from a precise mention of the same strike.
pub(super) const REGION_REACH_KM: f64 = 150.0;

pub(super) fn within_km(doc: &Doc, x: PlaceId, y: PlaceId, km: f64) -> bool {
    let (p, q) = (doc.gaz.place(x), doc.gaz.place(y));
    rasid_gazetteer::distance_km((p.lat, p.lon), (q.lat, q.lon)) <= km
}

/// Can a later mention ("الضربة استهدفت موقعاً في بلدة X") be the same
/// event as an earlier one? The same place, a place in the same governorate,
/// or one within 30 km.
pub(super) fn places_compatible(doc: &Doc, a: &Event, b: &Event) -> bool {
    let (Some(x), Some(y)) = (a.place_id(doc), b.place_id(doc)) else {
        return true;
    };
    let (p, q) = (doc.gaz.place(x), doc.gaz.place(y));
    x == y
        || (p.country_code == q.country_code && p.admin1_code == q.admin1_code)
        || within_km(doc, x, y, 30.0)
}

pub(super) fn better_role(a: &Option<Role>, b: Option<Role>) -> Option<Role> {
    match (a, b) {
        (Some(x), _) => Some(x.clone()),
        (None, y) => y,
    }
}

pub(super) fn absorb(doc: &Doc, k: &mut Event, e: Event) {
    if k.sub.event_type() == EventType::Protests && e.sub > k.sub {
        k.sub = e.sub;
        k.roles = e.roles.clone();
    }
    if e.sub == SubEventType::ArmedClash
        && k.sub.event_type() == EventType::ExplosionsRemoteViolence
    {
        k.sub = SubEventType::ArmedClash;
    } else if k.sub == SubEventType::ArmedClash && is_territory(e.sub) {
        k.sub = e.sub;
        k.roles = e.roles.clone();
    } else if k.sub.event_type() == EventType::ExplosionsRemoteViolence
        && e.sub.event_type() == EventType::ExplosionsRemoteViolence
        && (k.guessed || (!e.guessed && explosion_rank(e.sub) < explosion_rank(k.sub)))
    {
        k.sub = e.sub;
        k.guessed = e.guessed;
    }
    if e.roles.actor1.is_some()
        && (k.roles.actor1.is_none() || e.roles.confidence > k.roles.confidence)
    {
        let keep_target = k.roles.actor2.clone();
        k.roles = Roles {
            actor2: e.roles.actor2.clone().or(keep_target),
            ..e.roles.clone()
        };
    } else {
        k.roles.actor2 = better_role(&k.roles.actor2, e.roles.actor2);
        k.roles.assoc1 = better_role(&k.roles.assoc1, e.roles.assoc1);
        if e.roles.suspected && !k.roles.suspected && k.roles.actor1 == e.roles.actor1 {
            k.roles.suspected = true;
            k.roles.hedge = e.roles.hedge;
        }
    }
    if e.fatalities > k.fatalities {
        k.fatalities = e.fatalities;
        k.fatality_span = e.fatality_span;
    }
    match (&mut k.place, e.place) {
        (None, p) => k.place = p,
        // A known place beats one the gazetteer does not know.
        (Some(kp), Some(ep))
            if doc.places[kp.hit].resolution.is_none()
                && doc.places[ep.hit].resolution.is_some() =>
        {
            *kp = ep
        }
        // A named place beats the end of a road ("طريق دمشق درعا") as sure.
        (Some(kp), Some(ep))
            if (ep.source, ep.precision, doc.places[ep.named].cues.road)
                < (kp.source, kp.precision, doc.places[kp.named].cues.road) =>
        {
            *kp = ep
        }
        _ => {}
    }
    // A later mention that states the day ("الغارة نُفذت السبت") dates an
    // event whose first mention stated none.
    if !k.own_date && e.own_date {
        k.date = e.date;
        k.time_precision = e.time_precision;
        k.date_span = e.date_span;
        k.own_date = true;
    }
    k.background &= e.background;
    k.also.push(e.trigger);
}
