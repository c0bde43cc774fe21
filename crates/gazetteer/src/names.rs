//! The spellings under which a place name is indexed.
//!
//! Arabic news writes one name in several ways, and GeoNames lists only some
//! of them. Every name is normalized with [`rasid_text::normalize_str`] (the
//! same normalizer the articles go through) and then expanded:
//!
//! * a generic head word is dropped as well (`محافظة دير الزور` is also
//!   indexed as `دير الزور`; see [`GENERIC_HEADS`]), so that the head word
//!   stays outside the name in text and the extractor can read it as a cue;
//! * the article of the first word is dropped as well (`الرقه` → `رقه`,
//!   `البو كمال` → `بو كمال`);
//! * compounds are joined and split (`دير الزور` ↔ `ديرالزور`,
//!   `ابو كمال` ↔ `ابوكمال`, `البو كمال` ↔ `البوكمال`), and `البو X` is
//!   also indexed as `ابو X`, the common misspelling;
//! * Latin names are lowercased and their punctuation becomes spaces
//!   (`Dar'a` → `dar a`), which is how the tokenizer splits them in text.
//!
//! Kurdish spellings (letters such as ێ ڕ ۆ ە that Arabic never writes) are
//! not indexed: they never occur in Arabic text and only add false matches.
//!
//! English (and French, German …) spellings of one Arabic name vary without
//! end: `Deir ez-Zor`, `Deir al-Zour`, `Dayr az Zawr`, `Deir Ezzor`. Besides
//! their exact lowercase forms, Latin names are indexed under a
//! **transliteration key** ([`latin_key`]) that every spelling of the family
//! shares: diacritics and ayn/hamza marks dropped, the article in all its
//! assimilated forms (`al-`, `el-`, `ad-`, `ar-`, `as-`, `ash-`, `az-`, …)
//! dropped at the start and written `l` inside, digraphs folded (`sh` `ch` →
//! `s`, `kh` → `k`, `gh` → `g`, `th` → `t`, `dh` → `d`, `dj` → `j`, `q` `c` →
//! `k`, `ph` `v` → `f`), vowels and the semivowels `w` `y` dropped (so `ou`/`u`
//! and `ee`/`i` agree), doubled letters and a final `h` dropped. Words stay
//! apart (`~dr l zr`), so that ordinary English words in a row never run
//! together into a name; an ayn mark inside a word does not split it
//! (`Ma'arrat`). The scanner looks Latin words up the same way
//! ([`crate::Gazetteer::find_places`]).

use rasid_text::normalize_str;

/// Head words that name the kind of place rather than the place
/// (normalized). A name that starts with one is indexed with and without it.
pub const GENERIC_HEADS: &[&str] = &[
    "بلده",
    "بلديه",
    "حي",
    "قريه",
    "قضاء",
    "قضا",
    "لواء",
    "محافظه",
    "مدينه",
    "مديريه",
    "منطقه",
    "ناحيه",
    "ولايه",
];

/// True when `word` (normalized) is one of [`GENERIC_HEADS`].
pub fn is_generic_head(word: &str) -> bool {
    GENERIC_HEADS.contains(&word)
}

/// First words that Arabic often writes joined to the next word
/// (`ابوكمال`, `كفرنبل`, `تلعفر`), normalized.
const JOINING_HEADS: &[&str] = &[
    "ابن", "ابو", "البو", "ام", "بن", "بني", "بيت", "تل", "دير", "عبد", "كفر",
];

/// Heads after which a joined compound is split (`كفرنبل` → `كفر نبل`);
/// longest first so `البو` is tried before `ابو`.
const SPLITTING_HEADS: &[&str] = &["البو", "ابو", "كفر", "بيت", "دير", "تل"];

/// Letters of Kurdish (Sorani) spelling that Arabic does not write.
fn is_kurdish_only(c: char) -> bool {
    matches!(
        c,
        '\u{06CE}' | '\u{0695}' | '\u{06C6}' | '\u{06B5}' | '\u{06D5}' | '\u{06CA}' | '\u{06C7}'
    )
}

/// True when `s` contains Arabic-script letters.
pub fn is_arabic_script(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFC}')
    })
}

/// Drops a leading article from a word: `الرقه` → `رقه`. Words whose rest
/// would be shorter than two letters are kept whole.
pub fn strip_article(word: &str) -> Option<&str> {
    let rest = word.strip_prefix("ال")?;
    (rest.chars().count() >= 2).then_some(rest)
}

