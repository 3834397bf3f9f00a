//! The command line: the JSON Lines contract, bad lines named and skipped, the readable report.

use std::io::Write;
use std::process::{Command, Stdio};

fn run(args: &[&str], stdin: &str) -> (String, String, i32) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whosaid runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        out.status.code().unwrap_or(-1),
    )
}

#[test]
fn jsonl_with_a_bad_line_names_it_and_processes_the_rest() {
    let input = "{\"id\":\"a\",\"text\":\"\\\"No,\\\" he said.\"}\nnot json\n{\"id\":\"c\"}\n{\"id\":\"d\",\"text\":\"😀 Peskov said the plan failed.\"}\n";
    let (out, err, code) = run(&["analyze"], input);
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(
        lines[0]["statements"][0]["content"],
        serde_json::json!([0, 5])
    );
    assert_eq!(lines[1]["id"], "d");
    // Code points: the emoji counts one.
    assert_eq!(
        lines[1]["statements"][0]["content"],
        serde_json::json!([14, 29])
    );
    assert_eq!(
        lines[1]["statements"][0]["speaker"]["mention"],
        serde_json::json!([2, 8])
    );
    assert!(err.contains("line 2: not JSON"), "{err}");
    assert!(
        err.contains("line 3: missing string field \"text\""),
        "{err}"
    );
    assert_ne!(code, 0);
}

#[test]
fn a_text_over_the_limit_is_refused_by_line_and_the_rest_analysed() {
    // 5 MB of one text between two articles: refused with its size, the others analysed.
    let long = "\\\"We will win,\\\" the mayor said. ".repeat(170_000);
    let input = format!(
        "{{\"id\":\"a\",\"text\":\"Peskov said the plan failed.\"}}\n{{\"id\":\"big\",\"text\":\"{long}\"}}\n{{\"id\":\"c\",\"text\":\"Peskov said the plan failed.\"}}\n"
    );
    let (out, err, code) = run(&["analyze"], &input);
    let ids: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, vec!["a", "c"]);
    assert!(
        err.contains("line 2: text of 5270000 bytes is over the limit of 4194304 bytes (analyse it in parts)"),
        "{err}"
    );
    assert_ne!(code, 0);
}

#[test]
fn report_names_speaker_cue_and_content() {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(
        &path,
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow had not been in touch. \
         Analysts believe that talks will resume.",
    )
    .unwrap();
    let (out, _, code) = run(&["analyze", path.to_str().unwrap()], "");
    assert_eq!(code, 0);
    assert!(
        out.contains("Dmitry Peskov (Kremlin) — told (reported, speech)"),
        "{out}"
    );
    assert!(out.contains("— believe (reported, belief)"), "{out}");
    assert!(out.contains("that Moscow had not been in touch"), "{out}");
    let (missing_out, err, code) = run(
        &["analyze", "/nonexistent/x.txt", path.to_str().unwrap()],
        "",
    );
    assert!(err.contains("/nonexistent/x.txt"), "{err}");
    assert!(
        missing_out.contains("Dmitry Peskov"),
        "the readable file is still reported"
    );
    assert_ne!(code, 0);
}

/// `whosaid pairs` (what bench/disputes_cv.py learns from) on the seed article: every statement
/// the decision list scores has the model's features, and where the list's target is among the
/// candidates, "rule_target" marks exactly it, as `analyze` draws it.
#[test]
fn pairs_mark_the_decision_lists_targets() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/seed/moscow-times-venezuela.txt"
    ))
    .unwrap();
    let line = serde_json::json!({"id": "seed", "text": text}).to_string() + "\n";
    let (pairs, _, code) = run(&["pairs"], &line);
    assert_eq!(code, 0);
    let (analysis, _, _) = run(&["analyze"], &line);
    let pairs: serde_json::Value = serde_json::from_str(pairs.trim()).unwrap();
    let analysis: serde_json::Value = serde_json::from_str(analysis.trim()).unwrap();
    let (ps, sts) = (
        pairs["statements"].as_array().unwrap(),
        analysis["statements"].as_array().unwrap(),
    );
    assert_eq!(ps.len(), sts.len());
    let mut marked = 0;
    for (p, st) in ps.iter().zip(sts) {
        assert_eq!(p["content"], st["content"]);
        let Some(cands) = p["candidates"].as_array() else {
            continue;
        };
        assert_eq!(p["features"].as_array().unwrap().len(), 31);
        let drawn: Vec<u64> = st["disputes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_u64().unwrap())
            .collect();
        for c in cands {
            let x = c["features"].as_array().unwrap();
            assert_eq!(x.len(), 34);
            let rule = x[33].as_f64().unwrap() == 1.0;
            assert_eq!(rule, drawn.contains(&c["j"].as_u64().unwrap()), "{p}");
            marked += usize::from(rule);
        }
    }
    // The Kremlin's denials of Trump's tweet and Rostec's of the report, among others.
    assert!(marked >= 5, "{marked} targets marked");
    // Every edge carries its reason in the JSON ("why"); a statement that asserts has none.
    for st in sts {
        let why = st["why"].as_str().unwrap();
        if !st["disputes"].as_array().unwrap().is_empty() {
            assert!(!why.is_empty(), "{st}");
        }
        if st["stance"] == "asserts" {
            assert!(why.is_empty(), "{st}");
        }
    }
}
