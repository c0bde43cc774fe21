//! The place of a candidate: the places of its clause, of its sentence, or
//! of the article, read with the grammar of place phrases; and whether the
//! text puts it abroad.

use super::*;

/// Movements away from a place: "من X" is where they happened.
pub(super) const WITHDRAWAL_TRIGGERS: &[&str] = &[
    "trigger/change_to_group/insihab",
    "trigger/change_to_group/ikhla",
];

/// Is the event placed abroad? A place outside Rasid's countries, written
/// as a place ("في باريس", "بأوكرانيا", "العاصمة الفرنسية باريس"), comes
/// in the trigger's clause before any place of the region, or the event
/// has no place of its own clause and the sentence names one abroad.
pub(super) fn placed_abroad(
    doc: &Doc,
    places: &[EventPlace],
    sentence: ByteSpan,
    clause: ByteSpan,
) -> bool {
    let text = doc.text();
    let locative = |c: &Mention| {
        // The clitics before the name, without its article: "بـ", "لـ", "لل".
        let prefix = c.prefix.slice(text);
        let prefix = prefix.strip_suffix("ال").unwrap_or(prefix);
        let ti = doc.token_index(c.span.start);
        // Not in a "من" phrase ("من قواعد داخل إيران"): missiles fired
        // from abroad land in the region.
        let origin = (ti.saturating_sub(3)..ti).any(|i| doc.an.tokens[i].text(text) == "من");
        // The words that make a name a place elsewhere do so here: a place
        // type, a direction or "near" cue ("بالعاصمة نيروبي", "جنوب موسكو",
        // "خارج الخرطوم").
        let place_cue = matches!(
            doc.cue_before(c.span.start, 1),
            Some((_, Cue::PlaceType(_) | Cue::Direction(_) | Cue::Near))
        );
        !origin
            && (prefix.contains('ب')
                || prefix.contains('ل')
                || place_cue
                || ti.checked_sub(1).is_some_and(|p| {
                    let w = doc.an.tokens[p].text(text);
                    crate::places::LOCATIVE_PREPOSITIONS.contains(&w)
                        || rasid_text::clitics::proclitic_splits(w)
                            .any(|s| FRONT_NOUNS.contains(&s.stem))
                }))
    };
    let abroad_in = |span: ByteSpan| {
        doc.cues_in(span)
            .filter(|(_, c)| matches!(c, Cue::Abroad))
            .map(|(m, _)| m)
            .find(|m| locative(m))
            .map(|m| m.span.start)
    };
    let own = places
        .iter()
        .find(|p| p.source == PlaceSource::Clause)
        .map(|p| &doc.places[p.named]);
    // A mention that refers back to an event placed earlier is judged there.
    let borrowed = places.iter().any(|p| p.source == PlaceSource::Inherited);
    // "وفي شوارع باريس، خرجت مظاهرة … تضامناً مع غزة": a place put before
    // the trigger, when the place after it is not where it happened.
    let fronted = abroad_in(ByteSpan {
        start: sentence.start,
        end: clause.start,
    })
    .is_some();
    match (abroad_in(clause), own) {
        (Some(a), Some(p)) => a < p.span.start,
        (Some(_), None) => true,
        (None, Some(p)) => fronted && !p.cues.locative,
        (None, None) => !borrowed && abroad_in(sentence).is_some(),
    }
}

/// Nouns of a front or a street before a place name abroad ("محور
/// دونيتسك", "في شوارع باريس") that no place-type cue carries.
const FRONT_NOUNS: &[&str] = &["محور", "شوارع"];

