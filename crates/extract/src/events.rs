//! Candidate events, the filter that drops non-events, and the merge that
//! makes one event per happening.
//!
//! Reads: the [`Doc`] (mentions and places). Adds: [`Event`]s with their
//! roles, place, date and deaths, plus every dropped candidate with its
//! [`DropReason`].

use std::fmt::Write as _;

use rasid_core::{ByteSpan, EventType, SubEventType};
use rasid_gazetteer::PlaceId;
use rasid_lexicon::{Cue, Entry, Frame, Mention, SourceKind, TriggerId};

use crate::doc::Doc;
use crate::fatalities::deaths_in;
use crate::places::{container_of, PlaceHit, PlaceKind};
use crate::roles::{antecedent, roles_for, Role, Roles};
use rasid_core::dates::Day;

/// Why a candidate event was not emitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DropReason {
    /// Negated or denied ("نفى", "لم").
    Negated,
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

/// Words for finding or seizing a weapon: the weapon after them is an
/// object, not an attack.
const SEIZURE_WORDS: &[&str] = &[
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
];

/// Movements away from a place: "من X" is where they happened.
const WITHDRAWAL_TRIGGERS: &[&str] = &[
    "trigger/change_to_group/insihab",
    "trigger/change_to_group/ikhla",
];

/// Shooting: its object, not its subject, when protesters are named.
const FIRING_TRIGGERS: &[&str] = &["trigger/attack/itlaq-nar"];

/// Raids and searches: arrests only when an arrest word says so.
const RAID_TRIGGERS: &[&str] = &["trigger/arrests/dahm"];

