"""Every text the bot sends, as English message ids marked for extraction (`N_`).

Placeholders use `str.format` names; a catalog must keep them as they are (a test checks every
shipped locale). Translate first, format after: `translator.gettext(QUEUED).format(...)`.
"""

from __future__ import annotations

from bot.i18n import N_, N_plural
from factchecks.verdicts import Verdict
from matching.conflicts import ConflictKind

WELCOME = N_(
    "Hello! I help you check messages about the elections.\n\n"
    "Forward me a message, a screenshot or a photo you are unsure about, and I will tell you "
    "what fact-checkers found. If nobody has checked it yet, I will send it to our "
    "fact-checkers and message you when they have an answer.\n\n"
    "We never share who sent what."
)
HELP = N_(
    "Send or forward me any message, screenshot or photo about the elections that you want "
    "checked.\n\n"
    "/language: choose your language\n"
    "/forget: delete what I know about you\n"
    "/help: show this message"
)
MATCH = N_(
    "Fact-checkers have already checked this.\n\n"
    "Verdict: {verdict}\n"
    "Claim: “{claim}”\n\n"
    "{summary}\n\n"
    "Checked by {publisher} on {date}.\n"
    "Read more: {url}"
)
MATCH_UPDATE = N_("Update on a message you sent us:")
# Before an answer whose fact-check is in another language than the voter's (`language`: its
# name in itself, "English"); with the title the desk wrote in the voter's language if any.
MATCH_OTHER_LANGUAGE = N_("This fact-check is written in {language}.")
MATCH_OTHER_LANGUAGE_TITLE = N_(
    "This fact-check is written in {language}. Its title in your language: “{title}”"
)
QUEUED = N_(
    "Thank you. We have no fact-check for this yet, so we have sent it to our fact-checkers. "
    "We will message you here when they have an answer."
)
DISMISSED = N_(
    "Update on a message you sent us: our fact-checkers could not check it.\nReason: {reason}"
)
EMPTY = N_("Your message was empty. Please send the text, screenshot or photo you want checked.")
FILE_TOO_LARGE = N_(
    "That file is too large for me to download (the limit is {limit_mb} MB). Please send a "
    "screenshot or a smaller picture."
)
NOT_AN_IMAGE = N_(
    "I could not open that file as a picture. Please send a photo, a screenshot, or the text."
)
DOWNLOAD_FAILED = N_("I could not download that picture. Please try sending it again.")
ANIMATED = N_("I cannot check animations yet. Please send a still picture or a screenshot.")
LOW_DETAIL = N_("That picture has too little detail for me to compare. Please send a clearer one.")
SCREENSHOT_UNREADABLE = N_(
    "I could not read the text in that screenshot. Please copy the text of the message and send "
    "it to me."
)
IMAGE_TOO_LARGE = N_("That picture is too large for me to open. Please send a smaller one.")
UNSUPPORTED = N_(
    "I can only check text and pictures for now. Please send the message as text, a "
    "screenshot or a photo."
)
HANDLING_FAILED = N_(
    "Sorry, something went wrong on our side and I could not handle your message. Please send "
    "it again in a little while."
)
UNKNOWN_COMMAND = N_("I do not know that command. Send /help to see what I can do.")
LANGUAGE_PROMPT = N_("Choose your language:")
LANGUAGE_MENU = N_("Languages")  # the button that opens a menu of languages (at most 20 chars)
# The last row of a list menu that shows the next page of languages (at most 24 chars).
MORE_LANGUAGES = N_("More languages")
LANGUAGE_SET = N_("From now on I will write to you in {language}.")
LANGUAGE_UNKNOWN = N_("I do not know that language. Choose one of: {choices}")
NOT_AUTHORISED = N_("Sorry, this command is only for the fact-checking team.")
# /forget: erasure on request (bot/usecases/forget_voter.py). Button labels: at most 20 chars.
FORGET_ASK = N_(
    "Do you want me to forget you? I will delete your chat address and the messages you sent "
    "that are not part of a published fact-check, and I will not message you again. Messages "
    "you sent stay counted, without anything that says who sent them."
)
FORGET_CONFIRM = N_("Yes, forget me")
FORGET_CANCEL = N_("No, keep it")
FORGET_DONE = N_(
    "Done: I have forgotten you. This is my last message to you. If you write again, I will "
    "treat you as someone new."
)
FORGET_CANCELLED = N_("Nothing was deleted.")

