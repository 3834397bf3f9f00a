//! Property tests (proptest) over hostile input: arbitrary UTF-8, news-like token soup, and real
//! articles from the repo's fixtures mutated at random. For every input the analysis must not
//! panic, and every offset it returns (content, parts, cue, speaker mention; in bytes, UTF-16 units
//! and code points) must lie inside the text, on a char boundary, with spans ordered.
//!
//! Bounded for CI: a fixed number of cases per property and an overall time budget
//! (`WHOSAID_FUZZ_SECS`, default 30 s for the whole file in a release build); once the budget is
//! spent the remaining cases pass without analysing. `PROPTEST_CASES=100000 WHOSAID_FUZZ_SECS=3600
//! cargo test --release --test fuzz` runs a long session. A failure is shrunk and printed by
//! proptest; the seeds of failures are kept in `tests/fuzz.proptest-regressions` and replayed first.

use proptest::prelude::*;
use proptest::sample::Index;
use std::sync::OnceLock;
use std::time::{Duration, Instant};
use whosaid::offsets::Unit;
use whosaid::output::analysis_json;
use whosaid::{analyze, Analysis, Span};

/// Real article text shipped with the repo (never `../shared`).
const ARTICLES: &[&str] = &[
    include_str!("fixtures/seed/moscow-times-venezuela.txt"),
    include_str!("fixtures/disputes/cruz-rubio.txt"),
    include_str!("fixtures/disputes/gowdy-false.txt"),
    include_str!("fixtures/disputes/bush-criticizes-rubio.txt"),
    include_str!("fixtures/disputes/manafort-not-true.txt"),
    include_str!("browser/fixtures/pages/bbc-1.article.txt"),
    include_str!("browser/fixtures/pages/guardian-1.article.txt"),
    include_str!("browser/fixtures/pages/nytimes-3.article.txt"),
    include_str!("browser/fixtures/pages/seattletimes-1.article.txt"),
    include_str!("browser/fixtures/pages/telegraph.article.txt"),
    include_str!("browser/fixtures/pages/wapo-2.article.txt"),
];

/// Pieces that steer the analyser into its rarer paths: every quote style, cue words, titles,
/// initialisms, pronouns, paragraph breaks, and chars that are several bytes or two UTF-16 units.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "„",
    "«",
    "»",
    "″",
    "'",
    "‘",
    "’",
    "``",
    "''",
    ",",
    ".",
    ";",
    ":",
    "?",
    "!",
    "—",
    "–",
    "-",
    "(",
    ")",
    "[",
    "]",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\r\n",
    "\u{2029}",
    "\u{a0}",
    "\u{200b}",
    "\u{200f}",
    "\u{202e}",
    "\u{301}",
    "\t",
    "said",
    " said ",
    "says",
    "told",
    "told reporters",
    "according to",
    "According to",
    "denied",
    "tweeted",
    "claimed",
    "added",
    "he",
    "He",
    "she",
    "they",
    "It",
    "I",
    "we",
    "Mr.",
    "Sen.",
    "Dr.",
    "U.S.",
    "Kremlin",
    "spokesman",
    "Dmitry Peskov",
    "Peskov",
    "Trump",
    "the company",
    "officials",
    "a person close to",
    "an official who asked not \
     to be named",
    "that",
    "not",
    "false",
    "1,000",
    "3.5",
    "al-Assad",
    "don't",
    "voters’",
    "😀",
    "👩‍👩‍👧",
    "🇺🇦",
    "é",
    "中文",
    "العربية",
    "עברית",
    "ﷺ",
    "\u{fffd}",
    "\u{10ffff}",
    "\0",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|v| v.join(" "))
}

/// News-like text: pieces glued with or without spaces, and arbitrary chars among them.
fn soup() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_string),
        2 => "[A-Z][a-z]{1,8}",
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(
        (atom, prop::sample::select(&["", " ", " ", "\n\n"][..])),
        0..160,
    )
    .prop_map(|v| {
        v.into_iter()
            .flat_map(|(a, s)| [a, s.to_string()])
            .collect()
    })
}

