"""The window's dialogs: new document, journey properties, personas, channels, recovery
after a crash, the one "are you sure?" question, and the attribute editors they share
with the inspector."""