# Fact-checkers' desk
DESK_HELP = N_(
    "Fact-checkers' desk:\n"
    "/queue: list the open claims, most requested first\n"
    "/answer <id> <verdict> <url> <summary...>: answer a claim with a new fact-check\n"
    "/link <id> <fact-check id or URL>: answer a claim with a published fact-check\n"
    "/dismiss <id> <reason...>: close a claim that cannot be checked"
)
QUEUE_EMPTY = N_("The queue is empty.")
QUEUE_HEADER = N_plural(
    "{count} open claim, most requested first:", "{count} open claims, most requested first:"
)
QUEUE_LINE = N_plural("#{id} · {count} voter · {claim}", "#{id} · {count} voters · {claim}")
QUEUE_IMAGE = N_("[picture]")
QUEUE_SUGGESTION = N_("(maybe fact-check #{fact_check_id})")
# {reason} is why the contradiction guard held the suggestion back: one of the CONFLICT_ messages
# below, or, for an item stored before those existed, its English words ("number differs: 3pm vs
# 7pm").
QUEUE_SUGGESTION_HELD = N_("(maybe fact-check #{fact_check_id}, not sent automatically: {reason})")
ANSWER_USAGE = N_("Usage: /answer <id> <verdict> <url> <summary...>\nVerdicts: {verdicts}")
LINK_USAGE = N_("Usage: /link <id> <fact-check id or URL>")
DISMISS_USAGE = N_("Usage: /dismiss <id> <reason...>")
ITEM_NOT_FOUND = N_("There is no queue item #{id}.")
ITEM_CLOSED = N_("Queue item #{id} is already closed.")
BAD_VERDICT = N_("Unknown verdict “{verdict}”. Use one of: {verdicts}")
BAD_URL = N_("“{url}” is not a web address (it must start with http:// or https://).")
FACT_CHECK_NOT_FOUND = N_("There is no fact-check “{ref}”.")
ANSWERED = N_plural(
    "Queue item #{id} answered with fact-check #{fact_check_id}; {count} voter notified.",
    "Queue item #{id} answered with fact-check #{fact_check_id}; {count} voters notified.",
)
DISMISSED_CONFIRM = N_plural(
    "Queue item #{id} dismissed; {count} voter notified.",
    "Queue item #{id} dismissed; {count} voters notified.",
)
DESK_NEW_ITEM = N_("New claim in the queue, #{id}: {claim}")

