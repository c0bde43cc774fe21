//! Who did what to whom: actor1 and actor2 of a trigger, from the actor and
//! nationality mentions of its sentence and the trigger's role frame.
//!
//! Arabic news puts the agent before a verbal noun ("طائرات إسرائيلية شنت
//! غارات"), right after a verb ("قصفت قوات النظام"), as an adjective of the
//! trigger ("غارة إسرائيلية") or after "من قبل". The target follows the
//! trigger ("استهدفت مواقع X", "على X"). These positions, not mere proximity,
//! decide the roles.

use rasid_core::ByteSpan;
use rasid_lexicon::{ActorKind, Cue, Entry, Frame, Mention};

use crate::doc::Doc;

/// An actor as coded for one event.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Role {
    /// ACLED-style name, with `{country}` still unfilled for generic actors.
    pub template: String,
    /// True when `template` has `{country}` to fill.
    pub generic: bool,
    pub kind: ActorKind,
    /// The actor's own country (English name), when it has one.
    pub country: Option<String>,
    /// Where the text names it (None for defaults).
    pub span: Option<ByteSpan>,
}

impl Role {
    /// The role a lexicon actor plays where the text names it.
    pub fn of_actor(actor: &rasid_lexicon::Actor, span: ByteSpan) -> Role {
        Role {
            template: actor.name.clone(),
            generic: actor.generic,
            kind: actor.kind,
            country: actor.country.clone(),
            span: Some(span),
        }
    }

    pub fn name(&self, country: Option<&str>) -> String {
        fill_country(&self.template, country)
    }
    /// An international organisation or aid body (UN, Red Cross): never the
    /// one who strikes. (Coalitions and private armies are external forces
    /// too, but they do.)
    pub fn is_organisation(&self) -> bool {
        self.kind == ActorKind::ExternalForces
            && (self.template.starts_with("United Nations") || self.template.contains("Red Cross"))
    }

    /// An actor the text does not name ("مسلحون", "ميليشيا").
    pub fn is_unidentified(&self) -> bool {
        self.template.starts_with("Unidentified")
    }
    pub fn is_civilian(&self) -> bool {
        self.kind == ActorKind::Civilians
    }
}

/// Kinds of actor that can strike: not civilians, not organisations (UN,
/// Red Cross).
fn agent_like_kind(role: &Role) -> bool {
    !role.is_civilian() && !role.is_organisation()
}

/// Demonstratives that point back at an actor already named ("هذه
/// الميليشيات").
const DEMONSTRATIVES: &[&str] = &["هذه", "هذا", "هؤلاء", "تلك", "ذلك", "هاتين", "هذين"];

/// "هذه الميليشيات", "المسلحون": an unidentified actor written as one
/// already known (a demonstrative or the article) is the last armed group
/// the article named by name before it.
pub(crate) fn antecedent(doc: &Doc, role: &Role) -> Option<Role> {
    let span = role.span?;
    if !role.is_unidentified() || role.kind == ActorKind::Civilians {
        return None;
    }
    let text = doc.text();
    let mention = doc.mentions_in(span).find(|m| m.span == span)?;
    let ti = doc.token_index(span.start);
    let pointed = ti
        .checked_sub(1)
        .is_some_and(|p| DEMONSTRATIVES.contains(&doc.an.tokens[p].text(text)))
        || rasid_text::clitics::has_article(mention.prefix.slice(text));
    if !pointed {
        return None;
    }
    let armed = |k: ActorKind| {
        matches!(
            k,
            ActorKind::RebelGroup | ActorKind::PoliticalMilitia | ActorKind::IdentityMilitia
        )
    };
    doc.mentions
        .iter()
        .take_while(|m| m.span.end <= span.start)
        .filter_map(|m| match m.entry {
            Entry::Actor(id) => Some(Role::of_actor(doc.lex.actor(id), m.span)),
            _ => None,
        })
        .filter(|r| !r.is_unidentified() && armed(r.kind))
        .last()
}

/// Fills `{country}`; without a country, drops the qualifier.
pub(crate) fn fill_country(template: &str, country: Option<&str>) -> String {
    match country {
        Some(c) => template.replace("{country}", c),
        None => template
            .replace(" ({country})", "")
            .replace(" of {country}", "")
            .replace("{country}", ""),
    }
}

