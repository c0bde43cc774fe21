//! Deaths reported around a trigger, by GUIDELINES.md's rules: deaths only
//! (not injuries), the number nearest to a death word, vague counts ("عدد من"
//! → 3, "عشرات" → 12), sub-counts after "بينهم" not added again.

use rasid_core::ByteSpan;
use rasid_lexicon::Cue;
use rasid_text::TokenKind;

use crate::doc::Doc;

/// Words after which a number is a part of a count already given
/// ("10 قتلى بينهم 3 أطفال"). Closed-class grammar, so kept in code.
const SUBSET_WORDS: &[&str] = &["بينهم", "منهم", "بينها", "بينهن", "منهن"];

/// Words after a number that say it counts something other than people:
/// years of age, time, distance, percent. Units, so kept with the rule.
const NOT_PEOPLE: &[&str] = &[
    "عام",
    "سن",
    "اعوام",
    "شهر",
    "اشهر",
    "يوم",
    "ايام",
    "ساع",
    "دقيق",
    "كيلو",
    "كم",
    "متر",
    "%",
    "بالمي",
    "الف",
];

/// Words before a number that make it a name ("الكتيبة 101", "اللواء 93").
const UNIT_NAMES: &[&str] = &[
    "الكتيبه",
    "كتيبه",
    "اللواء",
    "لواء",
    "الفرقه",
    "فرقه",
    "الفوج",
    "فوج",
];

/// Words of a toll; with منذ ("ارتفعت حصيلة الشهداء منذ بداية العام إلى
/// 835") a sum over a period, not the toll of this event.
const TOTAL_WORDS: &[&str] = &[
    "حصيله",
    "الحصيله",
    "اجمالي",
    "الاجمالي",
    "الاجماليه",
    "اجماليه",
];

/// Death words that name several people without a number ("قتلى", "شهداء"):
/// GUIDELINES.md counts a plural with no number as 3.
const PLURAL_DEATH_WORDS: &[&str] = &[
    "قتلي",
    "شهداء",
    "ضحايا",
    "جثث",
    "قتلوا",
    "حتفهم",
    "جثامين",
    "اشلاء",
    "قتلاهم",
];

