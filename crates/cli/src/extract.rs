//! `rasid extract`: articles in, events out, no database.

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use rayon::prelude::*;

use crate::global::Global;
use crate::input::{read_inputs, InputItem};
use crate::output::{sink, Format};

/// Arguments of `rasid extract`.
#[derive(clap::Args, Debug)]
pub struct ExtractArgs {
    /// Articles: a JSONL file (one {"id","text","published",…} per line), a
    /// directory (.jsonl, .txt, .html files, recursively) or - for stdin.
    /// May be given several times.
    #[arg(long, short, value_name = "PATH", default_value = "-")]
    input: Vec<PathBuf>,
    /// Output format.
    #[arg(long, short, value_enum, default_value_t = Format::Jsonl)]
    format: Format,
    /// Also write, on stderr, every candidate event kept or dropped and why.
    #[arg(long)]
    explain: bool,
    /// Also emit past events the article mentions only as background.
    #[arg(long)]
    include_background: bool,
    /// Worker threads (default: all cores).
    #[arg(long, short = 'j')]
    threads: Option<usize>,
}

const BATCH: usize = 512;

/// Runs `rasid extract`.
pub fn run(args: ExtractArgs, global: &Global) -> anyhow::Result<ExitCode> {
    if let Some(n) = args.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()
            .ok();
    }
    let pipeline = global.pipeline_with(args.include_background)?;
    let stdout = io::stdout().lock();
    let mut out = sink(args.format, Box::new(io::BufWriter::new(stdout)));
    let progress = !global.quiet && io::stderr().is_terminal();
    let started = Instant::now();
    let (mut articles, mut events, mut failed) = (0usize, 0usize, 0usize);
    let mut inputs = read_inputs(&args.input).peekable();
    while inputs.peek().is_some() {
        let batch: Vec<InputItem> = inputs.by_ref().take(BATCH).collect();
        let results: Vec<_> = batch
            .par_iter()
            .map(|item| {
                item.article
                    .as_ref()
                    .map_err(Clone::clone)
                    .and_then(|article| {
                        let run = if args.explain {
                            pipeline.explain(article).map(|(r, e)| (r, Some(e)))
                        } else {
                            pipeline.extract(article).map(|r| (r, None))
                        };
                        run.map_err(|e| e.to_string())
                    })
            })
            .collect();
        for (item, result) in batch.iter().zip(results) {
            match result {
                Ok((records, explanation)) => {
                    articles += 1;
                    if let Some(text) = explanation {
                        let id = item.article.as_ref().map(|a| a.id.as_str()).unwrap_or("");
                        eprintln!("== {id} ({})\n{text}", item.origin);
                    }
                    for r in &records {
                        out.write(r)?;
                    }
                    events += records.len();
                }
                Err(message) => {
                    failed += 1;
                    eprintln!("rasid: {}: {message}", item.origin);
                    if global.strict {
                        out.finish()?;
                        anyhow::bail!("stopped at the first bad record (--strict)");
                    }
                }
            }
        }
        if progress {
            let rate = articles as f64 / started.elapsed().as_secs_f64().max(1e-9);
            eprint!("\rrasid: {articles} articles, {events} events, {failed} failed ({rate:.0} articles/s)");
            io::stderr().flush().ok();
        }
    }
    out.finish()?;
    if progress {
        eprintln!();
    }
    if !global.quiet {
        eprintln!(
            "rasid: extracted {events} events from {articles} articles in {:.2}s{}",
            started.elapsed().as_secs_f64(),
            if failed > 0 {
                format!("; {failed} records failed (see above)")
            } else {
                String::new()
            }
        );
    }
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