/// The roles of one trigger.
#[derive(Debug, Clone, Default)]
pub(crate) struct Roles {
    pub actor1: Option<Role>,
    pub actor2: Option<Role>,
    pub assoc1: Option<Role>,
    /// How sure the position of actor1 makes us (see [`Confidence`]).
    pub confidence: Confidence,
    pub suspected: bool,
    pub hedge: Option<ByteSpan>,
}

struct ActorMention {
    token: usize,
    /// Token index just past the mention.
    end_token: usize,
    /// Written with the preposition ل: it owns something ("مواقع لقسد").
    owner: bool,
    /// Joined to the word before by و.
    conjoined: bool,
    role: Role,
    /// A nationality adjective rather than a named actor.
    adjective: bool,
}

fn actor_mentions(doc: &Doc, sentence: ByteSpan) -> Vec<ActorMention> {
    let mut found: Vec<ActorMention> = doc
        .mentions_in(sentence)
        .filter(|m| {
            !matches!(m.entry, Entry::Nationality(_))
                || adjective_names_forces(doc, doc.token_index(m.span.start))
        })
        .filter_map(|m: &Mention| {
            let (role, adjective) = match m.entry {
                Entry::Actor(id) => (Role::of_actor(doc.lex.actor(id), m.span), false),
                Entry::Nationality(id) => {
                    let n = doc.lex.nationality(id);
                    (
                        Role {
                            template: n.military.clone(),
                            generic: false,
                            kind: ActorKind::StateForces,
                            country: Some(n.country.clone()),
                            span: Some(m.span),
                        },
                        true,
                    )
                }
                _ => return None,
            };
            let prefix = m.prefix.slice(doc.text());
            Some(ActorMention {
                token: doc.token_index(m.span.start),
                end_token: doc.token_index(m.span.end),
                owner: prefix.trim_start_matches(['و', 'ف']).starts_with('ل'),
                conjoined: prefix.starts_with('و'),
                role,
                adjective,
            })
        })
        .collect();
    // A generic word next to a named actor is part of its description:
    // "ميليشيا الحرس الثوري" is the IRGC, not an unidentified militia …
    let keep: Vec<bool> = (0..found.len())
        .map(|i| {
            let a = &found[i];
            let named = |b: &ActorMention| !b.role.is_unidentified() && !b.adjective;
            let next_named = found
                .get(i + 1)
                .is_some_and(|b| b.token <= a.end_token && named(b));
            // … and one right after it describes it: "الميليشيات الإيرانية المسلحة".
            let prev_named = i
                .checked_sub(1)
                .and_then(|j| found.get(j))
                .is_some_and(|b| b.end_token >= a.token && named(b));
            // "مسلحون من تنظيم داعش", "مسلحين يعتقد أنهم من خلايا التنظيم":
            // a partitive names the group the generic word belongs to.
            let partitive_named = found.get(i + 1).is_some_and(|b| {
                named(b)
                    && b.token > a.end_token
                    && b.token <= a.end_token + 8
                    && (a.end_token..b.token).any(|t| token_text(doc, t) == "من")
            });
            !(a.role.is_unidentified() && (next_named || prev_named || partitive_named))
        })
        .collect();
    let mut k = keep.iter();
    found.retain(|_| *k.next().unwrap_or(&true));
    // An alias shared by two actors ("قوى الأمن الداخلي": Lebanon's police
    // and any country's) is read as the one of the article's country.
    let home = doc
        .main_country
        .as_deref()
        .map(|code| doc.gaz.country_name(code).to_string());
    let mut i = 0;
    while i + 1 < found.len() {
        if found[i].token == found[i + 1].token && found[i].end_token == found[i + 1].end_token {
            let fits = |a: &ActorMention| a.role.generic || a.role.country == home;
            let drop = if fits(&found[i]) && !fits(&found[i + 1]) {
                i + 1
            } else if fits(&found[i + 1]) && !fits(&found[i]) {
                i
            } else {
                i + 1
            };
            found.remove(drop);
        } else {
            i += 1;
        }
    }
    found
}

