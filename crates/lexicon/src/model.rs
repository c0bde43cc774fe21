//! The entries of the lexicons, as the rest of the pipeline sees them.

use std::fmt;
use std::str::FromStr;

use rasid_core::SubEventType;
use serde::{Deserialize, Serialize};

/// Index of an [`Actor`] in [`crate::Lexicons::actors`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ActorId(pub u32);

/// Index of a [`Trigger`] in [`crate::Lexicons::triggers`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TriggerId(pub u32);

/// Index of a [`Nationality`] row of `nationalities.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct NationalityId(pub u32);

/// A name read from a lexicon file that is not one of the allowed names.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} {value:?} (expected one of: {expected})")]
pub struct ParseNameError {
    /// What was being parsed (`actor type`, `frame`, …).
    pub what: &'static str,
    /// The text that was not recognised.
    pub value: String,
    /// The allowed names, comma-separated.
    pub expected: &'static str,
}

/// Declares a fieldless enum whose variants are named in lexicon files, with
/// `name()`, `ALL` and a `FromStr` over those names.
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $ty:ident as $what:literal {
            $($(#[$vmeta:meta])* $variant:ident = $name:literal),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $ty {
            $($(#[$vmeta])* $variant),*
        }

        impl $ty {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),*];

            /// The name used for this variant in the lexicon files.
            pub fn name(self) -> &'static str {
                match self { $($ty::$variant => $name),* }
            }
        }

        impl FromStr for $ty {
            type Err = ParseNameError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($name => Ok($ty::$variant),)*
                    _ => Err(ParseNameError {
                        what: $what,
                        value: s.to_string(),
                        expected: concat!($($name, ", "),*).trim_end_matches(", "),
                    }),
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.name())
            }
        }
    };
}

named_enum! {
    /// ACLED's actor categories, in the order of ACLED's `inter` codes.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum ActorKind as "actor type" {
        /// Military and police forces of a state (inter 1).
        StateForces = "state_forces",
        /// Rebel groups (inter 2).
        RebelGroup = "rebel_group",
        /// Political militias (inter 3).
        PoliticalMilitia = "political_militia",
        /// Identity (ethnic, tribal, religious) militias (inter 4).
        IdentityMilitia = "identity_militia",
        /// Rioters (inter 5).
        Rioters = "rioters",
        /// Protesters (inter 6).
        Protesters = "protesters",
        /// Civilians (inter 7).
        Civilians = "civilians",
        /// International organisations, NGOs, foreign private forces (inter 8).
        ExternalForces = "external_forces",
    }
}

impl ActorKind {
    /// ACLED's `inter` code, 1 to 8.
    pub fn inter_code(self) -> u8 {
        self as u8 + 1
    }
}

named_enum! {
    /// Which roles a trigger's event has and who fills them (lexicons/README.md).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
    #[serde(rename_all = "snake_case")]
    pub enum Frame as "frame" {
        /// Actor 1 strikes actor 2.
        Attack = "attack",
        /// Two sides fight; order has no meaning.
        Clash = "clash",
        /// Actor 1 takes a place from actor 2.
        Territory = "territory",
        /// Actor 1 is the protesters.
        Protest = "protest",
        /// Actor 1 detains or abducts actor 2.
        Detain = "detain",
        /// Actor 1 moves, withdraws, evacuates or reinforces.
        Movement = "movement",
        /// Two parties agree.
        Agreement = "agreement",
        /// Actor 1 stops actor 2's weapon.
        Intercept = "intercept",
        /// Actor 1 takes or destroys property.
        Seize = "seize",
        /// Actor 1 kills; the dead may be actor 2.
        Kill = "kill",
    }
}

named_enum! {
    /// Who a report is attributed to (`source` cues).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum SourceKind as "source" {
        /// The outlet's own correspondent.
        Correspondent = "correspondent",
        /// Eyewitnesses.
        Eyewitnesses = "eyewitnesses",
        /// Local sources.
        LocalSources = "local sources",
        /// Other media.
        MediaSources = "media sources",
        /// Activists.
        Activists = "activists",
        /// A government or party official or ministry.
        Official = "official",
        /// Medical sources.
        MedicalSources = "medical sources",
        /// Security sources.
        SecuritySources = "security sources",
    }
}

