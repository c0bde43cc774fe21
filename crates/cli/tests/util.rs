//! Shared helpers for the CLI integration tests: the binary, temp homes and
//! the location of the shared evaluation data.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

/// The `rasid` binary under test.
pub fn rasid() -> Command {
    Command::new(env!("CARGO_BIN_EXE_rasid"))
}

/// `../shared` next to the project root, if present.
pub fn shared_dir() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../..");
    let shared = root.join("shared");
    shared.join("data").is_dir().then_some(shared)
}

/// Skips a test (prints why) when the shared data is absent.
#[macro_export]
macro_rules! require_shared {
    () => {
        match util::shared_dir() {
            Some(s) => s,
            None => {
                eprintln!("skipped: ../shared/data is not present (the evaluation data lives outside the repo)");
                return;
            }
        }
    };
}

/// A RASID_HOME with the shared GeoNames files imported, built once per test binary.
pub fn imported_home() -> Option<&'static Path> {
    static HOME: OnceLock<Option<tempfile::TempDir>> = OnceLock::new();
    HOME.get_or_init(|| {
        let shared = shared_dir()?;
        let home = tempfile::tempdir().expect("temp dir");
        let g = shared.join("data/geonames");
        let mut cmd = rasid();
        cmd.env("RASID_HOME", home.path())
            .args(["gazetteer", "import"]);
        for f in ["SY", "IQ", "LB", "YE", "LY", "PS", "JO", "TR"] {
            cmd.arg(g.join(format!("{f}.txt")));
        }
        cmd.arg(g.join("admin1CodesASCII.txt"))
            .arg(g.join("admin2Codes.txt"));
        let out = cmd.output().expect("run rasid gazetteer import");
        assert!(
            out.status.success(),
            "import failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        Some(home)
    })
    .as_ref()
    .map(|d| d.path())
}

/// Runs a command and returns its output, panicking with stderr on spawn failure.
pub fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("spawn rasid")
}

/// Runs a command with `input` on its stdin and returns its output.
pub fn run_with_stdin(cmd: &mut Command, input: &[u8]) -> Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn rasid");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("write stdin");
    child.wait_with_output().expect("wait for rasid")
}

/// Parses JSONL stdout into values.
pub fn jsonl(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("JSONL line"))
        .collect()
}
