//! Every threshold and word list of the raw-text parser, named, each with
//! the reason for its value (STYLE §3). Learned weights live in
//! `text/model.rs`; this file holds what a person chose.

// ---- Re-blocking (text/blocks.rs) ----

/// List markers that open a list item wherever they stand: w3m's • and □,
/// lynx's * and +, and the dashes people type.
pub const BULLETS: &[char] = &['•', '*', '□', '◦', '▪', '■', '●', '·', '-', '–', '+', '○'];

/// Markers that are list items only when indented, because as the first
/// character of a plain line they are usually a word ("o", "#"): lynx's
/// third and fourth nesting levels.
pub const NESTED_BULLETS: &[char] = &['o', '#', '@'];

/// Indent from which `NESTED_BULLETS` count: lynx nests lists at 5+ columns.
pub const NESTED_BULLET_MIN_INDENT: usize = 5;

/// Widest column a wrapped dump reaches: w3m and lynx wrap at 80 columns,
/// so their lines are at most 79 wide (a few overlong table rows aside).
pub const WRAP_MAX_COLUMNS: usize = 80;

/// Narrowest wrap width believed: text browsers and mail clients wrap at
/// 70 to 80 columns; a dump of short lines is not wrapped at all.
pub const WRAP_MIN_COLUMNS: usize = 60;

/// Share of lines allowed past `WRAP_MAX_COLUMNS` in a wrapped dump: w3m
/// lets long URLs and table rows run over; 3 % covers them.
pub const WRAP_MAX_OVERLONG_SHARE: f64 = 0.03;

/// Indent from which a line past `WRAP_MAX_COLUMNS` is preformatted text
/// (code in a `<pre>`, which w3m and lynx print as it is, unwrapped) and
/// no evidence that the dump is unwrapped: wrapped prose starts at column
/// 0 in w3m and 3 in lynx (its margin).
pub const WRAP_PREFORMATTED_MIN_INDENT: usize = 4;

/// Widest wrap believed from the line-length distribution
/// (`text::blocks::wide_wrap_width`): a text browser in a wide terminal
/// wraps at 100 to 132 columns; wider lines are unwrapped paragraphs.
pub const WRAP_WIDE_MAX_COLUMNS: usize = 132;

/// Share of the lines at least half the wide wrap width that must end
/// within `WRAP_NEAR_COLUMNS` of it: greedy wrapping piles most of them
/// there, unwrapped paragraphs and table rows spread out.
pub const WRAP_WIDE_MIN_PEAK_SHARE: f64 = 0.5;

/// Filled lines needed before a dump counts as wrapped wider than
/// `WRAP_MAX_COLUMNS`: a few paragraphs' worth, so a handful of long
/// lines that happen to match never does.
pub const WRAP_WIDE_MIN_NEAR_LINES: usize = 20;

/// A line this close to the wrap width counts as filled.
pub const WRAP_NEAR_COLUMNS: usize = 10;

/// Filled lines needed before a dump counts as wrapped: one long paragraph
/// gives three or more; fewer is a short note typed by hand.
pub const WRAP_MIN_NEAR_LINES: usize = 3;

/// Fewest lines (between blank lines) read as a side-by-side table grid
/// (`text::columns`): two rows of wrapped cells take three or more.
pub const GRID_MIN_LINES: usize = 3;

/// Lines of a grid that need text on both sides of a gutter: one line
/// with text on both sides of a blank column is an indent change, two or
/// more are cells side by side.
pub const GRID_MIN_SIDE_BY_SIDE_LINES: usize = 2;

/// Width from which a blank column on every line is a gutter by itself:
/// w3m puts one space between cells, but a single blank column through
/// lines of prose is a chance alignment unless some line is empty left of
/// it.
pub const GRID_MIN_GUTTER_COLUMNS: usize = 2;

/// Most gutters a grid may have: columns of wrapped prose need room for
/// several words each, so more gutters than this across a page are a data
/// table, a chart or ASCII art, never text to read column by column (and
/// the cap keeps the column scan linear on pathological lines).
pub const GRID_MAX_GUTTERS: usize = 12;

/// Words in each of two consecutive lines of one column for the grid to
/// count as holding wrapped text (and so to be read column by column):
/// data cells hold a number or a word or two.
pub const GRID_PROSE_MIN_WORDS: usize = 4;

/// Wide (CJK) characters counted as one word when a grid's words are
/// counted: Chinese and Japanese are written without spaces, and a word
/// averages about two characters, so a wrapped line of such prose is not
/// mistaken for a one-word data cell.
pub const GRID_WIDE_CHARS_PER_WORD: usize = 2;

/// Share of a grid's words that must stand in columns of wrapped text for
/// it to be read column by column: a layout table or a table of
/// descriptions is mostly such text; a data table with one wrapped notes
/// column reads better row by row, as it stands.
pub const GRID_WRAPPED_MIN_SHARE: f64 = 0.6;

/// Narrowest table column whose lines are re-joined as wrapped: below it a
/// column holds labels, not wrapped text.
pub const GRID_WRAP_MIN_COLUMNS: usize = 12;

/// Starts of a line that continue the line above whatever its length:
/// no paragraph opens with a comma, a full stop or a colon followed by a
/// space (w3m breaks lines after links, so a citation's ". Variety." or a
/// list's ", Bob" lands on a line of its own).
pub const MID_SENTENCE_OPENERS: &[&str] = &[". ", ", ", "; ", ": "];

/// Columns of tolerance when deciding that a word would not have fitted:
/// w3m counts some punctuation one column wider than Unicode does.
pub const WRAP_SLACK_COLUMNS: usize = 1;

/// Columns a renderer may leave free at the end of a wrapped line for
/// text the dump does not show: `lynx -nolist` still lays lines out as if
/// each link carried its "\[12\]" number, so a line with a link wraps up to
/// about five columns early. Within this slack a line joins the one above
/// only when the text runs on (see `WRAP_HIDDEN_MIN_EVIDENCE`).
pub const WRAP_HIDDEN_SLACK_COLUMNS: usize = 5;

/// Lines needed that start in lowercase yet follow a line that ended up to
/// `WRAP_HIDDEN_SLACK_COLUMNS` short, before a dump counts as wrapped
/// early: a lynx page shows dozens, a w3m page none or one or two.
pub const WRAP_HIDDEN_MIN_EVIDENCE: usize = 3;

/// Characters that end a line which stops a paragraph rather than
/// running on: sentence ends, and closing brackets and quotes after one.
pub const LINE_FINAL_PUNCTUATION: &[char] = &[
    '.', '!', '?', ':', ';', ')', ']', '"', '”', '’', '。', '！', '？',
];

/// Widest first-line indent of a paragraph whose wrapped lines start further
/// left: Chinese text opens paragraphs with two ideographic spaces (four
/// columns), typeset prose with a few spaces; more is a table column.
pub const FIRST_LINE_INDENT_MAX_COLUMNS: usize = 8;

/// Columns by which a centred line's axis (its indent plus its end
/// column, twice its middle) may miss the wrap column: lynx centres a
/// heading (`<h1 align="center">`, `<center>`) in the page's width, the
/// wrap column or a column or two past it. A centred heading too long
/// for a line goes on on a shorter line further in, centred on the same
/// axis (within 1 column: an odd number of free columns), and joins it.
pub const CENTRED_AXIS_SLACK_COLUMNS: usize = 2;

/// Last dump line on which lynx's list of the page's `<link>` elements
/// may start ("#alternate Afrikaans aragonés …", "#publisher Home
/// copyright RSS Feed"): lynx prints it first, after a frame's or a
/// refresh's note at most, one paragraph of "#" and the links' titles.
/// The paragraph's lines run on until the blank line under it, however
/// short each line ends (its hidden link numbers wrap it early), so its
/// lines are not taken for titles.
pub const LINK_LIST_MAX_LINE: usize = 4;

/// Fewest characters of a bracketed word at a block's end that reads as
/// a w3m image placeholder (a file name cut to ten characters, "[a7edbb0f-8]",
/// "\[coolant_Flush\]") when it also holds a digit, '-', '_' or '.': short
/// bracketed marks ("\[M1\]", "\[H4\]", "\[MP3\]") are notes and labels people
/// wrote.
pub const PLACEHOLDER_NAME_MIN_CHARS: usize = 5;

/// Characters that print nothing and are no white space: zero-width
/// space, non-joiner and joiner, word joiner, byte order mark, soft
/// hyphen. A block of nothing else (a blog's spacer paragraph,
/// `<p>&zwj;</p>`) is no paragraph a reader sees, so never body.
pub const INVISIBLE_CHARS: &[char] = &[
    '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}', '\u{AD}',
];

/// List marks that stand alone in a block when the item's text was a
/// picture or an icon (w3m's •, lynx's *): such a block is no text.
/// Dashes and '+' are left out: alone, they are a formula's or a code
/// listing's.
pub const LONE_MARKS: &[char] = &['•', '*', '□', '◦', '▪', '■', '●', '·', '○'];

/// How lynx prints an inline frame (a video player, an ad slot, a tag
/// manager's frame): "IFRAME:" and the frame's address or name, on a line
/// of its own. Nothing a reader saw, so such a block is never body.
pub const LYNX_FRAME_MARK: &str = "IFRAME:";

/// How text browsers print form controls: lynx's button, and the check
/// boxes and radio buttons of both (w3m's empty text field is "[ ]" too,
/// once a block's spaces are single). A block of nothing but these (and
/// empty fields, `FORM_FIELD_MIN_UNDERSCORES`) is never body.
pub const FORM_MARKS: &[&str] = &[LYNX_BUTTON_MARK, "[ ]", "[X]", "[*]", "( )", "(*)"];

/// How lynx prints a button, before its label if it has one.
pub const LYNX_BUTTON_MARK: &str = "(BUTTON)";

/// Fewest underscores in a row that print an empty text field (lynx) or a
/// horizontal rule (lynx draws `<hr>` with them).
pub const FORM_FIELD_MIN_UNDERSCORES: usize = 3;

/// Most words of a block that opens with lynx's button mark and is that
/// button with its label ("(BUTTON) Copy", "(BUTTON) Loading...",
/// "(BUTTON) Defaults (BUTTON) Done"): never body either.
pub const BUTTON_LABEL_MAX_WORDS: usize = 5;

/// Most words after [`LYNX_FRAME_MARK`] in a block that is only the mark:
/// lynx cuts a long address across lines, which the block joins with
/// spaces (two pieces in most dev dumps). A longer block is the mark
/// only when every piece reads as part of an address
/// ([`ADDRESS_CHARS`]: up to eight pieces in the dev dumps); else it is
/// text that happens to open with the word.
pub const LYNX_FRAME_MAX_WORDS: usize = 4;

/// Characters of which a piece of a web address cut across lines holds at
/// least one ("adlines.yahoo.co.jp&keys=…", "3A%2F%2Fc.l.qq.com"), and a
/// word of prose seldom does.
pub const ADDRESS_CHARS: &[char] = &['/', '=', '%', '&', '?', '.', ':', '#', '_', '+'];

/// Fewest columns of a line that is one bracketed word left open ("\[linked-in.b1296…"
/// with no "\]"): an image's file name longer than the line, which lynx
/// breaks where the line ends and goes on with on the next line
/// ("fe2c.svg\]"). The two halves are one word again, so the name is
/// known for a file name. A bracket opened by a word of prose is short.
pub const BROKEN_NAME_MIN_COLUMNS: usize = 40;

/// File-name endings of images: lynx prints an image without alt text as
/// its bracketed file name ("[hero.jpeg?w=450]"), sometimes right before
/// the caption.
pub const IMAGE_FILE_EXTENSIONS: &[&str] = &[".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg"];

/// TeX style commands that open a formula's annotation in a Wikipedia
/// dump ("{\displaystyle A^{H}}"): the source of the formula, not text.
pub const TEX_ANNOTATION_STYLES: &[&str] = &["displaystyle", "textstyle"];

/// How lynx opens and closes a MathML formula it prints as markup
/// ("[MATH: <mi> x </mi> … :MATH]").
pub const MATH_MARKUP_OPEN: &str = "[MATH:";
/// See `MATH_MARKUP_OPEN`.
pub const MATH_MARKUP_CLOSE: &str = ":MATH]";

/// Longest number of an ordered-list marker ("12." or "3)"): w3m and lynx
/// print the number before the item and indent its wrapped lines under
/// the text; four digits would be a year ("2024. Reuters").
pub const LIST_NUMBER_MAX_DIGITS: usize = 3;

/// Fewest words a block's doubled start must have to be said once: three
/// words repeated back to back is an alt text before its caption or a
/// teaser title printed twice; "New York, New York" is a phrase. Also the
/// fewest words of a block dropped as the alt text of the caption below
/// it (`blocks::begins_caption`, w3m's alt line above the caption).
pub const DOUBLED_START_MIN_WORDS: usize = 3;

/// Most words of a doubled start: alt texts and teaser titles are short,
/// and an article does not repeat a paragraph back to back.
pub const DOUBLED_START_MAX_WORDS: usize = 40;

// ---- Block features (text/features.rs) ----

