//! Runs only the disputes pass over PolNeAR train, many times (for profiling it alone).
fn main() {
    let raw = std::fs::read_to_string("../shared/corpus/polnear/train.jsonl").expect("train");
    let texts: Vec<String> = raw
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect();
    let prepared: Vec<(whosaid::attribution::Doc, Vec<whosaid::Statement>)> = texts
        .iter()
        .map(|t| {
            (
                whosaid::attribution::Doc::new(t),
                whosaid::find_statements(t),
            )
        })
        .collect();
    let start = std::time::Instant::now();
    for _ in 0..5 {
        for (doc, st) in &prepared {
            let mut st = st.clone();
            std::hint::black_box(whosaid::disputes::link_doc(doc, &mut st));
        }
    }
    println!(
        "disputes pass: {:.0} ms per run over train",
        start.elapsed().as_secs_f64() * 200.0
    );
}