/// The places of a trigger: the first place after it in its clause and the
/// places listed with it ("حولا وكفرشوبا وكفركلا"), else the nearest place
/// before it in the sentence, else the article's most recent place.
pub(super) fn places_for(
    doc: &Doc,
    m: &Mention,
    frame: Frame,
    si: usize,
    clause: ByteSpan,
    earlier_step: bool,
) -> Vec<EventPlace> {
    let hits = &doc.places;
    // "من X" is where a force withdraws from (the place of a withdrawal),
    // but where reinforcements come from, a missile was fired from or a
    // victim came from for anything else.
    let withdrawal = match m.entry {
        Entry::Trigger(id) => WITHDRAWAL_TRIGGERS.contains(&doc.lex.trigger(id).id.as_str()),
        _ => false,
    };
    let usable = |i: usize| {
        let h = &hits[i];
        h.resolution.is_some()
            && h.kind != PlaceKind::Country
            && !(h.cues.origin && !(frame == Frame::Movement && withdrawal))
    };
    let mut out = Vec::new();
    // After the trigger, within its clause.
    let mut i = hits.partition_point(|h| h.span.start < clause.start);
    let mut last_token_end: Option<usize> = None;
    // "قرية X بالحديدة" with X unknown: coded to its container.
    let unknown_in_known =
        |i: usize| hits[i].resolution.is_none() && container_of(doc, hits, i).is_some_and(&usable);
    while i < hits.len() && hits[i].span.end <= clause.end {
        if !(usable(i) || (out.is_empty() && unknown_in_known(i))) {
            i += 1;
            continue;
        }
        if let Some(prev_end) = last_token_end {
            // Continue only through a list: "X وY", "X، Y", "وأطراف بلدات X وY".
            let gap = hits[i].token.saturating_sub(prev_end);
            // A list item with its own place word ("، وبلدة X") may come after
            // the weapon of the items before it.
            if !(hits[i].cues.conjoined && (gap <= 4 || hits[i].cues.place_type.is_some())) {
                break;
            }
        }
        out.push(event_place(doc, i, PlaceSource::Clause));
        last_token_end = Some(doc.token_index(hits[i].span.end));
        if hits[i].cues.between || hits[i].cues.road {
            // "بين X وY" is coded to X; Y is not a place of its own.
            if let Some(second) = hits
                .get(i + 1)
                .filter(|n| n.cues.conjoined && n.span.end <= clause.end)
            {
                last_token_end = Some(doc.token_index(second.span.end));
                i += 2;
                continue;
            }
            break;
        }
        // Skip the container ("X في ريف حلب").
        let mut j = i;
        while let Some(c) = container_of(doc, hits, j) {
            j = c;
        }
        i = j + 1;
    }
    if !out.is_empty() {
        return out;
    }
    // A place the text names after the trigger but the gazetteer does not
    // know ("مخيم الفارعة"): code the event to a known place of the same
    // sentence, near it (precision 2); with none, keep the Arabic name.
    let unknown = (0..hits.len()).find(|&i| {
        hits[i].resolution.is_none()
            && hits[i].span.start >= clause.start
            && hits[i].span.end <= clause.end
    });
    let near_unknown = |mut p: EventPlace| {
        if unknown.is_some() {
            p.precision = p.precision.max(2);
        }
        vec![p]
    };
    // Before the trigger in the same sentence: the nearest non-container,
    // unless the trigger names an earlier step of another happening
    // ([`is_earlier_step`]).
    let sentence = doc.sentence(si);
    let before: Vec<usize> = if earlier_step {
        Vec::new()
    } else {
        (0..hits.len())
            .filter(|&i| hits[i].sentence == si && hits[i].span.end <= m.span.start && usable(i))
            .collect()
    };
    let not_container = |i: usize| {
        !before
            .iter()
            .any(|&j| container_of(doc, hits, j) == Some(i))
    };
    if let Some(&i) = before
        .iter()
        .rev()
        .find(|&&i| not_container(i) && hits[i].kind == PlaceKind::Settlement)
        .or_else(|| before.iter().rev().find(|&&i| not_container(i)))
        .or(before.last())
    {
        // A list before the trigger ("خرج مطارا دمشق وحلب … لعدوان"): each.
        let mut first = i;
        while first > 0
            && hits[first].cues.conjoined
            && usable(first - 1)
            && hits[first - 1].sentence == si
            && hits[first].token <= doc.token_index(hits[first - 1].span.end) + 1
        {
            first -= 1;
        }
        if first < i {
            return (first..=i)
                .map(|j| event_place(doc, j, PlaceSource::Sentence))
                .collect();
        }
        return near_unknown(event_place(doc, i, PlaceSource::Sentence));
    }
    // Later in the sentence, beyond the clause: the place of an operation
    // the event happened during ("اعتقلت … خلال اقتحامها مدينة نابلس"),
    // but not of another happening the sentence relates it to ("ردا على
    // استهداف …", "منذ بدء العدوان على …").
    let other_happening = |i: usize| {
        doc.mentions_in(ByteSpan {
            start: clause.end,
            end: hits[i].span.start,
        })
        .any(|o| match o.entry {
            Entry::Trigger(_) => relates_other_happening(doc, o),
            Entry::Cue(Cue::Background) => introduces_cause(doc, o),
            _ => false,
        })
    };
    if let Some(i) = (0..hits.len()).find(|&i| {
        hits[i].sentence == si
            && hits[i].span.start >= clause.end
            && hits[i].span.end <= sentence.end
            && (usable(i) || unknown_in_known(i))
    }) {
        if !other_happening(i) {
            return near_unknown(event_place(doc, i, PlaceSource::Sentence));
        }
    }
    if let Some(i) = unknown {
        return vec![event_place(doc, i, PlaceSource::Clause)];
    }
    // The most recent place of the article before the sentence.
    if let Some(i) = (0..hits.len()).rev().find(|&i| {
        hits[i].span.end <= sentence.start && usable(i) && hits[i].kind == PlaceKind::Settlement
    }) {
        return vec![event_place(doc, i, PlaceSource::Inherited)];
    }
    Vec::new()
}

/// Words that introduce what a happening answers ("ردا على", "انتقاما لـ"),
/// as normalized text writes them (no tanween).
const CAUSE_WORDS: &[&str] = &["ردا", "انتقاما"];

