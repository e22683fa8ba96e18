"""Reminders: what needs attention today, shown on Today and sent as an opt-in daily e-mail."""
