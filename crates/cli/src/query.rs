//! `rasid query`: filter stored events (or clusters) and print them; the
//! filter flags are shared with `rasid export`.

use std::io::{self, IsTerminal, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context as _};
use rasid_store::export::{Format, RowWriter};
use rasid_store::{BBox, Near, Query, Row, Store};

use crate::global::Global;

/// Filters shared by `rasid query` and `rasid export`. All given filters must hold.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// Events on or after this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Events on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// ACLED event type, e.g. "Explosions/Remote violence" (case-insensitive).
    #[arg(long = "type", value_name = "TYPE")]
    event_type: Option<String>,
    /// ACLED sub-event type or its id, e.g. "Air/drone strike" or air_strike.
    #[arg(long = "sub-type", value_name = "SUB_TYPE")]
    sub_type: Option<String>,
    /// Actor: part of an English name ("Israel"), or a name as Arabic articles
    /// write it ("الحرس الثوري"); a lexicon alias also matches its canonical
    /// name. Repeat for any of several.
    #[arg(long, value_name = "NAME")]
    actor: Vec<String>,
    /// Country (English, case-insensitive).
    #[arg(long, value_name = "NAME")]
    country: Option<String>,
    /// First-level administrative division (English, case-insensitive).
    #[arg(long, value_name = "NAME")]
    admin1: Option<String>,
    /// Events within --km of this point.
    #[arg(long, value_name = "LAT,LON", allow_hyphen_values = true)]
    near: Option<String>,
    /// Radius for --near, in kilometres.
    #[arg(long, value_name = "KM", default_value_t = 25.0, requires = "near")]
    km: f64,
    /// Events inside this box (GeoJSON order).
    #[arg(
        long,
        value_name = "MIN_LON,MIN_LAT,MAX_LON,MAX_LAT",
        allow_hyphen_values = true
    )]
    bbox: Option<String>,
    /// Full-text search of article titles and texts, Arabic-normalized (words
    /// are ANDed; end a word with * for a prefix).
    #[arg(long, value_name = "WORDS")]
    text: Option<String>,
    /// Only the events of this article.
    #[arg(long, value_name = "ID")]
    article: Option<String>,
}

impl FilterArgs {
    /// The store query these flags describe.
    pub fn to_query(&self, global: &Global) -> anyhow::Result<Query> {
        Ok(Query {
            from: self.from.clone(),
            to: self.to.clone(),
            event_type: self.event_type.clone(),
            sub_event_type: self.sub_type.clone(),
            actors: expand_actors(&self.actor, global),
            country: self.country.clone(),
            admin1: self.admin1.clone(),
            near: self
                .near
                .as_deref()
                .map(|p| Near::parse(p, self.km))
                .transpose()?,
            bbox: self.bbox.as_deref().map(str::parse::<BBox>).transpose()?,
            text: self.text.clone(),
            article: self.article.clone(),
            ..Query::default()
        })
    }
}

