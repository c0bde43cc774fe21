//! The type of a candidate once its roles are known: ACLED decides some
//! types by who acts against whom (a state regains territory, force against
//! protesters is a protest event, a crowd attacking people is mob violence),
//! and a strike with no weapon named by a foreign state is an air strike.

use super::*;

/// Settles the sub-event type of a candidate from its roles, adjusting the
/// roles where the type says who is who.
pub(super) fn settle_type(
    doc: &Doc,
    m: &Mention,
    trigger: &rasid_lexicon::Trigger,
    frame: Frame,
    mut sub: SubEventType,
    roles: &mut Roles,
    sentence: ByteSpan,
) -> SubEventType {
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
            roles.actor1 = Some(unnamed(rasid_lexicon::ActorKind::Rioters));
            sub = SubEventType::ViolentDemonstration;
        }
    }
    // "مواجهات بين الشبان وقوات الاحتلال … رشق خلالها الشبان الجنود
    // بالحجارة": the force a riot confronts is its actor2.
    if sub == SubEventType::ViolentDemonstration && roles.actor2.is_none() {
        roles.actor2 = state_force_in(doc, sentence);
    }
    // "رشق متظاهرون المبنى بقنابل المولوتوف": protesters who riot are
    // rioters (ACLED).
    if sub == SubEventType::ViolentDemonstration {
        if let Some(a) = roles
            .actor1
            .as_mut()
            .filter(|a| a.kind == rasid_lexicon::ActorKind::Protesters)
        {
            *a = unnamed(rasid_lexicon::ActorKind::Rioters);
        }
    }
    // "فرقت قوى الأمن المحتجين … واعتقلت عدداً منهم": arrests made while
    // dispersing a protest (told before them) are the protest's
    // intervention (ACLED).
    if sub == SubEventType::Arrests {
        let before = ByteSpan {
            start: sentence.start,
            end: m.span.start,
        };
        if let Some(intervention) = intervention_in(doc, before) {
            sub = intervention;
            roles.actor2 = roles
                .actor1
                .take()
                .filter(|a| a.kind == rasid_lexicon::ActorKind::StateForces)
                .or_else(|| state_force_in(doc, sentence));
            roles.actor1 = Some(unnamed(rasid_lexicon::ActorKind::Protesters));
        }
    }
    // "سلمت قسد نقاطها إلى قوات النظام": who receives the territory gains
    // it and is actor1 (ACLED); who hands it over is actor2.
    if sub == SubEventType::NonViolentTransfer {
        let to_receiver = roles
            .actor2
            .as_ref()
            .and_then(|a| a.span)
            .is_some_and(|span| {
                let ti = doc.token_index(span.start);
                ti.checked_sub(1)
                    .is_some_and(|p| doc.an.tokens[p].text(doc.text()) == "الي")
            });
        if to_receiver && roles.actor1.is_some() {
            std::mem::swap(&mut roles.actor1, &mut roles.actor2);
        }
    }
    by_who_acts(sub, roles, FIRING_TRIGGERS.contains(&trigger.id.as_str()))
}

/// An actor the text does not name, of the event's country: rioters,
/// protesters or civilians.
fn unnamed(kind: rasid_lexicon::ActorKind) -> Role {
    let template = match kind {
        rasid_lexicon::ActorKind::Rioters => "Rioters ({country})",
        rasid_lexicon::ActorKind::Protesters => "Protesters ({country})",
        _ => "Civilians ({country})",
    };
    Role {
        template: template.into(),
        generic: true,
        kind,
        country: None,
        span: None,
    }
}

/// "قصف أميركي" with no weapon named: is this a foreign state striking from
/// afar, to be coded as an air/drone strike (a guess a mention naming the
/// weapon overrides)?
pub(super) fn guess_air_strike(
    doc: &Doc,
    trigger: &rasid_lexicon::Trigger,
    qualified: bool,
    sub: SubEventType,
    roles: &Roles,
    places: &[EventPlace],
) -> bool {
    if sub != SubEventType::Shelling
        || qualified
        || !GENERIC_ATTACK_TRIGGERS.contains(&trigger.id.as_str())
    {
        return false;
    }
    roles.actor1.as_ref().is_some_and(|a| {
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
    })
}

/// Shooting: its object, not its subject, when protesters are named.
pub(super) const FIRING_TRIGGERS: &[&str] = &["trigger/attack/itlaq-nar"];

/// ACLED decides some types by who acts against whom, not by the word:
/// killing armed men is a clash, fighting civilians is an attack, rioters
/// attacking anyone but an armed group are mob violence, force used on
/// protesters is a protest event (the protesters actor1, the force actor2;
/// "أطلق الحراس النار على محتجين": with a `firing` word protesters are
/// never the shooters), a state force "abducting" is arresting.
pub(super) fn by_who_acts(sub: SubEventType, roles: &mut Roles, firing: bool) -> SubEventType {
    use rasid_lexicon::ActorKind;
    let kind = |r: &Option<Role>| r.as_ref().map(|r| r.kind);
    let (kind1, kind2) = (kind(&roles.actor1), kind(&roles.actor2));
    let civilian_target = roles.actor2.as_ref().is_some_and(Role::is_civilian);
    let armed_target = roles.actor2.as_ref().is_some_and(|r| !r.is_civilian());
    let violent = matches!(sub, SubEventType::Attack | SubEventType::ArmedClash);
    if violent && kind2 == Some(ActorKind::Protesters) && kind1 != Some(ActorKind::Protesters) {
        std::mem::swap(&mut roles.actor1, &mut roles.actor2);
        return SubEventType::ExcessiveForceAgainstProtesters;
    }
    if violent && kind1 == Some(ActorKind::Protesters) && firing {
        return SubEventType::ExcessiveForceAgainstProtesters;
    }
    match sub {
        _ if kind1 == Some(ActorKind::Rioters)
            && ((violent && !armed_target)
                || (sub == SubEventType::ViolentDemonstration && civilian_target)) =>
        {
            roles
                .actor2
                .get_or_insert_with(|| unnamed(ActorKind::Civilians));
            SubEventType::MobViolence
        }
        SubEventType::Attack if armed_target => SubEventType::ArmedClash,
        SubEventType::ArmedClash
            if civilian_target && roles.actor1.as_ref().is_some_and(|r| !r.is_civilian()) =>
        {
            SubEventType::Attack
        }
        SubEventType::Abduction if kind1 == Some(ActorKind::StateForces) => SubEventType::Arrests,
        other => other,
    }
}

/// The strongest intervention a sentence reports against a protest:
/// dispersal (Protest with intervention) or deadly force (Excessive force).
pub(super) fn intervention_in(doc: &Doc, sentence: ByteSpan) -> Option<SubEventType> {
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
pub(super) fn state_force_in(doc: &Doc, sentence: ByteSpan) -> Option<Role> {
    doc.mentions_in(sentence).find_map(|m| match m.entry {
        Entry::Actor(id) => {
            let a = doc.lex.actor(id);
            (a.kind == rasid_lexicon::ActorKind::StateForces).then(|| Role::of_actor(a, m.span))
        }
        _ => None,
    })
}

/// Military positions and places: what is taken when territory changes
/// hands ("استولوا على حواجز"), as opposed to property ("استولوا على منازل").
pub(super) const POSITIONS: &[&str] = &[
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

pub(super) fn seizes_positions(doc: &Doc, m: &Mention) -> bool {
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