/// The most frequent function words of each language the dev set and our
/// users write in. Prose is dense in them; menus, bylines and share bars
/// are not (jusText's stop-word density idea). Lowercase.
pub const STOP_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "as", "was", "with",
            "be", "by", "on", "not", "he", "this", "are", "or", "his", "from", "at", "which",
            "but", "have", "an", "they", "you", "were", "her", "she", "there", "been", "has",
            "their", "would", "we", "its", "will", "can", "if", "more", "when", "who", "so", "i",
            "what", "about", "than", "into", "them", "these", "had", "our", "also", "how", "could",
            "out", "do", "one", "all", "said", "after", "like",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "de", "des", "du", "et", "un", "une", "à", "est", "que", "qui",
            "dans", "pour", "pas", "sur", "au", "aux", "il", "elle", "ne", "se", "ce", "plus",
            "par", "avec", "son", "sa", "ses", "mais", "ont", "été", "sont", "nous", "vous",
            "leur", "cette", "comme", "ou", "y", "en", "a", "l", "d", "qu", "c", "n", "s",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "es", "por",
            "con", "para", "no", "se", "su", "sus", "al", "lo", "como", "más", "pero", "ha", "son",
            "fue", "este", "esta", "sobre", "entre", "también", "muy", "sin", "ya",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "das", "und", "ist", "nicht", "zu", "den", "dem", "des", "ein", "eine",
            "einen", "mit", "sich", "auf", "für", "im", "auch", "es", "er", "sie", "wir", "ich",
            "von", "dass", "aber", "wie", "an", "bei", "nach", "noch", "wird", "sind", "werden",
            "oder", "so", "hat", "war", "nur", "aus",
        ],
    ),
    (
        "pt",
        &[
            "o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma",
            "no", "na", "nos", "nas", "para", "com", "não", "por", "se", "mais", "como", "foi",
            "ao", "ser", "sua", "seu", "mas", "também", "pelo", "pela", "está",
        ],
    ),
    (
        "it",
        &[
            "il", "lo", "la", "i", "gli", "le", "di", "del", "della", "che", "e", "è", "un", "una",
            "per", "non", "con", "si", "da", "in", "sono", "nel", "nella", "al", "alla", "ma",
            "come", "più", "anche", "questo", "questa",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "dat", "op", "te", "in", "voor", "niet", "met",
            "zijn", "er", "aan", "ook", "als", "bij", "door", "maar", "wordt", "naar", "dan", "om",
            "nog", "wel", "ze", "hij", "werd",
        ],
    ),
    (
        "cs",
        &[
            "a", "se", "na", "je", "v", "že", "to", "s", "z", "do", "o", "i", "by", "jsou", "jako",
            "ale", "k", "pro", "byl", "jeho", "po", "které", "který", "která", "tak", "ve", "až",
            "jak", "už", "není", "také",
        ],
    ),
    // Words of at most 8 bytes (four Cyrillic letters), as every list here:
    // a longer stop word would send every longer word of every page to a
    // slower lookup. Words two languages share are in both lists; the
    // others tell them apart (Russian "и", "что", "это" from Ukrainian
    // "і", "що", "це"; Danish "af", "efter" from Norwegian "av", "etter").
    (
        "ru",
        &[
            "и", "в", "во", "не", "на", "что", "с", "со", "по", "это", "как", "а", "к", "из", "за",
            "от", "о", "об", "для", "но", "так", "же", "он", "она", "они", "его", "ее", "её", "их",
            "был", "была", "были", "было", "бы", "уже", "или", "при", "если", "ещё", "еще", "до",
            "у", "все", "всё", "этот", "этой", "этом", "того", "чем", "где", "мы", "вы",
        ],
    ),
    (
        "uk",
        &[
            "і", "й", "в", "у", "на", "не", "що", "з", "із", "та", "до", "це", "як", "від", "для",
            "за", "про", "але", "або", "чи", "його", "її", "їх", "був", "була", "були", "було",
            "вже", "ще", "при", "так", "він", "вона", "вони", "ми", "ви", "цей", "ця", "ці",
            "коли", "який", "яка", "які", "щоб", "якщо", "має",
        ],
    ),
    (
        "pl",
        &[
            "w", "i", "z", "na", "się", "nie", "do", "to", "że", "o", "jest", "jak", "ale", "po",
            "od", "za", "co", "przez", "dla", "oraz", "a", "są", "jego", "jej", "ich", "był",
            "była", "było", "być", "tak", "już", "także", "który", "która", "które", "może",
            "przy", "czy", "też", "tym", "tego", "tej", "ten", "pod", "we", "ze",
        ],
    ),
    (
        "sv",
        &[
            "och", "i", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den",
            "har", "de", "inte", "om", "ett", "var", "men", "så", "från", "vid", "kan", "hade",
            "sig", "han", "hon", "eller", "när", "också", "efter", "detta", "vi", "ska", "skulle",
            "mot", "under", "bara", "nu", "då", "blev",
        ],
    ),
    (
        "da",
        &[
            "og", "i", "at", "det", "som", "en", "på", "er", "af", "for", "med", "til", "den",
            "har", "de", "ikke", "om", "et", "var", "men", "så", "fra", "ved", "kan", "havde",
            "sig", "han", "hun", "eller", "når", "også", "efter", "dette", "vi", "skal", "skulle",
            "mod", "blev", "hvad", "meget", "nogle", "siger", "mere", "jeg",
        ],
    ),
    (
        "no",
        &[
            "og", "i", "at", "det", "som", "en", "på", "er", "av", "for", "med", "til", "den",
            "har", "de", "ikke", "om", "et", "var", "men", "så", "fra", "ved", "kan", "hadde",
            "seg", "han", "hun", "eller", "når", "også", "etter", "dette", "vi", "skal", "skulle",
            "mot", "ble", "hva", "mye", "noen", "sier", "mer", "jeg",
        ],
    ),
    (
        "tr",
        &[
            "ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "ama", "gibi",
            "olan", "değil", "kadar", "sonra", "ancak", "ise", "her", "şey", "ne", "göre", "veya",
            "olduğu", "bunu", "şu", "diye", "ya", "mi", "en", "var", "yok",
        ],
    ),
    (
        "ro",
        &[
            "și", "în", "de", "la", "cu", "nu", "pe", "o", "un", "că", "din", "este", "care", "a",
            "au", "mai", "pentru", "se", "sunt", "fost", "după", "sau", "dar", "ce", "acest",
            "lui", "ei", "al", "ale", "fi", "va", "prin", "cel", "cea", "iar", "într",
        ],
    ),
];

/// What a block that mentions cookies ("cookie" in it, lowercase) says
/// only when it is a cookie or consent notice: its opening claim ("we use
/// cookies"), the consent framework's standard sentence ("we and our
/// partners store and/or access information on a device"), the button it
/// explains ("by clicking “accept"), in the languages above. Such a block
/// is never body, however long: w3m and lynx print the consent dialog a
/// browser hides, a paragraph of 60 to 100 words that reads like prose,
/// where `BOILERPLATE_PHRASES` (which weigh a shorter block that mentions
/// cookies) are looked for in blocks of at most 40 words ("a long
/// paragraph that mentions cookies is not a cookie banner"). An article
/// about cookies quotes none of these (no reference body of the dev set
/// holds one).
pub const CONSENT_NOTICE_PHRASES: &[&str] = &[
    // English
    "we use cookies",
    "this website uses cookies",
    "this site uses cookies",
    "our website uses cookies",
    "store and/or access information on a device",
    "you consent to our use of cookies",
    "consent to the use of cookies",
    "by clicking “accept",
    "by clicking \"accept",
    "by clicking accept",
    "process and share personal data",
    // French
    "nous utilisons des cookies",
    "ce site utilise des cookies",
    "stockons et/ou accédons à des informations",
    // Spanish and Portuguese
    "utilizamos cookies",
    "usamos cookies",
    "este sitio web utiliza cookies",
    "este site utiliza cookies",
    "almacenamos o accedemos a información",
    // German
    "wir verwenden cookies",
    "diese website verwendet cookies",
    "speichern und/oder greifen auf informationen",
    // Italian
    "utilizziamo i cookie",
    "questo sito utilizza cookie",
    "archiviamo e/o accediamo a informazioni",
    // Dutch
    "wij gebruiken cookies",
    "deze website maakt gebruik van cookies",
];

/// Phrases that mark page furniture in the languages above: cookie and
/// consent banners, newsletters, share bars, comment forms, log-in boxes,
/// copyright lines, "read more" teasers. Matched lowercase, as substrings.
pub const BOILERPLATE_PHRASES: &[&str] = &[
    // English
    "cookie",
    "newsletter",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "all rights reserved",
    "copyright",
    "share this",
    "share on",
    "follow us",
    "leave a reply",
    "leave a comment",
    "your email address",
    "required fields",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "related articles",
    "related posts",
    "read more",
    "advertisement",
    "skip to",
    "comments",
    "most popular",
    "most read",
    "you may also like",
    "recommended for you",
    "click here",
    "download the app",
    "contact us",
    "about us",
    "back to top",
    "posted in",
    "filed under",
    "tags:",
    "sponsored",
    "trending",
    "see also",
    "we use cookies",
    "accept all",
    "manage preferences",
    "powered by",
    // A press release page's header over the issuer's name ("News
    // provided by" / "Acme Corp." / date).
    "news provided by",
    "email address",
    "by signing up",
    "unsubscribe",
    "view all",
    "load more",
    // With its space: "admin reads" is no label.
    " min read",
    "reading time",
    "subscribers only",
    "appears in print",
    // French
    "abonnez",
    "s'abonner",
    "partager",
    "publicité",
    "tous droits réservés",
    "se connecter",
    "lire aussi",
    "à lire aussi",
    "mentions légales",
    "commentaires",
    "temps de lecture",
    "réservé aux abonnés",
    // Spanish
    "suscríbete",
    "suscribirse",
    "compartir",
    "publicidad",
    "todos los derechos",
    "iniciar sesión",
    "lee también",
    "leer más",
    "comentarios",
    "aviso legal",
    "tiempo de lectura",
    "exclusivo para suscriptores",
    // German
    "teilen",
    "anmelden",
    "werbung",
    "alle rechte vorbehalten",
    "abonnieren",
    "datenschutz",
    "impressum",
    "mehr zum thema",
    "kommentare",
    "lesezeit",
    "nur für abonnenten",
    // Portuguese
    "compartilhe",
    "assine",
    "todos os direitos",
    "publicidade",
    "leia também",
    "leia mais",
    "tempo de leitura",
    "exclusivo para assinantes",
    // Italian
    "condividi",
    "iscriviti",
    "pubblicità",
    "tutti i diritti",
    "leggi anche",
    "tempo di lettura",
    "riservato agli abbonati",
    // Dutch
    "delen",
    "inloggen",
    "lees ook",
    "alle rechten voorbehouden",
    "leestijd",
    "alleen voor abonnees",
    // Russian and Ukrainian
    "подписаться",
    "подпишитесь",
    "читайте также",
    "все права защищены",
    "поделиться",
    "реклама",
    "комментарии",
    "время чтения",
    "підписатися",
    "читайте також",
    "всі права захищені",
    "поділитися",
    "коментарі",
    // Polish
    "zaloguj",
    "subskrybuj",
    "czytaj także",
    "czytaj też",
    "wszelkie prawa zastrzeżone",
    "udostępnij",
    "komentarze",
    "czas czytania",
    // Swedish, Danish, Norwegian
    "prenumerera",
    "läs också",
    "alla rättigheter förbehållna",
    "læs også",
    "alle rettigheder forbeholdes",
    "les også",
    "alle rettigheter reservert",
    "kommentarer",
    // Turkish
    "abone ol",
    "tüm hakları saklıdır",
    "paylaş",
    "yorumlar",
    "ilginizi çekebilir",
    "okuma süresi",
    // Romanian
    "abonează",
    "toate drepturile rezervate",
    "citește și",
    "distribuie",
    "comentarii",
    "timp de citire",
];

/// Words of an institution a bare byline names after the author ("Shelia
/// R. Cotten, Clemson University"), lowercase, in the languages the
/// parser reads: one of them tells the institution from a place ("Jane
/// Doe, Paris") or a title's second half.
pub const AFFILIATION_WORDS: &[&str] = &[
    "university",
    "college",
    "institute",
    "school",
    "centre",
    "center",
    "laboratory",
    "hospital",
    "foundation",
    "academy",
    "museum",
    "polytechnic",
    "universität",
    "hochschule",
    "université",
    "universidad",
    "universidade",
    "università",
    "universiteit",
    "institut",
    "instituto",
    "istituto",
];

/// Most words of the institution after a bare byline's names ("London
/// School of Hygiene and Tropical Medicine": 7).
pub const AFFILIATION_MAX_WORDS: usize = 8;

/// Most digits of a footnote mark (`[2]`, `[187]`) cut from the end of a
/// sentence before its end is looked for: a wiki's or a paper's notes run
/// to hundreds, a bracketed year (`[2016]`) is no note.
pub const NOTE_MARK_MAX_DIGITS: usize = 3;

/// Characters that end a sentence, in Latin and CJK scripts (closing quotes
/// and brackets after them are skipped first).
pub const SENTENCE_ENDS: &[char] = &['.', '!', '?', '。', '！', '？', '…', ':'];

/// Characters that separate items of a menu or breadcrumb on one line.
pub const MENU_SEPARATORS: &[char] = &['|', '»', '›', '>', '/', '·', '•', '→'];

/// Inline links (`[text](https://…)`) that make a text Markdown
/// (`text::markdown`): a browser's copy or dump prints a link's text
/// alone, so two are a Markdown file's, and one could be a quoted one.
pub const MARKDOWN_MIN_LINKS: usize = 2;

/// Lines a Markdown front matter block may take, its closing `---`
/// included: clippers write a dozen or two; a `---` rule opening a dump
/// is not read past this.
pub const FRONT_MATTER_MAX_LINES: usize = 60;

/// Front matter keys for the article's fields, as web clippers (Obsidian,
/// MarkDownload) and static site generators write them (any case).
pub const FRONT_MATTER_TITLE_KEYS: &[&str] = &["title"];
pub const FRONT_MATTER_AUTHOR_KEYS: &[&str] = &["author", "authors", "byline"];
pub const FRONT_MATTER_DATE_KEYS: &[&str] = &["published", "date", "pubDate", "datePublished"];
pub const FRONT_MATTER_URL_KEYS: &[&str] = &["source", "url", "link", "canonical"];

/// Labels of a saved page's address on a line of its own ("Source:
/// https://…"), as people paste it with an article's text
/// (`meta::small_fields::find_saved_url`; any case).
pub const SAVED_URL_LABELS: &[&str] = &[
    "source",
    "url",
    "link",
    "original",
    "originally published at",
    "read online",
    "quelle",
    "fuente",
    "fonte",
    "lien",
];

/// Blocks of fewer words than this are "short": menu items, labels, buttons.
pub const SHORT_BLOCK_WORDS: usize = 6;

/// Fewest words of a paragraph (ending a sentence) whose second copy on
/// the page leaves the body (`text::meta::drop_repeated_paragraphs`):
/// prose long enough not to recur by chance. Shorter repeated lines are
/// an article's own more often: a table of contents naming its headings
/// again, a program's output line, a "Buy: check price at …" line.
pub const REPEATED_PARAGRAPH_MIN_WORDS: usize = 12;

/// Words that make a block prose for finding the densest run of prose:
/// jusText's "long block" is about 70 characters, a dozen words.
pub const PROSE_MIN_WORDS: usize = 12;

/// Stop-word density from which a long block counts as prose: 0.25 is
/// below running text in every listed language (0.3 - 0.5) and above lists
/// of names and titles (0.0 - 0.15).
pub const PROSE_MIN_STOP_DENSITY: f32 = 0.25;

/// Cost per word of a non-prose block inside the prose run: small enough
/// that a caption or subheading does not split an article, large enough
/// that a menu between two articles does.
pub const RUN_GAP_COST_PER_WORD: f32 = 0.5;

/// Fixed cost of a non-prose block inside the prose run.
pub const RUN_GAP_COST: f32 = 2.0;

/// CJK characters that count as one "word" when text has no spaces: about
/// the information of an English word.
pub const CJK_CHARS_PER_WORD: usize = 2;

/// Share of CJK characters from which a page is Chinese or Japanese, and
/// of hangul from which it is Korean.
pub const CJK_PAGE_SHARE: f32 = 0.3;

/// Share of a page's words that must be stop words of one language before
/// that language is reported: running text has 0.3+, a word list has none.
pub const LANGUAGE_MIN_STOP_SHARE: f32 = 0.12;

/// Chinese and Japanese function characters (particles, copulas, common
/// pronouns): their share of a CJK block plays the stop-word density.
pub const CJK_FUNCTION_CHARS: &[char] = &[
    '的', '了', '是', '在', '和', '有', '也', '不', '这', '我', '他', '就', '都', '而', '与', '之',
    '为', '以', '于', '中', '们', '个', '上', 'の', 'に', 'は', 'を', 'た', 'が', 'で', 'て', 'と',
    'し', 'も', 'な', 'い', 'か', 'る', 'す', 'ま', 'れ',
];

/// Function characters are about a tenth of Chinese running text and a
/// third of Japanese; scaling by 3 puts both near Latin stop-word density.
pub const CJK_FUNCTION_SCALE: f32 = 3.0;

/// Syllables that end a Korean word as a particle or a verb ending and
/// seldom end a noun ("대여소는", "자전거를", "지역에", "설치된",
/// "늘린다"). Korean writes its function words onto the word, so it has
/// no stop words to count; the share of words ending in one of these
/// stands in, at Latin stop-word density as it is: about a third of the
/// words of running text, under a tenth of menus and titles (mostly
/// nouns).
pub const KOREAN_WORD_ENDINGS: &[char] = &[
    '은', '는', '을', '를', '에', '와', '며', '한', '된', '할', '다',
];

/// Share of its shortfall a block between `region_threshold` and the
/// model's threshold costs the bridging region (`text::classify::region`):
/// tables, code and short-line passages inside an article score low, and
/// at full cost a long stretch of them cut the article in two.
pub const REGION_WEAK_GAP_COST: f32 = 0.6;

