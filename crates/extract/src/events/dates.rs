//! The day of a candidate: the time words of its sentence nearest to the
//! trigger, except those that date a statement about it or its cause.

use std::ops::RangeInclusive;

use super::*;

/// The date of a trigger: the time expression of its sentence nearest to it,
/// else the publication date. Also says whether the sentence dates it to an
/// earlier year (a past event mentioned in passing).
pub(super) fn date_for(
    doc: &Doc,
    m: &Mention,
    sentence: ByteSpan,
) -> (Option<Day>, Option<u8>, Option<ByteSpan>, bool, bool) {
    let Some(published) = doc.published else {
        return (None, None, None, false, false);
    };
    let (best, earlier_year) = dated_in(doc, published, doc.token_index(m.span.start), sentence);
    // A sentence with no time words goes on with the story of the one before
    // ("وفي 19 أيار … . وذكرت الوزارة أنه … انفجرت عبوة").
    let own = best.is_some_and(|(.., in_report)| !in_report);
    let best = best.or_else(|| {
        let si = doc.sentence_of(sentence);
        let prev = doc.sentence(si.checked_sub(1)?);
        dated_in(doc, published, doc.token_index(prev.end), prev).0
    });
    match best {
        Some((day, precision, span, _)) => {
            (Some(day), Some(precision), Some(span), own, earlier_year)
        }
        None => (Some(published), Some(1), None, false, earlier_year),
    }
}