/// Deaths reported in `range` (a sentence): the count and the span that says it.
pub(crate) fn deaths_in(doc: &Doc, range: ByteSpan) -> Option<(u32, ByteSpan)> {
    let text = doc.text();
    let tokens = &doc.an.tokens;
    let first = doc.token_index(range.start);
    let last = doc.token_index(range.end);
    // Cues and numbers by token index.
    // (token, span, written with the article)
    let mut deaths: Vec<(usize, ByteSpan, bool)> = Vec::new();
    let mut injuries: Vec<usize> = Vec::new();
    let mut months: Vec<usize> = Vec::new();
    // (token, value, span, joined to what came before by و)
    let mut numbers: Vec<(usize, u32, ByteSpan, bool)> = Vec::new();
    for (m, cue) in doc.cues_in(range) {
        let ti = doc.token_index(m.span.start);
        match cue {
            Cue::Death => deaths.push((
                ti,
                m.span,
                rasid_text::clitics::has_article(m.prefix.slice(text)),
            )),
            Cue::Injury => injuries.push(ti),
            Cue::Number(n) => numbers.push((ti, n, m.span, m.prefix.slice(text).starts_with('و'))),
            Cue::Month(_) => months.push(ti),
            _ => {}
        }
    }
    // "فجّر الانتحاري نفسه": the bomber is dead too, and counts (GUIDELINES).
    let bombers = (first..last).find_map(|i| {
        let w = tokens[i].text(text);
        // "… إضافة إلى الانتحاري": the toll names the bomber apart.
        if w == "الانتحاري"
            && i >= 2
            && tokens[i - 1].text(text) == "الي"
            && tokens[i - 2].text(text).ends_with("اضافه")
        {
            return Some((1, tokens[i].span));
        }
        let n = match w {
            "نفسه" | "نفسها" => 1,
            "نفسيهما" => 2,
            _ => return None,
        };
        (i.saturating_sub(6).max(first)..i)
            .any(|j| {
                let w = tokens[j].text(text);
                w.strip_prefix('و').unwrap_or(w).starts_with("فجر")
            })
            .then_some((n, tokens[i].span))
    });
    if deaths.is_empty() {
        return bombers;
    }
    // "ارتفعت حصيلة القتلى إلى 55" updates this event's toll; with منذ
    // ("منذ بداية العام") it is a total over a period.
    let running_total = (first..last).any(|i| tokens[i].text(text) == "منذ")
        && (first..last).any(|i| {
            let w = tokens[i].text(text);
            TOTAL_WORDS.contains(&w) || w == "عدد"
        });
    for (ti, token) in tokens.iter().enumerate().take(last).skip(first) {
        if token.kind == TokenKind::Number {
            let digits: String = token
                .text(text)
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse::<u32>() {
                // Years and large figures are not casualty counts.
                if n < 1900 {
                    let joined = ti > 0 && tokens[ti - 1].text(text) == "و";
                    numbers.push((ti, n, token.span, joined));
                }
            }
        }
    }
    numbers.sort_by_key(|n| n.0);
    let mut used_death = vec![false; deaths.len()];
    let mut total = 0u32;
    let mut evidence: Option<ByteSpan> = None;
    // The last count given to a death word: "مقتل ستة عناصر من قوات النظام
    // وثلاثة من مقاتلي الهيئة" adds the second count to the same word.
    let mut last_counted: Option<usize> = None;
    for &(ti, n, span, joined) in numbers.iter().filter(|_| !running_total) {
        if ti > 0 && SUBSET_WORDS.contains(&tokens[ti - 1].text(text)) {
            continue;
        }
        // A number belongs to the casualty word right after it ("28 جريحاً",
        // "5 قتلى"), else to the nearest one before it ("مقتل ما لا يقل عن 40
        // شخصاً", "وإصابة 28 آخرين"). Ages, distances and dates are not counts.
        if tokens
            .get(ti + 1)
            .is_some_and(|t| NOT_PEOPLE.iter().any(|u| t.text(text).starts_with(u)))
            || ti
                .checked_sub(1)
                .is_some_and(|p| UNIT_NAMES.contains(&tokens[p].text(text)))
        {
            continue;
        }
        // Right after the number, or after the counted noun and its adjective
        // ("10 أطفال قتلى", "41 متمرداً حوثياً مصرعهم"); a word joined by و
        // starts the next clause ("40 شخصاً وأصيب").
        let follows = |t: usize| {
            t > ti
                && t <= ti + 3
                && (ti + 1..=t).all(|j| {
                    tokens[j].kind == rasid_text::TokenKind::Word
                        && (j == ti + 1 || !tokens[j].text(text).starts_with('و'))
                })
        };
        // Before the number, in the same clause: a word joined by و between
        // them starts another one ("جثتين وإنقاذ 1230").
        let precedes = |t: usize| {
            t < ti
                && ti - t <= 6
                && !(t + 1..ti).any(|j| {
                    let w = tokens[j].text(text);
                    w.starts_with('و') && w.chars().count() > 1
                })
        };
        // Right after its death word ("مقتل شخصين وإصابة أربعة", "مقتل
        // مدنيين اثنين"): that word's count, whatever follows.
        let right_after_death = deaths.iter().position(|(d, ..)| {
            *d < ti && ti - *d <= 2 && !injuries.iter().any(|&j| *d < j && j < ti)
        });
        let owner = if let Some(i) = deaths.iter().position(|(d, ..)| follows(*d)) {
            Some(i)
        } else if let Some(i) = right_after_death {
            Some(i)
        } else if injuries.iter().any(|&i| follows(i)) {
            None
        } else {
            let death = deaths
                .iter()
                .enumerate()
                .filter(|(_, (d, ..))| precedes(*d))
                .max_by_key(|(_, (d, ..))| *d);
            let injury = injuries.iter().copied().filter(|&i| precedes(i)).max();
            match (death, injury) {
                (Some((i, (d, ..))), injury) if injury.is_none_or(|j| j < *d) => Some(i),
                _ => None,
            }
        };
        // Not after "بينهم" / "منهم": "قتل ستة، بينهم المنفذ وخمسة جنود"
        // names part of the six.
        let coordinated = joined
            && last_counted.is_some_and(|prev| {
                ti - prev <= 8
                    && !injuries.iter().any(|&j| prev < j && j <= ti + 3)
                    && !(prev + 1..ti).any(|j| SUBSET_WORDS.contains(&tokens[j].text(text)))
            });
        if coordinated && months.iter().all(|&m| m != ti + 1) {
            total = total.saturating_add(n);
            last_counted = Some(ti);
            evidence = evidence.map(|e| e.cover(span));
            continue;
        }
        let Some(di) = owner else { continue };
        if used_death[di] || months.contains(&(ti + 1)) {
            continue;
        }
        used_death[di] = true;
        last_counted = Some(ti);
        total = total.saturating_add(n);
        let cover = span.cover(deaths[di].1);
        evidence = Some(evidence.map_or(cover, |e| e.cover(cover)));
    }
    for (i, &(ti, span, definite)) in deaths.iter().enumerate() {
        if used_death[i] {
            continue;
        }
        // A death word whose own count was given in a subset clause or that
        // sits inside an injury list is not counted twice.
        if deaths
            .iter()
            .enumerate()
            .any(|(j, (tj, ..))| used_death[j] && tj.abs_diff(ti) <= 2)
        {
            continue;
        }
        // "ارتقاء شهيد", "سقوط قتيل": a verbal noun and its subject are one death.
        if i > 0 && deaths[i - 1].0 + 1 == ti && !used_death[i - 1] {
            continue;
        }
        let word = &text[span.start()..span.end()];
        let plural = PLURAL_DEATH_WORDS.iter().any(|w| word.ends_with(w));
        if plural && definite {
            // "القتلى والجرحى": the dead already counted, referred to again.
            continue;
        }
        total = total.saturating_add(if plural { 3 } else { 1 });
        evidence = Some(evidence.map_or(span, |e| e.cover(span)));
    }
    if let Some((n, span)) = bombers {
        total = total.saturating_add(n);
        evidence = Some(evidence.map_or(span, |e| e.cover(span)));
    }
    evidence.map(|e| (total, e))
}
