//! Word lists and thresholds of the quote extractor, each with the reason
//! for its value. Every list is lowercase; lookups lowercase the word and
//! drop a trailing period first (see [`is_in`]).

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::parse::date;

/// Verbs that introduce speech, in the forms news copy uses them. A verb
/// outside this list ("met", "visited") never makes anybody a speaker, so
/// the list trades recall for precision: add a verb only when it reports
/// words actually spoken or written.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "tell",
    "added",
    "adds",
    "noted",
    "notes",
    "warned",
    "warns",
    "claimed",
    "claims",
    "explained",
    "explains",
    "asked",
    "asks",
    "answered",
    "replied",
    "replies",
    "stated",
    "states",
    "wrote",
    "writes",
    "continued",
    "continues",
    "insisted",
    "insists",
    "argued",
    "argues",
    "cautioned",
    "cautions",
    "inquired",
    "emphasized",
    "emphasised",
    "emphasizes",
    "stressed",
    "stresses",
    "recalled",
    "recalls",
    "declared",
    "announced",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "conceded",
    "complained",
    "suggested",
    "suggests",
    "predicted",
    "concluded",
    "observed",
    "commented",
    "tweeted",
    "responded",
    "responds",
    "quipped",
    "joked",
    "urged",
    "urges",
    "remarked",
    "recounted",
    "shouted",
    "whispered",
    "testified",
    "assured",
    "affirmed",
    "boasted",
    "instructed",
    "describes",
    "described",
    "offers",
    "offered",
    "counters",
    "countered",
];

/// Speech verbs of French, Spanish, Portuguese, Italian, German and
/// Russian news copy, in the simple forms that put the speaker after them
/// right after a quote: «…», affirme Laurent Fabius; "…", dijo Macri;
/// „…“, sagte Merkel; «…», — заявил Алексей Волков. They attribute only
/// there (see `attribution::other_language`): before the verb these
/// languages put other things than a subject, and a subject before the
/// verb would need each language's grammar. Words that are also English
/// ("dice", "note", "lance") are left out, so English text never meets
/// one.
pub const OTHER_LANGUAGE_SPEECH_VERBS: &[&str] = &[
    // French, present (the tense of most French attributions).
    "affirme",
    "ajoute",
    "déclare",
    "explique",
    "précise",
    "souligne",
    "indique",
    "estime",
    "raconte",
    "confie",
    "poursuit",
    "insiste",
    "martèle",
    "reconnaît",
    "observe",
    "commente",
    "rappelle",
    // Spanish, simple past and present.
    "dijo",
    "afirmó",
    "explicó",
    "señaló",
    "añadió",
    "agregó",
    "aseguró",
    "indicó",
    "sostuvo",
    "declaró",
    "expresó",
    "comentó",
    "manifestó",
    "destacó",
    "advirtió",
    "subrayó",
    "precisó",
    "apuntó",
    "insistió",
    "recordó",
    "concluyó",
    "respondió",
    "contó",
    "afirma",
    "explica",
    "señala",
    "añade",
    "agrega",
    "asegura",
    "sostiene",
    "advierte",
    // Portuguese, simple past and present.
    "disse",
    "afirmou",
    "declarou",
    "explicou",
    "acrescentou",
    "ressaltou",
    "destacou",
    "completou",
    "comentou",
    "lembrou",
    "concluiu",
    "observou",
    "falou",
    "contou",
    "diz",
    "fala",
    "ressalta",
    "destaca",
    // Italian, present (the perfect is in `OTHER_LANGUAGE_PARTICIPLES`).
    "spiega",
    "aggiunge",
    "afferma",
    "sottolinea",
    "dichiara",
    "racconta",
    "osserva",
    // German, simple past and present.
    "sagte",
    "sagt",
    "erklärte",
    "erklärt",
    "betonte",
    "betont",
    "meinte",
    "ergänzte",
    "warnte",
    // Italian passato remoto, the narrative past of written Italian
    // before a quote: Mario Draghi dichiarò: «…».
    "dichiarò",
    "affermò",
    "spiegò",
    "aggiunse",
    "sottolineò",
    "precisò",
    "rispose",
    "ribadì",
    // French passé simple, the same for French: Fabius déclara : «…».
    "déclara",
    "ajouta",
    "expliqua",
    "affirma",
    "répondit",
    // Russian, past (both genders) and present.
    "заявил",
    "заявила",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    "добавил",
    "добавила",
    "подчеркнул",
    "подчеркнула",
    "пояснил",
    "пояснила",
    "сообщил",
    "сообщила",
    "рассказал",
    "рассказала",
    "говорит",
];

