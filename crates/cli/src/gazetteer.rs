//! `rasid gazetteer import` and `rasid geocode`.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use rasid_gazetteer::Gazetteer;

use crate::global::Global;

/// Gazetteer subcommands.
#[derive(clap::Subcommand, Debug)]
pub enum GazetteerCommand {
    /// Build the gazetteer index from GeoNames dumps: country files (SY.txt …,
    /// 19 tab-separated columns), admin1CodesASCII.txt, admin2Codes.txt and
    /// optionally alternateNamesV2.txt. Replaces any earlier index.
    Import {
        /// The GeoNames files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

/// Arguments of `rasid geocode`.
#[derive(clap::Args, Debug)]
pub struct GeocodeArgs {
    /// Arabic text in which to find and resolve place names.
    text: String,
    /// Print every candidate with its score and the reason for the choice.
    #[arg(long)]
    explain: bool,
}

/// Runs a gazetteer subcommand.
pub fn run(cmd: GazetteerCommand, global: &Global) -> anyhow::Result<ExitCode> {
    match cmd {
        GazetteerCommand::Import { files } => {
            std::fs::create_dir_all(&global.gazetteer)
                .with_context(|| format!("creating {}", global.gazetteer.display()))?;
            let stats =
                Gazetteer::import(&files, &global.gazetteer).context("importing the gazetteer")?;
            if !global.quiet {
                eprintln!(
                    "rasid: imported {} places with {} names from {} files into {} in {:.1}s",
                    stats.places,
                    stats.names,
                    stats.files,
                    global.gazetteer.display(),
                    stats.seconds
                );
                if stats.builtin > 0 {
                    eprintln!(
                        "rasid: kept {} built-in places of Israel (no IL file was imported)",
                        stats.builtin
                    );
                }
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Runs `rasid geocode`.
pub fn geocode(args: GeocodeArgs, global: &Global) -> anyhow::Result<ExitCode> {
    let pipeline = global.pipeline()?;
    print!("{}", pipeline.geocode_report(&args.text, args.explain));
    Ok(ExitCode::SUCCESS)
}
