//! Loading lexicon directories, the linter (one test per lint, against
//! `fixtures/lint`, where each entry breaks one rule) and the shipped files.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use rasid_lexicon::{check_dir, ErrorKind, Lexicons, LintIssue};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Lint issues of `fixtures/lint`, computed once.
fn lint_issues() -> &'static [LintIssue] {
    static ISSUES: OnceLock<Vec<LintIssue>> = OnceLock::new();
    ISSUES.get_or_init(|| check_dir(&fixture("lint")).expect("the lint fixture loads"))
}

/// The messages reported for one entry of the lint fixture.
fn issues_of(entry: &str) -> Vec<String> {
    lint_issues()
        .iter()
        .filter(|i| i.entry == entry)
        .map(|i| i.message.clone())
        .collect()
}

/// Asserts that `entry` has exactly one issue and that it mentions `needle`.
fn assert_one_issue(entry: &str, needle: &str) {
    let issues = issues_of(entry);
    assert!(
        issues.len() == 1 && issues[0].contains(needle),
        "{entry}: want one issue containing {needle:?}, got {issues:?}"
    );
}

mod loading {
    use super::*;

    #[test]
    fn basic_fixture_loads_and_is_clean() {
        let lexicons = Lexicons::from_dir(&fixture("basic")).unwrap();
        assert_eq!(lexicons.actors().len(), 8);
        assert_eq!(lexicons.triggers().len(), 7);
        assert_eq!(lexicons.nationalities().len(), 6);
        let issues = lexicons.lint();
        assert!(issues.is_empty(), "{issues:#?}");
    }

    #[test]
    fn missing_directory_names_the_file() {
        let err = Lexicons::from_dir(&fixture("does-not-exist")).unwrap_err();
        assert!(matches!(err.kind(), ErrorKind::Io(_)));
        assert!(err.file().ends_with("actors.toml"), "{err}");
        assert!(std::error::Error::source(&err).is_some());
    }

    #[test]
    fn entries_carry_their_fields() {
        let lexicons = Lexicons::from_dir(&fixture("basic")).unwrap();
        let israel = &lexicons.actors()[0];
        assert_eq!(israel.id, "actor/israel-military");
        assert_eq!(israel.country.as_deref(), Some("Israel"));
        assert_eq!(israel.english, ["IDF", "Israeli army"]);
        assert_eq!(israel.kind.inter_code(), 1);
        let tahrir = lexicons
            .triggers()
            .iter()
            .find(|t| t.id.ends_with("/tahrir"))
            .unwrap();
        assert!(tahrir.weak);
        assert_eq!(tahrir.frame, rasid_lexicon::Frame::Territory);
    }
}

mod lints {
    use super::*;

    #[test]
    fn clean_entries_have_no_issues() {
        for entry in [
            "actor/clean",
            "actor/guards-a",
            "actor/guards-b",
            "trigger/air_strike/clean",
            "روسي",
            "مقتل",
        ] {
            assert_eq!(issues_of(entry), Vec::<String>::new(), "{entry}");
        }
    }

    #[test]
    fn duplicate_id() {
        assert_one_issue("actor/duplicate", "duplicate id (first at line 12)");
    }

    #[test]
    fn malformed_actor_id() {
        assert_one_issue("Actor/Bad Slug", "id must be `actor/`");
    }

    #[test]
    fn trigger_id_names_another_sub_event() {
        assert_one_issue(
            "trigger/shelling/wrong-sub-event",
            "id names sub-event `shelling` but sub_event is `air_strike`",
        );
    }

    #[test]
    fn trigger_id_without_sub_event() {
        assert_one_issue("trigger/no-sub-event", "id must be `trigger/attack/`");
    }

    #[test]
    fn alias_that_normalizes_to_nothing() {
        assert_one_issue("actor/empty-alias", "normalizes to nothing");
        // TSV phrases are linted too; their entry id is the phrase.
        assert_one_issue("ًٌ", "normalizes to nothing");
    }

    #[test]
    fn alias_shared_between_actors() {
        assert_one_issue("actor/shared-a", "also an alias of actor/shared-b");
        assert_one_issue("actor/shared-b", "also an alias of actor/shared-a");
    }

    #[test]
    fn ambiguous_that_is_not_an_alias() {
        assert_one_issue("actor/stale-ambiguous", "is not one of its aliases");
    }

    #[test]
    fn generic_without_placeholder() {
        assert_one_issue("actor/generic-without-placeholder", "{country}");
    }

    #[test]
    fn actor_without_aliases() {
        assert_one_issue("actor/no-aliases", "no aliases");
    }

    #[test]
    fn example_that_does_not_match() {
        assert_one_issue("actor/bad-example", "example does not match");
    }

    #[test]
    fn counter_example_that_matches() {
        assert_one_issue("actor/bad-counter-example", "counter-example matches");
    }

    #[test]
    fn issues_display_file_entry_message_and_keep_the_line() {
        let issue = lint_issues()
            .iter()
            .find(|i| i.entry == "actor/no-aliases")
            .unwrap();
        let file = fixture("lint").join("actors.toml").display().to_string();
        assert_eq!(
            issue.to_string(),
            format!("{file}: actor/no-aliases: has no aliases or forms")
        );
        assert_eq!(issue.line, 76, "the line of its `[[actor]]` header");
    }
}

mod shipped {
    use super::*;

    fn shipped_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../lexicons")
    }

    fn shipped_present() -> bool {
        let present = [
            "actors.toml",
            "triggers.toml",
            "nationalities.tsv",
            "qualifiers.tsv",
            "cues.tsv",
        ]
        .iter()
        .all(|f| shipped_dir().join(f).is_file());
        if !present {
            println!("skipped: lexicons/ does not have all five files yet");
        }
        present
    }

    #[test]
    fn shipped_lexicons_pass_lints() {
        if !shipped_present() {
            return;
        }
        let issues = check_dir(&shipped_dir()).unwrap_or_else(|e| panic!("{e}"));
        let listing: Vec<String> = issues.iter().map(|i| i.to_string()).collect();
        assert!(
            issues.is_empty(),
            "{} lint issues:\n{}",
            issues.len(),
            listing.join("\n")
        );
    }

    #[test]
    fn embedded_lexicons_are_the_shipped_ones() {
        // include_str! makes cargo rebuild the crate when a file changes.
        let embedded = Lexicons::embedded().unwrap_or_else(|e| panic!("{e}"));
        let from_dir = Lexicons::from_dir(&shipped_dir()).unwrap();
        assert_eq!(embedded.actors(), from_dir.actors());
        assert_eq!(embedded.triggers(), from_dir.triggers());
        assert_eq!(embedded.pattern_count(), from_dir.pattern_count());
    }
}