/// Past participles of French, Italian and Spanish speech verbs: they
/// attribute after one of `SPEECH_AUXILIARIES` («…», a ajouté Laurent
/// Fabius; "…", ha detto Renzi), never alone ("dit" is also the French
/// present, but "dit Fabius" alone is as often "dit-il" cut apart).
pub const OTHER_LANGUAGE_PARTICIPLES: &[&str] = &[
    "ajouté",
    "déclaré",
    "affirmé",
    "expliqué",
    "précisé",
    "souligné",
    "indiqué",
    "estimé",
    "assuré",
    "confié",
    "dit",
    "raconté",
    "insisté",
    "martelé",
    "reconnu",
    "répondu",
    "commenté",
    "rappelé",
    "detto",
    "aggiunto",
    "spiegato",
    "dichiarato",
    "sottolineato",
    "affermato",
    "precisato",
    "commentato",
    "osservato",
    "raccontato",
    "dicho",
    "afirmado",
    "explicado",
    "señalado",
    "añadido",
    "agregado",
    "asegurado",
    "declarado",
    "indicado",
];

/// The auxiliaries of the perfect before `OTHER_LANGUAGE_PARTICIPLES`
/// (French "a", "ont"; Italian "ha", "hanno"; Spanish "ha", "han"): with
/// the participle they make one speech verb.
pub const SPEECH_AUXILIARIES: &[&str] = &["a", "ont", "ha", "hanno", "han"];

/// The plural ones of `SPEECH_AUXILIARIES` ("ont déclaré", "hanno
/// detto", "han dicho"): before a quote their subject is several people
/// ("Macron et Scholz ont déclaré : «…»"), so nobody is named alone.
pub const PLURAL_SPEECH_AUXILIARIES: &[&str] = &["ont", "hanno", "han"];

/// "selon X", "según X": "according to X" in French and Spanish, read
/// like the verbs right after a quote («…», selon Laurent Fabius). (German
/// "laut X" is left out: German capitalises nouns, so "laut Polizei"
/// would name the police.)
pub const OTHER_LANGUAGE_ACCORDING: &[&str] = &["selon", "según"];

/// Articles of these languages. A capitalised run right after one is a
/// noun or an institution, not a person ("sagte der Sprecher", "dijo la
/// Casa Blanca"); after a role word it is the name ("a déclaré le
/// ministre Laurent Fabius").
pub const OTHER_LANGUAGE_DETERMINERS: &[&str] = &[
    "le", "la", "les", "l’", "l'", "un", "une", "el", "los", "las", "una", "o", "os", "as", "um",
    "uma", "il", "lo", "gli", "i", "uno", "der", "die", "das", "den", "dem", "des", "ein", "eine",
    "einer", "einem",
];

/// Words that cannot stand between such a verb and the speaker's name:
/// they open a clause ("a déclaré que Paris…", "sagte, dass"), or are
/// a preposition whose object the capitalised run is ("a déclaré dans Le
/// Monde", "сказал в Москве"), or a pronoun subject ("sagte er"). A
/// description with one gives no speaker.
pub const OTHER_LANGUAGE_NOT_DESCRIPTOR: &[&str] = &[
    "que",
    "qu",
    "che",
    "dass",
    "daß",
    "что",
    "чтобы",
    "et",
    "y",
    "e",
    "und",
    "и",
    "ou",
    "oder",
    "или",
    "mais",
    "pero",
    "mas",
    "ma",
    "aber",
    "но",
    "а",
    "si",
    "se",
    "wenn",
    "als",
    "quand",
    "cuando",
    "quando",
    "dans",
    "en",
    "sur",
    "pour",
    "par",
    "avec",
    "à",
    "au",
    "aux",
    "in",
    "im",
    "em",
    "no",
    "na",
    "nel",
    "nella",
    "con",
    "com",
    "per",
    "su",
    "auf",
    "mit",
    "für",
    "bei",
    "zu",
    "zum",
    "zur",
    "vor",
    "nach",
    "на",
    "в",
    "во",
    "с",
    "по",
    "для",
    "elle",
    "ils",
    "elles",
    "on",
    "él",
    "ella",
    "ele",
    "ela",
    "lui",
    "lei",
    "er",
    "sie",
    "es",
    "он",
    "она",
    "они",
    "je",
    "yo",
    "eu",
    "io",
    "ich",
    "я",
    "nous",
    "nosotros",
    "nós",
    "noi",
    "wir",
    "мы",
];

/// Prepositions of possession: a name after one belongs to somebody
/// else than the speaker ("a déclaré l’avocat de Jean Dupont", "dijo
/// el hermano del Carlos"), so a description with one gives no speaker.
pub const OTHER_LANGUAGE_OF: &[&str] = &[
    "de", "du", "des", "d’", "di", "del", "della", "dello", "dei", "da", "do", "dos", "das", "von",
    "vom",
];

/// Ends of the capitalised German role nouns written before a name
/// ("sagte Regierungssprecher Steffen Seibert", "Polizeisprecherin
/// Müller"): a leading word with one is dropped from the name.
pub const OTHER_LANGUAGE_TITLE_ENDINGS: &[&str] = &[
    "sprecher",
    "sprecherin",
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "präsident",
    "präsidentin",
    "chef",
    "chefin",
    "vorsitzende",
    "vorsitzender",
    "direktor",
    "direktorin",
    "leiter",
    "leiterin",
    "experte",
    "expertin",
    "bürgermeister",
    "bürgermeisterin",
    "trainer",
    "trainerin",
];

