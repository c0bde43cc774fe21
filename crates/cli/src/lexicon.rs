//! `rasid lexicon check`: lint lexicon files for linguists.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::global::Global;

/// Lexicon subcommands.
#[derive(clap::Subcommand, Debug)]
pub enum LexiconCommand {
    /// Load a lexicon directory and report problems: schema errors with
    /// file:line, duplicate ids, shared aliases, examples that do not match.
    Check {
        /// The directory (actors.toml, triggers.toml, nationalities.tsv,
        /// qualifiers.tsv, cues.tsv).
        dir: PathBuf,
    },
}

/// Runs a lexicon subcommand.
pub fn run(cmd: LexiconCommand, _global: &Global) -> anyhow::Result<ExitCode> {
    match cmd {
        LexiconCommand::Check { dir } => {
            let issues = rasid_lexicon::check_dir(&dir)
                .with_context(|| format!("loading lexicons from {}", dir.display()))?;
            for issue in &issues {
                println!("{issue}");
            }
            eprintln!("rasid: {} problem(s) in {}", issues.len(), dir.display());
            Ok(if issues.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
    }
}
