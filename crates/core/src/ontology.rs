//! ACLED's event types and sub-event types (DESIGN.md section 4), with their
//! exact labels. Labels are the contract: they appear verbatim in output.

use std::fmt;
use std::str::FromStr;

/// ACLED's six event types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum EventType {
    Battles,
    ExplosionsRemoteViolence,
    ViolenceAgainstCivilians,
    Protests,
    Riots,
    StrategicDevelopments,
}

impl EventType {
    /// ACLED's label.
    pub fn label(self) -> &'static str {
        match self {
            EventType::Battles => "Battles",
            EventType::ExplosionsRemoteViolence => "Explosions/Remote violence",
            EventType::ViolenceAgainstCivilians => "Violence against civilians",
            EventType::Protests => "Protests",
            EventType::Riots => "Riots",
            EventType::StrategicDevelopments => "Strategic developments",
        }
    }
}

macro_rules! sub_event_types {
    ($($variant:ident => ($label:literal, $event_type:ident, $id:literal)),* $(,)?) => {
        /// ACLED's 25 sub-event types.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)]
        pub enum SubEventType { $($variant),* }

        impl SubEventType {
            /// All sub-event types, in DESIGN.md order.
            pub const ALL: &'static [SubEventType] = &[$(SubEventType::$variant),*];

            /// ACLED's label, e.g. `Air/drone strike`.
            pub fn label(self) -> &'static str {
                match self { $(SubEventType::$variant => $label),* }
            }

            /// The event type this sub-event type belongs to.
            pub fn event_type(self) -> EventType {
                match self { $(SubEventType::$variant => EventType::$event_type),* }
            }

            /// A short ASCII identifier used in lexicon files (`air_strike`).
            pub fn id(self) -> &'static str {
                match self { $(SubEventType::$variant => $id),* }
            }
        }
    };
}

sub_event_types! {
    ArmedClash => ("Armed clash", Battles, "armed_clash"),
    GovernmentRegainsTerritory => ("Government regains territory", Battles, "government_regains_territory"),
    NonStateActorOvertakesTerritory => ("Non-state actor overtakes territory", Battles, "non_state_overtakes_territory"),
    ChemicalWeapon => ("Chemical weapon", ExplosionsRemoteViolence, "chemical_weapon"),
    AirDroneStrike => ("Air/drone strike", ExplosionsRemoteViolence, "air_strike"),
    SuicideBomb => ("Suicide bomb", ExplosionsRemoteViolence, "suicide_bomb"),
    Shelling => ("Shelling/artillery/missile attack", ExplosionsRemoteViolence, "shelling"),
    RemoteExplosive => ("Remote explosive/landmine/IED", ExplosionsRemoteViolence, "remote_explosive"),
    Grenade => ("Grenade", ExplosionsRemoteViolence, "grenade"),
    SexualViolence => ("Sexual violence", ViolenceAgainstCivilians, "sexual_violence"),
    Attack => ("Attack", ViolenceAgainstCivilians, "attack"),
    Abduction => ("Abduction/forced disappearance", ViolenceAgainstCivilians, "abduction"),
    PeacefulProtest => ("Peaceful protest", Protests, "peaceful_protest"),
    ProtestWithIntervention => ("Protest with intervention", Protests, "protest_with_intervention"),
    ExcessiveForceAgainstProtesters => ("Excessive force against protesters", Protests, "excessive_force"),
    ViolentDemonstration => ("Violent demonstration", Riots, "violent_demonstration"),
    MobViolence => ("Mob violence", Riots, "mob_violence"),
    Agreement => ("Agreement", StrategicDevelopments, "agreement"),
    Arrests => ("Arrests", StrategicDevelopments, "arrests"),
    ChangeToGroupActivity => ("Change to group/activity", StrategicDevelopments, "change_to_group"),
    DisruptedWeaponsUse => ("Disrupted weapons use", StrategicDevelopments, "disrupted_weapons_use"),
    HeadquartersEstablished => ("Headquarters or base established", StrategicDevelopments, "base_established"),
    LootingPropertyDestruction => ("Looting/property destruction", StrategicDevelopments, "looting"),
    NonViolentTransfer => ("Non-violent transfer of territory", StrategicDevelopments, "non_violent_transfer"),
    Other => ("Other", StrategicDevelopments, "other"),
}

impl fmt::Display for SubEventType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Error for a string that is neither an ACLED label nor a lexicon id.
#[derive(Debug, thiserror::Error)]
#[error("unknown sub-event type {0:?} (expected an ACLED label such as \"Air/drone strike\" or an id such as \"air_strike\")")]
pub struct UnknownLabel(pub String);

impl FromStr for SubEventType {
    type Err = UnknownLabel;

    /// Accepts the ACLED label (case-insensitive) or the lexicon id.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        SubEventType::ALL
            .iter()
            .copied()
            .find(|t| t.id() == s || t.label().eq_ignore_ascii_case(s))
            .ok_or_else(|| UnknownLabel(s.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_25_sub_event_types_with_unique_ids() {
        assert_eq!(SubEventType::ALL.len(), 25);
        let mut ids: Vec<_> = SubEventType::ALL.iter().map(|t| t.id()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), 25);
    }

    #[test]
    fn parses_labels_and_ids() {
        assert_eq!(
            "air_strike".parse::<SubEventType>().unwrap(),
            SubEventType::AirDroneStrike
        );
        assert_eq!(
            "Remote explosive/landmine/IED"
                .parse::<SubEventType>()
                .unwrap(),
            SubEventType::RemoteExplosive
        );
        assert!("strike".parse::<SubEventType>().is_err());
        assert_eq!(
            SubEventType::Shelling.event_type().label(),
            "Explosions/Remote violence"
        );
    }
}