/// What stands between a speech verb of another language and the quote
/// it introduces when the speaker comes first (`attribution::
/// other_language_before`): a colon ("Laurent Fabius a déclaré : «…»",
/// "Angela Merkel sagte: „…“") or a comma ("Lula disse, "…""); after a
/// colon the verb may be a few words back ("dijo a los periodistas:",
/// "заявил журналистам:"), after a comma it is right there.
pub const OTHER_LANGUAGE_INTRODUCING_MARKS: &[&str] = &[":", ","];

/// "that" in these languages, right before a quote after a speech verb
/// ("Pedro Sánchez afirmó que «…»", "Draghi ha detto che «…»"): the verb
/// introduces the quote as a colon does. Between the verb and a colon one
/// opens a clause of its own ("a dit que le ministre a déclaré : «…»"),
/// whose subject is somebody else: no attribution there.
pub const OTHER_LANGUAGE_THAT: &[&str] = &["que", "qu’", "qu'", "che", "dass", "что"];

/// Adverbs between a subject and its speech verb, or between the
/// auxiliary and the participle ("Laurent Fabius a également déclaré",
/// "Pedro Sánchez también dijo", "Волков также заявил"): skipped to find
/// the subject, as English "Lavrov also said".
pub const OTHER_LANGUAGE_VERB_MODIFIERS: &[&str] = &[
    "également",
    "aussi",
    "encore",
    "ensuite",
    "alors",
    "déjà",
    "también",
    "además",
    "luego",
    "ya",
    "também",
    "ainda",
    "já",
    "anche",
    "inoltre",
    "poi",
    "già",
    "auch",
    "dann",
    "также",
    "тоже",
    "уже",
    "затем",
];

/// The ends of a French speech verb with its pronoun subject after it
/// ("a-t-il ajouté", "explique-t-elle", "dit-il"): the speaker is
/// somebody named before, taken only when the paragraph named one person
/// (`attribution::one_person_before`). Plural pronouns ("ont-ils") are
/// left out: several speakers.
pub const FRENCH_INVERTED_PRONOUNS: &[&str] = &["-t-il", "-t-elle", "-il", "-elle"];

/// Ends of Russian patronymics ("Владимирович", "Николаевна"): the
/// middle word of a three-word name, kept with it.
pub const RUSSIAN_PATRONYMIC_ENDS: &[&str] = &["вич", "вна", "чна"];

/// Words that open a capitalised run before a German verb in second place
/// ("Am Montag sagte die Kanzlerin: „…“": the subject follows the verb),
/// and are no part of a name: a run with one gives no speaker. (The
/// other prepositions, articles and pronouns are in
/// `OTHER_LANGUAGE_NOT_DESCRIPTOR`, `OTHER_LANGUAGE_DETERMINERS` and
/// `OTHER_LANGUAGE_OF`.)
pub const OTHER_LANGUAGE_NOT_SUBJECT: &[&str] = &[
    "am", "an", "um", "beim", "seit", "laut", "gegen", "über", "unter", "bis", "aus", "durch",
];

/// Speech verbs that often mean something else ("Momondo offers “Fare
/// insights”", "described the plan as"): they attribute only right after a
/// quote (“…,” Mattson offers).
pub const WEAK_SPEECH_VERBS: &[&str] = &[
    "describes",
    "described",
    "offers",
    "offered",
    "counters",
    "countered",
];

/// Participles that report speech after a comma ("…, saying that “…”"):
/// the speaker is the subject of the main clause.
pub const PARTICIPLES: &[&str] = &[
    "saying",
    "telling",
    "noting",
    "adding",
    "arguing",
    "warning",
    "insisting",
    "explaining",
    "writing",
    "stressing",
    "claiming",
    "declaring",
    "calling",
];

/// Words that open a subordinate clause: a name after one is not the
/// subject of the main clause ("After Obama spoke, the senator left").
pub const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "as", "because", "although", "though", "if", "since",
    "until", "once", "whereas", "unless",
];

/// Speech verbs that take the listener as object ("Smith told Jones"), so
/// "…,” told Jones" is never an inversion naming the speaker.
pub const OBJECT_VERBS: &[&str] = &["told", "tells", "tell", "urged", "urges", "assured"];

/// Words that may stand between a subject and its speech verb ("Lavrov
/// also claims", "she has said") without changing who speaks.
pub const VERB_MODIFIERS: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "recently",
    "once",
    "again",
    "further",
    "earlier",
    "has",
    "had",
    "have",
    "would",
    "will",
    "repeatedly",
    "publicly",
    "privately",
    "simply",
    "only",
    "even",
    "finally",
    "first",
    "separately",
    "reportedly",
    "flatly",
    "frankly",
    "bluntly",
    "quickly",
    "immediately",
    "often",
    "always",
    "never",
];