/// Appends `s` to `out` unless it is empty or already there.
fn push_unique(out: &mut Vec<String>, s: String) {
    if !s.is_empty() && !out.contains(&s) {
        out.push(s);
    }
}

/// The normalized spellings under which the Arabic name `raw` is indexed,
/// appended to `out` (the normalized name itself first). Nothing is appended
/// for Kurdish spellings or names that normalize to nothing.
pub fn arabic_variants(raw: &str, out: &mut Vec<String>) {
    if raw.chars().any(is_kurdish_only) {
        return;
    }
    let mut name = normalize_str(raw);
    // "عفرين، شام" and "X (Y)": keep what comes before the qualifier.
    if let Some(cut) = name.find([',', '(', ';', '/', '[']) {
        name.truncate(cut);
        name = name.trim_end().to_string();
    }
    if name.is_empty() || !is_arabic_script(&name) {
        return;
    }
    let mut bases = vec![name.clone()];
    if let Some((head, rest)) = name.split_once(' ') {
        if is_generic_head(head) {
            bases.push(rest.to_string());
        }
    }
    let mut forms = Vec::new();
    for base in &bases {
        push_unique(&mut forms, base.clone());
        let (first, rest) = match base.split_once(' ') {
            Some((f, r)) => (f, Some(r)),
            None => (base.as_str(), None),
        };
        if let Some(bare) = strip_article(first) {
            push_unique(&mut forms, join_words(bare, rest));
        }
        if first == "البو" {
            push_unique(&mut forms, join_words("ابو", rest));
        }
    }
    for form in forms {
        let joined = join_compounds(&form);
        let split = split_compounds(&form);
        push_unique(out, form);
        for v in joined.into_iter().chain(split) {
            push_unique(out, v);
        }
    }
}

fn join_words(first: &str, rest: Option<&str>) -> String {
    match rest {
        Some(r) => format!("{first} {r}"),
        None => first.to_string(),
    }
}

/// Joined spellings of a multi-word name: every boundary before an `ال` word
/// or after a joining head, singly and all at once.
fn join_compounds(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let joinable: Vec<bool> = (0..words.len() - 1)
        .map(|i| words[i + 1].starts_with("ال") || JOINING_HEADS.contains(&words[i]))
        .collect();
    let build = |join: &dyn Fn(usize) -> bool| {
        let mut s = String::with_capacity(name.len());
        for (i, w) in words.iter().enumerate() {
            if i > 0 && !join(i - 1) {
                s.push(' ');
            }
            s.push_str(w);
        }
        s
    };
    let mut out = Vec::new();
    let count = joinable.iter().filter(|&&j| j).count();
    for (b, _) in joinable.iter().enumerate().filter(|(_, &j)| j) {
        out.push(build(&|i| i == b));
    }
    if count > 1 {
        out.push(build(&|i| joinable[i]));
    }
    out
}

/// Spaced spellings of joined compounds: `ديرالزور` → `دير الزور`,
/// `ابوكمال` → `ابو كمال`, `البوكمال` → `البو كمال`, `كفرنبل` → `كفر نبل`.
fn split_compounds(name: &str) -> Vec<String> {
    let mut out = Vec::new();
    let words: Vec<&str> = name.split(' ').collect();
    for (k, w) in words.iter().enumerate() {
        for at in split_points(w) {
            let mut s = String::with_capacity(name.len() + 1);
            for (i, x) in words.iter().enumerate() {
                if i > 0 {
                    s.push(' ');
                }
                if i == k {
                    s.push_str(&x[..at]);
                    s.push(' ');
                    s.push_str(&x[at..]);
                } else {
                    s.push_str(x);
                }
            }
            out.push(s);
        }
    }
    out
}

/// Byte offsets inside `word` where a joined compound may be split.
fn split_points(word: &str) -> Vec<usize> {
    let mut points = Vec::new();
    for head in SPLITTING_HEADS {
        if let Some(rest) = word.strip_prefix(head) {
            if rest.chars().count() >= 3 {
                points.push(head.len());
                return points;
            }
        }
    }
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    // An internal article: at least two letters before it, two after it.
    for i in 2..chars.len().saturating_sub(3) {
        if chars[i].1 == 'ا' && chars[i + 1].1 == 'ل' && chars.len() - (i + 2) >= 2 {
            points.push(chars[i].0);
        }
    }
    points
}

