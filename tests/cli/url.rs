//! Issue 7: importing by URL, against a tiny HTTP server on 127.0.0.1.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;

use crate::env::{SEED, TestEnv};

/// A one-thread HTTP/1.1 server answering a few fixed paths; it records
/// the requests it saw (lowercased head).
struct Server {
    base: String,
    requests: Arc<Mutex<Vec<String>>>,
}

impl Server {
    fn start() -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let seen = Arc::clone(&requests);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let seen = Arc::clone(&seen);
                thread::spawn(move || serve(stream, &seen));
            }
        });
        Server { base, requests }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

fn serve(mut stream: TcpStream, seen: &Mutex<Vec<String>>) {
    let mut head = String::new();
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line.to_lowercase());
    }
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    seen.lock().expect("lock").push(head);
    let seed = std::fs::read(SEED).expect("seed");
    let respond = |stream: &mut TcpStream, status: &str, extra: &str, body: &[u8]| {
        let _ = write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\n{extra}\r\n",
            body.len()
        );
        let _ = stream.write_all(body);
    };
    match path.as_str() {
        "/article" => respond(
            &mut stream,
            "200 OK",
            "Content-Type: text/plain; charset=utf-8\r\n",
            &seed,
        ),
        "/moved" => respond(
            &mut stream,
            "301 Moved Permanently",
            "Location: /article\r\n",
            b"",
        ),
        "/loop" => respond(&mut stream, "302 Found", "Location: /loop\r\n", b""),
        "/gone" => respond(&mut stream, "410 Gone", "", b"gone"),
        "/slow" => {
            // Headers, then nothing for longer than the client waits.
            let _ = write!(stream, "HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc");
            let _ = stream.flush();
            thread::sleep(std::time::Duration::from_secs(5));
        }
        "/huge" => {
            let size: u64 = 65 * 1024 * 1024;
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Length: {size}\r\nConnection: close\r\n\r\n"
            );
            let chunk = vec![b'a'; 1 << 20];
            for _ in 0..65 {
                if stream.write_all(&chunk).is_err() {
                    break;
                }
            }
        }
        _ => respond(&mut stream, "404 Not Found", "", b"not here"),
    }
}

#[test]
fn a_url_is_fetched_parsed_and_recorded() {
    let env = TestEnv::new();
    let server = Server::start();
    let url = server.url("/article");
    let out = env
        .run(&["import", "--json", "--tag", "web", &url])
        .success();
    let id = out.json_lines()[0]["id"].as_str().expect("id").to_string();
    let article: serde_json::Value =
        serde_json::from_str(&env.run(&["show", &id, "--json"]).success().stdout).expect("JSON");
    assert_eq!(article["url"], url.as_str());
    assert_eq!(article["source"]["location"], url.as_str());
    assert_eq!(article["tags"], serde_json::json!(["web"]));
    assert_eq!(
        article["headline"],
        "Russia, US to discuss militant withdrawal from Aleppo"
    );
    let requests = server.requests.lock().expect("lock");
    assert!(
        requests[0].contains("user-agent: newsarc/"),
        "{:?}",
        requests[0]
    );
    drop(requests);
    env.run(&["import", &url])
        .success()
        .stdout_has(&format!("already archived as {id}"));
}

#[test]
fn redirects_are_followed_and_the_final_url_kept() {
    let env = TestEnv::new();
    let server = Server::start();
    let out = env
        .run(&["import", "--json", &server.url("/moved")])
        .success();
    let id = out.json_lines()[0]["id"].as_str().expect("id").to_string();
    let article: serde_json::Value =
        serde_json::from_str(&env.run(&["show", &id, "--json"]).success().stdout).expect("JSON");
    assert_eq!(article["url"], server.url("/article").as_str());
    assert_eq!(article["source"]["location"], server.url("/moved").as_str());
}

#[test]
fn http_errors_carry_the_status_and_change_nothing() {
    let env = TestEnv::new();
    let server = Server::start();
    for (path, status) in [("/missing", "404 Not Found"), ("/gone", "410 Gone")] {
        let url = server.url(path);
        env.run(&["import", &url])
            .code(2)
            .stderr_has(&format!("{url}: {status}"));
    }
    env.run(&["import", &server.url("/loop")])
        .code(2)
        .stderr_has("redirects");
    assert!(env.store_files().is_empty());
}

#[test]
fn a_server_that_stalls_times_out() {
    let env = TestEnv::new();
    let server = Server::start();
    let started = std::time::Instant::now();
    env.run(&["import", "--timeout", "0.5", &server.url("/slow")])
        .code(2)
        .stderr_has("no complete answer within 0.5 s");
    assert!(started.elapsed() < std::time::Duration::from_secs(4));
    env.run(&["import", "--timeout", "0", &server.url("/article")])
        .code(2)
        .stderr_has("--timeout");
    assert!(env.store_files().is_empty());
}

#[test]
fn bodies_over_the_size_limit_are_refused() {
    let env = TestEnv::new();
    let server = Server::start();
    env.run(&["import", &server.url("/huge")])
        .code(2)
        .stderr_has("larger than the 64 MiB limit");
    assert!(env.store_files().is_empty());
}

#[test]
fn unreachable_hosts_and_other_schemes_fail_cleanly() {
    let env = TestEnv::new();
    // A port nothing listens on: bind, note the port, close.
    let port = TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    let url = format!("http://127.0.0.1:{port}/x");
    env.run(&["import", &url]).code(2).stderr_has(&url);
    env.run(&["import", "ftp://example.com/a.txt"])
        .code(2)
        .stderr_has("only http and https");
    let server = Server::start();
    let out = env
        .run(&["import", "ftp://example.com/a.txt", &server.url("/article")])
        .code(2);
    assert_eq!(out.stdout.lines().count(), 1, "the good URL still imports");
}
