//! `rasid`: the command line over Rasid's pipeline.
//!
//! Each subcommand lives in its own module; this file only parses flags,
//! dispatches and turns errors into messages and exit codes:
//! 0 = everything was processed, 1 = some input records or articles failed
//! (each reported on stderr with its file:line or article id), 2 = the
//! command could not run at all (bad flags, missing files, unreadable lexicons).

mod export;
mod extract;
mod gazetteer;
mod global;
mod ingest;
mod input;
mod lexicon;
mod output;
mod query;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Rasid reads Arabic conflict reporting and turns it into geocoded,
/// ACLED-compatible event data with the evidence for every field.
#[derive(Parser, Debug)]
#[command(name = "rasid", version, about, long_about = None)]
struct Cli {
    #[command(flatten)]
    global: global::GlobalArgs,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Read articles and write their events to stdout (no database needed).
    Extract(extract::ExtractArgs),
    /// Build or inspect the gazetteer index (GeoNames dumps).
    #[command(subcommand)]
    Gazetteer(gazetteer::GazetteerCommand),
    /// Show how place names in a text are geocoded.
    Geocode(gazetteer::GeocodeArgs),
    /// Extract articles and store them with their events in the database
    /// (idempotent: an article already stored is skipped).
    Ingest(ingest::IngestArgs),
    /// Filter stored events (or clusters) and print them.
    Query(query::QueryArgs),
    /// Export stored events or clusters as CSV (ACLED columns), JSONL or GeoJSON.
    Export(export::ExportArgs),
    /// Check lexicon files.
    #[command(subcommand)]
    Lexicon(lexicon::LexiconCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = global::Global::new(&cli.global).and_then(|global| match cli.command {
        Command::Extract(args) => extract::run(args, &global),
        Command::Gazetteer(cmd) => gazetteer::run(cmd, &global),
        Command::Geocode(args) => gazetteer::geocode(args, &global),
        Command::Ingest(args) => ingest::run(args, &global),
        Command::Query(args) => query::run(args, &global),
        Command::Export(args) => export::run(args, &global),
        Command::Lexicon(cmd) => lexicon::run(cmd, &global),
    });
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("rasid: error: {err:#}");
            ExitCode::from(2)
        }
    }
}