#[derive(Debug, Clone)]
enum Edit {
    Insert(Index, &'static str),
    Delete(Index, usize),
    Duplicate(Index, usize),
    Swap(Index, Index, usize),
    Truncate(Index),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        4 => (any::<Index>(), prop::sample::select(PIECES)).prop_map(|(i, p)| Edit::Insert(i, p)),
        2 => (any::<Index>(), 1usize..80).prop_map(|(i, n)| Edit::Delete(i, n)),
        1 => (any::<Index>(), 1usize..400).prop_map(|(i, n)| Edit::Duplicate(i, n)),
        1 => (any::<Index>(), any::<Index>(), 1usize..200).prop_map(|(a, b, n)| Edit::Swap(a, b, n)),
        1 => any::<Index>().prop_map(Edit::Truncate),
    ]
}

/// The char boundary at or before `i`.
fn floor(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn at(text: &str, i: &Index) -> usize {
    floor(text, i.index(text.len() + 1))
}

fn apply(text: &mut String, e: &Edit) {
    match e {
        Edit::Insert(i, p) => text.insert_str(at(text, i), p),
        Edit::Delete(i, n) => {
            let a = at(text, i);
            let b = floor(text, a + n);
            text.replace_range(a..b, "");
        }
        Edit::Duplicate(i, n) => {
            let a = at(text, i);
            let piece = text[a..floor(text, a + n)].to_string();
            text.insert_str(a, &piece);
        }
        Edit::Swap(i, j, n) => {
            // Moves a stretch elsewhere: quotes and their cues end up apart or reversed.
            let a = at(text, i);
            let piece = text[a..floor(text, a + n)].to_string();
            text.replace_range(a..a + piece.len(), "");
            let b = at(text, j);
            text.insert_str(b, &piece);
        }
        Edit::Truncate(i) => {
            let a = at(text, i);
            text.truncate(a);
        }
    }
}

fn mutated_article() -> impl Strategy<Value = String> {
    (
        prop::sample::select(ARTICLES),
        prop::collection::vec(edit(), 1..24),
    )
        .prop_map(|(article, edits)| {
            let mut text = article.to_string();
            for e in &edits {
                apply(&mut text, e);
            }
            text
        })
}

// ---------------------------------------------------------------------------------------------

fn budget() -> &'static (Instant, Duration) {
    static START: OnceLock<(Instant, Duration)> = OnceLock::new();
    START.get_or_init(|| {
        let secs = std::env::var("WHOSAID_FUZZ_SECS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(30);
        (Instant::now(), Duration::from_secs(secs))
    })
}

/// False once the file's time budget is spent: the remaining cases are not analysed.
fn in_budget() -> bool {
    let (start, limit) = budget();
    start.elapsed() < *limit
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        // PROPTEST_CASES, when set, wins over the per-property default.
        cases: std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(cases),
        // Shrinking a failure on a long article can take many steps; a bounded count keeps a
        // failing run short and still gives a small example.
        max_shrink_iters: 2000,
        ..ProptestConfig::default()
    }
}

fn check_span(text: &str, span: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside the text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} cuts a char"
    );
    Ok(())
}

/// Byte offset -> the same offset in `unit`, counted from scratch (not with `OffsetMap`).
fn count(text: &str, byte: usize, unit: Unit) -> u64 {
    let prefix = &text[..byte];
    (match unit {
        Unit::Utf16 => prefix.encode_utf16().count(),
        Unit::CodePoint => prefix.chars().count(),
    }) as u64
}

