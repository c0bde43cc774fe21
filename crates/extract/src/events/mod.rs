//! Candidate events, the filter that drops non-events, and the merge that
//! makes one event per happening.
//!
//! Reads: the [`Doc`] (mentions and places). Adds: [`Event`]s with their
//! roles, place, date and deaths, plus every dropped candidate with its
//! [`DropReason`]. This module makes one candidate per trigger; [`filter`]
//! decides what is not a report, [`types`] settles the type once the roles
//! are known, [`place`] and [`dates`] say where and when it happened, and
//! [`merge`] which candidates are one happening.

use std::fmt::Write as _;

use rasid_core::{ByteSpan, EventType, SubEventType};
use rasid_gazetteer::PlaceId;
use rasid_lexicon::{Cue, Entry, Frame, Mention, SourceKind, TriggerId};

use crate::doc::Doc;
use crate::fatalities::deaths_in;
use crate::places::{container_of, PlaceHit, PlaceKind};
use crate::roles::{antecedent, roles_for, Role, Roles};
use rasid_core::dates::Day;

mod dates;
mod filter;
mod merge;
mod place;
mod types;

use dates::*;
use filter::*;
use merge::*;
pub(crate) use place::event_place;
use place::*;
use types::*;

/// Why a candidate event was not emitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropReason {
    /// Negated or denied ("نفى", "لم").
    Negated,
    /// Judged, not reported ("اعتبر أن القصف جريمة", "انتقد الهجمات").
    Opinion,
    /// Future, planned or expected ("سوف", "من المتوقع").
    Future,
    /// Threatened or warned of ("هدد", "توعد").
    Threat,
    /// A past event mentioned as background.
    Background,
    /// A habit ("مداهمات متكررة", "بين حين وآخر"), not one happening.
    Habitual,
    /// A trigger word describing a standing state ("مناطق سيطرة").
    StandingState,
    /// Firing named in a ceasefire ("وقف شامل لإطلاق النار"), not a shooting.
    Ceasefire,
    /// A weak trigger with nothing in its sentence to support it.
    Unsupported,
    /// No place, time or toll of its own: talk about violence, not a report.
    Unanchored,
    /// No place at all, not even one the gazetteer does not know: ACLED
    /// codes no event without a location, and such mentions are mostly
    /// about elsewhere (abroad) or about violence in general.
    Unlocated,
    /// Placed abroad ("في باريس"): outside the countries Rasid codes.
    Abroad,
    /// Sports talk ("ضربة رأس في الشوط الثاني").
    Sports,
    /// Same happening as an earlier candidate; merged into it.
    Duplicate,
    /// A definite mention with no place and nothing earlier to refer to
    /// ("الهجمات التركية"): talk about attacks, not a report of one.
    Generic,
    /// Deaths or damage caused by a strike or battle named in the same
    /// sentence ("غارة أسفرت عن مقتل … وتدمير …"): part of that event.
    Consequence,
}

/// How the place of an event was found, surest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PlaceSource {
    /// Named after the trigger in its own clause ("غارة على بلدة X").
    Clause,
    /// Named before the trigger in the same sentence.
    Sentence,
    /// Carried over from an earlier sentence of the article.
    Inherited,
}

/// Where an event happened.
#[derive(Debug, Clone)]
pub(crate) struct EventPlace {
    /// Index into `Doc::places`: the place the event is coded to.
    pub hit: usize,
    /// Index into `Doc::places`: the name the text gives, which may be
    /// coded to its container ("قرية X بمديرية Y" → Y).
    pub named: usize,
    pub source: PlaceSource,
    pub precision: u8,
    /// Text span that supports the place (with its cue words).
    pub evidence: ByteSpan,
}

