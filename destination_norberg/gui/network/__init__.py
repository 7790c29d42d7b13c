"""The business network area: organisations, people, contacts, GDPR."""
