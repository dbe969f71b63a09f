//! Every CSS selector the HTML extractor uses, each compiled once.

use std::sync::LazyLock;

use scraper::Selector;

fn compile(css: &str) -> Selector {
    Selector::parse(css).expect("selectors in this file are valid CSS")
}

macro_rules! selector {
    ($(#[$doc:meta])* $name:ident = $css:expr) => {
        $(#[$doc])*
        pub static $name: LazyLock<Selector> = LazyLock::new(|| compile($css));
    };
}

selector!(
    /// `<meta>` tags: OpenGraph, Twitter, Dublin Core, article:*, itemprop.
    META = "meta"
);
selector!(
    /// JSON-LD blocks (the type is checked in code: it varies in case and
    /// may carry parameters).
    SCRIPT = "script[type]"
);
selector!(
    /// `<link>` tags: canonical URL, rel=author.
    LINK = "link[rel][href]"
);
selector!(
    /// The document title.
    TITLE = "title"
);
selector!(
    /// Headline candidates in the page.
    H1 = "h1"
);
selector!(
    /// `<base href>`, which relative URLs resolve against.
    BASE = "base[href]"
);
selector!(
    /// Machine-readable times.
    TIME = "time[datetime], time[pubdate]"
);
selector!(
    /// Microdata publication date.
    ITEMPROP_PUBLISHED = "[itemprop=datePublished], [itemprop=dateCreated]"
);
selector!(
    /// Microdata modification date.
    ITEMPROP_MODIFIED = "[itemprop=dateModified]"
);
selector!(
    /// Microdata author (the element, or its `name` child).
    ITEMPROP_AUTHOR = "[itemprop~=author], [itemprop~=creator]"
);
selector!(
    /// A name inside a microdata author.
    ITEMPROP_NAME = "[itemprop=name]"
);
selector!(
    /// Microdata headline.
    ITEMPROP_HEADLINE = "[itemprop=headline]"
);
selector!(
    /// Links that name the author.
    REL_AUTHOR = "a[rel~=author]"
);
selector!(
    /// Visible bylines by class, id or attribute, most specific first.
    BYLINE = ".byline, .by-line, .article-byline, .post-author, .author-name, .entry-author, \
              .c-byline, .meta-author, [class*=byline], [class*=Byline], [data-testid*=byline], \
              .author, [rel=author], [class*=author-name], [class*=AuthorName], address.author, \
              [class*=author], [class*=Author]"
);
selector!(
    /// Links to an author's page, whose text is the author's name.
    AUTHOR_LINK = "a[href*='/author/'], a[href*='/authors/'], a[href*='/writers/'], a[href*='/people/']"
);
selector!(
    /// Visible dates by class (used only when nothing machine-readable exists).
    DATE_TEXT = ".date, .published, .post-date, .entry-date, .dateline, .timestamp, \
                 [class*=publish], [class*=date], [class*=Date], [class*=time]"
);
selector!(
    /// Containers of related-article teasers.
    RELATED = "[class*=related], [id*=related], [class*=Related], [class*=more-stories], \
               [class*=read-more], [class*=recommended]"
);
selector!(
    /// Links with a target.
    A_HREF = "a[href]"
);
