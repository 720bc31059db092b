//! Detector throughput over the labelled corpora (own chat voice and real
//! public messages): the mixed corpus with the learned model, the same with
//! the rules alone, the subset of ordinary chatter in which no signal
//! fires (the fast path), and the mixed corpus as `rekey classify` handles
//! it (detection and JSON line, without the pipes). `own_chat_corpus` is
//! the corpus the throughput target was first set on: the project's own
//! support-chat sentences (about 50 bytes each), without the real rows
//! (about 190 bytes each, mostly issue and forum text).

use criterion::{Criterion, Throughput, black_box, criterion_group, criterion_main};
use rekey::detect::Detector;

/// The project's own support-chat sentences.
const OWN: &str = concat!(
    include_str!("../tests/data/corpus.jsonl"),
    include_str!("../tests/data/heldout.jsonl"),
);

/// The real public messages.
const REAL: &str = concat!(
    include_str!("../tests/data/real_train.jsonl"),
    include_str!("../tests/data/real_heldout.jsonl")
);

fn messages(corpus: &str) -> Vec<String> {
    corpus
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn bench(c: &mut Criterion) {
    let detector = Detector::builtin();
    let own = messages(OWN);
    let mixed: Vec<String> = own.iter().cloned().chain(messages(REAL)).collect();
    let chatter: Vec<String> = mixed
        .iter()
        .filter(|m| detector.detect(m).signals.is_empty())
        .cloned()
        .collect();
    let rules = detector.rules_only();
    let mut group = c.benchmark_group("detect");
    for (name, set, d) in [
        ("mixed_corpus", &mixed, &detector),
        ("own_chat_corpus", &own, &detector),
        ("mixed_corpus_rules_only", &mixed, &rules),
        ("chatter_no_signal", &chatter, &detector),
    ] {
        group.throughput(Throughput::Elements(set.len() as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                for m in set.iter() {
                    black_box(d.detect(black_box(m)));
                }
            })
        });
    }
    // What `rekey classify` does per line, without the pipes: read the
    // line's language, detect in it, then the JSON line into a reused
    // buffer.
    group.throughput(Throughput::Elements(mixed.len() as u64));
    let mut out: Vec<u8> = Vec::with_capacity(1 << 16);
    group.bench_function("classify_json_lines", |b| {
        b.iter(|| {
            out.clear();
            for m in mixed.iter() {
                serde_json::to_writer(&mut out, &detector.detect_read(black_box(m)))
                    .expect("a detection serialises");
                out.push(b'\n');
            }
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
