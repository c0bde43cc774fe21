//! Readers for article input (DESIGN.md section 2): JSONL files, directories
//! of `.jsonl` / `.txt` / `.html` files, and `-` for stdin.
//!
//! Reading never stops at a bad record: every line becomes an [`InputItem`]
//! whose `article` is either the parsed article or a message saying what is
//! wrong, and `origin` says where (`file:line`). The caller reports and counts.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use rasid_core::Article;

/// One record of input: where it came from and the article or the problem.
#[derive(Debug)]
pub struct InputItem {
    /// `file:line` for JSONL, the file path for whole-file inputs, `-:line` for stdin.
    pub origin: String,
    /// The parsed article, or a message saying why there is none.
    pub article: Result<Article, String>,
}

/// Reads every path in turn; directories are walked recursively in sorted order.
pub fn read_inputs(paths: &[PathBuf]) -> impl Iterator<Item = InputItem> {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            files.push(path.clone());
        } else if path.is_dir() {
            if let Err(e) = walk_dir(path, &mut files) {
                errors.push(InputItem {
                    origin: path.display().to_string(),
                    article: Err(format!("cannot read directory: {e}")),
                });
            }
        } else {
            files.push(path.clone());
        }
    }
    errors
        .into_iter()
        .chain(files.into_iter().flat_map(|f| read_file(&f)))
}

fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<io::Result<_>>()?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk_dir(&path, out)?;
        } else if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("jsonl" | "txt" | "html" | "htm")
        ) {
            out.push(path);
        }
    }
    Ok(())
}

/// Reads one file (or stdin for `-`) into items.
fn read_file(path: &Path) -> Box<dyn Iterator<Item = InputItem>> {
    let name = path.display().to_string();
    let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    if path.as_os_str() != "-" && matches!(extension, "txt" | "html" | "htm") {
        return Box::new(std::iter::once(read_whole_file(path, extension)));
    }
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(io::stdin())
    } else {
        match File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                return Box::new(std::iter::once(InputItem {
                    origin: name,
                    article: Err(format!("cannot open: {e}")),
                }))
            }
        }
    };
    Box::new(JsonlReader {
        name,
        reader: BufReader::with_capacity(1 << 16, reader),
        line: 0,
        records: 0,
        done: false,
        buf: Vec::new(),
    })
}

fn read_whole_file(path: &Path, extension: &str) -> InputItem {
    let origin = path.display().to_string();
    let article = match std::fs::read(path) {
        Err(e) => Err(format!("cannot read: {e}")),
        Ok(bytes) => match String::from_utf8(bytes) {
            Err(e) => Err(format!(
                "not valid UTF-8 (first bad byte at offset {})",
                e.utf8_error().valid_up_to()
            )),
            Ok(text) => {
                let text = if extension == "txt" {
                    text
                } else {
                    strip_html(&text)
                };
                if text.trim().is_empty() {
                    Err("empty file".to_string())
                } else {
                    Ok(Article {
                        id: path
                            .file_stem()
                            .map(|s| s.to_string_lossy().into_owned())
                            .unwrap_or_default(),
                        text,
                        ..Article::default()
                    })
                }
            }
        },
    };
    InputItem { origin, article }
}

/// Keeps the text of an HTML page: drops tags, script and style bodies, and
/// turns block ends into line breaks so sentences stay apart.
fn strip_html(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&decode_entities(&rest[..lt]));
        let after = &rest[lt..];
        let lower: String = after
            .chars()
            .take(8)
            .collect::<String>()
            .to_ascii_lowercase();
        let skip_to = if lower.starts_with("<script") {
            Some("</script>")
        } else if lower.starts_with("<style") {
            Some("</style>")
        } else {
            None
        };
        if let Some(close) = skip_to {
            match after.to_ascii_lowercase().find(close) {
                Some(i) => rest = &after[i + close.len()..],
                None => rest = "",
            }
            continue;
        }
        match after.find('>') {
            Some(gt) => {
                let tag = after[1..gt].trim_start_matches('/').to_ascii_lowercase();
                if [
                    "p", "br", "div", "li", "h1", "h2", "h3", "h4", "tr", "title",
                ]
                .iter()
                .any(|t| tag == *t || tag.starts_with(&format!("{t} ")))
                {
                    out.push('\n');
                }
                rest = &after[gt + 1..];
            }
            None => rest = "",
        }
    }
    out.push_str(&decode_entities(rest));
    out
}

