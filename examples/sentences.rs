//! Prints the sentences and quotations the analyser sees in a file (for debugging rules).
fn main() {
    let path = std::env::args().nth(1).expect("usage: sentences FILE");
    let text = std::fs::read_to_string(path).expect("readable file");
    let doc = whosaid::attribution::Doc::new(&text);
    for q in &doc.quotes {
        println!(
            "QUOTE {:?} words={} continues={}",
            q.span.slice(&text),
            q.words,
            q.continues
        );
    }
    for s in &doc.sents {
        let span = doc.span(s.start, s.end);
        println!("[p{}] {}", s.paragraph, span.slice(&text));
    }
}