/// One event as the extractor sees it, before it becomes a record.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub sub: SubEventType,
    pub trigger: ByteSpan,
    pub trigger_id: TriggerId,
    pub sentence: usize,
    pub roles: Roles,
    pub place: Option<EventPlace>,
    pub date: Option<Day>,
    pub time_precision: Option<u8>,
    pub date_span: Option<ByteSpan>,
    /// The trigger's own sentence states its day (not the sentence before,
    /// not the day of a statement about it).
    pub own_date: bool,
    pub fatalities: u32,
    pub fatality_span: Option<ByteSpan>,
    pub source: Option<(SourceKind, ByteSpan)>,
    pub background: bool,
    /// The trigger carries the article ("الغارة"): it may refer back.
    pub definite: bool,
    /// End of the trigger's entry text (before a pronoun suffix).
    pub core_end: u32,
    /// The sub-event type was inferred from the agent, not read from a
    /// weapon word; a mention that names the weapon overrides it.
    pub guessed: bool,
    /// Other trigger mentions merged into this event.
    pub also: Vec<ByteSpan>,
}

impl Event {
    pub fn place_id(&self, doc: &Doc) -> Option<PlaceId> {
        self.place
            .as_ref()
            .and_then(|p| doc.places[p.hit].place_id())
    }
}

/// The outcome of extraction over one article.
pub(crate) struct Outcome {
    pub events: Vec<Event>,
    pub dropped: Vec<(ByteSpan, SubEventType, DropReason)>,
}

impl Outcome {
    /// A readable dump of kept and dropped candidates.
    pub fn explain(&self, doc: &Doc) -> String {
        let mut out = String::new();
        for (i, e) in self.events.iter().enumerate() {
            let place = e
                .place
                .as_ref()
                .map(|p| doc.snippet(doc.places[p.hit].core).to_string())
                .unwrap_or_else(|| "-".into());
            let _ = writeln!(
                out,
                "event {}: {} trigger «{}» ({}) place «{}» p{} date {} actor1 {:?} actor2 {:?} deaths {}{}",
                i + 1,
                e.sub.label(),
                doc.snippet(e.trigger),
                doc.lex.trigger(e.trigger_id).id,
                place,
                e.place.as_ref().map_or(0, |p| p.precision),
                e.date.map_or("-".to_string(), |d| d.to_string()),
                e.roles.actor1.as_ref().map(|r| r.template.as_str()),
                e.roles.actor2.as_ref().map(|r| r.template.as_str()),
                e.fatalities,
                if e.also.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (merged: {})",
                        e.also.iter().map(|s| doc.snippet(*s)).collect::<Vec<_>>().join(" | ")
                    )
                }
            );
        }
        let _ = writeln!(out, "mentions:");
        for m in &doc.mentions {
            let what = match m.entry {
                Entry::Actor(id) => doc.lex.actor(id).id.clone(),
                Entry::Trigger(id) => doc.lex.trigger(id).id.clone(),
                Entry::Nationality(id) => {
                    format!("nationality/{}", doc.lex.nationality(id).country)
                }
                Entry::Qualifier(q) => format!("qualifier/{}", q.id()),
                Entry::Cue(c) => format!("cue/{c:?}"),
            };
            let _ = write!(out, " «{}»={}", doc.snippet(m.span), what);
        }
        let _ = writeln!(out, "\nplaces:");
        for p in &doc.places {
            let name = p
                .resolution
                .as_ref()
                .map_or("?".to_string(), |r| doc.gaz.place(r.place).name.clone());
            let _ = write!(out, " «{}»={}", doc.snippet(p.span), name);
        }
        let _ = writeln!(out);
        for (span, sub, reason) in &self.dropped {
            if *reason != DropReason::Duplicate {
                let _ = writeln!(
                    out,
                    "dropped {:?}: {} «{}»",
                    reason,
                    sub.label(),
                    doc.snippet(*span)
                );
            }
        }
        out
    }
}

/// Triggers that say something was hit but not with what ("قصف",
/// "استهدف"): their type comes from qualifiers, instruments or the agent.
const GENERIC_ATTACK_TRIGGERS: &[&str] = &[
    "trigger/shelling/qasf",
    "trigger/shelling/istahdaf",
    "trigger/shelling/dakk",
];