/// Multiple of its shortfall a block below `region_threshold` costs the
/// bridging region: menus, forms and share bars are where an article
/// ends, so it crosses them only for much more prose than they hold.
pub const REGION_BOILERPLATE_GAP_COST: f32 = 1.3;

/// Body probability of a block that anchors a bridged gap (see
/// `text::classify::region`): confident prose on the far side of a weak
/// stretch, where link lists and footers score middling.
pub const REGION_BRIDGE_ANCHOR_P: f32 = 0.7;

/// Fewest words of a block that anchors a bridged gap: a paragraph, not a
/// teaser title.
pub const REGION_BRIDGE_ANCHOR_WORDS: usize = 10;

/// Most blocks the article's main region may run on past its last
/// paragraph through a list that is mostly not sentences (see
/// `text::classify::region`): a subheading, a caption, a byline or a short
/// list of points (up to ten items) after the last paragraph stay; a blog
/// archive, a list of source links or a widget of a dozen buttons goes.
pub const REGION_TAIL_MAX_BLOCKS: usize = 10;

/// Share of the blocks past the region's last paragraph that must end a
/// sentence for the region to keep them all: an article that goes on in
/// short sentences (a manifesto, numbered tips) has most of them end in a
/// full stop; archive links, source URLs and buttons do not.
pub const REGION_TAIL_SENTENCE_SHARE: f32 = 0.25;

/// Share of the blocks past the region's last paragraph that, opening with
/// an ordered list's number, keep them all (see `REGION_TAIL_MAX_BLOCKS`):
/// an article that ends in a ranking or a numbered list ("1. San Jose, CA
/// 84.7", "2. …") rather than in an archive or teaser list.
pub const REGION_TAIL_NUMBERED_SHARE: f32 = 0.5;

/// Words from which a block that does not end a sentence still counts as
/// the region's last paragraph (see `REGION_TAIL_MAX_BLOCKS`): a teaser's
/// title and its one-line summary make two title-shaped lines, at most
/// twice `TITLE_SHAPE_WORDS`' 20 words; a paragraph that ends in a note
/// mark ("… to the stars. \[MP1\]") or a dropped full stop is longer.
pub const REGION_TAIL_UNENDED_PARAGRAPH_WORDS: usize = 40;

/// Extra body probability a block needs outside the article's main region:
/// articles are contiguous, so a lone good-looking block far from the main
/// text is usually a teaser or a comment.
pub const OUTSIDE_REGION_MARGIN: f32 = 0.25;

/// Body probability a block that does not end a sentence needs outside the
/// article's main region: out there, titles, list items and table cells
/// are teaser lists, "most read" boxes and widgets (and the region's cut
/// tail, see `REGION_TAIL_MAX_BLOCKS`), where the article's own lists
/// score near certain.
pub const OUTSIDE_REGION_UNENDED_P: f32 = 0.9;

/// Words under which the article's main region is a short article's
/// (`classify::region`): a plain copy of a few paragraphs.
pub const SHORT_ARTICLE_MAX_WORDS: usize = 300;

/// Body probability a prose paragraph next to a short article's region
/// needs to join it.
pub const SHORT_ARTICLE_PARAGRAPH_P: f32 = 0.25;

/// Most short lines scored as no text at all ("Advertisement", "SKIP
/// ADVERTISEMENT", "Continue reading the main story") a short article's
/// region grows past to reach a paragraph.
pub const SHORT_ARTICLE_GAP_MAX_BLOCKS: usize = 2;

/// Most words of such a line.
pub const SHORT_ARTICLE_GAP_MAX_WORDS: usize = 5;

/// Short lines that open what follows an article: comments, related
/// stories, author boxes. Everything after the first one (past the start
/// of the prose) is probably not the article. Lowercase substrings.
pub const SECTION_END_MARKERS: &[&str] = &[
    "comments",
    "comment",
    "leave a reply",
    "leave a comment",
    "join the conversation",
    "responses",
    "related",
    "more from",
    "you may also like",
    "you might also like",
    "recommended",
    "read next",
    "more stories",
    "most popular",
    "most read",
    "trending",
    "about the author",
    "commentaires",
    "réagir",
    "comentarios",
    "kommentare",
    "sur le même sujet",
    "lire aussi",
    "lee también",
    "leia também",
    "mehr zum thema",
    "commenti",
    "leggi anche",
    "reacties",
    "lees ook",
    "komentáře",
    "čtěte také",
    "комментарии",
    "читайте также",
    "самое читаемое",
    "коментарі",
    "читайте також",
    "komentarze",
    "czytaj także",
    "czytaj też",
    "kommentarer",
    "läs också",
    "læs også",
    "les også",
    "yorumlar",
    "ilginizi çekebilir",
    "comentarii",
    "citește și",
];

/// Headings that end the article when they are a whole block ("Recent
/// Posts", "• Similar Posts", "Read more articles"), lowercase, without
/// the bullets and punctuation around them: a sidebar's or a teaser
/// list's title. Whole blocks only, unlike `SECTION_END_MARKERS`: the
/// same words are found in text ("Popular posts are performing well").
pub const SECTION_END_HEADINGS: &[&str] = &[
    "similar posts",
    "similar articles",
    "more like this",
    "popular posts",
    "recent posts",
    "latest posts",
    "more articles",
    "read more articles",
    "what to read next",
    "up next",
    "popular articles",
    "recent articles",
    "latest articles",
    "latest stories",
    "latest news",
    "more news",
    "top stories",
    "editor's picks",
    "editors' picks",
    "most viewed",
    "most shared",
    "most commented",
    "keep reading",
];

/// Body blocks searched, from the first, for a paragraph opening with a
/// dateline ("LONDON —", "MOSCOW (AP) —"): a news page's text often
/// follows its lead picture's caption, a summary or an advert's line
/// (readability nytimes-1, wapo-1, yahoo-2 open the text at the second
/// to fourth body block).
pub const DATELINE_BODY_REACH: usize = 4;

/// Most words a section marker or comment head has.
pub const SECTION_END_MAX_WORDS: usize = 6;

/// Whole lines that stand under or over each comment, lowercase.
pub const COMMENT_MARKERS: &[&str] = &[
    "reply",
    "report",
    "like",
    "share",
    "flag",
    "permalink",
    "répondre",
    "responder",
    "antworten",
    "rispondi",
    "responder",
    "upvote",
    "downvote",
    "beantwoorden",
    "odpovědět",
    "ответить",
    "відповісти",
    "odpowiedz",
    "svara",
    "svar",
    "yanıtla",
    "răspunde",
];

/// Blocks after a block searched for a near repeat of it: an alt text
/// and its caption, or a teaser's two titles, stand next to each other
/// or one block apart.
pub const NEAR_REPEAT_REACH: usize = 2;

/// Fewest words of a block compared for near repeats: one- and two-word
/// labels ("Share", "Read more") repeat for other reasons.
pub const NEAR_REPEAT_MIN_WORDS: usize = 3;

/// Most words of a block compared for near repeats: alt texts, captions
/// and teaser titles are short; a paragraph is not repeated.
pub const NEAR_REPEAT_MAX_WORDS: usize = 60;

/// Least share of the longer text the shorter must be (as its start): a
/// caption with a credit appended is most of it; a heading over a
/// paragraph that opens with the same words is not. The same share drops
/// an alt-text block right above its caption in re-blocking.
pub const NEAR_REPEAT_MIN_SHARE: f32 = 0.6;

/// Blocks on each side within which comment marks are counted.
pub const COMMENT_MARK_WINDOW: usize = 3;

/// Blocks on each side within which clock-stamped blocks are counted
/// (`text::features`): a live feed or a comment thread stamps an item
/// every two or three blocks, an article's header once.
pub const CLOCK_WINDOW: usize = 6;

/// Most words of a block that counts as a clock stamp for holding a
/// clock time anywhere ("December 18, 2025, 9:46 pm"); a block that
/// opens with one ("14:44 Accusations de viols …") counts at any length.
pub const CLOCK_STAMP_MAX_WORDS: usize = 8;

/// Blocks on each side within which gallery counters ("3/50 …", "Image 4
/// of 12") are counted: a slide is a title, a caption and a credit.
pub const COUNTER_WINDOW: usize = 6;

/// Fewest counters of one series (same total, different positions) on a
/// page before they mark a gallery: fractions in a recipe ("1/2 cup",
/// "3/4 cup") make two at most, a slide show dozens.
pub const COUNTER_MIN_SERIES: usize = 3;

/// Words of a title-shaped block (one that does not end a sentence):
/// runs of them are teaser and related-article lists, where a subheading
/// stands alone between paragraphs; shorter blocks are menus
/// (`SHORT_BLOCK_WORDS` runs), longer ones paragraphs.
pub const TITLE_SHAPE_WORDS: std::ops::RangeInclusive<usize> = 3..=20;

/// Words after a count that open a comment section at any length ("59
/// Comments on “Title”", "2 responses to …", "12 thoughts on …"), the
/// WordPress forms the short section markers miss. Lowercase.
pub const COUNTED_SECTION_WORDS: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "thought",
    "thoughts",
    "reply",
    "replies",
    "reaction",
    "reactions",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "kommentar",
    "kommentare",
];

/// Most words of a counted comment-section head.
pub const COUNTED_SECTION_MAX_WORDS: usize = 30;

/// Words between the two numbers of a gallery counter besides "/" ("Image
/// 4 of 12", "Photo 3 de 10", "Bild 2 von 9"). Lowercase.
pub const COUNTER_OF_WORDS: &[&str] = &["of", "de", "sur", "von", "di", "van"];

/// Most letters of the label word a gallery counter may open with
/// ("Slide", "Image", "Photo", "Diapositive").
pub const COUNTER_LABEL_MAX_CHARS: usize = 12;

/// Text of an HTML tag as browsers print `<noscript>` content or a broken
/// embed ("`<div style=…><img …`"): code, never article prose, in a dump.
pub const MARKUP_TAGS: &[&str] = &[
    "<div", "</div", "<img", "<span", "</span", "<iframe", "<script", "<a href", "</a>", "<p>",
    "</p>", "<br", "<style",
];

// ---- Article fields around the body (text/meta/) ----

/// Blocks before the first body block searched for the headline: the h1
/// sits just above the text, behind at most a byline, date, share bar and
/// a picture.
pub const HEADLINE_LOOKBACK: usize = 15;

/// Blocks of at most this many words do not count toward
/// `HEADLINE_LOOKBACK` (up to `LOOKBACK_SHORT_SKIP` of them): a sidebar
/// of short labels ("Featured eBooks" / "Read Now"), a tag list
/// ("software (266)"), a counter ("Over 6,000" / "users.") or a byline
/// split over lines can stand between the title and the text without
/// using up the window. The candidates reached only so are the window's
/// far part, taken only when they have more words than this and share
/// their words with the text (`FAR_TITLE_MIN_SHARED`). On the dev set 2,
/// 3 or 4 words win and lose the same pages.
pub const LOOKBACK_SHORT_MAX_WORDS: usize = 3;

/// Most short blocks passed over by the lookback (see
/// `LOOKBACK_SHORT_MAX_WORDS`). With the word test below, 20 won 11
/// page-renderer headlines on the dev set (wcxb 0482 on all three
/// renderers, 4840 chromium; readability wapo-2 on all three, engadget
/// w3m and lynx, liberation-1 w3m, lifehacker-post-comment-load lynx) and
/// lost none; 16 won one page fewer, 12 two; 25 and more reached a
/// related post over wcxb 0447 chromium's short title (lost).
pub const LOOKBACK_SHORT_SKIP: usize = 20;

/// Bytes of the text, from its start, a far candidate's words are looked
/// for in (see `FAR_TITLE_MIN_SHARED`), to the end of the word at the
/// limit: the opening paragraphs, which restate the title's subject;
/// about 300 English words. Counted in bytes because text in a script
/// without spaces is one long word. The first version counted 300 words
/// (200 won one readability page fewer, none lost; 500 let a glued menu
/// of topic names, "Conferences Field Marketing Webinars …", through on
/// wcxb 0049 lynx); 2,000 bytes gives the same pages as 300 words.
pub const FAR_TITLE_TEXT_BYTES: usize = 2000;

/// Shortest word (in characters) a far candidate's word test reads, and
/// how much of each word it compares: 4-character prefixes, so "choose"
/// finds "choosing", "specs" finds "specifications" ("a", "the", "of",
/// "for" are left out).
pub const FAR_TITLE_WORD_CHARS: usize = 4;

/// Share of a far candidate's words (`FAR_TITLE_WORD_CHARS`) the text's
/// opening must hold for the candidate to be taken: a headline restates
/// the article's subject ("How to Choose a Tool" over "… the proper way
/// of choosing a tool"), a menu, a newsletter box or a teaser for
/// another article far above the text does not. Without the test the
/// wider window lost glued menus ("Documentation Blog Tutorials …",
/// "Cork Crime Cork Health …"), promos ("Get the zero-cost Daily
/// Blueprint …") and teasers (readability aktualne chromium); 0.67 lost
/// none, 0.6 none (0482 lynx not won, one more readability page on w3m
/// and lynx), 0.5 lost 0049 lynx, 0.75 won two readability pages fewer.
/// Two words of three (0.667) are not enough.
pub const FAR_TITLE_MIN_SHARED: f32 = 0.67;

/// Blocks above the first body block searched for the header's byline or
/// date line: a table of contents, a share bar or a key-takeaways box can
/// stand between the header and the text.
pub const HEADER_LOOKBACK: usize = 40;

/// Blocks under the first body block searched for a byline or date line
/// with the headline above it: the classifier can keep a teaser, a promo
/// or a summary paragraph that stands above the article's header.
pub const HEADLINE_LOOKAHEAD: usize = 12;

/// Characters that end a breadcrumb's or a title bar's prefix before the
/// page's own title ("Home / Blog / Title", "Blog: Title").
pub const TRAIL_SEPARATORS: &[char] = &['/', '»', '>', '›', '|', ':', '-', '–', '—', '·'];

/// Ranker scores by which the block a breadcrumb right above it ends with
/// may trail the ranker's pick and still be taken (`under_its_trail`):
/// the trail names the page's own title, the pick is then a teaser or a
/// related item above it (wcxb 0270 w3m: a teaser card 1.7 above "Home /
/// Technique / … / Beginner's guide to different camera types" over that
/// title). On the dev set any margin from 1.7 to 5.0 wins that page and
/// loses none; without the test that the line above is no byline or
/// date, 5.0 took "Trond Teigen" under "2025-12-17·Trond Teigen" (0447).
pub const TITLE_UNDER_TRAIL_MARGIN: f32 = 2.5;

/// Ranker scores by which a candidate that restates the text's words may
/// trail the ranker's pick and still be taken over it (`restating_title`,
/// with `RESTATED_TITLE_MIN_KEYS`, `RESTATED_TITLE_MIN_SHARED` and
/// `RESTATED_TITLE_LEAD`): a headline names its article's subject, which
/// the opening paragraphs repeat; the organisation line, blog tagline,
/// menu item or related teaser that the ranker scored a little higher
/// does not ("Thomson Reuters Tax & Accounting" over "The best tax
/// software for tax preparers: A buyer's guide", "Sewing Blog | Sewing
/// Pattern and Product Reviews" over "The 7 Best Sewing Machines for a
/// Beginner", "Népal : «Plus les heures passent…»" over "Un troisième
/// Français mort dans le séisme au Népal"). Simulated over the dev set's
/// candidates, 0.5 and 0.75 won five page-renderer headlines, 1.0 and
/// 1.25 seven, none lost; 1.5 won no more and lost wcxb 0399 w3m and
/// readability mozilla-2 w3m.
pub const RESTATED_TITLE_MARGIN: f32 = 1.0;