/// Words in -ly that are nouns, not adverbs: "the family said" names an
/// unnamed speaker, while "Netanyahu strongly warned" skips "strongly".
pub const LY_NOUNS: &[&str] = &[
    "family",
    "ally",
    "assembly",
    "supply",
    "rally",
    "anomaly",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "bully",
    "reply",
    "fly",
];

/// Words that make a name an organisation's. An organisation is never
/// "he" or "she", and naming one does not stop a pronoun from meaning the
/// person who spoke before.
pub const ORGANISATION_WORDS: &[&str] = &[
    "inc",
    "corp",
    "co",
    "ltd",
    "llc",
    "plc",
    "market",
    "markets",
    "foods",
    "group",
    "association",
    "university",
    "college",
    "school",
    "department",
    "ministry",
    "party",
    "council",
    "company",
    "bank",
    "news",
    "times",
    "post",
    "journal",
    "agency",
    "police",
    "service",
    "services",
    "institute",
    "institution",
    "center",
    "centre",
    "committee",
    "office",
    "administration",
    "court",
    "congress",
    "senate",
    "house",
    "government",
    "authority",
    "commission",
    "board",
    "fund",
    "foundation",
    "club",
    "union",
    "airlines",
    "motors",
    "media",
    "network",
    "systems",
    "technologies",
    "labs",
    "capital",
    "partners",
    "holdings",
    "brands",
    "stores",
    "hospital",
    "press",
    "reuters",
    "organization",
    "organisation",
    "federation",
    "trust",
    "society",
    "church",
    "army",
    "navy",
    "force",
    "forces",
    "team",
    "league",
    "cloud",
];

/// Endings of hyphenated adjectives that are not names ("Amazon-owned",
/// "Seattle-based"); Korean given names ("Jae-myung") stay names.
pub const ADJECTIVE_SUFFIXES: &[&str] = &[
    "owned",
    "based",
    "led",
    "backed",
    "born",
    "funded",
    "run",
    "made",
    "style",
    "era",
    "like",
    "controlled",
    "linked",
    "affiliated",
    "wide",
    "bound",
    "friendly",
    "focused",
    "language",
];

/// Endings of adverbs that open sentences ("Accordingly", "Finally",
/// "Reportedly"): capitalised there, but never part of a name. Chosen so
/// that names in -ly ("Emily", "Kelly", "Beverly") do not match.
pub const ADVERB_SUFFIXES: &[&str] = &[
    "ally", "ingly", "edly", "ately", "ously", "ively", "fully", "ently", "antly", "arly",
];

/// Personal pronouns resolved to the most recent named speaker.
pub const RESOLVED_PRONOUNS: &[&str] = &["he", "she", "they"];

/// Pronouns that name no third person (the reporter, an organisation):
/// the quote stays without a speaker rather than getting a guessed one.
pub const UNRESOLVED_PRONOUNS: &[&str] = &["i", "we", "you", "it", "one", "who", "which", "that"];

/// Determiners that start a description of a speaker ("the source", "a
/// spokesman"): the speaker is a real but unnamed person, so `null`.
pub const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "one", "another", "this", "that",
    "these", "those", "some", "several", "many", "both",
];

/// Function words that can never be part of a description between an
/// inverted verb and a name ("said that Moscow…" is not "said Moscow").
pub const NOT_DESCRIPTOR: &[&str] = &[
    "that", "this", "it", "to", "in", "on", "at", "for", "with", "by", "from", "as", "if", "when",
    "while", "because", "and", "but", "or", "so", "not", "no", "he", "she", "they", "we", "i",
    "you", "there", "here", "what", "who", "which", "how", "why", "where", "after", "before",
    "about", "over", "during", "into", "than", "then", "is", "was", "were", "are", "be", "been",
];

/// Most words between an inverted speech verb and the name ("says study
/// author Elizabeth Hoge"): longer runs are clauses, not descriptions.
pub const MAX_DESCRIPTOR_WORDS: usize = 4;

/// Most tokens in an appositive between a name and its verb ("Joy Harden
/// Bradford, a psychologist in Atlanta who hosts …, says"); beyond that the
/// comma more likely closes an unrelated clause.
pub const MAX_APPOSITIVE_TOKENS: usize = 20;

/// Most words of a description used as a subject ("the Russian envoy").
pub const MAX_DESCRIPTION_WORDS: usize = 6;

/// Most tokens of a name after titles are stripped: longer capitalised runs
/// are organisations or headlines, not people.
pub const MAX_NAME_TOKENS: usize = 4;