/// Words that introduce the agent of a nominal or passive clause: "من قبل
/// X", "بواسطة X", and the resumptive verbs of a relative clause on the
/// trigger ("غارة شنتها X", "ضربة نفذتها X", "هجوم تبناه X"). Grammar of the
/// role frame, so kept here rather than in a lexicon.
const AGENT_MARKERS: &[&str] = &[
    "قبل",
    "بواسطه",
    "شنها",
    "شنتها",
    "شنته",
    "شنوها",
    "نفذها",
    "نفذتها",
    "نفذته",
    "نفذوها",
    "تبناه",
    "تبنته",
    "تبناها",
    "تبنتها",
    "اطلقتها",
    "اطلقها",
    "اطلقته",
    "ارتكبتها",
    "ارتكبها",
];

/// Words after which a verb opens a new clause, its subject following it.
const CLAUSE_OPENERS: &[&str] = &[
    "ان",
    "بعدما",
    "عندما",
    "حين",
    "حيث",
    "اذ",
    "لما",
    "قد",
    "وقد",
    "فقد",
    "لقد",
];

/// Words after which an actor is the one who suffered: "مقتل X", "استهداف X".
const VICTIM_MARKERS: &[&str] = &["ضد", "علي", "بحق", "طالت", "طال", "استهدفت", "استهدف"];

fn token_text<'d>(doc: &'d Doc, i: usize) -> &'d str {
    doc.an.tokens.get(i).map_or("", |t| t.text(doc.text()))
}

/// Is the actor at `token` introduced as the agent (up to two words of
/// description may come between: "شنتها طائرات حربية X")?
fn after_agent_marker(doc: &Doc, token: usize) -> bool {
    (token.saturating_sub(4)..token).any(|i| {
        let w = token_text(doc, i);
        let bare = w.strip_prefix('و').unwrap_or(w);
        AGENT_MARKERS.contains(&bare)
    })
}

/// Is the actor at `token` introduced as the one harmed: right after a death
/// word ("مقتل 7 عناصر من X") or a target preposition ("على مواقع X")?
fn after_victim_marker(doc: &Doc, token: usize) -> bool {
    let death_before = doc
        .cue_before(doc.an.tokens.get(token).map_or(0, |t| t.span.start), 4)
        .is_some_and(|(_, c)| matches!(c, Cue::Death | Cue::Injury));
    death_before
        || (token.saturating_sub(2)..token).any(|i| VICTIM_MARKERS.contains(&token_text(doc, i)))
        || (token.saturating_sub(3)..token).any(|i| is_target_noun(token_text(doc, i)))
}

/// Nouns for what is hit; an actor after them owns the target ("مواقع
/// لقسد", "لموقع قيادات داعش", "نقاط تابعة للجيش").
const TARGET_NOUNS: &[&str] = &[
    "موقع",
    "مواقع",
    "مقر",
    "مقرات",
    "نقطه",
    "نقاط",
    "تجمع",
    "تجمعات",
    "تحصينات",
    "معاقل",
    "معقل",
    "مستودع",
    "مستودعات",
    "مخازن",
    "حاجز",
    "حواجز",
    "رتل",
    "ارتال",
    "تابعه",
    "تابع",
    "التابعه",
    "التابع",
    "سياره",
    "اليات",
    "منزل",
    "مركز",
];

fn is_target_noun(word: &str) -> bool {
    rasid_text::clitics::proclitic_splits(word).any(|s| TARGET_NOUNS.contains(&s.stem))
        || TARGET_NOUNS.contains(&word)
}