/// Most words of a picture's alt text or label ("Andrew Lampinen's
/// avatar", "WABC logo") that the headline's look below a candidate (for
/// its byline or date line) passes over without counting: w3m and lynx
/// print such lines, innerText does not. A portrait's or a logo's label is
/// a few words; a longer block is text that may mention "a photo of a"
/// and stays a block below. On the dev set the bound changes no page (the
/// portraits there are three words).
pub const PICTURE_LINE_MAX_WORDS: usize = 12;

/// Fewest words of `FAR_TITLE_WORD_CHARS` characters or more a candidate
/// needs for its share of the text's words to count (see
/// `RESTATED_TITLE_MARGIN`): over two or three such words the share is
/// chance ("Digital Preservation Services (DPS)" over wcxb 0447's
/// "Mission accomplished!", a section heading "Sur vos écrans cette
/// semaine" over readability videos-2's title; with 3 both were lost).
pub const RESTATED_TITLE_MIN_KEYS: usize = 4;

/// Share of a restating candidate's words (see `RESTATED_TITLE_MARGIN`)
/// the text's opening (`FAR_TITLE_TEXT_BYTES`) must hold. 0.67, 0.75 and
/// 1.0 gave the same pages on the dev set.
pub const RESTATED_TITLE_MIN_SHARED: f32 = 0.75;

/// How much more of the text's words the restating candidate must share
/// than the ranker's pick (see `RESTATED_TITLE_MARGIN`): a pick that
/// restates the text as well keeps its place. 0.25 won seven pages, 0.34
/// and 0.5 five (4877 w3m and chromium not won: its organisation line
/// shares "tax" and "accounting").
pub const RESTATED_TITLE_LEAD: f32 = 0.25;

/// Fewest words of the title under a date line for that date to be its
/// kicker, not the byline date of a block above (the ranker's
/// `dated_below` feature, see `kicker_of_next`): a title, not a label or
/// a counter ("0 61 views"). Blogs print the post's date over its title
/// under the blog's name and tagline, news pages a teaser over the next
/// article's date: on the dev set the blog name or teaser took the date's
/// credit and beat the title on wcxb 0441 lynx and readability salon-1
/// chromium, both won, none lost. Counting any date line over a
/// title-shaped block as a kicker (no word floor, bylines and byline
/// groups included) won four pages and lost five (a title over its
/// "name / date / standfirst" group).
pub const KICKER_TITLE_MIN_WORDS: usize = 4;

/// Fewest words before the date of a title that ends with one
/// ("Almost Timely News: … Using AI for Analytics (2025-09-21)"), which
/// the byline-or-date test took for a date line and left out of the
/// headline candidates (`title_ending_in_date`): a weekday ("Friday,
/// December 19, 2025") is one word. Won wcxb 4444 on all three renderers,
/// lost none; 3 wins and loses the same. On the 882 dev dumps, 4 lines
/// pass all the tests (two of them wrong titles glued to their date by
/// innerText, which no renderer picked).
pub const DATED_TITLE_MIN_WORDS: usize = 2;

/// Characters that make the words before a date a byline or an info row,
/// not a title ("0 · by Dennis Moons · Updated on 8 January 2026", "//
/// By Arun Sai Krishnan • Nov 11, 2020", "109 Comments | Jill Winger |
/// Last Updated: …"): see `DATED_TITLE_MIN_WORDS`.
pub const DATED_TITLE_SEPARATORS: &[char] = &['|', '·', '•'];

/// Last words before a date that make it a date line, not a title that
/// ends in a date ("Paramita (Guha) Ghosh Published: January 3, 2024",
/// "Last Updated: …"), lowercase: see `DATED_TITLE_MIN_WORDS`.
pub const DATED_TITLE_LABEL_WORDS: &[&str] = &[
    "published",
    "posted",
    "updated",
    "modified",
    "released",
    "on",
    "date",
];

/// Blocks above the header's byline or date line that may be the headline:
/// a category label, standfirst or credit line can stand between them.
pub const HEADER_TITLE_REACH: usize = 4;

/// Blocks above the article's "By …" line searched for its title: the
/// name, a standfirst and a date line can stand between them.
pub const BYLINE_TITLE_REACH: usize = 6;

/// Blocks above the start of the text searched for the article's "By …"
/// line: a table of contents, a key-takeaways box or a product list
/// between the header and the text can run to well over 100 blocks
/// (nearest first, so a wider reach only adds pages with no byline closer).
pub const BYLINE_TITLE_LOOKBACK: usize = 150;

/// Bylines tried, nearest first, in the search for the title over the
/// article's byline when no title stands within reach over the nearer
/// ones: an author box under the article ("About the Author" over the
/// name) is often the nearest above the text start when the classifier
/// starts the text far down, and the article's own byline is the next one
/// up. Two: a third never changed a page of the dev set.
pub const BYLINE_TITLE_BYLINES: usize = 2;

/// Most words of a name said on both sides of a picture word inside a
/// byline ("… & Gene Petrino Headshot Gene Petrino, …": w3m and lynx print
/// a second author's portrait's alt text between the names): a first,
/// middle and last name.
pub const INNER_PORTRAIT_NAME_MAX_WORDS: usize = 3;

/// Fewest words of the title over the byline taken over the ranker's
/// pick: shorter blocks there are buttons, share labels and dates ("Share
/// this article", "May 28").
pub const BYLINE_TITLE_MIN_WORDS: usize = 4;

/// Ranker scores by which the title over the byline may trail the
/// ranker's pick (when that pick has no byline or date under it) and
/// still be taken: the ranker sees only the candidate window's shapes,
/// the byline is the stronger witness of the article's header.
pub const BYLINE_TITLE_MARGIN: f32 = 1.0;

/// Ranker scores by which the title over the byline may trail a pick
/// that stands between it and the byline and reads as sentences (a
/// standfirst, which the title search passed over). The ranker favours
/// long blocks: a standfirst twice the title's length scores about 1.7
/// more on its word count alone (`log_words` weight × ln 2). On the dev
/// set 2.0 took three titles back (wcxb 4446 w3m and lynx, 4036 chromium)
/// and lost none; 3.0 lost one (4366 chromium).
pub const BYLINE_TITLE_OVER_STANDFIRST_MARGIN: f32 = 2.0;

/// Separators of a breadcrumb trail when they stand alone between words
/// ("Home > Blog > It"); '|' and '·' are left out: title bars and
/// datelines use them ("Title | Site", "News · 5 min read").
pub const BREADCRUMB_SEPARATORS: &[&str] = &[">", "»", "›", "/", "→", "\\"];

/// Fewest signs of mathematics (operators and arrows of Unicode's
/// mathematical blocks, '×', '÷', '=' between spaces) that make a line a
/// formula, never a headline: a title may hold one ("Apple → Google"),
/// w3m's rendering of a page's MathML holds several.
pub const FORMULA_MIN_SIGNS: usize = 2;

/// Words from which a line of capitalised words with no punctuation is a
/// menu innerText printed on one line, not a title (`is_flattened_menu`).
/// On the dev set no reference headline of 12 words or more is all
/// capitalised without punctuation (the three all-capitalised ones hold a
/// colon, quotes or a full stop); at 8 words there are several ("How Much
/// Should You Charge For A Yoga Class?" holds "?", "Top Home Gym Must
/// Haves For Every Budget And Fitness Level" none, at 11 words).
pub const FLATTENED_MENU_MIN_WORDS: usize = 12;

/// Punctuation a long title holds and a flattened menu does not.
pub const TITLE_PUNCTUATION: &[char] = &[
    ':', '\'', '"', '’', '‘', '“', '”', '.', ',', '?', '!', '(', ')', '–', '—', '-',
];

/// Spaces in a row inside a dump line from which its words are separate
/// inline items, not one title: innerText keeps the whitespace between a
/// breadcrumb's or a menu's links ("Home  Stuff We Love  Expert Product
/// Reviews & Buying Guides", "Facebook  X-twitter  Instagram"). No dev
/// reference headline that is a whole line of a dump (882 dumps, three
/// renderers) holds two spaces in a row; 70 wcxb and 307 readability
/// lines of chromium dumps do.
pub const INLINE_GAP_SPACES: usize = 2;

/// Most digits of a list item's number (`holds_two_item_numbers`): item
/// ids run to five or six ("20345: TROPICS Mission Animations"). No dev
/// reference headline holds two numbered-item openers; 127 dump lines
/// of 2–30 words do (reference lists, glued related and contents lists).
pub const ITEM_NUMBER_MAX_DIGITS: usize = 6;

/// Lines from which a run of lines, every one after the first opening in
/// lowercase with no blank line between, is a sentence or verse broken
/// into lines rather than a headline and what follows it
/// (`in_broken_lines`). wcxb 0414's "Zig has the syntax of Rust" / "the
/// runtime safety of Rust" / … (eight lines) beat its title on lynx and
/// chromium. Three lost wcxb 0420 chromium, a lowercase title and its
/// lowercase subtitle under "SubscribeSign in"; a lowercase tag list
/// ("pim (172)" / "hardware (121)" / …) is caught too.
pub const BROKEN_LINES_MIN_LINES: usize = 4;

/// Keys set to quoted strings ("mode: 'thumbnails-e', container:
/// 'taboola-right-rail-thumbnails'") from which a line is a script's
/// object literal that the renderer printed (innerText prints a `<script>`
/// that stands in the body), not a title. A title quotes one speaker at
/// most ("David Emery: 'Are There Any Un-Angry Trump Supporters?'", whose
/// key is no bare identifier either). With the line ends of
/// `CODE_LINE_ENDINGS`, on 3 candidate lines of the 882 dev dumps (one
/// page, readability engadget chromium, where it was the pick), no
/// reference.
pub const CODE_MIN_QUOTED_KEYS: usize = 2;

/// How a line of program code ends: a statement closed after a call or a
/// literal ("_taboola.push({", "});", "= [];"), a block opened. No title
/// ends so.
pub const CODE_LINE_ENDINGS: &[&str] = &[");", "];", "};", "{"];

/// How a row of skip links opens ("Skip to content", "Jump to navigation
/// Jump to search", "Skip to main content Skip to footer"), lowercase, at
/// the line's start: the links a page sets first for keyboard users,
/// never its title. Only at the start: "Stocks jump to record high" is
/// a title.
pub const SKIP_LINK_OPENERS: &[&str] = &["skip to ", "jump to "];

/// Most words each skip link of such a row names ("main content", "site
/// index", "Recipe"); a title that opens with "Jump to" says more ("Jump
/// to the Future With Our New Electric SUV"). On the 882 dev dumps the
/// row shape turns 134 otherwise eligible candidates of 47 pages out,
/// no reference headline; picked on none, but scored over the title of
/// readability wikipedia-3 (w3m, chromium).
pub const SKIP_LINK_TARGET_MAX_WORDS: usize = 3;

/// Most words of the site's name and of its tagline in the line a wiki
/// prints under an article's title ("From Wikipedia, the free
/// encyclopedia", "From Wikimedia Commons, the free media repository":
/// MediaWiki's site line): "From", a capitalised name, a comma, a
/// lowercase tagline with no more punctuation. On Wikipedia pages it
/// scores level with the title or above it (readability wikipedia-3 and
/// wikipedia-4, chromium).
pub const WIKI_SITE_NAME_MAX_WORDS: usize = 3;
pub const WIKI_TAGLINE_MAX_WORDS: usize = 5;

/// How the parts of a row of links are set apart on one line
/// (`HeadlineInputs::in_row_of_page_links`): a post's categories ("A HPH
/// guide to…, houseplant basics, Houseplants"), an author and the site
/// ("Laura / House Plant House", "Treehugger / Lindsey Reynolds"), a
/// name and its role ("Mike Marshall, Shipping Expert"). A comma or a
/// slash inside a word ("1,000", "A/B") does not part it.
pub const LINK_ROW_SEPARATORS: &[&str] = &[", ", " / "];

/// Most words of each part of such a row: a category, a name, a site's
/// name. A title of such short parts shares one with the menu at most
/// ("Best laptops 2026: Premium, budget, gaming, 2-in-1, and more": only
/// "gaming"); longer parts ("Zimbabwe coup: …, as priest steps in …")
/// are no row.
pub const LINK_ROW_PART_MAX_WORDS: usize = 4;

/// Parts of such a row that need not be printed as a line of their own
/// elsewhere on the page (the menu, the logo, an author box): an author's
/// name beside the site's, the one category not in the menu. All the
/// others must be. On the 882 dev dumps the row shape with at most one
/// part unprinted turns 23 otherwise eligible candidates of 7 sites out
/// (wcxb 0056, 0178, 4451, 4615, 4704, 4708, 4884), none a reference
/// headline. Without `LINK_ROW_PART_MAX_WORDS` the test takes in titles
/// whose long parts the page prints again (readability telegraph, its
/// title and standfirst).
pub const LINK_ROW_MAX_UNPRINTED: usize = 1;

/// Separators from which a line is a breadcrumb trail, not a headline: a
/// title may hold one ("Rock / Pop Awards"), a trail of three places two.
pub const BREADCRUMB_MIN_STEPS: usize = 2;

/// Lines under `BYLINE_TITLE_MIN_WORDS` words the search for the title over
/// a byline passes over without counting them against
/// `BYLINE_TITLE_REACH`: a share bar ("Share to LinkedIn", "Copy link")
/// or a row of labels between the title and its byline has about five.
pub const BYLINE_TITLE_SHORT_SKIP: usize = 8;

/// Kept blocks at most this many blocks apart (one dropped block between)
/// are one run of text: a caption or a share bar can split an article's
/// paragraphs, a gap of two dropped blocks is a layout break.
pub const TEXT_RUN_GAP: usize = 2;

/// Sentences of prose an opening run of kept blocks needs to be the
/// article's text rather than a teaser or promo kept above its header: one
/// teaser's summary is a sentence, an article opens with two or more.
pub const TEXT_OPENING_SENTENCES: usize = 2;

/// Byline or date lines at most this many blocks apart form one chain: a
/// teaser list prints title, (summary,) "Name | date" per item.
pub const TEASER_DATE_GAP: usize = 4;

/// Dated lines in such a chain from which it is a list of teasers, not the
/// article's header (which has a byline and a date line, two at most three).
pub const TEASER_DATES_MIN: usize = 4;

/// A word repeated this often in a line, making at least this share of
/// its words, marks a row of menu labels ("For Enterprise For Media For
/// Agencies"); a title rarely says a word three times.
pub const MENU_WORD_MIN_REPEATS: usize = 3;
pub const MENU_WORD_SHARE: f32 = 0.25;

/// Box-drawing characters w3m draws a horizontal rule (`<hr>`) with, and
/// the fewest of them that make a rule line (a separator, read like a
/// blank line); text never consists of them. lynx draws rules with
/// underscores, which also print empty form fields, and is left alone.
pub const RULE_LINE_CHARS: &[char] = &['━', '─', '═'];
pub const RULE_LINE_MIN_CHARS: usize = 3;

/// Most words on a line holding an empty form field ("Search [ ]",
/// "Email [ ] Subscribe"): a site's search or sign-up box, which w3m
/// prints right above a header's title without a blank line.
pub const FORM_FIELD_LINE_MAX_WORDS: usize = 4;
/// Blocks from the text's start searched for a form field line with no
/// sentence before it (`header::past_form_field`): a wrapped menu line
/// (la-nacion w3m: "Horóscopo Pronóstico Tránsito …", 22 words on two
/// lines), a label and a sign-up prompt over "[ ]" reach the fourth.
pub const TEXT_FORM_FIELD_REACH: usize = 5;

