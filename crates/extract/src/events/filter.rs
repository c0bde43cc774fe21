//! The filter: which candidates are not reports of a happening — negated,
//! future, threatened, background, habitual, sports talk, ceasefires, seized
//! weapons, raids without arrests, weak words with nothing to support them.

use super::*;

/// Words for finding, seizing, buying, supplying or making a weapon: the
/// weapon after them is an object, not an attack ("تم ضبط عبوة", "ستشتري
/// 400 صاروخ", "تزويدها بصواريخ").
pub(super) const SEIZURE_WORDS: &[&str] = &[
    "ضبط",
    "ضبطت",
    "ضبطوا",
    "صادرت",
    "مصادره",
    "العثور",
    "عثر",
    "عثرت",
    "عثروا",
    "ضبطها",
    "شراء",
    "اشترت",
    "تشتري",
    "ستشتري",
    "يشتري",
    "سيشتري",
    "تزويد",
    "بتزويد",
    "تزويدها",
    "تسليح",
    "بتسليح",
    "تصنيع",
    "انتاج",
    "صفقه",
];

/// Raids and searches: arrests only when an arrest word says so.
pub(super) const RAID_TRIGGERS: &[&str] = &["trigger/arrests/dahm"];

/// Checks the cues before a trigger that make it a non-event. A denial,
/// threat or plan governs the clause after it ("نفت الوزارة أن تكون طائراتها
/// قد قصفت …"), up to ten words and never across another trigger.
pub(super) fn non_event(
    doc: &Doc,
    m: &Mention,
    frame: Frame,
    sentence: ByteSpan,
) -> Option<DropReason> {
    let t = doc.token_index(m.span.start);
    let window_start = doc
        .an
        .tokens
        .get(t.saturating_sub(10))
        .map_or(sentence.start, |x| x.span.start)
        .max(sentence.start);
    // Not across an earlier trigger: its own cues belong to it.
    let from = doc
        .mentions_in(ByteSpan {
            start: window_start,
            end: m.span.start,
        })
        .filter(|o| matches!(o.entry, Entry::Trigger(_)))
        .map(|o| o.span.end)
        .last()
        .unwrap_or(window_start);
    for (c, cue) in doc.cues_in(ByteSpan {
        start: from,
        end: m.span.start,
    }) {
        match cue {
            Cue::Negation => return Some(DropReason::Negated),
            // "كما وصفها الإعلام، استهدفت المقاومة …": an aside, not a judgement
            // governing what follows.
            Cue::Opinion if !after_kama(doc, c) => return Some(DropReason::Opinion),
            Cue::Future => return Some(DropReason::Future),
            Cue::Threat => return Some(DropReason::Threat),
            _ => {}
        }
    }
    if doc.cues_in(sentence).any(|(_, c)| matches!(c, Cue::Sports)) {
        return Some(DropReason::Sports);
    }
    // "وقف (فوري|شامل) لإطلاق النار", also glued to the word before it
    // ("بيانهموقف"): a ceasefire, whatever agreement it belongs to.
    let text = doc.text();
    if m.core.slice(text).contains("نار")
        && (t.saturating_sub(3)..t).any(|i| doc.an.tokens[i].text(text).ends_with("وقف"))
    {
        return Some(DropReason::Ceasefire);
    }
    // Background words ("سابقاً", "يذكر أن") make a past event, unless the
    // sentence dates it to the news day itself ("اليوم", "أمس", a weekday).
    let dated_now = dated_now(doc, sentence);
    let background = doc
        .cues_in(ByteSpan {
            start: sentence.start,
            end: m.span.start,
        })
        .any(|(_, c)| matches!(c, Cue::Background));
    if background && !dated_now {
        return Some(DropReason::Background);
    }
    // "مناطق سيطرة", "تحت سيطرة", "سيطرتها", "للسيطرة على": a state or an
    // aim, not a takeover. A takeover is reported with a verb ("سيطرت") or
    // a bare verbal noun ("بعد سيطرة الجيش على …").
    if frame == Frame::Territory {
        let prev = t.checked_sub(1).map_or("", |i| doc.an.tokens[i].text(text));
        let prefix = m.prefix.slice(text);
        let has_enclitic = m.span.end > m.core.end;
        // "عملية استعادة سرت", "معركة تحرير الموصل": a campaign's name.
        if after_campaign_word(doc, t) {
            return Some(DropReason::StandingState);
        }
        if ["مناطق", "منطقه", "تحت", "خطوط", "نفوذ", "الخاضعه"].contains(&prev)
            || prefix.ends_with('ل')
            || has_enclitic
        {
            return Some(DropReason::StandingState);
        }
    }
    None
}

/// Is cue `c` right after "كما" ("as …")?
fn after_kama(doc: &Doc, c: &Mention) -> bool {
    let ti = doc.token_index(c.span.start);
    ti.checked_sub(1)
        .is_some_and(|p| doc.an.tokens[p].text(doc.text()) == "كما")
}

/// Is the word before token `t` a campaign noun ("عملية", "بعملية",
/// "معركة", "حملة")?
pub(super) fn after_campaign_word(doc: &Doc, t: usize) -> bool {
    let Some(prev) = t.checked_sub(1).and_then(|p| doc.an.tokens.get(p)) else {
        return false;
    };
    let word = prev.text(doc.text());
    let campaign = |w: &str| matches!(w, "عمليه" | "معركه" | "حمله");
    campaign(word) || rasid_text::clitics::proclitic_splits(word).any(|s| campaign(s.stem))
}