/// Words a nationality adjective must follow to name a state's forces:
/// "قوات/طائرات/مدفعية إسرائيلية". After any other noun ("العاصمة السورية",
/// "السفينة البريطانية") it names no actor. Triggers, qualifiers and hedges
/// count too ("غارة إسرائيلية", "يعتقد أنها إسرائيلية").
const FORCE_NOUNS: &[&str] = &[
    "قوات",
    "القوات",
    "جيش",
    "الجيش",
    "طيران",
    "الطيران",
    "طايرات",
    "الطايرات",
    "طايره",
    "الطايره",
    "مسيره",
    "المسيره",
    "مسيرات",
    "المسيرات",
    "مدفعيه",
    "المدفعيه",
    "دبابات",
    "الدبابات",
    "زوارق",
    "الزوارق",
    "بوارج",
    "البوارج",
    "وحدات",
    "الوحدات",
    "جنود",
    "الجنود",
    "دوريه",
    "الدوريه",
    "دوريات",
    "الدوريات",
    "اليات",
    "الاليات",
    "مقاتلات",
    "المقاتلات",
    "حربيه",
    "الحربيه",
    "عسكريه",
    "العسكريه",
    "البحريه",
    "بحريه",
    "الدفاعات",
    "دفاعات",
    "قصف",
    "القصف",
    "هجوم",
    "الهجوم",
    "ضربه",
    "الضربه",
    "ضربات",
    "الضربات",
    "صواريخ",
    "الصواريخ",
    "عدوان",
    "العدوان",
    "اعتداء",
    "الاعتداء",
];

/// Does the nationality adjective at `token` name a state's forces?
fn adjective_names_forces(doc: &Doc, token: usize) -> bool {
    let Some(prev) = token.checked_sub(1) else {
        return false;
    };
    let prev_span = doc.an.tokens[prev].span;
    // "القوات الأمريكية والبريطانية": a second adjective joined to a force.
    let conjoined = token_text(doc, token).starts_with('و');
    let after_lexicon = doc.mentions.iter().any(|m| {
        m.span.end == prev_span.end
            && (matches!(
                m.entry,
                Entry::Trigger(_) | Entry::Qualifier(_) | Entry::Cue(Cue::Hedge)
            ) || (conjoined && matches!(m.entry, Entry::Actor(_) | Entry::Nationality(_))))
    });
    after_lexicon || FORCE_NOUNS.contains(&token_text(doc, prev))
}

/// Words right before an actor that make it the one who reports ("بحسب
/// الجيش", "المتحدث باسم الوزارة"), not the one who acts. Not أعلن: "أعلنت
/// القوات تحرير المدينة" announces the announcer's own act.
const REPORTING_WORDS: &[&str] = &["بحسب", "حسب", "وفق", "وفقا", "باسم", "نقلا"];

/// Is the actor at `token` the source of the report: right after a
/// reporting word, or inside "مصدر في / مصادر من X" ("مصدر في قيادة شرطة
/// دمشق")? A new clause ("قالت مصادر إن الطيران …") ends the source.
fn is_reporter(doc: &Doc, token: usize) -> bool {
    let before = |i: usize| {
        token_text(doc, i)
            .strip_prefix('و')
            .unwrap_or(token_text(doc, i))
    };
    (token >= 1 && REPORTING_WORDS.contains(&before(token - 1)))
        || (token.saturating_sub(3).max(1)..token).any(|i| {
            matches!(token_text(doc, i), "في" | "من")
                && matches!(before(i - 1), "مصدر" | "مصادر" | "مصدرا")
        })
}

/// Words that bring in a group acting alongside the agent: "بمشاركة X",
/// "بمساندة X", "بدعم من X". Grammar of the role frame.
const ALONGSIDE_MARKERS: &[&str] = &[
    "بمشاركه",
    "بمساندة",
    "بمسانده",
    "بدعم",
    "باسناد",
    "بالتعاون",
    "بالاشتراك",
];

/// A second group acting with the agent: joined to it by و ("قوات النظام
/// والميليشيات الإيرانية") or brought in by "بمشاركة X".
fn associate(doc: &Doc, actors: &[ActorMention], agent: usize) -> Option<Role> {
    let a = &actors[agent];
    let next = actors.get(agent + 1)?;
    let joined = next.conjoined && next.token <= a.end_token + 1;
    let alongside = next.token <= a.end_token + 4
        && (next.token.saturating_sub(2)..next.token)
            .any(|i| ALONGSIDE_MARKERS.contains(&token_text(doc, i)));
    ((joined || (alongside && !next.adjective))
        && !next.role.is_civilian()
        && next.role.template != a.role.template)
        .then(|| next.role.clone())
}