/// Priority inside "Explosions/Remote violence" when two mentions of one
/// happening disagree: the more specific weapon wins (air over missiles).
pub(super) fn explosion_rank(sub: SubEventType) -> u8 {
    match sub {
        SubEventType::ChemicalWeapon => 0,
        SubEventType::AirDroneStrike => 1,
        SubEventType::SuicideBomb => 2,
        SubEventType::RemoteExplosive => 3,
        SubEventType::Grenade => 4,
        _ => 5,
    }
}

/// A sentence's toll (count and span) and the index of the trigger it
/// belongs to, read once per sentence.
type SentenceToll = (usize, Option<(u32, ByteSpan)>, Option<usize>);

/// The state of one pass over an article's triggers: what later
/// candidates read from earlier ones (the last agent, the sentence toll).
struct Scan<'d> {
    doc: &'d Doc<'d>,
    include_background: bool,
    article_source: Option<(SourceKind, ByteSpan)>,
    triggers: Vec<&'d Mention>,
    instruments: Vec<(usize, usize)>,
    last_agent: Option<(usize, Role)>,
    deaths_cache: Option<SentenceToll>,
}

impl Scan<'_> {
    /// The candidate events of trigger `k` (one per place of a list), or why
    /// it is not one. `earlier` are the candidates kept so far.
    fn candidate(
        &mut self,
        k: usize,
        earlier: &[Event],
    ) -> Result<Vec<Event>, (ByteSpan, SubEventType, DropReason)> {
        let Scan {
            doc,
            include_background,
            article_source,
            ref triggers,
            ref instruments,
            ref mut last_agent,
            ref mut deaths_cache,
        } = *self;
        let m = triggers[k];
        let Entry::Trigger(tid) = m.entry else {
            return Ok(Vec::new());
        };
        let trigger = doc.lex.trigger(tid);
        let si = doc.sentence_of(m.span);
        let sentence = doc.sentence(si);
        if instruments.iter().any(|&(_, i)| i == k) {
            // "بقذائف الهاون" after "استهدفوا …": the weapon of that verb.
            return Err((m.span, trigger.sub_event, DropReason::Duplicate));
        }
        let instrument = instruments.iter().find(|&&(v, _)| v == k).map(|&(_, i)| {
            let Entry::Trigger(id) = triggers[i].entry else {
                unreachable!("triggers only")
            };
            refine(doc, triggers[i], doc.lex.trigger(id).sub_event).0
        });
        let (refined, qualified) = refine(doc, m, trigger.sub_event);
        // The surest weapon wins: "مسيّرة استهدفت بصاروخ" is an air strike.
        let mut sub = match instrument {
            Some(i) if !(qualified && explosion_rank(refined) <= explosion_rank(i)) => i,
            _ => refined,
        };
        let qualified = qualified || instrument.is_some();
        // A battle word refined into a strike ("هجوم بطائرات مسيرة") takes
        // the strike's role frame.
        let frame = if trigger.frame == Frame::Clash
            && sub.event_type() == EventType::ExplosionsRemoteViolence
        {
            Frame::Attack
        } else {
            trigger.frame
        };
        if let Some(reason) = non_event(doc, m, frame, sentence) {
            if !(include_background && reason == DropReason::Background) {
                return Err((m.span, sub, reason));
            }
        }
        // The trigger's clause: from the previous trigger of the sentence to
        // the next one.
        // An instrument ("بقذائف الهاون") belongs to this clause, not the next.
        let is_instrument = |j: usize| instruments.iter().any(|&(_, i)| i == j);
        let clause_end = (k + 1..triggers.len())
            .find(|&j| !is_instrument(j))
            .map(|j| triggers[j])
            .filter(|n| doc.sentence_of(n.span) == si)
            .map_or(sentence.end, |n| n.span.start);
        let clause_start = k
            .checked_sub(1)
            .map(|p| triggers[p])
            .filter(|p| doc.sentence_of(p.span) == si)
            .map_or(sentence.start, |p| p.span.end);
        // "ردا على …": what follows is the happening this one answers.
        let clause_end = doc
            .cues_in(ByteSpan {
                start: m.span.end,
                end: clause_end.max(m.span.end),
            })
            .find(|(c, _)| introduces_cause(doc, c))
            .map_or(clause_end, |(c, _)| c.span.start);
        let clause = ByteSpan {
            start: m.span.end,
            end: clause_end.max(m.span.end),
        };
        // The clause around the trigger, from the trigger before it.
        let around = ByteSpan {
            start: clause_start.min(m.span.start),
            end: clause.end,
        };
        // "تنفذ القوات مداهمات متكررة": a habit, unless the sentence names the day.
        let habitual = doc.cues_in(around).any(|(_, c)| matches!(c, Cue::Habitual));
        if habitual && !dated_now(doc, sentence) {
            return Err((m.span, sub, DropReason::Habitual));
        }
        let roles = roles_for(doc, m, frame, sentence, around);
        // The toll is read once per sentence, with the trigger it belongs to.
        let (deaths, toll_owner) = match *deaths_cache {
            Some((cached, d, owner)) if cached == si => (d, owner),
            _ => {
                let d = deaths_in(doc, sentence);
                let owner =
                    d.and_then(|(_, span)| toll_owner(doc, triggers, instruments, si, span));
                *deaths_cache = Some((si, d, owner));
                (d, owner)
            }
        };
        let deaths = deaths.filter(|_| toll_owner.is_none_or(|o| o == k));
        // "كما اندلعت مواجهات عند حاجز X": the same kind of happening as
        // the sentence before, with its parties, at another place.
        let parallel = (trigger.weak && opens_with_also(doc, si))
            .then(|| {
                earlier.iter().rev().find(|e| {
                    e.sentence + 1 == si
                        && (e.sub == sub || doc.lex.trigger(e.trigger_id).frame == trigger.frame)
                })
            })
            .flatten()
            .map(|e| (e.sub, e.roles.clone()));
        let (roles, parallel) = match parallel {
            Some((psub, proles)) if roles.actor1.is_none() && roles.actor2.is_none() => {
                sub = psub;
                (proles, true)
            }
            _ => (roles, false),
        };
        // A weak word that names its weapon ("استهدفت الطائرات الحربية …")
        // stands on its own.
        if trigger.weak
            && !parallel
            && instrument.is_none()
            && !qualified
            && !supported(
                doc,
                m,
                frame,
                sentence,
                &roles,
                deaths.is_some() && violent_type(sub),
            )
        {
            return Err((m.span, sub, DropReason::Unsupported));
        }
        if frame != Frame::Intercept
            && sub.event_type() == EventType::ExplosionsRemoteViolence
            && intercepted(doc, m, sentence)
        {
            // "اعترضت الدفاعات صاروخاً": the missile is the object of the
            // interception, not an attack of its own.
            return Err((m.span, sub, DropReason::Consequence));
        }
        if trigger.weak && is_consequence(doc, m, frame, sentence) {
            return Err((m.span, sub, DropReason::Consequence));
        }
        let mut roles = roles;
        if let Some(known) = roles.actor1.as_ref().and_then(|a| antecedent(doc, a)) {
            roles.actor1 = Some(known);
        }
        // No agent in the sentence: Arabic reports go on with the subject of
        // the sentence before ("قصف مسلحو قسد … . واستهدفوا قرى …").
        if roles.actor1.is_none() {
            if let Some((s, agent)) = &last_agent {
                if *s + 1 == si || *s == si {
                    roles.actor1 = Some(agent.clone());
                    roles.confidence = 1;
                }
            }
        }
        if let Some(a) = roles.actor1.as_ref().filter(|_| roles.confidence >= 2) {
            *last_agent = Some((si, a.clone()));
        }
        sub = settle_type(doc, m, trigger, frame, sub, &mut roles, sentence);
        let earlier_step = is_earlier_step(doc, m, sentence);
        let (date, time_precision, date_span, own_date, dated_past) = if earlier_step {
            (doc.published, doc.published.map(|_| 1), None, false, false)
        } else {
            date_for(doc, m, sentence)
        };
        if dated_past && !include_background {
            return Err((m.span, sub, DropReason::Background));
        }
        let source = doc
            .cues_in(sentence)
            .find_map(|(c, cue)| match cue {
                Cue::Source(s) => Some((s, c.span)),
                _ => None,
            })
            .or(article_source);
        let places = places_for(doc, m, frame, si, clause, earlier_step);
        if placed_abroad(doc, &places, sentence, clause) {
            return Err((m.span, sub, DropReason::Abroad));
        }
        let guessed = guess_air_strike(doc, trigger, qualified, sub, &roles, &places);
        if guessed {
            sub = SubEventType::AirDroneStrike;
        }
        // Deaths belong to violent events; a redeployment in the same
        // sentence as a strike's toll does not share it.
        let violent = violent_type(sub);
        let background = dated_past;
        let base = Event {
            sub,
            trigger: m.span,
            trigger_id: tid,
            sentence: si,
            roles,
            place: None,
            date,
            time_precision,
            date_span,
            own_date,
            fatalities: deaths.filter(|_| violent).map_or(0, |d| d.0),
            fatality_span: deaths.filter(|_| violent).map(|d| d.1),
            source,
            background,
            // Only a one-word trigger refers back ("الغارة"); in a phrase
            // the article belongs to an inner word ("إطلاق النار").
            // A pronoun suffix ("حصارها", "اعتداءاته") points back the same way.
            guessed,
            core_end: m.core.end,
            definite: (rasid_text::clitics::has_article(m.prefix.slice(doc.text()))
                || m.span.end > m.core.end)
                && !m.core.slice(doc.text()).contains(' '),
            also: Vec::new(),
        };
        if places.is_empty() {
            return Ok(vec![base]);
        }
        let mut events = Vec::with_capacity(places.len());
        for (n, place) in places.into_iter().enumerate() {
            let mut e = base.clone();
            if n > 0 {
                // One toll for a list of places stays with the first.
                e.fatalities = 0;
                e.fatality_span = None;
            }
            // A list item with its own weapon ("، وبلدة X بطائرة درون").
            if n > 0 && e.sub.event_type() == EventType::ExplosionsRemoteViolence {
                if let Some(q) = weapon_after(doc, &doc.places[place.hit]) {
                    e.sub = q;
                }
            }
            e.place = Some(place);
            events.push(e);
        }
        Ok(events)
    }
}