/// Priority inside "Explosions/Remote violence" when two mentions of one
/// happening disagree: the more specific weapon wins (air over missiles).
fn explosion_rank(sub: SubEventType) -> u8 {
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
    let instruments = instruments(doc, &triggers);
    let mut last_agent: Option<(usize, Role)> = None;
    let mut deaths_cache: Option<SentenceToll> = None;
    for (k, m) in triggers.iter().enumerate() {
        let Entry::Trigger(tid) = m.entry else {
            continue;
        };
        let trigger = doc.lex.trigger(tid);
        let si = doc.sentence_of(m.span);
        let sentence = doc.sentence(si);
        if instruments.iter().any(|&(_, i)| i == k) {
            // "بقذائف الهاون" after "استهدفوا …": the weapon of that verb.
            out.dropped
                .push((m.span, trigger.sub_event, DropReason::Duplicate));
            continue;
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
                out.dropped.push((m.span, sub, reason));
                continue;
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
        // "تنفذ القوات مداهمات متكررة": a habit, unless the sentence names the day.
        let habitual = doc
            .cues_in(ByteSpan {
                start: clause_start.min(m.span.start),
                end: clause.end,
            })
            .any(|(_, c)| matches!(c, Cue::Habitual));
        if habitual && !dated_now(doc, sentence) {
            out.dropped.push((m.span, sub, DropReason::Habitual));
            continue;
        }
        let roles = roles_for(
            doc,
            m,
            frame,
            sentence,
            ByteSpan {
                start: clause_start.min(m.span.start),
                end: clause.end,
            },
        );
        // The toll is read once per sentence, with the trigger it belongs to.
        let (deaths, toll_owner) = match deaths_cache {
            Some((cached, d, owner)) if cached == si => (d, owner),
            _ => {
                let d = deaths_in(doc, sentence);
                let owner =
                    d.and_then(|(_, span)| toll_owner(doc, &triggers, &instruments, si, span));
                deaths_cache = Some((si, d, owner));
                (d, owner)
            }
        };
        let deaths = deaths.filter(|_| toll_owner.is_none_or(|o| o == k));
        // "كما اندلعت مواجهات عند حاجز X": the same kind of happening as
        // the sentence before, with its parties, at another place.
        let parallel = (trigger.weak && opens_with_also(doc, si))
            .then(|| {
                out.events.iter().rev().find(|e| {
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
            out.dropped.push((m.span, sub, DropReason::Unsupported));
            continue;
        }
        if frame != Frame::Intercept
            && sub.event_type() == EventType::ExplosionsRemoteViolence
            && intercepted(doc, m, sentence)
        {
            // "اعترضت الدفاعات صاروخاً": the missile is the object of the
            // interception, not an attack of its own.
            out.dropped.push((m.span, sub, DropReason::Consequence));
            continue;
        }
        if trigger.weak && is_consequence(doc, m, frame, sentence) {
            out.dropped.push((m.span, sub, DropReason::Consequence));
            continue;
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
            last_agent = Some((si, a.clone()));
        }
        // "استولوا على حواجز / مواقع / بلدة X": taking positions or a place
        // by force is a change of territory, not looting.
        if frame == Frame::Seize && seizes_positions(doc, m) {
            sub = SubEventType::NonStateActorOvertakesTerritory;
        }
        // Who takes the place decides the type (ACLED): a state regains,
        // anyone else overtakes.
        if let Some(a1) = roles.actor1.as_ref().filter(|_| is_territory(sub)) {
            sub = if a1.kind == rasid_lexicon::ActorKind::StateForces {
                SubEventType::GovernmentRegainsTerritory
            } else {
                SubEventType::NonStateActorOvertakesTerritory
            };
        }
        if frame == Frame::Protest && sub.event_type() == EventType::Protests {
            // A protest the same sentence says was dispersed or fired on:
            // the intervention is part of the protest event (ACLED), and
            // the force that intervened is actor2.
            if let Some(intervention) = intervention_in(doc, sentence) {
                if intervention > sub {
                    sub = intervention;
                }
                if roles.actor2.is_none() {
                    roles.actor2 = state_force_in(doc, sentence);
                }
            }
        }
        if frame == Frame::Clash && trigger.weak {
            // "مواجهات مع قوات الاحتلال" with no armed group on the other
            // side: people confronting a force, a violent demonstration.
            let state_only = roles
                .actor1
                .as_ref()
                .is_some_and(|a| a.kind == rasid_lexicon::ActorKind::StateForces)
                && roles.actor2.is_none();
            if state_only {
                roles.actor2 = roles.actor1.take();
                roles.actor1 = Some(Role {
                    template: "Rioters ({country})".into(),
                    generic: true,
                    kind: rasid_lexicon::ActorKind::Rioters,
                    country: None,
                    span: None,
                });
                sub = SubEventType::ViolentDemonstration;
            }
        }
        sub = by_who_acts(sub, &roles);
        // "أطلقت قوات الأمن النار على المتظاهرين": force against a peaceful
        // protest is a protest event (ACLED), with the protesters as actor1
        // and the force as actor2.
        let is_protesters = |r: &Option<Role>| {
            r.as_ref()
                .is_some_and(|a| a.kind == rasid_lexicon::ActorKind::Protesters)
        };
        if matches!(sub, SubEventType::Attack | SubEventType::ArmedClash) {
            if is_protesters(&roles.actor2) && !is_protesters(&roles.actor1) {
                sub = SubEventType::ExcessiveForceAgainstProtesters;
                std::mem::swap(&mut roles.actor1, &mut roles.actor2);
            } else if is_protesters(&roles.actor1) && FIRING_TRIGGERS.contains(&trigger.id.as_str())
            {
                // "أطلق عناصر الحراسة النار على محتجين": protesters are
                // fired on, they do not fire.
                sub = SubEventType::ExcessiveForceAgainstProtesters;
            }
        }
        let (date, time_precision, date_span, own_date, dated_past) =
            if is_earlier_step(doc, m, sentence) {
                (doc.published, doc.published.map(|_| 1), None, false, false)
            } else {
                date_for(doc, m, sentence)
            };
        if dated_past && !include_background {
            out.dropped.push((m.span, sub, DropReason::Background));
            continue;
        }
        let source = doc
            .cues_in(sentence)
            .find_map(|(c, cue)| match cue {
                Cue::Source(s) => Some((s, c.span)),
                _ => None,
            })
            .or(article_source);
        let places = places_for(doc, m, frame, si, clause);
        if placed_abroad(doc, &places, sentence, clause) {
            out.dropped.push((m.span, sub, DropReason::Abroad));
            continue;
        }
        // "قصف أميركي" with no weapon named: a foreign state striking from
        // afar is coded as an air/drone strike.
        let mut guessed = false;
        if sub == SubEventType::Shelling
            && !qualified
            && GENERIC_ATTACK_TRIGGERS.contains(&trigger.id.as_str())
        {
            let foreign_state = roles.actor1.as_ref().is_some_and(|a| {
                a.kind == rasid_lexicon::ActorKind::StateForces
                    && a.country
                        .as_deref()
                        .and_then(crate::places::country_code)
                        .is_some_and(|own| {
                            places
                                .first()
                                .and_then(|p| doc.places[p.hit].resolution.as_ref())
                                .is_some_and(|r| doc.gaz.place(r.place).country_code != own)
                        })
            });
            if foreign_state {
                sub = SubEventType::AirDroneStrike;
                guessed = true;
            }
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
            out.events.push(base);
            continue;
        }
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
            out.events.push(e);
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

/// Is the event placed abroad? A place outside Rasid's countries, written
/// as a place ("في باريس", "بأوكرانيا", "العاصمة الفرنسية باريس"), comes
/// in the trigger's clause before any place of the region, or the event
/// has no place of its own clause and the sentence names one abroad.
fn placed_abroad(doc: &Doc, places: &[EventPlace], sentence: ByteSpan, clause: ByteSpan) -> bool {
    let text = doc.text();
    let locative = |c: &Mention| {
        // The clitics before the name, without its article: "بـ", "لـ", "لل".
        let prefix = c.prefix.slice(text);
        let prefix = prefix.strip_suffix("ال").unwrap_or(prefix);
        let ti = doc.token_index(c.span.start);
        // Not in a "من" phrase ("من قواعد داخل إيران"): missiles fired
        // from abroad land in the region.
        let origin = (ti.saturating_sub(3)..ti).any(|i| doc.an.tokens[i].text(text) == "من");
        !origin
            && (prefix.contains('ب')
                || prefix.contains('ل')
                || ti.checked_sub(1).is_some_and(|p| {
                    let w = doc.an.tokens[p].text(text);
                    crate::places::LOCATIVE_PREPOSITIONS.contains(&w)
                        || PLACE_NOUNS.contains(&w)
                        || ABROAD_RELATIONS.contains(&w)
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
        .map(|p| doc.places[p.named].span.start);
    // A mention that refers back to an event placed earlier is judged there.
    let borrowed = places.iter().any(|p| p.source == PlaceSource::Inherited);
    // "وفي شوارع باريس، خرجت مظاهرة … تضامناً مع غزة": a place put before
    // the trigger, when the place after it is not where it happened.
    let fronted = abroad_in(ByteSpan {
        start: sentence.start,
        end: clause.start,
    })
    .is_some();
    let own_locative = places
        .iter()
        .find(|p| p.source == PlaceSource::Clause)
        .is_some_and(|p| doc.places[p.named].cues.locative);
    match (abroad_in(clause), own) {
        (Some(a), Some(p)) => a < p,
        (Some(_), None) => true,
        (None, Some(_)) => fronted && !own_locative,
        (None, None) => !borrowed && abroad_in(sentence).is_some(),
    }
}

/// Words that place something relative to a place abroad ("خارج
/// الخرطوم", "جنوب موسكو").
const ABROAD_RELATIONS: &[&str] = &[
    "خارج",
    "قرب",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
];

/// Nouns after which a name is a place ("العاصمة باريس", "محور دونيتسك").
const PLACE_NOUNS: &[&str] = &[
    "العاصمه",
    "مدينه",
    "محور",
    "شوارع",
    "ولايه",
    "اقليم",
    "منطقه",
];

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

/// Checks the cues before a trigger that make it a non-event. A denial,
/// threat or plan governs the clause after it ("نفت الوزارة أن تكون طائراتها
/// قد قصفت …"), up to ten words and never across another trigger.
fn non_event(doc: &Doc, m: &Mention, frame: Frame, sentence: ByteSpan) -> Option<DropReason> {
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
    for (_, cue) in doc.cues_in(ByteSpan {
        start: from,
        end: m.span.start,
    }) {
        match cue {
            Cue::Negation => return Some(DropReason::Negated),
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
    let fire = m.core.slice(text);
    if (fire.contains("النار") || fire.contains("نار"))
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
        let text = doc.text();
        let prev = t.checked_sub(1).map_or("", |i| doc.an.tokens[i].text(text));
        let prefix = m.prefix.slice(text);
        let has_enclitic = m.span.end > m.core.end;
        // "عملية استعادة سرت", "معركة تحرير الموصل": a campaign's name.
        if after_campaign_word(doc, t) {
            return Some(DropReason::StandingState);
        }
        if [
            "مناطق",
            "منطقه",
            "تحت",
            "خطوط",
            "نفوذ",
            "الخاضعه",
            "الخاضعة",
        ]
        .contains(&prev)
            || prefix.ends_with('ل')
            || has_enclitic
        {
            return Some(DropReason::StandingState);
        }
    }
    None
}

/// Is the word before token `t` a campaign noun ("عملية", "بعملية",
/// "معركة", "حملة")?
fn after_campaign_word(doc: &Doc, t: usize) -> bool {
    let Some(prev) = t.checked_sub(1).and_then(|p| doc.an.tokens.get(p)) else {
        return false;
    };
    let word = prev.text(doc.text());
    let campaign = |w: &str| matches!(w, "عمليه" | "معركه" | "حمله");
    campaign(word) || rasid_text::clitics::proclitic_splits(word).any(|s| campaign(s.stem))
}

/// Does the sentence name the news day ("اليوم", "أمس", a weekday)?
fn dated_now(doc: &Doc, sentence: ByteSpan) -> bool {
    doc.cues_in(sentence)
        .any(|(_, c)| matches!(c, Cue::Day(_) | Cue::Weekday(_)))
}

/// ACLED decides some types by who acts against whom, not by the word:
/// killing armed men is a clash, fighting civilians is an attack, a crowd
/// attacking people is mob violence, a state force "abducting" is arresting.
fn by_who_acts(sub: SubEventType, roles: &Roles) -> SubEventType {
    use rasid_lexicon::ActorKind;
    let kind1 = roles.actor1.as_ref().map(|r| r.kind);
    let civilian_target = roles.actor2.as_ref().is_some_and(Role::is_civilian);
    let armed_target = roles.actor2.as_ref().is_some_and(|r| !r.is_civilian());
    match sub {
        SubEventType::Attack if armed_target => SubEventType::ArmedClash,
        SubEventType::ArmedClash
            if civilian_target && roles.actor1.as_ref().is_some_and(|r| !r.is_civilian()) =>
        {
            if kind1 == Some(ActorKind::Rioters) {
                SubEventType::MobViolence
            } else {
                SubEventType::Attack
            }
        }
        SubEventType::Attack | SubEventType::ViolentDemonstration
            if civilian_target && kind1 == Some(ActorKind::Rioters) =>
        {
            SubEventType::MobViolence
        }
        SubEventType::Abduction if kind1 == Some(ActorKind::StateForces) => SubEventType::Arrests,
        other => other,
    }
}

/// Types whose events can kill: deaths support and belong to them.
fn violent_type(sub: SubEventType) -> bool {
    !matches!(
        sub,
        SubEventType::PeacefulProtest | SubEventType::ProtestWithIntervention
    ) && sub.event_type() != EventType::StrategicDevelopments
}

/// The strongest intervention a sentence reports against a protest:
/// dispersal (Protest with intervention) or deadly force (Excessive force).
fn intervention_in(doc: &Doc, sentence: ByteSpan) -> Option<SubEventType> {
    let dispersal = doc.mentions_in(sentence).filter_map(|m| match m.entry {
        Entry::Trigger(id) => Some(doc.lex.trigger(id).sub_event),
        _ => None,
    });
    let found = dispersal
        .filter(|s| {
            matches!(
                s,
                SubEventType::ProtestWithIntervention
                    | SubEventType::ExcessiveForceAgainstProtesters
            )
        })
        .max()?;
    // Deaths at a dispersed protest make it excessive force.
    let deadly = doc.cues_in(sentence).any(|(_, c)| matches!(c, Cue::Death));
    Some(if deadly {
        SubEventType::ExcessiveForceAgainstProtesters
    } else {
        found
    })
}

/// The first state force named in a sentence (the one that intervened).
fn state_force_in(doc: &Doc, sentence: ByteSpan) -> Option<Role> {
    doc.mentions_in(sentence).find_map(|m| match m.entry {
        Entry::Actor(id) => {
            let a = doc.lex.actor(id);
            (a.kind == rasid_lexicon::ActorKind::StateForces).then(|| Role::of_actor(a, m.span))
        }
        _ => None,
    })
}

/// Is `m` the object of an interception or defusal just before it?
fn intercepted(doc: &Doc, m: &Mention, sentence: ByteSpan) -> bool {
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

fn supported(
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
    let has_place = doc.places.iter().any(|p| {
        p.span.start >= sentence.start && p.span.end <= sentence.end && p.kind != PlaceKind::Country
    });
    let strong_sibling = doc.mentions_in(sentence).any(|o| match o.entry {
        Entry::Trigger(id) => {
            o.span != m.span && !doc.lex.trigger(id).weak && !intercepted(doc, o, sentence)
        }
        _ => false,
    });
    let actors = roles.actor1.is_some() as u8 + roles.actor2.is_some() as u8;
    // "سيطرت X على مدينة Y بعد معارك": the battle that won a place is part
    // of the territory event (ACLED), not the other way round.
    let strong_sibling = strong_sibling && frame != Frame::Territory;
    !strong_sibling && (deaths || (has_place && actors >= 1) || actors >= 2)
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

/// Military positions and places: what is taken when territory changes
/// hands ("استولوا على حواجز"), as opposed to property ("استولوا على منازل").
const POSITIONS: &[&str] = &[
    "حاجز",
    "حواجز",
    "موقع",
    "مواقع",
    "نقطه",
    "نقاط",
    "مقر",
    "مقرات",
    "قاعده",
    "قواعد",
    "مطار",
    "تله",
    "تلال",
    "قريه",
    "قري",
    "بلده",
    "بلدات",
    "مدينه",
    "معبر",
    "ثكنه",
    "كتيبه",
    "اللواء",
];

fn seizes_positions(doc: &Doc, m: &Mention) -> bool {
    let text = doc.text();
    let mut t = doc.token_index(m.span.end);
    // The object follows على, after the subject if it comes between:
    // "استولى مسلحون من العشائر على حواجز".
    if let Some(ala) =
        (t..t + 6).find(|&i| doc.an.tokens.get(i).is_some_and(|x| x.text(text) == "علي"))
    {
        t = ala + 1;
    }
    (t..t + 3).any(|i| {
        let Some(token) = doc.an.tokens.get(i) else {
            return false;
        };
        let word = token.text(text);
        rasid_text::clitics::proclitic_splits(word).any(|s| POSITIONS.contains(&s.stem))
            || doc
                .places
                .iter()
                .any(|p| p.token == i && p.resolution.is_some())
    })
}

/// A killing or destruction word next to a strike or battle word in the same
/// sentence reports that event's outcome, not a new event.
fn is_consequence(doc: &Doc, m: &Mention, frame: Frame, sentence: ByteSpan) -> bool {
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

/// The date of a trigger: the time expression of its sentence nearest to it,
/// else the publication date. Also says whether the sentence dates it to an
/// earlier year (a past event mentioned in passing).
fn date_for(
    doc: &Doc,
    m: &Mention,
    sentence: ByteSpan,
) -> (Option<Day>, Option<u8>, Option<ByteSpan>, bool, bool) {
    let Some(published) = doc.published else {
        return (None, None, None, false, false);
    };
    let (best, earlier_year) = dated_in(doc, published, doc.token_index(m.span.start), sentence);
    // A sentence with no time words goes on with the story of the one before
    // ("وفي 19 أيار … . وذكرت الوزارة أنه … انفجرت عبوة").
    let own = best.is_some_and(|(.., in_report)| !in_report);
    let best = best.or_else(|| {
        let si = doc.sentence_of(sentence);
        let prev = doc.sentence(si.checked_sub(1)?);
        dated_in(doc, published, doc.token_index(prev.end), prev).0
    });
    match best {
        Some((day, precision, span, _)) => {
            (Some(day), Some(precision), Some(span), own, earlier_year)
        }
        None => (Some(published), Some(1), None, false, earlier_year),
    }
}

/// The time expression of `sentence` nearest to token `t`, and whether the
/// sentence names a year before the publication year.
fn dated_in(
    doc: &Doc,
    published: Day,
    t: usize,
    sentence: ByteSpan,
) -> (Option<(Day, u8, ByteSpan, bool)>, bool) {
    let text = doc.text();
    let mut best: Option<((bool, usize), Day, u8, ByteSpan)> = None;
    // "منذ الـ7 من تشرين الأول": the start of a period, not the day of
    // this event.
    let since = |span: ByteSpan| {
        let first = doc.token_index(span.start);
        (first.saturating_sub(2)..first).any(|i| doc.an.tokens[i].text(text) == "منذ")
    };
    // "غارات … بحسب ما أعلنته المنظمة اليوم الأحد": a day after a reporting
    // verb that follows the trigger dates the report, not the event.
    let reported = |span: ByteSpan| {
        let first = doc.token_index(span.start);
        t < first
            && (first.saturating_sub(REPORT_REACH).max(t + 1)..first)
                .any(|i| is_reporting_word(doc.an.tokens[i].text(text)))
    };
    // "الضربة … ردا على استهداف … قبل أيام": the day of the cause.
    let of_cause = |span: ByteSpan| {
        t < doc.token_index(span.start)
            && doc
                .cues_in(ByteSpan {
                    start: doc.an.tokens[t].span.end,
                    end: span.start,
                })
                .any(|(c, _)| introduces_cause(doc, c))
    };
    // "أعلن التنظيم، اليوم الجمعة، مسؤوليته عن التفجير الذي … مساء
    // الخميس", "والجمعة، قال … إن منفذ التفجير": a day in the reporting
    // clause before the trigger dates the statement; another day in the
    // sentence is preferred to it.
    let in_report = |span: ByteSpan| {
        let first = doc.token_index(span.start);
        let from = first
            .saturating_sub(REPORT_REACH)
            .max(doc.token_index(sentence.start));
        first < t
            && (from..t.min(first + REPORT_REACH))
                .any(|i| is_reporting_word(doc.an.tokens[i].text(text)))
    };
    let mut consider = |token: usize, day: Day, precision: u8, span: ByteSpan| {
        let rank = (in_report(span), token.abs_diff(t));
        if day <= published
            && !since(span)
            && !reported(span)
            && !of_cause(span)
            && best.is_none_or(|(r, ..)| rank < r)
        {
            best = Some((rank, day, precision, span));
        }
    };
    let mut earlier_year = false;
    for (c, cue) in doc.cues_in(sentence) {
        let ti = doc.token_index(c.span.start);
        match cue {
            Cue::Day(offset) => consider(ti, published.add_days(i64::from(offset)), 1, c.span),
            Cue::DaysAgo(offset) => consider(ti, published.add_days(i64::from(offset)), 2, c.span),
            Cue::Weekday(w) => consider(ti, published.last_weekday(w), 1, c.span),
            // "آب" (August) is two letters: with a clitic it is another
            // word ("باب المندب", "أبي").
            Cue::Month(_)
                if (!c.prefix.is_empty() || c.span.end > c.core.end)
                    && c.core.slice(text).chars().count() <= 2 => {}
            Cue::Month(month) => {
                // "آب/أغسطس": the second name of a pair adds nothing.
                let prev_word = ti.checked_sub(1).map(|i| doc.an.tokens[i].text(text));
                if prev_word == Some("/") {
                    continue;
                }
                let (day_of_month, day_span) = day_before(doc, ti);
                let year = year_after(doc, c.span.end);
                let span = day_span.map_or(c.span, |d| d.cover(c.span));
                match (day_of_month, year) {
                    (Some(d), Some(y)) => {
                        if let Some(day) = Day::new(y, month, d) {
                            consider(ti, day, 1, span);
                        }
                    }
                    (Some(d), None) => {
                        if let Some(day) = published.last_month_day(month, d) {
                            consider(ti, day, 1, span);
                        }
                    }
                    (None, y) => {
                        let day = match y {
                            Some(y) => Day::new(y, month, 1),
                            None => published.last_month_day(month, 1),
                        };
                        if let Some(day) = day {
                            consider(ti, day, 3, c.span);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    // "في الـ6 من الشهر الجاري / نفسه": a day of the publication month;
    // "مطلع (هذا) الشهر": its first days.
    let first = doc.token_index(sentence.start);
    let last = doc.token_index(sentence.end);
    for ti in first..last {
        if doc.an.tokens[ti].text(text) == "الشهر" {
            let opener = (ti.saturating_sub(2).max(first)..ti).find(|&i| {
                let w = doc.an.tokens[i].text(text);
                matches!(w.strip_prefix('و').unwrap_or(w), "مطلع" | "اوائل" | "بدايه")
            });
            // Not "الشهر الماضي" nor "الشهر نفسه" (the month named before).
            let this_month = doc.an.tokens.get(ti + 1).is_none_or(|n| {
                !matches!(
                    n.text(text),
                    "الماضي" | "المقبل" | "القادم" | "نفسه" | "ذاته"
                )
            });
            if let (Some(o), true) = (opener, this_month) {
                if let Some(day) = Day::new(published.year, published.month, 1) {
                    let span = doc.an.tokens[o].span.cover(doc.an.tokens[ti].span);
                    consider(ti, day, 2, span);
                }
            }
            if let (Some(d), Some(span)) = day_before(doc, ti) {
                if let Some(day) =
                    Day::new(published.year, published.month, d).filter(|&x| x <= published)
                {
                    consider(ti, day, 1, span.cover(doc.an.tokens[ti].span));
                }
            }
        }
    }
    // A year before the publication year in the sentence: a past event.
    for token in &doc.an.tokens[doc.token_index(sentence.start)..doc.token_index(sentence.end)] {
        if token.kind == rasid_text::TokenKind::Number {
            if let Ok(y) = token.text(text).parse::<i32>() {
                if (1900..published.year).contains(&y) {
                    earlier_year = true;
                }
            }
        }
    }
    (
        best.map(|((in_report, _), day, precision, span)| (day, precision, span, in_report)),
        earlier_year,
    )
}

/// How many tokens (words and punctuation) before a day a reporting verb
/// may stand and still govern it ("أعلن تنظيم "داعش" الإرهابي، اليوم").
const REPORT_REACH: usize = 10;

/// Stems of the verbs and words that introduce what a source said.
const REPORTING_STEMS: &[&str] = &[
    "اعلن", "قال", "ذكر", "افاد", "اكد", "اوضح", "صرح", "بحسب", "حسب", "وفق",
];

/// Is `word` a reporting verb or word ("أعلنته", "وقالت", "بحسب")?
fn is_reporting_word(word: &str) -> bool {
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    REPORTING_STEMS.iter().any(|s| word.starts_with(s))
}

/// The day of month written before token `ti`: "9 آب", "الـ9 من آب".
fn day_before(doc: &Doc, ti: usize) -> (Option<u8>, Option<ByteSpan>) {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let number_at = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == rasid_text::TokenKind::Number)
            .and_then(|t| {
                t.text(text)
                    .parse::<u8>()
                    .ok()
                    .filter(|d| (1..=31).contains(d))
                    .map(|d| (d, t.span))
            })
    };
    let found = ti.checked_sub(1).and_then(number_at).or_else(|| {
        (ti >= 2 && tokens[ti - 1].text(text) == "من")
            .then(|| number_at(ti - 2))
            .flatten()
    });
    match found {
        Some((d, span)) => (Some(d), Some(span)),
        None => (None, None),
    }
}

/// A year written right after a month, skipping a second month name
/// ("آب/أغسطس 2023").
fn year_after(doc: &Doc, pos: u32) -> Option<i32> {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let mut i = doc.token_index(pos);
    if tokens.get(i).is_some_and(|t| t.text(text) == "/") {
        i += 2;
    }
    tokens
        .get(i)
        .filter(|t| t.kind == rasid_text::TokenKind::Number)
        .and_then(|t| t.text(text).parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y))
}

/// The places of a trigger: the first place after it in its clause and the
/// places listed with it ("حولا وكفرشوبا وكفركلا"), else the nearest place
/// before it in the sentence, else the article's most recent place.
fn places_for(
    doc: &Doc,
    m: &Mention,
    frame: Frame,
    si: usize,
    clause: ByteSpan,
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
    // unless the trigger names an earlier step of another happening.
    let sentence = doc.sentence(si);
    let earlier_step = is_earlier_step(doc, m, sentence);
    let before: Vec<usize> = (0..hits.len())
        .filter(|&i| {
            !earlier_step && hits[i].sentence == si && hits[i].span.end <= m.span.start && usable(i)
        })
        .collect();
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

/// Words that put a trigger in another happening than the one before it:
/// its cause or its time frame ("ردا على", "منذ بدء"). Not "بعد": "بعد
/// اقتحام المنزل" is often an earlier step of the same happening.
const OTHER_HAPPENING_LINKS: &[&str] = &["ردا", "رداً", "منذ", "انتقاما"];

/// Does background cue `c` introduce the cause of what came before ("ردا
/// على", "انتقاماً لـ")?
fn introduces_cause(doc: &Doc, c: &Mention) -> bool {
    let first = doc.an.tokens[doc.token_index(c.span.start)].text(doc.text());
    ["ردا", "رداً", "انتقاما", "انتقاماً"].contains(&first)
}

/// Is trigger `m` introduced as another happening ("ردا على استهداف")?
fn relates_other_happening(doc: &Doc, m: &Mention) -> bool {
    let text = doc.text();
    let t = doc.token_index(m.span.start);
    (t.saturating_sub(3)..t).any(|i| OTHER_HAPPENING_LINKS.contains(&doc.an.tokens[i].text(text)))
}

/// A happening named as what came before the sentence's main one
/// ("مسلحون يهاجمون حاجزين في بلدتي X وY، بعد حملة اعتقالات نفذتها قسد"):
/// the sentence's places and day are the main happening's.
fn is_earlier_step(doc: &Doc, m: &Mention, sentence: ByteSpan) -> bool {
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

/// A change of territory (ACLED's two Battles sub-types for it).
fn is_territory(sub: SubEventType) -> bool {
    matches!(
        sub,
        SubEventType::GovernmentRegainsTerritory | SubEventType::NonStateActorOvertakesTerritory
    )
}

/// Mentions of one happening may name its weapon differently ("الغارة",
/// "القصف"); other types must agree exactly.
fn same_kind(a: &Event, b: &Event) -> bool {
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
fn same_happening(doc: &Doc, a: &Event, b: &Event) -> bool {
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
    // "كما حاصر المسلحون بلدتي …": a sentence that opens with "also" adds
    // another happening; it joins an earlier one only at the same place.
    let also = a.sentence != b.sentence && opens_with_also(doc, b.sentence);
    // The same name in two sentences ("قرية الشرجه بالحديدة" … "قرية
    // الشرجه بمديرية الجراحي"), whatever each was coded to.
    let same_name = match (&a.place, &b.place) {
        (Some(p), Some(q)) => {
            doc.places[p.named].core.slice(doc.text()) == doc.places[q.named].core.slice(doc.text())
        }
        _ => false,
    };
    let same_place = match (a.place_id(doc), b.place_id(doc)) {
        (Some(x), Some(y)) => {
            // A vague place (a road, "near X", a region) and a precise one
            // in its reach, same day and agent: one event told twice.
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
                _ => 0.0,
            };
            let same_country = doc.gaz.place(x).country_code == doc.gaz.place(y).country_code;
            // An agreement or a deployment told at a camp and at its city.
            let strategic_nearby = a.sub.event_type() == EventType::StrategicDevelopments
                && known_agent
                && same_agent
                && within_km(doc, x, y, STRATEGIC_REACH_KM);
            x == y
                || same_name
                || (!also && strategic_nearby)
                || (a.sentence == b.sentence && !(own_place(a) && own_place(b)))
                || (vaguest >= 2
                    && !also
                    && a.sentence != b.sentence
                    // Protests in a region and in one of its towns are
                    // often two gatherings.
                    && a.sub.event_type() != EventType::Protests
                    && same_agent
                    && same_country
                    && within_km(doc, x, y, reach_km))
        }
        (None, None) => true,
        // A lead with no place ("غارات جوية على مدرسة شمال اليمن") and the
        // report that names it, by the same agent.
        (None, Some(_)) => a.sentence == b.sentence || (!also && known_agent && same_agent),
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

/// Does sentence `si` open with "also" ("كما", "كذلك", "وكذلك")?
fn opens_with_also(doc: &Doc, si: usize) -> bool {
    let sentence = doc.sentence(si);
    let first = doc.token_index(sentence.start);
    doc.an.tokens.get(first).is_some_and(|t| {
        let w = t.text(doc.text());
        matches!(w.strip_prefix('و').unwrap_or(w), "كما" | "كذلك" | "ايضا")
    })
}

fn merge(doc: &Doc, out: &mut Outcome) {
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
        let target = match antecedent {
            Some(i) => Some(i),
            None => {
                let candidates: Vec<usize> = (0..merged.len())
                    .filter(|&i| same_happening(doc, &merged[i], &e))
                    .collect();
                candidates
                    .iter()
                    .copied()
                    .find(|&i| {
                        merged[i].place_id(doc).is_some()
                            && merged[i].place_id(doc) == e.place_id(doc)
                    })
                    .or(candidates.first().copied())
            }
        }
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
const STRATEGIC_REACH_KM: f64 = 5.0;

/// How far a mention coded to a governorate or region ("في محافظة أربيل",
/// "على إقليم كردستان") may be from a precise mention of the same strike.
const REGION_REACH_KM: f64 = 150.0;

fn within_km(doc: &Doc, x: PlaceId, y: PlaceId, km: f64) -> bool {
    let (p, q) = (doc.gaz.place(x), doc.gaz.place(y));
    rasid_gazetteer::distance_km((p.lat, p.lon), (q.lat, q.lon)) <= km
}

/// Can a later mention ("الضربة استهدفت موقعاً في بلدة X") be the same
/// event as an earlier one? The same place, a place in the same governorate,
/// or one within 30 km.
fn places_compatible(doc: &Doc, a: &Event, b: &Event) -> bool {
    let (Some(x), Some(y)) = (a.place_id(doc), b.place_id(doc)) else {
        return true;
    };
    let (p, q) = (doc.gaz.place(x), doc.gaz.place(y));
    x == y
        || (p.country_code == q.country_code && p.admin1_code == q.admin1_code)
        || rasid_gazetteer::distance_km((p.lat, p.lon), (q.lat, q.lon)) <= 30.0
}

fn better_role(a: &Option<Role>, b: Option<Role>) -> Option<Role> {
    match (a, b) {
        (Some(x), _) => Some(x.clone()),
        (None, y) => y,
    }
}

fn absorb(doc: &Doc, k: &mut Event, e: Event) {
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
