"""Importers and exporters (iCalendar, CSV/XLSX, vCard, SMHI, PDF/HTML bundles).

Each reader is tolerant of real-world files and refuses bad ones with a sentence for the user;
heavy libraries (openpyxl …) are imported where used.
"""