fn decode_entities(s: &str) -> String {
    s.replace("&nbsp;", " ")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

struct JsonlReader {
    name: String,
    reader: BufReader<Box<dyn Read>>,
    line: usize,
    records: usize,
    done: bool,
    buf: Vec<u8>,
}

impl Iterator for JsonlReader {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            let read = self.reader.read_until(b'\n', &mut self.buf);
            self.line += 1;
            let origin = format!("{}:{}", self.name, self.line);
            match read {
                Err(e) => {
                    self.done = true;
                    return Some(InputItem {
                        origin,
                        article: Err(format!("read error: {e}")),
                    });
                }
                Ok(0) => {
                    self.done = true;
                    if self.records == 0 {
                        return Some(InputItem {
                            origin: self.name.clone(),
                            article: Err("empty input: no articles".to_string()),
                        });
                    }
                    return None;
                }
                Ok(_) => {}
            }
            let line = match std::str::from_utf8(&self.buf) {
                Ok(s) => s.trim(),
                Err(e) => {
                    self.records += 1;
                    return Some(InputItem {
                        origin,
                        article: Err(format!(
                            "not valid UTF-8 (bad byte at column {})",
                            e.valid_up_to() + 1
                        )),
                    });
                }
            };
            if line.is_empty() {
                continue;
            }
            self.records += 1;
            return Some(InputItem {
                origin,
                article: parse_article(line),
            });
        }
    }
}

/// Parses one JSONL line into an article, with a message fit for a user.
pub fn parse_article(line: &str) -> Result<Article, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let object = value
        .as_object()
        .ok_or_else(|| "expected a JSON object per line".to_string())?;
    let string_field = |key: &str| -> Result<Option<String>, String> {
        match object.get(key) {
            None | Some(serde_json::Value::Null) => Ok(None),
            Some(serde_json::Value::String(s)) => Ok(Some(s.clone())),
            Some(serde_json::Value::Number(n)) if key == "id" => Ok(Some(n.to_string())),
            Some(other) => Err(format!("field `{key}` must be a string, got {other}")),
        }
    };
    let id = string_field("id")?.ok_or_else(|| "missing required field `id`".to_string())?;
    let text = string_field("text")?
        .ok_or_else(|| format!("article {id}: missing required field `text`"))?;
    let published = string_field("published")?;
    if let Some(p) = &published {
        if rasid_extract::parse_published(p).is_none() {
            return Err(format!(
                "article {id}: `published` must be YYYY-MM-DD or RFC 3339, got {p:?}"
            ));
        }
    }
    Ok(Article {
        id,
        text,
        published,
        title: string_field("title")?,
        outlet: string_field("outlet")?,
        url: string_field("url")?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn items(content: &[u8]) -> Vec<InputItem> {
        let mut f = tempfile::Builder::new()
            .suffix(".jsonl")
            .tempfile()
            .unwrap();
        f.write_all(content).unwrap();
        read_inputs(&[f.path().to_path_buf()]).collect()
    }

    #[test]
    fn bad_lines_are_reported_with_their_line_and_the_rest_is_read() {
        let got = items(
            "{\"id\":\"a\",\"text\":\"نص\"}\nnot json\n\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"x\",\"published\":\"yesterday\"}\n{\"id\":\"e\",\"text\":\"y\"}\n"
                .as_bytes(),
        );
        assert_eq!(got.len(), 5);
        assert!(got[0].article.is_ok());
        assert!(
            got[1].origin.ends_with(":2")
                && got[1]
                    .article
                    .as_ref()
                    .unwrap_err()
                    .contains("invalid JSON")
        );
        assert!(
            got[2].origin.ends_with(":4")
                && got[2].article.as_ref().unwrap_err().contains("`text`")
        );
        assert!(got[3].article.as_ref().unwrap_err().contains("published"));
        assert_eq!(got[4].article.as_ref().unwrap().id, "e");
    }

    #[test]
    fn invalid_utf8_and_empty_files_are_errors() {
        let got = items(b"{\"id\":\"a\",\"text\":\"\xff\"}\n");
        assert!(got[0].article.as_ref().unwrap_err().contains("UTF-8"));
        let got = items(b"");
        assert_eq!(got.len(), 1);
        assert!(got[0].article.as_ref().unwrap_err().contains("empty"));
    }

    #[test]
    fn directories_read_txt_and_html() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("one.txt"), "قصف على حلب").unwrap();
        std::fs::write(
            dir.path().join("two.html"),
            "<html><script>x()</script><p>غارة &amp; قصف</p></html>",
        )
        .unwrap();
        std::fs::write(dir.path().join("skip.bin"), "x").unwrap();
        let got: Vec<_> = read_inputs(&[dir.path().to_path_buf()]).collect();
        assert_eq!(got.len(), 2);
        let one = got[0].article.as_ref().unwrap();
        assert_eq!((one.id.as_str(), one.text.as_str()), ("one", "قصف على حلب"));
        let two = got[1].article.as_ref().unwrap();
        assert_eq!(two.text.trim(), "غارة & قصف");
    }
}
