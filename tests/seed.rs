//! The seed article (tests/fixtures/seed): every statement with its speaker, and the boilerplate
//! and scare quotes that must not be statements.

use whosaid::{analyze, Kind};

const SEED: &str = include_str!("fixtures/seed/moscow-times-venezuela.txt");

#[test]
fn seed_statements_and_speakers() {
    let a = analyze(SEED);
    let got: Vec<(String, &str, bool)> = a
        .statements
        .iter()
        .map(|s| {
            let c: String = s.content.slice(SEED).chars().take(40).collect();
            (c, s.speaker.name.as_str(), s.speaker.anonymous)
        })
        .collect();
    let want: Vec<(&str, &str, bool)> = vec![
        ("Russian Military Specialists Are Still i", "Kremlin", false),
        // The headline's ", Contradicting Trump Tweet": the Kremlin's act of disputing.
        ("Trump Tweet", "Kremlin", false),
        ("it didn't know where U.S. President Dona", "Kremlin", false),
        ("continued to work there", "Kremlin", false),
        (
            "that\u{a0}Russia\u{a0}had told the United States i",
            "Donald Trump",
            false,
        ),
        (
            "that Moscow had not been in touch with T",
            "Dmitry Peskov",
            false,
        ),
        (
            "Trump had apparently got his information",
            "Dmitry Peskov",
            false,
        ),
        (
            "newspaper reports, which\u{a0}Russian officia",
            "Russian officials",
            true,
        ),
        (
            "\"By all appearances, it's a circumstanti",
            "Dmitry Peskov",
            false,
        ),
        (
            "\"There really are (Russian) specialists ",
            "Dmitry Peskov",
            false,
        ),
        (
            "Russian state defense contractor Rostec ",
            "Wall Street Journal",
            false,
        ),
        ("the report had exaggerated the number of", "Rostec", false),
        ("technical specialists had recently finis", "Rostec", false),
        (
            "that the Kremlin didn't know what Trump ",
            "Dmitry Peskov",
            false,
        ),
        (
            "\"I don't know what it's a reaction to, b",
            "Dmitry Peskov",
            false,
        ),
        (
            "Russia was continuing to support Venezue",
            "unnamed source in Caracas",
            true,
        ),
        (
            "our work \"discredits the decisions of th",
            "authorities",
            false,
        ),
    ];
    let got_ref: Vec<(&str, &str, bool)> =
        got.iter().map(|(c, n, an)| (c.as_str(), *n, *an)).collect();
    assert_eq!(got_ref, want);
}

#[test]
fn seed_exact_spans_cues_and_kinds() {
    let a = analyze(SEED);
    let find = |start: &str| {
        a.statements
            .iter()
            .find(|s| s.content.slice(SEED).starts_with(start))
            .unwrap_or_else(|| panic!("no statement starting {start:?}"))
    };
    let tweet = find("that\u{a0}Russia");
    assert_eq!(
        tweet.content.slice(SEED),
        "that\u{a0}Russia\u{a0}had told the United States it had removed \"most of their people\" from Venezuela"
    );
    assert_eq!(tweet.cue.map(|c| c.slice(SEED)), Some("tweeted"));
    assert_eq!(tweet.kind, Kind::Mixed);
    assert_eq!(tweet.speaker.text, "Trump");

    let peskov = find("that Moscow");
    assert_eq!(
        peskov.content.slice(SEED),
        "that Moscow had not been in touch with Trump on the subject"
    );
    assert_eq!(peskov.speaker.text, "Kremlin spokesman Dmitry Peskov");
    assert_eq!(peskov.speaker.party.as_deref(), Some("Kremlin"));

    let quote = find("\"I don't know");
    assert_eq!(quote.kind, Kind::Direct);
    assert_eq!(quote.speaker.text, "he");
    assert_eq!(quote.cue.map(|c| c.slice(SEED)), Some("said"));

    let source = find("Russia was continuing");
    assert_eq!(source.speaker.text, "an unnamed source in Caracas");
    assert_eq!(source.cue.map(|c| c.slice(SEED)), Some("as saying"));
}

#[test]
fn seed_negatives_are_not_statements() {
    let a = analyze(SEED);
    for negative in [
        "\"undesirable\" organization",
        "\"foreign agent.\"",
        "His statement caused a stir",
        "Sign up for our free weekly newsletter",
        "We, the journalists of The Moscow Times, refuse to be silenced",
        "Subscribers agree to the Privacy Policy",
        "We see things differently",
    ] {
        let at = SEED.find(negative).expect("negative is in the text");
        let span = whosaid::Span::new(at, at + negative.len());
        let hit: Vec<&str> = a
            .statements
            .iter()
            .filter(|s| s.content.overlaps(span))
            .map(|s| s.content.slice(SEED))
            .collect();
        assert!(hit.is_empty(), "{negative:?} marked by {hit:?}");
    }
}
