//! `nutgraf`: see `nutgraf --help`, and the crate documentation of `nutgraf_cli`.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = nutgraf_cli::Cli::parse();
    nutgraf_cli::exit(nutgraf_cli::run(
        cli.command,
        &[nutgraf_cli::input::Source::Stdin],
    ))
}
