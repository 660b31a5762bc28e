"""The main window and what belongs to it alone: menus and toolbar actions, the file
commands, the journey tabs, autosave, find, the first-run hint, the shortcut sheet and
About. Nothing is imported here: the window's modules load when first needed (start-up).
"""
