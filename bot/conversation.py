"""Chat text, the same on every channel, parsed into the tip-line's operations.

A message is a command, an answer code to verify, or a claim (text, pictures, or both). Voters'
commands are /start, /help, /language, /verify and /forget; the desk's are in `bot.desk`. What
each does is in `bot.usecases`; replies are reply values that go through the outbox and are
rendered when sent.
"""

from __future__ import annotations

from bot import texts
from bot.desk import DESK_COMMANDS, run_desk_command
from bot.inbound import ButtonPress, InboundMessage
from bot.replies import reply
from bot.usecases import choose_language, forget_voter, verify_answer, voters
from bot.usecases.conversation_table import Event, advance
from bot.usecases.dependencies import Core, Person, send
from bot.usecases.receive_tip import MAX_TIP_CHARS, person_of, receive_tip
from factchecks.answer_codes import looks_like_code

VOTER_COMMANDS = ("start", "help", "language", "verify", "forget")


class Conversation:
    """Handles inbound messages and button presses from every channel."""

    def __init__(self, core: Core) -> None:
        self.core = core

    async def handle_message(self, message: InboundMessage) -> None:
        """Answer one message (or album); a message stored before is not answered again."""
        command = parse_command(message.text.strip()[:MAX_TIP_CHARS])
        person = person_of(message)
        if command is None:
            if not message.in_group:  # in the desk's group only desk commands are for the bot
                await self._claim_or_code(person, message)
        elif message.in_group:
            if command[0] not in VOTER_COMMANDS:
                await self._desk_in_group(person, *command)
        else:
            await self._command(person, *command)
        self.core.wake_delivery()

    async def _claim_or_code(self, person: Person, message: InboundMessage) -> None:
        """A message that is only an answer code (`V-7KQ2-M9XD`) is checked, not queued."""
        if looks_like_code(message.text) and not message.images:
            await verify_answer.verify(self.core, person, message.text)
        else:
            await receive_tip(self.core, message)

    async def handle_button(self, press: ButtonPress) -> None:
        """A button was pressed (any press counts as the voter writing again)."""
        person = Person(
            press.channel, press.user_id, press.address, press.language_hint, press.region_language
        )
        if press.data.startswith(forget_voter.FORGET_CHOICE_PREFIX):
            await forget_voter.press(self.core, person, press.data)
        else:
            await choose_language.press_button(self.core, person, press.data)
        self.core.wake_delivery()

    async def _command(self, person: Person, name: str, args: list[str]) -> None:
        core = self.core
        if name == "start":
            await voters.welcome(core, person)
        elif name == "help":
            await voters.show_help(core, person)
        elif name == "language" and args:
            await choose_language.choose_language(core, person, args[0])
        elif name == "language":
            await choose_language.show_picker(core, person)
        elif name == "verify":
            await verify_answer.verify(core, person, " ".join(args))
        elif name == "forget":
            await forget_voter.ask(core, person)
        elif name in DESK_COMMANDS:
            # The sender wrote to us: refresh them first (it opens WhatsApp's 24-hour window,
            # so even a refusal reaches someone whose first message this is).
            async with core.db.transaction() as session:
                requester = await voters.voter(session, core, person)
                advance(requester, Event.COMMAND)
                language = voters.language_of(core, requester)
            value = await run_desk_command(core, person, name, args)
            async with core.db.transaction() as session:
                send(session, person.reply_to, value, language)
        else:
            await voters.unknown_command(core, person)

    async def _desk_in_group(self, person: Person, name: str, args: list[str]) -> None:
        """A command in the desk's group: the reply goes to the group."""
        if name in DESK_COMMANDS:
            value = await run_desk_command(self.core, person, name, args)
        else:
            value = reply(texts.UNKNOWN_COMMAND)
        language = self.core.catalogs.resolve(person.language_hint)
        async with self.core.db.transaction() as session:
            send(session, person.reply_to, value, language)


def parse_command(text: str) -> tuple[str, list[str]] | None:
    """("answer", ["12", "false", ...]) for "/answer@bot 12 false ...", else None."""
    if not text.startswith("/") or len(text) < 2:
        return None
    head, *args = text.split()
    name = head[1:].split("@", 1)[0].casefold()
    if not name.isidentifier():
        return None
    return name, args