/// Capitalised words that are never (part of) a name: sentence openers,
/// pronouns and days; with the months ([`date::ENGLISH_MONTHS`]) they make
/// [`NOT_NAME_WORD_SET`]. A capitalised run stops at them.
pub const NOT_NAME_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "so",
    "if",
    "when",
    "while",
    "after",
    "before",
    "as",
    "at",
    "in",
    "on",
    "of",
    "for",
    "with",
    "from",
    "by",
    "to",
    "since",
    "until",
    "although",
    "though",
    "because",
    "however",
    "meanwhile",
    "still",
    "yet",
    "also",
    "then",
    "this",
    "that",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "their",
    "our",
    "my",
    "your",
    "who",
    "what",
    "why",
    "how",
    "where",
    "which",
    "many",
    "some",
    "most",
    "several",
    "other",
    "others",
    "both",
    "each",
    "every",
    "all",
    "no",
    "not",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "according",
    "mr",
    "mrs",
    "ms",
    "dr",
    "asked",
    "said",
    "says",
    "told",
    "yes",
    "well",
    "oh",
    "even",
    "just",
    "only",
    "instead",
    "indeed",
    "earlier",
    "later",
    "last",
    "next",
    "first",
    "one",
    "two",
    "three",
];

/// Lowercase particles allowed inside a name ("Ursula von der Leyen").
pub const NAME_PARTICLES: &[&str] = &[
    "de", "da", "van", "von", "der", "den", "bin", "al", "la", "le", "du", "dos", "del", "di",
    "ter", "ibn", "el",
];

/// Titles and roles written before a name ("Foreign Minister Sergey
/// Lavrov", "Officer Stacy Chiarolanza"). They are stripped from the
/// speaker and remembered, so a later "the Foreign Minister said" resolves
/// to the person who carried the title.
pub const TITLE_WORDS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "finance",
    "defense",
    "defence",
    "interior",
    "secretary",
    "state",
    "general",
    "attorney",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "chief",
    "officer",
    "detective",
    "det",
    "sergeant",
    "sgt",
    "lieutenant",
    "lt",
    "captain",
    "capt",
    "colonel",
    "col",
    "commander",
    "admiral",
    "adm",
    "ambassador",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chair",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "coach",
    "director",
    "executive",
    "deputy",
    "assistant",
    "pope",
    "king",
    "queen",
    "prince",
    "princess",
    "rev",
    "reverend",
    "father",
    "bishop",
    "archbishop",
    "cardinal",
    "chancellor",
    "premier",
    "sheriff",
    "trooper",
    "commissioner",
    "councilman",
    "councilwoman",
    "councillor",
    "councilor",
    "superintendent",
    "inspector",
    "agent",
    "nurse",
    "pastor",
    "rabbi",
    "imam",
    "sheikh",
    "speaker",
    "leader",
    "founder",
    "cofounder",
    "co-founder",
    "author",
    "presidential",
    "candidate",
    "gen",
    "maj",
    "major",
    "pvt",
    "cpl",
    "corporal",
    "marshal",
    "constable",
    "emir",
    "crown",
    "chairperson",
    "economist",
    "analyst",
    "editor",
    "fact-checker",
    "correspondent",
    "reporter",
    "producer",
    "host",
];

/// Abbreviations whose trailing period is part of the word, not the end of
/// a sentence ("Mr. Lavrov said").
pub const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt",
    "st", "jr", "sr", "rev", "inc", "co", "corp", "ltd", "vs", "det", "adm", "maj", "pvt", "cpl",
    "no", "mt", "ft", "ave",
];

/// Fewest words of a quoted fragment inside a sentence ("has every reason
/// to believe"). A single quoted word (“counterproductive”, "low-ball") is
/// a term the writer flags or borrows, not a quotation a reader would count:
/// it is dropped even when the sentence names a speaker.
pub const MIN_FRAGMENT_WORDS: usize = 2;

/// Marks that end a one-word quotation spoken, inside its quote marks:
/// “Yes.”, “Bartleby!”, “Hello,” he said. A single quoted word with none
/// of them that opens a sentence is a word being named, not said: “T”
/// means a thermal carafe, “Revenue” is the word you want, a “POST”
/// request, the “EvenStream” showerhead.
pub const SPOKEN_WORD_ENDS: &[char] = &['.', ',', '!', '?', '…', ';'];

/// A word list as a hash set, for the long lists asked about nearly every
/// capitalised word (a scan of 120 entries per word showed in profiles).
/// [`WordSet::has`] answers exactly as [`is_in`] on the list.
/// Keyed by the words' bytes: a lowercased ASCII word is looked up as it
/// lies on the stack, without a UTF-8 check to make it a `str` again.
///
/// A lowercased word whose first byte no word of the same length has, or
/// whose last byte no word of the set has, is turned down before it is
/// hashed (most words asked).
pub struct WordSet {
    words: FxHashSet<&'static [u8]>,
    ends: WordEnds,
}

/// The first bytes, lengths and last bytes of a list's words: a word whose
/// first byte no listed word of its length has, or whose last byte no
/// listed word has, is not in the list. The first byte and the length are
/// tested together: a capitalised name or a plain word passes a test of
/// each apart ("Biden": words start with 'b' and words have five bytes),
/// much less often both.
pub struct WordEnds {
    /// `lengths[b]`: bit `n` set when a word of `n` bytes starts with byte
    /// `b`; bit 63 stands for every length from 63 bytes on.
    lengths: [u64; 256],
    last: [bool; 256],
}

