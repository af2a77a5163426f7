//! Builds `crates/lang/data/ngrams.bin`, nutgraf-lang's compact character n-gram tables, from the
//! language models of lingua-rs (Apache-2.0, by Peter M. Stahl; trained on the Leipzig corpora,
//! whose test sentences they exclude). See README.md for the command line.
//!
//! For each language, lingua stores ln P(last char | preceding chars) for every 1- to 5-gram seen
//! in its training text. We keep, per language, the unigrams and each longer n-gram whose expected
//! contribution is large enough: P(n-gram) (the product of the conditionals along its prefixes)
//! times |ln P - what the detector would use without it| (the longest kept shorter context, with
//! its backoff penalty) must reach 4e-5 (a simplified form of Stolcke's 1998 relative-entropy
//! pruning). That keeps 3.3% of lingua's 1- to 5-grams for these 46 languages. ln P is quantised
//! to 1/8 nat in a byte; languages are grouped by the script whatlang reports.
//!
//! Format (little-endian): b"NGL1", u8 group count, then per group: u8 group id, u8 language count,
//! 3 ASCII bytes per language code, u16 alphabet size, u32 per char (index = position + 1), u8 maximum
//! order, u8 bits per char, u32 key count, per key a LEB128 varint delta from the previous key (keys
//! packed `bits` bits per char index, first char in the lowest bits, so lengths differ by the
//! highest non-zero slot), u8 entry count, then (u8 language index, u8 quantised -ln P) per entry.

use std::collections::{BTreeMap, HashMap};
use std::io::Write;

use fst::{Map, Streamer};

const GROUPS: &[(u8, &[(&str, &str)])] = &[
    (
        0,
        &[
            ("afr", "afrikaans"),
            ("aze", "azerbaijani"),
            ("cat", "catalan"),
            ("ces", "czech"),
            ("cym", "welsh"),
            ("dan", "danish"),
            ("deu", "german"),
            ("eng", "english"),
            ("epo", "esperanto"),
            ("est", "estonian"),
            ("fin", "finnish"),
            ("fra", "french"),
            ("hrv", "croatian"),
            ("hun", "hungarian"),
            ("ind", "indonesian"),
            ("ita", "italian"),
            ("lat", "latin"),
            ("lav", "latvian"),
            ("lit", "lithuanian"),
            ("nld", "dutch"),
            ("nob", "bokmal"),
            ("pol", "polish"),
            ("por", "portuguese"),
            ("ron", "romanian"),
            ("slk", "slovak"),
            ("slv", "slovene"),
            ("sna", "shona"),
            ("spa", "spanish"),
            ("swe", "swedish"),
            ("tgl", "tagalog"),
            ("tur", "turkish"),
            ("vie", "vietnamese"),
            ("zul", "zulu"),
        ],
    ),
    (
        1,
        &[
            ("bel", "belarusian"),
            ("bul", "bulgarian"),
            ("mkd", "macedonian"),
            ("rus", "russian"),
            ("srp", "serbian"),
            ("ukr", "ukrainian"),
        ],
    ),
    (2, &[("ara", "arabic"), ("pes", "persian"), ("urd", "urdu")]),
    (3, &[("hin", "hindi"), ("mar", "marathi")]),
    (4, &[("cmn", "chinese"), ("jpn", "japanese")]),
];

const MAX_ORDER: usize = 5;
/// The detector's scoring constants (see `ScoreParams` in src/model.rs).
const BACKOFF: f64 = -1.5;
const FLOOR: f64 = -10.0;

/// How to choose the n-grams kept.
enum Prune {
    /// Minimum joint ln-probability for orders 2..=5.
    Joint(Vec<f64>),
    /// Minimum expected gain: P(n-gram) * |ln P - the detector's backoff estimate without it|.
    Gain(f64),
}