/// Words right before a date that make it a reference-list entry's
/// access or archive date (lowercase): "The Moscow Times. Retrieved 1 May
/// 2015.", "Accessed 3 March 2020", "Archived 2014-03-28": the line
/// before it names a cited source, not the article's author
/// (`byline::parse_loose`).
pub const CITATION_DATE_LABELS: &[&str] = &["retrieved", "accessed", "archived"];

/// Labels over a table of contents (lowercase, without a trailing colon),
/// and the most entries read under one: the lines under such a label, up
/// to the next blank line, are its entries, not the headline. Not a bare
/// "Contents": Wikipedia's sidebar runs from it into the article's title
/// without a blank line (readability wikipedia-4 in innerText).
pub const CONTENTS_LABELS: &[&str] = &[
    "table of contents",
    "in this article",
    "on this page",
    "jump to section",
];
pub const CONTENTS_MAX_ENTRIES: usize = 30;

/// How strongly a line standing alone between blank lines marks a heading
/// (the headline ranker's `heading_mark`, whose full value 1 is lynx's
/// outdent: headings at the left edge, text at a 3-space margin). A
/// browser dump wrapped at a fixed width without that margin (w3m) sets
/// headings and paragraphs off by blank lines, but not the lines of a
/// menu, a logo or a tag row: half a mark, since paragraphs share it.
/// Measured on the dev set: 85 % of the reference headlines that are
/// candidates stand so in w3m dumps, against 25 % of the other
/// candidates (lynx's outdent: 83 % against 13 %). Not for a dump with
/// one line per block (innerText), where the blank lines are the
/// paragraphs' own (`<p>`) and a heading has none.
pub const HEADING_BLANK_LINES_MARK: f32 = 0.5;

/// Ranker scores by which a shorter eligible block just above the top
/// candidate may trail it and still be taken as the headline: the
/// standfirst under a headline looks as much like a title and stands
/// nearer the byline.
pub const HEADLINE_OVER_STANDFIRST_MARGIN: f32 = 1.0;

/// Fewest words of a headline taken over the standfirst under it: a
/// kicker, a section label or a share button above a title has fewer.
pub const TITLE_OVER_STANDFIRST_MIN_WORDS: usize = 5;

/// Ranker scores by which the dump's first line may trail the subtitle
/// under it and still be taken as the headline
/// (`first_line_over_subtitle`): a plain copy starts with its title. A
/// subtitle twice the title's length gains about 1.7 on `log_words`
/// alone (see `TITLE_CASED_OVER_SUBTITLE_MARGIN`); the one dev dump whose
/// first line has the shape (a lynx row of language names) trails by
/// 2.8.
pub const FIRST_LINE_OVER_SUBTITLE_MARGIN: f32 = 3.5;

/// Ranker scores by which the title over the author's bare name may trail
/// the newsroom-and-place line under the name (`title_over_author_name`).
/// Copies in the BBC's layout trail by 1.0 to 1.6; on the dev dumps, where
/// the line under a name is the title itself, the block over the name
/// trails by 2.2 or more.
pub const TITLE_OVER_AUTHOR_MARGIN: f32 = 2.0;

/// Ranker scores by which a title-cased headline may trail the
/// sentence-case subtitle under it (the subtitle over the byline or date):
/// a subtitle twice the title's length gains about 1.7 on `log_words`
/// alone and stands nearer the byline. On the dev set 2.0 won one
/// renderer of wcxb 4184, 3.5 to 5.0 two (the same page), with no page
/// lost.
pub const TITLE_CASED_OVER_SUBTITLE_MARGIN: f32 = 3.5;

/// The widest of the margins by which a rule over the headline ranker's
/// pick lets a candidate trail it (`TITLE_UNDER_TRAIL_MARGIN` …
/// `TITLE_CASED_OVER_SUBTITLE_MARGIN`): a candidate whose score cannot
/// come within it of the pick's is taken by no rule, so the ranker does
/// not work out its costly features (`HeadlineInputs::scores`).
pub const HEADLINE_RULE_MARGIN: f32 = widest(&[
    TITLE_UNDER_TRAIL_MARGIN,
    RESTATED_TITLE_MARGIN,
    BYLINE_TITLE_MARGIN,
    BYLINE_TITLE_OVER_STANDFIRST_MARGIN,
    HEADLINE_OVER_STANDFIRST_MARGIN,
    FIRST_LINE_OVER_SUBTITLE_MARGIN,
    TITLE_OVER_AUTHOR_MARGIN,
    TITLE_CASED_OVER_SUBTITLE_MARGIN,
]);

/// The largest of `margins`.
const fn widest(margins: &[f32]) -> f32 {
    let mut widest = 0.0;
    let mut k = 0;
    while k < margins.len() {
        if margins[k] > widest {
            widest = margins[k];
        }
        k += 1;
    }
    widest
}

/// Fewest words of a title-cased headline taken over its subtitle: the
/// contrast in case is the evidence, so one word fewer than
/// `TITLE_OVER_STANDFIRST_MIN_WORDS` (a short title, "Your Car
/// Maintenance Checklist"); 3 changed nothing on the dev set.
pub const TITLE_CASED_OVER_SUBTITLE_MIN_WORDS: usize = 4;

/// Labels naming the kind of page that a site sets before a colon inside
/// its heading ("<strong>Blog:</strong> Best …"), compared without case:
/// a kicker, never a title's own first half. Left out: "Review", "News",
/// "Opinion" and the like, which titles do open with ("Review: …",
/// kept in references).
pub const PAGE_KIND_LABELS: &[&str] = &["blog", "blog post", "article", "press release"];

/// Most words of a section label or date after " | " (or a date after
/// " / ") at the end of a headline line ("… | Opinion", "… / Dec 2025"):
/// a longer tail is part of the title.
pub const TITLE_LABEL_MAX_WORDS: usize = 4;

/// Openers of credit lines that stand under a headline but are neither
/// the headline nor the author (reviewers, editors), lowercase. Followed
/// by names only, such a line is furniture (`meta::furniture`), as
/// `CREDIT_LINE_OPENERS`' are.
pub const CREDIT_OPENERS: &[&str] = &[
    "reviewed by",
    "medically reviewed by",
    "fact checked by",
    "fact-checked by",
    "edited by",
    "updated by",
    "illustrated by",
    "photographs by",
    "photos by",
];

/// Phrases of page furniture that sits between a headline and its text
/// (audio players, AI summaries, alert and save buttons, tables of
/// contents, editorial-policy notes): never the headline. Lowercase.
pub const NOT_HEADLINE_PHRASES: &[&str] = &[
    "listen to",
    "generate a summary",
    "manage alerts",
    "table of contents",
    "save to favorites",
    "editorial process",
    "editorial team",
    "editorial policy",
    "your privacy",
    "minute read",
    "min read",
    "minutes read",
    // lynx prints a form button as "(BUTTON) Label".
    "(button)",
];

/// How a picture's alt text or file label opens when w3m or lynx print it
/// in place of the image ("Image of a hand holding a glass", "Hero image
/// for blog post …"): never the headline, lowercase.
pub const PICTURE_TEXT_OPENERS: &[&str] = &[
    "image of",
    "an image of",
    "photo of",
    "a photo of",
    "picture of",
    "a picture of",
    "screenshot of",
    "hero image",
    "featured image",
    "header image",
    "stills from",
    "image credit",
    "photo credit",
    // A contributor's portrait ("Headshot of Emma Ryan" over "Written by
    // Emma Ryan"): the alt text w3m prints above the byline.
    "headshot of",
];

/// The same inside the text ("Black and white image of a hand …"): the
/// phrase with its article, so "the public image of" is not caught.
pub const PICTURE_TEXT_PHRASES: &[&str] = &[
    " image of a ",
    " image of an ",
    " photo of a ",
    " photo of an ",
    " picture of a ",
];

/// How a picture's alt text ends ("Marco Bambini's avatar", "WABC logo"),
/// lowercase: a portrait or a brand mark, never the headline.
pub const PICTURE_TEXT_ENDINGS: &[&str] = &[
    "avatar",
    " logo",
    " headshot",
    " profile picture",
    " profile photo",
    " thumbnail",
];

/// Most words before " by " in a credit line that names people ("Tested
/// by A and B", "Guide by A", "A By A"): a title with "by" in it ("4 Best
/// Subscriptions, Tested by Bibliophiles") has more words before it.
pub const CREDIT_PREFIX_MAX_WORDS: usize = 2;

/// Lowercase words a title-cased headline leaves in lowercase; every other
/// word of such a title opens with a capital or a digit. A title-cased
/// line that ends in a full stop is still a headline ("Things to Know
/// Before Travelling to Japan."); a sentence is not title-cased.
pub const TITLE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "nor", "but", "of", "to", "in", "on", "at", "by", "for", "from",
    "with", "as", "vs", "via", "per", "into", "onto", "over", "up", "is", "are",
];

/// Capitalised words a full-stop line needs to count as title-cased:
/// fewer is a short caption or a name.
pub const TITLE_CASE_MIN_WORDS: usize = 4;

/// Names of social networks and share targets, lowercase words: a line made
/// only of them (and "share", "follow") is a row of share or follow links,
/// never the headline.
pub const SOCIAL_NETWORKS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "instagram",
    "linkedin",
    "youtube",
    "tiktok",
    "pinterest",
    "reddit",
    "whatsapp",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "twitch",
    "snapchat",
    "email",
    "print",
    "share",
    "follow",
    "rss",
    "copy",
    "link",
    "flipboard",
    "tumblr",
];

/// The words of `SOCIAL_NETWORKS` that are not a network's name but a
/// share row's verbs and targets: a teaser may hold them ("How to share
/// a link"), so only the names count against it.
pub const SOCIAL_GENERIC_WORDS: &[&str] = &["share", "follow", "email", "print", "copy", "link"];

/// Words of a bare person's name standing alone on a line (a headline
/// feature): first and last name, or with a middle name.
pub const NAME_LIKE_WORDS: std::ops::RangeInclusive<usize> = 2..=3;

/// Most words of an author's role printed on the name's line in an
/// author box ("Tim Green UK-based Systems Theorist & Independent
/// Technology Writer": seven): a longer line is a sentence, not a name
/// and a job title.
pub const AUTHOR_ROLE_MAX_WORDS: usize = 8;

/// Blocks under the headline where a one-word author name may stand
/// ("Kev" between the title and its date): the name, or the date and
/// the name, come first in a blog's header.
pub const ONE_WORD_NAME_REACH: usize = 2;
/// Blocks under the headline where a bare name with a date line beside it
/// is the author before any "by" line above the headline: a standfirst
/// and the name stand between the headline and the date.
pub const NAME_UNDER_HEADLINE_REACH: usize = 3;

/// Lowercase letters before a capital that mark two words glued together
/// ("demoStart"): names like "McIntyre", "YouTube" or "iPhone" have at most
/// two before their inner capital.
pub const GLUED_MIN_LOWERCASE: usize = 3;
/// Words a headline has at least and at most.
pub const HEADLINE_MIN_WORDS: usize = 2;
pub const HEADLINE_MAX_WORDS: usize = 30;

/// Longest first block taken as the headline when the ranker finds none:
/// long headlines run to 40 words; more is a paragraph.
pub const FIRST_BLOCK_HEADLINE_MAX_WORDS: usize = 40;

/// Blocks around the headline and body start searched for the byline and
/// date (bylines sit under the headline, or at the end of the article).
pub const BYLINE_WINDOW: usize = 8;

/// Blocks under the headline searched for a bare name ("Jeff Hoyt") when
/// no rule found a byline anywhere: the author's name printed without
/// "By", a label or a date, under the title or its standfirst. Beyond
/// the first few blocks a name is a pictured person's or a teaser's.
pub const BARE_NAME_WINDOW: usize = 4;

/// Blocks on each side of the headline and of the start of the text
/// searched for the date line: a little wider than the byline's window,
/// since "Updated …" and "date · reading time" lines stand beyond share
/// bars, pictures and credit lines (nearest first, so a wider window only
/// adds dates where none stood closer).
pub const DATE_WINDOW: usize = 11;
/// Longest block searched for a date: a date line, not a paragraph that
/// mentions one.
pub const DATE_LINE_MAX_WORDS: usize = 16;
/// Most words after a date on a line that is only that date: a time and
/// its zone ("March 4, 2024 at 3:45 p.m. ET", "8/1/2025"), each of at
/// most `BARE_DATE_TAIL_MAX_LETTERS` letters. More, or longer words, are
/// text after a date ("2022-04-12 Link to Choosing Software", a list of
/// changes).
pub const BARE_DATE_TAIL_MAX_WORDS: usize = 4;
/// Most letters in a word after such a date ("p.m.", "GMT", "CEST").
pub const BARE_DATE_TAIL_MAX_LETTERS: usize = 4;
/// Capitalised byline openers that, inside a long block, start a byline
/// merged with the lines around it ("… By Sarah Schwartz — November 18,
/// 2025 6 min read …", "Par A et B — 24 novembre 2017 à 18:42 …").
/// Capitalised only: "by" in a sentence is not a byline.
pub const MERGED_BYLINE_OPENERS: &[&str] = &["By", "BY", "Par", "Por", "Von"];
/// Most words from such an opener to the date: an author or two and a
/// dash ("By Sarah Schwartz —", "Par Alexandre Hervaud et Jérémy Piette
/// —"), not a sentence that happens to hold both.
pub const MERGED_BYLINE_MAX_WORDS: usize = 8;
/// Longest line read for a date with a two-digit year ("9/11/13
/// 10:00AM", "10.15.15", "3/09/15 8:00am by A"): a date line of a few
/// words, where "1.2.13" is a date; in a longer line it is as often a
/// version number or a score.
pub const SHORT_YEAR_LINE_MAX_WORDS: usize = 4;

/// Blocks on each side of the date line nearest the headline whose short
/// date lines count as the same header ("Published …" over "Updated …").
pub const DATE_CLUSTER_REACH: usize = 2;

/// Blocks after the body end searched for "Written by" lines, author bios
/// and related teasers.
pub const TAIL_WINDOW: usize = 14;

/// Last body blocks searched for a closing "Written by" line or bio.
pub const TAIL_BODY_BLOCKS: usize = 3;

/// Last body blocks searched for a closing bio that names the author by
/// the first name ("Sam is the VP of Marketing at Dealfront, where he
/// …"), in the first person or under the name: an author box kept in the
/// text, with the site's closing promos after it (up to 9 blocks from the
/// end in the dev dumps).
pub const CLOSING_BIO_BODY_BLOCKS: usize = 10;

/// Longest standfirst: one or two sentences.
pub const STANDFIRST_MAX_WORDS: usize = 60;

/// Han characters of a Chinese or Japanese full name printed glued and
/// alone on its line ("山田花子", "王芳明"); two are as often a section's
/// name ("社会", "経済").
pub const CJK_BARE_NAME_CHARS: std::ops::RangeInclusive<usize> = 3..=5;

/// Characters of each part of a Chinese or Japanese name printed with a
/// space between family and given name ("山田 花子", "長谷川 健太郎").
pub const CJK_NAME_PART_CHARS: std::ops::RangeInclusive<usize> = 1..=3;

/// Blocks at the top of a page where a personal site prints its title,
/// its owner's name (w3m and chromium on the first line, lynx after its
/// line of feed links).
pub const SITE_TITLE_REACH: usize = 3;

/// How many blocks under the headline a bare Chinese or Japanese name is
/// looked for: right under it, or under the date line right under it.
pub const CJK_BARE_NAME_REACH: usize = 2;