/// The time expression of `sentence` nearest to token `t`, and whether the
/// sentence names a year before the publication year.
pub(super) fn dated_in(
    doc: &Doc,
    published: Day,
    t: usize,
    sentence: ByteSpan,
) -> (Option<(Day, u8, ByteSpan, bool)>, bool) {
    let text = doc.text();
    let mut best: Option<((bool, usize), Day, u8, ByteSpan)> = None;
    // "منذ الـ7 من تشرين الأول": the start of a period, not the day of
    // this event.
    let since = |span: ByteSpan| {
        let first = doc.token_index(span.start);
        (first.saturating_sub(2)..first).any(|i| doc.an.tokens[i].text(text) == "منذ")
    };
    // "غارات … بحسب ما أعلنته المنظمة اليوم الأحد": a day after a reporting
    // verb that follows the trigger dates the report, not the event.
    let reported = |span: ByteSpan| {
        let first = doc.token_index(span.start);
        t < first
            && (first.saturating_sub(REPORT_REACH).max(t + 1)..first)
                .any(|i| is_reporting_word(doc.an.tokens[i].text(text)))
    };
    // "الضربة … ردا على استهداف … قبل أيام": the day of the cause.
    let of_cause = |span: ByteSpan| {
        t < doc.token_index(span.start)
            && doc
                .cues_in(ByteSpan {
                    start: doc.an.tokens[t].span.end,
                    end: span.start,
                })
                .any(|(c, _)| introduces_cause(doc, c))
    };
    // "أعلن التنظيم، اليوم الجمعة، مسؤوليته عن التفجير الذي … مساء
    // الخميس", "والجمعة، قال … إن منفذ التفجير": a day in the reporting
    // clause before the trigger dates the statement; another day in the
    // sentence is preferred to it.
    let in_report = |span: ByteSpan| {
        let first = doc.token_index(span.start);
        let from = first
            .saturating_sub(REPORT_REACH)
            .max(doc.token_index(sentence.start));
        first < t
            && (from..t.min(first + REPORT_REACH))
                .any(|i| is_reporting_word(doc.an.tokens[i].text(text)))
    };
    let mut consider = |token: usize, day: Day, precision: u8, span: ByteSpan| {
        let rank = (in_report(span), token.abs_diff(t));
        if day <= published
            && !since(span)
            && !reported(span)
            && !of_cause(span)
            && best.is_none_or(|(r, ..)| rank < r)
        {
            best = Some((rank, day, precision, span));
        }
    };
    let mut earlier_year = false;
    for (c, cue) in doc.cues_in(sentence) {
        let ti = doc.token_index(c.span.start);
        match cue {
            Cue::Day(offset) => consider(ti, published.add_days(i64::from(offset)), 1, c.span),
            Cue::DaysAgo(offset) => consider(ti, published.add_days(i64::from(offset)), 2, c.span),
            Cue::Weekday(w) => consider(ti, published.last_weekday(w), 1, c.span),
            // "آب" (August) is two letters: with a clitic it is another
            // word ("باب المندب", "أبي").
            Cue::Month(_)
                if (!c.prefix.is_empty() || c.span.end > c.core.end)
                    && c.core.slice(text).chars().count() <= 2 => {}
            Cue::Month(month) => {
                // "آب/أغسطس": the second name of a pair adds nothing.
                let prev_word = ti.checked_sub(1).map(|i| doc.an.tokens[i].text(text));
                if prev_word == Some("/") {
                    continue;
                }
                let (day_of_month, day_span) = day_before(doc, ti);
                let year = year_after(doc, c.span.end, 1900..=2100);
                let span = day_span.map_or(c.span, |d| d.cover(c.span));
                match (day_of_month, year) {
                    (Some(d), Some(y)) => {
                        if let Some(day) = Day::new(y, month, d) {
                            consider(ti, day, 1, span);
                        }
                    }
                    (Some(d), None) => {
                        if let Some(day) = published.last_month_day(month, d) {
                            consider(ti, day, 1, span);
                        }
                    }
                    (None, y) => {
                        let day = match y {
                            Some(y) => Day::new(y, month, 1),
                            None => published.last_month_day(month, 1),
                        };
                        if let Some(day) = day {
                            consider(ti, day, 3, c.span);
                        }
                    }
                }
            }
            // "5 رمضان 1445هـ": a Hijri date needs its day; without a year
            // it is the latest such day on or before publication.
            Cue::HijriMonth(month) => {
                let (Some(d), Some(day_span)) = day_before(doc, ti) else {
                    continue;
                };
                let year = year_after(doc, c.span.end, 1300..=1599);
                let approx = published.year - 622 + (published.year - 622) / 32;
                let day = match year {
                    Some(y) => Day::from_hijri(y, month, d),
                    None => (approx - 1..=approx + 1)
                        .rev()
                        .filter_map(|y| Day::from_hijri(y, month, d))
                        .find(|&day| day <= published),
                };
                if let Some(day) = day {
                    consider(ti, day, 1, day_span.cover(c.span));
                }
            }
            _ => {}
        }
    }
    // One pass over the sentence's words for what no cue carries.
    let first = doc.token_index(sentence.start);
    let last = doc.token_index(sentence.end);
    for ti in first..last {
        let token = doc.an.tokens[ti];
        let word = token.text(text);
        // A year before the publication year in the sentence: a past event.
        if token.kind == rasid_text::TokenKind::Number {
            if let Ok(y) = word.parse::<i32>() {
                if (1900..published.year).contains(&y) {
                    earlier_year = true;
                }
            }
        }
        // "قبل 5 أيام", "قبل أربعة أيام", "قبل 3 أسابيع": a count of days or
        // weeks back (a day is known; a week only roughly). Not "منذ", which
        // starts a period.
        if word.strip_prefix('و').unwrap_or(word) == "قبل" {
            if let Some((n, unit)) = count_and_unit(doc, ti + 1) {
                let (days, precision) = match unit {
                    Unit::Days => (i64::from(n), 1),
                    Unit::Weeks => (7 * i64::from(n), 2),
                };
                if (1..=60).contains(&days) {
                    let span = token.span.cover(doc.an.tokens[ti + 2].span);
                    consider(ti, published.add_days(-days), precision, span);
                }
            }
        }
        // "في الـ6 من الشهر الجاري / نفسه": a day of the publication month;
        // "مطلع (هذا) الشهر": its first days.
        if word == "الشهر" {
            let opener = (ti.saturating_sub(2).max(first)..ti).find(|&i| {
                let w = doc.an.tokens[i].text(text);
                matches!(w.strip_prefix('و').unwrap_or(w), "مطلع" | "اوائل" | "بدايه")
            });
            // Not "الشهر الماضي" nor "الشهر نفسه" (the month named before).
            let this_month = doc.an.tokens.get(ti + 1).is_none_or(|n| {
                !matches!(
                    n.text(text),
                    "الماضي" | "المقبل" | "القادم" | "نفسه" | "ذاته"
                )
            });
            if let (Some(o), true) = (opener, this_month) {
                if let Some(day) = Day::new(published.year, published.month, 1) {
                    consider(ti, day, 2, doc.an.tokens[o].span.cover(token.span));
                }
            }
            if let (Some(d), Some(span)) = day_before(doc, ti) {
                if let Some(day) =
                    Day::new(published.year, published.month, d).filter(|&x| x <= published)
                {
                    consider(ti, day, 1, span.cover(token.span));
                }
            }
        }
    }
    (
        best.map(|((in_report, _), day, precision, span)| (day, precision, span, in_report)),
        earlier_year,
    )
}