impl WordEnds {
    pub fn new<'w>(words: impl IntoIterator<Item = &'w [u8]>) -> WordEnds {
        let mut ends = WordEnds {
            lengths: [0; 256],
            last: [false; 256],
        };
        for w in words {
            if let (Some(&a), Some(&z)) = (w.first(), w.last()) {
                ends.lengths[usize::from(a)] |= length_bit(w.len());
                ends.last[usize::from(z)] = true;
            }
        }
        ends
    }

    /// False when no listed word has `first` as its first byte and
    /// `len` bytes, or `last` as its last byte.
    pub fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        self.lengths[usize::from(first)] & length_bit(len) != 0 && self.last[usize::from(last)]
    }
}

/// The bit of [`WordEnds::lengths`] for a word of `len` bytes.
fn length_bit(len: usize) -> u64 {
    1 << len.min(63)
}

impl WordSet {
    fn new(lists: &[&'static [&'static str]]) -> WordSet {
        let words = || {
            lists
                .iter()
                .flat_map(|list| list.iter())
                .map(|w| w.as_bytes())
        };
        WordSet {
            words: words().collect(),
            ends: WordEnds::new(words()),
        }
    }

    /// [`is_in`] for this list. Asked of every word of every quoted
    /// paragraph: when code elsewhere in the crate grew, the compiler
    /// stopped inlining it (+8 M instructions over the dev dumps).
    #[inline]
    pub fn has(&self, word: &str) -> bool {
        // The trailing periods dropped on bytes ('.' is ASCII, so the cut
        // is a char boundary), without a char pattern search.
        let kept = word.bytes().rposition(|b| b != b'.').map_or(0, |i| i + 1);
        let w = &word[..kept];
        if !w.is_ascii() {
            return self.holds(w.to_lowercase().as_bytes());
        }
        // An ASCII word is lowercased on the stack, not in a new String;
        // most are turned down by the length and first/last-byte filter
        // before they are copied (ASCII lowercasing keeps the length and
        // lowercases each end byte on its own).
        if !self.may_hold_ascii(w.as_bytes()) {
            return false;
        }
        let mut buf = [0u8; 32];
        match buf.get_mut(..w.len()) {
            Some(lower) => {
                lower.copy_from_slice(w.as_bytes());
                lower.make_ascii_lowercase();
                self.words.contains(&*lower)
            }
            None => self.holds(w.to_ascii_lowercase().as_bytes()),
        }
    }

    /// [`WordSet::has`] for a word of ASCII letters and digits only, as
    /// `is_name_word` asks of most capitalised words: no trailing period
    /// to drop and no ASCII check, and lowercased by setting each byte's
    /// 0x20 bit (what ASCII lowercasing does to a letter; a digit has it).
    #[inline]
    pub fn has_ascii_alnum(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        let (Some(&a), Some(&z)) = (bytes.first(), bytes.last()) else {
            return self.has(word);
        };
        if !self.ends.may_hold(a | 0x20, z | 0x20, bytes.len()) {
            return false;
        }
        let mut buf = [0u8; 32];
        match buf.get_mut(..bytes.len()) {
            Some(lower) => {
                for (l, &b) in lower.iter_mut().zip(bytes) {
                    *l = b | 0x20;
                }
                self.words.contains(&*lower)
            }
            None => self.has(word),
        }
    }

    /// The filter of [`WordSet::holds`] for an ASCII word not yet
    /// lowercased: false when its lowercase form cannot be in the set.
    fn may_hold_ascii(&self, word: &[u8]) -> bool {
        let (Some(&a), Some(&z)) = (word.first(), word.last()) else {
            return true;
        };
        self.ends
            .may_hold(a.to_ascii_lowercase(), z.to_ascii_lowercase(), word.len())
    }

    fn holds(&self, lower: &[u8]) -> bool {
        let (Some(&a), Some(&z)) = (lower.first(), lower.last()) else {
            return self.words.contains(lower);
        };
        self.ends.may_hold(a, z, lower.len()) && self.words.contains(lower)
    }
}

/// [`NOT_NAME_WORDS`] and the months as a set.
pub static NOT_NAME_WORD_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[NOT_NAME_WORDS, date::ENGLISH_MONTHS]));

/// [`TITLE_WORDS`] as a set.
pub static TITLE_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[TITLE_WORDS]));

/// [`ORGANISATION_WORDS`] as a set (asked of every word of every speaker
/// named).
pub static ORGANISATION_WORD_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[ORGANISATION_WORDS]));

/// [`NOT_DESCRIPTOR`] as a set (asked of most words after a speech verb).
pub static NOT_DESCRIPTOR_SET: LazyLock<WordSet> =
    LazyLock::new(|| WordSet::new(&[NOT_DESCRIPTOR]));