fn check_wire(text: &str, a: &Analysis, unit: Unit) -> Result<(), TestCaseError> {
    let json = analysis_json(text, a, unit);
    let total = count(text, text.len(), unit);
    let out = json["statements"].as_array().unwrap();
    prop_assert_eq!(out.len(), a.statements.len());
    for (s, j) in a.statements.iter().zip(out) {
        let spans = std::iter::once((s.claim_span(), &j["content"]))
            .chain(s.parts.iter().copied().zip(j["parts"].as_array().unwrap()))
            .chain(s.cue.map(|c| (c, &j["cue"])))
            .chain(s.speaker.mention.map(|m| (m, &j["speaker"]["mention"])));
        for (span, pair) in spans {
            let got = (pair[0].as_u64().unwrap(), pair[1].as_u64().unwrap());
            let want = (count(text, span.start, unit), count(text, span.end, unit));
            prop_assert_eq!(got, want, "{:?} offsets of {:?}", unit, span);
            prop_assert!(got.0 <= got.1 && got.1 <= total);
        }
        if let Some(c) = s.cue {
            prop_assert_eq!(j["cue_text"].as_str(), Some(c.slice(text)));
        }
    }
    Ok(())
}

/// Every invariant of one analysis of `text`, while the time budget lasts.
fn check(text: &str) -> Result<(), TestCaseError> {
    if !in_budget() {
        return Ok(());
    }
    check_all(text)
}

fn check_all(text: &str) -> Result<(), TestCaseError> {
    let a = analyze(text);
    let n = a.statements.len();
    let mut prev: Option<Span> = None;
    for (i, s) in a.statements.iter().enumerate() {
        prop_assert_eq!(s.id, i, "ids are positions");
        check_span(text, s.content, "content")?;
        prop_assert!(!s.parts.is_empty(), "statement {} has no part", i);
        for (k, p) in s.parts.iter().enumerate() {
            check_span(text, *p, "part")?;
            prop_assert!(
                s.content.contains(*p),
                "part {p:?} outside content {:?}",
                s.content
            );
            if k > 0 {
                prop_assert!(
                    s.parts[k - 1].end <= p.start,
                    "parts out of order or overlapping: {:?}",
                    s.parts
                );
            }
        }
        // Statements come in text order of their first part.
        let first = s.parts[0];
        if let Some(p) = prev {
            prop_assert!(
                (p.start, p.end) <= (first.start, first.end),
                "statements out of order"
            );
        }
        prev = Some(first);
        if let Some(c) = s.cue {
            check_span(text, c, "cue")?;
        }
        if let Some(m) = s.speaker.mention {
            check_span(text, m, "speaker mention")?;
        }
        prop_assert!(s.claim < n, "claim id {} of {n} statements", s.claim);
        prop_assert!(s.disputes.iter().all(|&d| d < n && d != i), "disputes ids");
    }
    for p in &a.parties {
        prop_assert!(p.statements.iter().all(|&id| id < n), "party statement ids");
        prop_assert!(
            p.statements.windows(2).all(|w| w[0] < w[1]),
            "party statements in order"
        );
    }
    check_wire(text, &a, Unit::Utf16)?;
    check_wire(text, &a, Unit::CodePoint)?;
    Ok(())
}

proptest! {
    #![proptest_config(config(4000))]

    #[test]
    fn arbitrary_utf8(text in any::<String>()) {
        check(&text)?;
    }

    #[test]
    fn news_token_soup(text in soup()) {
        check(&text)?;
    }

    #[test]
    fn spaced_pieces(text in pieces()) {
        check(&text)?;
    }
}

proptest! {
    #![proptest_config(config(1000))]

    #[test]
    fn mutated_real_articles(text in mutated_article()) {
        check(&text)?;
    }

    /// Several mutated articles in one text: long documents whose quotes and cues cross the seams.
    #[test]
    fn joined_mutated_articles(texts in prop::collection::vec(mutated_article(), 2..5)) {
        check(&texts.join("\n\n"))?;
    }
}

#[test]
fn fixtures_pass_unmutated() {
    for a in ARTICLES {
        check_all(a).unwrap();
        // The mutations start from texts that do exercise the attribution paths.
        assert!(
            !analyze(a).statements.is_empty(),
            "no statement in {:.60}",
            a
        );
    }
}
