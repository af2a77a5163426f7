//! nutgraf-lang against raw whatlang on the same texts, in the same run.
//!
//! `cargo bench -p nutgraf-lang --bench detect`. The texts are single words, word pairs and
//! sentences in several languages and scripts (written for this bench), plus the seed article.
//! The requirement is that nutgraf-lang keeps at least half of whatlang's throughput.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

const SHORT: &[&str] = &[
    "house",
    "Haus",
    "maison",
    "casa",
    "huis",
    "hus",
    "talo",
    "ház",
    "dom",
    "kuća",
    "дом",
    "кућа",
    "будинок",
    "منزل",
    "خانه",
    "घर",
    "家",
    "いえ",
    "집",
    "σπίτι",
    "the weather",
    "das Wetter",
    "le temps",
    "el tiempo",
    "o tempo",
    "il tempo",
    "het weer",
    "været idag",
    "vädret idag",
    "pogoda dzisiaj",
    "počasí dnes",
    "hava durumu",
    "времето днес",
    "погода сегодня",
    "आज मौसम",
    "آج موسم",
    "天气很好",
    "今日の天気",
];

const SENTENCES: &[&str] = &[
    "The committee will publish its final report on the economy next week.",
    "Die Regierung hat am Mittwoch neue Maßnahmen gegen die Inflation beschlossen.",
    "Le gouvernement a présenté mercredi un nouveau plan pour l'emploi des jeunes.",
    "El presidente anunció ayer una reforma del sistema de pensiones.",
    "O governo anunciou ontem novas medidas para a economia do país.",
    "Il consiglio comunale ha approvato il bilancio con ampia maggioranza.",
    "De gemeente wil volgend jaar meer woningen bouwen in het centrum.",
    "Regeringen vill satsa mer pengar på skolan och vården nästa år.",
    "Regjeringen vil bruke mer penger på skole og helse neste år.",
    "Rząd przedstawił w środę nowy plan walki z inflacją.",
    "Vláda ve středu schválila nový plán na podporu bydlení.",
    "Правительство утвердило новый план поддержки экономики.",
    "Уряд затвердив новий план підтримки економіки країни.",
    "Влада је у среду усвојила нови план за подршку привреди.",
    "الحكومة أعلنت اليوم عن خطة جديدة لدعم الاقتصاد الوطني.",
    "دولت امروز برنامه جدیدی برای حمایت از اقتصاد اعلام کرد.",
    "सरकार ने आज अर्थव्यवस्था के लिए नई योजना की घोषणा की।",
    "政府今天宣布了一项支持经济的新计划。",
    "政府は今日、経済を支援する新しい計画を発表した。",
    "정부는 오늘 경제를 지원하는 새로운 계획을 발표했다.",
];

fn bench(c: &mut Criterion) {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../seeds/000_41a3ba1b02c85ae1.txt"
    ))
    .unwrap_or_default();
    let nutgraf = nutgraf_lang::Detector::new();
    let whatlang = whatlang::Detector::new();
    // Parse the tables before timing.
    let _ = nutgraf.detect("warm up");
    let sets: [(&str, Vec<&str>); 3] = [
        ("short", SHORT.to_vec()),
        ("sentences", SENTENCES.to_vec()),
        ("seed", vec![seed.as_str()]),
    ];
    for (name, texts) in &sets {
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let mut g = c.benchmark_group(format!("detect/{name}"));
        g.throughput(Throughput::Bytes(bytes as u64));
        g.bench_function("whatlang", |b| {
            b.iter(|| {
                for t in texts {
                    black_box(whatlang.detect(black_box(t)));
                }
            })
        });
        g.bench_function("nutgraf", |b| {
            b.iter(|| {
                for t in texts {
                    black_box(nutgraf.detect(black_box(t)));
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