impl SourceKind {
    /// The label written in output (`"local sources"`).
    pub fn label(self) -> &'static str {
        self.name()
    }
}

named_enum! {
    /// The kind of place a `place_type` cue names (مدينة، قرية، حي …).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum PlaceType as "place type" {
        /// مدينة
        City = "city",
        /// بلدة
        Town = "town",
        /// قرية
        Village = "village",
        /// حي
        Neighbourhood = "neighbourhood",
        /// مخيم
        Camp = "camp",
        /// ناحية، قضاء، منطقة إدارية
        District = "district",
        /// محافظة، ولاية
        Governorate = "governorate",
        /// إقليم
        Region = "region",
        /// منطقة
        Area = "area",
        /// مطار، معبر، قاعدة: a facility named after the place it is at.
        Facility = "facility",
    }
}

named_enum! {
    /// A compass direction or the centre (`direction` cues).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    pub enum Direction as "direction" {
        /// شمال
        North = "north",
        /// جنوب
        South = "south",
        /// شرق
        East = "east",
        /// غرب
        West = "west",
        /// شمال شرق
        NorthEast = "northeast",
        /// شمال غرب
        NorthWest = "northwest",
        /// جنوب شرق
        SouthEast = "southeast",
        /// جنوب غرب
        SouthWest = "southwest",
        /// وسط
        Centre = "centre",
    }
}

/// A word or phrase of `cues.tsv`: everything that is a flat list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cue {
    /// The writer is not sure (يعتقد، يرجح).
    Hedge,
    /// The report is attributed to a source.
    Source(SourceKind),
    /// Negation (نفى، لم).
    Negation,
    /// An opinion about what happened (اعتبر، وصف، انتقد): the clause after
    /// it judges an event, it does not report one.
    Opinion,
    /// Something that has not happened yet (سوف، يعتزم).
    Future,
    /// A threat (هدد، توعد).
    Threat,
    /// Background, not news (سابقا).
    Background,
    /// A habit, not one happening (يومياً، بين حين وآخر، متكررة).
    Habitual,
    /// A place outside the countries Rasid codes (باريس، أوكرانيا، تونس).
    Abroad,
    /// Sports language (الشوط، المرمى، ضربة جزاء): "ضربة" and "هجوم" there
    /// are not violence.
    Sports,
    /// Someone died (مقتل، قتلى).
    Death,
    /// Someone was injured (جرحى).
    Injury,
    /// A number word and its value.
    Number(u32),
    /// A day relative to the article date (اليوم 0، أمس -1).
    Day(i32),
    /// About so many days before the article date (قبل أيام -3، الأسبوع
    /// الماضي -7): the week is known, not the day.
    DaysAgo(i32),
    /// A weekday, 0 = Monday … 6 = Sunday.
    Weekday(u8),
    /// A month, 1–12.
    Month(u8),
    /// A month of the Hijri calendar, 1 (محرم) – 12 (ذو الحجة).
    HijriMonth(u8),
    /// A part of the day (فجر، مساء).
    Daypart,
    /// A word that says what kind of place follows.
    PlaceType(PlaceType),
    /// The countryside of a place (ريف).
    Countryside,
    /// A direction relative to a place.
    Direction(Direction),
    /// Near a place (قرب، محيط).
    Near,
    /// Between two places or parties (بين).
    Between,
}

/// What a matched piece of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Entry {
    /// An actor alias.
    Actor(ActorId),
    /// A nationality adjective.
    Nationality(NationalityId),
    /// A trigger form.
    Trigger(TriggerId),
    /// A qualifier phrase and the sub-event type it implies.
    Qualifier(SubEventType),
    /// A cue.
    Cue(Cue),
}