/// Adds, for every `--actor` that is a lexicon alias (Arabic or English) of
/// an actor, that actor's canonical name, so `--actor "جيش الاحتلال"` also
/// finds events whose article called the same force something else.
fn expand_actors(actors: &[String], global: &Global) -> Vec<String> {
    if actors.is_empty() {
        return Vec::new();
    }
    let lexicons = match &global.lexicons {
        Some(dir) => rasid_lexicon::Lexicons::from_dir(dir),
        None => rasid_lexicon::Lexicons::embedded(),
    };
    let mut out = actors.to_vec();
    let Ok(lexicons) = lexicons else {
        return out;
    };
    let bare = |s: &str| -> String {
        let n = rasid_text::normalize_str(s);
        n.strip_prefix("ال").map(str::to_string).unwrap_or(n)
    };
    for query in actors {
        let q = bare(query);
        for actor in lexicons.actors() {
            let hit = actor.aliases.iter().any(|a| bare(a) == q)
                || actor.english.iter().any(|e| bare(e) == q);
            if hit {
                out.push(actor.name_for(None));
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Output of `rasid query`.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum QueryFormat {
    /// Aligned columns (the default on a terminal).
    Table,
    /// One JSON object per line (the default otherwise).
    Jsonl,
}

/// Arguments of `rasid query`.
#[derive(clap::Args, Debug)]
pub struct QueryArgs {
    #[command(flatten)]
    filters: FilterArgs,
    /// One row per cluster: its representative record, with every source.
    #[arg(long)]
    clustered: bool,
    /// Only the members of this cluster (cluster ids are event ids).
    #[arg(long, value_name = "ID")]
    cluster: Option<String>,
    /// With --cluster: say why the cluster holds what it holds.
    #[arg(long, requires = "cluster")]
    explain: bool,
    /// At most this many rows.
    #[arg(long, short = 'n', value_name = "N")]
    limit: Option<usize>,
    /// Output format (default: table on a terminal, JSONL otherwise).
    #[arg(long, short, value_enum)]
    format: Option<QueryFormat>,
}

/// Opens the database for reading, refusing to create an empty one.
pub fn open_existing(db: &Path) -> anyhow::Result<Store> {
    if !db.exists() {
        bail!(
            "no database at {}: run `rasid ingest PATH…` first (or pass --db)",
            db.display()
        );
    }
    Store::open(db).with_context(|| format!("opening database {}", db.display()))
}

/// Runs `rasid query`.
pub fn run(args: QueryArgs, global: &Global) -> anyhow::Result<ExitCode> {
    let store = open_existing(&global.db_path())?;
    let format = args.format.unwrap_or(if io::stdout().is_terminal() {
        QueryFormat::Table
    } else {
        QueryFormat::Jsonl
    });
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if args.explain {
        let id = args.cluster.as_deref().unwrap_or_default();
        let Some(explanation) = store.explain_cluster(id)? else {
            bail!("no cluster {id:?} (cluster ids are the ids of their founding events, e.g. dev-003#1)");
        };
        match args.format {
            Some(QueryFormat::Jsonl) => writeln!(out, "{}", serde_json::to_string(&explanation)?),
            _ => write!(out, "{explanation}"),
        }
        .or_else(ignore_broken_pipe)?;
        out.flush().or_else(ignore_broken_pipe)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut query = args.filters.to_query(global)?;
    query.clustered = args.clustered;
    query.cluster = args.cluster;
    query.limit = args.limit;
    let result = match format {
        QueryFormat::Jsonl => {
            let mut writer = RowWriter::new(Format::Jsonl, query.clustered, &mut out)?;
            store
                .scan(&query, |row| writer.write(&row))
                .and_then(|_| writer.finish().map(|_| ()))
        }
        QueryFormat::Table => {
            let rows = store.query(&query)?;
            write_table(&mut out, &rows, query.clustered).map_err(rasid_store::Error::Write)
        }
    };
    match result {
        Err(rasid_store::Error::Write(e)) if e.kind() == io::ErrorKind::BrokenPipe => {}
        other => other?,
    }
    out.flush().or_else(ignore_broken_pipe)?;
    Ok(ExitCode::SUCCESS)
}

/// `rasid query … | head` closes the pipe early; that is not an error.
pub fn ignore_broken_pipe(e: io::Error) -> io::Result<()> {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Ok(())
    } else {
        Err(e)
    }
}

fn cut(s: &str, width: usize) -> String {
    if s.chars().count() <= width {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn write_table(out: &mut impl Write, rows: &[Row], clustered: bool) -> io::Result<()> {
    let header = [
        if clustered { "CLUSTER" } else { "EVENT" },
        "DATE",
        "SUB-EVENT TYPE",
        "ACTOR1",
        "ACTOR2",
        "LOCATION",
        "ADMIN1",
        "FATAL",
        "SRC",
    ];
    let widths = [18, 10, 26, 30, 26, 20, 16, 5, 3];
    let line = |cells: [String; 9]| -> String {
        cells
            .iter()
            .zip(widths)
            .map(|(c, w)| {
                let c = cut(c, w);
                let pad = w.saturating_sub(c.chars().count());
                format!("{c}{}", " ".repeat(pad))
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(header.map(String::from)))?;
    for row in rows {
        let r = &row.record;
        let opt = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        writeln!(
            out,
            "{}",
            line([
                if clustered {
                    row.cluster_id.clone()
                } else {
                    r.event_id.clone()
                },
                opt(&r.event_date),
                r.sub_event_type.clone(),
                opt(&r.actor1),
                opt(&r.actor2),
                opt(&r.location),
                opt(&r.admin1),
                r.fatalities.to_string(),
                row.source_count.to_string(),
            ])
        )?;
    }
    writeln!(
        out,
        "({} {})",
        rows.len(),
        if clustered { "clusters" } else { "events" }
    )
}
