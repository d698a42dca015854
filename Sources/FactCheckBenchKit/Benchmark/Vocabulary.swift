import FactCheckKit

/// The words the corpus generator draws from: invented places, people and institutions, regional-news phrasing.
enum Vocabulary {
    struct Topic: Sendable {
        var subject: String
        var body: String
        var project: String
        var rank: String
        var counted: [String]
    }

    static let topics: [Topic] = [
        Topic(subject: "bridge repairs", body: "transport department", project: "bridge project", rank: "port",
              counted: ["crossings", "inspections", "vehicles", "lane closures"]),
        Topic(subject: "hospital waiting lists", body: "health trust", project: "new clinic", rank: "hospital network",
              counted: ["patients", "referrals", "emergency visits", "operations"]),
        Topic(subject: "school funding", body: "education board", project: "school expansion", rank: "school district",
              counted: ["pupils", "teachers", "applications", "classrooms"]),
        Topic(subject: "housing", body: "housing authority", project: "housing scheme", rank: "rental market",
              counted: ["homes", "evictions", "permits", "applications"]),
        Topic(subject: "crime", body: "police department", project: "new station", rank: "city",
              counted: ["burglaries", "arrests", "calls", "reported thefts"]),
        Topic(subject: "water quality", body: "water utility", project: "treatment plant", rank: "water system",
              counted: ["samples", "boil notices", "households", "pipe failures"]),
        Topic(subject: "public transport", body: "transit agency", project: "tram extension", rank: "transit network",
              counted: ["passengers", "cancelled services", "buses", "journeys"]),
        Topic(subject: "the city budget", body: "finance committee", project: "civic centre", rank: "county",
              counted: ["contracts", "jobs", "invoices", "grants"]),
        Topic(subject: "air pollution", body: "environment agency", project: "clean air zone", rank: "industrial town",
              counted: ["monitoring stations", "fines", "lorries", "alerts"]),
        Topic(subject: "unemployment", body: "jobs centre", project: "training programme", rank: "labour market",
              counted: ["claimants", "vacancies", "apprentices", "layoffs"]),
    ]

    static let places = [
        "Millbrook", "Ashford Vale", "Kirkhaven", "Port Elsworth", "Bramley", "Northgate", "Castleton", "Riverside",
        "Oakmere", "Westfield", "Harrowby", "Duncombe", "Fenwick", "Greystone", "Lowmoor", "Stanhope",
    ]
    static let mastheads = ["Gazette", "Courier", "Herald", "Evening Post", "Chronicle", "Observer", "Echo", "Advertiser"]
    static let headlineVerbs = ["RUN", "FALL", "RISE", "STALL", "FACE", "MISS", "DOUBLE", "SLIP"]
    static let headlineTails = [
        "OVER BUDGET", "SHORT OF TARGET", "AS COSTS CLIMB", "AFTER AUDIT", "DESPITE PROMISES", "FOR THIRD YEAR",
        "UNDER NEW PLAN", "AMID DISPUTE",
    ]
    static let standfirstTails = [
        "will improve by spring", "is on track despite the figures", "needs more money from the state",
        "was never properly funded", "has been mismanaged for years", "is better than critics claim",
    ]
    static let officials = [
        "the mayor", "the council leader", "a government minister", "the chief executive", "the opposition",
        "the regional director", "a union spokesperson",
    ]
    static let titles = [
        "Mayor", "Councillor", "Dr.", "Chief Inspector", "Professor", "Superintendent", "Director", "Senator",
        "resident", "shop owner", "nurse", "teacher",
    ]
    static let firstNames = [
        "Maria", "Tom", "Dana", "Priya", "Samuel", "Aisha", "Liam", "Chen", "Olga", "Kwame", "Rosa", "Henrik",
        "Fatima", "Jonas", "Grace", "Mateo", "Ingrid", "Tariq", "Nora", "Ravi",
    ]
    static let lastNames = [
        "Delgado", "Reyes", "Okafor", "Lindqvist", "Patel", "Novak", "Brennan", "Haddad", "Mensah", "Kowalski",
        "Sato", "Moreau", "Fischer", "Adeyemi", "Walsh", "Ibrahim", "Costa", "Nakamura", "Byrne", "Horvat",
    ]
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let ordinals = ["second", "third", "fourth", "fifth", "sixth", "tenth"]
    static let states = ["behind schedule", "over budget", "on schedule", "under review", "half finished"]
    static let sources = [
        "the state auditor's office", "the national statistics office", "a report by the county council",
        "figures released by the ministry", "the Regional Policy Institute", "an independent review",
        "data from the census bureau", "the ombudsman",
    ]
    static let quotes = [
        "We were told SUBJECT had improved, and that was simply not true",
        "Every week of delay costs families real money",
        "The numbers speak for themselves and we are proud of them",
        "Nobody in this town has seen the promised changes to SUBJECT",
        "We have doubled our investment and the results are there for anyone to see",
        "This is the worst I have seen it in thirty years",
        "I would ask the council to publish the full figures",
        "We inherited a mess and we are cleaning it up",
        "The plan was never going to work on that budget",
        "People deserve straight answers about SUBJECT",
    ]
    static let plainSentences = [
        "Residents packed the community hall to hear the plans for SUBJECT.",
        "The BODY did not respond to a request for comment before publication.",
        "Campaigners have called for a public inquiry into the way decisions were made.",
        "The meeting ran late into the night as councillors debated the proposals line by line.",
        "Several business owners on the high street said they had not been consulted.",
        "Officials said a fuller update would be given at the next meeting of the BODY.",
        "The issue has divided opinion in PLACE.",
        "Questions remain about who approved the changes and when.",
        "Local groups say the consultation was rushed and poorly advertised.",
        "The report will be discussed by the scrutiny panel in due course.",
        "Critics argue the plans do little for the people most affected by SUBJECT.",
        "A spokesperson for the BODY said the figures were being checked.",
        "Opposition members walked out of the chamber in protest.",
        "Volunteers have been collecting signatures outside the library every weekend.",
        "Parents waiting outside the gates were split on what the changes would mean for their families.",
        "The proposals will go out to consultation before any final decision is taken.",
        "Some residents said they had only learned of the plans from neighbours.",
        "The chamber fell silent as the figures were read out.",
        "Councillors from both sides agreed that something had to change.",
        "The agenda papers run to several hundred pages.",
        "Shopkeepers on Market Street say trade has been slow.",
        "The consultation closes at the end of the summer.",
        "A petition calling for a rethink has been handed in at the town hall.",
        "Staff were told about the changes in an email.",
    ]
    /// Narrative sentences are built from a subject and a predicate, so a long article need not repeat itself.
    static let narrativeSubjects = [
        "Residents", "Local campaigners", "Several councillors", "Business owners on the high street", "Parents",
        "Opposition members", "Union representatives", "Church leaders", "Community groups", "Neighbours",
        "Young people in the area", "Retired teachers", "Tenants' associations", "Shopkeepers", "Volunteers",
    ]
    static let narrativePredicates = [
        "have not been consulted about SUBJECT", "gathered outside the town hall before the meeting",
        "have asked for the plans to be published in full", "described the mood in PLACE as tense",
        "want a say in what happens next", "questioned whether the plans had been thought through",
        "were given little notice of the changes", "have written to their local representative",
        "welcomed the decision but want more detail", "raised concerns about the way the process was handled",
        "plan to attend the next public meeting", "called for an independent review of SUBJECT",
        "organised a meeting of their own in the church hall", "handed out leaflets in the town centre",
        "asked the BODY to explain its thinking", "remain unconvinced by the arguments for the scheme",
    ]
}