/// Last characters of a Chinese or Japanese place's name (prefecture,
/// city, ward, town, village, province, state, country: "大阪府", "横浜市",
/// "広東省"): a line ending in one is no name.
pub const CJK_PLACE_SUFFIXES: &[char] =
    &['都', '府', '県', '市', '区', '町', '村', '省', '州', '国'];

/// Han characters no Chinese or Japanese name holds: pronouns and
/// particles (我, 你, 的, 了, 是 …) and the characters of a page widget's
/// words printed alone on a line by the date ("我要分享" share, 转播
/// repost, 评论 comment, 关注 follow, 登录 log in, 收藏 favourite, 点击
/// click, 下载 download, 更多 more, 阅读 read, 新闻 news). Characters
/// that names do use (关, 下, 多, 新, 登 …) are left out.
pub const CJK_NOT_NAME_CHARS: &[char] = &[
    '我', '你', '您', '他', '她', '它', '们', '的', '了', '是', '要', '请', '在', '这', '分', '享',
    '转', '播', '评', '论', '注', '录', '收', '击', '载', '更', '看', '读', '阅', '闻',
];

/// Most words of a section's or a site's label right over the headline
/// that the classifier kept as text ("社会", "HEALTH", "Engora Data
/// Blog"): a label, not the article's first line.
pub const LABEL_OVER_HEADLINE_MAX_WORDS: usize = 4;

/// How many blocks above the body's first block a paragraph that opens
/// with a dateline is taken back as the article's first (past a share
/// row's lines).
pub const OPENING_PARAGRAPH_REACH: usize = 3;

/// Fewest words of a paragraph that opens with a dateline taken back as
/// the article's first: a sentence, not a heading ("NEW YORK — Live").
pub const OPENING_PARAGRAPH_MIN_WORDS: usize = 10;

/// Most words of a match's score line or its line of scorers ("Arsenal 3
/// (Saka 12, 67, Havertz 54) Chelsea 1 (Palmer 39)").
pub const SCORE_LINE_MAX_WORDS: usize = 16;

/// Most score lines of one match report's header: the score and its
/// scorers ("Arsenal 2-1 Chelsea" / "Saka 23', Havertz 67'"); more are a
/// list of results.
pub const SCORE_LINES_MAX: usize = 2;

/// How many blocks under the headline a match report's score line may
/// stand (past a byline and a date line, which sit on either side of it).
pub const SCORE_LINE_REACH: usize = 4;

/// How far into a paragraph a press release's wire marker ("/PRNewswire/
/// --") is looked for: a place of a few words and a date come first
/// ("WASHINGTON, DC, UNITED STATES, March 3, 2025 /EINPresswire.com/ --").
pub const PRESS_DATELINE_MAX_BYTES: usize = 160;

/// Most words of a press release's place ("WASHINGTON, DC, UNITED
/// STATES", "SAN FRANCISCO"): more is a sentence.
pub const PRESS_PLACE_MAX_WORDS: usize = 6;

/// Words of a wire service's name in brackets after a press release's
/// dateline ("(BUSINESS WIRE)", "(GLOBE NEWSWIRE)", "(PRWEB)"), in
/// capitals; a news agency's bracket ("(AP)", "(Reuters)") names none.
pub const PRESS_WIRE_WORDS: &[&str] = &["WIRE", "PRWEB"];

/// Most widget lines passed over between the headline and the standfirst:
/// a player ("Listen to this article", "00:00", "05:12") and a share row
/// ("Share", "Save").
pub const STANDFIRST_WIDGET_LINES: usize = 6;

/// Most words of a widget's line under the headline ("Listen to this
/// article").
pub const WIDGET_LINE_MAX_WORDS: usize = 4;

/// News agencies' photo credits as they print them at a caption's end,
/// before a slash and the photographer ("REUTERS/John Roe", "(AP
/// Photo/John Roe)"): in these cases only, so a poll's "Reuters/Ipsos"
/// in the text is none.
pub const WIRE_PHOTO_CREDITS: &[&str] = &[
    "REUTERS",
    "AP Photo",
    "AFP PHOTO",
    "AFP Photo",
    "EPA",
    "EPA-EFE",
    "ANSA",
    "dpa",
];

/// Most words of the photographer's name after a wire credit's slash.
pub const WIRE_CREDIT_NAME_MAX_WORDS: usize = 4;

/// Longest block that can be an image caption without a credit marker.
pub const CAPTION_MAX_WORDS: usize = 25;

/// Longest line opened by a caption label ("Image caption, …"): the label
/// vouches for a longer caption than `CAPTION_MAX_WORDS`; a longer block
/// is text that happens to open with the word.
pub const LABELLED_CAPTION_MAX_WORDS: usize = 40;

/// Fewest words of a caption without a credit marker under the standfirst:
/// a single word there is a label or a button ("By", "Image", "Share").
pub const CAPTION_LABEL_MIN_WORDS: usize = 2;

/// Words that mark a picture credit or caption, lowercase.
pub const CAPTION_MARKERS: &[&str] = &[
    "photo:",
    "photo by",
    "photograph:",
    "image:",
    "picture:",
    "credit:",
    "getty images",
    "(photo",
    "/ap",
    "/reuters",
    "/afp",
    "illustration:",
    "(image",
    "foto:",
    "bild:",
    "фото:",
    "fot.",
    "zdjęcie:",
    "fotoğraf:",
];

/// Labels that open a picture's caption, lowercase, each printed with a
/// comma or colon after it: the words screen readers get on news pages
/// ("Image caption, People flocked to …" on BBC pages, "Legenda da foto,"
/// and "Pie de foto," on its Portuguese and Spanish sites), which a plain
/// copy of the page keeps, and the printed "Caption:" or
/// "Bildunterschrift:" of others. The text after the label is the caption.
pub const CAPTION_LABELS: &[&str] = &[
    "image caption",
    "photo caption",
    "picture caption",
    "caption",
    "légende",
    "légende image",
    "légende photo",
    "legenda da foto",
    "pie de foto",
    "bildunterschrift",
    "didascalia",
    "подпись к фото",
];

/// Labels that open the credit line printed with a labelled caption
/// ("Image source, Getty Images"; "Crédito," and "Fuente de la imagen,"
/// on BBC Brasil and Mundo), lowercase, with a comma or colon after them.
/// The Article has no credit for a caption: the line is only kept out of
/// the body.
pub const CAPTION_CREDIT_LABELS: &[&str] = &[
    "image source",
    "photo source",
    "picture source",
    "image credit",
    "photo credit",
    "picture credit",
    "crédit photo",
    "crédito",
    "fuente de la imagen",
    "fonte da imagem",
    "bildquelle",
    "автор фото",
];

/// Most words of a byline's label alone on its line ("About the author",
/// "Posted by:"): the page-wide label search skips longer blocks at once.
pub const BYLINE_LABEL_MAX_WORDS: usize = 3;

/// Most "By …" lines a page may print for its one far from the header to
/// be taken as the byline when no rule found another
/// (`byline_opened_on_page`): more are a teaser list's or comments'.
pub const OPENED_ON_PAGE_MAX_BYLINES: usize = 1;

/// Fewest words of an author's bio: a shorter line after a name is a role
/// or a link ("View all posts").
pub const BIO_MIN_WORDS: usize = 8;
/// Words a kept paragraph right after an author box's bio has more of
/// when the box is a section of the article instead (a product over its
/// description, with the text going on): longer than a share line or a
/// "Read more" link kept by mistake.
pub const TEXT_AFTER_BOX_MIN_WORDS: usize = 15;
/// Blocks above an author box's name line searched for a short line
/// holding a form box ("\[ \]", "\[*\]"): w3m prints a cookie-settings dialog
/// as plain text, a service's check box over its name and description
/// ("[ ]" / "Statistics cookies …" / "Google Analytics" / "Google
/// Analytics is a powerful tool …"), where lynx marks the name "(BUTTON)".
/// An author box stands under no form field.
pub const AUTHOR_BOX_FORM_REACH: usize = 3;

/// Most lines right under the byline that name the author again and are
/// passed over before the two blocks searched for the bio: the name
/// repeated by a profile link, and the portrait's alt text ("Dylan
/// Ettinger's headshot"), which lynx prints where w3m prints nothing.
pub const BIO_NAME_LINES_MAX: usize = 3;
/// Most words such a line holds beyond the name ("'s headshot", "Photo
/// of"): more is a sentence about the author, maybe the bio.
pub const BIO_NAME_LINE_EXTRA_WORDS: usize = 2;

/// Fewest words of a one-sentence bio that opens with the author's full
/// name and a bio verb and names a job ("Richard Partington is the
/// Guardian's economics correspondent.", 7): "Jane Doe is a writer." is
/// the shortest such sentence.
pub const SHORT_BIO_MIN_WORDS: usize = 5;

/// How far into a bio its subject, the author's first name, may stand
/// ("As Editor-in-Chief of the personal finance site MoneyTips.com, Jeff
/// produced …"): past a short lead-in, not deep in a paragraph that merely
/// mentions someone.
pub const BIO_SUBJECT_REACH: usize = 12;

/// Personal pronouns a bio that names its author by the first name uses
/// ("… his family's dealerships", "… her love of travel"): the paragraph
/// speaks of a person, not of a product under a heading.
pub const BIO_PRONOUNS: &[&str] = &["he", "she", "his", "her", "him", "hers"];

/// Greetings a closing bio in the first person may open with ("Hi
/// there! I'm Shivya, and I started this travel blog …"), lowercase.
pub const BIO_GREETINGS: &[&str] = &["hi there", "hello", "hi", "hey"];

/// How a closing bio in the first person names its author, after any
/// greeting.
pub const BIO_SELF_INTRODUCTIONS: &[&str] = &["I'm ", "I’m ", "I am ", "My name is "];

/// Words that start an author bio after the author's name.
pub const BIO_VERBS: &[&str] = &[
    " is ",
    " was ",
    " has ",
    " previously ",
    " writes ",
    " covers ",
    " joined ",
    " reports ",
    " est ",
    " es ",
    " ist ",
];

/// Headings of an author box after the article, lowercase: over one
/// author they name who the description under them is about.
pub const AUTHOR_BOX_HEADINGS: &[&str] = &[
    "about the author",
    "über den autor",
    "über die autorin",
    "zum autor",
    "zur autorin",
    "à propos de l'auteur",
    "à propos de l'autrice",
    "sobre el autor",
    "sobre la autora",
    "sobre o autor",
    "sobre a autora",
];

/// Longest author box label in bytes: "Written by" or "About" and a long
/// name ("Written by María del Carmen Fernández-López" has 46; a name in
/// Cyrillic takes twice its letters).
pub const AUTHOR_LABEL_MAX_BYTES: usize = 80;

/// Blocks under an author box's label searched for its description: past
/// the short lines a box prints first (the name under "About the author";
/// Medium's "1.2K Followers", "·", "Writer for", "Better Programming").
pub const BIO_LABEL_REACH: usize = 5;

/// Words of an author's description under a label: "Reporter covering
/// climate." up to two sentences; a shorter line is a button or a count,
/// a longer one is text.
pub const BIO_DESCRIPTION_WORDS: std::ops::RangeInclusive<usize> = 3..=50;

/// How far into a description its role word may stand ("Reporter
/// covering …", "Staff engineer writing …", "Freelance science
/// journalist …"): further in, the line speaks of someone else's job.
pub const BIO_ROLE_REACH: usize = 3;

/// Job words an author's description opens with, lowercase, in the
/// languages the parser reads. Not `byline`'s role words: "senior",
/// "staff" or "news" open sentences of the text as often.
pub const BIO_ROLE_WORDS: &[&str] = &[
    "writer",
    "reporter",
    "editor",
    "correspondent",
    "columnist",
    "journalist",
    "contributor",
    "author",
    "blogger",
    "engineer",
    "developer",
    "designer",
    "researcher",
    "scientist",
    "professor",
    "photographer",
    "producer",
    "analyst",
    "founder",
    "critic",
    "historian",
    "economist",
    "redakteur",
    "redakteurin",
    "journalistin",
    "korrespondent",
    "korrespondentin",
    "autor",
    "autorin",
    "journaliste",
    "rédacteur",
    "rédactrice",
    "correspondant",
    "correspondante",
    "chroniqueur",
    "chroniqueuse",
    "periodista",
    "redactor",
    "redactora",
    "corresponsal",
    "columnista",
    "jornalista",
    "repórter",
    "colunista",
];

/// Pronouns an author's description may open with ("She covers
/// courts …", "Er schreibt über …"), lowercase.
pub const BIO_OPENING_PRONOUNS: &[&str] = &[
    "he", "she", "er", "sie", "il", "elle", "él", "ella", "ele", "ela",
];

/// Most related teasers kept: a "read more" box holds a handful.
pub const MAX_RELATED: usize = 10;

/// Words a related teaser title has at least and at most.
pub const TEASER_MIN_WORDS: usize = 3;

/// Fewest words of a teaser title that is a question ("Why are so many
/// landlords selling up?"): a shorter one is a prompt, a kicker or the
/// end of a wrapped line ("City and Peoria?", "Should I invest?").
pub const TEASER_QUESTION_MIN_WORDS: usize = 4;
pub const TEASER_MAX_WORDS: usize = 20;

/// Most words of a line that labels the teaser title under it: a kicker
/// ("Strategy, Guides"), a category, an author ("Martin Fendrych") or a
/// heading ("You May Like"). The title before another title in a plain
/// list of titles has more (7-12 words in the dev set's lists), and was
/// taken as the next one's label when any shorter line labelled.
pub const TEASER_LABEL_MAX_WORDS: usize = 4;

/// Headings over a list of teasers that `SECTION_END_MARKERS` lacks
/// ("Most recent posts", "Top stories"), lowercase substrings: such a
/// line labels the title under it and is never a title. A heading has at
/// most `SECTION_END_MAX_WORDS` words.
pub const TEASER_SECTION_HEADINGS: &[&str] = &[
    "recent posts",
    "latest posts",
    "popular posts",
    "top stories",
    "latest news",
    "more news",
    "related links",
    "related stories",
    "further reading",
    "what to read next",
    "post navigation",
    "you may like",
    "don't miss",
    "don’t miss",
    "references",
    "more information",
    "useful information",
    "more to explore",
    "explore more",
    "mais lidas",
    "más leídas",
    "más leído",
    "les plus lus",
    "meistgelesen",
];

/// Phrases of tail lines that are page furniture, never a teaser's title
/// or label: buttons and calls to action, form and feedback prompts, blog
/// footers. Lowercase substrings. Kept apart from `BOILERPLATE_PHRASES`
/// because that list feeds the trained body classifier's `boilerplate`
/// feature: growing it would change the body.
pub const TEASER_NOT_PHRASES: &[&str] = &[
    "browse all",
    "see all",
    "show all",
    "get started",
    "free trial",
    "start your",
    "get the app",
    "share to",
    "share with",
    "toggle",
    "navigate",
    "terms &",
    "conditions apply",
    "as seen on",
    "let's talk",
    "let’s talk",
    "book a demo",
    "request a demo",
    "learn more",
    "see more",
    "read the article",
    "back to the top",
    "was this",
    "help us",
    "your inbox",
    "posted by",
    "labels:",
    "categories:",
    "category:",
    "links to this post",
    "create a link",
    "your name",
    "zip code",
    "search for",
    "cancel reply",
    "inicia sesión",
    "regístrate",
    "comparte",
    "your privacy",
    "reprints",
    "code of conduct",
    "read article",
    "go to home",
    "back to blog",
    "keep in touch",
    "tagged:",
    "in this article",
    "all posts",
    "all articles",
    "site information",
    "check it out",
    "promoted",
    "written by",
    "termos e condições",
    "términos y condiciones",
    "conditions générales",
    "sitemap",
    "mapa del sitio",
    "zum drucken",
    "printer-friendly",
    "printer friendly",
];

