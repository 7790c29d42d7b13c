"""What every area of the window shares: jobs, undo, settings, tables, dialogs, i18n."""
