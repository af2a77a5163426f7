//! Prints what nutgraf-extract finds in a saved page: the metadata, then one line per
//! paragraph with its kind. `cargo run --release -p nutgraf-extract --example dump -- page.html`

fn main() -> Result<(), Box<dyn std::error::Error>> {
    for path in std::env::args().skip(1) {
        let article = nutgraf_extract::extract(&std::fs::read(&path)?)?;
        println!("== {path}");
        println!("title:   {:?}", article.title);
        println!("byline:  {:?}", article.byline);
        println!("date:    {:?}", article.date);
        println!("lang:    {:?}", article.lang);
        println!("url:     {:?}", article.url);
        println!(
            "charset: {} ({:?})",
            article.charset, article.charset_source
        );
        if let Some(reason) = article.empty {
            println!("empty:   {}", reason.as_str());
        }
        for p in &article.paragraphs {
            println!("[{:?}] {}", p.kind, p.text);
        }
    }
    Ok(())
}