/// Phrases of a heading over comments ("Kommentare lesen (1 Beitrag)",
/// "Join the conversation"), lowercase: the lines under it are comments,
/// so it labels no teaser (`SECTION_END_MARKERS` holds these heads too).
pub const TEASER_COMMENT_HEADS: &[&str] = &[
    "comment",
    "kommentar",
    "commentaire",
    "comentario",
    "reply",
    "réagir",
    "responses",
    "conversation",
];

/// Words of a post navigation link ("Previous Post: Title", "Next
/// article –", "PrevPreviousTitle"), lowercase: cut from the title into
/// its label, and a line of nothing else ("Newer Post Older Post Home") is
/// no teaser.
pub const TEASER_NAV_DIRECTIONS: &[&str] = &[
    "previous",
    "prev",
    "next",
    "older",
    "newer",
    "siguiente",
    "anterior",
    "précédent",
    "suivant",
    "vorheriger",
    "nächster",
];

/// Nouns after a navigation word ("Next story", "Artículo anterior").
pub const TEASER_NAV_NOUNS: &[&str] = &[
    "post",
    "posts",
    "article",
    "story",
    "entry",
    "page",
    "artículo",
    "entrada",
    "artikel",
    "beitrag",
];

/// A table's row after the text is no teaser title ("1 Arsenal 28 19 6 3
/// 35 63", a sports report's league table): `TABLE_ROW_MIN_CELLS` cells or
/// more, over `TABLE_ROW_NUMBER_SHARE` of them numbers ("10 things to do
/// in 2025" has two of six).
pub const TABLE_ROW_MIN_CELLS: usize = 5;
pub const TABLE_ROW_NUMBER_SHARE: f32 = 0.5;
/// Nor is its header: `TABLE_HEADER_LETTER_CELLS` cells or more of one
/// capital letter other than "A" and "I" ("Pos Team P W D L GD Pts").
pub const TABLE_HEADER_LETTER_CELLS: usize = 3;

/// Social network names (`SOCIAL_NETWORKS`) from which a line is a follow
/// or share row ("Follow AP on Facebook, X, Instagram, YouTube and
/// TikTok"): a teaser title names one or two at most.
pub const TEASER_SOCIAL_NAMES_MAX: usize = 3;

/// Pipes from which a line is a menu printed on one line ("About us |
/// Advertise | Privacy", "회사소개 | 광고안내 | 개인정보처리방침"): a
/// teaser's title holds one at most, before its site's or section's name.
pub const TEASER_MENU_PIPES_MIN: usize = 2;

/// Most words of each item of a comma-separated line read as a list of
/// categories, tags or names ("Strategy, Team Performance", "Jamie
/// Lovejoy, DVM", "Stop, Breathe, Think"): such a line labels a title
/// and is none. A title with commas has a long clause in it ("7
/// Vegetables That Are Cheaper to Grow at Home, Experts Say") or a colon
/// ("App Development: Definition, Frameworks, Process, Cost"). With three
/// items or more, the last may be longer (a list that wraps on); two
/// items must both be of at most `TEASER_PAIR_ITEM_MAX_WORDS` words, as a
/// title of two short clauses ("Doctor knows best, not Starbeam
/// Fantapants") has three.
pub const TEASER_LIST_ITEM_MAX_WORDS: usize = 3;

/// Most words of each of two comma-separated items read as a label (see
/// `TEASER_LIST_ITEM_MAX_WORDS`).
pub const TEASER_PAIR_ITEM_MAX_WORDS: usize = 2;

/// Verbs that open a call to action ("Discuss your project", "Get Your
/// FREE Guide"), lowercase: with a word of `TEASER_CTA_WORDS` in the line,
/// a button or promo, not a teaser ("Get Ready for Spring" has none).
pub const TEASER_CTA_VERBS: &[&str] = &[
    "get", "discuss", "start", "join", "book", "download", "claim", "try", "request", "schedule",
    "grab", "unlock", "register", "contact", "call", "shop", "buy", "order",
];

/// Words that make a line opening with a `TEASER_CTA_VERBS` verb a call
/// to action: the reader addressed, or the offer's terms.
pub const TEASER_CTA_WORDS: &[&str] = &["your", "you", "free", "today", "now", "our"];

/// Words from which a title-length line dense in stop words (at least
/// `PROSE_MIN_STOP_DENSITY`), not title-cased and cut short with an
/// ellipsis is a teaser's summary, not a title: titles keep function
/// words too ("How to Become a Coach in 7 Steps"), and sentence-case
/// titles run to 18 words ("El viaje de Zannini de Río Gallegos a Buenos
/// Aires, un vuelo de tres horas cargado de indiferencia"), but a title
/// is seldom cut; a summary is, to fit its card.
pub const TEASER_SENTENCE_MIN_WORDS: usize = 16;

/// Most blocks from one candidate teaser line to the next in a list of
/// teasers: a title, then its date, author or category line (repeated on
/// the page, so no candidate), then the next title. A title-like line with
/// no other candidate this near, and no post navigation words, stands
/// alone: a footer link or a slogan, not a teaser.
pub const TEASER_LIST_GAP: usize = 3;

/// Glued word joins (see `GLUED_MIN_LOWERCASE`) from which a line is
/// several links innerText joined ("Email ThisBlogThis!Share to
/// TwitterShare to Facebook"), neither a teaser title nor a byline
/// ("Wedding ChecklistsJust EngagedWedding Planning" under "By"); one
/// join is often a name ("OpenAI", "ChatGPT", "JavaScript" in teaser
/// titles, "IndustrySelect" or "Team SimplyThrilled" as authors).
pub const LINKS_GLUED_MIN_JOINS: usize = 2;

/// How a language other than English prints a relative age ("il y a 3
/// heures", "3 часа назад"), for `AGE_LANGUAGES`. English keeps its own
/// reader (`teaser_lines`), pinned to the regex it replaced.
pub struct AgeWords {
    /// The language's code, as in `STOP_WORDS`.
    pub language: &'static str,
    /// The "ago" marker's forms, each as the words before the count and
    /// those after the unit ("il y a" and "", "" and "назад", "för" and
    /// "sedan"), lowercase; one of the two may be empty.
    pub frames: &'static [(&'static str, &'static str)],
    /// Words that stand for "one" before a unit ("une heure", "einer
    /// Stunde"), lowercase; one ending in an apostrophe is glued to the
    /// unit ("un'ora").
    pub ones: &'static [&'static str],
    /// The count may be left out: languages without articles say "an
    /// hour ago" with the unit alone ("před hodinou", "час назад",
    /// "godzinę temu").
    pub bare_unit: bool,
    /// A word that may stand between the number and the unit (Romanian
    /// "acum 20 de minute"), or "".
    pub joiner: &'static str,
    /// The units' forms the language prints after a count or alone:
    /// seconds to years, with the short forms sites print ("min", "h",
    /// "Std", "мин", "ч"; a dot after one is read apart), lowercase.
    pub units: &'static [&'static str],
}

/// Relative ages in the other languages of `STOP_WORDS`: teaser lists and
/// cards print one beside each title, as English pages print "2 hours
/// ago". Only a whole line (up to its closing signs) is an age, so the
/// markers' other uses in prose ("il y a trois raisons", "vor allem",
/// "hace falta", "tre anni fa, a Roma") are none; a count is digits or a
/// word for one, never a number in words ("il y a trois jours" is read as
/// prose, as English "three days ago" is).
pub const AGE_LANGUAGES: &[AgeWords] = &[
    AgeWords {
        language: "fr",
        frames: &[("il y a", "")],
        ones: &["un", "une"],
        bare_unit: false,
        joiner: "",
        units: &[
            "seconde", "secondes", "sec", "s", "minute", "minutes", "min", "mn", "heure", "heures",
            "h", "jour", "jours", "j", "semaine", "semaines", "mois", "an", "ans", "année",
            "années",
        ],
    },
    AgeWords {
        language: "es",
        // Latin American sites also print "2 horas atrás".
        frames: &[("hace", ""), ("", "atrás")],
        ones: &["un", "una"],
        bare_unit: false,
        joiner: "",
        units: &[
            "segundo", "segundos", "seg", "minuto", "minutos", "min", "hora", "horas", "h", "día",
            "días", "dia", "dias", "semana", "semanas", "mes", "meses", "año", "años",
        ],
    },
    AgeWords {
        language: "pt",
        // Brazilian sites print "2 horas atrás", and "há 2 horas atrás".
        frames: &[("há", ""), ("", "atrás"), ("há", "atrás")],
        ones: &["um", "uma"],
        bare_unit: false,
        joiner: "",
        units: &[
            "segundo", "segundos", "seg", "minuto", "minutos", "min", "hora", "horas", "h", "dia",
            "dias", "semana", "semanas", "mês", "mes", "meses", "ano", "anos",
        ],
    },
    AgeWords {
        language: "it",
        frames: &[("", "fa")],
        ones: &["un", "una", "un'", "un’"],
        bare_unit: false,
        joiner: "",
        units: &[
            "secondo",
            "secondi",
            "minuto",
            "minuti",
            "min",
            "ora",
            "ore",
            "h",
            "giorno",
            "giorni",
            "gg",
            "settimana",
            "settimane",
            "mese",
            "mesi",
            "anno",
            "anni",
        ],
    },
    AgeWords {
        language: "de",
        frames: &[("vor", "")],
        ones: &["einer", "einem", "eine"],
        bare_unit: false,
        joiner: "",
        units: &[
            "sekunde", "sekunden", "sek", "minute", "minuten", "min", "stunde", "stunden", "std",
            "h", "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren",
        ],
    },
    AgeWords {
        language: "nl",
        frames: &[("", "geleden")],
        ones: &["een", "één"],
        bare_unit: false,
        joiner: "",
        units: &[
            "seconde", "seconden", "sec", "minuut", "minuten", "min", "uur", "u", "dag", "dagen",
            "week", "weken", "maand", "maanden", "jaar", "jaren",
        ],
    },
    AgeWords {
        language: "cs",
        frames: &[("před", "")],
        ones: &[],
        bare_unit: true,
        joiner: "",
        units: &[
            "sekundou",
            "sekundami",
            "minutou",
            "minutami",
            "min",
            "hodinou",
            "hodinami",
            "hod",
            "h",
            "dnem",
            "dny",
            "týdnem",
            "týdny",
            "měsícem",
            "měsíci",
            "rokem",
            "lety",
            "roky",
        ],
    },
    AgeWords {
        language: "ru",
        frames: &[("", "назад")],
        ones: &["одну", "один"],
        bare_unit: true,
        joiner: "",
        units: &[
            "секунду",
            "секунды",
            "секунд",
            "сек",
            "минуту",
            "минуты",
            "минут",
            "мин",
            "час",
            "часа",
            "часов",
            "ч",
            "день",
            "дня",
            "дней",
            "дн",
            "неделю",
            "недели",
            "недель",
            "нед",
            "месяц",
            "месяца",
            "месяцев",
            "мес",
            "год",
            "года",
            "лет",
        ],
    },
    AgeWords {
        language: "uk",
        frames: &[("", "тому"), ("", "назад")],
        ones: &["одну", "один"],
        bare_unit: true,
        joiner: "",
        units: &[
            "секунду",
            "секунди",
            "секунд",
            "сек",
            "хвилину",
            "хвилини",
            "хвилин",
            "хв",
            "годину",
            "години",
            "годин",
            "год",
            "день",
            "дні",
            "днів",
            "тиждень",
            "тижні",
            "тижнів",
            "місяць",
            "місяці",
            "місяців",
            "міс",
            "рік",
            "роки",
            "років",
        ],
    },
    AgeWords {
        language: "pl",
        frames: &[("", "temu")],
        ones: &[],
        bare_unit: true,
        joiner: "",
        units: &[
            "sekundę",
            "sekundy",
            "sekund",
            "sek",
            "minutę",
            "minuty",
            "minut",
            "min",
            "godzinę",
            "godziny",
            "godzin",
            "godz",
            "h",
            "dzień",
            "dni",
            "tydzień",
            "tygodnie",
            "tygodni",
            "miesiąc",
            "miesiące",
            "miesięcy",
            "rok",
            "lata",
            "lat",
        ],
    },
    AgeWords {
        language: "sv",
        // "för 3 timmar sedan", and "3 timmar sedan" without "för".
        frames: &[("för", "sedan"), ("", "sedan")],
        ones: &["en", "ett"],
        bare_unit: false,
        joiner: "",
        units: &[
            "sekund", "sekunder", "sek", "minut", "minuter", "min", "timme", "timmar", "tim", "h",
            "dag", "dagar", "vecka", "veckor", "månad", "månader", "år",
        ],
    },
    AgeWords {
        // Danish and Norwegian: "3 timer siden", "for en uke siden".
        language: "da",
        frames: &[("for", "siden"), ("", "siden")],
        ones: &["en", "et", "ett", "ei"],
        bare_unit: false,
        joiner: "",
        units: &[
            "sekund", "sekunder", "sek", "minut", "minutt", "minutter", "min", "time", "timer",
            "t", "dag", "dage", "dager", "døgn", "uge", "uger", "uke", "uker", "måned", "måneder",
            "år",
        ],
    },
    AgeWords {
        language: "tr",
        frames: &[("", "önce")],
        ones: &["bir"],
        bare_unit: false,
        joiner: "",
        units: &[
            "saniye", "sn", "dakika", "dk", "saat", "sa", "gün", "hafta", "ay", "yıl", "sene",
        ],
    },
    AgeWords {
        language: "ro",
        frames: &[("acum", "")],
        ones: &["o", "un"],
        bare_unit: false,
        joiner: "de",
        units: &[
            "secundă",
            "secunda",
            "secunde",
            "minut",
            "minute",
            "min",
            "oră",
            "ora",
            "ore",
            "zi",
            "zile",
            "săptămână",
            "săptămâni",
            "saptamana",
            "saptamani",
            "lună",
            "luna",
            "luni",
            "an",
            "ani",
        ],
    },
];

/// Longest line, in bytes, read as an age in `AGE_LANGUAGES` ("одну
/// хвилину тому" is 32): a cheap first test, as the reader runs on most
/// short lines after an article.
pub const AGE_MAX_BYTES: usize = 40;

/// Fewest teaser cards in a run taken out of the body (`meta::cards`): an
/// article's own sections may look like one or two cards, a grid of other
/// stories holds three or more.
pub const CARD_RUN_MIN_CARDS: usize = 3;

/// Most short lines over a card's summary: a picture marker, its credit,
/// a number or section's name, a kicker and the title ("`2. Photo[…]`",
/// "CreditEllen Surrey", "Ensayo invitado", "El día que renuncié a los
/// Beatles").
pub const CARD_HEAD_MAX_BLOCKS: usize = 5;

/// Most byline and date lines under a card's summary ("By Tara
/// Parker-Pope", "Nov 6, 2025").
pub const CARD_TAIL_MAX_BLOCKS: usize = 2;

/// Words of a card's summary, at least and at most: one sentence or two
/// (20-40 words in most of the dev set's grids, 54 in one); fewer is a
/// button or a slogan ("Contact Us Today!"), more an article's paragraph.
pub const CARD_SUMMARY_MIN_WORDS: usize = 6;
pub const CARD_SUMMARY_MAX_WORDS: usize = 60;