/// The events of one article: a candidate per trigger (or its drop reason),
/// merged into one event per happening, with claims applied and the events
/// that rest on nothing of their own dropped.
pub(crate) fn extract_events(doc: &Doc, include_background: bool) -> Outcome {
    let mut out = Outcome {
        events: Vec::new(),
        dropped: Vec::new(),
    };
    let article_source = doc.mentions.iter().find_map(|m| match m.entry {
        Entry::Cue(Cue::Source(s)) => Some((s, m.span)),
        _ => None,
    });
    let triggers: Vec<&Mention> = doc
        .mentions
        .iter()
        .filter(|m| matches!(m.entry, Entry::Trigger(_)))
        .collect();
    let mut scan = Scan {
        doc,
        include_background,
        article_source,
        instruments: instruments(doc, &triggers),
        triggers,
        last_agent: None,
        deaths_cache: None,
    };
    for k in 0..scan.triggers.len() {
        match scan.candidate(k, &out.events) {
            Ok(events) => out.events.extend(events),
            Err(dropped) => out.dropped.push(dropped),
        }
    }
    merge(doc, &mut out);
    apply_claims(doc, &mut out.events);
    // After merging, an event still resting only on a place borrowed from
    // another sentence, with no time and no toll of its own, is talk about
    // violence (analysis, background) rather than a report of it.
    let (kept, vague): (Vec<Event>, Vec<Event>) = out.events.drain(..).partition(|e| {
        let borrowed = e
            .place
            .as_ref()
            .is_none_or(|p| p.source == PlaceSource::Inherited);
        !(borrowed && e.date_span.is_none() && e.fatalities == 0)
    });
    out.dropped.extend(
        vague
            .into_iter()
            .map(|e| (e.trigger, e.sub, DropReason::Unanchored)),
    );
    let (located, unlocated): (Vec<Event>, Vec<Event>) =
        kept.into_iter().partition(|e| e.place.is_some());
    out.events = located;
    out.dropped.extend(
        unlocated
            .into_iter()
            .map(|e| (e.trigger, e.sub, DropReason::Unlocated)),
    );
    out
}