/// [`DETERMINERS`] as a set.
pub static DETERMINER_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[DETERMINERS]));

/// [`ABBREVIATIONS`] as a set (asked of every word followed by a period).
pub static ABBREVIATION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(&[ABBREVIATIONS]));

/// True when `word` (lowercased, trailing period dropped) is in `list`.
pub fn is_in(list: &[&str], word: &str) -> bool {
    let w = word.trim_end_matches('.');
    // The lists are lowercase: an ASCII word compares without allocating
    // (this runs for nearly every word of every body).
    if w.is_ascii() {
        return list.iter().any(|x| x.eq_ignore_ascii_case(w));
    }
    list.contains(&w.to_lowercase().as_str())
}

/// Endings a Korean quotation's closing mark runs into ("…"라고 말했다,
/// "…"며, "…"고 밝혔다, "…"이라면서): reported speech. A quoted title
/// runs into a case particle instead ('…'을, '…'라는).
pub const KOREAN_QUOTATIVES: &[&str] = &[
    "라고",
    "이라고",
    "고",
    "며",
    "라며",
    "이라며",
    "면서",
    "라면서",
    "이라면서",
];

/// Korean family names of one syllable (the common ones, nine in ten
/// Koreans) and the two-syllable ones: a Korean speaker is named only
/// when the word opens with one and has a given name of two syllables
/// after it ("오세훈", "남궁민수"); a word of two syllables is as often a
/// noun ("정부", "한국").
pub const KOREAN_SURNAMES: &[&str] = &[
    "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황",
    "안", "송", "류", "유", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노",
    "하", "곽", "성", "차", "주", "우", "구", "민", "진", "나", "지", "엄", "채", "원", "천", "방",
    "공", "현", "함", "변", "염", "여", "추", "도", "소", "석", "선", "설", "마", "길", "연", "위",
    "표", "명", "기", "반", "왕", "금", "옥", "육", "인", "맹", "제", "모", "탁", "국", "어",
    "남궁", "황보", "제갈", "선우", "독고",
];

/// Particles that mark a Korean sentence's subject or topic ("오세훈
/// 서울시장은", "김 교수가").
pub const KOREAN_SUBJECT_PARTICLES: &[char] = &['은', '는', '이', '가'];