/// Words that label a picture in a dump, alone or glued to the caption or
/// credit after them ("`Photo[merlin_173]`", "CreditErik Carter", "PhotoXi
/// Jinping, …"): w3m and lynx print a figure's label so. Matched with
/// their capital, at the start of a line.
pub const CARD_PICTURE_WORDS: &[&str] = &[
    "Photo", "Image", "Credit", "Foto", "Imagen", "Crédito", "Crédit", "Bild", "Фото",
];

/// Most words of a picture's label with its caption glued on ("1.
/// PhotoXi Jinping, el líder de China, …", up to 31 words in the dev set),
/// and of any short line of a card's head: a longer block is a paragraph.
pub const CARD_CAPTION_MAX_WORDS: usize = 40;

/// Most words of a card's byline or date line ("Por Steven Lee Myers,
/// Keith Bradsher y Tariq Panja" has 9), and of a date line alone ("12
/// March 2025", "Updated Nov 6, 2025").
pub const CARD_STAMP_MAX_WORDS: usize = 12;
pub const CARD_DATE_MAX_WORDS: usize = 5;

/// "X by Y" lines that credit a sponsor or a tool, not an author.
pub const NOT_BYLINE_PHRASES: &[&str] = &[
    "powered by",
    "sponsored by",
    "presented by",
    "supported by",
    "brought to you by",
    "designed by",
    "hosted by",
    "built by",
    "theme by",
    // Picture credits and advertising widgets under the headline.
    "photo by",
    "photos by",
    "photograph by",
    "image by",
    "images by",
    "portrait by",
    "illustration by",
    "by taboola",
    // Text-to-speech players ("Voiced by Amazon Polly").
    "voiced by",
    "narrated by",
    // A recommendation ("Recommended by Lonely Planet."), not a credit.
    "recommended by",
];

/// Most words of a line that is only a date label ("Published on",
/// "Date:") with the date on the line below.
pub const DATE_LABEL_MAX_WORDS: usize = 3;

/// Phrases that state the first publication date in a sentence, lowercase
/// ("This article was originally published on 26 Sep 2019"): the date
/// they give wins over an "Updated …" line by the headline.
pub const ORIGINALLY_PUBLISHED: &[&str] = &[
    "originally published",
    "first published",
    "publié initialement",
    "publicado originalmente",
    "ursprünglich veröffentlicht",
];
/// Most bytes between such a phrase and its date (" on ", " in print on ").
pub const ORIGINALLY_PUBLISHED_GAP: usize = 16;

/// The heading of an author box: "About Jane Doe" names the author.
pub const ABOUT_AUTHOR_PREFIX: &str = "About ";

/// Words that label a publication date, in the languages above.
/// Labels that open a date line naming the first publication, lowercase:
/// such a line anywhere on the page is taken before the unlabelled date
/// lines by the headline (an "Updated" day, a list of changes, a teaser's
/// date). Not "posted" (comment stamps open with it) nor "date:".
pub const PUBLISHED_OPENING_LABELS: &[&str] = &[
    "published",
    "publié",
    "publicado",
    "veröffentlicht",
    "pubblicato",
    "gepubliceerd",
    "publikováno",
];

/// Words that label a date as a revision, lowercase ("update" also
/// covers "Updated", "Last update" and an "Updates" list of revisions):
/// the HTML header's dates and the text's update line (`updated`).
pub const UPDATE_LABELS: &[&str] = &[
    "update",
    "modified",
    "revised",
    "aktualisiert",
    "mis à jour",
    "modifié le",
    "actualizado",
    "atualizado",
    "aggiornato",
    "bijgewerkt",
    "reviewed",
];

/// Update labels outside the Latin script, lowercase ("Обновлено 12 марта
/// 2025", Korean "수정 2025.03.12 16:05", Chinese and Japanese "更新").
/// Not in `UPDATE_LABELS`: their bytes, in the page-wide phrase automaton,
/// cost ~20 M instructions over the dev dumps (a byte class each); only
/// the lines near the date line are searched for them.
pub const NON_LATIN_UPDATE_LABELS: &[&str] = &["обновлено", "обновлён", "수정", "업데이트", "更新"];

/// Blocks before and after the publication date line searched for the
/// update line ("Published June 18, 2025" / "Updated June 19, 2025").
pub const UPDATE_LINE_REACH: usize = 2;

/// Openers of a line that names who made the article or where it came
/// from, not its text (`meta::furniture`): wire credits ("Reporting by …;
/// Editing by …", "(Additional reporting by …)"), and the Chinese
/// newsroom lines "来源：" (source), "责任编辑：" (editor in charge),
/// "编辑：" and "责编：" (editor). Matched lowercase at the line's start,
/// past an opening bracket. A credit names no byline's author here: a
/// short copy's "(Reporting by …)" near the headline is taken by the
/// byline rules first, and a byline found elsewhere is the better one.
pub const CREDIT_LINE_OPENERS: &[&str] = &[
    "reporting by",
    "additional reporting by",
    "writing by",
    "editing by",
    "来源：",
    "来源:",
    "责任编辑：",
    "责任编辑:",
    "编辑：",
    "编辑:",
    "责编：",
];

/// The lowercase words a credit line holds besides names ("Reporting by
/// Jane Doe in London and John Roe; Editing by …", "Medically reviewed
/// by …", "Fact checked by …").
pub const CREDIT_LINE_WORDS: &[&str] = &[
    "reporting",
    "additional",
    "writing",
    "editing",
    "reviewed",
    "checked",
    "by",
    "in",
    "and",
    "at",
    "from",
    "with",
    "de",
    "van",
    "von",
    "da",
    "del",
];

/// Whole lines that are a news agency's marks, not text: "（完）" (a
/// Chinese wire story's end), "（共同）" and "（時事）" (Kyodo's and
/// Jiji's tag under a Japanese story), "【関連記事】" (the heading of a
/// Japanese related-stories list).
pub const AGENCY_MARK_LINES: &[&str] = &["（完）", "(完)", "（共同）", "（時事）", "【関連記事】"];

/// Whole lines that label an ad slot, not text: "Advertisement",
/// "Sponsor Message", "Story continues below advertisement", in the
/// languages above. Compared lowercase, trimmed of punctuation and
/// spaces at both ends ("— ADVERTISEMENT —"). No reference paragraph of
/// the dev sets is one; ~130 dev body paragraphs were.
pub const AD_LABEL_LINES: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "ad",
    "ads",
    "sponsored",
    "sponsor message",
    "sponsored content",
    "paid content",
    "paid post",
    "skip advertisement",
    "story continues below advertisement",
    "article continues below advertisement",
    "continue reading below",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "publicidade",
    "pubblicità",
    "reklama",
    "reklame",
    "advertentie",
    "annons",
    "annonce",
    "реклама",
    "广告",
    "広告",
];

/// Whole lines that label a page's buttons and widgets, not text: share,
/// comment, print, subscribe and back-to-top controls, and the headings
/// of the related and most-read boxes, in English and a few other
/// languages. Compared lowercase and trimmed of punctuation, spaces and
/// symbols at both ends ("Share this:", "🔊 Listen to this article",
/// "Email Address [ ]"); taken out of the body only (`meta::furniture`),
/// where the related-teaser rules no longer read them. On the dev dumps
/// 91 body paragraphs were one of them and 1 reference paragraph
/// ("Related"); "Play Video" and "Read more", which references keep, are
/// not here.
pub const WIDGET_LABEL_LINES: &[&str] = &[
    "back to top",
    "scroll to top",
    "skip to bottom of list",
    "share",
    "share this",
    "share this article",
    "share this post",
    "share this story",
    "share this page",
    "share on facebook",
    "share on twitter",
    "comments",
    "leave a comment",
    "leave a reply",
    "subscribe",
    "subscribe now",
    "sign up",
    "sign in",
    "log in",
    "email address",
    "print",
    "print this page",
    "print article",
    "download pdf",
    "listen to this article",
    "tags",
    "related",
    "related articles",
    "related posts",
    "related stories",
    "recommended",
    "most popular",
    "most read",
    "you may also like",
    "more stories",
    "partager",
    "partager cet article",
    "commentaires",
    "teilen",
    "artikel teilen",
    "kommentare",
    "nach oben",
    "compartir",
    "comentarios",
    "condividi",
    "commenti",
    "compartilhar",
    "delen",
];

/// Openers of a magazine's line naming the print issue the article
/// appears in ("This article appears in the August 2025 issue."), matched
/// lowercase with `PRINT_ISSUE_WORDS` in the line.
pub const PRINT_ISSUE_OPENERS: &[&str] = &[
    "this article appears in",
    "this article appeared in",
    "this story appears in",
    "this story appeared in",
    "appeared in the",
    "appears in the",
    "from the",
];

/// Words naming a print issue.
pub const PRINT_ISSUE_WORDS: &[&str] = &[" issue", "print edition"];

/// Most words of such a furniture line: a credit names a few people and
/// places ("Reporting by A in London; Additional reporting by B in
/// Singapore; Editing by C", 17 words); a paragraph that opens with
/// "Reporting by …" and goes on is text.
pub const FURNITURE_LINE_MAX_WORDS: usize = 30;

/// Body blocks from the top in which an age alone on its line ("2 hours
/// ago") is the article's header, not its text: under the byline, before
/// the first paragraph or two. Further down, ages date teaser cards.
pub const AGE_LINE_HEADER_BLOCKS: usize = 3;

/// Openers of a press release's closing heading over the company's
/// description ("About Acme Robotics", "Über …", "À propos de …"),
/// lowercase, followed by a capitalised name.
pub const ABOUT_HEADING_OPENERS: &[&str] =
    &["about ", "über ", "à propos de ", "acerca de ", "sobre "];

/// Most words of such a heading: "About" and a company's name.
pub const ABOUT_HEADING_MAX_WORDS: usize = 6;

/// Headings of a press release's contact block, lowercase prefixes of a
/// line of at most `ABOUT_HEADING_MAX_WORDS` words, and the "###" that ends
/// a release. Only with one of them after it is an "About …" heading the
/// release's boilerplate: an article's own closing section ("About the
/// project") is text.
pub const PRESS_CONTACT_HEADINGS: &[&str] = &[
    "media contact",
    "press contact",
    "media inquiries",
    "media enquiries",
    "investor contact",
    "contact presse",
    "contacts presse",
    "pressekontakt",
    "contacto de prensa",
    "###",
];

/// Blocks from the "About …" heading in which the contact heading must
/// stand: the description is a paragraph or two.
pub const PRESS_CONTACT_REACH: usize = 4;

/// Last body blocks the "About …" heading is looked for in: a description
/// of a paragraph or two and a contact block of a name, a mail address
/// and a phone number or two.
pub const PRESS_ABOUT_REACH: usize = 10;

pub const PUBLISHED_LABELS: &[&str] = &[
    "published",
    "posted",
    "posted on",
    "date:",
    "publié",
    "publicado",
    "veröffentlicht",
    "pubblicato",
    "gepubliceerd",
    "publikováno",
];

// ---- Provenance: naming why a block was dropped (text/dropped.rs) ----

/// Share of a block's words that are menu separators from which a dropped
/// block is called a menu or breadcrumb: "Home » World » Europe" has 0.4,
/// a sentence with one slash well under 0.1.
pub const MENU_SEPARATOR_SHARE: f32 = 0.25;

/// Longest block read as a menu row by its separators alone (the body
/// fallback of `meta::fill`): a menu names a few sections; a longer block
/// as full of slashes and angle brackets is markup or a list of paths.
pub const MENU_LINE_MAX_WORDS: usize = 20;

/// Longest block whose boilerplate phrase names why it was dropped, as in
/// the classifier's boilerplate feature: a long paragraph that mentions
/// cookies is not a cookie banner.
pub const DROPPED_BOILERPLATE_MAX_WORDS: usize = 40;

// ---- Dates (date.rs) ----

/// Month names the day-first reader of `date` knows besides `MONTHS`
/// (which its English-shaped readers also read month first and glued),
/// lowercase, by month number: the forms a date line prints them in,
/// "12 марта 2025", "5. března 2024", "12 березня 2025 р.", "12 marca
/// 2025", "12. marts 2025", "12. desember 2025", "3 maj 2024", "5 Şubat
/// 2024", "12 martie 2025". Genitive for Russian, Ukrainian, Polish and
/// Czech, whose dates decline the month; nominative for Swedish, Danish,
/// Norwegian, Turkish and Romanian. Names `MONTHS` already has ("mars",
/// "mai", "april", "juni", "august", "oktober"…) are not repeated.
/// Abbreviations are left out: the Nordic ones are `MONTHS`' English and
/// German ones ("okt", "dec") but for "des", a French word ("12 des 2000
/// candidats"); the Polish and Czech ones ("sie", "lis", "lis.") are
/// common words. These languages write their dates day first only, so no
/// month-first reader is given them: "Mart 5, 2024" is a store's name
/// more often than a Turkish date. Compared folded: every letter
/// lowercase, and the Turkish "ı" and "İ" as "i" ("MAYIS", "EKİM").
pub const DAY_FIRST_MONTHS: &[(&str, u32)] = &[
    // Russian (genitive).
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
    // Ukrainian (genitive).
    ("січня", 1),
    ("лютого", 2),
    ("березня", 3),
    ("квітня", 4),
    ("травня", 5),
    ("червня", 6),
    ("липня", 7),
    ("серпня", 8),
    ("вересня", 9),
    ("жовтня", 10),
    ("листопада", 11),
    ("грудня", 12),
    // Polish (genitive).
    ("stycznia", 1),
    ("lutego", 2),
    ("marca", 3),
    ("kwietnia", 4),
    ("maja", 5),
    ("czerwca", 6),
    ("lipca", 7),
    ("sierpnia", 8),
    ("września", 9),
    ("października", 10),
    ("listopada", 11),
    ("grudnia", 12),
    // Czech (genitive).
    ("ledna", 1),
    ("února", 2),
    ("března", 3),
    ("dubna", 4),
    ("května", 5),
    ("června", 6),
    ("července", 7),
    ("srpna", 8),
    ("září", 9),
    ("října", 10),
    ("listopadu", 11),
    ("prosince", 12),
    // Swedish, Danish and Norwegian: the names `MONTHS` lacks.
    ("maj", 5),
    ("augusti", 8),
    ("marts", 3),
    ("desember", 12),
    // Turkish.
    ("ocak", 1),
    ("şubat", 2),
    ("mart", 3),
    ("nisan", 4),
    ("mayıs", 5),
    ("haziran", 6),
    ("temmuz", 7),
    ("ağustos", 8),
    ("eylül", 9),
    ("ekim", 10),
    ("kasım", 11),
    ("aralık", 12),
    // Romanian.
    ("ianuarie", 1),
    ("februarie", 2),
    ("martie", 3),
    ("aprilie", 4),
    ("iunie", 6),
    ("iulie", 7),
    ("septembrie", 9),
    ("octombrie", 10),
    ("noiembrie", 11),
    ("decembrie", 12),
];

/// Month names of `DAY_FIRST_MONTHS` not read after a day with a dot
/// ("12. listopada 2025"): the Polish November is the Croatian October,
/// and only Croatian writes the dot ("12. listopada 2025."), Polish
/// never. A wrong month is worse than none.
pub const NOT_AFTER_DOTTED_DAY: &[&str] = &["listopada"];

/// Words glued to a year that still end a date there ("12 marca 2025r.",
/// "3 декабря 2016г."): the Polish "r." (roku), the Russian "г." (года)
/// and the Ukrainian "р." (року), "year", which pages often write without
/// the space. Lowercase.
pub const GLUED_YEAR_WORDS: &[&str] = &["r", "г", "р"];
