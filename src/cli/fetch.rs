//! Fetching an article by URL (`newsarc import https://…`): the one place
//! newsarc touches the network, and only when asked to. http and https
//! only, with a timeout, a size limit and a redirect limit.

use std::time::Duration;

use anyhow::{anyhow, bail};

use newsarc::error::ParseError;

/// Longest a whole fetch may take by default, connection to last byte
/// (`import --timeout` changes it): news pages arrive in seconds; past this
/// the server is not going to answer.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Redirects followed before giving up: http→https, a short link and a
/// canonical URL need three; a loop never ends.
pub const MAX_REDIRECTS: u32 = 5;

/// Sent with every request, so site owners can see who is fetching.
const USER_AGENT: &str = concat!(
    "newsarc/",
    env!("CARGO_PKG_VERSION"),
    " (offline news archive; one page per request)"
);

/// What a fetch brought back.
pub struct Fetched {
    pub bytes: Vec<u8>,
    /// The URL the page finally came from, after redirects.
    pub url: String,
}

/// True when `arg` names a web URL rather than a file.
pub fn is_url(arg: &str) -> bool {
    scheme(arg).is_some()
}

/// The scheme of `scheme://…`, lowercased; `None` for anything else.
fn scheme(arg: &str) -> Option<String> {
    let (scheme, _) = arg.split_once("://")?;
    let valid = scheme.len() >= 2
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Fetches `url`, refusing bodies over `limit` bytes and giving up after
/// `timeout`. HTTP errors carry their status ("404 Not Found").
pub fn fetch(url: &str, limit: u64, timeout: Duration) -> anyhow::Result<Fetched> {
    match scheme(url).as_deref() {
        Some("http" | "https") => {}
        Some(other) => {
            bail!("unsupported URL scheme {other:?}: only http and https URLs can be imported")
        }
        None => bail!("not a URL"),
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .max_redirects(MAX_REDIRECTS)
        .user_agent(USER_AGENT)
        .http_status_as_error(false)
        .build()
        .into();
    let describe = |e| describe(e, timeout);
    let mut response = agent.get(url).call().map_err(describe)?;
    let status = response.status();
    if !status.is_success() {
        bail!(
            "{} {}",
            status.as_u16(),
            status.canonical_reason().unwrap_or("HTTP error")
        );
    }
    let final_url = ureq::ResponseExt::get_uri(&response).to_string();
    let bytes = response
        .body_mut()
        .with_config()
        .limit(limit)
        .read_to_vec()
        .map_err(|e| match e {
            ureq::Error::BodyExceedsLimit(_) => ParseError::TooLarge { limit }.into(),
            e => describe(e),
        })?;
    Ok(Fetched {
        bytes,
        url: final_url,
    })
}

/// A network error as a sentence that says what went wrong.
fn describe(err: ureq::Error, timeout: Duration) -> anyhow::Error {
    match err {
        ureq::Error::TooManyRedirects => {
            anyhow!(
                "more than {MAX_REDIRECTS} redirects; open the URL in a browser to see where it leads"
            )
        }
        ureq::Error::Timeout(_) => anyhow!(
            "no complete answer within {} s; check the connection, or allow more with --timeout",
            timeout.as_secs_f64()
        ),
        ureq::Error::HostNotFound => anyhow!("host not found; check the URL"),
        ureq::Error::ConnectionFailed => anyhow!("connection failed; is the site up?"),
        other => anyhow!("{other}; check the URL and the network connection"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_told_from_paths() {
        for (arg, url) in [
            ("https://e.org/a", true),
            ("HTTP://e.org", true),
            ("ftp://e.org/x", true),
            ("page.html", false),
            ("dir/with://odd", false),
            ("-", false),
            ("://x", false),
        ] {
            assert_eq!(is_url(arg), url, "{arg}");
        }
    }

    #[test]
    fn only_http_and_https_are_fetched() {
        let err = fetch("ftp://e.org/x", 10, DEFAULT_TIMEOUT)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("only http and https")));
        let err = fetch("file:///etc/passwd", 10, DEFAULT_TIMEOUT)
            .err()
            .map(|e| e.to_string());
        assert!(err.is_some_and(|e| e.contains("only http and https")));
    }
}