/// The trigger a sentence's toll belongs to when the sentence names several
/// events: the last strong trigger before the toll ("غارة … أدت إلى مقتل 3"),
/// else the first after it ("قتل 3 في غارة"). Weak words ("استهدف",
/// "تدمير") and instruments are parts of an event, not owners; `None` when
/// the sentence has no strong trigger, and every event may take the toll.
fn toll_owner(
    doc: &Doc,
    triggers: &[&Mention],
    instruments: &[(usize, usize)],
    si: usize,
    toll: ByteSpan,
) -> Option<usize> {
    let strong = |j: &usize| {
        let Entry::Trigger(id) = triggers[*j].entry else {
            return false;
        };
        !doc.lex.trigger(id).weak
            && !instruments.iter().any(|&(_, i)| i == *j)
            && doc.sentence_of(triggers[*j].span) == si
    };
    let in_sentence = (0..triggers.len()).filter(strong);
    let (before, after): (Vec<usize>, Vec<usize>) =
        in_sentence.partition(|&j| triggers[j].span.start < toll.start);
    before.last().or(after.first()).copied()
}

/// Pairs (verb, instrument) of trigger indexes: a weapon written with ب
/// ("بقذائف الهاون", "بعبوة ناسفة") after a generic attack verb of the same
/// sentence ("استهدفوا القرى …") says how that attack was made; it is not
/// an event of its own.
fn instruments(doc: &Doc, triggers: &[&Mention]) -> Vec<(usize, usize)> {
    let text = doc.text();
    let mut pairs = Vec::new();
    for (k, m) in triggers.iter().enumerate() {
        if !m.prefix.slice(text).contains('ب') {
            continue;
        }
        let si = doc.sentence_of(m.span);
        let verb = (0..k)
            .rev()
            .take_while(|&j| doc.sentence_of(triggers[j].span) == si)
            .find(|&j| {
                let Entry::Trigger(id) = triggers[j].entry else {
                    return false;
                };
                let t = doc.lex.trigger(id);
                t.weak
                    && t.frame == Frame::Attack
                    && doc.token_index(m.span.start) - doc.token_index(triggers[j].span.start) <= 15
            });
        let Entry::Trigger(id) = m.entry else {
            continue;
        };
        if let Some(j) = verb {
            if doc.lex.trigger(id).sub_event.event_type() == EventType::ExplosionsRemoteViolence {
                pairs.push((j, k));
            }
        }
    }
    pairs
}

