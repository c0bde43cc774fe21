use serde::{Deserialize, Serialize};

/// One input article (DESIGN.md section 2). `id` and `text` are required.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier chosen by the producer of the file.
    pub id: String,
    /// Full article text; every evidence offset points into it.
    pub text: String,
    /// Publication date, `YYYY-MM-DD` or RFC 3339, or absent.
    #[serde(default)]
    pub published: Option<String>,
    /// Headline.
    #[serde(default)]
    pub title: Option<String>,
    /// Publishing outlet.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Address of the article.
    #[serde(default)]
    pub url: Option<String>,
}
