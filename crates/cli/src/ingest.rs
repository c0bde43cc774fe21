//! `rasid ingest PATH…`: extract articles and store them with their events,
//! idempotently (the store's crate docs say what "the same article" means).

use std::cell::Cell;
use std::io::{self, IsTerminal};
use std::ops::ControlFlow;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use rasid_store::{
    ArticleReport, Incoming, IngestOptions, IngestSink, IngestSummary, Outcome, Store,
};

use crate::global::Global;
use crate::input::read_inputs;

/// Arguments of `rasid ingest`.
#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Articles: JSONL files (one {"id","text","published",…} per line),
    /// directories (.jsonl, .txt, .html, recursively) or - for stdin.
    #[arg(value_name = "PATH", required_unless_present = "failed")]
    paths: Vec<PathBuf>,
    /// List the articles stored with an extraction error (id, time, error)
    /// instead of ingesting.
    #[arg(long, conflicts_with = "paths")]
    failed: bool,
    /// Articles per transaction.
    #[arg(long, value_name = "N", default_value_t = 256)]
    batch: usize,
    /// Worker threads for extraction (default: all cores).
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
}

/// Runs `rasid ingest`.
pub fn run(args: IngestArgs, global: &Global) -> anyhow::Result<ExitCode> {
    let db = global.db_path();
    if args.failed {
        return list_failed(&db);
    }
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    let pipeline = global.pipeline()?;
    let mut store =
        Store::open(&db).with_context(|| format!("opening database {}", db.display()))?;

    let bar = (!global.quiet && io::stderr().is_terminal()).then(progress_bar);
    let input_errors = Cell::new(0usize);
    let stop = Cell::new(false);
    let items = read_inputs(&args.paths).map_while(|item| {
        if stop.get() {
            return None;
        }
        match item.article {
            Ok(article) => Some(Some(Incoming::new(item.origin, article))),
            Err(message) => {
                report(bar.as_ref(), &format!("rasid: {}: {message}", item.origin));
                input_errors.set(input_errors.get() + 1);
                stop.set(global.strict);
                Some(None)
            }
        }
    });
    let started = Instant::now();
    let mut sink = Progress {
        bar: bar.clone(),
        strict: global.strict,
        started,
    };
    let summary = store
        .ingest(
            items.flatten(),
            |article: &rasid_core::Article| pipeline.extract(article),
            &IngestOptions {
                batch_size: args.batch,
            },
            &mut sink,
        )
        .with_context(|| format!("writing to {}", db.display()))?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    let elapsed = started.elapsed();
    let input_errors = input_errors.get();
    if !global.quiet {
        eprintln!("{}", summary_line(&summary, input_errors, elapsed));
        let stats = store.stats()?;
        eprintln!(
            "rasid: database {}: {} articles ({} failed), {} events in {} clusters ({} with several sources)",
            db.display(),
            stats.articles,
            stats.failed,
            stats.events,
            stats.clusters,
            stats.multi_source_clusters
        );
    }
    Ok(if input_errors + summary.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Prints a message without tearing the progress bar.
fn report(bar: Option<&ProgressBar>, message: &str) {
    match bar {
        Some(bar) => bar.suspend(|| eprintln!("{message}")),
        None => eprintln!("{message}"),
    }
}

fn progress_bar() -> ProgressBar {
    let bar = ProgressBar::new_spinner();
    bar.set_style(
        ProgressStyle::with_template("{spinner} {human_pos} articles · {msg} · {elapsed}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(200));
    bar
}

/// Reports each article's outcome: failures on stderr, counts on the bar.
struct Progress {
    bar: Option<ProgressBar>,
    strict: bool,
    started: Instant,
}

impl IngestSink for Progress {
    fn article(&mut self, r: &ArticleReport<'_>) -> ControlFlow<()> {
        if let Some(bar) = &self.bar {
            bar.inc(1);
        }
        if let Outcome::Failed { error } = r.outcome {
            report(
                self.bar.as_ref(),
                &format!("rasid: {}: article {}: {error}", r.origin, r.article_id),
            );
            if self.strict {
                return ControlFlow::Break(());
            }
        }
        ControlFlow::Continue(())
    }

    fn committed(&mut self, t: &IngestSummary) {
        if let Some(bar) = &self.bar {
            let rate = t.read as f64 / self.started.elapsed().as_secs_f64().max(1e-9);
            bar.set_message(format!(
                "{rate:.0}/s · {} events · {} new, {} replaced, {} skipped, {} failed",
                t.events,
                t.inserted,
                t.replaced,
                t.unchanged + t.duplicate,
                t.failed
            ));
        }
    }
}

fn summary_line(s: &IngestSummary, input_errors: usize, elapsed: Duration) -> String {
    let secs = elapsed.as_secs_f64().max(1e-9);
    format!(
        "rasid: ingest: {} articles in {:.1}s ({:.1} articles/s): {} new, {} replaced, {} skipped \
         ({} unchanged, {} duplicate text), {} failed extraction, {} bad input records; {} events{}",
        s.read,
        secs,
        s.read as f64 / secs,
        s.inserted,
        s.replaced,
        s.unchanged + s.duplicate,
        s.unchanged,
        s.duplicate,
        s.failed,
        input_errors,
        s.events,
        if s.stopped { "; stopped (--strict)" } else { "" }
    )
}

fn list_failed(db: &std::path::Path) -> anyhow::Result<ExitCode> {
    let store = crate::query::open_existing(db)?;
    let failed = store.failed()?;
    if io::stdout().is_terminal() {
        if failed.is_empty() {
            println!("no failed articles in {}", db.display());
        }
        for f in &failed {
            println!("{}\t{}\t{}", f.id, f.ingested_at, f.error);
        }
    } else {
        for f in &failed {
            println!("{}", serde_json::to_string(f)?);
        }
    }
    Ok(ExitCode::SUCCESS)
}
