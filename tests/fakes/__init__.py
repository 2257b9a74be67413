"""Test fakes that speak real network protocols (e.g. a fake Telegram Bot API server)."""
