//! Offsets in every unit, no panic on any input, and bounded work on hostile text.

use whosaid::analyze;
use whosaid::offsets::Unit;
use whosaid::output::analysis_json;

/// A small deterministic generator (xorshift), so failures reproduce without a seed file.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn check_invariants(text: &str) {
    let a = analyze(text);
    for s in &a.statements {
        for span in std::iter::once(s.content)
            .chain(s.parts.iter().copied())
            .chain(s.cue)
            .chain(s.speaker.mention)
        {
            assert!(
                span.start <= span.end && span.end <= text.len(),
                "span {span:?} outside text"
            );
            assert!(
                text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
                "span {span:?} cuts a char"
            );
        }
        assert!(
            s.parts.iter().all(|p| s.content.contains(*p)),
            "parts outside content"
        );
    }
    // The wire format converts every offset without panicking, in both units.
    let _ = analysis_json(text, &a, Unit::Utf16);
    let _ = analysis_json(text, &a, Unit::CodePoint);
}

#[test]
fn offsets_in_utf16_and_code_points_with_emoji_nbsp_and_curly_quotes() {
    let text = "😀 Ms.\u{a0}Doe said: \u{201c}It’s over.\u{201d}\n\n“We won,” she said.";
    let a = analyze(text);
    assert_eq!(a.statements.len(), 2);
    let first = &a.statements[0];
    assert_eq!(first.content.slice(text), "\u{201c}It’s over.\u{201d}");
    let byte_start = text.find('\u{201c}').unwrap();
    let cp = analysis_json(text, &a, Unit::CodePoint);
    let u16 = analysis_json(text, &a, Unit::Utf16);
    let cp_start = text[..byte_start].chars().count();
    let u16_start = text[..byte_start].encode_utf16().count();
    assert_eq!(cp["statements"][0]["content"][0], cp_start);
    assert_eq!(u16["statements"][0]["content"][0], u16_start);
    assert_eq!(
        u16_start,
        cp_start + 1,
        "the emoji is two UTF-16 units and one code point"
    );
    // The code-point span slices the same words out of the text as a Python str would.
    let (s, e) = (
        cp["statements"][0]["content"][0].as_u64().unwrap() as usize,
        cp["statements"][0]["content"][1].as_u64().unwrap() as usize,
    );
    let sliced: String = text.chars().skip(s).take(e - s).collect();
    assert_eq!(sliced, first.content.slice(text));
    assert_eq!(cp["statements"][0]["speaker"]["text"], "Ms.\u{a0}Doe");
}

#[test]
fn arbitrary_utf8_never_panics() {
    let alphabet: Vec<char> =
        "abc XYZ,.;:!?\"'“”‘’«»—-()\n\n said told according to he She The 😀\u{a0}\u{2029}é中"
            .chars()
            .collect();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(200);
        let text: String = (0..len)
            .map(|_| alphabet[rng.below(alphabet.len())])
            .collect();
        check_invariants(&text);
    }
}

