"""The tip-line's operations, channel-neutral: plain values in, reply values out.

Chat channels, the console and (later) HTTP handlers and scheduled jobs all call these; nothing
here parses chat text or knows how a platform shows a button. Each operation changes the
database and puts reply values for third parties (voters, the desk) in the outbox in the same
transaction; the reply for whoever acted is returned (and, for voters, queued to them too).
"""
