"""Telegram front end of majlis (python-telegram-bot); it only calls ``retrieval``."""
