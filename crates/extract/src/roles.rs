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
    /// Where the text names it (None for defaults).
    pub span: Option<ByteSpan>,
}

impl Role {
    pub fn name(&self, country: Option<&str>) -> String {
        fill_country(&self.template, country)
    }
    pub fn is_civilian(&self) -> bool {
        self.kind == ActorKind::Civilians
    }
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
    pub suspected: bool,
    pub hedge: Option<ByteSpan>,
}

struct ActorMention {
    token: usize,
    role: Role,
    /// A nationality adjective rather than a named actor.
    adjective: bool,
}

fn actor_mentions(doc: &Doc, sentence: ByteSpan) -> Vec<ActorMention> {
    doc.mentions_in(sentence)
        .filter_map(|m: &Mention| {
            let (role, adjective) = match m.entry {
                Entry::Actor(id) => {
                    let a = doc.lex.actor(id);
                    (
                        Role {
                            template: a.name.clone(),
                            generic: a.generic,
                            kind: a.kind,
                            span: Some(m.span),
                        },
                        false,
                    )
                }
                Entry::Nationality(id) => {
                    let n = doc.lex.nationality(id);
                    (
                        Role {
                            template: n.military.clone(),
                            generic: false,
                            kind: ActorKind::StateForces,
                            span: Some(m.span),
                        },
                        true,
                    )
                }
                _ => return None,
            };
            Some(ActorMention {
                token: doc.token_index(m.span.start),
                role,
                adjective,
            })
        })
        .collect()
}

/// Closed-class words that introduce the agent of a passive or nominal
/// clause: "من قبل X", "بواسطة X". Grammar, so kept in code.
fn after_agent_marker(doc: &Doc, token: usize) -> bool {
    let text = doc.text();
    let t = |i: usize| doc.an.tokens.get(i).map_or("", |t| t.text(text));
    (token >= 2 && t(token - 2) == "من" && t(token - 1) == "قبل")
        || (token >= 1 && matches!(t(token - 1), "قبل" | "بواسطه"))
}

/// Finds the roles of the trigger `trigger` with frame `frame` in `sentence`.
pub(crate) fn roles_for(doc: &Doc, trigger: &Mention, frame: Frame, sentence: ByteSpan) -> Roles {
    let actors = actor_mentions(doc, sentence);
    let t = doc.token_index(trigger.span.start);
    let t_end = doc.token_index(trigger.span.end);
    let mut roles = Roles::default();

    // Hedged attribution: "مجهولة الهوية يعتقد أنها إسرائيلية".
    let hedge = doc
        .cues_in(sentence)
        .find(|(_, c)| matches!(c, Cue::Hedge))
        .map(|(m, _)| m.span);

    let marked = actors
        .iter()
        .position(|a| a.token >= t_end && after_agent_marker(doc, a.token));
    let adjective_after = actors
        .iter()
        .position(|a| a.adjective && a.token >= t_end && a.token <= t_end + 2);
    let before = actors
        .iter()
        .rposition(|a| a.token < t && !a.role.is_civilian());
    let right_after = actors
        .iter()
        .position(|a| a.token >= t_end && a.token <= t_end + 2 && !a.role.is_civilian());
    let hedged_adjective = hedge.and_then(|h| {
        let ht = doc.token_index(h.start);
        actors
            .iter()
            .position(|a| a.adjective && a.token >= ht && a.token <= ht + 4)
    });

    let agent = match frame {
        Frame::Clash | Frame::Agreement => {
            let mut distinct: Vec<usize> = Vec::new();
            for (i, a) in actors.iter().enumerate() {
                if !a.role.is_civilian()
                    && distinct
                        .iter()
                        .all(|&j| actors[j].role.template != a.role.template)
                {
                    distinct.push(i);
                }
            }
            roles.actor2 = distinct.get(1).map(|&i| actors[i].role.clone());
            distinct.first().copied()
        }
        Frame::Protest => actors
            .iter()
            .position(|a| matches!(a.role.kind, ActorKind::Protesters | ActorKind::Rioters)),
        _ => marked
            .or(hedged_adjective)
            .or(adjective_after)
            .or(before)
            .or(right_after),
    };
    if let Some(i) = agent {
        roles.actor1 = Some(actors[i].role.clone());
        if hedge.is_some()
            && (Some(i) == hedged_adjective
                || actors[i].token > hedge.map_or(0, |h| doc.token_index(h.start)))
        {
            roles.suspected = true;
            roles.hedge = hedge;
        }
    }
    if !matches!(
        frame,
        Frame::Clash | Frame::Agreement | Frame::Protest | Frame::Movement
    ) {
        let agent_name = roles.actor1.as_ref().map(|r| r.template.clone());
        roles.actor2 = actors
            .iter()
            .enumerate()
            .filter(|(i, a)| Some(*i) != agent && a.token >= t_end && !a.adjective)
            .map(|(_, a)| a)
            .find(|a| Some(&a.role.template) != agent_name.as_ref())
            .map(|a| a.role.clone());
    }
    if roles.actor1.is_none() && hedge.is_some() {
        roles.suspected = true;
        roles.hedge = hedge;
    }
    roles
}