/// One actor of `actors.toml`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Actor {
    /// Stable id, `actor/<slug>`.
    pub id: String,
    /// ACLED-style English name; contains `{country}` when [`Actor::generic`].
    pub name: String,
    /// The actor's country, if it has one.
    pub country: Option<String>,
    /// ACLED actor category.
    pub kind: ActorKind,
    /// True when the name is filled with the country of the event's place.
    pub generic: bool,
    /// Arabic aliases as written in the file.
    pub aliases: Vec<String>,
    /// English/Latin aliases as written in the file.
    pub english: Vec<String>,
}

impl Actor {
    /// The actor's name with `{country}` filled in.
    ///
    /// Without a country, the placeholder is removed together with what only
    /// makes sense with it: `"Unidentified Armed Group ({country})"` becomes
    /// `"Unidentified Armed Group"`, `"Military Forces of {country}"` becomes
    /// `"Military Forces"`.
    pub fn name_for(&self, country: Option<&str>) -> String {
        const PLACEHOLDER: &str = "{country}";
        if !self.name.contains(PLACEHOLDER) {
            return self.name.clone();
        }
        match country {
            Some(c) => self.name.replace(PLACEHOLDER, c),
            None => {
                let mut name = self.name.clone();
                for part in [" ({country})", "({country})", " of {country}", "{country} "] {
                    name = name.replace(part, "");
                }
                name.replace(PLACEHOLDER, "").trim().to_string()
            }
        }
    }
}

/// One trigger of `triggers.toml`: words that report an event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Trigger {
    /// Stable id, `trigger/<sub_event>/<slug>`.
    pub id: String,
    /// The ACLED sub-event type the words report.
    pub sub_event: SubEventType,
    /// Who fills which role.
    pub frame: Frame,
    /// True when the trigger needs support in its sentence.
    pub weak: bool,
}

/// One row of `nationalities.tsv`: an adjective that names a state.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Nationality {
    /// The adjective as written in the file (one gender/number form).
    pub adjective: String,
    /// The country it names.
    pub country: String,
    /// The ACLED name of that country's military.
    pub military: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actor(name: &str) -> Actor {
        Actor {
            id: "actor/x".into(),
            name: name.into(),
            country: None,
            kind: ActorKind::StateForces,
            generic: true,
            aliases: vec![],
            english: vec![],
        }
    }

    #[test]
    fn name_for_fills_or_removes_the_country() {
        let cases = [
            (
                "Unidentified Armed Group ({country})",
                Some("Syria"),
                "Unidentified Armed Group (Syria)",
            ),
            (
                "Unidentified Armed Group ({country})",
                None,
                "Unidentified Armed Group",
            ),
            (
                "Military Forces of {country}",
                Some("Iraq"),
                "Military Forces of Iraq",
            ),
            ("Military Forces of {country}", None, "Military Forces"),
            ("{country} Border Guard", None, "Border Guard"),
            ("Islamic State", Some("Iraq"), "Islamic State"),
        ];
        for (name, country, expected) in cases {
            assert_eq!(
                actor(name).name_for(country),
                expected,
                "{name} / {country:?}"
            );
        }
    }

    #[test]
    fn inter_codes_follow_acled_order() {
        let codes: Vec<u8> = ActorKind::ALL.iter().map(|k| k.inter_code()).collect();
        assert_eq!(codes, [1, 2, 3, 4, 5, 6, 7, 8]);
        assert_eq!(ActorKind::ExternalForces.inter_code(), 8);
    }

    #[test]
    fn names_round_trip_and_unknown_names_are_errors() {
        for k in ActorKind::ALL {
            assert_eq!(k.name().parse::<ActorKind>().unwrap(), *k);
        }
        for f in Frame::ALL {
            assert_eq!(f.name().parse::<Frame>().unwrap(), *f);
        }
        assert_eq!(
            "local sources".parse::<SourceKind>().unwrap().label(),
            "local sources"
        );
        let err = "rebels".parse::<ActorKind>().unwrap_err();
        assert!(err.to_string().contains("rebel_group"), "{err}");
    }

    #[test]
    fn actor_kind_serde_uses_snake_case() {
        #[derive(Deserialize)]
        struct T {
            kind: ActorKind,
        }
        let t: T = toml::from_str("kind = \"identity_militia\"").unwrap();
        assert_eq!(t.kind, ActorKind::IdentityMilitia);
    }
}