fn main() {
    let mut args = std::env::args().skip(1);
    let registry = args
        .next()
        .expect("usage: gen REGISTRY_SRC_DIR OUT [GAIN | J2 J3 J4 J5]");
    let out = args.next().expect("missing OUT");
    let thr: Vec<f64> = args.map(|a| a.parse().expect("threshold")).collect();
    let prune = match thr.len() {
        4 => Prune::Joint(thr),
        1 => Prune::Gain(thr[0]),
        _ => Prune::Gain(4e-5),
    };

    let mut blob = Vec::new();
    blob.extend_from_slice(b"NGL1");
    blob.push(GROUPS.len() as u8);
    for &(gid, langs) in GROUPS {
        // per language: kept n-gram -> ln P(last | rest)
        let mut kept: Vec<HashMap<String, f64>> = Vec::new();
        let mut char_mass: HashMap<char, f64> = HashMap::new();
        for &(_, name) in langs {
            let path = format!("{registry}/lingua-{name}-language-model-1.3.0/models/ngrams.fst");
            let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
            let map = Map::new(bytes).expect("fst");
            let mut by_order: Vec<Vec<(String, f64)>> = vec![Vec::new(); MAX_ORDER + 1];
            let mut stream = map.stream();
            while let Some((k, v)) = stream.next() {
                let s = std::str::from_utf8(k).expect("utf8").to_string();
                let n = s.chars().count();
                if (1..=MAX_ORDER).contains(&n) {
                    by_order[n].push((s, f64::from_bits(v)));
                }
            }
            let mut joint: HashMap<String, f64> = HashMap::new();
            let mut keep: HashMap<String, f64> = HashMap::new();
            for n in 1..=MAX_ORDER {
                for (s, lp) in &by_order[n] {
                    let j = if n == 1 {
                        let c = s.chars().next().unwrap_or(' ');
                        *char_mass.entry(c).or_insert(0.0) += lp.exp();
                        *lp
                    } else {
                        let cut = s.char_indices().last().map(|(i, _)| i).unwrap_or(0);
                        match joint.get(&s[..cut]) {
                            Some(p) => p + lp,
                            None => continue,
                        }
                    };
                    joint.insert(s.clone(), j);
                    let keep_it = match &prune {
                        Prune::Joint(thr) => n == 1 || j >= thr[n - 2],
                        Prune::Gain(tau) => {
                            let tau = *tau;
                            n == 1 || {
                                // What the detector would use without this entry: the longest
                                // kept suffix, with one backoff penalty per dropped char.
                                let mut est = FLOOR + BACKOFF * (n - 1) as f64;
                                let mut suffix = s.as_str();
                                for k in 1..n {
                                    let next = suffix.char_indices().nth(1).map(|(i, _)| i);
                                    suffix = &suffix[next.unwrap_or(suffix.len())..];
                                    if let Some(v) = keep.get(suffix) {
                                        est = v + BACKOFF * k as f64;
                                        break;
                                    }
                                }
                                j.exp() * (lp - est).abs() >= tau
                            }
                        }
                    };
                    if keep_it {
                        keep.insert(s.clone(), *lp);
                    }
                }
            }
            eprintln!("group {gid} {name}: kept {}", keep.len());
            kept.push(keep);
        }
        // alphabet, most frequent first, ties by char
        let mut alphabet: Vec<(char, f64)> = char_mass.into_iter().collect();
        alphabet.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let bits = (usize::BITS - alphabet.len().leading_zeros()).max(1);
        let longest = if gid == 4 { 1 } else { MAX_ORDER };
        assert!(bits as usize * longest <= 64, "alphabet too large");
        let index: HashMap<char, u64> = alphabet
            .iter()
            .enumerate()
            .map(|(i, (c, _))| (*c, i as u64 + 1))
            .collect();
        let mut table: BTreeMap<u64, Vec<(u8, u8)>> = BTreeMap::new();
        for (li, keep) in kept.iter().enumerate() {
            for (s, lp) in keep {
                let mut key = 0u64;
                let mut ok = true;
                for (j, c) in s.chars().enumerate() {
                    match index.get(&c) {
                        Some(ix) => key |= ix << (bits * j as u32),
                        None => ok = false,
                    }
                }
                if !ok || bits as usize * s.chars().count() > 64 {
                    continue;
                }
                let q = (-lp * 8.0).round().clamp(0.0, 255.0) as u8;
                table.entry(key).or_default().push((li as u8, q));
            }
        }
        blob.push(gid);
        blob.push(langs.len() as u8);
        for &(code, _) in langs {
            blob.extend_from_slice(code.as_bytes());
        }
        blob.extend_from_slice(&(alphabet.len() as u16).to_le_bytes());
        for (c, _) in &alphabet {
            blob.extend_from_slice(&(*c as u32).to_le_bytes());
        }
        let max_order = kept
            .iter()
            .flat_map(|k| k.keys())
            .map(|s| s.chars().count())
            .max();
        blob.push(max_order.unwrap_or(1) as u8);
        blob.push(bits as u8);
        blob.extend_from_slice(&(table.len() as u32).to_le_bytes());
        let mut prev = 0u64;
        let mut entries = 0usize;
        for (key, list) in &table {
            let mut d = key - prev;
            prev = *key;
            loop {
                let byte = (d & 0x7f) as u8;
                d >>= 7;
                if d == 0 {
                    blob.push(byte);
                    break;
                }
                blob.push(byte | 0x80);
            }
            let mut list = list.clone();
            list.sort_unstable();
            blob.push(list.len() as u8);
            for &(l, q) in &list {
                blob.push(l);
                blob.push(q);
            }
            entries += list.len();
        }
        eprintln!(
            "group {gid}: {} keys, {entries} entries, {} chars",
            table.len(),
            alphabet.len()
        );
    }
    let mut f = std::fs::File::create(&out).expect("create");
    f.write_all(&blob).expect("write");
    eprintln!("wrote {} bytes to {out}", blob.len());
}