/// The spellings under which a Latin-script name is indexed: lowercased, with
/// punctuation turned into spaces (`Deir ez-Zor` → `deir ez zor`).
pub fn latin_variants(raw: &str, out: &mut Vec<String>) {
    let lower = normalize_str(raw);
    if lower.is_empty() || is_arabic_script(&lower) {
        return;
    }
    let spaced: String = lower
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    let spaced = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    push_unique(out, lower);
    push_unique(out, spaced);
}

/// Marks transliteration keys in the name table, so that they never meet
/// an exact name.
pub const LATIN_KEY_MARK: char = '~';

/// Articles as transliterations write them, assimilated or not.
const LATIN_ARTICLES: &[&str] = &[
    "al", "el", "il", "ul", "ad", "ed", "ud", "ag", "ar", "er", "ur", "as", "es", "us", "ash",
    "esh", "ech", "at", "et", "ut", "az", "ez", "uz", "an", "en", "un", "aj", "ej", "ath", "adh",
];

/// One Latin letter without its diacritics, lowercase; `None` for marks
/// that are dropped (ayn, hamza, apostrophes, combining accents).
fn fold_latin(c: char) -> Option<char> {
    Some(match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        'a'..='z' | '0'..='9' => c,
        'à'..='å' | 'À'..='Å' | 'ā' | 'Ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' => 'a',
        'è'..='ë' | 'È'..='Ë' | 'ē' | 'Ē' | 'ė' | 'ę' | 'ě' | 'ẹ' => 'e',
        'ì'..='ï' | 'Ì'..='Ï' | 'ī' | 'Ī' | 'ı' | 'İ' | 'ǐ' | 'ị' => 'i',
        'ò'..='ö' | 'Ò'..='Ö' | 'ø' | 'ō' | 'Ō' | 'ǒ' | 'ọ' | 'ő' => 'o',
        'ù'..='ü' | 'Ù'..='Ü' | 'ū' | 'Ū' | 'ǔ' | 'ụ' | 'ű' | 'ů' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ç' | 'Ç' | 'č' | 'Č' | 'ć' => 'c',
        'ḑ' | 'ḍ' | 'Ḑ' | 'Ḍ' | 'đ' | 'ď' | 'ḏ' => 'd',
        'ğ' | 'Ğ' | 'ġ' => 'g',
        'ḩ' | 'ḥ' | 'Ḩ' | 'Ḥ' | 'ħ' | 'ḫ' => 'h',
        'ñ' | 'ń' | 'ň' => 'n',
        'ş' | 'ṣ' | 'Ş' | 'Ṣ' | 'š' | 'Š' | 'ś' => 's',
        'ţ' | 'ṭ' | 'Ţ' | 'Ṭ' | 'ť' | 'ṯ' => 't',
        'ẓ' | 'Ẓ' | 'ž' | 'Ž' | 'ż' | 'ź' => 'z',
        'ḱ' | 'ķ' => 'k',
        'ł' => 'l',
        'ß' => 's',
        _ => return None,
    })
}

/// True when `c` separates the words of a Latin name (not an ayn or hamza
/// mark, which is dropped inside the word).
fn is_latin_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '_' | '.' | ',' | '(' | ')' | '/')
}

/// Two letters that transliterate one Arabic consonant, and what they fold
/// to (`ch` is the French `sh`).
const LATIN_DIGRAPHS: &[(&str, char)] = &[
    ("sh", 's'),
    ("ch", 's'),
    ("kh", 'k'),
    ("gh", 'g'),
    ("th", 't'),
    ("dh", 'd'),
    ("dj", 'j'),
    ("ph", 'f'),
];

/// The consonant skeleton of one folded Latin word (see the module doc).
fn latin_skeleton(word: &str, out: &mut String) {
    let b = word.as_bytes();
    let mut prev = '\0';
    let mut i = 0;
    let start = out.len();
    while i < b.len() {
        let digraph = LATIN_DIGRAPHS
            .iter()
            .find(|(d, _)| b[i..].starts_with(d.as_bytes()));
        let (c, step) = match digraph {
            Some(&(_, c)) => (c, 2),
            None => match b[i] {
                b'q' | b'c' => ('k', 1),
                b'v' => ('f', 1),
                x => (x as char, 1),
            },
        };
        i += step;
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w') {
            prev = c;
            continue;
        }
        if c != prev {
            out.push(c);
        }
        prev = c;
    }
    if out.len() > start + 1 && out.ends_with('h') {
        out.pop();
    }
}