/// How sure the position makes us of a role: a marked agent ("من قبل X"),
/// an adjective on the trigger ("غارة إسرائيلية") or a hedged attribution is
/// surest; a subject just before or after the trigger next; a distant actor
/// of the same sentence least. Merging keeps the surest reading.
pub(crate) type Confidence = u8;

/// Finds the roles of the trigger `trigger` with frame `frame`. `clause` is
/// the stretch of the sentence that belongs to this trigger (from the end of
/// the previous trigger to the start of the next one).
pub(crate) fn roles_for(
    doc: &Doc,
    trigger: &Mention,
    frame: Frame,
    sentence: ByteSpan,
    clause: ByteSpan,
) -> Roles {
    let actors = actor_mentions(doc, sentence);
    let t = doc.token_index(trigger.span.start);
    let t_end = doc.token_index(trigger.span.end);
    let clause_start = doc.token_index(clause.start);
    let clause_end = doc.token_index(clause.end);
    let mut roles = Roles::default();

    // Hedged attribution near the trigger: "غارة شنتها طائرات مجهولة الهوية
    // يعتقد أنها إسرائيلية".
    let hedge = doc
        .cues_in(sentence)
        .filter(|(_, c)| matches!(c, Cue::Hedge))
        .map(|(m, _)| m.span)
        .find(|h| {
            let ht = doc.token_index(h.start);
            (ht >= clause_start && ht < t) || (ht >= t && ht <= t_end + 10)
        });
    // "يعتقد أنها إسرائيلية", "يعتقد أنهم من خلايا تنظيم داعش".
    let hedged_adjective = hedge.and_then(|h| {
        let ht = doc.token_index(h.start);
        actors.iter().position(|a| {
            (a.adjective || (!a.role.is_unidentified() && agent_like_kind(&a.role)))
                && a.token >= ht
                && a.token <= ht + 7
        })
    });
    let marked = actors
        .iter()
        .position(|a| a.token >= t_end && a.token < clause_end && after_agent_marker(doc, a.token));
    let adjective_after = actors
        .iter()
        .position(|a| a.adjective && a.token >= t_end && a.token <= t_end + 2);
    // An actor entry that is the trigger phrase itself ("اعتداء أميركي").
    let in_trigger = actors
        .iter()
        .position(|a| a.token >= t && a.end_token <= t_end && !a.role.is_civilian());
    // Civilians, organisations (UN, Red Cross) and an actor written with ل
    // ("مواقع لقسد": the owner of a target) are not the ones who strike.
    let agent_like = |a: &ActorMention| {
        agent_like_kind(&a.role)
            && !is_reporter(doc, a.token)
            && !a.owner
            && !after_victim_marker(doc, a.token)
    };
    // The head of a coordination is the agent; the others act alongside it.
    let head = |mut i: usize| {
        while i > 0 && actors[i].conjoined && actors[i - 1].end_token >= actors[i].token {
            i -= 1;
        }
        i
    };
    let before = actors
        .iter()
        .rposition(|a| a.token < t && a.token >= clause_start && agent_like(a))
        .map(head);
    let before_far = actors
        .iter()
        .rposition(|a| a.token < t && agent_like(a))
        .map(head);
    // Not an owner: "استهدفت موقعاً لحزب العمال" names the target's owner.
    let right_after = actors.iter().position(|a| {
        a.token >= t_end && a.token <= t_end + 3 && !a.role.is_civilian() && !a.owner
    });
    // "بعد أن استعاد الجيش …", "وقد شنت الطائرات …": a verb that opens its
    // clause has its subject right after it (verb-subject order).
    let opens_clause = t
        .checked_sub(1)
        .is_some_and(|p| CLAUSE_OPENERS.contains(&token_text(doc, p)));
    let subject_after = right_after
        .filter(|&i| opens_clause && actors[i].token <= t_end + 1 && agent_like(&actors[i]));

    let agent: Option<(usize, Confidence)> = match frame {
        Frame::Clash | Frame::Agreement => {
            // A hedged identity is the attacker ("هجوم لمسلحين يعتقد أنهم من
            // تنظيم داعش"), whoever is named first.
            let mut distinct: Vec<usize> = hedged_adjective.into_iter().collect();
            for (i, a) in actors.iter().enumerate() {
                if !a.role.is_civilian()
                    && distinct
                        .iter()
                        .all(|&j| actors[j].role.template != a.role.template)
                {
                    distinct.push(i);
                }
            }
            // "هاجم مستوطنون مسلحون منازل المواطنين": with one side only, the
            // civilians the attack is aimed at are the other.
            let civilian_object = || {
                actors
                    .iter()
                    .find(|a| a.role.is_civilian() && a.token >= t_end && a.token <= t_end + 8)
                    .map(|a| a.role.clone())
            };
            roles.actor2 = distinct
                .get(1)
                .map(|&i| actors[i].role.clone())
                .or_else(|| (frame == Frame::Clash).then(civilian_object).flatten());
            distinct
                .first()
                .map(|&i| (i, if Some(i) == hedged_adjective { 3 } else { 2 }))
        }
        Frame::Protest => actors
            .iter()
            .position(|a| matches!(a.role.kind, ActorKind::Protesters | ActorKind::Rioters))
            .map(|i| (i, 3)),
        _ => hedged_adjective
            .map(|i| (i, 3))
            .or(marked.map(|i| (i, 3)))
            .or(in_trigger.map(|i| (i, 3)))
            .or(subject_after.map(|i| (i, 3)))
            .or(adjective_after.map(|i| (i, 3)))
            .or(before.map(|i| (i, if t - actors[i].token <= 10 { 2 } else { 1 })))
            .or(right_after.map(|i| (i, 2)))
            .or(before_far.map(|i| (i, 0))),
    };
    if let Some((i, confidence)) = agent {
        roles.actor1 = Some(actors[i].role.clone());
        roles.confidence = confidence;
        roles.assoc1 = associate(doc, &actors, i);
        if hedge.is_some() && Some(i) == hedged_adjective {
            roles.suspected = true;
            roles.hedge = hedge;
        }
    }
    if !matches!(
        frame,
        Frame::Clash | Frame::Agreement | Frame::Protest | Frame::Movement
    ) {
        let agent_name = roles.actor1.as_ref().map(|r| r.template.clone());
        // A nationality on a target noun ("بآلية عسكرية إسرائيلية") names the
        // target's forces; one right on the trigger was the agent.
        let not_agent = |i: usize, a: &ActorMention| {
            agent.map(|(g, _)| g) != Some(i)
                && !(a.adjective && a.token <= t_end + 2)
                && Some(&a.role.template) != agent_name.as_ref()
        };
        // The target follows the trigger, or was named before it as the one
        // harmed ("قتل 7 من عناصر X في ضربة …").
        // An agent named after the trigger ("هجوم شنته طائرات X") comes
        // first; the target follows it.
        let target_from = agent
            .map(|(g, _)| actors[g].end_token)
            .filter(|&e| e > t_end)
            .unwrap_or(t_end)
            .max(hedge.map_or(0, |h| doc.token_index(h.end)));
        // The victim inside the trigger phrase ("اغتصاب طفلة") comes first.
        let in_phrase = actors
            .iter()
            .enumerate()
            .find(|(_, a)| a.role.is_civilian() && a.token > t && a.end_token <= t_end);
        roles.actor2 = in_phrase
            .or_else(|| {
                actors.iter().enumerate().find(|(i, a)| {
                    not_agent(*i, a) && a.token >= target_from && a.token <= clause_end + 2
                })
            })
            .or_else(|| {
                actors
                    .iter()
                    .enumerate()
                    .find(|(i, a)| not_agent(*i, a) && a.token >= target_from && !a.role.generic)
            })
            .or_else(|| {
                actors.iter().enumerate().rev().find(|(i, a)| {
                    not_agent(*i, a)
                        && a.token < t
                        && a.token >= clause_start
                        && after_victim_marker(doc, a.token)
                })
            })
            .map(|(_, a)| a.role.clone());
    }
    if roles.actor1.is_none() && hedge.is_some() {
        roles.suspected = true;
        roles.hedge = hedge;
    }
    roles
}
