//! Flags shared by `list` and `search`: which articles to consider and in
//! what order.

use clap::ValueEnum;

use newsarc::search::{self, Bound, DateError, DateKey, Filter, Sort};

/// `--since/--until/--author/--site/--tag`.
#[derive(Debug, clap::Args)]
pub struct FilterArgs {
    /// Only articles dated DATE or later (YYYY, YYYY-MM or YYYY-MM-DD; the
    /// published date, else the import date)
    #[arg(long, value_name = "DATE", value_parser = since)]
    since: Option<DateKey>,

    /// Only articles dated DATE or earlier (a whole month or year for
    /// YYYY-MM or YYYY)
    #[arg(long, value_name = "DATE", value_parser = until)]
    until: Option<DateKey>,

    /// Only articles by NAME: its words in order, any case or accents
    /// ("lavrov", "sergey lavrov"); repeat to require several
    #[arg(long, value_name = "NAME")]
    author: Vec<String>,

    /// Only articles from SITE (site name or web address, e.g. "bbc")
    #[arg(long, value_name = "SITE")]
    site: Vec<String>,

    /// Only articles tagged TAG; repeat to require several
    #[arg(long, value_name = "TAG")]
    tag: Vec<String>,
}

fn since(text: &str) -> Result<DateKey, DateError> {
    search::parse_date_bound(text, Bound::Start)
}

fn until(text: &str) -> Result<DateKey, DateError> {
    search::parse_date_bound(text, Bound::End)
}

impl FilterArgs {
    pub fn filter(&self) -> Filter {
        Filter {
            since: self.since,
            until: self.until,
            authors: self.author.clone(),
            sites: self.site.clone(),
            tags: self.tag.clone(),
        }
    }
}

/// `--sort`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    /// Best match first (search only)
    Relevance,
    /// Newest first, by published date, else import date
    Newest,
    /// Oldest first
    Oldest,
    /// Most recently imported first
    Imported,
}

impl From<SortArg> for Sort {
    fn from(arg: SortArg) -> Sort {
        match arg {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Newest => Sort::Newest,
            SortArg::Oldest => Sort::Oldest,
            SortArg::Imported => Sort::Imported,
        }
    }
}
