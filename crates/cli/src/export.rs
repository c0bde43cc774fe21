//! `rasid export`: stored events or clusters as CSV (ACLED's columns, then
//! Rasid's), JSONL or GeoJSON, on stdout or into a file.

use std::fs::File;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use rasid_store::export::{export, Format};

use crate::global::Global;
use crate::query::{ignore_broken_pipe, open_existing, FilterArgs};

/// Export formats.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    /// ACLED's columns in ACLED's order, then Rasid's (evidence as JSON).
    Csv,
    /// One JSON object per line.
    Jsonl,
    /// A FeatureCollection of points (events without coordinates are left out).
    Geojson,
}

/// Arguments of `rasid export`.
#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = ExportFormat::Csv)]
    format: ExportFormat,
    /// One row per cluster (its representative record, all sources listed)
    /// instead of one per event.
    #[arg(long)]
    clusters: bool,
    /// Write to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[command(flatten)]
    filters: FilterArgs,
}

/// Runs `rasid export`.
pub fn run(args: ExportArgs, global: &Global) -> anyhow::Result<ExitCode> {
    let store = open_existing(&global.db_path())?;
    let mut query = args.filters.to_query(global)?;
    query.clustered = args.clusters;
    let format = match args.format {
        ExportFormat::Csv => Format::Csv,
        ExportFormat::Jsonl => Format::Jsonl,
        ExportFormat::Geojson => Format::GeoJson,
    };
    let out: Box<dyn Write> = match &args.output {
        Some(path) => {
            Box::new(File::create(path).with_context(|| format!("creating {}", path.display()))?)
        }
        None => Box::new(io::stdout().lock()),
    };
    let summary = match export(&store, &query, format, io::BufWriter::new(out)) {
        Ok(s) => s,
        Err(rasid_store::Error::Write(e)) => {
            ignore_broken_pipe(e)?;
            return Ok(ExitCode::SUCCESS);
        }
        Err(e) => return Err(e.into()),
    };
    if !global.quiet {
        let what = if args.clusters { "clusters" } else { "events" };
        let mut note = format!("rasid: export: {} {what}", summary.written);
        if summary.without_coordinates > 0 {
            note += &format!(
                " ({} without coordinates left out of the GeoJSON)",
                summary.without_coordinates
            );
        }
        if let Some(path) = &args.output {
            note += &format!(" to {}", path.display());
        }
        eprintln!("{note}");
    }
    Ok(ExitCode::SUCCESS)
}