/// A qualifier right after (or just before) the trigger refines its type
/// within the same event type: "قصف جوي" is an air strike.
fn refine(doc: &Doc, m: &Mention, sub: SubEventType) -> (SubEventType, bool) {
    let t = doc.token_index(m.span.start);
    let t_end = doc.token_index(m.span.end);
    let sentence = doc.sentence(doc.sentence_of(m.span));
    // The subject before the verb ("طائرة مسيرة تابعة للجيش التركي
    // استهدفت") or the words after the noun, within the sentence and never
    // across another trigger: "المعارك في طرابلس بعد غارات بطائرات مسيرة"
    // are not drone strikes.
    let mut from = doc
        .an
        .tokens
        .get(t.saturating_sub(6))
        .map_or(0, |x| x.span.start)
        .max(sentence.start);
    let mut to = doc
        .an
        .tokens
        .get((t_end + 5).min(doc.an.tokens.len().saturating_sub(1)))
        .map_or(m.span.end, |x| x.span.end)
        .max(m.span.end)
        .min(sentence.end.max(m.span.end));
    for o in doc.mentions_in(ByteSpan {
        start: from,
        end: to,
    }) {
        if !matches!(o.entry, Entry::Trigger(_)) || o.span == m.span {
            continue;
        }
        if o.span.end <= m.span.start {
            from = from.max(o.span.end);
        } else if o.span.start >= m.span.end {
            to = to.min(o.span.start);
        }
    }
    let window = ByteSpan {
        start: from,
        end: to,
    };
    let mut best: Option<(usize, SubEventType)> = None;
    for q in doc.mentions_in(window) {
        if let Entry::Qualifier(qs) = q.entry {
            if qs.event_type() == sub.event_type() || sub.event_type() == EventType::Battles {
                let dist = doc.token_index(q.span.start).abs_diff(t);
                if best.is_none_or(|(d, _)| dist < d) {
                    best = Some((dist, qs));
                }
            }
        }
    }
    match best {
        // A battle word qualified by a weapon ("هجوم بطائرة مسيرة") is that weapon's strike.
        Some((_, qs)) if sub.event_type() == EventType::Battles => {
            if sub == SubEventType::ArmedClash {
                (qs, true)
            } else {
                (sub, false)
            }
        }
        Some((_, qs)) => (qs, true),
        None => (sub, false),
    }
}