/// A Latin name folded for comparing spellings: lowercase ASCII letters and
/// digits, without diacritics, ayn marks, separators or a leading article
/// (`Al-Mayādīn` → `mayadin`).
pub fn latin_fold(raw: &str) -> String {
    let mut words = raw.split(is_latin_separator).filter(|w| !w.is_empty());
    let mut out = String::with_capacity(raw.len());
    let fold = |w: &str, out: &mut String| out.extend(w.chars().filter_map(fold_latin));
    if let Some(first) = words.next() {
        let mut f = String::new();
        fold(first, &mut f);
        if !LATIN_ARTICLES.contains(&f.as_str()) {
            out.push_str(&f);
        }
    }
    for w in words {
        fold(w, &mut out);
    }
    out
}

/// Levenshtein distance between two ASCII strings.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, &x) in a.iter().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let next = (diag + usize::from(x != y))
                .min(row[j] + 1)
                .min(row[j + 1] + 1);
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// The transliteration key of a Latin-script name (see the module doc),
/// starting with [`LATIN_KEY_MARK`]; `None` when the name has Arabic or other
/// non-Latin letters, or too little of a skeleton to be told apart (fewer
/// than three consonants, or two from a name of fewer than four letters).
pub fn latin_key(raw: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut letters = 0;
    for c in raw.chars() {
        if is_latin_separator(c) {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if let Some(f) = fold_latin(c) {
            letters += 1;
            cur.push(f);
        } else if matches!(c, 'ʿ' | 'ʾ' | 'ʻ' | 'ʼ' | 'ˈ' | '\u{0300}'..='\u{036F}') {
            // ayn and hamza marks, combining accents: dropped
        } else if c.is_alphabetic() {
            return None; // Arabic, Cyrillic, Armenian …
        }
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    let mut key = String::from(LATIN_KEY_MARK);
    let mut first = true;
    for w in &words {
        let before = key.len();
        if !first {
            key.push(' ');
        }
        if LATIN_ARTICLES.contains(&w.as_str()) {
            if !first {
                key.push('l');
            }
            continue;
        }
        latin_skeleton(w, &mut key);
        if key.len() == before + usize::from(!first) {
            key.truncate(before); // a word of vowels only
        } else {
            first = false;
        }
    }
    let consonants = key.chars().filter(|c| c.is_ascii_alphanumeric()).count();
    let article_letters = words
        .iter()
        .filter(|w| LATIN_ARTICLES.contains(&w.as_str()))
        .map(|w| w.len())
        .sum::<usize>();
    (consonants >= 3 || (consonants == 2 && letters - article_letters >= 4)).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn variants(raw: &str) -> Vec<String> {
        let mut out = Vec::new();
        arabic_variants(raw, &mut out);
        out
    }

    #[test]
    fn arabic_variant_table() {
        let cases: &[(&str, &[&str])] = &[
            ("دير الزور", &["دير الزور", "ديرالزور"]),
            ("ديرالزور", &["ديرالزور", "دير الزور"]),
            ("الرقة", &["الرقه", "رقه"]),
            (
                "البو كمال",
                &["البو كمال", "البوكمال", "بو كمال", "ابو كمال", "ابوكمال"],
            ),
            ("البوكمال", &["البوكمال", "البو كمال", "بوكمال"]),
            ("أبو كمال", &["ابو كمال", "ابوكمال"]),
            ("كفر شوبا", &["كفر شوبا", "كفرشوبا"]),
            ("كفرنبل", &["كفرنبل", "كفر نبل"]),
            ("تلعفر", &["تلعفر", "تل عفر"]),
            (
                "محافظة دير الزور",
                &["محافظه دير الزور", "دير الزور", "ديرالزور"],
            ),
            ("مدينة حمص", &["مدينه حمص", "حمص"]),
            ("عفرين، شام", &["عفرين"]),
        ];
        for (raw, expected) in cases {
            let got = variants(raw);
            for e in *expected {
                assert!(got.iter().any(|g| g == e), "{raw}: missing {e} in {got:?}");
            }
            assert_eq!(got[0], normalize_str(raw).split(',').next().unwrap().trim());
        }
    }

    #[test]
    fn kurdish_and_latin_names_are_not_arabic_variants() {
        assert!(variants("دێرەزوور").is_empty());
        assert!(variants("Deir ez-Zor").is_empty());
    }

    #[test]
    fn short_words_are_not_split_or_stripped() {
        assert_eq!(variants("الحال"), vec!["الحال", "حال"]);
        assert_eq!(variants("ال"), vec!["ال"]);
    }

    #[test]
    fn transliteration_families_share_a_key() {
        let families: &[&[&str]] = &[
            &[
                "Deir ez-Zor",
                "Deir al-Zour",
                "Dayr az Zawr",
                "Deir el-Zor",
                "Dayr az-Zūr",
            ],
            &[
                "Al-Mayadin",
                "Mayadeen",
                "al Mayādīn",
                "El Mayadine",
                "Mayadin",
            ],
            &[
                "Ma'arrat an-Nu'man",
                "Maarat al-Numan",
                "Ma‘arrat an Nu‘mān",
                "Maarrat al Nouman",
            ],
            &["Qamishli", "Kamishli", "Al-Qamishli", "Qamishly"],
            &["Jisr ash-Shughur", "Jisr al-Shughour", "Jisr esh Shughur"],
            &[
                "Khan Shaykhun",
                "Khan Sheikhoun",
                "Khan Shaykhūn",
                "Khan Cheikhoun",
            ],
            &["Ras al-Ain", "Ra's al-'Ayn", "Ras al Ayn", "Ras el Ain"],
            &["Tall Abyad", "Tell Abyad", "Tal Abyad", "Tel Abiad"],
            &["Shebaa", "Chebaa", "Shibaa"],
            &["Idlib", "Edleb", "Idleb"],
            &["Homs", "Hims", "Ḩimş"],
            &["Ar Raqqah", "Raqqa", "al-Raqqa", "Ar-Raqqa"],
            &["Dar‘ā", "Daraa", "Dar'a", "Darʿā", "Der\u{0061}\u{0301}a"],
            &["Hama", "Hamah", "Ḩamāh"],
        ];
        for family in families {
            let keys: Vec<Option<String>> = family.iter().map(|n| latin_key(n)).collect();
            assert!(keys[0].is_some(), "{}", family[0]);
            for (n, k) in family.iter().zip(&keys) {
                assert_eq!(k, &keys[0], "{n} vs {}", family[0]);
            }
        }
        assert_eq!(latin_key("Deir ez-Zor").as_deref(), Some("~dr l zr"));
        assert_eq!(latin_key("Al-Mayadin").as_deref(), Some("~mdn"));
        // Words do not run together: "he said" is no Hasid.
        assert_ne!(latin_key("he said"), latin_key("Hasid"));
        assert_ne!(latin_key("Homs"), latin_key("Hama"));
        assert_ne!(latin_key("Idlib"), latin_key("Aleppo"));
    }

    #[test]
    fn folded_spellings_and_their_distance() {
        assert_eq!(latin_fold("Al-Mayādīn"), "mayadin");
        assert_eq!(latin_fold("Ma‘arrat an-Nu‘mān"), "maarratannuman");
        assert_eq!(edit_distance("mayadeen", "mayadin"), 2);
        assert!(edit_distance("mayadeen", "madinah") > 3);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(edit_distance("homs", "homs"), 0);
    }

    #[test]
    fn short_or_non_latin_names_have_no_key() {
        assert_eq!(latin_key("Al"), None);
        assert_eq!(latin_key("Ibb"), None);
        assert_eq!(latin_key("Aya"), None);
        assert_eq!(latin_key("دير الزور"), None);
        assert_eq!(latin_key("Дейр-эз-Зор"), None);
        assert!(latin_key("Raqqa").is_some());
    }

    #[test]
    fn latin_variant_table() {
        let mut out = Vec::new();
        latin_variants("Deir ez-Zor", &mut out);
        assert_eq!(out, vec!["deir ez-zor", "deir ez zor"]);
        out.clear();
        latin_variants("Dar'a", &mut out);
        assert_eq!(out, vec!["dar'a", "dar a"]);
    }
}
