//! Options every command shares, and where Rasid keeps its data.

use std::path::PathBuf;

use anyhow::Context as _;

/// Options shared by all commands.
#[derive(clap::Args, Debug, Clone)]
pub struct GlobalArgs {
    /// Data directory (gazetteer index, database). Default: $RASID_HOME, else
    /// the platform data directory (~/.local/share/rasid).
    #[arg(long, global = true, value_name = "DIR")]
    pub home: Option<PathBuf>,
    /// SQLite database. Default: rasid.db inside the data directory.
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Lexicon directory to use instead of the built-in lexicons.
    #[arg(long, global = true, value_name = "DIR")]
    pub lexicons: Option<PathBuf>,
    /// Gazetteer directory (an index made by `rasid gazetteer import`).
    /// Default: the data directory.
    #[arg(long, global = true, value_name = "DIR")]
    pub gazetteer: Option<PathBuf>,
    /// Stop at the first bad input record instead of reporting and skipping it.
    #[arg(long, global = true)]
    pub strict: bool,
    /// No progress or notices on stderr (errors are still printed).
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

/// Resolved shared settings.
#[derive(Debug, Clone)]
pub struct Global {
    /// The data directory.
    pub home: PathBuf,
    /// `--db`, if given.
    pub db: Option<PathBuf>,
    /// `--lexicons`, if given.
    pub lexicons: Option<PathBuf>,
    /// Where the gazetteer index lives.
    pub gazetteer: PathBuf,
    /// `--strict`.
    pub strict: bool,
    /// `--quiet`.
    pub quiet: bool,
}

impl Global {
    /// Resolves defaults from the environment.
    pub fn new(args: &GlobalArgs) -> anyhow::Result<Global> {
        let home = match (&args.home, std::env::var_os("RASID_HOME")) {
            (Some(h), _) => h.clone(),
            (None, Some(h)) if !h.is_empty() => PathBuf::from(h),
            _ => dirs::data_dir()
                .map(|d| d.join("rasid"))
                .context("no data directory: set RASID_HOME or pass --home")?,
        };
        Ok(Global {
            gazetteer: args.gazetteer.clone().unwrap_or_else(|| home.clone()),
            home,
            db: args.db.clone(),
            lexicons: args.lexicons.clone(),
            strict: args.strict,
            quiet: args.quiet,
        })
    }

    /// The database file.
    pub fn db_path(&self) -> PathBuf {
        self.db
            .clone()
            .unwrap_or_else(|| self.home.join("rasid.db"))
    }

    /// Builds the extraction pipeline, and says on stderr when the full
    /// gazetteer has not been imported.
    pub fn pipeline(&self) -> anyhow::Result<rasid_extract::Pipeline> {
        self.pipeline_with(false)
    }

    /// Like [`Global::pipeline`], optionally keeping background events.
    pub fn pipeline_with(
        &self,
        include_background: bool,
    ) -> anyhow::Result<rasid_extract::Pipeline> {
        let pipeline = rasid_extract::Pipeline::builder()
            .lexicons(self.lexicons.as_deref())
            .gazetteer(Some(&self.gazetteer))
            .include_background(include_background)
            .build()
            .with_context(|| match &self.lexicons {
                Some(dir) => format!(
                    "loading lexicons from {} and the gazetteer from {}",
                    dir.display(),
                    self.gazetteer.display()
                ),
                None => format!(
                    "loading the built-in lexicons and the gazetteer from {}",
                    self.gazetteer.display()
                ),
            })?;
        if *pipeline.gazetteer_source() == rasid_extract::GazetteerSource::Builtin && !self.quiet {
            eprintln!(
                "rasid: note: no gazetteer imported in {}; using the small built-in list of major places \
                 (import GeoNames dumps with `rasid gazetteer import FILE…` for villages and towns)",
                self.gazetteer.display()
            );
        }
        Ok(pipeline)
    }
}