# The election-day desk (issue 11): sharing the work, seeing before answering, the audit log.
DESK_HELP_MORE = N_(
    "/show <id>: a claim's texts, newest first, and its counts\n"
    "/fc <fact-check id or URL>: show a fact-check\n"
    "/take <id>: take a claim, so nobody else answers it (/take <id> over: from someone else)\n"
    "/release <id>: give a claim back\n"
    "/confirm <id>: answer a claim with its suggested fact-check\n"
    "/history <id>: everything the desk did with a claim\n"
    "/queue mine|new|taken|images|lang:xx: only those claims\n"
    "/stats [today|week]: the desk's figures\n"
    "/correct <fact-check id> <verdict> [url] [summary...]: correct a verdict; its voters are "
    "told\n"
    "/merge <id> <id>: one claim; /split <id> <tip>: a different claim\n"
    "/approve <draft>, /reject <draft> <reason...>: review someone else's answer\n"
    "/macro save <name> <text...>: a canned summary for /answer ... macro:<name>"
)
TAKE_USAGE = N_("Usage: /take <id> [over]")
RELEASE_USAGE = N_("Usage: /release <id>")
HISTORY_USAGE = N_("Usage: /history <id>")
SHOW_USAGE = N_("Usage: /show <id>")
FC_USAGE = N_("Usage: /fc <fact-check id or URL>")
CONFIRM_USAGE = N_("Usage: /confirm <id>")
TAKEN = N_("Queue item #{id} is yours now.")
TAKEN_OVER = N_("Queue item #{id} is yours now (taken over from {name}).")
ALREADY_YOURS = N_("Queue item #{id} is already yours.")
ITEM_TAKEN = N_("Queue item #{id} is taken by {name}. To take it over: /take {id} over")
RELEASED = N_("Queue item #{id} released; anyone can take it now.")
NOT_TAKEN = N_("Queue item #{id} is not taken by you.")
ANSWER_EXISTS = N_(
    "There is already a fact-check at that address: #{fact_check_id}. Nothing was changed and "
    "your summary was not used. To answer with it: /link {id} {fact_check_id}"
)
NO_SUGGESTION = N_("Queue item #{id} has no suggested fact-check. Use /link or /answer.")
CLAIM_NEEDED = N_(
    "Queue item #{id} is a picture without text. Write the claim in words at the end, after "
    "“claim:”, for example: /answer {id} false https://… Summary… claim: What the picture says"
)
HISTORY_HEADER = N_("History of queue item #{id}:")
HISTORY_OPENED = N_("{when} · a voter's tip opened it")
HISTORY_TAKE = N_("{when} · {name} took it")
HISTORY_TAKE_OVER = N_("{when} · {name} took it over from {holder}")
HISTORY_RELEASE = N_("{when} · {name} released it")
HISTORY_ANSWER = N_("{when} · {name} answered it with a new fact-check, #{fact_check_id}")
HISTORY_LINK = N_("{when} · {name} answered it with fact-check #{fact_check_id}")
HISTORY_CONFIRM = N_("{when} · {name} confirmed the suggested fact-check #{fact_check_id}")
HISTORY_DISMISS = N_("{when} · {name} dismissed it: {reason}")
STATUS_OPEN = N_("open")
STATUS_ANSWERED = N_("answered")
STATUS_DISMISSED = N_("dismissed")
SHOW_HEADER = N_("Queue item #{id} · {status}")
SHOW_TAKEN = N_("Taken by {name}.")
SHOW_COUNTS = N_(
    "Tips: {tips} · voters: {voters} · forwarded: {forwarded} (frequently forwarded: {frequent})"
)
SHOW_SPREAD = N_("Languages: {languages} · channels: {channels}")
SHOW_SEEN = N_("First seen {first} · last seen {last}")
SHOW_TEXTS = N_("Texts, newest first:")
SHOW_TEXT_LINE = N_("{when} · tip {tip} · {text}")
SHOW_OLDER = N_("Older texts not shown: {count}")
FC_HEADER = N_("Fact-check #{fact_check_id}, in {language}:")
QUEUE_TAKEN_BY = N_("(taken by {name})")
# An item waiting longer than the desk's SLA, flagged at the start of its claim.
QUEUE_OVERDUE = N_("⚠ waiting {minutes} min")
QUEUE_USAGE = N_("Usage: /queue [mine] [new] [taken] [images] [lang:xx]")
STATS_USAGE = N_("Usage: /stats [today|week]")
STATS_TODAY = N_("Desk figures for today (since {since}):")
STATS_WEEK = N_("Desk figures for the last 7 days (since {since}):")
STATS_TIPS = N_("Tips in: {tips} · answered automatically: {auto} · queued: {queued}")
STATS_CLOSED = N_("Answered by the desk: {answered} · dismissed: {dismissed}")
STATS_BACKLOG = N_("Open now: {backlog} · the oldest has waited {minutes} min")
STATS_NO_BACKLOG = N_("Nothing waits in the queue.")
STATS_TIMES = N_("Time to answer: median {median} min · 90th percentile {p90} min")
STATS_NO_TIMES = N_("Time to answer: nothing answered in this period")
STATS_CHANNELS = N_("By channel: {channels}")
STATS_LANGUAGES = N_("By language: {languages}")
STATS_FACTCHECKERS = N_("Claims closed by each fact-checker: {names}")
# Under every verdict a voter receives; {code} looks like V-7KQ2-M9XD.
ANSWER_CODE = N_(
    "Answer code: {code}. Anyone can send this code to us to check that this answer is really ours."
)
VERIFY_OK = N_("{code} is a real answer from us, sent on {date}. The fact-check as it stands:")
VERIFY_UNKNOWN = N_("We sent no answer with the code {code}. Be careful: it may be fake.")
VERIFY_MALFORMED = N_(
    "“{code}” is not an answer code. Codes look like {example}. Usage: /verify <code>"
)
DESK_BURST = N_(
    "Spreading fast: {voters} voters sent claim #{id} in the last {minutes} min ({total} in "
    "all). See it: /show {id}\n{claim}"
)
CORRECTION = N_("We corrected an answer we sent you. The fact-check now says:")
CORRECT_USAGE = N_(
    "Usage: /correct <fact-check id> <verdict> [url] [summary...]\nVerdicts: {verdicts}"
)
CORRECTED = N_(
    "Fact-check #{fact_check_id} corrected to {verdict}. Voters who had received it and were "
    "told: {count}"
)
NOTHING_TO_CORRECT = N_("Fact-check #{fact_check_id} already says that. Nothing was changed.")
CORRECT_URL_TAKEN = N_(
    "Another fact-check, #{fact_check_id}, already has that address. Nothing was changed."
)
# Two-person review ({draft} is a draft's number, {action} the command word: answer, link...).
DRAFT_SAVED = N_(
    "Draft #{draft} saved for queue item #{id}. Nothing goes to voters until another "
    "fact-checker sends /approve {draft} (or /reject {draft} <reason>)."
)
DRAFT_PENDING = N_("Queue item #{id} already has draft #{draft} waiting for review.")
DRAFT_NOT_FOUND = N_("There is no draft #{draft} waiting for review.")
OWN_DRAFT = N_("Draft #{draft} is yours: another fact-checker must approve or reject it.")
DRAFT_REJECTED = N_("Draft #{draft} rejected; queue item #{id} stays open.")
DRAFTS_HEADER = N_("Drafts waiting for review:")
DRAFT_LINE = N_("#{draft} · queue item #{id} · {name}: /{action} {details}")
NO_DRAFTS = N_("No drafts wait for review.")
APPROVE_USAGE = N_("Usage: /approve <draft>")
REJECT_USAGE = N_("Usage: /reject <draft> <reason...>")
HISTORY_DRAFT = N_("{when} · {name} drafted /{action} (draft #{draft})")
HISTORY_APPROVE = N_("{when} · {name} approved draft #{draft} by {holder}")
HISTORY_REJECT = N_("{when} · {name} rejected draft #{draft}: {reason}")
MERGE_USAGE = N_("Usage: /merge <id> <id of another item about the same claim>")
SPLIT_USAGE = N_("Usage: /split <id> <tip> (the tip numbers are in /show <id>)")
MERGED = N_("Queue item #{other} merged into #{id}; voters: {count}")
SPLIT = N_("Tip {tip} moved out of queue item #{id} into the new queue item #{new}.")
TIP_NOT_IN_ITEM = N_("Tip {tip} is not in queue item #{id}.")
SPLIT_LAST_TIP = N_("Tip {tip} is the only tip in queue item #{id}: there is nothing to split.")
STATUS_MERGED = N_("merged")
HISTORY_MERGE = N_("{when} · {name} merged queue item #{other} into it")
HISTORY_SPLIT = N_("{when} · {name} moved tip {tip} out into queue item #{new}")
MACRO_USAGE = N_(
    "Usage: /macro save <name> <text...> (a name of letters, digits, - or _), then "
    "/answer <id> <verdict> <url> macro:<name>"
)
MACRO_SAVED = N_("Macro “{name}” saved. Use it with /answer <id> <verdict> <url> macro:{name}")
MACRO_NOT_FOUND = N_("There is no macro “{name}”. Save one with /macro save <name> <text...>")
# Escalation packets (issue 12): {escalation} is an escalation's number, {recipient} the name of
# a platform's or an electoral body's contact, {status} one of the English status words
# pending, sent, failed, acknowledged, actioned, declined (the words the commands take).
DESK_HELP_ESCALATE = N_(
    "/escalate <id> <recipient> [note...]: send a claim's evidence to a platform or an electoral "
    "body\n/escalations: where each stands; /escalation <id> acknowledged|actioned|declined "
    "[note...]: record the answer"
)
ESCALATE_USAGE = N_("Usage: /escalate <id> <recipient> [note...]\nRecipients: {recipients}")
NO_ESCALATION_RECIPIENTS = N_(
    "No recipients are configured for escalations. Ask your administrator to set "
    "TIPLINE_ESCALATIONS."
)
ESCALATION_QUEUED = N_(
    "Escalation #{escalation}: the evidence on queue item #{id} is on its way to {recipient}. "
    "/escalations shows its status."
)
ESCALATIONS_HEADER = N_("Escalations, newest first:")
ESCALATION_LINE = N_("#{escalation} · queue item #{id} → {recipient} · {status} · {when}")
NO_ESCALATIONS = N_("No claim has been escalated yet.")
ESCALATION_USAGE = N_("Usage: /escalation <id> acknowledged|actioned|declined [note...]")
ESCALATION_NOT_FOUND = N_("There is no escalation #{escalation}.")
ESCALATION_NOT_SENT = N_(
    "Escalation #{escalation} has not reached its recipient ({status}): record an answer once "
    "it is sent."
)
ESCALATION_UPDATED = N_("Escalation #{escalation} is now marked {status}.")
# To the desk when a packet could not be delivered after every retry ({error} is the reason,
# in English: "webhook answered HTTP 503").
DESK_ESCALATION_FAILED = N_(
    "Escalation #{escalation} (queue item #{id}) could not be delivered to {recipient}: {error}. "
    "Send /escalate again once the recipient works."
)
# Tags on claims ({tags} is a comma-separated list of tags, or "—").
DESK_HELP_TAG = N_(
    "/tag <id> <tag>... (or -<tag> to remove; /tag fc:<fact-check id> ...): label a claim, so "
    "organisations can receive only the claims they follow"
)
TAG_USAGE = N_(
    "Usage: /tag <id> <tag>... (or -<tag> to remove), or /tag fc:<fact-check id> <tag>...\n"
    "A tag is letters, digits, - and _ (at most 40)."
)
BAD_TAG = N_("“{tag}” is not a tag: use letters, digits, - and _ (at most 40).")
ITEM_TAGS = N_("Queue item #{id} tags: {tags}")
FACT_CHECK_TAGS = N_("Fact-check #{fact_check_id} tags: {tags}")
VERIFY_LIMIT = N_("You have checked many codes. Please try again in {minutes} minutes.")
# `/show` sends the item's pictures after its texts, each captioned (never with who sent it).
SHOW_PICTURES = N_("Pictures: {count} · the newest {shown} follow")
PICTURE_CAPTION = N_("Picture from tip {tip} in queue item #{id}")
PICTURE_GONE = N_("This picture is no longer stored.")
# The match score (0 to 1) of a suggestion, e.g. {score} = "0.71".
QUEUE_SUGGESTION_SCORED = N_("(maybe fact-check #{fact_check_id}, score {score})")
QUEUE_SUGGESTION_HELD_SCORED = N_(
    "(maybe fact-check #{fact_check_id}, score {score}, not sent automatically: {reason})"
)
# The contradiction guard's reason in {reason} above: {kind} is one of CONFLICT_KINDS (what
# differs), the words are quoted as written in the voter's message and in the fact-check's claim.
CONFLICT_DIFFERS = N_("{kind}: “{message_words}” in the message, “{claim_words}” in the fact-check")
# For a negation, a denial, a narrowing word or another election said on one side only.
CONFLICT_MESSAGE_ONLY = N_("{kind}: “{words}” in the message only")
CONFLICT_FACT_CHECK_ONLY = N_("{kind}: “{words}” in the fact-check only")
# A tip in `/show` whose words are gone: its voter asked to be forgotten (/forget), or its text
# expired (retention). After QUEUE_IMAGE when the tip had a picture.
SHOW_ERASED = N_("[erased]")
# `/verify` sent without a code ({example} is a code, V-7KQ2-M9XD).
VERIFY_USAGE = N_("Usage: /verify <code> (answer codes look like {example})")
DESK_HELP_VERIFY = N_(
    "/verify <code>: check that an answer carrying this code is really ours (voters can too)"
)
MACRO_MORE_USAGE = N_("/macro list: the saved macros · /macro delete <name>: delete one")
MACROS_HEADER = N_("Saved macros:")
MACRO_LINE = N_("macro:{name} ({author}) · {text}")
NO_MACROS = N_("No macros are saved. Save one with /macro save <name> <text...>")
MACRO_DELETED = N_("Macro “{name}” deleted.")
DESK_HELP_PICTURES_MACROS = N_(
    "/show <id> also sends the claim's pictures\n"
    "/macro list, /macro delete <name>: the saved macros"
)

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.FALSE: N_("False"),
    Verdict.PARTLY_FALSE: N_("Partly false"),
    Verdict.MISLEADING: N_("Misleading"),
    Verdict.MISSING_CONTEXT: N_("Missing context"),
    Verdict.UNPROVEN: N_("Unproven"),
    Verdict.SATIRE: N_("Satire"),
    Verdict.MOSTLY_TRUE: N_("Mostly true"),
    Verdict.TRUE: N_("True"),
    Verdict.OTHER: N_("See the fact-check"),
}
# What differs between a voter's message and a fact-check's claim (`matching.ConflictKind`), as
# the start of a CONFLICT_ message: "number: “3pm” in the message, “7pm” in the fact-check".
CONFLICT_KINDS: dict[ConflictKind, str] = {
    ConflictKind.NEGATION: N_("negation"),  # "not", "never" said on one side only
    ConflictKind.OUTCOME: N_("outcome"),  # won / lost, passed / rejected
    ConflictKind.PLACE: N_("place"),
    ConflictKind.OFFICE: N_("office"),  # the post elected: governor / mayor
    ConflictKind.DATE: N_("date"),
    ConflictKind.NUMBER: N_("number"),  # a figure, an hour, a round
    ConflictKind.NAME: N_("name"),  # a person's or a party's
    ConflictKind.DENIAL: N_("denial"),  # "denied that", "it is not true that"
    # Another word in the same place: "last year" / "overnight".
    ConflictKind.WORDING: N_("wording"),
    ConflictKind.SCOPE: N_("scope"),  # a narrowing word: "only", "after"
    ConflictKind.SUBJECT: N_("subject"),  # what it is about: "post" / "vote"
    ConflictKind.ELECTION: N_("election"),  # another election: a union's, students'
    ConflictKind.CAUSE: N_("cause"),
    ConflictKind.QUANTITY: N_("quantity"),  # all / one or some; at least / at most
    ConflictKind.ORDER: N_("direction"),  # from A to B / from B to A
}
# A voter over their tip limit (`factchecks.limits`), told once; {wait} is "in 3 minutes", as the
# reader's language says it (Babel), worked out when the reply is sent.
TIP_LIMIT_REACHED = N_(
    "You have sent many messages in a short time, so I will not check the next ones for now. "
    "You can send messages to check again {wait}."
)
