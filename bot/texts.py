"""Every text the bot sends, as English message ids marked for extraction (`N_`).

Placeholders use `str.format` names; a catalog must keep them as they are (a test checks every
shipped locale). Translate first, format after: `translator.gettext(QUEUED).format(...)`.
"""

from __future__ import annotations

from bot.i18n import N_, N_plural
from factchecks.verdicts import Verdict

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
# {reason} is the contradiction guard's own words, e.g. "number differs: 3pm vs 7pm".
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