/// Does background cue `c` introduce the cause of what came before ("ردا
/// على", "انتقاماً لـ")?
pub(super) fn introduces_cause(doc: &Doc, c: &Mention) -> bool {
    let first = doc.an.tokens[doc.token_index(c.span.start)].text(doc.text());
    CAUSE_WORDS.contains(&first)
}

/// Is trigger `m` introduced as another happening than the one before it:
/// its cause or its time frame ("ردا على استهداف", "منذ بدء العدوان")? Not
/// "بعد": "بعد اقتحام المنزل" is often an earlier step of the same happening.
pub(super) fn relates_other_happening(doc: &Doc, m: &Mention) -> bool {
    let text = doc.text();
    let t = doc.token_index(m.span.start);
    (t.saturating_sub(3)..t).any(|i| {
        let w = doc.an.tokens[i].text(text);
        w == "منذ" || CAUSE_WORDS.contains(&w)
    })
}

/// A happening named as what came before the sentence's main one
/// ("مسلحون يهاجمون حاجزين في بلدتي X وY، بعد حملة اعتقالات نفذتها قسد"):
/// the sentence's places and day are the main happening's.
pub(super) fn is_earlier_step(doc: &Doc, m: &Mention, sentence: ByteSpan) -> bool {
    let text = doc.text();
    let t = doc.token_index(m.span.start);
    let after_word = t
        .checked_sub(1)
        .is_some_and(|i| matches!(doc.an.tokens[i].text(text), "بعد" | "عقب" | "وبعد"));
    let main_before = doc
        .mentions_in(ByteSpan {
            start: sentence.start,
            end: m.span.start,
        })
        .any(|o| match (o.entry, m.entry) {
            (Entry::Trigger(a), Entry::Trigger(b)) => {
                doc.lex.trigger(a).sub_event != doc.lex.trigger(b).sub_event
            }
            _ => false,
        });
    // A weak word or one with a pronoun ("بعد رشقه بالمولوتوف") is a
    // step of the same happening.
    let own_happening = match m.entry {
        Entry::Trigger(id) => !doc.lex.trigger(id).weak && m.span.end == m.core.end,
        _ => false,
    };
    after_word && main_before && own_happening
}

pub(crate) fn event_place(doc: &Doc, i: usize, source: PlaceSource) -> EventPlace {
    let hits = &doc.places;
    let h: &PlaceHit = &hits[i];
    let c = &h.cues;
    let mut precision = if c.countryside
        || h.kind == PlaceKind::Admin
        || matches!(c.place_type, Some(rasid_lexicon::PlaceType::Region))
    {
        3
    } else if c.near
        || c.between
        || c.road
        || c.direction_before
        || matches!(c.place_type, Some(rasid_lexicon::PlaceType::District))
    {
        2
    } else {
        1
    };
    let mut hit = i;
    // "حي X في Y": a neighbourhood is coded to its city. "قرية X في ريف Y"
    // where X resolved outside Y's governorate: the gazetteer does not know
    // this X, so code the event to Y.
    if let Some(j) = container_of(doc, hits, i) {
        let container = &hits[j];
        // "قرية X في ريف حلب" with X unknown to the gazetteer: code the
        // event to the enclosing place, near it (2) or in its region (3).
        if h.resolution.is_none()
            && container.resolution.is_some()
            && container.kind != PlaceKind::Country
        {
            let precision = if container.cues.countryside || container.kind == PlaceKind::Admin {
                3
            } else {
                2
            };
            return EventPlace {
                hit: j,
                named: i,
                source,
                precision,
                evidence: ByteSpan {
                    start: c.head_start.min(h.span.start),
                    end: container.cues.tail_end.max(container.span.end),
                },
            };
        }
        if let (Some(inner), Some(outer)) = (&h.resolution, &container.resolution) {
            let (a, b) = (doc.gaz.place(inner.place), doc.gaz.place(outer.place));
            let outside = a.country_code != b.country_code
                || (a.admin1_code != b.admin1_code && container.kind != PlaceKind::Country);
            let neighbourhood =
                matches!(c.place_type, Some(rasid_lexicon::PlaceType::Neighbourhood));
            // "X جنوب دمشق": a direction makes Y a reference point, not a container.
            // A region (البقاع، سهل الغاب) has no borders to be outside of.
            let reference_point = container.cues.direction_before
                || container
                    .resolution
                    .as_ref()
                    .is_some_and(|r| doc.gaz.place(r.place).is_region());
            if container.kind != PlaceKind::Country
                && !reference_point
                && (neighbourhood || outside)
            {
                hit = j;
                precision = if container.cues.countryside || container.kind == PlaceKind::Admin {
                    3
                } else if neighbourhood {
                    1
                } else {
                    2
                };
            }
        }
    }
    let chosen = &hits[hit];
    EventPlace {
        hit,
        named: i,
        source,
        precision,
        evidence: ByteSpan {
            start: c.head_start.min(h.span.start),
            end: chosen.cues.tail_end.max(chosen.span.end),
        },
    }
}