/// Ends of the titles a Korean speaker is named with, after the name
/// ("오세훈 서울시장은", "김민수 국토교통부 장관은" reads only the word
/// before the title's particle): a name before any other subject ("전문가
/// 집단은") is as often a noun that opens with a family name.
pub const KOREAN_SPEAKER_TITLES: &[&str] = &[
    "대통령",
    "총리",
    "장관",
    "차관",
    "시장",
    "지사",
    "의원",
    "의장",
    "대표",
    "위원장",
    "대변인",
    "회장",
    "사장",
    "이사장",
    "원장",
    "청장",
    "총장",
    "교수",
    "박사",
    "연구원",
    "변호사",
    "감독",
    "선수",
    "기자",
    "부장",
    "국장",
    "실장",
    "팀장",
    "센터장",
    "소장",
    "씨",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups_ignore_case_and_trailing_period() {
        for (list, word, want) in [
            (TITLE_WORDS, "Mr.", true),
            (TITLE_WORDS, "Minister", true),
            (SPEECH_VERBS, "Said", true),
            (SPEECH_VERBS, "met", false),
            (NOT_NAME_WORDS, "The", true),
            (NOT_NAME_WORDS, "Lavrov", false),
        ] {
            assert_eq!(is_in(list, word), want, "{word}");
        }
    }

    /// The length and first/last-byte filter of [`WordSet`] changes no
    /// answer: every word of each list, in capitals, and cut or extended.
    #[test]
    fn word_set_filters_keep_every_word() {
        let sets: [(&WordSet, &[&str]); 5] = [
            (&TITLE_WORD_SET, TITLE_WORDS),
            (&ORGANISATION_WORD_SET, ORGANISATION_WORDS),
            (&ABBREVIATION_SET, ABBREVIATIONS),
            (&NOT_DESCRIPTOR_SET, NOT_DESCRIPTOR),
            (&DETERMINER_SET, DETERMINERS),
        ];
        for (set, list) in sets {
            for w in list {
                let cut = w.char_indices().nth(1).map_or("", |(i, _)| &w[i..]);
                for variant in [
                    w.to_string(),
                    w.to_uppercase(),
                    format!("{w}s"),
                    format!("{w}."),
                    cut.to_string(),
                ] {
                    assert_eq!(set.has(&variant), is_in(list, &variant), "{variant}");
                }
            }
        }
        for w in NOT_NAME_WORDS.iter().chain(date::ENGLISH_MONTHS) {
            for variant in [w.to_string(), w.to_uppercase(), format!("{w}x")] {
                let want = is_in(NOT_NAME_WORDS, &variant) || is_in(date::ENGLISH_MONTHS, &variant);
                assert_eq!(NOT_NAME_WORD_SET.has(&variant), want, "{variant}");
            }
        }
    }

    /// `has_ascii_alnum` answers as `has` for words of ASCII letters and
    /// digits: every listed word of the name-word set in three cases, cut
    /// and extended, and random words of letters and digits up to 40
    /// bytes (past the 32-byte buffer).
    #[test]
    fn ascii_alnum_lookup_answers_like_has() {
        let mut words: Vec<String> = Vec::new();
        for w in NOT_NAME_WORDS.iter().chain(date::ENGLISH_MONTHS) {
            let title = w[..1].to_uppercase() + &w[1..];
            for v in [w.to_string(), w.to_uppercase(), title] {
                words.push(format!("{v}s"));
                words.push(v[1..].to_string());
                words.push(format!("{v}7"));
                words.push(v);
            }
        }
        let pieces = ["a", "Z", "q", "7", "0", "The", "MAY", "he", "I", "Jan", "x"];
        let mut rng = crate::test_rng::Rng::new(0x5851_F42D_4C95_7F2D);
        for _ in 0..20_000 {
            let n = rng.below(16);
            words.push(rng.text(&pieces, n));
        }
        words.push("A".repeat(40));
        for w in words
            .iter()
            .filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            for set in [&*NOT_NAME_WORD_SET, &*TITLE_WORD_SET, &*DETERMINER_SET] {
                assert_eq!(set.has_ascii_alnum(w), set.has(w), "{w:?}");
            }
        }
    }

    /// `WordEnds::may_hold` against the plain reading: some listed word
    /// has that first byte and length, and some has that last byte; every
    /// first byte, last byte and length 0 to 70 for two lists.
    #[test]
    fn word_ends_filter_is_first_byte_and_length_then_last_byte() {
        let long = "x".repeat(66);
        for list in [SPEECH_VERBS, &["a", "an", "the", long.as_str()][..]] {
            let ends = WordEnds::new(list.iter().map(|w| w.as_bytes()));
            for first in 0..=255u8 {
                for len in 0..70 {
                    let starts = list.iter().any(|w| {
                        w.as_bytes().first() == Some(&first)
                            && (w.len() == len || w.len().min(len) >= 63)
                    });
                    for last in [b'a', b'd', b'e', b's', b'x', b'y', 0xA9] {
                        let ends_so = list.iter().any(|w| w.as_bytes().last() == Some(&last));
                        assert_eq!(
                            ends.may_hold(first, last, len),
                            starts && ends_so,
                            "{first} {last} {len}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn word_sets_answer_like_the_lists() {
        for word in [
            "Minister",
            "minister.",
            "MR.",
            "The",
            "Lavrov",
            "March",
            "",
            "Élysée",
            "x".repeat(40).as_str(),
            "Inc.",
            "UNIVERSITY",
            "Dr.",
            "St",
            "Stadt",
            "THE",
            "that.",
            "Their",
            "because",
            "Becaus",
        ] {
            assert_eq!(TITLE_WORD_SET.has(word), is_in(TITLE_WORDS, word), "{word}");
            assert_eq!(
                NOT_DESCRIPTOR_SET.has(word),
                is_in(NOT_DESCRIPTOR, word),
                "{word}"
            );
            assert_eq!(DETERMINER_SET.has(word), is_in(DETERMINERS, word), "{word}");
            assert_eq!(
                ORGANISATION_WORD_SET.has(word),
                is_in(ORGANISATION_WORDS, word),
                "{word}"
            );
            assert_eq!(
                ABBREVIATION_SET.has(word),
                is_in(ABBREVIATIONS, word),
                "{word}"
            );
            assert_eq!(
                NOT_NAME_WORD_SET.has(word),
                is_in(NOT_NAME_WORDS, word) || is_in(date::ENGLISH_MONTHS, word),
                "{word}"
            );
        }
    }

    #[test]
    fn lists_are_lowercase() {
        for list in [
            SPEECH_VERBS,
            OBJECT_VERBS,
            VERB_MODIFIERS,
            DETERMINERS,
            NOT_DESCRIPTOR,
            NOT_NAME_WORDS,
            NAME_PARTICLES,
            TITLE_WORDS,
            ABBREVIATIONS,
            LY_NOUNS,
            ORGANISATION_WORDS,
            ADJECTIVE_SUFFIXES,
            ADVERB_SUFFIXES,
            PARTICIPLES,
            SUBORDINATORS,
            WEAK_SPEECH_VERBS,
            OTHER_LANGUAGE_SPEECH_VERBS,
            OTHER_LANGUAGE_PARTICIPLES,
            SPEECH_AUXILIARIES,
            OTHER_LANGUAGE_ACCORDING,
            OTHER_LANGUAGE_DETERMINERS,
            OTHER_LANGUAGE_NOT_DESCRIPTOR,
            OTHER_LANGUAGE_TITLE_ENDINGS,
            OTHER_LANGUAGE_OF,
        ] {
            for w in list {
                assert_eq!(*w, w.to_lowercase());
            }
        }
    }
}