/// How many tokens (words and punctuation) before a day a reporting verb
/// may stand and still govern it ("أعلن تنظيم "داعش" الإرهابي، اليوم").
pub(super) const REPORT_REACH: usize = 10;

/// Stems of the verbs and words that introduce what a source said.
pub(super) const REPORTING_STEMS: &[&str] = &[
    "اعلن", "قال", "ذكر", "افاد", "اكد", "اوضح", "صرح", "بحسب", "حسب", "وفق",
];

/// Is `word` a reporting verb or word ("أعلنته", "وقالت", "بحسب")?
pub(super) fn is_reporting_word(word: &str) -> bool {
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(word);
    REPORTING_STEMS.iter().any(|s| word.starts_with(s))
}

/// The day of month written before token `ti`: "9 آب", "الـ9 من آب".
pub(super) fn day_before(doc: &Doc, ti: usize) -> (Option<u8>, Option<ByteSpan>) {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let number_at = |i: usize| {
        tokens
            .get(i)
            .filter(|t| t.kind == rasid_text::TokenKind::Number)
            .and_then(|t| {
                t.text(text)
                    .parse::<u8>()
                    .ok()
                    .filter(|d| (1..=31).contains(d))
                    .map(|d| (d, t.span))
            })
    };
    let found = ti.checked_sub(1).and_then(number_at).or_else(|| {
        (ti >= 2 && tokens[ti - 1].text(text) == "من")
            .then(|| number_at(ti - 2))
            .flatten()
    });
    match found {
        Some((d, span)) => (Some(d), Some(span)),
        None => (None, None),
    }
}

/// What a count of time after "قبل" counts.
enum Unit {
    Days,
    Weeks,
}

/// A number (digits or a number word) at token `i` and the unit after it
/// ("5 أيام", "أربعة أسابيع").
fn count_and_unit(doc: &Doc, i: usize) -> Option<(u32, Unit)> {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let number = tokens.get(i)?;
    let n = if number.kind == rasid_text::TokenKind::Number {
        number.text(text).parse::<u32>().ok()?
    } else {
        doc.cues_in(number.span).find_map(|(m, c)| match c {
            Cue::Number(n) if m.span == number.span => Some(n),
            _ => None,
        })?
    };
    let unit = match tokens.get(i + 1)?.text(text) {
        "ايام" | "يوما" | "يوم" => Unit::Days,
        "اسابيع" | "اسبوعا" | "اسبوع" => Unit::Weeks,
        _ => return None,
    };
    Some((n, unit))
}

/// A year written right after a month, skipping a second month name
/// ("آب/أغسطس 2023", "رمضان 1445هـ"), within `years`.
pub(super) fn year_after(doc: &Doc, pos: u32, years: RangeInclusive<i32>) -> Option<i32> {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let mut i = doc.token_index(pos);
    if tokens.get(i).is_some_and(|t| t.text(text) == "/") {
        i += 2;
    }
    tokens
        .get(i)
        .filter(|t| t.kind == rasid_text::TokenKind::Number)
        .and_then(|t| {
            let digits: String = t.text(text).chars().filter(char::is_ascii_digit).collect();
            digits.parse::<i32>().ok()
        })
        .filter(|y| years.contains(y))
}