/// Types whose events can kill: deaths support and belong to them.
pub(super) fn violent_type(sub: SubEventType) -> bool {
    !matches!(
        sub,
        SubEventType::PeacefulProtest | SubEventType::ProtestWithIntervention
    ) && sub.event_type() != EventType::StrategicDevelopments
}

/// A weapon named right after a place of a list ("بلدة X بطائرة درون").
fn weapon_after(doc: &Doc, place: &crate::places::PlaceHit) -> Option<SubEventType> {
    let end = doc
        .an
        .tokens
        .get(doc.token_index(place.span.end) + 3)
        .map_or(place.span.end, |t| t.span.end);
    doc.mentions_in(ByteSpan {
        start: place.span.end,
        end,
    })
    .find_map(|m| match m.entry {
        Entry::Qualifier(q) if q.event_type() == EventType::ExplosionsRemoteViolence => Some(q),
        _ => None,
    })
}

/// Words of a claim of responsibility: "وأعلنت X مسؤوليتها عن …", "تبنى X
/// الهجوم". Grammar of the role frame.
const CLAIM_AFTER: &[&str] = &[
    "مسوليته",
    "مسوليتها",
    "مسوليتهم",
    "المسووليه",
    "مسووليته",
    "مسووليتها",
    "مسووليتهم",
];

const CLAIM_BEFORE: &[&str] = &["تبني", "تبنت", "يتبني", "تتبني", "وتبني", "وتبنت"];

/// A group that claims an attack is its agent: the claim names actor1 of
/// the violent event in its sentence, else of the latest one before it.
fn apply_claims(doc: &Doc, events: &mut [Event]) {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    for m in &doc.mentions {
        let Entry::Actor(id) = m.entry else { continue };
        let actor = doc.lex.actor(id);
        if actor.kind == rasid_lexicon::ActorKind::Civilians
            || actor.name.starts_with("Unidentified")
        {
            continue;
        }
        let t = doc.token_index(m.span.start);
        let end = doc.token_index(m.span.end);
        let claim_after = (end..end + 3).any(|i| {
            tokens
                .get(i)
                .is_some_and(|x| CLAIM_AFTER.contains(&x.text(text)))
        });
        let claim_before =
            (t.saturating_sub(2)..t).any(|i| CLAIM_BEFORE.contains(&tokens[i].text(text)));
        if !(claim_after || claim_before) {
            continue;
        }
        let si = doc.sentence_of(m.span);
        let claimed = events
            .iter_mut()
            .filter(|e| violent_type(e.sub) && e.sentence <= si && si - e.sentence <= 1)
            .max_by_key(|e| (e.sentence, e.trigger.start));
        if let Some(e) = claimed {
            e.roles.actor1 = Some(Role::of_actor(actor, m.span));
            e.roles.confidence = 3;
            if e.roles
                .actor2
                .as_ref()
                .is_some_and(|a| a.template == actor.name)
            {
                e.roles.actor2 = None;
            }
        }
    }
}

/// A change of territory (ACLED's two Battles sub-types for it).
pub(super) fn is_territory(sub: SubEventType) -> bool {
    matches!(
        sub,
        SubEventType::GovernmentRegainsTerritory | SubEventType::NonStateActorOvertakesTerritory
    )
}