#[test]
fn mutated_real_article_never_panics() {
    let seed = include_str!("fixtures/seed/moscow-times-venezuela.txt");
    let marks = [
        "\"",
        "“",
        "”",
        "'",
        "’",
        ",",
        ".",
        "\n\n",
        " said ",
        "According to ",
        "😀",
        "\u{a0}",
    ];
    let mut rng = Rng(42);
    for _ in 0..300 {
        let mut text = seed.to_string();
        for _ in 0..1 + rng.below(12) {
            if text.is_empty() {
                break;
            }
            let mut at = rng.below(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            match rng.below(3) {
                0 => text.insert_str(at, marks[rng.below(marks.len())]),
                1 => {
                    let mut end = (at + rng.below(40)).min(text.len());
                    while !text.is_char_boundary(end) {
                        end -= 1;
                    }
                    text.replace_range(at..end, "");
                }
                _ => text.truncate(at),
            }
        }
        check_invariants(&text);
    }
}

#[test]
fn a_megabyte_of_unbalanced_quote_marks() {
    let mut text = String::with_capacity(1 << 20);
    let pieces = ["\"", "“", " word ", "”", "\"", " he said ", "‘", "\n"];
    let mut i = 0;
    while text.len() < 1 << 20 {
        text.push_str(pieces[i % pieces.len()]);
        i += 7;
    }
    check_invariants(&text);
}

#[test]
fn one_sentence_of_a_hundred_kilobytes() {
    let mut text = String::from("Officials said that ");
    while text.len() < 100_000 {
        text.push_str("the plan, which critics said was flawed, would fail and ");
    }
    text.push('.');
    check_invariants(&text);
    let a = analyze(&text);
    assert!(!a.statements.is_empty());
}

/// Speaker and party names as the analysis gives them, every statement's and every party's.
fn names(text: &str) -> Vec<String> {
    let a = analyze(text);
    let mut out: Vec<String> = a.parties.iter().map(|p| p.name.clone()).collect();
    for s in &a.statements {
        out.push(s.speaker.name.clone());
        out.extend(s.speaker.party.clone());
    }
    out
}

#[test]
fn no_name_runs_past_a_hundred_characters() {
    // "Mr." before a page of capitalised words once made one name of 650,000 characters, and a
    // word of half a megabyte a speaker named by all of it.
    let words = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"];
    let run: Vec<&str> = (0..100_000).map(|i| words[i * 7 % 5]).collect();
    let run = run.join(" ");
    let word = "Zed".repeat(150_000);
    for text in [
        format!("Mr. {run} said taxes would rise."),
        format!("\"We will win,\" said {run}."),
        format!("{word} said taxes would rise."),
    ] {
        check_invariants(&text);
        let names = names(&text);
        assert!(!names.is_empty(), "a speaker is still found");
        for n in names {
            assert!(
                n.chars().count() <= 101,
                "a name of {} characters",
                n.chars().count()
            );
        }
    }
    // A long real name is kept whole.
    let a = analyze("\"We will win,\" said Juan Carlos Varela Rodríguez Mendoza.");
    assert_eq!(
        a.statements[0].speaker.name,
        "Juan Carlos Varela Rodríguez Mendoza"
    );
}

#[test]
fn empty_and_whitespace_texts() {
    for text in ["", " ", "\n\n\n", "\"", "“”", "said", "according to"] {
        check_invariants(text);
    }
}

#[path = "common/shapes.rs"]
mod shapes;

/// The fastest of a few runs of the analysis and the command line's readable report, in
/// seconds: the least disturbed by other work on the machine.
fn fastest(text: &str) -> f64 {
    (0..3)
        .map(|_| {
            let start = std::time::Instant::now();
            std::hint::black_box(whosaid::report::report("shape", text, &analyze(text)));
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

#[test]
fn time_grows_linearly_on_hostile_shapes() {
    // Eight times the text must take well under 64 times as long (what quadratic time takes):
    // linear is about 8; 16 leaves room for a loaded machine and cache effects, and still fails
    // a pass that is quadratic in only part of its work (a party's member list scanned per
    // statement took x21 here).
    let (small, big) = (100_000, 800_000);
    let mut report = Vec::new();
    for (name, unit) in shapes::SHAPES {
        let (a, b) = (shapes::repeat(unit, small), shapes::repeat(unit, big));
        let (ta, tb) = (fastest(&a), fastest(&b));
        // Under a millisecond the ratio is noise; such a shape is fast whatever its growth.
        let ratio = tb / ta.max(1e-3);
        report.push(format!(
            "{name}: {:.1} ms -> {:.1} ms (x{ratio:.1})",
            ta * 1e3,
            tb * 1e3
        ));
        assert!(
            ratio < 16.0,
            "{name}: {} -> {} bytes took x{ratio:.1}\n{}",
            a.len(),
            b.len(),
            report.join("\n")
        );
    }
    println!("{}", report.join("\n"));
}
