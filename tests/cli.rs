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
fn report_names_speaker_cue_and_content() {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("a.txt");
    std::fs::write(
        &path,
        "Kremlin spokesman Dmitry Peskov told reporters that Moscow had not been in touch.",
    )
    .unwrap();
    let (out, _, code) = run(&["analyze", path.to_str().unwrap()], "");
    assert_eq!(code, 0);
    assert!(
        out.contains("Dmitry Peskov (Kremlin) — told (reported)"),
        "{out}"
    );
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