/// Does the sentence name the news day ("اليوم", "أمس", a weekday)?
pub(super) fn dated_now(doc: &Doc, sentence: ByteSpan) -> bool {
    doc.cues_in(sentence)
        .any(|(_, c)| matches!(c, Cue::Day(_) | Cue::Weekday(_)))
}

/// Is `m` the object of an interception or defusal just before it?
pub(super) fn intercepted(doc: &Doc, m: &Mention, sentence: ByteSpan) -> bool {
    let t = doc.token_index(m.span.start);
    // "تم ضبط عجلتين مفخختين وحزام ناسف", "العثور على عبوة": a weapon
    // found or seized, not used.
    let text = doc.text();
    let first = doc.token_index(sentence.start);
    if (t.saturating_sub(5).max(first)..t).any(|i| {
        let w = doc.an.tokens[i].text(text);
        SEIZURE_WORDS.contains(&w.strip_prefix('و').unwrap_or(w))
    }) {
        return true;
    }
    doc.mentions_in(ByteSpan {
        start: sentence.start,
        end: m.span.start,
    })
    .any(|o| match o.entry {
        Entry::Trigger(id) => {
            doc.lex.trigger(id).frame == Frame::Intercept
                && t.saturating_sub(doc.token_index(o.span.end)) <= 5
        }
        _ => false,
    })
}

/// Does a weak trigger ("استهدف", "مواجهات") report a happening of its
/// own: an object it needs, no strong trigger carrying the happening, and a
/// toll, or an actor and a place, or two actors?
pub(super) fn supported(
    doc: &Doc,
    m: &Mention,
    frame: Frame,
    sentence: ByteSpan,
    roles: &Roles,
    deaths: bool,
) -> bool {
    // Intercepting or defusing needs the weapon as its object ("أسقطت
    // الدفاعات مسيرة", "فكك الخبراء عبوة"): "تفكيك حماس" and "اعتراضاً على
    // الحرب" are not.
    if frame == Frame::Intercept {
        let t_end = doc.token_index(m.span.end);
        let reach = doc
            .an
            .tokens
            .get((t_end + 6).min(doc.an.tokens.len().saturating_sub(1)))
            .map_or(m.span.end, |x| x.span.end)
            .min(sentence.end);
        return doc
            .mentions_in(ByteSpan {
                start: m.span.end,
                end: reach.max(m.span.end),
            })
            .any(|o| match o.entry {
                Entry::Trigger(id) => {
                    doc.lex.trigger(id).sub_event.event_type()
                        == EventType::ExplosionsRemoteViolence
                }
                Entry::Qualifier(q) => q.event_type() == EventType::ExplosionsRemoteViolence,
                _ => false,
            });
    }
    // A raid ("داهمت دورية المنازل") is an arrest only when someone is
    // detained, and that is said with its own word ("واعتقلت شابين").
    if let Entry::Trigger(id) = m.entry {
        if frame == Frame::Detain && RAID_TRIGGERS.contains(&doc.lex.trigger(id).id.as_str()) {
            return false;
        }
    }
    // A strong trigger of the sentence carries the happening; not one that
    // is itself no report ("خشية تعرضها لغارات", "بتهمة تصنيع عبوات"), and
    // not for a takeover: "سيطرت X على مدينة Y بعد معارك" — the battle that
    // won a place is part of the territory event (ACLED).
    let strong_sibling = frame != Frame::Territory
        && doc.mentions_in(sentence).any(|o| match o.entry {
            Entry::Trigger(id) => {
                let other = doc.lex.trigger(id);
                o.span != m.span
                    && !other.weak
                    && !intercepted(doc, o, sentence)
                    && non_event(doc, o, other.frame, sentence).is_none()
            }
            _ => false,
        });
    if strong_sibling {
        return false;
    }
    let has_place = doc.places.iter().any(|p| {
        p.span.start >= sentence.start && p.span.end <= sentence.end && p.kind != PlaceKind::Country
    });
    let actors = roles.actor1.is_some() as u8 + roles.actor2.is_some() as u8;
    deaths || (has_place && actors >= 1) || actors >= 2
}

/// A killing or destruction word next to a strike or battle word in the same
/// sentence reports that event's outcome, not a new event.
pub(super) fn is_consequence(doc: &Doc, m: &Mention, frame: Frame, sentence: ByteSpan) -> bool {
    // "انسحب التنظيم من البلدة بعد سيطرة الجيش عليها": the loser's
    // withdrawal is part of the takeover.
    let withdrawal_in_takeover = frame == Frame::Movement
        && doc.mentions_in(sentence).any(|o| match o.entry {
            Entry::Trigger(id) => o.span != m.span && doc.lex.trigger(id).frame == Frame::Territory,
            _ => false,
        });
    withdrawal_in_takeover
        || matches!(frame, Frame::Kill | Frame::Seize | Frame::Attack)
            && doc.mentions_in(sentence).any(|o| match o.entry {
                Entry::Trigger(id) => {
                    let other = doc.lex.trigger(id);
                    o.span != m.span
                        && other.frame != frame
                        && matches!(
                            other.sub_event.event_type(),
                            EventType::Battles | EventType::ExplosionsRemoteViolence
                        )
                }
                _ => false,
            })
}
